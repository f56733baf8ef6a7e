//! `him eligible [--degree L] [--program D] [--accredited-by ORG] [--years N] [--holds C]...
//! [--license L]... [--credential C]`: which credentials a person can sit now, by which route,
//! and what is missing on the nearest route. The rules live in `eligibility`; this file turns
//! the command line into a `Person` and the checks into a view.

use std::collections::BTreeSet;

use anyhow::Result;
use serde::Serialize;
use serde::ser::Serializer;

use super::Context;
use super::profile::status_citation;
use crate::catalog::{Catalog, and_list, or_list};
use crate::data::Kind;
use crate::data::model::{
    ANY_RECOGNIZED_ACCREDITOR, Degree, Named, OrganizationKind, ProgramKind, Status,
};
use crate::eligibility::{
    self, Accreditation, CredentialCheck, Outcome, PathCheck, Person, Verdict,
};
use crate::error::UsageError;
use crate::output::{Cell, Entry, Report, Table, Tone, View};
use crate::rules;
use crate::text::normalize_name;

/// The command line's description of a person, names not yet resolved.
#[derive(Clone, Debug, Default)]
pub struct Request<'r> {
    pub degree: Option<Degree>,
    pub program: Option<&'r str>,
    pub program_kind: ProgramKind,
    pub accredited_by: Option<&'r str>,
    pub final_term: bool,
    pub outside_us: bool,
    pub years: f64,
    pub holds: &'r [String],
    pub licenses: &'r [String],
    pub credential: Option<&'r str>,
}

pub struct EligibleView<'a> {
    catalog: &'a Catalog,
    person: Person,
    /// Whether the person gave a degree: without one they count as having none, and say so.
    degree_given: bool,
    /// One credential asked for with --credential: every route is shown.
    single: bool,
    checks: Vec<CredentialCheck<'a>>,
}

pub fn query<'a>(ctx: &Context<'a>, request: &Request<'_>) -> Result<EligibleView<'a>> {
    let catalog = ctx.catalog;
    let person = person(catalog, request)?;
    let credentials = match request.credential {
        Some(name) => {
            let entity = resolve_credential(catalog, name, "--credential")?;
            vec![&catalog.data.credentials()[entity]]
        }
        None => catalog.data.credentials().iter().collect(),
    };
    let checks = credentials
        .into_iter()
        .map(|c| eligibility::check(catalog, c, &person, ctx.today))
        .collect();
    Ok(EligibleView {
        catalog,
        person,
        degree_given: request.degree.is_some(),
        single: request.credential.is_some(),
        checks,
    })
}

/// Resolves the request's names against the data, refusing what cannot be: a program without
/// its level, an unknown discipline, an organization that accredits nothing.
fn person(catalog: &Catalog, request: &Request<'_>) -> Result<Person, UsageError> {
    let program_flags = [
        (request.program.is_some(), "--program"),
        (request.accredited_by.is_some(), "--accredited-by"),
    ];
    let describing = given_flags(&[
        program_flags[0],
        program_flags[1],
        (
            request.program_kind != ProgramKind::Degree,
            "--program-kind",
        ),
        (request.final_term, "--final-term"),
    ]);
    let levels = "none, high-school, associate, bachelor, master or doctorate";
    let degree = match request.degree {
        Some(degree) => degree,
        None if !describing.is_empty() => {
            return Err(UsageError::new(format!(
                "{} --degree: the level of the degree you describe",
                flags_verb(&describing, "needs", "need")
            ))
            .with_hint(format!("--degree takes {levels}")));
        }
        None => Degree::None,
    };
    let college = given_flags(&program_flags);
    if request.program_kind == ProgramKind::Degree
        && !college.is_empty()
        && degree < Degree::Associate
    {
        return Err(UsageError::new(format!(
            "{} a college degree, but --degree is {}",
            flags_verb(&college, "describes", "describe"),
            degree.as_str()
        ))
        .with_hint("give the level of that degree: associate, bachelor, master or doctorate"));
    }
    let program = request
        .program
        .map(|name| discipline(catalog, name))
        .transpose()?;
    let accreditation = request
        .accredited_by
        .map(|name| accreditation(catalog, name))
        .transpose()?;
    let holds = request
        .holds
        .iter()
        .map(|name| {
            resolve_credential(catalog, name, "--holds")
                .map(|i| catalog.data.credentials()[i].id.clone())
        })
        .collect::<Result<BTreeSet<String>, _>>()?;
    let licenses = request
        .licenses
        .iter()
        .map(|name| license(catalog, name))
        .collect::<Result<BTreeSet<String>, _>>()?;
    Ok(Person {
        degree,
        program,
        program_kind: request.program_kind,
        accreditation,
        final_term: request.final_term,
        outside_us: request.outside_us,
        years: request.years,
        holds,
        licenses,
    })
}

