//! `him where TITLE|FIELD`: where the jobs of a title's occupation are (for a field, of each
//! occupation of its titles, named): areas ranked by jobs, concentration (location quotient) or
//! pay (median), each with every figure BLS publishes for it, and the areas left out said so.
//!
//! The ranking itself is `wages::ranking` (plain data in, plain data out); this command names
//! what was asked, keeps the numbers in its view, and draws bars only in the report, so any
//! renderer can draw the ranking from the same figures.
//!
//! `view` shows the ranking, and gives it as CSV; `json` gives it as JSON.

mod json;
mod view;

use crate::error::Result;

use crate::data::Kind;
use crate::data::model::{Named, Title};
use crate::domain::pay::{SourceInfo, estimate_range, figure_text, titles_sharing};
use crate::domain::{Context, occupations};
use crate::error::{NothingFound, UsageError};
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::and_list;
use crate::text::{capitalized, dollars, thousands};
use crate::wages::ranking::{self, Among, RankBy};
use crate::wages::{Area, AreaKind, Decimal, Estimate, Figure, Reason, WageTable};

/// What the user asked for, straight from the command line.
#[derive(Clone, Debug)]
pub struct Request<'r> {
    /// A title, a field or an occupation code, as typed.
    pub name: &'r str,
    pub by: RankBy,
    /// Rank the states instead of the metro areas.
    pub states: bool,
    /// Rank the metro areas of this state.
    pub in_state: Option<&'r str>,
    /// How many areas to show of each occupation.
    pub top: usize,
}

/// The longest bar, in characters, drawn for the largest figure shown: the ranked column holds
/// its figure and its bar, and a row with the longest metro area's name must still fit 80
/// columns.
const BAR_WIDTH: u32 = 6;

/// How many areas left out are named; more are counted only.
const NAMED_LEFT_OUT: usize = 3;

/// What a title's figures are, said once.
pub const OCCUPATION_FIGURES: &str = "BLS counts jobs and pay by occupation and area, not by job title: each title takes the figures of its closest BLS occupation (the him editors' choice), so titles of one occupation share one figure.";

/// What the columns mean, said once under the tables.
const COLUMNS_NOTE: &str = "Jobs: how many jobs the occupation holds in the area, counted where people work; jobs held, not job openings. Per 1,000: its jobs per 1,000 jobs of all kinds there. LQ (location quotient): its share of the area's jobs divided by its share of the nation's jobs, so 1.0 is the national share and 2.0 twice it. Median and 10th–90th percentile: the occupation's annual pay in the area.";

pub struct WhereView {
    by: RankBy,
    among: Among,
    /// The state of `--in`.
    state: Option<Area>,
    top: usize,
    /// What was asked for, by the name the data gives it.
    subject: String,
    occupations: Vec<OccupationAreas>,
    source: SourceInfo,
    /// Metro areas shown that reach across the state line of `--in`.
    across_lines: Vec<String>,
}

/// One occupation's areas.
struct OccupationAreas {
    soc: String,
    name: String,
    /// The titles that take its figures: (id, name).
    titles: Vec<(String, String)>,
    /// The title asked for, when a title was.
    asked: Option<String>,
    /// How many areas have the figure ranked.
    ranked: usize,
    /// The best `top`, best first.
    areas: Vec<AreaFigures>,
    /// The nation, or the state of `--in`, as a whole: what each area compares with.
    whole: Option<AreaFigures>,
    left_out: Vec<(Reason, Vec<Area>)>,
}

struct AreaFigures {
    /// 1 for the first; 0 for an area not ranked (the whole).
    rank: usize,
    area: Area,
    estimate: Estimate,
}

/// Occupation codes, each with the titles that take its figures.
type OccupationTitles<'a> = Vec<(String, Vec<&'a Title>)>;

