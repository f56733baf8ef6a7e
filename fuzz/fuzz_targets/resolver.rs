//! Any text as a name typed on the command line, looked up among any kinds of records: the
//! resolver finds one record or explains why not, without panicking.
#![no_main]

use him::catalog::Catalog;
use him::data::Kind;
use libfuzzer_sys::fuzz_target;

thread_local! {
    // Built once: resolving is what is fuzzed.
    static CATALOG: Catalog = Catalog::builtin().expect("the built-in data loads");
}

fuzz_target!(|input: &[u8]| {
    // The first byte says which kinds to look in (one bit each); the rest is the name.
    let Some((&mask, rest)) = input.split_first() else {
        return;
    };
    let name = String::from_utf8_lossy(rest);
    let mut kinds: Vec<Kind> = Kind::ALL
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, &k)| k)
        .collect();
    if kinds.is_empty() {
        kinds = Kind::ALL.to_vec();
    }
    CATALOG.with(|catalog| match catalog.resolve(&name, &kinds) {
        Ok(entity) => assert!(kinds.contains(&entity.kind)),
        Err(err) => assert!(!err.message.is_empty()),
    });
});
