//! Reading a data set strictly: each file's `[[kind]]` records one at a time (a bad record
//! becomes a diagnostic and hides nothing after it), then the checks across files.

use std::cell::OnceCell;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};

use super::chunks;
use super::dataset::{Dataset, RecordLists};
use super::diagnostics::{Diagnostic, Lines};
use super::files::{MAX_PIECE_BYTES, SourceFile};
use super::kind::Kind;
use super::validate;

/// The files a data set was read from, and what was found wrong with them.
pub struct Loaded {
    pub dataset: Dataset,
    pub files: Vec<SourceFile>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    pub fn is_clean(&self) -> bool {
        self.diagnostics.is_empty()
    }
}

/// Reads every file strictly and checks the whole set.
pub fn load(files: Vec<SourceFile>) -> Loaded {
    let mut lists = RecordLists::default();
    let mut diagnostics = Vec::new();
    let mut broken_ids = validate::BrokenIds::default();
    let mut positions = validate::Positions::default();
    for file in &files {
        let parsed = match file.kind {
            Kind::Source => read_records(file, &mut lists.sources),
            Kind::Organization => read_records(file, &mut lists.organizations),
            Kind::Skill => read_records(file, &mut lists.skills),
            Kind::Field => read_records(file, &mut lists.fields),
            Kind::Specialization => read_records(file, &mut lists.specializations),
            Kind::Title => read_records(file, &mut lists.titles),
            Kind::Credential => read_records(file, &mut lists.credentials),
            Kind::Course => read_records(file, &mut lists.courses),
            Kind::Occupation => read_records(file, &mut lists.occupations),
            Kind::Area => read_records(file, &mut lists.areas),
            Kind::Experience => read_records(file, &mut lists.experience),
        };
        for id in parsed.broken_ids {
            broken_ids.insert(file.kind, id);
        }
        if parsed.unreadable {
            broken_ids.insert_all(file.kind);
        }
        positions.insert(file.kind, parsed.positions);
        diagnostics.extend(parsed.diagnostics);
    }
    let mut dataset = Dataset::from(lists);
    diagnostics.extend(validate::validate(
        &dataset,
        &files,
        &broken_ids,
        &positions,
    ));
    dataset.without_repeats();
    Loaded {
        dataset,
        files,
        diagnostics,
    }
}

pub(super) struct FileResult {
    pub(super) diagnostics: Vec<Diagnostic>,
    /// Ids of records that failed to parse, so references to them are not reported again.
    broken_ids: Vec<String>,
    /// No record could be read (a syntax error, no `[[kind]]` tables): references to this kind
    /// are not checked, or every other file would repeat the one problem.
    unreadable: bool,
    /// For each record kept, its index in the file's array (records that failed are skipped).
    pub(super) positions: Vec<usize>,
}

/// Parses one file's `[[kind]]` records into `out`, one record at a time, so one bad record
/// does not hide the problems of the next.
pub(super) fn read_records<T: DeserializeOwned + Send>(
    file: &SourceFile,
    out: &mut Vec<T>,
) -> FileResult {
    read_records_cut(file, out, chunks::Cut::FILES)
}

/// `read_records`, with a file larger than `cut.above` read in pieces of about `cut.piece`.
fn read_records_cut<T: DeserializeOwned + Send>(
    file: &SourceFile,
    out: &mut Vec<T>,
    cut: chunks::Cut,
) -> FileResult {
    let mut result = FileResult {
        diagnostics: Vec::new(),
        broken_ids: Vec::new(),
        unreadable: false,
        positions: Vec::new(),
    };
    let text: &str = &file.text;
    let key = file.kind.table_key();
    // A large clean file reads in pieces, on every core; any problem comes back to the
    // careful read below, which reports it.
    if let Some(records) = chunks::read::<T>(text, key, cut) {
        result.positions = (0..records.len()).collect();
        out.extend(records);
        return result;
    }
    let pieces = chunks::pieces(text, key, cut);
    // Indexed on the first problem only: a clean file is never scanned for its lines.
    let lines = OnceCell::new();
    let lines = || lines.get_or_init(|| Lines::new(text));
    if let Some(big) = pieces.iter().find(|p| p.len() as u64 > MAX_PIECE_BYTES) {
        result.diagnostics.push(Diagnostic::at_line(
            file.display_path(),
            lines(),
            big.start..big.start,
            format!(
                "this part of the file holds {:.1} MiB without a [[{key}]] header line: him reads at most {} MiB at once",
                big.len() as f64 / (1024.0 * 1024.0),
                MAX_PIECE_BYTES >> 20
            ),
            Some(format!("a large file must be many [[{key}]] tables, each on its own lines")),
        ));
        result.unreadable = true;
        return result;
    }
    let mut elements_before = 0;
    let mut next = 0;
    while next < pieces.len() {
        let first = next == 0;
        let parsed = chunks::parse_from(text, &pieces, next, MAX_PIECE_BYTES as usize);
        next = parsed.next;
        // The first piece's records must be `[[key]]` tables when more follow (see
        // `chunks::inline_then_tables`): the text up to the next piece's header line shows how.
        let then = first.then(|| pieces.get(next)).flatten().map(|after| {
            let rest = &text[after.start..];
            after.start + rest.find('\n').map_or(rest.len(), |end| end + 1)
        });
        elements_before += read_piece(
            file,
            parsed,
            then,
            &lines,
            out,
            &mut result,
            elements_before,
        );
    }
    result
}

