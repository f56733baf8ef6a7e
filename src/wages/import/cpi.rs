//! CPI-U rows in, him's price index out: the annual averages (period `M13`) of the series
//! `CUUR0000SA0` (all urban consumers, U.S. city average, all items, not seasonally adjusted).
//!
//! Two layouts are read, by header name in any case:
//! - long, one value a row: BLS's flat file `cu.data.1.AllItems` (tab-separated `series_id year
//!   period value footnote_codes`, every series of the all-items index) or a CSV of it
//!   (`series,year,period,value`);
//! - wide, one year a row: BLS's data viewer download (`Year,Jan,...,Dec,Annual`), after its
//!   lines about the series (`Series Id:,CUUR0000SA0`).

use std::collections::{BTreeMap, BTreeSet};

use super::{Flow, Problems, Sink, TableName};
use crate::data::Diagnostic;
use crate::data::period::{Date, FIRST_YEAR, LAST_YEAR, Period};

/// The series him converts dollars with.
pub const SERIES: &str = "CUUR0000SA0";

/// How many rows may come before the header: the data viewer's lines about the series.
const MAX_LINES_BEFORE_HEADER: u64 = 40;

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

#[derive(Clone, Debug)]
enum Header {
    Long {
        series: usize,
        year: usize,
        period: usize,
        value: usize,
    },
    Wide {
        year: usize,
        /// The column of each month, when present.
        months: [Option<usize>; 12],
        annual: Option<usize>,
    },
}

