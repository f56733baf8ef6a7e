//! `him salary`: current BLS OEWS wages for every job title, by area or work setting, next to
//! the older figures the article quoted, in nominal dollars or in one year's dollars.

use crate::error::Result;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::catalog::Catalog;
use crate::data::Diagnostic;
use crate::data::Kind;
use crate::data::model::{Field, Level, Source, Status, Title};
use crate::data::period::{Date, Period};
use crate::domain::{Age, Context};
use crate::error::{DataError, Failure, UsageError};
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::{and_list, or_list};
use crate::text::{capitalized, dollars};
use crate::wages::{
    Area, AreaId, AreaKind, AreaQueryError, Estimate, Figure, Found, PriceIndex, Reason, Resolved,
    Setting, Unconvertible, WageTable, city_state,
};

/// What the user asked for, straight from the command line.
#[derive(Clone, Debug, Default)]
pub struct Request<'r> {
    pub field: Option<&'r str>,
    pub titles: &'r [String],
    pub areas: &'r [String],
    pub settings: &'r [Setting],
    /// Convert every figure to dollars of this year.
    pub real: Option<u16>,
}

/// What every figure of a title stands for, said once wherever titles' figures are shown.
pub const CLOSEST_OCCUPATION: &str = "BLS publishes pay by occupation and area, not by job title or years of experience: each title shows the figures of its closest BLS occupation (the him editors' choice), for everyone in that occupation, beginners and veterans alike. The 10th–90th percentile range shows how far pay spreads around the median.";

/// The longest a bar gets, in characters.
const BAR_WIDTH: u32 = 12;

pub struct SalaryView {
    today: Date,
    stale_after_years: u16,
    source: SourceInfo,
    dollars: Dollars,
    scopes: Vec<Scope>,
    fields: Vec<FieldPay>,
    /// Dollars per full bar character, when bars are drawn (one scope).
    bar_unit: Option<u32>,
}

/// A source as the wage commands cite it: in short, in full, and with the age of its figures.
#[derive(Clone, Debug, Serialize)]
pub struct SourceInfo {
    pub id: String,
    /// "U.S. Bureau of Labor Statistics, May 2025".
    citation: String,
    #[serde(skip)]
    publisher: String,
    #[serde(skip)]
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    age: Option<Age>,
    /// The user's file the figures are read from (`him import` writes one); absent for the
    /// built-in data.
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<String>,
}

impl SourceInfo {
    pub fn of(ctx: &Context<'_>, id: &str) -> SourceInfo {
        let source: Option<&Source> = ctx.catalog.source(id);
        SourceInfo {
            id: id.to_string(),
            citation: super::profile::cite(ctx.catalog, id),
            publisher: source.map_or_else(String::new, |s| s.publisher.clone()),
            title: source.map_or_else(|| id.to_string(), |s| s.title.clone()),
            period: source.and_then(|s| s.period),
            age: source.and_then(|s| s.period).map(|p| ctx.age(p)),
            file: None,
        }
    }

    /// The source of the table file `name` (`WAGES_FILE`, `PRICES_FILE`), saying so when the
    /// figures come from the user's own file rather than the built-in data.
    pub fn of_table(ctx: &Context<'_>, id: &str, name: &str) -> SourceInfo {
        let mut info = SourceInfo::of(ctx, id);
        if let crate::data::Origin::User(path) = ctx.wages.origin(name) {
            info.file = Some(path.display().to_string());
        }
        info
    }

    fn stale_marker(&self) -> Option<String> {
        self.age.and_then(|a| a.stale_marker())
    }

    /// "Source: U.S. Bureau of Labor Statistics, ..., May 2025; figures 1 year 6 months old as
    /// of 2026-11-25.", in the warning tone when the figures are stale.
    pub fn source_line(&self) -> (String, Tone) {
        let mut line = format!("Source: {}", self.citation_long());
        if let Some(file) = &self.file {
            line.push_str(&format!(", from your file {file}"));
        }
        if let Some(age) = self.age {
            line.push_str(&format!("; figures {}", age.old_as_of()));
        }
        match self.stale_marker() {
            Some(stale) => (format!("{line} ({stale})."), Tone::Warn),
            None => (format!("{line}."), Tone::Muted),
        }
    }

    /// "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS),
    /// May 2025": the publisher, the title, and the period unless the title says it.
    fn citation_long(&self) -> String {
        let mut text = format!("{}, {}", self.publisher, self.title);
        if let Some(period) = self.period.map(|p| p.human())
            && !self.title.contains(&period)
        {
            text.push_str(&format!(", {period}"));
        }
        text
    }
}

/// Nominal dollars (each figure as published), or dollars of one year.
#[derive(Clone, Debug)]
enum Dollars {
    Nominal,
    Real {
        year: u16,
        cpi: f64,
        source: SourceInfo,
        prices: Box<PriceIndex>,
        /// A conversion the index could not make (a result beyond any figure), kept to refuse
        /// the whole query rather than print a wrong figure.
        refused: std::cell::Cell<Option<Unconvertible>>,
    },
}

impl Dollars {
    /// A figure of `period`, converted when asked.
    fn money(&self, figure: Figure, period: Option<Period>) -> Money {
        let real = match self {
            Dollars::Nominal => Real::NotAsked,
            Dollars::Real {
                year,
                prices,
                refused,
                ..
            } => match (figure, period) {
                (Figure::Published(value), Some(period)) => {
                    match prices.convert(value, period.reference().year, *year) {
                        Ok(converted) => Real::Converted(converted),
                        Err(Unconvertible::NoIndex(from)) => Real::NoIndex(from),
                        Err(too_large) => {
                            refused.set(Some(too_large));
                            Real::NoIndex(period.reference().year)
                        }
                    }
                }
                (Figure::Published(_), None) => Real::NoIndex(0),
                (Figure::Unpublished(_), _) => Real::Unpublished,
            },
        };
        Money {
            nominal: figure,
            real,
        }
    }

