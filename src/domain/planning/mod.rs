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

use std::cmp::Ordering;

use crate::catalog::Catalog;
use crate::data::model::{Credential, Degree, ProgramKind, Title};
use crate::domain::eligibility::{Evidence, Gap, Outcome, Person, Timing, Unsure};

use future::Future;
use search::{Planner, Segment};

/// The plan for one person and one goal.
#[derive(Clone, Debug)]
pub struct Plan<'a> {
    pub goal: &'a Title,
    pub from: Option<&'a Title>,
    pub reach: Reach<'a>,
    /// The title the climb starts at, when no --from is given (it is the first move).
    pub start: Option<&'a Title>,
    pub steps: Vec<Step<'a>>,
    pub alternatives: Vec<Alternative<'a>>,
    /// Titles of the plan whose typical credentials have no route open to the plan, with them.
    pub out_of_reach: Vec<(&'a Title, Vec<&'a Credential>)>,
}

impl<'a> Plan<'a> {
    /// The titles the plan moves to, in order.
    pub fn moves(&self) -> impl Iterator<Item = &'a Title> + '_ {
        self.steps.iter().filter_map(|step| match &step.action {
            Action::Title(m) => Some(m.title),
            _ => None,
        })
    }
}

/// Whether the data leads to the goal.
#[derive(Clone, Debug, PartialEq)]
pub enum Reach<'a> {
    Planned,
    /// The person holds the goal already (`--from` is the goal).
    AlreadyThere,
    /// No ladder path from the job held to the goal: the titles the job leads to, and those
    /// that lead to the goal.
    NoLadderPath {
        next: Vec<&'a Title>,
        before: Vec<&'a Title>,
    },
    /// Without a job held: no entry-level title leads to the goal, though titles do.
    NoEntryPath {
        before: Vec<&'a Title>,
    },
}

/// One step, and what it opens.
#[derive(Clone, Debug)]
pub struct Step<'a> {
    pub action: Action<'a>,
    pub opens: Opens<'a>,
    /// For a credential: the step (by index) after which its route is open; `None` when it is
    /// open to the person today.
    pub ready_after: Option<usize>,
}

/// What becomes reachable after a step: credentials none of whose routes was open before, each
/// with how its best route turns out then, and titles (those a move leads to, those a
/// credential typically goes with).
#[derive(Clone, Debug, Default)]
pub struct Opens<'a> {
    pub credentials: Vec<(&'a Credential, Outcome)>,
    pub titles: Vec<&'a Title>,
}

#[derive(Clone, Debug)]
pub enum Action<'a> {
    Schooling(Schooling),
    Experience(Practice),
    License(Licensing),
    Credential(Sitting<'a>),
    Title(Move<'a>),
}

impl Action<'_> {
    /// The kind of step, as the JSON names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Schooling(_) => "degree",
            Action::Experience(_) => "experience",
            Action::License(_) => "license",
            Action::Credential(_) => "credential",
            Action::Title(_) => "title",
        }
    }
}

/// Which credential's route asks for a step.
#[derive(Clone, Debug, PartialEq)]
pub struct Purpose {
    pub credential: String,
    /// The route's index among the credential's paths.
    pub route: usize,
}

/// A degree or program to finish.
#[derive(Clone, Debug, PartialEq)]
pub struct Schooling {
    /// The degree's level; for a certificate or fellowship, none (it comes after a degree).
    pub level: Option<Degree>,
    pub kind: ProgramKind,
    /// Its discipline, any one of these (any when empty); `also`, what else the route accepts.
    pub disciplines: Vec<String>,
    pub also: Option<String>,
    /// The body that must accredit (or approve) the program, or "recognized".
    pub accredited_by: Option<String>,
    /// Finishing the program the person is in the last term of.
    pub finish_current: bool,
    /// Set when the step is what a degree of this level asks for on entry (a bachelor's degree
    /// before a master's), not a condition of the route itself.
    pub entry_for: Option<Degree>,
    /// The conditions it fills, as the checker states them.
    pub fills: Vec<Gap>,
    pub purpose: Purpose,
}

/// Experience of a kind to gain.
#[derive(Clone, Debug, PartialEq)]
pub struct Practice {
    pub kind: String,
    /// Years still to gain; `None` when the sources give no number.
    pub years: Option<f64>,
    /// The years the route asks for in all, and those the person has toward them.
    pub route_years: Option<f64>,
    pub has: f64,
    pub fills: Gap,
    pub purpose: Purpose,
}

