//! `him ladder FIELD ...`: the career ladder of a field, entry to executive, from the titles'
//! levels and `leads_to` steps, with each title's typical credentials and current pay (BLS
//! OEWS median and 10th–90th percentile range), drawn one box per level; several fields side by
//! side. `view` draws it and gives its JSON.

mod view;

use std::collections::{HashMap, HashSet};

use crate::error::Result;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{Field, Level, Named, Projection, Title};
use crate::data::period::Period;
use crate::domain::pay::{
    CLOSEST_OCCUPATION, OccupationPay, SourceInfo, figure_range, figure_text, lower_median,
    lower_median_note, one_figure_note, wages_in,
};
use crate::domain::{Context, occupations};
use crate::output::{Block, Cell, Columns, Line, Report, Table, Tone, View};
use crate::text::and_list;
use crate::text::capitalized;
use crate::text::{bar, bar_unit};
use crate::wages::{Area, AreaKind, Estimate, Figure, Reason, WageTable};

/// What the user asked for, straight from the command line.
#[derive(Clone, Debug, Default)]
pub struct Request<'r> {
    /// Field names; every field when empty.
    pub fields: &'r [String],
    /// A state or metro area, national figures when `None`.
    pub area: Option<&'r str>,
    /// Show each title's outlook (BLS Employment Projections).
    pub outlook: bool,
}

pub struct LadderView {
    source: SourceInfo,
    area: Area,
    /// How `--area` was read, when the person should know (a state also named like a metro).
    area_note: Option<String>,
    /// The current edition of the projections, when `--outlook` asked for them.
    outlook_edition: Option<Option<Period>>,
    /// Each occupation shown with `--outlook` and the citation of its projection.
    outlook_citations: Vec<(String, String)>,
    ladders: Vec<Ladder>,
    /// The occupation codes of the titles shown, in the order they first appear, each with every
    /// title of the data that takes its figures: titles of one code share one figure.
    occupations: Vec<Occupation>,
    /// Dollars per full bar character, the same for every ladder shown.
    bar_unit: Option<u32>,
    /// The widest title name and median of all ladders, so medians and bars line up in each.
    name_width: usize,
    median_width: usize,
}

#[derive(Clone, Debug, Serialize)]
struct Ladder {
    id: String,
    name: String,
    #[serde(skip)]
    label: String,
    /// Every level, entry first, those without titles included.
    levels: Vec<Step>,
}

#[derive(Clone, Debug, Serialize)]
struct Step {
    level: Level,
    titles: Vec<Rung>,
}

#[derive(Clone, Debug, Serialize)]
struct Rung {
    id: String,
    name: String,
    /// The titles this one leads to, as the data gives them.
    leads_to: Vec<String>,
    /// The titles that lead to this one.
    comes_from: Vec<String>,
    credentials: Vec<String>,
    #[serde(skip)]
    edges: Vec<Edge>,
    /// For each next step whose occupation has a lower median here, why that is no pay cut.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    lower_steps: Vec<LowerStep>,
    #[serde(skip)]
    credential_names: Vec<String>,
    pay: OccupationPay,
    /// The occupation's projections of the current edition, with `--outlook`.
    #[serde(skip_serializing_if = "Option::is_none")]
    outlook: Option<Vec<Projection>>,
}

/// A step from one title to the next, with what the reader should know about it.
#[derive(Clone, Debug)]
struct Edge {
    name: String,
    /// Both titles take one occupation's figures: the figures cannot show a raise.
    same_figure: bool,
    /// The next title is of another field: its short name.
    other_field: Option<String>,
    same_level: bool,
    lower_level: bool,
    /// The next title's occupation has a lower median here: the sentence that says why that is
    /// no pay cut.
    lower_median: Option<String>,
}

/// A next step whose occupation has a lower median, and the sentence that says so.
#[derive(Clone, Debug, Serialize)]
struct LowerStep {
    to: String,
    note: String,
}

