//! `him where TITLE|FIELD`: where the jobs of a title's occupation are (for a field, of each
//! occupation of its titles, named): areas ranked by jobs, concentration (location quotient) or
//! pay (median), each with every figure BLS publishes for it, and the areas left out said so.
//!
//! The ranking itself is `wages::ranking` (plain data in, plain data out); this command names
//! what was asked, keeps the numbers in its view, and draws bars only in the report, so any
//! renderer can draw the ranking from the same figures.

use crate::error::Result;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

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

impl WhereView {
    /// "metro and nonmetro areas", "states and territories", "metro and nonmetro areas of
    /// Illinois".
    fn among_phrase(&self) -> String {
        match (&self.among, &self.state) {
            (Among::States, _) => "states and territories".to_string(),
            (Among::MetrosOf(_), Some(state)) => {
                format!("metro and nonmetro areas of {}", state.label())
            }
            _ => "metro and nonmetro areas".to_string(),
        }
    }

    /// "Top 10 of 391 areas with published employment, most jobs first."
    fn count_line(&self, occupation: &OccupationAreas) -> String {
        let with = format!(
            "{} {}, {}",
            areas_count(occupation.ranked),
            with_published(self.by),
            order_phrase(self.by)
        );
        if occupation.ranked <= self.top {
            format!("All {with}.")
        } else {
            format!("Top {} of {with}.", self.top)
        }
    }

    /// "Left out: 37 areas where BLS did not release the employment; 1 area ... (Kankakee,
    /// IL)."
    fn left_out_line(&self, occupation: &OccupationAreas) -> Option<String> {
        if occupation.left_out.is_empty() {
            return None;
        }
        let noun = figure_noun(self.by);
        let object = figure_object(self.by);
        let parts: Vec<String> = occupation
            .left_out
            .iter()
            .map(|(reason, areas)| {
                let count = areas_count(areas.len());
                let why = match reason {
                    Reason::NotReleased => format!("where BLS did not release {object}"),
                    Reason::AboveTopCode => {
                        format!("whose {noun} is above BLS's top code, so not published")
                    }
                    Reason::NotPublished => format!("where BLS published no {noun}"),
                    Reason::NotInFile => {
                        format!("with no {noun}: the wage table in use has no column for it")
                    }
                    Reason::NoEstimate => {
                        "where BLS publishes no estimate for this occupation".to_string()
                    }
                };
                let named = if areas.len() <= NAMED_LEFT_OUT {
                    let names: Vec<String> = areas.iter().map(|a| a.short_label()).collect();
                    format!(" ({})", names.join("; "))
                } else {
                    String::new()
                };
                format!("{count} {why}{named}")
            })
            .collect();
        Some(format!(
            "Left out, never ranked as zero: {}.",
            parts.join("; ")
        ))
    }

    /// "11-9111 Medical and Health Services Managers is the occupation of Health information
    /// manager; Data quality manager, ... take its figures too."
    fn titles_line(occupation: &OccupationAreas) -> String {
        let names = |skip: Option<&str>| -> Vec<String> {
            occupation
                .titles
                .iter()
                .filter(|(_, name)| Some(name.as_str()) != skip)
                .map(|(_, name)| name.clone())
                .collect()
        };
        match &occupation.asked {
            Some(asked) => {
                let others = names(Some(asked));
                let mut text = format!("The BLS occupation of {asked}");
                match others.len() {
                    0 => {}
                    1 => text.push_str(&format!("; {} takes the same figures", others[0])),
                    _ => text.push_str(&format!("; {} take the same figures", and_list(&others))),
                }
                format!("{text}.")
            }
            None if occupation.titles.is_empty() => {
                "No title of the data takes this occupation's figures.".to_string()
            }
            None => {
                let names = names(None);
                let verb = if names.len() == 1 { "takes" } else { "take" };
                format!("{} {verb} this occupation's figures.", and_list(&names))
            }
        }
    }

    /// "United States as a whole: 597,080 jobs; median $123,860, 10th–90th percentile
    /// $73,390–$224,340."
    fn whole_line(&self, whole: &AreaFigures) -> String {
        let e = &whole.estimate;
        let mut figures = vec![match e.employment {
            Figure::Published(n) => format!("{} jobs", thousands(u64::from(n))),
            Figure::Unpublished(reason) => format!("jobs {}", reason.label()),
        }];
        if let Figure::Published(per) = e.jobs_per_1000 {
            figures.push(format!("{per} per 1,000"));
        }
        if let Figure::Published(lq) = e.location_quotient {
            figures.push(format!("LQ {lq}"));
        }
        let pay = match e.median {
            Figure::Published(_) => format!(
                "median {}, 10th–90th percentile {}",
                figure_text(e.median),
                estimate_range(e)
            ),
            Figure::Unpublished(reason) => format!("median {}", reason.label()),
        };
        format!(
            "{} as a whole: {}; {pay}.",
            whole.area.label(),
            figures.join(", ")
        )
    }

