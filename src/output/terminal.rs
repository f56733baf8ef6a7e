//! Renders a report for a person at a terminal: comfy-table tables fitted to the width, wrapped
//! paragraphs, and colour only when the style allows it.

use std::io::{self, Write};

use comfy_table::{
    Attribute, CellAlignment, Color, ContentArrangement, Table as ComfyTable, presets,
};
use owo_colors::{OwoColorize, Style as Paint};
use unicode_width::UnicodeWidthStr;

use super::report::{Align, Block, Cell, Report, Table, Tone};
use super::{Style, layout};
use crate::text::visible;

pub fn render(report: &Report, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    let mut previous: Option<&Block> = None;
    for block in &report.blocks {
        if needs_gap(previous, block) {
            writeln!(w)?;
        }
        match block {
            Block::Title(text) => {
                for line in wrap(&visible(text), style.width, "") {
                    writeln!(w, "{}", paint(style, Paint::new().bold(), &line))?;
                }
            }
            Block::Heading(text) => {
                for line in wrap(&visible(text), style.width, "") {
                    writeln!(
                        w,
                        "{}",
                        paint(style, Paint::new().bold().underline(), &line)
                    )?;
                }
            }
            Block::Text(text, tone) => {
                for line in wrap(&visible(text), style.width, "") {
                    writeln!(w, "{}", paint(style, tone_paint(*tone), &line))?;
                }
            }
            Block::Note(text) => {
                for line in wrap(&visible(text), style.width, "") {
                    writeln!(w, "{}", paint(style, Paint::new().dimmed(), &line))?;
                }
            }
            Block::Table(table) => write_table(table, style, w)?,
            Block::Pairs(pairs) => write_pairs(pairs, style, w)?,
            Block::Entries(entries) => {
                let number_width = entries.len().to_string().len();
                let indent = " ".repeat(number_width + 4);
                for (i, entry) in entries.iter().enumerate() {
                    let head = format!("{:>number_width$}. {}", i + 1, visible(&entry.head));
                    for line in wrap(&head, style.width, "  ") {
                        writeln!(w, "{}", paint(style, tone_paint(entry.tone).bold(), &line))?;
                    }
                    for (detail, tone) in &entry.details {
                        for line in wrap(&visible(detail), style.width, &indent) {
                            writeln!(w, "{}", paint(style, tone_paint(*tone), &line))?;
                        }
                    }
                }
            }
        }
        previous = Some(block);
    }
    Ok(())
}

/// A blank line between blocks, except right under a heading and between a table and its notes.
fn needs_gap(previous: Option<&Block>, block: &Block) -> bool {
    !matches!(
        (previous, block),
        (None, _)
            | (Some(Block::Title(_) | Block::Heading(_)), _)
            | (Some(Block::Note(_) | Block::Table(_)), Block::Note(_))
    )
}

fn paint(style: &Style, paint: Paint, text: &str) -> String {
    if style.color {
        text.style(paint).to_string()
    } else {
        text.to_string()
    }
}

fn tone_paint(tone: Tone) -> Paint {
    match tone {
        Tone::Plain => Paint::new(),
        Tone::Strong => Paint::new().bold(),
        Tone::Muted => Paint::new().dimmed(),
        Tone::Warn => Paint::new().red(),
        Tone::Good => Paint::new().green(),
        Tone::Side(n) => match n % 3 {
            0 => Paint::new().cyan(),
            1 => Paint::new().magenta(),
            _ => Paint::new().blue(),
        },
    }
}

fn tone_cell(cell: comfy_table::Cell, tone: Tone) -> comfy_table::Cell {
    match tone {
        Tone::Plain => cell,
        Tone::Strong => cell.add_attribute(Attribute::Bold),
        Tone::Muted => cell.add_attribute(Attribute::Dim),
        Tone::Warn => cell.fg(Color::Red),
        Tone::Good => cell.fg(Color::Green),
        Tone::Side(n) => cell.fg(match n % 3 {
            0 => Color::Cyan,
            1 => Color::Magenta,
            _ => Color::Blue,
        }),
    }
}

/// The narrowest a column may get before the table is shown as a list of records instead.
const MIN_COLUMN: usize = 8;

