//! Fitting tables into a width: how wide each column gets, and wrapping a cell's lines with a
//! hanging indent so a wrapped list item still reads as one item.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The width of a table's borders and padding: `│ a ┆ b │` is 3 per column plus 1.
pub fn chrome(columns: usize) -> usize {
    3 * columns + 1
}

/// Widths for columns whose longest lines are `natural`, sharing `available` characters.
/// Columns that fit in a fair share keep their natural width; the rest split what is left.
/// `None` when even `minimum` widths do not fit.
pub fn column_widths(natural: &[usize], minimum: &[usize], available: usize) -> Option<Vec<usize>> {
    let n = natural.len();
    if n == 0 || minimum.iter().sum::<usize>() > available {
        return None;
    }
    if natural.iter().sum::<usize>() <= available {
        return Some(natural.to_vec());
    }
    let mut widths = vec![0; n];
    let mut open: Vec<usize> = (0..n).collect();
    let mut remaining = available;
    loop {
        let share = remaining / open.len();
        let (fits, rest): (Vec<usize>, Vec<usize>) =
            open.iter().partition(|&&i| natural[i] <= share);
        if fits.is_empty() {
            break;
        }
        for i in fits {
            widths[i] = natural[i];
            remaining -= natural[i];
        }
        open = rest;
        if open.is_empty() {
            return Some(widths);
        }
    }
    let share = remaining / open.len();
    let mut extra = remaining % open.len();
    for &i in &open {
        widths[i] = share + usize::from(extra > 0);
        extra = extra.saturating_sub(1);
    }
    // A column below its minimum takes from the widest open columns.
    for &i in &open {
        while widths[i] < minimum[i] {
            let donor = open
                .iter()
                .copied()
                .filter(|&j| widths[j] > minimum[j])
                .max_by_key(|&j| widths[j])?;
            widths[donor] -= 1;
            widths[i] += 1;
        }
    }
    Some(widths)
}

