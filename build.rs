//! Converts the built-in data files to compact binary forms at build time, so a run on the
//! built-in data decodes them instead of parsing TOML and CSV (see BENCHMARKS.md): each kind's
//! records to postcard, in a file of its own so a run decodes only the kinds it reads, and the
//! wage table to fixed-width rows grouped by area. The TOML files stay the source: they are
//! embedded too, for `him check` and `him init`, and a test checks that both forms hold the same
//! records.
//!
//! Only the plain record types and the wage table's column names are shared with the crate
//! (`src/data/model/`, `src/data/period.rs`, `src/wages/columns.rs`); the strict loader with
//! its diagnostics checks the same files in the tests. A file that does not parse here fails the
//! build with the file's name and TOML's own message.

use std::collections::BTreeMap;
use std::path::Path;

#[path = "src/data/period.rs"]
#[allow(dead_code)]
mod period;

#[path = "src/wages/columns.rs"]
#[allow(dead_code)]
mod columns;

#[path = "src/data/model/mod.rs"]
#[allow(dead_code)]
mod model;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// Parses `data/FILE` (a table of `[[KEY]]` records) into its records.
fn records<T: DeserializeOwned>(file: &str, key: &str) -> Vec<T> {
    let path = Path::new("data").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let mut tables: BTreeMap<String, Vec<T>> = toml::from_str(&text)
        .unwrap_or_else(|err| panic!("{} does not parse:\n{err}", path.display()));
    tables.remove(key).unwrap_or_default()
}

/// Converts `data/NAME.toml` to `OUT_DIR/NAME.postcard`: its records, decoded on first use.
fn compile<T: DeserializeOwned + Serialize>(name: &str) {
    // The table key is the file's name in the singular (`titles.toml` holds `[[title]]`).
    let key = name.strip_suffix('s').unwrap_or(name);
    let records: Vec<T> = records(&format!("{name}.toml"), key);
    write(&records, &format!("{name}.postcard"));
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/data/model");
    println!("cargo:rerun-if-changed=src/data/period.rs");
    println!("cargo:rerun-if-changed=src/wages/columns.rs");
    // One file per kind, so a run decodes only the kinds it reads (`data::builtin`).
    compile::<model::Source>("sources");
    compile::<model::Organization>("organizations");
    compile::<model::Skill>("skills");
    compile::<model::Field>("fields");
    compile::<model::Specialization>("specializations");
    compile::<model::Title>("titles");
    compile::<model::Credential>("credentials");
    compile::<model::Course>("courses");
    compile::<model::Occupation>("occupations");
    compile::<model::AreaName>("areas");
    compile::<model::ExperienceKind>("experience");
    pack_wages();
}

