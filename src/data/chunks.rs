//! Reading a large data file in pieces, in parallel.
//!
//! TOML parses into a tree of spanned values about fifteen times the size of the text before a
//! record is deserialized, so a 45 MB file of 100,000 titles took 4.5 s and 865 MB. A file of
//! `[[title]]` tables splits cleanly at its header lines: each piece is a document of its own.
//! The pieces are parsed on every core at once, and each piece's tree is dropped as soon as its
//! records are read. This is only the fast way through a clean file: at the first problem in any
//! piece, the caller reads the file the careful way, piece after piece, so every message (line,
//! column, context) is what a whole-file read reports.
//!
//! Read in pieces or whole, a file gets the same verdict. The split (`split`) looks for header
//! lines by their text, and a line scan can be fooled (a `'"""'` string, a `[[title]]` line in a
//! multi-line string or array); but a piece cut there ends inside that string or array, where
//! the parser wants more. So when every piece parses, every cut was a real header; and the
//! careful read parses a piece that ends unfinished together with the next (`parse_from`), as the
//! whole file reads. What no piece can see alone is a first piece that writes the records inline
//! (`title = [{...}]`) before pieces of `[[title]]` tables: the whole file gives the key twice,
//! and `inline_then_tables` says so. A property test compares the two readers on random
//! mixtures of all these.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// Files smaller than this are read whole: splitting them gains nothing.
pub const CHUNKED_ABOVE: usize = 1 << 20;
/// The size the pieces aim for.
const PIECE: usize = 512 << 10;

/// When and how a file is cut into pieces: files up to `above` bytes are read whole, larger
/// ones in pieces of about `piece` bytes. Tests cut small texts with small sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cut {
    pub above: usize,
    pub piece: usize,
}

impl Cut {
    /// How him reads its files.
    pub const FILES: Cut = Cut {
        above: CHUNKED_ABOVE,
        piece: PIECE,
    };
}

/// The byte ranges of `text` to parse apart: each starts at a `[[key]]` header line (the first
/// starts at 0), and none splits a multi-line string whose quotes the line scan counts right
/// (see the module's notes for the others).
pub fn split(text: &str, key: &str, piece: usize) -> Vec<Range<usize>> {
    let header = format!("[[{key}]]");
    let finder = |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes());
    if finder("\"\"\"").is_none() && finder("'''").is_none() {
        return split_plain(text, &header, piece);
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    let mut in_basic = false; // inside """ ... """
    let mut in_literal = false; // inside ''' ... '''
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if !in_basic
            && !in_literal
            && offset - start >= piece
            && trimmed.starts_with(&header)
            && is_header_line(&trimmed[header.len()..])
        {
            pieces.push(start..offset);
            start = offset;
        }
        // Track multi-line strings: an odd count of delimiters on a line opens or closes one.
        if !in_literal && triples(line, b'"') % 2 == 1 {
            in_basic = !in_basic;
        }
        if !in_basic && triples(line, b'\'') % 2 == 1 {
            in_literal = !in_literal;
        }
        offset += line.len();
    }
    pieces.push(start..text.len());
    pieces
}

/// `split` for a file without multi-line strings (most files): a search for the header text,
/// kept where it starts a line of its own.
fn split_plain(text: &str, header: &str, piece: usize) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), header.as_bytes()) {
        let line_start = at == 0 || text.as_bytes()[at - 1] == b'\n';
        let rest = &text[at + header.len()..];
        let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
        if line_start && at - start >= piece && is_header_line(rest) {
            pieces.push(start..at);
            start = at;
        }
    }
    pieces.push(start..text.len());
    pieces
}

/// How many runs of three `quote` bytes the line holds (`"""` or `'''`), counted left to right
/// without overlap, as `str::matches` would; a plain byte scan, as this runs on every line.
fn triples(line: &str, quote: u8) -> usize {
    let bytes = line.as_bytes();
    let (mut count, mut i) = (0, 0);
    while i + 2 < bytes.len() {
        if bytes[i] == quote && bytes[i + 1] == quote && bytes[i + 2] == quote {
            count += 1;
            i += 3;
        } else {
            i += 1;
        }
    }
    count
}

/// The rest of a header line: nothing, or a comment.
fn is_header_line(rest: &str) -> bool {
    let rest = rest.trim();
    rest.is_empty() || rest.starts_with('#')
}

/// The pieces a file is read in: the whole file when it is small, else its `[[key]]` tables a
/// few hundred KB at a time.
pub fn pieces(text: &str, key: &str, cut: Cut) -> Vec<Range<usize>> {
    if text.len() <= cut.above {
        std::iter::once(0..text.len()).collect()
    } else {
        split(text, key, cut.piece)
    }
}

/// A piece parsed by `parse_from`: its byte range in the file, what the parser made of it, and
/// the index of the piece after it.
pub struct Parsed<'t> {
    pub range: Range<usize>,
    pub root: Result<Spanned<DeTable<'t>>, toml::de::Error>,
    pub next: usize,
}

/// Parses `pieces[first]` of `text`; when it ends where the parser wanted more (a multi-line
/// string, an array or an inline table still open: the split took a line of it for a header),
/// parses it again together with the next piece, and so on, up to `limit` bytes, as the whole
/// file would be read across that line.
pub fn parse_from<'t>(
    text: &'t str,
    pieces: &[Range<usize>],
    first: usize,
    limit: usize,
) -> Parsed<'t> {
    let mut last = first;
    loop {
        let range = pieces[first].start..pieces[last].end;
        let piece = &text[range.clone()];
        let root = DeTable::parse(piece);
        let unfinished = root
            .as_ref()
            .err()
            .and_then(toml::de::Error::span)
            .is_some_and(|span| span.start >= piece.trim_end().len());
        if unfinished && last + 1 < pieces.len() && range.len() <= limit {
            last += 1;
            continue;
        }
        return Parsed {
            range,
            root,
            next: last + 1,
        };
    }
}

