//! Each route's outcome in words: met or not, what it still needs, what is left to confirm, the
//! experience it counts and how an apprentice mark comes off.

use crate::catalog::Catalog;
use crate::domain::eligibility::{
    self, ApprenticeCheck, CredentialCheck, Outcome, PathCheck, Person,
};
use crate::domain::rules;
use crate::output::Tone;
use crate::text::and_list;

pub(super) fn closed_after(check: &PathCheck<'_>) -> String {
    check.path.closes.map(|c| c.human()).unwrap_or_default()
}

/// What an outcome means for one route, in words.
pub(super) fn outcome_words(check: &PathCheck<'_>) -> String {
    match check.outcome {
        Outcome::Met => "met".to_string(),
        Outcome::Likely => "likely".to_string(),
        Outcome::Possible => "possible route".to_string(),
        Outcome::NotMet => "not met".to_string(),
        Outcome::Closed => format!("closed after {}", closed_after(check)),
        Outcome::NotChecked => "not checked (programs abroad)".to_string(),
    }
}

/// The tone of an outcome: green when met, yellow while unsure, plain when not met.
pub(super) fn outcome_tone(outcome: Outcome) -> Tone {
    match outcome {
        Outcome::Met => Tone::Good,
        Outcome::Likely | Outcome::Possible => Tone::Tentative,
        Outcome::NotMet => Tone::Plain,
        Outcome::Closed | Outcome::NotChecked => Tone::Muted,
    }
}

/// For a route met with experience: "counts your 3 years of medical coding", so the
/// experience that decides is in sight.
pub(super) fn experience_counted(
    catalog: &Catalog,
    person: &Person,
    check: &PathCheck<'_>,
) -> Option<String> {
    let path = check.path;
    let kind = path.experience_in.as_deref()?;
    let years = eligibility::years_of(catalog, person, kind);
    (years > 0.0).then(|| {
        format!(
            "counts your {} of {}",
            rules::years_phrase(years),
            rules::experience_name(catalog, kind)
        )
    })
}

pub(super) fn to_confirm_line(check: &PathCheck<'_>) -> Option<String> {
    (!check.to_confirm.is_empty())
        .then(|| format!("to confirm: {}", check.to_confirm_words().join("; ")))
}

/// Why nothing at all is open to the person, when no route is.
pub(super) fn nothing_open(check: &CredentialCheck<'_>) -> String {
    if check.paths.iter().any(|p| p.outcome == Outcome::NotChecked) {
        "its open routes are for programs outside the United States (add --outside-us if yours is)"
            .to_string()
    } else if check.paths.is_empty() {
        "the data gives no route to it".to_string()
    } else {
        "every route to it has closed".to_string()
    }
}

/// What the person lacks for a credential they are not eligible for, in words.
pub(super) fn missing(check: &CredentialCheck<'_>) -> Vec<String> {
    match check.chosen_path() {
        Some(path) => path.missing.iter().map(|g| g.words.clone()).collect(),
        None => vec![nothing_open(check)],
    }
}

/// What a path still needs, for "which needs ...": "a bachelor's degree or higher".
pub(super) fn what_it_needs(check: &PathCheck<'_>) -> Vec<String> {
    check
        .missing
        .iter()
        .map(|g| {
            g.words
                .strip_prefix("needs ")
                .unwrap_or(&g.words)
                .to_string()
        })
        .collect()
}

/// How a credential with an apprentice form would be passed, after "passes" or "You would
/// pass": "as CPC-A; the -A comes off by 1. Two years of coding, which needs 2 years of
/// experience in medical coding", or, when a way to remove the mark is open, "as CPC, not
/// CPC-A, by 1. Two years of coding, showing ...".
pub(super) fn removal_words(apprentice: &ApprenticeCheck<'_>, credential: &str) -> Option<String> {
    let removal = apprentice.chosen_removal()?;
    let way = format!("{}. {}", removal.index + 1, removal.path.name);
    let form = apprentice.abbreviation;
    Some(if removal.outcome.is_open() {
        let confirm = if removal.to_confirm.is_empty() {
            String::new()
        } else {
            format!(", showing {}", removal.to_confirm_words().join("; "))
        };
        format!("as {credential}, not {form}, by {way}{confirm}")
    } else {
        let needs = what_it_needs(removal);
        let others = match apprentice.removals.len() {
            0 | 1 => String::new(),
            2 => " (or by one other way)".to_string(),
            n => format!(" (or by {} other ways)", n - 1),
        };
        format!(
            "as {form}; the -A comes off by {way}, which needs {}{others}",
            and_list(&needs)
        )
    })
}
