//! The rows of the wage table read into a `WageTable`: each cell checked (SOC and area codes,
//! area types, work settings, footnote marks, figures and their order), occupations and areas
//! named alike on every row, national rows first, no row twice.

use std::ops::Range;

use super::super::columns::{
    FIGURE_COLUMNS, OPTIONAL_COLUMNS, WAGE_COLUMNS, decimal_places, parse_figure,
};
use super::super::figures::decimal;
use super::super::rows::{AreaRows, Row as TableRow};
use super::super::{
    Area, AreaId, AreaKind, Decimal, Estimate, Figure, Occupation, Reason, Setting, WageTable,
};
use super::read::{Row, read_table};
use super::{BYTE_ORDER_MARK, Problems, is_digits};
use crate::data::Diagnostic;
use rustc_hash::{FxHashMap, FxHashSet};

const FOOTNOTE_HINT: &str = "footnotes are `column=code` pairs separated by `;`, naming a figure column and BLS code 5 (above the top code) or 8 (not released)";

/// A figure cell: a number with at most `places` decimals (a whole number at none, in units of
/// the last place), or `-` (then the footnote says why).
fn figure(cell: &str, places: u8, footnote: Option<Reason>) -> Result<Figure, String> {
    if cell == "-" || cell.is_empty() {
        return Ok(Figure::Unpublished(
            footnote.unwrap_or(Reason::NotPublished),
        ));
    }
    if footnote.is_some() {
        return Err(format!(
            "`{cell}` is given, but the footnotes say this value was not published"
        ));
    }
    if let Some(value) = parse_figure(cell, places) {
        return Ok(Figure::Published(value));
    }
    let digits = cell.bytes().filter(u8::is_ascii_digit).count();
    let number = cell.bytes().all(|b| b.is_ascii_digit() || b == b'.') && digits > 0;
    Err(match places {
        _ if number && !cell.contains('.') => format!("`{cell}` is too large"),
        0 => format!(
            "`{cell}` is not a whole number (annual dollars or a count, without separators), or `-`"
        ),
        places => format!(
            "`{cell}` is not a number with at most {places} decimal places (as BLS publishes it), or `-`"
        ),
    })
}

/// How much of the wage table to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    /// Every row, checked.
    All,
    /// The national rows only: they come first, so reading stops at the first other row.
    NationalOnly,
}

/// The wage table as it is read, row by row. Every lookup is a hash lookup, so a table of
/// 70,000 occupations reads in time linear in its rows (a scan of the occupations for each row
/// took 15 s).
#[derive(Default)]
struct WageBuilder {
    occupations: Vec<Occupation>,
    occupation_index: FxHashMap<String, u32>,
    areas: Vec<Area>,
    area_index: FxHashMap<String, AreaId>,
    /// Each area's rows, in file order.
    rows: Vec<Vec<TableRow>>,
    /// Each (area, occupation, setting) read, to find a second row for one.
    seen: FxHashSet<(AreaId, u32, Setting)>,
    /// Set at the first row that is not national: no national row may follow.
    past_national: bool,
}

