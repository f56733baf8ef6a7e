//! Unit tests of `wages/import/oews.rs`.

use super::*;
use crate::data::Diagnostic;

fn import(rows: &[Vec<String>], wanted: &[&str]) -> Result<OewsTable, Vec<Diagnostic>> {
    let mut import = OewsImport::new(Wanted {
        by_titles: wanted.iter().map(|s| s.to_string()).collect(),
        ..Wanted::default()
    });
    import.begin(&TableName {
        file: "oesm25all.zip".to_string(),
        entry: Some("oesm25all/all_data_M_2025.xlsx".to_string()),
        sheet: Some("All May 2025 data".to_string()),
    });
    for (i, row) in rows.iter().enumerate() {
        if import.row(i as u64 + 1, row) == Flow::SkipTable {
            break;
        }
    }
    import.end();
    import.finish()
}

fn cells(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|s| s.to_string()).collect()
}

/// BLS's header.
fn header() -> Vec<String> {
    cells(&BLS_COLUMNS)
}

/// A row of the nation under `header()`: industry, owners, occupation, and `figures`: TOT_EMP,
/// A_PCT10 ... A_PCT90, JOBS_1000 and LOC_QUOTIENT. The columns him does not read are empty.
fn national(naics: &str, own: &str, soc: &str, figures: [&str; 8]) -> Vec<String> {
    let [
        employment,
        p10,
        p25,
        median,
        p75,
        p90,
        jobs_per_1000,
        quotient,
    ] = figures;
    let cell = |column: &str| match column {
        "AREA" => "99",
        "AREA_TITLE" => "U.S.",
        "AREA_TYPE" => "1",
        "PRIM_STATE" => "US",
        "NAICS" => naics,
        "NAICS_TITLE" => "An industry",
        "I_GROUP" => "3-digit",
        "OWN_CODE" => own,
        "OCC_CODE" => soc,
        "OCC_TITLE" => "An occupation",
        "O_GROUP" => "detailed",
        "TOT_EMP" => employment,
        "A_PCT10" => p10,
        "A_PCT25" => p25,
        "A_MEDIAN" => median,
        "A_PCT75" => p75,
        "A_PCT90" => p90,
        "JOBS_1000" => jobs_per_1000,
        "LOC_QUOTIENT" => quotient,
        _ => "",
    };
    BLS_COLUMNS
        .iter()
        .map(|column| cell(column).to_string())
        .collect()
}

#[test]
fn footnote_marks_become_him_footnotes_never_numbers() {
    // A decimal is written to the places BLS publishes it to, whatever the cell held.
    let figures = ["204,350", "75700", "*", "**", "#", "~", "1.5", "*"];
    let rows = [header(), national("000000", "1235", "11-1011", figures)];
    let table = import(&rows, &["11-1011"]).unwrap();
    assert_eq!(
        table.rows,
        vec![cells(&[
            "11-1011",
            "An occupation",
            "national",
            "0000000",
            "National",
            "000000",
            "annual_p25=8;annual_median=8;annual_p75=5;location_quotient=8",
            "204350",
            "75700",
            "-",
            "-",
            "-",
            "-",
            "1.500",
            "-",
        ])]
    );
    assert_eq!(table.columns, WAGE_COLUMNS);
    assert_eq!(table.summary.year, Some(2025));
}

#[test]
fn a_table_without_the_share_columns_is_written_without_them() {
    let row = national(
        "000000",
        "1235",
        "11-1011",
        ["1", "2", "3", "4", "5", "6", "", ""],
    );
    let (header, row): (Vec<String>, Vec<String>) = header()
        .into_iter()
        .zip(row)
        .filter(|(column, _)| column != "JOBS_1000" && column != "LOC_QUOTIENT")
        .unzip();
    let table = import(&[header, row], &["11-1011"]).unwrap();
    assert_eq!(table.columns, WAGE_COLUMNS[..13]);
    assert_eq!(table.rows[0].len(), 13);
    let csv = to_csv("# source: x\n", &table);
    assert!(csv.contains("annual_p90\n11-1011,"), "{csv}");
}

#[test]
fn keeps_the_row_covering_every_owner() {
    let figures = |employment| [employment, "1", "2", "3", "4", "5", "", ""];
    let rows = [
        header(),
        national("622000", "5", "11-9111", figures("100")),
        national("622000", "235", "11-9111", figures("150")),
        national("622000", "2", "11-9111", figures("50")),
    ];
    let table = import(&rows, &["11-9111"]).unwrap();
    assert_eq!(table.rows.len(), 1);
    assert_eq!(table.rows[0][7], "150");
}

#[test]
fn a_second_row_with_other_figures_is_a_problem() {
    let figures = |employment| [employment, "1", "2", "3", "4", "5", "", ""];
    let rows = [
        header(),
        national("000000", "1235", "11-9111", figures("100")),
        national("000000", "1235", "11-9111", figures("100")),
        national("000000", "1235", "11-9111", figures("120")),
    ];
    let problems = import(&rows, &["11-9111"]).unwrap_err();
    assert_eq!(
        problems.len(),
        1,
        "the same row twice is no problem: {problems:?}"
    );
    assert!(
        problems[0]
            .message
            .starts_with("row 4: a second row for 11-9111")
    );
}

#[test]
fn a_header_missing_columns_is_refused_naming_them() {
    let problems = import(&[cells(&["OCC_CODE", "OCC_TITLE", "AREA"])], &["11-1011"]).unwrap_err();
    assert!(
        problems[0]
            .message
            .contains("lacks the columns AREA_TYPE, AREA_TITLE, NAICS, TOT_EMP"),
        "{problems:?}"
    );
    assert!(problems[0].file.contains("all_data_M_2025.xlsx"));
}

#[test]
fn a_sheet_of_something_else_is_not_an_oews_file() {
    let problems = import(&[cells(&["Field", "Field description"])], &["11-1011"]).unwrap_err();
    assert!(
        problems[0].message.contains(
            "not an OEWS table: its first row has no OCC_CODE column (Field, Field description)"
        ),
        "{problems:?}"
    );
    let problems = import(&[], &["11-1011"]).unwrap_err();
    assert!(problems[0].message.contains("it is empty"), "{problems:?}");
}

#[test]
fn a_cell_that_is_neither_a_number_nor_a_mark_is_a_problem() {
    let figures = ["n/a", "1", "2", "3", "4", "5", "", ""];
    let rows = [header(), national("000000", "1235", "11-1011", figures)];
    let problems = import(&rows, &["11-1011"]).unwrap_err();
    assert!(
        problems[0]
            .message
            .starts_with("row 2: TOT_EMP: `n/a` is neither a number"),
        "{problems:?}"
    );
}
