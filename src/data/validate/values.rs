//! Values no parser can judge: occupations and their projections, areas, years and SOC codes.

use super::*;

impl<'a> Checker<'a> {
    /// Each occupation is a SOC code with projections that are spans of years, each edition
    /// once per source, each figure a possible one.
    pub(super) fn occupations(&mut self) {
        let data = self.data;
        for (i, occupation) in data.occupations().iter().enumerate() {
            let at = (Kind::Occupation, i);
            self.soc(at, vec![key("id")], &occupation.id);
            let mut seen: Vec<(crate::data::period::Period, &str)> = Vec::new();
            for (p, projection) in occupation.projections.iter().enumerate() {
                let step = |name: &'static str| vec![key("projection"), idx(p), key(name)];
                if projection.edition.end_year.is_none() || projection.edition.start.month.is_some()
                {
                    self.report(
                        Severity::Error,
                        Kind::Occupation,
                        i,
                        step("edition"),
                        format!("`{}` is not a span of years", projection.edition),
                        Some("an edition of the projections is its base and target year, like 2024-2034".to_string()),
                    );
                }
                if seen.contains(&(projection.edition, projection.source.as_str())) {
                    self.report(
                        Severity::Error,
                        Kind::Occupation,
                        i,
                        step("edition"),
                        format!(
                            "the {} edition from `{}` is listed twice for {}",
                            projection.edition, projection.source, occupation.id
                        ),
                        Some("keep one projection per edition and source".to_string()),
                    );
                }
                seen.push((projection.edition, projection.source.as_str()));
                self.not_in_the_future(at, || step("edition"), projection.edition);
                // The same range as a field's outlook in percent (`outlook_value_problem`).
                if let Some(growth) = projection.growth
                    && !(growth.is_finite() && growth > -100.0 && growth <= 1_000.0)
                {
                    self.report(
                        Severity::Error,
                        Kind::Occupation,
                        i,
                        step("growth"),
                        format!("a growth of {growth}% is not a plausible projection"),
                        Some(
                            "growth is the percent change over the decade: above -100, at most 1000"
                                .to_string(),
                        ),
                    );
                }
                for (name, value) in [
                    ("employment", projection.employment),
                    ("openings", projection.openings),
                ] {
                    if value == Some(0) {
                        self.report(
                            Severity::Error,
                            Kind::Occupation,
                            i,
                            step(name),
                            format!("{name} of 0 is not a figure"),
                            Some("leave the figure out when the source gives none".to_string()),
                        );
                    }
                }
                if !projection.has_figures() {
                    self.report(
                        Severity::Warning,
                        Kind::Occupation,
                        i,
                        vec![key("projection"), idx(p)],
                        format!("the {} projection gives no figure", projection.edition),
                        Some("him already says \"not found\" for a missing edition: drop the record, or add the figures the source gives".to_string()),
                    );
                }
                self.reference(at, || step("source"), Kind::Source, &projection.source);
            }
            self.sources_of(at, &occupation.sources);
        }
    }

    /// Each area name points at a BLS area code (the wage table checks the code is there).
    pub(super) fn areas(&mut self) {
        let data = self.data;
        for (i, area) in data.areas().iter().enumerate() {
            let at = (Kind::Area, i);
            let code = area.area.as_str();
            if !(code.len() == 5 || code.len() == 7) || !code.bytes().all(|b| b.is_ascii_digit()) {
                self.report(
                    Severity::Error,
                    Kind::Area,
                    i,
                    vec![key("area")],
                    format!("`{code}` is not a BLS area code"),
                    Some("use the five-digit code of a metro area (35620) or the seven digits of the wage table; `him salary --list-areas NAME` shows them".to_string()),
                );
            }
            self.sources_of(at, &area.sources);
        }
    }

    /// A figure's period must have begun: a date after today would be shown as 0 months old.
    pub(super) fn not_in_the_future(
        &mut self,
        at: (Kind, usize),
        steps: impl FnOnce() -> Vec<Step>,
        period: Period,
    ) {
        // A date compares as its first day: `2026` has begun on any day of 2026, `2026-12`
        // not before December.
        if period.start > self.today {
            self.report(
                Severity::Error,
                at.0,
                at.1,
                steps(),
                format!("the period {period} is in the future"),
                Some(
                    "a figure is dated by when it was measured or published; check the year"
                        .to_string(),
                ),
            );
        }
    }

    pub(super) fn year(&mut self, at: (Kind, usize), steps: Vec<Step>, year: i64) {
        use crate::data::period::{FIRST_YEAR, LAST_YEAR};
        if !(i64::from(FIRST_YEAR)..=i64::from(LAST_YEAR)).contains(&year) {
            self.report(
                Severity::Error,
                at.0,
                at.1,
                steps,
                format!("year {year} is outside {FIRST_YEAR}-{LAST_YEAR}"),
                None,
            );
        }
    }

    pub(super) fn soc(&mut self, at: (Kind, usize), steps: Vec<Step>, soc: &str) {
        if !is_soc_code(soc) {
            self.report(
                Severity::Error,
                at.0,
                at.1,
                steps,
                format!("`{soc}` is not an SOC code"),
                Some("SOC codes look like 15-1211 (two digits, a hyphen, four digits)".to_string()),
            );
        }
    }
}

/// What is wrong with an outlook's value, if anything: (message, hint). A value in percent lies
/// between -100 (every job gone) and 1,000 (eleven times as many); any other unit (jobs,
/// openings) within a billion either way, more than every job in the United States. Beyond
/// those it is a typing slip, not a projection. docs/DATA.md documents the range.
pub fn outlook_value_problem(outlook: &Outlook) -> Option<(String, Option<String>)> {
    let value = outlook.value;
    if !value.is_finite() {
        return Some(("the value is not a finite number".to_string(), None));
    }
    let unit = outlook.unit.trim();
    let percent = unit.eq_ignore_ascii_case("percent") || unit == "%";
    let (low, high) = if percent {
        (-100.0, 1_000.0)
    } else {
        (-1e9, 1e9)
    };
    (value < low || value > high).then(|| {
        let range = if percent {
            "-100 to 1000 percent".to_string()
        } else {
            format!("-1,000,000,000 to 1,000,000,000 {unit}")
        };
        (
            format!("{value} {unit} is not a plausible projection"),
            Some(format!(
                "him reads outlook values from {range}; check the figure and its unit"
            )),
        )
    })
}

/// `15-1211`: two digits, a hyphen, four digits.
pub fn is_soc_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 7
        && bytes[2] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || b.is_ascii_digit())
}
