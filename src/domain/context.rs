//! What every query may read (the catalog, the wage data, today's date, how old is stale), and
//! the age of a dated figure in words.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::period::{Date, Period};
use crate::error::DataError;
use crate::wages::{PriceIndex, WageData, WageTable};

/// How old a figure may be before it is marked stale, unless `--stale-after` says otherwise.
pub const DEFAULT_STALE_AFTER_YEARS: u16 = 3;

/// What every query may read.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    /// For the age of figures and time-limited routes.
    pub today: Date,
    /// Pay and outlook figures older than this many years are marked stale (`--stale-after`).
    pub stale_after_years: u16,
    /// The wage table and price index, read only by the queries that ask for them.
    pub wages: &'a WageData,
}

impl<'a> Context<'a> {
    /// The OEWS wage table, read on first use.
    pub fn wage_table(&self) -> Result<&'a WageTable, DataError> {
        self.wages.wages(self.catalog.data.sources())
    }

    /// The national rows of the wage table, enough for a query that shows no other area.
    pub fn national_wages(&self) -> Result<&'a WageTable, DataError> {
        self.wages.national_wages(self.catalog.data.sources())
    }

    /// The CPI-U annual averages, read on first use.
    pub fn price_index(&self) -> Result<&'a PriceIndex, DataError> {
        self.wages.prices(self.catalog.data.sources())
    }

    /// How old a figure of `period` is today, and whether that makes it stale.
    pub fn age(&self, period: Period) -> Age {
        let start = period.reference();
        let months = (self.today.months() - start.months()).max(0);
        Age {
            months: u32::try_from(months).unwrap_or(u32::MAX),
            // A year alone ("2018") is dated to its middle, so its age is only about right.
            approximate: start.month.is_none(),
            stale: months > i64::from(self.stale_after_years) * 12,
            stale_after_years: self.stale_after_years,
            as_of: self.today,
        }
    }
}

/// The age of a dated figure or source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Age {
    #[serde(rename = "age_months")]
    pub months: u32,
    #[serde(skip)]
    pub approximate: bool,
    pub stale: bool,
    #[serde(skip)]
    pub stale_after_years: u16,
    /// The day the age is counted to (today, or `HIM_TODAY`).
    #[serde(rename = "age_as_of", serialize_with = "date_text")]
    pub as_of: Date,
}

fn date_text<S: serde::Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

impl Age {
    /// "6 years 8 months", "5 months"; "about 3 years 4 months" for a year alone.
    pub fn label(&self) -> String {
        let (years, months) = (self.months / 12, self.months % 12);
        let plural = |n: u32, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let exact = match (years, months) {
            (0, m) => plural(m, "month"),
            (y, 0) => plural(y, "year"),
            (y, m) => format!("{} {}", plural(y, "year"), plural(m, "month")),
        };
        if self.approximate {
            format!("about {exact}")
        } else {
            exact
        }
    }

    /// "1 year 7 months old as of 2026-12-03": the age with the day it is counted to, so a
    /// printed page keeps its meaning.
    pub fn old_as_of(&self) -> String {
        format!("{} old as of {}", self.label(), self.as_of)
    }

    /// "6y 8m", "~3y 4m": the same in a narrow column.
    pub fn short(&self) -> String {
        let (years, months) = (self.months / 12, self.months % 12);
        let exact = match (years, months) {
            (0, m) => format!("{m}m"),
            (y, m) => format!("{y}y {m}m"),
        };
        if self.approximate {
            format!("~{exact}")
        } else {
            exact
        }
    }

    /// "stale: older than 3 years", the words that go with a stale figure.
    pub fn stale_marker(&self) -> Option<String> {
        self.stale
            .then(|| format!("stale: older than {}", years(self.stale_after_years)))
    }
}

/// "3 years", "1 year": a number of years in words, as the stale threshold is said.
pub fn years(count: u16) -> String {
    format!("{count} year{}", if count == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(months: u32, approximate: bool) -> Age {
        Age {
            months,
            approximate,
            stale: false,
            stale_after_years: 3,
            as_of: Date {
                year: 2026,
                month: Some(12),
                day: Some(3),
            },
        }
    }

    #[test]
    fn ages_read_naturally() {
        assert_eq!(age(80, false).label(), "6 years 8 months");
        assert_eq!(age(12, false).label(), "1 year");
        assert_eq!(age(5, false).label(), "5 months");
        assert_eq!(age(76, true).label(), "about 6 years 4 months");
        assert_eq!(age(80, false).short(), "6y 8m");
        assert_eq!(age(40, true).short(), "~3y 4m");
        assert_eq!(age(3, false).short(), "3m");
        assert_eq!(
            age(19, false).old_as_of(),
            "1 year 7 months old as of 2026-12-03"
        );
    }
}
