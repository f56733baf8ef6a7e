//! `him import oews` and `him import cpi`: BLS's files in the layouts BLS publishes them, made
//! here (workbooks with rust_xlsxwriter, archives with zip), imported into a scratch data
//! directory, and what him then shows.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::{
    DataDir, builtin, builtin_wage_rows, failure, him, json_in, json_of, run_on, stdout_of,
    thousands,
};
use gen_oews::{Cell, all_data_archive, all_data_workbook, bls_row, text, write_table};
use him::wages::import::oews::BLS_COLUMNS;
use rust_xlsxwriter::Workbook;

/// BLS's files as `examples/gen_oews.rs` writes them for BENCHMARKS.md: its cells, rows in
/// BLS's order and the all-data workbook and archive.
#[allow(dead_code)]
#[path = "../examples/gen_oews.rs"]
mod gen_oews;

impl Cell {
    fn as_text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Number(n) => n.to_string(),
        }
    }
}

/// Where BLS's column `name` is in a row of `BLS_COLUMNS`.
fn at(name: &str) -> usize {
    BLS_COLUMNS
        .iter()
        .position(|column| *column == name)
        .unwrap_or_else(|| panic!("BLS has no column {name}"))
}

/// One row of today's `data/oews-wages.csv`, by column.
struct HimRow(std::collections::HashMap<String, String>);

impl HimRow {
    fn get(&self, column: &str) -> &str {
        &self.0[column]
    }
}

fn todays_rows() -> Vec<HimRow> {
    builtin_wage_rows().into_iter().map(HimRow).collect()
}

/// A figure of today's table as BLS's files write it: the number, or the mark its footnote
/// stands for (`**` for employment not available, `*` for a wage, `#` above the top code).
fn bls_figure(row: &HimRow, column: &str) -> Cell {
    let value = row.get(column);
    if value != "-" {
        return Cell::Number(value.parse().unwrap());
    }
    let code = row
        .get("footnotes")
        .split(';')
        .find_map(|note| note.strip_prefix(&format!("{column}=")));
    match (code, column) {
        (Some("5"), _) => text("#"),
        (Some("8"), "employment") => text("**"),
        (Some("8"), _) => text("*"),
        _ => text(""),
    }
}

