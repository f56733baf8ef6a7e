//! Writes an OEWS all-data archive the size of BLS's own (`oesm25all.zip`: some 415,000 rows of
//! 32 columns in `all_data_M_2025.xlsx`), for measuring `him import oews` on it:
//!
//!     cargo run --release --example gen_oews -- --rows 415000 --out /tmp/oesm25all.zip
//!     him --data /tmp/him-import import oews /tmp/oesm25all.zip
//!
//! Laid out as BLS lays it out: the workbook in a folder of the archive, the data sheet named
//! for the release, a second sheet of field descriptions, BLS's columns with its footnote marks
//! in some cells, text in the shared-string table. The rows are made up (no BLS figure is
//! copied): the nation by industry, then the states, then the metro areas, each with the
//! occupations him keeps among some 830 others, so an import keeps about as many rows as it
//! would from the real file.
//!
//! `tests/import.rs` writes its archives with the same functions (`Cell`, `bls_row`,
//! `all_data_workbook`, `all_data_archive`), and both take BLS's columns from
//! `him::wages::import::oews::BLS_COLUMNS`, the list the importer is checked against.

use std::error::Error;
use std::io::{Seek, Write};
use std::path::PathBuf;

use clap::Parser;
use him::wages::import::oews::BLS_COLUMNS;
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

#[derive(Parser)]
struct Args {
    /// How many data rows to write
    #[arg(long, default_value_t = 415_000)]
    rows: usize,
    /// The archive to write
    #[arg(long)]
    out: PathBuf,
}

/// A cell of BLS's files: figures are numbers, names and footnote marks text. Empty text is a
/// cell left empty.
#[derive(Clone, Debug)]
pub enum Cell {
    Text(String),
    Number(f64),
}

pub fn text(value: &str) -> Cell {
    Cell::Text(value.to_string())
}

/// A row in the order of `BLS_COLUMNS`, from its cells named by column: every column must be
/// named, and no other.
pub fn bls_row(mut cells: Vec<(&str, Cell)>) -> Vec<Cell> {
    let row = BLS_COLUMNS
        .iter()
        .map(|column| {
            let at = cells
                .iter()
                .position(|(name, _)| name == column)
                .unwrap_or_else(|| panic!("no cell for BLS's column {column}"));
            cells.swap_remove(at).1
        })
        .collect();
    assert!(cells.is_empty(), "cells for columns BLS has not: {cells:?}");
    row
}

/// Writes `header`, then `rows` under it, row by row (so a low-memory sheet takes them); returns
/// how many rows were written under the header.
pub fn write_table<S: AsRef<str>, R: AsRef<[Cell]>>(
    sheet: &mut Worksheet,
    header: &[S],
    rows: impl IntoIterator<Item = R>,
) -> Result<u32, XlsxError> {
    for (c, name) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, name.as_ref())?;
    }
    let mut r = 0;
    for row in rows {
        r += 1;
        for (c, cell) in row.as_ref().iter().enumerate() {
            match cell {
                Cell::Text(t) if t.is_empty() => {}
                Cell::Text(t) => {
                    sheet.write_string(r, c as u16, t)?;
                }
                Cell::Number(n) => {
                    sheet.write_number(r, c as u16, *n)?;
                }
            }
        }
    }
    Ok(r)
}

/// The workbook of BLS's all-data file: the data sheet named for the release (`header`, then
/// `rows`), and a second sheet describing each column. Returns its bytes and how many data rows
/// it holds.
pub fn all_data_workbook<S: AsRef<str>, R: AsRef<[Cell]>>(
    header: &[S],
    rows: impl IntoIterator<Item = R>,
) -> Result<(Vec<u8>, u32), XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet_with_low_memory()?;
    sheet.set_name("All May 2025 data")?;
    let written = write_table(sheet, header, rows)?;
    let fields = book.add_worksheet();
    fields.set_name("Field Descriptions")?;
    let descriptions = header.iter().map(|name| {
        [
            text(&name.as_ref().to_lowercase()),
            text("What the column holds"),
        ]
    });
    write_table(fields, &["Field", "Field Description"], descriptions)?;
    Ok((book.save_to_buffer()?, written))
}

