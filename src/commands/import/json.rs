//! What `him import` reports, in the shape `--format json` prints: the files read, the rows
//! kept, the source named and the files written, and for the wage table the occupations and
//! areas found and those the files lack.

use serde::Serialize;

use crate::data::period::Period;

#[derive(Serialize)]
pub struct OewsView {
    #[serde(flatten)]
    pub(super) common: Common,
    pub(super) occupations: Vec<OccupationFound>,
    /// Occupation codes in the files, kept or not.
    pub(super) occupations_in_files: usize,
    pub(super) areas: AreasFound,
    /// Occupations the titles map to that the files lack: those titles show no current pay.
    pub(super) missing_for_titles: Vec<Missing>,
    /// Occupations asked for with --soc that the files lack.
    pub(super) missing_asked: Vec<String>,
    /// Occupations of the table replaced that the files lack.
    pub(super) missing_from_table: Vec<String>,
}

#[derive(Serialize)]
pub struct CpiView {
    #[serde(flatten)]
    pub(super) common: Common,
    /// The years with annual averages.
    pub(super) years: String,
    /// Years with monthly values but no annual average: `--real` cannot use them.
    pub(super) years_without_average: Vec<u16>,
}

/// What both imports report.
#[derive(Serialize)]
pub(super) struct Common {
    /// `oews` or `cpi`.
    pub(super) table: &'static str,
    pub(super) files: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) tables_read: Vec<String>,
    /// Tables of the files that are not data (sheets of field descriptions).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(super) tables_skipped: Vec<String>,
    pub(super) rows_read: usize,
    pub(super) rows_kept: usize,
    pub(super) period: Period,
    pub(super) source: SourceUsed,
    pub(super) dir: String,
    pub(super) dir_created: bool,
    /// The directory was named with --data, so commands that read it need --data too.
    #[serde(skip)]
    pub(super) dir_from_flag: bool,
    pub(super) written: Vec<Written>,
}

#[derive(Serialize)]
pub(super) struct SourceUsed {
    pub(super) id: String,
    pub(super) title: String,
    /// True when the record was written to imported-sources.toml; false for `--source`.
    pub(super) imported: bool,
}

#[derive(Serialize)]
pub(super) struct Written {
    pub(super) file: &'static str,
    pub(super) path: String,
    pub(super) replaced: bool,
}

#[derive(Serialize)]
pub(super) struct OccupationFound {
    pub(super) soc: String,
    pub(super) name: String,
}

#[derive(Serialize)]
pub(super) struct AreasFound {
    pub(super) national: usize,
    pub(super) states: usize,
    pub(super) metro: usize,
}

#[derive(Serialize)]
pub(super) struct Missing {
    pub(super) soc: String,
    /// The ids of the titles that map to it.
    pub(super) titles: Vec<String>,
}
