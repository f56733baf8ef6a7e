//! Wages and prices: the BLS OEWS wage table (annual wages by occupation, area and work setting)
//! and the CPI-U annual averages that turn dollars of one year into dollars of another.
//!
//! Both are CSV files in `data/` (`oews-wages.csv`, `cpi-u-annual.csv`), compiled into the binary
//! like the TOML files, and a user's data directory may replace either one. Nothing here is read
//! until a command asks: `WageData` parses each file on first use, so `him list titles` never
//! pays for thousands of wage rows. Commands see only the types below (`WageTable`, `Estimate`,
//! `PriceIndex` and their lookups), so the representation can change (say, converted at build
//! time) without touching them.

mod areas;
mod columns;
pub mod import;
mod packed;
mod parse;
pub mod ranking;

use parse::Reading;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::data::locate::Step;
use crate::data::model::Source;
use crate::data::{Dataset, Diagnostic, Kind, Origin, SourceFile};
use crate::error::DataError;
use rustc_hash::FxHashMap;

pub use areas::{AreaQueryError, Found, Resolved, city_state, place_words, postal_code};

pub use crate::data::{PRICES_FILE, WAGES_FILE};

const BUILTIN_WAGES: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/oews-wages.csv"));
const BUILTIN_PRICES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/cpi-u-annual.csv"
));

/// A value BLS published, or why there is none: a whole number (a count, dollars) or, for
/// jobs per 1,000 and the location quotient, a `Decimal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure<T = u32> {
    Published(T),
    Unpublished(Reason),
}

impl<T: Copy> Figure<T> {
    pub fn value(self) -> Option<T> {
        match self {
            Figure::Published(value) => Some(value),
            Figure::Unpublished(_) => None,
        }
    }

    /// Why the figure is missing, when it is.
    pub fn reason(self) -> Option<Reason> {
        match self {
            Figure::Published(_) => None,
            Figure::Unpublished(reason) => Some(reason),
        }
    }
}

/// A figure BLS publishes with decimals, kept exactly as published: `units` of its last
/// decimal place (0.542 jobs per 1,000 is 542 thousandths; a location quotient of 1.05 is 105
/// hundredths), so it compares, packs and prints without a rounding step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    units: u32,
    places: u8,
}

impl Decimal {
    /// Jobs per 1,000, in thousandths.
    pub const JOBS_PER_1000_PLACES: u8 = 3;
    /// The location quotient, in hundredths.
    pub const LOCATION_QUOTIENT_PLACES: u8 = 2;

    pub fn new(units: u32, places: u8) -> Decimal {
        Decimal { units, places }
    }

    /// The value in units of the last place: what ranks and scales it.
    pub fn units(self) -> u32 {
        self.units
    }

    pub fn places(self) -> u8 {
        self.places
    }

    pub fn to_f64(self) -> f64 {
        f64::from(self.units) / 10f64.powi(i32::from(self.places))
    }
}

impl std::fmt::Display for Decimal {
    /// As BLS writes it, every place shown: "0.542", "1.00".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let places = usize::from(self.places);
        let digits = format!("{:0>width$}", self.units, width = places + 1);
        let (whole, fraction) = digits.split_at(digits.len() - places);
        if places == 0 {
            f.write_str(whole)
        } else {
            write!(f, "{whole}.{fraction}")
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.to_f64())
    }
}

/// Why a figure is missing. The first three come from the table itself (its `-` cells and their
/// footnotes); `NoEstimate` is a row the table does not have at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// BLS footnote 8: the estimate was not released.
    NotReleased,
    /// BLS footnote 5: withheld because it is at or above BLS's top code. The footnote's own
    /// text names a dollar figure, yet this release publishes higher values, so him never
    /// states a bound.
    AboveTopCode,
    /// A `-` without a footnote.
    NotPublished,
    /// BLS publishes no estimate for this occupation in this area or setting.
    NoEstimate,
    /// The wage table in use has no column for the figure: a table written before the column
    /// was added (`columns::OPTIONAL_COLUMNS`).
    NotInFile,
}

