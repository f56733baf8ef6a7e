//! What a plan found, looked at again: the other ways from each point of it, the titles whose
//! credentials it could not reach, and the steps replayed to see what each opens.

use super::future::Future;
use super::search::{MAX_DEPTH, Planner, Segment};
use super::{Action, Alternative, Cost, Opens, Step, Way};
use crate::data::model::{Credential, Title};
use crate::domain::eligibility::{Gap, Need, Outcome};

impl<'a> Planner<'a> {
    /// The other typical credentials of each title the plan sits one for, and the other routes
    /// of each credential it sits, each weighed from the same point of the plan.
    pub(super) fn other_ways(&self, segments: &[Segment<'a>]) -> Vec<Alternative<'a>> {
        let mut alternatives = Vec::new();
        for segment in segments {
            let Some(Action::Credential(sitting)) = segment.chain.last() else {
                continue;
            };
            let chosen = Cost::of(&segment.chain);
            // Other routes of the credential, from where its chain starts.
            for route in 0..sitting.credential.paths.len() {
                if route == sitting.route {
                    continue;
                }
                if let Some(way) = self.way(sitting.credential, route, &segment.before) {
                    alternatives.push(Alternative::Route {
                        instead_of: sitting.route,
                        way,
                        chosen,
                    });
                }
            }
            // Other credentials that typically go with the title.
            for id in &segment.title.credentials {
                let Some(other) = self.catalog.credential(id) else {
                    continue;
                };
                if other.id == sitting.credential.id {
                    continue;
                }
                if let Some((chain, _)) =
                    self.obtain(other, &segment.before, &mut Vec::new(), MAX_DEPTH)
                    && let Some(Action::Credential(s)) = chain.last()
                {
                    let check = segment.before.check(
                        self.catalog,
                        s.route,
                        &other.paths[s.route],
                        self.timing,
                    );
                    alternatives.push(Alternative::Credential {
                        title: segment.title,
                        instead_of: sitting.credential,
                        way: Way {
                            credential: other,
                            route: s.route,
                            lacks: check.missing,
                            outcome: s.outcome,
                            to_confirm: s.to_confirm.clone(),
                            cost: Cost::of(&chain),
                        },
                        chosen,
                    });
                }
            }
        }
        alternatives
    }

    /// A credential by one route from `state`, when that route can be had.
    pub(super) fn way(
        &self,
        credential: &'a Credential,
        route: usize,
        state: &Future,
    ) -> Option<Way<'a>> {
        let (chain, _) = self.by_route(credential, route, state, &mut Vec::new(), MAX_DEPTH)?;
        let check = state.check(self.catalog, route, &credential.paths[route], self.timing);
        let Some(Action::Credential(sitting)) = chain.last() else {
            return None;
        };
        Some(Way {
            credential,
            route,
            lacks: check.missing,
            outcome: sitting.outcome,
            to_confirm: sitting.to_confirm.clone(),
            cost: Cost::of(&chain),
        })
    }

    /// The titles of the ladder whose typical credentials the plan could not reach.
    pub(super) fn out_of_reach(
        &self,
        ladder: &[&'a Title],
        segments: &[Segment<'a>],
    ) -> Vec<(&'a Title, Vec<&'a Credential>)> {
        ladder
            .iter()
            .zip(segments)
            .filter(|(title, segment)| segment.with.is_none() && !title.credentials.is_empty())
            .map(|(title, _)| {
                let typical = title
                    .credentials
                    .iter()
                    .filter_map(|id| self.catalog.credential(id))
                    .collect();
                (*title, typical)
            })
            .collect()
    }

    /// Applies the steps in order to the person, noting what each opens.
    pub(super) fn replay(&self, start: &Future, actions: Vec<Action<'a>>) -> Vec<Step<'a>> {
        let credentials = self.catalog.data.credentials();
        let open_set = |future: &Future| -> Vec<Option<Outcome>> {
            credentials
                .iter()
                .map(|c| {
                    if future.person.holds.contains(&c.id) {
                        None
                    } else {
                        future.open_outcome(self.catalog, c, self.timing)
                    }
                })
                .collect()
        };
        let mut future = start.clone();
        let mut open = open_set(&future);
        let moves: Vec<&'a Title> = actions
            .iter()
            .filter_map(|a| match a {
                Action::Title(m) => Some(m.title),
                _ => None,
            })
            .collect();
        let mut steps = Vec::new();
        // The person after each step, to find when a credential's route opens.
        let mut history: Vec<Future> = vec![future.clone()];
        for mut action in actions {
            let ready_after = match &action {
                Action::Credential(s) => {
                    let path = &s.credential.paths[s.route];
                    history
                        .iter()
                        .position(|f| {
                            f.check(self.catalog, s.route, path, self.timing)
                                .outcome
                                .is_open()
                        })
                        .and_then(|i| i.checked_sub(1))
                }
                _ => None,
            };
            future.apply(self.catalog, &action);
            history.push(future.clone());
            let now = open_set(&future);
            let mut opens = Opens {
                credentials: credentials
                    .iter()
                    .zip(now.iter().zip(&open))
                    .filter_map(|(c, (now, before))| match (now, before) {
                        (Some(outcome), None) => Some((c, *outcome)),
                        _ => None,
                    })
                    .collect(),
                titles: Vec::new(),
            };
            match &mut action {
                Action::Credential(sitting) => {
                    let path = &sitting.credential.paths[sitting.route];
                    let mut lacks = history.iter().map(|future| {
                        future
                            .check(self.catalog, sitting.route, path, self.timing)
                            .missing
                    });
                    sitting.lacks = lacks.next().unwrap_or_default();
                    // The first step after which the route no longer lacks the condition.
                    let later: Vec<Vec<Gap>> = lacks.collect();
                    sitting.filled_at = sitting
                        .lacks
                        .iter()
                        .map(|gap| {
                            later
                                .iter()
                                .position(|missing| !missing.iter().any(|m| same_need(m, gap)))
                        })
                        .collect();
                    sitting.for_titles = moves
                        .iter()
                        .filter(|t| t.credentials.contains(&sitting.credential.id))
                        .copied()
                        .collect();
                    opens.titles = self
                        .catalog
                        .data
                        .titles()
                        .iter()
                        .filter(|t| t.credentials.contains(&sitting.credential.id))
                        .collect();
                }
                Action::Title(step) => {
                    opens.titles = step
                        .title
                        .leads_to
                        .iter()
                        .filter_map(|id| self.catalog.title(id))
                        .collect();
                }
                _ => {}
            }
            open = now;
            steps.push(Step {
                action,
                opens,
                ready_after,
            });
        }
        steps
    }
}

/// Whether two missing conditions are the same condition, the years still short aside.
fn same_need(a: &Gap, b: &Gap) -> bool {
    match (&a.need, &b.need) {
        (Need::Experience { kind: a, .. }, Need::Experience { kind: b, .. }) => a == b,
        (a, b) => a == b,
    }
}
