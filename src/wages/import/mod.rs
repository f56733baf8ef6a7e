//! `him import`: BLS's own published files in, him's two tables out.
//!
//! Three steps, each testable alone:
//! - `read` opens the files (zip archives, `.xlsx` workbooks, CSV and tab-separated text) and
//!   hands over every table in them row by row, as text cells: the only step that touches files.
//! - `oews` and `cpi` take those rows (a `Sink` each), keep what him uses and say what they
//!   found: plain functions of rows, with no file and no terminal.
//! - the command (`commands::import`) writes the result and reports it.

pub mod cpi;
pub mod oews;
pub mod read;

use std::fmt;

use crate::data::Diagnostic;

/// Past this many problems the rest are counted, not shown: a file that is not what it seems
/// has a problem on every row.
const MAX_PROBLEMS: usize = 20;

/// Which table of which file rows come from: a CSV file, a workbook's sheet, or either inside a
/// zip archive.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TableName {
    /// The file as the user named it.
    pub file: String,
    /// The file inside a zip archive.
    pub entry: Option<String>,
    /// The sheet of a workbook.
    pub sheet: Option<String>,
}

impl TableName {
    /// The innermost name alone, for a line that must stay short (a progress bar): the file in
    /// the archive, or the file, and the sheet.
    pub fn short(&self) -> String {
        let inner = self.entry.as_deref().unwrap_or(&self.file);
        let base = inner.rsplit(['/', '\\']).next().unwrap_or(inner);
        match &self.sheet {
            Some(sheet) => format!("{base}, sheet \"{sheet}\""),
            None => base.to_string(),
        }
    }

    /// The names that may say the period, most specific first: the sheet, the file in the
    /// archive, the file (its name alone: a folder's name says nothing of the figures).
    fn names(&self) -> impl Iterator<Item = &str> {
        let file = std::path::Path::new(&self.file)
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or(&self.file);
        [self.sheet.as_deref(), self.entry.as_deref(), Some(file)]
            .into_iter()
            .flatten()
    }
}

impl fmt::Display for TableName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        match (&self.entry, &self.sheet) {
            (Some(entry), Some(sheet)) => write!(f, " ({entry}, sheet \"{sheet}\")"),
            (Some(entry), None) => write!(f, " ({entry})"),
            (None, Some(sheet)) => write!(f, " (sheet \"{sheet}\")"),
            (None, None) => Ok(()),
        }
    }
}

/// Whether to go on reading a table's rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    Continue,
    /// The table is not one this import reads (a sheet of field descriptions): skip the rest.
    SkipTable,
}

/// What takes the rows of the tables `read` finds.
pub trait Sink {
    /// A table begins: its rows follow.
    fn begin(&mut self, table: &TableName);
    /// One row: its number in the table (1 for the first line or sheet row) and its cells,
    /// trimmed, numbers written as text.
    fn row(&mut self, number: u64, cells: &[String]) -> Flow;
    /// The table has ended.
    fn end(&mut self);
}

/// How far reading has got, for a progress bar: units are rows of a sheet or bytes of a text
/// file, whichever `start` says the total is in.
pub trait Progress {
    /// A table of about `total` units begins.
    fn start(&mut self, table: &TableName, total: u64, unit: Unit);
    /// `done` units of it are read.
    fn set(&mut self, done: u64);
    fn finish(&mut self);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Rows,
    Bytes,
}

/// No progress shown: a pipe, a test.
pub struct Quiet;

impl Progress for Quiet {
    fn start(&mut self, _: &TableName, _: u64, _: Unit) {}
    fn set(&mut self, _: u64) {}
    fn finish(&mut self) {}
}

/// Problems found in the rows, capped at `MAX_PROBLEMS`.
#[derive(Debug, Default)]
struct Problems {
    found: Vec<Diagnostic>,
    more: usize,
}

