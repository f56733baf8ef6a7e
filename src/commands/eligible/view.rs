//! How `him eligible` shows its verdicts: for one credential, the sentence and every route;
//! for all, the summary line and a table of verdicts with the route or what is missing; and
//! the same as flat CSV rows.

use super::EligibleView;
use super::words::missing;
use crate::data::model::Named;
use crate::domain::eligibility::person::person_pairs;
use crate::domain::eligibility::{CredentialCheck, Verdict};
use crate::domain::rules;
use crate::output::{Cell, Report, Table, Tone, View};

/// The word and tone of a verdict in the summary table.
fn verdict_cell(check: &CredentialCheck<'_>) -> (&'static str, Tone) {
    match check.verdict {
        _ if check.held => ("held", Tone::Good),
        Verdict::Eligible => ("yes", Tone::Good),
        Verdict::Likely => ("likely", Tone::Tentative),
        Verdict::Possible => ("possible", Tone::Tentative),
        Verdict::NotEligible => ("not yet", Tone::Plain),
    }
}

impl View for EligibleView<'_> {
    fn report(&self) -> Report {
        let catalog = self.catalog;
        let mut report = Report::new();
        if self.single {
            let check = &self.checks[0];
            report.title(format!("Eligibility for {}", check.credential.label()));
            report.pairs(person_pairs(catalog, &self.person, self.degree_given));
            let (sentence, tone) = self.verdict_sentence(check);
            report.text_toned(sentence, tone);
            report.heading("Routes (any one is enough)");
            report.entries(self.entries(&check.paths, false));
            if !check.recommended.is_empty() {
                report.heading(format!(
                    "Recommended by {}, not required",
                    self.issuer(check)
                ));
                report.entries(self.entries(&check.recommended, true));
            }
            if let Some(apprentice) = &check.apprentice {
                report.heading(format!(
                    "Passing without the experience gives {}: the -A comes off by any one of",
                    apprentice.abbreviation
                ));
                report.entries(self.entries(&apprentice.removals, false));
            }
        } else {
            // Credentials the person holds are set apart: whether they could sit them again
            // is beside the point.
            let unheld = |verdict: Verdict| {
                self.checks
                    .iter()
                    .filter(move |c| !c.held && c.verdict == verdict)
            };
            let names = |checks: &mut dyn Iterator<Item = &CredentialCheck<'_>>| -> Vec<String> {
                checks.map(|c| c.credential.abbreviation.clone()).collect()
            };
            report.title(format!("Eligibility for {} credentials", self.checks.len()));
            report.pairs(person_pairs(catalog, &self.person, self.degree_given));
            let eligible = names(&mut unheld(Verdict::Eligible));
            let likely = names(&mut unheld(Verdict::Likely));
            let possible = names(&mut unheld(Verdict::Possible));
            let held: Vec<String> = self
                .checks
                .iter()
                .filter(|c| c.held)
                .map(|c| match &c.apprentice {
                    Some(a) if c.held_as_apprentice => a.abbreviation.to_string(),
                    _ => c.credential.abbreviation.clone(),
                })
                .collect();
            let not_yet = unheld(Verdict::NotEligible).count();
            let mut summary = vec![if eligible.is_empty() {
                "Eligible now: none".to_string()
            } else {
                format!("Eligible now: {}", eligible.join(", "))
            }];
            if !likely.is_empty() {
                summary.push(format!("likely: {}", likely.join(", ")));
            }
            if !possible.is_empty() {
                summary.push(format!("possible: {}", possible.join(", ")));
            }
            summary.push(format!("not yet: {not_yet}"));
            if !held.is_empty() {
                summary.push(format!("held: {}", held.join(", ")));
            }
            report.text_toned(
                format!("{}.", summary.join("; ")),
                if eligible.is_empty() {
                    Tone::Plain
                } else {
                    Tone::Good
                },
            );
            let mut table = Table::new(["Credential", "Eligible", "Route, or what is missing"]);
            for check in &self.checks {
                let (word, tone) = verdict_cell(check);
                let lines = if check.held {
                    self.held_lines(check)
                } else {
                    self.summary_lines(check)
                };
                table.row(vec![
                    Cell::new(&check.credential.abbreviation).tone(Tone::Strong),
                    Cell::new(word).tone(tone),
                    Cell::lines(lines),
                ]);
            }
            report.table(table);
        }
        self.notes(&mut report);
        report
    }

    /// One flat row per credential (or, for one credential, per route), for spreadsheets.
    fn csv(&self) -> Vec<Table> {
        if self.single {
            let check = &self.checks[0];
            let mut table = Table::new([
                "route",
                "name",
                "outcome",
                "missing",
                "to_confirm",
                "source",
                "status",
                "source_date",
            ]);
            for p in &check.paths {
                table.row(vec![
                    Cell::new((p.index + 1).to_string()),
                    Cell::new(&p.path.name),
                    Cell::new(p.outcome.as_str()),
                    Cell::lines(p.missing.iter().map(|g| g.words.clone()).collect()),
                    Cell::lines(p.to_confirm.iter().map(|u| u.words.clone()).collect()),
                    Cell::new(&p.path.source),
                    Cell::new(p.path.status.as_str()),
                    Cell::new(
                        p.evidence
                            .source_date
                            .map_or_else(|| "undated".to_string(), |d| d.to_string()),
                    ),
                ]);
            }
            return vec![table];
        }
        let mut table = Table::new([
            "credential",
            "eligible",
            "verdict",
            "route",
            "missing",
            "to_confirm",
            "source",
        ]);
        for check in &self.checks {
            let chosen = check.chosen_path();
            let met = matches!(check.verdict, Verdict::Eligible | Verdict::Likely);
            table.row(vec![
                Cell::new(&check.credential.id),
                Cell::new(check.eligible().to_string()),
                Cell::new(check.verdict.as_str()),
                Cell::new(chosen.map_or(String::new(), |p| {
                    rules::numbered_path(check.credential, p.index)
                })),
                Cell::lines(if met { Vec::new() } else { missing(check) }),
                Cell::lines(
                    chosen
                        .map(|p| p.to_confirm.iter().map(|u| u.words.clone()).collect())
                        .unwrap_or_default(),
                ),
                Cell::new(chosen.map_or(String::new(), |p| self.citation(p))),
            ]);
        }
        vec![table]
    }
}