/// Today's rows in BLS's layout, every column filled as BLS fills it (marks in the columns him
/// does not read too), and rows him does not keep mixed in: another occupation, an industry
/// him has no setting for, the private-only figures of an industry him keeps, the U.S. total.
fn bls_rows(rows: &[HimRow]) -> Vec<Vec<Cell>> {
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let code = row.get("area_code");
        let (area, area_type, title) = match row.get("area_type") {
            "national" => ("99".to_string(), "1", "U.S.".to_string()),
            "state" => {
                let fips = code[..2].trim_start_matches('0').to_string();
                let territory = ["66", "72", "78"].contains(&&code[..2]);
                (
                    fips,
                    if territory { "3" } else { "2" },
                    row.get("area_name").to_string(),
                )
            }
            _ if code.starts_with("00") => (
                code.trim_start_matches('0').to_string(),
                "4",
                row.get("area_name").to_string(),
            ),
            _ => (code.to_string(), "6", row.get("area_name").to_string()),
        };
        let industry = row.get("industry_code");
        let whole = industry == "000000";
        let hourly = |column: &str| match bls_figure(row, column) {
            Cell::Number(n) => Cell::Number((n / 2080.0 * 100.0).round() / 100.0),
            mark => mark,
        };
        let values: Vec<(&str, Cell)> = vec![
            ("AREA", text(&area)),
            ("AREA_TITLE", text(&title)),
            ("AREA_TYPE", Cell::Number(area_type.parse().unwrap())),
            ("PRIM_STATE", text("XX")),
            ("NAICS", text(industry)),
            (
                "NAICS_TITLE",
                text(if whole {
                    "Cross-industry"
                } else {
                    "An industry"
                }),
            ),
            (
                "I_GROUP",
                text(if whole { "cross-industry" } else { "3-digit" }),
            ),
            ("OWN_CODE", Cell::Number(if whole { 1235.0 } else { 235.0 })),
            ("OCC_CODE", text(row.get("soc_code"))),
            ("OCC_TITLE", text(row.get("occupation"))),
            ("O_GROUP", text("detailed")),
            ("TOT_EMP", bls_figure(row, "employment")),
            (
                "EMP_PRSE",
                if i % 7 == 0 {
                    text("**")
                } else {
                    Cell::Number(4.2)
                },
            ),
            ("JOBS_1000", bls_figure(row, "jobs_per_1000")),
            ("LOC_QUOTIENT", bls_figure(row, "location_quotient")),
            ("PCT_TOTAL", text("~")),
            ("PCT_RPT", text("#")),
            ("H_MEAN", hourly("annual_median")),
            ("A_MEAN", bls_figure(row, "annual_median")),
            ("MEAN_PRSE", text("*")),
            ("H_PCT10", hourly("annual_p10")),
            ("H_PCT25", hourly("annual_p25")),
            ("H_MEDIAN", hourly("annual_median")),
            ("H_PCT75", hourly("annual_p75")),
            ("H_PCT90", hourly("annual_p90")),
            ("A_PCT10", bls_figure(row, "annual_p10")),
            ("A_PCT25", bls_figure(row, "annual_p25")),
            ("A_MEDIAN", bls_figure(row, "annual_median")),
            ("A_PCT75", bls_figure(row, "annual_p75")),
            ("A_PCT90", bls_figure(row, "annual_p90")),
            ("ANNUAL", text("")),
            ("HOURLY", text("")),
        ];
        let cells = bls_row(values);
        // Rows him leaves out, beside the first row of the nation.
        if row.get("area_type") == "national" && whole && row.get("soc_code") == "11-1011" {
            let mut other = cells.clone();
            other[at("OCC_CODE")] = text("15-1252");
            other[at("OCC_TITLE")] = text("Software Developers");
            out.push(other);
            let mut total = cells.clone();
            total[at("OCC_CODE")] = text("00-0000");
            total[at("OCC_TITLE")] = text("All Occupations");
            out.push(total);
            let mut schools = cells.clone();
            schools[at("NAICS")] = text("611000");
            out.push(schools);
        }
        if !whole {
            // The private hospitals alone: a row covering fewer owners, which him does not keep.
            let mut private = cells.clone();
            private[at("OWN_CODE")] = Cell::Number(5.0);
            private[at("TOT_EMP")] = Cell::Number(1.0);
            out.push(private);
        }
        out.push(cells);
    }
    out
}

/// `rows` with their columns in another order (BLS's order changes between years).
fn reordered(header: &[&str], rows: &[Vec<Cell>]) -> (Vec<String>, Vec<Vec<Cell>>) {
    let order: Vec<usize> = (0..header.len()).rev().collect();
    (
        order.iter().map(|&i| header[i].to_string()).collect(),
        rows.iter()
            .map(|row| order.iter().map(|&i| row[i].clone()).collect())
            .collect(),
    )
}

/// A sheet: its name, header and rows.
type Sheet<'a> = (&'a str, &'a [String], &'a [Vec<Cell>]);

/// An `.xlsx` workbook of these sheets.
fn workbook(sheets: &[Sheet<'_>]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, header, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        write_table(sheet, header, *rows).unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// A zip archive of `entries` (a name ending in `/` is a folder).
fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        if name.ends_with('/') {
            zip.add_directory(*name, options).unwrap();
        } else {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
    }
    zip.finish().unwrap().into_inner()
}

fn header() -> Vec<String> {
    BLS_COLUMNS.iter().map(|c| c.to_string()).collect()
}

/// BLS's all-data archive made of today's table: the workbook in a folder, its data sheet
/// named for the release, the columns in another order, and a sheet of field descriptions.
fn all_data_zip(dir: &Path) -> PathBuf {
    let rows = bls_rows(&todays_rows());
    let (columns, rows) = reordered(&BLS_COLUMNS, &rows);
    let (book, _) = all_data_workbook(&columns, &rows).unwrap();
    let path = dir.join("oesm25all.zip");
    all_data_archive(std::fs::File::create(&path).unwrap(), &book).unwrap();
    path
}

/// The rows of a table file, without its comment lines.
fn data_lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.starts_with('#')).collect()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn bls_all_data_archive_made_of_todays_table_gives_back_the_same_figures() {
    let downloads = DataDir::new(&[]);
    let zip = all_data_zip(downloads.path());
    let data = DataDir::new(&[]);
    let out = stdout_of(
        him()
            .arg("--data")
            .arg(data.path())
            .args(["import", "oews"])
            .arg(&zip),
    );
    assert!(
        out.contains("Imported BLS OEWS wages of May 2025 into"),
        "{out}"
    );
    let today = builtin("oews-wages.csv");
    let rows_today = data_lines(&today).len() - 1;
    assert!(
        out.contains(&format!("kept {}", thousands(rows_today as u64)))
            || out.contains(&format!("{} kept", thousands(rows_today as u64))),
        "{out}"
    );
    assert!(out.contains("20 kept of 22 in the files"), "{out}");
    assert!(
        out.contains("Field Descriptions") && out.contains("not OEWS data"),
        "the sheet of field descriptions is skipped, and said to be: {out}"
    );
    let written = std::fs::read_to_string(data.file("oews-wages.csv")).unwrap();
    assert_eq!(data_lines(&written), data_lines(&today));

    // What him shows from it is what it shows today, to the dollar and the footnote.
    for args in [
        &[
            "salary", "--area", "il", "--area", "chicago", "--format", "csv",
        ][..],
        &[
            "salary",
            "--setting",
            "hospitals",
            "--setting",
            "insurance",
            "--format",
            "csv",
        ],
        &["salary", "--area", "eastern ohio", "--format", "csv"],
        &["ladder", "informatics", "him", "--format", "csv"],
    ] {
        let theirs = stdout_of(him().arg("--data").arg(data.path()).args(args));
        assert_eq!(
            theirs,
            stdout_of(him().args(args)),
            "him {}",
            args.join(" ")
        );
    }
    let check = run_on(data.path(), &["check"]);
    assert!(check.status.success(), "{}", stderr(&check));
}

