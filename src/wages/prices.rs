//! The CPI-U annual averages, and the one conversion they make: dollars of one year into dollars
//! of another. The index is read from CSV by `parse` (`PriceIndex::parse`).

use std::collections::BTreeMap;

/// Why a figure cannot be put in dollars of another year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unconvertible {
    /// The figure's year has no annual average.
    NoIndex(u16),
    /// The result is beyond any figure (an index value near zero).
    TooLarge { amount: u32, from: u16, to: u16 },
}

/// CPI-U annual averages by year.
#[derive(Clone, Debug, PartialEq)]
pub struct PriceIndex {
    /// The id of the `sources.toml` record the index comes from.
    pub source: String,
    pub(super) annual: BTreeMap<u16, f64>,
}

impl PriceIndex {
    /// The annual average of `year`, when it has one.
    pub fn annual(&self, year: u16) -> Option<f64> {
        self.annual.get(&year).copied()
    }

    /// `amount` dollars of `from` in dollars of `to`: amount × CPI(to) / CPI(from), rounded to
    /// the dollar. Worked out in floating point, which cannot wrap; a result beyond what a
    /// figure holds (a CPI near zero) is refused rather than clamped to $4,294,967,295.
    pub fn convert(&self, amount: u32, from: u16, to: u16) -> Result<u32, Unconvertible> {
        if from == to {
            return Ok(amount);
        }
        let (Some(to_cpi), Some(from_cpi)) = (self.annual(to), self.annual(from)) else {
            return Err(Unconvertible::NoIndex(from));
        };
        let converted = (f64::from(amount) * to_cpi / from_cpi).round();
        if converted.is_finite() && (0.0..=f64::from(u32::MAX)).contains(&converted) {
            Ok(converted as u32)
        } else {
            Err(Unconvertible::TooLarge { amount, from, to })
        }
    }

    /// Why a conversion failed, in words, naming the index values it used: "by this index,
    /// $64,000 of 2020 would be more than $4,294,967,295 in 2025 dollars (2020: 0.0001, 2025:
    /// 321.943): the index cannot be right".
    pub fn explain(&self, problem: Unconvertible) -> String {
        let value = |year: u16| {
            self.annual(year)
                .map_or_else(|| "none".to_string(), |v| v.to_string())
        };
        match problem {
            Unconvertible::NoIndex(year) => format!("the index has no annual average for {year}"),
            Unconvertible::TooLarge { amount, from, to } => format!(
                "by this index, {} of {from} would be more than {} in {to} dollars ({from}: {}, {to}: {}): the index cannot be right",
                crate::text::dollars(u64::from(amount)),
                crate::text::dollars(u64::from(u32::MAX)),
                value(from),
                value(to)
            ),
        }
    }

    /// The years with an annual average, as spans: "1990-2025", or "1990-2019, 2021-2025" when
    /// a year is missing.
    pub fn years(&self) -> String {
        let mut spans: Vec<(u16, u16)> = Vec::new();
        for &year in self.annual.keys() {
            match spans.last_mut() {
                Some((_, end)) if *end + 1 == year => *end = year,
                _ => spans.push((year, year)),
            }
        }
        spans
            .iter()
            .map(|&(start, end)| {
                if start == end {
                    start.to_string()
                } else {
                    format!("{start}-{end}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn len(&self) -> usize {
        self.annual.len()
    }

    pub fn is_empty(&self) -> bool {
        self.annual.is_empty()
    }
}