/// Converts `data/oews-wages.csv` to the fixed-width form `src/wages/packed.rs` reads: the row
/// count, an index (occupations, industry codes, areas with the range of their rows), then the
/// 34-byte rows at the end, so a
/// query decodes only the areas it shows. The built-in file is trusted here (the tests read it
/// with the strict parser and check both forms agree); a figure is a number, or one of the codes
/// in `src/wages/columns.rs` for why it is missing.
fn pack_wages() {
    let path = Path::new("data").join("oews-wages.csv");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).expect("data/oews-wages.csv is readable");
    let source = text
        .lines()
        .find_map(|l| l.strip_prefix("# source:"))
        .expect("the wage table names its source")
        .trim();
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let header = reader.headers().expect("a header row").clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("the wage table has no `{name}` column"))
    };
    let [
        soc,
        occupation,
        area_type,
        area_code,
        area_name,
        industry,
        footnotes,
    ] = std::array::from_fn(|i| column(columns::WAGE_COLUMNS[i]));
    let figure_names = &columns::WAGE_COLUMNS[columns::FIGURE_COLUMNS];
    let figures: [usize; 8] = std::array::from_fn(|i| column(figure_names[i]));

    let mut occupations: Vec<(String, String)> = Vec::new();
    let mut industries: Vec<String> = Vec::new();
    // (code, name, kind, rows), in the order areas first appear.
    let mut areas: Vec<(String, String, u8, Vec<[u8; 34]>)> = Vec::new();
    for record in reader.records() {
        let record = record.expect("every row of the built-in wage table reads");
        let cell = |i: usize| record.get(i).unwrap_or("");
        let occ = occupations
            .iter()
            .position(|(code, _)| code == cell(soc))
            .unwrap_or_else(|| {
                occupations.push((cell(soc).to_string(), cell(occupation).to_string()));
                occupations.len() - 1
            });
        let ind = industries
            .iter()
            .position(|code| code == cell(industry))
            .unwrap_or_else(|| {
                industries.push(cell(industry).to_string());
                industries.len() - 1
            });
        let kind = match cell(area_type) {
            "national" => 0,
            "state" => 1,
            "metro" => 2,
            other => panic!("unknown area type `{other}`"),
        };
        let area = match areas.iter().position(|a| a.0 == cell(area_code)) {
            Some(i) => i,
            None => {
                areas.push((
                    cell(area_code).to_string(),
                    cell(area_name).to_string(),
                    kind,
                    Vec::new(),
                ));
                areas.len() - 1
            }
        };
        let mut row = [0u8; 34];
        row[0] = u8::try_from(occ).expect("at most 256 occupations");
        row[1] = u8::try_from(ind).expect("at most 256 industries");
        for (slot, &col) in figures.iter().enumerate() {
            let footnote = cell(footnotes).split(';').find_map(|note| {
                let (name, code) = note.split_once('=')?;
                (name == figure_names[slot]).then_some(code)
            });
            let value = match (cell(col), footnote) {
                ("-" | "", Some("8")) => columns::PACKED_NOT_RELEASED,
                ("-" | "", Some("5")) => columns::PACKED_ABOVE_TOP_CODE,
                ("-" | "", _) => columns::PACKED_NOT_PUBLISHED,
                (number, None) => {
                    columns::parse_figure(number, columns::decimal_places(figure_names[slot]))
                        .unwrap_or_else(|| panic!("`{number}` is not a figure"))
                }
                (number, Some(_)) => panic!("`{number}` is given but footnoted"),
            };
            row[2 + slot * 4..6 + slot * 4].copy_from_slice(&value.to_le_bytes());
        }
        areas[area].3.push(row);
    }

    // Every text goes into one block, checked as UTF-8 once when him reads it; the index
    // refers to each by its place in the block (a u32 offset and a u16 length).
    let mut texts = String::new();
    let mut index = Vec::new();
    let mut put_str = |index: &mut Vec<u8>, s: &str| {
        let at = u32::try_from(texts.len()).expect("the texts fit a u32");
        index.extend_from_slice(&at.to_le_bytes());
        index.extend_from_slice(&u16::try_from(s.len()).expect("a short text").to_le_bytes());
        texts.push_str(s);
    };
    put_str(&mut index, source);
    index.extend_from_slice(&u16::try_from(occupations.len()).unwrap().to_le_bytes());
    for (code, name) in &occupations {
        put_str(&mut index, code);
        put_str(&mut index, name);
    }
    index.extend_from_slice(&u16::try_from(industries.len()).unwrap().to_le_bytes());
    for code in &industries {
        put_str(&mut index, code);
    }
    index.extend_from_slice(&u16::try_from(areas.len()).unwrap().to_le_bytes());
    let mut first_row = 0u32;
    for (code, name, kind, rows) in &areas {
        put_str(&mut index, code);
        put_str(&mut index, name);
        index.push(*kind);
        let count = u32::try_from(rows.len()).unwrap();
        index.extend_from_slice(&first_row.to_le_bytes());
        index.extend_from_slice(&count.to_le_bytes());
        first_row += count;
    }
    let mut out = Vec::new();
    out.extend_from_slice(b"HIMW");
    let total: usize = areas.iter().map(|a| a.3.len()).sum();
    out.extend_from_slice(&u32::try_from(total).expect("rows fit a u32").to_le_bytes());
    out.extend_from_slice(
        &u32::try_from(texts.len())
            .expect("texts fit a u32")
            .to_le_bytes(),
    );
    out.extend_from_slice(texts.as_bytes());
    out.extend_from_slice(&index);
    for (_, _, _, rows) in &areas {
        for row in rows {
            out.extend_from_slice(row);
        }
    }
    let dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    std::fs::write(Path::new(&dir).join("wages.bin"), out).expect("OUT_DIR is writable");
}

fn write<T: Serialize>(value: &T, name: &str) {
    let bytes = postcard::to_allocvec(value).expect("the records serialize");
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    std::fs::write(Path::new(&out).join(name), bytes).expect("OUT_DIR is writable");
}
