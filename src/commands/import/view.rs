//! What `him import` shows: the summary of what was read and written (a table, or JSON for
//! scripts), its warnings, and the progress bar on stderr while a large file is read.

use super::json::{Common, CpiView, OewsView};
use crate::data::imported;
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::shell_word;
use crate::wages::import::{Progress, Unit};

impl OewsView {
    /// The warnings a script should see on stderr (a table shows them in the report).
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if !self.missing_for_titles.is_empty() {
            warnings.push(format!(
                "the files have no figures for {}: {} show no current pay",
                self.missing_for_titles
                    .iter()
                    .map(|m| m.soc.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                plural_titles(self.missing_for_titles.iter().flat_map(|m| &m.titles))
            ));
        }
        if !self.missing_asked.is_empty() {
            warnings.push(format!(
                "the files have no figures for --soc {}",
                self.missing_asked.join(", ")
            ));
        }
        warnings
    }
}

impl CpiView {
    pub fn warnings(&self) -> Vec<String> {
        Vec::new()
    }
}

fn plural_titles<'a>(titles: impl Iterator<Item = &'a String>) -> String {
    let titles: Vec<&str> = titles.map(String::as_str).collect();
    match titles.as_slice() {
        [] => "no titles".to_string(),
        [one] => format!("the title {one}"),
        many => format!("the titles {}", many.join(", ")),
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// 9217 as "9,217".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Common {
    /// "Imported WHAT into PATH".
    fn title(&self, what: &str) -> String {
        format!(
            "Imported {what} into {}",
            self.written.first().map_or("", |w| w.path.as_str())
        )
    }

    /// The files read and the rows: `kept` says what a kept row is.
    fn read_pairs(&self, kept: &str) -> Vec<(String, Cell)> {
        vec![
            ("Read".to_string(), Cell::new(self.files.join(", "))),
            (
                "Rows".to_string(),
                Cell::new(format!(
                    "{} read, {} {kept}",
                    thousands(self.rows_read),
                    thousands(self.rows_kept)
                )),
            ),
        ]
    }

    fn source_pair(&self) -> (String, Cell) {
        let text = if self.source.imported {
            format!(
                "{}: {}, written to {}",
                self.source.id,
                self.source.title,
                imported::FILE
            )
        } else {
            format!("{}: {} (sources.toml)", self.source.id, self.source.title)
        };
        ("Source".to_string(), Cell::new(text))
    }

    fn written_table(&self) -> Table {
        let mut table = Table::new(["File", "Written"]);
        for file in &self.written {
            table.row(vec![
                Cell::new(file.path.clone()).tone(Tone::Strong),
                match (file.replaced, file.file) {
                    (true, imported::FILE) => Cell::new("updated"),
                    (true, _) => Cell::new("replaced").tone(Tone::Warn),
                    (false, _) => Cell::new("new"),
                },
            ]);
        }
        table
    }

    fn next(&self, report: &mut Report) {
        let him = if self.dir_from_flag {
            format!("him --data {}", shell_word(&self.dir))
        } else {
            "him".to_string()
        };
        if self.dir_created {
            report.note(format!("Created the directory {}.", self.dir));
        }
        report.text(format!(
            "Next: `{him} sources` shows the new period, `{him} check` checks the directory. Delete {} to go back to the built-in figures.",
            self.written.first().map_or("the table", |w| w.file)
        ));
    }
}

impl View for OewsView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let common = &self.common;
        report.title(common.title(&format!("BLS OEWS wages of {}", common.period.human())));
        let mut pairs = common.read_pairs("kept");
        pairs.extend([
            (
                "Occupations".to_string(),
                Cell::new(format!(
                    "{} kept of {} in the files",
                    thousands(self.occupations.len()),
                    thousands(self.occupations_in_files)
                )),
            ),
            (
                "Areas".to_string(),
                Cell::new(format!(
                    "{}, {}, {}",
                    count(self.areas.national, "nation", "nations"),
                    count(
                        self.areas.states,
                        "state or territory",
                        "states and territories"
                    ),
                    count(
                        self.areas.metro,
                        "metro or nonmetropolitan area",
                        "metro and nonmetropolitan areas"
                    )
                )),
            ),
            ("Period".to_string(), Cell::new(common.period.human())),
            common.source_pair(),
        ]);
        if !common.tables_skipped.is_empty() {
            pairs.push((
                "Skipped".to_string(),
                Cell::lines(
                    common
                        .tables_skipped
                        .iter()
                        .map(|t| format!("{t}: not OEWS data"))
                        .collect(),
                ),
            ));
        }
        report.pairs(pairs);
        for warning in self.warnings() {
            report.text_toned(format!("Warning: {warning}."), Tone::Warn);
        }
        if !self.missing_from_table.is_empty() {
            report.note(format!(
                "The table it replaced also had {}, which the files lack.",
                self.missing_from_table.join(", ")
            ));
        }
        if self.areas.metro == 0 {
            report.note(
                "The files hold no metro areas: `him salary --area` can name the nation and states only.",
            );
        }
        report.table(common.written_table());
        common.next(&mut report);
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new(["soc_code", "occupation"]);
        for occupation in &self.occupations {
            table.row(vec![
                Cell::new(occupation.soc.clone()),
                Cell::new(occupation.name.clone()),
            ]);
        }
        vec![table]
    }
}

