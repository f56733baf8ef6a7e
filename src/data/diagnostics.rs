//! Problems found in data files, reported like a compiler: `file:line:column: message`, the line
//! itself with the offending part underlined, and a hint where there is a fix. `explain` turns
//! the TOML reader's messages into words.

mod explain;

use std::cell::Cell;
use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::text::visible;
use explain::explain;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    /// 1-based; absent for a problem with the file as a whole (it cannot be read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// 1-based, in characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The line the problem is on, and the characters to underline in it.
    #[serde(skip)]
    pub excerpt: Option<Excerpt>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    pub line_text: String,
    /// Character range within `line_text`.
    pub underline: Range<usize>,
}

impl Diagnostic {
    /// A problem with a whole file or directory (missing, unreadable, not a file).
    pub fn file_level(file: String, message: String, hint: Option<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file,
            line: None,
            column: None,
            message,
            hint,
            excerpt: None,
        }
    }

    /// A problem at a byte range of a file's text.
    pub fn at(
        file: String,
        text: &str,
        span: Range<usize>,
        message: String,
        hint: Option<String>,
    ) -> Diagnostic {
        Diagnostic::at_line(file, &Lines::new(text), span, message, hint)
    }

    /// A problem at a byte range of a file whose lines are already indexed: for a file with
    /// many problems, each one costs the length of its line, not of the file.
    pub fn at_line(
        file: String,
        lines: &Lines<'_>,
        span: Range<usize>,
        message: String,
        hint: Option<String>,
    ) -> Diagnostic {
        let position = lines.position(span);
        Diagnostic {
            severity: Severity::Error,
            file,
            line: Some(position.line),
            column: Some(position.column),
            message,
            hint,
            excerpt: Some(position.excerpt),
        }
    }

    /// A TOML syntax or type error. `fallback` is used when the error carries no span of its own
    /// (the record it happened in).
    /// `offset` is where the parsed text starts in the file (a piece of a large file); the
    /// error's own span is relative to it, `fallback` is not.
    pub fn from_toml(
        file: String,
        lines: &Lines<'_>,
        err: &toml::de::Error,
        offset: usize,
        fallback: Option<Range<usize>>,
    ) -> Diagnostic {
        let span = err
            .span()
            .map(|s| s.start + offset..s.end + offset)
            .or(fallback);
        let (message, hint) = explain(err.message().trim(), lines.text, span.clone());
        match span {
            Some(span) => Diagnostic::at_line(file, lines, span, message, hint),
            None => Diagnostic::file_level(file, message, hint),
        }
    }

    pub fn warning(mut self) -> Diagnostic {
        self.severity = Severity::Warning;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `data/titles.toml:41:1`
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", self.file),
            _ => self.file.clone(),
        }
    }
}

