//! Periods that figures and rules refer to: `2020`, `2020-03`, `2025-05-31`, or a span of years
//! such as a projection's `2018-2028`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub const FIRST_YEAR: u16 = 1900;
pub const LAST_YEAR: u16 = 2100;

/// A calendar date, with whatever precision the source gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    pub fn year(year: u16) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// Months since year 0, counting a date without a month as its middle (July) so that the
    /// age of "2018" is not overstated by half a year.
    pub fn months(&self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month.unwrap_or(7)) - 1
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    pub start: Date,
    /// The last year of a span such as `2018-2028`.
    pub end_year: Option<u16>,
}

impl Period {
    /// The date a figure of this period was measured or made: the start of a span.
    pub fn reference(&self) -> Date {
        self.start
    }

    /// "May 2018", "2020", "2018-2028".
    pub fn human(&self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        if let Some(end) = self.end_year {
            return format!("{}-{}", self.start.year, end);
        }
        // Parsing keeps months within 1-12; a `Date` built by hand with another month is shown
        // by its number rather than panicking.
        let month_name = |month: u8| {
            usize::from(month)
                .checked_sub(1)
                .and_then(|i| MONTHS.get(i))
                .map_or_else(|| format!("month {month}"), |name| name.to_string())
        };
        match (self.start.month, self.start.day) {
            (Some(month), Some(day)) => format!("{} {day}, {}", month_name(month), self.start.year),
            (Some(month), None) => {
                format!("{} {}", month_name(month), self.start.year)
            }
            _ => self.start.year.to_string(),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.start)?;
        if let Some(end) = self.end_year {
            write!(f, "-{end:04}")?;
        }
        Ok(())
    }
}

fn year(text: &str) -> Result<u16, String> {
    let year: u16 = text
        .parse()
        .ok()
        .filter(|_| text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| format!("`{text}` is not a four-digit year"))?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(format!("year {year} is outside {FIRST_YEAR}-{LAST_YEAR}"));
    }
    Ok(year)
}

fn two_digits(text: &str, what: &str, max: u8) -> Result<u8, String> {
    let value: u8 = text
        .parse()
        .ok()
        .filter(|_| text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| format!("`{text}` is not a two-digit {what}"))?;
    if value == 0 || value > max {
        return Err(format!("{what} {value} is out of range (01-{max:02})"));
    }
    Ok(value)
}

/// The days of `month` (1-12) in `year` of the Gregorian calendar.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Period {
    type Err = String;

    fn from_str(text: &str) -> Result<Period, String> {
        let expected = "expected a period like 2020, 2020-03, 2020-03-15 or 2018-2028";
        let parts: Vec<&str> = text.split('-').collect();
        let period = match parts.as_slice() {
            [y] => Period {
                start: Date::year(year(y)?),
                end_year: None,
            },
            // `2018-2028` is a span of years; `2020-03` a month.
            [y, rest] if rest.len() == 4 => {
                let (start, end) = (year(y)?, year(rest)?);
                if end < start {
                    return Err(format!("the span {text} ends before it starts"));
                }
                Period {
                    start: Date::year(start),
                    end_year: Some(end),
                }
            }
            [y, m] => Period {
                start: Date {
                    year: year(y)?,
                    month: Some(two_digits(m, "month", 12)?),
                    day: None,
                },
                end_year: None,
            },
            [y, m, d] => {
                let (year, month) = (year(y)?, two_digits(m, "month", 12)?);
                let days = days_in_month(year, month);
                let day = two_digits(d, "day", 31)?;
                if day > days {
                    return Err(format!(
                        "{text} is not a date: {} has {days} days",
                        Period {
                            start: Date {
                                year,
                                month: Some(month),
                                day: None,
                            },
                            end_year: None,
                        }
                        .human()
                    ));
                }
                Period {
                    start: Date {
                        year,
                        month: Some(month),
                        day: Some(day),
                    },
                    end_year: None,
                }
            }
            _ => return Err(format!("`{text}` is not a period: {expected}")),
        };
        Ok(period)
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Period, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Period;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // The words `String` gives, which the diagnostics rewrite in plain words.
                f.write_str("a string")
            }
            // Read from the text as it is, without copying it first.
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Period, E> {
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_precision() {
        assert_eq!("2020".parse::<Period>().unwrap().human(), "2020");
        assert_eq!("2020-03".parse::<Period>().unwrap().human(), "March 2020");
        assert_eq!(
            "2023-06-22".parse::<Period>().unwrap().human(),
            "June 22, 2023"
        );
        let span: Period = "2018-2028".parse().unwrap();
        assert_eq!(span.human(), "2018-2028");
        assert_eq!(span.reference().year, 2018);
    }

    #[test]
    fn rejects_impossible_periods() {
        assert!(
            "1899"
                .parse::<Period>()
                .unwrap_err()
                .contains("outside 1900-2100")
        );
        assert!("2101-01".parse::<Period>().is_err());
        assert!(
            "2020-13"
                .parse::<Period>()
                .unwrap_err()
                .contains("month 13")
        );
        assert!(
            "2028-2018"
                .parse::<Period>()
                .unwrap_err()
                .contains("ends before")
        );
        assert!("March 2020".parse::<Period>().is_err());
        assert_eq!(
            "2023-02-31".parse::<Period>().unwrap_err(),
            "2023-02-31 is not a date: February 2023 has 28 days"
        );
        assert_eq!(
            "2023-02-29".parse::<Period>().unwrap_err(),
            "2023-02-29 is not a date: February 2023 has 28 days"
        );
        assert_eq!(
            "2023-04-31".parse::<Period>().unwrap_err(),
            "2023-04-31 is not a date: April 2023 has 30 days"
        );
        assert!("2024-02-29".parse::<Period>().is_ok());
        assert!("2000-02-29".parse::<Period>().is_ok());
        assert!("2100-02-29".parse::<Period>().is_err());
        assert!("20-03".parse::<Period>().is_err());
    }

    #[test]
    fn a_month_out_of_range_is_shown_not_a_panic() {
        let date = Date {
            year: 2020,
            month: Some(0),
            day: None,
        };
        let period = Period {
            start: date,
            end_year: None,
        };
        assert_eq!(period.human(), "month 0 2020");
    }

    #[test]
    fn round_trips_through_display() {
        for text in ["2020", "2020-03", "2023-06-22", "2018-2028"] {
            assert_eq!(text.parse::<Period>().unwrap().to_string(), text);
        }
    }
}
