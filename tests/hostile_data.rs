//! Data a careless user or an attacker could write, at the sizes where work that grows faster
//! than the data shows: credentials that accept each other in layers, chains of 20,000, wage
//! tables of 70,000 occupations, titles that share one code, files over 1 MiB. Each is
//! generated here (none is committed), run under `common::TIME_LIMIT` so a hang fails the test,
//! and answered with a clear message and the documented exit code. BENCHMARKS.md gives the time
//! and memory of the same cases (`examples/gen_data.rs` writes them).

mod common;

use std::fmt::Write as _;

use common::{DataDir, builtin, him, json_in, run_in_time};
use serde_json::Value;

/// The generators of `examples/gen_data.rs`, which writes the same cases for BENCHMARKS.md.
#[allow(dead_code)]
#[path = "../examples/gen_data.rs"]
mod gen_data;

/// The built-in credentials and `layers` layers of two more: each route of a layer accepts
/// either credential of the next, and the last layer needs a CAHIIM-accredited program. Followed
/// route by route, the first layer's dependency on CAHIIM took 2^layers steps.
fn layered_credentials(layers: usize) -> String {
    builtin("credentials.toml") + &gen_data::credential_layers(layers)
}

/// The built-in credentials and a chain of `length`: each needs the next, the last a CAHIIM
/// program.
fn credential_chain(length: usize) -> String {
    builtin("credentials.toml") + &gen_data::credential_chain(length)
}

/// Asserts that him refused the data for exactly one problem, saying `message`.
fn refused_for_one_problem(output: &std::process::Output, message: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr:.600}");
    assert!(output.stdout.is_empty());
    assert!(stderr.contains(message), "{stderr:.600}");
    assert!(
        stderr.ends_with("error: the data has 1 problem\n"),
        "{stderr:.600}"
    );
}

#[test]
fn credentials_accepting_each_other_in_layers_are_classified_at_once() {
    let dir = DataDir::new(&[("credentials.toml", &layered_credentials(30))]);
    let run = |args: &[&str]| {
        let output = run_in_time(him().arg("--data").arg(dir.path()).args(args));
        assert!(
            output.status.success(),
            "him {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    };
    let listed: Value = json_in(&run(&[
        "credentials",
        "--requires",
        "cahiim",
        "--format",
        "json",
    ]));
    let requirement = |id: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| c["requirement"].as_str().unwrap().to_string())
    };
    assert_eq!(requirement("l29a").as_deref(), Some("all_paths"));
    assert_eq!(requirement("l0a").as_deref(), Some("via_credential"));
    assert_eq!(requirement("l0b").as_deref(), Some("via_credential"));
    run(&["credentials"]);
    let shown = String::from_utf8(run(&["show", "l0a"]).stdout).unwrap();
    assert!(
        shown.contains("No route needs a CAHIIM-accredited program itself, but route 1 needs L1A or L1B, which each need one."),
        "{shown}"
    );
    run(&["compare", "l0a", "l0b"]);
    run(&["check"]);
}

#[test]
fn a_chain_of_20000_credentials_is_refused_with_a_message_not_a_stack_overflow() {
    let dir = DataDir::new(&[("credentials.toml", &credential_chain(20_000))]);
    for args in [
        &["check"][..],
        &["credentials", "--requires", "cahiim"],
        &["show", "c0"],
    ] {
        let output = run_in_time(him().arg("--data").arg(dir.path()).args(args));
        refused_for_one_problem(
            &output,
            "`c19899` starts a chain of more than 100 credentials, each required by a path of the one before",
        );
    }
}

#[test]
fn a_chain_of_100_credentials_is_followed_to_its_end() {
    let dir = DataDir::new(&[("credentials.toml", &credential_chain(100))]);
    let output = run_in_time(him().arg("--data").arg(dir.path()).args([
        "credentials",
        "--requires",
        "cahiim",
        "--format",
        "json",
    ]));
    assert!(output.status.success());
    let listed: Value = json_in(&output);
    let first = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "c0")
        .expect("c0 depends on CAHIIM through 99 credentials");
    assert_eq!(first["requirement"], "via_credential");
}

/// The built-in titles and a ladder of `length` more, each leading to the next.
fn ladder(length: usize) -> String {
    let mut text = builtin("titles.toml");
    for i in 0..length {
        let _ = write!(
            text,
            "\n[[title]]\nid = \"step-{i}\"\nname = \"Step {i}\"\nfield = \"him\"\nlevel = \"mid\"\nsoc = \"11-9111\"\nsources = [\"him-editorial\"]\n"
        );
        if i + 1 < length {
            let _ = writeln!(text, "leads_to = [\"step-{}\"]", i + 1);
        }
    }
    text
}