impl Reason {
    /// The words shown in place of the figure.
    pub fn label(self) -> &'static str {
        match self {
            Reason::NotReleased => "not released",
            Reason::AboveTopCode => "not published (above BLS's top code)",
            Reason::NotPublished => "not published",
            Reason::NoEstimate => "no estimate",
            Reason::NotInFile => "not in this file",
        }
    }

    /// What the label means, for a note under a table.
    pub fn explanation(self) -> &'static str {
        match self {
            Reason::NotReleased => "not released: BLS did not release this estimate",
            Reason::AboveTopCode => {
                "not published (above BLS's top code): BLS withholds wages at or above its top code, so the value is not known"
            }
            Reason::NotPublished => "not published: BLS published no value",
            Reason::NoEstimate => "no estimate: BLS publishes no figures for this occupation here",
            Reason::NotInFile => {
                "not in this file: the wage table in use has no column for this figure (`him import oews` writes one)"
            }
        }
    }
}

/// One row of the wage table: an occupation in an area and work setting, annual wages in
/// dollars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub employment: Figure,
    pub p10: Figure,
    pub p25: Figure,
    pub median: Figure,
    pub p75: Figure,
    pub p90: Figure,
    /// The occupation's jobs per 1,000 jobs of all kinds in the area; BLS gives none for the
    /// nation.
    pub jobs_per_1000: Figure<Decimal>,
    /// The occupation's share of the area's jobs over its share of the nation's: 1.0 is the
    /// national share. BLS gives none for the nation.
    pub location_quotient: Figure<Decimal>,
}

impl Estimate {
    /// The estimate of a row the table lacks: every figure missing for the same reason.
    pub fn none() -> Estimate {
        let none = Figure::Unpublished(Reason::NoEstimate);
        Estimate {
            employment: none,
            p10: none,
            p25: none,
            median: none,
            p75: none,
            p90: none,
            jobs_per_1000: Figure::Unpublished(Reason::NoEstimate),
            location_quotient: Figure::Unpublished(Reason::NoEstimate),
        }
    }
}

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
    pub code: String,
    pub name: String,
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
            AreaKind::State => match self.name.as_str() {
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
pub struct AreaId(u32);

impl AreaId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

/// A work setting: the industries BLS publishes national wages for. `All` is every industry
/// together (the figures for areas).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Setting {
    /// All industries together (the default)
    #[value(alias = "all-industries")]
    All,
    /// Hospitals
    #[value(alias = "hospital")]
    Hospitals,
    /// Offices of physicians
    #[value(alias = "physicians", alias = "physician-office")]
    PhysicianOffices,
    /// Outpatient care centers
    #[value(alias = "outpatient")]
    OutpatientCare,
    /// Ambulatory health care services (physician offices, outpatient centers and the like)
    #[value(alias = "ambulatory")]
    AmbulatoryCare,
    /// Nursing and residential care facilities
    #[value(alias = "nursing", alias = "nursing-residential")]
    NursingCare,
    /// Insurance carriers and related activities
    #[value(alias = "insurance-carriers")]
    Insurance,
    /// Computer systems design and related services
    #[value(alias = "computer-systems")]
    ComputerSystemsDesign,
    /// Management, scientific and technical consulting services
    #[value(alias = "management-consulting")]
    Consulting,
    /// State government, excluding schools and hospitals
    #[value(alias = "state")]
    StateGovernment,
}

impl Setting {
    pub const ALL: [Setting; 10] = [
        Setting::All,
        Setting::Hospitals,
        Setting::PhysicianOffices,
        Setting::OutpatientCare,
        Setting::AmbulatoryCare,
        Setting::NursingCare,
        Setting::Insurance,
        Setting::ComputerSystemsDesign,
        Setting::Consulting,
        Setting::StateGovernment,
    ];

