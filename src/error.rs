//! The one error type a run of him ends with, `Failure`; the exit status each kind of failure
//! maps to, decided here and nowhere else (`Failure::exit_code`); and how a failure is printed.
//!
//! Exit codes: 0 success (a closed pipe too: the reader has gone); 1 a problem in the data, or
//! output that could not be written; 2 a usage error (an unknown name, a bad value or flag);
//! 3 nothing found (a search with no hit, a filter that leaves nothing), so a script can tell
//! an empty answer from broken data.

use std::fmt;
use std::io::{self, Write};

use crate::data::Diagnostic;
use crate::text::visible;

pub const EXIT_SUCCESS: u8 = 0;
pub const EXIT_DATA: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_NOTHING_FOUND: u8 = 3;

/// What every fallible step of a command returns.
pub type Result<T, E = Failure> = std::result::Result<T, E>;

/// Why a run of him did not succeed. Every error a command can end with is one of these, so
/// the compiler checks that each has its exit code and its way of being printed.
#[derive(Debug)]
pub enum Failure {
    /// The command line does not parse, or asks for help or the version (clap's own message).
    CommandLine(clap::Error),
    /// The user asked for something that cannot be: an unknown name, a bad value. Exit 2.
    Usage(UsageError),
    /// The data could not be loaded: every problem found. Exit 1.
    Data(DataError),
    /// The data's problems, already said on stdout (`him check --format json`). Exit 1.
    DataReported,
    /// A query found nothing. Exit 3.
    NothingFound(NothingFound),
    /// A file or stream could not be read or written (stdout on a full disk, a file `him init`
    /// writes), with what him was doing: "could not write to stdout: No space left on device".
    /// Exit 1; a closed pipe ends the program quietly with success.
    Io(anyhow::Error),
}

impl Failure {
    /// The exit status of a run that ends with this failure: the one place it is decided.
    pub fn exit_code(&self) -> u8 {
        match self {
            // 0 for --help and --version, 2 for a bad command line.
            Failure::CommandLine(err) => u8::try_from(err.exit_code()).unwrap_or(EXIT_USAGE),
            Failure::Usage(_) => EXIT_USAGE,
            Failure::Data(_) | Failure::DataReported => EXIT_DATA,
            Failure::NothingFound(_) => EXIT_NOTHING_FOUND,
            Failure::Io(_) if self.is_broken_pipe() => EXIT_SUCCESS,
            Failure::Io(_) => EXIT_DATA,
        }
    }

    /// An I/O error with what him was doing when it happened, for `map_err`:
    /// `.map_err(Failure::io(format!("cannot write {path}")))`.
    pub fn io<C>(doing: C) -> impl FnOnce(io::Error) -> Failure
    where
        C: fmt::Display + Send + Sync + 'static,
    {
        move |err| Failure::Io(anyhow::Error::new(err).context(doing))
    }

    /// True when the failure is a closed pipe: the reader has gone (`him list titles | head
    /// -1`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        let Failure::Io(err) = self else {
            return false;
        };
        err.chain().any(|cause| {
            cause
                .downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
        })
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::CommandLine(err) => write!(f, "{err}"),
            Failure::Usage(usage) => usage.fmt(f),
            Failure::Data(data) => data.fmt(f),
            Failure::DataReported => f.write_str("the data has problems"),
            Failure::NothingFound(nothing) => nothing.fmt(f),
            Failure::Io(err) => write!(f, "{err:#}"),
        }
    }
}

impl std::error::Error for Failure {}

impl From<clap::Error> for Failure {
    fn from(err: clap::Error) -> Failure {
        Failure::CommandLine(err)
    }
}

impl From<UsageError> for Failure {
    fn from(err: UsageError) -> Failure {
        Failure::Usage(err)
    }
}

impl From<DataError> for Failure {
    fn from(err: DataError) -> Failure {
        Failure::Data(err)
    }
}

impl From<NothingFound> for Failure {
    fn from(err: NothingFound) -> Failure {
        Failure::NothingFound(err)
    }
}

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

/// A query found nothing (search with no hit, an empty filter). Exit 3.
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

/// Prints a failure once, on stderr: `error: ...`, then its hint. Control characters in the
/// message are shown escaped: a name typed by a user or read from a data file is never sent to
/// the terminal raw. `color` paints the labels only. Help and the version (clap's, on stdout)
/// that could not be written come back as the failure that remains.
pub fn report(failure: &Failure, stderr: &mut dyn Write, color: bool) -> Option<Failure> {
    if let Failure::CommandLine(err) = failure {
        return match print_clap_error(err) {
            Err(failed) if failed.kind() != io::ErrorKind::BrokenPipe && !err.use_stderr() => {
                Some(Failure::io(WRITE_FAILED)(failed))
            }
            _ => None,
        };
    }
    // Nothing sensible can be done if stderr itself is closed.
    let _ = write_report(failure, stderr, color);
    None
}

/// What a failed write to stdout says (a full disk), before the system's reason. A closed pipe
/// says nothing: `main` ends quietly then.
pub const WRITE_FAILED: &str = "could not write to stdout";

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

fn write_report(failure: &Failure, w: &mut dyn Write, color: bool) -> io::Result<()> {
    let error = label("error", owo_colors::Style::new().red().bold(), color);
    let hint_label = label("hint", owo_colors::Style::new().cyan().bold(), color);
    let (message, hint) = match failure {
        Failure::CommandLine(_) | Failure::DataReported => return Ok(()),
        Failure::Io(_) if failure.is_broken_pipe() => return Ok(()),
        Failure::Data(data) => {
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
            (data.to_string(), None)
        }
        Failure::Usage(usage) => (usage.message.clone(), usage.hint.clone()),
        Failure::NothingFound(nothing) => (nothing.message.clone(), nothing.hint.clone()),
        Failure::Io(err) => (format!("{err:#}"), None),
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

/// Prints a command-line error as clap does, except that clap echoes a bad value to a terminal
/// as it was typed, escape codes and all (`him --width $'\e]0;title\a'` would retitle the
/// window). When any argument holds such a character, the message is printed plain, with it
/// shown escaped.
fn print_clap_error(err: &clap::Error) -> io::Result<()> {
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
/// the codes of `Failure::exit_code`.)
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
    fn each_kind_of_failure_has_its_exit_code() {
        let diagnostic = Diagnostic::file_level("f".into(), "bad".into(), None);
        let io = |kind| Failure::io(WRITE_FAILED)(io::Error::from(kind));
        let codes = [
            (Failure::from(UsageError::new("bad value")), EXIT_USAGE),
            (Failure::from(DataError::new(vec![diagnostic])), EXIT_DATA),
            (Failure::DataReported, EXIT_DATA),
            (
                Failure::from(NothingFound::new("no match")),
                EXIT_NOTHING_FOUND,
            ),
            (io(io::ErrorKind::StorageFull), EXIT_DATA),
            (io(io::ErrorKind::BrokenPipe), EXIT_SUCCESS),
        ];
        for (failure, code) in codes {
            assert_eq!(failure.exit_code(), code, "{failure}");
        }
        assert_eq!((EXIT_DATA, EXIT_USAGE, EXIT_NOTHING_FOUND), (1, 2, 3));
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
