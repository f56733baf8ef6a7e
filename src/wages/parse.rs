//! Reads the two CSV files strictly: every problem is reported with its line and column, like the
//! TOML loader's, and nothing is guessed.

use std::collections::BTreeMap;
use std::ops::Range;

use super::columns::{
    FIGURE_COLUMNS, OPTIONAL_COLUMNS, WAGE_COLUMNS, decimal_places, parse_figure,
};
use super::figures::decimal;
use super::rows::{AreaRows, Row as TableRow};
use super::{
    Area, AreaId, AreaKind, Decimal, Estimate, Figure, Occupation, PriceIndex, Reason, Setting,
    WageTable,
};
use crate::data::Diagnostic;
use crate::data::period::{FIRST_YEAR, LAST_YEAR};
use rustc_hash::{FxHashMap, FxHashSet};

const PRICE_COLUMNS: [&str; 2] = ["year", "annual_average"];

const FOOTNOTE_HINT: &str = "footnotes are `column=code` pairs separated by `;`, naming a figure column and BLS code 5 (above the top code) or 8 (not released)";

/// Past this many problems a file is clearly not a wage table (or one mistake repeats on every
/// row): reading stops there, and says so, rather than gathering a problem for each of millions
/// of rows.
const MAX_PROBLEMS: usize = 100;

/// What some editors (Excel's "CSV UTF-8") write at the start of a file; docs/DATA.md allows it.
const BYTE_ORDER_MARK: char = '\u{feff}';

/// The `# source: ID` line among the comment lines that open a file: the id and its span.
pub fn source_line(text: &str) -> Option<(&str, Range<usize>)> {
    // A byte-order mark may open the file (docs/DATA.md); the spans stay those of `text`.
    let (text, mut offset) = match text.strip_prefix(BYTE_ORDER_MARK) {
        Some(rest) => (rest, BYTE_ORDER_MARK.len_utf8()),
        None => (text, 0),
    };
    for line in text.split_inclusive('\n') {
        let content = line.trim_end();
        let Some(comment) = content.strip_prefix('#') else {
            break;
        };
        if let Some(rest) = comment.trim_start().strip_prefix("source:") {
            let id = rest.trim();
            let start = offset + (content.len() - rest.trim_start().len());
            return Some((id, start..start + id.len()));
        }
        offset += line.len();
    }
    None
}

/// Problems found in one file, up to `MAX_PROBLEMS`.
struct Problems<'t> {
    file: &'t str,
    text: &'t str,
    found: Vec<Diagnostic>,
    /// Set when `MAX_PROBLEMS` were found: the reading stops.
    stopped: bool,
}

impl<'t> Problems<'t> {
    fn new(file: &'t str, text: &'t str) -> Problems<'t> {
        Problems {
            file,
            text,
            found: Vec::new(),
            stopped: false,
        }
    }

    fn at(&mut self, span: Range<usize>, message: String, hint: Option<String>) {
        if self.stopped {
            return;
        }
        self.found.push(Diagnostic::at(
            self.file.to_string(),
            self.text,
            span.clone(),
            message,
            hint,
        ));
        if self.found.len() == MAX_PROBLEMS {
            // One problem more, which is what it says: every problem counted is listed.
            self.found.push(Diagnostic::at(
                self.file.to_string(),
                self.text,
                span.start..span.start,
                format!("him stopped reading the file here, after {MAX_PROBLEMS} problems"),
                Some("fix the ones above first; they often explain the rest".to_string()),
            ));
            self.stopped = true;
        }
    }

    fn csv_error(&mut self, err: &csv::Error) {
        let start = err
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
        self.at(
            start..start,
            format!("cannot read this CSV row: {err}"),
            None,
        );
    }

    fn finish<T>(self, value: T) -> Result<T, Vec<Diagnostic>> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self.into_errors())
        }
    }

    fn into_errors(self) -> Vec<Diagnostic> {
        self.found
    }
}

/// Where the row the CSV reader reports at `position` starts. The reader counts the comment
/// lines before a row as part of it, so they are skipped here.
fn row_start(text: &str, position: Option<&csv::Position>) -> usize {
    let mut start = position.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
    while text.get(start..).is_some_and(|rest| rest.starts_with('#')) {
        start = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
    }
    start
}

/// The byte range of field `index` of the CSV row that starts at `start`, for pointing at it.
fn field_span(text: &str, start: usize, index: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let mut field = 0;
    let mut field_start = start;
    let mut quoted = false;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                if field == index {
                    return field_start..i;
                }
                field += 1;
                field_start = i + 1;
            }
            b'\n' | b'\r' if !quoted => break,
            _ => {}
        }
        i += 1;
    }
    if field == index { field_start..i } else { i..i }
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The columns of a file's header: for each expected column its index in the file
/// (`usize::MAX` for an optional column the file lacks), and how many fields a row has.
struct Header<const N: usize> {
    at: [usize; N],
    fields: usize,
}

