//! Finding and reading the two table files: the built-in ones, or those in a user's data
//! directory in their place, each read on first use (`WageData`) and its `# source:` line checked
//! against the catalog's sources.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::path::{Path, PathBuf};

use super::{PRICES_FILE, PriceIndex, WAGES_FILE, WageTable, parse};
use crate::data::model::Source;
use crate::data::{Diagnostic, Origin};
use crate::error::DataError;

pub(super) const BUILTIN_WAGES: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/oews-wages.csv"));
pub(super) const BUILTIN_PRICES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/cpi-u-annual.csv"
));

/// One of the two files, as found: built in, or from the user's data directory.
pub(super) struct TableFile {
    name: &'static str,
    pub(super) origin: Origin,
    pub(super) text: Cow<'static, str>,
}

impl TableFile {
    pub(super) fn find(
        user_dir: Option<&Path>,
        name: &'static str,
    ) -> Result<TableFile, Box<Diagnostic>> {
        let builtin = match name {
            WAGES_FILE => BUILTIN_WAGES,
            _ => BUILTIN_PRICES,
        };
        let (origin, text) = crate::data::user_or_builtin(user_dir, name, builtin)?;
        Ok(TableFile { name, origin, text })
    }

    pub(super) fn display_path(&self) -> String {
        self.origin.display_path(self.name)
    }
}

/// The source a table names must exist and have a period: the period dates every figure.
pub(super) fn check_source(
    file: &TableFile,
    named: &str,
    sources: &[Source],
) -> Option<Diagnostic> {
    let span = parse::source_line(&file.text).map_or(0..0, |(_, span)| span);
    let problem = match sources.iter().find(|s| s.id == named) {
        None => format!("the source `{named}` is not in sources.toml"),
        Some(source) if source.period.is_none() => {
            format!("the source `{named}` has no period, so the figures would have no date")
        }
        Some(_) => return None,
    };
    Some(Diagnostic::at(
        file.display_path(),
        &file.text,
        span,
        problem,
        Some("name a source of sources.toml with a period on the `# source: ID` line".to_string()),
    ))
}

/// A strict reader of a table file's text; the second argument is the path shown in messages.
type Parser<T> = fn(&str, &str) -> Result<T, Vec<Diagnostic>>;

/// What the two table files share: a file name, a strict parser, a row count.
pub(super) trait TableKind: Sized {
    const FILE: &'static str;
    fn parse_text(text: &str, file: &str) -> Result<Self, Vec<Diagnostic>>;
    fn rows(&self) -> usize;
}

/// The built-in table in a compiled form, when there is one: quicker than the CSV.
type Compiled<T> = fn() -> Option<T>;

impl TableKind for WageTable {
    const FILE: &'static str = WAGES_FILE;
    fn parse_text(text: &str, file: &str) -> Result<Self, Vec<Diagnostic>> {
        WageTable::parse(text, file)
    }
    fn rows(&self) -> usize {
        self.len()
    }
}

impl TableKind for PriceIndex {
    const FILE: &'static str = PRICES_FILE;
    fn parse_text(text: &str, file: &str) -> Result<Self, Vec<Diagnostic>> {
        PriceIndex::parse(text, file)
    }
    fn rows(&self) -> usize {
        self.len()
    }
}

/// Reads one table file with `parse` and checks the source it names against `sources`.
fn load<T: TableKind>(
    user_dir: Option<&Path>,
    sources: &[Source],
    (parse, compiled): (Parser<T>, Compiled<T>),
) -> Result<T, Vec<Diagnostic>> {
    let file = TableFile::find(user_dir, T::FILE).map_err(|d| vec![*d])?;
    // The built-in file was checked when it was compiled (and by the tests).
    if file.origin == Origin::BuiltIn
        && let Some(table) = compiled()
    {
        return Ok(table);
    }
    let table = parse(&file.text, &file.display_path())?;
    let named = parse::source_line(&file.text).map_or("", |(id, _)| id);
    match check_source(&file, named, sources) {
        Some(problem) => Err(vec![problem]),
        None => Ok(table),
    }
}

