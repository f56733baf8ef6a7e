//! Finding the area a person means: `national`, a state by name or postal code, a metro area by
//! a fragment of its name, or a BLS area code.

use super::{AreaId, AreaKind, WageTable};
use crate::text::normalize_name;

/// Postal codes of the states and territories BLS publishes, by the name BLS gives them.
const POSTAL_CODES: [(&str, &str); 54] = [
    ("Alabama", "AL"),
    ("Alaska", "AK"),
    ("Arizona", "AZ"),
    ("Arkansas", "AR"),
    ("California", "CA"),
    ("Colorado", "CO"),
    ("Connecticut", "CT"),
    ("Delaware", "DE"),
    ("District of Columbia", "DC"),
    ("Florida", "FL"),
    ("Georgia", "GA"),
    ("Hawaii", "HI"),
    ("Idaho", "ID"),
    ("Illinois", "IL"),
    ("Indiana", "IN"),
    ("Iowa", "IA"),
    ("Kansas", "KS"),
    ("Kentucky", "KY"),
    ("Louisiana", "LA"),
    ("Maine", "ME"),
    ("Maryland", "MD"),
    ("Massachusetts", "MA"),
    ("Michigan", "MI"),
    ("Minnesota", "MN"),
    ("Mississippi", "MS"),
    ("Missouri", "MO"),
    ("Montana", "MT"),
    ("Nebraska", "NE"),
    ("Nevada", "NV"),
    ("New Hampshire", "NH"),
    ("New Jersey", "NJ"),
    ("New Mexico", "NM"),
    ("New York", "NY"),
    ("North Carolina", "NC"),
    ("North Dakota", "ND"),
    ("Ohio", "OH"),
    ("Oklahoma", "OK"),
    ("Oregon", "OR"),
    ("Pennsylvania", "PA"),
    ("Rhode Island", "RI"),
    ("South Carolina", "SC"),
    ("South Dakota", "SD"),
    ("Tennessee", "TN"),
    ("Texas", "TX"),
    ("Utah", "UT"),
    ("Vermont", "VT"),
    ("Virginia", "VA"),
    ("Washington", "WA"),
    ("West Virginia", "WV"),
    ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
    ("Guam", "GU"),
    ("Puerto Rico", "PR"),
    ("Virgin Islands", "VI"),
];

/// What a person may type for the whole country.
const NATIONAL: [&str; 6] = [
    "national",
    "nation",
    "us",
    "usa",
    "united states",
    "united states of america",
];

/// Why an area query found no one area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AreaQueryError {
    Empty,
    /// Nothing matches; the closest names, best first.
    Unknown {
        suggestions: Vec<String>,
    },
    /// A fragment of several names; all of them, states first.
    Ambiguous {
        matches: Vec<String>,
    },
}

/// The postal code of a state or territory, by the name BLS gives it.
pub fn postal_code(state: &str) -> Option<&'static str> {
    POSTAL_CODES
        .iter()
        .find(|(name, _)| *name == state)
        .map(|(_, code)| *code)
}

pub fn resolve(table: &WageTable, query: &str) -> Result<AreaId, AreaQueryError> {
    let wanted = normalize_name(query);
    if wanted.is_empty() {
        return Err(AreaQueryError::Empty);
    }
    if NATIONAL.contains(&wanted.as_str())
        && let Some(national) = table.national()
    {
        return Ok(national);
    }
    let trimmed = query.trim();
    if trimmed.bytes().all(|b| b.is_ascii_digit())
        && let Some((id, _)) = table.areas().find(|(_, a)| {
            a.code == trimmed || (trimmed.len() == 5 && a.code == format!("00{trimmed}"))
        })
    {
        return Ok(id);
    }
    // An exact state (name or postal code) wins over everything else: `il`, `washington`.
    if let Some((id, _)) = table.areas().find(|(_, a)| {
        a.kind == AreaKind::State
            && (normalize_name(&a.name) == wanted
                || postal_code(&a.name).is_some_and(|code| code.eq_ignore_ascii_case(&wanted)))
    }) {
        return Ok(id);
    }
    if let Some((id, _)) = table
        .areas()
        .find(|(_, a)| a.kind == AreaKind::Metro && normalize_name(&a.name) == wanted)
    {
        return Ok(id);
    }
    // A fragment: the query's words starting at a word of the name (its last word may be cut
    // short: `chic` finds Chicago).
    let needle = format!(" {wanted}");
    let mut found: Vec<(AreaKind, &str, AreaId)> = table
        .areas()
        .filter(|(_, a)| a.kind != AreaKind::National)
        .filter(|(_, a)| format!(" {}", normalize_name(&a.name)).contains(&needle))
        .map(|(id, a)| (a.kind, a.name.as_str(), id))
        .collect();
    match found.len() {
        1 => Ok(found[0].2),
        0 => Err(AreaQueryError::Unknown {
            suggestions: suggest(table, &wanted),
        }),
        _ => {
            found.sort();
            Err(AreaQueryError::Ambiguous {
                matches: found.iter().map(|(_, name, _)| name.to_string()).collect(),
            })
        }
    }
}

/// Up to three area names close to `wanted`, comparing with whole names and with each place a
/// metro area's name lists ("Chicago-Naperville-Elgin, IL-IN" lists Chicago, Naperville, Elgin).
fn suggest(table: &WageTable, wanted: &str) -> Vec<String> {
    let areas = table
        .areas()
        .filter(|(_, a)| a.kind != AreaKind::National)
        .map(|(_, area)| {
            let places = area.name.split(", ").next().unwrap_or_default();
            (
                area.name.as_str(),
                std::iter::once(area.name.as_str()).chain(places.split('-')),
            )
        });
    crate::names::nearest(wanted, areas)
}