/// The marker a list line starts with (`• `, `= `, `+ `, `12. `), whose width later lines of the
/// same item are indented by.
fn marker_width(line: &str) -> usize {
    for marker in ["• ", "= ", "+ ", "- "] {
        if line.starts_with(marker) {
            return marker.width();
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(". ") {
        return digits + 2;
    }
    0
}

/// Wraps one line to `width` columns at spaces, breaking words longer than the width, and
/// indenting continuation lines under the text after a list marker.
pub fn wrap_line(line: &str, width: usize) -> Vec<String> {
    let indent = " ".repeat(marker_width(line).min(width.max(1) / 2));
    wrap_hanging(line, width, &indent)
}

/// Wraps one line to `width` columns, the lines after the first starting with `hang` (which
/// counts in the width). A line breaks only at a space or right after a hyphen or a dash within
/// a word (see `pieces`): a number, a dollar figure, an id, a code or an address is never split.
/// Spaces within a line stay as they are (an indent, a gap that lines up a column); the spaces
/// where a line breaks go. A piece longer than the room a whole line has stands alone on its
/// line, whole: a table gives each column at least its longest piece (`longest_piece`), so only
/// a paragraph on a very narrow terminal ever runs past the width.
pub fn wrap_hanging(line: &str, width: usize, hang: &str) -> Vec<String> {
    let width = width.max(1);
    if display_width(line) <= width {
        return vec![line.to_string()];
    }
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_width = 0;
    // The width of what the current line starts with: its words come after it.
    let mut prefix_width = 0;
    let mut rest = line;
    while !rest.is_empty() {
        let word_start = rest.len() - rest.trim_start_matches(' ').len();
        let gap = &rest[..word_start];
        let word_end = rest[word_start..]
            .find(' ')
            .map_or(rest.len(), |i| word_start + i);
        let word = &rest[word_start..word_end];
        rest = &rest[word_end..];
        if word.is_empty() {
            break;
        }
        let word_width = display_width(word);
        let has_words = current_width > prefix_width;
        // A word that does not fit goes whole to the next line when it fits there; only a word
        // longer than a whole line is broken, after a hyphen or a dash.
        let too_long = current_width + display_width(gap) + word_width > width;
        let fits_next_line = || display_width(hang) + word_width <= width;
        let first_piece = || pieces(word).next().map_or(0, display_width);
        if has_words
            && too_long
            && (fits_next_line() || current_width + display_width(gap) + first_piece() > width)
        {
            lines.push(std::mem::replace(&mut current, hang.to_string()));
            current_width = display_width(hang);
            prefix_width = current_width;
        } else {
            // The first word keeps the line's own indent; later ones their gap.
            current.push_str(gap);
            current_width += display_width(gap);
        }
        if current_width + word_width <= width {
            current.push_str(word);
            current_width += word_width;
            continue;
        }
        for piece in pieces(word) {
            let w = display_width(piece);
            if current_width + w > width && current_width > prefix_width {
                lines.push(std::mem::replace(&mut current, hang.to_string()));
                current_width = display_width(hang);
                prefix_width = current_width;
            }
            current.push_str(piece);
            current_width += w;
        }
    }
    if current_width > prefix_width {
        lines.push(current);
    }
    lines
}

/// The pieces a word may be broken into: it breaks right after a hyphen or a dash, except
/// within a number or a code (`15-1211`, `2026-12-03`, `ICD-10-CM`: a hyphen by a digit), and an
/// identifier, an address or a file name is one piece (`health-informatics-specialist`,
/// `https://...`). So `CAHIIM-accredited` gives `CAHIIM-` and `accredited`, and a pay range
/// `$39,530–$90,120` its two ends, each whole.
pub fn pieces(word: &str) -> impl Iterator<Item = &str> {
    // Most words have no hyphen or dash (`–` and `—` start with the byte 0xE2): one piece, found
    // without looking at each character.
    let whole = !word.bytes().any(|b| b == b'-' || b == 0xE2) || is_identifier(word);
    let mut rest = word;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = if whole {
            None
        } else {
            let mut previous: Option<char> = None;
            let mut found = None;
            let mut chars = rest.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let next = chars.peek().map(|&(_, n)| n);
                // A hyphen next to a digit is part of a number or a code (`15-1211`,
                // `ICD-10-CM`, `2024–34`); a dash before a dollar figure ends a range's low end.
                let in_code = previous.is_some_and(|p| p.is_ascii_digit())
                    || next.is_some_and(|n| n.is_ascii_digit());
                let range = next == Some('$');
                if matches!(c, '-' | '–' | '—')
                    && previous.is_some()
                    && next.is_some()
                    && (range || !in_code)
                {
                    found = Some(i + c.len_utf8());
                    break;
                }
                previous = Some(c);
            }
            found
        };
        let (piece, tail) = rest.split_at(cut.unwrap_or(rest.len()));
        rest = tail;
        Some(piece)
    })
}

/// Whether a word is a name a reader copies whole: an address or a path (anything with a `/`), or
/// an id (lower-case letters, digits and `-_./:=@`, with at least one hyphen or one of those
/// marks). Written prose capitalises or uses dashes, so the hyphenated words of a sentence still
/// break.
fn is_identifier(word: &str) -> bool {
    let word = word.trim_end_matches([',', ';', ')', '.']);
    let word = word.trim_start_matches('(');
    word.contains('/')
        || (word
            .bytes()
            .any(|b| matches!(b, b'-' | b'_' | b'/' | b'=' | b'@'))
            && word.bytes().all(|b| {
                b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || matches!(b, b'-' | b'_' | b'.' | b'/' | b':' | b'=' | b'@')
            }))
}

/// The width of the longest piece of `line` that must not be broken, counting the indent its
/// continuation lines get: the narrowest a column holding `line` may be.
pub fn longest_piece(line: &str) -> usize {
    let indent = marker_width(line);
    let first = line.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    let lead = line.find(first).unwrap_or(0);
    line.split(' ')
        .flat_map(pieces)
        .map(|piece| display_width(piece) + indent)
        .chain([lead + pieces(first).next().map_or(0, display_width)])
        .max()
        .unwrap_or(0)
}

/// The columns `text` takes on a terminal: one per character when it is printable ASCII, as
/// most of him's text is (a byte test, far cheaper than looking up each character's width),
/// else what unicode-width counts.
pub fn display_width(text: &str) -> usize {
    if text.bytes().all(|b| matches!(b, b' '..=b'~')) {
        text.len()
    } else {
        text.width()
    }
}

