//! Paging long output through `$PAGER` (`less -FRX` by default) the way git and bat do: only
//! when stdout is a terminal, and by default (`--pager auto`) only when the output is taller
//! than the screen.
//!
//! The output is gathered first and handed to the pager when it is complete, so that nothing is
//! lost when the pager cannot run: a `PAGER` naming a program that is not installed starts a
//! shell that fails at once, and writing to it would only say "broken pipe", the same as a
//! reader who quit early. When the pager cannot be started or ends in failure, the output goes
//! to stdout after all, with a warning saying why.

use std::io::{self, BufWriter, Write};
use std::process::{Command, ExitStatus, Stdio};

/// Where output goes: stdout itself, or a buffer for the pager.
pub enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    Pager {
        /// The output so far, handed to the pager by `finish`.
        text: Vec<u8>,
        /// Whether the warning on stderr is coloured.
        stderr_color: bool,
        /// The screen (columns, rows) when the output goes to the pager only if it does not
        /// fit on it (`--pager auto`); `None` pages whatever its length (`--pager always`).
        screen: Option<(u16, u16)>,
    },
}

/// Whether `text` fits on a screen of `columns` by `rows` without scrolling, counting the lines
/// a terminal wraps a long line onto, and leaving a row for the prompt that follows.
pub fn fits(text: &[u8], (columns, rows): (u16, u16)) -> bool {
    let columns = usize::from(columns.max(1));
    let mut used = 0usize;
    for line in String::from_utf8_lossy(text).lines() {
        let width = super::layout::visible_width(line);
        used += width.div_ceil(columns).max(1);
        if used >= usize::from(rows) {
            return false;
        }
    }
    true
}

/// The pager to run: the user's `PAGER`, through the shell (it may carry arguments and
/// quoting), or `less -FRX` (colour, quit when the text fits, leave it on the screen after); and
/// its name for messages.
fn pager_command() -> (Command, String) {
    let configured = std::env::var("PAGER").ok().filter(|p| !p.trim().is_empty());
    let mut command = match &configured {
        Some(pager) => {
            let mut c = Command::new("sh");
            c.arg("-c").arg(pager);
            c
        }
        None => {
            let mut c = Command::new("less");
            c.arg("-FRX");
            c
        }
    };
    // less shows colour and quits on a short page only when told (a PAGER of plain `less`
    // too); respect a user's LESS.
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "-FRX");
    }
    let name = configured.unwrap_or_else(|| "less".to_string());
    (command, name)
}

/// Why a pager's run failed, in words: "exit code 127", "killed by a signal".
fn failure(status: ExitStatus) -> String {
    match status.code() {
        Some(code) => format!("it ended with exit code {code}"),
        None => "it was stopped by a signal".to_string(),
    }
}

impl Sink {
    pub fn stdout() -> Sink {
        Sink::Stdout(BufWriter::new(io::stdout().lock()))
    }

    pub fn pager(stderr_color: bool, screen: Option<(u16, u16)>) -> Sink {
        Sink::Pager {
            text: Vec::new(),
            stderr_color,
            screen,
        }
    }

    /// Flushes stdout, or runs the pager on the whole output and waits for it to end so the
    /// shell prompt does not land in its screen.
    pub fn finish(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Pager {
                text,
                stderr_color,
                screen,
            } => {
                let text = std::mem::take(text);
                if text.is_empty() {
                    return Ok(());
                }
                if screen.is_some_and(|screen| fits(&text, screen)) {
                    let mut stdout = io::stdout().lock();
                    stdout.write_all(&text)?;
                    return stdout.flush();
                }
                let (mut command, name) = pager_command();
                let why = match command.stdin(Stdio::piped()).spawn() {
                    Err(err) => format!("it could not be started: {err}"),
                    Ok(mut child) => {
                        // A reader who quits before the end closes the pipe: not a failure.
                        let written = child
                            .stdin
                            .take()
                            .map_or(Ok(()), |mut input| input.write_all(&text));
                        let status = child.wait()?;
                        match written {
                            Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
                                format!("writing to it failed: {err}")
                            }
                            _ if status.success() => return Ok(()),
                            _ => failure(status),
                        }
                    }
                };
                crate::error::warn(
                    &format!(
                        "the pager `{name}` did not show the output ({why}); here it is instead"
                    ),
                    *stderr_color,
                );
                let mut stdout = io::stdout().lock();
                stdout.write_all(&text)?;
                stdout.flush()
            }
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::Pager { text, .. } => text.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Pager { .. } => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_fits_when_its_lines_and_their_wraps_leave_a_row_for_the_prompt() {
        assert!(fits(b"a\nb\nc\n", (80, 4)));
        assert!(!fits(b"a\nb\nc\nd\n", (80, 4)));
        // A line of 100 columns takes two rows of an 80-column screen.
        let long = format!("{}\nb\n", "x".repeat(100));
        assert!(fits(long.as_bytes(), (80, 4)));
        assert!(!fits(long.as_bytes(), (80, 3)));
    }
}
