//! `him check` of the two table files: each file read strictly on its own, the source it names,
//! and, with the data set they go with, the titles and area names that point into the wage table.

use std::cell::OnceCell;
use std::path::Path;

use super::load::{TableFile, TableKind, check_source};
use super::{PriceIndex, Setting, WAGES_FILE, WageTable, parse};
use crate::data::locate::Step;
use crate::data::{Dataset, Diagnostic, Kind, Origin, SourceFile};

/// What `him check` reports of one table file.
pub struct FileSummary {
    pub file: &'static str,
    pub origin: Origin,
    pub records: usize,
}

/// Checks both files of a data directory: each file on its own and, given the data set they go
/// with (when it loaded cleanly), the sources they name and every title's occupation code (a
/// title without wages is a warning: it works, with no current pay).
pub fn check(
    user_dir: Option<&Path>,
    data: Option<(&Dataset, &[SourceFile])>,
) -> (Vec<FileSummary>, Vec<Diagnostic>) {
    let mut summaries = Vec::new();
    let mut problems = Vec::new();
    let wages = check_file::<WageTable>(user_dir, data, &mut problems);
    if let (Some(table), Some((data, files))) = (&wages.1, data) {
        problems.extend(missing_wages(table, data, files));
        problems.extend(lower_median_steps(table, data, files));
        problems.extend(unknown_areas(table, data, files));
    }
    summaries.extend(wages.0);
    summaries.extend(check_file::<PriceIndex>(user_dir, data, &mut problems).0);
    (summaries, problems)
}

/// Checks one table file on its own and the source it names; the table when it reads.
fn check_file<T: TableKind>(
    user_dir: Option<&Path>,
    data: Option<(&Dataset, &[SourceFile])>,
    problems: &mut Vec<Diagnostic>,
) -> (Option<FileSummary>, Option<T>) {
    let file = match TableFile::find(user_dir, T::FILE) {
        Ok(file) => file,
        Err(problem) => {
            problems.push(*problem);
            return (None, None);
        }
    };
    let table = T::parse_text(&file.text, &file.display_path())
        .map_err(|found| problems.extend(found))
        .ok();
    // The source line is read on its own, so a bad row does not hide a bad source.
    if let (Some((source, _)), Some((data, _))) = (parse::source_line(&file.text), data)
        && !source.is_empty()
    {
        problems.extend(check_source(&file, source, data.sources()));
    }
    let summary = FileSummary {
        file: T::FILE,
        origin: file.origin,
        records: table.as_ref().map_or(0, T::rows),
    };
    (Some(summary), table)
}

/// A warning for each title whose occupation code has no national wages in the table.
fn missing_wages(table: &WageTable, data: &Dataset, files: &[SourceFile]) -> Vec<Diagnostic> {
    let Some(national) = table.national() else {
        return vec![
            Diagnostic::file_level(
                WAGES_FILE.to_string(),
                "the wage table has no national rows, so no title has national wages".to_string(),
                None,
            )
            .warning(),
        ];
    };
    let titles = files.iter().find(|f| f.kind == Kind::Title);
    // Parsed on the first warning and once for all, however many titles lack a wage row.
    let index = OnceCell::new();
    data.titles()
        .iter()
        .enumerate()
        .filter(|(_, t)| table.estimate(&t.soc, national, Setting::All).is_none())
        .map(|(i, t)| {
            let message = format!(
                "title `{}` has SOC code {}, which has no national row in the wage table: him shows no current pay for it",
                t.id, t.soc
            );
            let hint = Some(format!(
                "use one of the table's occupation codes ({}), or add its rows to {WAGES_FILE}",
                table
                    .occupations()
                    .iter()
                    .map(|o| o.soc.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            match titles {
                Some(file) => index.get_or_init(|| file.index()).diagnostic_at(&[Step::Index(i), Step::Key("soc")], message, hint),
                None => Diagnostic::file_level("titles.toml".to_string(), message, hint),
            }
            .warning()
        })
        .collect()
}

/// A warning for each `leads_to` step to a title whose occupation has a lower national median
/// than the title's own, unless the title lists it in `lower_median_steps`: a ladder that goes
/// down in pay is more often a wrong code or a wrong step than a real one.
fn lower_median_steps(table: &WageTable, data: &Dataset, files: &[SourceFile]) -> Vec<Diagnostic> {
    let Some(national) = table.national() else {
        return Vec::new();
    };
    let median = |soc: &str| {
        table
            .estimate(soc, national, Setting::All)
            .and_then(|e| e.median.value())
    };
    let titles = files.iter().find(|f| f.kind == Kind::Title);
    let index = OnceCell::new();
    let mut problems = Vec::new();
    for (i, title) in data.titles().iter().enumerate() {
        let Some(own) = median(&title.soc) else {
            continue;
        };
        for (n, next_id) in title.leads_to.iter().enumerate() {
            let Some(next) = data.titles().iter().find(|t| &t.id == next_id) else {
                continue;
            };
            let Some(theirs) = median(&next.soc) else {
                continue;
            };
            if theirs >= own || title.lower_median_steps.contains(next_id) {
                continue;
            }
            let name = |soc: &str| {
                table
                    .occupation(soc)
                    .map_or_else(|| soc.to_string(), |o| format!("{soc} {}", o.name))
            };
            let message = format!(
                "title `{}` leads to `{}`, whose occupation ({}) has a lower national median than its own ({}): {} against {}",
                title.id,
                next.id,
                name(&next.soc),
                name(&title.soc),
                crate::text::dollars(u64::from(theirs)),
                crate::text::dollars(u64::from(own)),
            );
            let hint = Some(format!(
                "check both titles' soc codes and the step; if the step is right, add `lower_median_steps = [\"{}\"]` to `{}` (the ladder notes it either way)",
                next.id, title.id
            ));
            let diagnostic = match titles {
                Some(file) => index.get_or_init(|| file.index()).diagnostic_at(
                    &[Step::Index(i), Step::Key("leads_to"), Step::Index(n)],
                    message,
                    hint,
                ),
                None => Diagnostic::file_level("titles.toml".to_string(), message, hint),
            };
            problems.push(diagnostic.warning());
        }
    }
    problems
}

/// A warning for each area name whose code is not an area of the wage table: `--area` skips
/// it (a user's wage table may hold only some areas).
fn unknown_areas(table: &WageTable, data: &Dataset, files: &[SourceFile]) -> Vec<Diagnostic> {
    let file = files.iter().find(|f| f.kind == Kind::Area);
    let index = OnceCell::new();
    data.areas()
        .iter()
        .enumerate()
        .filter(|(_, name)| table.area_by_code(&name.area).is_none())
        .map(|(i, name)| {
            let message = format!(
                "area name `{}` points at BLS area {}, which the wage table does not have: --area does not take it",
                name.id, name.area
            );
            let hint = Some(
                "`him salary --list-areas NAME` shows the areas and their codes".to_string(),
            );
            match file {
                Some(file) => index.get_or_init(|| file.index()).diagnostic_at(
                    &[Step::Index(i), Step::Key("area")],
                    message,
                    hint,
                ),
                None => Diagnostic::file_level("areas.toml".to_string(), message, hint),
            }
            .warning()
        })
        .collect()
}
