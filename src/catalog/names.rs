//! Finding records by what a person types: id, name, abbreviation or alias, in any case.

use std::collections::HashMap;

use crate::data::Kind;
use crate::text::fuzzy::similarity;
use crate::text::normalize_name;

/// A record of the catalog: its kind and its index among the records of that kind. Only the
/// catalog makes them, from its own records, so their index is in range for its data (the
/// commands index `catalog.data` with them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityRef {
    pub kind: Kind,
    pub index: usize,
}

/// Every name of every record, normalized.
#[derive(Debug, Default)]
pub struct NameIndex {
    by_name: HashMap<String, Vec<EntityRef>>,
    /// Each record's names as written, for suggestions: (normalized, shown, record).
    names: Vec<(String, String, EntityRef)>,
}

/// Why a name did not resolve to one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unresolved {
    /// Nothing has that name; the nearest names that exist, best first.
    Unknown {
        suggestions: Vec<(String, EntityRef)>,
    },
    /// Records of several kinds have that name.
    Ambiguous { candidates: Vec<EntityRef> },
}

impl NameIndex {
    pub fn insert(&mut self, name: &str, entity: EntityRef) {
        let normal = normalize_name(name);
        if normal.is_empty() {
            return;
        }
        let entry = self.by_name.entry(normal.clone()).or_default();
        if !entry.contains(&entity) {
            entry.push(entity);
            self.names.push((normal, name.to_string(), entity));
        }
    }

    /// The one record of one of `kinds` called `query`.
    pub fn resolve(&self, query: &str, kinds: &[Kind]) -> Result<EntityRef, Unresolved> {
        resolve_in(&[self], query, kinds)
    }
}

/// The one record of one of `kinds` called `query`, among the names of several indexes (the
/// catalog keeps one per kind).
pub fn resolve_in(
    indexes: &[&NameIndex],
    query: &str,
    kinds: &[Kind],
) -> Result<EntityRef, Unresolved> {
    let normal = normalize_name(query);
    let mut found: Vec<EntityRef> = indexes
        .iter()
        .filter_map(|index| index.by_name.get(&normal))
        .flatten()
        .copied()
        .filter(|e| kinds.contains(&e.kind))
        .collect();
    found.sort();
    found.dedup();
    match found.len() {
        1 => Ok(found[0]),
        0 => Err(Unresolved::Unknown {
            suggestions: suggest(indexes, &normal, kinds),
        }),
        _ => Err(Unresolved::Ambiguous { candidates: found }),
    }
}

/// Up to three names close to `normal`, one per record, best first.
fn suggest(indexes: &[&NameIndex], normal: &str, kinds: &[Kind]) -> Vec<(String, EntityRef)> {
    let mut scored: Vec<(f64, &str, EntityRef)> = indexes
        .iter()
        .flat_map(|index| &index.names)
        .filter(|(_, _, e)| kinds.contains(&e.kind))
        .filter_map(|(candidate, shown, e)| {
            similarity(normal, candidate).map(|score| (score, shown.as_str(), *e))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (_, shown, entity) in scored {
        if seen.contains(&entity) {
            continue;
        }
        seen.push(entity);
        out.push((shown.to_string(), entity));
        if out.len() == 3 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> NameIndex {
        let mut index = NameIndex::default();
        let informatics = EntityRef {
            kind: Kind::Field,
            index: 0,
        };
        let him = EntityRef {
            kind: Kind::Field,
            index: 1,
        };
        index.insert("informatics", informatics);
        index.insert("Health informatics", informatics);
        index.insert("HI", informatics);
        index.insert("him", him);
        index.insert("Health information management", him);
        index.insert(
            "nursing",
            EntityRef {
                kind: Kind::Specialization,
                index: 0,
            },
        );
        index.insert(
            "nursing",
            EntityRef {
                kind: Kind::Skill,
                index: 4,
            },
        );
        index
    }

    #[test]
    fn resolves_any_name_in_any_case() {
        let index = index();
        for name in [
            "informatics",
            "HI",
            "health INFORMATICS",
            "health-informatics",
        ] {
            assert_eq!(
                index.resolve(name, &[Kind::Field]).unwrap().index,
                0,
                "{name}"
            );
        }
        assert_eq!(
            index
                .resolve("Health Information Management", &[Kind::Field])
                .unwrap()
                .index,
            1
        );
    }

    #[test]
    fn suggests_the_nearest_name() {
        let Err(Unresolved::Unknown { suggestions }) =
            index().resolve("informatcs", &[Kind::Field])
        else {
            panic!("expected unknown");
        };
        assert_eq!(suggestions[0].0, "informatics");
    }

    #[test]
    fn lists_candidates_of_several_kinds() {
        let all = [Kind::Specialization, Kind::Skill, Kind::Field];
        let Err(Unresolved::Ambiguous { candidates }) = index().resolve("nursing", &all) else {
            panic!("expected ambiguous");
        };
        assert_eq!(candidates.len(), 2);
        // Asking for one kind settles it.
        assert!(index().resolve("nursing", &[Kind::Skill]).is_ok());
    }
}
