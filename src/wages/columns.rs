//! The columns of the wage table (`data/oews-wages.csv`), shared by the strict parser
//! (`parse.rs`) and by `build.rs`, which packs the built-in table, with the codes the packed
//! form gives a missing figure (`rows.rs` decodes them) and the one reading of a figure's text:
//! one list, so the two cannot disagree.

/// Every column, in the order him writes them (any order is read): what a row is, then its
/// figures.
pub const WAGE_COLUMNS: [&str; 15] = [
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
    "jobs_per_1000",
    "location_quotient",
];

/// The columns holding figures, which footnotes may name (indexes into `WAGE_COLUMNS`), in the
/// order of `Estimate`'s fields.
pub const FIGURE_COLUMNS: std::ops::Range<usize> = 7..15;

/// Columns a table may lack: they came after tables had been written without them (by him
/// before December 2026, or by hand), so such a table still reads, its figures "not in this
/// file".
pub const OPTIONAL_COLUMNS: [&str; 2] = ["jobs_per_1000", "location_quotient"];

/// The decimal places BLS publishes a figure column to: jobs per 1,000 to three, a location
/// quotient to two; counts and dollars are whole numbers.
pub fn decimal_places(column: &str) -> u8 {
    match column {
        "jobs_per_1000" => 3,
        "location_quotient" => 2,
        _ => 0,
    }
}

/// A figure's text as a whole number of its last decimal place: at three places `0.542` is 542
/// and `1.5` is 1500; at none, `22460` is 22460. `None` for anything else: more places than
/// `places`, a sign, a separator, `-`, or a value past `u32` (whose top codes mark missing
/// figures in the packed table).
pub fn parse_figure(text: &str, places: u8) -> Option<u32> {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) if places > 0 && !fraction.is_empty() => (whole, fraction),
        Some(_) => return None,
        None => (text, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || (!fraction.is_empty() && !digits(fraction)) {
        return None;
    }
    if fraction.len() > usize::from(places) {
        return None;
    }
    let padded = format!("{whole}{fraction:0<width$}", width = usize::from(places));
    padded
        .parse::<u32>()
        .ok()
        .filter(|&v| v < PACKED_NOT_PUBLISHED)
}

/// In the packed table, a figure BLS did not release (footnote 8).
pub const PACKED_NOT_RELEASED: u32 = u32::MAX;
/// In the packed table, a figure above BLS's top code (footnote 5).
pub const PACKED_ABOVE_TOP_CODE: u32 = u32::MAX - 1;
/// In the packed table, a figure not published, with no footnote saying why.
pub const PACKED_NOT_PUBLISHED: u32 = u32::MAX - 2;
