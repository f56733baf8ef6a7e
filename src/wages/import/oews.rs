//! OEWS rows in, him's wage table out: which rows him keeps, how BLS's columns and footnote
//! marks become the columns and footnotes of `oews-wages.csv`, and what was found.
//!
//! Two layouts are read, both by header name in any order and any case:
//! - BLS's own, in the download files (`all_data_M_2025.xlsx`, `national_M2025_dl.xlsx` ...):
//!   `AREA`, `AREA_TYPE`, `NAICS`, `OCC_CODE`, `TOT_EMP`, `A_PCT10` ..., with footnote marks in
//!   the cells: `*` and `**` not available, `#` at or above the top code, `~` under 0.5 percent.
//! - the lower-case one of BLS extracts and of him's own table (`soc_code`, `area_type` as
//!   `national|state|metro`, `-` for a value not published, a `footnotes` column of
//!   `column=code` pairs).

use std::collections::{BTreeMap, BTreeSet};

use super::super::columns::{FIGURE_COLUMNS, OPTIONAL_COLUMNS, WAGE_COLUMNS, decimal_places};
use super::super::{AreaKind, Reason, Setting};
use super::{Flow, Problems, Sink, TableName};
use crate::data::Diagnostic;

/// What a figure column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Number {
    /// A whole number: a count, or annual dollars.
    Whole,
    /// A decimal: jobs per 1,000, a location quotient.
    Decimal,
}

/// Where each column of him's table comes from in BLS's layout, and what its figures are. The
/// lower-case layout uses him's names themselves. Every column of `WAGE_COLUMNS` but
/// `footnotes` (made from the marks) is here, so a column added to the table needs a line here
/// and nothing else. A table may lack the columns of `OPTIONAL_COLUMNS` (BLS's national file
/// has no JOBS_1000, an older him table neither): the table written has such a column when any
/// table read had it.
const COLUMN_SOURCES: [(&str, &str, Option<Number>); 14] = [
    ("soc_code", "OCC_CODE", None),
    ("occupation", "OCC_TITLE", None),
    ("area_type", "AREA_TYPE", None),
    ("area_code", "AREA", None),
    ("area_name", "AREA_TITLE", None),
    ("industry_code", "NAICS", None),
    ("employment", "TOT_EMP", Some(Number::Whole)),
    ("annual_p10", "A_PCT10", Some(Number::Whole)),
    ("annual_p25", "A_PCT25", Some(Number::Whole)),
    ("annual_median", "A_MEDIAN", Some(Number::Whole)),
    ("annual_p75", "A_PCT75", Some(Number::Whole)),
    ("annual_p90", "A_PCT90", Some(Number::Whole)),
    ("jobs_per_1000", "JOBS_1000", Some(Number::Decimal)),
    ("location_quotient", "LOC_QUOTIENT", Some(Number::Decimal)),
];

/// Columns BLS's layout has beyond him's own: who employs (federal, state, local government,
/// private), read to keep the row covering every owner when a file has several.
const OWNERSHIP: &str = "OWN_CODE";

/// The lower-case layout's column of footnotes.
const FOOTNOTES: &str = "footnotes";

/// BLS's footnote codes him keeps, as `oews-wages.csv` writes them.
const CODE_NOT_RELEASED: &str = "8";
const CODE_ABOVE_TOP_CODE: &str = "5";

/// The occupations to keep: those the titles map to (a missing one is warned about), and
/// others (those of the table being replaced, and any asked for with `--soc`).
#[derive(Clone, Debug, Default)]
pub struct Wanted {
    pub by_titles: BTreeSet<String>,
    pub asked: BTreeSet<String>,
    pub in_table: BTreeSet<String>,
}

impl Wanted {
    fn contains(&self, soc: &str) -> bool {
        self.by_titles.contains(soc) || self.asked.contains(soc) || self.in_table.contains(soc)
    }
}

/// A figure cell, read.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Value {
    /// As written in the table: digits, and a decimal point for decimals.
    Number(String),
    /// Not published; the reason when BLS gave one.
    Missing(Option<Reason>),
}

/// How a table's columns are laid out.
#[derive(Clone, Debug)]
enum Layout {
    Bls,
    Lower,
}

/// A table's header, read: for each of `COLUMN_SOURCES`, its index in the row.
#[derive(Clone, Debug)]
struct Header {
    layout: Layout,
    columns: [Option<usize>; COLUMN_SOURCES.len()],
    ownership: Option<usize>,
    footnotes: Option<usize>,
}

