//! Problems found in data files, reported like a compiler: `file:line:column: message`, the line
//! itself with the offending part underlined, and a hint where there is a fix.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use crate::text::visible;

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
        let position = Position::of(text, span);
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
    pub fn from_toml(
        file: String,
        text: &str,
        err: &toml::de::Error,
        fallback: Option<Range<usize>>,
    ) -> Diagnostic {
        let message = err.message().trim().to_string();
        let hint = hint_for(&message);
        match err.span().or(fallback) {
            Some(span) => Diagnostic::at(file, text, span, message, hint),
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

/// A hint for the TOML errors people make most.
fn hint_for(message: &str) -> Option<String> {
    if message.starts_with("unknown field") {
        Some("check the spelling against docs/DATA.md; him rejects keys it does not know so a typo never goes unnoticed".to_string())
    } else if message.starts_with("missing field") {
        Some("add the key to this table; docs/DATA.md lists the keys each table needs".to_string())
    } else if message.starts_with("unknown variant") {
        Some("use one of the values listed".to_string())
    } else {
        None
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

/// One character of an excerpt, kept one column wide so the underline still lines up.
fn printable_char(c: char) -> char {
    if c == '\t' {
        ' '
    } else if c.is_control() {
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

impl Position {
    fn of(text: &str, span: Range<usize>) -> Position {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[..start].matches('\n').count() + 1;
        let line_text = text[line_start..line_end].trim_end_matches('\r');
        let column = text[line_start..start].chars().count();
        let underline_end = text[line_start..end.min(line_end)].chars().count();
        let line_chars = line_text.chars().count();
        Position {
            line,
            column: column + 1,
            excerpt: Excerpt {
                line_text: line_text.to_string(),
                underline: column.min(line_chars)
                    ..underline_end.clamp(column, line_chars.max(column)),
            },
        }
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_line_and_column_in_characters() {
        let text = "a = 1\n# é\n  bad = 2\n";
        let start = text.find("bad").unwrap();
        let d = Diagnostic::at("f.toml".into(), text, start..start + 3, "no".into(), None);
        assert_eq!(d.location(), "f.toml:3:3");
        let shown = d.to_string();
        assert!(shown.contains("3 |   bad = 2"), "{shown}");
        assert!(shown.contains("  |   ^^^"), "{shown}");
    }

    #[test]
    fn crlf_lines_are_shown_without_the_carriage_return() {
        let text = "a = 1\r\nbad = 2\r\n";
        let start = text.find("bad").unwrap();
        let d = Diagnostic::at("f.toml".into(), text, start..start + 3, "no".into(), None);
        assert_eq!(d.location(), "f.toml:2:1");
        assert!(!d.to_string().contains('\r'));
    }

    #[test]
    fn a_span_past_the_end_is_clamped() {
        let d = Diagnostic::at("f.toml".into(), "a", 5..9, "end".into(), None);
        assert_eq!(d.location(), "f.toml:1:2");
    }
}
