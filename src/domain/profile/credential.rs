//! The profile of a credential: who issues it, what it depends on, its exam, and each route
//! to it with the source and strength of its rule.

use super::aspect::{Aspect, Detailed, Item, Value, names, sources};
use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{Credential, EligibilityPath, Organization};
use crate::domain::Context;
use crate::domain::eligibility::Evidence;
use crate::domain::rules::{self, Dependency, Requirement};
use crate::domain::sources::{likely_reason, rule_citation, status_citation, timing};
use crate::text::{and_list, capitalized, dollars, or_list};

/// The accreditors in the data (CAHIIM), each with how a credential depends on it.
pub fn accreditor_dependencies<'a>(
    ctx: &Context<'a>,
    credential: &Credential,
) -> Vec<(&'a Organization, Dependency)> {
    rules::accreditors(ctx.catalog)
        .into_iter()
        .map(|o| {
            (
                o,
                rules::dependency(ctx.catalog, credential, &o.id, ctx.today),
            )
        })
        .collect()
}

/// "needs a CAHIIM-accredited program" and the like, for a credential in a list.
pub fn requirement_phrase(body: &str, requirement: Requirement) -> String {
    match requirement {
        Requirement::AllPaths => format!("needs a {body}-accredited program"),
        Requirement::SomePaths => format!("one route needs a {body}-accredited program"),
        Requirement::ViaCredential => format!("one route needs a credential that needs {body}"),
    }
}

pub(super) fn credential_item(ctx: &Context<'_>, credential: &Credential) -> Item {
    let mut text = credential.abbreviation.clone();
    for (org, dependency) in accreditor_dependencies(ctx, credential) {
        if let Some(requirement) = dependency.requirement {
            text.push_str(&format!(
                " ({})",
                requirement_phrase(&org.abbreviation, requirement)
            ));
        }
    }
    Item::record(Kind::Credential, &credential.id, text)
}

