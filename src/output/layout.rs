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

/// Wraps one line to `width` columns at spaces, the lines after the first starting with `hang`
/// (which counts in the width). Spaces within a line stay as they are (an indent, a gap that
/// lines up a column); the spaces where a line breaks go. A word longer than the room left is
/// broken where it must.
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
        if has_words && current_width + display_width(gap) + word_width > width {
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
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            if current_width + w > width && current_width > prefix_width {
                lines.push(std::mem::replace(&mut current, hang.to_string()));
                current_width = display_width(hang);
                prefix_width = current_width;
            }
            current.push(c);
            current_width += w;
        }
    }
    if current_width > prefix_width {
        lines.push(current);
    }
    lines
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
                assert!(line.width() <= width.max(3), "{line:?} wider than {width}");
            }
        }
    }

    #[test]
    fn colour_codes_take_no_width() {
        assert_eq!(visible_width("\x1b[1;31mred\x1b[0m █"), 5);
        assert_eq!(visible_width("plain"), 5);
    }

    #[test]
    fn long_words_break_and_every_line_fits() {
        for width in 3..30 {
            for line in wrap_line("• supercalifragilistic expialidocious words", width) {
                assert!(line.width() <= width, "{line:?} wider than {width}");
            }
        }
    }
}
