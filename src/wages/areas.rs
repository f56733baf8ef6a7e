//! Finding the area a person means, as people type it: `national`; a state by name or postal
//! code; a metro area by its name, by any of its principal cities ("naperville" is in
//! Chicago-Naperville-Elgin), as "City, ST", "City ST" or "ST City", with Saint/St. and Fort/Ft.
//! read alike; a name from `areas.toml` ("NYC", "the Bay Area"); or a BLS area code. Case,
//! punctuation and the order of city and state do not matter.
//!
//! `resolve` returns plain data (which area, and how it was found), so every command that takes
//! `--area` reads it the same way and says the same about it.

use super::{AreaId, AreaKind, WageTable};
use crate::data::model::AreaName;

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

/// Words written more than one way in place names, and the one form they are compared in.
const SAME_WORDS: [(&str, &str); 4] = [
    ("saint", "st"),
    ("ft", "fort"),
    ("mt", "mount"),
    ("pt", "port"),
];

/// Why an area query found no one area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AreaQueryError {
    Empty,
    /// Nothing matches; the closest names, best first.
    Unknown {
        suggestions: Vec<String>,
    },
    /// Several areas match; all of them, states first.
    Ambiguous {
        matches: Vec<AreaId>,
        /// The query named a city that several metro areas list: adding the state settles it.
        by_city: bool,
    },
}

/// How a query found its area: what a command says about the match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    National,
    /// A BLS area code.
    Code,
    /// A state's name, exactly.
    StateName,
    /// A state's postal code.
    PostalCode,
    /// A name from `areas.toml`: its record's id and note.
    AreaName {
        id: String,
        note: Option<String>,
    },
    /// A metro area's name as BLS writes it (with or without its states).
    MetroName,
    /// One of a metro area's principal cities, with the state when one was given.
    City,
    /// Words that start words of one area's name.
    Fragment,
}

/// The area a query names, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub id: AreaId,
    pub found: Found,
    /// When a state was taken by its exact name and a metro area is spelled the same way (New
    /// York, Washington): the metro area, for a note that says how to ask for it.
    pub metro_also: Option<AreaId>,
}

/// The postal code of a state or territory, by the name BLS gives it.
pub fn postal_code(state: &str) -> Option<&'static str> {
    POSTAL_CODES
        .iter()
        .find(|(name, _)| *name == state)
        .map(|(_, code)| *code)
}

/// The words of a place name as they are compared: lowercase, split at anything that is not a
/// letter or digit, Saint/St and Fort/Ft alike, a leading "the" dropped.
pub fn place_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            SAME_WORDS
                .iter()
                .find(|(from, _)| *from == lower)
                .map_or(lower, |(_, to)| to.to_string())
        })
        .collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words
}

fn place_key(text: &str) -> String {
    place_words(text).join(" ")
}

/// A metro area's name taken apart: "Chicago-Naperville-Elgin, IL-IN" lists the places
/// Chicago, Naperville and Elgin, in Illinois and Indiana.
struct MetroName {
    id: AreaId,
    /// The whole name and the places part, as keys.
    keys: [String; 2],
    /// Each principal city as a key, with "Boise City" also found as "boise".
    cities: Vec<String>,
    /// Postal codes, lowercase.
    states: Vec<String>,
}

impl MetroName {
    fn of(id: AreaId, name: &str) -> MetroName {
        let (places, states) = name.rsplit_once(", ").unwrap_or((name, ""));
        let mut cities = Vec::new();
        for city in places.split(['-', '/']) {
            let words = place_words(city);
            if words.is_empty() {
                continue;
            }
            if words.len() > 1 && matches!(words.last().map(String::as_str), Some("city" | "town"))
            {
                cities.push(words[..words.len() - 1].join(" "));
            }
            cities.push(words.join(" "));
        }
        MetroName {
            id,
            keys: [place_key(name), place_key(places)],
            cities,
            states: states.split('-').map(|s| s.trim().to_lowercase()).collect(),
        }
    }

    fn has_city(&self, city: &str) -> bool {
        self.cities.iter().any(|c| c == city)
    }

    /// The metro area as "City, ST": its first principal city and first state.
    fn city_state(name: &str) -> String {
        let (places, states) = name.rsplit_once(", ").unwrap_or((name, ""));
        let city = places.split(['-', '/']).next().unwrap_or(places);
        match states.split('-').next() {
            Some(state) if !state.is_empty() => format!("{city}, {state}"),
            _ => city.to_string(),
        }
    }
}

/// "New York, NY" for the metro area New York-Newark-Jersey City, NY-NJ: the short form of a
/// metro area's name that `--area` takes.
pub fn city_state(name: &str) -> String {
    MetroName::city_state(name)
}

/// The state a run of words names, by name or postal code: its postal code, lowercase.
fn state_code(words: &[String]) -> Option<String> {
    let text = words.join(" ");
    POSTAL_CODES.iter().find_map(|(name, code)| {
        (place_key(name) == text || code.eq_ignore_ascii_case(&text)).then(|| code.to_lowercase())
    })
}

