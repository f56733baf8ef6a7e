//! The TOML reader's messages in words a person can act on: what was found, what the key
//! takes, and the nearest allowed name.

use std::ops::Range;

/// The TOML and serde messages people meet most, in the words of the person editing the file:
/// toml and serde speak of `u32`, `sequence` and `map`, a person reads "a whole number", "a
/// list" and "a table", and is told which key is wrong and how to write it.
pub(super) fn explain(
    message: &str,
    text: &str,
    span: Option<Range<usize>>,
) -> (String, Option<String>) {
    let value = span
        .as_ref()
        .map_or("", |span| value_text(text, span.clone()));
    let key = span.as_ref().and_then(|span| key_before(text, span.start));
    let subject = match &key {
        Some(Subject::Key(key)) => format!("`{key}`"),
        Some(Subject::ListItem) => "each item of this list".to_string(),
        None => "this value".to_string(),
    };
    let key_name = match &key {
        Some(Subject::Key(key)) => key.as_str(),
        _ => "key",
    };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (typed, allowed) = typed_and_allowed(rest);
        let near = crate::text::fuzzy::closest(typed, allowed.iter().copied());
        let known = "him rejects keys it does not know, so a typo never goes unnoticed";
        return (
            format!(
                "unknown key `{typed}`; this table takes {}",
                backticked(&allowed)
            ),
            Some(match near {
                Some(near) => format!("did you mean `{near}`? {known}"),
                None => format!("remove it or check its spelling against docs/DATA.md; {known}"),
            }),
        );
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let (missing, _) = typed_and_allowed(rest);
        return (
            format!("this table lacks `{missing}`, which it must have"),
            Some(format!(
                "add `{missing} = ...`; docs/DATA.md lists the keys each table needs"
            )),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (typed, allowed) = typed_and_allowed(rest);
        let near = crate::text::fuzzy::closest(typed, allowed.iter().copied());
        return (
            format!(
                "{subject} cannot be `{typed}`: it is one of {}",
                backticked(&allowed)
            ),
            near.map(|near| format!("did you mean `{near}`?")),
        );
    }
    if let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(|rest| rest.rsplit_once(", expected "))
        && let Some(wanted) = expected_words(expected)
    {
        let number_wanted = matches!(expected, "u32" | "i64" | "f64");
        let (found_words, found_kind) = found_words(found, value);
        if found_kind == Found::Table && value.starts_with('[') && expected == "a sequence" {
            // `[title.pay]` where the file means one of a list of tables.
            let header = value.trim_matches(['[', ']', ' ']);
            return (
                format!(
                    "`[{header}]` must be written `[[{header}]]`: it is one of a list of tables"
                ),
                Some(format!("use double brackets for each table: [[{header}]]")),
            );
        }
        let decimal =
            value.contains(['.', 'e', 'E']) || value.contains("inf") || value.contains("nan");
        let hint = match (found_kind, expected) {
            (Found::Text, _) if number_wanted => {
                Some("remove the quotes: numbers are written without them".to_string())
            }
            (Found::Number, "u32" | "i64") if decimal => {
                Some("write a whole number, without a decimal point".to_string())
            }
            (Found::Number | Found::Date | Found::Word, "a string") => {
                let quoted = format!("\"{}\"", value.trim_matches('"'));
                Some(match key {
                    Some(Subject::Key(_)) => {
                        format!("put the value in quotes: {key_name} = {quoted}")
                    }
                    _ => format!("put each item in quotes: {quoted}"),
                })
            }
            (Found::Text, "a sequence") => Some(format!(
                "a list of one is still written in brackets: {key_name} = [{value}]"
            )),
            _ if wanted == "a table" => {
                Some("docs/DATA.md shows how this table is written".to_string())
            }
            _ => None,
        };
        return (
            format!("{subject} must be {wanted}, not {found_words}"),
            hint,
        );
    }
    match message {
        // An enum (level, status, kind ...) given something other than a word.
        "wanted string or table" => (
            format!(
                "{subject} must be one of the words docs/DATA.md lists for it, in quotes, not {value}"
            ),
            Some(format!(
                "for example {key_name} = \"...\" with a word from docs/DATA.md"
            )),
        ),
        "duplicate key" => (
            format!("`{}` is given twice", value.trim_matches(['[', ']', ' '])),
            Some("a key may appear once in a table: keep one of them".to_string()),
        ),
        "integer number overflowed" => (
            format!("the number {value} is too large to read"),
            Some("no figure in him's data needs more than ten digits".to_string()),
        ),
        "cannot recurse further; max recursion depth met" | "recursion limit" => (
            "values are nested too deeply to read".to_string(),
            Some(
                "him's data nests only a few levels; look for brackets or braces that never close"
                    .to_string(),
            ),
        ),
        "invalid basic string, expected `\"`" | "invalid literal string, expected `'`" => (
            "this text has no closing quote".to_string(),
            Some(
                "close it on the same line; text over several lines goes between \"\"\" marks"
                    .to_string(),
            ),
        ),
        _ if message
            .starts_with("invalid basic string, expected non-double-quote visible characters")
            || message.starts_with("invalid literal string") =>
        {
            match value_char(text, span.as_ref()) {
                Some(c) if c.is_control() => (
                    format!(
                        "text holds a control character ({}), which a data file cannot",
                        crate::text::visible(&c.to_string())
                    ),
                    Some("delete it: a data file is plain text".to_string()),
                ),
                _ => (message.to_string(), None),
            }
        }
        _ if message.starts_with("missing escaped value") => (
            "this is not an escape TOML knows".to_string(),
            Some(
                "write \\\\ for a backslash; the escapes are \\n, \\t, \\\", \\\\ and \\uXXXX"
                    .to_string(),
            ),
        ),
        "key with no value, expected `=`" => {
            let typed = span
                .as_ref()
                .map_or("", |span| line_before(text, span.start).trim());
            (
                format!("`{typed}` has no `=` after it"),
                Some(format!("write it as {typed} = value")),
            )
        }
        "unexpected key or value, expected newline, `#`" => (
            "a line holds one `key = value`; something follows it here".to_string(),
            Some("start a new line for the next key".to_string()),
        ),
        _ if message.starts_with("string values must be quoted") => {
            if value.trim().is_empty() {
                (
                    format!("{subject} has no value after `=`"),
                    Some(format!(
                        "write the value after `=`, e.g. {key_name} = \"...\""
                    )),
                )
            } else {
                (
                    "text must be in quotes".to_string(),
                    Some(format!("write {key_name} = \"...\"")),
                )
            }
        }
        _ => (message.to_string(), None),
    }
}

