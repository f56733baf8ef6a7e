//! Checks across records: ids and names, references between files, values no parser can judge.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};

use super::dataset::{Dataset, repeated_entries};
use super::diagnostics::{Diagnostic, Severity};
use super::files::{FileIndex, SourceFile};
use super::kind::Kind;
use super::locate::Step;
use super::model::{
    ANY_RECOGNIZED_ACCREDITOR, Credential, EligibilityPath, Named, Outlook, Specialization, Status,
};
use super::period::{Date, Period};
use crate::text;

mod chains;
mod credentials;
mod names;
mod records;
mod values;

pub use chains::MAX_CHAIN;
pub use names::is_kebab_case;
pub use values::is_soc_code;

/// Ids of records that exist in a file but failed to parse, and kinds whose file could not be
/// read at all: a reference to them is not reported as dangling, since the real problem is
/// already reported where it is.
#[derive(Default)]
pub struct BrokenIds {
    ids: HashMap<Kind, HashSet<String>>,
    unreadable: HashSet<Kind>,
}

impl BrokenIds {
    pub fn insert(&mut self, kind: Kind, id: String) {
        self.ids.entry(kind).or_default().insert(id);
    }

    /// Every id of `kind` is to be taken as possibly defined.
    pub fn insert_all(&mut self, kind: Kind) {
        self.unreadable.insert(kind);
    }

    fn contains(&self, kind: Kind, id: &str) -> bool {
        self.unreadable.contains(&kind) || self.ids.get(&kind).is_some_and(|ids| ids.contains(id))
    }
}

/// For each kind, the index in its file of each record that parsed.
#[derive(Default)]
pub struct Positions(HashMap<Kind, Vec<usize>>);

impl Positions {
    pub fn insert(&mut self, kind: Kind, positions: Vec<usize>) {
        self.0.insert(kind, positions);
    }
}

struct Problem {
    severity: Severity,
    kind: Kind,
    /// The record's index in the dataset's vector for `kind`.
    record: usize,
    /// Steps inside the record.
    steps: Vec<Step>,
    message: String,
    hint: Option<String>,
}

/// How many ids the "did you mean" hints of dangling references may compare in all. Each hint
/// compares the wrong id with every id of its kind, so thousands of wrong ids among thousands of
/// titles would take hours; past this budget (about a second's work) a hint says where the ids
/// are defined instead.
const SUGGESTION_BUDGET: usize = 1_000_000;

/// Builds the path of a value inside a record: `at(&[key("leads_to"), idx(1)])`.
fn key(name: &'static str) -> Step {
    Step::Key(name)
}

fn idx(index: usize) -> Step {
    Step::Index(index)
}

pub fn validate(
    data: &Dataset,
    files: &[SourceFile],
    broken: &BrokenIds,
    positions: &Positions,
) -> Vec<Diagnostic> {
    let mut check = Checker::new(data, broken);
    check.ids_and_names();
    let problems = check.references_checked().problems;
    // Each file with problems is parsed and indexed once, however many problems it has.
    let mut found: HashMap<Kind, Option<FileIndex<'_>>> = HashMap::new();
    problems
        .into_iter()
        .map(|problem| {
            let index = found.entry(problem.kind).or_insert_with(|| {
                files
                    .iter()
                    .find(|f| f.kind == problem.kind)
                    .map(SourceFile::index)
            });
            to_diagnostic(problem, index.as_ref(), positions)
        })
        .collect()
}

impl<'a> Checker<'a> {
    /// Every check but names: references, values, ladders.
    fn references_checked(mut self) -> Checker<'a> {
        self.sources();
        self.organizations();
        self.skills();
        self.fields();
        self.specializations();
        self.titles();
        self.credentials();
        self.courses();
        self.occupations();
        self.areas();
        self.experience();
        self
    }
}

fn to_diagnostic(
    problem: Problem,
    index: Option<&FileIndex<'_>>,
    positions: &Positions,
) -> Diagnostic {
    let position = positions
        .0
        .get(&problem.kind)
        .and_then(|p| p.get(problem.record))
        .copied()
        .unwrap_or(problem.record);
    let mut steps = vec![Step::Index(position)];
    steps.extend(problem.steps);
    let mut diagnostic = match index {
        Some(index) => index.diagnostic_at(&steps, problem.message, problem.hint),
        None => Diagnostic::file_level(
            problem.kind.file_name().to_string(),
            problem.message,
            problem.hint,
        ),
    };
    diagnostic.severity = problem.severity;
    diagnostic
}

