//! Renders tables as CSV: one header row per table, list cells joined with "; ".

use std::io::{self, Write};

use super::report::Table;
use crate::text::visible;

pub fn render(tables: &[Table], w: &mut dyn Write) -> io::Result<()> {
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            // Several tables (a comparison and its figures) are separated by a blank line, which
            // spreadsheet programs read as an empty row.
            writeln!(w)?;
        }
        let mut out = csv::Writer::from_writer(&mut *w);
        out.write_record(table.header.iter().map(|h| visible(h).into_owned()))
            .map_err(into_io)?;
        for row in &table.rows {
            out.write_record(row.iter().map(|cell| {
                cell.lines
                    .iter()
                    .map(|line| visible(line).into_owned())
                    .collect::<Vec<_>>()
                    .join("; ")
            }))
            .map_err(into_io)?;
        }
        out.flush()?;
    }
    Ok(())
}

fn into_io(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}