/// The table in `cell`, read with `parse` on first use.
fn cached<'c, T: TableKind>(
    cell: &'c OnceCell<Result<T, DataError>>,
    user_dir: Option<&Path>,
    sources: &[Source],
    readers: (Parser<T>, Compiled<T>),
) -> Result<&'c T, DataError> {
    cell.get_or_init(|| load(user_dir, sources, readers).map_err(DataError::new))
        .as_ref()
        .map_err(Clone::clone)
}

/// The wage table and price index of a run, each read on first use.
pub struct WageData {
    user_dir: Option<PathBuf>,
    /// The national rows alone, for queries that need no other area.
    national: OnceCell<Result<WageTable, DataError>>,
    wages: OnceCell<Result<WageTable, DataError>>,
    prices: OnceCell<Result<PriceIndex, DataError>>,
    /// The sources the two files name, read once (see `source_ids`).
    source_ids: OnceCell<(Option<String>, Option<String>)>,
}

impl WageData {
    /// The built-in files, with those present in `user_dir` in their place.
    pub fn new(user_dir: Option<&Path>) -> WageData {
        WageData {
            user_dir: user_dir.map(Path::to_path_buf),
            national: OnceCell::new(),
            wages: OnceCell::new(),
            prices: OnceCell::new(),
            source_ids: OnceCell::new(),
        }
    }

    /// The wage table, read now if it has not been; `sources` are the catalog's, to check the
    /// source the table names.
    pub fn wages(&self, sources: &[Source]) -> Result<&WageTable, DataError> {
        cached(
            &self.wages,
            self.user_dir.as_deref(),
            sources,
            (WageTable::parse, || Some(WageTable::builtin())),
        )
    }

    /// The national rows of the wage table (the whole table when it is already read): what a
    /// query that shows no state or metro area needs, read in a small part of the time.
    pub fn national_wages(&self, sources: &[Source]) -> Result<&WageTable, DataError> {
        if let Some(Ok(whole)) = self.wages.get() {
            return Ok(whole);
        }
        cached(
            &self.national,
            self.user_dir.as_deref(),
            sources,
            (WageTable::parse_national, || {
                Some(WageTable::builtin_national())
            }),
        )
    }

    pub fn prices(&self, sources: &[Source]) -> Result<&PriceIndex, DataError> {
        cached(
            &self.prices,
            self.user_dir.as_deref(),
            sources,
            (PriceIndex::parse, || None),
        )
    }

    /// Where the file `name` (`WAGES_FILE` or `PRICES_FILE`) is read from: the user's
    /// directory when it is there, else the built-in data.
    pub fn origin(&self, name: &str) -> Origin {
        match self.user_dir.as_deref().map(|dir| dir.join(name)) {
            Some(path) if path.exists() || path.is_symlink() => Origin::User(path),
            _ => Origin::BuiltIn,
        }
    }

    /// The path of the price index in messages: the user's file, or `data/cpi-u-annual.csv`.
    pub fn prices_path(&self) -> String {
        match TableFile::find(self.user_dir.as_deref(), PRICES_FILE) {
            Ok(file) => file.display_path(),
            Err(_) => Origin::BuiltIn.display_path(PRICES_FILE),
        }
    }

    /// The source ids the two files name, read from their first lines only (no rows parsed):
    /// what `him sources` needs to say which source backs the wages.
    pub fn source_ids(&self) -> &(Option<String>, Option<String>) {
        self.source_ids.get_or_init(|| {
            let named = |name| {
                TableFile::find(self.user_dir.as_deref(), name)
                    .ok()
                    .and_then(|file| parse::source_line(&file.text).map(|(id, _)| id.to_string()))
            };
            (named(WAGES_FILE), named(PRICES_FILE))
        })
    }
}

/// The source id the table file at `path` names on its `# source:` line, when the file is
/// there: what `him import` reads to know which imported sources are still in use.
pub fn source_named_in(path: &Path) -> Option<String> {
    use std::io::BufRead;
    let file = std::fs::File::open(path).ok()?;
    // The source line is among the comment lines that open the file.
    let mut opening = String::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.ok()?;
        if !line.starts_with('#') {
            break;
        }
        opening.push_str(&line);
        opening.push('\n');
    }
    parse::source_line(&opening).map(|(id, _)| id.to_string())
}
