//! Renders a report as GitHub-flavoured Markdown.

use std::io::{self, Write};

use super::report::{Align, Block, Cell, Report, Table};
use crate::text::visible;

pub fn render(report: &Report, w: &mut dyn Write) -> io::Result<()> {
    let mut first = true;
    for block in &report.blocks {
        if !first {
            writeln!(w)?;
        }
        first = false;
        match block {
            Block::Title(text) => writeln!(w, "# {}", inline(text))?,
            Block::Heading(text) => writeln!(w, "## {}", inline(text))?,
            Block::Text(text, _) => writeln!(w, "{}", inline(text))?,
            Block::Note(text) => writeln!(w, "_{}_", inline(text).trim())?,
            Block::Table(table) => write_table(table, w)?,
            Block::Entries(entries) => {
                for (i, entry) in entries.iter().enumerate() {
                    writeln!(w, "{}. **{}**", i + 1, inline(&entry.head))?;
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
        }
    }
    Ok(())
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
}
