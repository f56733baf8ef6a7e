//! Renders tables as CSV for spreadsheets and scripts: exactly one table per run, under one
//! header of snake_case names, list cells joined with "; ".

use std::io::{self, Write};

use super::report::Table;
use crate::text::visible;

/// Writes `tables` as one CSV table. A command gives one table; should one give several, the
/// rows of all go under one header holding every column (a row leaves the others empty), so a
/// second header never lands in the middle of the stream.
pub fn render(tables: &[Table], w: &mut dyn Write) -> io::Result<()> {
    let mut header: Vec<String> = Vec::new();
    let positions: Vec<Vec<usize>> = tables
        .iter()
        .map(|table| {
            table
                .header
                .iter()
                .map(|name| {
                    let name = snake_case(&visible(name));
                    header.iter().position(|h| *h == name).unwrap_or_else(|| {
                        header.push(name);
                        header.len() - 1
                    })
                })
                .collect()
        })
        .collect();
    if header.is_empty() {
        return Ok(());
    }
    let mut out = csv::Writer::from_writer(&mut *w);
    out.write_record(&header).map_err(into_io)?;
    for (table, columns) in tables.iter().zip(&positions) {
        for row in &table.rows {
            let mut record = vec![String::new(); header.len()];
            for (cell, &column) in row.iter().zip(columns) {
                record[column] = cell
                    .lines
                    .iter()
                    .map(|line| visible(line).into_owned())
                    .collect::<Vec<_>>()
                    .join("; ");
            }
            out.write_record(&record).map_err(into_io)?;
        }
    }
    out.flush()
}

/// A column name as scripts write it: `SOC code` is `soc_code`, `10th–90th percentile` is
/// `10th_90th_percentile`.
pub fn snake_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_end_matches('_').to_string()
}

fn into_io(err: csv::Error) -> io::Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Cell;

    #[test]
    fn headers_are_snake_case() {
        assert_eq!(snake_case("SOC code"), "soc_code");
        assert_eq!(snake_case("10th–90th\npercentile"), "10th_90th_percentile");
        assert_eq!(snake_case("title_id"), "title_id");
        assert_eq!(snake_case("Age as of\n2026-12-03"), "age_as_of_2026_12_03");
    }

    #[test]
    fn several_tables_share_one_header() {
        let mut first = Table::new(["Id", "Name"]);
        first.row(vec![Cell::new("a"), Cell::new("A")]);
        let mut second = Table::new(["Id", "Age"]);
        second.row(vec![Cell::new("b"), Cell::new("3")]);
        let mut out = Vec::new();
        render(&[first, second], &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "id,name,age\na,A,\nb,,3\n");
    }
}