/// Reads the `[[kind]]` records of one piece of a file (the whole file, when small), as
/// `chunks::parse_from` parsed it, into `out`, one record at a time, so one bad record does not
/// hide the problems of the next. Spans are shifted by the piece's start so every message
/// points into the whole file. `first` is the index in the file's array of the piece's first
/// element; returns how many elements the piece holds. `then`, for the first of several
/// pieces, is where the next piece's header line ends.
fn read_piece<'t, T: DeserializeOwned>(
    file: &'t SourceFile,
    parsed: chunks::Parsed<'t>,
    then: Option<usize>,
    lines: &dyn Fn() -> &'t Lines<'t>,
    out: &mut Vec<T>,
    result: &mut FileResult,
    first: usize,
) -> usize {
    let path = file.display_path();
    let key = file.kind.table_key();
    let piece = parsed.range;
    let whole = piece == (0..file.text.len());
    let offset = piece.start;
    let shift = |span: std::ops::Range<usize>| span.start + offset..span.end + offset;
    let text = &file.text[piece];
    let root = match parsed.root {
        Ok(root) => root.into_inner(),
        Err(err) => {
            result
                .diagnostics
                .push(Diagnostic::from_toml(path, lines(), &err, offset, None));
            result.unreadable = true;
            return 0;
        }
    };
    if let Some(end) = then
        && chunks::inline_then_tables(&root, key, text)
    {
        // What a whole-file read says: the text up to the next header line, read at once,
        // gives the key twice there.
        let said = match DeTable::parse(&file.text[..end]) {
            Err(err) => Diagnostic::from_toml(path.clone(), lines(), &err, 0, None),
            Ok(_) => Diagnostic::at_line(
                path.clone(),
                lines(),
                end..end,
                format!("`{key}` is written both as `{key} = [...]` and as [[{key}]] tables"),
                Some(format!("write every record as a [[{key}]] table")),
            ),
        };
        result.diagnostics.push(said);
        result.unreadable = true;
    }
    if !root.iter().any(|(name, _)| name.get_ref().as_ref() == key) {
        result.unreadable = true;
    }
    if root.is_empty() && whole {
        result.diagnostics.push(Diagnostic::at_line(
            path,
            lines(),
            0..0,
            format!("the file defines no [[{key}]] records"),
            Some(format!(
                "add at least one [[{key}]] table, or delete the file to use the built-in {}",
                file.kind.file_name()
            )),
        ));
        return 0;
    }
    let mut count = 0;
    for (name, value) in root {
        if name.get_ref().as_ref() != key {
            result.diagnostics.push(Diagnostic::at_line(
                path.clone(),
                lines(),
                shift(name.span()),
                format!(
                    "unknown top-level key `{}`, expected `{key}`",
                    name.get_ref()
                ),
                Some(format!(
                    "{} holds only [[{key}]] tables",
                    file.kind.file_name()
                )),
            ));
            continue;
        }
        let span = value.span();
        let DeValue::Array(elements) = value.into_inner() else {
            result.diagnostics.push(Diagnostic::at_line(
                path.clone(),
                lines(),
                shift(span),
                format!("`{key}` must be an array of tables, written [[{key}]]"),
                None,
            ));
            result.unreadable = true;
            continue;
        };
        for element in elements {
            let position = first + count;
            count += 1;
            let id = record_id(element.get_ref());
            let record_span = shift(element.span());
            if !matches!(element.get_ref(), DeValue::Table(_)) {
                result.diagnostics.push(Diagnostic::at_line(
                    path.clone(),
                    lines(),
                    record_span,
                    format!("each `{key}` must be a table, written [[{key}]]"),
                    None,
                ));
                result.unreadable = true;
                continue;
            }
            match T::deserialize(toml::de::ValueDeserializer::from(element)) {
                Ok(record) => {
                    out.push(record);
                    result.positions.push(position);
                }
                Err(err) => {
                    result.diagnostics.push(Diagnostic::from_toml(
                        path.clone(),
                        lines(),
                        &err,
                        offset,
                        Some(record_span),
                    ));
                    match id {
                        Some(id) => result.broken_ids.push(id),
                        // A record without a readable id may be the one others refer to.
                        None => result.unreadable = true,
                    }
                }
            }
        }
    }
    count
}

