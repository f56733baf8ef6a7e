//! The loaded, validated data set, with lookups by id and by name.

pub mod names;

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::path::Path;

use crate::data::model::{
    Course, Credential, ExperienceKind, Field, Named, Organization, Skill, Source, Specialization,
    Title,
};
use crate::data::period::Date;
use crate::data::{self, Dataset, Diagnostic, Kind, Origin, SourceFile};
use crate::error::{DataError, UsageError};
use crate::text::or_list;
pub use names::EntityRef;
use names::{NameIndex, Unresolved};

/// Where each file of the catalog came from.
#[derive(Clone, Debug)]
pub struct FileOrigin {
    pub kind: Kind,
    pub origin: Origin,
}

/// For each accrediting body and day, which credentials depend on its programs.
type CredentialDependents = HashMap<(String, Date), std::rc::Rc<[bool]>>;

pub struct Catalog {
    pub data: Dataset,
    pub files: Vec<FileOrigin>,
    /// Problems that do not stop him (warnings), shown by `him check`.
    pub warnings: Vec<Diagnostic>,
    /// The ids of the sources laid over sources.toml from the user's `imported-sources.toml`.
    pub imported_sources: Vec<String>,
    /// For each kind (by `Kind as usize`), the names of its records, indexed on first use:
    /// `him list titles` on 100,000 titles never needs them, and resolving a field never
    /// normalizes the names of every title.
    names: [OnceCell<NameIndex>; Kind::ALL.len()],
    /// The skills' terms (`Tableau`), indexed only when a name is not found among the others:
    /// they are most of the skills' names, and most lookups never need them.
    terms: OnceCell<NameIndex>,
    /// For each kind (by `Kind as usize`), a hash of each record's id with the record's index,
    /// sorted by hash.
    ids: [OnceCell<Vec<(u64, u32)>>; Kind::ALL.len()],
    /// For each accrediting body (and day), which credentials depend on its programs, by
    /// credential index: worked out once for all credentials (`rules::dependency`), however
    /// many a command shows.
    credential_dependents: RefCell<CredentialDependents>,
}

impl Catalog {
    /// Loads the built-in data, with the files of `user_dir` in place of their built-in twins.
    /// Any error in any file fails the load, listing every problem.
    ///
    /// The sources `him import` wrote (`imported-sources.toml`) are laid over the sources of
    /// either (`data::imported`).
    pub fn load(user_dir: Option<&Path>) -> Result<Catalog, DataError> {
        let files = data::gather(user_dir).map_err(DataError::new)?;
        let imported = data::imported::read(user_dir).map_err(DataError::new)?;
        let mut catalog = if files.iter().all(|f| f.origin == Origin::BuiltIn) {
            // Nothing of the user's to check: the compiled form of the built-in data, which was
            // checked when it was written, is ten times quicker than parsing the TOML.
            Catalog::new(
                data::builtin::dataset(),
                files.into_iter().map(|f| FileOrigin {
                    kind: f.kind,
                    origin: f.origin,
                }),
                Vec::new(),
            )
        } else {
            Catalog::from_files(files)?
        };
        if let Some(imported) = imported {
            data::imported::merge(&mut catalog.data, &imported.sources);
            catalog.imported_sources = imported.sources.into_iter().map(|s| s.id).collect();
        }
        Ok(catalog)
    }

    fn new(
        data: Dataset,
        files: impl IntoIterator<Item = FileOrigin>,
        warnings: Vec<Diagnostic>,
    ) -> Catalog {
        Catalog {
            data,
            files: files.into_iter().collect(),
            warnings,
            imported_sources: Vec::new(),
            names: Default::default(),
            terms: OnceCell::new(),
            ids: Default::default(),
            credential_dependents: RefCell::default(),
        }
    }

    pub fn from_files(files: Vec<SourceFile>) -> Result<Catalog, DataError> {
        let loaded = data::load(files);
        let (errors, warnings): (Vec<_>, Vec<_>) = loaded
            .diagnostics
            .into_iter()
            .partition(Diagnostic::is_error);
        if !errors.is_empty() {
            return Err(DataError::new(errors));
        }
        Ok(Catalog::new(
            loaded.dataset,
            loaded.files.into_iter().map(|f| FileOrigin {
                kind: f.kind,
                origin: f.origin,
            }),
            warnings,
        ))
    }

