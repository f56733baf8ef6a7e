//! Opens the files `him import` is given and hands every table in them to a `Sink`, row by
//! row: zip archives (BLS's `oesm25all.zip` ..., the workbook inside a folder of them), `.xlsx`
//! workbooks (each sheet a table, read as a stream of cells so a sheet of several hundred
//! thousand rows is never held whole), and CSV or tab-separated text. Which a file is comes
//! from its first bytes, not its name.

use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek};
use std::path::Path;

use calamine::{DataRef, Reader, Xlsx};

use super::{Flow, Progress, Sink, TableName, Unit};
use crate::data::Diagnostic;

/// The largest file inside an archive that is read: BLS's largest workbook (all data) is about
/// a tenth of it.
const MAX_ENTRY_BYTES: u64 = 1 << 30;

/// How often (in rows) progress is told.
const PROGRESS_EVERY: u64 = 4096;

/// What a file is, from its first bytes.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    /// A zip archive: BLS's download, or an `.xlsx` workbook (which is one).
    Zip,
    /// An Excel 97-2003 workbook.
    OldExcel,
    Text,
}

fn kind_of(start: &[u8]) -> Kind {
    if start.starts_with(b"PK\x03\x04") || start.starts_with(b"PK\x05\x06") {
        Kind::Zip
    } else if start.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        Kind::OldExcel
    } else {
        Kind::Text
    }
}

fn problem(table: &TableName, message: String, hint: Option<&str>) -> Box<Diagnostic> {
    Box::new(Diagnostic::file_level(
        table.to_string(),
        message,
        hint.map(str::to_string),
    ))
}

/// Reads every table of the file at `path` into `sink`; `shown` is the path as the user gave
/// it. A file that cannot be read whole (missing, cut short, not UTF-8) is an error, and what
/// `sink` was given of it must then be thrown away.
pub fn read_file(
    path: &Path,
    shown: &str,
    sink: &mut dyn Sink,
    progress: &mut dyn Progress,
) -> Result<(), Box<Diagnostic>> {
    let name = TableName {
        file: shown.to_string(),
        ..TableName::default()
    };
    let cannot = |err: std::io::Error| {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => err.to_string(),
        };
        problem(&name, format!("cannot read: {reason}"), None)
    };
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(problem(
            &name,
            "is not a file".to_string(),
            Some("give the files downloaded from BLS: oesm25all.zip, national_M2025_dl.xlsx ..."),
        ));
    }
    let mut file = File::open(path).map_err(cannot)?;
    let mut start = [0u8; 8];
    let read = read_up_to(&mut file, &mut start).map_err(cannot)?;
    file.rewind().map_err(cannot)?;
    match kind_of(&start[..read]) {
        Kind::Zip => read_zip(BufReader::new(file), &name, sink, progress),
        Kind::OldExcel => Err(problem(
            &name,
            "is an Excel 97-2003 workbook (.xls), which him does not read".to_string(),
            Some("open it and save it as .xlsx or .csv, or download the .xlsx BLS publishes"),
        )),
        Kind::Text => read_text(BufReader::new(file), meta.len(), &name, sink, progress),
    }
}

/// Reads as much of `buf` as the file has.
fn read_up_to(file: &mut File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// A zip archive: a workbook itself, or an archive of workbooks and text files.
fn read_zip<R: Read + Seek>(
    reader: R,
    name: &TableName,
    sink: &mut dyn Sink,
    progress: &mut dyn Progress,
) -> Result<(), Box<Diagnostic>> {
    let truncated = |err: &dyn std::fmt::Display| {
        problem(
            name,
            format!("is not a whole zip archive: {err}"),
            Some("it may have been cut short while downloading: download it again"),
        )
    };
    let mut archive = zip::ZipArchive::new(reader).map_err(|err| truncated(&err))?;
    if archive.index_for_name("xl/workbook.xml").is_some() {
        let reader = archive.into_inner();
        return read_workbook(reader, name, sink, progress);
    }
    let mut found = Vec::new();
    let mut names = Vec::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|err| truncated(&err))?;
        let entry_name = entry.name().map_err(|err| truncated(&err))?.to_string();
        if !entry.is_file() {
            continue;
        }
        names.push(entry_name.clone());
        let base = entry_name.rsplit('/').next().unwrap_or(&entry_name);
        // Files a Mac adds to an archive, and Excel's lock files.
        if entry_name.starts_with("__MACOSX/") || base.starts_with("._") || base.starts_with("~$") {
            continue;
        }
        let lower = base.to_ascii_lowercase();
        let is_workbook = lower.ends_with(".xlsx");
        let is_text = [".csv", ".txt", ".tsv"].iter().any(|e| lower.ends_with(e))
            || lower.starts_with("cu.data.");
        if !(is_workbook || is_text) {
            continue;
        }
        let inner = TableName {
            entry: Some(entry_name.clone()),
            ..name.clone()
        };
        if entry.size() > MAX_ENTRY_BYTES {
            return Err(problem(
                &inner,
                format!(
                    "is {} MiB, more than the {} MiB him reads from an archive",
                    entry.size() >> 20,
                    MAX_ENTRY_BYTES >> 20
                ),
                None,
            ));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
        entry
            .read_to_end(&mut bytes)
            .map_err(|err| truncated(&format!("{entry_name}: {err}")))?;
        drop(entry);
        found.push(entry_name);
        let size = bytes.len() as u64;
        if is_workbook {
            read_workbook(Cursor::new(bytes), &inner, sink, progress)?;
        } else {
            read_text(Cursor::new(bytes), size, &inner, sink, progress)?;
        }
    }
    if found.is_empty() {
        return Err(problem(
            name,
            format!(
                "holds no .xlsx or .csv file{}",
                if names.is_empty() {
                    String::new()
                } else {
                    format!(" (it holds {})", names.join(", "))
                }
            ),
            Some("give BLS's OEWS download (oesm25all.zip ...) or the .xlsx in it"),
        ));
    }
    Ok(())
}

