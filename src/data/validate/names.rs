//! Ids and names: each id once, in kebab case; a name that finds two records of one kind is an
//! error, of two kinds a warning.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn ids_and_names(&mut self) {
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
                    self.report(
                        Severity::Error,
                        kind,
                        index,
                        vec![key("id")],
                        format!("id `{}` is not lowercase kebab-case", record.id()),
                        Some("ids use a-z, 0-9 and single hyphens, like `health-informatics-specialist`".to_string()),
                    );
                }
                if let Some(earlier) = seen_ids.insert(record.id(), index) {
                    self.report(
                        Severity::Error,
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
                        self.report(
                            Severity::Error,
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
                        Some(seen) if seen.index != index => self.report(
                            Severity::Error,
                            kind,
                            index,
                            name_key.steps(),
                            format!("the name `{name}` is already used by {} `{}`", kind.noun(), seen.id),
                            Some("names, abbreviations, aliases and terms must be unique within a kind (ignoring case, spaces and hyphens)".to_string()),
                        ),
                        // A name that spells the record's own id (`Data analyst`, `data-analyst`) is
                        // normal; an alias that repeats the name is a harmless slip.
                        Some(_) if is_id || text::same_name(record.id(), name) => {}
                        Some(_) => self.report(
                            Severity::Warning,
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
                                self.report(Severity::Warning, kind, index, name_key.steps(), warning.0, Some(warning.1));
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
