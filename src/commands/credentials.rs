//! `him credentials [--requires ORG [--strict]]`: every credential with its issuer, its fields
//! and how it depends on accredited programs (CAHIIM); with `--requires`, only the credentials
//! that depend on programs accredited by ORG, each with the kind of dependency.

use crate::error::Result;
use serde::Serialize;
use serde::ser::Serializer;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{Credential, Organization, OrganizationKind, Region, SourceKind};
use crate::domain::Context;
use crate::domain::rules::{self, Dependency, Requirement};
use crate::domain::sources::{RuleCitation, rule_citation};
use crate::error::NothingFound;
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::or_list;

pub struct CredentialsView<'a> {
    catalog: &'a Catalog,
    /// The bodies shown, one column each: every accreditor, or the one `--requires` names.
    bodies: Vec<&'a Organization>,
    /// The body `--requires` names.
    requires: Option<&'a Organization>,
    strict: bool,
    rows: Vec<Row<'a>>,
    stale_after_years: u16,
}

struct Row<'a> {
    credential: &'a Credential,
    /// One per body, in the order of `bodies`.
    dependencies: Vec<Dependency>,
    /// The sources of the credential's routes, each once, with their dates.
    rule_sources: Vec<RuleSource<'a>>,
}

/// The source of some of a credential's routes, with its date and age.
struct RuleSource<'a> {
    id: &'a str,
    /// "AHIMA, undated", "the article, 2020": the publisher and the date, for a narrow column.
    short: String,
    citation: RuleCitation,
}

/// The sources of a credential's routes, each once, in the order of the routes.
fn rule_sources<'a>(ctx: &Context<'_>, credential: &'a Credential) -> Vec<RuleSource<'a>> {
    let mut found: Vec<RuleSource<'a>> = Vec::new();
    for path in &credential.paths {
        if found.iter().any(|s| s.id == path.source) {
            continue;
        }
        let source = ctx.catalog.source(&path.source);
        let publisher = match source {
            Some(s) if s.kind == SourceKind::Article => "the article",
            Some(s) => s.publisher.as_str(),
            None => path.source.as_str(),
        };
        let date = source
            .and_then(|s| s.period)
            .map_or_else(|| "undated".to_string(), |p| p.human());
        let citation = rule_citation(ctx, &path.source, path.status);
        let stale = if citation.stale() { " [stale]" } else { "" };
        found.push(RuleSource {
            id: &path.source,
            short: format!("{publisher}, {date}{stale}"),
            citation,
        });
    }
    found
}

pub fn query<'a>(
    ctx: &Context<'a>,
    requires: Option<&str>,
    strict: bool,
) -> Result<CredentialsView<'a>> {
    let catalog = ctx.catalog;
    let requires = match requires {
        Some(name) => {
            let entity = catalog.resolve(name, &[Kind::Organization])?;
            Some(&catalog.data.organizations()[entity.index])
        }
        None => None,
    };
    let bodies = match requires {
        Some(org) => vec![org],
        None => rules::accreditors(catalog),
    };
    let mut rows: Vec<Row<'a>> = catalog
        .data
        .credentials()
        .iter()
        .map(|credential| Row {
            credential,
            dependencies: bodies
                .iter()
                .map(|body| rules::dependency(catalog, credential, &body.id, ctx.today))
                .collect(),
            rule_sources: rule_sources(ctx, credential),
        })
        .collect();
    if let Some(org) = requires {
        rows.retain(|row| match row.dependencies[0].requirement {
            Some(Requirement::AllPaths) => true,
            Some(_) => !strict,
            None => false,
        });
        // The strongest dependency first; the order of the data within each kind.
        rows.sort_by_key(|row| row.dependencies[0].requirement);
        if rows.is_empty() {
            return Err(nothing_depends_on(catalog, org, strict).into());
        }
    }
    Ok(CredentialsView {
        catalog,
        bodies,
        requires,
        strict,
        rows,
        stale_after_years: ctx.stale_after_years,
    })
}