    /// "2025 dollars" or "nominal dollars".
    fn label(&self) -> String {
        match self {
            Dollars::Nominal => "nominal dollars".to_string(),
            Dollars::Real { year, .. } => format!("{year} dollars"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Real {
    NotAsked,
    Converted(u32),
    Unpublished,
    /// The figure's year has no CPI annual average.
    NoIndex(u16),
}

/// A dollar figure as published, and in the asked year's dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Money {
    nominal: Figure,
    real: Real,
}

impl Money {
    /// The value shown and compared: real when asked (and possible), else nominal.
    fn shown(&self) -> Option<u32> {
        match self.real {
            Real::Converted(value) => Some(value),
            _ => self.nominal.value(),
        }
    }

    fn text(&self) -> String {
        match (self.nominal, self.real) {
            (Figure::Unpublished(reason), _) => reason.label().to_string(),
            (Figure::Published(_), Real::Converted(value)) => dollars(u64::from(value)),
            (Figure::Published(value), Real::NoIndex(_)) => {
                format!("{} (nominal)", dollars(u64::from(value)))
            }
            (Figure::Published(value), _) => dollars(u64::from(value)),
        }
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("nominal", &self.nominal.value())?;
        match self.real {
            Real::NotAsked => {}
            Real::Converted(value) => map.serialize_entry("real", &value)?,
            Real::Unpublished | Real::NoIndex(_) => {
                map.serialize_entry("real", &Option::<u32>::None)?
            }
        }
        if let Figure::Unpublished(reason) = self.nominal {
            map.serialize_entry("unpublished", &reason)?;
        }
        map.end()
    }
}

/// Where figures are for: an area in all industries, or the nation in one work setting.
#[derive(Clone, Debug, Serialize)]
struct Scope {
    /// The area in the wage table the scopes were made from.
    #[serde(skip)]
    id: AreaId,
    area: Area,
    /// What the area is, in words: "state", "metro area", "nation".
    area_kind: &'static str,
    /// What the person typed for the area, and what him says about how it read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    area_note: Option<String>,
    setting: Setting,
    /// Columns are work settings (`--setting`): "All industries" then names the national one.
    #[serde(skip)]
    by_setting: bool,
}

impl Scope {
    fn label(&self) -> String {
        match self.setting {
            Setting::All if !self.by_setting => self.area.label().to_string(),
            setting => setting.name().to_string(),
        }
    }

    /// The short label with what the area is: "Chicago, IL-IN (metro area)", "Illinois
    /// (state)"; work settings as they are.
    fn titled(&self) -> String {
        match self.setting {
            Setting::All if !self.by_setting => {
                let short = self.short_label();
                if short.ends_with(self.area_kind) {
                    short
                } else {
                    format!("{short} ({})", self.area_kind)
                }
            }
            _ => self.short_label(),
        }
    }

    /// A column header: "Chicago, IL-IN" for "Chicago-Naperville-Elgin, IL-IN", "Hospitals".
    fn short_label(&self) -> String {
        match self.setting {
            Setting::All if !self.by_setting && self.area.kind == AreaKind::Metro => {
                match self.area.name.split_once(", ") {
                    Some((places, states)) => {
                        let first = places.split('-').next().unwrap_or(places);
                        format!("{first}, {states}")
                    }
                    None => self.area.name.clone(),
                }
            }
            Setting::All if !self.by_setting => self.area.label().to_string(),
            setting => setting.short_name().to_string(),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
struct Wages {
    /// The area's code and the setting's id, so each entry says what it is for.
    area: String,
    setting: &'static str,
    employment: Option<u32>,
    p10: Money,
    p25: Money,
    median: Money,
    p75: Money,
    p90: Money,
}

#[derive(Clone, Debug, Serialize)]
struct OlderPay {
    median: Money,
    period: Period,
    source: String,
    citation: String,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    applies_to: Option<String>,
    #[serde(flatten)]
    age: Age,
}

#[derive(Clone, Debug, Serialize)]
struct TitlePay {
    id: String,
    name: String,
    level: Level,
    soc: String,
    /// The BLS occupation the figures are for; `None` when the table lacks the code.
    occupation: Option<String>,
    wages: Vec<Wages>,
    older: Vec<OlderPay>,
}

#[derive(Clone, Debug, Serialize)]
struct MedianRange {
    low: Money,
    high: Money,
    /// Titles of the field with no published median in this scope.
    without_median: usize,
}

#[derive(Clone, Debug, Serialize)]
struct FieldPay {
    id: String,
    name: String,
    #[serde(skip)]
    label: String,
    /// Per scope, the lowest and highest median of the field's titles (`null` when none is
    /// published).
    median_range: Vec<Option<MedianRange>>,
    titles: Vec<TitlePay>,
    /// The occupation codes of the titles shown, each with its titles: titles of one code show
    /// one figure.
    occupations: Vec<OccupationGroup>,
}

#[derive(Clone, Debug, Serialize)]
struct OccupationGroup {
    soc: String,
    name: Option<String>,
    /// Ids of the titles shown that take this occupation's figures.
    titles: Vec<String>,
    #[serde(skip)]
    title_names: Vec<String>,
}

/// The titles of the data that share `soc`, in file order.
pub fn titles_sharing<'a>(catalog: &'a Catalog, soc: &str) -> Vec<&'a Title> {
    catalog
        .data
        .titles()
        .iter()
        .filter(|t| t.soc == soc)
        .collect()
}

/// A figure as a person reads it: "$105,850", or why BLS gives none.
pub fn figure_text(figure: Figure) -> String {
    match figure {
        Figure::Published(value) => dollars(u64::from(value)),
        Figure::Unpublished(reason) => reason.label().to_string(),
    }
}

/// "$67,340–$167,710"; an end BLS did not publish is named as such.
fn range_text(low: &Money, high: &Money) -> String {
    match (low.nominal, high.nominal) {
        (Figure::Unpublished(a), Figure::Unpublished(b)) if a == b => a.label().to_string(),
        _ => format!("{}–{}", low.text(), high.text()),
    }
}

/// The 10th–90th percentile range of an estimate, for profiles: "$67,340–$167,710".
pub fn estimate_range(estimate: &Estimate) -> String {
    figure_range(estimate.p10, estimate.p90)
}

/// Two figures as a range in current dollars: "$67,340–$167,710"; one reason when BLS
/// published neither end for the same reason.
pub fn figure_range(low: Figure, high: Figure) -> String {
    range_text(
        &Dollars::Nominal.money(low, None),
        &Dollars::Nominal.money(high, None),
    )
}

pub fn query(ctx: &Context<'_>, request: &Request<'_>) -> Result<SalaryView> {
    let catalog = ctx.catalog;
    // Without --area every figure is national, and the national rows are read alone.
    let table = if request.areas.is_empty() {
        ctx.national_wages()?
    } else {
        ctx.wage_table()?
    };
    let titles = chosen_titles(catalog, request)?;
    let scopes = scopes(catalog, table, request)?;
    let source = SourceInfo::of_table(ctx, &table.source, crate::wages::WAGES_FILE);
    let dollars = match request.real {
        None => Dollars::Nominal,
        Some(year) => {
            let prices = ctx.price_index()?;
            let Some(cpi) = prices.annual(year) else {
                return Err(UsageError::new(format!(
                    "the CPI-U has no annual average for {year}, so figures cannot be put in {year} dollars"
                ))
                .with_hint(format!(
                    "--real takes a year with an annual average: {}",
                    prices.years()
                ))
                .into());
            };
            Dollars::Real {
                year,
                cpi,
                source: SourceInfo::of_table(ctx, &prices.source, crate::wages::PRICES_FILE),
                prices: Box::new(prices.clone()),
                refused: std::cell::Cell::new(None),
            }
        }
    };
    let mut fields: Vec<FieldPay> = Vec::new();
    for field in catalog.data.fields() {
        let mut of_field: Vec<&Title> = titles
            .iter()
            .copied()
            .filter(|t| t.field == field.id)
            .collect();
        if of_field.is_empty() {
            continue;
        }
        of_field.sort_by_key(|t| t.level);
        fields.push(field_pay(
            ctx, table, field, &of_field, &scopes, &source, &dollars,
        ));
    }
    if let Dollars::Real {
        refused, prices, ..
    } = &dollars
        && let Some(problem) = refused.get()
    {
        return Err(DataError::new(vec![Diagnostic::file_level(
            ctx.wages.prices_path(),
            prices.explain(problem),
            Some(
                "check the index values of those years (`him check`), or leave out --real"
                    .to_string(),
            ),
        )])
        .into());
    }
    let bar_unit = (scopes.len() == 1)
        .then(|| {
            fields
                .iter()
                .flat_map(|f| &f.titles)
                .filter_map(|t| t.wages[0].median.shown())
                .max()
                .map(bar_unit)
        })
        .flatten();
    Ok(SalaryView {
        today: ctx.today,
        stale_after_years: ctx.stale_after_years,
        source,
        dollars,
        scopes,
        fields,
        bar_unit,
    })
}

/// The titles to show: all, those of `--field`, or those named by `--title`.
fn chosen_titles<'a>(catalog: &'a Catalog, request: &Request<'_>) -> Result<Vec<&'a Title>> {
    let field = match request.field {
        Some(name) => {
            let entity = catalog.resolve(name, &[Kind::Field])?;
            Some(&catalog.data.fields()[entity.index])
        }
        None => None,
    };
    if request.titles.is_empty() {
        return Ok(catalog
            .data
            .titles()
            .iter()
            .filter(|t| field.is_none_or(|f| f.id == t.field))
            .collect());
    }
    let mut chosen: Vec<&Title> = Vec::new();
    for name in request.titles {
        let entity = catalog.resolve(name, &[Kind::Title])?;
        let title = &catalog.data.titles()[entity.index];
        if let Some(field) = field
            && title.field != field.id
        {
            return Err(UsageError::new(format!(
                "`{}` is a title of {}, not of {}",
                title.name,
                catalog.name_of(Kind::Field, &title.field),
                field.name
            ))
            .with_hint("drop --field, or name titles of that field")
            .into());
        }
        if !chosen.iter().any(|t| t.id == title.id) {
            chosen.push(title);
        }
    }
    Ok(chosen)
}

/// The columns of figures: each `--area` (all industries), or each `--setting` (national).
fn scopes(catalog: &Catalog, table: &WageTable, request: &Request<'_>) -> Result<Vec<Scope>> {
    let mut areas: Vec<AreaId> = Vec::new();
    let mut asked: Vec<(String, Option<String>)> = Vec::new();
    for query in request.areas {
        let resolved = find_area(catalog, table, query)?;
        if !areas.contains(&resolved.id) {
            areas.push(resolved.id);
            asked.push((query.clone(), area_note(table, query, &resolved)));
        }
    }
    if areas.is_empty() {
        let national = table.national().ok_or_else(|| {
            UsageError::new("the wage table has no national figures")
                .with_hint("name an area with --area")
        })?;
        areas.push(national);
    }
    let by_setting = !request.settings.is_empty();
    let mut settings: Vec<Setting> = Vec::new();
    for &setting in request.settings {
        if !settings.contains(&setting) {
            settings.push(setting);
        }
    }
    if settings.is_empty() {
        settings.push(Setting::All);
    } else if let Some(&local) = areas
        .iter()
        .find(|&&a| table.area(a).kind != AreaKind::National)
    {
        return Err(UsageError::new(format!(
            "--setting cannot be combined with --area {}: BLS publishes wages by work setting for the nation only",
            table.area(local).label()
        ))
        .with_hint("drop --area (or use --area national) to see work settings; drop --setting to see the area")
        .into());
    }
    let mut scopes = Vec::new();
    for (i, &area) in areas.iter().enumerate() {
        let (query, area_note) = asked.get(i).cloned().unzip();
        for &setting in &settings {
            scopes.push(Scope {
                id: area,
                area: table.area(area).clone(),
                area_kind: table.area(area).kind_label(),
                query: query.clone(),
                area_note: area_note.clone().flatten(),
                setting,
                by_setting,
            });
        }
    }
    Ok(scopes)
}

/// The area `--area` names and how it was read, or a usage error with the candidates.
pub fn find_area(catalog: &Catalog, table: &WageTable, query: &str) -> Result<Resolved> {
    table
        .resolve_area(catalog.data.areas(), query)
        .map_err(|why| area_error(table, query, why))
}

/// What a person should know about how their `--area` was read, when it may not be what they
/// meant: a state that is also a metro area's name, a name from `areas.toml`.
pub fn area_note(table: &WageTable, query: &str, resolved: &Resolved) -> Option<String> {
    let area = table.area(resolved.id);
    match &resolved.found {
        Found::StateName => resolved.metro_also.map(|metro| {
            let metro = table.area(metro);
            format!(
                "`{query}` is taken as the state, {}; for the metro area {}, type --area \"{}\".",
                area.described(),
                metro.name,
                city_state(&metro.name)
            )
        }),
        Found::AreaName { note, .. } => {
            let mut text = format!("`{query}` is {}.", area.described());
            if let Some(note) = note {
                text.push_str(&format!(" {note}"));
            }
            Some(text)
        }
        _ => None,
    }
}

fn area_error(table: &WageTable, query: &str, why: AreaQueryError) -> Failure {
    let error = match why {
        AreaQueryError::Empty => UsageError::new("an empty --area names no area")
            .with_hint("name a state (`illinois`, `il`), a city (`chicago`, `\"chicago, il\"`), a metro area or `national`"),
        AreaQueryError::Unknown { suggestions } => {
            let hint = if suggestions.is_empty() {
                "name a state (`illinois`, `il`), a city (`chicago`, `\"chicago, il\"`), part of a metro area's name or `national`; `him salary --list-areas` lists every area".to_string()
            } else {
                let quoted: Vec<String> = suggestions.iter().map(|s| format!("`{s}`")).collect();
                format!("did you mean {}?", or_list(&quoted))
            };
            UsageError::new(format!("no state or metro area matches `{query}`")).with_hint(hint)
        }
        AreaQueryError::Ambiguous { matches, by_city } => {
            const SHOWN: usize = 12;
            let areas: Vec<&Area> = matches.iter().map(|&id| table.area(id)).collect();
            let mut listed: Vec<String> = areas
                .iter()
                .take(SHOWN)
                .map(|a| format!("  {}", a.described()))
                .collect();
            if matches.len() > SHOWN {
                listed.push(format!("  ... and {} more", matches.len() - SHOWN));
            }
            let hint = if by_city {
                // An example that starts with what was typed: "Springfield, IL", not "Eugene, OR".
                let typed = crate::wages::place_words(query).join(" ");
                let example = areas
                    .iter()
                    .map(|a| city_state(&a.name))
                    .find(|short| crate::wages::place_words(short).join(" ").starts_with(&typed))
                    .unwrap_or_else(|| city_state(&areas[0].name));
                format!("add the state, e.g. --area \"{example}\"")
            } else {
                format!(
                    "give more of the name, e.g. --area \"{}\"; `him salary --list-areas {query}` lists them with their codes",
                    areas[0].name
                )
            };
            UsageError::new(format!(
                "`{query}` matches {} areas:\n{}",
                matches.len(),
                listed.join("\n")
            ))
            .with_hint(hint)
        }
    };
    error.into()
}

fn field_pay(
    ctx: &Context<'_>,
    table: &WageTable,
    field: &Field,
    titles: &[&Title],
    scopes: &[Scope],
    source: &SourceInfo,
    dollars: &Dollars,
) -> FieldPay {
    let catalog = ctx.catalog;
    let mut pays: Vec<TitlePay> = Vec::new();
    for title in titles {
        let wages = scopes
            .iter()
            .map(|scope| {
                let estimate = table
                    .estimate(&title.soc, scope.id, scope.setting)
                    .copied()
                    .unwrap_or_else(Estimate::none);
                let money = |figure| dollars.money(figure, source.period);
                Wages {
                    area: scope.area.code.clone(),
                    setting: scope.setting.id(),
                    employment: estimate.employment.value(),
                    p10: money(estimate.p10),
                    p25: money(estimate.p25),
                    median: money(estimate.median),
                    p75: money(estimate.p75),
                    p90: money(estimate.p90),
                }
            })
            .collect();
        let older = title
            .pay
            .iter()
            .map(|pay| OlderPay {
                median: dollars.money(Figure::Published(pay.median), Some(pay.period)),
                period: pay.period,
                source: pay.source.clone(),
                citation: super::profile::citation(catalog, &pay.source, pay.status),
                status: pay.status,
                applies_to: pay.applies_to.clone(),
                age: ctx.age(pay.period),
            })
            .collect();
        pays.push(TitlePay {
            id: title.id.clone(),
            name: title.name.clone(),
            level: title.level,
            soc: title.soc.clone(),
            occupation: table.occupation(&title.soc).map(|o| o.name.clone()),
            wages,
            older,
        });
    }
    let median_range = (0..scopes.len())
        .map(|i| {
            let medians: Vec<Money> = pays
                .iter()
                .map(|p| p.wages[i].median)
                .filter(|m| m.shown().is_some())
                .collect();
            let low = medians.iter().min_by_key(|m| m.shown())?;
            let high = medians.iter().max_by_key(|m| m.shown())?;
            Some(MedianRange {
                low: *low,
                high: *high,
                without_median: pays.len() - medians.len(),
            })
        })
        .collect();
    let occupations = crate::domain::grouped(&pays, |pay| pay.soc.as_str())
        .into_iter()
        .map(|(soc, group)| OccupationGroup {
            soc: soc.to_string(),
            name: group[0].occupation.clone(),
            titles: group.iter().map(|pay| pay.id.clone()).collect(),
            title_names: group.iter().map(|pay| pay.name.clone()).collect(),
        })
        .collect();
    FieldPay {
        id: field.id.clone(),
        name: field.name.clone(),
        label: crate::data::model::Named::label(field),
        median_range,
        titles: pays,
        occupations,
    }
}

/// Dollars per full bar character: a round amount (1, 2, 2.5 or 5 times a power of ten) that
/// keeps the longest bar within `BAR_WIDTH`.
pub fn bar_unit(max: u32) -> u32 {
    let mut power: u32 = 1;
    loop {
        for step in [10, 20, 25, 50] {
            let unit = power.saturating_mul(step) / 10;
            if unit > 0 && max.div_ceil(unit) <= BAR_WIDTH {
                return unit;
            }
        }
        if power > u32::MAX / 10 {
            return u32::MAX;
        }
        power *= 10;
    }
}

/// A bar of `value / unit` characters, to the eighth.
pub fn bar(value: u32, unit: u32) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = (u64::from(value) * 8 + u64::from(unit) / 2) / u64::from(unit.max(1));
    let full = usize::try_from(eighths / 8).unwrap_or(0);
    let part = usize::try_from(eighths % 8).unwrap_or(0);
    format!("{}{}", "█".repeat(full), PARTS[part])
}

impl SalaryView {
    fn is_real(&self) -> bool {
        matches!(self.dollars, Dollars::Real { .. })
    }

    /// What the tables are for: "Illinois · Chicago, IL-IN, all industries".
    fn scope_phrase(&self) -> String {
        if self.scopes.iter().any(|s| s.by_setting) {
            return "United States (nation) by work setting".to_string();
        }
        let areas: Vec<String> = self.scopes.iter().map(Scope::titled).collect();
        format!("{}, all industries", areas.join(" · "))
    }

    /// Why any figure shown is missing, once each.
    fn reasons_shown(&self) -> Vec<Reason> {
        let mut reasons = Vec::new();
        for wages in self
            .fields
            .iter()
            .flat_map(|f| &f.titles)
            .flat_map(|t| &t.wages)
        {
            for money in [&wages.p10, &wages.median, &wages.p90] {
                if let Figure::Unpublished(reason) = money.nominal
                    && !reasons.contains(&reason)
                {
                    reasons.push(reason);
                }
            }
        }
        reasons
    }

    fn older_figures(&self) -> Vec<(&TitlePay, &OlderPay)> {
        self.fields
            .iter()
            .flat_map(|f| &f.titles)
            .flat_map(|t| t.older.iter().map(move |o| (t, o)))
            .collect()
    }

    /// How to read the table: the bars' scale, the cells of several scopes, short names.
    fn legend(&self) -> Vec<String> {
        let mut legend = Vec::new();
        if let Some(unit) = self.bar_unit {
            legend.push(format!(
                "Bars show the medians to one scale: each █ is {}.",
                dollars(u64::from(unit))
            ));
        }
        if self.scopes.len() > 1 {
            legend.push(
                "Each cell gives the median and, under it, the 10th–90th percentile range."
                    .to_string(),
            );
            for scope in &self.scopes {
                if scope.short_label() != scope.label() {
                    legend.push(format!("{} is {}.", scope.short_label(), scope.label()));
                }
            }
        }
        legend
    }

    /// What the figures mean, for every format: the reasons figures are missing, what a title's
    /// figure stands for, how dollars were converted. (Shared codes go under each field.)
    /// How each `--area` was read, when the person should know: said first.
    fn area_notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        for note in self.scopes.iter().filter_map(|s| s.area_note.as_ref()) {
            if !notes.contains(note) {
                notes.push(note.clone());
            }
        }
        notes
    }

    fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        if let Dollars::Real {
            year, cpi, source, ..
        } = &self.dollars
        {
            notes.push(format!(
                "In {year} dollars: each figure × the CPI-U annual average of {year} ({cpi}) / that of the figure's own year, rounded to the dollar. Index: {}, {}{}. BLS cannot vouch for figures derived from its data.",
                source.publisher,
                source.title,
                source
                    .file
                    .as_ref()
                    .map_or_else(String::new, |file| format!(", from your file {file}"))
            ));
        }
        for reason in self.reasons_shown() {
            notes.push(format!("{}.", capitalized(reason.explanation())));
        }
        notes
    }

    fn mixed_note(&self) -> Option<String> {
        let older = self.older_figures();
        if older.is_empty() {
            return None;
        }
        let mut cited: Vec<&str> = vec![self.source.citation.as_str()];
        for (_, pay) in &older {
            if !cited.contains(&pay.citation.as_str()) {
                cited.push(&pay.citation);
            }
        }
        Some(format!(
            "These figures come from different sources and years ({}): they are not measured the same way, so read differences between them and the BLS OEWS figures with care.",
            cited.join("; ")
        ))
    }

    /// "15-1211 Computer Systems Analysts: Health informatics specialist, Systems analyst ...
    /// share one figure", one line per occupation code of the field.
    fn occupation_notes(field: &FieldPay) -> Vec<String> {
        field
            .occupations
            .iter()
            .map(|group| {
                let occupation = group.name.as_deref().unwrap_or("not in the wage table");
                let shared = match group.title_names.len() {
                    1 => String::new(),
                    2 => " (both share one figure)".to_string(),
                    n => format!(" (all {n} share one figure)"),
                };
                format!(
                    "{} {occupation}: {}{shared}",
                    group.soc,
                    and_list(&group.title_names)
                )
            })
            .collect()
    }
}

impl Serialize for SalaryView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(tag = "basis", rename_all = "lowercase")]
        enum DollarsOut<'a> {
            Nominal,
            Real {
                year: u16,
                cpi: f64,
                source: &'a SourceInfo,
            },
        }
        let dollars = match &self.dollars {
            Dollars::Nominal => DollarsOut::Nominal,
            Dollars::Real {
                year, cpi, source, ..
            } => DollarsOut::Real {
                year: *year,
                cpi: *cpi,
                source,
            },
        };
        let mut notes = self.area_notes();
        notes.extend(self.notes());
        notes.push(CLOSEST_OCCUPATION.to_string());
        notes.extend(self.mixed_note());
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("today", &self.today.to_string())?;
        map.serialize_entry("stale_after_years", &self.stale_after_years)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("dollars", &dollars)?;
        map.serialize_entry("scopes", &self.scopes)?;
        map.serialize_entry("fields", &self.fields)?;
        map.serialize_entry("notes", &notes)?;
        map.end()
    }
}

