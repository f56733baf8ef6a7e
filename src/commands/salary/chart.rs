//! Salary figures as pictures for the HTML page: each field's pay ranges on one scale, and the
//! titles of compared fields together.

use super::*;

impl SalaryView {
    /// The field's pay ranges drawn to one scale (the HTML page): one group per area or work
    /// setting, one bar per title.
    pub(super) fn pay_chart(&self, field: &FieldPay) -> crate::output::PayChart {
        let groups = self
            .scopes
            .iter()
            .enumerate()
            .map(|(i, scope)| crate::output::PayGroup {
                name: if self.scopes.len() > 1 {
                    scope.titled()
                } else {
                    String::new()
                },
                bars: field
                    .titles
                    .iter()
                    .filter_map(|title| {
                        let w = title.wages.get(i)?;
                        Some(crate::output::PayBar {
                            label: title.name.clone(),
                            percentiles: [&w.p10, &w.p25, &w.median, &w.p75, &w.p90]
                                .map(Money::shown),
                            note: None,
                        })
                    })
                    .collect(),
            })
            .collect();
        crate::output::PayChart {
            caption: format!(
                "{}: pay ranges, {} ({})",
                field.label,
                self.scope_phrase(),
                self.source.citation
            ),
            groups,
        }
    }

    /// The titles of the fields `ids` as one chart (a comparison's handout): a group per field,
    /// all on one scale; national figures, all industries.
    pub fn fields_chart(&self, ids: &[&str]) -> crate::output::PayChart {
        let groups = self
            .fields
            .iter()
            .filter(|f| ids.contains(&f.id.as_str()))
            .flat_map(|field| {
                let mut chart = self.pay_chart(field);
                chart
                    .groups
                    .iter_mut()
                    .for_each(|g| g.name = field.label.clone());
                chart.groups
            })
            .collect();
        crate::output::PayChart {
            caption: format!(
                "Pay ranges by job title, {} ({})",
                self.scope_phrase(),
                self.source.citation
            ),
            groups,
        }
    }
}
