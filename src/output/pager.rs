//! Paging long output through `$PAGER` (`less -R -F` by default), only when the user asks for it
//! with `--pager` and stdout is a terminal.

use std::io::{self, BufWriter, Write};
use std::process::{Child, ChildStdin, Command, Stdio};

/// Where output goes: stdout itself, or a pager reading from a pipe.
pub enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    Pager {
        child: Child,
        /// `None` once closed, which tells the pager the text is complete.
        input: Option<BufWriter<ChildStdin>>,
    },
}

impl Sink {
    pub fn stdout() -> Sink {
        Sink::Stdout(BufWriter::new(io::stdout().lock()))
    }

    /// Starts the pager; falls back to stdout when it cannot be started (no `less` installed).
    pub fn pager() -> Sink {
        let configured = std::env::var("PAGER").ok().filter(|p| !p.trim().is_empty());
        let mut command = match &configured {
            // A user's PAGER may carry arguments and quoting: let the shell read it.
            Some(pager) => {
                let mut c = Command::new("sh");
                c.arg("-c").arg(pager);
                c
            }
            None => {
                let mut c = Command::new("less");
                c.args(["-R", "-F"]);
                c
            }
        };
        // less shows colour and quits on a short page only when told; respect a user's LESS.
        if std::env::var_os("LESS").is_none() {
            command.env("LESS", "-R -F");
        }
        match command.stdin(Stdio::piped()).spawn() {
            Ok(mut child) => match child.stdin.take() {
                Some(stdin) => Sink::Pager {
                    child,
                    input: Some(BufWriter::new(stdin)),
                },
                None => Sink::stdout(),
            },
            Err(_) => Sink::stdout(),
        }
    }

    /// Flushes, and waits for the pager to end so the shell prompt does not land in its screen.
    pub fn finish(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Pager { child, input } => {
                let flushed = input.take().map_or(Ok(()), |mut i| i.flush());
                child.wait()?;
                flushed
            }
        }
    }
}

fn closed() -> io::Error {
    io::Error::new(io::ErrorKind::BrokenPipe, "the pager's input is closed")
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::Pager { input, .. } => input.as_mut().ok_or_else(closed)?.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Pager { input, .. } => input.as_mut().map_or(Ok(()), |i| i.flush()),
        }
    }
}
