//! The records of him's data files, exactly as users write them (see docs/DATA.md).
//!
//! Every struct denies unknown keys, so a misspelt key is an error with a line and column rather
//! than a silently ignored value. The types hold no spans: a check that must point at a line
//! (a dangling reference, a duplicate id) finds it again from the file's text, see `locate`.

use serde::{Deserialize, Serialize};

use super::period::Period;

mod credential;
pub mod deferred;
mod named;
mod occupation;
mod skill;

pub use credential::*;
pub use deferred::Deferred;
pub use named::*;
pub use occupation::*;
pub use skill::*;

/// How sure a fact is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Seen on a primary or official page.
    Confirmed,
    /// Seen only on a secondary page.
    Secondary,
    /// Stated by the source article, with its date.
    Article,
    /// Believed, not confirmed: shown with a visible note, never counted as a rule that is met.
    Unconfirmed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Secondary => "secondary",
            Status::Article => "article",
            Status::Unconfirmed => "unconfirmed",
        }
    }

    /// The words shown next to a fact of this status.
    pub fn label(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Secondary => "secondary source",
            Status::Article => "according to the article",
            Status::Unconfirmed => "unconfirmed",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    Primary,
    Secondary,
    Article,
    /// him's own judgement (a title's level, its closest occupation code ...).
    Editorial,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Primary => "primary",
            SourceKind::Secondary => "secondary",
            SourceKind::Article => "article",
            SourceKind::Editorial => "editorial",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub kind: SourceKind,
    #[serde(default)]
    pub period: Option<Period>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub via: Option<String>,
    /// Where a copy of the source was read (a mirror, a test server, a document-sharing site)
    /// when its own address is not known: shown, labelled as a copy, only by `him show SOURCE`.
    #[serde(default)]
    pub seen_at: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OrganizationKind {
    Association,
    Accreditor,
    CertifyingBody,
}

impl OrganizationKind {
    pub fn label(self) -> &'static str {
        match self {
            OrganizationKind::Association => "association",
            OrganizationKind::Accreditor => "accreditor",
            OrganizationKind::CertifyingBody => "certifying body",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Founded {
    pub year: i64,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub id: String,
    pub abbreviation: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kinds: Vec<OrganizationKind>,
    pub summary: String,
    #[serde(default)]
    pub fields: Vec<String>,
    #[serde(default)]
    pub parent: Option<String>,
    #[serde(default)]
    pub founded: Option<Founded>,
    pub sources: Vec<String>,
    pub status: Status,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Inclination {
    Technical,
    Operational,
}

impl Inclination {
    pub fn as_str(self) -> &'static str {
        match self {
            Inclination::Technical => "technical",
            Inclination::Operational => "operational",
        }
    }
}

/// A dated projection (employment growth ...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    pub measure: String,
    pub value: f64,
    pub unit: String,
    pub period: Period,
    pub applies_to: String,
    #[serde(default)]
    pub soc: Option<String>,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub abbreviation: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub summary: String,
    pub focus: String,
    pub inclination: Inclination,
    pub workflows: Vec<String>,
    pub skills: Vec<String>,
    pub settings: Vec<String>,
    pub works_with: Vec<String>,
    pub example: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub outlook: Vec<Outlook>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Specialization {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub field: String,
    pub focus: String,
    #[serde(default)]
    pub summary: Option<String>,
    pub skills: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
}

/// Career levels, in the order of a ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Entry,
    Mid,
    Senior,
    Executive,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Entry, Level::Mid, Level::Senior, Level::Executive];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Entry => "entry",
            Level::Mid => "mid",
            Level::Senior => "senior",
            Level::Executive => "executive",
        }
    }
}

/// A dated pay figure from a source other than the OEWS table (history).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pay {
    pub median: u32,
    pub period: Period,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub applies_to: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub field: String,
    pub level: Level,
    pub soc: String,
    #[serde(default)]
    pub specialization: Option<String>,
    #[serde(default)]
    pub leads_to: Vec<String>,
    /// Next steps (of `leads_to`) whose occupation has a lower BLS median, kept on purpose:
    /// `him check` does not warn about them. The ladder notes every such step all the same.
    #[serde(default)]
    pub lower_median_steps: Vec<String>,
    #[serde(default)]
    pub credentials: Vec<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
    #[serde(default)]
    pub pay: Vec<Pay>,
}

/// A name people use for a BLS area that is not in the area's own name: `NYC`, `the Bay Area`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaName {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The BLS area code: five digits for a metro area (`35620`), as the wage table has it.
    pub area: String,
    pub sources: Vec<String>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CourseGroup {
    Core,
    Elective,
    /// A course the curriculum describes as an example.
    Example,
    /// A course the curriculum only names.
    Other,
}

impl CourseGroup {
    pub fn as_str(self) -> &'static str {
        match self {
            CourseGroup::Core => "core",
            CourseGroup::Elective => "elective",
            CourseGroup::Example => "example",
            CourseGroup::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub field: String,
    pub group: CourseGroup,
    pub program: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub teaches: Vec<String>,
    pub sources: Vec<String>,
}
