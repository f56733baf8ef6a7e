//! Pay as the commands show it: figures in dollars (as published, or converted to one year's
//! dollars), ranges in words, the source line of a wage table, the area a person names, and
//! a title's pay from one step of a ladder to the next.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::catalog::Catalog;
use crate::data::model::{Source, Title};
use crate::data::period::Period;
use crate::domain::sources::cite;
use crate::domain::{Age, Context};
use crate::error::{Failure, Result, UsageError};
use crate::output::Tone;
use crate::text::{and_list, dollars, or_list};
use crate::wages::{
    Area, AreaId, AreaQueryError, Estimate, Figure, Found, PriceIndex, Resolved, Unconvertible,
    WageTable, city_state,
};

/// What every figure of a title stands for, said once wherever titles' figures are shown.
pub const CLOSEST_OCCUPATION: &str = "BLS publishes pay by occupation and area, not by job title or years of experience: each title shows the figures of its closest BLS occupation (the him editors' choice), for everyone in that occupation, beginners and veterans alike. The 10th–90th percentile range shows how far pay spreads around the median.";

/// A source as the wage commands cite it: in short, in full, and with the age of its figures.
#[derive(Clone, Debug, Serialize)]
pub struct SourceInfo {
    pub id: String,
    /// "U.S. Bureau of Labor Statistics, May 2025".
    pub citation: String,
    #[serde(skip)]
    pub publisher: String,
    #[serde(skip)]
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub age: Option<Age>,
    /// The user's file the figures are read from (`him import` writes one); absent for the
    /// built-in data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
}

impl SourceInfo {
    pub fn of(ctx: &Context<'_>, id: &str) -> SourceInfo {
        let source: Option<&Source> = ctx.catalog.source(id);
        SourceInfo {
            id: id.to_string(),
            citation: cite(ctx.catalog, id),
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

    pub fn stale_marker(&self) -> Option<String> {
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

    /// "U.S. Bureau of Labor Statistics, May 2025".
    pub fn citation(&self) -> &str {
        &self.citation
    }

    /// "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS),
    /// May 2025": the publisher, the title, and the period unless the title says it.
    pub fn citation_long(&self) -> String {
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
pub enum Dollars {
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
    pub fn money(&self, figure: Figure, period: Option<Period>) -> Money {
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
    pub fn label(&self) -> String {
        match self {
            Dollars::Nominal => "nominal dollars".to_string(),
            Dollars::Real { year, .. } => format!("{year} dollars"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Real {
    NotAsked,
    Converted(u32),
    Unpublished,
    /// The figure's year has no CPI annual average.
    NoIndex(u16),
}

/// A dollar figure as published, and in the asked year's dollars.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Money {
    pub nominal: Figure,
    pub real: Real,
}

impl Money {
    /// The value shown and compared: real when asked (and possible), else nominal.
    pub fn shown(&self) -> Option<u32> {
        match self.real {
            Real::Converted(value) => Some(value),
            _ => self.nominal.value(),
        }
    }

    pub fn text(&self) -> String {
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
pub fn range_text(low: &Money, high: &Money) -> String {
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

/// Current pay of a title: its occupation's figures in one area, as `him ladder` and `him plan`
/// show them.
#[derive(Clone, Debug)]
pub struct OccupationPay {
    pub soc: String,
    pub occupation: Option<String>,
    pub median: Figure,
    pub p10: Figure,
    pub p90: Figure,
}

impl OccupationPay {
    /// The figures of `estimate`, for occupation `soc` of `table`.
    pub fn of(table: &WageTable, soc: &str, estimate: &Estimate) -> OccupationPay {
        OccupationPay {
            soc: soc.to_string(),
            occupation: table.occupation(soc).map(|o| o.name.clone()),
            median: estimate.median,
            p10: estimate.p10,
            p90: estimate.p90,
        }
    }
}

impl Serialize for OccupationPay {
    /// `{"soc", "occupation", "median", "p10", "p90", "unpublished"?}`: a figure
    /// BLS did not publish is `null`, and `unpublished` says why.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let figures = [
            ("median", self.median),
            ("p10", self.p10),
            ("p90", self.p90),
        ];
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("soc", &self.soc)?;
        map.serialize_entry("occupation", &self.occupation)?;
        for (name, figure) in figures {
            map.serialize_entry(name, &figure.value())?;
        }
        let unpublished: serde_json::Map<String, serde_json::Value> = figures
            .iter()
            .filter_map(|(name, figure)| match figure {
                Figure::Unpublished(reason) => Some((
                    name.to_string(),
                    serde_json::to_value(reason).unwrap_or_default(),
                )),
                Figure::Published(_) => None,
            })
            .collect();
        if !unpublished.is_empty() {
            map.serialize_entry("unpublished", &unpublished)?;
        }
        map.end()
    }
}

/// The wage table to read for one area (`--area`, the nation without it), the area, and how
/// `--area` was read when the person should know (a state also named like a metro area).
pub fn wages_in<'t>(
    ctx: &Context<'t>,
    area: Option<&str>,
) -> Result<(&'t WageTable, AreaId, Option<String>)> {
    // Without --area every figure is national, and the national rows are read alone.
    let table = match area {
        Some(_) => ctx.wage_table()?,
        None => ctx.national_wages()?,
    };
    let (area_id, area_note) = match area {
        Some(query) => {
            let resolved = find_area(ctx.catalog, table, query)?;
            let note = area_note(table, query, &resolved);
            (resolved.id, note)
        }
        None => (
            table.national().ok_or_else(|| {
                UsageError::new("the wage table has no national figures")
                    .with_hint("name an area with --area")
            })?,
            None,
        ),
    };
    Ok((table, area_id, area_note))
}

/// Why a next step whose occupation has a lower median is no pay cut, in words.
pub fn lower_median_note(this_occupation: &str, next_occupation: &str) -> String {
    format!(
        "the BLS figure for {next_occupation} is lower than for {this_occupation}: these are different occupations, not a pay cut"
    )
}

/// "One figure for A and B: 11-9111 Medical and Health Services Managers.": titles that take
/// one occupation's figures, said once.
pub fn one_figure_note(names: &[String], soc: &str, occupation: Option<&str>) -> String {
    format!(
        "One figure for {}: {soc} {}.",
        and_list(names),
        occupation.unwrap_or("(not in the wage table)")
    )
}

/// Whether the next step's median is below this one's (both published).
pub fn lower_median(this: Figure, next: Figure) -> bool {
    matches!((this.value(), next.value()), (Some(this), Some(next)) if next < this)
}
