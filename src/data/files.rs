//! Finding and reading a data set's files: the built-in text, or a user's file in its place,
//! read with every way it can fail said in a diagnostic.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::builtin;
use super::diagnostics::{Diagnostic, Lines};
use super::kind::{Kind, Origin};
use super::locate;

/// The OEWS wage table of a data directory.
pub const WAGES_FILE: &str = "oews-wages.csv";

/// The CPI-U annual averages of a data directory, for `him salary --real`.
pub const PRICES_FILE: &str = "cpi-u-annual.csv";

/// The sources `him import` records for the tables it wrote (`data::imported`).
pub const IMPORTED_SOURCES_FILE: &str = "imported-sources.toml";

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
        WAGES_FILE,
        PRICES_FILE,
        IMPORTED_SOURCES_FILE,
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