/// The key a row is kept under: the order of him's table (the nation first, then states,
/// then metro areas; by area code, occupation, industry).
type Key = (AreaKind, String, String, String);

#[derive(Clone, Debug)]
struct Kept {
    occupation: String,
    area_name: String,
    /// The row's figures, in the order of the figure columns of `COLUMN_SOURCES`.
    figures: Vec<Value>,
    /// How many owners the row covers (the digits of OWN_CODE: 1235 is all of them).
    owners: usize,
    from: (TableName, u64),
}

/// A table that was read but is not OEWS data, and why: shown when no table of the files is.
#[derive(Clone, Debug)]
struct Skipped {
    table: TableName,
    why: String,
}

/// Reads OEWS rows; `finish` gives him's table.
pub struct OewsImport {
    wanted: Wanted,
    table: TableName,
    header: Option<Header>,
    /// The first non-empty row of the table, when it was not a header.
    first_row: Option<Vec<String>>,
    /// Rows of the current table whose header was refused (counted, not read).
    refused: bool,
    rows_read: usize,
    data_tables: Vec<TableName>,
    skipped: Vec<Skipped>,
    kept: BTreeMap<Key, Kept>,
    /// Every occupation code the files hold, kept or not.
    occupations_in_files: BTreeSet<String>,
    /// The year named by the tables read ("May 2025"), with the table that named it.
    years: Vec<(u16, TableName)>,
    /// The optional columns some table read had: the table written has them.
    optional_found: BTreeSet<&'static str>,
    problems: Problems,
}

/// What an import found and made.
#[derive(Clone, Debug)]
pub struct OewsTable {
    /// The columns of him's table written: `WAGE_COLUMNS`, but the optional ones no table read
    /// had.
    pub columns: Vec<&'static str>,
    /// The rows of him's table, in the order of `columns`, sorted.
    pub rows: Vec<Vec<String>>,
    pub summary: OewsSummary,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OewsSummary {
    /// The tables read, and those skipped as not OEWS data (sheets of field descriptions).
    pub tables_read: Vec<String>,
    pub tables_skipped: Vec<String>,
    pub rows_read: usize,
    pub rows_kept: usize,
    /// Occupation codes in the files, kept or not.
    pub occupations_in_files: usize,
    /// The occupations kept: code and BLS's name.
    pub occupations: Vec<(String, String)>,
    pub national_areas: usize,
    pub states: usize,
    pub metro_areas: usize,
    /// Occupations the titles map to that the files lack.
    pub missing_for_titles: Vec<String>,
    /// Occupations asked for with --soc that the files lack.
    pub missing_asked: Vec<String>,
    /// Occupations of the table being replaced that the files lack.
    pub missing_from_table: Vec<String>,
    /// The year of the May estimates, when the files name one.
    pub year: Option<u16>,
}

impl OewsImport {
    pub fn new(wanted: Wanted) -> OewsImport {
        OewsImport {
            wanted,
            table: TableName::default(),
            header: None,
            first_row: None,
            refused: false,
            rows_read: 0,
            data_tables: Vec::new(),
            skipped: Vec::new(),
            kept: BTreeMap::new(),
            occupations_in_files: BTreeSet::new(),
            years: Vec::new(),
            optional_found: BTreeSet::new(),
            problems: Problems::default(),
        }
    }