impl WageBuilder {
    fn row(&mut self, row: Row<'_, 15>, problems: &mut Problems<'_>) {
        let cell = |column: usize| row.cell(column);
        let span = |column: usize| row.span(column);
        let before = problems.found.len();

        let soc = cell(0);
        if !crate::data::is_soc_code(soc) {
            problems.at(
                span(0),
                format!("`{soc}` is not an SOC code"),
                Some("SOC codes look like 15-1211".to_string()),
            );
        }
        let kind = match cell(2) {
            "national" => Some(AreaKind::National),
            "state" => Some(AreaKind::State),
            "metro" => Some(AreaKind::Metro),
            other => {
                problems.at(
                    span(2),
                    format!("unknown area type `{other}`, expected national, state or metro"),
                    None,
                );
                None
            }
        };
        let area_code = cell(3);
        if !is_digits(area_code, 7) {
            problems.at(
                span(3),
                format!("`{area_code}` is not a BLS area code (seven digits)"),
                None,
            );
        }
        if cell(4).is_empty() {
            problems.at(span(4), "the area has no name".to_string(), None);
        }
        let setting = Setting::from_code(cell(5));
        match setting {
            None => problems.at(
                span(5),
                format!("unknown industry code `{}`", cell(5)),
                Some(format!(
                    "him knows these work settings: {}",
                    Setting::ALL
                        .map(|s| format!("{} ({})", s.code(), s.name()))
                        .join(", ")
                )),
            ),
            Some(s) if s != Setting::All && kind != Some(AreaKind::National) => problems.at(
                span(5),
                "figures by industry are read for the nation only".to_string(),
                Some(
                    "use industry_code 000000 (all industries) for states and metro areas"
                        .to_string(),
                ),
            ),
            Some(_) => {}
        }

        let mut footnotes: [Option<Reason>; 8] = [None; 8];
        for note in cell(6).split(';').filter(|n| !n.is_empty()) {
            let parsed = note.split_once('=').and_then(|(column, code)| {
                let index = FIGURE_COLUMNS
                    .clone()
                    .find(|&i| WAGE_COLUMNS[i] == column)?;
                let reason = match code {
                    "5" => Reason::AboveTopCode,
                    "8" => Reason::NotReleased,
                    _ => return None,
                };
                Some((index, reason))
            });
            match parsed {
                Some((index, reason)) => footnotes[index - FIGURE_COLUMNS.start] = Some(reason),
                None => problems.at(
                    span(6),
                    format!("cannot read the footnote `{note}`"),
                    Some(FOOTNOTE_HINT.to_string()),
                ),
            }
        }
        let mut figures = [Figure::Unpublished(Reason::NotPublished); 8];
        for (slot, column) in FIGURE_COLUMNS.enumerate() {
            if !row.has(column) {
                figures[slot] = Figure::Unpublished(Reason::NotInFile);
                continue;
            }
            let places = decimal_places(WAGE_COLUMNS[column]);
            match figure(cell(column), places, footnotes[slot]) {
                Ok(value) => figures[slot] = value,
                Err(message) => problems.at(span(column), message, None),
            }
        }
        wages_in_order(&figures, &span, problems);
        if problems.found.len() > before {
            return;
        }
        let (Some(kind), Some(setting)) = (kind, setting) else {
            return;
        };
        if kind != AreaKind::National {
            self.past_national = true;
        } else if self.past_national {
            problems.at(
                span(2),
                "a national row after rows of states or metro areas".to_string(),
                Some(
                    "put the national rows first: him reads them alone when it needs no other area"
                        .to_string(),
                ),
            );
            return;
        }

        let occupation = match self.occupation_index.get(soc) {
            Some(&i) => {
                let known = &self.occupations[i as usize];
                if known.name != cell(1) {
                    problems.at(
                        span(1),
                        format!(
                            "{soc} is called `{}` here but `{}` on an earlier row",
                            cell(1),
                            known.name
                        ),
                        None,
                    );
                    return;
                }
                i
            }
            None => {
                let Ok(next) = u32::try_from(self.occupations.len()) else {
                    problems.at(span(0), "too many occupations".to_string(), None);
                    return;
                };
                self.occupations.push(Occupation {
                    soc: soc.to_string(),
                    name: cell(1).to_string(),
                });
                self.occupation_index.insert(soc.to_string(), next);
                next
            }
        };
        let area = match self.area_index.get(area_code) {
            Some(&id) => {
                let known = &self.areas[id.index()];
                if known.name != cell(4) || known.kind != kind {
                    problems.at(
                        span(4),
                        format!(
                            "area {area_code} is `{}` ({}) here but `{}` ({}) on an earlier row",
                            cell(4),
                            kind.as_str(),
                            known.name,
                            known.kind.as_str()
                        ),
                        None,
                    );
                    return;
                }
                id
            }
            None => {
                let Ok(next) = u32::try_from(self.areas.len()) else {
                    problems.at(span(3), "too many areas".to_string(), None);
                    return;
                };
                self.areas.push(Area {
                    code: area_code.to_string().into(),
                    name: cell(4).to_string().into(),
                    kind,
                });
                self.area_index.insert(area_code.to_string(), AreaId(next));
                self.rows.push(Vec::new());
                AreaId(next)
            }
        };
        let estimate = Estimate {
            employment: figures[0],
            p10: figures[1],
            p25: figures[2],
            median: figures[3],
            p75: figures[4],
            p90: figures[5],
            jobs_per_1000: decimal(figures[6], Decimal::JOBS_PER_1000_PLACES),
            location_quotient: decimal(figures[7], Decimal::LOCATION_QUOTIENT_PLACES),
        };
        self.rows[area.index()].push(TableRow {
            occupation,
            setting,
            estimate,
        });
        if !self.seen.insert((area, occupation, setting)) {
            problems.at(
                span(0),
                format!(
                    "a second row for {soc} in {} ({})",
                    cell(4),
                    setting.name().to_lowercase()
                ),
                Some("each occupation, area and industry has one row".to_string()),
            );
        }
    }
}

