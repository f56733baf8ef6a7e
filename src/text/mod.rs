//! Text for people, below everything else: control characters shown escaped, names normalized
//! for lookups, numbers and lists in words; `fuzzy` finds the names nearest to a typed one.

pub mod fuzzy;

use std::borrow::Cow;

/// Makes text safe to print: control characters (ESC, BEL, CSI, OSC openers, other C0 and C1
/// codes) and bidirectional overrides are shown as visible escapes (`\x1b`, `\u{202e}`) instead
/// of reaching the terminal, where they could recolour, retitle or reorder what a person reads.
/// Newlines and tabs pass through.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !has_escapes(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            let code = u32::from(c);
            if code < 0x100 {
                out.push_str(&format!("\\x{code:02x}"));
            } else {
                out.push_str(&format!("\\u{{{code:04x}}}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether `text` has a character `needs_escape` names, found from its UTF-8 bytes without
/// decoding the rest: him prints all its text through `visible`, and nearly all of it has none.
fn has_escapes(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Every byte through the ASCII test (false for the bytes of other characters): a loop
    // without an early exit, which the compiler turns into a few wide comparisons.
    let ascii = bytes
        .iter()
        .fold(false, |found, &byte| found | ascii_needs_escape(byte));
    let [first, second] = ESCAPED_LEAD_BYTES;
    // Only the characters that start with the first byte of an escaped one are decoded; such a
    // byte always starts a character, so `at` is a character boundary.
    ascii
        || memchr::memchr2_iter(first, second, bytes)
            .any(|at| text[at..].chars().next().is_some_and(needs_escape))
}

/// The first UTF-8 byte of each character above ASCII that `needs_escape` names: 0xc2 starts
/// U+0080-U+00BF, 0xe2 starts U+2000-U+2FFF. A test checks every character against it.
const ESCAPED_LEAD_BYTES: [u8; 2] = [0xc2, 0xe2];

/// Whether a character must not reach a terminal as it is: control characters other than
/// newline and tab, bidirectional embeddings, overrides and isolates (the "Trojan Source"
/// characters), and the Unicode line and paragraph separators that would break a table's rows.
pub fn needs_escape(c: char) -> bool {
    match u8::try_from(c) {
        Ok(byte) if byte.is_ascii() => ascii_needs_escape(byte),
        // The C1 controls; the line and paragraph separators, the embeddings and overrides;
        // the isolates.
        _ => matches!(
            c,
            '\u{80}'..='\u{9f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        ),
    }
}

/// The ASCII characters `needs_escape` names: the C0 controls but tab and newline, and DEL. A
/// test of one byte, false for every byte of a longer character (all are 0x80 or above).
const fn ascii_needs_escape(byte: u8) -> bool {
    matches!(byte, 0x00..=0x08 | 0x0b..=0x1f | 0x7f)
}

/// Text typed by a user, cut to `max` characters for echoing in a message: a pasted page is
/// shown as its start and its length.
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((end, _)) => Cow::Owned(format!(
            "{}… ({} characters)",
            &text[..end],
            text.chars().count()
        )),
    }
}

/// How much of a typed name a message repeats.
pub const ECHOED_NAME: usize = 60;

/// The form names are compared in: lowercase, with runs of anything but letters and digits
/// turned into one space, so `Health-Informatics`, `health_informatics` and
/// `Health Informatics` are the same name.
pub fn normalize_name(name: &str) -> String {
    let mut normal = String::with_capacity(name.len());
    if name.is_ascii() {
        ascii_normal_bytes(name, |byte| normal.push(char::from(byte)));
        return normal;
    }
    normal.extend(normal_chars(name));
    normal
}

/// The bytes of `normalize_name(name)` for an ASCII name, one at a time: the same as
/// `normal_chars` gives, read as bytes, which is most names and several times quicker.
fn ascii_normal_bytes(name: &str, mut emit: impl FnMut(u8)) {
    let (mut gap, mut started) = (false, false);
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() {
            if gap && started {
                emit(b' ');
            }
            gap = false;
            started = true;
            emit(byte.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
}

/// The characters of `normalize_name(name)`, without building the string: for comparing and
/// hashing many names with no allocation.
pub fn normal_chars(name: &str) -> NormalChars<'_> {
    NormalChars {
        chars: name.chars(),
        pending: None,
        lower: None,
        gap: false,
        started: false,
    }
}

/// The iterator of `normal_chars`. ASCII letters are lowered directly; other letters go
/// through `char::to_lowercase`, which may give several characters.
pub struct NormalChars<'a> {
    chars: std::str::Chars<'a>,
    /// A letter to give after the space that separates it from the word before.
    pending: Option<char>,
    /// The rest of a non-ASCII letter's lower case.
    lower: Option<std::char::ToLowercase>,
    gap: bool,
    started: bool,
}

impl Iterator for NormalChars<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        if let Some(lower) = &mut self.lower {
            match lower.next() {
                Some(c) => return Some(c),
                None => self.lower = None,
            }
        }
        if let Some(c) = self.pending.take() {
            return Some(self.lowered(c));
        }
        for c in self.chars.by_ref() {
            if c.is_alphanumeric() {
                let space = self.gap && self.started;
                self.gap = false;
                self.started = true;
                if space {
                    self.pending = Some(c);
                    return Some(' ');
                }
                return Some(self.lowered(c));
            }
            self.gap = true;
        }
        None
    }
}