#[test]
fn a_ladder_longer_than_the_limit_is_refused_and_one_at_the_limit_loads() {
    let long = DataDir::new(&[("titles.toml", &ladder(20_000))]);
    let output = run_in_time(him().arg("--data").arg(long.path()).arg("check"));
    refused_for_one_problem(
        &output,
        "`step-19899` starts a ladder of more than 100 titles, each leading to the next",
    );
    let limit = DataDir::new(&[("titles.toml", &ladder(100))]);
    let output = run_in_time(
        him()
            .arg("--data")
            .arg(limit.path())
            .args(["ladder", "him", "--format", "json"]),
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

use gen_data::{WAGE_HEADER, wage_table};

#[test]
fn a_wage_table_of_70000_occupations_loads_without_false_problems() {
    let dir = DataDir::new(&[("oews-wages.csv", &wage_table(70_000))]);
    let output = run_in_time(him().args(["check", "--format", "json"]).arg(dir.path()));
    let report: Value = json_in(&output);
    assert_eq!(report["ok"], true, "{report:#.2000}");
    assert_eq!(
        report["rows"],
        70_000 + 36,
        "the wage rows and the CPI years"
    );
    let problems = report["problems"].as_array().unwrap();
    assert!(
        problems.iter().all(|p| p["severity"] == "warning"
            && !p["message"].as_str().unwrap().contains("a second row")),
        "{problems:#?}"
    );
}

#[test]
fn a_second_row_is_still_found_past_65535_occupations() {
    let mut text = wage_table(70_000);
    text.push_str(
        "06-9999,Occupation 69999,national,0000000,National,000000,,1000,30000,40000,50000,60000,70000\n",
    );
    let dir = DataDir::new(&[("oews-wages.csv", &text)]);
    let output = run_in_time(him().arg("check").arg(dir.path()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr.matches("a second row for").count(), 1, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{}:70003:1: a second row for 06-9999 in National (all industries)",
            dir.file("oews-wages.csv").display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("error: the data has 1 problem\n"),
        "{stderr}"
    );
}

#[test]
fn the_problem_count_of_a_broken_wage_table_is_the_count_listed() {
    let mut text = String::from(WAGE_HEADER);
    for i in 0..500 {
        let _ = writeln!(
            text,
            "15-{i:04},Occupation {i},national,0000000,National,000000,,1000,30000,40000,5000x,60000,70000"
        );
    }
    let dir = DataDir::new(&[("oews-wages.csv", &text)]);
    let output = run_in_time(him().arg("check").arg(dir.path()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr.ends_with(
            "note: 51 more not shown; `him check --format json` lists every one\n\
             error: the data has 101 problems\n"
        ),
        "{stderr}"
    );
    let output = run_in_time(him().args(["check", "--format", "json"]).arg(dir.path()));
    let problems = json_in::<Value>(&output)["problems"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(problems.len(), 101);
    assert_eq!(
        problems[100]["message"],
        "him stopped reading the file here, after 100 problems"
    );
}

/// 2,000 titles, the first `sharing` of them with one occupation code.
fn titles_sharing_a_code(sharing: usize) -> String {
    let mut text = String::new();
    let others = [
        "15-2051", "13-1111", "11-3021", "29-9021", "29-2072", "11-9111",
    ];
    for i in 0..2_000 {
        let soc = if i < sharing {
            "15-1211"
        } else {
            others[i % others.len()]
        };
        let _ = write!(
            text,
            "[[title]]\nid = \"t{i}\"\nname = \"Title {i:04} of the test\"\nfield = \"informatics\"\nlevel = \"entry\"\nsoc = \"{soc}\"\nsources = [\"him-editorial\"]\n\n"
        );
    }
    text
}

#[test]
fn compare_names_the_titles_sharing_a_figure_once() {
    let dir = DataDir::new(&[("titles.toml", &titles_sharing_a_code(150))]);
    let compared: Vec<String> = (0..100).map(|i| format!("t{i}")).collect();
    let output = run_in_time(
        him()
            .arg("--data")
            .arg(dir.path())
            .arg("compare")
            .args(&compared),
    );
    assert!(output.status.success());
    let out = String::from_utf8(output.stdout).unwrap();
    // A title of the code that is not compared is named once, in the note under the table.
    assert_eq!(out.matches("Title 0120 of the test").count(), 1);
    assert_eq!(
        out.matches(
            "map to one occupation code (15-1211), so they share one BLS figure. It also stands for"
        )
        .count(),
        1
    );
    // Each compared title: in the title line, its column header and the note (4 MB when
    // every column named all the others).
    assert_eq!(out.matches("Title 0042 of the test").count(), 3);
    assert!(out.len() < 1_000_000, "{} bytes", out.len());
}

/// `records` titles written inline (`title = [{...}]`), then as many [[title]] tables.
fn inline_then_tables(records: usize) -> String {
    let mut text = String::from("title = [\n");
    for i in 0..records {
        let _ = writeln!(
            text,
            "  {{ id = \"inline-{i}\", name = \"Inline {i}\", field = \"him\", level = \"entry\", soc = \"29-2072\", sources = [\"him-editorial\"] }},"
        );
    }
    text.push_str("]\n\n");
    for i in 0..records {
        let _ = write!(
            text,
            "[[title]]\nid = \"table-{i}\"\nname = \"Table {i}\"\nfield = \"him\"\nlevel = \"entry\"\nsoc = \"29-2072\"\nsources = [\"him-editorial\"]\n\n"
        );
    }
    text
}

#[test]
fn records_written_inline_then_as_tables_are_refused_at_any_size() {
    // Small, the file is read whole; over 1 MiB, in pieces: the same verdict and message.
    for (records, size_check) in [(3, false), (7_000, true)] {
        let text = inline_then_tables(records);
        assert_eq!(text.len() > 1 << 20, size_check);
        let header_line = text.lines().position(|l| l == "[[title]]").unwrap() + 1;
        let dir = DataDir::new(&[("titles.toml", &text)]);
        let output = run_in_time(him().arg("check").arg(dir.path()));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{records}: {stderr:.600}");
        assert!(
            stderr.starts_with(&format!(
                "error: {}:{header_line}:3: `title` is given twice",
                dir.file("titles.toml").display()
            )),
            "{records}: {stderr:.600}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_data_directory_him_may_not_read_is_an_error_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    // Mode 000 hides everything; 644 lets the directory be listed but not entered, as a
    // directory of another user's with files him would read.
    for mode in [0o000, 0o644] {
        let dir = DataDir::new(&[]);
        let locked = dir.file("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::write(locked.join("titles.toml"), builtin("titles.toml")).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(mode)).unwrap();
        let readable_anyway = std::fs::metadata(locked.join("titles.toml")).is_ok();
        if readable_anyway {
            // Root enters any directory whatever its mode. The same error path is taken by a
            // directory under a file (the next test), which root meets too.
            eprintln!("skipped mode {mode:o}: running as root, the directory is still readable");
        } else {
            for args in [&["list", "titles"][..], &["check"]] {
                let output = run_in_time(him().arg("--data").arg(&locked).args(args));
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert_eq!(output.status.code(), Some(1), "{stderr}");
                assert!(output.stdout.is_empty());
                assert_eq!(
                    stderr,
                    format!(
                        "error: {}: cannot read the data directory: permission denied\n\
                         hint: him needs to read the data directory and its files: check their owner and permissions (`ls -ld`)\n\
                         error: the data has 1 problem\n",
                        locked.display()
                    )
                );
            }
        }
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn a_user_data_directory_under_a_file_is_an_error_naming_it() {
    // XDG_DATA_HOME names a file, so $XDG_DATA_HOME/him cannot be looked at: not "absent".
    let dir = DataDir::new(&[("not-a-directory", "a file")]);
    let home = dir.file("not-a-directory");
    let output = run_in_time(him().env("XDG_DATA_HOME", &home).args(["list", "fields"]));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(
        stderr.starts_with(&format!(
            "error: {}: cannot read the data directory: a part of the path is a file, not a directory\n",
            home.join("him").display()
        )),
        "{stderr}"
    );
}

#[test]
fn a_skill_listed_twice_is_warned_about_and_counted_once() {
    let fields = builtin("fields.toml").replacen(
        "    \"interface-design\",\n]",
        "    \"interface-design\",\n    \"database-management\",\n]",
        1,
    );
    let dir = DataDir::new(&[("fields.toml", &fields)]);
    let output = run_in_time(him().arg("--data").arg(dir.path()).args([
        "show",
        "informatics",
        "--format",
        "json",
    ]));
    assert!(output.status.success());
    let skills = json_in::<Value>(&output)["skills"].clone();
    let skills: Vec<&str> = skills
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(
        skills
            .iter()
            .filter(|s| **s == "database-management")
            .count(),
        1,
        "{skills:?}"
    );
}