/// A license to hold: the data says nothing of how one is earned.
#[derive(Clone, Debug, PartialEq)]
pub struct Licensing {
    pub any: Vec<String>,
    pub fills: Gap,
    pub purpose: Purpose,
}

/// A credential to sit, by one route.
#[derive(Clone, Debug)]
pub struct Sitting<'a> {
    pub credential: &'a Credential,
    /// The route's index among the credential's paths.
    pub route: usize,
    /// How the route turns out once the steps before it are done: met, likely or possible.
    pub outcome: Outcome,
    pub evidence: Evidence,
    /// What is left to confirm with the issuer then.
    pub to_confirm: Vec<Unsure>,
    /// What the person lacks for the route today, as `him eligible` says it (set when the
    /// plan is replayed; before, what the route lacked where the search weighed it).
    pub lacks: Vec<Gap>,
    /// For each of `lacks`, the step (by index) after which the route no longer lacks it.
    pub filled_at: Vec<Option<usize>>,
    /// The credential is passed in its apprentice form (CPC-A), its mark still to come off.
    pub as_apprentice: Option<String>,
    /// A credential whose route names this one, when that is why the plan sits it.
    pub for_credential: Option<Purpose>,
    /// The titles of the plan it typically goes with.
    pub for_titles: Vec<&'a Title>,
}

/// A move up the ladder.
#[derive(Clone, Debug)]
pub struct Move<'a> {
    pub title: &'a Title,
    /// The typical credential the person holds, or the plan has them sit, for it.
    pub with: Option<&'a Credential>,
    /// Whether the person held `with` before the plan.
    pub held_before: bool,
    /// The title the move is from (the job held, or the plan's move before); `None` for the
    /// first job of a plan without one.
    pub after: Option<&'a Title>,
}

/// Another way, one line each.
#[derive(Clone, Debug)]
pub enum Alternative<'a> {
    /// Another way up the ladder: its moves and what the plan would cost by it.
    Ladder { titles: Vec<&'a Title>, cost: Cost },
    /// Another typical credential of a title, in place of the one the plan sits.
    Credential {
        title: &'a Title,
        instead_of: &'a Credential,
        way: Way<'a>,
        chosen: Cost,
    },
    /// Another route to a credential the plan sits.
    Route {
        instead_of: usize,
        way: Way<'a>,
        chosen: Cost,
    },
}

/// A credential by a route, what the route lacks, and what getting it costs.
#[derive(Clone, Debug)]
pub struct Way<'a> {
    pub credential: &'a Credential,
    pub route: usize,
    pub lacks: Vec<Gap>,
    /// How the route turns out once prepared, and what is then left to confirm.
    pub outcome: Outcome,
    pub to_confirm: Vec<Unsure>,
    pub cost: Cost,
}

/// What a plan, or part of it, costs by the data's own numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Cost {
    pub steps: usize,
    /// Steps that take more than time: a degree or program, a license, a credential a route
    /// names (as `him eligible` ranks routes, those that need only time come first).
    pub lasting: usize,
    /// Experience steps whose years the sources do not give.
    pub unknown_years: usize,
    pub years: f64,
    /// Credential steps that rest on a likely or possible route.
    pub to_confirm: usize,
}

impl Cost {
    fn of(actions: &[Action<'_>]) -> Cost {
        let mut cost = Cost {
            steps: actions.len(),
            ..Cost::default()
        };
        for action in actions {
            match action {
                Action::Experience(p) => match p.years {
                    Some(years) => cost.years += years,
                    None => cost.unknown_years += 1,
                },
                Action::Schooling(_) | Action::License(_) => cost.lasting += 1,
                Action::Credential(s) => {
                    if s.outcome != Outcome::Met {
                        cost.to_confirm += 1;
                    }
                    if s.for_credential.is_some() {
                        cost.lasting += 1;
                    }
                }
                Action::Title(_) => {}
            }
        }
        cost
    }

    fn compare(&self, other: &Cost) -> Ordering {
        (self.steps, self.lasting, self.unknown_years)
            .cmp(&(other.steps, other.lasting, other.unknown_years))
            .then(self.years.total_cmp(&other.years))
            .then(self.to_confirm.cmp(&other.to_confirm))
    }

    fn beats(&self, other: &Cost) -> bool {
        self.compare(other) == Ordering::Less
    }
}

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
