//! What an OEWS import makes of the rows it kept: him's wage table, sorted, with the columns
//! some table read had, a summary of what was found, and the table as CSV.

use std::collections::{BTreeMap, BTreeSet};

use super::OewsImport;
use super::cells::{CODE_ABOVE_TOP_CODE, CODE_NOT_RELEASED, Value};
use super::header::{COLUMN_SOURCES, required_bls};
use crate::data::Diagnostic;
use crate::wages::columns::{FIGURE_COLUMNS, OPTIONAL_COLUMNS, WAGE_COLUMNS};
use crate::wages::import::TableName;
use crate::wages::{AreaKind, Reason};

/// What an import found and made.
#[derive(Clone, Debug)]
pub struct OewsTable {
    /// The columns of him's table written: `WAGE_COLUMNS`, but the optional ones no table read
    /// had.
    pub columns: Vec<&'static str>,
    /// The rows of him's table, in the order of `columns`, sorted.
    pub rows: Vec<Vec<String>>,
    pub summary: OewsSummary,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OewsSummary {
    /// The tables read, and those skipped as not OEWS data (sheets of field descriptions).
    pub tables_read: Vec<String>,
    pub tables_skipped: Vec<String>,
    pub rows_read: usize,
    pub rows_kept: usize,
    /// Occupation codes in the files, kept or not.
    pub occupations_in_files: usize,
    /// The occupations kept: code and BLS's name.
    pub occupations: Vec<(String, String)>,
    pub national_areas: usize,
    pub states: usize,
    pub metro_areas: usize,
    /// Occupations the titles map to that the files lack.
    pub missing_for_titles: Vec<String>,
    /// Occupations asked for with --soc that the files lack.
    pub missing_asked: Vec<String>,
    /// Occupations of the table being replaced that the files lack.
    pub missing_from_table: Vec<String>,
    /// The year of the May estimates, when the files name one.
    pub year: Option<u16>,
}

impl OewsImport {
    /// The table made of the rows kept, or every problem found.
    pub fn finish(self) -> Result<OewsTable, Vec<Diagnostic>> {
        let OewsImport {
            wanted,
            data_tables,
            skipped,
            kept,
            occupations_in_files,
            years,
            optional_found,
            mut problems,
            rows_read,
            ..
        } = self;
        if data_tables.is_empty() {
            for skip in &skipped {
                problems.add(
                    &skip.table,
                    None,
                    format!("not an OEWS table: {}", skip.why),
                    Some(format!(
                        "him imports BLS's OEWS files (oesmYYall.zip, oesmYYnat.zip, oesmYYst.zip, oesmYYma.zip, or the .xlsx in them), whose header names {}",
                        required_bls().join(", ")
                    )),
                );
            }
            return Err(problems.into_vec());
        }
        let mut distinct: Vec<&(u16, TableName)> = Vec::new();
        for year in &years {
            if !distinct.iter().any(|d| d.0 == year.0) {
                distinct.push(year);
            }
        }
        if let [first, second, ..] = distinct.as_slice() {
            problems.add(
                &second.1,
                None,
                format!(
                    "is of May {}, but {} is of May {}",
                    second.0, first.1, first.0
                ),
                Some("import the files of one release together".to_string()),
            );
        }
        if kept.is_empty() && problems.is_empty() {
            let mut asked: Vec<&String> = wanted.by_titles.iter().chain(&wanted.asked).collect();
            asked.sort();
            asked.dedup();
            problems.add(
                &data_tables[0],
                None,
                format!(
                    "none of the {} rows read is of an occupation him uses ({}) in the nation, a state or a metro area",
                    rows_read,
                    asked.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ),
                Some("check that this is an OEWS file of occupations by area".to_string()),
            );
        } else if !kept.keys().any(|k| k.0 == AreaKind::National) && problems.is_empty() {
            problems.add(
                &data_tables[0],
                None,
                "holds no national rows, and him's table needs them: every command without --area shows national figures".to_string(),
                Some("import the national file too (oesmYYnat.zip), or the one with all data (oesmYYall.zip)".to_string()),
            );
        }
        if !problems.is_empty() {
            return Err(problems.into_vec());
        }

        // One name per occupation and per area: the first the files give.
        let mut occupation_names: BTreeMap<&str, &str> = BTreeMap::new();
        let mut area_names: BTreeMap<&str, &str> = BTreeMap::new();
        let mut areas: BTreeMap<(AreaKind, &str), ()> = BTreeMap::new();
        for ((kind, code, soc, _), row) in &kept {
            occupation_names.entry(soc).or_insert(&row.occupation);
            area_names.entry(code).or_insert(&row.area_name);
            areas.insert((*kind, code), ());
        }
        let count = |kind| areas.keys().filter(|(k, _)| *k == kind).count();
        let missing = |codes: &BTreeSet<String>| -> Vec<String> {
            codes
                .iter()
                .filter(|c| !occupation_names.contains_key(c.as_str()))
                .cloned()
                .collect()
        };
        let summary = OewsSummary {
            tables_read: data_tables.iter().map(ToString::to_string).collect(),
            tables_skipped: skipped.iter().map(|s| s.table.to_string()).collect(),
            rows_read,
            rows_kept: kept.len(),
            occupations_in_files: occupations_in_files
                .iter()
                .filter(|s| !s.is_empty())
                .count(),
            occupations: occupation_names
                .iter()
                .map(|(soc, name)| (soc.to_string(), name.to_string()))
                .collect(),
            national_areas: count(AreaKind::National),
            states: count(AreaKind::State),
            metro_areas: count(AreaKind::Metro),
            missing_for_titles: missing(&wanted.by_titles),
            missing_asked: missing(&wanted.asked),
            missing_from_table: missing(&wanted.in_table),
            year: distinct.first().map(|d| d.0),
        };
        let columns: Vec<&'static str> = WAGE_COLUMNS
            .into_iter()
            .filter(|c| !OPTIONAL_COLUMNS.contains(c) || optional_found.contains(c))
            .collect();
        let rows = kept
            .iter()
            .map(|((kind, code, soc, industry), row)| {
                him_row(
                    &columns,
                    (*kind, code, soc, industry),
                    occupation_names
                        .get(soc.as_str())
                        .copied()
                        .unwrap_or_default(),
                    area_names.get(code.as_str()).copied().unwrap_or_default(),
                    &row.figures,
                )
            })
            .collect();
        Ok(OewsTable {
            columns,
            rows,
            summary,
        })
    }
}

/// One row of him's table, in the order of `columns`.
fn him_row(
    columns: &[&str],
    (kind, code, soc, industry): (AreaKind, &str, &str, &str),
    occupation: &str,
    area_name: &str,
    figures: &[Value],
) -> Vec<String> {
    let figure_of = |column: &str| -> Option<&Value> {
        COLUMN_SOURCES
            .iter()
            .filter(|(_, _, number)| number.is_some())
            .position(|(him, _, _)| *him == column)
            .and_then(|i| figures.get(i))
    };
    let footnotes: Vec<String> = WAGE_COLUMNS[FIGURE_COLUMNS]
        .iter()
        .filter(|column| columns.contains(column))
        .filter_map(|column| match figure_of(column) {
            Some(Value::Missing(Some(Reason::NotReleased))) => {
                Some(format!("{column}={CODE_NOT_RELEASED}"))
            }
            Some(Value::Missing(Some(Reason::AboveTopCode))) => {
                Some(format!("{column}={CODE_ABOVE_TOP_CODE}"))
            }
            _ => None,
        })
        .collect();
    columns
        .iter()
        .map(|column| match *column {
            "soc_code" => soc.to_string(),
            "occupation" => occupation.to_string(),
            "area_type" => kind.as_str().to_string(),
            "area_code" => code.to_string(),
            "area_name" => area_name.to_string(),
            "industry_code" => industry.to_string(),
            "footnotes" => footnotes.join(";"),
            figure => match figure_of(figure) {
                Some(Value::Number(text)) => text.clone(),
                _ => "-".to_string(),
            },
        })
        .collect()
}

/// him's table as CSV: the comment lines, then the header and rows.
pub fn to_csv(comment: &str, table: &OewsTable) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(&table.columns);
    for row in &table.rows {
        let _ = writer.write_record(row);
    }
    let body = writer.into_inner().unwrap_or_default();
    format!("{comment}{}", String::from_utf8_lossy(&body))
}