/// An occupation code and the titles of the data, of any field, that take its figures. Said
/// once per code, not once per title: with many titles on a few codes a list per title would
/// grow with the square of the titles.
#[derive(Clone, Debug, Serialize)]
struct Occupation {
    soc: String,
    name: Option<String>,
    /// Ids of every title of the data with this code, in data order.
    titles: Vec<String>,
    #[serde(skip)]
    title_names: Vec<String>,
}

pub fn query(ctx: &Context<'_>, request: &Request<'_>) -> Result<LadderView> {
    let catalog = ctx.catalog;
    let fields = chosen_fields(catalog, request.fields)?;
    let (table, area_id, area_note) = wages_in(ctx, request.area)?;
    let estimate = |soc: &str| occupations::pay(table, soc, area_id);
    let links = Links::of(catalog);
    let mut ladders: Vec<Ladder> = fields
        .iter()
        .map(|field| ladder(catalog, table, &links, field, &estimate))
        .collect();
    let outlook_edition = request.outlook.then(|| {
        for ladder in &mut ladders {
            for rung in ladder.levels.iter_mut().flat_map(|s| &mut s.titles) {
                let outlook = occupations::outlook(&catalog.data, Some(table), &rung.pay.soc);
                rung.outlook = Some(outlook.current.into_iter().cloned().collect());
            }
        }
        occupations::current_edition(&catalog.data)
    });
    let mut outlook_citations: Vec<(String, String)> = Vec::new();
    for rung in rungs(&ladders) {
        for projection in rung.outlook.iter().flatten() {
            let cited = (
                rung.pay.soc.clone(),
                crate::domain::sources::citation(catalog, &projection.source, projection.status),
            );
            if !outlook_citations.contains(&cited) {
                outlook_citations.push(cited);
            }
        }
    }
    let occupations = crate::domain::grouped(rungs(&ladders), |r| r.pay.soc.as_str())
        .into_iter()
        .map(|(soc, group)| {
            let titles = links.by_soc.get(soc).map_or(&[][..], Vec::as_slice);
            Occupation {
                soc: soc.to_string(),
                name: group[0].pay.occupation.clone(),
                titles: titles.iter().map(|t| t.id.clone()).collect(),
                title_names: titles.iter().map(|t| t.name.clone()).collect(),
            }
        })
        .collect();
    let bar_unit = rungs(&ladders)
        .filter_map(|r| r.pay.median.value())
        .max()
        .map(bar_unit);
    let name_width = rungs(&ladders)
        .map(|r| shown_width(&r.name))
        .max()
        .unwrap_or(0);
    let median_width = rungs(&ladders)
        .filter(|r| r.pay.median.value().is_some())
        .map(|r| figure_text(r.pay.median).len())
        .max()
        .unwrap_or(0);
    Ok(LadderView {
        source: SourceInfo::of_table(ctx, &table.source, crate::wages::WAGES_FILE),
        area: table.area(area_id).clone(),
        area_note,
        outlook_edition,
        outlook_citations,
        ladders,
        occupations,
        bar_unit,
        name_width,
        median_width,
    })
}

/// How the titles relate, worked out once for every rung: which titles share an occupation
/// code, and which lead to each title, in the order of the data.
struct Links<'a> {
    by_soc: HashMap<&'a str, Vec<&'a Title>>,
    leading_to: HashMap<&'a str, Vec<&'a str>>,
}

