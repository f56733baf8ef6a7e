//! The CSV of `him plan`: one flat row per step, for spreadsheets.

use super::PlanView;
use super::steps::evidence_word;
use crate::domain::pay::OccupationPay;
use crate::domain::planning::Action;
use crate::output::{Cell, Table};
use crate::wages::Figure;

impl PlanView<'_> {
    /// One flat row per step, for spreadsheets.
    pub(super) fn csv_table(&self) -> Table {
        let mut table = Table::new([
            "step",
            "kind",
            "text",
            "credential",
            "route",
            "evidence",
            "title",
            "level",
            "needs",
            "opens",
            "source",
            "source_date",
            "soc",
            "area",
            "median",
            "p10",
            "p90",
        ]);
        let number = |figure: Option<Figure>| {
            Cell::new(
                figure
                    .and_then(|f| f.value())
                    .map(|v| v.to_string())
                    .unwrap_or_default(),
            )
        };
        for (i, step) in self.plan.steps.iter().enumerate() {
            let (credential, route, evidence, source, date) = match &step.action {
                Action::Credential(s) => {
                    let path = &s.credential.paths[s.route];
                    (
                        s.credential.id.clone(),
                        (s.route + 1).to_string(),
                        evidence_word(s.outcome).unwrap_or_default().to_string(),
                        path.source.clone(),
                        self.catalog
                            .source(&path.source)
                            .and_then(|s| s.period)
                            .map_or_else(|| "undated".to_string(), |p| p.to_string()),
                    )
                }
                _ => Default::default(),
            };
            let needs: Vec<String> = match &step.action {
                Action::Credential(s) => s.lacks.iter().map(|g| g.words.clone()).collect(),
                Action::Title(m) if !m.title.credentials.is_empty() => vec![format!(
                    "typically goes with {}",
                    crate::domain::rules::credential_names(self.catalog, &m.title.credentials)
                )],
                _ => Vec::new(),
            };
            let (title, level, pay): (String, String, Option<&OccupationPay>) = match &step.action {
                Action::Title(m) => (
                    m.title.id.clone(),
                    m.title.level.as_str().to_string(),
                    self.pay.get(&m.title.id),
                ),
                _ => (String::new(), String::new(), None),
            };
            // A title's row cites the source of its pay, as a credential's cites its rule.
            let (source, date) = match pay {
                Some(_) => (
                    self.source.id.clone(),
                    self.source
                        .period
                        .map(|p| p.to_string())
                        .unwrap_or_default(),
                ),
                None => (source, date),
            };
            let opens: Vec<String> = step
                .opens
                .titles
                .iter()
                .map(|t| t.id.clone())
                .chain(step.opens.credentials.iter().map(|(c, _)| c.id.clone()))
                .collect();
            table.row(vec![
                Cell::new((i + 1).to_string()),
                Cell::new(step.action.kind()),
                Cell::new(self.step_text(i)),
                Cell::new(credential),
                Cell::new(route),
                Cell::new(evidence),
                Cell::new(title),
                Cell::new(level),
                Cell::new(needs.join("; ")),
                Cell::new(opens.join(";")),
                Cell::new(source),
                Cell::new(date),
                Cell::new(pay.map(|p| p.soc.clone()).unwrap_or_default()),
                Cell::new(if pay.is_some() {
                    self.area.code.to_string()
                } else {
                    String::new()
                }),
                number(pay.map(|p| p.median)),
                number(pay.map(|p| p.p10)),
                number(pay.map(|p| p.p90)),
            ]);
        }
        table
    }
}