fn nothing_depends_on(catalog: &Catalog, org: &Organization, strict: bool) -> NothingFound {
    let body = &org.abbreviation;
    if strict {
        return NothingFound::new(format!(
            "no credential needs a program accredited by {body} on every route"
        ))
        .with_hint(format!(
            "without --strict, `him credentials --requires {}` also lists credentials with some routes through {body}",
            org.id
        ));
    }
    let message = format!("no credential depends on a program accredited by {body}");
    if org.kinds.contains(&OrganizationKind::Accreditor) {
        return NothingFound::new(message);
    }
    let accreditors: Vec<String> = rules::accreditors(catalog)
        .iter()
        .map(|o| format!("`{}`", o.id))
        .collect();
    NothingFound::new(message).with_hint(format!(
        "{body} accredits no programs; the accreditors in the data: {}",
        or_list(&accreditors)
    ))
}

/// The column of the sources of a credential's routes.
const RULES_AS_OF: &str = "Rules as of";

/// The sources of a credential's routes, one a line, marked when stale.
fn rules_cell(row: &Row<'_>) -> Cell {
    let stale = row.rule_sources.iter().any(|s| s.citation.stale());
    Cell::lines(row.rule_sources.iter().map(|s| s.short.clone()).collect()).tone(if stale {
        Tone::Warn
    } else {
        Tone::Plain
    })
}

/// "RHIA (AHIMA)" over "Registered Health Information Administrator".
fn credential_cell(catalog: &Catalog, credential: &Credential) -> Cell {
    Cell::lines(vec![
        format!(
            "{} ({})",
            credential.abbreviation,
            catalog.short_name_of(Kind::Organization, &credential.issuer)
        ),
        credential.name.clone(),
    ])
}

/// Why a path is not counted when classifying.
fn not_counted_reason(credential: &Credential, index: usize) -> &'static str {
    if credential.paths[index].region == Region::OutsideUs {
        "outside_us"
    } else {
        "closed"
    }
}

/// Where a credential needs a program accredited by one body, in a few words: "on all 3
/// routes", "on 1 of 4 routes; 1 more via RHIA", "via RHIA, on 1 of 6 routes", "no".
fn summary_lines(catalog: &Catalog, credential: &Credential, dep: &Dependency) -> Vec<String> {
    let counted = dep.counted.len();
    let routes = |n: usize| if n == 1 { "route" } else { "routes" };
    let via = rules::credential_names(catalog, &dep.via);
    let mut lines = vec![match dep.requirement {
        Some(Requirement::AllPaths) if counted == 1 => "on its one route".to_string(),
        Some(Requirement::AllPaths) if counted == 2 => "on both routes".to_string(),
        Some(Requirement::AllPaths) => format!("on all {counted} routes"),
        Some(Requirement::SomePaths) => {
            let mut text = format!("on {} of {counted} {}", dep.direct.len(), routes(counted));
            if !dep.through_credential.is_empty() {
                text.push_str(&format!(
                    "; {} more via {via}",
                    dep.through_credential.len()
                ));
            }
            text
        }
        Some(Requirement::ViaCredential) => format!(
            "via {via}, on {} of {counted} {}",
            dep.through_credential.len(),
            routes(counted)
        ),
        None => "no".to_string(),
    }];
    let abroad = dep
        .not_counted
        .iter()
        .filter(|&&i| credential.paths[i].region == Region::OutsideUs)
        .count();
    let closed = dep.not_counted.len() - abroad;
    if abroad > 0 {
        lines.push(format!(
            "(+{abroad} {} abroad, not counted)",
            routes(abroad)
        ));
    }
    if closed > 0 {
        lines.push(format!(
            "(+{closed} closed {}, not counted)",
            routes(closed)
        ));
    }
    lines
}

/// The routes behind a dependency, numbered as in `him show` and in that order: those that need
/// the body, and those shown but not counted, marked so.
fn route_lines(catalog: &Catalog, credential: &Credential, dep: &Dependency) -> Vec<String> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for &i in &dep.counted {
        if dep.direct.contains(&i) {
            lines.push((i, rules::numbered_path(credential, i)));
        } else if dep.through_credential.contains(&i) {
            let via = rules::credential_names(catalog, &credential.paths[i].credentials_any);
            lines.push((
                i,
                format!("{} (via {via})", rules::numbered_path(credential, i)),
            ));
        }
    }
    for &i in &dep.not_counted {
        let why = match not_counted_reason(credential, i) {
            "outside_us" => "abroad",
            _ => "closed",
        };
        lines.push((
            i,
            format!(
                "{}: {why}, not counted",
                rules::numbered_path(credential, i)
            ),
        ));
    }
    lines.sort_by_key(|(i, _)| *i);
    lines.into_iter().map(|(_, line)| line).collect()
}

