//! Each step of a plan in words: its head line and its details (why, pay, evidence, what it
//! opens). Shared by every format: the report, the JSON and the CSV.

use super::PlanView;
use crate::data::Kind;
use crate::data::model::{ANY_RECOGNIZED_ACCREDITOR, ProgramKind, Title};
use crate::domain::eligibility::Outcome;
use crate::domain::pay::OccupationPay;
use crate::domain::pay::{figure_range, figure_text, lower_median, lower_median_note};
use crate::domain::planning::{
    Action, Licensing, Move, Practice, Purpose, Schooling, Sitting, Step,
};
use crate::domain::rules;
use crate::domain::sources::likely_reason;
use crate::output::Tone;
use crate::text::bar;
use crate::text::capitalized;
use crate::text::{and_list, or_list};
use crate::wages::Figure;

/// What a step's evidence is called: the verdict `him eligible` gives a route that holds.
pub(super) fn evidence_word(outcome: Outcome) -> Option<&'static str> {
    match outcome {
        Outcome::Met => Some("eligible"),
        Outcome::Likely => Some("likely"),
        Outcome::Possible => Some("possible"),
        _ => None,
    }
}

impl PlanView<'_> {
    pub(super) fn credential_name(&self, id: &str) -> String {
        self.catalog.short_name_of(Kind::Credential, id).to_string()
    }

    /// "RHIA by route 1. CAHIIM-accredited HIM degree".
    fn purpose_words(&self, purpose: &Purpose) -> String {
        match self.catalog.credential(&purpose.credential) {
            Some(credential) => format!(
                "{} by route {}",
                credential.abbreviation,
                rules::numbered_path(credential, purpose.route)
            ),
            None => purpose.credential.clone(),
        }
    }

    /// The step that sits `credential`, by number.
    pub(super) fn sitting_step(&self, credential: &str) -> Option<usize> {
        self.plan.steps.iter().position(
            |step| matches!(&step.action, Action::Credential(s) if s.credential.id == credential),
        )
    }

    /// The head line of a step.
    pub(super) fn step_text(&self, index: usize) -> String {
        match &self.plan.steps[index].action {
            Action::Schooling(s) => schooling_text(self, s),
            Action::Experience(p) => practice_text(self, p),
            Action::License(l) => format!("Hold {}", license_names(l)),
            Action::Credential(s) => {
                let word = evidence_word(s.outcome).unwrap_or_default();
                let when = match self.plan.steps[index].ready_after {
                    None => format!("{word} now"),
                    Some(step) => format!("{word} after step {}", step + 1),
                };
                format!(
                    "Sit {}, by route {}: {when}",
                    s.credential.abbreviation,
                    rules::numbered_path(s.credential, s.route)
                )
            }
            Action::Title(m) => {
                let verb = if m.after.is_none() {
                    "Start as"
                } else {
                    "Move to"
                };
                format!("{verb} {} ({})", m.title.name, m.title.level.as_str())
            }
        }
    }

    /// A step's details: why, pay, evidence, what it opens.
    pub(super) fn step_details(&self, index: usize) -> Vec<(String, Tone)> {
        let step = &self.plan.steps[index];
        let mut details = Vec::new();
        match &step.action {
            Action::Schooling(s) => {
                let why = match s.entry_for {
                    Some(level) => format!(
                        "{} asks for it on entry (as him counts it), for {}",
                        rules::program_of_level(Some(level)),
                        self.purpose_words(&s.purpose)
                    ),
                    None => format!("for {}", self.purpose_words(&s.purpose)),
                };
                details.push((why, Tone::Plain));
            }
            Action::Experience(p) => details.push((practice_details(self, p), Tone::Plain)),
            Action::License(l) => details.push((
                format!(
                    "for {}; the data does not say how a license is earned",
                    self.purpose_words(&l.purpose)
                ),
                Tone::Plain,
            )),
            Action::Credential(s) => details.extend(self.sitting_details(s)),
            Action::Title(m) => details.extend(self.move_details(m)),
        }
        let opens = self.opens_words(step);
        if !opens.is_empty() {
            details.push((format!("opens: {opens}"), Tone::Plain));
        }
        details
    }

    /// What a step opens, in words: "Health information manager and HIM director; CHDA".
    pub(super) fn opens_words(&self, step: &Step<'_>) -> String {
        let titles: Vec<String> = step.opens.titles.iter().map(|t| t.name.clone()).collect();
        let credentials: Vec<String> = step
            .opens
            .credentials
            .iter()
            .map(|(c, outcome)| match outcome {
                Outcome::Met => c.abbreviation.clone(),
                other => format!(
                    "{} ({})",
                    c.abbreviation,
                    evidence_word(*other).unwrap_or_default()
                ),
            })
            .collect();
        [and_list(&titles), and_list(&credentials)]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn sitting_details(&self, s: &Sitting<'_>) -> Vec<(String, Tone)> {
        let mut details = Vec::new();
        if !s.for_titles.is_empty() {
            let names: Vec<String> = s.for_titles.iter().map(|t| t.name.clone()).collect();
            details.push((
                format!(
                    "{} typically {} it (the him editors' reading, not a hiring rule)",
                    and_list(&names),
                    if names.len() == 1 {
                        "goes with"
                    } else {
                        "go with"
                    }
                ),
                Tone::Plain,
            ));
        }
        if let Some(purpose) = &s.for_credential {
            details.push((
                format!("for {}, which names it", self.purpose_words(purpose)),
                Tone::Plain,
            ));
        }
        if let Some(why) = likely_reason(&s.evidence, self.stale_after_years)
            && s.outcome == Outcome::Likely
        {
            let issuer = self
                .catalog
                .short_name_of(Kind::Organization, &s.credential.issuer);
            details.push((
                format!("likely: {why}; confirm with {issuer}"),
                Tone::Tentative,
            ));
        }
        if !s.to_confirm.is_empty() {
            let words: Vec<&str> = s.to_confirm.iter().map(|u| u.words.as_str()).collect();
            details.push((format!("to confirm: {}", words.join("; ")), Tone::Tentative));
        }
        if let Some(form) = &s.as_apprentice {
            details.push((
                format!(
                    "passed as {form} until its mark comes off (`him eligible --credential {}` shows how)",
                    s.credential.id
                ),
                Tone::Plain,
            ));
        }
        let source = &s.credential.paths[s.route].source;
        let (citation, stale) = self
            .citations
            .get(source)
            .map_or((source.clone(), false), |c| (c.text.clone(), c.stale()));
        details.push((
            format!("source: {citation}"),
            if stale { Tone::Warn } else { Tone::Muted },
        ));
        details
    }

    fn move_details(&self, m: &Move<'_>) -> Vec<(String, Tone)> {
        let mut details = Vec::new();
        let typical: Vec<String> = m
            .title
            .credentials
            .iter()
            .map(|id| self.credential_name(id))
            .collect();
        match m.with {
            Some(credential) if m.held_before && typical.len() == 1 => details.push((
                format!(
                    "typically goes with {}: you hold it",
                    credential.abbreviation
                ),
                Tone::Plain,
            )),
            Some(credential) if m.held_before => details.push((
                format!(
                    "typically goes with {}: you hold {}",
                    or_list(&typical),
                    credential.abbreviation
                ),
                Tone::Plain,
            )),
            Some(credential) => {
                let at = self
                    .sitting_step(&credential.id)
                    .map_or(String::new(), |i| format!(" (step {})", i + 1));
                details.push((
                    format!(
                        "typically goes with {}: the plan has you sit {}{at}",
                        or_list(&typical),
                        credential.abbreviation
                    ),
                    Tone::Plain,
                ));
            }
            None if typical.is_empty() => {}
            None => details.push((
                format!(
                    "typically goes with {}, but no route to {} is open to this plan in the data",
                    or_list(&typical),
                    if typical.len() == 1 {
                        "it"
                    } else {
                        "any of them"
                    }
                ),
                Tone::Warn,
            )),
        }
        if let Some(pay) = self.pay.get(&m.title.id) {
            details.push((self.pay_line(pay), Tone::Plain));
            details.push((Self::occupation_line(pay), Tone::Muted));
            if let Some(before) = m.after.and_then(|t| self.pay.get(&t.id).map(|p| (t, p))) {
                details.extend(self.pay_comparison(before, pay));
            }
        }
        details
    }

    /// "$123,090 ██████▏ median · range $77,120–$226,080 · 11-9111 Medical and Health Services
    /// Managers", the median padded so every bar starts in one column.
    fn pay_line(&self, pay: &OccupationPay) -> String {
        let width = self
            .pay
            .values()
            .filter(|p| p.median.value().is_some())
            .map(|p| figure_text(p.median).len())
            .max()
            .unwrap_or(0);
        let median = match pay.median {
            Figure::Published(value) => format!(
                "{:>width$} {} median",
                figure_text(pay.median),
                self.bar_unit.map(|u| bar(value, u)).unwrap_or_default()
            ),
            Figure::Unpublished(reason) => format!("median {}", reason.label()),
        };
        format!("pay {median} · range {}", figure_range(pay.p10, pay.p90))
    }

    /// "BLS occupation: 11-9111 Medical and Health Services Managers".
    fn occupation_line(pay: &OccupationPay) -> String {
        format!(
            "BLS occupation: {} {}",
            pay.soc,
            pay.occupation
                .as_deref()
                .unwrap_or("(not in the wage table)")
        )
    }

    /// Whether the move can show a raise: the same figure as the job before, or a lower one.
    pub(super) fn pay_comparison(
        &self,
        (before, before_pay): (&Title, &OccupationPay),
        pay: &OccupationPay,
    ) -> Option<(String, Tone)> {
        if before_pay.soc == pay.soc {
            return Some((
                format!(
                    "same figure as {}: both take {}'s figures, which cannot show whether the move pays more",
                    before.name, pay.soc
                ),
                Tone::Muted,
            ));
        }
        lower_median(before_pay.median, pay.median).then(|| {
            let name = |p: &OccupationPay| p.occupation.clone().unwrap_or_else(|| p.soc.clone());
            (
                capitalized(&lower_median_note(&name(before_pay), &name(pay))),
                Tone::Muted,
            )
        })
    }
}

