//! How `him fit` shows its ranking: one sentence on why the first is first, how each typed
//! skill was read, the ranking with its bars, and for each record what is missing and which
//! courses teach it; and the ranking as CSV.

use std::cmp::Ordering;

use super::{Fit, FitView, better, echoed};
use crate::domain::skills::{Reading, Suggestion};
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::or_list;

fn percent(fit: &Fit) -> String {
    format!("{:.0}%", fit.score * 100.0)
}

/// The score as a bar, a full block for each tenth, to the eighth of one.
fn score_bar(fit: &Fit) -> String {
    let tenths_of_permille = (fit.score * 1000.0).round() as u32;
    crate::text::bar(tenths_of_permille, 100)
}

impl FitView {
    /// One sentence on why the first result is first: what it expects and what the person has
    /// of it, and, when another matches more of the skills but scores lower, why.
    fn verdict(&self) -> String {
        let Some(top) = self.results.first().filter(|fit| !fit.matched.is_empty()) else {
            let mut counted: Vec<String> = Vec::new();
            for t in &self.typed {
                if let Reading::Recognized(c) = &t.reading
                    && !counted.contains(&c.name)
                {
                    counted.push(c.name.clone());
                }
            }
            return format!(
                "No field or specialization in the data expects {}, so every score is 0%.",
                or_list(&counted)
            );
        };
        let have: Vec<String> = top.matched.iter().map(|m| m.name.clone()).collect();
        let tied: Vec<String> = self.results[1..]
            .iter()
            .filter(|fit| better(top, fit) == Ordering::Equal)
            .map(|fit| fit.label.clone())
            .collect();
        let first = if tied.is_empty() {
            format!("{} fits best, at {}", top.label, percent(top))
        } else {
            format!(
                "{} fits best, at {}, tied with {}",
                top.label,
                percent(top),
                crate::text::and_list(&tied)
            )
        };
        let skills = if top.expected == 1 {
            "the one skill it expects".to_string()
        } else {
            format!(
                "{} of the {} skills it expects",
                top.matched.len(),
                top.expected
            )
        };
        let mut sentence = format!("{first}: you have {skills} ({})", have.join(", "));
        // A broader record with more of the skills but a lower share: the score is a share.
        if let Some(broader) = self.results[1..]
            .iter()
            .filter(|fit| fit.matched.len() > top.matched.len())
            .min_by_key(|fit| std::cmp::Reverse(fit.matched.len()))
        {
            sentence.push_str(&format!(
                "; {} has more of them ({}) but expects {}, so it scores {}",
                broader.label,
                broader.matched.len(),
                broader.expected,
                percent(broader)
            ));
        }
        sentence.push('.');
        sentence
    }
}

