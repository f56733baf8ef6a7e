//! `him plan --to TITLE [--from TITLE] [person flags] [--area AREA]`: the steps from where a
//! person stands to the job they want, with pay at each job and the evidence for each
//! credential. The planning itself is `planning`'s; this module resolves the command line, adds
//! pay and sources, and describes the plan: `steps` each step in words, `others` the other
//! ways, `summary` the headline, notes and report, `json` the JSON, `csv` the CSV.

mod csv;
mod json;
mod others;
mod steps;
mod summary;

use std::collections::BTreeMap;

use crate::error::Result;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::Title;
use crate::domain::Context;
use crate::domain::eligibility::Person;
use crate::domain::eligibility::person::{self, PersonRequest};
use crate::domain::lookup::did_you_mean;
use crate::domain::occupations;
use crate::domain::pay::{OccupationPay, SourceInfo, wages_in};
use crate::domain::planning::{self, Action, Alternative, Plan};
use crate::domain::sources::{RuleCitation, rule_citation, timing};
use crate::error::UsageError;
use crate::wages::Area;

/// What the user asked for, straight from the command line.
#[derive(Clone, Debug, Default)]
pub struct Request<'r> {
    /// `--to`: the job wanted, by any name.
    pub to: &'r str,
    /// `--from`: the job held now.
    pub from: Option<&'r str>,
    /// A state or metro area for pay; the nation when `None`.
    pub area: Option<&'r str>,
    /// The person, as `him eligible` reads them.
    pub person: PersonRequest<'r>,
}

pub struct PlanView<'a> {
    catalog: &'a Catalog,
    person: Person,
    /// Whether the person gave a degree: without one they count as having none, and say so.
    degree_given: bool,
    plan: Plan<'a>,
    source: SourceInfo,
    area: Area,
    area_note: Option<String>,
    /// Pay of each title of the plan (and of the job held), by title id.
    pay: BTreeMap<String, OccupationPay>,
    /// The source of every route the plan names, in words with its date, by source id.
    citations: BTreeMap<String, RuleCitation>,
    stale_after_years: u16,
    /// Dollars per full bar character, the same for every step.
    bar_unit: Option<u32>,
}

pub fn query<'a>(ctx: &Context<'a>, request: &Request<'_>) -> Result<PlanView<'a>> {
    let catalog = ctx.catalog;
    let person = person::person(catalog, &request.person)?;
    let goal = title(catalog, request.to, "--to")?;
    let from = request
        .from
        .map(|name| title(catalog, name, "--from"))
        .transpose()?;
    let (table, area_id, area_note) = wages_in(ctx, request.area)?;
    let plan = planning::plan(catalog, &person, goal, from, timing(ctx));
    let mut pay = BTreeMap::new();
    for title in plan.moves().chain(from) {
        pay.entry(title.id.clone()).or_insert_with(|| {
            OccupationPay::of(
                table,
                &title.soc,
                &occupations::pay(table, &title.soc, area_id),
            )
        });
    }
    let mut citations = BTreeMap::new();
    let mut cite = |credential: &crate::data::model::Credential, route: usize| {
        let path = &credential.paths[route];
        citations
            .entry(path.source.clone())
            .or_insert_with(|| rule_citation(ctx, &path.source, path.status));
    };
    for step in &plan.steps {
        if let Action::Credential(sitting) = &step.action {
            cite(sitting.credential, sitting.route);
        }
    }
    for alternative in &plan.alternatives {
        match alternative {
            Alternative::Credential { way, .. } | Alternative::Route { way, .. } => {
                cite(way.credential, way.route);
            }
            Alternative::Ladder { .. } => {}
        }
    }
    let bar_unit = pay
        .values()
        .filter_map(|p| p.median.value())
        .max()
        .map(crate::text::bar_unit);
    Ok(PlanView {
        catalog,
        person,
        degree_given: request.person.degree.is_some(),
        plan,
        source: SourceInfo::of_table(ctx, &table.source, crate::wages::WAGES_FILE),
        area: table.area(area_id).clone(),
        area_note,
        pay,
        citations,
        stale_after_years: ctx.stale_after_years,
        bar_unit,
    })
}

/// A title by any of its names; an unknown one exits 2 with the nearest names.
fn title<'a>(catalog: &'a Catalog, name: &str, flag: &str) -> Result<&'a Title, UsageError> {
    catalog
        .resolve(name, &[Kind::Title])
        .map(|entity| &catalog.data.titles()[entity.index])
        .map_err(|err| {
            let suggestion = did_you_mean(&err);
            UsageError::new(err.message).with_hint(format!(
                "{suggestion}{flag} takes a job title's name, id or alias (`him list titles` lists them)"
            ))
        })
}