fn license_names(licensing: &Licensing) -> String {
    let names: Vec<String> = licensing
        .any
        .iter()
        .map(|l| rules::license_name(l))
        .collect();
    or_list(&names)
}

/// ", from a program accredited by CAHIIM", ", from an accredited program or institution"
/// (any recognized accreditor), ", from a program approved by CAHIIM" (a certificate).
pub(super) fn accreditor_phrase(
    view: &PlanView<'_>,
    body: Option<&str>,
    kind: ProgramKind,
) -> String {
    let Some(body) = body else {
        return String::new();
    };
    if body == ANY_RECOGNIZED_ACCREDITOR {
        return ", from an accredited program or institution".to_string();
    }
    let verb = if kind == ProgramKind::PostBaccalaureateCertificate {
        "approved"
    } else {
        "accredited"
    };
    format!(
        ", from a program {verb} by {}",
        view.catalog.short_name_of(Kind::Organization, body)
    )
}

/// "Finish a bachelor's degree in health information management, from a program accredited
/// by CAHIIM (length varies by program)".
fn schooling_text(view: &PlanView<'_>, s: &Schooling) -> String {
    if s.finish_current {
        return "Finish the program you are in the last term of".to_string();
    }
    let mut subjects: Vec<String> = s
        .disciplines
        .iter()
        .map(|d| rules::discipline_name(d))
        .collect();
    subjects.extend(s.also.iter().cloned());
    let subject = if subjects.is_empty() {
        String::new()
    } else {
        format!(" in {}", or_list(&subjects))
    };
    let what = match (s.kind, s.level) {
        (ProgramKind::Degree, Some(level)) => level.phrase().to_string(),
        (ProgramKind::Degree, None) => "a program".to_string(),
        (kind, _) => format!("a {}", kind.label()),
    };
    let body = accreditor_phrase(view, s.accredited_by.as_deref(), s.kind);
    format!("Finish {what}{subject}{body} (length varies by program)")
}

