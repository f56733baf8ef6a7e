//! The columns of the wage table (`data/oews-wages.csv`), shared by the strict parser
//! (`parse.rs`) and by `build.rs`, which packs the built-in table, with the codes the packed
//! form gives a missing figure (`packed.rs` reads them): one list, so the two cannot disagree.

/// Every column, in the order him writes them (any order is read): what a row is, then its
/// figures.
pub const WAGE_COLUMNS: [&str; 13] = [
    "soc_code",
    "occupation",
    "area_type",
    "area_code",
    "area_name",
    "industry_code",
    "footnotes",
    "employment",
    "annual_p10",
    "annual_p25",
    "annual_median",
    "annual_p75",
    "annual_p90",
];

/// The columns holding figures, which footnotes may name (indexes into `WAGE_COLUMNS`), in the
/// order of `Estimate`'s fields.
pub const FIGURE_COLUMNS: std::ops::Range<usize> = 7..13;

/// In the packed table, a figure BLS did not release (footnote 8).
pub const PACKED_NOT_RELEASED: u32 = u32::MAX;
/// In the packed table, a figure above BLS's top code (footnote 5).
pub const PACKED_ABOVE_TOP_CODE: u32 = u32::MAX - 1;
/// In the packed table, a figure not published, with no footnote saying why.
pub const PACKED_NOT_PUBLISHED: u32 = u32::MAX - 2;