/// Reads CPI rows; `finish` gives him's price index.
pub struct CpiImport {
    table: TableName,
    header: Option<Header>,
    /// The series the lines before a wide table name, if any.
    named_series: Option<String>,
    first_row: Option<Vec<String>>,
    rows_read: usize,
    rows_of_series: usize,
    /// Other series met, for the message when the file has none of ours.
    other_series: BTreeSet<String>,
    annual: BTreeMap<u16, (String, (TableName, u64))>,
    months: BTreeMap<u16, BTreeSet<u8>>,
    data_tables: usize,
    skipped: Vec<(TableName, String)>,
    problems: Problems,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CpiTable {
    /// `(year, annual average as BLS writes it)`, by year.
    pub rows: Vec<(u16, String)>,
    pub summary: CpiSummary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CpiSummary {
    pub rows_read: usize,
    /// Rows of the series `CUUR0000SA0`.
    pub rows_of_series: usize,
    /// The years with monthly values and no annual average (a year not over yet).
    pub years_without_average: Vec<u16>,
    /// The latest month with a value (or the latest year, with annual averages alone): the
    /// period of the figures.
    pub period: Period,
}

impl Default for CpiImport {
    fn default() -> Self {
        CpiImport::new()
    }
}

impl CpiImport {
    pub fn new() -> CpiImport {
        CpiImport {
            table: TableName::default(),
            header: None,
            named_series: None,
            first_row: None,
            rows_read: 0,
            rows_of_series: 0,
            other_series: BTreeSet::new(),
            annual: BTreeMap::new(),
            months: BTreeMap::new(),
            data_tables: 0,
            skipped: Vec::new(),
            problems: Problems::default(),
        }
    }

    fn header(cells: &[String]) -> Option<Header> {
        let find = |names: &[&str]| {
            cells
                .iter()
                .position(|c| names.iter().any(|n| c.eq_ignore_ascii_case(n)))
        };
        let year = find(&["year"])?;
        if let (Some(series), Some(period), Some(value)) = (
            find(&["series_id", "series"]),
            find(&["period"]),
            find(&["value"]),
        ) {
            return Some(Header::Long {
                series,
                year,
                period,
                value,
            });
        }
        let months = MONTHS.map(|m| find(&[m]));
        let annual = find(&["annual", "annual average", "avg"]);
        (annual.is_some() || months.iter().any(Option::is_some)).then_some(Header::Wide {
            year,
            months,
            annual,
        })
    }

    fn year(&mut self, number: u64, text: &str) -> Option<u16> {
        let year = text
            .parse::<u16>()
            .ok()
            .filter(|y| text.len() == 4 && (FIRST_YEAR..=LAST_YEAR).contains(y));
        if year.is_none() {
            let table = self.table.clone();
            self.problems.add(
                &table,
                Some(number),
                format!("`{text}` is not a year between {FIRST_YEAR} and {LAST_YEAR}"),
                None,
            );
        }
        year
    }

    /// A value: a positive number, as BLS writes it; `None` for a cell left empty.
    fn value(&mut self, number: u64, text: &str) -> Option<String> {
        if text.is_empty() || text == "-" {
            return None;
        }
        if text.parse::<f64>().is_ok_and(|v| v.is_finite() && v > 0.0) && !text.starts_with('+') {
            return Some(text.to_string());
        }
        let table = self.table.clone();
        self.problems.add(
            &table,
            Some(number),
            format!("`{text}` is not an index value (a positive number such as 321.943)"),
            None,
        );
        None
    }

    fn annual_average(&mut self, number: u64, year: u16, value: String) {
        let here = (self.table.clone(), number);
        if let Some((earlier, from)) = self.annual.get(&year) {
            if *earlier != value {
                let message = format!(
                    "the annual average of {year} is {value} here but {earlier} in row {} of {}",
                    from.1, from.0
                );
                self.problems.add(&here.0, Some(number), message, None);
            }
            return;
        }
        self.annual.insert(year, (value, here));
    }

    fn data_row(&mut self, number: u64, cells: &[String]) {
        let Some(header) = self.header.clone() else {
            return;
        };
        if cells.iter().all(String::is_empty) {
            return;
        }
        self.rows_read += 1;
        let cell = |i: usize| cells.get(i).map_or("", String::as_str);
        match header {
            Header::Long {
                series,
                year,
                period,
                value,
            } => {
                if cell(series) != SERIES {
                    if self.other_series.len() < 5 {
                        self.other_series.insert(cell(series).to_string());
                    }
                    return;
                }
                self.rows_of_series += 1;
                let Some(year) = self.year(number, cell(year)) else {
                    return;
                };
                // M01-M12 are months, M13 the annual average; S01-S03 are half-years.
                let month = cell(period)
                    .strip_prefix('M')
                    .and_then(|m| m.parse::<u8>().ok())
                    .filter(|m| (1..=13).contains(m));
                let Some(month) = month else {
                    return;
                };
                let Some(value) = self.value(number, cell(value)) else {
                    return;
                };
                if month == 13 {
                    self.annual_average(number, year, value);
                } else {
                    self.months.entry(year).or_default().insert(month);
                }
            }
            Header::Wide {
                year,
                months,
                annual,
            } => {
                self.rows_of_series += 1;
                let Some(year) = self.year(number, cell(year)) else {
                    return;
                };
                for (m, column) in months.iter().enumerate() {
                    if let Some(column) = column
                        && self.value(number, cell(*column)).is_some()
                    {
                        self.months.entry(year).or_default().insert(m as u8 + 1);
                    }
                }
                if let Some(value) = annual.and_then(|column| self.value(number, cell(column))) {
                    self.annual_average(number, year, value);
                }
            }
        }
    }

    /// The price index made of the annual averages found, or every problem.
    pub fn finish(self) -> Result<CpiTable, Vec<Diagnostic>> {
        let CpiImport {
            annual,
            months,
            data_tables,
            skipped,
            mut problems,
            rows_read,
            rows_of_series,
            other_series,
            ..
        } = self;
        if data_tables == 0 {
            for (table, why) in &skipped {
                problems.add(
                    table,
                    None,
                    format!("not a CPI table: {why}"),
                    Some(format!(
                        "him imports BLS's CPI-U file cu.data.1.AllItems (series_id, year, period, value), or a CSV of series {SERIES}"
                    )),
                );
            }
            return Err(problems.into_vec());
        }
        if annual.is_empty() && problems.is_empty() {
            let found = if rows_of_series > 0 {
                format!("its {rows_of_series} rows of {SERIES} have no annual average (period M13)")
            } else if other_series.is_empty() {
                format!("it has no rows of series {SERIES}")
            } else {
                format!(
                    "it has no rows of series {SERIES}, only of {}",
                    other_series.iter().cloned().collect::<Vec<_>>().join(", ")
                )
            };
            problems.add(
                &TableName::default(),
                None,
                found,
                Some(format!(
                    "him uses {SERIES}: all urban consumers, U.S. city average, all items, not seasonally adjusted"
                )),
            );
        }
        if !problems.is_empty() {
            return Err(problems.into_vec());
        }
        let latest_month = months
            .iter()
            .next_back()
            .and_then(|(year, months)| Some((*year, *months.iter().next_back()?)));
        let period = match latest_month {
            Some((year, month)) if annual.keys().next_back().is_none_or(|y| *y <= year) => Period {
                start: Date {
                    year,
                    month: Some(month),
                    day: None,
                },
                end_year: None,
            },
            // Averages alone (or averages past the last month given): dated by their last year.
            _ => Period {
                start: Date::year(annual.keys().next_back().copied().unwrap_or(FIRST_YEAR)),
                end_year: None,
            },
        };
        let years_without_average = months
            .keys()
            .filter(|year| !annual.contains_key(year))
            .copied()
            .collect();
        Ok(CpiTable {
            rows: annual
                .into_iter()
                .map(|(year, (value, _))| (year, value))
                .collect(),
            summary: CpiSummary {
                rows_read,
                rows_of_series,
                years_without_average,
                period,
            },
        })
    }
}

impl Sink for CpiImport {
    fn begin(&mut self, table: &TableName) {
        self.table = table.clone();
        self.header = None;
        self.named_series = None;
        self.first_row = None;
    }

    fn row(&mut self, number: u64, cells: &[String]) -> Flow {
        if self.header.is_some() {
            self.data_row(number, cells);
            return Flow::Continue;
        }
        if cells.iter().all(String::is_empty) {
            return Flow::Continue;
        }
        if self.first_row.is_none() {
            self.first_row = Some(cells.to_vec());
        }
        // The data viewer's lines about the series: `Series Id:,CUUR0000SA0`.
        if cells
            .first()
            .is_some_and(|c| c.to_ascii_lowercase().starts_with("series id"))
        {
            let id = cells[1..]
                .iter()
                .find(|c| !c.is_empty())
                .cloned()
                .or_else(|| {
                    cells[0]
                        .split_once(':')
                        .map(|(_, id)| id.trim().to_string())
                });
            self.named_series = id;
        }
        match CpiImport::header(cells) {
            Some(header) => {
                if let Some(series) = self.named_series.clone().filter(|s| s != SERIES) {
                    let table = self.table.clone();
                    self.problems.add(
                        &table,
                        None,
                        format!("is series {series}, not {SERIES}"),
                        Some(format!(
                            "him uses {SERIES}: all urban consumers, U.S. city average, all items, not seasonally adjusted"
                        )),
                    );
                    self.data_tables += 1;
                    return Flow::SkipTable;
                }
                self.header = Some(header);
                self.data_tables += 1;
                Flow::Continue
            }
            None if number >= MAX_LINES_BEFORE_HEADER => Flow::SkipTable,
            None => Flow::Continue,
        }
    }

    fn end(&mut self) {
        if self.header.is_none() {
            let why = match &self.first_row {
                None => "it is empty".to_string(),
                Some(first) => format!(
                    "no row names the columns year, period and value, or Year and Annual (the first is: {})",
                    first.join(", ")
                ),
            };
            self.skipped.push((self.table.clone(), why));
        }
    }
}

/// him's price index as CSV: the comment lines, then the header and rows.
pub fn to_csv(comment: &str, rows: &[(u16, String)]) -> String {
    let mut text = format!("{comment}year,annual_average\n");
    for (year, value) in rows {
        text.push_str(&format!("{year},{value}\n"));
    }
    text
}

#[cfg(test)]
mod tests;