/// The wages of a row (the figures after employment, p10 to p90) must be figures and must not
/// decrease: a 10th percentile above the 90th, or a median of 0, is a slip, not what BLS
/// published. Missing figures are skipped.
fn wages_in_order(
    figures: &[Figure; 8],
    span: &dyn Fn(usize) -> Range<usize>,
    problems: &mut Problems<'_>,
) {
    let column = |slot: usize| FIGURE_COLUMNS.start + slot;
    let mut previous: Option<(usize, u32)> = None;
    // The wages are the five figures after employment; the shares after them are no wages.
    for (slot, figure) in figures.iter().enumerate().take(6).skip(1) {
        let Figure::Published(value) = *figure else {
            continue;
        };
        if value == 0 {
            problems.at(
                span(column(slot)),
                format!(
                    "a wage of 0 is not a figure (`{}`)",
                    WAGE_COLUMNS[column(slot)]
                ),
                Some("write `-` for a figure BLS did not publish".to_string()),
            );
            return;
        }
        if let Some((before, lower)) = previous
            && lower > value
        {
            problems.at(
                span(column(slot)),
                format!(
                    "`{}` ({value}) is below `{}` ({lower}): percentiles rise from p10 to p90",
                    WAGE_COLUMNS[column(slot)],
                    WAGE_COLUMNS[column(before)]
                ),
                Some("check the row against the BLS table; the columns may be swapped".to_string()),
            );
            return;
        }
        previous = Some((slot, value));
    }
}

impl WageTable {
    /// Reads a wage table's text; `file` is the path shown in messages. Every problem is
    /// reported, with its line and column.
    pub fn parse(text: &str, file: &str) -> Result<WageTable, Vec<Diagnostic>> {
        wage_table(text, file, Reading::All)
    }

    /// Reads the national rows only (they come first in the file): all that profiles and
    /// national tables need, at a small part of the cost.
    pub fn parse_national(text: &str, file: &str) -> Result<WageTable, Vec<Diagnostic>> {
        wage_table(text, file, Reading::NationalOnly)
    }
}

fn wage_table(text: &str, file: &str, reading: Reading) -> Result<WageTable, Vec<Diagnostic>> {
    let text = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
    let mut problems = Problems::new(file, text);
    let mut builder = WageBuilder::default();
    let source = read_table(
        &mut problems,
        (WAGE_COLUMNS, &OPTIONAL_COLUMNS),
        "bls-oews-2025",
        |row, problems| {
            if reading == Reading::NationalOnly && row.cell(2) != "national" {
                return false;
            }
            builder.row(row, problems);
            true
        },
    );
    let Some(source) = source else {
        return Err(problems.into_errors());
    };
    let WageBuilder {
        occupations,
        occupation_index,
        areas,
        rows,
        ..
    } = builder;
    if rows.iter().all(Vec::is_empty) && problems.found.is_empty() {
        problems.at(
            0..0,
            "the wage table has no rows".to_string(),
            Some(
                "add rows under the header, or delete the file to use the built-in one".to_string(),
            ),
        );
    }
    problems.finish(WageTable {
        source,
        occupations,
        occupation_index,
        areas,
        rows: rows.into_iter().map(AreaRows::read).collect(),
    })
}