impl View for SalaryView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let basis = match &self.dollars {
            Dollars::Nominal => String::new(),
            Dollars::Real { year, .. } => format!(" (in {year} dollars)"),
        };
        report.title(format!(
            "Annual pay by job title: {}{basis}",
            self.scope_phrase()
        ));
        for note in self.area_notes() {
            report.text_toned(note, Tone::Warn);
        }
        let (source_line, tone) = self.source.source_line();
        report.text_toned(source_line, tone);
        // Said once, before any title's figure: what a title's figure is and is not.
        report.text(CLOSEST_OCCUPATION);
        let legend = self.legend();
        if self.scopes.len() > 1 {
            report.text(legend.join(" "));
        }
        let single = self.scopes.len() == 1;
        for field in &self.fields {
            report.heading(field.label.clone());
            if field.titles.len() > 1 {
                report.text(self.median_summary(field));
            }
            report.table(self.field_table(field, single));
            for note in SalaryView::occupation_notes(field) {
                report.note(note);
            }
        }
        let older = self.older_figures();
        if !older.is_empty() {
            report.heading("Older figures (history, as the article quoted them)");
            let mut header = vec!["Title".to_string()];
            match &self.dollars {
                Dollars::Nominal => header.push("Median".to_string()),
                Dollars::Real { year, .. } => {
                    header.push("Median as\npublished".to_string());
                    header.push(format!("In {year}\ndollars"));
                }
            }
            header.extend(["Source".to_string(), format!("Age as of\n{}", self.today)]);
            let mut table = Table::new(header).align_right(1);
            if self.is_real() {
                table = table.align_right(2);
            }
            for &(title, pay) in &older {
                let mut cells = vec![
                    Cell::new(title.name.clone()).tone(Tone::Strong),
                    Cell::new(figure_text(pay.median.nominal)),
                ];
                if self.is_real() {
                    cells.push(Cell::new(pay.median.text()));
                }
                cells.push(Cell::new(pay.citation.clone()));
                cells.push(if pay.age.stale {
                    Cell::new(format!("{}, stale", pay.age.label())).tone(Tone::Warn)
                } else {
                    Cell::new(pay.age.label())
                });
                table.row(cells);
            }
            report.table(table);
            for (title, pay) in &older {
                if let Some(group) = &pay.applies_to {
                    report.note(format!("{}: the figure is for {group}.", title.name));
                }
            }
            if older.iter().any(|(_, pay)| pay.age.stale) {
                report.note(format!(
                    "Stale means older than {} (--stale-after YEARS sets the threshold).",
                    crate::domain::years(self.stale_after_years)
                ));
            }
            if let Some(note) = self.mixed_note() {
                report.note(note);
            }
        }
        if self.scopes.len() == 1 {
            for line in legend {
                report.note(line);
            }
        }
        for note in self.notes() {
            report.note(note);
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let real = self.is_real();
        let mut header: Vec<String> = [
            "field",
            "title_id",
            "title",
            "soc",
            "occupation",
            "area_code",
            "area",
            "setting",
            "employment",
            "p10",
            "p25",
            "median",
            "p75",
            "p90",
        ]
        .map(str::to_string)
        .to_vec();
        if let Dollars::Real { year, .. } = &self.dollars {
            for name in ["p10", "p25", "median", "p75", "p90"] {
                header.push(format!("{name}_{year}_dollars"));
            }
        }
        header.extend(["unpublished", "source", "period"].map(str::to_string));
        let mut table = Table::new(header);
        let number =
            |value: Option<u32>| Cell::new(value.map(|v| v.to_string()).unwrap_or_default());
        for field in &self.fields {
            for title in &field.titles {
                for (scope, wages) in self.scopes.iter().zip(&title.wages) {
                    let figures = [
                        &wages.p10,
                        &wages.p25,
                        &wages.median,
                        &wages.p75,
                        &wages.p90,
                    ];
                    let mut cells = vec![
                        Cell::new(field.id.clone()),
                        Cell::new(title.id.clone()),
                        Cell::new(title.name.clone()),
                        Cell::new(title.soc.clone()),
                        Cell::new(title.occupation.clone().unwrap_or_default()),
                        Cell::new(scope.area.code.clone()),
                        Cell::new(scope.area.label()),
                        Cell::new(scope.setting.id()),
                        number(wages.employment),
                    ];
                    cells.extend(figures.iter().map(|m| number(m.nominal.value())));
                    if real {
                        cells.extend(figures.iter().map(|m| match m.real {
                            Real::Converted(v) => number(Some(v)),
                            _ => number(None),
                        }));
                    }
                    let unpublished: Vec<String> = ["p10", "p25", "median", "p75", "p90"]
                        .iter()
                        .zip(figures)
                        .filter_map(|(name, m)| match m.nominal {
                            Figure::Unpublished(reason) => {
                                Some(format!("{name}: {}", reason.label()))
                            }
                            Figure::Published(_) => None,
                        })
                        .collect();
                    cells.push(Cell::new(unpublished.join("; ")));
                    cells.push(Cell::new(self.source.id.clone()));
                    cells.push(Cell::new(
                        self.source
                            .period
                            .map(|p| p.to_string())
                            .unwrap_or_default(),
                    ));
                    table.row(cells);
                }
            }
        }
        let older = self.older_figures();
        if older.is_empty() {
            return vec![table];
        }
        let mut header: Vec<String> = ["title_id", "title", "median"].map(str::to_string).to_vec();
        if let Dollars::Real { year, .. } = &self.dollars {
            header.push(format!("median_{year}_dollars"));
        }
        header.extend(
            [
                "period",
                "source",
                "citation",
                "applies_to",
                "age_months",
                "stale",
            ]
            .map(str::to_string),
        );
        let mut history = Table::new(header);
        for (title, pay) in older {
            let mut cells = vec![
                Cell::new(title.id.clone()),
                Cell::new(title.name.clone()),
                number(pay.median.nominal.value()),
            ];
            if real {
                cells.push(number(pay.median.shown()));
            }
            cells.extend([
                Cell::new(pay.period.to_string()),
                Cell::new(pay.source.clone()),
                Cell::new(pay.citation.clone()),
                Cell::new(pay.applies_to.clone().unwrap_or_default()),
                Cell::new(pay.age.months.to_string()),
                Cell::new(pay.age.stale.to_string()),
            ]);
            history.row(cells);
        }
        vec![table, history]
    }
}