#[derive(Serialize)]
struct CredentialJson<'a> {
    id: &'a str,
    abbreviation: &'a str,
    name: &'a str,
    issuer: &'a str,
    fields: &'a [String],
    /// With `--requires`: the kind of dependency on that body.
    #[serde(skip_serializing_if = "Option::is_none")]
    requirement: Option<Requirement>,
    dependencies: Vec<DependencyJson<'a>>,
    /// The sources of its routes, each once, with their dates.
    rule_sources: Vec<RuleSourceJson<'a>>,
}

#[derive(Serialize)]
struct RuleSourceJson<'a> {
    source: &'a str,
    citation: &'a str,
    /// The source's date, or null when it is undated.
    period: Option<String>,
    /// Null when undated.
    age_months: Option<u32>,
    /// Older than `--stale-after` allows (false when undated).
    stale: bool,
}

#[derive(Serialize)]
struct DependencyJson<'a> {
    accreditor: &'a str,
    requirement: Option<Requirement>,
    /// How many routes were counted: those in the United States that are still open.
    counted_routes: usize,
    /// The counted routes that need such a program, themselves or through a credential.
    routes: Vec<RouteJson<'a>>,
    /// Routes shown but not counted.
    not_counted: Vec<RouteJson<'a>>,
}

#[derive(Serialize)]
struct RouteJson<'a> {
    /// The path's number, as `him show` numbers it.
    number: usize,
    name: &'a str,
    /// For a route through credentials: the credentials, each of which depends on the body.
    #[serde(skip_serializing_if = "Option::is_none")]
    via: Option<&'a [String]>,
    /// For a route not counted: `outside_us` or `closed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'static str>,
}

impl<'a> CredentialsView<'a> {
    fn json_row(&self, row: &'a Row<'a>) -> CredentialJson<'a> {
        let credential = row.credential;
        let route = |i: usize| RouteJson {
            number: i + 1,
            name: &credential.paths[i].name,
            via: None,
            reason: None,
        };
        CredentialJson {
            id: &credential.id,
            abbreviation: &credential.abbreviation,
            name: &credential.name,
            issuer: &credential.issuer,
            fields: &credential.fields,
            requirement: self.requires.and_then(|_| row.dependencies[0].requirement),
            dependencies: self
                .bodies
                .iter()
                .zip(&row.dependencies)
                .map(|(body, dep)| DependencyJson {
                    accreditor: &body.id,
                    requirement: dep.requirement,
                    counted_routes: dep.counted.len(),
                    routes: dep
                        .counted
                        .iter()
                        .filter(|i| dep.direct.contains(i) || dep.through_credential.contains(i))
                        .map(|&i| RouteJson {
                            via: dep
                                .through_credential
                                .contains(&i)
                                .then_some(credential.paths[i].credentials_any.as_slice()),
                            ..route(i)
                        })
                        .collect(),
                    not_counted: dep
                        .not_counted
                        .iter()
                        .map(|&i| RouteJson {
                            reason: Some(not_counted_reason(credential, i)),
                            ..route(i)
                        })
                        .collect(),
                })
                .collect(),
            rule_sources: row
                .rule_sources
                .iter()
                .map(|s| RuleSourceJson {
                    source: s.id,
                    citation: &s.citation.text,
                    period: self
                        .catalog
                        .source(s.id)
                        .and_then(|source| source.period)
                        .map(|p| p.to_string()),
                    age_months: s.citation.age.map(|age| age.months),
                    stale: s.citation.stale(),
                })
                .collect(),
        }
    }
}

impl Serialize for CredentialsView<'_> {
    /// An array of credentials: `id`, `abbreviation`, `name`, `issuer`, `fields`, with
    /// `--requires` the `requirement`, and for each body its `dependencies`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.rows.iter().map(|row| self.json_row(row)))
    }
}

