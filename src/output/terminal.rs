//! Renders a report for a person at a terminal: comfy-table tables fitted to the width, wrapped
//! paragraphs, and colour only when the style allows it.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{
    Attribute, CellAlignment, Color, ContentArrangement, Table as ComfyTable, presets,
};
use owo_colors::{OwoColorize, Style as Paint};

use super::layout;
use super::report::{Align, Block, Cell, Columns, Line, Report, Table, Tone};
use super::style::Style;
use crate::text::visible;

pub fn render(report: &Report, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    render_blocks(&report.blocks, style, w)
}

fn render_blocks<'a>(
    blocks: impl IntoIterator<Item = &'a Block>,
    style: &Style,
    w: &mut dyn Write,
) -> io::Result<()> {
    let mut previous: Option<&Block> = None;
    for block in blocks {
        // The terminal has a chart's figures in the table beside it.
        if matches!(block, Block::PayChart(_)) {
            continue;
        }
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
            Block::Lines(lines) | Block::Diagram(lines) => {
                for line in lines {
                    write_line(line, style, w)?;
                }
            }
            Block::Columns(columns) => write_columns(columns, style, w)?,
            Block::PayChart(_) => {}
        }
        previous = Some(block);
    }
    Ok(())
}

/// Writes a line of spans, wrapped with its hanging prefix, each span in its tone.
fn write_line(line: &Line, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    let mut text = String::new();
    let mut tones: Vec<Tone> = Vec::new();
    for span in &line.spans {
        let shown = visible(&span.text);
        tones.extend(shown.chars().map(|_| span.tone));
        text.push_str(&shown);
    }
    let hang = visible(&line.hang.text);
    let wrapped = match style.width {
        Some(width) => layout::wrap_hanging(&text, usize::from(width), &hang),
        None => vec![text.clone()],
    };
    // Wrapping only drops spaces and adds the hanging prefix, so each character shown is the
    // next one of the line that is equal to it.
    let source: Vec<char> = text.chars().collect();
    let mut next = 0;
    for (n, shown) in wrapped.iter().enumerate() {
        let prefix = if n == 0 { 0 } else { hang.chars().count() };
        let mut out = String::new();
        let mut run = String::new();
        let mut run_tone = Tone::Plain;
        for (i, c) in shown.chars().enumerate() {
            let tone = if i < prefix {
                line.hang.tone
            } else {
                while next < source.len() && source[next] != c {
                    next += 1;
                }
                let tone = tones.get(next).copied().unwrap_or_default();
                next += 1;
                tone
            };
            if tone != run_tone && !run.is_empty() {
                out.push_str(&paint(style, tone_paint(run_tone), &run));
                run.clear();
            }
            run_tone = tone;
            run.push(c);
        }
        out.push_str(&paint(style, tone_paint(run_tone), &run));
        writeln!(w, "{}", out.trim_end())?;
    }
    Ok(())
}

/// The space between columns set side by side.
const COLUMN_GAP: usize = 3;

/// Columns side by side when each gets its minimum width, else one after another.
fn write_columns(columns: &Columns, style: &Style, w: &mut dyn Write) -> io::Result<()> {
    let count = columns.columns.len();
    let column_width = style.width.map(usize::from).and_then(|width| {
        let each = width.saturating_sub(COLUMN_GAP * count.saturating_sub(1)) / count.max(1);
        (count > 1 && each >= columns.min_width).then_some(each)
    });
    let Some(column_width) = column_width else {
        return render_blocks(columns.stacked(), style, w);
    };
    let inner = Style {
        width: u16::try_from(column_width).ok(),
        ..*style
    };
    let rows = columns.columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut previous: Option<&Block> = None;
    for row in 0..rows {
        let segments: Vec<&[Block]> = columns
            .columns
            .iter()
            .map(|column| column.get(row).map_or(&[][..], Vec::as_slice))
            .collect();
        if let Some(first) = segments.iter().find_map(|s| s.first())
            && previous.is_some()
            && needs_gap(previous, first)
        {
            writeln!(w)?;
        }
        let mut rendered: Vec<Vec<String>> = Vec::new();
        for segment in &segments {
            let mut buffer = Vec::new();
            render_blocks(*segment, &inner, &mut buffer)?;
            rendered.push(
                String::from_utf8_lossy(&buffer)
                    .lines()
                    .map(str::to_string)
                    .collect(),
            );
        }
        let height = rendered.iter().map(Vec::len).max().unwrap_or(0);
        for i in 0..height {
            let mut out = String::new();
            for (c, lines) in rendered.iter().enumerate() {
                let line = lines.get(i).map_or("", String::as_str);
                out.push_str(line);
                if c + 1 < rendered.len() {
                    let pad = column_width.saturating_sub(layout::visible_width(line));
                    out.push_str(&" ".repeat(pad + COLUMN_GAP));
                }
            }
            writeln!(w, "{}", out.trim_end())?;
        }
        previous = segments.iter().find_map(|s| s.last()).or(previous);
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
            | (Some(Block::Diagram(_)), Block::Diagram(_))
    )
}

fn paint<'a>(style: &Style, paint: Paint, text: &'a str) -> Cow<'a, str> {
    if style.color {
        Cow::Owned(text.style(paint).to_string())
    } else {
        Cow::Borrowed(text)
    }
}

