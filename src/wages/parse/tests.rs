//! Unit tests of `wages/parse.rs`.

use super::*;

#[test]
fn finds_the_source_line_among_the_opening_comments() {
    let text = "# a comment\n# source: bls-oews-2025\nsoc_code\n";
    let (id, span) = source_line(text).unwrap();
    assert_eq!(id, "bls-oews-2025");
    assert_eq!(&text[span], "bls-oews-2025");
    assert_eq!(source_line("soc_code\n# source: late\n"), None);
}
