//! The plan as a whole: its headline, the pay where it starts and ends, its notes, and the
//! report that sets them around the steps.

use super::PlanView;
use super::steps::step_tone;
use crate::data::model::{ProgramKind, SourceKind, Title};
use crate::domain::eligibility::Outcome;
use crate::domain::pay::{CLOSEST_OCCUPATION, figure_text, one_figure_note};
use crate::domain::planning::{Action, Reach};
use crate::output::{Cell, Entry, Line, Report, Tone, View};
use crate::text::{and_list, or_list};
use crate::wages::AreaKind;

impl PlanView<'_> {
    /// How many credential steps rest on a likely or possible route, by number.
    pub(super) fn to_confirm_steps(&self) -> Vec<usize> {
        self.plan
            .steps
            .iter()
            .enumerate()
            .filter(|(_, step)| {
                matches!(&step.action, Action::Credential(s) if s.outcome != Outcome::Met)
            })
            .map(|(i, _)| i + 1)
            .collect()
    }

    /// The plan in a sentence or two, and its tone.
    pub(super) fn headline(&self) -> (String, Tone) {
        let goal = &self.plan.goal.name;
        match &self.plan.reach {
            Reach::AlreadyThere => {
                return (
                    format!("You hold {goal} already (--from): there is nothing to plan."),
                    Tone::Good,
                );
            }
            Reach::NoLadderPath { next, before } => {
                let from = self.plan.from.map_or("", |t| t.name.as_str());
                let mut text = format!(
                    "No plan: the data's career ladder has no path from {from} to {goal}. "
                );
                text.push_str(&match next.as_slice() {
                    [] => format!("{from} leads to no title in the data"),
                    next => format!("{from} leads to {}", names(next)),
                });
                text.push_str(&match before.as_slice() {
                    [] => format!("; no title leads to {goal}."),
                    before => format!("; {goal} is reached from {}.", names(before)),
                });
                return (text, Tone::Warn);
            }
            Reach::NoEntryPath { before } => {
                return (
                    format!(
                        "No plan: no entry-level title of the data leads to {goal}; it is reached from {}, and nothing below them leads there.",
                        names(before)
                    ),
                    Tone::Warn,
                );
            }
            Reach::Planned => {}
        }
        let count = |kind: &str| {
            self.plan
                .steps
                .iter()
                .filter(|s| match &s.action {
                    Action::Schooling(s) if s.kind == ProgramKind::Degree && !s.finish_current => {
                        kind == "degree"
                    }
                    Action::Schooling(_) => kind == "program",
                    action => action.kind() == kind,
                })
                .count()
        };
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = Vec::new();
        for (kind, one, many) in [
            ("degree", "degree", "degrees"),
            ("program", "program", "programs"),
            ("license", "license", "licenses"),
            (
                "experience",
                "stretch of experience",
                "stretches of experience",
            ),
            ("credential", "credential", "credentials"),
            ("title", "job on the ladder", "jobs on the ladder"),
        ] {
            let n = count(kind);
            if n > 0 {
                parts.push(plural(n, one, many));
            }
        }
        let steps = self.plan.steps.len();
        let mut text = format!(
            "{} to {goal}: {}.",
            plural(steps, "step", "steps"),
            and_list(&parts)
        );
        let unsure = self.to_confirm_steps();
        let tone = if unsure.is_empty() {
            if count("credential") > 0 {
                text.push_str(
                    " Every credential step rests on a current rule of the issuer's own page.",
                );
            }
            Tone::Good
        } else {
            let numbers: Vec<String> = unsure.iter().map(|n| n.to_string()).collect();
            text.push_str(&format!(
                " This plan depends on {} to confirm with the issuer ({} {}).",
                plural(unsure.len(), "step", "steps"),
                if unsure.len() == 1 { "step" } else { "steps" },
                and_list(&numbers)
            ));
            Tone::Tentative
        };
        let unknown: Vec<String> = self
            .plan
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(&s.action, Action::Experience(p) if p.years.is_none()))
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        if !unknown.is_empty() {
            text.push_str(&format!(
                " The sources give no number of years for {} {}.",
                if unknown.len() == 1 { "step" } else { "steps" },
                and_list(&unknown)
            ));
        }
        (text, tone)
    }

    /// "Median pay of each job's occupation in Chicago-Naperville-Elgin, IL-IN: $57,970 as
    /// Health information technician, $123,090 as HIM director.": where the plan starts and
    /// ends.
    pub(super) fn pay_summary(&self) -> Option<String> {
        let moves: Vec<&Title> = self.plan.moves().collect();
        let first = self.plan.from.or_else(|| moves.first().copied())?;
        let last = *moves.last()?;
        let at = |title: &Title| {
            self.pay
                .get(&title.id)
                .map(|p| format!("{} as {}", figure_text(p.median), title.name))
        };
        let place = match self.area.kind {
            AreaKind::National => "nationally".to_string(),
            _ => format!("in {}", self.area.label()),
        };
        let ends: Vec<String> = if first.id == last.id {
            at(first).into_iter().collect()
        } else {
            at(first).into_iter().chain(at(last)).collect()
        };
        let now = if self.plan.from.is_some() {
            " (now)"
        } else {
            ""
        };
        match ends.as_slice() {
            [one] => Some(format!(
                "Median pay of the job's occupation {place}: {one}."
            )),
            [from, to] => Some(format!(
                "Median pay of each job's occupation {place}: {from}{now}, {to}."
            )),
            _ => None,
        }
    }

    /// What the plan's figures and words rest on, for every format.
    pub(super) fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.plan.reach != Reach::Planned {
            if self.plan.from.is_some() {
                notes.push(format!(
                    "`him plan --to {}` without --from shows the way from the entry level; `him ladder` draws the ladders.",
                    self.plan.goal.id
                ));
            }
            return notes;
        }
        let schooling = self
            .plan
            .steps
            .iter()
            .any(|s| matches!(s.action, Action::Schooling(_)));
        if schooling && !self.degree_given {
            notes.push("You gave no --degree, so the plan counts you as having none: give --degree (with --program and --accredited-by) for the way from the degree you hold.".to_string());
        }
        match (self.plan.from, self.plan.start) {
            (None, Some(start)) if start.id == self.plan.goal.id && start.level.as_str() != "entry" => {
                notes.push(format!(
                    "No title of the data leads to {}: the plan goes straight to it. Give --from TITLE if you hold a job now.",
                    start.name
                ));
            }
            (None, Some(start)) if start.id != self.plan.goal.id => notes.push(format!(
                "Without --from, the plan starts at the entry level, as {}. If you hold a job of the ladder now, give it with --from TITLE.",
                start.name
            )),
            _ => {}
        }
        let sits = self
            .plan
            .steps
            .iter()
            .any(|s| matches!(s.action, Action::Credential(_)));
        let titles_with_typical = self
            .plan
            .steps
            .iter()
            .any(|s| matches!(&s.action, Action::Title(m) if !m.title.credentials.is_empty()));
        if titles_with_typical {
            notes.push("“Typically goes with”: the credentials a job title goes with are the him editors' reading of its sources, not a hiring rule: employers set their own.".to_string());
        }
        if schooling {
            notes.push("A degree or program's length and cost vary by program: no source at hand gives a figure, so him gives none.".to_string());
        }
        notes.push("Levels and ladder steps are the him editors' judgement; no source at hand says how many years a move takes.".to_string());
        notes.extend(self.pay_notes());
        for (title, credentials) in &self.plan.out_of_reach {
            let names: Vec<String> = credentials.iter().map(|c| c.abbreviation.clone()).collect();
            notes.push(format!(
                "{} typically goes with {}, but the data gives no route to {} that this plan can follow (closed, for programs abroad, or for students in their last term): `him eligible --credential {}` shows its routes.",
                title.name,
                or_list(&names),
                if names.len() == 1 { "it" } else { "any of them" },
                credentials.first().map_or("", |c| c.id.as_str())
            ));
        }
        let outcomes: Vec<Outcome> = self
            .plan
            .steps
            .iter()
            .filter_map(|s| match &s.action {
                Action::Credential(s) => Some(s.outcome),
                _ => None,
            })
            .collect();
        if outcomes.contains(&Outcome::Likely) {
            notes.push(format!(
                "Likely: every condition holds, but only a secondary source or the source article states the rule, or its source is older than {} (--stale-after): confirm with the issuer before you pay for the exam.",
                crate::domain::years(self.stale_after_years)
            ));
        }
        if outcomes.contains(&Outcome::Possible) {
            notes.push("Possible: everything him can check holds, but part of the route is unconfirmed, not given by the sources, a condition him cannot check, or your experience, discipline or credential counts only if it is what the route asks for: confirm it with the issuer.".to_string());
        }
        let undated = sits
            && self.plan.steps.iter().any(|s| match &s.action {
                Action::Credential(s) => self
                    .catalog
                    .source(&s.credential.paths[s.route].source)
                    .is_some_and(|src| src.kind == SourceKind::Primary && src.period.is_none()),
                _ => false,
            });
        if undated {
            notes.push(
                "“undated”: the issuer's own page gives no date; him takes it as the current rule."
                    .to_string(),
            );
        }
        if sits {
            notes.push("`him eligible --credential NAME` with the same options shows every route of a credential.".to_string());
        }
        notes
    }

    /// What the pay figures are: one occupation's figures per title, titles that share them.
    fn pay_notes(&self) -> Vec<String> {
        let mut notes = vec![CLOSEST_OCCUPATION.to_string()];
        let moves: Vec<&Title> = self.plan.moves().collect();
        for (soc, group) in crate::domain::grouped(moves, |t| t.soc.as_str()) {
            if group.len() > 1 {
                let names: Vec<String> = group.iter().map(|t| t.name.clone()).collect();
                let occupation = self
                    .pay
                    .get(&group[0].id)
                    .and_then(|p| p.occupation.clone());
                notes.push(one_figure_note(&names, soc, occupation.as_deref()));
            }
        }
        notes.push(self.source.source_line().0);
        notes
    }
}