impl View for FitView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title("How your skills fit the fields and specializations");
        report.text(self.verdict());
        let mut readings = Table::new(["You gave", "Read as", "Why"]);
        for t in &self.typed {
            let (read, why, tone) = match &t.reading {
                Reading::Recognized(c) => (c.name.clone(), c.how.explain(), Tone::Plain),
                Reading::Ambiguous { candidates } => {
                    let names: Vec<String> = candidates
                        .iter()
                        .map(|c| format!("{} ({})", c.name, c.how.explain()))
                        .collect();
                    (
                        "several skills: not counted".to_string(),
                        format!("could be {}; give the one you mean", or_list(&names)),
                        Tone::Warn,
                    )
                }
                Reading::Unknown { suggestions } => (
                    "not recognized".to_string(),
                    if suggestions.is_empty() {
                        "no skill in the data is called that".to_string()
                    } else {
                        let near: Vec<String> = suggestions.iter().map(Suggestion::text).collect();
                        format!("nearest: {}", near.join(", "))
                    },
                    Tone::Warn,
                ),
            };
            readings.row(vec![
                Cell::new(echoed(&t.typed)).tone(Tone::Strong),
                Cell::new(read).tone(tone),
                Cell::new(why),
            ]);
        }
        report.table(readings);
        if self
            .typed
            .iter()
            .any(|t| matches!(&t.reading, Reading::Recognized(c) if c.how.is_reading()))
        {
            report.note(
                "A tool, language, standard or method is read as the skill it serves: that reading is the editors' (`him show SKILL` lists what each skill covers).",
            );
        }

        report.heading("Ranking");
        let mut ranking = Table::new([
            "#",
            "Field or specialization",
            "Kind",
            "Score",
            "",
            "Skills",
        ])
        .align_right(0)
        .align_right(3)
        .align_right(5);
        let shown = self
            .results
            .iter()
            .rposition(|fit| !fit.matched.is_empty())
            .map_or(0, |last| last + 1);
        for (i, fit) in self.results.iter().enumerate().take(shown) {
            let name = Cell::new(fit.label.clone());
            ranking.row(vec![
                Cell::new((i + 1).to_string()),
                if fit.matched.is_empty() {
                    name.tone(Tone::Muted)
                } else {
                    name.tone(Tone::Strong)
                },
                Cell::new(fit.kind),
                Cell::new(percent(fit)),
                Cell::new(score_bar(fit)),
                Cell::new(format!("{} of {}", fit.matched.len(), fit.expected)),
            ]);
        }
        let folded = self.results.len() - shown;
        if folded > 0 {
            ranking.row(vec![
                Cell::empty(),
                Cell::new(if shown == 0 {
                    format!("{folded} with no match")
                } else {
                    format!("{folded} more with no match")
                })
                .tone(Tone::Muted),
                Cell::empty(),
                Cell::new("0%").tone(Tone::Muted),
                Cell::empty(),
                Cell::empty(),
            ]);
        }
        report.table(ranking);
        report.note(
            "Score: the share of the skills it expects that you have (for a field, its skills and its workflows); each █ is 10%. Equal scores go by name.",
        );

        let mut none: Vec<String> = Vec::new();
        for (i, fit) in self.results.iter().enumerate() {
            if fit.matched.is_empty() {
                none.push(fit.name.clone());
                continue;
            }
            report.heading(format!(
                "{}. {}, {}: {} of the {} skills it expects ({})",
                i + 1,
                fit.label,
                fit.what,
                fit.matched.len(),
                fit.expected,
                percent(fit)
            ));
            let have: Vec<String> = fit.matched.iter().map(|m| m.name.clone()).collect();
            report.text(format!("You have: {}.", have.join(", ")));
            if fit.missing.is_empty() {
                report.text_toned("Nothing missing.", Tone::Good);
                continue;
            }
            let mut missing = Table::new(["Missing skill", "Courses in the data that teach it"]);
            for m in &fit.missing {
                missing.row(vec![
                    Cell::new(m.name.clone()),
                    if m.courses.is_empty() {
                        Cell::new("no course in the data teaches it").tone(Tone::Muted)
                    } else {
                        Cell::lines(m.courses.iter().map(|c| format!("• {}", c.name)).collect())
                    },
                ]);
            }
            report.table(missing);
        }
        if !none.is_empty() {
            report.note(format!(
                "None of your skills is expected by {} (`him show NAME` lists what each expects).",
                or_list(&none)
            ));
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new([
            "rank", "kind", "id", "name", "score", "matched", "expected", "have", "missing",
        ]);
        for (i, fit) in self.results.iter().enumerate() {
            let ids = |items: Vec<&String>| {
                items
                    .into_iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(";")
            };
            table.row(vec![
                Cell::new((i + 1).to_string()),
                Cell::new(fit.kind),
                Cell::new(fit.id.clone()),
                Cell::new(fit.name.clone()),
                Cell::new(format!("{:.4}", fit.score)),
                Cell::new(fit.matched.len().to_string()),
                Cell::new(fit.expected.to_string()),
                Cell::new(ids(fit.matched.iter().map(|m| &m.id).collect())),
                Cell::new(ids(fit.missing.iter().map(|m| &m.id).collect())),
            ]);
        }
        vec![table]
    }
}