pub fn query(ctx: &Context<'_>, request: &Request<'_>) -> Result<WhereView> {
    let catalog = ctx.catalog;
    let entity = catalog.resolve(request.name, &[Kind::Title, Kind::Field, Kind::Occupation])?;
    let table = ctx.wage_table()?;
    let (among, state) = match request.in_state {
        Some(query) => {
            let state = state_of(catalog, table, query)?;
            (Among::MetrosOf(state), Some(table.area(state).clone()))
        }
        None if request.states => (Among::States, None),
        None => (Among::Metros, None),
    };
    if let Some(state) = &state
        && ranking::areas_among(table, among).is_empty()
    {
        return Err(UsageError::new(format!(
            "the wage table has no metro or nonmetro areas in {}",
            state.label()
        ))
        .with_hint("rank the states with --states")
        .into());
    }
    let data = &catalog.data;
    // Each occupation with the titles that take its figures: a field's titles grouped by
    // code, up the ladder; a title's or a code's every title.
    let (subject, asked, groups): (String, Option<&Title>, OccupationTitles<'_>) = match entity.kind
    {
        Kind::Title => {
            let title = &data.titles()[entity.index];
            let group = titles_sharing(catalog, &title.soc);
            (
                title.name.clone(),
                Some(title),
                vec![(title.soc.clone(), group)],
            )
        }
        Kind::Field => {
            let field = &data.fields()[entity.index];
            let titles = catalog.titles_of_field(&field.id);
            let groups = crate::domain::grouped(titles.iter().copied(), |t| t.soc.as_str())
                .into_iter()
                .map(|(soc, group)| (soc.to_string(), group))
                .collect();
            (field.label(), None, groups)
        }
        _ => {
            let occupation = &data.occupations()[entity.index];
            let group = titles_sharing(catalog, &occupation.id);
            (
                format!("{} {}", occupation.id, occupation.name),
                None,
                vec![(occupation.id.clone(), group)],
            )
        }
    };
    let whole_area = match &state {
        Some(state) => table.area_by_code(&state.code),
        None => table.national(),
    };
    let mut shown_across = Vec::new();
    let mut occupations = Vec::new();
    for (soc, titles) in groups {
        let ranking = ranking::rank(table, &soc, among, request.by);
        let areas: Vec<AreaFigures> = ranking
            .ranked
            .iter()
            .take(request.top)
            .enumerate()
            .map(|(i, ranked)| AreaFigures {
                rank: i + 1,
                area: table.area(ranked.area).clone(),
                estimate: ranked.estimate,
            })
            .collect();
        if let Some(state) = &state {
            shown_across.extend(
                areas
                    .iter()
                    .filter(|a| crosses_line(&a.area, state))
                    .map(|a| a.area.short_label()),
            );
        }
        occupations.push(OccupationAreas {
            name: occupations::occupation_name(data, Some(table), &soc)
                .unwrap_or_else(|| "an occupation not in the wage table".to_string()),
            titles: titles
                .iter()
                .map(|t| (t.id.clone(), t.name.clone()))
                .collect(),
            asked: asked.filter(|t| t.soc == soc).map(|t| t.name.clone()),
            ranked: ranking.ranked.len(),
            areas,
            whole: whole_area.map(|id| AreaFigures {
                rank: 0,
                area: table.area(id).clone(),
                estimate: occupations::pay(table, &soc, id),
            }),
            left_out: ranking
                .left_out
                .iter()
                .map(|l| {
                    (
                        l.reason,
                        l.areas.iter().map(|&id| table.area(id).clone()).collect(),
                    )
                })
                .collect(),
            soc,
        });
    }
    if occupations.iter().all(|o| o.ranked == 0) {
        return Err(nothing_ranked(ctx, table, &occupations, request.by));
    }
    let mut across_lines: Vec<String> = Vec::new();
    for name in shown_across {
        if !across_lines.contains(&name) {
            across_lines.push(name);
        }
    }
    Ok(WhereView {
        by: request.by,
        among,
        state,
        top: request.top,
        subject,
        occupations,
        source: SourceInfo::of_table(ctx, &table.source, crate::wages::WAGES_FILE),
        across_lines,
    })
}

/// The state `--in` names, or a usage error saying what it named instead.
fn state_of(
    catalog: &crate::catalog::Catalog,
    table: &WageTable,
    query: &str,
) -> Result<crate::wages::AreaId> {
    let resolved = crate::domain::pay::find_area(catalog, table, query)?;
    let area = table.area(resolved.id);
    if area.kind == AreaKind::State {
        return Ok(resolved.id);
    }
    let hint = match area.kind {
        AreaKind::National => {
            "leave out --in to rank the metro areas of the whole country, or use --states"
                .to_string()
        }
        _ => format!(
            "name a state (`--in il`, `--in illinois`); for pay in {}, type: him salary --area \"{}\"",
            area.short_label(),
            crate::wages::city_state(&area.name)
        ),
    };
    Err(UsageError::new(format!(
        "--in takes a state, and `{query}` is {}",
        area.described()
    ))
    .with_hint(hint)
    .into())
}

/// Whether a metro area reaches beyond `state`: its name lists another state too.
fn crosses_line(area: &Area, state: &Area) -> bool {
    let Some((_, states)) = area.name.rsplit_once(", ") else {
        return false;
    };
    let own = crate::wages::postal_code(&state.name).unwrap_or_default();
    area.kind == AreaKind::Metro && states.split('-').any(|s| s != own)
}

/// Why not one area could be ranked, for any occupation.
fn nothing_ranked(
    ctx: &Context<'_>,
    table: &WageTable,
    occupations: &[OccupationAreas],
    by: RankBy,
) -> crate::error::Failure {
    let codes: Vec<String> = occupations.iter().map(|o| o.soc.clone()).collect();
    let not_in_file = occupations
        .iter()
        .flat_map(|o| &o.left_out)
        .any(|(reason, _)| *reason == Reason::NotInFile);
    let error = NothingFound::new(format!(
        "no area has a published {} for {} in the wage table",
        figure_noun(by),
        and_list(&codes)
    ));
    let error = if not_in_file {
        let file = ctx.wages.origin(crate::wages::WAGES_FILE);
        error.with_hint(format!(
            "{} has no {} column: `him import oews` writes one from BLS's files; --by {} ranks by what it has",
            file.display_path(crate::wages::WAGES_FILE),
            match by {
                RankBy::Concentration => "location_quotient",
                _ => "such",
            },
            if by == RankBy::Pay { "jobs" } else { "pay" }
        ))
    } else if occupations
        .iter()
        .all(|o| table.occupation(&o.soc).is_none())
    {
        error.with_hint("the wage table has no rows for this occupation code; `him check` lists the titles without wages")
    } else {
        error.with_hint(
            "try another ranking (--by jobs, concentration or pay) or other areas (--states)",
        )
    };
    error.into()
}

/// The figure ranked, as a noun: "employment", "location quotient", "median".
fn figure_noun(by: RankBy) -> &'static str {
    match by {
        RankBy::Jobs => "employment",
        RankBy::Concentration => "location quotient",
        RankBy::Pay => "median",
    }
}

