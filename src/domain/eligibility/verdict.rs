//! The check itself: how each path turns out for a person (`Outcome`), and the verdict for a
//! credential with the path that decides it.

use serde::Serialize;

use super::applicant::{Person, Timing};
use super::conditions::conditions;
use super::evidence::{Evidence, Strength};
use super::gaps::{Doubt, Gap, Need, Unsure};
use crate::catalog::Catalog;
use crate::data::model::{Credential, EligibilityPath, Region, Status};
use crate::domain::rules;

/// How one path turns out for one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every condition holds, by a current rule of the issuer's own: eligible.
    Met,
    /// Every condition holds, but the rule is only a secondary source's or the article's, or
    /// its source is older than the threshold.
    Likely,
    /// Every condition him can check holds, but something is left to confirm.
    Possible,
    /// Something the person lacks.
    NotMet,
    /// A time-limited route that has closed.
    Closed,
    /// A route for programs outside the United States, and the person's is not.
    NotChecked,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::Likely => "likely",
            Outcome::Possible => "possible",
            Outcome::NotMet => "not_met",
            Outcome::Closed => "closed",
            Outcome::NotChecked => "not_checked",
        }
    }

    /// Met, likely or possible: everything him can check holds.
    pub fn is_open(self) -> bool {
        matches!(self, Outcome::Met | Outcome::Likely | Outcome::Possible)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PathCheck<'a> {
    /// The index of the path in its list (the credential's paths, recommendations or ways to
    /// remove an apprentice mark).
    pub index: usize,
    pub path: &'a EligibilityPath,
    pub outcome: Outcome,
    /// What the person lacks, one entry per unmet condition.
    pub missing: Vec<Gap>,
    /// What him cannot check or count for sure.
    pub to_confirm: Vec<Unsure>,
    pub evidence: Evidence,
}

impl PathCheck<'_> {
    pub fn missing_words(&self) -> Vec<&str> {
        self.missing.iter().map(|g| g.words.as_str()).collect()
    }

    pub fn to_confirm_words(&self) -> Vec<&str> {
        self.to_confirm.iter().map(|u| u.words.as_str()).collect()
    }

    /// What is missing besides time.
    fn lasting_gaps(&self) -> Vec<&str> {
        self.missing
            .iter()
            .filter(|g| !g.need.only_time())
            .map(|g| g.words.as_str())
            .collect()
    }

    /// The years of experience still to gain.
    fn years_short(&self) -> f64 {
        self.missing
            .iter()
            .map(|g| match g.need {
                Need::Experience { short, .. } => short.unwrap_or(0.0),
                _ => 0.0,
            })
            .sum()
    }
}

/// The answer for one credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A path is met.
    Eligible,
    /// No path is met, but one is likely: a secondary, article or stale rule.
    Likely,
    /// No path is met or likely, but a possible route matches everything him can check.
    Possible,
    NotEligible,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::Likely => "likely",
            Verdict::Possible => "possible",
            Verdict::NotEligible => "not_eligible",
        }
    }
}

/// How a list of paths turns out: the verdict, and the path that decides it (the first met,
/// else the first likely, else the first possible, else the nearest; `None` when no path is
/// open to the person at all).
fn decide(paths: &[PathCheck<'_>]) -> (Verdict, Option<usize>) {
    let first = |outcome: Outcome| paths.iter().position(|p| p.outcome == outcome);
    if let Some(i) = first(Outcome::Met) {
        (Verdict::Eligible, Some(i))
    } else if let Some(i) = first(Outcome::Likely) {
        (Verdict::Likely, Some(i))
    } else if let Some(i) = first(Outcome::Possible) {
        (Verdict::Possible, Some(i))
    } else {
        (Verdict::NotEligible, nearest(paths))
    }
}

/// The apprentice form of a credential, for one person: the ways its mark comes off, each
/// checked like a path.
#[derive(Clone, Debug, PartialEq)]
pub struct ApprenticeCheck<'a> {
    pub abbreviation: &'a str,
    pub removals: Vec<PathCheck<'a>>,
    /// Whether a way to remove the mark is met (met, likely or possible: `verdict` says which).
    pub verdict: Verdict,
    /// The way that decides it: the first met, likely or possible, else the first way (the
    /// rule itself).
    pub chosen: Option<usize>,
}

impl<'a> ApprenticeCheck<'a> {
    pub fn chosen_removal(&self) -> Option<&PathCheck<'a>> {
        self.chosen.map(|i| &self.removals[i])
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CredentialCheck<'a> {
    pub credential: &'a Credential,
    /// The person already holds it (in its apprentice form, when `held_as_apprentice`).
    pub held: bool,
    pub held_as_apprentice: bool,
    /// Every path, in the order of the data.
    pub paths: Vec<PathCheck<'a>>,
    pub verdict: Verdict,
    /// Index into `paths`: the path that decides the verdict (see `decide`).
    pub chosen: Option<usize>,
    /// The preparation the issuer recommends, each checked like a path.
    pub recommended: Vec<PathCheck<'a>>,
    pub apprentice: Option<ApprenticeCheck<'a>>,
}

