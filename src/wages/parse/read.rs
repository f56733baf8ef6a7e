//! A table file walked row by row: its `# source:` line required, its header mapped to the
//! columns expected, and each row handed over with its fields and where they are in the text.

use std::ops::Range;

use super::{Problems, source_line};

/// Where the row the CSV reader reports at `position` starts. The reader counts the comment
/// lines before a row as part of it, so they are skipped here.
fn row_start(text: &str, position: Option<&csv::Position>) -> usize {
    let mut start = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
    while text.get(start..).is_some_and(|rest| rest.starts_with('#')) {
        start = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
    }
    start
}

/// The byte range of field `index` of the CSV row that starts at `start`, for pointing at it.
fn field_span(text: &str, start: usize, index: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut field = 0;
    let mut field_start = start;
    let mut quoted = false;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                if field == index {
                    return field_start..i;
                }
                field += 1;
                field_start = i + 1;
            }
            b'\n' | b'\r' if !quoted => break,
            _ => {}
        }
        i += 1;
    }
    if field == index { field_start..i } else { i..i }
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The columns of a file's header: for each expected column its index in the file
/// (`usize::MAX` for an optional column the file lacks), and how many fields a row has.
struct Header<const N: usize> {
    at: [usize; N],
    fields: usize,
}

/// Reads the header row: for each expected column, its index in the file. A column of
/// `optional` may be missing.
fn columns<const N: usize>(
    reader: &mut csv::Reader<&[u8]>,
    expected: [&str; N],
    optional: &[&str],
    problems: &mut Problems<'_>,
) -> Option<Header<N>> {
    let mut header = csv::StringRecord::new();
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Ok(false) => {
            problems.at(
                0..0,
                "the file has no header row".to_string(),
                Some(format!(
                    "the first row names the columns: {}",
                    expected.join(",")
                )),
            );
            return None;
        }
        Err(err) => {
            problems.csv_error(&err);
            return None;
        }
    }
    let start = row_start(problems.text, header.position());
    let mut found = [usize::MAX; N];
    for (i, name) in header.iter().enumerate() {
        match expected.iter().position(|e| *e == name) {
            Some(e) if found[e] == usize::MAX => found[e] = i,
            Some(_) => problems.at(
                field_span(problems.text, start, i),
                format!("the column `{name}` is named twice"),
                None,
            ),
            None => problems.at(
                field_span(problems.text, start, i),
                format!(
                    "unknown column `{name}`, expected one of {}",
                    expected.map(|e| format!("`{e}`")).join(", ")
                ),
                Some("him reads only the columns docs/DATA.md lists; remove this one".to_string()),
            ),
        }
    }
    let missing: Vec<&str> = expected
        .iter()
        .zip(found)
        .filter(|(e, i)| *i == usize::MAX && !optional.contains(e))
        .map(|(e, _)| *e)
        .collect();
    if !missing.is_empty() {
        problems.at(
            field_span(problems.text, start, 0),
            format!("the header lacks the column(s) {}", missing.join(", ")),
            Some(format!("the header is: {}", expected.join(","))),
        );
        return None;
    }
    Some(Header {
        at: found,
        fields: header.len(),
    })
}

fn require_source<'t>(text: &'t str, problems: &mut Problems<'_>, example: &str) -> &'t str {
    match source_line(text) {
        Some((id, _)) if !id.is_empty() => id,
        Some((_, span)) => {
            problems.at(
                span,
                "the `# source:` line names no source".to_string(),
                None,
            );
            ""
        }
        None => {
            problems.at(
                0..0,
                "the file does not say where its figures come from".to_string(),
                Some(format!(
                    "begin the file with a comment line `# source: {example}` naming a source of sources.toml"
                )),
            );
            ""
        }
    }
}

/// A data row as `read_table` hands it over: its fields by expected column.
pub(super) struct Row<'r, const N: usize> {
    record: &'r csv::StringRecord,
    text: &'r str,
    start: usize,
    columns: &'r [usize; N],
}

impl<const N: usize> Row<'_, N> {
    /// The field of expected column `column` (an index into the expected names); empty for an
    /// optional column the file lacks.
    pub(super) fn cell(&self, column: usize) -> &str {
        self.record.get(self.columns[column]).unwrap_or("")
    }

    /// Whether the file has expected column `column` (an optional one may be missing).
    pub(super) fn has(&self, column: usize) -> bool {
        self.columns[column] != usize::MAX
    }

    pub(super) fn span(&self, column: usize) -> Range<usize> {
        field_span(self.text, self.start, self.columns[column])
    }
}

/// Reads a table file: its `# source:` line, its header, then each row in turn, handed to `each`
/// (which returns false to stop early).
/// Rows that cannot be read, or have the wrong number of fields, become problems. Returns the
/// source id, or `None` when the header is unusable.
pub(super) fn read_table<'t, const N: usize>(
    problems: &mut Problems<'t>,
    (expected, optional): ([&str; N], &[&str]),
    example_source: &str,
    mut each: impl FnMut(Row<'_, N>, &mut Problems<'t>) -> bool,
) -> Option<String> {
    let text = problems.text;
    let source = require_source(text, problems, example_source).to_string();
    let mut reader = reader(text);
    let header = columns(&mut reader, expected, optional, problems)?;
    let mut record = csv::StringRecord::new();
    while !problems.stopped {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                problems.csv_error(&err);
                continue;
            }
        }
        let start = row_start(text, record.position());
        if record.len() != header.fields {
            problems.at(
                field_span(text, start, 0),
                format!(
                    "this row has {} fields, the header {}",
                    record.len(),
                    header.fields
                ),
                Some("quote a value that holds a comma: \"Abilene, TX\"".to_string()),
            );
            continue;
        }
        let go_on = each(
            Row {
                record: &record,
                text,
                start,
                columns: &header.at,
            },
            problems,
        );
        if !go_on {
            break;
        }
    }
    Some(source)
}

#[cfg(test)]
mod tests;