impl SalaryView {
    /// "Medians from $101,860 to $175,140 across 10 titles", per scope.
    fn median_summary(&self, field: &FieldPay) -> String {
        let parts: Vec<String> = self
            .scopes
            .iter()
            .zip(&field.median_range)
            .map(|(scope, range)| {
                let text = match range {
                    None => "none published".to_string(),
                    Some(range) if range.low.shown() == range.high.shown() => {
                        format!("all {}", range.low.text())
                    }
                    Some(range) => format!("from {} to {}", range.low.text(), range.high.text()),
                };
                let missing = range.as_ref().map_or(0, |r| r.without_median);
                let missing = match missing {
                    0 => String::new(),
                    1 => " (one title has none published)".to_string(),
                    n => format!(" ({n} titles have none published)"),
                };
                if self.scopes.len() > 1 {
                    format!("{} {text}{missing}", scope.short_label())
                } else {
                    format!("{text}{missing}")
                }
            })
            .collect();
        let basis = match self.dollars {
            Dollars::Nominal => String::new(),
            _ => format!(" in {}", self.dollars.label()),
        };
        format!(
            "Medians of the {} titles{basis}: {}.",
            field.titles.len(),
            parts.join("; ")
        )
    }

    /// One scope: median, range and a bar. Several: a column per scope, each cell the median
    /// over the range, so any number of areas fits the width.
    fn field_table(&self, field: &FieldPay, single: bool) -> Table {
        let mut header = vec!["Title".to_string()];
        if single {
            header.extend(["Median", "10th–90th\npercentile"].map(str::to_string));
        } else {
            header.extend(self.scopes.iter().map(Scope::short_label));
        }
        if self.bar_unit.is_some() {
            header.push("Median\nto scale".to_string());
        }
        let columns = if single { 1 } else { self.scopes.len() };
        let mut table = Table::new(header);
        for i in 0..columns {
            table = table.align_right(1 + i);
        }
        for title in &field.titles {
            let mut cells = vec![Cell::new(title.name.clone()).tone(Tone::Strong)];
            for wages in &title.wages {
                let median = wages.median.text();
                let range = range_text(&wages.p10, &wages.p90);
                let cell = if single {
                    cells.push(Cell::new(median));
                    Cell::new(range)
                } else {
                    Cell::lines(vec![median, range])
                };
                cells.push(match wages.median.nominal {
                    Figure::Published(_) => cell,
                    Figure::Unpublished(_) => cell.tone(Tone::Muted),
                });
            }
            if let Some(unit) = self.bar_unit {
                cells.push(Cell::new(
                    title.wages[0]
                        .median
                        .shown()
                        .map(|v| bar(v, unit))
                        .unwrap_or_default(),
                ));
            }
            table.row(cells);
        }
        table
    }
}