    /// Reads a header row: `None` when the row names no occupation column at all (not an OEWS
    /// table), an error naming the columns missing when it names some but not all.
    fn header(&self, cells: &[String]) -> Option<Result<Header, String>> {
        let find = |name: &str| cells.iter().position(|c| c.eq_ignore_ascii_case(name));
        let layout = if find("OCC_CODE").is_some() {
            Layout::Bls
        } else if find("soc_code").is_some() {
            Layout::Lower
        } else {
            return None;
        };
        let mut columns = [None; COLUMN_SOURCES.len()];
        let mut missing = Vec::new();
        for (i, (him, bls, _)) in COLUMN_SOURCES.iter().enumerate() {
            let name = match layout {
                Layout::Bls => bls,
                Layout::Lower => him,
            };
            columns[i] = find(name);
            if columns[i].is_none() && WAGE_COLUMNS.contains(him) && !OPTIONAL_COLUMNS.contains(him)
            {
                missing.push(*name);
            }
        }
        let footnotes = find(FOOTNOTES);
        if matches!(layout, Layout::Lower) && footnotes.is_none() {
            missing.push(FOOTNOTES);
        }
        if !missing.is_empty() {
            return Some(Err(format!(
                "the header lacks the column{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            )));
        }
        Some(Ok(Header {
            ownership: matches!(layout, Layout::Bls)
                .then(|| find(OWNERSHIP))
                .flatten(),
            layout,
            columns,
            footnotes,
        }))
    }

    /// One data row of the current table.
    fn data_row(&mut self, number: u64, cells: &[String]) {
        let Some(header) = &self.header else { return };
        self.rows_read += 1;
        let cell = |name: &str| -> &str {
            COLUMN_SOURCES
                .iter()
                .position(|(him, _, _)| *him == name)
                .and_then(|i| header.columns[i])
                .and_then(|i| cells.get(i))
                .map_or("", String::as_str)
        };
        let soc = cell("soc_code");
        if soc.is_empty() && cells.iter().all(String::is_empty) {
            return;
        }
        self.occupations_in_files.insert(soc.to_string());
        if !self.wanted.contains(soc) {
            return;
        }
        let area_type = cell("area_type");
        let kind = match (&header.layout, area_type) {
            // BLS's area types: 1 the nation, 2 a state, 3 a territory, 4 a metropolitan area,
            // 6 a nonmetropolitan area.
            (Layout::Bls, "1") | (Layout::Lower, "national") => AreaKind::National,
            (Layout::Bls, "2" | "3") | (Layout::Lower, "state") => AreaKind::State,
            (Layout::Bls, "4" | "6") | (Layout::Lower, "metro") => AreaKind::Metro,
            // Other kinds of area him does not show.
            _ => return,
        };
        let industry = industry_code(cell("industry_code"));
        let setting = Setting::from_code(&industry);
        let keep = match kind {
            AreaKind::National => setting.is_some(),
            _ => setting == Some(Setting::All),
        };
        if !keep {
            return;
        }
        let table = self.table.clone();
        let area_code = match area_code(&header.layout, kind, cell("area_code")) {
            Ok(code) => code,
            Err(message) => {
                self.problems.add(&table, Some(number), message, None);
                return;
            }
        };
        let area_name = match kind {
            AreaKind::National => "National".to_string(),
            _ => cell("area_name").to_string(),
        };
        if area_name.is_empty() {
            self.problems.add(
                &table,
                Some(number),
                format!("area {area_code} has no name"),
                None,
            );
            return;
        }
        let footnotes = header
            .footnotes
            .and_then(|i| cells.get(i))
            .map_or("", String::as_str);
        let mut figures = Vec::new();
        for (i, (him, bls, number_kind)) in COLUMN_SOURCES.iter().enumerate() {
            let Some(number_kind) = number_kind else {
                continue;
            };
            // A column the table does not have (yet) is not read: a mark it holds cannot
            // refuse the import.
            if !WAGE_COLUMNS.contains(him) {
                figures.push(Value::Missing(None));
                continue;
            }
            let text = header.columns[i]
                .and_then(|at| cells.get(at))
                .map_or("", String::as_str);
            let number_kind = (*number_kind, decimal_places(him));
            let value = match header.layout {
                Layout::Bls => bls_value(text, number_kind),
                Layout::Lower => lower_value(text, number_kind, footnote(footnotes, him)),
            };
            match value {
                Ok(value) => figures.push(value),
                Err(message) => {
                    let column = match header.layout {
                        Layout::Bls => bls,
                        Layout::Lower => him,
                    };
                    self.problems.add(
                        &table,
                        Some(number),
                        format!("{column}: {message}"),
                        Some(
                            "a figure is a number, or one of BLS's marks: * or ** (not available), # (at or above the top code), ~ (under 0.5 percent)"
                                .to_string(),
                        ),
                    );
                    return;
                }
            }
        }
        let owners = header
            .ownership
            .and_then(|i| cells.get(i))
            .map_or(0, |own| own.bytes().filter(u8::is_ascii_digit).count());
        let row = Kept {
            occupation: cell("occupation").to_string(),
            area_name,
            figures,
            owners,
            from: (table.clone(), number),
        };
        let key = (kind, area_code, soc.to_string(), industry);
        match self.kept.get_mut(&key) {
            None => {
                self.kept.insert(key, row);
            }
            // The row covering more owners wins (all ownerships over private only).
            Some(earlier) if row.owners > earlier.owners => *earlier = row,
            Some(earlier) if row.owners < earlier.owners || row.figures == earlier.figures => {}
            Some(earlier) => {
                let message = format!(
                    "a second row for {} in {} ({}), with other figures than row {} of {}",
                    key.2,
                    row.area_name,
                    industry_name(&key.3),
                    earlier.from.1,
                    earlier.from.0
                );
                self.problems.add(
                    &table,
                    Some(number),
                    message,
                    Some("import the files of one release; each occupation, area and industry has one row".to_string()),
                );
            }
        }
    }

    /// The table made of the rows kept, or every problem found.
    pub fn finish(self) -> Result<OewsTable, Vec<Diagnostic>> {
        let OewsImport {
            wanted,
            data_tables,
            skipped,
            kept,
            occupations_in_files,
            years,
            optional_found,
            mut problems,
            rows_read,
            ..
        } = self;
        if data_tables.is_empty() {
            for skip in &skipped {
                problems.add(
                    &skip.table,
                    None,
                    format!("not an OEWS table: {}", skip.why),
                    Some(format!(
                        "him imports BLS's OEWS files (oesmYYall.zip, oesmYYnat.zip, oesmYYst.zip, oesmYYma.zip, or the .xlsx in them), whose header names {}",
                        required_bls().join(", ")
                    )),
                );
            }
            return Err(problems.into_vec());
        }
        let mut distinct: Vec<&(u16, TableName)> = Vec::new();
        for year in &years {
            if !distinct.iter().any(|d| d.0 == year.0) {
                distinct.push(year);
            }
        }
        if let [first, second, ..] = distinct.as_slice() {
            problems.add(
                &second.1,
                None,
                format!(
                    "is of May {}, but {} is of May {}",
                    second.0, first.1, first.0
                ),
                Some("import the files of one release together".to_string()),
            );
        }
        if kept.is_empty() && problems.is_empty() {
            let mut asked: Vec<&String> = wanted.by_titles.iter().chain(&wanted.asked).collect();
            asked.sort();
            asked.dedup();
            problems.add(
                &data_tables[0],
                None,
                format!(
                    "none of the {} rows read is of an occupation him uses ({}) in the nation, a state or a metro area",
                    rows_read,
                    asked.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ),
                Some("check that this is an OEWS file of occupations by area".to_string()),
            );
        } else if !kept.keys().any(|k| k.0 == AreaKind::National) && problems.is_empty() {
            problems.add(
                &data_tables[0],
                None,
                "holds no national rows, and him's table needs them: every command without --area shows national figures".to_string(),
                Some("import the national file too (oesmYYnat.zip), or the one with all data (oesmYYall.zip)".to_string()),
            );
        }
        if !problems.is_empty() {
            return Err(problems.into_vec());
        }

        // One name per occupation and per area: the first the files give.
        let mut occupation_names: BTreeMap<&str, &str> = BTreeMap::new();
        let mut area_names: BTreeMap<&str, &str> = BTreeMap::new();
        let mut areas: BTreeMap<(AreaKind, &str), ()> = BTreeMap::new();
        for ((kind, code, soc, _), row) in &kept {
            occupation_names.entry(soc).or_insert(&row.occupation);
            area_names.entry(code).or_insert(&row.area_name);
            areas.insert((*kind, code), ());
        }
        let count = |kind| areas.keys().filter(|(k, _)| *k == kind).count();
        let missing = |codes: &BTreeSet<String>| -> Vec<String> {
            codes
                .iter()
                .filter(|c| !occupation_names.contains_key(c.as_str()))
                .cloned()
                .collect()
        };
        let summary = OewsSummary {
            tables_read: data_tables.iter().map(ToString::to_string).collect(),
            tables_skipped: skipped.iter().map(|s| s.table.to_string()).collect(),
            rows_read,
            rows_kept: kept.len(),
            occupations_in_files: occupations_in_files
                .iter()
                .filter(|s| !s.is_empty())
                .count(),
            occupations: occupation_names
                .iter()
                .map(|(soc, name)| (soc.to_string(), name.to_string()))
                .collect(),
            national_areas: count(AreaKind::National),
            states: count(AreaKind::State),
            metro_areas: count(AreaKind::Metro),
            missing_for_titles: missing(&wanted.by_titles),
            missing_asked: missing(&wanted.asked),
            missing_from_table: missing(&wanted.in_table),
            year: distinct.first().map(|d| d.0),
        };
        let columns: Vec<&'static str> = WAGE_COLUMNS
            .into_iter()
            .filter(|c| !OPTIONAL_COLUMNS.contains(c) || optional_found.contains(c))
            .collect();
        let rows = kept
            .iter()
            .map(|((kind, code, soc, industry), row)| {
                him_row(
                    &columns,
                    (*kind, code, soc, industry),
                    occupation_names
                        .get(soc.as_str())
                        .copied()
                        .unwrap_or_default(),
                    area_names.get(code.as_str()).copied().unwrap_or_default(),
                    &row.figures,
                )
            })
            .collect();
        Ok(OewsTable {
            columns,
            rows,
            summary,
        })
    }
}

impl Sink for OewsImport {
    fn begin(&mut self, table: &TableName) {
        self.table = table.clone();
        self.header = None;
        self.first_row = None;
        self.refused = false;
    }

    fn row(&mut self, number: u64, cells: &[String]) -> Flow {
        if self.header.is_some() {
            self.data_row(number, cells);
            return Flow::Continue;
        }
        if cells.iter().all(String::is_empty) {
            return Flow::Continue;
        }
        match self.header(cells) {
            Some(Ok(header)) => {
                for (i, (him, _, _)) in COLUMN_SOURCES.iter().enumerate() {
                    if header.columns[i].is_some() && OPTIONAL_COLUMNS.contains(him) {
                        self.optional_found.insert(him);
                    }
                }
                self.header = Some(header);
                self.data_tables.push(self.table.clone());
                if let Some(year) = self.table.names().find_map(super::may_year_in) {
                    self.years.push((year, self.table.clone()));
                }
                Flow::Continue
            }
            Some(Err(message)) => {
                let table = self.table.clone();
                self.problems.add(
                    &table,
                    Some(number),
                    message,
                    Some(format!(
                        "an OEWS table's header names {}, in any order",
                        required_bls().join(", ")
                    )),
                );
                self.refused = true;
                // Counted as read, so "not an OEWS file" is not said of it as well.
                self.data_tables.push(table);
                Flow::SkipTable
            }
            None => {
                self.first_row = Some(cells.to_vec());
                Flow::SkipTable
            }
        }
    }

    fn end(&mut self) {
        if self.header.is_none() && !self.refused {
            let why = match &self.first_row {
                None => "it is empty".to_string(),
                Some(first) => format!(
                    "its first row has no OCC_CODE column ({})",
                    shorten(&first.join(", "), 120)
                ),
            };
            self.skipped.push(Skipped {
                table: self.table.clone(),
                why,
            });
        }
    }
}

/// The BLS columns an OEWS table must have.
fn required_bls() -> Vec<&'static str> {
    COLUMN_SOURCES
        .iter()
        .filter(|(him, _, _)| WAGE_COLUMNS.contains(him) && !OPTIONAL_COLUMNS.contains(him))
        .map(|(_, bls, _)| *bls)
        .collect()
}

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_string(),
    }
}

/// BLS's industry code, six digits: a code read from a number cell has lost its leading
/// zeros (`0` for `000000`).
fn industry_code(text: &str) -> String {
    if !text.is_empty() && text.len() < 6 && text.bytes().all(|b| b.is_ascii_digit()) {
        format!("{text:0>6}")
    } else {
        text.to_string()
    }
}

fn industry_name(code: &str) -> String {
    Setting::from_code(code).map_or_else(|| code.to_string(), |s| s.name().to_lowercase())
}

/// him's seven-digit area code. BLS's files give the nation as `99`, a state by its two-digit
/// FIPS code (`17`, or `1` from a number cell), a metropolitan area by its five-digit code and
/// a nonmetropolitan area by seven digits; the lower-case layout has the seven digits already.
fn area_code(layout: &Layout, kind: AreaKind, text: &str) -> Result<String, String> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    let code = match (layout, kind) {
        (Layout::Lower, _) if digits && text.len() == 7 => Some(text.to_string()),
        (Layout::Lower, _) => None,
        (Layout::Bls, AreaKind::National) => Some("0000000".to_string()),
        (Layout::Bls, AreaKind::State) if digits && text.len() <= 2 => {
            Some(format!("{text:0>2}00000"))
        }
        (Layout::Bls, AreaKind::State) if digits && text.len() == 7 => Some(text.to_string()),
        (Layout::Bls, AreaKind::State) => None,
        (Layout::Bls, AreaKind::Metro) if digits && text.len() <= 7 => Some(format!("{text:0>7}")),
        (Layout::Bls, AreaKind::Metro) => None,
    };
    code.ok_or_else(|| {
        format!(
            "`{text}` is not a BLS area code of a {}",
            match kind {
                AreaKind::National => "nation",
                AreaKind::State => "state",
                AreaKind::Metro => "metro area",
            }
        )
    })
}