/// The `id` of a record that may not parse as a whole.
fn record_id(value: &DeValue<'_>) -> Option<String> {
    let DeValue::Table(table) = value else {
        return None;
    };
    table.iter().find_map(|(key, value)| match value.get_ref() {
        DeValue::String(id) if key.get_ref().as_ref() == "id" => Some(id.to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::load;
    use crate::data::builtin;
    use crate::data::files::gather;

    #[test]
    fn the_compiled_form_holds_the_same_records_as_the_toml() {
        let loaded = load(gather(None).unwrap());
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        assert_eq!(builtin::dataset(), loaded.dataset);
        assert!(!builtin::dataset().titles().is_empty());
    }
}

/// The promise of the module's notes: read in pieces or whole, any text gets the same verdict
/// and, when it is accepted, the same records. Pieces a few bytes long cut the small random
/// texts as a file over 1 MiB is cut.
#[cfg(test)]
mod same_verdict {
    use std::borrow::Cow;
    use std::path::PathBuf;

    use proptest::prelude::*;

    use super::read_records_cut;
    use crate::data::chunks::Cut;
    use crate::data::{Kind, Origin, SourceFile};

    /// A record of any keys: the verdicts compared are TOML's, not a record type's.
    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Record {
        id: String,
    }

    /// The pieces random files are made of: `[[title]]` tables, the same written inline,
    /// header lines inside strings, arrays and comments, quotes that fool a line scan, other
    /// keys and tables.
    fn fragment() -> impl Strategy<Value = String> {
        (0..14u8, 0..1000u32).prop_map(|(kind, n)| match kind {
            0 | 1 => format!("[[title]]\nid = \"t{n}\"\n\n"),
            2 => format!("title = [ {{ id = \"i{n}\" }} ]\n"),
            3 => format!("title = [\n  {{ id = \"i{n}\" }},\n  {{ id = \"j{n}\" }},\n]\n"),
            4 => {
                format!("[[title]]\nid = \"m{n}\"\nnote = \"\"\"\n[[title]]\nid = \"x\"\n\"\"\"\n")
            }
            5 => format!("[[title]]\nid = \"l{n}\"\nnote = '''\n[[title]]\n'''\n"),
            6 => format!("[[title]]\nid = \"q{n}\"\nnote = '\"\"\"'\n"),
            7 => "# [[title]] \"\"\" a comment\n".to_string(),
            8 => format!("[[title]]\nid = \"a{n}\"\nlist = [\n\"x\",\n]\n"),
            9 => "title = []\n".to_string(),
            10 => format!("  [[title]] # indented\nid = \"s{n}\"\n"),
            11 => format!("[title.extra]\nn = {n}\n"),
            12 => format!("[[title]]\nid = \"e{n}\"\ntable = {{ a = 1, b = [\n2,\n] }}\n"),
            _ => "\n".to_string(),
        })
    }

    fn verdict(text: &str, cut: Cut) -> (bool, Vec<Record>) {
        let file = SourceFile {
            kind: Kind::Title,
            origin: Origin::User(PathBuf::from("titles.toml")),
            text: Cow::Owned(text.to_string()),
        };
        let mut records = Vec::new();
        let result = read_records_cut(&file, &mut records, cut);
        (result.diagnostics.is_empty(), records)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn read_in_pieces_or_whole_a_file_gets_one_verdict(
            fragments in proptest::collection::vec(fragment(), 1..12),
            piece in 1..80usize,
        ) {
            let text = fragments.concat();
            let whole = verdict(&text, Cut { above: usize::MAX, piece });
            let in_pieces = verdict(&text, Cut { above: 0, piece });
            prop_assert_eq!(whole.0, in_pieces.0, "{}", text);
            if whole.0 {
                prop_assert_eq!(whole.1, in_pieces.1, "{}", text);
            }
        }
    }

    #[test]
    fn a_first_piece_written_inline_is_refused_as_the_whole_file_is() {
        let text = "title = [ { id = \"a\" } ]\n[[title]]\nid = \"b\"\n";
        assert!(
            !verdict(
                text,
                Cut {
                    above: usize::MAX,
                    piece: 1
                }
            )
            .0
        );
        assert!(!verdict(text, Cut { above: 0, piece: 1 }).0);
    }
}