fn tone_paint(tone: Tone) -> Paint {
    match tone {
        Tone::Plain => Paint::new(),
        Tone::Strong => Paint::new().bold(),
        Tone::Muted => Paint::new().dimmed(),
        Tone::Warn => Paint::new().red(),
        Tone::Good => Paint::new().green(),
        Tone::Tentative => Paint::new().yellow(),
        Tone::Side(n) => match n % 3 {
            0 => Paint::new().cyan(),
            1 => Paint::new().magenta(),
            _ => Paint::new().blue(),
        },
        Tone::Match => Paint::new().red().bold(),
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
    // him wraps cells itself, so a wrapped list item hangs under its text. Without a width (a
    // pipe) nothing is wrapped.
    if let Some(width) = style.width {
        let natural: Vec<usize> = (0..columns)
            .map(|i| {
                let head = header_lines
                    .get(i)
                    .and_then(|lines| lines.iter().map(|l| layout::display_width(l)).max())
                    .unwrap_or(0);
                body.iter()
                    .filter_map(|row| row.get(i))
                    .flatten()
                    .map(|l| layout::display_width(l))
                    .chain([head])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        // A column is never narrower than its longest piece that must stay whole (a dollar
        // figure, an id, a word): when the pieces do not fit side by side, the table is
        // stacked instead.
        let minimum: Vec<usize> = (0..columns)
            .map(|i| {
                let head = header_lines.get(i).into_iter().flatten();
                let cells = body.iter().filter_map(|row| row.get(i)).flatten();
                head.chain(cells)
                    .map(|l| layout::longest_piece(l))
                    .max()
                    .unwrap_or(0)
                    .max(natural[i].min(MIN_COLUMN))
            })
            .collect();
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
    draw_grid(table, &header_lines, &body, style, w)
}

/// Draws a table whose cells are already wrapped to fit, with comfy-table: rounded borders, a
/// double rule under the header and, when any row has several lines, a dotted rule between rows
/// so each row reads as one. him has measured and wrapped every cell (so a list item hangs under
/// its text, and nothing is split mid-word), so comfy-table only draws: it must not wrap again.
fn draw_grid(
    table: &Table,
    header: &[Vec<String>],
    body: &[Vec<Vec<String>>],
    style: &Style,
    w: &mut dyn Write,
) -> io::Result<()> {
    let mut out = ComfyTable::new();
    let multi_line = body.iter().flatten().any(|cell| cell.len() > 1);
    out.load_style(if multi_line {
        presets::UTF8_FULL.with_rounded_corners()
    } else {
        presets::UTF8_FULL_CONDENSED.with_rounded_corners()
    });
    // him decides colour and width itself (see `Style::decide`); comfy-table must not guess.
    out.force_no_tty();
    out.set_content_arrangement(ContentArrangement::Disabled);
    if style.color {
        // Colour the words, not the padding around them.
        out.enforce_styling().style_text_only();
    }
    if !header.is_empty() {
        out.set_header(header.iter().map(|lines| {
            let cell = comfy_table::Cell::new(lines.join("\n"));
            if style.color {
                cell.add_attribute(Attribute::Bold)
            } else {
                cell
            }
        }));
    }
    for (row, cells) in table.rows.iter().zip(body) {
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
    // Line by line: `Display` would first join the lines into one more copy of the table.
    for line in out.lines() {
        w.write_all(line.as_bytes())?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// A tone as comfy-table's own cell styling, in the same palette entries as `tone_paint` (the
/// terminal's standard colours, which comfy-table calls "dark").
fn tone_cell(cell: comfy_table::Cell, tone: Tone) -> comfy_table::Cell {
    match tone {
        Tone::Plain => cell,
        Tone::Strong => cell.add_attribute(Attribute::Bold),
        Tone::Muted => cell.add_attribute(Attribute::Dim),
        Tone::Warn => cell.fg(Color::DarkRed),
        Tone::Good => cell.fg(Color::DarkGreen),
        Tone::Tentative => cell.fg(Color::DarkYellow),
        Tone::Side(n) => cell.fg(match n % 3 {
            0 => Color::DarkCyan,
            1 => Color::DarkMagenta,
            _ => Color::DarkBlue,
        }),
        Tone::Match => cell.fg(Color::DarkRed).add_attribute(Attribute::Bold),
    }
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
    // A label may have several lines (a table header such as "10th–90th\npercentile", when
    // the table is stacked): each is measured and wrapped on its own, as in a table.
    let label_width = pairs
        .iter()
        .flat_map(|(label, _)| label.lines())
        .map(layout::display_width)
        .max()
        .unwrap_or(0)
        .min(cap);
    let value_width = style
        .width
        .map(|w| usize::from(w).saturating_sub(label_width + 2).max(1));
    for (label, cell) in pairs {
        let labels: Vec<String> = label
            .lines()
            .flat_map(|line| match style.width {
                Some(_) => layout::wrap_line(&visible(line), label_width),
                None => vec![visible(line).into_owned()],
            })
            .collect();
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
                paint(style, Paint::new().bold(), padded.trim_end()).into_owned()
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
    let room = usize::from(width)
        .saturating_sub(layout::display_width(indent))
        .max(1);
    text.lines()
        .flat_map(|line| layout::wrap_line(line, room))
        .map(|line| format!("{indent}{line}"))
        .collect()
}

#[cfg(test)]
mod tests;
