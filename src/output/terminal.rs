//! Renders a report for a person at a terminal: comfy-table tables fitted to the width, wrapped
//! paragraphs, and colour only when the style allows it.

use std::io::{self, Write};

use comfy_table::{
    Attribute, CellAlignment, Color, ContentArrangement, Table as ComfyTable, presets,
};
use owo_colors::{OwoColorize, Style as Paint};
use unicode_width::UnicodeWidthStr;

use super::Style;
use super::report::{Align, Block, Cell, Report, Table, Tone};
use crate::text::visible;

pub fn render(report: &Report, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    let mut previous: Option<&Block> = None;
    for block in &report.blocks {
        if needs_gap(previous, block) {
            writeln!(w)?;
        }
        match block {
            Block::Title(text) => {
                writeln!(w, "{}", paint(style, Paint::new().bold(), &visible(text)))?;
            }
            Block::Heading(text) => {
                writeln!(
                    w,
                    "{}",
                    paint(style, Paint::new().bold().underline(), &visible(text))
                )?;
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

fn cell_text(cell: &Cell) -> String {
    cell.lines
        .iter()
        .map(|line| visible(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn write_table(table: &Table, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    let mut out = ComfyTable::new();
    let multi_line = table.rows.iter().flatten().any(|c| c.lines.len() > 1);
    out.load_style(if multi_line {
        presets::UTF8_FULL.with_rounded_corners()
    } else {
        presets::UTF8_FULL_CONDENSED.with_rounded_corners()
    });
    // him decides colour and width itself (see `Style::decide`); comfy-table must not guess.
    out.force_no_tty();
    if style.color {
        out.enforce_styling();
    }
    match style.width {
        Some(width) => {
            out.set_width(width);
            out.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            out.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    if !table.header.is_empty() {
        out.set_header(table.header.iter().map(|h| {
            let cell = comfy_table::Cell::new(visible(h));
            if style.color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
    }
    for row in &table.rows {
        out.add_row(row.iter().map(|cell| {
            let plain = comfy_table::Cell::new(cell_text(cell));
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

fn write_pairs(pairs: &[(String, Cell)], style: &Style, w: &mut dyn Write) -> io::Result<()> {
    let label_width = pairs
        .iter()
        .map(|(label, _)| label.width())
        .max()
        .unwrap_or(0)
        .min(20);
    let indent = " ".repeat(label_width + 2);
    for (label, cell) in pairs {
        let label_shown = format!("{:<label_width$}", visible(label));
        let mut first = true;
        for line in &cell.lines {
            for wrapped in wrap(
                &visible(line),
                style
                    .width
                    .map(|w| w.saturating_sub(2 + label_width as u16)),
                "",
            ) {
                let lead = if first {
                    paint(style, Paint::new().bold(), &label_shown)
                } else {
                    indent[2..].to_string()
                };
                writeln!(
                    w,
                    "{lead}  {}",
                    paint(style, tone_paint(cell.tone), &wrapped)
                )?;
                first = false;
            }
        }
        if first {
            writeln!(
                w,
                "{}",
                paint(style, Paint::new().bold(), label_shown.trim_end())
            )?;
        }
    }
    Ok(())
}

/// Greedy word wrap to `width` columns; no wrapping without a width (a pipe).
pub fn wrap(text: &str, width: Option<u16>, indent: &str) -> Vec<String> {
    let Some(width) = width else {
        return text.lines().map(|l| format!("{indent}{l}")).collect();
    };
    let width = usize::from(width.max(20));
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::from(indent);
        let mut line_width = indent.width();
        for word in paragraph.split_whitespace() {
            let word_width = word.width();
            if line_width > indent.width() && line_width + 1 + word_width > width {
                lines.push(std::mem::replace(&mut line, String::from(indent)));
                line_width = indent.width();
            }
            if line_width > indent.width() {
                line.push(' ');
                line_width += 1;
            }
            line.push_str(word);
            line_width += word_width;
        }
        lines.push(line);
    }
    lines
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
}
