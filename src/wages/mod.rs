//! Wages and prices: the BLS OEWS wage table (annual wages by occupation, area and work setting)
//! and the CPI-U annual averages that turn dollars of one year into dollars of another.
//!
//! Both are CSV files in `data/` (`oews-wages.csv`, `cpi-u-annual.csv`), compiled into the binary
//! like the TOML files, and a user's data directory may replace either one. Nothing here is read
//! until a command asks: `WageData` parses each file on first use, so `him list titles` never
//! pays for thousands of wage rows. Commands see only the types re-exported below (`WageTable`,
//! `Estimate`, `PriceIndex` and their lookups), so the representation can change (say,
//! converted at build time) without touching them.
//!
//! The table is `table.rs` (its areas, occupations and lookups) over `rows.rs` (each area's rows)
//! and the figures of `figures.rs`; it is made by `parse` from CSV or by `packed` from the
//! built-in table compiled at build time, and `areas` finds the area a person means. `load`
//! finds and reads the files on first use, `check` checks them for `him check`.

mod areas;
mod check;
mod columns;
mod figures;
pub mod import;
mod load;
mod packed;
mod parse;
mod prices;
pub mod ranking;
mod rows;
mod setting;
mod table;

pub use areas::{AreaQueryError, Found, Resolved, city_state, place_words, postal_code};
pub use check::{FileSummary, check};
pub use figures::{Decimal, Estimate, Figure, Reason};
pub use load::{WageData, source_named_in};
pub use prices::{PriceIndex, Unconvertible};
pub use setting::Setting;
pub use table::{Area, AreaId, AreaKind, Occupation, WageTable};

pub use crate::data::{PRICES_FILE, WAGES_FILE};

#[cfg(test)]
mod tests;
