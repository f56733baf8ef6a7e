//! Reading a large data file in pieces, in parallel.
//!
//! TOML parses into a tree of spanned values about fifteen times the size of the text before a
//! record is deserialized, so a 45 MB file of 100,000 titles took 4.5 s and 865 MB. A file of
//! `[[title]]` tables splits cleanly at its header lines: each piece is a document of its own.
//! The pieces are parsed on every core at once, and each piece's tree is dropped as soon as its
//! records are read. This is only the fast way through a clean file: at the first problem in any
//! piece, the caller reads the whole file the careful way, so every message (line, column,
//! context) is exactly what a whole-file read reports.

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};

/// Files smaller than this are read whole: splitting them gains nothing.
pub const CHUNKED_ABOVE: usize = 1 << 20;
/// The size the pieces aim for.
const PIECE: usize = 512 << 10;

/// The byte ranges of `text` to parse apart: each starts at a `[[key]]` header line (the first
/// starts at 0), none splits a multi-line string.
pub fn split(text: &str, key: &str) -> Vec<std::ops::Range<usize>> {
    let header = format!("[[{key}]]");
    let finder = |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes());
    if finder("\"\"\"").is_none() && finder("'''").is_none() {
        return split_plain(text, &header);
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
            && offset - start >= PIECE
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
fn split_plain(text: &str, header: &str) -> Vec<std::ops::Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), header.as_bytes()) {
        let line_start = at == 0 || text.as_bytes()[at - 1] == b'\n';
        let rest = &text[at + header.len()..];
        let rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
        if line_start && at - start >= PIECE && is_header_line(rest) {
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
pub fn pieces(text: &str, key: &str) -> Vec<std::ops::Range<usize>> {
    if text.len() <= CHUNKED_ABOVE {
        std::iter::once(0..text.len()).collect()
    } else {
        split(text, key)
    }
}

/// The records of one piece, or `None` at any problem (the caller then reads the whole file).
fn read_piece<T: DeserializeOwned>(text: &str, key: &str) -> Option<Vec<T>> {
    let root = DeTable::parse(text).ok()?.into_inner();
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
/// problem, or when the file is small or does not split.
pub fn read<T: DeserializeOwned + Send>(text: &str, key: &str) -> Option<Vec<T>> {
    if text.len() <= CHUNKED_ABOVE {
        return None;
    }
    let pieces = split(text, key);
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
                        .skip(first)
                        .step_by(threads)
                        .map(|range| read_piece::<T>(&text[range.clone()], key))
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
        let pieces = split(&text, "title");
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
        let pieces = split(&text, "title");
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
        let pieces: Vec<Rec> = read(&text, "title").expect("a clean file reads in pieces");
        let whole: File = toml::from_str(&text).unwrap();
        assert_eq!(pieces, whole.title);
        // A problem anywhere sends the caller to the careful whole-file read.
        let broken = text.replacen("id = \"t59000\"", "id = 5", 1);
        assert!(read::<Rec>(&broken, "title").is_none());
    }
}