fn names(titles: &[&Title]) -> String {
    let names: Vec<String> = titles.iter().map(|t| t.name.clone()).collect();
    and_list(&names)
}

impl View for PlanView<'_> {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let goal = self.plan.goal;
        report.title(match self.plan.from {
            Some(from) => format!("Plan: from {} to {}", from.name, goal.name),
            None => format!("Plan: {}", goal.name),
        });
        let mut pairs = crate::domain::eligibility::person::person_pairs(
            self.catalog,
            &self.person,
            self.degree_given,
        );
        let job = match self.plan.from {
            None => "none given (--from)".to_string(),
            Some(from) => {
                let median = self.pay.get(&from.id).map_or(String::new(), |p| {
                    format!(", {} median", figure_text(p.median))
                });
                format!("{} ({}){median}", from.name, from.level.as_str())
            }
        };
        pairs.push(("Job now".to_string(), Cell::new(job)));
        let mut place = match self.area.kind {
            AreaKind::National => {
                "United States (national figures; --area for a state or city)".to_string()
            }
            _ => self.area.described(),
        };
        if let Some(unit) = self.bar_unit {
            place.push_str(&format!(
                "; each █ is {}",
                crate::text::dollars(u64::from(unit))
            ));
        }
        pairs.push(("Pay in".to_string(), Cell::new(place)));
        report.pairs(pairs);
        if let Some(note) = &self.area_note {
            report.text_toned(note.clone(), Tone::Warn);
        }
        let (headline, tone) = self.headline();
        report.text_toned(headline, tone);
        if let Some(pay) = self.pay_summary() {
            report.text(pay);
        }
        if !self.plan.steps.is_empty() {
            let entries = (0..self.plan.steps.len())
                .map(|i| Entry {
                    head: self.step_text(i),
                    tone: step_tone(&self.plan.steps[i]),
                    details: self.step_details(i),
                })
                .collect();
            report.entries(entries);
        }
        let others = self.alternative_lines();
        if !others.is_empty() {
            report.heading("Other ways");
            report.lines(
                others
                    .into_iter()
                    .map(|text| Line::new().hang("    ", Tone::Plain).plain(text))
                    .collect(),
            );
        }
        for note in self.notes() {
            report.note(note);
        }
        report
    }

    /// The page draws the jobs of the plan as a timeline of pay bars under the steps: each
    /// job's median and 10th–90th range in the plan's area, one scale for all.
    fn page(&self) -> Report {
        let mut report = self.report();
        if let Some(chart) = self.pay_chart()
            && let Some(at) = report
                .blocks
                .iter()
                .position(|b| matches!(b, crate::output::Block::Entries(_)))
        {
            report
                .blocks
                .insert(at + 1, crate::output::Block::PayChart(chart));
        }
        report
    }

    fn csv(&self) -> Vec<crate::output::Table> {
        vec![self.csv_table()]
    }
}

impl PlanView<'_> {
    /// Each job of the plan, in the order of its steps, with its pay; `None` when no job of the
    /// plan has figures.
    fn pay_chart(&self) -> Option<crate::output::PayChart> {
        let bars: Vec<crate::output::PayBar> = self
            .plan
            .steps
            .iter()
            .enumerate()
            .filter_map(|(i, step)| match &step.action {
                Action::Title(m) => self.pay.get(&m.title.id).map(|pay| crate::output::PayBar {
                    label: format!("{}. {}", i + 1, m.title.name),
                    percentiles: [
                        pay.p10.value(),
                        None,
                        pay.median.value(),
                        None,
                        pay.p90.value(),
                    ],
                    note: None,
                }),
                _ => None,
            })
            .collect();
        bars.iter()
            .any(|b| b.percentiles.iter().any(Option::is_some))
            .then(|| crate::output::PayChart {
                caption: format!(
                    "Pay at each job of the plan: median and 10th–90th percentile of its occupation, {} ({})",
                    match self.area.kind {
                        AreaKind::National => "United States".to_string(),
                        _ => self.area.described(),
                    },
                    self.source.citation()
                ),
                groups: vec![crate::output::PayGroup {
                    name: String::new(),
                    bars,
                }],
            })
    }
}
