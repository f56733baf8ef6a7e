//! The cells of an OEWS row, read: figures and BLS's footnote marks (in the cells of BLS's
//! layout, in a `footnotes` column of the lower-case one), area and industry codes.

use super::header::{Layout, Number};
use crate::wages::{AreaKind, Reason, Setting};

/// BLS's footnote codes him keeps, as `oews-wages.csv` writes them.
pub(super) const CODE_NOT_RELEASED: &str = "8";
pub(super) const CODE_ABOVE_TOP_CODE: &str = "5";

/// A figure cell, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Value {
    /// As written in the table: digits, and a decimal point for decimals.
    Number(String),
    /// Not published; the reason when BLS gave one.
    Missing(Option<Reason>),
}

/// BLS's industry code, six digits: a code read from a number cell has lost its leading
/// zeros (`0` for `000000`).
pub(super) fn industry_code(text: &str) -> String {
    if !text.is_empty() && text.len() < 6 && text.bytes().all(|b| b.is_ascii_digit()) {
        format!("{text:0>6}")
    } else {
        text.to_string()
    }
}

pub(super) fn industry_name(code: &str) -> String {
    Setting::from_code(code).map_or_else(|| code.to_string(), |s| s.name().to_lowercase())
}

/// him's seven-digit area code. BLS's files give the nation as `99`, a state by its two-digit
/// FIPS code (`17`, or `1` from a number cell), a metropolitan area by its five-digit code and
/// a nonmetropolitan area by seven digits; the lower-case layout has the seven digits already.
pub(super) fn area_code(layout: &Layout, kind: AreaKind, text: &str) -> Result<String, String> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    let code = match (layout, kind) {
        (Layout::Lower, _) if digits && text.len() == 7 => Some(text.to_string()),
        (Layout::Lower, _) => None,
        (Layout::Bls, AreaKind::National) => Some("0000000".to_string()),
        (Layout::Bls, AreaKind::State) if digits && text.len() <= 2 => {
            Some(format!("{text:0>2}00000"))
        }
        (Layout::Bls, AreaKind::State) if digits && text.len() == 7 => Some(text.to_string()),
        (Layout::Bls, AreaKind::State) => None,
        (Layout::Bls, AreaKind::Metro) if digits && text.len() <= 7 => Some(format!("{text:0>7}")),
        (Layout::Bls, AreaKind::Metro) => None,
    };
    code.ok_or_else(|| {
        format!(
            "`{text}` is not a BLS area code of a {}",
            match kind {
                AreaKind::National => "nation",
                AreaKind::State => "state",
                AreaKind::Metro => "metro area",
            }
        )
    })
}

/// A number as the table writes it: digits, without thousands separators; a whole number
/// without a decimal part, a decimal with the `places` BLS publishes it to (a workbook's
/// number cell may have lost a trailing zero, or gained a binary fraction's tail).
fn number(text: &str, (kind, places): (Number, u8)) -> Result<String, String> {
    let plain: String = text.chars().filter(|c| *c != ',').collect();
    let value: f64 = plain
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite() && *v >= 0.0 && !plain.starts_with('+'))
        .ok_or_else(|| format!("`{text}` is neither a number nor a BLS footnote mark"))?;
    match kind {
        Number::Whole if value.fract() != 0.0 => Err(format!("`{text}` is not a whole number")),
        Number::Whole if value > f64::from(u32::MAX) => Err(format!("`{text}` is too large")),
        Number::Whole => Ok(format!("{}", value as u64)),
        Number::Decimal => Ok(format!("{value:.prec$}", prec = usize::from(places))),
    }
}

/// A cell of BLS's layout: a number, or a footnote mark.
pub(super) fn bls_value(text: &str, kind: (Number, u8)) -> Result<Value, String> {
    match text {
        "" => Ok(Value::Missing(None)),
        "*" | "**" => Ok(Value::Missing(Some(Reason::NotReleased))),
        "#" => Ok(Value::Missing(Some(Reason::AboveTopCode))),
        // Under 0.5 percent: BLS marks shares with it; a share is never a figure him shows.
        "~" => Ok(Value::Missing(None)),
        _ => number(text, kind).map(Value::Number),
    }
}

/// A cell of the lower-case layout: a number, or `-` (or nothing) with the row's footnote for
/// the column.
pub(super) fn lower_value(
    text: &str,
    kind: (Number, u8),
    footnote: Option<Reason>,
) -> Result<Value, String> {
    match text {
        "" | "-" => Ok(Value::Missing(footnote)),
        _ => number(text, kind).map(Value::Number),
    }
}

/// The reason the footnotes of a row (`annual_p90=5;employment=8`) give for `column`.
pub(super) fn footnote(footnotes: &str, column: &str) -> Option<Reason> {
    footnotes
        .split(';')
        .filter_map(|note| note.trim().split_once('='))
        .filter(|(name, _)| name.trim() == column)
        .find_map(|(_, code)| match code.trim() {
            CODE_NOT_RELEASED => Some(Reason::NotReleased),
            CODE_ABOVE_TOP_CODE => Some(Reason::AboveTopCode),
            _ => None,
        })
}

#[cfg(test)]
mod tests;
