//! What a plan is made of: the plan, its steps (degrees, experience, licenses, credentials,
//! moves up the ladder), the other ways, and the cost by which ways are compared.

use std::cmp::Ordering;

use crate::data::model::{Credential, Degree, ProgramKind, Title};
use crate::domain::eligibility::{Evidence, Gap, Outcome, Unsure};

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
    pub(super) fn of(actions: &[Action<'_>]) -> Cost {
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

    pub(super) fn compare(&self, other: &Cost) -> Ordering {
        (self.steps, self.lasting, self.unknown_years)
            .cmp(&(other.steps, other.lasting, other.unknown_years))
            .then(self.years.total_cmp(&other.years))
            .then(self.to_confirm.cmp(&other.to_confirm))
    }

    pub(super) fn beats(&self, other: &Cost) -> bool {
        self.compare(other) == Ordering::Less
    }
}
