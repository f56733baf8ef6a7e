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
//!
//! The rows are read here, a table at a time (`OewsImport` is a `Sink`); `header` maps a
//! table's columns, `cells` reads its cells and footnote marks, `table` makes him's table of the
//! rows kept.

mod cells;
mod header;
mod table;

pub use header::BLS_COLUMNS;
pub use table::{OewsSummary, OewsTable, to_csv};

use std::collections::{BTreeMap, BTreeSet};

use super::{Flow, Problems, Sink, TableName};
use crate::wages::columns::{OPTIONAL_COLUMNS, WAGE_COLUMNS, decimal_places};
use crate::wages::{AreaKind, Setting};
use cells::{Value, area_code, bls_value, footnote, industry_code, industry_name, lower_value};
use header::{COLUMN_SOURCES, Header, Layout, required_bls};

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
        match Header::read(cells) {
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

fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests;
