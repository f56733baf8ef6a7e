//! The figures of the wage table as BLS publishes them: a value or the reason there is none
//! (`Figure`, `Reason`), decimals kept exactly as written (`Decimal`), and the eight figures of
//! one occupation in one area and setting (`Estimate`).

use serde::Serialize;

/// A value BLS published, or why there is none: a whole number (a count, dollars) or, for
/// jobs per 1,000 and the location quotient, a `Decimal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure<T = u32> {
    Published(T),
    Unpublished(Reason),
}

impl<T: Copy> Figure<T> {
    pub fn value(self) -> Option<T> {
        match self {
            Figure::Published(value) => Some(value),
            Figure::Unpublished(_) => None,
        }
    }

    /// Why the figure is missing, when it is.
    pub fn reason(self) -> Option<Reason> {
        match self {
            Figure::Published(_) => None,
            Figure::Unpublished(reason) => Some(reason),
        }
    }
}

/// A figure BLS publishes with decimals, kept exactly as published: `units` of its last
/// decimal place (0.542 jobs per 1,000 is 542 thousandths; a location quotient of 1.05 is 105
/// hundredths), so it compares, packs and prints without a rounding step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    units: u32,
    places: u8,
}

impl Decimal {
    /// Jobs per 1,000, in thousandths.
    pub const JOBS_PER_1000_PLACES: u8 = 3;
    /// The location quotient, in hundredths.
    pub const LOCATION_QUOTIENT_PLACES: u8 = 2;

    pub fn new(units: u32, places: u8) -> Decimal {
        Decimal { units, places }
    }

    /// The value in units of the last place: what ranks and scales it.
    pub fn units(self) -> u32 {
        self.units
    }

    pub fn places(self) -> u8 {
        self.places
    }

    pub fn to_f64(self) -> f64 {
        f64::from(self.units) / 10f64.powi(i32::from(self.places))
    }
}

impl std::fmt::Display for Decimal {
    /// As BLS writes it, every place shown: "0.542", "1.00".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let places = usize::from(self.places);
        let digits = format!("{:0>width$}", self.units, width = places + 1);
        let (whole, fraction) = digits.split_at(digits.len() - places);
        if places == 0 {
            f.write_str(whole)
        } else {
            write!(f, "{whole}.{fraction}")
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.to_f64())
    }
}

/// Why a figure is missing. The first three come from the table itself (its `-` cells and their
/// footnotes); `NoEstimate` is a row the table does not have at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// BLS footnote 8: the estimate was not released.
    NotReleased,
    /// BLS footnote 5: withheld because it is at or above BLS's top code. The footnote's own
    /// text names a dollar figure, yet this release publishes higher values, so him never
    /// states a bound.
    AboveTopCode,
    /// A `-` without a footnote.
    NotPublished,
    /// BLS publishes no estimate for this occupation in this area or setting.
    NoEstimate,
    /// The wage table in use has no column for the figure: a table written before the column
    /// was added (`columns::OPTIONAL_COLUMNS`).
    NotInFile,
}

impl Reason {
    /// The words shown in place of the figure.
    pub fn label(self) -> &'static str {
        match self {
            Reason::NotReleased => "not released",
            Reason::AboveTopCode => "not published (above BLS's top code)",
            Reason::NotPublished => "not published",
            Reason::NoEstimate => "no estimate",
            Reason::NotInFile => "not in this file",
        }
    }

    /// What the label means, for a note under a table.
    pub fn explanation(self) -> &'static str {
        match self {
            Reason::NotReleased => "not released: BLS did not release this estimate",
            Reason::AboveTopCode => {
                "not published (above BLS's top code): BLS withholds wages at or above its top code, so the value is not known"
            }
            Reason::NotPublished => "not published: BLS published no value",
            Reason::NoEstimate => "no estimate: BLS publishes no figures for this occupation here",
            Reason::NotInFile => {
                "not in this file: the wage table in use has no column for this figure (`him import oews` writes one)"
            }
        }
    }
}

/// One row of the wage table: an occupation in an area and work setting, annual wages in
/// dollars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimate {
    pub employment: Figure,
    pub p10: Figure,
    pub p25: Figure,
    pub median: Figure,
    pub p75: Figure,
    pub p90: Figure,
    /// The occupation's jobs per 1,000 jobs of all kinds in the area; BLS gives none for the
    /// nation.
    pub jobs_per_1000: Figure<Decimal>,
    /// The occupation's share of the area's jobs over its share of the nation's: 1.0 is the
    /// national share. BLS gives none for the nation.
    pub location_quotient: Figure<Decimal>,
}

impl Estimate {
    /// The estimate of a row the table lacks: every figure missing for the same reason.
    pub fn none() -> Estimate {
        let none = Figure::Unpublished(Reason::NoEstimate);
        Estimate {
            employment: none,
            p10: none,
            p25: none,
            median: none,
            p75: none,
            p90: none,
            jobs_per_1000: Figure::Unpublished(Reason::NoEstimate),
            location_quotient: Figure::Unpublished(Reason::NoEstimate),
        }
    }
}

/// A figure read in units of its last decimal place, as the decimal it is.
pub(super) fn decimal(figure: Figure, places: u8) -> Figure<Decimal> {
    match figure {
        Figure::Published(units) => Figure::Published(Decimal::new(units, places)),
        Figure::Unpublished(reason) => Figure::Unpublished(reason),
    }
}