/// `him salary --list-areas [TEXT]`: the areas TEXT may mean, each with what it is and the
/// codes and names `--area` takes for it.
#[derive(Serialize)]
pub struct AreaListView {
    text: String,
    areas: Vec<AreaRow>,
}

#[derive(Serialize)]
struct AreaRow {
    /// As `--area` takes it: five digits for a metro area, the table's seven otherwise.
    code: String,
    name: String,
    #[serde(rename = "type")]
    kind: AreaKind,
    kind_label: &'static str,
    /// Other names `--area` takes: "City, ST" for a metro area, the names of `areas.toml`.
    also: Vec<String>,
}

pub fn list_areas(ctx: &Context<'_>, text: &str) -> Result<AreaListView> {
    let table = ctx.wage_table()?;
    let names = ctx.catalog.data.areas();
    let areas: Vec<AreaRow> = table
        .matching_areas(names, text)
        .into_iter()
        .map(|id| {
            let area = table.area(id);
            let code = match area.kind {
                AreaKind::Metro => area.code.strip_prefix("00").unwrap_or(&area.code),
                _ => &area.code,
            };
            let mut also = Vec::new();
            let short = city_state(&area.name);
            if area.kind == AreaKind::Metro
                && !area.name.contains("nonmetropolitan")
                && short != area.name
            {
                also.push(short);
            }
            if area.kind == AreaKind::State
                && let Some(postal) = crate::wages::postal_code(&area.name)
            {
                also.push(postal.to_string());
            }
            for name in names
                .iter()
                .filter(|n| table.area_by_code(&n.area) == Some(id))
            {
                also.push(name.name.clone());
                also.extend(name.aliases.iter().cloned());
            }
            AreaRow {
                code: code.to_string(),
                name: area.label().to_string(),
                kind: area.kind,
                kind_label: area.kind_label(),
                also,
            }
        })
        .collect();
    if areas.is_empty() {
        return Err(crate::error::NothingFound::new(format!("no area matches `{text}`"))
            .with_hint("give a state, a city or part of an area's name; `him salary --list-areas` lists every area")
            .into());
    }
    Ok(AreaListView {
        text: text.to_string(),
        areas,
    })
}

