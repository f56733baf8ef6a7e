//! Hostile strings and bad command lines: a name holding terminal escape codes never reaches the
//! terminal raw in any output format or message, and no command line makes him panic.

mod common;

use common::{DataDir, builtin, failure, him, json_in, run_on};

/// Every kind of character that can act on a terminal: ESC with a colour (CSI), an OSC that
/// retitles the window ended by BEL, a C1 CSI (U+009B), DEL, a right-to-left override and an
/// isolate, and a Unicode line separator.
const HOSTILE: &str =
    "\u{1b}[31mred\u{1b}]0;pwned\u{7} \u{9b}2J \u{7f}\u{202e}desrever\u{2066}\u{2028}end";

/// The same, written as TOML escapes.
fn toml_escaped(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c.to_string()
            } else {
                format!("\\u{:04X}", u32::from(c))
            }
        })
        .collect()
}

/// A data directory with one title whose name, summary and note are hostile.
fn hostile_data() -> DataDir {
    let escaped = toml_escaped(HOSTILE);
    let mut titles = builtin("titles.toml");
    titles.push_str(&format!(
        "\n[[title]]\nid = \"hostile\"\nname = \"Clerk {escaped}\"\nfield = \"him\"\nlevel = \"entry\"\nsoc = \"29-2072\"\nsummary = \"Summary {escaped}\"\nnote = \"Note {escaped}\"\nsources = [\"article-2020\"]\n"
    ));
    DataDir::new(&[("titles.toml", &titles)])
}

/// The characters of `text` that must never reach a terminal.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
        })
        .collect()
}

#[test]
fn hostile_names_are_shown_escaped_in_every_format() {
    let dir = hostile_data();
    for format in ["table", "markdown", "csv", "json"] {
        for command in [
            vec!["list", "titles"],
            vec!["show", "hostile"],
            vec!["compare", "hostile", "health-information-technician"],
            vec!["ladder", "him"],
            vec!["search", "clerk"],
        ] {
            for color in ["never", "always"] {
                let mut args = command.clone();
                args.extend(["--format", format, "--color", color, "--width", "120"]);
                let output = run_on(dir.path(), &args);
                assert!(output.status.success(), "{args:?}");
                let stdout = String::from_utf8(output.stdout).unwrap();
                // Colour codes are him's own ESC; the data's must not be among them.
                let data_part = stdout.replace("\u{1b}[0m", "");
                let without_styles = strip_sgr(&data_part);
                assert_eq!(
                    raw_controls(&without_styles),
                    Vec::<char>::new(),
                    "{args:?}:\n{stdout}"
                );
                assert!(!stdout.contains("pwned\u{7}"), "{args:?}");
                // Markdown escapes the backslashes and brackets of the visible form in turn.
                // A drawing (the ladder) is a code block in Markdown: nothing to escape there.
                let shown = match format {
                    "json" => r"\u001b[31mred\u001b]0;pwned\u0007",
                    "markdown" if command[0] != "ladder" => r"\\x1b\[31mred\\x1b\]0;pwned\\x07",
                    _ => r"\x1b[31mred\x1b]0;pwned\x07",
                };
                // `show` has no table, so its CSV holds nothing to check.
                if !(format == "csv" && command[0] == "show") {
                    assert!(stdout.contains(shown), "{args:?}:\n{stdout}");
                }
            }
        }
    }
}

/// Removes the colour codes him itself writes (`ESC [ digits ; ... m`).
fn strip_sgr(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            let mut code = String::new();
            chars.next();
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
                code.push(d);
            }
            // him's own codes are all digits and semicolons; anything else stays visible.
            if !code.chars().all(|d| d.is_ascii_digit() || d == ';') {
                out.push('\u{1b}');
                out.push('[');
                out.push_str(&code);
                out.push('m');
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn hostile_json_is_escaped_and_reads_back_the_same() {
    let dir = hostile_data();
    let output = run_on(dir.path(), &["show", "hostile", "--format", "json"]);
    assert!(output.status.success());
    let stdout = std::str::from_utf8(&output.stdout).unwrap();
    assert_eq!(raw_controls(stdout), Vec::<char>::new(), "{stdout}");
    assert!(
        stdout.contains(
            r"\u001b[31mred\u001b]0;pwned\u0007 \u009b2J \u007f\u202edesrever\u2066\u2028end"
        ),
        "{stdout}"
    );
    let json: serde_json::Value = json_in(&output);
    assert_eq!(json["name"], format!("Clerk {HOSTILE}"));
    assert_eq!(json["summary"], format!("Summary {HOSTILE}"));
}

#[test]
fn a_hostile_name_typed_on_the_command_line_is_shown_escaped() {
    for args in [
        vec!["show", HOSTILE],
        vec!["compare", HOSTILE, "him"],
        vec!["list", "titles", "--field", HOSTILE],
        vec!["show", HOSTILE, "--kind", "title"],
        vec!["eligible", "--holds", HOSTILE],
        vec!["eligible", "--credential", HOSTILE],
        vec!["credentials", "--requires", HOSTILE],
        vec!["ladder", HOSTILE],
    ] {
        let (code, stderr) = failure(him().args(&args));
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(raw_controls(&stderr), Vec::<char>::new(), "{stderr}");
        assert!(
            stderr.contains(r"is called `\x1b[31mred\x1b]0;pwned\x07 \x9b2J \x7f\u{202e}desrever\u{2066}\u{2028}end`"),
            "{stderr}"
        );
    }
}

#[test]
fn a_hostile_value_for_a_flag_is_not_echoed_raw() {
    for args in [
        vec!["--width", HOSTILE, "list", "fields"],
        vec!["--format", HOSTILE, "list", "fields"],
        vec!["list", HOSTILE],
        vec!["show", "him", "--kind", HOSTILE],
    ] {
        let (code, stderr) = failure(him().args(&args));
        assert_eq!(code, 2, "{args:?}");
        assert_eq!(raw_controls(&stderr), Vec::<char>::new(), "{stderr}");
        assert!(stderr.starts_with("error: invalid value '"), "{stderr}");
    }
}

#[test]
fn a_hostile_data_directory_name_is_shown_escaped() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data\u{1b}]0;pwned\u{7}");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("titles.toml"), "[[title]]\nid = 5\n").unwrap();
    let (code, stderr) = failure(him().arg("check").arg(&dir));
    assert_eq!(code, 1);
    assert_eq!(raw_controls(&stderr), Vec::<char>::new(), "{stderr}");
    assert!(
        stderr.contains(r"data\x1b]0;pwned\x07/titles.toml:2:6:"),
        "{stderr}"
    );
}

