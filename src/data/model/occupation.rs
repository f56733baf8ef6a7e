//! BLS occupations (SOC codes) that titles map to, with the Employment Projections of each
//! edition: jobs, growth, openings and the education typical for entry.

use serde::{Deserialize, Serialize};

use super::{Period, Status};

/// The typical education needed to enter an occupation, in the words of the BLS Employment
/// Projections (lowest first).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryEducation {
    NoFormalCredential,
    HighSchool,
    SomeCollege,
    PostsecondaryNondegree,
    Associate,
    Bachelor,
    Master,
    DoctoralOrProfessional,
}

impl EntryEducation {
    /// BLS's wording, lowercased to sit inside a sentence.
    pub fn label(self) -> &'static str {
        match self {
            EntryEducation::NoFormalCredential => "no formal educational credential",
            EntryEducation::HighSchool => "high school diploma or equivalent",
            EntryEducation::SomeCollege => "some college, no degree",
            EntryEducation::PostsecondaryNondegree => "postsecondary nondegree award",
            EntryEducation::Associate => "associate's degree",
            EntryEducation::Bachelor => "bachelor's degree",
            EntryEducation::Master => "master's degree",
            EntryEducation::DoctoralOrProfessional => "doctoral or professional degree",
        }
    }
}

/// One edition of the BLS Employment Projections for one occupation, as one source gives it.
/// A figure left out is one the source does not give: him says "not found", never a guess.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Projection {
    /// The projection's decade, `2024-2034`: its base year and target year.
    pub edition: Period,
    /// Jobs in the base year.
    #[serde(default)]
    pub employment: Option<u32>,
    /// Projected change in employment over the decade, in percent.
    #[serde(default)]
    pub growth: Option<f64>,
    /// Projected change in employment over the decade, in jobs.
    #[serde(default)]
    pub change: Option<i32>,
    /// Projected openings a year, on average over the decade.
    #[serde(default)]
    pub openings: Option<u32>,
    /// Typical education needed for entry.
    #[serde(default)]
    pub education: Option<EntryEducation>,
    /// The occupation as the source names it, when it differs (an older SOC version, a group).
    #[serde(default)]
    pub applies_to: Option<String>,
    pub source: String,
    pub status: Status,
    #[serde(default)]
    pub note: Option<String>,
}

impl Projection {
    /// Whether the source gives any figure at all.
    pub fn has_figures(&self) -> bool {
        self.employment.is_some()
            || self.growth.is_some()
            || self.change.is_some()
            || self.openings.is_some()
            || self.education.is_some()
    }
}

/// A BLS occupation (SOC code) that titles map to, with its projections by edition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Occupation {
    /// The SOC code, `15-1211`.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<String>,
    #[serde(default, rename = "projection")]
    pub projections: Vec<Projection>,
}
