//! Pay ranges as inline SVG for the HTML page: one bar per row from the 10th to the 90th
//! percentile, a box from the 25th to the 75th and a mark at the median, every row of a chart on
//! one scale. An unpublished figure is left out of the drawing (a whisker or the box is not
//! drawn), never drawn as zero; the figures are always written in text beside the bar too, for
//! screen readers and for print.

use std::fmt::Write as _;

use super::markup::escape;
use super::report::{PayBar, Percentiles};

/// The drawing's coordinate width: the bars scale to the cell they are in.
const WIDTH: u32 = 400;
const HEIGHT: u32 = 18;

/// A round right end for a scale that reaches `highest`: the next multiple of $25,000.
pub fn scale_end(highest: u32) -> u32 {
    highest.div_ceil(25_000).max(1) * 25_000
}

/// "$51,140".
pub fn dollars(value: u32) -> String {
    crate::text::dollars(u64::from(value))
}

/// The figures of a bar in words, as the text beside it and the drawing's label say them.
pub fn figures_text(percentiles: &Percentiles) -> String {
    let [p10, p25, median, p75, p90] = percentiles;
    let shown = |v: &Option<u32>| v.map_or_else(|| "not published".to_string(), dollars);
    if percentiles.iter().all(Option::is_none) {
        return "not published".to_string();
    }
    // A chart that carries no middle half (a ladder) says nothing of it.
    let middle = if p25.is_some() || p75.is_some() {
        format!(" · 25th–75th {}–{}", shown(p25), shown(p75))
    } else {
        String::new()
    };
    format!(
        "median {}{middle} · 10th–90th {}–{}",
        shown(median),
        shown(p10),
        shown(p90)
    )
}

/// One bar, drawn to the scale `0..=end` dollars.
pub fn bar(bar: &PayBar, end: u32) -> String {
    let x = |value: u32| u64::from(value) * u64::from(WIDTH) / u64::from(end.max(1));
    let [p10, p25, median, p75, p90] = bar.percentiles;
    let mid = HEIGHT / 2;
    let mut svg = format!(
        r#"<svg class="bar" viewBox="0 0 {WIDTH} {HEIGHT}" preserveAspectRatio="none" role="img" aria-label="{}">"#,
        escape(&format!(
            "{}: {}",
            bar.label,
            figures_text(&bar.percentiles)
        ))
    );
    // Whiskers from the 10th to the 25th and from the 75th to the 90th percentile, each drawn
    // only when both of its ends are published.
    for (from, to) in [(p10, p25.or(median)), (p75.or(median), p90)] {
        if let (Some(a), Some(b)) = (from, to) {
            let _ = write!(
                svg,
                r#"<line class="whisker" x1="{}" y1="{mid}" x2="{}" y2="{mid}"/>"#,
                x(a),
                x(b)
            );
        }
    }
    if let (Some(a), Some(b)) = (p25, p75) {
        let _ = write!(
            svg,
            r#"<rect class="middle" x="{}" y="3" width="{}" height="{}" rx="2"/>"#,
            x(a),
            x(b).saturating_sub(x(a)).max(1),
            HEIGHT - 6
        );
    }
    if let Some(m) = median {
        let _ = write!(
            svg,
            r#"<rect class="median" x="{}" y="1" width="3" height="{}"/>"#,
            x(m).saturating_sub(1),
            HEIGHT - 2
        );
    }
    svg.push_str("</svg>");
    svg
}

/// The scale under a chart's bars: ticks at round figures from $0 to `end`.
pub fn axis(end: u32) -> String {
    let step = match end {
        0..=100_000 => 25_000,
        100_001..=250_000 => 50_000,
        _ => 100_000,
    };
    let mut svg = format!(
        r#"<svg class="axis" viewBox="0 0 {WIDTH} 16" preserveAspectRatio="none" aria-hidden="true">"#
    );
    let mut value = 0;
    while value <= end {
        let at = u64::from(value) * u64::from(WIDTH) / u64::from(end.max(1));
        let anchor = if value == 0 {
            "start"
        } else if value == end {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            svg,
            r#"<line x1="{at}" y1="0" x2="{at}" y2="4"/><text x="{at}" y="14" text-anchor="{anchor}">${}k</text>"#,
            value / 1000
        );
        value += step;
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_have_thousands_separators() {
        assert_eq!(dollars(51_140), "$51,140");
        assert_eq!(dollars(999), "$999");
        assert_eq!(dollars(1_234_567), "$1,234,567");
    }

    #[test]
    fn an_unpublished_figure_is_absent_from_the_drawing_and_said_in_words() {
        let drawn = bar(
            &PayBar {
                label: "Chief <officer>".into(),
                percentiles: [Some(100_000), Some(150_000), Some(200_000), None, None],
                note: None,
            },
            250_000,
        );
        // The upper whisker and the box need the 75th or 90th percentile: neither is drawn,
        // and nothing is drawn at zero.
        assert!(!drawn.contains(r#"class="middle""#), "{drawn}");
        assert_eq!(drawn.matches(r#"class="whisker""#).count(), 1, "{drawn}");
        assert!(!drawn.contains(r#"x="0""#), "{drawn}");
        assert!(drawn.contains("Chief &lt;officer&gt;"), "{drawn}");
        assert!(
            drawn.contains("10th–90th $100,000–not published"),
            "{drawn}"
        );
    }

    #[test]
    fn the_scale_ends_at_a_round_figure_above_the_highest() {
        assert_eq!(scale_end(257_490), 275_000);
        assert_eq!(scale_end(50_000), 50_000);
        assert_eq!(scale_end(0), 25_000);
    }
}
