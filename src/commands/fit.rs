//! `him fit --skills "a, b, c"`: ranks the fields and specializations by the share of their
//! expected skills a person has, and explains each score: which typed words named which skill
//! and how, what matched, what is missing, and which courses teach each missing skill. `ask`
//! asks for the skills on a terminal when none are given.

mod ask;

pub use ask::ask;

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::Named;
use crate::domain::Context;
use crate::domain::skills::{MAX_SKILLS, Reading, Suggestion, Typed, Vocabulary};
use crate::error::Result;
use crate::error::UsageError;
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::normalize_name;
use crate::text::or_list;

/// A field or a specialization, with how well the person fits it.
#[derive(Clone, Debug, Serialize)]
pub struct Fit {
    pub id: String,
    pub kind: &'static str,
    pub name: String,
    /// For a specialization, its field's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The share of the expected skills the person has, from 0 to 1.
    pub score: f64,
    /// How many skills it expects.
    pub expected: usize,
    pub matched: Vec<Matched>,
    pub missing: Vec<Missing>,
    #[serde(skip)]
    label: String,
    /// "a field", "a specialization of HI".
    #[serde(skip)]
    what: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Matched {
    pub id: String,
    pub name: String,
    /// What the person typed for it.
    pub typed: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Missing {
    pub id: String,
    pub name: String,
    /// The courses of the data that teach it.
    pub courses: Vec<CourseRef>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CourseRef {
    pub id: String,
    pub name: String,
}

pub struct FitView {
    typed: Vec<Typed>,
    results: Vec<Fit>,
}

impl FitView {
    pub fn results(&self) -> &[Fit] {
        &self.results
    }

    pub fn typed(&self) -> &[Typed] {
        &self.typed
    }

    /// The typed skills that were not counted, in words, for stderr when the output is for a
    /// script.
    pub fn warnings(&self) -> Vec<String> {
        self.typed
            .iter()
            .filter_map(|t| match &t.reading {
                Reading::Recognized(_) => None,
                reading => Some(format!("`{}` {}", echoed(&t.typed), reading_words(reading))),
            })
            .collect()
    }
}

pub fn query(ctx: &Context<'_>, skills: &[String]) -> Result<FitView> {
    let catalog = ctx.catalog;
    let mut typed: Vec<Typed> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let vocabulary = Vocabulary::new(catalog);
    for text in skills {
        let text = text.trim();
        if text.is_empty() || !seen.insert(normalize_name(text)) {
            continue;
        }
        if typed.len() == MAX_SKILLS {
            return Err(UsageError::new(format!(
                "him fit reads at most {MAX_SKILLS} skills; more were given"
            ))
            .with_hint(format!(
                "the data has {} skills in all: give the ones you have",
                catalog.data.skills().len()
            ))
            .into());
        }
        typed.push(Typed {
            typed: text.to_string(),
            reading: vocabulary.read(text),
        });
    }
    if typed.is_empty() {
        return Err(UsageError::new("no skills given")
            .with_hint("give your skills separated by commas: --skills \"programming, sql\"")
            .into());
    }
    if !typed
        .iter()
        .any(|t| matches!(t.reading, Reading::Recognized(_)))
    {
        const LISTED: usize = 10;
        let mut problems: Vec<String> = typed
            .iter()
            .take(LISTED)
            .map(|t| format!("  `{}` {}", echoed(&t.typed), reading_words(&t.reading)))
            .collect();
        if typed.len() > LISTED {
            problems.push(format!("  ... and {} more", typed.len() - LISTED));
        }
        return Err(UsageError::new(format!(
            "none of the skills given names one skill of the data:\n{}",
            problems.join("\n")
        ))
        .with_hint("`him list skills` shows every skill and its synonyms")
        .into());
    }
    let had = |id: &str| -> Vec<String> {
        typed
            .iter()
            .filter(|t| matches!(&t.reading, Reading::Recognized(c) if c.id == id))
            .map(|t| t.typed.clone())
            .collect()
    };
    // Which courses teach each skill, worked out once for every field and specialization.
    let mut teaching: HashMap<&str, Vec<CourseRef>> = HashMap::new();
    for course in catalog.data.courses() {
        let mut skills: Vec<&str> = course.teaches.iter().map(String::as_str).collect();
        skills.sort_unstable();
        skills.dedup();
        for skill in skills {
            teaching.entry(skill).or_default().push(CourseRef {
                id: course.id.clone(),
                name: course.name.clone(),
            });
        }
    }
    let mut results: Vec<Fit> = Vec::new();
    for field in catalog.data.fields() {
        let mut expected: Vec<&String> = Vec::new();
        for id in field.skills.iter().chain(&field.workflows) {
            if !expected.contains(&id) {
                expected.push(id);
            }
        }
        results.push(fit(
            catalog, field, "field", None, &expected, &had, &teaching,
        ));
    }
    for spec in catalog.data.specializations() {
        let expected: Vec<&String> = spec.skills.iter().collect();
        results.push(fit(
            catalog,
            spec,
            "specialization",
            Some(spec.field.clone()),
            &expected,
            &had,
            &teaching,
        ));
    }
    results.sort_by(|a, b| {
        better(a, b).then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(FitView { typed, results })
}

/// Higher score first, compared exactly (1 of 2 ties 2 of 4).
fn better(a: &Fit, b: &Fit) -> Ordering {
    let (am, ae) = (a.matched.len(), a.expected.max(1));
    let (bm, be) = (b.matched.len(), b.expected.max(1));
    (bm * ae).cmp(&(am * be))
}

fn fit(
    catalog: &Catalog,
    record: &dyn Named,
    kind: &'static str,
    field: Option<String>,
    expected: &[&String],
    had: &dyn Fn(&str) -> Vec<String>,
    teaching: &HashMap<&str, Vec<CourseRef>>,
) -> Fit {
    let mut matched = Vec::new();
    let mut missing = Vec::new();
    for id in expected {
        let name = catalog.name_of(Kind::Skill, id).to_string();
        let typed = had(id);
        if typed.is_empty() {
            missing.push(Missing {
                id: id.to_string(),
                name,
                courses: teaching.get(id.as_str()).cloned().unwrap_or_default(),
            });
        } else {
            matched.push(Matched {
                id: id.to_string(),
                name,
                typed,
            });
        }
    }
    let score = if expected.is_empty() {
        0.0
    } else {
        matched.len() as f64 / expected.len() as f64
    };
    Fit {
        id: record.id().to_string(),
        kind,
        name: record.name().to_string(),
        score,
        expected: expected.len(),
        matched,
        missing,
        label: record.label(),
        what: match &field {
            Some(id) => format!(
                "a specialization of {}",
                catalog.short_name_of(Kind::Field, id)
            ),
            None => "a field".to_string(),
        },
        field,
    }
}

/// "is ambiguous: ...", "is not a skill in the data ...": why a typed skill is not counted.
fn reading_words(reading: &Reading) -> String {
    match reading {
        Reading::Recognized(c) => format!("is {} ({})", c.name, c.how.explain()),
        Reading::Ambiguous { candidates } => {
            let names: Vec<String> = candidates
                .iter()
                .map(|c| format!("{} ({})", c.name, c.how.explain()))
                .collect();
            format!(
                "names several skills, so none is counted: {}; give the one you mean",
                or_list(&names)
            )
        }
        Reading::Unknown { suggestions } if suggestions.is_empty() => {
            "is not a skill in the data (`him list skills` shows them all)".to_string()
        }
        Reading::Unknown { suggestions } => {
            let quoted: Vec<String> = suggestions
                .iter()
                .map(|s| match &s.near {
                    Some(near) => format!("`{near}` ({})", s.skill),
                    None => format!("`{}`", s.skill),
                })
                .collect();
            format!(
                "is not a skill in the data: did you mean {}?",
                or_list(&quoted)
            )
        }
    }
}

/// A typed skill as messages repeat it: a pasted page is cut to its start.
fn echoed(typed: &str) -> String {
    crate::text::clip(typed, crate::text::ECHOED_NAME).into_owned()
}

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

impl Serialize for FitView {
    /// The ranking alone, best first: what a script asks `him fit` for.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.results.serialize(serializer)
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

#[cfg(test)]
mod tests;
