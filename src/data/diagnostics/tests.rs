//! Unit tests of `data/diagnostics.rs`.

use super::*;

#[test]
fn points_at_line_and_column_in_characters() {
    let text = "a = 1\n# é\n  bad = 2\n";
    let start = text.find("bad").unwrap();
    let d = Diagnostic::at("f.toml".into(), text, start..start + 3, "no".into(), None);
    assert_eq!(d.location(), "f.toml:3:3");
    let shown = d.to_string();
    assert!(shown.contains("3 |   bad = 2"), "{shown}");
    assert!(shown.contains("  |   ^^^"), "{shown}");
}

#[test]
fn crlf_lines_are_shown_without_the_carriage_return() {
    let text = "a = 1\r\nbad = 2\r\n";
    let start = text.find("bad").unwrap();
    let d = Diagnostic::at("f.toml".into(), text, start..start + 3, "no".into(), None);
    assert_eq!(d.location(), "f.toml:2:1");
    assert!(!d.to_string().contains('\r'));
}

#[test]
fn a_span_past_the_end_is_clamped() {
    let d = Diagnostic::at("f.toml".into(), "a", 5..9, "end".into(), None);
    assert_eq!(d.location(), "f.toml:1:2");
}
