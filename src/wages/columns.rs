//! The columns of the wage table (`data/oews-wages.csv`), shared by the strict parser
//! (`parse.rs`) and by `build.rs`, which packs the built-in table: one list, so the two cannot
//! disagree on a name.

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