/// The flags of `flags` that were given.
fn given_flags(flags: &[(bool, &str)]) -> Vec<String> {
    flags
        .iter()
        .filter(|(given, _)| *given)
        .map(|(_, flag)| flag.to_string())
        .collect()
}

/// "--program needs", "--program and --final-term need".
fn flags_verb(flags: &[String], one: &str, several: &str) -> String {
    let verb = if flags.len() == 1 { one } else { several };
    format!("{} {verb}", and_list(flags))
}

/// A discipline named by its id or in words (`him`, `health information management`).
fn discipline(catalog: &Catalog, name: &str) -> Result<String, UsageError> {
    let wanted = normalize_name(name);
    let known = eligibility::disciplines(catalog);
    known
        .iter()
        .find(|id| {
            normalize_name(id) == wanted || normalize_name(&rules::discipline_name(id)) == wanted
        })
        .map(|id| id.to_string())
        .ok_or_else(|| {
            let listed: Vec<String> = known
                .iter()
                .map(|id| {
                    let words = rules::discipline_name(id);
                    if words == id.replace('-', " ") {
                        (*id).to_string()
                    } else {
                        format!("{id} ({words})")
                    }
                })
                .collect();
            UsageError::new(format!("no route names the discipline `{name}`"))
                .with_hint(format!("--program takes one of: {}", listed.join(", ")))
        })
}

fn license(catalog: &Catalog, name: &str) -> Result<String, UsageError> {
    let wanted = normalize_name(name);
    let known = eligibility::licenses(catalog);
    known
        .iter()
        .find(|id| normalize_name(id) == wanted)
        .map(|id| id.to_string())
        .ok_or_else(|| {
            UsageError::new(format!("no route names the license `{name}`"))
                .with_hint(format!("--license takes one of: {}", known.join(", ")))
        })
}

fn accreditation(catalog: &Catalog, name: &str) -> Result<Accreditation, UsageError> {
    let accreditors: Vec<String> = rules::accreditors(catalog)
        .iter()
        .filter(|o| o.kinds.contains(&OrganizationKind::Accreditor))
        .map(|o| o.id.clone())
        .collect();
    let accepted = format!(
        "--accredited-by takes {}, or `{ANY_RECOGNIZED_ACCREDITOR}` for another recognized accreditor",
        or_list(&accreditors)
    );
    if normalize_name(name) == ANY_RECOGNIZED_ACCREDITOR {
        return Ok(Accreditation::Recognized);
    }
    let entity = catalog
        .resolve(name, &[Kind::Organization])
        .map_err(|err| UsageError::new(err.message).with_hint(accepted.clone()))?;
    let org = &catalog.data.organizations()[entity.index];
    if !org.kinds.contains(&OrganizationKind::Accreditor) {
        return Err(UsageError::new(format!(
            "{} is not an accreditor: it accredits no programs",
            org.abbreviation
        ))
        .with_hint(accepted));
    }
    Ok(Accreditation::By(org.id.clone()))
}

