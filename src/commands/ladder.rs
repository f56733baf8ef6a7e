//! `him ladder FIELD ...`: the career ladder of a field, entry to executive, from the titles'
//! levels and `leads_to` steps, with each title's typical credentials and current pay (BLS
//! OEWS median and 10th–90th percentile range), drawn one box per level; several fields side by
//! side.

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

impl Serialize for LadderView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("area", &self.area)?;
        map.serialize_entry("area_kind", self.area.kind_label())?;
        if let Some(note) = &self.area_note {
            map.serialize_entry("area_note", note)?;
        }
        if let Some(Some(edition)) = self.outlook_edition {
            map.serialize_entry("outlook_edition", &edition)?;
        }
        map.serialize_entry("fields", &self.ladders)?;
        map.serialize_entry("occupations", &self.occupations)?;
        map.serialize_entry("notes", &self.notes())?;
        map.end()
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

impl LadderView {
    /// "Title   $105,850 █████▎": the line a title starts with, after the rail.
    fn head_line(&self, rung: &Rung, side: u8) -> Line {
        let padding = self.name_width.saturating_sub(shown_width(&rung.name));
        let line = Line::new()
            .span("│ ", Tone::Muted)
            .span(rung.name.clone(), Tone::Strong)
            .plain(" ".repeat(padding + 2));
        match rung.pay.median {
            Figure::Published(value) => {
                let bar = self
                    .bar_unit
                    .map(|unit| bar(value, unit))
                    .unwrap_or_default();
                line.plain(format!(
                    "{:>width$} ",
                    figure_text(rung.pay.median),
                    width = self.median_width
                ))
                .span(bar, Tone::Side(side))
            }
            Figure::Unpublished(reason) => line.span(reason.label(), Tone::Muted),
        }
    }

    /// One level of a ladder as a box: its titles with pay, credentials and next steps.
    fn level_box(&self, ladder: &Ladder, index: usize, side: u8) -> Vec<Line> {
        let step = &ladder.levels[index];
        let rail = || {
            Line::new()
                .span("│ ", Tone::Muted)
                .hang("│     ", Tone::Muted)
        };
        let mut lines = Vec::new();
        if index > 0 {
            lines.push(Line::new().span("  ↓", Tone::Muted));
        }
        lines.push(
            Line::new()
                .span("┌─ ", Tone::Muted)
                .span(step.level.as_str().to_uppercase(), Tone::Strong),
        );
        if step.titles.is_empty() {
            lines.push(rail().span(
                format!("no {} title in the data", step.level.as_str()),
                Tone::Muted,
            ));
        }
        for rung in &step.titles {
            lines.push(self.head_line(rung, side));
            let mut detail = format!("  range {}", figure_range(rung.pay.p10, rung.pay.p90));
            if !rung.credential_names.is_empty() {
                detail.push_str(&format!(
                    " · credentials {}",
                    rung.credential_names.join(", ")
                ));
            }
            lines.push(rail().plain(detail));
            if let Some(projections) = &rung.outlook {
                lines.push(rail().plain(format!("  {}", self.outlook_text(projections))));
            }
            if rung.comes_from.is_empty() && step.level != Level::Entry {
                lines.push(rail().span("  no title in the data leads here", Tone::Muted));
            }
            if rung.edges.is_empty() {
                let end = if step.level == Level::Executive {
                    "  the top of the ladder"
                } else {
                    "  the data names no next step"
                };
                lines.push(rail().span(end, Tone::Muted));
                continue;
            }
            let mut line = rail().plain("  → ");
            for (i, edge) in rung.edges.iter().enumerate() {
                if i > 0 {
                    line = line.plain(", ");
                }
                line = line.plain(edge.name.clone());
                let mut marks = Vec::new();
                if let Some(field) = &edge.other_field {
                    marks.push(field.clone());
                }
                if edge.same_level {
                    marks.push("same level".to_string());
                } else if edge.lower_level {
                    marks.push("a level down".to_string());
                }
                if edge.same_figure {
                    marks.push("same figure".to_string());
                }
                if edge.lower_median.is_some() {
                    marks.push("lower BLS figure".to_string());
                }
                if !marks.is_empty() {
                    line = line.span(format!(" ({})", marks.join(", ")), Tone::Muted);
                }
            }
            lines.push(line);
            for edge in &rung.edges {
                if let Some(why) = &edge.lower_median {
                    lines.push(rail().plain(format!("    ↳ {}: {why}", edge.name)));
                }
            }
        }
        lines.push(Line::new().span("└─", Tone::Muted));
        lines
    }

