//! `him fit --skills "a, b, c"`: ranks the fields and specializations by the share of their
//! expected skills a person has, and explains each score: which typed words named which skill
//! and how, what matched, what is missing, and which courses teach each missing skill. `view`
//! shows the ranking; `ask` asks for the skills on a terminal when none are given.

mod ask;
mod view;

pub use ask::ask;

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::Named;
use crate::domain::Context;
use crate::domain::skills::{MAX_SKILLS, Reading, Typed, Vocabulary};
use crate::error::Result;
use crate::error::UsageError;
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

impl Serialize for FitView {
    /// The ranking alone, best first: what a script asks `him fit` for.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.results.serialize(serializer)
    }
}

#[cfg(test)]
mod tests;
