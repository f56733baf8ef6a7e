//! `him eligible [--degree L] [--program D] [--accredited-by ORG] [--experience KIND=YEARS]...
//! [--holds C]... [--license L]... [--credential C]`: which credentials a person can sit now, by
//! which route and how sure that is, and what is missing on the nearest route. The rules live
//! in `eligibility`, and `eligibility::person` reads the person; this file turns the checks into
//! a view and the lines it shows; `view` lays them out, `words` says each route's outcome in
//! words, `json` gives its JSON shape.

mod json;
mod view;
mod words;

use words::{
    closed_after, experience_counted, missing, nothing_open, outcome_tone, outcome_words,
    removal_words, to_confirm_line, what_it_needs,
};

use std::collections::BTreeMap;

use crate::error::Result;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{SourceKind, Status};
use crate::domain::Context;
use crate::domain::eligibility::person::{PersonRequest, person, resolve_credential};
use crate::domain::eligibility::{
    self, CredentialCheck, Evidence, Gap, Outcome, PathCheck, Person, Strength, Unsure, Verdict,
};
use crate::domain::rules;
use crate::domain::sources::{RuleCitation, likely_reason, rule_citation, timing};
use crate::output::{Entry, Report, Tone};
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
