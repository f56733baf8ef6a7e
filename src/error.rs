//! The errors a user can meet, the exit code each maps to, and how they are printed.
//!
//! Exit codes: 0 success; 1 nothing found, a problem in the data, or stdout that could not be
//! written; 2 a usage error (an unknown name, a bad value, a bad flag).

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

use crate::data::Diagnostic;
use crate::text::visible;

pub const EXIT_SUCCESS: u8 = 0;
pub const EXIT_NOT_FOUND_OR_DATA: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

/// The user asked for something that cannot be: an unknown name, a bad value. Exit 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageError {
    pub message: String,
    pub hint: Option<String>,
}

impl UsageError {
    pub fn new(message: impl Into<String>) -> UsageError {
        UsageError {
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> UsageError {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UsageError {}

/// The data could not be loaded: every problem found. Exit 1.
#[derive(Debug, Clone)]
pub struct DataError {
    pub diagnostics: Vec<Diagnostic>,
    /// What the problems mean, said after them in place of the count ("nothing was imported").
    pub summary: Option<String>,
}

impl DataError {
    pub fn new(diagnostics: Vec<Diagnostic>) -> DataError {
        DataError {
            diagnostics,
            summary: None,
        }
    }

    pub fn with_summary(mut self, summary: impl Into<String>) -> DataError {
        self.summary = Some(summary.into());
        self
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(summary) = &self.summary {
            return f.write_str(summary);
        }
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = self.diagnostics.len() - errors;
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        write!(f, "the data has {errors} problem{}", plural(errors))?;
        if warnings > 0 {
            write!(f, " and {warnings} warning{}", plural(warnings))?;
        }
        Ok(())
    }
}

impl std::error::Error for DataError {}

/// A query found nothing (search with no hit, an empty filter). Exit 1, as grep does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NothingFound {
    pub message: String,
    pub hint: Option<String>,
}

impl NothingFound {
    pub fn new(message: impl Into<String>) -> NothingFound {
        NothingFound {
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> NothingFound {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for NothingFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for NothingFound {}

/// True when the error, or anything that caused it, is a closed pipe: the reader has gone
/// (`him list titles | head -1`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

pub fn exit_code(err: &anyhow::Error) -> ExitCode {
    if err.downcast_ref::<UsageError>().is_some() || err.downcast_ref::<clap::Error>().is_some() {
        ExitCode::from(EXIT_USAGE)
    } else {
        ExitCode::from(EXIT_NOT_FOUND_OR_DATA)
    }
}

/// Prints an error once, on stderr: `error: ...`, then its hint. Control characters in the
/// message are shown escaped: a name typed by a user or read from a data file is never sent to
/// the terminal raw. `color` paints the labels only.
pub fn report(err: &anyhow::Error, stderr: &mut dyn Write, color: bool) {
    // Nothing sensible can be done if stderr itself is closed.
    let _ = write_report(err, stderr, color);
}

fn label(text: &str, style: owo_colors::Style, color: bool) -> String {
    use owo_colors::OwoColorize;
    if color {
        text.style(style).to_string()
    } else {
        text.to_string()
    }
}

/// How many data problems are printed: one mistake repeated in a large file (a renamed id) can
/// make thousands, which would bury the first ones and the summary. JSON lists them all.
pub const SHOWN_DIAGNOSTICS: usize = 50;

fn write_report(err: &anyhow::Error, w: &mut dyn Write, color: bool) -> io::Result<()> {
    let error = label("error", owo_colors::Style::new().red().bold(), color);
    let hint_label = label("hint", owo_colors::Style::new().cyan().bold(), color);
    if err.downcast_ref::<AlreadyReported>().is_some() {
        return Ok(());
    }
    if let Some(data) = err.downcast_ref::<DataError>() {
        for diagnostic in data.diagnostics.iter().take(SHOWN_DIAGNOSTICS) {
            write!(w, "{}", diagnostic.render(color))?;
        }
        let hidden = data.diagnostics.len().saturating_sub(SHOWN_DIAGNOSTICS);
        if hidden > 0 {
            writeln!(
                w,
                "note: {hidden} more not shown; `him check --format json` lists every one"
            )?;
        }
        writeln!(w, "{error}: {}", visible(&data.to_string()))?;
        return Ok(());
    }
    let (message, hint) = if let Some(usage) = err.downcast_ref::<UsageError>() {
        (usage.message.clone(), usage.hint.clone())
    } else if let Some(nothing) = err.downcast_ref::<NothingFound>() {
        (nothing.message.clone(), nothing.hint.clone())
    } else {
        (format!("{err:#}"), None)
    };
    writeln!(w, "{error}: {}", visible(&message))?;
    if let Some(hint) = hint {
        writeln!(w, "{hint_label}: {}", visible(&hint))?;
    }
    Ok(())
}

/// Prints a warning on stderr: `warning: ...`. Control characters are shown escaped, as in
/// errors.
pub fn warn(message: &str, color: bool) {
    let label = label("warning", owo_colors::Style::new().yellow().bold(), color);
    let _ = writeln!(io::stderr().lock(), "{label}: {}", visible(message));
}

/// The command already said what went wrong on stdout (`him check --format json`); exit 1 and
/// print nothing more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlreadyReported;

impl fmt::Display for AlreadyReported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("already reported")
    }
}

impl std::error::Error for AlreadyReported {}

/// Prints a command-line error as clap does, except that clap echoes a bad value to a terminal
/// as it was typed, escape codes and all (`him --width $'\e]0;title\a'` would retitle the
/// window). When any argument holds such a character, the message is printed plain, with it
/// shown escaped.
pub fn print_clap_error(err: &clap::Error) -> io::Result<()> {
    let hostile =
        std::env::args_os().any(|arg| arg.to_string_lossy().chars().any(crate::text::needs_escape));
    if hostile && err.use_stderr() {
        let plain = err.render().to_string();
        let mut stderr = io::stderr().lock();
        stderr.write_all(visible(&plain).as_bytes())?;
        stderr.flush()
    } else {
        err.print()
    }
}

/// What a panic prints: him has no panic it expects, so one is a bug, and a person needs a
/// line that says so and where, not a backtrace. (The exit code stays Rust's 101, apart from
/// 1 and 2.)
pub fn panic_report(info: &std::panic::PanicHookInfo<'_>) -> String {
    let payload = info.payload();
    let message = payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("no message");
    let location = info
        .location()
        .map(|at| format!(" at {}:{}", at.file(), at.line()));
    internal_error(message, location.as_deref().unwrap_or(""))
}

fn internal_error(message: &str, location: &str) -> String {
    format!(
        "error: internal error in him {}{location}: {}\n\
         hint: this is a bug in him; please report it with the command you ran\n",
        env!("CARGO_PKG_VERSION"),
        visible(message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_internal_error_is_one_line_and_a_hint() {
        let text = internal_error("index out of bounds\x1b[2J", " at src/x.rs:3");
        assert_eq!(
            text,
            format!(
                "error: internal error in him {} at src/x.rs:3: index out of bounds\\x1b[2J\n\
                 hint: this is a bug in him; please report it with the command you ran\n",
                env!("CARGO_PKG_VERSION")
            )
        );
    }

    #[test]
    fn data_error_counts_problems_and_warnings_apart() {
        let error = Diagnostic::file_level("f".into(), "bad".into(), None);
        let warning = error.clone().warning();
        assert_eq!(
            DataError::new(vec![error.clone()]).to_string(),
            "the data has 1 problem"
        );
        assert_eq!(
            DataError::new(vec![error.clone(), error, warning]).to_string(),
            "the data has 2 problems and 1 warning"
        );
    }
}