    /// The widest line a title's name, median and bar make: side by side, a column must be at
    /// least this wide.
    fn min_column_width(&self) -> usize {
        self.ladders
            .iter()
            .flat_map(|l| l.levels.iter().flat_map(|s| &s.titles))
            .map(|r| unicode_width::UnicodeWidthStr::width(self.head_line(r, 0).text().as_str()))
            .max()
            .unwrap_or(0)
    }

    /// What the ladder's occupation codes mean for its figures, for each code its titles take:
    /// "One figure for A and B: 15-1211 Computer Systems Analysts." where more than one title of
    /// the ladder takes it, then "A shares its figure with C of another field." where titles of
    /// other fields, shown or not, take it too. The titles are grouped by code once for both.
    fn code_notes(&self, ladder: &Ladder) -> Vec<String> {
        let in_ladder: HashSet<&str> = rungs(std::slice::from_ref(ladder))
            .map(|r| r.id.as_str())
            .collect();
        let by_soc: HashMap<&str, &Occupation> = self
            .occupations
            .iter()
            .map(|o| (o.soc.as_str(), o))
            .collect();
        let mut shared = Vec::new();
        let mut cross_field = Vec::new();
        for (soc, group) in
            crate::domain::grouped(rungs(std::slice::from_ref(ladder)), |r| r.pay.soc.as_str())
        {
            let names: Vec<String> = group.iter().map(|r| r.name.clone()).collect();
            if names.len() > 1 {
                shared.push(one_figure_note(
                    &names,
                    soc,
                    group[0].pay.occupation.as_deref(),
                ));
            }
            let others: Vec<String> = by_soc
                .get(soc)
                .into_iter()
                .flat_map(|o| o.titles.iter().zip(&o.title_names))
                .filter(|(id, _)| !in_ladder.contains(id.as_str()))
                .map(|(_, name)| name.clone())
                .collect();
            if !others.is_empty() {
                let verb = if names.len() == 1 {
                    "shares its"
                } else {
                    "share their"
                };
                cross_field.push(format!(
                    "{} {verb} figure with {} of another field.",
                    and_list(&names),
                    and_list(&others)
                ));
            }
        }
        shared.extend(cross_field);
        shared
    }

    /// "outlook 2024–34: +9% · 34,200 openings a year · entry: bachelor's degree", what a
    /// rung says of its occupation's projections; a figure no source gives is not found.
    fn outlook_text(&self, projections: &[Projection]) -> String {
        let edition = match self.outlook_edition.flatten() {
            Some(edition) => format!("outlook {}", occupations::edition_label(edition)),
            None => "outlook".to_string(),
        };
        let Some(projection) = projections.first() else {
            return format!("{edition}: no figures found");
        };
        let growth = projection.growth.map_or_else(
            || "growth not found".to_string(),
            |g| format!("{}{g}%", if g > 0.0 { "+" } else { "" }),
        );
        let openings = projection.openings.map_or_else(
            || "openings not found".to_string(),
            |n| format!("{} openings a year", crate::text::thousands(u64::from(n))),
        );
        let education = projection.education.map_or_else(
            || "entry education not found".to_string(),
            |e| format!("entry: {}", e.label()),
        );
        format!("{edition}: {growth} · {openings} · {education}")
    }

    /// Where each occupation's outlook comes from: one line per occupation shown.
    fn outlook_sources(&self, catalog_citations: &[(String, String)]) -> Option<String> {
        let edition = self.outlook_edition?;
        if catalog_citations.is_empty() {
            return None;
        }
        let listed: Vec<String> = catalog_citations
            .iter()
            .map(|(soc, citation)| format!("{soc} ({citation})"))
            .collect();
        Some(format!(
            "Outlook: BLS Employment Projections, {} edition, growth over the decade, as given by: {}.",
            edition.map_or_else(|| "current".to_string(), occupations::edition_label),
            listed.join("; ")
        ))
    }

