//! Property tests: whatever text a data file holds and whatever name a user types, the loader and
//! the name resolver answer (accept or reject), and never panic. The fuzz targets in `fuzz/` dig
//! deeper with coverage guidance; these run in every `cargo test`.

use std::path::PathBuf;

use him::catalog::Catalog;
use him::data::builtin::FILES;
use him::data::{self, Kind, SourceFile};
use proptest::prelude::*;

fn files_with(kind: Kind, text: String) -> Vec<SourceFile> {
    let path = PathBuf::from(format!("my-data/{}", kind.file_name()));
    data::builtin_with(kind, path, text)
}

/// Loads, and does what a user would see done with the result: every problem printed and
/// serialized, and on clean data, names resolved.
fn load_and_use(kind: Kind, text: String, names: &[String]) {
    match Catalog::from_files(files_with(kind, text)) {
        Ok(catalog) => {
            for name in names {
                let _ = catalog.resolve(name, &Kind::ALL);
            }
            show(&catalog.warnings);
        }
        Err(err) => show(&err.diagnostics),
    }
}

fn show(diagnostics: &[data::Diagnostic]) {
    for diagnostic in diagnostics {
        let shown = diagnostic.to_string();
        assert!(shown.starts_with("error: ") || shown.starts_with("warning: "));
        serde_json::to_string(diagnostic).unwrap();
    }
}

/// The number of cases to run: `default`, or PROPTEST_CASES when it is set.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

fn any_kind() -> impl Strategy<Value = Kind> {
    prop::sample::select(Kind::ALL.to_vec())
}

/// Pieces of TOML, so that random text often gets past the first character.
fn toml_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("[[title]]\n".to_string()),
        Just("[[title.pay]]\n".to_string()),
        Just("[credential.exam]\n".to_string()),
        Just("id = \"x\"\n".to_string()),
        Just("name = \"X\"\n".to_string()),
        Just("field = \"him\"\n".to_string()),
        Just("sources = [\"article-2020\"]\n".to_string()),
        Just("median = -1\n".to_string()),
        Just("period = 2020-03-01\n".to_string()),
        Just("{ a = [1, {b = 2}] }".to_string()),
        Just("\"\"\"\n".to_string()),
        Just("'\\u001b'".to_string()),
        Just("\r\n".to_string()),
        "[a-z_.]{1,8} = ".prop_map(String::from),
        "\"[^\"\\\\]{0,12}\"".prop_map(String::from),
        "-?[0-9]{1,25}(\\.[0-9]+)?(e[0-9]+)?".prop_map(String::from),
        "[\\[\\]{}=,\"'#\n ]{1,6}".prop_map(String::from),
        any::<char>().prop_map(String::from),
    ]
}

/// One change to a file's bytes.
#[derive(Clone, Debug)]
enum Mutation {
    Delete { at: usize, len: usize },
    Insert { at: usize, text: String },
    Duplicate { at: usize, len: usize },
    Replace { at: usize, byte: u8 },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..64usize).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (any::<usize>(), toml_piece()).prop_map(|(at, text)| Mutation::Insert { at, text }),
        (any::<usize>(), 1..400usize).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        (
            any::<usize>(),
            prop::sample::select(b"[]{}=\"'#,.\n\r\\ 0-x\x1b\xff".to_vec())
        )
            .prop_map(|(at, byte)| Mutation::Replace { at, byte }),
    ]
}

fn mutate(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let len = bytes.len();
    let place = |at: usize| if len == 0 { 0 } else { at % (len + 1) };
    match mutation {
        Mutation::Delete { at, len: n } => {
            let start = place(*at);
            let end = (start + n).min(len);
            bytes.drain(start..end);
        }
        Mutation::Insert { at, text } => {
            let start = place(*at);
            bytes.splice(start..start, text.bytes());
        }
        Mutation::Duplicate { at, len: n } => {
            let start = place(*at);
            let end = (start + n).min(len);
            let copy = bytes[start..end].to_vec();
            bytes.splice(end..end, copy);
        }
        Mutation::Replace { at, byte } => {
            if len > 0 {
                bytes[at % len] = *byte;
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        // Each case loads the whole data set; the fuzzers in fuzz/ run millions.
        // PROPTEST_CASES=5000 cargo test --test property runs longer.
        cases: cases(96),
        // A failing case is kept in tests/property.proptest-regressions and tried first.
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_text_is_accepted_or_rejected_never_a_panic(
        kind in any_kind(),
        text in "\\PC{0,200}",
    ) {
        load_and_use(kind, text, &[]);
    }

    #[test]
    fn random_toml_pieces_are_accepted_or_rejected_never_a_panic(
        kind in any_kind(),
        pieces in prop::collection::vec(toml_piece(), 0..40),
    ) {
        load_and_use(kind, pieces.concat(), &[]);
    }

    #[test]
    fn mutated_built_in_files_are_accepted_or_rejected_never_a_panic(
        index in 0..FILES.len(),
        mutations in prop::collection::vec(mutation(), 1..6),
        names in prop::collection::vec("\\PC{0,20}", 0..3),
    ) {
        let (kind, text) = FILES[index];
        let mut bytes = text.as_bytes().to_vec();
        for m in &mutations {
            mutate(&mut bytes, m);
        }
        // Invalid UTF-8 is refused before the loader (tests/fixtures/bad/invalid-utf8); the
        // loader itself takes text.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        load_and_use(kind, text, &names);
    }
}

#[test]
fn any_name_resolves_or_explains_never_a_panic() {
    // One catalog for every case: building it is the slow part, resolving is what is tested.
    let catalog = Catalog::builtin().unwrap();
    let names = prop_oneof!["\\PC{0,80}", "[A-Za-z -]{0,30}"];
    let kinds = prop::sample::subsequence(Kind::ALL.to_vec(), 1..=Kind::ALL.len());
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: cases(1024),
        ..ProptestConfig::default()
    });
    runner
        .run(&(names, kinds), |(name, kinds)| {
            match catalog.resolve(&name, &kinds) {
                Ok(entity) => prop_assert!(kinds.contains(&entity.kind)),
                Err(err) => prop_assert!(!err.message.is_empty()),
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn every_built_in_name_resolves_to_its_record() {
    // The other side of the property above: what is there is found.
    let catalog = Catalog::builtin().unwrap();
    for kind in Kind::ALL {
        for record in catalog.data.all_named(kind) {
            let found = catalog.resolve(record.id(), &[kind]).unwrap();
            assert_eq!(catalog.named(found).id(), record.id());
        }
    }
}
