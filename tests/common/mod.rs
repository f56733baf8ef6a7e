//! Shared helpers: the `him` binary with a scrubbed environment, and scratch data directories.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde::de::DeserializeOwned;

/// The `him` binary with nothing from the caller's environment leaking in (colour settings,
/// data directories, terminal width), and today's date fixed so ages and closed routes are
/// reproducible.
pub fn him() -> Command {
    let mut cmd = Command::cargo_bin("him").expect("the him binary is built for tests");
    for var in [
        "NO_COLOR",
        "FORCE_COLOR",
        "CLICOLOR_FORCE",
        "HIM_DATA_DIR",
        "XDG_DATA_HOME",
        "COLUMNS",
        "LINES",
        "PAGER",
        "TERM",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("HIM_TODAY", "2026-11-25");
    // A user data directory that never exists, so a developer's own ~/.local/share/him is not
    // picked up.
    cmd.env("XDG_DATA_HOME", no_user_data_home());
    cmd
}

/// How long a test lets one run of him take before it counts as a hang: generous, so that no
/// test fails because the machine is slow (every case here takes milliseconds to a few seconds
/// in a debug build), yet a hang fails the test rather than the CI job.
pub const TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(120);

/// Runs `cmd` under `TIME_LIMIT` and returns what it printed; a run that does not end in time is
/// killed and fails the test, saying so.
pub fn run_in_time(cmd: &mut Command) -> Output {
    let output = cmd.timeout(TIME_LIMIT).output().expect("him runs");
    assert!(
        output.status.code().is_some(),
        "him did not finish within {} s (or was killed by a signal: {})\n{}",
        TIME_LIMIT.as_secs(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// An absolute path with no `him` directory under it.
pub fn no_user_data_home() -> PathBuf {
    std::env::temp_dir().join("him-tests-no-user-data-home")
}

/// The command line `cmd` runs, as a person would type it: `him salary --area il`.
pub fn shown(cmd: &Command) -> String {
    std::iter::once("him".into())
        .chain(cmd.get_args().map(|arg| arg.to_string_lossy()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `him --data DIR ARGS` run to its end, whatever its exit: for a test that reads its stdout,
/// stderr and exit code itself.
pub fn run_on(dir: &Path, args: &[&str]) -> Output {
    him()
        .arg("--data")
        .arg(dir)
        .args(args)
        .output()
        .expect("him runs")
}

/// stdout of a successful run, as text; a run that hangs fails the test (see `run_in_time`).
pub fn stdout_of(cmd: &mut Command) -> String {
    let output = run_in_time(cmd);
    assert!(
        output.status.success(),
        "`{}` failed: {}\n{}",
        shown(cmd),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// The exit code and stderr of a run that must fail, and fail cleanly: with an exit code (not
/// killed by a signal), nothing on stdout (a script reads nothing half-done), and no panic.
pub fn failure(cmd: &mut Command) -> (i32, String) {
    let output = run_in_time(cmd);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8");
    let code = output
        .status
        .code()
        .unwrap_or_else(|| panic!("`{}` ended by {}\n{stderr}", shown(cmd), output.status));
    assert_ne!(
        code,
        0,
        "`{}` succeeded, where it must fail:\n{stdout}",
        shown(cmd)
    );
    assert!(
        stdout.is_empty(),
        "`{}` failed yet printed on stdout:\n{stdout}\nstderr:\n{stderr}",
        shown(cmd)
    );
    assert!(
        !stderr.contains("panicked"),
        "`{}` panicked:\n{stderr}",
        shown(cmd)
    );
    (code, stderr)
}

/// What a successful run of `cmd` with `--format json` (after its other arguments) prints, read
/// as `T` (a `serde_json::Value`, or a `Vec` of them where the output must be an array); output
/// that is not such JSON fails the test, naming the command and showing what it printed.
pub fn json_of<T: DeserializeOwned>(cmd: &mut Command) -> T {
    let out = stdout_of(cmd.args(["--format", "json"]));
    serde_json::from_str(&out).unwrap_or_else(|e| {
        panic!(
            "`{}` printed no JSON of the shape expected ({e}):\n{out}",
            shown(cmd)
        )
    })
}

/// The JSON on stdout of a run already made (one that fails, or whose stderr the test reads
/// too), read as `T`; anything else fails the test, showing stdout and stderr.
pub fn json_in<T: DeserializeOwned>(output: &Output) -> T {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "no JSON of the shape expected on stdout ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// A data directory holding the given files, removed when dropped.
pub struct DataDir {
    dir: tempfile::TempDir,
}

impl DataDir {
    pub fn new(files: &[(&str, &str)]) -> DataDir {
        let dir = tempfile::tempdir().expect("a temporary directory");
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).expect("write a data file");
        }
        DataDir { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// The text of a built-in data file.
pub fn builtin(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join(name),
    )
    .expect("a built-in data file")
}

/// The date the CLI tests fix (`HIM_TODAY`), for tests that call the library: the CI practice
/// pathway (to 2025) has closed, and rule sources older than three years (the default
/// `--stale-after`) are stale.
pub fn timing() -> him::domain::eligibility::Timing {
    him::domain::eligibility::Timing {
        today: him::data::period::Date {
            year: 2026,
            month: Some(11),
            day: Some(25),
        },
        stale_after_years: 3,
    }
}

thread_local! {
    /// Loaded once per test thread: the property tests check hundreds of people.
    static CATALOG: &'static him::catalog::Catalog =
        Box::leak(Box::new(him::catalog::Catalog::builtin().expect("the built-in data loads")));
}

/// The built-in data, loaded once per test thread.
pub fn catalog() -> &'static him::catalog::Catalog {
    CATALOG.with(|catalog| *catalog)
}

/// The rows of the built-in data/oews-wages.csv, each a map from column name to cell, in the
/// file's order: what tests read expected figures from.
pub fn builtin_wage_rows() -> Vec<std::collections::HashMap<String, String>> {
    let text = builtin("oews-wages.csv");
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    reader
        .records()
        .map(|record| {
            let record = record.expect("a well-formed row");
            headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// A count as him writes it, with commas between thousands: "35,260".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