/// Reads the header row: for each expected column, its index in the file. A column of
/// `optional` may be missing.
fn columns<const N: usize>(
    reader: &mut csv::Reader<&[u8]>,
    expected: [&str; N],
    optional: &[&str],
    problems: &mut Problems<'_>,
) -> Option<Header<N>> {
    let mut header = csv::StringRecord::new();
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Ok(false) => {
            problems.at(
                0..0,
                "the file has no header row".to_string(),
                Some(format!(
                    "the first row names the columns: {}",
                    expected.join(",")
                )),
            );
            return None;
        }
        Err(err) => {
            problems.csv_error(&err);
            return None;
        }
    }
    let start = row_start(problems.text, header.position());
    let mut found = [usize::MAX; N];
    for (i, name) in header.iter().enumerate() {
        match expected.iter().position(|e| *e == name) {
            Some(e) if found[e] == usize::MAX => found[e] = i,
            Some(_) => problems.at(
                field_span(problems.text, start, i),
                format!("the column `{name}` is named twice"),
                None,
            ),
            None => problems.at(
                field_span(problems.text, start, i),
                format!(
                    "unknown column `{name}`, expected one of {}",
                    expected.map(|e| format!("`{e}`")).join(", ")
                ),
                Some("him reads only the columns docs/DATA.md lists; remove this one".to_string()),
            ),
        }
    }
    let missing: Vec<&str> = expected
        .iter()
        .zip(found)
        .filter(|(e, i)| *i == usize::MAX && !optional.contains(e))
        .map(|(e, _)| *e)
        .collect();
    if !missing.is_empty() {
        problems.at(
            field_span(problems.text, start, 0),
            format!("the header lacks the column(s) {}", missing.join(", ")),
            Some(format!("the header is: {}", expected.join(","))),
        );
        return None;
    }
    Some(Header {
        at: found,
        fields: header.len(),
    })
}

fn require_source<'t>(text: &'t str, problems: &mut Problems<'_>, example: &str) -> &'t str {
    match source_line(text) {
        Some((id, _)) if !id.is_empty() => id,
        Some((_, span)) => {
            problems.at(
                span,
                "the `# source:` line names no source".to_string(),
                None,
            );
            ""
        }
        None => {
            problems.at(
                0..0,
                "the file does not say where its figures come from".to_string(),
                Some(format!(
                    "begin the file with a comment line `# source: {example}` naming a source of sources.toml"
                )),
            );
            ""
        }
    }
}

fn is_digits(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_digit())
}

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

/// A data row as `read_table` hands it over: its fields by expected column.
struct Row<'r, const N: usize> {
    record: &'r csv::StringRecord,
    text: &'r str,
    start: usize,
    columns: &'r [usize; N],
}

impl<const N: usize> Row<'_, N> {
    /// The field of expected column `column` (an index into the expected names); empty for an
    /// optional column the file lacks.
    fn cell(&self, column: usize) -> &str {
        self.record.get(self.columns[column]).unwrap_or("")
    }

    /// Whether the file has expected column `column` (an optional one may be missing).
    fn has(&self, column: usize) -> bool {
        self.columns[column] != usize::MAX
    }

    fn span(&self, column: usize) -> Range<usize> {
        field_span(self.text, self.start, self.columns[column])
    }
}

/// Reads a table file: its `# source:` line, its header, then each row in turn, handed to `each`
/// (which returns false to stop early).
/// Rows that cannot be read, or have the wrong number of fields, become problems. Returns the
/// source id, or `None` when the header is unusable.
fn read_table<'t, const N: usize>(
    problems: &mut Problems<'t>,
    (expected, optional): ([&str; N], &[&str]),
    example_source: &str,
    mut each: impl FnMut(Row<'_, N>, &mut Problems<'t>) -> bool,
) -> Option<String> {
    let text = problems.text;
    let source = require_source(text, problems, example_source).to_string();
    let mut reader = reader(text);
    let header = columns(&mut reader, expected, optional, problems)?;
    let mut record = csv::StringRecord::new();
    while !problems.stopped {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                problems.csv_error(&err);
                continue;
            }
        }
        let start = row_start(text, record.position());
        if record.len() != header.fields {
            problems.at(
                field_span(text, start, 0),
                format!(
                    "this row has {} fields, the header {}",
                    record.len(),
                    header.fields
                ),
                Some("quote a value that holds a comma: \"Abilene, TX\"".to_string()),
            );
            continue;
        }
        let go_on = each(
            Row {
                record: &record,
                text,
                start,
                columns: &header.at,
            },
            problems,
        );
        if !go_on {
            break;
        }
    }
    Some(source)
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
                    code: area_code.to_string(),
                    name: cell(4).to_string(),
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

impl PriceIndex {
    pub fn parse(text: &str, file: &str) -> Result<PriceIndex, Vec<Diagnostic>> {
        price_index(text, file)
    }
}

fn price_index(text: &str, file: &str) -> Result<PriceIndex, Vec<Diagnostic>> {
    let text = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
    let mut problems = Problems::new(file, text);
    let mut annual = BTreeMap::new();
    let source = read_table(
        &mut problems,
        (PRICE_COLUMNS, &[]),
        "bls-cpi-u",
        |row, problems| {
            let year_text = row.cell(0);
            let value_text = row.cell(1);
            let year = year_text
                .parse::<u16>()
                .ok()
                .filter(|y| is_digits(year_text, 4) && (FIRST_YEAR..=LAST_YEAR).contains(y));
            let Some(year) = year else {
                problems.at(
                    row.span(0),
                    format!("`{year_text}` is not a year between {FIRST_YEAR} and {LAST_YEAR}"),
                    None,
                );
                return true;
            };
            let value = value_text
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v > 0.0);
            let Some(value) = value else {
                problems.at(
                    row.span(1),
                    format!(
                        "`{value_text}` is not an index value (a positive number such as 321.943)"
                    ),
                    None,
                );
                return true;
            };
            if annual.insert(year, value).is_some() {
                problems.at(row.span(0), format!("{year} is listed twice"), None);
            }
            true
        },
    );
    let Some(source) = source else {
        return Err(problems.into_errors());
    };
    if annual.is_empty() && problems.found.is_empty() {
        problems.at(0..0, "the price index has no rows".to_string(), None);
    }
    problems.finish(PriceIndex { source, annual })
}

#[cfg(test)]
mod tests;
