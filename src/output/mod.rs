//! Everything that reaches stdout goes through `Output`: one locked, buffered writer, with the
//! format, colour and width decided once, before any command runs.

mod csv_out;
mod html;
mod json;
mod layout;
mod markdown;
mod markup;
mod pager;
pub mod report;
mod style;
mod svg;
mod terminal;

use std::io::Write;

use serde::Serialize;

use crate::error::{Failure, Result, WRITE_FAILED};

pub use report::{
    Align, Block, Cell, Citation, Columns, Entry, Line, PayBar, PayChart, PayGroup, Report, Span,
    Table, Tone,
};
pub use style::{ColorChoice, Environment, Format, PagerChoice, Style};

/// What a command hands to the output: serializable for JSON, describable as a report for the
/// other formats.
pub trait View: Serialize {
    fn report(&self) -> Report;

    /// The report as an HTML page shows it: by default the report itself. A view may add what
    /// only a page draws and what takes a query of its own (a chart), so the other formats do
    /// not pay for it.
    fn page(&self) -> Report {
        self.report()
    }

    /// The table CSV shows; by default every table of the report, one after another.
    fn csv(&self) -> Vec<Table> {
        self.report().tables().cloned().collect()
    }
}

/// Writes `view` in `style`'s format: the one place that chooses how a view is printed.
/// `citations` are the sources the data knows, for the foot of an HTML page.
fn write_view<V: View>(
    view: &V,
    style: &Style,
    citations: &[Citation],
    out: &mut dyn Write,
) -> Result<()> {
    match style.format {
        Format::Json => {
            // Built in memory and written at once: pretty JSON is many tiny writes, which cost
            // more through the stdout buffer than into a vector (a third of the time for 50,000
            // titles).
            let mut text = Vec::with_capacity(4096);
            json::write_pretty(&mut text, view)
                .map_err(|err| Failure::io("could not write JSON")(err.into()))?;
            text.push(b'\n');
            out.write_all(&text).map_err(Failure::io(WRITE_FAILED))?;
        }
        Format::Table => {
            terminal::render(&view.report(), style, out).map_err(Failure::io(WRITE_FAILED))?
        }
        Format::Markdown => {
            markdown::render(&view.report(), out).map_err(Failure::io(WRITE_FAILED))?
        }
        Format::Csv => csv_out::render(&view.csv(), out).map_err(Failure::io(WRITE_FAILED))?,
        Format::Html => {
            let report = view.page();
            let cited = cited(view, &report, citations);
            let mut page = Vec::with_capacity(16 * 1024);
            html::render(&report, &cited, &mut page).map_err(Failure::io(WRITE_FAILED))?;
            out.write_all(&page).map_err(Failure::io(WRITE_FAILED))?;
        }
    }
    Ok(())
}

/// The sources a view cites: those whose id appears in its JSON or its report's text, in the
/// order the data lists them. Any command's page gets its sources this way, with nothing to add
/// to the command.
fn cited<V: View>(view: &V, report: &Report, citations: &[Citation]) -> Vec<Citation> {
    let mut words = std::collections::HashSet::new();
    let mut add = |text: &str| {
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')) {
            if !word.is_empty() {
                words.insert(word.to_string());
            }
        }
    };
    if let Ok(value) = serde_json::to_value(view) {
        json_strings(&value, &mut add);
    }
    for block in &report.blocks {
        report::block_texts(block, &mut add);
    }
    citations
        .iter()
        .filter(|c| words.contains(&c.id))
        .cloned()
        .collect()
}

fn json_strings(value: &serde_json::Value, add: &mut dyn FnMut(&str)) {
    match value {
        serde_json::Value::String(text) => add(text),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, add)),
        serde_json::Value::Object(map) => map.values().for_each(|v| json_strings(v, add)),
        _ => {}
    }
}

pub struct Output {
    writer: pager::Sink,
    pub style: Style,
    /// The sources the data knows, for the foot of an HTML page (`cite`).
    citations: Vec<Citation>,
}

impl Output {
    /// What `emit` would print for `view` in `style`, as a string (benchmarks, tests).
    pub fn render_to_string<V: View>(view: &V, style: Style) -> Result<String> {
        let mut out = Vec::new();
        write_view(view, &style, &[], &mut out)?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    pub fn stdout(style: Style) -> Output {
        Output {
            writer: pager::Sink::stdout(),
            style,
            citations: Vec::new(),
        }
    }

    /// Output through `$PAGER` (`less -FRX` by default). Only for a terminal: the caller checks.
    /// `stderr_color` colours the warning when the pager cannot show the output; with a
    /// `screen` (columns, rows) the pager runs only when the output does not fit on it.
    pub fn paged(style: Style, stderr_color: bool, screen: Option<(u16, u16)>) -> Output {
        Output {
            writer: pager::Sink::pager(stderr_color, screen),
            style,
            citations: Vec::new(),
        }
    }

    /// The sources an HTML page may cite at its foot.
    pub fn cite(&mut self, citations: Vec<Citation>) {
        self.citations = citations;
    }

    /// Prints `view`, the one view of this run.
    pub fn emit<V: View>(&mut self, view: V) -> Result<()> {
        write_view(&view, &self.style, &self.citations, &mut self.writer)
    }

    /// Writes raw text (completions, man page), as is.
    pub fn raw(&mut self) -> &mut dyn Write {
        &mut self.writer
    }

    /// Flushes everything, and waits for the pager if there is one.
    pub fn finish(&mut self) -> Result<()> {
        self.writer.finish().map_err(Failure::io(WRITE_FAILED))
    }
}
