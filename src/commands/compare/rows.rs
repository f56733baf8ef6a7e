//! Which rows a comparison shows: `--brief`, `--only`, the rows no record has, and the pay chart
//! a page draws under the table.

use super::CompareView;
use crate::error::{Result, UsageError};
use crate::output::PayChart;

/// The rows `--brief` keeps: what a first look needs.
pub const BRIEF_ROWS: [&str; 5] = ["summary", "pay", "credentials", "titles", "outlook"];

/// Whether row `aspect` is one `key` names: a word of the row's name starts with the key, in
/// any case (`pay` names both pay rows, `titles` "Job titles", `courses` every course row).
fn names_row(key: &str, aspect: &str) -> bool {
    let key = crate::text::normalize_name(key);
    let aspect = crate::text::normalize_name(aspect);
    !key.is_empty()
        && (aspect.starts_with(&key) || aspect.split(' ').any(|word| word.starts_with(&key)))
}

impl CompareView<'_> {
    /// The ids of the fields compared, when fields are: what a pay chart of their titles shows.
    pub fn field_ids(&self) -> Option<&[String]> {
        self.field_ids.as_deref()
    }

    /// Draws `chart` under the table of an HTML page (when the table shows pay).
    pub fn with_pay_chart(mut self, chart: Option<PayChart>) -> Self {
        self.pay_chart = chart;
        self
    }

    /// Keeps only the rows `keys` name (`--only`, `--brief`), in the table's order; a key that
    /// names no row is a usage error that lists the rows there are.
    pub fn only_rows(mut self, keys: &[String]) -> Result<Self> {
        if keys.is_empty() {
            return Ok(self);
        }
        for key in keys {
            let known = self.rows.iter().any(|r| names_row(key, &r.aspect))
                || self.left_out.iter().any(|a| names_row(key, a));
            if !known {
                let rows: Vec<String> = self.rows.iter().map(|r| r.aspect.to_lowercase()).collect();
                return Err(UsageError::new(format!(
                    "--only: no row is called `{}`",
                    crate::text::clip(key, crate::text::ECHOED_NAME)
                ))
                .with_hint(format!("the rows of this comparison: {}", rows.join(", ")))
                .into());
            }
        }
        self.rows
            .retain(|r| keys.iter().any(|k| names_row(k, &r.aspect)));
        self.left_out
            .retain(|a| keys.iter().any(|k| names_row(k, a)));
        Ok(self)
    }

    /// "Left out, as no record compared has any: Specializations.", once under the table.
    pub(super) fn left_out_note(&self) -> Option<String> {
        (!self.left_out.is_empty()).then(|| {
            format!(
                "Left out, as none of the compared records has any: {}.",
                self.left_out.join("; ")
            )
        })
    }
}
