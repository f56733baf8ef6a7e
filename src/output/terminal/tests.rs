//! Tests of the terminal renderer: tables, stacked records, pairs and colour.

use super::*;
use unicode_width::UnicodeWidthStr;

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

fn rendered(report: &Report, width: Option<u16>, color: bool) -> String {
    let style = Style {
        format: super::super::Format::Table,
        color,
        width,
    };
    let mut out = Vec::new();
    render(report, &style, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn two_columns() -> Report {
    let column = |name: &str| {
        vec![
            vec![Block::Heading(name.to_string())],
            vec![Block::Diagram(vec![
                Line::new().plain(format!("│ {name} one")),
                Line::new().plain(format!("│ {name} two")),
            ])],
        ]
    };
    let mut report = Report::new();
    report.blocks.push(Block::Columns(Columns {
        min_width: 10,
        columns: vec![column("Left"), column("Right")],
    }));
    report
}

#[test]
fn columns_sit_side_by_side_when_each_gets_its_minimum_width() {
    assert_eq!(
        rendered(&two_columns(), Some(30), false),
        "Left            Right\n│ Left one      │ Right one\n│ Left two      │ Right two\n"
    );
}

#[test]
fn columns_go_one_after_another_when_narrow_or_piped() {
    let stacked = "Left\n│ Left one\n│ Left two\n\nRight\n│ Right one\n│ Right two\n";
    assert_eq!(rendered(&two_columns(), Some(22), false), stacked);
    assert_eq!(rendered(&two_columns(), None, false), stacked);
}

#[test]
fn a_highlighted_word_is_painted_alone_and_wrapped_lines_keep_their_rail() {
    let mut report = Report::new();
    report.lines(vec![
        Line::new()
            .hang("│   ", Tone::Muted)
            .plain("│ find the ")
            .span("needle", Tone::Match)
            .plain(" in a haystack of words"),
    ]);
    let plain = rendered(&report, Some(24), false);
    assert_eq!(plain, "│ find the needle in a\n│   haystack of words\n");
    let coloured = rendered(&report, Some(24), true);
    let needle = "needle".style(tone_paint(Tone::Match)).to_string();
    assert!(coloured.contains(&needle), "{coloured:?}");
    assert!(
        coloured.contains(&"│   ".style(tone_paint(Tone::Muted)).to_string()),
        "{coloured:?}"
    );
}

#[test]
fn a_table_is_drawn_with_short_rows_filled_and_right_columns_aligned() {
    let mut table = Table::new(["Name", "Pay"]);
    table.align[1] = Align::Right;
    table.row(vec![
        Cell::lines(vec!["one".into(), "two".into()]),
        Cell::new("$5"),
    ]);
    table.row(vec![Cell::new("three")]);
    let mut report = Report::new();
    report.blocks.push(Block::Table(table));
    assert_eq!(
        rendered(&report, None, false),
        "╭───────┬─────╮\n\
         │ Name  ┆ Pay │\n\
         ╞═══════╪═════╡\n\
         │ one   ┆  $5 │\n\
         │ two   ┆     │\n\
         ├╌╌╌╌╌╌╌┼╌╌╌╌╌┤\n\
         │ three ┆     │\n\
         ╰───────┴─────╯\n"
    );
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

#[test]
fn a_stacked_table_keeps_each_header_line_whole() {
    let mut report = Report::new();
    let mut table = Table::new([
        "Title",
        "Median",
        "10th–90th\npercentile",
        "Median\nto scale",
    ]);
    table.row(vec![
        Cell::new("Health information technician"),
        Cell::new("$51,140"),
        Cell::new("$37,000–$81,150"),
        Cell::new("██▌"),
    ]);
    report.table(table);
    // Too narrow for the table: the row becomes label-value lines, and a header of two
    // lines stays two whole lines, not one label cut mid-word.
    assert_eq!(
        rendered(&report, Some(30), false),
        "Title       Health information\n            technician\nMedian      $51,140\n\
         10th–90th   $37,000–$81,150\npercentile\nMedian      ██▌\nto scale\n"
    );
}