/// Whether the first piece of a file, `root`, writes its records inline (`title = [{...}]`,
/// or an empty `title = []`) rather than as `[[title]]` tables: when more pieces follow, each
/// opening with a `[[title]]` table, the whole file gives the key twice.
pub fn inline_then_tables(root: &DeTable<'_>, key: &str, text: &str) -> bool {
    root.iter()
        .find(|(name, _)| name.get_ref().as_ref() == key)
        .is_some_and(|(_, value)| match value.get_ref() {
            // A `[[key]]` table spans its header; an inline table starts with `{`.
            DeValue::Array(elements) => elements
                .first()
                .is_none_or(|first| !text[first.span().start..].starts_with('[')),
            _ => false,
        })
}

/// The records of one piece, or `None` at any problem. `first_of_more`: the piece is the first
/// of several (see `inline_then_tables`).
fn read_piece<T: DeserializeOwned>(text: &str, key: &str, first_of_more: bool) -> Option<Vec<T>> {
    let root = DeTable::parse(text).ok()?.into_inner();
    if first_of_more && inline_then_tables(&root, key, text) {
        return None;
    }
    let mut records = Vec::new();
    for (name, value) in root {
        if name.get_ref().as_ref() != key {
            return None;
        }
        let DeValue::Array(elements) = value.into_inner() else {
            return None;
        };
        for element in elements {
            if !matches!(element.get_ref(), DeValue::Table(_)) {
                return None;
            }
            records.push(T::deserialize(toml::de::ValueDeserializer::from(element)).ok()?);
        }
    }
    Some(records)
}

/// Reads every `[[key]]` record of `text` in pieces, on every core. `None` when any piece has a
/// problem, or when the file is small (by `cut`) or does not split.
pub fn read<T: DeserializeOwned + Send>(text: &str, key: &str, cut: Cut) -> Option<Vec<T>> {
    if text.len() <= cut.above {
        return None;
    }
    let pieces = split(text, key, cut.piece);
    if pieces.len() < 2 {
        return None;
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(pieces.len());
    // Each thread takes every `threads`-th piece; the pieces are put back in order after.
    let mut read: Vec<Option<Vec<T>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|first| {
                let pieces = &pieces;
                scope.spawn(move || {
                    pieces
                        .iter()
                        .enumerate()
                        .skip(first)
                        .step_by(threads)
                        .map(|(i, range)| read_piece::<T>(&text[range.clone()], key, i == 0))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut by_thread: Vec<std::vec::IntoIter<Option<Vec<T>>>> = workers
            .into_iter()
            .map(|w| w.join().unwrap_or_default().into_iter())
            .collect();
        (0..pieces.len())
            .map(|i| by_thread[i % threads].next().flatten())
            .collect()
    });
    let mut records = Vec::new();
    for piece in &mut read {
        records.append(piece.as_mut()?);
    }
    Some(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_only_at_header_lines_outside_multi_line_strings() {
        let record = "[[title]]\nid = \"a\"\nnote = \"\"\"\n[[title]]\n\"\"\"\n";
        let text = record.repeat(40_000);
        let pieces = split(&text, "title", PIECE);
        assert!(pieces.len() > 1);
        for piece in &pieces {
            assert!(
                text[piece.clone()].starts_with("[[title]]\nid"),
                "split inside a string"
            );
        }
        assert_eq!(pieces.last().unwrap().end, text.len());
    }

    #[test]
    fn a_file_without_multi_line_strings_splits_at_its_headers() {
        let text =
            "[[title]]\nid = \"a\"\n  [[title]] # indented: kept whole\nx = 1\n".repeat(30_000);
        let pieces = split(&text, "title", PIECE);
        assert!(pieces.len() > 1);
        for piece in &pieces {
            assert!(text[piece.clone()].starts_with("[[title]]\nid"));
        }
        assert_eq!(pieces.last().unwrap().end, text.len());
    }

    #[test]
    fn counts_triple_quotes_as_matches_would() {
        for line in [
            "a = \"\"\"",
            "\"\"\"\"\"\"",
            "x\"\"\"\"y",
            "''' '''",
            "none",
            "\"\"",
        ] {
            assert_eq!(
                triples(line, b'"'),
                line.matches("\"\"\"").count(),
                "{line}"
            );
            assert_eq!(triples(line, b'\''), line.matches("'''").count(), "{line}");
        }
    }

    #[test]
    fn a_large_clean_file_reads_the_same_in_pieces() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Rec {
            id: String,
        }
        #[derive(serde::Deserialize)]
        struct File {
            title: Vec<Rec>,
        }
        let text: String = (0..60_000)
            .map(|i| format!("[[title]]\nid = \"t{i}\"\n\n"))
            .collect();
        let pieces: Vec<Rec> =
            read(&text, "title", Cut::FILES).expect("a clean file reads in pieces");
        let whole: File = toml::from_str(&text).unwrap();
        assert_eq!(pieces, whole.title);
        // A problem anywhere sends the caller to the careful whole-file read.
        let broken = text.replacen("id = \"t59000\"", "id = 5", 1);
        assert!(read::<Rec>(&broken, "title", Cut::FILES).is_none());
    }
}