/// BLS's all-data archive around `workbook`: the workbook in a folder, as `oesm25all.zip` has it.
pub fn all_data_archive<W: Write + Seek>(out: W, workbook: &[u8]) -> zip::result::ZipResult<W> {
    let mut zip = zip::ZipWriter::new(out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(workbook.len() > u32::MAX as usize);
    zip.add_directory("oesm25all/", options)?;
    zip.start_file("oesm25all/all_data_M_2025.xlsx", options)?;
    zip.write_all(workbook)?;
    zip.finish()
}

/// The occupations him keeps (its titles' and its table's), first in every area.
const KEPT: [&str; 20] = [
    "11-1011", "11-3021", "11-3031", "11-9111", "13-1041", "13-1111", "15-1211", "15-1242",
    "15-1243", "15-1299", "15-2041", "15-2051", "19-1042", "29-1051", "29-1141", "29-1221",
    "29-2052", "29-2072", "29-9021", "43-6013",
];

/// The work settings him keeps, first among the nation's industries.
const SETTINGS: [&str; 9] = [
    "622000", "621100", "621400", "621000", "623000", "524000", "541500", "541600", "999200",
];

/// Area kinds and how many occupations each area has (BLS publishes fewer for small areas).
const STATES: usize = 54;
const METROS: usize = 530;
const OCCUPATIONS: usize = 830;
const PER_STATE: usize = 700;
const PER_METRO: usize = 330;

fn occupation(i: usize) -> String {
    match KEPT.get(i) {
        Some(code) => code.to_string(),
        None => format!("{:02}-{:04}", 11 + (i % 43), 1000 + i),
    }
}

/// An area: its code, its title and its AREA_TYPE (1 the nation, 2 a state, 4 a metro area).
type Area = (String, String, u8);

/// The area, industry and occupation of each of `rows` rows, in the order of BLS's file: about
/// half the rows for the nation's industries (all industries first), then the states, then the
/// metro areas.
fn row_keys(rows: usize) -> impl Iterator<Item = (Area, String, usize)> {
    let nation = || ("99".to_string(), "U.S.".to_string(), 1);
    let industries = rows / 2 / OCCUPATIONS;
    let naics = std::iter::once("000000".to_string()).chain((0..industries).map(|industry| {
        SETTINGS.get(industry).map_or_else(
            || format!("{:06}", 311_000 + industry * 10),
            |s| s.to_string(),
        )
    }));
    let national = naics
        .flat_map(move |naics| (0..OCCUPATIONS).map(move |occ| (nation(), naics.clone(), occ)));
    let states = (1..=STATES).flat_map(|state| {
        (0..PER_STATE).map(move |occ| {
            let area = (state.to_string(), format!("State {state}"), 2);
            (area, "000000".to_string(), occ)
        })
    });
    let metros = (0..METROS).flat_map(|metro| {
        (0..PER_METRO).map(move |occ| {
            let area = (
                (10_000 + metro * 20).to_string(),
                format!("Metro {metro}, XX"),
                4,
            );
            (area, "000000".to_string(), occ)
        })
    });
    national.chain(states).chain(metros).take(rows)
}

/// Data row `r` (counted from 1): made-up figures that vary with `r`, and BLS's marks in some
/// cells: employment not available, wages not released or above the top code, shares under half
/// a percent.
fn row(r: usize, (area, title, area_type): &Area, naics: &str, occ: usize) -> Vec<Cell> {
    let seed = r.wrapping_mul(2_654_435_761) % 1000;
    let wage = 30_000.0 + (seed * 157) as f64;
    let whole = naics == "000000";
    let hourly =
        |i: usize| Cell::Number(((wage + i as f64 * 9000.0) / 2080.0 * 100.0).round() / 100.0);
    let annual = |i: usize| match (seed % 53, i) {
        (0, _) => text("*"),
        (1, 4) => text("#"),
        _ => Cell::Number(wage + i as f64 * 9000.0),
    };
    bls_row(vec![
        ("AREA", text(area)),
        ("AREA_TITLE", text(title)),
        ("AREA_TYPE", Cell::Number(f64::from(*area_type))),
        ("PRIM_STATE", text("US")),
        ("NAICS", text(naics)),
        (
            "NAICS_TITLE",
            text(if whole { "Cross-industry" } else { "Industry" }),
        ),
        (
            "I_GROUP",
            text(if whole { "cross-industry" } else { "4-digit" }),
        ),
        ("OWN_CODE", Cell::Number(if whole { 1235.0 } else { 5.0 })),
        ("OCC_CODE", Cell::Text(occupation(occ))),
        ("OCC_TITLE", Cell::Text(format!("Occupation {occ}"))),
        ("O_GROUP", text("detailed")),
        (
            "TOT_EMP",
            if seed.is_multiple_of(37) {
                text("**")
            } else {
                Cell::Number((seed * 13) as f64)
            },
        ),
        ("EMP_PRSE", Cell::Number(4.2)),
        ("JOBS_1000", Cell::Number(0.542)),
        ("LOC_QUOTIENT", Cell::Number(1.07)),
        ("PCT_TOTAL", text("~")),
        ("PCT_RPT", Cell::Number(12.5)),
        (
            "H_MEAN",
            Cell::Number((wage / 2080.0 * 100.0).round() / 100.0),
        ),
        ("A_MEAN", Cell::Number(wage)),
        ("MEAN_PRSE", Cell::Number(1.1)),
        ("H_PCT10", hourly(0)),
        ("H_PCT25", hourly(1)),
        ("H_MEDIAN", hourly(2)),
        ("H_PCT75", hourly(3)),
        ("H_PCT90", hourly(4)),
        ("A_PCT10", annual(0)),
        ("A_PCT25", annual(1)),
        ("A_MEDIAN", annual(2)),
        ("A_PCT75", annual(3)),
        ("A_PCT90", annual(4)),
        ("ANNUAL", text("")),
        ("HOURLY", text("")),
    ])
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = Args::parse();
    let rows = row_keys(args.rows)
        .enumerate()
        .map(|(i, (area, naics, occ))| row(i + 1, &area, &naics, occ));
    let (xlsx, written) = all_data_workbook(&BLS_COLUMNS, rows)?;
    all_data_archive(std::fs::File::create(&args.out)?, &xlsx)?;
    eprintln!(
        "wrote {} data rows ({} MB workbook) to {}",
        written,
        xlsx.len() >> 20,
        args.out.display()
    );
    Ok(())
}