/// The ways a query splits into a city and a state at its end or its start ("chicago il",
/// "il chicago", "saint louis missouri"), the city never empty.
fn city_and_state(words: &[String]) -> Vec<(String, String)> {
    let mut splits = Vec::new();
    for n in 1..=3.min(words.len().saturating_sub(1)) {
        let (city, state) = words.split_at(words.len() - n);
        if let Some(code) = state_code(state) {
            splits.push((city.join(" "), code));
        }
        let (state, city) = words.split_at(n);
        if let Some(code) = state_code(state) {
            splits.push((city.join(" "), code));
        }
    }
    splits
}

impl WageTable {
    /// The area a person means by `query`, and how it was found (see the opening comment):
    /// `national`, a state by name or postal code, a metro area by its name, a principal city
    /// ("City, ST" in any order), a name of `names` (`areas.toml`: NYC), or a BLS area code. A
    /// state's exact name wins over a metro area spelled the same way (`washington` is the state).
    pub fn resolve_area(
        &self,
        names: &[AreaName],
        query: &str,
    ) -> Result<Resolved, AreaQueryError> {
        resolve(self, names, query)
    }

    /// Every area `text` may mean, in the table's order (all of them for an empty text).
    pub fn matching_areas(&self, names: &[AreaName], text: &str) -> Vec<AreaId> {
        matching(self, names, text)
    }
}

pub fn resolve(
    table: &WageTable,
    names: &[AreaName],
    query: &str,
) -> Result<Resolved, AreaQueryError> {
    let words = place_words(query);
    if words.is_empty() {
        return Err(AreaQueryError::Empty);
    }
    let wanted = words.join(" ");
    let found = |id: AreaId, found: Found| Resolved {
        id,
        found,
        metro_also: None,
    };
    if NATIONAL.contains(&wanted.as_str())
        && let Some(national) = table.national()
    {
        return Ok(found(national, Found::National));
    }
    let trimmed = query.trim();
    if trimmed.bytes().all(|b| b.is_ascii_digit())
        && let Some(id) = table.area_by_code(trimmed)
    {
        return Ok(found(id, Found::Code));
    }
    // A state's exact name wins over a metro area spelled the same way (`new york`,
    // `washington`); the metro area is named in a note. Only the metro areas whose name holds
    // the state's first word are taken apart: a state's name has no Saint or Fort to respell.
    if let Some((id, _)) = table
        .areas()
        .find(|(_, a)| a.kind == AreaKind::State && place_key(&a.name) == wanted)
    {
        let metro_also = table
            .areas()
            .filter(|(_, a)| a.kind == AreaKind::Metro && has_word(&a.name, &words[0]))
            .map(|(id, a)| MetroName::of(id, &a.name))
            .find(|m| m.has_city(&wanted))
            .map(|m| m.id);
        return Ok(Resolved {
            id,
            found: Found::StateName,
            metro_also,
        });
    }
    // Names people use (NYC, LA) before postal codes: LA is Los Angeles before Louisiana.
    if let Some((name, id)) = names.iter().find_map(|n| {
        std::iter::once(&n.name)
            .chain(&n.aliases)
            .any(|alias| place_key(alias) == wanted)
            .then(|| table.area_by_code(&n.area).map(|id| (n, id)))
            .flatten()
    }) {
        return Ok(found(
            id,
            Found::AreaName {
                id: name.id.clone(),
                note: name.note.clone(),
            },
        ));
    }
    if let Some((id, _)) = table.areas().find(|(_, a)| {
        a.kind == AreaKind::State
            && postal_code(&a.name).is_some_and(|code| code.eq_ignore_ascii_case(&wanted))
    }) {
        return Ok(found(id, Found::PostalCode));
    }
    let metros: Vec<MetroName> = table
        .areas()
        .filter(|(_, a)| a.kind == AreaKind::Metro)
        .map(|(id, a)| MetroName::of(id, &a.name))
        .collect();
    // A metro area's whole name; its places alone only when no other metro area shares them
    // (four are called Springfield).
    let named: Vec<&MetroName> = metros.iter().filter(|m| m.keys.contains(&wanted)).collect();
    if let [metro] = named.as_slice() {
        return Ok(found(metro.id, Found::MetroName));
    }
    // A principal city, with its state when one is given.
    let with_state: Vec<AreaId> = dedup(city_and_state(&words).iter().flat_map(|(city, state)| {
        metros
            .iter()
            .filter(move |m| m.has_city(city) && m.states.contains(state))
            .map(|m| m.id)
    }));
    let by_city = if with_state.is_empty() {
        dedup(metros.iter().filter(|m| m.has_city(&wanted)).map(|m| m.id))
    } else {
        with_state
    };
    match by_city.len() {
        0 => {}
        1 => return Ok(found(by_city[0], Found::City)),
        _ => {
            return Err(AreaQueryError::Ambiguous {
                matches: by_city,
                by_city: true,
            });
        }
    }
    // A fragment: the query's words starting at a word of the name (its last word may be cut
    // short: `chic` finds Chicago).
    let mut fragment: Vec<(AreaKind, &str, AreaId)> = table
        .areas()
        .filter(|(_, a)| a.kind != AreaKind::National && contains_words(&a.name, &wanted))
        .map(|(id, a)| (a.kind, &*a.name, id))
        .collect();
    match fragment.len() {
        1 => Ok(found(fragment[0].2, Found::Fragment)),
        0 => Err(AreaQueryError::Unknown {
            suggestions: suggest(table, &wanted),
        }),
        _ => {
            fragment.sort();
            Err(AreaQueryError::Ambiguous {
                matches: fragment.iter().map(|(_, _, id)| *id).collect(),
                by_city: false,
            })
        }
    }
}