/// An `.xlsx` workbook: every sheet, in order.
fn read_workbook<R: Read + Seek>(
    reader: R,
    name: &TableName,
    sink: &mut dyn Sink,
    progress: &mut dyn Progress,
) -> Result<(), Box<Diagnostic>> {
    let unreadable = |table: &TableName, err: &dyn std::fmt::Display| {
        problem(
            table,
            format!("is not a readable .xlsx workbook: {err}"),
            Some("it may have been cut short while downloading: download it again"),
        )
    };
    let mut workbook: Xlsx<R> = Xlsx::new(reader).map_err(|err| unreadable(name, &err))?;
    for sheet in workbook.sheet_names() {
        let table = TableName {
            sheet: Some(sheet.clone()),
            ..name.clone()
        };
        let mut cells = workbook
            .worksheet_cells_reader(&sheet)
            .map_err(|err| unreadable(&table, &err))?;
        sink.begin(&table);
        progress.start(&table, u64::from(cells.dimensions().end.0) + 1, Unit::Rows);
        let mut row = Row::default();
        let mut current: Option<u32> = None;
        let mut flow = Flow::Continue;
        while let Some(cell) = cells.next_cell().map_err(|err| unreadable(&table, &err))? {
            let (at_row, at_column) = cell.get_position();
            if current != Some(at_row) {
                if let Some(done) = current {
                    flow = sink.row(u64::from(done) + 1, row.cells());
                    if flow == Flow::SkipTable {
                        break;
                    }
                    if u64::from(done).is_multiple_of(PROGRESS_EVERY) {
                        progress.set(u64::from(done));
                    }
                }
                row.clear();
                current = Some(at_row);
            }
            cell_text(cell.get_value(), row.at(at_column as usize));
        }
        if let (Some(done), Flow::Continue) = (current, flow) {
            sink.row(u64::from(done) + 1, row.cells());
        }
        sink.end();
        progress.finish();
    }
    Ok(())
}

/// The cells of one row, reused from row to row.
#[derive(Default)]
struct Row {
    cells: Vec<String>,
    len: usize,
}

impl Row {
    fn clear(&mut self) {
        for cell in &mut self.cells[..self.len] {
            cell.clear();
        }
        self.len = 0;
    }

    /// The cell of column `index`, empty columns before it added.
    fn at(&mut self, index: usize) -> &mut String {
        if self.cells.len() <= index {
            self.cells.resize(index + 1, String::new());
        }
        self.len = self.len.max(index + 1);
        &mut self.cells[index]
    }

    fn cells(&self) -> &[String] {
        &self.cells[..self.len]
    }
}

/// A cell as text: trimmed, a whole number without a decimal part (`204350`, not `204350.0`).
fn cell_text(value: &DataRef<'_>, out: &mut String) {
    out.clear();
    // Writing to a String cannot fail.
    let _ = match value {
        DataRef::Empty => Ok(()),
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            out.write_str(text.trim())
        }
        DataRef::SharedString(text) => out.write_str(text.trim()),
        DataRef::Int(n) => write!(out, "{n}"),
        DataRef::Float(f) => write_number(*f, out),
        DataRef::Bool(b) => out.write_str(if *b { "TRUE" } else { "FALSE" }),
        DataRef::DateTime(date) => write_number(date.as_f64(), out),
        DataRef::Error(err) => write!(out, "{err}"),
    };
}

fn write_number(value: f64, out: &mut String) -> std::fmt::Result {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        write!(out, "{}", value as i64)
    } else {
        write!(out, "{value}")
    }
}

