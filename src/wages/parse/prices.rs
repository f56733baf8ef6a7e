//! The rows of the price index read into a `PriceIndex`: a year and its CPI-U annual average on
//! each, no year twice.

use std::collections::BTreeMap;

use super::super::PriceIndex;
use super::read::read_table;
use super::{BYTE_ORDER_MARK, Problems, is_digits};
use crate::data::Diagnostic;
use crate::data::period::{FIRST_YEAR, LAST_YEAR};

const PRICE_COLUMNS: [&str; 2] = ["year", "annual_average"];

impl PriceIndex {
    pub fn parse(text: &str, file: &str) -> Result<PriceIndex, Vec<Diagnostic>> {
        price_index(text, file)
    }
}

fn price_index(text: &str, file: &str) -> Result<PriceIndex, Vec<Diagnostic>> {
    let text = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
    let mut problems = Problems::new(file, text);
    let mut annual = BTreeMap::new();
    let source = read_table(
        &mut problems,
        (PRICE_COLUMNS, &[]),
        "bls-cpi-u",
        |row, problems| {
            let year_text = row.cell(0);
            let value_text = row.cell(1);
            let year = year_text
                .parse::<u16>()
                .ok()
                .filter(|y| is_digits(year_text, 4) && (FIRST_YEAR..=LAST_YEAR).contains(y));
            let Some(year) = year else {
                problems.at(
                    row.span(0),
                    format!("`{year_text}` is not a year between {FIRST_YEAR} and {LAST_YEAR}"),
                    None,
                );
                return true;
            };
            let value = value_text
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v > 0.0);
            let Some(value) = value else {
                problems.at(
                    row.span(1),
                    format!(
                        "`{value_text}` is not an index value (a positive number such as 321.943)"
                    ),
                    None,
                );
                return true;
            };
            if annual.insert(year, value).is_some() {
                problems.at(row.span(0), format!("{year} is listed twice"), None);
            }
            true
        },
    );
    let Some(source) = source else {
        return Err(problems.into_errors());
    };
    if annual.is_empty() && problems.found.is_empty() {
        problems.at(0..0, "the price index has no rows".to_string(), None);
    }
    problems.finish(PriceIndex { source, annual })
}