impl<'a> CredentialCheck<'a> {
    /// Eligible now, by a current rule of the issuer's own.
    pub fn eligible(&self) -> bool {
        self.verdict == Verdict::Eligible
    }

    pub fn chosen_path(&self) -> Option<&PathCheck<'a>> {
        self.chosen.map(|i| &self.paths[i])
    }

    /// The other paths with the chosen one's outcome (met, or likely).
    pub fn also_met(&self) -> impl Iterator<Item = &PathCheck<'a>> {
        let outcome = self.chosen_path().map(|p| p.outcome);
        self.paths.iter().filter(move |p| {
            matches!(p.outcome, Outcome::Met | Outcome::Likely)
                && Some(p.outcome) == outcome
                && Some(p.index) != self.chosen
        })
    }
}

/// Checks a person against every path of a credential.
pub fn check<'a>(
    catalog: &Catalog,
    credential: &'a Credential,
    person: &Person,
    timing: Timing,
) -> CredentialCheck<'a> {
    let check_all = |paths: &'a [EligibilityPath]| -> Vec<PathCheck<'a>> {
        paths
            .iter()
            .enumerate()
            .map(|(index, path)| check_path(catalog, index, path, person, timing))
            .collect()
    };
    let paths = check_all(&credential.paths);
    let (verdict, chosen) = decide(&paths);
    let apprentice = credential.apprentice.as_ref().map(|apprentice| {
        let removals = check_all(&apprentice.removals);
        let (verdict, chosen) = decide(&removals);
        // With no way open, the first way is the rule itself ("two years of coding"); the
        // others are shortcuts with conditions of their own.
        let chosen = if verdict == Verdict::NotEligible && !removals.is_empty() {
            Some(0)
        } else {
            chosen
        };
        ApprenticeCheck {
            abbreviation: &apprentice.abbreviation,
            removals,
            verdict,
            chosen,
        }
    });
    CredentialCheck {
        credential,
        held: person.holds.contains(&credential.id),
        held_as_apprentice: person.apprentice.contains(&credential.id),
        paths,
        verdict,
        chosen,
        recommended: check_all(&credential.recommended),
        apprentice,
    }
}

/// The route nearest to a person among those not met: the fewest missing conditions; on a tie,
/// the fewest that take more than time (a degree, credential or license, rather than experience
/// or finishing the program one is in); then, between routes that lack the same things but
/// time, the one with the fewest years of experience still to gain ("1 more year" before "5
/// more years"); then the first in the data.
fn nearest(paths: &[PathCheck<'_>]) -> Option<usize> {
    let not_met = || paths.iter().filter(|p| p.outcome == Outcome::NotMet);
    let rank = |p: &PathCheck<'_>| (p.missing.len(), p.lasting_gaps().len());
    let best = not_met().map(rank).min()?;
    let mut nearest: Option<&PathCheck<'_>> = None;
    for candidate in not_met().filter(|p| rank(p) == best) {
        nearest = match nearest {
            Some(current)
                if candidate.lasting_gaps() != current.lasting_gaps()
                    || candidate.years_short() >= current.years_short() =>
            {
                Some(current)
            }
            _ => Some(candidate),
        };
    }
    nearest.map(|p| p.index)
}

/// Checks a person against one path.
pub fn check_path<'a>(
    catalog: &Catalog,
    index: usize,
    path: &'a EligibilityPath,
    person: &Person,
    timing: Timing,
) -> PathCheck<'a> {
    let mut to_confirm = Vec::new();
    if path.status == Status::Unconfirmed {
        to_confirm.push(Unsure {
            doubt: Doubt::Unconfirmed,
            words: "the route itself (unconfirmed)".to_string(),
        });
    }
    if let Some(words) = rules::unknowns(path) {
        to_confirm.push(Unsure {
            doubt: Doubt::NotGiven {
                what: path.unknown.clone(),
            },
            words,
        });
    }
    to_confirm.extend(path.also_requires.iter().map(|text| Unsure {
        doubt: Doubt::Condition { text: text.clone() },
        words: text.clone(),
    }));
    let mut missing = Vec::new();
    conditions(catalog, path, person, &mut missing, &mut to_confirm);
    let evidence = Evidence::of(catalog, path, timing);
    let outcome = if rules::is_closed(path, timing.today) {
        Outcome::Closed
    } else if path.region == Region::OutsideUs && !person.outside_us {
        Outcome::NotChecked
    } else if !missing.is_empty() {
        Outcome::NotMet
    } else if !to_confirm.is_empty() {
        Outcome::Possible
    } else if evidence.strength != Strength::Current {
        Outcome::Likely
    } else {
        Outcome::Met
    };
    PathCheck {
        index,
        path,
        outcome,
        missing,
        to_confirm,
        evidence,
    }
}