/// Counts the bytes read through it, for progress.
struct Counting<R> {
    inner: R,
    count: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// CSV or tab-separated text (tab when the first line has a tab), UTF-8. Lines starting with
/// `#` are comments (him's own tables open with some).
fn read_text<R: Read>(
    mut reader: R,
    size: u64,
    name: &TableName,
    sink: &mut dyn Sink,
    progress: &mut dyn Progress,
) -> Result<(), Box<Diagnostic>> {
    let cannot = |err: &dyn std::fmt::Display| problem(name, format!("cannot read: {err}"), None);
    // The start, to choose the delimiter and drop a byte-order mark; then the rest, streamed.
    let mut start = Vec::with_capacity(64 * 1024);
    (&mut reader)
        .take(64 * 1024)
        .read_to_end(&mut start)
        .map_err(|err| cannot(&err))?;
    let skip = if start.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let first_line = start[skip..]
        .split(|b| *b == b'\n')
        .find(|line| !line.starts_with(b"#"))
        .unwrap_or_default();
    let delimiter = if first_line.contains(&b'\t') {
        b'\t'
    } else {
        b','
    };
    let count = std::rc::Rc::new(std::cell::Cell::new(0));
    let counted = Counting {
        inner: Cursor::new(start).chain(reader),
        count: count.clone(),
    };
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .comment(Some(b'#'))
        .trim(csv::Trim::All)
        .from_reader(counted);
    sink.begin(name);
    progress.start(name, size, Unit::Bytes);
    let mut record = csv::ByteRecord::new();
    let mut cells: Vec<String> = Vec::new();
    let mut rows: u64 = 0;
    let mut first = true;
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => return Err(cannot(&err)),
        }
        let line = record.position().map_or(0, csv::Position::line);
        cells.resize(record.len(), String::new());
        for (i, field) in record.iter().enumerate() {
            let field = if first && i == 0 && skip > 0 {
                field.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(field)
            } else {
                field
            };
            let text = std::str::from_utf8(field).map_err(|_| {
                problem(
                    name,
                    format!("line {line} is not UTF-8 text"),
                    Some("save the file as UTF-8 (CSV UTF-8 in a spreadsheet program)"),
                )
            })?;
            cells[i].clear();
            cells[i].push_str(text);
        }
        first = false;
        if sink.row(line, &cells) == Flow::SkipTable {
            break;
        }
        rows += 1;
        if rows.is_multiple_of(PROGRESS_EVERY) {
            progress.set(count.get());
        }
    }
    sink.end();
    progress.finish();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Takes the rows as text, for checking what a reader hands over.
    #[derive(Default)]
    struct Rows(Vec<(String, u64, Vec<String>)>);

    impl Sink for Rows {
        fn begin(&mut self, _: &TableName) {}
        fn row(&mut self, number: u64, cells: &[String]) -> Flow {
            self.0.push((String::new(), number, cells.to_vec()));
            Flow::Continue
        }
        fn end(&mut self) {}
    }

    #[test]
    fn text_is_comma_or_tab_separated_trimmed_and_without_a_byte_order_mark() {
        let mut rows = Rows::default();
        let text = "\u{feff}# a comment\nseries_id  \tyear\n  CUUR0000SA0\t2025\n";
        let name = TableName::default();
        read_text(
            text.as_bytes(),
            0,
            &name,
            &mut rows,
            &mut super::super::Quiet,
        )
        .unwrap();
        let cells: Vec<Vec<String>> = rows.0.iter().map(|r| r.2.clone()).collect();
        assert_eq!(
            cells,
            vec![vec!["series_id", "year"], vec!["CUUR0000SA0", "2025"]]
        );
        assert_eq!(rows.0[1].1, 3, "rows are numbered by line");
    }

    #[test]
    fn numbers_read_from_cells_are_written_plainly() {
        let text = |value: DataRef<'_>| {
            let mut out = String::new();
            cell_text(&value, &mut out);
            out
        };
        assert_eq!(text(DataRef::Float(204350.0)), "204350");
        assert_eq!(text(DataRef::Float(0.542)), "0.542");
        assert_eq!(text(DataRef::Int(17)), "17");
        assert_eq!(text(DataRef::SharedString(" # ")), "#");
        assert_eq!(text(DataRef::Empty), "");
    }

    #[test]
    fn what_a_file_is_comes_from_its_first_bytes() {
        assert_eq!(kind_of(b"PK\x03\x04rest"), Kind::Zip);
        assert_eq!(kind_of(&[0xD0, 0xCF, 0x11, 0xE0, 0]), Kind::OldExcel);
        assert_eq!(kind_of(b"OCC_CODE,"), Kind::Text);
    }
}
