//! `him check [DIR]`: validate a data directory, combined with the built-in files it lacks.

use std::path::Path;

use crate::error::Result;
use serde::Serialize;

use crate::data::{self, Diagnostic, Kind, Origin};
use crate::error::{DataError, Failure, UsageError};
use crate::output::{Cell, Format, Output, Report, Table, View};
use crate::settings::{DataDir, DataDirFrom};
use crate::wages;

#[derive(Serialize)]
pub struct CheckView {
    pub ok: bool,
    /// Records of the TOML files.
    pub records: usize,
    /// Rows of the CSV tables (wages, prices).
    pub rows: usize,
    pub files: Vec<FileReport>,
    pub problems: Vec<Diagnostic>,
}

#[derive(Serialize)]
pub struct FileReport {
    pub file: &'static str,
    /// `built-in`, or the path of the user's file.
    pub from: String,
    pub records: usize,
}

/// The directory to check: DIR, else --data or HIM_DATA_DIR. DIR and --data naming different
/// directories is refused rather than one silently winning; DIR quietly overrides
/// HIM_DATA_DIR, as any flag overrides the environment.
pub fn target<'a>(
    dir: Option<&'a Path>,
    data: Option<&'a DataDir>,
) -> Result<Option<&'a Path>, UsageError> {
    match (dir, data) {
        (Some(dir), Some(data)) if data.from == DataDirFrom::Flag && data.path != dir => {
            Err(UsageError::new(format!(
                "`him check` was given two directories: {} and --data {}",
                dir.display(),
                data.path.display()
            ))
            .with_hint("give one: `him check DIR` or `him --data DIR check`"))
        }
        (Some(dir), _) => Ok(Some(dir)),
        (None, data) => Ok(data.map(|d| d.path.as_path())),
    }
}

pub fn query(dir: Option<&Path>) -> CheckView {
    let files = match data::gather(dir) {
        Ok(files) => files,
        Err(problems) => {
            return CheckView {
                ok: false,
                records: 0,
                rows: 0,
                files: Vec::new(),
                problems,
            };
        }
    };
    let origins: Vec<(Kind, Origin)> = files.iter().map(|f| (f.kind, f.origin.clone())).collect();
    let mut loaded = data::load(files);
    let mut files: Vec<FileReport> = origins
        .into_iter()
        .map(|(kind, origin)| FileReport {
            file: kind.file_name(),
            from: from_label(origin),
            records: loaded.dataset.count(kind),
        })
        .collect();
    let mut records = Kind::ALL.iter().map(|&k| loaded.dataset.count(k)).sum();
    // The sources `him import` wrote, laid over sources.toml as every command does.
    match data::imported::read(dir) {
        Ok(Some(imported)) => {
            records += imported.sources.len();
            files.push(FileReport {
                file: data::imported::FILE,
                from: from_label(Origin::User(imported.path)),
                records: imported.sources.len(),
            });
            data::imported::merge(&mut loaded.dataset, &imported.sources);
        }
        Ok(None) => {}
        Err(problems) => loaded.diagnostics.extend(problems),
    }
    let mut rows = 0;
    // The wage files are checked on their own always, and against the records only when those
    // loaded cleanly (a broken sources.toml would make every source look missing).
    let clean = loaded.diagnostics.iter().all(|d| !d.is_error());
    let (tables, problems) = wages::check(
        dir,
        clean.then_some((&loaded.dataset, loaded.files.as_slice())),
    );
    for table in tables {
        rows += table.records;
        files.push(FileReport {
            file: table.file,
            from: from_label(table.origin),
            records: table.records,
        });
    }
    loaded.diagnostics.extend(problems);
    loaded
        .diagnostics
        .extend(dir.map(data::stray_files).unwrap_or_default());
    CheckView {
        ok: loaded.diagnostics.iter().all(|d| !d.is_error()),
        records,
        rows,
        files,
        problems: loaded.diagnostics,
    }
}

fn from_label(origin: Origin) -> String {
    match origin {
        Origin::BuiltIn => crate::domain::origin::BUILT_IN.to_string(),
        Origin::User(path) => path.display().to_string(),
    }
}

impl View for CheckView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let warnings = self.problems.len();
        let tables = self
            .files
            .iter()
            .filter(|f| f.file.ends_with(".csv"))
            .count();
        report.title(format!(
            "ok: {} records in {} files and {} rows in {} tables, {}",
            self.records,
            self.files.len() - tables,
            self.rows,
            tables,
            match warnings {
                0 => "no problems".to_string(),
                1 => "1 warning".to_string(),
                n => format!("{n} warnings"),
            }
        ));
        let mut table = Table::new(["File", "Records or rows", "From"]).align_right(1);
        for file in &self.files {
            table.row(vec![
                Cell::new(file.file),
                Cell::new(file.records.to_string()),
                crate::domain::origin::origin_cell(&file.from),
            ]);
        }
        report.table(table);
        report
    }
}

pub fn run(dir: Option<&Path>, color: bool, out: &mut Output) -> Result<()> {
    let view = query(dir);
    if out.style.format == Format::Json {
        let ok = view.ok;
        out.emit(view)?;
        return if ok {
            Ok(())
        } else {
            Err(Failure::DataReported)
        };
    }
    if !view.ok {
        return Err(DataError::new(view.problems).into());
    }
    // Warnings go where errors go, so the summary on stdout stays one clean line and a table.
    let mut stderr = std::io::stderr().lock();
    for warning in &view.problems {
        use std::io::Write;
        let _ = write!(stderr, "{}", warning.render(color));
    }
    out.emit(view)
}
