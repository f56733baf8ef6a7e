//! Data files: what they hold, where they come from, and how they are read and checked.
//!
//! Loading happens in two steps. `load` reads each file strictly into records (every record that
//! parses is kept, every one that does not becomes a diagnostic), then `validate` checks what a
//! single file cannot: references between records, duplicate ids and names, ladders without
//! cycles. Both steps report every problem they find, not just the first.

pub mod builtin;
mod chunks;
pub mod diagnostics;
pub mod imported;
pub(crate) mod locate;
pub mod model;
pub mod period;
mod validate;

use std::borrow::Cow;
use std::cell::OnceCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};

pub use diagnostics::Diagnostic;
use diagnostics::Lines;
use model::{
    AreaName, Course, Credential, ExperienceKind, Field, Named, Occupation, Organization, Skill,
    Source, Specialization, Title,
};
pub(crate) use validate::is_soc_code;

/// The kinds of records, one file each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Source,
    Organization,
    Skill,
    Field,
    Specialization,
    Title,
    Credential,
    Course,
    Occupation,
    Area,
    Experience,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Source,
        Kind::Organization,
        Kind::Skill,
        Kind::Field,
        Kind::Specialization,
        Kind::Title,
        Kind::Credential,
        Kind::Course,
        Kind::Occupation,
        Kind::Area,
        Kind::Experience,
    ];

    /// Whether the kind's names are in one space with the other kinds': a name two of them
    /// share is ambiguous, and `him show NAME` looks in all of them. Experience kinds have names
    /// of their own (`coding`, `healthcare-data`, read by `him eligible --experience`), found by
    /// `him show` when no record of another kind has the name, or with `--kind experience`.
    pub fn shares_names(self) -> bool {
        self != Kind::Experience
    }

    /// The kinds whose names are one space (see `shares_names`).
    pub fn sharing_names() -> Vec<Kind> {
        Kind::ALL.into_iter().filter(|k| k.shares_names()).collect()
    }

    /// The key of the array of tables in the file: `[[title]]`.
    pub fn table_key(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Organization => "organization",
            Kind::Skill => "skill",
            Kind::Field => "field",
            Kind::Specialization => "specialization",
            Kind::Title => "title",
            Kind::Credential => "credential",
            Kind::Course => "course",
            Kind::Occupation => "occupation",
            Kind::Area => "area",
            Kind::Experience => "experience",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Source => "sources.toml",
            Kind::Organization => "organizations.toml",
            Kind::Skill => "skills.toml",
            Kind::Field => "fields.toml",
            Kind::Specialization => "specializations.toml",
            Kind::Title => "titles.toml",
            Kind::Credential => "credentials.toml",
            Kind::Course => "courses.toml",
            Kind::Occupation => "occupations.toml",
            Kind::Area => "areas.toml",
            Kind::Experience => "experience.toml",
        }
    }

    /// The singular word a person reads: "title", "credential", "experience kind".
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Experience => "experience kind",
            other => other.table_key(),
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            Kind::Source => "sources",
            Kind::Organization => "organizations",
            Kind::Skill => "skills",
            Kind::Field => "fields",
            Kind::Specialization => "specializations",
            Kind::Title => "titles",
            Kind::Credential => "credentials",
            Kind::Course => "courses",
            Kind::Occupation => "occupations",
            Kind::Area => "areas",
            Kind::Experience => "experience kinds",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// Where a data file came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the binary from the project's `data/` folder.
    BuiltIn,
    /// A user's data directory.
    User(PathBuf),
}

impl Origin {
    /// The path shown in messages for the file `name`: `data/NAME` for a built-in file, the
    /// path as the user gave it for theirs.
    pub fn display_path(&self, name: &str) -> String {
        match self {
            Origin::BuiltIn => format!("data/{name}"),
            Origin::User(path) => path.display().to_string(),
        }
    }
}