/// The typed word and the accepted ones of serde's "`levle`, expected one of `id`, `level`".
fn typed_and_allowed(rest: &str) -> (&str, Vec<&str>) {
    let (typed, allowed) = rest.split_once(", expected").unwrap_or((rest, ""));
    let typed = backticked_words(typed).first().copied().unwrap_or(typed);
    (typed, backticked_words(allowed))
}

fn backticked_words(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// "`a`, `b` or `c`".
fn backticked(words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("`{w}`")).collect();
    crate::text::or_list(&quoted)
}

/// The character at the start of a span.
fn value_char(text: &str, span: Option<&Range<usize>>) -> Option<char> {
    let start = span?.start;
    text.get(start..)?.chars().next()
}

/// What the thing a key names is, in plain words; `None` for what has no plainer name.
fn expected_words(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "u32" => "a whole number from 0 to 4,294,967,295",
        "i64" => "a whole number",
        "f64" => "a number",
        "a string" => "text in quotes",
        "a sequence" => "a list in square brackets",
        "a boolean" => "true or false",
        "a map" => "a table",
        _ if expected.starts_with("struct ") => "a table",
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    Number,
    Text,
    Date,
    /// `true` or `false`.
    Word,
    List,
    Table,
    Other,
}

/// What serde found, shown as the user wrote it.
fn found_words(found: &str, value: &str) -> (String, Found) {
    let shown = if value.is_empty() || value.len() > 60 || value.contains('\n') {
        None
    } else {
        Some(value)
    };
    if found.starts_with("integer") || found.starts_with("floating point") {
        let number = shown.map_or_else(
            || found.split('`').nth(1).unwrap_or("").to_string(),
            str::to_string,
        );
        (format!("the number {number}"), Found::Number)
    } else if found.starts_with("string") {
        match shown {
            Some(text) => (format!("the text {text}"), Found::Text),
            None => ("text".to_string(), Found::Text),
        }
    } else if found.starts_with("boolean") {
        (shown.unwrap_or("true or false").to_string(), Found::Word)
    } else if found == "sequence" {
        ("a list".to_string(), Found::List)
    } else if found == "map" && value.starts_with(|c: char| c.is_ascii_digit()) {
        // TOML reads an unquoted 2020-03-01 as a date, which serde sees as a table.
        (format!("the date {value}"), Found::Date)
    } else if found == "map" {
        ("a table".to_string(), Found::Table)
    } else {
        (found.to_string(), Found::Other)
    }
}

/// The source text of a span, trimmed, on one line.
fn value_text(text: &str, span: Range<usize>) -> &str {
    let start = text.floor_char_boundary(span.start);
    let end = text.floor_char_boundary(span.end.max(start));
    let value = &text[start..end];
    value.split('\n').next().unwrap_or("").trim()
}

enum Subject {
    Key(String),
    ListItem,
}

/// The text of the line up to `offset`.
fn line_before(text: &str, offset: usize) -> &str {
    let before = &text[..text.floor_char_boundary(offset)];
    before.rfind('\n').map_or(before, |i| &before[i + 1..])
}

/// The key a value at `offset` is assigned to (`median` in `median = -5`), read back from the
/// text; a list item when the value follows `[` or `,`.
fn key_before(text: &str, offset: usize) -> Option<Subject> {
    let before = &text[..text.floor_char_boundary(offset)];
    let before = before.trim_end_matches([' ', '\t']);
    if before.ends_with(['[', ',']) {
        return Some(Subject::ListItem);
    }
    let before = before.strip_suffix('=')?.trim_end_matches([' ', '\t']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '"')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let key = &before[start..];
    (!key.is_empty() && key.len() <= 60).then(|| Subject::Key(key.to_string()))
}