/// A number as the table writes it: digits, without thousands separators; a whole number
/// without a decimal part, a decimal with the `places` BLS publishes it to (a workbook's
/// number cell may have lost a trailing zero, or gained a binary fraction's tail).
fn number(text: &str, (kind, places): (Number, u8)) -> Result<String, String> {
    let plain: String = text.chars().filter(|c| *c != ',').collect();
    let value: f64 = plain
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite() && *v >= 0.0 && !plain.starts_with('+'))
        .ok_or_else(|| format!("`{text}` is neither a number nor a BLS footnote mark"))?;
    match kind {
        Number::Whole if value.fract() != 0.0 => Err(format!("`{text}` is not a whole number")),
        Number::Whole if value > f64::from(u32::MAX) => Err(format!("`{text}` is too large")),
        Number::Whole => Ok(format!("{}", value as u64)),
        Number::Decimal => Ok(format!("{value:.prec$}", prec = usize::from(places))),
    }
}

/// A cell of BLS's layout: a number, or a footnote mark.
fn bls_value(text: &str, kind: (Number, u8)) -> Result<Value, String> {
    match text {
        "" => Ok(Value::Missing(None)),
        "*" | "**" => Ok(Value::Missing(Some(Reason::NotReleased))),
        "#" => Ok(Value::Missing(Some(Reason::AboveTopCode))),
        // Under 0.5 percent: BLS marks shares with it; a share is never a figure him shows.
        "~" => Ok(Value::Missing(None)),
        _ => number(text, kind).map(Value::Number),
    }
}

