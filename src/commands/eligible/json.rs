//! The JSON of `him eligible`: one object per credential checked, each route with its outcome
//! and the evidence for it.

use serde::Serialize;
use serde::ser::Serializer;

use super::*;

#[derive(Serialize)]
struct EvidenceJson {
    /// current | stale | secondary | article | unconfirmed.
    strength: Strength,
    /// The date of the rule's source, or null when it is undated.
    source_date: Option<String>,
    age_months: Option<u32>,
    stale: bool,
}

impl From<&Evidence> for EvidenceJson {
    fn from(evidence: &Evidence) -> EvidenceJson {
        EvidenceJson {
            strength: evidence.strength,
            source_date: evidence.source_date.map(|p| p.to_string()),
            age_months: evidence.age_months,
            stale: evidence.stale,
        }
    }
}

#[derive(Serialize)]
struct PathJson<'a> {
    /// The path's number, as `him show` numbers it.
    number: usize,
    name: &'a str,
    description: String,
    source: &'a str,
    /// The source in words, with its date, and how sure the rule is.
    citation: String,
    status: Status,
    evidence: EvidenceJson,
    outcome: Outcome,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    missing: Vec<&'a str>,
    /// What is missing, structured: `need` (degree, program, accreditation, final_term,
    /// finish_program, experience, credential, license) and its details.
    #[serde(skip_serializing_if = "<[Gap]>::is_empty")]
    needs: &'a [Gap],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    to_confirm: Vec<&'a str>,
    /// What is left to confirm, structured: `doubt` (unconfirmed, not_given, condition,
    /// experience_kind, discipline, higher_degree, apprentice_form) and its details.
    #[serde(skip_serializing_if = "<[Unsure]>::is_empty")]
    doubts: &'a [Unsure],
    #[serde(skip_serializing_if = "Option::is_none")]
    closes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct ApprenticeJson<'a> {
    abbreviation: &'a str,
    /// Whether a way to remove the mark is met now: eligible, likely, possible or not_eligible.
    verdict: Verdict,
    /// The way that decides it: the first open one, else the first (the rule itself).
    #[serde(skip_serializing_if = "Option::is_none")]
    removal: Option<PathJson<'a>>,
    removals: Vec<PathJson<'a>>,
}

#[derive(Serialize)]
struct CheckJson<'a> {
    id: &'a str,
    abbreviation: &'a str,
    name: &'a str,
    /// True only when a route is met by a current rule of the issuer's own.
    eligible: bool,
    /// `eligible`, `likely`, `possible` or `not_eligible`.
    verdict: Verdict,
    /// The person already holds it.
    held: bool,
    /// The apprentice form held (`CPC-A`), when it is held in that form.
    #[serde(skip_serializing_if = "Option::is_none")]
    held_as: Option<&'a str>,
    /// When eligible or likely: the route that makes them so.
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<PathJson<'a>>,
    /// When not eligible: what is missing on the nearest route.
    #[serde(skip_serializing_if = "Option::is_none")]
    missing: Option<Vec<String>>,
    /// When not eligible: the possible route, or the nearest route.
    #[serde(skip_serializing_if = "Option::is_none")]
    nearest: Option<PathJson<'a>>,
    /// Every route, with its outcome for this person.
    routes: Vec<PathJson<'a>>,
    /// The preparation the issuer recommends, not requires, each with its outcome.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    recommended: Vec<PathJson<'a>>,
    /// The apprentice form the credential is granted in, and the ways to remove its mark.
    #[serde(skip_serializing_if = "Option::is_none")]
    apprentice: Option<ApprenticeJson<'a>>,
}

impl<'a> EligibleView<'a> {
    fn path_json(&self, check: &'a PathCheck<'a>) -> PathJson<'a> {
        let path = check.path;
        PathJson {
            number: check.index + 1,
            name: &path.name,
            description: rules::describe_path(self.catalog, path),
            source: &path.source,
            citation: self.citation(check),
            status: path.status,
            evidence: EvidenceJson::from(&check.evidence),
            outcome: check.outcome,
            missing: check.missing_words(),
            needs: &check.missing,
            to_confirm: check.to_confirm_words(),
            doubts: &check.to_confirm,
            closes: path.closes.map(|c| c.to_string()),
            note: path.note.as_deref(),
        }
    }

    fn check_json(&self, check: &'a CredentialCheck<'a>) -> CheckJson<'a> {
        let credential = check.credential;
        let chosen = check.chosen_path().map(|p| self.path_json(p));
        let met = matches!(check.verdict, Verdict::Eligible | Verdict::Likely);
        let (path, nearest) = if met { (chosen, None) } else { (None, chosen) };
        CheckJson {
            id: &credential.id,
            abbreviation: &credential.abbreviation,
            name: &credential.name,
            eligible: check.eligible(),
            verdict: check.verdict,
            held: check.held,
            held_as: check
                .apprentice
                .as_ref()
                .filter(|_| check.held_as_apprentice)
                .map(|a| a.abbreviation),
            path,
            missing: (!met).then(|| missing(check)),
            nearest,
            routes: check.paths.iter().map(|p| self.path_json(p)).collect(),
            recommended: check
                .recommended
                .iter()
                .map(|p| self.path_json(p))
                .collect(),
            apprentice: check.apprentice.as_ref().map(|a| ApprenticeJson {
                abbreviation: a.abbreviation,
                verdict: a.verdict,
                removal: a.chosen_removal().map(|p| self.path_json(p)),
                removals: a.removals.iter().map(|p| self.path_json(p)).collect(),
            }),
        }
    }
}

impl Serialize for EligibleView<'_> {
    /// An array, one object per credential checked: `id`, `eligible`, `verdict`, `path` (when
    /// eligible or likely), `missing` and `nearest` (when not), and every route with its
    /// outcome.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.checks.iter().map(|check| self.check_json(check)))
    }
}