/// The file `name` of the user's data directory when it is there (a broken link too, so that
/// reading it says why it cannot be read), else the built-in text: a user's file takes the
/// place of its built-in twin and of nothing else.
pub(crate) fn user_or_builtin(
    user_dir: Option<&Path>,
    name: &str,
    builtin: &'static str,
) -> Result<(Origin, Cow<'static, str>), Box<Diagnostic>> {
    let Some(path) = user_dir.map(|dir| dir.join(name)) else {
        return Ok((Origin::BuiltIn, Cow::Borrowed(builtin)));
    };
    // Only a file that is not there falls back to the built-in one: a file him may not look at
    // (a directory without permission to enter) is an error, not a reason to use other data
    // without a word.
    match std::fs::symlink_metadata(&path) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            Ok((Origin::BuiltIn, Cow::Borrowed(builtin)))
        }
        Err(err) => Err(Box::new(Diagnostic::file_level(
            path.display().to_string(),
            format!("cannot read: {}", io_reason(&err)),
            permission_hint(&err),
        ))),
        Ok(_) => {
            let text = read_user_file(&path)?;
            Ok((Origin::User(path), Cow::Owned(text)))
        }
    }
}

/// What to do about a file or directory him may not read.
fn permission_hint(err: &std::io::Error) -> Option<String> {
    (err.kind() == std::io::ErrorKind::PermissionDenied).then(|| {
        "him needs to read the data directory and its files: check their owner and permissions (`ls -ld`)".to_string()
    })
}

/// The files a data directory may hold: each kind's TOML file and the two tables.
pub fn file_names() -> impl Iterator<Item = &'static str> {
    Kind::ALL.iter().map(|kind| kind.file_name()).chain([
        crate::wages::WAGES_FILE,
        crate::wages::PRICES_FILE,
        imported::FILE,
    ])
}

/// A warning for each file of `dir` that looks like a data file (`.toml` or `.csv`, or a name
/// close to one him reads) but is not one him reads: `title.toml` or `Skills.toml` would
/// otherwise be passed over without a word, and the built-in titles shown in its place.
/// Other files (a README, notes) and hidden ones are left alone.
pub fn stray_files(dir: &Path) -> Vec<Diagnostic> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new(); // `gather` says why the directory cannot be read
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    names.sort();
    let read: Vec<&str> = file_names().collect();
    names
        .iter()
        .filter(|name| !name.starts_with('.') && !read.contains(&name.as_str()))
        .filter_map(|name| {
            let lower = name.to_lowercase();
            // On a file system that ignores case, `Skills.toml` is read as skills.toml.
            if let Some(known) = read.iter().find(|known| **known == lower)
                && !names.iter().any(|n| n == known)
                && dir.join(known).exists()
            {
                return None;
            }
            let near = crate::text::fuzzy::closest(name, read.iter().copied());
            let looks_like_data = lower.ends_with(".toml") || lower.ends_with(".csv");
            if near.is_none() && !looks_like_data {
                return None;
            }
            let hint = match near {
                Some(known) => {
                    format!("did you mean {known}? him reads only the files docs/DATA.md names")
                }
                None => format!("him reads only these files: {}", read.join(", ")),
            };
            Some(
                Diagnostic::file_level(
                    dir.join(name).display().to_string(),
                    "him does not read this file".to_string(),
                    Some(hint),
                )
                .warning(),
            )
        })
        .collect()
}

/// One data file's text, as read.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub kind: Kind,
    pub origin: Origin,
    pub text: Cow<'static, str>,
}

impl SourceFile {
    /// The path shown in messages: `data/titles.toml` for a built-in file, the path as the user
    /// gave it for theirs.
    pub fn display_path(&self) -> String {
        self.origin.display_path(self.kind.file_name())
    }

    /// The file parsed and its lines indexed, to point at its values (`diagnostic_at`): a file
    /// with thousands of problems is parsed once, not once per problem.
    pub fn index(&self) -> FileIndex<'_> {
        FileIndex {
            file: self,
            locator: locate::Locator::new(&self.text, self.kind.table_key()),
            lines: Lines::new(&self.text),
        }
    }
}