    /// The built-in data alone.
    pub fn builtin() -> Result<Catalog, DataError> {
        Catalog::load(None)
    }

    /// The index of the record of `kind` with `id`. Every index this module hands out (here
    /// and in the `EntityRef`s of `resolve`) is built from `self.data`, which never changes
    /// after loading, so indexing the data with it cannot go out of range.
    fn index_of(&self, kind: Kind, id: &str) -> Option<usize> {
        // Built on first use: each record's id hashed once, then sorted as plain numbers (a
        // sort by the ids themselves would compare strings a thousand times before the first
        // answer), and searched by the hash of `id`; records whose ids share a hash are told
        // apart by the id itself.
        let by_hash = self.ids[kind as usize].get_or_init(|| {
            let mut by_hash: Vec<(u64, u32)> = self
                .data
                .all_named(kind)
                .zip(0u32..)
                .map(|(record, index)| (id_hash(record.id()), index))
                .collect();
            by_hash.sort_unstable();
            by_hash
        });
        let hash = id_hash(id);
        let first = by_hash.partition_point(|&(h, _)| h < hash);
        by_hash[first..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .map(|&(_, index)| index as usize)
            .find(|&index| self.data.named(kind, index).id() == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index_of(Kind::Source, id)
            .map(|i| &self.data.sources()[i])
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.index_of(Kind::Organization, id)
            .map(|i| &self.data.organizations()[i])
    }

    pub fn skill(&self, id: &str) -> Option<&Skill> {
        self.index_of(Kind::Skill, id)
            .map(|i| &self.data.skills()[i])
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.index_of(Kind::Field, id)
            .map(|i| &self.data.fields()[i])
    }

    pub fn specialization(&self, id: &str) -> Option<&Specialization> {
        self.index_of(Kind::Specialization, id)
            .map(|i| &self.data.specializations()[i])
    }

    pub fn title(&self, id: &str) -> Option<&Title> {
        self.index_of(Kind::Title, id)
            .map(|i| &self.data.titles()[i])
    }

    /// The titles of a field, up the ladder (entry first), in the data's order within a level.
    pub fn titles_of_field(&self, field: &str) -> Vec<&Title> {
        let mut titles: Vec<&Title> = self
            .data
            .titles()
            .iter()
            .filter(|t| t.field == field)
            .collect();
        titles.sort_by_key(|t| t.level);
        titles
    }

    pub fn credential(&self, id: &str) -> Option<&Credential> {
        self.index_of(Kind::Credential, id)
            .map(|i| &self.data.credentials()[i])
    }

    /// The index in the data of the credential with `id`.
    pub fn credential_index(&self, id: &str) -> Option<usize> {
        self.index_of(Kind::Credential, id)
    }

    /// Which credentials depend on the programs of `body` on `today`, by credential index:
    /// `work_out` the first time it is asked for, remembered after.
    pub fn credential_dependents(
        &self,
        body: &str,
        today: Date,
        work_out: impl FnOnce() -> Vec<bool>,
    ) -> std::rc::Rc<[bool]> {
        let key = (body.to_string(), today);
        if let Some(known) = self.credential_dependents.borrow().get(&key) {
            return std::rc::Rc::clone(known);
        }
        let found: std::rc::Rc<[bool]> = work_out().into();
        self.credential_dependents
            .borrow_mut()
            .insert(key, std::rc::Rc::clone(&found));
        found
    }

    pub fn course(&self, id: &str) -> Option<&Course> {
        self.index_of(Kind::Course, id)
            .map(|i| &self.data.courses()[i])
    }

    pub fn experience_kind(&self, id: &str) -> Option<&ExperienceKind> {
        self.index_of(Kind::Experience, id)
            .map(|i| &self.data.experience()[i])
    }

    /// The record an entity reference points at.
    pub fn named(&self, entity: EntityRef) -> &dyn Named {
        self.data.named(entity.kind, entity.index)
    }

    /// The display name of a record of `kind` by id, or the id itself when it is unknown.
    pub fn name_of<'a>(&'a self, kind: Kind, id: &'a str) -> &'a str {
        self.index_of(kind, id)
            .map_or(id, |i| self.data.named(kind, i).name())
    }

    /// "RHIA" for records with an abbreviation, the name otherwise: the short form for lists.
    pub fn short_name_of<'a>(&'a self, kind: Kind, id: &'a str) -> &'a str {
        match self.index_of(kind, id) {
            Some(i) => {
                let record = self.data.named(kind, i);
                record.abbreviation().unwrap_or(record.name())
            }
            None => id,
        }
    }

    /// The names of the records of `kind`, indexed on first use.
    fn names(&self, kind: Kind) -> &NameIndex {
        self.names[kind as usize].get_or_init(|| {
            let mut index = NameIndex::default();
            for (i, record) in self.data.all_named(kind).enumerate() {
                let entity = EntityRef { kind, index: i };
                index.insert(record.id(), entity);
                if record.found_by_name() {
                    index.insert(record.name(), entity);
                }
                if let Some(abbreviation) = record.abbreviation() {
                    index.insert(abbreviation, entity);
                }
                for alias in record.aliases() {
                    index.insert(alias, entity);
                }
            }
            index
        })
    }

    /// The terms of every skill, indexed on first use.
    fn term_names(&self) -> &NameIndex {
        self.terms.get_or_init(|| {
            let mut index = NameIndex::default();
            for (i, record) in self.data.all_named(Kind::Skill).enumerate() {
                let entity = EntityRef {
                    kind: Kind::Skill,
                    index: i,
                };
                for terms in record.terms() {
                    for name in &terms.names {
                        index.insert(name, entity);
                    }
                }
            }
            index
        })
    }

    /// Finds the one record of one of `kinds` that `query` names, or explains why not in an
    /// error that suggests the nearest names.
    pub fn resolve(&self, query: &str, kinds: &[Kind]) -> Result<EntityRef, UsageError> {
        if query.trim().is_empty() {
            return Err(UsageError::new("an empty name names nothing")
                .with_hint(format!("give the name or id of a {}", kinds_phrase(kinds))));
        }
        let shown = crate::text::clip(query, crate::text::ECHOED_NAME);
        let mut indexes: Vec<&NameIndex> = kinds.iter().map(|&kind| self.names(kind)).collect();
        let mut found = names::resolve_in(&indexes, query, kinds);
        if matches!(found, Err(Unresolved::Unknown { .. })) && kinds.contains(&Kind::Skill) {
            indexes.push(self.term_names());
            found = names::resolve_in(&indexes, query, kinds);
        }
        found.map_err(|why| match why {
            Unresolved::Unknown { suggestions } => {
                let message = format!("no {} is called `{shown}`", kinds_phrase(kinds));
                let hint = if suggestions.is_empty() {
                    format!("`him list {}` shows every name", list_kind(kinds))
                } else {
                    let names: Vec<String> = suggestions
                        .iter()
                        .map(|(name, entity)| {
                            if kinds.len() > 1 {
                                format!("`{name}` ({})", entity.kind)
                            } else {
                                format!("`{name}`")
                            }
                        })
                        .collect();
                    format!("did you mean {}?", or_list(&names))
                };
                UsageError::new(message).with_hint(hint)
            }
            Unresolved::Ambiguous { candidates } => {
                let listed: Vec<String> = candidates
                    .iter()
                    .map(|&e| {
                        let record = self.named(e);
                        format!("  {:<15} {} ({})", e.kind.noun(), record.name(), record.id())
                    })
                    .collect();
                UsageError::new(format!(
                    "`{shown}` names records of several kinds:\n{}",
                    listed.join("\n")
                ))
                .with_hint("name the one you mean by its id, or narrow the command to one kind (e.g. `him show --kind title ...`)".to_string())
            }
        })
    }
}

fn kinds_phrase(kinds: &[Kind]) -> String {
    if Kind::sharing_names()
        .iter()
        .all(|kind| kinds.contains(kind))
    {
        return "record".to_string();
    }
    let nouns: Vec<String> = kinds.iter().map(|k| k.noun().to_string()).collect();
    or_list(&nouns)
}

fn list_kind(kinds: &[Kind]) -> &'static str {
    match kinds {
        [Kind::Experience] => "experience",
        [one] => one.plural(),
        _ => "fields",
    }
}

/// The hash `index_of` sorts ids by.
fn id_hash(id: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(id)
}
