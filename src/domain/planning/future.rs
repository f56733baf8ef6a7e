//! The person as a plan leaves them, step after step.

use crate::catalog::Catalog;
use crate::data::model::{
    ANY_RECOGNIZED_ACCREDITOR, Credential, Degree, EligibilityPath, ProgramKind,
};
use crate::domain::eligibility::{self, Accreditation, Need, Outcome, PathCheck, Person, Timing};

use super::{Action, Schooling};

/// The person as the plan leaves them: the person, and the programs the plan has them finish.
/// The checker knows one program per person, so a route is checked against each in turn.
#[derive(Clone, Debug)]
pub(super) struct Future {
    pub(super) person: Person,
    programs: Vec<Program>,
}

#[derive(Clone, Debug, PartialEq)]
struct Program {
    degree: Degree,
    discipline: Option<String>,
    kind: ProgramKind,
    accreditation: Option<Accreditation>,
}

impl Future {
    pub(super) fn of(person: &Person) -> Future {
        Future {
            person: person.clone(),
            programs: Vec::new(),
        }
    }

    /// The person with each of their programs.
    pub(super) fn variants(&self) -> impl Iterator<Item = Person> + '_ {
        std::iter::once(self.person.clone()).chain(self.programs.iter().map(|p| Person {
            degree: p.degree,
            program: p.discipline.clone(),
            program_kind: p.kind,
            accreditation: p.accreditation.clone(),
            final_term: false,
            ..self.person.clone()
        }))
    }

    /// The highest degree finished or planned.
    pub(super) fn degree(&self) -> Degree {
        self.programs
            .iter()
            .map(|p| p.degree)
            .fold(self.person.degree, Degree::max)
    }

    /// A path checked against the person with each of their programs: the best outcome.
    pub(super) fn check<'p>(
        &self,
        catalog: &Catalog,
        index: usize,
        path: &'p EligibilityPath,
        timing: Timing,
    ) -> PathCheck<'p> {
        let rank = |c: &PathCheck<'_>| (outcome_rank(c.outcome), c.missing.len());
        self.variants()
            .map(|person| eligibility::check_path(catalog, index, path, &person, timing))
            .min_by_key(rank)
            .expect("a person has at least one variant")
    }

    /// How the best route of `credential` turns out, when one is open (met, likely or
    /// possible).
    pub(super) fn open_outcome(
        &self,
        catalog: &Catalog,
        credential: &Credential,
        timing: Timing,
    ) -> Option<Outcome> {
        credential
            .paths
            .iter()
            .enumerate()
            .map(|(i, path)| self.check(catalog, i, path, timing).outcome)
            .filter(|outcome| outcome.is_open())
            .min_by_key(|outcome| outcome_rank(*outcome))
    }

    pub(super) fn apply(&mut self, catalog: &Catalog, action: &Action<'_>) {
        match action {
            Action::Schooling(s) if s.finish_current => self.person.final_term = false,
            Action::Schooling(s) => {
                let degree = match s.kind {
                    ProgramKind::Degree => s.level.unwrap_or_else(|| self.degree()),
                    _ => self.degree(),
                };
                let discipline = s
                    .disciplines
                    .first()
                    .cloned()
                    .or_else(|| self.person.program.clone().filter(|_| s.fills_only_body()));
                self.programs.push(Program {
                    degree,
                    discipline,
                    kind: s.kind,
                    accreditation: s.accredited_by.as_deref().map(|body| {
                        if body == ANY_RECOGNIZED_ACCREDITOR {
                            Accreditation::Recognized
                        } else {
                            Accreditation::By(body.to_string())
                        }
                    }),
                });
            }
            Action::Experience(p) => {
                // Years of a kind count toward the broader kinds it belongs to.
                let added = p.years.unwrap_or(eligibility::SOME_YEARS);
                let has = eligibility::years_of(catalog, &self.person, &p.kind);
                self.person.experience.insert(p.kind.clone(), has + added);
                for broader in eligibility::broader_kinds(catalog, &p.kind) {
                    if let Some(years) = self.person.experience.get_mut(broader) {
                        *years += added;
                    }
                }
            }
            Action::License(l) => {
                if let Some(first) = l.any.first() {
                    self.person.licenses.insert(first.clone());
                }
            }
            Action::Credential(s) => {
                self.person.holds.insert(s.credential.id.clone());
                if s.as_apprentice.is_some() {
                    self.person.apprentice.insert(s.credential.id.clone());
                } else {
                    self.person.apprentice.remove(&s.credential.id);
                }
            }
            Action::Title(_) => {}
        }
    }
}

impl Schooling {
    /// Whether the step asks only that the program be accredited: the person's discipline is
    /// the right one already.
    fn fills_only_body(&self) -> bool {
        self.fills
            .iter()
            .all(|g| matches!(g.need, Need::Accreditation { .. }))
    }
}

/// Met before likely before possible before not met before anything else.
pub(super) fn outcome_rank(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Met => 0,
        Outcome::Likely => 1,
        Outcome::Possible => 2,
        Outcome::NotMet => 3,
        Outcome::Closed | Outcome::NotChecked => 4,
    }
}