    /// The table of one occupation's areas: the ranked figure with its bar, the others plain.
    /// Counts too narrow for words show a dash, which `dash_note` explains.
    fn table(&self, occupation: &OccupationAreas) -> (Table, Option<String>) {
        let ranked_figure = |a: &AreaFigures| self.by.key(&a.estimate).value();
        let max = occupation.areas.iter().filter_map(ranked_figure).max();
        // The largest figure shown gets the longest bar, `BAR_WIDTH` characters.
        let bar = |value: u32| match max {
            Some(max) => crate::text::bar(value.saturating_mul(BAR_WIDTH), max),
            None => String::new(),
        };
        let texts: Vec<[String; 4]> = occupation
            .areas
            .iter()
            .map(|a| {
                let e = &a.estimate;
                [
                    count_text(e.employment.value().map(|n| thousands(u64::from(n)))),
                    count_text(e.jobs_per_1000.value().map(|d| d.to_string())),
                    count_text(e.location_quotient.value().map(|d| d.to_string())),
                    figure_text(e.median),
                ]
            })
            .collect();
        // The ranked figures padded to one width, so their bars start in one column.
        let ranked_column = match self.by {
            RankBy::Jobs => 0,
            RankBy::Concentration => 2,
            RankBy::Pay => 3,
        };
        let width = texts
            .iter()
            .map(|t| t[ranked_column].chars().count())
            .max()
            .unwrap_or(0);
        let mut table = Table::new(["Area", "Jobs", "Per\n1,000", "LQ", "Median\n10th–90th"]);
        for column in 1..=4 {
            if column != ranked_column + 1 {
                table = table.align_right(column);
            }
        }
        for (a, texts) in occupation.areas.iter().zip(texts) {
            let mut cells: Vec<Cell> = vec![
                Cell::lines(vec![area_text(&a.area), kind_text(&a.area).to_string()])
                    .tone(Tone::Strong),
            ];
            for (column, text) in texts.into_iter().enumerate() {
                let text = if column == ranked_column {
                    format!(
                        "{text:>width$} {}",
                        ranked_figure(a).map(bar).unwrap_or_default()
                    )
                } else {
                    text
                };
                cells.push(if column == 3 {
                    Cell::lines(vec![text, estimate_range(&a.estimate)])
                } else {
                    Cell::new(text)
                });
            }
            table.row(cells);
        }
        let legend = max.map(|max| {
            let longest = match self.by {
                RankBy::Jobs => format!("{} jobs", thousands(u64::from(max))),
                RankBy::Concentration => format!(
                    "{}; 1.00, the national share, is {}",
                    Decimal::new(max, Decimal::LOCATION_QUOTIENT_PLACES),
                    bar(100)
                ),
                RankBy::Pay => dollars(u64::from(max)),
            };
            format!("Bars are to one scale, the longest for {longest}.")
        });
        (table, legend)
    }

