//! Reads the two CSV files strictly: every problem is reported with its line and column, like the
//! TOML loader's, and nothing is guessed.
//!
//! What both files share is here: the `# source:` line and the problems found. `read` walks a
//! file's header and rows; `wages` and `prices` read the rows of each file into its table.

mod prices;
mod read;
mod wages;

use std::ops::Range;

use crate::data::Diagnostic;

/// Past this many problems a file is clearly not a wage table (or one mistake repeats on every
/// row): reading stops there, and says so, rather than gathering a problem for each of millions
/// of rows.
const MAX_PROBLEMS: usize = 100;

/// What some editors (Excel's "CSV UTF-8") write at the start of a file; docs/DATA.md allows it.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// The `# source: ID` line among the comment lines that open a file: the id and its span.
pub fn source_line(text: &str) -> Option<(&str, Range<usize>)> {
    // A byte-order mark may open the file (docs/DATA.md); the spans stay those of `text`.
    let (text, mut offset) = match text.strip_prefix(BYTE_ORDER_MARK) {
        Some(rest) => (rest, BYTE_ORDER_MARK.len_utf8()),
        None => (text, 0),
    };
    for line in text.split_inclusive('\n') {
        let content = line.trim_end();
        let Some(comment) = content.strip_prefix('#') else {
            break;
        };
        if let Some(rest) = comment.trim_start().strip_prefix("source:") {
            let id = rest.trim();
            let start = offset + (content.len() - rest.trim_start().len());
            return Some((id, start..start + id.len()));
        }
        offset += line.len();
    }
    None
}

/// Problems found in one file, up to `MAX_PROBLEMS`.
struct Problems<'t> {
    file: &'t str,
    text: &'t str,
    found: Vec<Diagnostic>,
    /// Set when `MAX_PROBLEMS` were found: the reading stops.
    stopped: bool,
}

impl<'t> Problems<'t> {
    fn new(file: &'t str, text: &'t str) -> Problems<'t> {
        Problems {
            file,
            text,
            found: Vec::new(),
            stopped: false,
        }
    }

    fn at(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        if self.stopped {
            return;
        }
        self.found.push(Diagnostic::at(
            self.file.to_string(),
            self.text,
            span.clone(),
            message,
            hint,
        ));
        if self.found.len() == MAX_PROBLEMS {
            // One problem more, which is what it says: every problem counted is listed.
            self.found.push(Diagnostic::at(
                self.file.to_string(),
                self.text,
                span.start..span.start,
                format!("him stopped reading the file here, after {MAX_PROBLEMS} problems"),
                Some("fix the ones above first; they often explain the rest".to_string()),
            ));
            self.stopped = true;
        }
    }

    fn csv_error(&mut self, err: &csv::Error) {
        let start = err
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
        self.at(
            start..start,
            format!("cannot read this CSV row: {err}"),
            None,
        );
    }

    fn finish<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self.into_errors())
        }
    }

    fn into_errors(self) -> Vec<Diagnostic> {
        self.found
    }
}

fn is_digits(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests;
