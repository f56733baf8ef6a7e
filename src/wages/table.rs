//! The wage table: its occupations, its areas and the rows of each, and the lookups commands
//! use. It is made by the readers: `parse` reads the CSV (`WageTable::parse`), `packed` the
//! built-in table compiled at build time (`WageTable::builtin`); `areas` finds the area a person
//! means (`WageTable::resolve_area`).

use serde::Serialize;
use std::borrow::Cow;

use rustc_hash::FxHashMap;

use super::rows::AreaRows;
use super::{Estimate, Setting};

/// An occupation of the Standard Occupational Classification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Occupation {
    pub soc: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AreaKind {
    National,
    State,
    Metro,
}

impl AreaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AreaKind::National => "national",
            AreaKind::State => "state",
            AreaKind::Metro => "metro",
        }
    }
}

/// The nation, a state (or DC, Guam, Puerto Rico, the Virgin Islands), or a metro or
/// nonmetropolitan area, as BLS names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Area {
    /// Borrowed from the compiled built-in table, owned when read from a file: the built-in
    /// table has some six hundred areas, and a query reads one or two.
    pub code: Cow<'static, str>,
    pub name: Cow<'static, str>,
    #[serde(rename = "type")]
    pub kind: AreaKind,
}

impl Area {
    /// The name a person reads: "United States" for BLS's "National".
    pub fn label(&self) -> &str {
        match self.kind {
            AreaKind::National => "United States",
            _ => &self.name,
        }
    }

    /// The name shortened for a narrow column: a metro area by its first place and its states
    /// ("Chicago, IL-IN" for "Chicago-Naperville-Elgin, IL-IN"); any other area as `label`.
    pub fn short_label(&self) -> String {
        match (self.kind, self.name.split_once(", ")) {
            (AreaKind::Metro, Some((places, states))) => {
                let first = places.split('-').next().unwrap_or(places);
                format!("{first}, {states}")
            }
            _ => self.label().to_string(),
        }
    }

    /// What kind of place the area is, in words: "state", "metro area", "nation" ...
    pub fn kind_label(&self) -> &'static str {
        match self.kind {
            AreaKind::National => "nation",
            AreaKind::State => match &*self.name {
                "District of Columbia" => "federal district",
                "Guam" | "Puerto Rico" | "Virgin Islands" => "territory",
                _ => "state",
            },
            AreaKind::Metro if self.name.contains("nonmetropolitan") => "nonmetropolitan area",
            AreaKind::Metro => "metro area",
        }
    }

    /// The name with what it is: "New York (state)", "Chicago-Naperville-Elgin, IL-IN (metro
    /// area)", "United States (nation)"; a name that says it already is left as it is.
    pub fn described(&self) -> String {
        let kind = self.kind_label();
        if self.label().ends_with(kind) {
            self.label().to_string()
        } else {
            format!("{} ({kind})", self.label())
        }
    }
}

/// An index into the table's areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AreaId(pub(super) u32);

impl AreaId {
    pub(super) fn index(self) -> usize {
        self.0 as usize
    }
}

/// The OEWS wage table, read.
#[derive(Debug)]
pub struct WageTable {
    /// The id of the `sources.toml` record the table comes from (its `# source:` line).
    pub source: String,
    pub(super) occupations: Vec<Occupation>,
    /// Each occupation's index in `occupations`, by SOC code.
    pub(super) occupation_index: FxHashMap<String, u32>,
    pub(super) areas: Vec<Area>,
    /// The rows of each area, by `AreaId`: read from CSV at once, or decoded from the compiled
    /// built-in table when a query first asks for that area.
    pub(super) rows: Vec<AreaRows>,
}

impl WageTable {
    pub fn occupation(&self, soc: &str) -> Option<&Occupation> {
        let index = *self.occupation_index.get(soc)?;
        self.occupations.get(index as usize)
    }

    pub fn occupations(&self) -> &[Occupation] {
        &self.occupations
    }

    pub fn area(&self, id: AreaId) -> &Area {
        &self.areas[id.index()]
    }

    pub fn areas(&self) -> impl Iterator<Item = (AreaId, &Area)> {
        // The reader refuses more areas than a u32 counts, so every index fits.
        self.areas
            .iter()
            .enumerate()
            .map(|(i, a)| (AreaId(u32::try_from(i).unwrap_or(u32::MAX)), a))
    }

    /// The nation as an area, when the table has national rows.
    pub fn national(&self) -> Option<AreaId> {
        self.areas()
            .find(|(_, a)| a.kind == AreaKind::National)
            .map(|(id, _)| id)
    }

    /// The estimate for an occupation in an area and setting, when BLS publishes one.
    pub fn estimate(&self, soc: &str, area: AreaId, setting: Setting) -> Option<&Estimate> {
        let occupation = *self.occupation_index.get(soc)?;
        self.rows
            .get(area.index())?
            .find(occupation, setting)
            .map(|r| &r.estimate)
    }

    /// How many rows the table holds.
    pub fn len(&self) -> usize {
        self.rows.iter().map(AreaRows::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The area of a BLS area code: seven digits as the table has them, or five for a metro
    /// area (`35620`).
    pub fn area_by_code(&self, code: &str) -> Option<AreaId> {
        let code = code.trim();
        if !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.areas()
            .find(|(_, a)| a.code == code || (code.len() == 5 && a.code == format!("00{code}")))
            .map(|(id, _)| id)
    }
}