impl View for CpiView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let common = &self.common;
        report.title(common.title(&format!(
            "CPI-U annual averages (through {})",
            common.period.human()
        )));
        let mut pairs = common.read_pairs("annual averages kept");
        pairs.extend([
            ("Years".to_string(), Cell::new(self.years.clone())),
            (
                "Period".to_string(),
                Cell::new(format!("{} (the latest month)", common.period.human())),
            ),
            common.source_pair(),
        ]);
        if !self.years_without_average.is_empty() {
            pairs.push((
                "No average".to_string(),
                Cell::new(format!(
                    "{}: monthly values only, so --real cannot use {}",
                    self.years_without_average
                        .iter()
                        .map(u16::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    if self.years_without_average.len() == 1 {
                        "it"
                    } else {
                        "them"
                    }
                ))
                .tone(Tone::Warn),
            ));
        }
        report.pairs(pairs);
        report.table(common.written_table());
        common.next(&mut report);
        report
    }
}

/// A progress bar on stderr for a large file, when stderr is a terminal; nothing otherwise.
pub struct Bar {
    on: bool,
    bar: Option<indicatif::ProgressBar>,
}

impl Bar {
    pub fn new(on: bool) -> Bar {
        Bar { on, bar: None }
    }
}

impl Progress for Bar {
    fn start(&mut self, table: &crate::wages::import::TableName, total: u64, unit: Unit) {
        // Below these a file reads in well under a second: a bar would only flicker.
        let large = match unit {
            Unit::Rows => total >= 20_000,
            Unit::Bytes => total >= 4 << 20,
        };
        if !(self.on && large) {
            return;
        }
        let template = match unit {
            Unit::Rows => "{msg}\n{wide_bar} {human_pos}/{human_len} rows, {eta} left",
            Unit::Bytes => "{msg}\n{wide_bar} {bytes}/{total_bytes}, {eta} left",
        };
        let style = indicatif::ProgressStyle::with_template(template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total),
            indicatif::ProgressDrawTarget::stderr(),
        )
        .with_style(style)
        .with_message(format!("Reading {}", table.short()));
        self.bar = Some(bar);
    }

    fn set(&mut self, done: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(done);
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_with_thousands_separators() {
        assert_eq!(thousands(9217), "9,217");
        assert_eq!(thousands(412_345), "412,345");
        assert_eq!(thousands(12), "12");
        assert_eq!(count(1, "nation", "nations"), "1 nation");
    }
}
