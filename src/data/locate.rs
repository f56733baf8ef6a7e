//! Finds where a value sits in a data file, for checks that run after parsing.
//!
//! Records carry no spans (they also come from the compiled-in data), so a check that must point
//! at a line names the value by its path, e.g. `title[3].leads_to[1]`, and the file is parsed
//! again here to find it. This happens only when there is something to report.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::chunks;

/// One step of a path into a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(&'static str),
    Index(usize),
}

/// A data file parsed for finding values in it, at most once per part: a file with thousands of
/// problems is not parsed once per problem, and a large file is parsed only in the pieces its
/// problems lie in (`chunks::split`), as it was read, not whole: a whole 45 MB file would take
/// seconds and a gigabyte for one message.
pub struct Locator<'a> {
    text: &'a str,
    /// The records' table key (`title` for `[[title]]`).
    key: &'a str,
    /// The whole file, parsed when it is small or a path does not lie in one record.
    whole: OnceCell<Option<Spanned<DeTable<'a>>>>,
    /// A large file's pieces, each starting at a `[[key]]` line; empty for a small file.
    pieces: Vec<Range<usize>>,
    /// How many `[[key]]` records each piece holds, counted on first need.
    counts: Vec<OnceCell<Option<usize>>>,
    /// The pieces parsed so far for their values, by their number.
    parsed: RefCell<HashMap<usize, Option<Spanned<DeTable<'a>>>>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str, key: &'a str) -> Locator<'a> {
        let pieces = chunks::pieces(text, key, chunks::Cut::FILES);
        let pieces = if pieces.len() > 1 { pieces } else { Vec::new() };
        Locator {
            text,
            key,
            whole: OnceCell::new(),
            counts: pieces.iter().map(|_| OnceCell::new()).collect(),
            pieces,
            parsed: RefCell::new(HashMap::new()),
        }
    }

    /// The span of the value at `path`, or of the nearest enclosing value that exists (a missing
    /// key points at its table); `None` when the text does not parse.
    pub fn span(&self, path: &[Step]) -> Option<Range<usize>> {
        if let [Step::Key(key), Step::Index(index), rest @ ..] = path
            && *key == self.key
            && let Some((piece, local)) = self.piece_of(*index)
        {
            let mut parsed = self.parsed.borrow_mut();
            let root = parsed
                .entry(piece)
                .or_insert_with(|| DeTable::parse(&self.text[self.pieces[piece].clone()]).ok())
                .as_ref()?;
            let mut local_path = vec![Step::Key(key), Step::Index(local)];
            local_path.extend_from_slice(rest);
            let start = self.pieces[piece].start;
            return span_in(root, &local_path).map(|span| span.start + start..span.end + start);
        }
        let root = self
            .whole
            .get_or_init(|| DeTable::parse(self.text).ok())
            .as_ref()?;
        span_in(root, path)
    }

    /// The piece that holds record `index` of the file's array, and the record's index within
    /// it; `None` for a small file, or when a piece before it does not parse.
    fn piece_of(&self, index: usize) -> Option<(usize, usize)> {
        let mut before = 0;
        for (piece, count) in self.counts.iter().enumerate() {
            let count = count.get_or_init(|| {
                let root = DeTable::parse(&self.text[self.pieces[piece].clone()]).ok()?;
                let records = root
                    .get_ref()
                    .iter()
                    .find(|(name, _)| name.get_ref().as_ref() == self.key);
                match records.map(|(_, value)| value.get_ref()) {
                    Some(DeValue::Array(array)) => Some(array.len()),
                    _ => Some(0),
                }
            });
            let count = (*count)?;
            if index < before + count {
                return Some((piece, index - before));
            }
            before += count;
        }
        None
    }
}

/// The span of the value at `path` in a parsed document, or of the nearest enclosing value.
fn span_in(root: &Spanned<DeTable<'_>>, path: &[Step]) -> Option<Range<usize>> {
    let mut span = root.span();
    let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
    let mut array: Option<&toml::de::DeArray<'_>> = None;
    for step in path {
        let next = match step {
            Step::Key(key) => table.and_then(|t| {
                t.iter()
                    .find(|(name, _)| name.get_ref().as_ref() == *key)
                    .map(|(_, value)| value)
            }),
            Step::Index(index) => array.and_then(|a| a.get(*index)),
        };
        let Some(value) = next else { break };
        span = value.span();
        table = None;
        array = None;
        match value.get_ref() {
            DeValue::Table(t) => table = Some(t),
            DeValue::Array(a) => array = Some(a),
            _ => {}
        }
    }
    Some(span)
}

#[cfg(test)]
fn locate(text: &str, path: &[Step]) -> Option<Range<usize>> {
    Locator::new(text, "title").span(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "[[title]]\nid = \"a\"\nleads_to = [\"b\", \"c\"]\n";
        let path = [
            Step::Key("title"),
            Step::Index(0),
            Step::Key("leads_to"),
            Step::Index(1),
        ];
        let span = locate(text, &path).unwrap();
        assert_eq!(&text[span], "\"c\"");
    }

    #[test]
    fn a_large_file_is_searched_in_pieces_with_the_spans_of_the_whole() {
        let text: String = (0..40_000)
            .map(|i| format!("[[title]]\nid = \"t{i}\"\nleads_to = [\"a\", \"b{i}\"]\n\n"))
            .collect();
        let locator = Locator::new(&text, "title");
        assert!(locator.pieces.len() > 1, "the file is read in pieces");
        let whole = DeTable::parse(&text).unwrap();
        for record in [0, 1, 20_000, 39_999] {
            for rest in [
                vec![Step::Key("leads_to"), Step::Index(1)],
                vec![Step::Key("soc")],
            ] {
                let mut path = vec![Step::Key("title"), Step::Index(record)];
                path.extend(rest);
                let span = locator.span(&path).unwrap();
                assert_eq!(Some(span.clone()), span_in(&whole, &path), "{path:?}");
                if path.len() == 4 {
                    assert_eq!(&text[span], format!("\"b{record}\""));
                }
            }
        }
        // Only the pieces holding those records were kept parsed.
        assert!(locator.parsed.borrow().len() < locator.pieces.len());
    }

    #[test]
    fn a_missing_key_points_at_its_table() {
        let text = "[[title]]\nid = \"a\"\n";
        let span = locate(
            text,
            &[Step::Key("title"), Step::Index(0), Step::Key("soc")],
        )
        .unwrap();
        // An array-of-tables element spans its header, where a missing key is reported.
        assert_eq!(&text[span], "[[title]]");
    }
}