/// "with published employment", "with a published location quotient" ...
fn with_published(by: RankBy) -> &'static str {
    match by {
        RankBy::Jobs => "with published employment",
        RankBy::Concentration => "with a published location quotient",
        RankBy::Pay => "with a published median",
    }
}

/// The figure ranked, as the object of a verb: "employment", "the location quotient".
fn figure_object(by: RankBy) -> &'static str {
    match by {
        RankBy::Jobs => "employment",
        RankBy::Concentration => "the location quotient",
        RankBy::Pay => "the median",
    }
}

/// "by jobs", "by concentration (location quotient)", "by pay (median)".
fn by_phrase(by: RankBy) -> &'static str {
    match by {
        RankBy::Jobs => "by jobs",
        RankBy::Concentration => "by concentration (location quotient)",
        RankBy::Pay => "by pay (median)",
    }
}

/// "most jobs first" ...
fn order_phrase(by: RankBy) -> &'static str {
    match by {
        RankBy::Jobs => "most jobs first",
        RankBy::Concentration => "most concentrated first",
        RankBy::Pay => "highest median first",
    }
}

/// A kind of area as short as the table needs it.
fn kind_text(area: &Area) -> &'static str {
    match area.kind_label() {
        "nonmetropolitan area" => "nonmetro area",
        kind => kind,
    }
}

/// The name in the table: short for a metro area, without "nonmetropolitan area" (the kind
/// under it says so) for the others.
fn area_text(area: &Area) -> String {
    area.short_label().replace(" nonmetropolitan area", "")
}

/// "1 area", "37 areas".
fn areas_count(n: usize) -> String {
    format!(
        "{} area{}",
        thousands(n as u64),
        if n == 1 { "" } else { "s" }
    )
}