    /// The BLS industry code (NAICS, or an OEWS designation).
    pub fn code(self) -> &'static str {
        match self {
            Setting::All => "000000",
            Setting::Hospitals => "622000",
            Setting::PhysicianOffices => "621100",
            Setting::OutpatientCare => "621400",
            Setting::AmbulatoryCare => "621000",
            Setting::NursingCare => "623000",
            Setting::Insurance => "524000",
            Setting::ComputerSystemsDesign => "541500",
            Setting::Consulting => "541600",
            Setting::StateGovernment => "999200",
        }
    }

    /// The id used on the command line and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Setting::All => "all",
            Setting::Hospitals => "hospitals",
            Setting::PhysicianOffices => "physician-offices",
            Setting::OutpatientCare => "outpatient-care",
            Setting::AmbulatoryCare => "ambulatory-care",
            Setting::NursingCare => "nursing-care",
            Setting::Insurance => "insurance",
            Setting::ComputerSystemsDesign => "computer-systems-design",
            Setting::Consulting => "consulting",
            Setting::StateGovernment => "state-government",
        }
    }

    /// The industry's name as BLS gives it.
    pub fn name(self) -> &'static str {
        match self {
            Setting::All => "All industries",
            Setting::Hospitals => "Hospitals",
            Setting::PhysicianOffices => "Offices of Physicians",
            Setting::OutpatientCare => "Outpatient Care Centers",
            Setting::AmbulatoryCare => "Ambulatory Health Care Services",
            Setting::NursingCare => "Nursing and Residential Care Facilities",
            Setting::Insurance => "Insurance Carriers and Related Activities",
            Setting::ComputerSystemsDesign => "Computer Systems Design and Related Services",
            Setting::Consulting => "Management, Scientific, and Technical Consulting Services",
            Setting::StateGovernment => "State Government, excluding Schools and Hospitals",
        }
    }

    /// A short name for column headers.
    pub fn short_name(self) -> &'static str {
        match self {
            Setting::All => "All industries",
            Setting::Hospitals => "Hospitals",
            Setting::PhysicianOffices => "Physician offices",
            Setting::OutpatientCare => "Outpatient care",
            Setting::AmbulatoryCare => "Ambulatory care",
            Setting::NursingCare => "Nursing care",
            Setting::Insurance => "Insurance",
            Setting::ComputerSystemsDesign => "Computer systems design",
            Setting::Consulting => "Consulting",
            Setting::StateGovernment => "State government",
        }
    }

    pub fn from_code(code: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.code() == code)
    }
}

impl Serialize for Setting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("id", self.id())?;
        map.serialize_entry("code", self.code())?;
        map.serialize_entry("name", self.name())?;
        map.end()
    }
}

/// A row of an area: its occupation (an index into the table's occupations), setting and
/// figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Row {
    occupation: u32,
    setting: Setting,
    estimate: Estimate,
}

/// The OEWS wage table, read.
#[derive(Debug)]
pub struct WageTable {
    /// The id of the `sources.toml` record the table comes from (its `# source:` line).
    pub source: String,
    occupations: Vec<Occupation>,
    /// Each occupation's index in `occupations`, by SOC code.
    occupation_index: FxHashMap<String, u32>,
    areas: Vec<Area>,
    /// The rows of each area, by `AreaId`: read from CSV at once, or decoded from the compiled
    /// built-in table when a query first asks for that area.
    rows: Vec<AreaRows>,
}