    /// What the figures mean, for every format.
    fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        notes.extend([
            "“same figure”: both titles take the figures of one occupation code, so these figures cannot show whether the step pays more.".to_string(),
            "“lower BLS figure”: the next title's occupation has a lower median than this one's; the two occupations are counted apart, so the figures cannot show a pay cut either. Levels and steps are the him editors' judgement.".to_string(),
        ]);
        notes.extend(self.outlook_sources(&self.outlook_citations));
        let mut reasons: Vec<Reason> = Vec::new();
        for rung in rungs(&self.ladders) {
            for figure in [rung.pay.median, rung.pay.p10, rung.pay.p90] {
                if let Figure::Unpublished(reason) = figure
                    && !reasons.contains(&reason)
                {
                    reasons.push(reason);
                }
            }
        }
        notes.extend(
            reasons
                .into_iter()
                .map(|r| format!("{}.", capitalized(r.explanation()))),
        );
        notes
    }
}

impl View for LadderView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let labels: Vec<String> = self.ladders.iter().map(|l| l.label.clone()).collect();
        report.title(match labels.len() {
            1 => format!("Career ladder: {}", labels[0]),
            _ => format!("Career ladders: {}", and_list(&labels)),
        });
        let place = match self.area.kind {
            AreaKind::National => "nationally".to_string(),
            _ => format!("in {}", self.area.described()),
        };
        let mut intro =
            format!("Entry to executive. Each title with the median pay of its occupation {place}");
        if let Some(unit) = self.bar_unit {
            intro.push_str(&format!(
                " (each █ is {})",
                crate::text::dollars(u64::from(unit))
            ));
        }
        intro.push_str(
            ", then its 10th–90th percentile range and typical credentials, then the titles it leads to.",
        );
        report.text(intro);
        if let Some(note) = &self.area_note {
            report.text_toned(note.clone(), Tone::Warn);
        }
        report.text(CLOSEST_OCCUPATION);
        let (source_line, tone) = self.source.source_line();
        report.text_toned(source_line, tone);
        let columns = self
            .ladders
            .iter()
            .enumerate()
            .map(|(side, ladder)| {
                let side = u8::try_from(side).unwrap_or(0);
                let mut rows = vec![vec![Block::Heading(ladder.label.clone())]];
                for index in 0..ladder.levels.len() {
                    rows.push(vec![Block::Diagram(self.level_box(ladder, index, side))]);
                }
                let notes: Vec<Block> = self
                    .code_notes(ladder)
                    .into_iter()
                    .map(Block::Note)
                    .collect();
                rows.push(notes);
                rows
            })
            .collect();
        report.blocks.push(Block::Columns(Columns {
            min_width: self.min_column_width(),
            columns,
        }));
        for note in self.notes() {
            report.note(note);
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new([
            "field",
            "level",
            "title_id",
            "title",
            "leads_to",
            "credentials",
            "soc",
            "occupation",
            "area_code",
            "area",
            "median",
            "p10",
            "p90",
            "unpublished",
            "source",
        ]);
        let number =
            |figure: Figure| Cell::new(figure.value().map(|v| v.to_string()).unwrap_or_default());
        for ladder in &self.ladders {
            for step in &ladder.levels {
                let lead = |cells: Vec<Cell>| {
                    let mut row =
                        vec![Cell::new(ladder.id.clone()), Cell::new(step.level.as_str())];
                    row.extend(cells);
                    row
                };
                if step.titles.is_empty() {
                    // A level without titles is a row too, so the CSV shows it is empty.
                    table.row(lead(vec![Cell::empty(); 13]));
                    continue;
                }
                for rung in &step.titles {
                    let unpublished: Vec<String> = [
                        ("median", rung.pay.median),
                        ("p10", rung.pay.p10),
                        ("p90", rung.pay.p90),
                    ]
                    .iter()
                    .filter_map(|(name, figure)| match figure {
                        Figure::Unpublished(reason) => Some(format!("{name}: {}", reason.label())),
                        Figure::Published(_) => None,
                    })
                    .collect();
                    table.row(lead(vec![
                        Cell::new(rung.id.clone()),
                        Cell::new(rung.name.clone()),
                        Cell::new(rung.leads_to.join(";")),
                        Cell::new(rung.credentials.join(";")),
                        Cell::new(rung.pay.soc.clone()),
                        Cell::new(rung.pay.occupation.clone().unwrap_or_default()),
                        Cell::new(self.area.code.clone()),
                        Cell::new(self.area.label()),
                        number(rung.pay.median),
                        number(rung.pay.p10),
                        number(rung.pay.p90),
                        Cell::new(unpublished.join("; ")),
                        Cell::new(self.source.id.clone()),
                    ]));
                }
            }
        }
        vec![table]
    }
}
