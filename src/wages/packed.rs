//! The built-in wage table in the form build.rs compiles `data/oews-wages.csv` to: no CSV to
//! parse, and a query decodes only the areas it shows (`him salary --area illinois` reads two
//! areas of some six hundred).
//!
//! Layout, little-endian: `HIMW`; the row count; the texts, one UTF-8 block (its `u32` length,
//! then the bytes); the source id; the occupations (SOC code, title); the industry codes; the
//! areas (code, name, kind, first row, row count); then, ending the file, the 34-byte rows:
//! occupation index, industry index, and eight `u32` figures (employment, p10, p25, median, p75,
//! p90, then jobs per 1,000 and the location quotient in units of their last decimal place). A
//! missing figure is one of the codes in `columns.rs` (not released, above BLS's top code, not
//! published). A text is its place in the block: a `u32` offset and a `u16` length.
//!
//! This file reads the index and makes the table (`WageTable::builtin`); `rows.rs` decodes an
//! area's rows when a query first asks for them.

use std::rc::Rc;

use super::rows::{AreaRows, ROW};
use super::{Area, AreaKind, Occupation, Setting, WageTable};

const COMPILED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wages.bin"));

/// Reads through the compiled bytes. They were written by build.rs in this very build, so a
/// short read or a bad text is a bug in him: it stops with an internal error (which asks for a
/// report) rather than showing zeros or empty names as if BLS had published them.
struct Reader {
    bytes: &'static [u8],
    at: usize,
    /// The block of texts, checked as UTF-8 once (`Reader::texts`).
    texts: &'static str,
}

impl Reader {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        self.slice(N).try_into().expect("`slice` returns N bytes")
    }

    fn slice(&mut self, n: usize) -> &'static [u8] {
        let Some(taken) = self.bytes.get(self.at..self.at + n) else {
            broken(&format!(
                "{n} bytes wanted at byte {} of {}",
                self.at,
                self.bytes.len()
            ))
        };
        self.at += n;
        taken
    }

    fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes(self.take())
    }

    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }

    /// Reads the block of texts the index refers to.
    fn texts(&mut self) {
        let len = self.u32() as usize;
        let at = self.at;
        self.texts = std::str::from_utf8(self.slice(len))
            .unwrap_or_else(|_| broken(&format!("the texts at byte {at} are not UTF-8")));
    }

    fn text(&mut self) -> &'static str {
        let at = self.u32() as usize;
        let len = usize::from(self.u16());
        self.texts
            .get(at..at + len)
            .unwrap_or_else(|| broken(&format!("no text at {at}+{len} of the texts")))
    }
}

/// Stops on compiled wage data that does not read back: a bug in him, not in the user's data.
fn broken(what: &str) -> ! {
    panic!("the built-in wage table is broken ({what}); him was built wrongly")
}

impl WageTable {
    /// The built-in table, from the form build.rs compiled it to: its areas at once, each
    /// area's rows when a query first asks for them.
    pub fn builtin() -> WageTable {
        table(false)
    }

    /// The national rows of the built-in table only, as `parse_national` reads them.
    pub fn builtin_national() -> WageTable {
        table(true)
    }
}

/// The compiled table; with `national_only`, only its national area (the first), as
/// `WageTable::parse_national` reads the CSV.
fn table(national_only: bool) -> WageTable {
    let mut r = Reader {
        bytes: COMPILED,
        at: 4, // past the magic
        texts: "",
    };
    let total = r.u32() as usize;
    r.texts();
    let source = r.text().to_string();
    let occupations: Vec<Occupation> = (0..r.u16())
        .map(|_| Occupation {
            soc: r.text().to_string(),
            name: r.text().to_string(),
        })
        .collect();
    let occupation_index = (0u32..)
        .zip(&occupations)
        .map(|(i, o)| (o.soc.clone(), i))
        .collect();
    let settings: Rc<[Option<Setting>]> =
        (0..r.u16()).map(|_| Setting::from_code(r.text())).collect();
    let area_count = r.u16();
    // The national area comes first, as it does in the CSV.
    let kept = if national_only {
        area_count.min(1)
    } else {
        area_count
    };
    let mut areas = Vec::with_capacity(usize::from(kept));
    let mut spans = Vec::with_capacity(usize::from(kept));
    for index in 0..area_count {
        let code = r.text();
        let name = r.text();
        let kind = match r.u8() {
            0 => AreaKind::National,
            1 => AreaKind::State,
            _ => AreaKind::Metro,
        };
        let first = r.u32() as usize;
        let count = r.u32() as usize;
        if index >= kept {
            break;
        }
        areas.push(Area {
            code: code.into(),
            name: name.into(),
            kind,
        });
        spans.push((first, count));
    }
    // The rows end the file, so a national-only read stops after the first area's index entry.
    let rows_start = COMPILED
        .len()
        .checked_sub(total * ROW)
        .filter(|&start| start >= r.at)
        .unwrap_or_else(|| broken(&format!("{total} rows do not fit after the areas")));
    let all_rows = &COMPILED[rows_start..];
    let rows = spans
        .into_iter()
        .map(|(first, count)| {
            AreaRows::packed(
                count,
                all_rows
                    .get(first * ROW..(first + count) * ROW)
                    .unwrap_or_else(|| broken(&format!("rows {first}+{count} past the end"))),
                Rc::clone(&settings),
            )
        })
        .collect();
    WageTable {
        source,
        occupations,
        occupation_index,
        areas,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::super::load::BUILTIN_WAGES;
    use super::*;

    /// The compiled table says exactly what the CSV says, read by the strict parser.
    #[test]
    fn the_compiled_table_matches_the_csv() {
        let csv = WageTable::parse(BUILTIN_WAGES, "data/oews-wages.csv").unwrap();
        let compiled = table(false);
        assert_eq!(compiled.source, csv.source);
        assert_eq!(compiled.occupations(), csv.occupations());
        let csv_areas: Vec<&Area> = csv.areas().map(|(_, a)| a).collect();
        let compiled_areas: Vec<&Area> = compiled.areas().map(|(_, a)| a).collect();
        assert_eq!(compiled_areas, csv_areas);
        assert_eq!(compiled.len(), csv.len());
        for (i, rows) in csv.rows.iter().enumerate() {
            assert_eq!(
                compiled.rows[i].rows(),
                rows.rows(),
                "area {}",
                csv.areas[i].name
            );
        }
    }

    #[test]
    fn the_compiled_national_rows_match_the_csv_read_for_the_nation() {
        let csv = WageTable::parse_national(BUILTIN_WAGES, "data/oews-wages.csv").unwrap();
        let compiled = table(true);
        assert_eq!(compiled.areas, csv.areas);
        assert_eq!(compiled.len(), csv.len());
        assert_eq!(compiled.rows[0].rows(), csv.rows[0].rows());
    }
}