/// An area's rows in the built-in table's bytes, with the work setting of each industry index.
type PackedRows = (&'static [u8], std::rc::Rc<[Option<Setting>]>);

/// One area's rows, and an index of them made when a lookup first needs it.
#[derive(Debug)]
struct AreaRows {
    count: usize,
    /// The built-in table's bytes for the area, and the work setting of each industry index:
    /// decoded on first use. `None` for rows read from CSV, which are `decoded` at once.
    packed: Option<PackedRows>,
    decoded: OnceCell<Vec<Row>>,
    /// The row of each (occupation, setting), for areas with many rows: a table of 70,000
    /// occupations is not scanned for each title.
    index: OnceCell<FxHashMap<(u32, Setting), u32>>,
}

/// Areas with at most this many rows are scanned rather than indexed: a state's twenty.
const SCANNED_ROWS: usize = 32;

impl AreaRows {
    fn read(rows: Vec<Row>) -> AreaRows {
        AreaRows {
            count: rows.len(),
            packed: None,
            decoded: OnceCell::from(rows),
            index: OnceCell::new(),
        }
    }

    fn rows(&self) -> &[Row] {
        self.decoded.get_or_init(|| match &self.packed {
            Some((bytes, settings)) => packed::rows(bytes, settings),
            None => Vec::new(),
        })
    }

    fn len(&self) -> usize {
        self.count
    }

    /// The row of `occupation` in `setting`, if the area has one.
    fn find(&self, occupation: u32, setting: Setting) -> Option<&Row> {
        let rows = self.rows();
        if rows.len() <= SCANNED_ROWS {
            return rows
                .iter()
                .find(|r| r.occupation == occupation && r.setting == setting);
        }
        let index = self.index.get_or_init(|| {
            let mut index = FxHashMap::default();
            for (i, row) in rows.iter().enumerate() {
                // The first of two rows for one occupation wins, as a scan would find it.
                index
                    .entry((row.occupation, row.setting))
                    .or_insert(u32::try_from(i).unwrap_or(u32::MAX));
            }
            index
        });
        index
            .get(&(occupation, setting))
            .and_then(|&i| rows.get(i as usize))
    }
}

impl WageTable {
    /// Reads a wage table's text; `file` is the path shown in messages. Every problem is
    /// reported, with its line and column.
    pub fn parse(text: &str, file: &str) -> Result<WageTable, Vec<Diagnostic>> {
        parse::wage_table(text, file, Reading::All)
    }

    /// Reads the national rows only (they come first in the file): all that profiles and
    /// national tables need, at a small part of the cost.
    pub fn parse_national(text: &str, file: &str) -> Result<WageTable, Vec<Diagnostic>> {
        parse::wage_table(text, file, Reading::NationalOnly)
    }

    /// The built-in table, from the form build.rs compiled it to: its areas at once, each
    /// area's rows when a query first asks for them.
    pub fn builtin() -> WageTable {
        packed::table(false)
    }

    /// The national rows of the built-in table only, as `parse_national` reads them.
    pub fn builtin_national() -> WageTable {
        packed::table(true)
    }

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

    /// The area a person means by `query`, and how it was found (see `areas`): `national`, a
    /// state by name or postal code, a metro area by its name, a principal city ("City, ST" in
    /// any order), a name of `names` (`areas.toml`: NYC), or a BLS area code. A state's exact
    /// name wins over a metro area spelled the same way (`washington` is the state).
    pub fn resolve_area(
        &self,
        names: &[crate::data::model::AreaName],
        query: &str,
    ) -> Result<Resolved, AreaQueryError> {
        areas::resolve(self, names, query)
    }

    /// Every area `text` may mean, in the table's order (all of them for an empty text).
    pub fn matching_areas(
        &self,
        names: &[crate::data::model::AreaName],
        text: &str,
    ) -> Vec<AreaId> {
        areas::matching(self, names, text)
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

/// Why a figure cannot be put in dollars of another year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unconvertible {
    /// The figure's year has no annual average.
    NoIndex(u16),
    /// The result is beyond any figure (an index value near zero).
    TooLarge { amount: u32, from: u16, to: u16 },
}

/// CPI-U annual averages by year.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceIndex {
    /// The id of the `sources.toml` record the index comes from.
    pub source: String,
    annual: BTreeMap<u16, f64>,
}

impl PriceIndex {
    pub fn parse(text: &str, file: &str) -> Result<PriceIndex, Vec<Diagnostic>> {
        parse::price_index(text, file)
    }

    /// The annual average of `year`, when it has one.
    pub fn annual(&self, year: u16) -> Option<f64> {
        self.annual.get(&year).copied()
    }

    /// `amount` dollars of `from` in dollars of `to`: amount × CPI(to) / CPI(from), rounded to
    /// the dollar. Worked out in floating point, which cannot wrap; a result beyond what a
    /// figure holds (a CPI near zero) is refused rather than clamped to $4,294,967,295.
    pub fn convert(&self, amount: u32, from: u16, to: u16) -> Result<u32, Unconvertible> {
        if from == to {
            return Ok(amount);
        }
        let (Some(to_cpi), Some(from_cpi)) = (self.annual(to), self.annual(from)) else {
            return Err(Unconvertible::NoIndex(from));
        };
        let converted = (f64::from(amount) * to_cpi / from_cpi).round();
        if converted.is_finite() && (0.0..=f64::from(u32::MAX)).contains(&converted) {
            Ok(converted as u32)
        } else {
            Err(Unconvertible::TooLarge { amount, from, to })
        }
    }

    /// Why a conversion failed, in words, naming the index values it used: "by this index,
    /// $64,000 of 2020 would be more than $4,294,967,295 in 2025 dollars (2020: 0.0001, 2025:
    /// 321.943): the index cannot be right".
    pub fn explain(&self, problem: Unconvertible) -> String {
        let value = |year: u16| {
            self.annual(year)
                .map_or_else(|| "none".to_string(), |v| v.to_string())
        };
        match problem {
            Unconvertible::NoIndex(year) => format!("the index has no annual average for {year}"),
            Unconvertible::TooLarge { amount, from, to } => format!(
                "by this index, {} of {from} would be more than {} in {to} dollars ({from}: {}, {to}: {}): the index cannot be right",
                crate::text::dollars(u64::from(amount)),
                crate::text::dollars(u64::from(u32::MAX)),
                value(from),
                value(to)
            ),
        }
    }

    /// The years with an annual average, as spans: "1990-2025", or "1990-2019, 2021-2025" when
    /// a year is missing.
    pub fn years(&self) -> String {
        let mut spans: Vec<(u16, u16)> = Vec::new();
        for &year in self.annual.keys() {
            match spans.last_mut() {
                Some((_, end)) if *end + 1 == year => *end = year,
                _ => spans.push((year, year)),
            }
        }
        spans
            .iter()
            .map(|&(start, end)| {
                if start == end {
                    start.to_string()
                } else {
                    format!("{start}-{end}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn len(&self) -> usize {
        self.annual.len()
    }

    pub fn is_empty(&self) -> bool {
        self.annual.is_empty()
    }
}

/// One of the two files, as found: built in, or from the user's data directory.
struct TableFile {
    name: &'static str,
    origin: Origin,
    text: Cow<'static, str>,
}

impl TableFile {
    fn find(user_dir: Option<&Path>, name: &'static str) -> Result<TableFile, Box<Diagnostic>> {
        let builtin = match name {
            WAGES_FILE => BUILTIN_WAGES,
            _ => BUILTIN_PRICES,
        };
        let (origin, text) = crate::data::user_or_builtin(user_dir, name, builtin)?;
        Ok(TableFile { name, origin, text })
    }

    fn display_path(&self) -> String {
        self.origin.display_path(self.name)
    }
}

/// The source a table names must exist and have a period: the period dates every figure.
fn check_source(file: &TableFile, named: &str, sources: &[Source]) -> Option<Diagnostic> {
    let span = parse::source_line(&file.text).map_or(0..0, |(_, span)| span);
    let problem = match sources.iter().find(|s| s.id == named) {
        None => format!("the source `{named}` is not in sources.toml"),
        Some(source) if source.period.is_none() => {
            format!("the source `{named}` has no period, so the figures would have no date")
        }
        Some(_) => return None,
    };
    Some(Diagnostic::at(
        file.display_path(),
        &file.text,
        span,
        problem,
        Some("name a source of sources.toml with a period on the `# source: ID` line".to_string()),
    ))
}

/// A strict reader of a table file's text; the second argument is the path shown in messages.
type Parser<T> = fn(&str, &str) -> Result<T, Vec<Diagnostic>>;

/// What the two table files share: a file name, a strict parser, a row count.
trait TableKind: Sized {
    const FILE: &'static str;
    fn parse_text(text: &str, file: &str) -> Result<Self, Vec<Diagnostic>>;
    fn rows(&self) -> usize;
}

/// The built-in table in a compiled form, when there is one: quicker than the CSV.
type Compiled<T> = fn() -> Option<T>;

impl TableKind for WageTable {
    const FILE: &'static str = WAGES_FILE;
    fn parse_text(text: &str, file: &str) -> Result<Self, Vec<Diagnostic>> {
        WageTable::parse(text, file)
    }
    fn rows(&self) -> usize {
        self.len()
    }
}

impl TableKind for PriceIndex {
    const FILE: &'static str = PRICES_FILE;
    fn parse_text(text: &str, file: &str) -> Result<Self, Vec<Diagnostic>> {
        PriceIndex::parse(text, file)
    }
    fn rows(&self) -> usize {
        self.len()
    }
}

/// Reads one table file with `parse` and checks the source it names against `sources`.
fn load<T: TableKind>(
    user_dir: Option<&Path>,
    sources: &[Source],
    (parse, compiled): (Parser<T>, Compiled<T>),
) -> Result<T, Vec<Diagnostic>> {
    let file = TableFile::find(user_dir, T::FILE).map_err(|d| vec![*d])?;
    // The built-in file was checked when it was compiled (and by the tests).
    if file.origin == Origin::BuiltIn
        && let Some(table) = compiled()
    {
        return Ok(table);
    }
    let table = parse(&file.text, &file.display_path())?;
    let named = parse::source_line(&file.text).map_or("", |(id, _)| id);
    match check_source(&file, named, sources) {
        Some(problem) => Err(vec![problem]),
        None => Ok(table),
    }
}

/// The table in `cell`, read with `parse` on first use.
fn cached<'c, T: TableKind>(
    cell: &'c OnceCell<Result<T, DataError>>,
    user_dir: Option<&Path>,
    sources: &[Source],
    readers: (Parser<T>, Compiled<T>),
) -> Result<&'c T, DataError> {
    cell.get_or_init(|| load(user_dir, sources, readers).map_err(DataError::new))
        .as_ref()
        .map_err(Clone::clone)
}

/// The wage table and price index of a run, each read on first use.
pub struct WageData {
    user_dir: Option<PathBuf>,
    /// The national rows alone, for queries that need no other area.
    national: OnceCell<Result<WageTable, DataError>>,
    wages: OnceCell<Result<WageTable, DataError>>,
    prices: OnceCell<Result<PriceIndex, DataError>>,
    /// The sources the two files name, read once (see `source_ids`).
    source_ids: OnceCell<(Option<String>, Option<String>)>,
}

impl WageData {
    /// The built-in files, with those present in `user_dir` in their place.
    pub fn new(user_dir: Option<&Path>) -> WageData {
        WageData {
            user_dir: user_dir.map(Path::to_path_buf),
            national: OnceCell::new(),
            wages: OnceCell::new(),
            prices: OnceCell::new(),
            source_ids: OnceCell::new(),
        }
    }

    /// The wage table, read now if it has not been; `sources` are the catalog's, to check the
    /// source the table names.
    pub fn wages(&self, sources: &[Source]) -> Result<&WageTable, DataError> {
        cached(
            &self.wages,
            self.user_dir.as_deref(),
            sources,
            (WageTable::parse, || Some(WageTable::builtin())),
        )
    }

    /// The national rows of the wage table (the whole table when it is already read): what a
    /// query that shows no state or metro area needs, read in a small part of the time.
    pub fn national_wages(&self, sources: &[Source]) -> Result<&WageTable, DataError> {
        if let Some(Ok(whole)) = self.wages.get() {
            return Ok(whole);
        }
        cached(
            &self.national,
            self.user_dir.as_deref(),
            sources,
            (WageTable::parse_national, || {
                Some(WageTable::builtin_national())
            }),
        )
    }

    pub fn prices(&self, sources: &[Source]) -> Result<&PriceIndex, DataError> {
        cached(
            &self.prices,
            self.user_dir.as_deref(),
            sources,
            (PriceIndex::parse, || None),
        )
    }

    /// Where the file `name` (`WAGES_FILE` or `PRICES_FILE`) is read from: the user's
    /// directory when it is there, else the built-in data.
    pub fn origin(&self, name: &str) -> Origin {
        match self.user_dir.as_deref().map(|dir| dir.join(name)) {
            Some(path) if path.exists() || path.is_symlink() => Origin::User(path),
            _ => Origin::BuiltIn,
        }
    }

    /// The path of the price index in messages: the user's file, or `data/cpi-u-annual.csv`.
    pub fn prices_path(&self) -> String {
        match TableFile::find(self.user_dir.as_deref(), PRICES_FILE) {
            Ok(file) => file.display_path(),
            Err(_) => Origin::BuiltIn.display_path(PRICES_FILE),
        }
    }

    /// The source ids the two files name, read from their first lines only (no rows parsed):
    /// what `him sources` needs to say which source backs the wages.
    pub fn source_ids(&self) -> &(Option<String>, Option<String>) {
        self.source_ids.get_or_init(|| {
            let named = |name| {
                TableFile::find(self.user_dir.as_deref(), name)
                    .ok()
                    .and_then(|file| parse::source_line(&file.text).map(|(id, _)| id.to_string()))
            };
            (named(WAGES_FILE), named(PRICES_FILE))
        })
    }
}

/// The source id the table file at `path` names on its `# source:` line, when the file is
/// there: what `him import` reads to know which imported sources are still in use.
pub fn source_named_in(path: &Path) -> Option<String> {
    use std::io::BufRead;
    let file = std::fs::File::open(path).ok()?;
    // The source line is among the comment lines that open the file.
    let mut opening = String::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.ok()?;
        if !line.starts_with('#') {
            break;
        }
        opening.push_str(&line);
        opening.push('\n');
    }
    parse::source_line(&opening).map(|(id, _)| id.to_string())
}

/// What `him check` reports of one table file.
pub struct FileSummary {
    pub file: &'static str,
    pub origin: Origin,
    pub records: usize,
}

/// Checks both files of a data directory: each file on its own and, given the data set they go
/// with (when it loaded cleanly), the sources they name and every title's occupation code (a
/// title without wages is a warning: it works, with no current pay).
pub fn check(
    user_dir: Option<&Path>,
    data: Option<(&Dataset, &[SourceFile])>,
) -> (Vec<FileSummary>, Vec<Diagnostic>) {
    let mut summaries = Vec::new();
    let mut problems = Vec::new();
    let wages = check_file::<WageTable>(user_dir, data, &mut problems);
    if let (Some(table), Some((data, files))) = (&wages.1, data) {
        problems.extend(missing_wages(table, data, files));
        problems.extend(lower_median_steps(table, data, files));
        problems.extend(unknown_areas(table, data, files));
    }
    summaries.extend(wages.0);
    summaries.extend(check_file::<PriceIndex>(user_dir, data, &mut problems).0);
    (summaries, problems)
}

/// Checks one table file on its own and the source it names; the table when it reads.
fn check_file<T: TableKind>(
    user_dir: Option<&Path>,
    data: Option<(&Dataset, &[SourceFile])>,
    problems: &mut Vec<Diagnostic>,
) -> (Option<FileSummary>, Option<T>) {
    let file = match TableFile::find(user_dir, T::FILE) {
        Ok(file) => file,
        Err(problem) => {
            problems.push(*problem);
            return (None, None);
        }
    };
    let table = T::parse_text(&file.text, &file.display_path())
        .map_err(|found| problems.extend(found))
        .ok();
    // The source line is read on its own, so a bad row does not hide a bad source.
    if let (Some((source, _)), Some((data, _))) = (parse::source_line(&file.text), data)
        && !source.is_empty()
    {
        problems.extend(check_source(&file, source, data.sources()));
    }
    let summary = FileSummary {
        file: T::FILE,
        origin: file.origin,
        records: table.as_ref().map_or(0, T::rows),
    };
    (Some(summary), table)
}

/// A warning for each title whose occupation code has no national wages in the table.
fn missing_wages(table: &WageTable, data: &Dataset, files: &[SourceFile]) -> Vec<Diagnostic> {
    let Some(national) = table.national() else {
        return vec![
            Diagnostic::file_level(
                WAGES_FILE.to_string(),
                "the wage table has no national rows, so no title has national wages".to_string(),
                None,
            )
            .warning(),
        ];
    };
    let titles = files.iter().find(|f| f.kind == Kind::Title);
    // Parsed on the first warning and once for all, however many titles lack a wage row.
    let index = OnceCell::new();
    data.titles()
        .iter()
        .enumerate()
        .filter(|(_, t)| table.estimate(&t.soc, national, Setting::All).is_none())
        .map(|(i, t)| {
            let message = format!(
                "title `{}` has SOC code {}, which has no national row in the wage table: him shows no current pay for it",
                t.id, t.soc
            );
            let hint = Some(format!(
                "use one of the table's occupation codes ({}), or add its rows to {WAGES_FILE}",
                table
                    .occupations()
                    .iter()
                    .map(|o| o.soc.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            match titles {
                Some(file) => index.get_or_init(|| file.index()).diagnostic_at(&[Step::Index(i), Step::Key("soc")], message, hint),
                None => Diagnostic::file_level("titles.toml".to_string(), message, hint),
            }
            .warning()
        })
        .collect()
}

/// A warning for each `leads_to` step to a title whose occupation has a lower national median
/// than the title's own, unless the title lists it in `lower_median_steps`: a ladder that goes
/// down in pay is more often a wrong code or a wrong step than a real one.
fn lower_median_steps(table: &WageTable, data: &Dataset, files: &[SourceFile]) -> Vec<Diagnostic> {
    let Some(national) = table.national() else {
        return Vec::new();
    };
    let median = |soc: &str| {
        table
            .estimate(soc, national, Setting::All)
            .and_then(|e| e.median.value())
    };
    let titles = files.iter().find(|f| f.kind == Kind::Title);
    let index = OnceCell::new();
    let mut problems = Vec::new();
    for (i, title) in data.titles().iter().enumerate() {
        let Some(own) = median(&title.soc) else {
            continue;
        };
        for (n, next_id) in title.leads_to.iter().enumerate() {
            let Some(next) = data.titles().iter().find(|t| &t.id == next_id) else {
                continue;
            };
            let Some(theirs) = median(&next.soc) else {
                continue;
            };
            if theirs >= own || title.lower_median_steps.contains(next_id) {
                continue;
            }
            let name = |soc: &str| {
                table
                    .occupation(soc)
                    .map_or_else(|| soc.to_string(), |o| format!("{soc} {}", o.name))
            };
            let message = format!(
                "title `{}` leads to `{}`, whose occupation ({}) has a lower national median than its own ({}): {} against {}",
                title.id,
                next.id,
                name(&next.soc),
                name(&title.soc),
                crate::text::dollars(u64::from(theirs)),
                crate::text::dollars(u64::from(own)),
            );
            let hint = Some(format!(
                "check both titles' soc codes and the step; if the step is right, add `lower_median_steps = [\"{}\"]` to `{}` (the ladder notes it either way)",
                next.id, title.id
            ));
            let diagnostic = match titles {
                Some(file) => index.get_or_init(|| file.index()).diagnostic_at(
                    &[Step::Index(i), Step::Key("leads_to"), Step::Index(n)],
                    message,
                    hint,
                ),
                None => Diagnostic::file_level("titles.toml".to_string(), message, hint),
            };
            problems.push(diagnostic.warning());
        }
    }
    problems
}

/// A warning for each area name whose code is not an area of the wage table: `--area` skips
/// it (a user's wage table may hold only some areas).
fn unknown_areas(table: &WageTable, data: &Dataset, files: &[SourceFile]) -> Vec<Diagnostic> {
    let file = files.iter().find(|f| f.kind == Kind::Area);
    let index = OnceCell::new();
    data.areas()
        .iter()
        .enumerate()
        .filter(|(_, name)| table.area_by_code(&name.area).is_none())
        .map(|(i, name)| {
            let message = format!(
                "area name `{}` points at BLS area {}, which the wage table does not have: --area does not take it",
                name.id, name.area
            );
            let hint = Some(
                "`him salary --list-areas NAME` shows the areas and their codes".to_string(),
            );
            match file {
                Some(file) => index.get_or_init(|| file.index()).diagnostic_at(
                    &[Step::Index(i), Step::Key("area")],
                    message,
                    hint,
                ),
                None => Diagnostic::file_level("areas.toml".to_string(), message, hint),
            }
            .warning()
        })
        .collect()
}

#[cfg(test)]
mod tests;
