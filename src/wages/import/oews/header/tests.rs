//! Unit tests of `wages/import/oews/header.rs`.

use super::*;
use crate::wages::columns::FIGURE_COLUMNS;

#[test]
fn every_column_of_the_table_has_a_source() {
    for column in WAGE_COLUMNS {
        assert!(
            column == FOOTNOTES || COLUMN_SOURCES.iter().any(|(him, _, _)| *him == column),
            "{column} has no BLS column in COLUMN_SOURCES"
        );
    }
    for column in &WAGE_COLUMNS[FIGURE_COLUMNS] {
        let source = COLUMN_SOURCES
            .iter()
            .find(|(him, _, _)| him == column)
            .unwrap();
        assert!(source.2.is_some(), "{column} is a figure column");
    }
}

#[test]
fn every_bls_column_read_is_in_bls_layout() {
    for (_, bls, _) in COLUMN_SOURCES {
        assert!(BLS_COLUMNS.contains(&bls), "{bls} is not in BLS_COLUMNS");
    }
    assert!(BLS_COLUMNS.contains(&OWNERSHIP));
}
