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

use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
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

const COLUMNS: [&str; 32] = [
    "AREA",
    "AREA_TITLE",
    "AREA_TYPE",
    "PRIM_STATE",
    "NAICS",
    "NAICS_TITLE",
    "I_GROUP",
    "OWN_CODE",
    "OCC_CODE",
    "OCC_TITLE",
    "O_GROUP",
    "TOT_EMP",
    "EMP_PRSE",
    "JOBS_1000",
    "LOC_QUOTIENT",
    "PCT_TOTAL",
    "PCT_RPT",
    "H_MEAN",
    "A_MEAN",
    "MEAN_PRSE",
    "H_PCT10",
    "H_PCT25",
    "H_MEDIAN",
    "H_PCT75",
    "H_PCT90",
    "A_PCT10",
    "A_PCT25",
    "A_MEDIAN",
    "A_PCT75",
    "A_PCT90",
    "ANNUAL",
    "HOURLY",
];

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

struct Writer<'a> {
    sheet: &'a mut Worksheet,
    row: u32,
    left: usize,
}

impl Writer<'_> {
    fn write(
        &mut self,
        area: (&str, &str, u8),
        naics: &str,
        occ: usize,
    ) -> Result<bool, XlsxError> {
        if self.left == 0 {
            return Ok(false);
        }
        self.left -= 1;
        self.row += 1;
        let r = self.row;
        let s = &mut self.sheet;
        let seed = (r as usize).wrapping_mul(2_654_435_761) % 1000;
        let wage = 30_000.0 + (seed * 157) as f64;
        s.write_string(r, 0, area.0)?;
        s.write_string(r, 1, area.1)?;
        s.write_number(r, 2, area.2)?;
        s.write_string(r, 3, "US")?;
        s.write_string(r, 4, naics)?;
        s.write_string(
            r,
            5,
            if naics == "000000" {
                "Cross-industry"
            } else {
                "Industry"
            },
        )?;
        s.write_string(
            r,
            6,
            if naics == "000000" {
                "cross-industry"
            } else {
                "4-digit"
            },
        )?;
        s.write_number(r, 7, if naics == "000000" { 1235 } else { 5 })?;
        s.write_string(r, 8, occupation(occ))?;
        s.write_string(r, 9, format!("Occupation {occ}"))?;
        s.write_string(r, 10, "detailed")?;
        // BLS's marks in some cells: employment not available, wages not released or above
        // the top code, shares under half a percent.
        if seed.is_multiple_of(37) {
            s.write_string(r, 11, "**")?;
        } else {
            s.write_number(r, 11, (seed * 13) as f64)?;
        }
        s.write_number(r, 12, 4.2)?;
        s.write_number(r, 13, 0.542)?;
        s.write_number(r, 14, 1.07)?;
        s.write_string(r, 15, "~")?;
        s.write_number(r, 16, 12.5)?;
        s.write_number(r, 17, (wage / 2080.0 * 100.0).round() / 100.0)?;
        s.write_number(r, 18, wage)?;
        s.write_number(r, 19, 1.1)?;
        for (i, c) in (20..25).enumerate() {
            s.write_number(
                r,
                c,
                ((wage + i as f64 * 9000.0) / 2080.0 * 100.0).round() / 100.0,
            )?;
        }
        for (i, c) in (25..30).enumerate() {
            match (seed % 53, i) {
                (0, _) => s.write_string(r, c, "*")?,
                (1, 4) => s.write_string(r, c, "#")?,
                _ => s.write_number(r, c, wage + i as f64 * 9000.0)?,
            };
        }
        Ok(true)
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet_with_low_memory()?;
    sheet.set_name("All May 2025 data")?;
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string(0, c as u16, *name)?;
    }
    let mut w = Writer {
        sheet,
        row: 0,
        left: args.rows,
    };
    // A share of the rows for each kind of area, as in BLS's file: about half for the nation's
    // industries, the rest for states and metro areas.
    let industries = args.rows / 2 / OCCUPATIONS;
    'done: {
        for occ in 0..OCCUPATIONS {
            if !w.write(("99", "U.S.", 1), "000000", occ)? {
                break 'done;
            }
        }
        for industry in 0..industries {
            let naics = SETTINGS.get(industry).map_or_else(
                || format!("{:06}", 311_000 + industry * 10),
                |s| s.to_string(),
            );
            for occ in 0..OCCUPATIONS {
                if !w.write(("99", "U.S.", 1), &naics, occ)? {
                    break 'done;
                }
            }
        }
        for state in 1..=STATES {
            let (code, name) = (state.to_string(), format!("State {state}"));
            for occ in 0..PER_STATE {
                if !w.write((&code, &name, 2), "000000", occ)? {
                    break 'done;
                }
            }
        }
        for metro in 0..METROS {
            let (code, name) = (
                (10_000 + metro * 20).to_string(),
                format!("Metro {metro}, XX"),
            );
            for occ in 0..PER_METRO {
                if !w.write((&code, &name, 4), "000000", occ)? {
                    break 'done;
                }
            }
        }
    }
    let rows = w.row;
    let fields = book.add_worksheet();
    fields.set_name("Field Descriptions")?;
    fields.write_string(0, 0, "Field")?;
    fields.write_string(0, 1, "Field Description")?;
    for (r, name) in COLUMNS.iter().enumerate() {
        fields.write_string(r as u32 + 1, 0, name.to_lowercase())?;
        fields.write_string(r as u32 + 1, 1, "What the column holds")?;
    }
    let xlsx = book.save_to_buffer()?;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&args.out)?);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(xlsx.len() > u32::MAX as usize);
    zip.add_directory("oesm25all/", options)?;
    zip.start_file("oesm25all/all_data_M_2025.xlsx", options)?;
    zip.write_all(&xlsx)?;
    zip.finish()?;
    eprintln!(
        "wrote {} data rows ({} MB workbook) to {}",
        rows,
        xlsx.len() >> 20,
        args.out.display()
    );
    Ok(())
}
