//! The ladder paths a plan weighs, from the job held (or the entry level) to the goal.

use std::collections::{HashMap, VecDeque};

use super::Reach;
use crate::catalog::Catalog;
use crate::data::model::{Level, Title};

/// How many ladder paths are weighed at most: real ladders have a handful, and a user's data
/// with thousands of titles must still answer at once.
const MAX_LADDERS: usize = 64;

/// The ladder paths to weigh: from the job held, each shortest path to the goal; without one,
/// from each entry-level title that leads there, its shortest paths (the goal alone when it is
/// an entry title, or no title leads to it).
pub(super) fn ladders<'a>(
    catalog: &'a Catalog,
    goal: &'a Title,
    from: Option<&'a Title>,
) -> Result<Vec<Vec<&'a Title>>, Reach<'a>> {
    let titles = catalog.data.titles();
    let mut before: HashMap<&str, Vec<&'a Title>> = HashMap::new();
    for title in titles {
        for next in &title.leads_to {
            let list = before.entry(next.as_str()).or_default();
            if !list.iter().any(|t| t.id == title.id) {
                list.push(title);
            }
        }
    }
    let leading_to_goal = before.get(goal.id.as_str()).cloned().unwrap_or_default();
    // Steps to the goal from every title that reaches it.
    let mut distance: HashMap<&str, usize> = HashMap::from([(goal.id.as_str(), 0)]);
    let mut queue = VecDeque::from([goal]);
    while let Some(title) = queue.pop_front() {
        let d = distance[title.id.as_str()];
        for previous in before.get(title.id.as_str()).into_iter().flatten() {
            if !distance.contains_key(previous.id.as_str()) {
                distance.insert(&previous.id, d + 1);
                queue.push_back(previous);
            }
        }
    }
    let shortest_from = |start: &'a Title, paths: &mut Vec<Vec<&'a Title>>| {
        let mut stack = vec![vec![start]];
        while let Some(path) = stack.pop() {
            if paths.len() >= MAX_LADDERS {
                return;
            }
            let last = path[path.len() - 1];
            let d = distance[last.id.as_str()];
            if d == 0 {
                paths.push(path);
                continue;
            }
            // Pushed in reverse, so the paths come out in the order of the data.
            let nexts: Vec<&'a Title> = last
                .leads_to
                .iter()
                .filter_map(|id| catalog.title(id))
                .filter(|t| distance.get(t.id.as_str()) == Some(&(d - 1)))
                .collect();
            for next in nexts.into_iter().rev() {
                let mut longer = path.clone();
                longer.push(next);
                stack.push(longer);
            }
        }
    };
    let mut paths = Vec::new();
    match from {
        Some(from) if from.id == goal.id => return Err(Reach::AlreadyThere),
        Some(from) => {
            if !distance.contains_key(from.id.as_str()) {
                return Err(Reach::NoLadderPath {
                    next: from
                        .leads_to
                        .iter()
                        .filter_map(|id| catalog.title(id))
                        .collect(),
                    before: leading_to_goal,
                });
            }
            shortest_from(from, &mut paths);
            for path in &mut paths {
                path.remove(0);
            }
        }
        None if goal.level == Level::Entry || leading_to_goal.is_empty() => {
            paths.push(vec![goal]);
        }
        None => {
            for start in titles.iter().filter(|t| t.level == Level::Entry) {
                if distance.contains_key(start.id.as_str()) {
                    shortest_from(start, &mut paths);
                }
            }
            if paths.is_empty() {
                return Err(Reach::NoEntryPath {
                    before: leading_to_goal,
                });
            }
        }
    }
    Ok(paths)
}
