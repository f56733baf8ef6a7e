//! The catalogue of bad inputs: every way a hand-written data directory can be broken, each
//! answered with a pinned message and exit code.
//!
//! Each case is a folder of `tests/fixtures/bad/`:
//!
//! - `case.toml`: `about` (why the case exists), `args` (the command line, run in a scratch
//!   directory), and optional `[[edit]]` tables that copy a built-in data file into `my-data/`
//!   with one piece of text replaced (`file`, `replace`, `with`);
//! - `my-data/` (optional): data files copied as they are;
//! - `expected.txt`: the exit code, stdout and stderr him must give.
//!
//! Paths in the output are relative (`my-data/titles.toml`), so they are the same on every
//! machine. After an intended change, `UPDATE_FIXTURES=1 cargo test --test bad_inputs` rewrites
//! the expected files; read the diff before committing it.
//!
//! Cases that cannot live in a folder (50,000 nested brackets, a file of tens of MB, a FIFO) are
//! built here in code, and in `hostile_data.rs` those whose size is the point. Every run has a
//! time limit (`common::TIME_LIMIT`), so a hang fails the test.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use common::{DataDir, builtin, him, json_in};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    about: String,
    args: Vec<String>,
    #[serde(default)]
    edit: Vec<Edit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Edit {
    file: String,
    replace: String,
    with: String,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// What a run printed, in the form of `expected.txt`.
fn transcript(output: &std::process::Output) -> String {
    let code = output
        .status
        .code()
        .map_or_else(|| "signal".to_string(), |c| c.to_string());
    format!(
        "exit: {code}\n--- stdout\n{}--- stderr\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Runs one case in a scratch directory and returns what him printed.
fn run_case(dir: &Path) -> String {
    let case_text = std::fs::read_to_string(dir.join("case.toml")).unwrap();
    let case: Case = toml::from_str(&case_text)
        .unwrap_or_else(|err| panic!("{}: bad case.toml: {err}", dir.display()));
    assert!(!case.about.trim().is_empty(), "{}: say why", dir.display());
    let scratch = tempfile::tempdir().unwrap();
    let data = scratch.path().join("my-data");
    if dir.join("my-data").is_dir() {
        copy_tree(&dir.join("my-data"), &data);
    }
    for edit in &case.edit {
        let original = builtin(&edit.file);
        assert!(
            original.contains(&edit.replace),
            "{}: data/{} no longer holds {:?}",
            dir.display(),
            edit.file,
            edit.replace
        );
        std::fs::create_dir_all(&data).unwrap();
        let path = data.join(&edit.file);
        // Several edits of one file apply one after another.
        let current = std::fs::read_to_string(&path).unwrap_or(original);
        std::fs::write(&path, current.replacen(&edit.replace, &edit.with, 1)).unwrap();
    }
    // A hang shows as `exit: signal` against the pinned answer.
    let output = him()
        .current_dir(scratch.path())
        .args(&case.args)
        .timeout(common::TIME_LIMIT)
        .output()
        .unwrap();
    transcript(&output)
}

#[test]
fn every_bad_input_gets_its_pinned_answer() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("case.toml").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "only {} cases", cases.len());
    let mut failures = String::new();
    for dir in &cases {
        let actual = run_case(dir);
        let expected_path = dir.join("expected.txt");
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            let _ = write!(
                failures,
                "\n=== {}\n--- expected\n{expected}\n--- actual\n{actual}",
                dir.file_name().unwrap().to_string_lossy()
            );
        }
    }
    assert!(
        failures.is_empty(),
        "cases whose answer changed (UPDATE_FIXTURES=1 rewrites them):{failures}"
    );
}

#[test]
fn every_case_says_what_it_is_about_and_pins_an_answer() {
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let dir = entry.unwrap().path();
        assert!(dir.join("case.toml").is_file(), "{}", dir.display());
        assert!(dir.join("expected.txt").is_file(), "{}", dir.display());
    }
}

/// Runs `him check` on a scratch directory and returns (exit code, stderr).
fn check(dir: &DataDir) -> (Option<i32>, String) {
    let output = him().arg("check").arg(dir.path()).output().unwrap();
    assert!(output.stdout.is_empty() || output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    (
        output.status.code(),
        stderr.replace(&dir.path().display().to_string(), "DIR"),
    )
}

#[test]
fn fifty_thousand_nested_arrays_are_refused_without_a_stack_overflow() {
    let depth = 50_000;
    let text = format!(
        "[[title]]\nid = {}{}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let dir = DataDir::new(&[("titles.toml", &text)]);
    let (code, stderr) = check(&dir);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.starts_with("error: DIR/titles.toml:2:"),
        "{stderr:.300}"
    );
    assert!(
        stderr.contains("values are nested too deeply to read"),
        "{stderr:.300}"
    );
    // The excerpt is a window of the 100,000-character line, not the line.
    assert!(stderr.len() < 1_000, "{} bytes of stderr", stderr.len());
}

#[test]
fn fifty_thousand_nested_inline_tables_and_dotted_keys_are_refused_too() {
    let depth = 50_000;
    let inline = format!("x = {}1{}\n", "{a=".repeat(depth), "}".repeat(depth));
    let dotted = format!("x.{}b = 1\n", "a.".repeat(depth));
    let header = format!("[{}b]\n", "a.".repeat(depth));
    for text in [inline, dotted, header] {
        let dir = DataDir::new(&[("titles.toml", &text)]);
        let (code, stderr) = check(&dir);
        assert_eq!(code, Some(1), "{stderr:.300}");
        assert!(
            stderr.contains("values are nested too deeply to read"),
            "{stderr:.300}"
        );
        assert!(stderr.len() < 1_000, "{} bytes of stderr", stderr.len());
    }
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    // A sparse file of 300 MiB: over the documented 256 MiB limit, and never read.
    let dir = DataDir::new(&[]);
    let file = std::fs::File::create(dir.path().join("titles.toml")).unwrap();
    file.set_len(300 * 1024 * 1024).unwrap();
    let (code, stderr) = check(&dir);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        stderr,
        "error: DIR/titles.toml: is 300.0 MiB, larger than the 256 MiB him reads in a data file\n\
         hint: him's data files are small (the largest built-in one is about 1 MB): check that this is the file you meant\n\
         error: the data has 1 problem\n"
    );
}

