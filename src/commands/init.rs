//! `him init DIR`: writes the built-in data files, comments and all, into DIR as a starting
//! point for a user's own data.
//!
//! Only the TOML files, which people edit: the wage and price tables (`oews-wages.csv`,
//! `cpi-u-annual.csv`) are generated from published tables, and a copy would pin this
//! version's figures where a missing file keeps following the built-in ones.
//!
//! It never loses a file: it refuses (listing them) when any of the files is already there,
//! unless `--force`; and each file is written to a temporary file in DIR and renamed into place,
//! so an interrupted init leaves whole files or none, never half of one.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::data::builtin;
use crate::domain::write::write_atomically;
use crate::error::{Failure, Result, UsageError};
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::shell_word;

#[derive(Debug, Serialize)]
pub struct InitView {
    /// The directory, as the user gave it.
    pub dir: String,
    pub files: Vec<WrittenFile>,
    /// The command to run next.
    pub next: String,
}

#[derive(Debug, Serialize)]
pub struct WrittenFile {
    /// `titles.toml`.
    pub file: &'static str,
    pub path: String,
    /// True when `--force` replaced a file that was there.
    pub replaced: bool,
}

/// Writes every built-in data file into `dir`, creating it when missing.
pub fn run(dir: &Path, force: bool) -> Result<InitView> {
    let shown = dir.display().to_string();
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => {
            return Err(UsageError::new(format!("{shown} is a file, not a directory"))
                .with_hint("give the directory to write the data files into; him creates it when it is missing")
                .into());
        }
        Ok(_) => {}
        Err(_) => std::fs::create_dir_all(dir)
            .map_err(Failure::io(format!("cannot create the directory {shown}")))?,
    }
    let targets: Vec<(&'static str, &'static str, PathBuf)> = builtin::FILES
        .iter()
        .map(|(kind, text)| (kind.file_name(), *text, dir.join(kind.file_name())))
        .collect();
    let present = |path: &Path| path.exists() || path.is_symlink();
    // A directory where a file should be cannot be replaced, even with --force.
    let blocked: Vec<String> = targets
        .iter()
        .filter(|(_, _, path)| path.is_dir())
        .map(|(_, _, path)| path.display().to_string())
        .collect();
    if !blocked.is_empty() {
        return Err(UsageError::new(format!(
            "a directory is where a data file goes: {}",
            blocked.join(", ")
        ))
        .with_hint("move it away, or choose another directory")
        .into());
    }
    let in_the_way: Vec<String> = targets
        .iter()
        .filter(|(_, _, path)| present(path))
        .map(|(_, _, path)| path.display().to_string())
        .collect();
    if !force && !in_the_way.is_empty() {
        return Err(UsageError::new(format!(
            "{} already exist{}, and him init does not overwrite files:\n  {}",
            if in_the_way.len() == 1 { "a data file" } else { "data files" },
            if in_the_way.len() == 1 { "s" } else { "" },
            in_the_way.join("\n  ")
        ))
        .with_hint(format!(
            "`him --data {shown} check` checks what is there; `him init --force {shown}` replaces them with the built-in files"
        ))
        .into());
    }
    let mut files = Vec::with_capacity(targets.len());
    for (file, text, path) in targets {
        let replaced = present(&path);
        write_atomically(dir, &path, text, force)?;
        files.push(WrittenFile {
            file,
            path: path.display().to_string(),
            replaced,
        });
    }
    Ok(InitView {
        next: format!("him --data {} check", shell_word(&shown)),
        dir: shown,
        files,
    })
}

impl View for InitView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let replaced = self.files.iter().filter(|f| f.replaced).count();
        report.title(format!(
            "Wrote {} data files to {}{}",
            self.files.len(),
            self.dir,
            match replaced {
                0 => String::new(),
                n => format!(" ({n} replaced)"),
            }
        ));
        let mut table = Table::new(["File", "Written"]);
        for file in &self.files {
            table.row(vec![
                Cell::new(file.path.clone()).tone(Tone::Strong),
                if file.replaced {
                    Cell::new("replaced").tone(Tone::Warn)
                } else {
                    Cell::new("new")
                },
            ]);
        }
        report.table(table);
        report.text(format!(
            "Next: edit them (docs/DATA.md describes every key; delete a file to keep using the built-in one), then check them with `{}` and use them with `him --data {} ...` or HIM_DATA_DIR.",
            self.next,
            shell_word(&self.dir)
        ));
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_quoted_only_when_a_shell_needs_it() {
        assert_eq!(shell_word("my-data"), "my-data");
        assert_eq!(shell_word("./data/v2"), "./data/v2");
        assert_eq!(shell_word("my data"), "'my data'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word("$HOME"), "'$HOME'");
    }
}