/// A small release: a few rows of today's table, every wage `bump` dollars higher.
fn small_release(bump: f64) -> (Vec<String>, Vec<Vec<Cell>>) {
    let rows: Vec<HimRow> = todays_rows()
        .into_iter()
        .filter(|r| {
            ["0000000", "1700000", "0016980"].contains(&r.get("area_code"))
                && ["11-1011", "11-9111", "29-9021", "15-1211", "11-3021"]
                    .contains(&r.get("soc_code"))
        })
        .collect();
    let mut rows = bls_rows(&rows);
    for row in &mut rows {
        for cell in &mut row[at("A_PCT10")..=at("A_PCT90")] {
            if let Cell::Number(n) = cell {
                *n += bump;
            }
        }
    }
    (header(), rows)
}

#[test]
fn a_new_release_shows_its_period_and_that_the_figures_are_the_users() {
    let downloads = DataDir::new(&[]);
    let (columns, rows) = small_release(1000.0);
    let national = workbook(&[("national_M2026_dl", &columns, &rows)]);
    let zip = downloads.path().join("oesm26nat.zip");
    std::fs::write(
        &zip,
        archive(&[("oesm26nat/national_M2026_dl.xlsx", &national)]),
    )
    .unwrap();
    // The user's own sources.toml stays as it is: the import's record goes beside it.
    let own_sources = builtin("sources.toml");
    let data = DataDir::new(&[("sources.toml", own_sources.as_str())]);
    let output = run_on(data.path(), &["import", "oews", zip.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = String::from_utf8_lossy(&output.stdout);
    // The titles' occupations the file lacks are named, with their titles.
    assert!(
        out.contains("Warning: the files have no figures for"),
        "{out}"
    );
    assert!(
        out.contains("29-2072") && out.contains("health-information-technician"),
        "{out}"
    );
    assert!(out.contains("15-2051"), "{out}");
    assert_eq!(
        std::fs::read_to_string(data.file("sources.toml")).unwrap(),
        own_sources
    );
    let imported = std::fs::read_to_string(data.file("imported-sources.toml")).unwrap();
    assert!(imported.contains("id = \"bls-oews-2026\""), "{imported}");
    assert!(imported.contains("period = \"2026-05\""), "{imported}");

    let sources: serde_json::Value = json_of(him().arg("--data").arg(data.path()).arg("sources"));
    let record = sources["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "bls-oews-2026")
        .expect("the imported source is listed");
    assert_eq!(record["period"], "2026-05");
    assert_eq!(record["backs"], serde_json::json!(["wages"]));
    assert_eq!(record["imported"], true);
    assert_eq!(
        record["files"][0],
        data.file("oews-wages.csv").display().to_string().as_str()
    );
    // The built-in sources are all still there.
    assert!(
        sources["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == "bls-oews-2025")
    );

    let salary = stdout_of(
        him()
            .arg("--data")
            .arg(data.path())
            .args(["salary", "--field", "him"]),
    );
    assert!(
        salary.contains("(OEWS), May 2026, from your file"),
        "{salary}"
    );
    // 123,860 today, 1,000 more in the new release.
    assert!(salary.contains("$124,860"), "{salary}");
    let paths: serde_json::Value = json_of(him().arg("--data").arg(data.path()).arg("paths"));
    let wages = paths["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "oews-wages.csv")
        .unwrap();
    assert_eq!(wages["period"], "2026-05");
    assert_eq!(wages["source"], "bls-oews-2026");
    assert!(run_on(data.path(), &["check"]).status.success());
}

#[test]
fn separate_national_state_and_metro_files_are_read_as_one() {
    let downloads = DataDir::new(&[]);
    let (columns, rows) = small_release(0.0);
    let of_type = |types: &[&str]| -> Vec<Vec<Cell>> {
        rows.iter()
            .filter(|r| types.contains(&r[at("AREA_TYPE")].as_text().as_str()))
            .cloned()
            .collect()
    };
    let mut files = Vec::new();
    for (name, types) in [
        ("national_M2025_dl.xlsx", &["1"][..]),
        ("state_M2025_dl.xlsx", &["2", "3"]),
        ("MSA_M2025_dl.xlsx", &["4", "6"]),
    ] {
        let path = downloads.file(name);
        std::fs::write(
            &path,
            workbook(&[(name.trim_end_matches(".xlsx"), &columns, &of_type(types))]),
        )
        .unwrap();
        files.push(path);
    }
    let data = DataDir::new(&[]);
    let output = him()
        .arg("--data")
        .arg(data.path())
        .args(["import", "oews", "--format", "json"])
        .args(&files)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = json_in(&output);
    assert_eq!(
        json["areas"],
        serde_json::json!({"national": 1, "states": 1, "metro": 1})
    );
    assert_eq!(json["period"], "2025-05");
    // The warning a script would miss in the JSON goes to stderr.
    assert!(stderr(&output).contains("warning: the files have no figures for"));
}

#[test]
fn a_csv_with_bls_headers_and_an_occupation_asked_for() {
    let (columns, rows) = small_release(0.0);
    let mut text = columns.join(",") + "\n";
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                let t = c.as_text();
                if t.contains(',') {
                    format!("\"{t}\"")
                } else {
                    t
                }
            })
            .collect();
        text.push_str(&(cells.join(",") + "\n"));
    }
    let downloads = DataDir::new(&[("oews-may2025-extract.csv", text.as_str())]);
    let data = DataDir::new(&[]);
    let output = run_on(
        data.path(),
        &[
            "import",
            "oews",
            "--soc",
            "15-1252",
            "--format",
            "json",
            downloads.file("oews-may2025-extract.csv").to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = json_in(&output);
    let kept: Vec<&str> = json["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["soc"].as_str().unwrap())
        .collect();
    assert!(
        kept.contains(&"15-1252"),
        "--soc keeps Software Developers: {kept:?}"
    );
    assert!(!kept.contains(&"00-0000"), "{kept:?}");
}

#[test]
fn the_lower_case_extract_layout_and_hims_own_table_read_back_the_same() {
    // him's own table is BLS data in the lower-case layout: importing it changes no row.
    let data = DataDir::new(&[]);
    let today = builtin("oews-wages.csv");
    let downloads = DataDir::new(&[("oews-may2025-health-data-occupations.csv", today.as_str())]);
    let output = run_on(
        data.path(),
        &[
            "import",
            "oews",
            downloads
                .file("oews-may2025-health-data-occupations.csv")
                .to_str()
                .unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(data.file("oews-wages.csv")).unwrap();
    assert_eq!(data_lines(&written), data_lines(&today));

    // The extract's columns him does not keep, with footnotes naming them, change nothing.
    let mut extract = String::from(
        "soc_code,occupation,area_type,area_code,state_code,area_name,industry_code,industry,footnotes,employment,hourly_p90,annual_p10,annual_p25,annual_median,annual_p75,annual_p90,location_quotient,jobs_per_1000\n",
    );
    for row in todays_rows().iter().take(300) {
        let quoted = |t: &str| {
            if t.contains(',') {
                format!("\"{t}\"")
            } else {
                t.to_string()
            }
        };
        let notes = [row.get("footnotes"), "hourly_p90=8"]
            .iter()
            .filter(|n| !n.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(";");
        let figure = |c: &str| {
            if row.get(c) == "-" {
                String::new()
            } else {
                row.get(c).to_string()
            }
        };
        extract.push_str(&format!(
            "{},{},{},{},17,{},{},Some industry,{},{},-,{},{},{},{},{},{},{}\n",
            row.get("soc_code"),
            quoted(row.get("occupation")),
            row.get("area_type"),
            row.get("area_code"),
            quoted(row.get("area_name")),
            row.get("industry_code"),
            notes,
            figure("employment"),
            figure("annual_p10"),
            figure("annual_p25"),
            figure("annual_median"),
            figure("annual_p75"),
            figure("annual_p90"),
            figure("location_quotient"),
            figure("jobs_per_1000"),
        ));
    }
    let downloads = DataDir::new(&[("oews-may2025-extract.csv", extract.as_str())]);
    let output = run_on(
        data.path(),
        &[
            "import",
            "oews",
            "--force",
            downloads.file("oews-may2025-extract.csv").to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(data.file("oews-wages.csv")).unwrap();
    assert_eq!(data_lines(&written), data_lines(&today)[..301]);
}

#[test]
fn a_table_already_there_is_replaced_only_with_force() {
    let downloads = DataDir::new(&[]);
    let (columns, rows) = small_release(0.0);
    let book = downloads.file("national_M2025_dl.xlsx");
    std::fs::write(&book, workbook(&[("national_M2025_dl", &columns, &rows)])).unwrap();
    let data = DataDir::new(&[("oews-wages.csv", "# source: mine\nsoc_code\n")]);
    let (code, err) = failure(him().arg("--data").arg(data.path()).args([
        "import",
        "oews",
        book.to_str().unwrap(),
    ]));
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("already exists, and him import does not overwrite it"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(
        std::fs::read_to_string(data.file("oews-wages.csv")).unwrap(),
        "# source: mine\nsoc_code\n"
    );
    let output = run_on(
        data.path(),
        &["import", "oews", "--force", book.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    // No temporary file is left behind.
    let mut names: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["imported-sources.toml", "oews-wages.csv"]);
}

/// Runs an import that must be refused: exit 1, the data directory as it was.
fn refused(file_name: &str, bytes: &[u8]) -> String {
    let downloads = DataDir::new(&[]);
    let path = downloads.file(file_name);
    std::fs::write(&path, bytes).unwrap();
    let data = DataDir::new(&[("oews-wages.csv", "# source: mine\nold\n")]);
    let (code, err) = failure(him().arg("--data").arg(data.path()).args([
        "import",
        "oews",
        "--force",
        path.to_str().unwrap(),
    ]));
    assert_eq!(code, 1, "{err}");
    assert_eq!(
        std::fs::read_to_string(data.file("oews-wages.csv")).unwrap(),
        "# source: mine\nold\n",
        "a refused import writes nothing"
    );
    assert!(!data.file("imported-sources.toml").exists());
    assert!(err.contains(file_name), "the message names the file: {err}");
    assert!(err.contains("nothing was imported"), "{err}");
    err
}

#[test]
fn files_that_are_not_oews_files_are_refused_saying_what_is_missing() {
    let (columns, rows) = small_release(0.0);
    let whole = archive(&[(
        "oesm25all/all_data_M_2025.xlsx",
        &workbook(&[("All", &columns, &rows)]),
    )]);
    let err = refused("oesm25all.zip", &whole[..whole.len() / 2]);
    assert!(err.contains("is not a whole zip archive"), "{err}");
    assert!(err.contains("download it again"), "{err}");

    let err = refused("wages.csv", b"name,salary\nJo,100\n");
    assert!(
        err.contains("not an OEWS table: its first row has no OCC_CODE column (name, salary)"),
        "{err}"
    );

    let err = refused(
        "national_M2025_dl.xlsx",
        &workbook(&[("national_M2025_dl", &[] as &[String], &[])]),
    );
    assert!(err.contains("sheet \"national_M2025_dl\""), "{err}");
    assert!(err.contains("it is empty"), "{err}");

    let short: Vec<String> = ["OCC_CODE", "OCC_TITLE", "A_MEDIAN"]
        .map(String::from)
        .to_vec();
    let err = refused(
        "national_M2025_dl.xlsx",
        &workbook(&[("national", &short, &[])]),
    );
    assert!(
        err.contains("the header lacks the columns AREA_TYPE, AREA, AREA_TITLE, NAICS, TOT_EMP, A_PCT10, A_PCT25, A_PCT75, A_PCT90"),
        "{err}"
    );

    let err = refused("oesm25all.zip", &archive(&[("readme.pdf", b"%PDF")]));
    assert!(
        err.contains("holds no .xlsx or .csv file (it holds readme.pdf)"),
        "{err}"
    );

    let mut rows = bls_rows(&todays_rows()[..3]);
    // The fourth row is the first him keeps (BLS's total and other occupations come first).
    rows[3][at("A_MEDIAN")] = text("n/a");
    let err = refused(
        "oesm25nat.zip",
        &archive(&[("x.xlsx", &workbook(&[("x", &header(), &rows)]))]),
    );
    assert!(
        err.contains("A_MEDIAN: `n/a` is neither a number nor a BLS footnote mark"),
        "{err}"
    );
}

#[test]
fn a_file_without_a_year_needs_one() {
    let (columns, rows) = small_release(0.0);
    let downloads = DataDir::new(&[]);
    let book = downloads.file("wages.xlsx");
    std::fs::write(&book, workbook(&[("Sheet1", &columns, &rows)])).unwrap();
    let data = DataDir::new(&[]);
    let (code, err) = failure(him().arg("--data").arg(data.path()).args([
        "import",
        "oews",
        book.to_str().unwrap(),
    ]));
    assert_eq!(code, 2);
    assert!(err.contains("--year YYYY"), "{err}");
    let output = run_on(
        data.path(),
        &["import", "oews", "--year", "2025", book.to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
}

/// BLS's all-items flat file: tab-separated, padded, every area and adjustment of the index.
fn flat_file(extra_year: Option<(u16, &str)>) -> String {
    let mut text = String::from(
        "series_id                     \tyear\tperiod\t       value\tfootnote_codes\n",
    );
    let today = builtin("cpi-u-annual.csv");
    for line in data_lines(&today).into_iter().skip(1) {
        let (year, value) = line.split_once(',').unwrap();
        text.push_str(&format!(
            "CUSR0000SA0                   \t{year}\tM13\t{value:>12}\t\n"
        ));
        text.push_str(&format!(
            "CUUR0000SA0                   \t{year}\tM01\t{value:>12}\t\n"
        ));
        text.push_str(&format!(
            "CUUR0000SA0                   \t{year}\tM13\t{value:>12}\t\n"
        ));
        text.push_str(&format!(
            "CUUR0000SA0                   \t{year}\tS01\t{value:>12}\t\n"
        ));
    }
    text.push_str("CUUR0000SA0                   \t2026\tM08\t     330.000\t\n");
    if let Some((year, value)) = extra_year {
        text.push_str(&format!(
            "CUUR0000SA0                   \t{year}\tM12\t{value}\t\n"
        ));
        text.push_str(&format!(
            "CUUR0000SA0                   \t{year}\tM13\t{value}\t\n"
        ));
    }
    text
}

#[test]
fn cpi_flat_file_gives_back_todays_averages_and_says_which_years_lack_one() {
    let downloads = DataDir::new(&[("cu.data.1.AllItems", flat_file(None).as_str())]);
    let data = DataDir::new(&[]);
    let out = stdout_of(
        him()
            .arg("--data")
            .arg(data.path())
            .args(["import", "cpi"])
            .arg(downloads.file("cu.data.1.AllItems")),
    );
    assert!(out.contains("August 2026 (the latest month)"), "{out}");
    assert!(
        out.contains("2026: monthly values only, so --real cannot use it"),
        "{out}"
    );
    let written = std::fs::read_to_string(data.file("cpi-u-annual.csv")).unwrap();
    assert_eq!(
        data_lines(&written),
        data_lines(&builtin("cpi-u-annual.csv"))
    );
    let (code, err) = failure(
        him()
            .arg("--data")
            .arg(data.path())
            .args(["salary", "--real", "2026"]),
    );
    assert_eq!(code, 2);
    assert!(err.contains("1990-2025"), "{err}");
}

#[test]
fn after_a_cpi_import_real_accepts_the_new_year() {
    let downloads = DataDir::new(&[(
        "cu.data.1.AllItems",
        flat_file(Some((2026, "331.500"))).as_str(),
    )]);
    let data = DataDir::new(&[]);
    let output = run_on(
        data.path(),
        &[
            "import",
            "cpi",
            downloads.file("cu.data.1.AllItems").to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout_of(
        him()
            .arg("--data")
            .arg(data.path())
            .args(["salary", "--real", "2026", "--title", "cio"]),
    );
    assert!(out.contains("(in 2026 dollars)"), "{out}");
    assert!(out.contains("from your file"), "{out}");
    let sources = stdout_of(him().arg("--data").arg(data.path()).arg("sources"));
    assert!(sources.contains("2026-12"), "{sources}");
    assert!(sources.contains("price index (yours)"), "{sources}");
}

#[test]
fn the_data_viewer_csv_and_other_series() {
    let viewer = "CPI for All Urban Consumers (CPI-U)\nSeries Id:,CUUR0000SA0\nNot Seasonally Adjusted\n\nYear,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Annual,HALF1,HALF2\n2024,308.417,310.326,312.332,313.548,314.069,314.175,314.540,314.796,315.301,315.664,315.493,315.605,313.689,312.145,315.233\n2025,317.671,,,,,,,,,,,,,,\n";
    let downloads = DataDir::new(&[("SeriesReport.csv", viewer)]);
    let data = DataDir::new(&[]);
    let output = run_on(
        data.path(),
        &[
            "import",
            "cpi",
            downloads.file("SeriesReport.csv").to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(data.file("cpi-u-annual.csv")).unwrap();
    assert_eq!(
        data_lines(&written),
        ["year,annual_average", "2024,313.689"]
    );

    let other = viewer.replace("CUUR0000SA0", "CUSR0000SA0");
    let downloads = DataDir::new(&[("SeriesReport.csv", other.as_str())]);
    let (code, err) = failure(him().arg("--data").arg(data.path()).args([
        "import",
        "cpi",
        "--force",
        downloads.file("SeriesReport.csv").to_str().unwrap(),
    ]));
    assert_eq!(code, 1);
    assert!(
        err.contains("is series CUSR0000SA0, not CUUR0000SA0"),
        "{err}"
    );
}

#[test]
fn check_points_at_a_broken_imported_source() {
    let data = DataDir::new(&[(
        "imported-sources.toml",
        "[[source]]\nid = \"bls-oews-2026\"\npublisher = \"BLS\"\ntitle = \"OEWS\"\nkind = \"primary\"\n",
    )]);
    let (code, err) = failure(him().arg("--data").arg(data.path()).arg("check"));
    assert_eq!(code, 1);
    assert!(err.contains("imported-sources.toml:1"), "{err}");
    assert!(err.contains("has no period"), "{err}");
}

#[test]
fn nothing_is_drawn_on_stderr_in_a_pipe() {
    // Large enough for a progress bar on a terminal (over 20,000 rows).
    let (columns, mut rows) = small_release(0.0);
    let filler = rows[0].clone();
    while rows.len() < 25_000 {
        let mut row = filler.clone();
        row[at("OCC_CODE")] = text("00-0000");
        rows.push(row);
    }
    let downloads = DataDir::new(&[]);
    let zip = downloads.file("oesm25nat.zip");
    std::fs::write(
        &zip,
        archive(&[("n.xlsx", &workbook(&[("n", &columns, &rows)]))]),
    )
    .unwrap();
    let data = DataDir::new(&[]);
    let output = run_on(data.path(), &["import", "oews", zip.to_str().unwrap()]);
    assert!(output.status.success());
    assert_eq!(stderr(&output), "", "no progress bar in a pipe");
}

#[test]
fn without_data_the_import_goes_to_your_data_directory() {
    let (columns, rows) = small_release(0.0);
    let downloads = DataDir::new(&[]);
    let book = downloads.file("national_M2025_dl.xlsx");
    std::fs::write(&book, workbook(&[("national_M2025_dl", &columns, &rows)])).unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = stdout_of(
        him()
            .env("XDG_DATA_HOME", home.path())
            .args(["import", "oews"])
            .arg(&book),
    );
    let mine = home.path().join("him");
    assert!(mine.join("oews-wages.csv").is_file(), "{out}");
    assert!(out.contains("Created the directory"), "{out}");
    // The directory is found again with no --data, so the next steps need none either.
    assert!(out.contains("Next: `him sources`"), "{out}");
    let sources = stdout_of(him().env("XDG_DATA_HOME", home.path()).arg("sources"));
    assert!(sources.contains("wage table (yours)"), "{sources}");
}
