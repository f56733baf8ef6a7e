//! The search for the cheapest plan along one ladder path: which typical credential to sit for
//! each title, by which route, and what each route still lacks.

use crate::catalog::Catalog;
use crate::data::model::{Credential, Degree, EligibilityPath, ProgramKind, Title};
use crate::domain::eligibility::{self, Gap, Need, Outcome, Timing};

use super::future::Future;
use super::{Action, Cost, Licensing, Move, Practice, Purpose, Schooling, Sitting};

/// How many search nodes a plan may visit: real data needs a few hundred.
const MAX_NODES: usize = 20_000;
/// How deep credentials that a route names (a credential needing a credential ...) are followed.
pub(super) const MAX_DEPTH: usize = 4;

/// The steps toward one title of the ladder: the chain that gets its credential, then the move.
#[derive(Clone, Debug)]
pub(super) struct Segment<'a> {
    pub(super) chain: Vec<Action<'a>>,
    /// The state before the chain, for weighing other ways from the same point.
    pub(super) before: Future,
    pub(super) title: &'a Title,
    pub(super) with: Option<&'a Credential>,
}

/// A way to a credential: the steps, and the person after them.
pub(super) type Chain<'a> = (Vec<Action<'a>>, Future);

pub(super) struct Planner<'a> {
    pub(super) catalog: &'a Catalog,
    pub(super) timing: Timing,
}

