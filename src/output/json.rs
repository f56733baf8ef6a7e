//! JSON for scripts that may print it: serde_json escapes the C0 control characters, but passes
//! DEL, the C1 controls (U+0080 to U+009F, which some terminals obey like ESC) and the
//! bidirectional overrides through raw. Here they are written as `\uXXXX` escapes too, so
//! `him ... --format json | cat` cannot recolour or reorder a terminal; any JSON parser reads
//! the same strings back.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::text::needs_escape;

/// Writes `value` as pretty JSON with every character that could act on a terminal escaped.
pub fn write_pretty<W: Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(writer, SafeFormatter::default());
    value.serialize(&mut serializer)
}

/// serde_json's pretty formatter, with string contents escaped as described above.
#[derive(Default)]
struct SafeFormatter {
    pretty: PrettyFormatter<'static>,
}

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // Most text is plain ASCII (DEL aside, nothing below 0x80 needs more than serde_json's
        // own escapes): written at once, without looking at each character.
        if fragment.bytes().all(|b| b < 0x7f) {
            return writer.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((at, c)) = rest.char_indices().find(|&(_, c)| needs_escape(c)) {
            writer.write_all(&rest.as_bytes()[..at])?;
            // Every character `needs_escape` selects lies in the Basic Multilingual Plane, so
            // one \uXXXX escape is exact.
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.pretty.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.pretty.begin_object_key(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.pretty.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(value: &serde_json::Value) -> String {
        let mut out = Vec::new();
        write_pretty(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn terminal_controls_are_escaped_and_read_back_the_same() {
        let hostile = "a\u{1b}[31mb\u{7}c\u{9b}2Jd\u{202e}e\u{7f}f\u{85}g\u{2028}h";
        let value = serde_json::json!({ "name": hostile, "list": [hostile] });
        let text = json(&value);
        assert!(
            text.chars().all(|c| c == '\n' || !needs_escape(c)),
            "{text:?}"
        );
        assert!(
            text.contains(r"a\u001b[31mb\u0007c\u009b2Jd\u202ee\u007ff\u0085g\u2028h"),
            "{text}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn plain_json_is_serde_jsons_pretty_output() {
        let value = serde_json::json!({ "a": [1, 2], "b": { "c": "é \" \\ \n" } });
        assert_eq!(json(&value), serde_json::to_string_pretty(&value).unwrap());
    }
}