#[test]
fn a_huge_record_that_does_not_split_is_refused() {
    // 17 MiB in one [[title]] table: too much to parse at once.
    let text = format!(
        "[[title]]\nid = \"t\"\nsummary = \"{}\"\n",
        "x".repeat(17 * 1024 * 1024)
    );
    let dir = DataDir::new(&[("titles.toml", &text)]);
    let (code, stderr) = check(&dir);
    assert_eq!(code, Some(1), "{stderr:.400}");
    assert!(
        stderr.starts_with("error: DIR/titles.toml:1:1: this part of the file holds 17.0 MiB without a [[title]] header line: him reads at most 16 MiB at once\n"),
        "{stderr:.400}"
    );
}

#[test]
fn a_large_file_under_the_limit_loads() {
    // 5,000 titles (about 1.5 MB): far more than any real data set, and still read whole.
    let mut text = String::new();
    for i in 0..5_000 {
        let _ = write!(
            text,
            "[[title]]\nid = \"title-{i}\"\nname = \"Title {i}\"\nfield = \"informatics\"\nlevel = \"entry\"\nsoc = \"15-1211\"\nsummary = \"A made-up title, one of many, to show that a large file loads.\"\nsources = [\"article-2020\"]\n\n"
        );
    }
    let dir = DataDir::new(&[("titles.toml", &text)]);
    let output = him().arg("check").arg(dir.path()).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("│ titles.toml "), "{stdout}");
    assert!(stdout.contains("5000"), "{stdout}");
}

#[test]
fn thousands_of_problems_show_the_first_fifty_and_json_lists_all() {
    let mut text = String::new();
    for i in 0..2_000 {
        let _ = write!(
            text,
            "[[title]]\nid = \"title-{i}\"\nname = \"Title {i}\"\nfield = \"informatcs\"\nlevel = \"entry\"\nsoc = \"15-1211\"\nsources = [\"article-2020\"]\n\n"
        );
    }
    let dir = DataDir::new(&[("titles.toml", &text)]);
    let (code, stderr) = check(&dir);
    assert_eq!(code, Some(1));
    assert_eq!(stderr.matches("there is no field with id").count(), 50);
    assert!(
        stderr.ends_with(
            "note: 1950 more not shown; `him check --format json` lists every one\n\
             error: the data has 2000 problems\n"
        ),
        "{stderr}"
    );
    let output = him()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = json_in(&output);
    assert_eq!(json["problems"].as_array().unwrap().len(), 2000);
    assert_eq!(json["problems"][1999]["line"], 2000 * 8 - 4);
}

#[cfg(unix)]
#[test]
fn a_dangling_symbolic_link_is_named_not_skipped() {
    // A link to a file that is gone is the user's file, broken: not a reason to fall back to
    // the built-in one without a word.
    let dir = DataDir::new(&[]);
    std::os::unix::fs::symlink(dir.file("gone.toml"), dir.file("titles.toml")).unwrap();
    let (code, stderr) = check(&dir);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr,
        "error: DIR/titles.toml: cannot read: no such file or directory
error: the data has 1 problem
"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_is_refused_instead_of_read_for_ever() {
    let dir = DataDir::new(&[]);
    let fifo = dir.file("titles.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", dir.file("skills.toml")).unwrap();
    let (code, stderr) = check(&dir);
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("error: DIR/titles.toml: is not a regular file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: DIR/skills.toml: is not a regular file"),
        "{stderr}"
    );
}

#[test]
fn a_problem_deep_in_a_file_read_in_pieces_points_at_its_line() {
    // Over 1 MiB, so the file is read in pieces; the broken record is in a late piece.
    let mut text = String::new();
    for i in 0..8_000 {
        let _ = write!(
            text,
            "[[title]]\nid = \"title-{i}\"\nname = \"Title {i}\"\nfield = \"informatics\"\nlevel = \"entry\"\nsoc = \"15-1211\"\nsummary = \"A made-up title, one of many, to show where a problem is reported.\"\nsources = [\"article-2020\"]\n\n"
        );
    }
    let text = text.replacen("level = \"entry\"\nsoc = \"15-1211\"\nsummary = \"A made-up title, one of many, to show where a problem is reported.\"\nsources = [\"article-2020\"]\n\n[[title]]\nid = \"title-7000\"", "levle = \"entry\"\nsoc = \"15-1211\"\nsummary = \"A made-up title, one of many, to show where a problem is reported.\"\nsources = [\"article-2020\"]\n\n[[title]]\nid = \"title-7000\"", 1);
    assert!(text.len() > 1 << 20);
    let line = text.lines().position(|l| l.starts_with("levle")).unwrap() + 1;
    let dir = DataDir::new(&[("titles.toml", &text)]);
    let (code, stderr) = check(&dir);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: DIR/titles.toml:{line}:1: unknown key `levle`"
        )),
        "{stderr}"
    );
}