impl<'a> Planner<'a> {
    /// Searches the credential choices along one ladder path, depth first, keeping the cheapest
    /// climb. Each typical credential of a title is tried (the cheapest first); a branch that
    /// already takes more steps than the best found is dropped.
    pub(super) fn climb(
        &self,
        ladder: &[&'a Title],
        i: usize,
        state: &Future,
        segments: Vec<Segment<'a>>,
        best: &mut Option<(Vec<Segment<'a>>, Cost)>,
        nodes: &mut usize,
    ) {
        *nodes += 1;
        let cost = Cost::of(&segments_actions(&segments));
        if let Some((_, best_cost)) = best.as_ref()
            && (cost.steps + (ladder.len() - i) > best_cost.steps || *nodes > MAX_NODES)
        {
            return;
        }
        let Some(&title) = ladder.get(i) else {
            if best.as_ref().is_none_or(|(_, b)| cost.beats(b)) {
                *best = Some((segments, cost));
            }
            return;
        };
        let typical: Vec<&'a Credential> = title
            .credentials
            .iter()
            .filter_map(|id| self.catalog.credential(id))
            .collect();
        let held = typical
            .iter()
            .find(|c| state.person.holds.contains(&c.id))
            .copied();
        let mut options: Vec<(&'a Credential, Chain<'a>)> = Vec::new();
        if held.is_none() {
            for credential in &typical {
                if let Some(chain) = self.obtain(credential, state, &mut Vec::new(), MAX_DEPTH) {
                    options.push((credential, chain));
                }
            }
            options.sort_by(|a, b| Cost::of(&a.1.0).compare(&Cost::of(&b.1.0)));
        }
        if options.is_empty() {
            let mut next = segments;
            next.push(Segment {
                chain: Vec::new(),
                before: state.clone(),
                title,
                with: held,
            });
            self.climb(ladder, i + 1, state, next, best, nodes);
            return;
        }
        for (credential, (chain, after)) in options {
            let mut next = segments.clone();
            next.push(Segment {
                chain,
                before: state.clone(),
                title,
                with: Some(credential),
            });
            self.climb(ladder, i + 1, &after, next, best, nodes);
        }
    }

    /// The cheapest way to hold `credential` from `state`, over its routes; `None` when no
    /// route is open or can be prepared. `visiting` holds the credentials being prepared above,
    /// so a route that names one of them is not followed in a circle.
    pub(super) fn obtain(
        &self,
        credential: &'a Credential,
        state: &Future,
        visiting: &mut Vec<String>,
        depth: usize,
    ) -> Option<Chain<'a>> {
        let mut best: Option<Chain<'a>> = None;
        for route in self.route_order(credential, state) {
            if let Some(chain) = self.by_route(credential, route, state, visiting, depth)
                && best
                    .as_ref()
                    .is_none_or(|b| Cost::of(&chain.0).beats(&Cost::of(&b.0)))
            {
                best = Some(chain);
            }
        }
        best
    }

    /// The routes of a credential, the one `him eligible` would name for the person first, then
    /// the others in the order of the data.
    fn route_order(&self, credential: &Credential, state: &Future) -> Vec<usize> {
        let named = eligibility::check(self.catalog, credential, &state.person, self.timing).chosen;
        let mut order: Vec<usize> = named.into_iter().collect();
        order.extend((0..credential.paths.len()).filter(|i| Some(*i) != named));
        order
    }

    /// The steps that get `credential` by route `index` from `state`: what the route lacks,
    /// then sitting it; `None` when the route is closed, for programs abroad, for students in
    /// their last term (a plan finishes the program instead), or needs a credential that
    /// cannot be had.
    pub(super) fn by_route(
        &self,
        credential: &'a Credential,
        index: usize,
        state: &Future,
        visiting: &mut Vec<String>,
        depth: usize,
    ) -> Option<Chain<'a>> {
        let path = &credential.paths[index];
        let check = state.check(self.catalog, index, path, self.timing);
        if matches!(check.outcome, Outcome::Closed | Outcome::NotChecked)
            || check.missing.iter().any(|g| g.need == Need::FinalTerm)
        {
            return None;
        }
        let purpose = Purpose {
            credential: credential.id.clone(),
            route: index,
        };
        let mut future = state.clone();
        let mut actions: Vec<Action<'a>> = Vec::new();
        let push = |action: Action<'a>, future: &mut Future, actions: &mut Vec<Action<'a>>| {
            future.apply(self.catalog, &action);
            actions.push(action);
        };
        for schooling in schooling(&check.missing, path, &purpose) {
            // A degree asks for the one below it on entry (`eligibility::entry_level`): a
            // master's program a bachelor's degree, a bachelor's program a high-school diploma.
            if let (ProgramKind::Degree, Some(level)) = (schooling.kind, schooling.level) {
                let mut below = Vec::new();
                let mut next = level;
                while eligibility::entry_level(next) > future.degree() {
                    below.push((eligibility::entry_level(next), next));
                    next = eligibility::entry_level(next);
                }
                for (entry, of) in below.into_iter().rev() {
                    let first = Schooling {
                        level: Some(entry),
                        kind: ProgramKind::Degree,
                        disciplines: Vec::new(),
                        also: None,
                        accredited_by: None,
                        finish_current: false,
                        entry_for: Some(of),
                        fills: Vec::new(),
                        purpose: purpose.clone(),
                    };
                    push(Action::Schooling(first), &mut future, &mut actions);
                }
            }
            push(Action::Schooling(schooling), &mut future, &mut actions);
        }
        for gap in &check.missing {
            if let Need::License { any } = &gap.need {
                let licensing = Licensing {
                    any: any.clone(),
                    fills: gap.clone(),
                    purpose: purpose.clone(),
                };
                push(Action::License(licensing), &mut future, &mut actions);
            }
        }
        for gap in &check.missing {
            if let Need::Credential { any } = &gap.need {
                if depth == 0 {
                    return None;
                }
                visiting.push(credential.id.clone());
                let mut best: Option<Chain<'a>> = None;
                for id in any {
                    let Some(needed) = self.catalog.credential(id) else {
                        continue;
                    };
                    if visiting.contains(&needed.id) {
                        continue;
                    }
                    if let Some(chain) = self.obtain(needed, &future, visiting, depth - 1)
                        && best
                            .as_ref()
                            .is_none_or(|b| Cost::of(&chain.0).beats(&Cost::of(&b.0)))
                    {
                        best = Some(chain);
                    }
                }
                visiting.pop();
                let (mut chain, after) = best?;
                if let Some(Action::Credential(sitting)) = chain.last_mut() {
                    sitting.for_credential = Some(purpose.clone());
                }
                actions.extend(chain);
                future = after;
            }
        }
        // Experience last, the narrower kinds first: their years count toward the broader.
        let recheck = future.check(self.catalog, index, path, self.timing);
        let mut wanted: Vec<&Gap> = recheck
            .missing
            .iter()
            .filter(|g| matches!(g.need, Need::Experience { .. }))
            .collect();
        let kind_of = |gap: &Gap| match &gap.need {
            Need::Experience { kind, .. } => kind.clone(),
            _ => String::new(),
        };
        wanted.sort_by_key(|gap| {
            std::cmp::Reverse(eligibility::broader_kinds(self.catalog, &kind_of(gap)).len())
        });
        for gap in wanted {
            let Need::Experience { kind, years, .. } = &gap.need else {
                continue;
            };
            let has = eligibility::years_of(self.catalog, &future.person, kind);
            let short = match years {
                Some(needed) if *needed > has => Some(needed - has),
                Some(_) => continue,
                None if has > 0.0 => continue,
                None => None,
            };
            let practice = Practice {
                kind: kind.clone(),
                years: short,
                route_years: *years,
                has,
                fills: gap.clone(),
                purpose: purpose.clone(),
            };
            push(Action::Experience(practice), &mut future, &mut actions);
        }
        let ready = future.check(self.catalog, index, path, self.timing);
        if !ready.outcome.is_open() {
            return None;
        }
        let as_apprentice = credential.apprentice.as_ref().and_then(|apprentice| {
            let removed = apprentice.removals.iter().enumerate().any(|(i, way)| {
                future
                    .check(self.catalog, i, way, self.timing)
                    .outcome
                    .is_open()
            });
            (!removed).then(|| apprentice.abbreviation.clone())
        });
        let sitting = Sitting {
            credential,
            route: index,
            outcome: ready.outcome,
            evidence: ready.evidence,
            to_confirm: ready.to_confirm,
            lacks: check.missing,
            filled_at: Vec::new(),
            as_apprentice,
            for_credential: None,
            for_titles: Vec::new(),
        };
        push(Action::Credential(sitting), &mut future, &mut actions);
        Some((actions, future))
    }
}

