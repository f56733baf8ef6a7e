//! How a comparison is shown: one column per record, each list item marked with the records
//! that have it, the notes and sources under the table; and the rows as CSV.

use super::CompareView;
use crate::domain::profile::{self, Value};
use crate::output::{Block, Cell, Report, Table, Tone, View};

/// The records named in a "+ ... (also ...)" line: all of them, or the first few and how many
/// more, so that a cell stays a line however many records are compared (each of 2,000
/// columns naming hundreds of others made the table hundreds of MB). JSON lists them all.
fn some_of(names: &[&str]) -> String {
    const NAMED: usize = 5;
    if names.len() <= NAMED {
        names.join(", ")
    } else {
        format!(
            "{} and {} more",
            names[..NAMED - 1].join(", "),
            names.len() - (NAMED - 1)
        )
    }
}

impl View for CompareView<'_> {
    /// The report, with the compared fields' pay ranges drawn under the table when it shows pay.
    fn page(&self) -> Report {
        let mut report = self.report();
        let shows_pay = self.rows.iter().any(|r| r.aspect.starts_with("Pay"));
        if let Some(chart) = &self.pay_chart
            && shows_pay
            && let Some(at) = report
                .blocks
                .iter()
                .position(|b| matches!(b, Block::Table(_)))
        {
            report.blocks.insert(at + 1, Block::PayChart(chart.clone()));
        }
        report
    }

    fn report(&self) -> Report {
        let count = self.entities.len();
        let short = self.short_names();
        let mut header = vec![String::new()];
        header.extend(self.entities.iter().map(|&e| self.catalog.named(e).label()));
        let mut table = Table::new(header);
        for row in &self.rows {
            let holders = CompareView::holders(&row.values);
            let mut cells = vec![Cell::new(row.aspect.clone()).tone(Tone::Strong)];
            for (i, value) in row.values.iter().enumerate() {
                let cell = match value {
                    None => Cell::new("none in the data").tone(Tone::Muted),
                    Some(Value::Text(text)) => Cell::new(text.clone()),
                    Some(Value::List(items)) => {
                        let mut shared = Vec::new();
                        let mut partly = Vec::new();
                        let mut own = Vec::new();
                        for item in items {
                            let who = holders
                                .get(item.key.as_str())
                                .map_or(&[][..], |h| h.as_slice());
                            if who.len() == count {
                                shared.push(format!("= {}", item.text));
                            } else if who.len() > 1 {
                                let others: Vec<&str> = who
                                    .iter()
                                    .filter(|&&j| j != i)
                                    .map(|&j| short[j].as_str())
                                    .collect();
                                partly.push(format!("+ {} (also {})", item.text, some_of(&others)));
                            } else {
                                own.push(format!("• {}", item.text));
                            }
                        }
                        shared.extend(partly);
                        shared.extend(own);
                        Cell::lines(shared).tone(profile::list_tone(items))
                    }
                    Some(Value::Entries(entries)) => Cell::lines(
                        entries
                            .iter()
                            .enumerate()
                            .map(|(n, e)| match &e.caution {
                                Some(caution) => format!("{}. {} ({caution})", n + 1, e.head),
                                None => format!("{}. {}", n + 1, e.head),
                            })
                            .collect(),
                    ),
                };
                cells.push(cell);
            }
            table.row(cells);
        }
        let names: Vec<String> = self
            .entities
            .iter()
            .map(|&e| self.catalog.named(e).name().to_string())
            .collect();
        let mut report = Report::new();
        report.title(names.join(" vs "));
        report.table(table);
        let all = if count == 2 { "both" } else { "all compared" };
        report.note(format!(
            "= in {all}   {}• only in this one",
            if count > 2 {
                "+ in some (named)   "
            } else {
                ""
            }
        ));
        if let Some(note) = self.left_out_note() {
            report.note(note);
        }
        for note in self.notes() {
            report.note(note);
        }
        if !self.sources.is_empty() {
            report.heading("Sources");
            for source in &self.sources {
                report.note(source.text.clone());
            }
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        // One row per aspect, one column per record, list items joined: what a spreadsheet wants.
        let mut header = vec!["aspect".to_string()];
        header.extend(self.entity_ids().into_iter().map(str::to_string));
        let mut table = Table::new(header);
        for row in &self.rows {
            let mut cells = vec![Cell::new(row.aspect.clone())];
            for value in &row.values {
                cells.push(match value {
                    None => Cell::empty(),
                    Some(Value::Text(text)) => Cell::new(text.clone()),
                    Some(Value::List(items)) => {
                        Cell::lines(items.iter().map(|i| i.text.clone()).collect())
                    }
                    Some(Value::Entries(entries)) => {
                        Cell::lines(entries.iter().map(|e| e.head.clone()).collect())
                    }
                });
            }
            table.row(cells);
        }
        vec![table]
    }
}