fn write_table(table: &Table, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    let columns = table
        .header
        .len()
        .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    let header: Vec<String> = table
        .header
        .iter()
        .map(|h| visible(h).into_owned())
        .collect();
    let mut body: Vec<Vec<Vec<String>>> = table
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| cell.lines.iter().map(|l| visible(l).into_owned()).collect())
                .collect()
        })
        .collect();
    // A header may have several lines ("10th–90th\npercentile"): each is measured and wrapped
    // on its own.
    let mut header_lines: Vec<Vec<String>> = header
        .iter()
        .map(|h| h.lines().map(str::to_string).collect())
        .collect();
    // him wraps cells itself, so a wrapped list item hangs under its text; comfy-table only
    // draws. Without a width (a pipe) nothing is wrapped.
    if let Some(width) = style.width {
        let natural: Vec<usize> = (0..columns)
            .map(|i| {
                let head = header_lines
                    .get(i)
                    .and_then(|lines| lines.iter().map(|l| l.width()).max())
                    .unwrap_or(0);
                body.iter()
                    .filter_map(|row| row.get(i))
                    .flatten()
                    .map(|l| l.width())
                    .chain([head])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let minimum: Vec<usize> = natural.iter().map(|&n| n.min(MIN_COLUMN)).collect();
        let available = usize::from(width).saturating_sub(layout::chrome(columns));
        let Some(widths) = layout::column_widths(&natural, &minimum, available) else {
            return write_stacked(table, style, w);
        };
        let wrap_all = |lines: &[String], width: usize| -> Vec<String> {
            lines
                .iter()
                .flat_map(|l| layout::wrap_line(l, width))
                .collect()
        };
        for row in &mut body {
            for (i, cell) in row.iter_mut().enumerate() {
                *cell = wrap_all(cell, widths[i]);
            }
        }
        for (i, head) in header_lines.iter_mut().enumerate() {
            *head = wrap_all(head, widths[i]);
        }
    }
    let mut out = ComfyTable::new();
    let multi_line = body.iter().flatten().any(|c| c.len() > 1);
    out.load_style(if multi_line {
        presets::UTF8_FULL.with_rounded_corners()
    } else {
        presets::UTF8_FULL_CONDENSED.with_rounded_corners()
    });
    // him decides colour and width itself (see `Style::decide`); comfy-table must not guess.
    out.force_no_tty();
    out.set_content_arrangement(ContentArrangement::Disabled);
    if style.color {
        out.enforce_styling();
    }
    if !header_lines.is_empty() {
        out.set_header(header_lines.iter().map(|h| {
            let cell = comfy_table::Cell::new(h.join("\n"));
            if style.color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
    }
    for (row, cells) in table.rows.iter().zip(&body) {
        out.add_row(row.iter().zip(cells).map(|(cell, lines)| {
            let plain = comfy_table::Cell::new(lines.join("\n"));
            if style.color {
                tone_cell(plain, cell.tone)
            } else {
                plain
            }
        }));
    }
    for (i, align) in table.align.iter().enumerate() {
        if *align == Align::Right
            && let Some(column) = out.column_mut(i)
        {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    writeln!(w, "{out}")
}

/// A table too wide for the terminal even at its narrowest, shown one record at a time: each
/// row becomes `header: value` lines.
fn write_stacked(table: &Table, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    for (n, row) in table.rows.iter().enumerate() {
        if n > 0 {
            writeln!(w)?;
        }
        let pairs: Vec<(String, Cell)> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                (
                    table.header.get(i).cloned().unwrap_or_default(),
                    cell.clone(),
                )
            })
            .collect();
        write_pairs(&pairs, style, w)?;
    }
    Ok(())
}

fn write_pairs(pairs: &[(String, Cell)], style: &Style, w: &mut dyn Write) -> io::Result<()> {
    // Labels take at most a third of the width; a longer label wraps within its column.
    let cap = style
        .width
        .map_or(24, |w| (usize::from(w) / 3).clamp(8, 24));
    let label_width = pairs
        .iter()
        .map(|(label, _)| label.width())
        .max()
        .unwrap_or(0)
        .min(cap);
    let value_width = style
        .width
        .map(|w| usize::from(w).saturating_sub(label_width + 2).max(1));
    for (label, cell) in pairs {
        let labels: Vec<String> = match style.width {
            Some(_) => layout::wrap_line(&visible(label), label_width),
            None => vec![visible(label).into_owned()],
        };
        let values: Vec<String> = cell
            .lines
            .iter()
            .flat_map(|line| match value_width {
                Some(width) => layout::wrap_line(&visible(line), width),
                None => vec![visible(line).into_owned()],
            })
            .collect();
        for i in 0..labels.len().max(values.len()) {
            let lead = labels.get(i).map_or(String::new(), String::clone);
            let padded = format!("{lead:<label_width$}");
            let value = values.get(i).map_or("", String::as_str);
            let line = if value.is_empty() {
                paint(style, Paint::new().bold(), padded.trim_end())
            } else {
                format!(
                    "{}  {}",
                    paint(style, Paint::new().bold(), &padded),
                    paint(style, tone_paint(cell.tone), value)
                )
            };
            writeln!(w, "{line}")?;
        }
    }
    Ok(())
}

/// Wraps text to `width` columns, each line starting with `indent`; no wrapping without a width
/// (a pipe).
pub(crate) fn wrap(text: &str, width: Option<u16>, indent: &str) -> Vec<String> {
    let Some(width) = width else {
        return text.lines().map(|l| format!("{indent}{l}")).collect();
    };
    let room = usize::from(width).saturating_sub(indent.width()).max(1);
    text.lines()
        .flat_map(|line| layout::wrap_line(line, room))
        .map(|line| format!("{indent}{line}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries() {
        let lines = wrap("one two three four five six", Some(20), "");
        assert_eq!(lines, vec!["one two three four", "five six"]);
        assert_eq!(wrap("no width here", None, ""), vec!["no width here"]);
    }

    #[test]
    fn no_line_is_wider_than_asked() {
        let style = Style {
            format: super::super::Format::Table,
            color: false,
            width: Some(40),
        };
        let mut report = Report::new();
        let mut table = Table::new(["Name", "Description"]);
        table.row(vec![
            Cell::new("a fairly long name"),
            Cell::new("a description that goes on and on well past forty columns of text"),
        ]);
        report.table(table);
        report.text("a paragraph that is also much longer than forty columns, to be wrapped");
        let mut out = Vec::new();
        render(&report, &style, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        for line in text.lines() {
            assert!(line.width() <= 40, "{line:?} is {} wide", line.width());
        }
    }

    #[test]
    fn a_header_of_two_lines_is_as_wide_as_its_longest_line() {
        let style = Style {
            format: super::super::Format::Table,
            color: false,
            width: Some(40),
        };
        let mut report = Report::new();
        let mut table = Table::new(["Name", "10th–90th\npercentile"]);
        table.row(vec![Cell::new("a name that is long"), Cell::new("$1–$2")]);
        report.table(table);
        let mut out = Vec::new();
        render(&report, &style, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        // Both columns keep their natural width: nothing wraps.
        assert!(
            text.contains("│ a name that is long ┆ $1–$2      │"),
            "{text}"
        );
        assert!(text.contains("┆ percentile │"), "{text}");
    }
}
