//! Checks across records: ids and names, references between files, values no parser can judge.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use crate::fasthash::{FastMap, FastSet};

use super::locate::Step;
use super::model::{ANY_RECOGNIZED_ACCREDITOR, Named, Specialization, Status};
use super::{Dataset, Diagnostic, FileIndex, Kind, SourceFile};
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
    ids: HashMap<Kind, FastSet<&'a str>>,
    problems: Vec<Problem>,
    /// How many more ids the "did you mean" hints may compare (see `SUGGESTION_BUDGET`).
    suggestion_budget: usize,
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset, broken: &'a BrokenIds) -> Checker<'a> {
        let mut ids: HashMap<Kind, FastSet<&str>> = HashMap::new();
        for kind in Kind::ALL {
            ids.insert(kind, data.all_named(kind).map(|r| r.id()).collect());
        }
        Checker {
            data,
            broken,
            ids,
            problems: Vec::new(),
            suggestion_budget: SUGGESTION_BUDGET,
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
            crate::names::closest(id, known.iter().copied())
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
                if target == Kind::Organization {
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
        let mut first: FastMap<u64, SeenName<'a>> =
            FastMap::with_capacity_and_hasher(all * 3, Default::default());
        // Further names with a hash already in `first`: names shared by kinds, and names that
        // only share a hash.
        let mut more: FastMap<u64, Vec<SeenName<'a>>> = FastMap::default();
        let data: &'a Dataset = self.data;
        for kind in Kind::ALL {
            let mut seen_ids: FastMap<&str, usize> =
                FastMap::with_capacity_and_hasher(data.count(kind), Default::default());
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
                            if let Some(other) = earlier.first() {
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
                if !outlook.value.is_finite() {
                    self.error(
                        Kind::Field,
                        i,
                        vec![key("outlook"), idx(o), key("value")],
                        "the value is not a finite number".to_string(),
                        None,
                    );
                }
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
        let by_id: FastMap<&str, usize> = data
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
            self.references(at, "credentials", Kind::Credential, &title.credentials);
            for (p, pay) in title.pay.iter().enumerate() {
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
    }

    /// A ladder must end: reports each `leads_to` that closes a cycle.
    fn ladder_cycles(&mut self, by_id: &FastMap<&str, usize>) {
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
                let here = |name: &'static str| vec![key("path"), idx(p), key(name)];
                if let Some(body) = &path.accredited_by
                    && body != ANY_RECOGNIZED_ACCREDITOR
                {
                    self.reference(at, || here("accredited_by"), Kind::Organization, body);
                }
                for (c, held) in path.credentials_any.iter().enumerate() {
                    let steps = vec![key("path"), idx(p), key("credentials_any"), idx(c)];
                    if held == &cred.id {
                        self.error(
                            Kind::Credential,
                            i,
                            steps,
                            "a path cannot require the credential it leads to".to_string(),
                            None,
                        );
                    } else {
                        self.reference(at, || steps, Kind::Credential, held);
                    }
                }
                for (n, word) in path.programs.iter().chain(&path.licenses_any).enumerate() {
                    let (name, index) = if n < path.programs.len() {
                        ("programs", n)
                    } else {
                        ("licenses_any", n - path.programs.len())
                    };
                    if !is_kebab_case(word) {
                        self.error(Kind::Credential, i, vec![key("path"), idx(p), key(name), idx(index)], format!("`{word}` is not lowercase kebab-case"), Some("disciplines and licenses are short ids such as `him`, `public-health`, `rn`".to_string()));
                    }
                }
                if let Some(years) = path.experience_years
                    && years > 60
                {
                    self.error(
                        Kind::Credential,
                        i,
                        here("experience_years"),
                        format!("{years} years of experience is not a plausible requirement"),
                        None,
                    );
                }
                if path.status != Status::Unconfirmed
                    && path.unknown.iter().any(|u| u.trim().is_empty())
                {
                    self.error(
                        Kind::Credential,
                        i,
                        here("unknown"),
                        "an entry of `unknown` is empty".to_string(),
                        None,
                    );
                }
                self.reference(at, || here("source"), Kind::Source, &path.source);
            }
            self.sources_of(at, &cred.sources);
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
