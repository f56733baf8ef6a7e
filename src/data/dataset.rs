//! A data set: every record, one list per kind, the built-in ones decoded from their compiled
//! form on first use.

use std::fmt;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;
use serde::de::DeserializeOwned;

use super::kind::Kind;
use super::model::deferred::decode_compiled;
use super::model::{
    AreaName, Course, Credential, ExperienceKind, Field, Named, Occupation, Organization, Skill,
    Source, Specialization, Title,
};

/// One kind's records: read from a file at once, or decoded from the compiled built-in data
/// the first time a query asks for them, so a command pays only for the kinds it reads.
#[derive(Clone)]
struct Records<T> {
    decoded: OnceLock<Vec<T>>,
    /// The records as `build.rs` compiled them (postcard), when they are the built-in ones.
    compiled: &'static [u8],
}

impl<T: DeserializeOwned> Records<T> {
    fn get(&self) -> &[T] {
        self.decoded.get_or_init(|| {
            decode_compiled(self.compiled, || {
                let name = std::any::type_name::<T>().rsplit("::").next();
                format!("{} records", name.unwrap_or("data"))
            })
        })
    }
}

impl<T> From<Vec<T>> for Records<T> {
    fn from(records: Vec<T>) -> Records<T> {
        Records {
            decoded: OnceLock::from(records),
            compiled: &[],
        }
    }
}

macro_rules! dataset {
    ($($kind:ident: $record:ty),* $(,)?) => {
        /// Every record of a data set, one list per kind, in file order.
        #[derive(Clone)]
        pub struct Dataset {
            $($kind: Records<$record>,)*
        }

        /// The records of a data set as the loader gathers them, before they become a
        /// `Dataset`.
        #[derive(Default)]
        pub struct RecordLists {
            $(pub $kind: Vec<$record>,)*
        }

        impl From<RecordLists> for Dataset {
            fn from(lists: RecordLists) -> Dataset {
                Dataset { $($kind: lists.$kind.into(),)* }
            }
        }

        impl Dataset {
            /// The compiled built-in records, one postcard blob per kind, each decoded on
            /// first use.
            pub fn compiled(blobs: CompiledKinds) -> Dataset {
                Dataset {
                    $($kind: Records { decoded: OnceLock::new(), compiled: blobs.$kind },)*
                }
            }

            $(
                #[doc = concat!("The ", stringify!($kind), ", in file order (decoded on first use).")]
                pub fn $kind(&self) -> &[$record] {
                    self.$kind.get()
                }
            )*
        }

        /// The compiled form of each kind's records (`build.rs`).
        pub struct CompiledKinds {
            $(pub $kind: &'static [u8],)*
        }

        impl PartialEq for Dataset {
            fn eq(&self, other: &Dataset) -> bool {
                true $(&& self.$kind() == other.$kind())*
            }
        }

        impl fmt::Debug for Dataset {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct("Dataset")
                    $(.field(stringify!($kind), &self.$kind()))*
                    .finish()
            }
        }
    };
}

dataset! {
    sources: Source,
    organizations: Organization,
    skills: Skill,
    fields: Field,
    specializations: Specialization,
    titles: Title,
    credentials: Credential,
    courses: Course,
    occupations: Occupation,
    areas: AreaName,
    experience: ExperienceKind,
}

impl Default for Dataset {
    fn default() -> Dataset {
        RecordLists::default().into()
    }
}

impl Dataset {
    /// How many records of `kind` there are.
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Source => self.sources().len(),
            Kind::Organization => self.organizations().len(),
            Kind::Skill => self.skills().len(),
            Kind::Field => self.fields().len(),
            Kind::Specialization => self.specializations().len(),
            Kind::Title => self.titles().len(),
            Kind::Credential => self.credentials().len(),
            Kind::Course => self.courses().len(),
            Kind::Occupation => self.occupations().len(),
            Kind::Area => self.areas().len(),
            Kind::Experience => self.experience().len(),
        }
    }

    /// The record of `kind` at `index`, seen through what all records share.
    ///
    /// Panics when `index` is out of range, like slice indexing: callers hold indexes that came
    /// from this data set.
    pub fn named(&self, kind: Kind, index: usize) -> &dyn Named {
        match kind {
            Kind::Source => &self.sources()[index],
            Kind::Organization => &self.organizations()[index],
            Kind::Skill => &self.skills()[index],
            Kind::Field => &self.fields()[index],
            Kind::Specialization => &self.specializations()[index],
            Kind::Title => &self.titles()[index],
            Kind::Credential => &self.credentials()[index],
            Kind::Course => &self.courses()[index],
            Kind::Occupation => &self.occupations()[index],
            Kind::Area => &self.areas()[index],
            Kind::Experience => &self.experience()[index],
        }
    }

    /// Every record of `kind`, in file order.
    pub fn all_named(&self, kind: Kind) -> impl Iterator<Item = &dyn Named> {
        (0..self.count(kind)).map(move |index| self.named(kind, index))
    }
}

impl Dataset {
    /// Puts `sources` in place of the data set's sources (`data::imported::merge`).
    pub fn replace_sources(&mut self, sources: Vec<Source>) {
        self.sources = sources.into();
    }

    /// Keeps the first of each reference a list repeats (`validate` warns about the others): a
    /// skill listed twice is one skill to `fit`, a step listed twice one step of a ladder.
    pub(super) fn without_repeats(&mut self) {
        fn first_of_each(list: &mut Vec<String>) {
            let repeated = repeated_entries(list);
            let mut repeated = repeated.iter().peekable();
            let mut index = 0;
            list.retain(|_| {
                let repeat = repeated.next_if_eq(&&index).is_some();
                index += 1;
                !repeat
            });
        }
        fn each<T>(records: &mut Records<T>, mut lists: impl FnMut(&mut T)) {
            for record in records.decoded.get_mut().into_iter().flatten() {
                lists(record);
            }
        }
        let lists = |all: &mut [&mut Vec<String>]| all.iter_mut().for_each(|l| first_of_each(l));
        each(&mut self.organizations, |o| {
            lists(&mut [&mut o.fields, &mut o.sources])
        });
        each(&mut self.skills, |s| lists(&mut [&mut s.sources]));
        each(&mut self.fields, |f| {
            lists(&mut [&mut f.workflows, &mut f.skills, &mut f.sources]);
        });
        each(&mut self.specializations, |s| {
            lists(&mut [&mut s.skills, &mut s.sources]);
        });
        each(&mut self.titles, |t| {
            lists(&mut [&mut t.leads_to, &mut t.credentials, &mut t.sources]);
        });
        each(&mut self.credentials, |c| {
            lists(&mut [&mut c.fields, &mut c.sources]);
            for path in &mut c.paths {
                lists(&mut [
                    &mut path.credentials_any,
                    &mut path.programs,
                    &mut path.licenses_any,
                ]);
            }
        });
        each(&mut self.courses, |c| {
            lists(&mut [&mut c.teaches, &mut c.sources])
        });
    }
}

/// The positions of the entries of `list` that repeat an earlier entry. Most lists are a few
/// ids long and compared in place; a long one through a set.
pub fn repeated_entries(list: &[String]) -> Vec<usize> {
    if list.len() <= 16 {
        return (1..list.len())
            .filter(|&i| list[..i].contains(&list[i]))
            .collect();
    }
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    (0..list.len())
        .filter(|&i| !seen.insert(&list[i]))
        .collect()
}