impl Problems {
    fn add(&mut self, table: &TableName, row: Option<u64>, message: String, hint: Option<String>) {
        if self.found.len() >= MAX_PROBLEMS {
            self.more += 1;
            return;
        }
        let message = match row {
            Some(row) => format!("row {row}: {message}"),
            None => message,
        };
        self.found
            .push(Diagnostic::file_level(table.to_string(), message, hint));
    }

    fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    fn into_vec(mut self) -> Vec<Diagnostic> {
        if self.more > 0 {
            self.found.push(Diagnostic::file_level(
                "him import".to_string(),
                format!("{} more problems not shown", self.more),
                Some("fix the ones above first; they often explain the rest".to_string()),
            ));
        }
        self.found
    }
}

/// The year of a "May YYYY" release named in `text`, as BLS names its OEWS files and sheets:
/// `oesm25all.zip` (2025), `all_data_M_2025.xlsx`, `national_M2025_dl.xlsx`, a sheet "All May
/// 2025 data", an extract `oews-may2025-....csv`.
pub fn may_year_in(text: &str) -> Option<u16> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let digits_at = |at: usize, count: usize| -> Option<u16> {
        let digits = bytes.get(at..at + count)?;
        let ends = bytes.get(at + count).is_none_or(|b| !b.is_ascii_digit());
        (digits.iter().all(u8::is_ascii_digit) && ends)
            .then(|| std::str::from_utf8(digits).ok()?.parse().ok())
            .flatten()
    };
    let after = |at: usize| {
        // "may 2025", "may2025", "may_2025", "m_2025", "m2025".
        let at = match bytes.get(at) {
            Some(b' ' | b'_' | b'-') => at + 1,
            _ => at,
        };
        digits_at(at, 4)
    };
    let year = (0..bytes.len()).find_map(|i| {
        let starts_word = i == 0 || !bytes[i - 1].is_ascii_alphabetic();
        if !starts_word {
            return None;
        }
        let rest = &lower[i..];
        if let Some(year) = rest.strip_prefix("oesm").and_then(|_| digits_at(i + 4, 2)) {
            return Some(2000 + year);
        }
        if rest.starts_with("may") {
            return after(i + 3);
        }
        if rest.starts_with('m')
            && bytes
                .get(i + 1)
                .is_some_and(|b| *b == b'_' || b.is_ascii_digit())
        {
            return after(i + 1);
        }
        None
    })?;
    (1997..=crate::data::period::LAST_YEAR)
        .contains(&year)
        .then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_year_in_the_names_bls_gives_its_files() {
        for (name, year) in [
            ("oesm25all.zip", Some(2025)),
            ("OESM24NAT.ZIP", Some(2024)),
            ("oesm25all/all_data_M_2025.xlsx", Some(2025)),
            ("national_M2026_dl.xlsx", Some(2026)),
            ("MSA_M2025_dl.xlsx", Some(2025)),
            ("All May 2023 data", Some(2023)),
            ("oews-may2025-health-data-occupations.csv", Some(2025)),
            ("state_M2025_dl.xlsx", Some(2025)),
            ("my-wages.csv", None),
            ("maybe 2025", None),
            ("m_20251", None),
            ("Field Descriptions", None),
        ] {
            assert_eq!(may_year_in(name), year, "{name}");
        }
    }

    #[test]
    fn a_table_is_named_by_its_file_entry_and_sheet() {
        let name = TableName {
            file: "oesm25all.zip".to_string(),
            entry: Some("oesm25all/all_data_M_2025.xlsx".to_string()),
            sheet: Some("All May 2025 data".to_string()),
        };
        assert_eq!(
            name.to_string(),
            "oesm25all.zip (oesm25all/all_data_M_2025.xlsx, sheet \"All May 2025 data\")"
        );
        assert_eq!(
            name.short(),
            "all_data_M_2025.xlsx, sheet \"All May 2025 data\""
        );
    }
}
