//! Today's date, for the age of sources and time-limited routes.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::data::period::Date;

/// Today's date in UTC. `HIM_TODAY=YYYY-MM-DD` fixes it, so tests and reproducible reports do
/// not change with the calendar.
pub fn today() -> Date {
    if let Ok(fixed) = std::env::var("HIM_TODAY")
        && let Ok(period) = fixed.parse::<crate::data::period::Period>()
        && period.end_year.is_none()
    {
        return period.start;
    }
    calendar_today()
}

/// Today's date in UTC by the system clock, whatever `HIM_TODAY` says: for checks that a date
/// has come (a figure dated in the future is a typing slip), which a test that sets today in
/// the past to see a route still open must not trip.
pub fn calendar_today() -> Date {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The civil date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn date_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(u16::MAX),
        month: u8::try_from(month).ok(),
        day: u8::try_from(day).ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_day_counts_to_dates() {
        assert_eq!(date_from_days(0).to_string(), "1970-01-01");
        assert_eq!(date_from_days(19_782).to_string(), "2024-02-29");
        assert_eq!(date_from_days(20_782).to_string(), "2026-11-25");
    }
}