/// A data file parsed once for pointing at its values (see `SourceFile::index`).
pub struct FileIndex<'a> {
    file: &'a SourceFile,
    locator: locate::Locator<'a>,
    lines: Lines<'a>,
}

impl FileIndex<'_> {
    /// A problem at a value inside the file's `[[kind]]` records: `steps` start at the
    /// record's index (`[Index(3), Key("soc")]`).
    pub fn diagnostic_at(
        &self,
        steps: &[locate::Step],
        message: String,
        hint: Option<String>,
    ) -> Diagnostic {
        let mut path = vec![locate::Step::Key(self.file.kind.table_key())];
        path.extend_from_slice(steps);
        let span = self.locator.span(&path).unwrap_or(0..0);
        Diagnostic::at_line(self.file.display_path(), &self.lines, span, message, hint)
    }
}

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
            // The bytes were written by build.rs from this very type in this very build, so
            // they always decode; the tests check they hold what the TOML holds.
            postcard::from_bytes(self.compiled).unwrap_or_default()
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
    /// Keeps the first of each reference a list repeats (`validate` warns about the others): a
    /// skill listed twice is one skill to `fit`, a step listed twice one step of a ladder.
    fn without_repeats(&mut self) {
        fn first_of_each(list: &mut Vec<String>) {
            let repeated = validate::repeated_entries(list);
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

/// The files a data set was read from, and what was found wrong with them.
pub struct Loaded {
    pub dataset: Dataset,
    pub files: Vec<SourceFile>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn is_clean(&self) -> bool {
        self.diagnostics.is_empty()
    }
}

/// Which files to read: the built-in ones, with those present in `user_dir` replacing them.
pub fn gather(user_dir: Option<&Path>) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    let mut files = Vec::with_capacity(Kind::ALL.len());
    let mut problems = Vec::new();
    if let Some(dir) = user_dir {
        match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(vec![Diagnostic::file_level(
                    dir.display().to_string(),
                    "is not a directory".to_string(),
                    Some("--data and HIM_DATA_DIR name a directory laid out like data/, holding files such as titles.toml".to_string()),
                )]);
            }
            Err(err) => {
                return Err(vec![Diagnostic::file_level(
                    dir.display().to_string(),
                    format!("cannot read the data directory: {}", io_reason(&err)),
                    Some(permission_hint(&err).unwrap_or_else(|| "check the path given to --data or HIM_DATA_DIR (`him paths` shows the directories him looks in); `him init DIR` writes a starting set".to_string())),
                )]);
            }
        }
        // A directory that cannot be listed (no read permission) cannot be trusted to hold
        // only what him can see of it; one that cannot be entered (no search permission, as a
        // mode of 644 gives) hides every file. Either is one problem, the directory's.
        if let Err(err) = std::fs::read_dir(dir).and_then(|_| std::fs::metadata(dir.join("."))) {
            return Err(vec![Diagnostic::file_level(
                dir.display().to_string(),
                format!("cannot read the data directory: {}", io_reason(&err)),
                permission_hint(&err),
            )]);
        }
    }
    for (kind, builtin) in builtin::FILES {
        match user_or_builtin(user_dir, kind.file_name(), builtin) {
            Ok((origin, text)) => files.push(SourceFile { kind, origin, text }),
            Err(diagnostic) => problems.push(*diagnostic),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

pub(crate) fn io_reason(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::NotADirectory => {
            "a part of the path is a file, not a directory".to_string()
        }
        _ => {
            // "Too many levels of symbolic links (os error 40)": the system's words, without
            // the number.
            let text = err.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// The largest data file him reads. The built-in files are 1 KB to 1.1 MB (the wage table);
/// 100,000 titles (O*NET's catalogue of alternate titles) make 44 MB, read in pieces (see
/// `MAX_PIECE_BYTES`) in about a second. Anything larger is refused at once, before it is read,
/// rather than left to eat the machine's memory (a log file or a disk image saved as
/// titles.toml).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// The largest stretch of a file parsed at once. TOML parses into a tree about fifteen times the
/// size of its text, so a larger file is read as its `[[kind]]` tables, a few hundred KB at a
/// time; a stretch this long without a table header (one enormous record) is refused.
pub const MAX_PIECE_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a file of a user's data directory as UTF-8 text, or says why it cannot.
pub(crate) fn read_user_file(path: &Path) -> Result<String, Box<Diagnostic>> {
    use std::io::Read;
    let shown = path.display().to_string();
    let cannot_read = |err: std::io::Error| {
        Box::new(Diagnostic::file_level(
            shown.clone(),
            format!("cannot read: {}", io_reason(&err)),
            None,
        ))
    };
    let meta = std::fs::metadata(path).map_err(cannot_read)?;
    if meta.is_dir() {
        return Err(Box::new(Diagnostic::file_level(
            shown,
            "is a directory, not a TOML file".to_string(),
            Some(
                "remove or rename it; a data directory holds files such as titles.toml".to_string(),
            ),
        )));
    }
    // A FIFO would block for ever and a device (/dev/zero) never end.
    if !meta.is_file() {
        return Err(Box::new(Diagnostic::file_level(
            shown,
            "is not a regular file".to_string(),
            Some("a data directory holds plain TOML files such as titles.toml".to_string()),
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Box::new(too_large(shown, meta.len())));
    }
    let mut bytes = Vec::new();
    // `take` guards against a file that grows while it is read.
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Box::new(too_large(shown, bytes.len() as u64)));
    }
    String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(err.as_bytes());
        Box::new(Diagnostic::at(
            shown,
            &text,
            offset..offset + 1,
            "invalid UTF-8: data files must be UTF-8 text".to_string(),
            Some("save the file as UTF-8".to_string()),
        ))
    })
}

fn too_large(shown: String, bytes: u64) -> Diagnostic {
    let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
    Diagnostic::file_level(
        shown,
        format!(
            "is {:.1} MiB, larger than the {:.0} MiB him reads in a data file",
            mib(bytes),
            mib(MAX_FILE_BYTES)
        ),
        Some("him's data files are small (the largest built-in one is about 1 MB): check that this is the file you meant".to_string()),
    )
}

/// The built-in files, with `text` in place of the file of `kind` as if read from `path`: one
/// file of a user's data, checked against the rest (property tests and fuzz targets).
pub fn builtin_with(kind: Kind, path: PathBuf, text: String) -> Vec<SourceFile> {
    let mut replacement = Some(text);
    builtin::FILES
        .iter()
        .map(|&(k, builtin)| match replacement.take_if(|_| k == kind) {
            Some(text) => SourceFile {
                kind,
                origin: Origin::User(path.clone()),
                text: Cow::Owned(text),
            },
            None => SourceFile {
                kind: k,
                origin: Origin::BuiltIn,
                text: Cow::Borrowed(builtin),
            },
        })
        .collect()
}

/// Reads every file strictly and checks the whole set.
pub fn load(files: Vec<SourceFile>) -> Loaded {
    let mut lists = RecordLists::default();
    let mut diagnostics = Vec::new();
    let mut broken_ids = validate::BrokenIds::default();
    let mut positions = validate::Positions::default();
    for file in &files {
        let parsed = match file.kind {
            Kind::Source => read_records(file, &mut lists.sources),
            Kind::Organization => read_records(file, &mut lists.organizations),
            Kind::Skill => read_records(file, &mut lists.skills),
            Kind::Field => read_records(file, &mut lists.fields),
            Kind::Specialization => read_records(file, &mut lists.specializations),
            Kind::Title => read_records(file, &mut lists.titles),
            Kind::Credential => read_records(file, &mut lists.credentials),
            Kind::Course => read_records(file, &mut lists.courses),
            Kind::Occupation => read_records(file, &mut lists.occupations),
            Kind::Area => read_records(file, &mut lists.areas),
            Kind::Experience => read_records(file, &mut lists.experience),
        };
        for id in parsed.broken_ids {
            broken_ids.insert(file.kind, id);
        }
        if parsed.unreadable {
            broken_ids.insert_all(file.kind);
        }
        positions.insert(file.kind, parsed.positions);
        diagnostics.extend(parsed.diagnostics);
    }
    let mut dataset = Dataset::from(lists);
    diagnostics.extend(validate::validate(
        &dataset,
        &files,
        &broken_ids,
        &positions,
    ));
    dataset.without_repeats();
    Loaded {
        dataset,
        files,
        diagnostics,
    }
}

struct FileResult {
    diagnostics: Vec<Diagnostic>,
    /// Ids of records that failed to parse, so references to them are not reported again.
    broken_ids: Vec<String>,
    /// No record could be read (a syntax error, no `[[kind]]` tables): references to this kind
    /// are not checked, or every other file would repeat the one problem.
    unreadable: bool,
    /// For each record kept, its index in the file's array (records that failed are skipped).
    positions: Vec<usize>,
}

/// Parses one file's `[[kind]]` records into `out`, one record at a time, so one bad record
/// does not hide the problems of the next.
fn read_records<T: DeserializeOwned + Send>(file: &SourceFile, out: &mut Vec<T>) -> FileResult {
    read_records_cut(file, out, chunks::Cut::FILES)
}

/// `read_records`, with a file larger than `cut.above` read in pieces of about `cut.piece`.
fn read_records_cut<T: DeserializeOwned + Send>(
    file: &SourceFile,
    out: &mut Vec<T>,
    cut: chunks::Cut,
) -> FileResult {
    let mut result = FileResult {
        diagnostics: Vec::new(),
        broken_ids: Vec::new(),
        unreadable: false,
        positions: Vec::new(),
    };
    let text: &str = &file.text;
    let key = file.kind.table_key();
    // A large clean file reads in pieces, on every core; any problem comes back to the
    // careful read below, which reports it.
    if let Some(records) = chunks::read::<T>(text, key, cut) {
        result.positions = (0..records.len()).collect();
        out.extend(records);
        return result;
    }
    let pieces = chunks::pieces(text, key, cut);
    // Indexed on the first problem only: a clean file is never scanned for its lines.
    let lines = OnceCell::new();
    let lines = || lines.get_or_init(|| Lines::new(text));
    if let Some(big) = pieces.iter().find(|p| p.len() as u64 > MAX_PIECE_BYTES) {
        result.diagnostics.push(Diagnostic::at_line(
            file.display_path(),
            lines(),
            big.start..big.start,
            format!(
                "this part of the file holds {:.1} MiB without a [[{key}]] header line: him reads at most {} MiB at once",
                big.len() as f64 / (1024.0 * 1024.0),
                MAX_PIECE_BYTES >> 20
            ),
            Some(format!("a large file must be many [[{key}]] tables, each on its own lines")),
        ));
        result.unreadable = true;
        return result;
    }
    let mut elements_before = 0;
    let mut next = 0;
    while next < pieces.len() {
        let first = next == 0;
        let parsed = chunks::parse_from(text, &pieces, next, MAX_PIECE_BYTES as usize);
        next = parsed.next;
        // The first piece's records must be `[[key]]` tables when more follow (see
        // `chunks::inline_then_tables`): the text up to the next piece's header line shows how.
        let then = first.then(|| pieces.get(next)).flatten().map(|after| {
            let rest = &text[after.start..];
            after.start + rest.find('\n').map_or(rest.len(), |end| end + 1)
        });
        elements_before += read_piece(
            file,
            parsed,
            then,
            &lines,
            out,
            &mut result,
            elements_before,
        );
    }
    result
}

/// Reads the `[[kind]]` records of one piece of a file (the whole file, when small), as
/// `chunks::parse_from` parsed it, into `out`, one record at a time, so one bad record does not
/// hide the problems of the next. Spans are shifted by the piece's start so every message
/// points into the whole file. `first` is the index in the file's array of the piece's first
/// element; returns how many elements the piece holds. `then`, for the first of several
/// pieces, is where the next piece's header line ends.
fn read_piece<'t, T: DeserializeOwned>(
    file: &'t SourceFile,
    parsed: chunks::Parsed<'t>,
    then: Option<usize>,
    lines: &dyn Fn() -> &'t Lines<'t>,
    out: &mut Vec<T>,
    result: &mut FileResult,
    first: usize,
) -> usize {
    let path = file.display_path();
    let key = file.kind.table_key();
    let piece = parsed.range;
    let whole = piece == (0..file.text.len());
    let offset = piece.start;
    let shift = |span: std::ops::Range<usize>| span.start + offset..span.end + offset;
    let text = &file.text[piece];
    let root = match parsed.root {
        Ok(root) => root.into_inner(),
        Err(err) => {
            result
                .diagnostics
                .push(Diagnostic::from_toml(path, lines(), &err, offset, None));
            result.unreadable = true;
            return 0;
        }
    };
    if let Some(end) = then
        && chunks::inline_then_tables(&root, key, text)
    {
        // What a whole-file read says: the text up to the next header line, read at once,
        // gives the key twice there.
        let said = match DeTable::parse(&file.text[..end]) {
            Err(err) => Diagnostic::from_toml(path.clone(), lines(), &err, 0, None),
            Ok(_) => Diagnostic::at_line(
                path.clone(),
                lines(),
                end..end,
                format!("`{key}` is written both as `{key} = [...]` and as [[{key}]] tables"),
                Some(format!("write every record as a [[{key}]] table")),
            ),
        };
        result.diagnostics.push(said);
        result.unreadable = true;
    }
    if !root.iter().any(|(name, _)| name.get_ref().as_ref() == key) {
        result.unreadable = true;
    }
    if root.is_empty() && whole {
        result.diagnostics.push(Diagnostic::at_line(
            path,
            lines(),
            0..0,
            format!("the file defines no [[{key}]] records"),
            Some(format!(
                "add at least one [[{key}]] table, or delete the file to use the built-in {}",
                file.kind.file_name()
            )),
        ));
        return 0;
    }
    let mut count = 0;
    for (name, value) in root {
        if name.get_ref().as_ref() != key {
            result.diagnostics.push(Diagnostic::at_line(
                path.clone(),
                lines(),
                shift(name.span()),
                format!(
                    "unknown top-level key `{}`, expected `{key}`",
                    name.get_ref()
                ),
                Some(format!(
                    "{} holds only [[{key}]] tables",
                    file.kind.file_name()
                )),
            ));
            continue;
        }
        let span = value.span();
        let DeValue::Array(elements) = value.into_inner() else {
            result.diagnostics.push(Diagnostic::at_line(
                path.clone(),
                lines(),
                shift(span),
                format!("`{key}` must be an array of tables, written [[{key}]]"),
                None,
            ));
            result.unreadable = true;
            continue;
        };
        for element in elements {
            let position = first + count;
            count += 1;
            let id = record_id(element.get_ref());
            let record_span = shift(element.span());
            if !matches!(element.get_ref(), DeValue::Table(_)) {
                result.diagnostics.push(Diagnostic::at_line(
                    path.clone(),
                    lines(),
                    record_span,
                    format!("each `{key}` must be a table, written [[{key}]]"),
                    None,
                ));
                result.unreadable = true;
                continue;
            }
            match T::deserialize(toml::de::ValueDeserializer::from(element)) {
                Ok(record) => {
                    out.push(record);
                    result.positions.push(position);
                }
                Err(err) => {
                    result.diagnostics.push(Diagnostic::from_toml(
                        path.clone(),
                        lines(),
                        &err,
                        offset,
                        Some(record_span),
                    ));
                    match id {
                        Some(id) => result.broken_ids.push(id),
                        // A record without a readable id may be the one others refer to.
                        None => result.unreadable = true,
                    }
                }
            }
        }
    }
    count
}

/// The `id` of a record that may not parse as a whole.
fn record_id(value: &DeValue<'_>) -> Option<String> {
    let DeValue::Table(table) = value else {
        return None;
    };
    table.iter().find_map(|(key, value)| match value.get_ref() {
        DeValue::String(id) if key.get_ref().as_ref() == "id" => Some(id.to_string()),
        _ => None,
    })
}
