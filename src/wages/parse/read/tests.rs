//! Unit tests of `wages/parse/read.rs`.

use super::*;

#[test]
fn points_at_fields_even_when_quoted() {
    let text = "x\n11-1011,\"Abilene, TX\",bad\n";
    let start = text.find("11-").unwrap();
    assert_eq!(&text[field_span(text, start, 1)], "\"Abilene, TX\"");
    assert_eq!(&text[field_span(text, start, 2)], "bad");
}
