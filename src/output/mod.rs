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
mod svg;
mod terminal;

use std::io::{self, IsTerminal, Write};

use serde::Serialize;

use crate::error::{Failure, Result, WRITE_FAILED};

pub use report::{
    Align, Block, Cell, Citation, Columns, Entry, Line, PayBar, PayChart, PayGroup, Report, Span,
    Table, Tone,
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tables for people (the default).
    #[default]
    Table,
    /// JSON, for scripts.
    Json,
    /// CSV, for spreadsheets.
    Csv,
    /// Markdown, for documents.
    Markdown,
    /// One self-contained HTML page with charts, to print or hand out.
    Html,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PagerChoice {
    /// Page when stdout is a terminal and the output does not fit on the screen.
    #[default]
    Auto,
    /// Page whenever stdout is a terminal.
    Always,
    /// Never page.
    Never,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal, NO_COLOR is unset or empty and TERM is not dumb.
    #[default]
    Auto,
    /// Always colour, even in a pipe.
    Always,
    /// Never colour.
    Never,
}

/// How output looks, decided once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub format: Format,
    pub color: bool,
    /// Columns to fit tables and text into; `None` when piped (no wrapping).
    pub width: Option<u16>,
}

/// The environment the decision depends on, read once, so tests can pass their own.
#[derive(Clone, Debug, Default)]
pub struct Environment {
    pub stdout_is_terminal: bool,
    pub terminal_width: Option<u16>,
    /// The terminal's rows, for `--pager auto`.
    pub terminal_height: Option<u16>,
    pub no_color: Option<String>,
    pub term: Option<String>,
    pub clicolor_force: Option<String>,
    pub force_color: Option<String>,
}

impl Environment {
    /// Reads stdout's terminal state and the colour variables.
    pub fn read() -> Environment {
        let stdout_is_terminal = io::stdout().is_terminal();
        let size = if stdout_is_terminal {
            terminal_size::terminal_size_of(io::stdout())
        } else {
            None
        };
        Environment {
            stdout_is_terminal,
            terminal_width: size.map(|(w, _)| w.0),
            terminal_height: size.map(|(_, h)| h.0),
            ..Environment::read_variables()
        }
    }

    /// Only the colour variables (no terminal is assumed).
    pub fn read_variables() -> Environment {
        let var = |name: &str| std::env::var(name).ok();
        Environment {
            stdout_is_terminal: false,
            terminal_width: None,
            terminal_height: None,
            no_color: var("NO_COLOR"),
            term: var("TERM"),
            clicolor_force: var("CLICOLOR_FORCE"),
            force_color: var("FORCE_COLOR"),
        }
    }
}

fn set_and_not_off(value: &Option<String>) -> bool {
    value
        .as_deref()
        .is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
}

impl Style {
    pub fn decide(
        format: Format,
        color: ColorChoice,
        width: Option<u16>,
        env: &Environment,
    ) -> Style {
        let color = format == Format::Table
            && match color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    set_and_not_off(&env.clicolor_force)
                        || set_and_not_off(&env.force_color)
                        || (env.stdout_is_terminal
                            && env.no_color.as_deref().is_none_or(str::is_empty)
                            && env.term.as_deref() != Some("dumb"))
                }
            };
        Style {
            format,
            color,
            width: width.or(env.terminal_width),
        }
    }
}

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