/// A cell of the lower-case layout: a number, or `-` (or nothing) with the row's footnote for
/// the column.
fn lower_value(text: &str, kind: (Number, u8), footnote: Option<Reason>) -> Result<Value, String> {
    match text {
        "" | "-" => Ok(Value::Missing(footnote)),
        _ => number(text, kind).map(Value::Number),
    }
}

/// The reason the footnotes of a row (`annual_p90=5;employment=8`) give for `column`.
fn footnote(footnotes: &str, column: &str) -> Option<Reason> {
    footnotes
        .split(';')
        .filter_map(|note| note.trim().split_once('='))
        .filter(|(name, _)| name.trim() == column)
        .find_map(|(_, code)| match code.trim() {
            CODE_NOT_RELEASED => Some(Reason::NotReleased),
            CODE_ABOVE_TOP_CODE => Some(Reason::AboveTopCode),
            _ => None,
        })
}

/// One row of him's table, in the order of `columns`.
fn him_row(
    columns: &[&str],
    (kind, code, soc, industry): (AreaKind, &str, &str, &str),
    occupation: &str,
    area_name: &str,
    figures: &[Value],
) -> Vec<String> {
    let figure_of = |column: &str| -> Option<&Value> {
        COLUMN_SOURCES
            .iter()
            .filter(|(_, _, number)| number.is_some())
            .position(|(him, _, _)| *him == column)
            .and_then(|i| figures.get(i))
    };
    let footnotes: Vec<String> = WAGE_COLUMNS[FIGURE_COLUMNS]
        .iter()
        .filter(|column| columns.contains(column))
        .filter_map(|column| match figure_of(column) {
            Some(Value::Missing(Some(Reason::NotReleased))) => {
                Some(format!("{column}={CODE_NOT_RELEASED}"))
            }
            Some(Value::Missing(Some(Reason::AboveTopCode))) => {
                Some(format!("{column}={CODE_ABOVE_TOP_CODE}"))
            }
            _ => None,
        })
        .collect();
    columns
        .iter()
        .map(|column| match *column {
            "soc_code" => soc.to_string(),
            "occupation" => occupation.to_string(),
            "area_type" => kind.as_str().to_string(),
            "area_code" => code.to_string(),
            "area_name" => area_name.to_string(),
            "industry_code" => industry.to_string(),
            "footnotes" => footnotes.join(";"),
            figure => match figure_of(figure) {
                Some(Value::Number(text)) => text.clone(),
                _ => "-".to_string(),
            },
        })
        .collect()
}

/// him's table as CSV: the comment lines, then the header and rows.
pub fn to_csv(comment: &str, table: &OewsTable) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(&table.columns);
    for row in &table.rows {
        let _ = writer.write_record(row);
    }
    let body = writer.into_inner().unwrap_or_default();
    format!("{comment}{}", String::from_utf8_lossy(&body))
}

#[cfg(test)]
mod tests;