fn minutes(total: u32) -> String {
    match (total / 60, total % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// Facts with their citation, then the note: "3 h 30 min (AHIMA; confirmed). 140 to 160
/// items." With no facts, the note is the fact: "About 121 scored items (CHDAexam.com, 2026;
/// secondary source)".
fn sourced(facts: &str, note: Option<&str>, citation: &str) -> String {
    match (facts.is_empty(), note) {
        (false, Some(note)) => format!("{facts} ({citation}). {note}"),
        (false, None) => format!("{facts} ({citation})"),
        (true, Some(note)) => format!("{} ({citation})", note.trim_end_matches('.')),
        (true, None) => format!("({citation})"),
    }
}

/// How a credential depends on programs a body accredits, in a sentence that names the routes.
fn dependency_sentence(
    catalog: &Catalog,
    credential: &Credential,
    body: &str,
    dependency: &Dependency,
) -> String {
    let routes = |indexes: &[usize]| {
        let numbers: Vec<String> = indexes.iter().map(|i| (i + 1).to_string()).collect();
        let noun = if numbers.len() == 1 {
            "route"
        } else {
            "routes"
        };
        format!("{noun} {}", and_list(&numbers))
    };
    let verb = |indexes: &[usize]| if indexes.len() == 1 { "needs" } else { "need" };
    let through = || {
        let held: Vec<String> = dependency
            .through_credential
            .iter()
            .map(|&i| rules::credential_names(catalog, &credential.paths[i].credentials_any))
            .collect();
        format!(
            "{} {} {}, which {} one",
            routes(&dependency.through_credential),
            verb(&dependency.through_credential),
            or_list(&held),
            if dependency.via.len() == 1 {
                "needs"
            } else {
                "each need"
            }
        )
    };
    match dependency.requirement {
        Some(Requirement::AllPaths) => format!(
            "Required: every eligibility route in the United States needs a degree or certificate from a program accredited or approved by {body}."
        ),
        Some(Requirement::SomePaths) => {
            let mut text = format!(
                "{} {} a {body}-accredited program; the others do not.",
                capitalized(&routes(&dependency.direct)),
                verb(&dependency.direct)
            );
            if !dependency.through_credential.is_empty() {
                text.push_str(&format!(" {}.", capitalized(&through())));
            }
            text
        }
        Some(Requirement::ViaCredential) => format!(
            "No route needs a {body}-accredited program itself, but {}.",
            through()
        ),
        None => format!("No eligibility route needs a {body}-accredited program."),
    }
}

/// The aspect of a credential's routes, and of the preparation its issuer recommends.
pub const PATHS: &str = "Eligibility paths";
pub const RECOMMENDED: &str = "Recommended, not required";

/// Paths (routes, recommendations or ways to remove an apprentice mark) as entries: what each
/// asks for, its note, its source with its date, and, for a rule, why it is not one him counts
/// as met.
fn path_entries(
    ctx: &Context<'_>,
    credential: &Credential,
    paths: &[EligibilityPath],
    rules_to_meet: bool,
) -> Vec<Detailed> {
    let catalog = ctx.catalog;
    let issuer = catalog.short_name_of(Kind::Organization, &credential.issuer);
    paths
        .iter()
        .map(|path| {
            let mut details = vec![rules::describe_path(catalog, path)];
            if let Some(note) = &path.note {
                details.push(note.clone());
            }
            let source = rule_citation(ctx, &path.source, path.status);
            details.push(format!("source: {}", source.text));
            let evidence = Evidence::of(catalog, path, timing(ctx));
            let caution = if !rules_to_meet {
                None
            } else if rules::is_closed(path, ctx.today) {
                Some(format!(
                    "closed after {}: no longer a route",
                    path.closes.map(|c| c.human()).unwrap_or_default()
                ))
            } else if let Some(why) = rules::uncertainty(path) {
                Some(format!("possible route only: {why}"))
            } else {
                likely_reason(&evidence, ctx.stale_after_years)
                    .map(|why| format!("likely route only: {why}; confirm with {issuer}"))
            };
            Detailed {
                head: path.name.clone(),
                details,
                caution,
                stale: source.stale(),
            }
        })
        .collect()
}

pub(super) fn credential(ctx: &Context<'_>, credential: &Credential) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let mut cited = credential.sources.clone();
    let mut aspects = vec![
        Aspect::text("Summary", &credential.summary),
        Aspect::text(
            "Issuer",
            catalog.name_of(Kind::Organization, &credential.issuer),
        ),
        Aspect::text(
            "Governed by",
            credential
                .governed_by
                .as_deref()
                .map(|g| catalog.name_of(Kind::Organization, g).to_string())
                .unwrap_or_default(),
        ),
        Aspect::list("Fields", names(catalog, Kind::Field, &credential.fields)),
        Aspect::text("Status", credential.status.label()),
    ];
    for (org, dependency) in accreditor_dependencies(ctx, credential) {
        aspects.push(Aspect::text(
            &format!("{} program", org.abbreviation),
            dependency_sentence(catalog, credential, &org.abbreviation, &dependency),
        ));
    }
    cited.extend(credential.paths.iter().map(|p| p.source.clone()));
    aspects.push(Aspect {
        name: PATHS.to_string(),
        value: Value::Entries(path_entries(ctx, credential, &credential.paths, true)),
    });
    // Every credential has these aspects, empty or not, so that credentials line up in a
    // comparison.
    cited.extend(credential.recommended.iter().map(|p| p.source.clone()));
    aspects.push(Aspect {
        name: RECOMMENDED.to_string(),
        value: Value::Entries(path_entries(
            ctx,
            credential,
            &credential.recommended,
            false,
        )),
    });
    let (form, removals) = match &credential.apprentice {
        Some(apprentice) => {
            cited.push(apprentice.source.clone());
            cited.extend(apprentice.removals.iter().map(|p| p.source.clone()));
            let mut text = format!(
                "{}: passing without the experience a way below asks for gives this apprentice form ({})",
                apprentice.abbreviation,
                rule_citation(ctx, &apprentice.source, apprentice.status).text
            );
            if let Some(note) = &apprentice.note {
                text.push_str(&format!(". {note}"));
            }
            (
                text,
                path_entries(ctx, credential, &apprentice.removals, true),
            )
        }
        None => (String::new(), Vec::new()),
    };
    aspects.push(Aspect::text("Apprentice form", form));
    aspects.push(Aspect {
        name: "Ways to remove the apprentice mark".to_string(),
        value: Value::Entries(removals),
    });
    if let Some(exam) = &credential.exam {
        cited.push(exam.source.clone());
        let mut facts = Vec::new();
        if let Some(items) = exam.items {
            let all_scored = exam.scored_items == Some(items) || exam.pretest_items == Some(0);
            let split: Vec<String> = [
                exam.scored_items.map(|n| format!("{n} scored")),
                exam.pretest_items.map(|n| format!("{n} pretest")),
            ]
            .into_iter()
            .flatten()
            .collect();
            facts.push(if all_scored {
                format!("{items} items, all scored")
            } else if split.is_empty() {
                format!("{items} items")
            } else {
                format!("{items} items ({})", split.join(", "))
            });
        }
        if let Some(total) = exam.minutes {
            facts.push(minutes(total));
        }
        if let Some(passing) = &exam.passing {
            facts.push(format!("passing: {passing}"));
        }
        if let Some(delivery) = &exam.delivery {
            facts.push(delivery.clone());
        }
        aspects.push(Aspect::text(
            "Exam",
            sourced(
                &facts.join("; "),
                exam.note.as_deref(),
                &status_citation(catalog, &exam.source, exam.status),
            ),
        ));
    }
    if let Some(renewal) = &credential.renewal {
        cited.push(renewal.source.clone());
        let mut facts = Vec::new();
        if let Some(years) = renewal.cycle_years {
            facts.push(format!("every {years} years"));
        }
        if let Some(amount) = renewal.continuing_education {
            facts.push(format!(
                "{amount} {}",
                renewal
                    .unit
                    .as_deref()
                    .unwrap_or("continuing-education units")
            ));
        }
        aspects.push(Aspect::text(
            "Renewal",
            sourced(
                &facts.join(", "),
                renewal.note.as_deref(),
                &status_citation(catalog, &renewal.source, renewal.status),
            ),
        ));
    }
    aspects.push(Aspect::list(
        "Fees",
        credential
            .fees
            .iter()
            .map(|fee| {
                cited.push(fee.source.clone());
                let who = fee
                    .applies_to
                    .as_deref()
                    .map(|w| format!(" for {w}"))
                    .unwrap_or_default();
                Item::text(sourced(
                    &format!("{}{who}", dollars(u64::from(fee.amount))),
                    fee.note.as_deref(),
                    &status_citation(catalog, &fee.source, fee.status),
                ))
            })
            .collect(),
    ));
    aspects.push(Aspect::text(
        "Note",
        credential.note.clone().unwrap_or_default(),
    ));
    aspects.push(sources(catalog, &cited));
    aspects
}
