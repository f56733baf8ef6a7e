//! Renders a report as one self-contained HTML page an advisor can hand out or print: inline
//! CSS, no scripts, nothing fetched from anywhere (a Content-Security-Policy says so to the
//! browser too), semantic tables, pay ranges drawn as inline SVG, and the sources with their
//! dates and addresses at the foot. Every piece of text from the data is escaped: none becomes
//! markup.

use std::io::{self, Write};

use super::markup::escape;
use super::report::{Block, Cell, Citation, Entry, Line, PayChart, Report, Table, Tone};
use super::svg;

/// The page's style: readable on a screen, and on paper (A4 or Letter: the page size is the
/// printer's, the margins fit both) with no row or bar cut between pages.
const STYLE: &str = include_str!("html.css");

pub fn render(report: &Report, citations: &[Citation], w: &mut dyn Write) -> io::Result<()> {
    let title = report.title_text().unwrap_or("him");
    writeln!(w, "<!DOCTYPE html>")?;
    writeln!(w, r#"<html lang="en">"#)?;
    writeln!(w, "<head>")?;
    writeln!(w, r#"<meta charset="utf-8">"#)?;
    writeln!(
        w,
        r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#
    )?;
    // The page may load nothing: no script, font, image or style from anywhere.
    writeln!(
        w,
        r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">"#
    )?;
    writeln!(
        w,
        r#"<meta name="generator" content="him {}">"#,
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(w, "<title>{}</title>", escape(title))?;
    writeln!(w, "<style>\n{STYLE}</style>")?;
    writeln!(w, "</head>")?;
    writeln!(w, "<body>")?;
    writeln!(w, "<main>")?;
    // The foot of the page lists the sources with their dates and addresses: a report's own
    // list of them (a heading "Sources" and its notes) would say it twice.
    let mut in_sources = false;
    let blocks: Vec<Block> = report
        .blocks
        .iter()
        .filter(|block| {
            in_sources = match block {
                Block::Heading(h) => !citations.is_empty() && h == "Sources",
                Block::Note(_) => in_sources,
                _ => false,
            };
            !in_sources
        })
        .cloned()
        .collect();
    write_blocks(&blocks, w)?;
    writeln!(w, "</main>")?;
    write_sources(citations, w)?;
    writeln!(w, "</body>")?;
    writeln!(w, "</html>")
}

fn write_blocks(blocks: &[Block], w: &mut dyn Write) -> io::Result<()> {
    for block in blocks {
        match block {
            Block::Title(text) => writeln!(w, "<h1>{}</h1>", inline(text))?,
            Block::Heading(text) => writeln!(w, "<h2>{}</h2>", inline(text))?,
            Block::Text(text, tone) => {
                writeln!(
                    w,
                    r#"<p class="{}">{}</p>"#,
                    tone_class(*tone),
                    inline(text)
                )?;
            }
            Block::Note(text) => writeln!(w, r#"<p class="note">{}</p>"#, inline(text))?,
            Block::Table(table) => write_table(table, w)?,
            Block::Pairs(pairs) => {
                writeln!(w, "<dl>")?;
                for (label, cell) in pairs {
                    writeln!(
                        w,
                        r#"<dt>{}</dt><dd class="{}">{}</dd>"#,
                        inline(label),
                        tone_class(cell.tone),
                        cell_html(cell)
                    )?;
                }
                writeln!(w, "</dl>")?;
            }
            Block::Entries(entries) => write_entries(entries, w)?,
            Block::Lines(lines) => {
                writeln!(w, r#"<p class="lines">"#)?;
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        writeln!(w, "<br>")?;
                    }
                    write!(w, "{}", spans(line))?;
                }
                writeln!(w, "\n</p>")?;
            }
            Block::Diagram(lines) => {
                // Each line a block of its own whose wrapped rest hangs under its text, as the
                // terminal hangs it under `hang`: a narrow page wraps a long line, and without
                // the indent the rest would start at the margin, across the diagram's gutter.
                write!(w, "<pre>")?;
                for line in lines {
                    let hang = line.hang.text.chars().count();
                    let style = if hang > 0 {
                        format!(r#" style="--hang: {hang}ch""#)
                    } else {
                        String::new()
                    };
                    // The newline inside the block keeps the lines apart where no style applies
                    // (a mail reader that strips it), and adds no line where it does.
                    write!(
                        w,
                        "<span class=\"line\"{style}>{}\n</span>",
                        spans(line).trim_end()
                    )?;
                }
                writeln!(w, "</pre>")?;
            }
            Block::Columns(columns) => {
                writeln!(w, r#"<div class="columns">"#)?;
                for column in &columns.columns {
                    writeln!(w, r#"<section class="column">"#)?;
                    for row in column {
                        write_blocks(row, w)?;
                    }
                    writeln!(w, "</section>")?;
                }
                writeln!(w, "</div>")?;
            }
            Block::PayChart(chart) => write_chart(chart, w)?,
        }
    }
    Ok(())
}

fn write_table(table: &Table, w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<table>")?;
    writeln!(w, "<thead><tr>")?;
    for (i, head) in table.header.iter().enumerate() {
        let class = align_class(table, i);
        writeln!(
            w,
            r#"<th scope="col"{class}>{}</th>"#,
            inline(head).replace('\n', "<br>")
        )?;
    }
    writeln!(w, "</tr></thead>")?;
    writeln!(w, "<tbody>")?;
    for row in &table.rows {
        write!(w, "<tr>")?;
        for (i, cell) in row.iter().enumerate() {
            // The first cell names the row (a title, an aspect): a row header, for screen
            // readers and for the eye.
            let tag = if i == 0 { "th" } else { "td" };
            let scope = if i == 0 { r#" scope="row""# } else { "" };
            let align = align_class(table, i);
            let tone = match cell.tone {
                Tone::Plain => String::new(),
                tone => format!(r#" data-tone="{}""#, tone_class(tone)),
            };
            write!(w, "<{tag}{scope}{align}{tone}>{}</{tag}>", cell_html(cell))?;
        }
        writeln!(w, "</tr>")?;
    }
    writeln!(w, "</tbody>")?;
    writeln!(w, "</table>")
}

fn align_class(table: &Table, column: usize) -> &'static str {
    match table.align.get(column) {
        Some(super::report::Align::Right) => r#" class="num""#,
        _ => "",
    }
}

fn write_entries(entries: &[Entry], w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, r#"<ol class="entries">"#)?;
    for entry in entries {
        writeln!(
            w,
            r#"<li><strong class="{}">{}</strong>"#,
            tone_class(entry.tone),
            inline(&entry.head)
        )?;
        if !entry.details.is_empty() {
            writeln!(w, "<ul>")?;
            for (detail, tone) in &entry.details {
                writeln!(
                    w,
                    r#"<li class="{}">{}</li>"#,
                    tone_class(*tone),
                    inline(detail)
                )?;
            }
            writeln!(w, "</ul>")?;
        }
        writeln!(w, "</li>")?;
    }
    writeln!(w, "</ol>")
}

/// A pay chart: a table of rows, each a label, a bar drawn to the chart's one scale, and the
/// figures in words.
fn write_chart(chart: &PayChart, w: &mut dyn Write) -> io::Result<()> {
    let Some(highest) = chart.highest() else {
        return Ok(());
    };
    let end = svg::scale_end(highest);
    writeln!(w, r#"<figure class="chart">"#)?;
    writeln!(w, "<table>")?;
    writeln!(w, "<caption>{}</caption>", inline(&chart.caption))?;
    let boxes = chart
        .groups
        .iter()
        .flat_map(|g| &g.bars)
        .any(|b| b.percentiles[1].is_some() || b.percentiles[3].is_some());
    let legend = if boxes {
        "box: 25th–75th percentile, mark: median, line: 10th–90th"
    } else {
        "mark: median, line: 10th–90th percentile"
    };
    writeln!(
        w,
        r#"<thead><tr><th scope="col">Title</th><th scope="col" class="scale">Pay, $0 to {} ({legend})</th><th scope="col">Figures</th></tr></thead>"#,
        svg::dollars(end)
    )?;
    for group in &chart.groups {
        writeln!(w, "<tbody>")?;
        if !group.name.is_empty() {
            writeln!(
                w,
                r#"<tr class="group"><th scope="rowgroup" colspan="3">{}</th></tr>"#,
                inline(&group.name)
            )?;
        }
        if group.bars.is_empty() {
            writeln!(
                w,
                r#"<tr><td colspan="3" class="note">No titles at this level in the data.</td></tr>"#
            )?;
        }
        for bar in &group.bars {
            let note = bar.note.as_deref().map_or(String::new(), |n| {
                format!(r#"<br><span class="note">{}</span>"#, inline(n))
            });
            writeln!(
                w,
                r#"<tr><th scope="row">{}</th><td class="bar">{}</td><td class="figures">{}{note}</td></tr>"#,
                inline(&bar.label),
                svg::bar(bar, end),
                escape(&svg::figures_text(&bar.percentiles))
            )?;
        }
        writeln!(w, "</tbody>")?;
    }
    writeln!(
        w,
        r#"<tfoot><tr><td></td><td class="bar">{}</td><td></td></tr></tfoot>"#,
        svg::axis(end)
    )?;
    writeln!(w, "</table>")?;
    writeln!(w, "</figure>")
}

fn write_sources(citations: &[Citation], w: &mut dyn Write) -> io::Result<()> {
    writeln!(w, "<footer>")?;
    if !citations.is_empty() {
        writeln!(w, "<h2>Sources</h2>")?;
        writeln!(w, r#"<ol class="sources">"#)?;
        for c in citations {
            let period = c
                .period
                .as_deref()
                .map_or_else(|| "undated".to_string(), escape);
            // A link only to a web page: an address of any other scheme stays text.
            let address = match c.url.as_deref() {
                None => "No address given.".to_string(),
                Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                    format!(r#"<a class="url" href="{0}">{0}</a>"#, escape(url))
                }
                Some(url) => format!(r#"<span class="url">{}</span>"#, escape(url)),
            };
            writeln!(
                w,
                r#"<li><span class="id">{}</span>: {}, <cite>{}</cite> ({period}). {address}</li>"#,
                escape(&c.id),
                escape(&c.publisher),
                escape(&c.title),
            )?;
        }
        writeln!(w, "</ol>")?;
    }
    writeln!(
        w,
        r#"<p class="note">Made with him {}, offline, from its built-in data or the data directory in use.</p>"#,
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(w, "</footer>")
}

/// A cell's lines, one under another.
fn cell_html(cell: &Cell) -> String {
    cell.lines
        .iter()
        .map(|line| inline(line))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// A line of toned spans.
fn spans(line: &Line) -> String {
    line.spans
        .iter()
        .map(|span| match span.tone {
            Tone::Plain => escape(&span.text),
            tone => format!(
                r#"<span class="{}">{}</span>"#,
                tone_class(tone),
                escape(&span.text)
            ),
        })
        .collect()
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "plain",
        Tone::Strong => "strong",
        Tone::Muted => "muted",
        Tone::Warn => "warn",
        Tone::Good => "good",
        Tone::Tentative => "tentative",
        Tone::Side(n) => match n % 3 {
            0 => "side0",
            1 => "side1",
            _ => "side2",
        },
        Tone::Match => "match",
    }
}

/// Escaped text with `code spans` (a command to type, an id) set as code; a backtick without
/// its pair is text.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('`') else { break };
        out.push_str(&unbroken(&rest[..open]));
        out.push_str("<code>");
        out.push_str(&escape(&after[..close]));
        out.push_str("</code>");
        rest = &after[close + 1..];
    }
    out.push_str(&unbroken(rest));
    out
}

/// Escaped text whose figures and codes with a hyphen or dash (`29-1051`, `$37,000–$81,150`)
/// a browser may not break across lines.
fn unbroken(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let figure = word.bytes().any(|b| b.is_ascii_digit())
                && (word.contains('-') || word.contains('–'));
            if figure {
                format!(r#"<span class="nw">{}</span>"#, escape(word))
            } else {
                escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(report: &Report) -> String {
        let mut out = Vec::new();
        render(report, &[], &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_from_data_never_becomes_markup() {
        let mut report = Report::new();
        report.title("<script>alert(1)</script>");
        let mut table = Table::new(["<b>"]);
        table.row(vec![Cell::new("\"><img src=x onerror=alert(1)>")]);
        report.table(table);
        let html = page(&report);
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains("&quot;&gt;&lt;img"), "{html}");
    }

    #[test]
    fn code_spans_are_code_and_a_lone_backtick_is_text() {
        assert_eq!(
            inline("run `him show rhia` now"),
            "run <code>him show rhia</code> now"
        );
        assert_eq!(inline("a ` b"), "a ` b");
        assert_eq!(
            inline("`a` and `b` c"),
            "<code>a</code> and <code>b</code> c"
        );
        assert_eq!(inline("`<x>`"), "<code>&lt;x&gt;</code>");
    }

    #[test]
    fn a_page_fetches_nothing_and_has_header_cells() {
        let mut report = Report::new();
        report.title("Pay");
        let mut table = Table::new(["Title", "Median"]);
        table.row(vec![Cell::new("Analyst"), Cell::new("$1")]);
        report.table(table);
        let html = page(&report);
        assert!(html.contains("<title>Pay</title>"));
        assert!(html.contains(r#"<th scope="col">Title</th>"#));
        assert!(html.contains(r#"<th scope="row">Analyst</th>"#));
        for fetch in [
            "<script", "<link", "src=", "url(", "@import", "http://", "https://",
        ] {
            assert!(!html.contains(fetch), "{fetch} in {html}");
        }
    }
}