impl Diagnostic {
    /// The diagnostic as printed: `error: file:line:col: message`, the line with the offending
    /// part underlined, and the hint. `color` paints the labels (never the user's text).
    pub fn render(&self, color: bool) -> String {
        use owo_colors::{OwoColorize, Style};
        let paint = |text: &str, style: Style| -> String {
            if color {
                text.style(style).to_string()
            } else {
                text.to_string()
            }
        };
        let (label, label_style) = match self.severity {
            Severity::Error => ("error", Style::new().red().bold()),
            Severity::Warning => ("warning", Style::new().magenta().bold()),
        };
        let mut out = format!(
            "{}: {}: {}\n",
            paint(label, label_style),
            paint(&visible(&self.location()), Style::new().bold()),
            visible(&self.message)
        );
        if let (Some(excerpt), Some(line)) = (&self.excerpt, self.line) {
            let number = line.to_string();
            let gutter = " ".repeat(number.len());
            let shown: String = excerpt.line_text.chars().map(printable_char).collect();
            let start = excerpt.underline.start;
            let width = excerpt.underline.len().max(1);
            let bar = paint("|", Style::new().blue().bold());
            out.push_str(&format!("{gutter} {bar}\n"));
            out.push_str(&format!(
                "{} {bar} {}\n",
                paint(&number, Style::new().blue().bold()),
                shown.trim_end()
            ));
            out.push_str(&format!(
                "{gutter} {bar} {}{}\n",
                " ".repeat(start),
                paint(&"^".repeat(width), label_style)
            ));
        }
        if let Some(hint) = &self.hint {
            out.push_str(&format!(
                "{}: {}\n",
                paint("hint", Style::new().cyan().bold()),
                visible(hint)
            ));
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// One character of an excerpt, kept one column wide so the underline still lines up; a
/// control character or a bidirectional override never reaches the terminal.
fn printable_char(c: char) -> char {
    if c == '\t' {
        ' '
    } else if crate::text::needs_escape(c) {
        '\u{FFFD}'
    } else {
        c
    }
}

struct Position {
    line: usize,
    column: usize,
    excerpt: Excerpt,
}

/// Lines up to this many characters are shown whole; a longer one (a file written on one
/// line) is cut to a window of `EXCERPT_CHARS` around the problem.
const LONG_LINE: usize = 200;
const EXCERPT_CHARS: usize = 100;
/// How many characters of a cut line are shown before the problem.
const EXCERPT_LEAD: usize = 30;

/// Where each line of a file starts, found once per file.
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last position asked for: (byte offset, its column counted in characters from the
    /// line's start). Problems come in file order, so on a very long line the next column is
    /// counted from here rather than from the line's start.
    last: Cell<(usize, usize)>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines {
            text,
            starts,
            last: Cell::new((0, 0)),
        }
    }

    fn position(&self, span: Range<usize>) -> Position {
        let text = self.text;
        let start = text.floor_char_boundary(span.start);
        let end = text.floor_char_boundary(span.end.max(start));
        // `starts[0]` is 0, so at least one line starts at or before `start`.
        let index = self
            .starts
            .partition_point(|&s| s <= start)
            .saturating_sub(1);
        let line_start = self.starts.get(index).copied().unwrap_or(0);
        let line_end = self
            .starts
            .get(index + 1)
            .map_or(text.len(), |next| next - 1);
        let (last_offset, last_column) = self.last.get();
        let column = if (line_start..=start).contains(&last_offset) {
            last_column + text[last_offset..start].chars().count()
        } else {
            text[line_start..start].chars().count()
        };
        self.last.set((start, column));
        let line = text[line_start..line_end].trim_end_matches('\r');
        let line_end = line_start + line.len();
        // A span may start on the line's `\r` or `\n`: the excerpt shows the line without them.
        let anchor = start.min(line_end);
        let underlined = text[anchor..end.clamp(anchor, line_end)].chars().count();
        // The length test in bytes first spares counting the characters of a huge line.
        let excerpt = if line.len() <= LONG_LINE * 4 && line.chars().count() <= LONG_LINE {
            Excerpt {
                line_text: line.to_string(),
                underline: column..column + underlined,
            }
        } else {
            window(text, line_start..line_end, anchor, underlined)
        };
        Position {
            line: index + 1,
            column: column + 1,
            excerpt,
        }
    }
}

/// A piece of a long line around `start`, marked `…` where it is cut.
fn window(text: &str, line: Range<usize>, start: usize, underlined: usize) -> Excerpt {
    let before: Vec<(usize, char)> = text[line.start..start]
        .char_indices()
        .rev()
        .take(EXCERPT_LEAD)
        .collect();
    let from = before.last().map_or(start, |(i, _)| line.start + i);
    let mut line_text = String::new();
    if from > line.start {
        line_text.push('…');
    }
    let lead = line_text.chars().count() + before.len();
    let mut rest = text[from..line.end].chars();
    line_text.extend(rest.by_ref().take(EXCERPT_CHARS));
    if rest.next().is_some() {
        line_text.push('…');
    }
    let width = underlined.min(EXCERPT_CHARS.saturating_sub(before.len()));
    Excerpt {
        line_text,
        underline: lead..lead + width,
    }
}

#[cfg(test)]
mod tests;
