//! `him eligible [--degree L] [--program D] [--accredited-by ORG] [--experience KIND=YEARS]...
//! [--holds C]... [--license L]... [--credential C]`: which credentials a person can sit now, by
//! which route and how sure that is, and what is missing on the nearest route. The rules live
//! in `eligibility`, and `eligibility::person` reads the person; this file turns the checks into
//! a view.

use std::collections::BTreeMap;

use crate::error::Result;
use serde::Serialize;
use serde::ser::Serializer;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{Named, SourceKind, Status};
use crate::domain::Context;
use crate::domain::eligibility::person::{PersonRequest, person, person_pairs, resolve_credential};
use crate::domain::eligibility::{
    self, ApprenticeCheck, CredentialCheck, Evidence, Gap, Outcome, PathCheck, Person, Strength,
    Unsure, Verdict,
};
use crate::domain::rules;
use crate::domain::sources::{RuleCitation, likely_reason, rule_citation, timing};
use crate::output::{Cell, Entry, Report, Table, Tone, View};
use crate::text::and_list;

/// What the user asked for: the person, and one credential to show every route of.
#[derive(Clone, Debug, Default)]
pub struct Request<'r> {
    pub person: PersonRequest<'r>,
    pub credential: Option<&'r str>,
}

pub struct EligibleView<'a> {
    catalog: &'a Catalog,
    person: Person,
    /// Whether the person gave a degree: without one they count as having none, and say so.
    degree_given: bool,
    /// One credential asked for with --credential: every route is shown.
    single: bool,
    stale_after_years: u16,
    checks: Vec<CredentialCheck<'a>>,
    /// The source of every rule checked, in words with its date and age, by source id.
    citations: BTreeMap<String, RuleCitation>,
}

pub fn query<'a>(ctx: &Context<'a>, request: &Request<'_>) -> Result<EligibleView<'a>> {
    let catalog = ctx.catalog;
    let person = person(catalog, &request.person)?;
    let credentials = match request.credential {
        Some(name) => {
            let entity = resolve_credential(catalog, name, "--credential")?;
            vec![&catalog.data.credentials()[entity]]
        }
        None => catalog.data.credentials().iter().collect(),
    };
    let checks: Vec<CredentialCheck<'a>> = credentials
        .into_iter()
        .map(|c| eligibility::check(catalog, c, &person, timing(ctx)))
        .collect();
    let mut citations = BTreeMap::new();
    for check in &checks {
        let apprentice = check.apprentice.iter().flat_map(|a| &a.removals);
        for path in check
            .paths
            .iter()
            .chain(&check.recommended)
            .chain(apprentice)
        {
            citations
                .entry(path.path.source.clone())
                .or_insert_with(|| rule_citation(ctx, &path.path.source, path.path.status));
        }
    }
    Ok(EligibleView {
        catalog,
        person,
        degree_given: request.person.degree.is_some(),
        single: request.credential.is_some(),
        stale_after_years: ctx.stale_after_years,
        checks,
        citations,
    })
}

fn closed_after(check: &PathCheck<'_>) -> String {
    check.path.closes.map(|c| c.human()).unwrap_or_default()
}

