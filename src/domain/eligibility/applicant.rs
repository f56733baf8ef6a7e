//! What a check starts from: the person, described by a few facts (their education, experience,
//! credentials and licenses), and when the check is made.

use std::collections::{BTreeMap, BTreeSet};

use crate::data::model::{Degree, ProgramKind};
use crate::data::period::{Date, Period};

/// When a check is made, and how old a rule's source may be before the rule is only likely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub today: Date,
    /// The rule-staleness threshold, in years (`--stale-after`, as for pay figures).
    pub stale_after_years: u16,
}

impl Timing {
    /// Whole months from `period` to today; 0 for a period that has not begun.
    pub fn months_since(&self, period: Period) -> u32 {
        let months = self.today.months() - period.reference().months();
        u32::try_from(months.max(0)).unwrap_or(u32::MAX)
    }

    pub fn is_stale(&self, period: Period) -> bool {
        self.months_since(period) > u32::from(self.stale_after_years) * 12
    }
}

/// Who accredits the person's program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accreditation {
    /// This organization of the data (an accreditor), by id.
    By(String),
    /// A recognized accreditor the data does not name.
    Recognized,
}

/// What a person brings.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The highest degree: completed or, with `final_term`, the one being finished. With a
    /// certificate or fellowship as `program_kind`, the degree held before that program.
    pub degree: Degree,
    /// The discipline of the program described (`him`, `nursing`, or one no route names).
    pub program: Option<String>,
    /// What the described program is: the degree itself, or a certificate or fellowship after it.
    pub program_kind: ProgramKind,
    pub accreditation: Option<Accreditation>,
    /// In the last term of the described program, not yet graduated.
    pub final_term: bool,
    /// The described program is outside the United States.
    pub outside_us: bool,
    /// Years of experience by kind (an id of the data's experience kinds).
    pub experience: BTreeMap<String, f64>,
    /// Years of experience whose kind the person did not say (`--years`): they may be of any
    /// kind, so a route they would meet is only possible.
    pub unspecified_years: f64,
    /// Credential ids held.
    pub holds: BTreeSet<String>,
    /// The credentials of `holds` held in their apprentice form (CPC-A).
    pub apprentice: BTreeSet<String>,
    /// License ids held (`rn`, `md` ...).
    pub licenses: BTreeSet<String>,
}

impl Default for Person {
    fn default() -> Person {
        Person {
            degree: Degree::None,
            program: None,
            program_kind: ProgramKind::Degree,
            accreditation: None,
            final_term: false,
            outside_us: false,
            experience: BTreeMap::new(),
            unspecified_years: 0.0,
            holds: BTreeSet::new(),
            apprentice: BTreeSet::new(),
            licenses: BTreeSet::new(),
        }
    }
}

/// The education a path is checked against.
#[derive(Clone, Copy, Debug)]
pub(super) struct Education<'p> {
    pub(super) degree: Degree,
    /// The program the person described, when it counts for this check.
    pub(super) program: Option<Program<'p>>,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Program<'p> {
    pub(super) discipline: Option<&'p str>,
    pub(super) kind: ProgramKind,
    pub(super) accreditation: Option<&'p Accreditation>,
}

impl Person {
    fn described_program(&self) -> Option<Program<'_>> {
        let described = self.program.is_some()
            || self.accreditation.is_some()
            || self.program_kind != ProgramKind::Degree;
        described.then_some(Program {
            discipline: self.program.as_deref(),
            kind: self.program_kind,
            accreditation: self.accreditation.as_ref(),
        })
    }

    /// The education as described, the program finished or, for a last-term student, about to be.
    pub(super) fn as_described(&self) -> Education<'_> {
        Education {
            degree: self.degree,
            program: self.described_program(),
        }
    }

    /// The education completed today. A last-term student has not finished the program: they
    /// count as holding what such a program asks for on entry (see `entry_level`) and nothing
    /// of the program itself.
    pub(super) fn completed(&self) -> Education<'_> {
        if !self.final_term {
            return self.as_described();
        }
        let degree = if self.program_kind == ProgramKind::Degree {
            entry_level(self.degree)
        } else {
            self.degree
        };
        Education {
            degree,
            program: None,
        }
    }

    /// Whether the person said anything about their experience.
    pub fn has_experience(&self) -> bool {
        self.unspecified_years > 0.0 || self.experience.values().any(|&y| y > 0.0)
    }
}

/// The education a degree program of `level` normally asks for on entry: a high-school diploma
/// for an associate or bachelor's program, a bachelor's degree for a master's or doctoral one.
/// Used only for students in their last term (`--final-term`); the help says so.
pub fn entry_level(level: Degree) -> Degree {
    match level {
        Degree::None | Degree::HighSchool => Degree::None,
        Degree::Associate | Degree::Bachelor => Degree::HighSchool,
        Degree::Master | Degree::Doctorate => Degree::Bachelor,
    }
}
