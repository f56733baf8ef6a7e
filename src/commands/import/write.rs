//! Where `him import` writes and how: the data directory chosen (and made when missing), a table
//! never written over without `--force`, each file written whole to a temporary file renamed
//! into place, and the imported source records kept to those a table still names.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::json::Written;
use crate::data::Diagnostic;
use crate::data::imported::{self, ImportedSources};
use crate::data::model::Source;
use crate::domain::write::write_atomically;
use crate::error::{DataError, Failure, Result, UsageError};
use crate::settings::Settings;
use crate::wages::{self, PRICES_FILE, WAGES_FILE};

/// The directory to write into: --data, HIM_DATA_DIR, or the user data directory, created when
/// missing.
pub(super) fn target(settings: &Settings) -> Result<(PathBuf, bool)> {
    let dir = match (&settings.data_dir, &settings.user_data_dir) {
        (Some(dir), _) => dir.path.clone(),
        (None, Some(dir)) => dir.clone(),
        (None, None) => {
            return Err(UsageError::new(
                "him cannot tell where your data directory is: neither XDG_DATA_HOME nor HOME is set",
            )
            .with_hint("give the directory to write into with --data DIR")
            .into());
        }
    };
    match std::fs::metadata(&dir) {
        Ok(meta) if meta.is_dir() => Ok((dir, false)),
        Ok(_) => Err(
            UsageError::new(format!("{} is a file, not a directory", dir.display()))
                .with_hint("--data and HIM_DATA_DIR name the directory to write the table into")
                .into(),
        ),
        Err(_) => {
            std::fs::create_dir_all(&dir).map_err(Failure::io(format!(
                "cannot create the directory {}",
                dir.display()
            )))?;
            Ok((dir, true))
        }
    }
}

pub(super) fn from_flag(settings: &Settings) -> bool {
    settings
        .data_dir
        .as_ref()
        .is_some_and(|d| d.from == crate::settings::DataDirFrom::Flag)
}

/// Refuses before anything is read when the table is there and --force is not given.
pub(super) fn check_free(path: &Path, force: bool, command: &str) -> Result<bool> {
    if path.is_dir() {
        return Err(UsageError::new(format!(
            "a directory is where the table goes: {}",
            path.display()
        ))
        .with_hint("move it away, or give another directory with --data DIR")
        .into());
    }
    let present = path.exists() || path.is_symlink();
    if present && !force {
        return Err(UsageError::new(format!(
            "{} already exists, and him import does not overwrite it",
            path.display()
        ))
        .with_hint(format!(
            "`{command} --force ...` replaces it; the old file stays whole until the new one is complete"
        ))
        .into());
    }
    Ok(present)
}

/// The data error for problems found in the files: nothing was written.
pub(super) fn refused(problems: Vec<Diagnostic>) -> Failure {
    DataError::new(problems)
        .with_summary("nothing was imported; your data directory is as it was")
        .into()
}

/// Writes the table and its source record; returns what was written.
///
/// Order matters for a reader (or a crash) in between: the new record is added first, beside
/// the old ones, so whichever table file is in place finds its source; then the table is
/// renamed into place; then records no table in the directory names any more are dropped.
pub(super) fn write(
    dir: &Path,
    file: &'static str,
    text: &str,
    record: Option<&Source>,
    replaced: bool,
) -> Result<Vec<Written>> {
    let table_path = dir.join(file);
    let sources_path = dir.join(imported::FILE);
    let existing = imported::read(Some(dir))
        .map_err(refused)?
        .map_or_else(Vec::new, |ImportedSources { sources, .. }| sources);
    let sources_existed = sources_path.exists();
    let mut written = Vec::new();
    if let Some(record) = record {
        let mut with_new = existing.clone();
        with_new.retain(|s| s.id != record.id);
        with_new.push(record.clone());
        write_atomically(dir, &sources_path, &imported::render(&with_new), true)?;
    }
    write_atomically(dir, &table_path, text, true)?;
    written.push(Written {
        file,
        path: table_path.display().to_string(),
        replaced,
    });
    let named: BTreeSet<String> = [WAGES_FILE, PRICES_FILE]
        .iter()
        .filter_map(|name| wages::source_named_in(&dir.join(name)))
        .collect();
    let mut kept: Vec<Source> = existing
        .into_iter()
        .filter(|s| named.contains(&s.id) && record.is_none_or(|r| r.id != s.id))
        .collect();
    kept.extend(record.cloned());
    if record.is_some() || sources_existed {
        write_atomically(dir, &sources_path, &imported::render(&kept), true)?;
        written.push(Written {
            file: imported::FILE,
            path: sources_path.display().to_string(),
            replaced: sources_existed,
        });
    }
    Ok(written)
}