impl View for AreaListView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title(if self.text.trim().is_empty() {
            format!("Areas with BLS wages ({})", self.areas.len())
        } else {
            format!("Areas matching `{}` ({})", self.text, self.areas.len())
        });
        let mut table = Table::new(["Area", "Kind", "Code", "Also typed as"]);
        for area in &self.areas {
            table.row(vec![
                Cell::new(area.name.clone()).tone(Tone::Strong),
                Cell::new(area.kind_label),
                Cell::new(area.code.clone()),
                Cell::new(area.also.join(", ")),
            ]);
        }
        report.table(table);
        report.note("`him salary --area AREA` takes any of these: the name or part of it, a principal city (as \"City, ST\" too), the code, or a name in the last column.");
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new(["code", "name", "type", "kind", "also"]);
        for area in &self.areas {
            table.row(vec![
                Cell::new(area.code.clone()),
                Cell::new(area.name.clone()),
                Cell::new(area.kind.as_str()),
                Cell::new(area.kind_label),
                Cell::new(area.also.join("; ")),
            ]);
        }
        vec![table]
    }
}

/// Areas given any way but `--area`: words after `him salary` (`him salary chicago`) or
/// `--state`, `--city`, `--metro`. Each is pointed to `--area`, with the command to type.
pub fn misplaced_areas(words: &[String], flags: &[(&str, &Option<String>)]) -> Result<()> {
    let quoted = |text: &str| {
        if text.chars().all(|c| c.is_alphanumeric() || c == '-') {
            text.to_string()
        } else {
            format!("\"{text}\"")
        }
    };
    if !words.is_empty() {
        let text = words.join(" ");
        return Err(UsageError::new(format!(
            "`him salary` takes no words of its own, and was given `{text}`"
        ))
        .with_hint(format!(
            "for pay in an area, type: him salary --area {}",
            quoted(&text)
        ))
        .into());
    }
    if let Some((flag, Some(value))) = flags.iter().find(|(_, value)| value.is_some()) {
        return Err(UsageError::new(format!(
            "`him salary` has no --{flag}: states, metro areas and cities all go in --area"
        ))
        .with_hint(format!("type: him salary --area {}", quoted(value)))
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bar_units_are_round_and_keep_bars_short() {
        assert_eq!(bar_unit(175_140), 20_000);
        assert_eq!(bar_unit(123_860), 20_000);
        assert_eq!(bar_unit(60_000), 5_000);
        assert_eq!(bar_unit(1), 1);
        assert_eq!(bar(100_000, 20_000), "█████");
        assert_eq!(bar(105_850, 20_000), "█████▎");
        assert_eq!(bar(0, 20_000), "");
    }
}