/// The names by which each kind's records are found, and their ids.
struct Checker<'a> {
    data: &'a Dataset,
    broken: &'a BrokenIds,
    ids: HashMap<Kind, FxHashSet<&'a str>>,
    problems: Vec<Problem>,
    /// How many more ids the "did you mean" hints may compare (see `SUGGESTION_BUDGET`).
    suggestion_budget: usize,
    /// No figure may be dated after today (the calendar's: see `clock::calendar_today`).
    today: Date,
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset, broken: &'a BrokenIds) -> Checker<'a> {
        let mut ids: HashMap<Kind, FxHashSet<&str>> = HashMap::new();
        for kind in Kind::ALL {
            ids.insert(kind, data.all_named(kind).map(|r| r.id()).collect());
        }
        Checker {
            data,
            broken,
            ids,
            problems: Vec::new(),
            suggestion_budget: SUGGESTION_BUDGET,
            today: crate::data::clock::calendar_today(),
        }
    }

    /// Records a problem with the value at `steps` in record `record` of `kind`.
    fn report(
        &mut self,
        severity: Severity,
        kind: Kind,
        record: usize,
        steps: Vec<Step>,
        message: String,
        hint: Option<String>,
    ) {
        self.problems.push(Problem {
            severity,
            kind,
            record,
            steps,
            message,
            hint,
        });
    }

    /// Checks that `id` names a record of `target`; `from` is the record holding the reference.
    /// `steps` says where the reference is; built only when there is a problem to report, as
    /// most references are fine and a large file holds hundreds of thousands.
    fn reference(
        &mut self,
        from: (Kind, usize),
        steps: impl FnOnce() -> Vec<Step>,
        target: Kind,
        id: &str,
    ) {
        if self.ids[&target].contains(id) || self.broken.contains(target, id) {
            return;
        }
        let known = &self.ids[&target];
        let near = if self.suggestion_budget >= known.len() {
            self.suggestion_budget -= known.len();
            crate::text::fuzzy::closest(id, known.iter().copied())
        } else {
            None
        };
        let hint = match near {
            Some(near) => Some(format!(
                "did you mean `{near}`? ids of {} are defined in {}",
                target.plural(),
                target.file_name()
            )),
            None => Some(format!(
                "define {} {} with id `{id}` in {}, or fix the id",
                if target.noun().starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                },
                target.noun(),
                target.file_name()
            )),
        };
        self.report(
            Severity::Error,
            from.0,
            from.1,
            steps(),
            format!("there is no {} with id `{id}`", target.noun()),
            hint,
        );
    }

    fn references(
        &mut self,
        from: (Kind, usize),
        name: &'static str,
        target: Kind,
        ids: &[String],
    ) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(from, || vec![key(name), idx(i)], target, id);
        }
        self.repeats(from, |i| vec![key(name), idx(i)], name, ids);
    }

    /// A warning for each entry of a list that repeats an earlier one: `fit` would count a
    /// skill listed twice twice, a ladder show a step twice. The loader keeps the first
    /// (`without_repeats`), so the warning says what him does.
    fn repeats(
        &mut self,
        from: (Kind, usize),
        steps: impl Fn(usize) -> Vec<Step>,
        name: &str,
        ids: &[String],
    ) {
        for i in repeated_entries(ids) {
            self.report(
                Severity::Warning,
                from.0,
                from.1,
                steps(i),
                format!("`{}` is listed twice in `{name}`", ids[i]),
                Some("him counts it once; remove the repeated entry".to_string()),
            );
        }
    }

    fn sources_of(&mut self, from: (Kind, usize), ids: &[String]) {
        if ids.is_empty() {
            self.report(
                Severity::Error,
                from.0,
                from.1,
                vec![key("sources")],
                "`sources` is empty: every record names where its facts come from".to_string(),
                Some("add the id of a source from sources.toml".to_string()),
            );
        }
        self.references(from, "sources", Kind::Source, ids);
    }
}