/// A credential by any of its names; an unknown one exits 2 listing every credential.
fn resolve_credential(catalog: &Catalog, name: &str, flag: &str) -> Result<usize, UsageError> {
    catalog
        .resolve(name, &[Kind::Credential])
        .map(|entity| entity.index)
        .map_err(|err| {
            let all: Vec<&str> = catalog
                .data
                .credentials()
                .iter()
                .map(|c| c.abbreviation.as_str())
                .collect();
            let suggestion = err
                .hint
                .filter(|h| h.starts_with("did you mean"))
                .map(|h| format!("{h} "))
                .unwrap_or_default();
            UsageError::new(err.message).with_hint(format!(
                "{suggestion}{flag} takes one of: {}",
                all.join(", ")
            ))
        })
}

/// The facts about the person, in words, as him understood them.
fn person_pairs(catalog: &Catalog, person: &Person, degree_given: bool) -> Vec<(String, Cell)> {
    let org = |id: &str| catalog.short_name_of(Kind::Organization, id).to_string();
    let subject = person.program.as_deref().map_or(String::new(), |p| {
        format!(" in {}", rules::discipline_name(p))
    });
    let accredited = match &person.accreditation {
        Some(Accreditation::By(id)) => format!(", accredited by {}", org(id)),
        Some(Accreditation::Recognized) => ", accredited by a recognized accreditor".to_string(),
        None => String::new(),
    };
    let mut education = if !degree_given {
        "none given (counted as none)".to_string()
    } else {
        match person.program_kind {
            ProgramKind::Degree if person.final_term => format!(
                "in the last term of {}{subject}{accredited}",
                rules::program_of_level(Some(person.degree))
            ),
            ProgramKind::Degree => format!("{}{subject}{accredited}", person.degree.phrase()),
            kind => format!(
                "{}, then a {}{subject}{accredited}{}",
                person.degree.phrase(),
                kind.label(),
                if person.final_term {
                    " (in its last term)"
                } else {
                    ""
                }
            ),
        }
    };
    if person.outside_us {
        education.push_str("; outside the United States");
    }
    let experience = if person.years > 0.0 {
        format!(
            "{}, counted as the experience each route asks for",
            rules::years_phrase(person.years)
        )
    } else {
        "none given (0 years)".to_string()
    };
    let holds: Vec<String> = person
        .holds
        .iter()
        .map(|id| catalog.short_name_of(Kind::Credential, id).to_string())
        .collect();
    let licenses: Vec<String> = person
        .licenses
        .iter()
        .map(|l| rules::license_name(l))
        .collect();
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "none".to_string()
        } else {
            items.join(", ")
        }
    };
    vec![
        ("Education".to_string(), Cell::new(education)),
        ("Experience".to_string(), Cell::new(experience)),
        ("Credentials".to_string(), Cell::new(list(holds))),
        ("Licenses".to_string(), Cell::new(list(licenses))),
    ]
}

fn closed_after(check: &PathCheck<'_>) -> String {
    check.path.closes.map(|c| c.human()).unwrap_or_default()
}

/// What an outcome means for one route, in words.
fn outcome_words(check: &PathCheck<'_>) -> String {
    match check.outcome {
        Outcome::Met => "met".to_string(),
        Outcome::Possible => "possible route".to_string(),
        Outcome::NotMet => "not met".to_string(),
        Outcome::Closed => format!("closed after {}", closed_after(check)),
        Outcome::NotChecked => "not checked (programs abroad)".to_string(),
    }
}

/// For a route met with experience: "counts your 2 years as experience in medical coding",
/// so the assumption behind `--years` is in sight where it decides.
fn experience_counted(person: &Person, check: &PathCheck<'_>) -> Option<String> {
    let path = check.path;
    (person.years > 0.0 && (path.experience_years.is_some() || path.experience_in.is_some())).then(
        || {
            format!(
                "counts your {} as experience{}",
                rules::years_phrase(person.years),
                rules::experience_field(path)
            )
        },
    )
}

fn to_confirm_line(check: &PathCheck<'_>) -> Option<String> {
    (!check.to_confirm.is_empty()).then(|| format!("to confirm: {}", check.to_confirm.join("; ")))
}

fn source_line(catalog: &Catalog, check: &PathCheck<'_>) -> String {
    format!(
        "source: {}",
        status_citation(catalog, &check.path.source, check.path.status)
    )
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
        Some(path) => path.missing.clone(),
        None => vec![nothing_open(check)],
    }
}

