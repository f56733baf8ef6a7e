//! How sure a rule is: the strength of its evidence, from the rule's status and the kind, date
//! and age of its source.

use serde::Serialize;

use super::applicant::Timing;
use crate::catalog::Catalog;
use crate::data::model::{EligibilityPath, SourceKind, Status};
use crate::data::period::Period;

/// How strong the evidence for a rule is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// The issuer's own page states it, and the page is not older than the threshold.
    Current,
    /// The issuer's own page states it, but the page is older than the threshold.
    Stale,
    /// Only a secondary source states it.
    Secondary,
    /// Only the source article states it.
    Article,
    /// Believed, not confirmed.
    Unconfirmed,
}

/// The evidence behind one rule: its status, and its source's date and age.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub strength: Strength,
    /// The period the rule's source is dated to; `None` when the source is undated.
    pub source_date: Option<Period>,
    #[serde(skip)]
    pub age_months: Option<u32>,
    /// The source is older than the threshold.
    pub stale: bool,
}

impl Evidence {
    pub fn of(catalog: &Catalog, path: &EligibilityPath, timing: Timing) -> Evidence {
        let source = catalog.source(&path.source);
        let source_date = source.and_then(|s| s.period);
        let stale = source_date.is_some_and(|p| timing.is_stale(p));
        // A status of `confirmed` on a source that is not the issuer's own page is taken at
        // the strength of its source.
        let primary = source.is_some_and(|s| s.kind == SourceKind::Primary);
        let strength = match path.status {
            Status::Unconfirmed => Strength::Unconfirmed,
            Status::Article => Strength::Article,
            Status::Secondary => Strength::Secondary,
            Status::Confirmed if !primary => Strength::Secondary,
            Status::Confirmed if stale => Strength::Stale,
            Status::Confirmed => Strength::Current,
        };
        Evidence {
            strength,
            source_date,
            age_months: source_date.map(|p| timing.months_since(p)),
            stale,
        }
    }
}
