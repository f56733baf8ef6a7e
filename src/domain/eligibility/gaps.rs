//! What a check finds short of a path: each condition the person does not meet (`Need`) and each
//! one left to confirm (`Doubt`), kept structured for a planner and with its words for a reader.

use serde::Serialize;

use crate::data::model::{Degree, ProgramKind};

/// Years of one kind of experience, as a person gave them or a path asks for them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KindYears {
    pub kind: String,
    pub years: f64,
}

/// One condition of a path the person does not meet.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "need", rename_all = "snake_case")]
pub enum Need {
    /// A degree of at least this level.
    Degree { minimum: Degree },
    /// A program of this kind, in one of these disciplines (any when empty, or another one
    /// `also` describes), accredited by `accredited_by` when set.
    Program {
        kind: ProgramKind,
        disciplines: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        also: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        accredited_by: Option<String>,
    },
    /// The described program's accreditation by this body (or `recognized`).
    Accreditation { accredited_by: String },
    /// Being in the last term of the program (a route for students about to graduate).
    FinalTerm,
    /// Finishing the program the person is in the last term of.
    FinishProgram,
    /// Experience of a kind: `years` in all (`None`: some, the sources give no number), of
    /// which the person has `has`, `short` still to gain; `not_counting` is the experience the
    /// person gave that does not count toward it.
    Experience {
        kind: String,
        years: Option<f64>,
        has: f64,
        short: Option<f64>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        not_counting: Vec<KindYears>,
    },
    /// Holding one of these credentials.
    Credential { any: Vec<String> },
    /// Holding one of these licenses.
    License { any: Vec<String> },
}

impl Need {
    /// Whether only time fills it: experience still to gain, or the program being finished.
    pub fn only_time(&self) -> bool {
        matches!(self, Need::Experience { .. } | Need::FinishProgram)
    }
}

/// A missing condition and its words: "needs a bachelor's degree or higher".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    #[serde(flatten)]
    pub need: Need,
    pub words: String,
}

/// Something that keeps a path from being a rule him can count as met.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "doubt", rename_all = "snake_case")]
pub enum Doubt {
    /// The route itself is unconfirmed.
    Unconfirmed,
    /// Parts of the route the sources do not give.
    NotGiven { what: Vec<String> },
    /// A condition him cannot check.
    Condition { text: String },
    /// Experience that counts only if it is of the kind the route asks for: years whose kind
    /// the person did not say, or of a broader kind (`from`).
    ExperienceKind {
        kind: String,
        years: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        from: Option<KindYears>,
        unspecified_years: f64,
    },
    /// A program in a discipline the route does not list, where its list is of examples.
    Discipline {
        discipline: String,
        examples: Vec<String>,
        also: String,
    },
    /// A degree above the one level the route names.
    HigherDegree { named: Degree, has: Degree },
    /// A credential the route names, held in its apprentice form.
    ApprenticeForm { credential: String },
}

/// A doubt and its words: "met if your 2 years (kind not said) are in medical coding".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unsure {
    #[serde(flatten)]
    pub doubt: Doubt,
    pub words: String,
}