    /// What a dash in the count columns stands for, said of the reasons shown.
    fn dash_note(&self) -> Option<String> {
        let mut reasons: Vec<Reason> = Vec::new();
        for area in self.occupations.iter().flat_map(|o| &o.areas) {
            let e = &area.estimate;
            for reason in [
                e.employment.reason(),
                e.jobs_per_1000.reason(),
                e.location_quotient.reason(),
            ]
            .into_iter()
            .flatten()
            {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
        let what: Vec<String> = reasons
            .iter()
            .map(|reason| match reason {
                Reason::NotReleased => "BLS did not release".to_string(),
                Reason::NotPublished => "BLS did not publish".to_string(),
                Reason::AboveTopCode => "BLS withheld above its top code".to_string(),
                Reason::NotInFile => "the wage table in use has no column for".to_string(),
                Reason::NoEstimate => "BLS has no estimate for".to_string(),
            })
            .collect();
        match what.as_slice() {
            [] => None,
            [one] => Some(format!("A dash (—) is a figure {one}.")),
            many => Some(format!(
                "A dash (—) is a figure {} (`--format json` says which).",
                crate::text::or_list(many)
            )),
        }
    }

    /// Why a median or percentile shown is missing, once each.
    fn pay_reasons(&self) -> Vec<String> {
        let mut reasons: Vec<Reason> = Vec::new();
        for area in self.occupations.iter().flat_map(|o| &o.areas) {
            let e = &area.estimate;
            for reason in [e.median.reason(), e.p10.reason(), e.p90.reason()]
                .into_iter()
                .flatten()
            {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
        reasons
            .iter()
            .map(|r| format!("{}.", capitalized(r.explanation())))
            .collect()
    }

    /// The notes every format carries: what the figures are and how to read them.
    fn notes(&self) -> Vec<String> {
        let mut notes = vec![OCCUPATION_FIGURES.to_string(), COLUMNS_NOTE.to_string()];
        if !self.across_lines.is_empty()
            && let Some(state) = &self.state
        {
            notes.push(format!(
                "Metro areas that cross the {} state line are listed with all their jobs, on both sides of it: {}.",
                state.label(),
                self.across_lines.join("; ")
            ));
        }
        notes.extend(self.dash_note());
        notes.extend(self.pay_reasons());
        notes
    }
}

/// A count, or a dash where BLS gives none (`dash_note` says why).
fn count_text(text: Option<String>) -> String {
    text.unwrap_or_else(|| "—".to_string())
}

impl View for WhereView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title(format!("Where the jobs are: {}", self.subject));
        report.text(format!(
            "{} ranked {}.",
            capitalized(&self.among_phrase()),
            by_phrase(self.by)
        ));
        let (source_line, tone) = self.source.source_line();
        report.text_toned(source_line, tone);
        for occupation in &self.occupations {
            report.heading(format!("{} {}", occupation.soc, occupation.name));
            report.text(WhereView::titles_line(occupation));
            if let Some(whole) = &occupation.whole {
                report.text(self.whole_line(whole));
            }
            if occupation.areas.is_empty() {
                report.text(format!("No area has a published {}.", figure_noun(self.by)));
            } else {
                let (table, legend) = self.table(occupation);
                report.table(table);
                report.note(self.count_line(occupation));
                if let Some(legend) = legend {
                    report.note(legend);
                }
            }
            if let Some(line) = self.left_out_line(occupation) {
                report.note(line);
            }
        }
        report.heading("About these figures");
        for note in self.notes() {
            report.note(note);
        }
        // The table's short names, said where they are shown: JSON and CSV give the full ones.
        if self.among != Among::States {
            report.note(
                "Metro areas are named by their first place and their states; `--format json` gives BLS's full names.",
            );
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new([
            "soc",
            "occupation",
            "rank",
            "area_code",
            "area",
            "type",
            "kind",
            "employment",
            "jobs_per_1000",
            "location_quotient",
            "median",
            "p10",
            "p90",
            "unpublished",
            "ranked_by",
            "source",
            "period",
        ]);
        let period = self
            .source
            .period
            .map(|p| p.to_string())
            .unwrap_or_default();
        for occupation in &self.occupations {
            for area in &occupation.areas {
                let e = &area.estimate;
                let plain = |value: Option<String>| Cell::new(value.unwrap_or_default());
                let unpublished: Vec<String> = unpublished(e)
                    .iter()
                    .map(|(name, reason)| format!("{name}: {}", reason.label()))
                    .collect();
                table.row(vec![
                    Cell::new(occupation.soc.clone()),
                    Cell::new(occupation.name.clone()),
                    Cell::new(area.rank.to_string()),
                    Cell::new(area.area.code.clone()),
                    Cell::new(area.area.name.clone()),
                    Cell::new(area.area.kind.as_str()),
                    Cell::new(area.area.kind_label()),
                    plain(e.employment.value().map(|v| v.to_string())),
                    plain(e.jobs_per_1000.value().map(|v| v.to_string())),
                    plain(e.location_quotient.value().map(|v| v.to_string())),
                    plain(e.median.value().map(|v| v.to_string())),
                    plain(e.p10.value().map(|v| v.to_string())),
                    plain(e.p90.value().map(|v| v.to_string())),
                    Cell::new(unpublished.join("; ")),
                    Cell::new(self.by.id()),
                    Cell::new(self.source.id.clone()),
                    Cell::new(period.clone()),
                ]);
            }
        }
        let mut left_out = Table::new(["soc", "area_code", "area", "type", "left_out_because"]);
        for occupation in &self.occupations {
            for (reason, areas) in &occupation.left_out {
                for area in areas {
                    left_out.row(vec![
                        Cell::new(occupation.soc.clone()),
                        Cell::new(area.code.clone()),
                        Cell::new(area.name.clone()),
                        Cell::new(area.kind.as_str()),
                        Cell::new(reason.label()),
                    ]);
                }
            }
        }
        if left_out.is_empty() {
            vec![table]
        } else {
            vec![table, left_out]
        }
    }
}

/// The figures of an estimate BLS did not publish, by their JSON names, with why.
fn unpublished(e: &Estimate) -> Vec<(&'static str, Reason)> {
    [
        ("employment", e.employment.reason()),
        ("jobs_per_1000", e.jobs_per_1000.reason()),
        ("location_quotient", e.location_quotient.reason()),
        ("median", e.median.reason()),
        ("p10", e.p10.reason()),
        ("p90", e.p90.reason()),
    ]
    .into_iter()
    .filter_map(|(name, reason)| reason.map(|r| (name, r)))
    .collect()
}

impl Serialize for AreaFigures {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct AreaOut<'a> {
            code: &'a str,
            name: &'a str,
            #[serde(rename = "type")]
            kind: AreaKind,
            kind_label: &'static str,
        }
        let e = &self.estimate;
        let mut map = serializer.serialize_map(None)?;
        if self.rank > 0 {
            map.serialize_entry("rank", &self.rank)?;
        }
        map.serialize_entry(
            "area",
            &AreaOut {
                code: &self.area.code,
                name: self.area.label(),
                kind: self.area.kind,
                kind_label: self.area.kind_label(),
            },
        )?;
        map.serialize_entry("employment", &e.employment.value())?;
        map.serialize_entry("jobs_per_1000", &e.jobs_per_1000.value())?;
        map.serialize_entry("location_quotient", &e.location_quotient.value())?;
        map.serialize_entry("median", &e.median.value())?;
        map.serialize_entry("p10", &e.p10.value())?;
        map.serialize_entry("p90", &e.p90.value())?;
        let missing: std::collections::BTreeMap<&str, Reason> =
            unpublished(e).into_iter().collect();
        if !missing.is_empty() {
            map.serialize_entry("unpublished", &missing)?;
        }
        map.end()
    }
}

impl Serialize for WhereView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct TitleOut<'a> {
            id: &'a str,
            name: &'a str,
        }
        #[derive(Serialize)]
        struct OccupationOut<'a> {
            soc: &'a str,
            name: &'a str,
            titles: Vec<TitleOut<'a>>,
            /// How many areas have the figure ranked; `areas` holds the first `top`.
            ranked: usize,
            areas: &'a [AreaFigures],
            #[serde(skip_serializing_if = "Option::is_none")]
            whole: Option<&'a AreaFigures>,
        }
        #[derive(Serialize)]
        struct AreaRef<'a> {
            code: &'a str,
            name: &'a str,
            #[serde(rename = "type")]
            kind: AreaKind,
        }
        #[derive(Serialize)]
        struct LeftOutOut<'a> {
            soc: &'a str,
            reason: Reason,
            label: &'static str,
            count: usize,
            areas: Vec<AreaRef<'a>>,
        }
        #[derive(Serialize)]
        struct AmongOut<'a> {
            areas: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            state: Option<AreaRef<'a>>,
        }
        let occupations: Vec<OccupationOut<'_>> = self
            .occupations
            .iter()
            .map(|o| OccupationOut {
                soc: &o.soc,
                name: &o.name,
                titles: o
                    .titles
                    .iter()
                    .map(|(id, name)| TitleOut { id, name })
                    .collect(),
                ranked: o.ranked,
                areas: &o.areas,
                whole: o.whole.as_ref(),
            })
            .collect();
        let left_out: Vec<LeftOutOut<'_>> = self
            .occupations
            .iter()
            .flat_map(|o| {
                o.left_out.iter().map(|(reason, areas)| LeftOutOut {
                    soc: &o.soc,
                    reason: *reason,
                    label: reason.label(),
                    count: areas.len(),
                    areas: areas
                        .iter()
                        .map(|a| AreaRef {
                            code: &a.code,
                            name: &a.name,
                            kind: a.kind,
                        })
                        .collect(),
                })
            })
            .collect();
        let among = AmongOut {
            areas: match self.among {
                Among::Metros => "metros",
                Among::States => "states",
                Among::MetrosOf(_) => "metros-of-state",
            },
            state: self.state.as_ref().map(|s| AreaRef {
                code: &s.code,
                name: &s.name,
                kind: s.kind,
            }),
        };
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("subject", &self.subject)?;
        map.serialize_entry("by", self.by.id())?;
        map.serialize_entry("among", &among)?;
        map.serialize_entry("top", &self.top)?;
        map.serialize_entry("occupations", &occupations)?;
        map.serialize_entry("left_out", &left_out)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("notes", &self.notes())?;
        map.end()
    }
}
