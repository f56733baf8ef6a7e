//! Any bytes as one data file of a user's directory, checked with the built-in files: the loader
//! may reject them, and must say why without panicking.
#![no_main]

use std::path::PathBuf;

use him::catalog::Catalog;
use him::data::{self, Kind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    // The first byte picks the file; the rest is its text. Invalid UTF-8 is refused before the
    // loader is reached (see data::gather), so it is skipped here.
    let Some((&which, rest)) = input.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = Kind::ALL[usize::from(which) % Kind::ALL.len()];
    let path = PathBuf::from(format!("my-data/{}", kind.file_name()));
    let files = data::builtin_with(kind, path, text.to_string());
    let problems = match Catalog::from_files(files) {
        Ok(catalog) => catalog.warnings,
        Err(err) => err.diagnostics,
    };
    // Printing a problem (its excerpt, underline and hint) is part of answering.
    for problem in problems {
        let _ = problem.to_string();
    }
});
