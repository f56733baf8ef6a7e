//! An OEWS table's header: which of the two layouts it is, and where each column of him's table
//! comes from in it (`COLUMN_SOURCES`).

use crate::wages::columns::{OPTIONAL_COLUMNS, WAGE_COLUMNS};

/// What a figure column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Number {
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
pub(super) const COLUMN_SOURCES: [(&str, &str, Option<Number>); 14] = [
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

/// Every column of BLS's own layout, in the order of the May 2025 all-data file
/// (`all_data_M_2025.xlsx`). him finds the columns of `COLUMN_SOURCES` and `OWNERSHIP` by name,
/// in whatever order a year's file has them, and passes over the rest; this list is for what
/// writes a file in BLS's layout (the tests, `examples/gen_oews.rs`), so that it names the
/// columns as the reader does.
pub const BLS_COLUMNS: [&str; 32] = [
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "PRIM_STATE",
    "NAICS",
    "NAICS_TITLE",
    "I_GROUP",
    "OWN_CODE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "EMP_PRSE",
    "JOBS_1000",
    "LOC_QUOTIENT",
    "PCT_TOTAL",
    "PCT_RPT",
    "H_MEAN",
    "A_MEAN",
    "MEAN_PRSE",
    "H_PCT10",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "H_PCT90",
    "A_PCT10",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
    "A_PCT90",
    "ANNUAL",
    "HOURLY",
];

/// The lower-case layout's column of footnotes.
pub(super) const FOOTNOTES: &str = "footnotes";

/// How a table's columns are laid out.
#[derive(Clone, Debug)]
pub(super) enum Layout {
    Bls,
    Lower,
}

/// A table's header, read: for each of `COLUMN_SOURCES`, its index in the row.
#[derive(Clone, Debug)]
pub(super) struct Header {
    pub(super) layout: Layout,
    pub(super) columns: [Option<usize>; COLUMN_SOURCES.len()],
    pub(super) ownership: Option<usize>,
    pub(super) footnotes: Option<usize>,
}

impl Header {
    /// Reads a header row: `None` when the row names no occupation column at all (not an OEWS
    /// table), an error naming the columns missing when it names some but not all.
    pub(super) fn read(cells: &[String]) -> Option<Result<Header, String>> {
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
}

/// The BLS columns an OEWS table must have.
pub(super) fn required_bls() -> Vec<&'static str> {
    COLUMN_SOURCES
        .iter()
        .filter(|(him, _, _)| WAGE_COLUMNS.contains(him) && !OPTIONAL_COLUMNS.contains(him))
        .map(|(_, bls, _)| *bls)
        .collect()
}

#[cfg(test)]
mod tests;
