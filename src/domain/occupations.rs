//! What a title takes from its BLS occupation: pay in an area (OEWS) and the outlook by edition
//! (BLS Employment Projections, `occupations.toml`). Plain data and the words for it, shared by
//! every command that shows them (show, compare, ladder, salary), so one figure reads the same
//! everywhere.

use crate::catalog::Catalog;
use crate::data::Dataset;
use crate::data::model::{Occupation, Projection};
use crate::data::period::Period;
use crate::text::thousands;
use crate::wages::{AreaId, Estimate, Setting, WageTable};

/// An occupation's wages in an area, all industries; every figure missing (with its reason)
/// when BLS publishes none there.
pub fn pay(table: &WageTable, soc: &str, area: AreaId) -> Estimate {
    table
        .estimate(soc, area, Setting::All)
        .copied()
        .unwrap_or_else(Estimate::none)
}

/// The occupation record of a SOC code, when the data has one.
pub fn occupation<'a>(data: &'a Dataset, soc: &str) -> Option<&'a Occupation> {
    data.occupations().iter().find(|o| o.id == soc)
}

/// The occupation's name: from `occupations.toml`, else from the wage table.
pub fn occupation_name(data: &Dataset, table: Option<&WageTable>, soc: &str) -> Option<String> {
    occupation(data, soc).map(|o| o.name.clone()).or_else(|| {
        table
            .and_then(|t| t.occupation(soc))
            .map(|o| o.name.clone())
    })
}

/// The newest projection edition in the data: the current one. Every older edition is history,
/// however recent, so two occupations are never compared across editions.
pub fn current_edition(data: &Dataset) -> Option<Period> {
    data.occupations()
        .iter()
        .flat_map(|o| &o.projections)
        .map(|p| p.edition)
        .max_by_key(|e| (e.start, e.end_year))
}

/// One occupation's projections: those of the current edition and the older ones, newest first.
#[derive(Clone, Debug)]
pub struct Outlook<'a> {
    pub soc: String,
    pub name: Option<String>,
    /// The current edition of the data (the same for every occupation).
    pub edition: Option<Period>,
    pub current: Vec<&'a Projection>,
    pub older: Vec<&'a Projection>,
}

pub fn outlook<'a>(data: &'a Dataset, table: Option<&WageTable>, soc: &str) -> Outlook<'a> {
    let edition = current_edition(data);
    let mut current = Vec::new();
    let mut older: Vec<&Projection> = Vec::new();
    for projection in occupation(data, soc).iter().flat_map(|o| &o.projections) {
        if Some(projection.edition) == edition {
            current.push(projection);
        } else {
            older.push(projection);
        }
    }
    older.sort_by_key(|p| std::cmp::Reverse((p.edition.start, p.edition.end_year)));
    Outlook {
        soc: soc.to_string(),
        name: occupation_name(data, table, soc),
        edition,
        current,
        older,
    }
}

/// "2024–34", as BLS names an edition of its projections; "2024" for a single year.
pub fn edition_label(edition: Period) -> String {
    match edition.end_year {
        Some(end) if end / 100 == edition.start.year / 100 => {
            format!("{}–{:02}", edition.start.year, end % 100)
        }
        Some(end) => format!("{}–{end}", edition.start.year),
        None => edition.start.year.to_string(),
    }
}

/// The figures of one projection in words, each naming its period: "+9% growth 2024–34",
/// "521,100 jobs in 2024", "+45,500 jobs", "34,200 openings a year", "entry: bachelor's degree".
/// With `say_missing`, a figure the source does not give is said as not found.
pub fn figures(projection: &Projection, say_missing: bool) -> Vec<String> {
    let edition = edition_label(projection.edition);
    let base = projection.edition.start.year;
    let missing = |what: &str| say_missing.then(|| format!("{what} not found"));
    let growth = projection.growth.map(|g| {
        let sign = if g > 0.0 { "+" } else { "" };
        match projection.change {
            Some(change) => format!(
                "{sign}{g}% growth {edition} ({}{} jobs)",
                if change > 0 { "+" } else { "-" },
                thousands(u64::from(change.unsigned_abs()))
            ),
            None => format!("{sign}{g}% growth {edition}"),
        }
    });
    [
        growth.or_else(|| missing(&format!("growth {edition}"))),
        projection
            .employment
            .map(|n| format!("{} jobs in {base}", thousands(u64::from(n))))
            .or_else(|| missing(&format!("jobs in {base}"))),
        projection
            .openings
            .map(|n| format!("{} openings a year", thousands(u64::from(n))))
            .or_else(|| missing("openings a year")),
        projection
            .education
            .map(|e| format!("entry: {}", e.label()))
            .or_else(|| missing("entry education")),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// A projection in one line, with its source: "+9% growth 2024–34 (+45,500 jobs); 521,100 jobs
/// in 2024; ... (Simple Decider, 2024; secondary source)".
pub fn projection_line(catalog: &Catalog, projection: &Projection, say_missing: bool) -> String {
    let mut text = figures(projection, say_missing).join("; ");
    if let Some(group) = &projection.applies_to {
        text.push_str(&format!("; for {group}"));
    }
    text.push_str(&format!(
        " ({})",
        crate::domain::sources::citation(catalog, &projection.source, projection.status)
    ));
    text
}

/// The words that mark a projection of an older edition: never the current figure.
pub fn superseded_marker(current: Option<Period>) -> String {
    match current {
        Some(edition) => format!("older edition: superseded by {}", edition_label(edition)),
        None => "older edition".to_string(),
    }
}

/// The aspect name for the current edition's outlook: "Outlook (BLS 2024–34)".
pub fn current_heading(edition: Option<Period>) -> String {
    match edition {
        Some(edition) => format!("Outlook (BLS {})", edition_label(edition)),
        None => "Outlook (BLS projections)".to_string(),
    }
}

/// The aspect name for older editions and other dated outlook figures.
pub const OLDER_HEADING: &str = "Outlook (older editions)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editions_read_as_bls_names_them() {
        let period = |text: &str| text.parse::<Period>().unwrap();
        assert_eq!(edition_label(period("2024-2034")), "2024–34");
        assert_eq!(edition_label(period("1995-2005")), "1995–2005");
        assert_eq!(edition_label(period("2024")), "2024");
    }
}