/// "Gain 2 more years of experience in medical coding".
fn practice_text(view: &PlanView<'_>, p: &Practice) -> String {
    let name = rules::experience_name(view.catalog, &p.kind);
    match p.years {
        Some(years) if p.has > 0.0 => {
            let phrase = rules::years_phrase(years);
            let (number, unit) = phrase.split_once(' ').unwrap_or((&phrase, "years"));
            format!("Gain {number} more {unit} of experience in {name}")
        }
        Some(years) => format!(
            "Gain {} of experience in {name}",
            rules::years_phrase(years)
        ),
        None => format!("Gain experience in {name} (the sources give no number of years)"),
    }
}

/// "for CPHIMS by route 1. Bachelor's degree and 5 years, which asks for 5 years in all; you
/// have 4 years".
fn practice_details(view: &PlanView<'_>, p: &Practice) -> String {
    let mut text = format!("for {}, which asks for ", view.purpose_words(&p.purpose));
    match p.route_years {
        Some(years) => text.push_str(&format!("{} in all", rules::years_phrase(years))),
        None => text.push_str("some, the number not given"),
    }
    if p.has > crate::domain::eligibility::SOME_YEARS {
        text.push_str(&format!(
            "; by then you have {}",
            rules::years_phrase(p.has)
        ));
    }
    text
}

/// A credential step in the tone of its evidence; a job in the strong tone.
pub(super) fn step_tone(step: &Step<'_>) -> Tone {
    match &step.action {
        Action::Credential(s) if s.outcome == Outcome::Met => Tone::Good,
        Action::Credential(_) => Tone::Tentative,
        _ => Tone::Plain,
    }
}