/// What an outcome means for one route, in words.
fn outcome_words(check: &PathCheck<'_>) -> String {
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
fn outcome_tone(outcome: Outcome) -> Tone {
    match outcome {
        Outcome::Met => Tone::Good,
        Outcome::Likely | Outcome::Possible => Tone::Tentative,
        Outcome::NotMet => Tone::Plain,
        Outcome::Closed | Outcome::NotChecked => Tone::Muted,
    }
}

/// For a route met with experience: "counts your 3 years of medical coding", so the
/// experience that decides is in sight.
fn experience_counted(catalog: &Catalog, person: &Person, check: &PathCheck<'_>) -> Option<String> {
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

fn to_confirm_line(check: &PathCheck<'_>) -> Option<String> {
    (!check.to_confirm.is_empty())
        .then(|| format!("to confirm: {}", check.to_confirm_words().join("; ")))
}

/// Why nothing at all is open to the person, when no route is.
fn nothing_open(check: &CredentialCheck<'_>) -> String {
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
fn missing(check: &CredentialCheck<'_>) -> Vec<String> {
    match check.chosen_path() {
        Some(path) => path.missing.iter().map(|g| g.words.clone()).collect(),
        None => vec![nothing_open(check)],
    }
}

/// What a path still needs, for "which needs ...": "a bachelor's degree or higher".
fn what_it_needs(check: &PathCheck<'_>) -> Vec<String> {
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
fn removal_words(apprentice: &ApprenticeCheck<'_>, credential: &str) -> Option<String> {
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
    fn citation(&self, check: &PathCheck<'_>) -> String {
        self.citations
            .get(&check.path.source)
            .map_or_else(|| check.path.source.clone(), |c| c.text.clone())
    }

    fn source_line(&self, check: &PathCheck<'_>) -> String {
        format!("source: {}", self.citation(check))
    }

    /// Whether the source of a shown route is stale.
    fn stale(&self, check: &PathCheck<'_>) -> bool {
        self.citations
            .get(&check.path.source)
            .is_some_and(RuleCitation::stale)
    }

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

    fn issuer<'c>(&'c self, check: &'c CredentialCheck<'_>) -> &'c str {
        self.catalog
            .short_name_of(Kind::Organization, &check.credential.issuer)
    }

    /// "met, but only a secondary source states it: confirm with AHIMA".
    fn likely_line(&self, check: &CredentialCheck<'_>, path: &PathCheck<'_>) -> Option<String> {
        likely_reason(&path.evidence, self.stale_after_years).map(|why| {
            format!(
                "every condition holds, but {why}: confirm with {}",
                self.issuer(check)
            )
        })
    }

    /// The summary cell of one credential: the route and its source, or what is missing.
    fn summary_lines(&self, check: &CredentialCheck<'_>) -> Vec<String> {
        let Some(chosen) = check.chosen_path() else {
            return vec![nothing_open(check)];
        };
        let route = rules::numbered_path(check.credential, chosen.index);
        let mut lines = Vec::new();
        match check.verdict {
            Verdict::Eligible | Verdict::Likely => {
                lines.push(format!("by {route}"));
                let others: Vec<String> = check
                    .also_met()
                    .map(|p| (p.index + 1).to_string())
                    .collect();
                if !others.is_empty() {
                    lines.push(format!("also by {}", and_list(&others)));
                }
                lines.extend(experience_counted(self.catalog, &self.person, chosen));
                lines.extend(self.likely_line(check, chosen));
            }
            Verdict::Possible => {
                lines.push(format!("possible: {route}"));
                lines.extend(experience_counted(self.catalog, &self.person, chosen));
                lines.extend(to_confirm_line(chosen));
            }
            Verdict::NotEligible => {
                lines.push(format!("nearest: {route}"));
                lines.extend(chosen.missing.iter().map(|g| g.words.clone()));
                lines.extend(to_confirm_line(chosen));
            }
        }
        if check.verdict != Verdict::NotEligible
            && let Some(apprentice) = &check.apprentice
        {
            lines.extend(
                removal_words(apprentice, &check.credential.abbreviation)
                    .map(|words| format!("passes {words}")),
            );
        }
        lines.push(self.source_line(chosen));
        lines
    }

    /// The lines of a credential the person holds: in its apprentice form, how the mark comes
    /// off.
    fn held_lines(&self, check: &CredentialCheck<'_>) -> Vec<String> {
        match &check.apprentice {
            Some(apprentice) if check.held_as_apprentice => {
                let mut lines = vec![format!("you hold {}", apprentice.abbreviation)];
                if let Some(removal) = apprentice.chosen_removal() {
                    let way = format!("{}. {}", removal.index + 1, removal.path.name);
                    lines.push(if removal.outcome.is_open() {
                        format!("the -A can come off by {way}")
                    } else {
                        format!("the -A comes off by {way}")
                    });
                    lines.extend(removal.missing.iter().map(|g| g.words.clone()));
                    lines.extend(to_confirm_line(removal));
                }
                lines
            }
            _ => vec!["you hold it".to_string()],
        }
    }

    /// The verdict for one credential in a sentence, for the single view.
    fn verdict_sentence(&self, check: &CredentialCheck<'_>) -> (String, Tone) {
        let held = if check.held {
            " You already hold it."
        } else {
            ""
        };
        let Some(chosen) = check.chosen_path() else {
            return (
                format!("Not eligible: {}.{held}", nothing_open(check)),
                Tone::Plain,
            );
        };
        let route = format!("route {}, {}", chosen.index + 1, chosen.path.name);
        let apprentice = check
            .apprentice
            .as_ref()
            .filter(|_| check.verdict != Verdict::NotEligible && !check.held)
            .and_then(|a| removal_words(a, &check.credential.abbreviation))
            .map(|words| format!(" You would pass it {words}."))
            .unwrap_or_default();
        match check.verdict {
            Verdict::Eligible => (
                format!("Eligible now, by {route}.{apprentice}{held}"),
                Tone::Good,
            ),
            Verdict::Likely => (
                format!(
                    "Likely eligible, by {route}: {}.{apprentice}{held}",
                    self.likely_line(check, chosen).unwrap_or_default()
                ),
                Tone::Tentative,
            ),
            Verdict::Possible => (
                format!(
                    "Possibly eligible, by {route}. Still to confirm: {}.{apprentice}{held}",
                    chosen.to_confirm_words().join("; ")
                ),
                Tone::Tentative,
            ),
            Verdict::NotEligible => {
                let needs = what_it_needs(chosen);
                (
                    format!(
                        "Not eligible yet. The nearest is {route}, which needs {}.{held}",
                        and_list(&needs)
                    ),
                    Tone::Plain,
                )
            }
        }
    }

    /// One entry per path of one credential (routes, recommendations or ways to remove an
    /// apprentice mark), with what is missing and what is left to confirm.
    fn entries(&self, paths: &[PathCheck<'_>], recommended: bool) -> Vec<Entry> {
        paths
            .iter()
            .map(|p| {
                let mut details = vec![(rules::describe_path(self.catalog, p.path), Tone::Plain)];
                if p.outcome.is_open() {
                    details.extend(
                        experience_counted(self.catalog, &self.person, p).map(|t| (t, Tone::Plain)),
                    );
                }
                if matches!(p.outcome, Outcome::NotMet | Outcome::Possible) {
                    details.extend(p.missing.iter().map(|g| (g.words.clone(), Tone::Strong)));
                    details.extend(to_confirm_line(p).map(|t| (t, Tone::Tentative)));
                }
                let source_tone = if self.stale(p) {
                    Tone::Warn
                } else {
                    Tone::Muted
                };
                details.push((self.source_line(p), source_tone));
                let head = if recommended {
                    let done = match p.outcome {
                        Outcome::Met | Outcome::Likely => "you have it",
                        Outcome::Possible => "you may have it",
                        _ => "not yet",
                    };
                    format!("{}: {done}", p.path.name)
                } else {
                    format!("{}: {}", p.path.name, outcome_words(p))
                };
                Entry {
                    head,
                    tone: if recommended {
                        Tone::Plain
                    } else {
                        outcome_tone(p.outcome)
                    },
                    details,
                }
            })
            .collect()
    }

    /// The paths shown: every path of one credential, or the chosen route of each.
    fn shown_paths(&self) -> Vec<&PathCheck<'_>> {
        if self.single {
            self.checks.iter().flat_map(|c| &c.paths).collect()
        } else {
            self.checks.iter().filter_map(|c| c.chosen_path()).collect()
        }
    }

    fn notes(&self, report: &mut Report) {
        let paths = || self.checks.iter().flat_map(|c| &c.paths);
        let shown = self.shown_paths();
        if self.person.unspecified_years > 0.0 && paths().any(|p| p.path.experience_in.is_some()) {
            report.note(format!(
                "--years {} does not say what the experience was: a route that asks for experience of one kind is possible at best. Give --experience KIND=YEARS to have it counted (`him list experience` lists the kinds).",
                rules::years_number(self.person.unspecified_years)
            ));
        }
        if shown.iter().any(|p| p.outcome == Outcome::Likely) {
            report.note(format!(
                "Likely: every condition holds, but only a secondary source or the source article states the rule, or its source is older than {} (--stale-after): confirm with the issuer before you pay for the exam.",
                crate::domain::years(self.stale_after_years)
            ));
        }
        let open = |p: &&&PathCheck<'_>| matches!(p.outcome, Outcome::NotMet | Outcome::Possible);
        if shown.iter().filter(open).any(|p| !p.to_confirm.is_empty()) {
            report.note("Possible: everything him can check holds, but part of the route is unconfirmed, not given by the sources, a condition him cannot check, or your experience, discipline or credential counts only if it is what the route asks for: confirm it with the issuer. It never counts as eligible.");
        }
        let undated = shown.iter().any(|p| {
            self.catalog
                .source(&p.path.source)
                .is_some_and(|s| s.kind == SourceKind::Primary && s.period.is_none())
        });
        if undated {
            report.note(
                "“undated”: the issuer's own page gives no date; him takes it as the current rule.",
            );
        }
        if self.person.final_term {
            report.note(format!(
                "--final-term: routes for last-term students count your program; other routes count only what it asks for on entry ({}).",
                eligibility::entry_level(self.person.degree).phrase()
            ));
        }
        let abroad: Vec<String> = self
            .checks
            .iter()
            .filter(|c| c.paths.iter().any(|p| p.outcome == Outcome::NotChecked))
            .map(|c| c.credential.abbreviation.clone())
            .collect();
        if !abroad.is_empty() {
            report.note(format!(
                "Routes for programs outside the United States ({}) are not checked; add --outside-us if your program is abroad.",
                abroad.join(", ")
            ));
        }
        if !self.single {
            let closed: Vec<String> = self
                .checks
                .iter()
                .flat_map(|c| {
                    c.paths
                        .iter()
                        .filter(|p| p.outcome == Outcome::Closed)
                        .map(move |p| {
                            format!(
                                "{} route {} ({}, after {})",
                                c.credential.abbreviation,
                                p.index + 1,
                                p.path.name,
                                closed_after(p)
                            )
                        })
                })
                .collect();
            if !closed.is_empty() {
                report.note(format!("Closed routes never count: {}.", closed.join(", ")));
            }
            report.note("`him eligible --credential NAME` with the same options shows every route of one credential, and what its issuer recommends; `him show NAME` lists them with their sources.");
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

/// The word and tone of a verdict in the summary table.
fn verdict_cell(check: &CredentialCheck<'_>) -> (&'static str, Tone) {
    match check.verdict {
        _ if check.held => ("held", Tone::Good),
        Verdict::Eligible => ("yes", Tone::Good),
        Verdict::Likely => ("likely", Tone::Tentative),
        Verdict::Possible => ("possible", Tone::Tentative),
        Verdict::NotEligible => ("not yet", Tone::Plain),
    }
}

impl View for EligibleView<'_> {
    fn report(&self) -> Report {
        let catalog = self.catalog;
        let mut report = Report::new();
        if self.single {
            let check = &self.checks[0];
            report.title(format!("Eligibility for {}", check.credential.label()));
            report.pairs(person_pairs(catalog, &self.person, self.degree_given));
            let (sentence, tone) = self.verdict_sentence(check);
            report.text_toned(sentence, tone);
            report.heading("Routes (any one is enough)");
            report.entries(self.entries(&check.paths, false));
            if !check.recommended.is_empty() {
                report.heading(format!(
                    "Recommended by {}, not required",
                    self.issuer(check)
                ));
                report.entries(self.entries(&check.recommended, true));
            }
            if let Some(apprentice) = &check.apprentice {
                report.heading(format!(
                    "Passing without the experience gives {}: the -A comes off by any one of",
                    apprentice.abbreviation
                ));
                report.entries(self.entries(&apprentice.removals, false));
            }
        } else {
            // Credentials the person holds are set apart: whether they could sit them again
            // is beside the point.
            let unheld = |verdict: Verdict| {
                self.checks
                    .iter()
                    .filter(move |c| !c.held && c.verdict == verdict)
            };
            let names = |checks: &mut dyn Iterator<Item = &CredentialCheck<'_>>| -> Vec<String> {
                checks.map(|c| c.credential.abbreviation.clone()).collect()
            };
            report.title(format!("Eligibility for {} credentials", self.checks.len()));
            report.pairs(person_pairs(catalog, &self.person, self.degree_given));
            let eligible = names(&mut unheld(Verdict::Eligible));
            let likely = names(&mut unheld(Verdict::Likely));
            let possible = names(&mut unheld(Verdict::Possible));
            let held: Vec<String> = self
                .checks
                .iter()
                .filter(|c| c.held)
                .map(|c| match &c.apprentice {
                    Some(a) if c.held_as_apprentice => a.abbreviation.to_string(),
                    _ => c.credential.abbreviation.clone(),
                })
                .collect();
            let not_yet = unheld(Verdict::NotEligible).count();
            let mut summary = vec![if eligible.is_empty() {
                "Eligible now: none".to_string()
            } else {
                format!("Eligible now: {}", eligible.join(", "))
            }];
            if !likely.is_empty() {
                summary.push(format!("likely: {}", likely.join(", ")));
            }
            if !possible.is_empty() {
                summary.push(format!("possible: {}", possible.join(", ")));
            }
            summary.push(format!("not yet: {not_yet}"));
            if !held.is_empty() {
                summary.push(format!("held: {}", held.join(", ")));
            }
            report.text_toned(
                format!("{}.", summary.join("; ")),
                if eligible.is_empty() {
                    Tone::Plain
                } else {
                    Tone::Good
                },
            );
            let mut table = Table::new(["Credential", "Eligible", "Route, or what is missing"]);
            for check in &self.checks {
                let (word, tone) = verdict_cell(check);
                let lines = if check.held {
                    self.held_lines(check)
                } else {
                    self.summary_lines(check)
                };
                table.row(vec![
                    Cell::new(&check.credential.abbreviation).tone(Tone::Strong),
                    Cell::new(word).tone(tone),
                    Cell::lines(lines),
                ]);
            }
            report.table(table);
        }
        self.notes(&mut report);
        report
    }

    /// One flat row per credential (or, for one credential, per route), for spreadsheets.
    fn csv(&self) -> Vec<Table> {
        if self.single {
            let check = &self.checks[0];
            let mut table = Table::new([
                "route",
                "name",
                "outcome",
                "missing",
                "to_confirm",
                "source",
                "status",
                "source_date",
            ]);
            for p in &check.paths {
                table.row(vec![
                    Cell::new((p.index + 1).to_string()),
                    Cell::new(&p.path.name),
                    Cell::new(p.outcome.as_str()),
                    Cell::lines(p.missing.iter().map(|g| g.words.clone()).collect()),
                    Cell::lines(p.to_confirm.iter().map(|u| u.words.clone()).collect()),
                    Cell::new(&p.path.source),
                    Cell::new(p.path.status.as_str()),
                    Cell::new(
                        p.evidence
                            .source_date
                            .map_or_else(|| "undated".to_string(), |d| d.to_string()),
                    ),
                ]);
            }
            return vec![table];
        }
        let mut table = Table::new([
            "credential",
            "eligible",
            "verdict",
            "route",
            "missing",
            "to_confirm",
            "source",
        ]);
        for check in &self.checks {
            let chosen = check.chosen_path();
            let met = matches!(check.verdict, Verdict::Eligible | Verdict::Likely);
            table.row(vec![
                Cell::new(&check.credential.id),
                Cell::new(check.eligible().to_string()),
                Cell::new(check.verdict.as_str()),
                Cell::new(chosen.map_or(String::new(), |p| {
                    rules::numbered_path(check.credential, p.index)
                })),
                Cell::lines(if met { Vec::new() } else { missing(check) }),
                Cell::lines(
                    chosen
                        .map(|p| p.to_confirm.iter().map(|u| u.words.clone()).collect())
                        .unwrap_or_default(),
                ),
                Cell::new(chosen.map_or(String::new(), |p| self.citation(p))),
            ]);
        }
        vec![table]
    }
}