/// The degree or program steps a route's missing education asks for: one degree (its level,
/// discipline and accreditor together), or a degree and then the certificate or fellowship
/// after it, or finishing the program in hand.
fn schooling(missing: &[Gap], path: &EligibilityPath, purpose: &Purpose) -> Vec<Schooling> {
    let find = |wanted: fn(&Need) -> bool| missing.iter().find(|g| wanted(&g.need));
    let degree = find(|n| matches!(n, Need::Degree { .. }));
    let program = find(|n| matches!(n, Need::Program { .. }));
    let body = find(|n| matches!(n, Need::Accreditation { .. }));
    let mut steps = Vec::new();
    if let Some(finish) = find(|n| *n == Need::FinishProgram) {
        steps.push(Schooling {
            level: None,
            kind: ProgramKind::Degree,
            disciplines: Vec::new(),
            also: None,
            accredited_by: None,
            finish_current: true,
            entry_for: None,
            fills: vec![finish.clone()],
            purpose: purpose.clone(),
        });
    }
    let blank = |level: Option<Degree>, fills: Vec<Gap>| Schooling {
        level,
        kind: ProgramKind::Degree,
        disciplines: Vec::new(),
        also: None,
        accredited_by: None,
        finish_current: false,
        entry_for: None,
        fills,
        purpose: purpose.clone(),
    };
    let minimum = degree.and_then(|g| match g.need {
        Need::Degree { minimum } => Some(minimum),
        _ => None,
    });
    let accredited_by = |g: &Gap| match &g.need {
        Need::Accreditation { accredited_by } => Some(accredited_by.clone()),
        _ => None,
    };
    match program.map(|g| (g, &g.need)) {
        Some((
            gap,
            Need::Program {
                kind,
                disciplines,
                also,
                accredited_by: by,
            },
        )) => {
            let by = by.clone().or_else(|| body.and_then(accredited_by));
            if *kind == ProgramKind::Degree {
                let mut fills: Vec<Gap> = degree.into_iter().cloned().collect();
                fills.push(gap.clone());
                fills.extend(body.cloned());
                steps.push(Schooling {
                    disciplines: disciplines.clone(),
                    also: also.clone(),
                    accredited_by: by,
                    ..blank(minimum.or(path.degree), fills)
                });
            } else {
                if let Some(degree) = degree {
                    steps.push(blank(minimum, vec![degree.clone()]));
                }
                let mut fills = vec![gap.clone()];
                fills.extend(body.cloned());
                steps.push(Schooling {
                    kind: *kind,
                    disciplines: disciplines.clone(),
                    also: also.clone(),
                    accredited_by: by,
                    ..blank(None, fills)
                });
            }
        }
        _ if degree.is_some() || body.is_some() => {
            let fills: Vec<Gap> = degree.into_iter().chain(body).cloned().collect();
            // A new degree must itself be what the route asks for: its discipline and its
            // accreditor, though the person's lower degree met them.
            let new_degree = path.program_kind == ProgramKind::Degree;
            steps.push(Schooling {
                kind: path.program_kind,
                disciplines: path.programs.clone(),
                also: path.programs_also.clone().filter(|_| new_degree),
                accredited_by: body
                    .and_then(accredited_by)
                    .or_else(|| path.accredited_by.clone().filter(|_| new_degree)),
                ..blank(minimum.or(path.degree), fills)
            });
        }
        _ => {}
    }
    steps
}

fn segments_actions<'a>(segments: &[Segment<'a>]) -> Vec<Action<'a>> {
    let mut actions = Vec::new();
    for segment in segments {
        actions.extend(segment.chain.iter().cloned());
        actions.push(Action::Title(Move {
            title: segment.title,
            with: segment.with,
            held_before: false,
            after: None,
        }));
    }
    actions
}
