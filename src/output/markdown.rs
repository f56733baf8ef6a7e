//! Renders a report as GitHub-flavoured Markdown.

use std::borrow::Cow;
use std::io::{self, Write};

use super::report::{Align, Block, Cell, Line, Report, Table, Tone};
use crate::text::visible;

pub fn render(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    for block in &flatten(&report.blocks) {
        if !first {
            writeln!(w)?;
        }
        first = false;
        match &**block {
            Block::Title(text) => writeln!(w, "# {}", inline(text))?,
            Block::Heading(text) => writeln!(w, "## {}", inline(text))?,
            Block::Text(text, _) => writeln!(w, "{}", inline(text))?,
            Block::Note(text) => writeln!(w, "_{}_", inline(text).trim())?,
            Block::Table(table) => write_table(table, w)?,
            Block::Entries(entries) => {
                for (i, entry) in entries.iter().enumerate() {
                    // Two trailing spaces keep the details on lines of their own.
                    let trail = if entry.details.is_empty() { "" } else { "  " };
                    writeln!(w, "{}. **{}**{trail}", i + 1, inline(&entry.head))?;
                    for (detail, _) in &entry.details {
                        writeln!(w, "   {}  ", inline(detail))?;
                    }
                }
            }
            Block::Pairs(pairs) => {
                for (label, cell) in pairs {
                    writeln!(w, "- **{}**: {}", inline(label), cell_text(cell, "; "))?;
                }
            }
            Block::Lines(lines) => {
                let lines: Vec<String> = lines.iter().map(rich_line).collect();
                // Two trailing spaces break the line within one paragraph.
                writeln!(w, "{}", lines.join("  \n"))?;
            }
            Block::Diagram(lines) => {
                writeln!(w, "```text")?;
                for line in lines {
                    writeln!(w, "{}", visible(&line.text()).trim_end())?;
                }
                writeln!(w, "```")?;
            }
            // `flatten` has set the columns one after another.
            Block::Columns(_) => {}
        }
    }
    Ok(())
}

/// The blocks with columns set one after another (a document has no side by side), and
/// drawings that follow each other joined into one. Other blocks are borrowed, not copied: a
/// table may hold every record of a large data directory.
fn flatten<'a>(blocks: impl IntoIterator<Item = &'a Block>) -> Vec<Cow<'a, Block>> {
    let mut out: Vec<Cow<'a, Block>> = Vec::new();
    for block in blocks {
        let expanded: Vec<Cow<'a, Block>> = match block {
            Block::Columns(columns) => flatten(columns.stacked()),
            other => vec![Cow::Borrowed(other)],
        };
        for block in expanded {
            if let Block::Diagram(more) = &*block
                && let Some(last) = out.last_mut()
                && matches!(**last, Block::Diagram(_))
                && let Block::Diagram(lines) = last.to_mut()
            {
                lines.extend(more.iter().cloned());
                continue;
            }
            out.push(block);
        }
    }
    out
}

/// A line of spans, its highlighted and strong words in bold.
fn rich_line(line: &Line) -> String {
    let bold = |tone: Tone| matches!(tone, Tone::Strong | Tone::Match);
    let mut out = String::new();
    let mut spans = line.spans.iter().peekable();
    while let Some(span) = spans.next() {
        let mut text = span.text.clone();
        // Neighbouring bold spans become one, so no `****` appears between them.
        while let Some(next) = spans.peek()
            && bold(next.tone) == bold(span.tone)
        {
            text.push_str(&next.text);
            spans.next();
        }
        let trimmed = text.trim();
        if bold(span.tone) && !trimmed.is_empty() {
            let lead = &text[..text.len() - text.trim_start().len()];
            let tail = &text[text.trim_end().len()..];
            out.push_str(&format!("{lead}**{}**{tail}", inline(trimmed)));
        } else {
            out.push_str(&inline(&text));
        }
    }
    out.trim().to_string()
}

/// Escapes what Markdown would read as markup, and control characters.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn cell_text(cell: &Cell, separator: &str) -> String {
    cell.lines
        .iter()
        .map(|line| inline(line))
        .collect::<Vec<_>>()
        .join(separator)
}

fn write_table(table: &Table, w: &mut dyn Write) -> io::Result<()> {
    let header: Vec<String> = table.header.iter().map(|h| inline(h)).collect();
    writeln!(w, "| {} |", header.join(" | "))?;
    let rule: Vec<&str> = table
        .align
        .iter()
        .map(|a| match a {
            Align::Left => "---",
            Align::Right => "---:",
        })
        .collect();
    writeln!(w, "| {} |", rule.join(" | "))?;
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| cell_text(c, "<br>")).collect();
        writeln!(w, "| {} |", cells.join(" | "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_pipes_and_joins_lines() {
        let mut table = Table::new(["a|b", "c"]);
        table.row(vec![
            Cell::new("x|y"),
            Cell::lines(vec!["1".into(), "2".into()]),
        ]);
        let mut report = Report::new();
        report.table(table);
        let mut out = Vec::new();
        render(&report, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "| a\\|b | c |\n| --- | --- |\n| x\\|y | 1<br>2 |\n");
    }

    #[test]
    fn highlighted_words_are_bold_and_drawings_are_code() {
        let mut report = Report::new();
        report.lines(vec![
            Line::new()
                .plain("  a ")
                .span("prog", Tone::Match)
                .span("ramming ", Tone::Match)
                .plain("course_1"),
        ]);
        report
            .blocks
            .push(Block::Diagram(vec![Line::new().plain("┌ ENTRY")]));
        report
            .blocks
            .push(Block::Diagram(vec![Line::new().plain("│ x")]));
        let mut out = Vec::new();
        render(&report, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "a **programming** course\\_1\n\n```text\n┌ ENTRY\n│ x\n```\n"
        );
    }
}
