//! Credentials as the data describes them: their exams, renewals and fees, the degrees,
//! programs and kinds of experience their routes ask for, and the routes themselves.

use super::*;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exam {
    #[serde(default)]
    pub items: Option<u32>,
    #[serde(default)]
    pub scored_items: Option<u32>,
    #[serde(default)]
    pub pretest_items: Option<u32>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub passing: Option<String>,
    #[serde(default)]
    pub delivery: Option<String>,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renewal {
    #[serde(default)]
    pub cycle_years: Option<u32>,
    #[serde(default)]
    pub continuing_education: Option<u32>,
    #[serde(default)]
    pub unit: Option<String>,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    pub amount: u32,
    #[serde(default)]
    pub applies_to: Option<String>,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

/// Degree levels, lowest first, so a higher degree satisfies a lower minimum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Degree {
    None,
    HighSchool,
    Associate,
    Bachelor,
    Master,
    Doctorate,
}

impl Degree {
    pub const ALL: [Degree; 6] = [
        Degree::None,
        Degree::HighSchool,
        Degree::Associate,
        Degree::Bachelor,
        Degree::Master,
        Degree::Doctorate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Degree::None => "none",
            Degree::HighSchool => "high-school",
            Degree::Associate => "associate",
            Degree::Bachelor => "bachelor",
            Degree::Master => "master",
            Degree::Doctorate => "doctorate",
        }
    }

    /// "a bachelor's degree", "a high-school diploma" ...
    pub fn phrase(self) -> &'static str {
        match self {
            Degree::None => "no formal education",
            Degree::HighSchool => "a high-school diploma",
            Degree::Associate => "an associate degree",
            Degree::Bachelor => "a bachelor's degree",
            Degree::Master => "a master's degree",
            Degree::Doctorate => "a doctorate",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProgramKind {
    #[default]
    Degree,
    PostBaccalaureateCertificate,
    Fellowship,
}

impl ProgramKind {
    pub fn is_default(&self) -> bool {
        *self == ProgramKind::Degree
    }

    pub fn label(self) -> &'static str {
        match self {
            ProgramKind::Degree => "degree",
            ProgramKind::PostBaccalaureateCertificate => "post-baccalaureate certificate",
            ProgramKind::Fellowship => "fellowship",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    #[default]
    Us,
    /// Programs outside the United States, under a reciprocity agreement.
    OutsideUs,
}

impl Region {
    pub fn is_default(&self) -> bool {
        *self == Region::Us
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    #[default]
    Graduate,
    /// Students in the last term of a program may sit the exam early.
    FinalTermStudent,
}

impl Stage {
    pub fn is_default(&self) -> bool {
        *self == Stage::Graduate
    }
}

/// The value of `accredited_by` that accepts any recognized accreditor.
pub const ANY_RECOGNIZED_ACCREDITOR: &str = "recognized";

/// A kind of work experience that routes ask for (`coding`, `privacy-security` ...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExperienceKind {
    pub id: String,
    /// What the work is, as it reads after "years of": "medical coding".
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub summary: String,
    /// The broader kind this experience also counts as, where a source says so: experience in
    /// healthcare information systems is experience in information systems.
    #[serde(default)]
    pub counts_toward: Option<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Of the years a path asks for, how many must be of a narrower kind: "5 years in information
/// systems, 3 of them in healthcare".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExperiencePart {
    pub years: f64,
    /// An experience kind that counts toward the path's `experience_in`.
    #[serde(rename = "in")]
    pub kind: String,
}

/// One way to become eligible: every condition set here must hold together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EligibilityPath {
    pub name: String,
    #[serde(default)]
    pub degree: Option<Degree>,
    /// The source names `degree` only: a higher degree is not said to count.
    #[serde(default)]
    pub degree_exact: bool,
    #[serde(default)]
    pub programs: Vec<String>,
    /// Set when the source gives `programs` as examples: what else counts, in words ("other
    /// health professions"). A program in a discipline not listed is then a possible route.
    #[serde(default)]
    pub programs_also: Option<String>,
    #[serde(default)]
    pub program_kind: ProgramKind,
    #[serde(default)]
    pub accredited_by: Option<String>,
    /// Years of experience, whole or not (`0.5` for six months).
    #[serde(default)]
    pub experience_years: Option<f64>,
    /// The kind of experience (an id of experience.toml).
    #[serde(default)]
    pub experience_in: Option<String>,
    #[serde(default)]
    pub experience_of_which: Option<ExperiencePart>,
    #[serde(default)]
    pub credentials_any: Vec<String>,
    #[serde(default)]
    pub licenses_any: Vec<String>,
    #[serde(default)]
    pub also_requires: Vec<String>,
    #[serde(default)]
    pub unknown: Vec<String>,
    #[serde(default)]
    pub region: Region,
    #[serde(default)]
    pub stage: Stage,
    #[serde(default)]
    pub closes: Option<Period>,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credential {
    pub id: String,
    pub abbreviation: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub issuer: String,
    #[serde(default)]
    pub governed_by: Option<String>,
    pub fields: Vec<String>,
    pub summary: String,
    pub sources: Vec<String>,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub exam: Option<Exam>,
    #[serde(default)]
    pub renewal: Option<Renewal>,
    #[serde(default, rename = "fee")]
    pub fees: Vec<Fee>,
    /// The routes to the credential: most of a credential's strings, read only by the commands
    /// that judge or explain eligibility, so decoded when first read.
    #[serde(default, rename = "path")]
    pub paths: Deferred<Vec<EligibilityPath>>,
    /// Preparation the issuer recommends but does not require, written like paths.
    #[serde(default)]
    pub recommended: Deferred<Vec<EligibilityPath>>,
    #[serde(default)]
    pub apprentice: Option<Apprentice>,
}

/// The apprentice form a credential is granted in when the candidate passes without the
/// experience it asks for (CPC-A), and the ways the mark is removed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Apprentice {
    pub abbreviation: String,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
    /// Each way to remove the mark, written like a path: every condition of one must hold.
    #[serde(default, rename = "removal")]
    pub removals: Vec<EligibilityPath>,
}