impl View for CredentialsView<'_> {
    fn report(&self) -> Report {
        let catalog = self.catalog;
        let short = |kind: Kind, id: &str| catalog.short_name_of(kind, id).to_string();
        let mut report = Report::new();
        let count = self.rows.len();
        let table = match self.requires {
            None => {
                let mut header = vec!["Credential".to_string(), "Fields".to_string()];
                header.extend(
                    self.bodies
                        .iter()
                        .map(|b| format!("{} program needed", b.abbreviation)),
                );
                header.push(RULES_AS_OF.to_string());
                let mut table = Table::new(header);
                for row in &self.rows {
                    let credential = row.credential;
                    let mut cells = vec![
                        credential_cell(catalog, credential),
                        Cell::new(
                            credential
                                .fields
                                .iter()
                                .map(|f| short(Kind::Field, f))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ];
                    for dep in &row.dependencies {
                        let tone = if dep.requirement.is_some() {
                            Tone::Strong
                        } else {
                            Tone::Muted
                        };
                        cells.push(Cell::lines(summary_lines(catalog, credential, dep)).tone(tone));
                    }
                    cells.push(rules_cell(row));
                    table.row(cells);
                }
                report.title(format!("Credentials ({count})"));
                table
            }
            Some(body) => {
                let mut table = Table::new(["Credential", "Requirement", "Routes that need it"]);
                for row in &self.rows {
                    let credential = row.credential;
                    let dep = &row.dependencies[0];
                    let requirement = dep.requirement.map_or("", Requirement::words);
                    // The rules' dates under the name, to leave the routes their width.
                    let mut names = credential_cell(catalog, credential);
                    let rules = rules_cell(row);
                    names
                        .lines
                        .push(format!("{RULES_AS_OF}: {}", rules.lines.join("; ")));
                    table.row(vec![
                        names,
                        Cell::new(requirement).tone(Tone::Strong),
                        Cell::lines(route_lines(catalog, credential, dep)),
                    ]);
                }
                let scope = if self.strict {
                    "need a program accredited by"
                } else {
                    "depend on a program accredited by"
                };
                let every = if self.strict { " on every route" } else { "" };
                report.title(format!(
                    "Credentials that {scope} {}{every} ({count})",
                    body.abbreviation
                ));
                table
            }
        };
        report.table(table);
        let bodies: Vec<String> = self.bodies.iter().map(|b| b.abbreviation.clone()).collect();
        let body = or_list(&bodies);
        if self.requires.is_some() {
            report.note(format!(
                "all paths: every route needs a program accredited by {body}; some paths: at least one route does and another does not; via credential: no route does, but one needs a credential that does (all_paths, some_paths and via_credential in JSON)."
            ));
        } else {
            report.note(format!(
                "The {body} column says on how many routes to each credential a program accredited by {body} is needed, directly or through a credential that needs one (via). `him credentials --requires {}` lists only the credentials that depend on it.",
                self.bodies.first().map_or("cahiim", |b| b.id.as_str())
            ));
        }
        report.note(format!(
            "{RULES_AS_OF}: the sources of the routes, with their dates; [stale]: older than {} (--stale-after), so a route met by it is only likely; undated: the issuer's own page gives no date and counts as current.",
            crate::domain::years(self.stale_after_years)
        ));
        report.note("Routes for programs outside the United States (reciprocity) and closed routes are shown but not counted. `him show NAME` lists every route with its source; `him eligible` checks which you can sit.");
        report
    }

    /// One flat row per credential, for spreadsheets: for each body, the requirement in the
    /// words of the JSON and the numbers of the routes that need such a program.
    fn csv(&self) -> Vec<Table> {
        let mut header: Vec<String> = ["id", "abbreviation", "name", "issuer", "fields"]
            .map(String::from)
            .to_vec();
        for body in &self.bodies {
            header.push(body.id.clone());
            header.push(format!("{}_routes", body.id));
        }
        let mut table = Table::new(header);
        for row in &self.rows {
            let credential = row.credential;
            let mut cells = vec![
                Cell::new(&credential.id),
                Cell::new(&credential.abbreviation),
                Cell::new(&credential.name),
                Cell::new(&credential.issuer),
                Cell::new(credential.fields.join(" ")),
            ];
            for dep in &row.dependencies {
                cells.push(Cell::new(dep.requirement.map_or("", Requirement::as_str)));
                let needing: Vec<String> = dep
                    .counted
                    .iter()
                    .filter(|i| dep.direct.contains(i) || dep.through_credential.contains(i))
                    .map(|i| (i + 1).to_string())
                    .collect();
                cells.push(Cell::new(needing.join(" ")));
            }
            table.row(cells);
        }
        vec![table]
    }
}