/// The columns `text` takes on a terminal, not counting the colour codes (SGR sequences,
/// `ESC [ ... m`) in it.
pub fn visible_width(text: &str) -> usize {
    let mut width = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            width += c.width().unwrap_or(0);
        }
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn display_width_counts_as_unicode_width_does(text in "[ -~\t\x00-\x1f\x7féİ\u{301}\u{200b}漢字😀]{0,24}") {
            proptest::prop_assert_eq!(display_width(&text), text.width());
        }
    }

    #[test]
    fn narrow_columns_keep_their_width_and_wide_ones_share_the_rest() {
        assert_eq!(
            column_widths(&[5, 50, 50], &[5, 8, 8], 65),
            Some(vec![5, 30, 30])
        );
        assert_eq!(column_widths(&[5, 10], &[5, 8], 65), Some(vec![5, 10]));
        assert_eq!(column_widths(&[30, 30, 30], &[20, 20, 20], 50), None);
    }

    #[test]
    fn wrapped_list_items_hang_under_their_text() {
        assert_eq!(
            wrap_line("• Systems design and development", 16),
            vec!["• Systems design", "  and", "  development"]
        );
        assert_eq!(
            wrap_line("12. a long path name here", 12),
            vec!["12. a long", "    path", "    name", "    here"]
        );
        assert_eq!(
            wrap_line("plain words wrap flush left", 12),
            vec!["plain words", "wrap flush", "left"]
        );
    }

    #[test]
    fn hanging_lines_start_with_their_prefix_and_keep_the_first_indent() {
        assert_eq!(
            wrap_hanging("  one two three four", 10, "│   "),
            vec!["  one two", "│   three", "│   four"]
        );
        assert_eq!(wrap_hanging("fits", 10, "> "), vec!["fits"]);
        assert_eq!(
            wrap_hanging("│   → a · bb · cc", 12, "│     "),
            vec!["│   → a · bb", "│     · cc"]
        );
        for width in 1..24 {
            for line in wrap_hanging("  averyveryverylongword and more words", width, "│ ") {
                assert!(
                    line.width() <= width.max("│ words".width())
                        || line.contains("averyveryverylongword"),
                    "{line:?} wider than {width}"
                );
            }
        }
    }

    #[test]
    fn colour_codes_take_no_width() {
        assert_eq!(visible_width("\x1b[1;31mred\x1b[0m █"), 5);
        assert_eq!(visible_width("plain"), 5);
    }

    #[test]
    fn words_break_only_after_hyphens_and_dashes_and_never_within_figures_or_ids() {
        let split = |word| pieces(word).collect::<Vec<_>>();
        assert_eq!(split("CAHIIM-accredited"), vec!["CAHIIM-", "accredited"]);
        assert_eq!(split("$39,530–$90,120"), vec!["$39,530–", "$90,120"]);
        assert_eq!(split("15-1211"), vec!["15-1211"]);
        assert_eq!(split("2026-12-03"), vec!["2026-12-03"]);
        assert_eq!(split("ICD-10-CM"), vec!["ICD-10-CM"]);
        assert_eq!(split("Chicago-Naperville"), vec!["Chicago-", "Naperville"]);
        assert_eq!(
            split("health-informatics-specialist"),
            vec!["health-informatics-specialist"]
        );
        assert_eq!(
            split("https://www.bls.gov/oes/2025/may/oes_nat.htm"),
            vec!["https://www.bls.gov/oes/2025/may/oes_nat.htm"]
        );
        assert_eq!(
            wrap_line("$39,530–$90,120", 10),
            vec!["$39,530–", "$90,120"]
        );
        assert_eq!(
            wrap_line("needs CAHIIM-accredited programs", 12),
            vec!["needs", "CAHIIM-", "accredited", "programs"]
        );
        // A word that fits on the next line goes there whole.
        assert_eq!(
            wrap_line("(range $67,340–$167,710)", 20),
            vec!["(range", "$67,340–$167,710)"]
        );
        assert_eq!(longest_piece("• $106,280–$257,490"), 11);
        assert_eq!(longest_piece("see bls-oews-2025"), 13);
    }

    #[test]
    fn a_word_too_long_for_any_line_stands_alone_whole() {
        for width in 3..30 {
            let lines = wrap_line("• supercalifragilistic expialidocious words", width);
            for line in &lines {
                let word_alone = line.trim_start_matches(['•', ' ']).split(' ').count() == 1;
                assert!(
                    line.width() <= width || word_alone,
                    "{line:?} wider than {width}"
                );
            }
            assert!(lines.iter().any(|l| l.contains("supercalifragilistic")));
        }
    }
}