#[test]
fn hostile_check_problems_are_escaped_in_json() {
    let dir = DataDir::new(&[(
        "titles.toml",
        "[[title]]\nid = \"x\\u001B[2J\\u009B\"\nname = \"X\"\nfield = \"him\"\nlevel = \"entry\"\nsoc = \"29-2072\"\nsources = [\"article-2020\"]\n",
    )]);
    let output = him()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = std::str::from_utf8(&output.stdout).unwrap();
    assert_eq!(raw_controls(stdout), Vec::<char>::new(), "{stdout}");
    let json: serde_json::Value = json_in(&output);
    assert_eq!(
        json["problems"][0]["message"],
        "id `x\u{1b}[2J\u{9b}` is not lowercase kebab-case"
    );
}

#[test]
fn empty_and_blank_names_are_usage_errors() {
    for args in [
        vec!["show", ""],
        vec!["show", "   "],
        vec!["show", "-", "--kind", "title"],
        vec!["compare", "", "him"],
        vec!["list", "titles", "--field", ""],
    ] {
        let (code, stderr) = failure(him().args(&args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: an empty name names nothing")
                || stderr.starts_with("error: no title is called `-`"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_very_long_name_is_answered_at_once_and_echoed_short() {
    let long = "informatics ".repeat(10_000);
    let (code, stderr) = failure(him().args(["show", &long]));
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with(&format!(
            "error: no record is called `{}… (120000 characters)`\n",
            &long[..60]
        )),
        "{stderr:.300}"
    );
    assert!(stderr.len() < 500, "{stderr:.300}");
    let (code, stderr) = failure(him().args(["compare", "him", &long]));
    assert_eq!(code, 2);
    assert!(stderr.len() < 500, "{stderr:.300}");
}

#[test]
fn out_of_range_numbers_are_usage_errors() {
    for (width, message) in [
        ("0", "0 is not in 20..=1000"),
        ("19", "19 is not in 20..=1000"),
        ("1001", "1001 is not in 20..=1000"),
        (
            "99999999999999999999",
            "number too large to fit in target type",
        ),
        ("12.5", "invalid digit found in string"),
        ("", "invalid value '' for '--width <COLUMNS>'"),
    ] {
        let (code, stderr) = failure(him().args(["list", "fields", "--width", width]));
        assert_eq!(code, 2, "{width}: {stderr}");
        assert!(stderr.contains(message), "{width}: {stderr}");
    }
    let (code, stderr) = failure(him().args(["list", "fields", "--width", "-1"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("unexpected argument '-1'"), "{stderr}");
}

#[test]
fn conflicting_and_repeated_flags_are_usage_errors() {
    for (args, message) in [
        (
            vec!["--format", "json", "--format", "csv", "list", "fields"],
            "the argument '--format <FORMAT>' cannot be used multiple times",
        ),
        (
            vec!["--data", "data", "check", "tests"],
            "error: `him check` was given two directories: tests and --data data",
        ),
        (
            vec!["list", "fields", "--field", "him"],
            "error: --field does not apply to fields",
        ),
        (
            vec!["compare", "him", "informatics", "--kind", "source"],
            "error: source records do not compare",
        ),
        (
            vec!["compare", "him", "him"],
            "is named twice: compare needs different records",
        ),
        (
            vec!["compare", "him"],
            "2 values required by '<NAME> <NAME>...'; only 1 was provided",
        ),
        (
            vec!["--data", "", "list", "fields"],
            "a value is required for '--data <DIR>'",
        ),
        (vec!["frobnicate"], "unrecognized subcommand 'frobnicate'"),
        (vec!["show", "him", "extra"], "unexpected argument 'extra'"),
    ] {
        let (code, stderr) = failure(him().args(&args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn the_same_directory_twice_is_no_conflict() {
    let output = him()
        .args(["--data", "data", "check", "data"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(output.status.success());
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::OsStr::from_bytes(b"rh\xffia");
    let (code, stderr) = failure(him().arg("show").arg(name));
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: invalid UTF-8 was detected in one or more arguments"),
        "{stderr}"
    );
}