#[derive(Serialize)]
struct PathJson<'a> {
    /// The path's number, as `him show` numbers it.
    number: usize,
    name: &'a str,
    description: String,
    source: &'a str,
    /// The source in words, with how sure the rule is.
    citation: String,
    status: Status,
    outcome: Outcome,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    missing: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    to_confirm: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    closes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct CheckJson<'a> {
    id: &'a str,
    abbreviation: &'a str,
    name: &'a str,
    eligible: bool,
    /// `eligible`, `possible` (only a possible route matches) or `not_eligible`.
    verdict: Verdict,
    /// The person already holds it.
    held: bool,
    /// When eligible: the route that makes them so.
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
}

impl<'a> EligibleView<'a> {
    fn path_json(&self, check: &'a PathCheck<'a>) -> PathJson<'a> {
        let path = check.path;
        PathJson {
            number: check.index + 1,
            name: &path.name,
            description: rules::describe_path(self.catalog, path),
            source: &path.source,
            citation: status_citation(self.catalog, &path.source, path.status),
            status: path.status,
            outcome: check.outcome,
            missing: &check.missing,
            to_confirm: &check.to_confirm,
            closes: path.closes.map(|c| c.to_string()),
            note: path.note.as_deref(),
        }
    }

    fn check_json(&self, check: &'a CredentialCheck<'a>) -> CheckJson<'a> {
        let credential = check.credential;
        let chosen = check.chosen_path().map(|p| self.path_json(p));
        let (path, nearest) = if check.eligible() {
            (chosen, None)
        } else {
            (None, chosen)
        };
        CheckJson {
            id: &credential.id,
            abbreviation: &credential.abbreviation,
            name: &credential.name,
            eligible: check.eligible(),
            verdict: check.verdict,
            held: check.held,
            path,
            missing: (!check.eligible()).then(|| missing(check)),
            nearest,
            routes: check.paths.iter().map(|p| self.path_json(p)).collect(),
        }
    }

    /// The summary cell of one credential: the route and its source, or what is missing.
    fn summary_lines(&self, check: &CredentialCheck<'_>) -> Vec<String> {
        let Some(chosen) = check.chosen_path() else {
            return vec![nothing_open(check)];
        };
        let route = rules::numbered_path(check.credential, chosen.index);
        let mut lines = Vec::new();
        match check.verdict {
            Verdict::Eligible => {
                lines.push(format!("by {route}"));
                let others: Vec<String> = check
                    .also_met()
                    .map(|p| (p.index + 1).to_string())
                    .collect();
                if !others.is_empty() {
                    lines.push(format!("also by {}", and_list(&others)));
                }
                lines.extend(experience_counted(&self.person, chosen));
            }
            Verdict::Possible => {
                lines.push(format!("possible: {route}"));
                lines.extend(experience_counted(&self.person, chosen));
                lines.extend(to_confirm_line(chosen));
            }
            Verdict::NotEligible => {
                lines.push(format!("nearest: {route}"));
                lines.extend(chosen.missing.iter().cloned());
                lines.extend(to_confirm_line(chosen));
            }
        }
        lines.push(source_line(self.catalog, chosen));
        lines
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
        match check.verdict {
            Verdict::Eligible => (format!("Eligible now, by {route}.{held}"), Tone::Good),
            Verdict::Possible => (
                format!(
                    "Possibly eligible, by {route}. Still to confirm: {}.{held}",
                    chosen.to_confirm.join("; ")
                ),
                Tone::Warn,
            ),
            Verdict::NotEligible => {
                let needs: Vec<String> = chosen
                    .missing
                    .iter()
                    .map(|m| m.strip_prefix("needs ").unwrap_or(m).to_string())
                    .collect();
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

    fn notes(&self, report: &mut Report) {
        let paths = || self.checks.iter().flat_map(|c| &c.paths);
        let asks_experience =
            paths().any(|p| p.path.experience_years.is_some() || p.path.experience_in.is_some());
        if asks_experience {
            let years = if self.person.years > 0.0 {
                rules::years_phrase(self.person.years)
            } else {
                "none given".to_string()
            };
            report.note(format!(
                "--years ({years}) is one number, counted as the experience each route asks for: check that yours is of the kind the route names."
            ));
        }
        // The routes shown with what is left to confirm: every route of one credential, or the
        // one route shown for each credential.
        let shown_to_confirm = if self.single {
            paths().any(|p| {
                matches!(p.outcome, Outcome::NotMet | Outcome::Possible) && !p.to_confirm.is_empty()
            })
        } else {
            self.checks
                .iter()
                .filter_map(|c| c.chosen_path())
                .any(|p| !p.to_confirm.is_empty())
        };
        if shown_to_confirm {
            report.note("A possible route matches everything him can check, but part of it is unconfirmed, not given by the sources, or a condition him cannot check: confirm it with the issuer. It never counts as eligible.");
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
            report.note("`him eligible --credential NAME` with the same options shows every route of one credential; `him show NAME` lists them with their sources.");
        }
    }
}

impl Serialize for EligibleView<'_> {
    /// An array, one object per credential checked: `id`, `eligible`, `verdict`, `path` (when
    /// eligible), `missing` and `nearest` (when not), and every route with its outcome.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.checks.iter().map(|check| self.check_json(check)))
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
            report.entries(
                check
                    .paths
                    .iter()
                    .map(|p| {
                        let tone = match p.outcome {
                            Outcome::Met => Tone::Good,
                            Outcome::Possible => Tone::Warn,
                            Outcome::NotMet => Tone::Plain,
                            Outcome::Closed | Outcome::NotChecked => Tone::Muted,
                        };
                        let mut details =
                            vec![(rules::describe_path(catalog, p.path), Tone::Plain)];
                        if matches!(p.outcome, Outcome::NotMet | Outcome::Possible) {
                            details.extend(p.missing.iter().map(|m| (m.clone(), Tone::Strong)));
                            details.extend(to_confirm_line(p).map(|t| (t, Tone::Warn)));
                        }
                        details.push((source_line(catalog, p), Tone::Muted));
                        Entry {
                            head: format!("{}: {}", p.path.name, outcome_words(p)),
                            tone,
                            details,
                        }
                    })
                    .collect(),
            );
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
            let possible = names(&mut unheld(Verdict::Possible));
            let held = names(&mut self.checks.iter().filter(|c| c.held));
            let not_yet = unheld(Verdict::NotEligible).count();
            let mut summary = vec![if eligible.is_empty() {
                "Eligible now: none".to_string()
            } else {
                format!("Eligible now: {}", eligible.join(", "))
            }];
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
                let (word, tone, lines) = match check.verdict {
                    _ if check.held => ("held", Tone::Good, vec!["you hold it".to_string()]),
                    Verdict::Eligible => ("yes", Tone::Good, self.summary_lines(check)),
                    Verdict::Possible => ("possible", Tone::Warn, self.summary_lines(check)),
                    Verdict::NotEligible => ("no", Tone::Plain, self.summary_lines(check)),
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
        let catalog = self.catalog;
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
            ]);
            for p in &check.paths {
                table.row(vec![
                    Cell::new((p.index + 1).to_string()),
                    Cell::new(&p.path.name),
                    Cell::new(p.outcome.as_str()),
                    Cell::lines(p.missing.clone()),
                    Cell::lines(p.to_confirm.clone()),
                    Cell::new(&p.path.source),
                    Cell::new(p.path.status.as_str()),
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
            table.row(vec![
                Cell::new(&check.credential.id),
                Cell::new(check.eligible().to_string()),
                Cell::new(check.verdict.as_str()),
                Cell::new(chosen.map_or(String::new(), |p| {
                    rules::numbered_path(check.credential, p.index)
                })),
                Cell::lines(if check.eligible() {
                    Vec::new()
                } else {
                    missing(check)
                }),
                Cell::lines(chosen.map(|p| p.to_confirm.clone()).unwrap_or_default()),
                Cell::new(chosen.map_or(String::new(), |p| {
                    status_citation(catalog, &p.path.source, p.path.status)
                })),
            ]);
        }
        vec![table]
    }
}
