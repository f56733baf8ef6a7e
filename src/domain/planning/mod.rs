//! The planner: a person, the job they want and, maybe, the job they hold, in; the steps from one
//! to the other out, in order. Pure: the catalog, the person and the date in, a `Plan` out.
//!
//! It builds on the eligibility checker's structured answer (`PathCheck`, its `Need`s), never
//! on its words. The plan climbs the career ladder (`leads_to`) to the goal; before each move it
//! has the person sit one of the credentials that typically go with that title (the data's
//! `credentials`, the him editors' reading), unless they hold one already; before each
//! credential, whatever its route still lacks: a degree or program, a license, a credential it
//! names, years of experience of its kind. Each step is applied to a copy of the person, so the
//! next is checked against the person as the plan leaves them.
//!
//! Of several ways (ladder paths, typical credentials, routes), the plan takes the one with the
//! fewest steps (each fills a missing condition), then, as `him eligible` ranks routes, the
//! fewest that take more than time (a degree, a license, a credential a route names), then the
//! fewest whose years the sources do not give, the fewest years of experience still to gain,
//! and the fewest left to confirm with the issuer; on a tie, the route `him eligible` would name
//! and the order of the data. The other ways are kept as alternatives.
//!
//! What the data does not give, the plan does not invent: no years for a ladder step, no length
//! or cost for a degree, no step toward a credential that has no open route.

mod future;
mod ladders;
mod review;
mod search;
mod steps;

use crate::catalog::Catalog;
use crate::data::model::Title;
use crate::domain::eligibility::{Person, Timing};

use future::Future;
use search::{Planner, Segment};
pub use steps::{
    Action, Alternative, Cost, Licensing, Move, Opens, Plan, Practice, Purpose, Reach, Schooling,
    Sitting, Step, Way,
};

/// Makes the plan for `person` to reach `goal`, from the job `from` when they hold one.
pub fn plan<'a>(
    catalog: &'a Catalog,
    person: &Person,
    goal: &'a Title,
    from: Option<&'a Title>,
    timing: Timing,
) -> Plan<'a> {
    let planner = Planner { catalog, timing };
    let mut plan = Plan {
        goal,
        from,
        reach: Reach::Planned,
        start: None,
        steps: Vec::new(),
        alternatives: Vec::new(),
        out_of_reach: Vec::new(),
    };
    let ladders = match ladders::ladders(catalog, goal, from) {
        Ok(ladders) => ladders,
        Err(reach) => {
            plan.reach = reach;
            return plan;
        }
    };
    let start = Future::of(person);
    let mut nodes = 0;
    // The best climb of each ladder path, then the best of them (the first, on a tie).
    let mut climbs: Vec<(Vec<&'a Title>, Vec<Segment<'a>>, Cost)> = Vec::new();
    for ladder in ladders {
        let mut best: Option<(Vec<Segment<'a>>, Cost)> = None;
        planner.climb(&ladder, 0, &start, Vec::new(), &mut best, &mut nodes);
        if let Some((segments, cost)) = best {
            climbs.push((ladder, segments, cost));
        }
    }
    let Some(chosen) = (0..climbs.len()).min_by(|&a, &b| {
        climbs[a]
            .2
            .compare(&climbs[b].2)
            .then(climbs[a].0.len().cmp(&climbs[b].0.len()))
            .then(a.cmp(&b))
    }) else {
        return plan;
    };
    let (ladder, segments, _) = climbs.remove(chosen);
    if from.is_none() {
        plan.start = ladder.first().copied();
    }
    let mut others: Vec<(Vec<&'a Title>, Cost)> = climbs
        .into_iter()
        .filter(|(titles, _, _)| *titles != ladder)
        .map(|(titles, _, cost)| (titles, cost))
        .collect();
    others.sort_by(|a, b| a.1.compare(&b.1));
    plan.alternatives.extend(
        others
            .into_iter()
            .map(|(titles, cost)| Alternative::Ladder { titles, cost }),
    );
    plan.alternatives.extend(planner.other_ways(&segments));
    plan.out_of_reach = planner.out_of_reach(&ladder, &segments);
    let actions = early_sittings_first(&planner, &start, flatten(segments, person, from));
    plan.steps = planner.replay(&start, actions);
    plan
}

/// The segments as one list of steps, each move knowing the job it is from.
fn flatten<'a>(
    segments: Vec<Segment<'a>>,
    person: &Person,
    from: Option<&'a Title>,
) -> Vec<Action<'a>> {
    let mut actions = Vec::new();
    let mut previous = from;
    for segment in segments {
        let held_before = segment.with.is_some_and(|c| person.holds.contains(&c.id));
        actions.extend(segment.chain);
        actions.push(Action::Title(Move {
            title: segment.title,
            with: segment.with,
            held_before,
            after: previous,
        }));
        previous = Some(segment.title);
    }
    actions
}

/// Credentials open to the person today, which no step before prepares, go first: "sit RHIA
/// now". The others stay just before the move that wants them.
fn early_sittings_first<'a>(
    planner: &Planner<'a>,
    start: &Future,
    actions: Vec<Action<'a>>,
) -> Vec<Action<'a>> {
    let now = |action: &Action<'a>| match action {
        Action::Credential(s) => start
            .check(
                planner.catalog,
                s.route,
                &s.credential.paths[s.route],
                planner.timing,
            )
            .outcome
            .is_open(),
        _ => false,
    };
    let (mut first, rest): (Vec<Action<'a>>, Vec<Action<'a>>) =
        actions.into_iter().partition(|a| now(a));
    first.extend(rest);
    first
}