impl<'a> Links<'a> {
    fn of(catalog: &'a Catalog) -> Links<'a> {
        let mut links = Links {
            by_soc: HashMap::new(),
            leading_to: HashMap::new(),
        };
        for title in catalog.data.titles() {
            links.by_soc.entry(&title.soc).or_default().push(title);
            for next in &title.leads_to {
                let from = links.leading_to.entry(next).or_default();
                // A title that names the same next step twice still leads to it once.
                if from.last() != Some(&title.id.as_str()) {
                    from.push(&title.id);
                }
            }
        }
        links
    }
}

/// The fields named, each once, in the order named; every field when none is.
fn chosen_fields<'a>(catalog: &'a Catalog, names: &[String]) -> Result<Vec<&'a Field>> {
    if names.is_empty() {
        return Ok(catalog.data.fields().iter().collect());
    }
    let mut fields: Vec<&Field> = Vec::new();
    for name in names {
        let entity = catalog.resolve(name, &[Kind::Field])?;
        let field = &catalog.data.fields()[entity.index];
        if !fields.iter().any(|f| f.id == field.id) {
            fields.push(field);
        }
    }
    Ok(fields)
}

fn ladder(
    catalog: &Catalog,
    table: &WageTable,
    links: &Links<'_>,
    field: &Field,
    estimate: &dyn Fn(&str) -> Estimate,
) -> Ladder {
    let titles: Vec<&Title> = catalog
        .data
        .titles()
        .iter()
        .filter(|t| t.field == field.id)
        .collect();
    let levels = Level::ALL
        .iter()
        .map(|&level| Step {
            level,
            titles: titles
                .iter()
                .filter(|t| t.level == level)
                .map(|title| rung(catalog, table, links, title, estimate))
                .collect(),
        })
        .collect();
    Ladder {
        id: field.id.clone(),
        name: field.name.clone(),
        label: field.label(),
        levels,
    }
}

fn rung(
    catalog: &Catalog,
    table: &WageTable,
    links: &Links<'_>,
    title: &Title,
    estimate: &dyn Fn(&str) -> Estimate,
) -> Rung {
    let figures = estimate(&title.soc);
    let occupation_name = |soc: &str| {
        table
            .occupation(soc)
            .map_or_else(|| soc.to_string(), |o| o.name.clone())
    };
    let edges = title
        .leads_to
        .iter()
        .filter_map(|id| catalog.title(id))
        .map(|next| Edge {
            name: next.name.clone(),
            same_figure: next.soc == title.soc,
            other_field: (next.field != title.field)
                .then(|| catalog.short_name_of(Kind::Field, &next.field).to_string()),
            same_level: next.level == title.level,
            lower_level: next.level < title.level,
            lower_median: lower_median(figures.median, estimate(&next.soc).median).then(|| {
                lower_median_note(&occupation_name(&title.soc), &occupation_name(&next.soc))
            }),
        })
        .collect();
    // Edges are made of the steps that name a title of the data, in order: zip with the same.
    let lower_steps = title
        .leads_to
        .iter()
        .filter(|id| catalog.title(id).is_some())
        .zip(&edges)
        .filter_map(|(to, edge): (&String, &Edge)| {
            edge.lower_median.as_ref().map(|note| LowerStep {
                to: to.clone(),
                note: note.clone(),
            })
        })
        .collect();
    Rung {
        lower_steps,
        id: title.id.clone(),
        name: title.name.clone(),
        leads_to: title.leads_to.clone(),
        comes_from: links
            .leading_to
            .get(title.id.as_str())
            .map_or_else(Vec::new, |ids| {
                ids.iter().map(|id| id.to_string()).collect()
            }),
        credentials: title.credentials.clone(),
        edges,
        credential_names: title
            .credentials
            .iter()
            .map(|id| catalog.short_name_of(Kind::Credential, id).to_string())
            .collect(),
        pay: OccupationPay::of(table, &title.soc, &figures),
        outlook: None,
    }
}

/// The columns a name takes once shown, control characters escaped.
fn shown_width(name: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(crate::text::visible(name).as_ref())
}

/// Every title of the ladders, level by level.
fn rungs(ladders: &[Ladder]) -> impl Iterator<Item = &Rung> {
    ladders
        .iter()
        .flat_map(|l| &l.levels)
        .flat_map(|s| &s.titles)
}