impl NormalChars<'_> {
    fn lowered(&mut self, c: char) -> char {
        if c.is_ascii() {
            return c.to_ascii_lowercase();
        }
        let mut lower = c.to_lowercase();
        let first = lower.next().unwrap_or(c);
        self.lower = Some(lower);
        first
    }
}

/// A hash of `normalize_name(name)`, computed without building it.
pub fn normal_hash(name: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    if name.is_ascii() {
        ascii_normal_bytes(name, |byte| hasher.write_u32(u32::from(byte)));
    } else {
        for c in normal_chars(name) {
            hasher.write_u32(u32::from(c));
        }
    }
    hasher.finish()
}

/// Whether two names are the same once normalized.
pub fn same_name(a: &str, b: &str) -> bool {
    normal_chars(a).eq(normal_chars(b))
}

/// The text with its first letter in upper case: "routes 1 and 2" -> "Routes 1 and 2".
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or(String::new(), |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Formats whole dollars with thousands separators: 64000 -> "$64,000".
pub fn dollars(amount: u64) -> String {
    format!("${}", thousands(amount))
}

/// A count with thousands separators: "521,100".
pub fn thousands(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "a", "a or b", "a, b or c".
pub fn or_list(items: &[String]) -> String {
    joined_list(items, "or")
}

/// "a", "a and b", "a, b and c".
pub fn and_list(items: &[String]) -> String {
    joined_list(items, "and")
}

fn joined_list(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// The longest a bar gets, in characters.
const BAR_WIDTH: u32 = 12;

/// Dollars per full bar character: a round amount (1, 2, 2.5 or 5 times a power of ten) that
/// keeps the longest bar within `BAR_WIDTH`.
pub fn bar_unit(max: u32) -> u32 {
    let mut power: u32 = 1;
    loop {
        for step in [10, 20, 25, 50] {
            let unit = power.saturating_mul(step) / 10;
            if unit > 0 && max.div_ceil(unit) <= BAR_WIDTH {
                return unit;
            }
        }
        if power > u32::MAX / 10 {
            return u32::MAX;
        }
        power *= 10;
    }
}

/// A bar of `value / unit` characters, to the eighth.
pub fn bar(value: u32, unit: u32) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = (u64::from(value) * 8 + u64::from(unit) / 2) / u64::from(unit.max(1));
    let full = usize::try_from(eighths / 8).unwrap_or(0);
    let part = usize::try_from(eighths % 8).unwrap_or(0);
    format!("{}{}", "█".repeat(full), PARTS[part])
}

/// A path as it can be typed into a shell: quoted when it holds anything but plain characters.
pub fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, '/' | '.' | '_' | '-' | '~' | ':' | '+' | ',')
        });
    if plain {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_control_sequences() {
        assert_eq!(visible("plain"), "plain");
        assert_eq!(visible("a\x1b[31mred"), "a\\x1b[31mred");
        assert_eq!(visible("bell\x07"), "bell\\x07");
        assert_eq!(visible("c1\u{9b}"), "c1\\x9b");
        assert_eq!(visible("rtl\u{202e}"), "rtl\\u{202e}");
        assert_eq!(visible("two\nlines\tok"), "two\nlines\tok");
    }

    fn every_character() -> impl Iterator<Item = char> {
        '\0'..=char::MAX
    }

    #[test]
    fn the_escaped_characters_are_the_controls_and_the_formatting_characters() {
        for c in every_character().filter(|c| c.is_control()) {
            assert_eq!(needs_escape(c), c != '\n' && c != '\t', "{c:?}");
        }
        let others: Vec<char> = every_character()
            .filter(|&c| needs_escape(c) && !c.is_control())
            .collect();
        let separators_embeddings_overrides = '\u{2028}'..='\u{202e}';
        let isolates = '\u{2066}'..='\u{2069}';
        let expected: Vec<char> = separators_embeddings_overrides.chain(isolates).collect();
        assert_eq!(others, expected);
    }

    /// The byte scan finds every character of the set, whatever its first byte, and no other.
    #[test]
    fn the_byte_scan_finds_every_escaped_character_and_no_other() {
        let mut buffer = [0; 4];
        for c in every_character() {
            let text = c.encode_utf8(&mut buffer);
            assert_eq!(has_escapes(text), needs_escape(c), "{c:?}");
        }
    }

    #[test]
    fn clip_keeps_short_text_and_cuts_long_text() {
        assert_eq!(clip("rhia", 5), "rhia");
        assert_eq!(clip("abcdef", 5), "abcde… (6 characters)");
        assert_eq!(clip("ééééé", 5), "ééééé");
    }

    #[test]
    fn names_compare_without_case_or_punctuation() {
        assert_eq!(normalize_name("Health-Informatics"), "health informatics");
        assert_eq!(
            normalize_name("  health_informatics "),
            "health informatics"
        );
        assert_eq!(normalize_name("CCS-P"), "ccs p");
        assert_eq!(normalize_name("Legal Aspects, Risk"), "legal aspects risk");
    }

    #[test]
    fn normalized_names_compare_and_hash_without_building_them() {
        assert!(same_name("Health-Informatics", "health  informatics"));
        assert!(!same_name("Health informatics", "health informatic"));
        assert_eq!(normal_hash("CCS-P"), normal_hash("ccs p"));
        assert_ne!(normal_hash("ccs p"), normal_hash("ccsp"));
        // The ASCII shortcut hashes as the general path does: the Kelvin sign lowers to `k`.
        assert_eq!(normal_hash("\u{212a}elvin-x"), normal_hash("kelvin x"));
        assert_eq!(normalize_name("  -Ab--c  "), "ab c");
        // A letter whose lower case is two characters.
        assert_eq!(normalize_name("İstanbul x"), "i\u{307}stanbul x");
        assert_eq!(normalize_name("ÉCOLE-Été"), "école été");
    }

    proptest::proptest! {
        /// The byte-level shortcuts give what the general, character-by-character paths give,
        /// in any text: names, and the scan for characters to escape.
        #[test]
        fn shortcuts_agree_with_the_general_paths(text in "[ -~\\t\\n\\x00-\\x1f\\x7f-\u{a1}é\u{2020}-\u{2030}\u{2060}-\u{206f}•–İ]{0,24}") {
            proptest::prop_assert_eq!(normalize_name(&text), normal_chars(&text).collect::<String>());
            let general = !text.chars().any(needs_escape);
            proptest::prop_assert_eq!(matches!(visible(&text), Cow::Borrowed(_)), general);
        }
    }

    #[test]
    fn dollars_have_separators() {
        assert_eq!(dollars(0), "$0");
        assert_eq!(dollars(999), "$999");
        assert_eq!(dollars(64000), "$64,000");
        assert_eq!(dollars(1234567), "$1,234,567");
    }

    #[test]
    fn bar_units_are_round_and_keep_bars_short() {
        assert_eq!(bar_unit(175_140), 20_000);
        assert_eq!(bar_unit(123_860), 20_000);
        assert_eq!(bar_unit(60_000), 5_000);
        assert_eq!(bar_unit(1), 1);
        assert_eq!(bar(100_000, 20_000), "█████");
        assert_eq!(bar(105_850, 20_000), "█████▎");
        assert_eq!(bar(0, 20_000), "");
    }
}