/// Whether one of `name`'s words, in any case, is `word` (lowercase): a place word as
/// `place_words` splits them. Area names are ASCII, searched for the word's first letter without
/// a lowercase copy of each of the six hundred.
fn has_word(name: &str, word: &str) -> bool {
    if !(name.is_ascii() && word.is_ascii()) {
        return place_words(name).iter().any(|w| w == word);
    }
    let (name, word) = (name.as_bytes(), word.as_bytes());
    let Some(&first) = word.first() else {
        return false;
    };
    let outside_word = |at: usize| name.get(at).is_none_or(|b| !b.is_ascii_alphanumeric());
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), name).any(|at| {
        (at == 0 || outside_word(at - 1))
            && name
                .get(at..at + word.len())
                .is_some_and(|found| found.eq_ignore_ascii_case(word))
            && outside_word(at + word.len())
    })
}

/// Whether `wanted` (place words joined) starts at a word of `name`.
fn contains_words(name: &str, wanted: &str) -> bool {
    format!(" {}", place_key(name)).contains(&format!(" {wanted}"))
}

fn dedup(ids: impl Iterator<Item = AreaId>) -> Vec<AreaId> {
    let mut out: Vec<AreaId> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// Every area `text` may mean, for `--list-areas`: all of them for an empty text; else those
/// whose name holds its words, those a name of `areas.toml` puts on it, and for a state, the
/// state and its metro areas. In the table's order (the nation, states, metro areas).
pub fn matching(table: &WageTable, names: &[AreaName], text: &str) -> Vec<AreaId> {
    let wanted = place_key(text);
    if wanted.is_empty() {
        return table.areas().map(|(id, _)| id).collect();
    }
    let state = state_code(&place_words(text));
    let named: Vec<AreaId> = names
        .iter()
        .filter(|n| {
            std::iter::once(&n.name)
                .chain(&n.aliases)
                .any(|alias| contains_words(alias, &wanted))
        })
        .filter_map(|n| table.area_by_code(&n.area))
        .collect();
    table
        .areas()
        .filter(|(id, area)| {
            contains_words(area.label(), &wanted)
                || named.contains(id)
                || state.as_deref().is_some_and(|code| match area.kind {
                    AreaKind::State => {
                        postal_code(&area.name).is_some_and(|c| c.eq_ignore_ascii_case(code))
                    }
                    AreaKind::Metro => MetroName::of(*id, &area.name)
                        .states
                        .iter()
                        .any(|s| s == code),
                    AreaKind::National => false,
                })
        })
        .map(|(id, _)| id)
        .collect()
}

/// The metro and nonmetropolitan areas of a state, in the table's order: the metro areas whose
/// name lists its postal code ("St. Louis, MO-IL" is in Missouri and in Illinois), and the
/// nonmetropolitan areas, whose codes start with the state's two-digit FIPS code as the
/// state's own does (`1700003` is in `1700000`, Illinois). Empty for an area that is no state.
pub fn metros_of(table: &WageTable, state: AreaId) -> Vec<AreaId> {
    let state = table.area(state);
    if state.kind != AreaKind::State {
        return Vec::new();
    }
    let postal = postal_code(&state.name).map(str::to_lowercase);
    let fips = state.code.get(..2).unwrap_or_default();
    table
        .areas()
        .filter(|(id, area)| {
            area.kind == AreaKind::Metro
                && if area.name.contains("nonmetropolitan") {
                    area.code.starts_with(fips) && fips != "00"
                } else {
                    postal
                        .as_ref()
                        .is_some_and(|code| MetroName::of(*id, &area.name).states.contains(code))
                }
        })
        .map(|(id, _)| id)
        .collect()
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
                &*area.name,
                std::iter::once(&*area.name).chain(places.split('-')),
            )
        });
    crate::text::fuzzy::nearest(wanted, areas)
}

#[cfg(test)]
mod tests;
