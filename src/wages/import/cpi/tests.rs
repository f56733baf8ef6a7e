//! Unit tests of `wages/import/cpi.rs`.

use super::*;

fn import(rows: &[&[&str]]) -> Result<CpiTable, Vec<Diagnostic>> {
    let mut import = CpiImport::new();
    import.begin(&TableName {
        file: "cu.data.1.AllItems".to_string(),
        ..TableName::default()
    });
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|s| s.to_string()).collect();
        if import.row(i as u64 + 1, &cells) == Flow::SkipTable {
            break;
        }
    }
    import.end();
    import.finish()
}

#[test]
fn keeps_the_annual_averages_of_the_series_and_says_which_years_lack_one() {
    let table = import(&[
        &["series_id", "year", "period", "value", "footnote_codes"],
        &["CUSR0000SA0", "2024", "M13", "999.9", ""],
        &["CUUR0000SA0", "2024", "M01", "308.417", ""],
        &["CUUR0000SA0", "2024", "M13", "313.689", ""],
        &["CUUR0000SA0", "2024", "S01", "311.0", ""],
        &["CUUR0000SA0", "2025", "M13", "321.943", ""],
        &["CUUR0000SA0", "2026", "M01", "325.0", ""],
        &["CUUR0000SA0", "2026", "M08", "330.0", ""],
    ])
    .unwrap();
    assert_eq!(
        table.rows,
        vec![(2024, "313.689".to_string()), (2025, "321.943".to_string())]
    );
    assert_eq!(table.summary.years_without_average, vec![2026]);
    assert_eq!(table.summary.period.to_string(), "2026-08");
    assert_eq!(table.summary.rows_of_series, 6);
}

#[test]
fn reads_the_data_viewer_layout_after_its_lines_about_the_series() {
    let table = import(&[
        &["CPI for All Urban Consumers (CPI-U)"],
        &["Series Id:", "CUUR0000SA0"],
        &[],
        &["Year", "Jan", "Feb", "Annual"],
        &["2024", "308.417", "310.326", "313.689"],
        &["2025", "317.671", "", ""],
    ])
    .unwrap();
    assert_eq!(table.rows, vec![(2024, "313.689".to_string())]);
    assert_eq!(table.summary.years_without_average, vec![2025]);
    assert_eq!(table.summary.period.to_string(), "2025-01");
}

#[test]
fn another_series_is_refused() {
    let problems = import(&[
        &["Series Id:", "CUSR0000SA0"],
        &["Year", "Jan", "Annual"],
        &["2024", "1", "2"],
    ])
    .unwrap_err();
    assert!(
        problems[0]
            .message
            .contains("is series CUSR0000SA0, not CUUR0000SA0"),
        "{problems:?}"
    );
    let problems = import(&[
        &["series_id", "year", "period", "value"],
        &["CUSR0000SA0", "2024", "M13", "1"],
    ])
    .unwrap_err();
    assert!(
        problems[0]
            .message
            .contains("no rows of series CUUR0000SA0, only of CUSR0000SA0"),
        "{problems:?}"
    );
}

#[test]
fn a_file_without_the_columns_is_not_a_cpi_table() {
    let problems = import(&[&["OCC_CODE", "A_MEDIAN"]]).unwrap_err();
    assert!(
        problems[0].message.contains("not a CPI table"),
        "{problems:?}"
    );
}
