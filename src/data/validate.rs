//! Checks across records: ids and names, references between files, values no parser can judge.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use rustc_hash::{FxHashMap, FxHashSet};

use super::dataset::{Dataset, repeated_entries};
use super::diagnostics::Diagnostic;
use super::files::{FileIndex, SourceFile};
use super::kind::Kind;
use super::locate::Step;
use super::model::{
    ANY_RECOGNIZED_ACCREDITOR, Credential, EligibilityPath, Named, Outlook, Specialization, Status,
};
use super::period::{Date, Period};
use crate::text;

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
    kind: Kind,
    /// The record's index in the dataset's vector for `kind`.
    record: usize,
    /// Steps inside the record.
    steps: Vec<Step>,
    message: String,
    hint: Option<String>,
    warning: bool,
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
    let diagnostic = match index {
        Some(index) => index.diagnostic_at(&steps, problem.message, problem.hint),
        None => Diagnostic::file_level(
            problem.kind.file_name().to_string(),
            problem.message,
            problem.hint,
        ),
    };
    if problem.warning {
        diagnostic.warning()
    } else {
        diagnostic
    }
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

    fn error(
        &mut self,
        kind: Kind,
        record: usize,
        steps: Vec<Step>,
        message: String,
        hint: Option<String>,
    ) {
        self.problems.push(Problem {
            kind,
            record,
            steps,
            message,
            hint,
            warning: false,
        });
    }

    fn warn(
        &mut self,
        kind: Kind,
        record: usize,
        steps: Vec<Step>,
        message: String,
        hint: Option<String>,
    ) {
        self.problems.push(Problem {
            kind,
            record,
            steps,
            message,
            hint,
            warning: true,
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
        self.error(
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
            self.warn(
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
            self.error(
                from.0,
                from.1,
                vec![key("sources")],
                "`sources` is empty: every record names where its facts come from".to_string(),
                Some("add the id of a source from sources.toml".to_string()),
            );
        }
        self.references(from, "sources", Kind::Source, ids);
    }

    fn ids_and_names(&mut self) {
        // Records of different kinds may share a name (the skill "Data analysis" and a course of
        // that name): `compare` and `list` know which kind they want, and `show` lists both. So
        // it is a warning, not an error: `him check` says which names need `--kind`.
        //
        // Names are compared normalized, by a hash of their normalized form, and only compared
        // in full on a hash match: 100,000 titles carry 300,000 names, and building each
        // normalized string cost more than all the rest of the checks.
        let all: usize = Kind::ALL.iter().map(|&k| self.data.count(k)).sum();
        let mut first: FxHashMap<u64, SeenName<'a>> =
            FxHashMap::with_capacity_and_hasher(all * 3, Default::default());
        // Further names with a hash already in `first`: names shared by kinds, and names that
        // only share a hash.
        let mut more: FxHashMap<u64, Vec<SeenName<'a>>> = FxHashMap::default();
        let data: &'a Dataset = self.data;
        for kind in Kind::ALL {
            let mut seen_ids: FxHashMap<&str, usize> =
                FxHashMap::with_capacity_and_hasher(data.count(kind), Default::default());
            for (index, record) in data.all_named(kind).enumerate() {
                if !is_kebab_case(record.id()) {
                    self.error(
                        kind,
                        index,
                        vec![key("id")],
                        format!("id `{}` is not lowercase kebab-case", record.id()),
                        Some("ids use a-z, 0-9 and single hyphens, like `health-informatics-specialist`".to_string()),
                    );
                }
                if let Some(earlier) = seen_ids.insert(record.id(), index) {
                    self.error(
                        kind,
                        index,
                        vec![key("id")],
                        format!("duplicate {} id `{}`", kind.noun(), record.id()),
                        Some(format!(
                            "{} number {} of the file already has it; ids must be unique within {}",
                            kind.noun(),
                            earlier + 1,
                            kind.file_name()
                        )),
                    );
                    continue;
                }
                for (n, (name_key, name)) in names_of(record).enumerate() {
                    let is_id = n == 0;
                    if text::normal_chars(name).next().is_none() {
                        self.error(
                            kind,
                            index,
                            name_key.steps(),
                            "a name must have at least one letter or digit".to_string(),
                            None,
                        );
                        continue;
                    }
                    let hash = text::normal_hash(name);
                    let same = |seen: &&SeenName<'_>| text::same_name(seen.name, name);
                    let earlier: Vec<&SeenName<'a>> = first
                        .get(&hash)
                        .into_iter()
                        .chain(more.get(&hash).into_iter().flatten())
                        .filter(same)
                        .collect();
                    let this = SeenName {
                        kind,
                        index,
                        id: record.id(),
                        name,
                    };
                    match earlier.iter().find(|seen| seen.kind == kind) {
                        Some(seen) if seen.index != index => self.error(
                            kind,
                            index,
                            name_key.steps(),
                            format!("the name `{name}` is already used by {} `{}`", kind.noun(), seen.id),
                            Some("names, abbreviations, aliases and terms must be unique within a kind (ignoring case, spaces and hyphens)".to_string()),
                        ),
                        // A name that spells the record's own id (`Data analyst`, `data-analyst`) is
                        // normal; an alias that repeats the name is a harmless slip.
                        Some(_) if is_id || text::same_name(record.id(), name) => {}
                        Some(_) => self.warn(
                            kind,
                            index,
                            name_key.steps(),
                            format!("the name `{name}` is given twice for {} `{}`", kind.noun(), record.id()),
                            Some("drop the repeated alias".to_string()),
                        ),
                        None => {
                            // Experience kinds are named apart (see `Kind::shares_names`).
                            let other = earlier
                                .iter()
                                .find(|seen| seen.kind.shares_names() && kind.shares_names());
                            if let Some(other) = other {
                                let warning = ambiguous_name(name, other.kind, other.id);
                                self.warn(kind, index, name_key.steps(), warning.0, Some(warning.1));
                            }
                            match first.entry(hash) {
                                Entry::Occupied(_) => more.entry(hash).or_default().push(this),
                                Entry::Vacant(slot) => {
                                    slot.insert(this);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn sources(&mut self) {
        let data = self.data;
        for (i, source) in data.sources().iter().enumerate() {
            if let Some(period) = source.period {
                self.not_in_the_future((Kind::Source, i), || vec![key("period")], period);
            }
            if let Some(via) = &source.via {
                if via == &source.id {
                    self.error(
                        Kind::Source,
                        i,
                        vec![key("via")],
                        "a source cannot come via itself".to_string(),
                        None,
                    );
                } else {
                    self.reference((Kind::Source, i), || vec![key("via")], Kind::Source, via);
                }
            }
            if let Some(host) = source.url.as_deref().and_then(test_host) {
                self.warn(
                    Kind::Source,
                    i,
                    vec![key("url")],
                    format!("`url` points at `{host}`, a test or QA server, not the publisher's own address"),
                    Some("give the production address in `url`; when it is not known, move this one to `seen_at`, which him shows as the address of a copy".to_string()),
                );
            }
        }
    }

    fn organizations(&mut self) {
        let data = self.data;
        for (i, org) in data.organizations().iter().enumerate() {
            let at = (Kind::Organization, i);
            if org.kinds.is_empty() {
                self.error(
                    Kind::Organization,
                    i,
                    vec![key("kinds")],
                    "`kinds` is empty".to_string(),
                    Some("use association, accreditor or certifying-body".to_string()),
                );
            }
            self.references(at, "fields", Kind::Field, &org.fields);
            if let Some(parent) = &org.parent {
                if parent == &org.id {
                    self.error(
                        Kind::Organization,
                        i,
                        vec![key("parent")],
                        "an organization cannot be its own parent".to_string(),
                        None,
                    );
                } else {
                    self.reference(at, || vec![key("parent")], Kind::Organization, parent);
                }
            }
            if let Some(founded) = &org.founded {
                self.year(at, vec![key("founded"), key("year")], founded.year);
                self.reference(
                    at,
                    || vec![key("founded"), key("source")],
                    Kind::Source,
                    &founded.source,
                );
            }
            self.sources_of(at, &org.sources);
        }
    }

    fn skills(&mut self) {
        let data = self.data;
        for (i, skill) in data.skills().iter().enumerate() {
            self.sources_of((Kind::Skill, i), &skill.sources);
        }
    }

    fn fields(&mut self) {
        let data = self.data;
        for (i, field) in data.fields().iter().enumerate() {
            let at = (Kind::Field, i);
            self.references(at, "workflows", Kind::Skill, &field.workflows);
            self.references(at, "skills", Kind::Skill, &field.skills);
            for (o, outlook) in field.outlook.iter().enumerate() {
                if let Some((message, hint)) = outlook_value_problem(outlook) {
                    self.error(
                        Kind::Field,
                        i,
                        vec![key("outlook"), idx(o), key("value")],
                        message,
                        hint,
                    );
                }
                self.not_in_the_future(
                    at,
                    || vec![key("outlook"), idx(o), key("period")],
                    outlook.period,
                );
                if let Some(soc) = &outlook.soc {
                    self.soc(at, vec![key("outlook"), idx(o), key("soc")], soc);
                }
                self.reference(
                    at,
                    || vec![key("outlook"), idx(o), key("source")],
                    Kind::Source,
                    &outlook.source,
                );
            }
            self.sources_of(at, &field.sources);
        }
    }

    fn specializations(&mut self) {
        let data = self.data;
        for (i, spec) in data.specializations().iter().enumerate() {
            let at = (Kind::Specialization, i);
            self.reference(at, || vec![key("field")], Kind::Field, &spec.field);
            self.references(at, "skills", Kind::Skill, &spec.skills);
            self.sources_of(at, &spec.sources);
        }
    }

    fn titles(&mut self) {
        let data = self.data;
        let by_id: FxHashMap<&str, usize> = data
            .titles()
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id.as_str(), i))
            .collect();
        let specializations: HashMap<&str, &Specialization> = data
            .specializations()
            .iter()
            .map(|s| (s.id.as_str(), s))
            .collect();
        for (i, title) in data.titles().iter().enumerate() {
            let at = (Kind::Title, i);
            self.reference(at, || vec![key("field")], Kind::Field, &title.field);
            self.soc(at, vec![key("soc")], &title.soc);
            if let Some(spec_id) = &title.specialization {
                self.reference(
                    at,
                    || vec![key("specialization")],
                    Kind::Specialization,
                    spec_id,
                );
                if let Some(spec) = specializations.get(spec_id.as_str())
                    && spec.field != title.field
                {
                    self.error(
                        Kind::Title,
                        i,
                        vec![key("specialization")],
                        format!("specialization `{spec_id}` belongs to field `{}`, but this title is in `{}`", spec.field, title.field),
                        None,
                    );
                }
            }
            for (n, next) in title.leads_to.iter().enumerate() {
                let steps = vec![key("leads_to"), idx(n)];
                if next == &title.id {
                    self.error(
                        Kind::Title,
                        i,
                        steps,
                        "a title cannot lead to itself".to_string(),
                        None,
                    );
                    continue;
                }
                self.reference(at, || steps.clone(), Kind::Title, next);
                if let Some(&target) = by_id.get(next.as_str()) {
                    let target = &data.titles()[target];
                    if target.level < title.level {
                        self.warn(
                            Kind::Title,
                            i,
                            steps,
                            format!(
                                "`{}` ({}) leads down the ladder to `{}` ({})",
                                title.id,
                                title.level.as_str(),
                                target.id,
                                target.level.as_str()
                            ),
                            Some(
                                "a ladder step usually goes to the same level or higher"
                                    .to_string(),
                            ),
                        );
                    }
                }
            }
            for (n, step) in title.lower_median_steps.iter().enumerate() {
                if !title.leads_to.contains(step) {
                    self.error(
                        Kind::Title,
                        i,
                        vec![key("lower_median_steps"), idx(n)],
                        format!("`{step}` is not one of this title's `leads_to`"),
                        Some("lower_median_steps names next steps of leads_to whose lower BLS median is known; add it to leads_to or drop it here".to_string()),
                    );
                }
            }
            self.repeats(
                at,
                |n| vec![key("leads_to"), idx(n)],
                "leads_to",
                &title.leads_to,
            );
            self.references(at, "credentials", Kind::Credential, &title.credentials);
            for (p, pay) in title.pay.iter().enumerate() {
                self.not_in_the_future(at, || vec![key("pay"), idx(p), key("period")], pay.period);
                if pay.median == 0 {
                    self.error(
                        Kind::Title,
                        i,
                        vec![key("pay"), idx(p), key("median")],
                        "a median pay of 0 is not a figure".to_string(),
                        Some("leave the figure out when the source gives none".to_string()),
                    );
                }
                self.reference(
                    at,
                    || vec![key("pay"), idx(p), key("source")],
                    Kind::Source,
                    &pay.source,
                );
            }
            self.sources_of(at, &title.sources);
        }
        self.ladder_cycles(&by_id);
        let next = References::of(data.titles(), |title, refs| {
            for (n, id) in title.leads_to.iter().enumerate() {
                if let Some(&target) = by_id.get(id.as_str()) {
                    refs.push((n, target));
                }
            }
        });
        for (title, n) in too_long_chains(&next) {
            self.error(
                Kind::Title,
                title,
                vec![key("leads_to"), idx(n)],
                format!(
                    "`{}` starts a ladder of more than {MAX_CHAIN} titles, each leading to the next",
                    data.titles()[title].id
                ),
                Some(format!("him follows a ladder of at most {MAX_CHAIN} titles (a real one has a handful): check the `leads_to` of the titles that follow")),
            );
        }
    }

    /// A ladder must end: reports each `leads_to` that closes a cycle.
    fn ladder_cycles(&mut self, by_id: &FxHashMap<&str, usize>) {
        let titles = &self.data.titles();
        // 0 = unvisited, 1 = on the current path, 2 = done. Every index here is a position in
        // `titles` (`by_id` was built from it), so `state` and `titles` are indexed in range.
        let mut state = vec![0u8; titles.len()];
        let mut cycles = Vec::new();
        for start in 0..titles.len() {
            if state[start] != 0 {
                continue;
            }
            // Iterative depth-first search: (title, next edge to follow).
            let mut stack = vec![(start, 0usize)];
            state[start] = 1;
            while let Some(&mut (node, ref mut edge)) = stack.last_mut() {
                let next = titles[node].leads_to.get(*edge);
                *edge += 1;
                match next.and_then(|id| by_id.get(id.as_str())) {
                    Some(&target) if state[target] == 1 => cycles.push((node, *edge - 1, target)),
                    Some(&target) if state[target] == 0 => {
                        state[target] = 1;
                        stack.push((target, 0));
                    }
                    Some(_) => {}
                    None if next.is_some() => {}
                    None => {
                        state[node] = 2;
                        stack.pop();
                    }
                }
            }
        }
        for (node, edge, target) in cycles {
            if node == target {
                continue; // reported as "cannot lead to itself"
            }
            self.error(
                Kind::Title,
                node,
                vec![key("leads_to"), idx(edge)],
                format!(
                    "`{}` leads back to `{}`: the ladder has a cycle",
                    titles[node].id, titles[target].id
                ),
                Some("a career ladder must go somewhere; remove one of the steps".to_string()),
            );
        }
    }

    fn credentials(&mut self) {
        let data = self.data;
        for (i, cred) in data.credentials().iter().enumerate() {
            let at = (Kind::Credential, i);
            self.reference(at, || vec![key("issuer")], Kind::Organization, &cred.issuer);
            if let Some(body) = &cred.governed_by {
                self.reference(at, || vec![key("governed_by")], Kind::Organization, body);
            }
            self.references(at, "fields", Kind::Field, &cred.fields);
            if let Some(exam) = &cred.exam {
                self.reference(
                    at,
                    || vec![key("exam"), key("source")],
                    Kind::Source,
                    &exam.source,
                );
            }
            if let Some(renewal) = &cred.renewal {
                if renewal.cycle_years == Some(0) {
                    self.error(
                        Kind::Credential,
                        i,
                        vec![key("renewal"), key("cycle_years")],
                        "a renewal cycle of 0 years is not a cycle".to_string(),
                        Some("give the years between renewals, or leave `cycle_years` out when the source does not say".to_string()),
                    );
                }
                self.reference(
                    at,
                    || vec![key("renewal"), key("source")],
                    Kind::Source,
                    &renewal.source,
                );
            }
            for (f, fee) in cred.fees.iter().enumerate() {
                self.reference(
                    at,
                    || vec![key("fee"), idx(f), key("source")],
                    Kind::Source,
                    &fee.source,
                );
            }
            for (p, path) in cred.paths.iter().enumerate() {
                self.path(i, cred, path, vec![key("path"), idx(p)]);
            }
            for (p, path) in cred.recommended.iter().enumerate() {
                self.path(i, cred, path, vec![key("recommended"), idx(p)]);
            }
            if let Some(apprentice) = &cred.apprentice {
                self.reference(
                    at,
                    || vec![key("apprentice"), key("source")],
                    Kind::Source,
                    &apprentice.source,
                );
                for (p, path) in apprentice.removals.iter().enumerate() {
                    self.path(
                        i,
                        cred,
                        path,
                        vec![key("apprentice"), key("removal"), idx(p)],
                    );
                }
            }
            self.sources_of(at, &cred.sources);
        }
        self.credential_chains();
    }

    /// One path of credential `i` (a route, a recommendation, a way to remove an apprentice
    /// mark), found at `at` inside the credential.
    fn path(&mut self, i: usize, cred: &Credential, path: &EligibilityPath, at: Vec<Step>) {
        let here = |name: &'static str| {
            let mut steps = at.clone();
            steps.push(key(name));
            steps
        };
        let record = (Kind::Credential, i);
        if let Some(body) = &path.accredited_by
            && body != ANY_RECOGNIZED_ACCREDITOR
        {
            self.reference(record, || here("accredited_by"), Kind::Organization, body);
        }
        for (c, held) in path.credentials_any.iter().enumerate() {
            let mut steps = here("credentials_any");
            steps.push(idx(c));
            if held == &cred.id {
                self.error(
                    Kind::Credential,
                    i,
                    steps,
                    "a path cannot require the credential it leads to".to_string(),
                    None,
                );
            } else {
                self.reference(record, || steps, Kind::Credential, held);
            }
        }
        let list = |name: &'static str| {
            let at = at.clone();
            move |n| {
                let mut steps = at.clone();
                steps.extend([key(name), idx(n)]);
                steps
            }
        };
        self.repeats(
            record,
            list("credentials_any"),
            "credentials_any",
            &path.credentials_any,
        );
        self.repeats(record, list("programs"), "programs", &path.programs);
        self.repeats(
            record,
            list("licenses_any"),
            "licenses_any",
            &path.licenses_any,
        );
        for (n, word) in path.programs.iter().chain(&path.licenses_any).enumerate() {
            let (name, index) = if n < path.programs.len() {
                ("programs", n)
            } else {
                ("licenses_any", n - path.programs.len())
            };
            if !is_kebab_case(word) {
                let mut steps = here(name);
                steps.push(idx(index));
                self.error(Kind::Credential, i, steps, format!("`{word}` is not lowercase kebab-case"), Some("disciplines and licenses are short ids such as `him`, `public-health`, `rn`".to_string()));
            }
        }
        if let Some(years) = path.experience_years {
            self.experience_years(i, here("experience_years"), years);
            if path.experience_in.is_none() {
                self.error(
                    Kind::Credential,
                    i,
                    here("experience_years"),
                    "years of experience without their kind".to_string(),
                    Some("add `experience_in` with the id of a kind of experience from experience.toml".to_string()),
                );
            }
        }
        if let Some(kind) = &path.experience_in {
            self.reference(record, || here("experience_in"), Kind::Experience, kind);
        }
        if let Some(part) = &path.experience_of_which {
            let mut steps = here("experience_of_which");
            steps.push(key("in"));
            self.reference(record, || steps.clone(), Kind::Experience, &part.kind);
            let mut years = here("experience_of_which");
            years.push(key("years"));
            self.experience_years(i, years.clone(), part.years);
            match (&path.experience_in, path.experience_years) {
                (Some(whole), Some(total)) => {
                    if part.years > total {
                        self.error(
                            Kind::Credential,
                            i,
                            years,
                            format!(
                                "{} of the years is more than the {total} the path asks for",
                                part.years
                            ),
                            None,
                        );
                    }
                    if self.ids[&Kind::Experience].contains(part.kind.as_str())
                        && !counts_toward(self.data, &part.kind, whole)
                    {
                        self.error(
                            Kind::Credential,
                            i,
                            steps,
                            format!("experience in `{}` does not count toward `{whole}`, the kind the path asks for", part.kind),
                            Some(format!("the part must be a narrower kind: set `counts_toward = \"{whole}\"` on `{}` in experience.toml, or fix the id", part.kind)),
                        );
                    }
                }
                _ => self.error(
                    Kind::Credential,
                    i,
                    here("experience_of_which"),
                    "a part of the years needs the years: `experience_years` and `experience_in`"
                        .to_string(),
                    None,
                ),
            }
        }
        if path.status != Status::Unconfirmed && path.unknown.iter().any(|u| u.trim().is_empty()) {
            self.error(
                Kind::Credential,
                i,
                here("unknown"),
                "an entry of `unknown` is empty".to_string(),
                None,
            );
        }
        self.reference(record, || here("source"), Kind::Source, &path.source);
    }

    fn experience_years(&mut self, i: usize, steps: Vec<Step>, years: f64) {
        if !(years.is_finite() && years > 0.0 && years <= 60.0) {
            self.error(
                Kind::Credential,
                i,
                steps,
                format!("{years} years of experience is not a plausible requirement"),
                Some("give a number of years above 0 and at most 60, such as 2 or 0.5".to_string()),
            );
        }
    }

    fn experience(&mut self) {
        let data = self.data;
        for (i, kind) in data.experience().iter().enumerate() {
            let at = (Kind::Experience, i);
            if let Some(broader) = &kind.counts_toward {
                if broader == &kind.id {
                    self.error(
                        Kind::Experience,
                        i,
                        vec![key("counts_toward")],
                        "a kind of experience cannot count toward itself".to_string(),
                        None,
                    );
                } else {
                    self.reference(at, || vec![key("counts_toward")], Kind::Experience, broader);
                    if counts_toward(data, broader, &kind.id) {
                        self.error(
                            Kind::Experience,
                            i,
                            vec![key("counts_toward")],
                            format!("`{}` counts toward `{broader}`, which counts back toward it: the kinds form a cycle", kind.id),
                            Some("a narrower kind counts toward a broader one, never the other way round; remove one `counts_toward`".to_string()),
                        );
                    }
                }
            }
            self.sources_of(at, &kind.sources);
        }
    }

    /// A chain of credentials, each required by a path of the one before, may be at most
    /// `MAX_CHAIN` long.
    fn credential_chains(&mut self) {
        let credentials = self.data.credentials();
        let by_id: FxHashMap<&str, usize> = credentials
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let next = References::of(credentials, |credential, refs| {
            for (p, path) in credential.paths.iter().enumerate() {
                for (c, id) in path.credentials_any.iter().enumerate() {
                    if let Some(&target) = by_id.get(id.as_str()) {
                        refs.push(((p, c), target));
                    }
                }
            }
        });
        for (credential, (p, c)) in too_long_chains(&next) {
            self.error(
                Kind::Credential,
                credential,
                vec![key("path"), idx(p), key("credentials_any"), idx(c)],
                format!(
                    "`{}` starts a chain of more than {MAX_CHAIN} credentials, each required by a path of the one before",
                    credentials[credential].id
                ),
                Some(format!("him follows a chain of at most {MAX_CHAIN} credentials (real ones are two or three deep): check the `credentials_any` of the credentials that follow")),
            );
        }
    }

    fn courses(&mut self) {
        let data = self.data;
        for (i, course) in data.courses().iter().enumerate() {
            let at = (Kind::Course, i);
            self.reference(at, || vec![key("field")], Kind::Field, &course.field);
            self.references(at, "teaches", Kind::Skill, &course.teaches);
            self.sources_of(at, &course.sources);
        }
    }

    /// Each occupation is a SOC code with projections that are spans of years, each edition
    /// once per source, each figure a possible one.
    fn occupations(&mut self) {
        let data = self.data;
        for (i, occupation) in data.occupations().iter().enumerate() {
            let at = (Kind::Occupation, i);
            self.soc(at, vec![key("id")], &occupation.id);
            let mut seen: Vec<(super::period::Period, &str)> = Vec::new();
            for (p, projection) in occupation.projections.iter().enumerate() {
                let step = |name: &'static str| vec![key("projection"), idx(p), key(name)];
                if projection.edition.end_year.is_none() || projection.edition.start.month.is_some()
                {
                    self.error(
                        Kind::Occupation,
                        i,
                        step("edition"),
                        format!("`{}` is not a span of years", projection.edition),
                        Some("an edition of the projections is its base and target year, like 2024-2034".to_string()),
                    );
                }
                if seen.contains(&(projection.edition, projection.source.as_str())) {
                    self.error(
                        Kind::Occupation,
                        i,
                        step("edition"),
                        format!(
                            "the {} edition from `{}` is listed twice for {}",
                            projection.edition, projection.source, occupation.id
                        ),
                        Some("keep one projection per edition and source".to_string()),
                    );
                }
                seen.push((projection.edition, projection.source.as_str()));
                self.not_in_the_future(at, || step("edition"), projection.edition);
                // The same range as a field's outlook in percent (`outlook_value_problem`).
                if let Some(growth) = projection.growth
                    && !(growth.is_finite() && growth > -100.0 && growth <= 1_000.0)
                {
                    self.error(
                        Kind::Occupation,
                        i,
                        step("growth"),
                        format!("a growth of {growth}% is not a plausible projection"),
                        Some(
                            "growth is the percent change over the decade: above -100, at most 1000"
                                .to_string(),
                        ),
                    );
                }
                for (name, value) in [
                    ("employment", projection.employment),
                    ("openings", projection.openings),
                ] {
                    if value == Some(0) {
                        self.error(
                            Kind::Occupation,
                            i,
                            step(name),
                            format!("{name} of 0 is not a figure"),
                            Some("leave the figure out when the source gives none".to_string()),
                        );
                    }
                }
                if !projection.has_figures() {
                    self.warn(
                        Kind::Occupation,
                        i,
                        vec![key("projection"), idx(p)],
                        format!("the {} projection gives no figure", projection.edition),
                        Some("him already says \"not found\" for a missing edition: drop the record, or add the figures the source gives".to_string()),
                    );
                }
                self.reference(at, || step("source"), Kind::Source, &projection.source);
            }
            self.sources_of(at, &occupation.sources);
        }
    }

    /// Each area name points at a BLS area code (the wage table checks the code is there).
    fn areas(&mut self) {
        let data = self.data;
        for (i, area) in data.areas().iter().enumerate() {
            let at = (Kind::Area, i);
            let code = area.area.as_str();
            if !(code.len() == 5 || code.len() == 7) || !code.bytes().all(|b| b.is_ascii_digit()) {
                self.error(
                    Kind::Area,
                    i,
                    vec![key("area")],
                    format!("`{code}` is not a BLS area code"),
                    Some("use the five-digit code of a metro area (35620) or the seven digits of the wage table; `him salary --list-areas NAME` shows them".to_string()),
                );
            }
            self.sources_of(at, &area.sources);
        }
    }

    /// A figure's period must have begun: a date after today would be shown as 0 months old.
    fn not_in_the_future(
        &mut self,
        at: (Kind, usize),
        steps: impl FnOnce() -> Vec<Step>,
        period: Period,
    ) {
        // A date compares as its first day: `2026` has begun on any day of 2026, `2026-12`
        // not before December.
        if period.start > self.today {
            self.error(
                at.0,
                at.1,
                steps(),
                format!("the period {period} is in the future"),
                Some(
                    "a figure is dated by when it was measured or published; check the year"
                        .to_string(),
                ),
            );
        }
    }

    fn year(&mut self, at: (Kind, usize), steps: Vec<Step>, year: i64) {
        use super::period::{FIRST_YEAR, LAST_YEAR};
        if !(i64::from(FIRST_YEAR)..=i64::from(LAST_YEAR)).contains(&year) {
            self.error(
                at.0,
                at.1,
                steps,
                format!("year {year} is outside {FIRST_YEAR}-{LAST_YEAR}"),
                None,
            );
        }
    }

    fn soc(&mut self, at: (Kind, usize), steps: Vec<Step>, soc: &str) {
        if !is_soc_code(soc) {
            self.error(
                at.0,
                at.1,
                steps,
                format!("`{soc}` is not an SOC code"),
                Some("SOC codes look like 15-1211 (two digits, a hyphen, four digits)".to_string()),
            );
        }
    }
}

/// Whether experience of kind `narrow` counts toward `broad`: the same kind, or `broad` reached
/// by following `counts_toward`. A cycle ends the walk (reported where it is).
fn counts_toward(data: &Dataset, narrow: &str, broad: &str) -> bool {
    let kinds = data.experience();
    let mut current = narrow;
    for _ in 0..=kinds.len() {
        if current == broad {
            return true;
        }
        match kinds
            .iter()
            .find(|k| k.id == current)
            .and_then(|k| k.counts_toward.as_deref())
        {
            Some(next) => current = next,
            None => return false,
        }
    }
    false
}

/// The host of `url` when it is a test or QA server (`cms-qa.ahima.org`,
/// `conference-test.ahima.org`): a label, or a hyphen-separated part of one, that says so.
fn test_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.split(['.', '-'])
        .any(|part| {
            matches!(
                part.to_ascii_lowercase().as_str(),
                "test" | "qa" | "staging" | "uat"
            )
        })
        .then_some(host)
}

/// The longest chain of records him follows (a career ladder of `leads_to`, credentials
/// requiring credentials): far beyond any real one, and a bound on every walk over references.
/// docs/DATA.md documents it.
pub const MAX_CHAIN: usize = 100;

/// Each record's references to records of its own kind, in one list: record i's are
/// `refs[starts[i]..starts[i + 1]]`, each with `E` saying where it is written and the index of
/// the record it names.
struct References<E> {
    starts: Vec<usize>,
    refs: Vec<(E, usize)>,
}

impl<E: Copy> References<E> {
    /// The references of `records`, as `each` lists them for one record.
    fn of<T>(records: &[T], mut each: impl FnMut(&T, &mut Vec<(E, usize)>)) -> References<E> {
        let mut starts = Vec::with_capacity(records.len() + 1);
        let mut refs = Vec::new();
        for record in records {
            starts.push(refs.len());
            each(record, &mut refs);
        }
        starts.push(refs.len());
        References { starts, refs }
    }

    fn of_record(&self, record: usize) -> &[(E, usize)] {
        &self.refs[self.starts[record]..self.starts[record + 1]]
    }
}

/// The records where a chain first grows longer than `MAX_CHAIN`, each with the reference that
/// carries the chain on: every chain that is too long passes through exactly one of them, so a
/// chain of 20,000 credentials is one problem, not 19,900.
///
/// The longest chain from each record is found in one depth-first walk over every reference,
/// kept on a stack of its own rather than the program's (a chain of 20,000 overflowed it). A
/// reference that closes a cycle is not followed: cycles are reported, or ignored, elsewhere.
fn too_long_chains<E: Copy>(next: &References<E>) -> Vec<(usize, E)> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let count = next.starts.len() - 1;
    let mut state = vec![NEW; count];
    // The records in the longest chain from each record, itself included, and the reference
    // the chain goes on by.
    let mut longest: Vec<(usize, Option<E>)> = vec![(1, None); count];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    for start in 0..count {
        if state[start] != NEW {
            continue;
        }
        state[start] = ON_PATH;
        stack.push((start, 0));
        while let Some(&mut (node, ref mut edge)) = stack.last_mut() {
            let Some(&(at, target)) = next.of_record(node).get(*edge) else {
                state[node] = DONE;
                stack.pop();
                if let Some(&(parent, edge)) = stack.last() {
                    let (at, _) = next.of_record(parent)[edge - 1];
                    if longest[node].0 + 1 > longest[parent].0 {
                        longest[parent] = (longest[node].0 + 1, Some(at));
                    }
                }
                continue;
            };
            *edge += 1;
            match state[target] {
                NEW => {
                    state[target] = ON_PATH;
                    stack.push((target, 0));
                }
                DONE if longest[target].0 + 1 > longest[node].0 => {
                    longest[node] = (longest[target].0 + 1, Some(at));
                }
                _ => {}
            }
        }
    }
    longest
        .into_iter()
        .enumerate()
        .filter_map(|(record, (length, at))| {
            (length == MAX_CHAIN + 1)
                .then_some(at.map(|at| (record, at)))
                .flatten()
        })
        .collect()
}

/// What is wrong with an outlook's value, if anything: (message, hint). A value in percent lies
/// between -100 (every job gone) and 1,000 (eleven times as many); any other unit (jobs,
/// openings) within a billion either way, more than every job in the United States. Beyond
/// those it is a typing slip, not a projection. docs/DATA.md documents the range.
pub fn outlook_value_problem(outlook: &Outlook) -> Option<(String, Option<String>)> {
    let value = outlook.value;
    if !value.is_finite() {
        return Some(("the value is not a finite number".to_string(), None));
    }
    let unit = outlook.unit.trim();
    let percent = unit.eq_ignore_ascii_case("percent") || unit == "%";
    let (low, high) = if percent {
        (-100.0, 1_000.0)
    } else {
        (-1e9, 1e9)
    };
    (value < low || value > high).then(|| {
        let range = if percent {
            "-100 to 1000 percent".to_string()
        } else {
            format!("-1,000,000,000 to 1,000,000,000 {unit}")
        };
        (
            format!("{value} {unit} is not a plausible projection"),
            Some(format!(
                "him reads outlook values from {range}; check the figure and its unit"
            )),
        )
    })
}

/// The warning for a name that another kind's record also has: (message, hint).
fn ambiguous_name(name: &str, other_kind: Kind, other_id: &str) -> (String, String) {
    (
        format!("the name `{name}` also names {other_kind} `{other_id}`, so `him show` will ask which one is meant"),
        "fine when both are meant (`him show --kind KIND` picks one); otherwise rename the record or drop the alias".to_string(),
    )
}

/// A name seen by `ids_and_names`, and whose it is.
struct SeenName<'a> {
    kind: Kind,
    index: usize,
    id: &'a str,
    name: &'a str,
}

/// `15-1211`: two digits, a hyphen, four digits.
pub(crate) fn is_soc_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 7
        && bytes[2] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 2 || b.is_ascii_digit())
}

pub fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Which key of a record gives one of its names.
#[derive(Clone, Copy)]
enum NameKey {
    Id,
    Name,
    Abbreviation,
    Alias(usize),
    /// `terms[group].names[index]` of a skill.
    Term(usize, usize),
}

impl NameKey {
    fn steps(self) -> Vec<Step> {
        match self {
            NameKey::Id => vec![key("id")],
            NameKey::Name => vec![key("name")],
            NameKey::Abbreviation => vec![key("abbreviation")],
            NameKey::Alias(i) => vec![key("aliases"), idx(i)],
            NameKey::Term(group, i) => vec![key("terms"), idx(group), key("names"), idx(i)],
        }
    }
}

/// Every name a record is found by, with the key that gives it; the id first.
fn names_of(record: &dyn Named) -> impl Iterator<Item = (NameKey, &str)> {
    let name = record
        .found_by_name()
        .then(|| (NameKey::Name, record.name()));
    let abbreviation = record.abbreviation().map(|a| (NameKey::Abbreviation, a));
    std::iter::once((NameKey::Id, record.id()))
        .chain(name)
        .chain(abbreviation)
        .chain(
            record
                .aliases()
                .iter()
                .enumerate()
                .map(|(i, alias)| (NameKey::Alias(i), alias.as_str())),
        )
        .chain(
            record
                .terms()
                .iter()
                .enumerate()
                .flat_map(|(group, terms)| {
                    terms
                        .names
                        .iter()
                        .enumerate()
                        .map(move |(i, name)| (NameKey::Term(group, i), name.as_str()))
                }),
        )
}
