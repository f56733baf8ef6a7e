//! `him paths`: where the data comes from, and where a user's own data directory goes.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::period::Period;
use crate::data::{builtin, imported};
use crate::output::{Cell, Report, Table, View};
use crate::settings::Settings;
use crate::wages::WageData;

#[derive(Serialize)]
pub struct PathsView {
    /// The data directory in use, if any, and what chose it.
    data_dir: Option<DirInfo>,
    /// Where a user's own data directory is or would be ($XDG_DATA_HOME/him).
    user_data_dir: Option<DirInfo>,
    /// Each data file and where it is read from.
    files: Vec<FileInfo>,
}

#[derive(Serialize)]
struct DirInfo {
    path: String,
    from: &'static str,
    exists: bool,
}

#[derive(Serialize)]
struct FileInfo {
    file: &'static str,
    /// `built-in`, or the path of the user's file.
    from: String,
    /// For the wage table and the price index: the source their figures come from.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    /// ... and the period of that source: what the figures are of.
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
}

pub fn query(settings: &Settings) -> PathsView {
    let data_dir = settings.data_dir.as_ref().map(|d| DirInfo {
        path: d.path.display().to_string(),
        from: d.from.describe(),
        exists: d.path.is_dir(),
    });
    let user_data_dir = settings.user_data_dir.as_ref().map(|d| DirInfo {
        path: d.display().to_string(),
        from: "XDG_DATA_HOME, else ~/.local/share",
        exists: d.is_dir(),
    });
    let user_dir = settings.data_dir.as_ref().map(|d| d.path.as_path());
    let mut files: Vec<FileInfo> = builtin::FILES
        .iter()
        .map(|(kind, _)| FileInfo {
            file: kind.file_name(),
            from: user_file(settings, kind.file_name())
                .unwrap_or_else(|| crate::domain::origin::BUILT_IN.to_string()),
            source: None,
            period: None,
        })
        .collect();
    // The sources `him import` wrote: listed only when there are some.
    if let Some(path) = user_file(settings, imported::FILE) {
        files.push(FileInfo {
            file: imported::FILE,
            from: path,
            source: None,
            period: None,
        });
    }
    // What the tables' figures are of, when the data loads (a broken directory still gets
    // its paths listed).
    let catalog = Catalog::load(user_dir).ok();
    let (wage_source, price_source) = WageData::new(user_dir).source_ids().clone();
    for (file, source) in [
        (crate::wages::WAGES_FILE, wage_source),
        (crate::wages::PRICES_FILE, price_source),
    ] {
        let period = catalog
            .as_ref()
            .zip(source.as_deref())
            .and_then(|(catalog, id)| catalog.source(id)?.period);
        files.push(FileInfo {
            file,
            from: user_file(settings, file)
                .unwrap_or_else(|| crate::domain::origin::BUILT_IN.to_string()),
            source,
            period,
        });
    }
    PathsView {
        data_dir,
        user_data_dir,
        files,
    }
}

fn user_file(settings: &Settings, file: &str) -> Option<String> {
    let dir = &settings.data_dir.as_ref()?.path;
    let path = dir.join(file);
    path.exists().then(|| path.display().to_string())
}

impl View for PathsView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title("Where him's data comes from");
        let in_use = match &self.data_dir {
            Some(dir) if dir.exists => format!("{} (from {})", dir.path, dir.from),
            Some(dir) => format!("{} (from {}; it does not exist)", dir.path, dir.from),
            None => "none: the built-in data only".to_string(),
        };
        let yours = match &self.user_data_dir {
            Some(dir) if dir.exists => format!(
                "{} (exists: used when --data and HIM_DATA_DIR are not set)",
                dir.path
            ),
            Some(dir) => format!(
                "{} (does not exist; `him init {}` would create it)",
                dir.path, dir.path
            ),
            None => "unknown: neither XDG_DATA_HOME nor HOME is set".to_string(),
        };
        report.pairs(vec![
            ("Data directory in use".to_string(), Cell::new(in_use)),
            ("Your data directory".to_string(), Cell::new(yours)),
            (
                "Built-in data".to_string(),
                Cell::new("compiled into him from the project's data/ folder"),
            ),
        ]);
        let mut table = Table::new(["File", "Read from", "Figures of"]);
        for file in &self.files {
            table.row(vec![
                Cell::new(file.file),
                crate::domain::origin::origin_cell(&file.from),
                file.period
                    .map_or_else(Cell::empty, |period| Cell::new(period.human())),
            ]);
        }
        report.table(table);
        report.note(
            "Order: --data DIR, then HIM_DATA_DIR, then your data directory if it exists. A file in the \
             directory replaces the built-in file of the same name; the others stay built-in. \
             imported-sources.toml (written by `him import`) adds its sources to sources.toml.",
        );
        report
    }
}
