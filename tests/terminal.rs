//! him in a real terminal, in pipes and in a real shell: colour, width, closed pipes,
//! completions, the man page, help, paths and the pager.
//!
//! Terminal tests run him under `script` (util-linux), which gives it a pseudo-terminal.

mod common;

use std::process::{Command, Stdio};

use common::{DataDir, builtin, failure, him, json_of, no_user_data_home, stdout_of};
use unicode_width::UnicodeWidthStr;

fn him_path() -> String {
    assert_cmd::cargo::cargo_bin("him").display().to_string()
}

/// Quotes a word for `sh`.
fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// Whether `script` (util-linux) is there to give him a pseudo-terminal; where it is not, the
/// test that needs one says so and is skipped rather than failed.
fn has_script() -> bool {
    let found = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        eprintln!(
            "skipped: `script` (util-linux) is not installed, so there is no pseudo-terminal"
        );
    }
    found
}

/// Runs him with `args` in a pseudo-terminal `columns` wide, with `env` set, and returns what
/// the terminal received (CR LF turned into LF).
fn in_terminal(columns: u16, args: &[&str], env: &[(&str, &str)]) -> String {
    let command = format!(
        "stty cols {columns} rows 40 2>/dev/null; exec {} {}",
        quote(&him_path()),
        args.iter().map(|a| quote(a)).collect::<Vec<_>>().join(" ")
    );
    let mut script = Command::new("script");
    script.args(["-qec", &command, "/dev/null"]);
    for var in [
        "NO_COLOR",
        "FORCE_COLOR",
        "CLICOLOR_FORCE",
        "HIM_DATA_DIR",
        "COLUMNS",
        "PAGER",
        "LESS",
    ] {
        script.env_remove(var);
    }
    script.env("TERM", "xterm-256color");
    script.env("HIM_TODAY", "2026-11-25");
    // Output taller than the 40 rows would open the pager (`--pager auto`), which waits for
    // keys: a test that is not about the pager reads the text as `cat` passes it on.
    script.env("PAGER", "cat");
    script.env("XDG_DATA_HOME", no_user_data_home());
    for (key, value) in env {
        script.env(key, value);
    }
    // The terminal receives stdout and stderr alike; him's exit status is not checked here.
    let output = script
        .stdin(Stdio::null())
        .output()
        .expect("`script` (util-linux) runs; .ci/run installs it");
    String::from_utf8(output.stdout)
        .unwrap()
        .replace("\r\n", "\n")
}

fn strip_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn colour_on_a_terminal_and_never_in_a_pipe() {
    if !has_script() {
        return;
    }
    let args = ["compare", "informatics", "him"];
    assert!(
        in_terminal(100, &args, &[]).contains("\x1b["),
        "auto colours a terminal"
    );
    assert!(
        !in_terminal(100, &args, &[("NO_COLOR", "1")]).contains('\x1b'),
        "NO_COLOR=1"
    );
    assert!(
        in_terminal(100, &args, &[("NO_COLOR", "")]).contains("\x1b["),
        "an empty NO_COLOR is unset"
    );
    assert!(
        !in_terminal(100, &args, &[("TERM", "dumb")]).contains('\x1b'),
        "TERM=dumb"
    );
    let never: Vec<&str> = args.iter().copied().chain(["--color", "never"]).collect();
    assert!(
        !in_terminal(100, &never, &[]).contains('\x1b'),
        "--color never"
    );

    let piped = stdout_of(him().args(args));
    assert!(!piped.contains('\x1b'), "a pipe gets no escape codes");
    let always = stdout_of(him().args(args).args(["--color", "always"]));
    assert!(always.contains("\x1b["), "--color always colours a pipe");
    for var in ["CLICOLOR_FORCE", "FORCE_COLOR"] {
        let forced = stdout_of(him().args(args).env(var, "1"));
        assert!(forced.contains("\x1b["), "{var}=1 forces colour");
        let off = stdout_of(him().args(args).env(var, "0"));
        assert!(!off.contains('\x1b'), "{var}=0 does not");
    }
}

#[test]
fn colour_never_carries_meaning_alone() {
    // The same words with and without colour: markers and labels say it all.
    let args = ["compare", "informatics", "him", "--width", "100"];
    let plain = stdout_of(him().args(args));
    let coloured = stdout_of(him().args(args).args(["--color", "always"]));
    assert_eq!(strip_escapes(&coloured), plain);
}

#[test]
fn errors_are_coloured_on_a_terminal_only() {
    if !has_script() {
        return;
    }
    let shown = in_terminal(80, &["show", "informatcs"], &[]);
    assert!(shown.contains("\x1b["), "{shown:?}");
    assert!(
        strip_escapes(&shown).contains("error: no record is called `informatcs`"),
        "{shown}"
    );
    let output = him().args(["show", "informatcs"]).output().unwrap();
    assert!(!String::from_utf8(output.stderr).unwrap().contains('\x1b'));
}

#[test]
fn tables_fit_a_72_column_terminal() {
    if !has_script() {
        return;
    }
    for args in [
        &["compare", "informatics", "him"][..],
        &["compare", "rhia", "rhit", "chda"],
        &["list", "titles"],
        &["list", "sources"],
        &["list", "credentials"],
        &["show", "rhia"],
        &["show", "informatics"],
        &["paths"],
        &["check"],
    ] {
        let screen = strip_escapes(&in_terminal(72, args, &[]));
        for line in screen.lines() {
            assert!(
                fits_or_ends_in_an_address(line, 72),
                "`him {}`: {} columns: {line}",
                args.join(" "),
                line.width()
            );
        }
    }
}

#[test]
fn width_overrides_the_terminal_and_pipes_are_not_wrapped() {
    let narrow = stdout_of(him().args(["compare", "informatics", "him", "--width", "60"]));
    assert!(narrow.lines().all(|l| l.width() <= 60), "{narrow}");
    // A pipe has no width: a long summary stays on one line for grep.
    let piped = stdout_of(him().args(["compare", "informatics", "him"]));
    assert!(
        piped.lines().any(|l| l.width() > 150),
        "piped output was wrapped"
    );
    assert!(piped.contains(
        "Designs and builds the technology that gathers, stores and analyzes health data."
    ));
    assert_eq!(
        failure(him().args(["list", "titles", "--width", "5"])).0,
        2,
        "an out-of-range width is a usage error"
    );
}

/// Whether `line` fits in `width` columns, or runs past only with one word that has no place to
/// break (an id, a web address): him never breaks one; the terminal folds it, and it still
/// copies whole.
fn fits_or_ends_in_an_address(line: &str, width: usize) -> bool {
    let value = line.trim_end().rsplit("  ").next().unwrap_or(line).trim();
    line.width() <= width || !value.contains(' ')
}

#[test]
fn a_very_narrow_table_becomes_a_list_of_records() {
    let out = stdout_of(him().args(["list", "sources", "--width", "30"]));
    assert!(
        out.lines().all(|l| fits_or_ends_in_an_address(l, 30)),
        "{out}"
    );
    assert!(out.contains("Publisher"), "{out}");
}

#[test]
fn a_closed_pipe_in_a_real_shell_ends_quietly() {
    let mut titles = builtin("titles.toml");
    for i in 0..3000 {
        titles.push_str(&format!(
            "\n[[title]]\nid = \"extra-{i}\"\nname = \"Extra title {i}\"\nfield = \"him\"\nlevel = \"entry\"\nsoc = \"29-2072\"\nsources = [\"him-editorial\"]\n"
        ));
    }
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let script = format!(
        "set -o pipefail; {} --data {} list titles | head -1",
        quote(&him_path()),
        quote(&dir.path().display().to_string())
    );
    let output = Command::new("bash").args(["-c", &script]).output().unwrap();
    assert!(output.status.success(), "exit {:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 1);
}

#[test]
fn the_bash_completion_registers_and_completes_record_ids() {
    let script = format!(
        r#"source <({him} completions bash) || exit 1
complete -p him
COMP_WORDS=(him show rh); COMP_CWORD=2; COMP_LINE="him show rh"; COMP_POINT=${{#COMP_LINE}}
_him him rh show
echo "show: ${{COMPREPLY[*]}}"
COMP_WORDS=(him comp); COMP_CWORD=1; COMP_LINE="him comp"; COMP_POINT=${{#COMP_LINE}}
_him him comp him
echo "commands: ${{COMPREPLY[*]}}""#,
        him = quote(&him_path())
    );
    let output = Command::new("bash")
        .args(["--norc", "-c", &script])
        .env("XDG_DATA_HOME", no_user_data_home())
        .env_remove("HIM_DATA_DIR")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{:?}\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("-F _him him"), "{stdout}");
    let shown = stdout.lines().find(|l| l.starts_with("show: ")).unwrap();
    assert!(shown.contains("rhia") && shown.contains("rhit"), "{shown}");
    let commands = stdout
        .lines()
        .find(|l| l.starts_with("commands: "))
        .unwrap();
    assert!(
        commands.contains("compare") && commands.contains("completions"),
        "{commands}"
    );
}

#[test]
fn every_shell_gets_a_script() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = stdout_of(him().args(["completions", shell]));
        assert!(out.contains("compare") && out.contains("format"), "{shell}");
    }
    // Where the generator supports values of positional arguments, record ids complete too.
    for shell in ["bash", "zsh"] {
        let out = stdout_of(him().args(["completions", shell]));
        assert!(
            out.contains("rhia") && out.contains("informatics"),
            "{shell} completes ids"
        );
    }
    assert_eq!(failure(him().args(["completions", "tcsh"])).0, 2);
}

#[test]
fn the_man_page_renders() {
    let page = stdout_of(him().arg("man"));
    assert!(
        page.starts_with(".ie") || page.contains(".TH him"),
        "{page}"
    );
    let mut man = Command::new("man")
        .args(["-l", "-"])
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("`man` runs; .ci/run installs man-db");
    use std::io::Write;
    man.stdin
        .take()
        .unwrap()
        .write_all(page.as_bytes())
        .unwrap();
    let output = man.wait_with_output().unwrap();
    let rendered = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "SUBCOMMANDS"] {
        assert!(rendered.contains(section), "{section} missing:\n{rendered}");
    }
    assert!(rendered.contains("health informatics"), "{rendered}");
}

#[test]
fn help_shows_examples_and_exit_codes() {
    let help = stdout_of(him().args(["compare", "--help"]));
    assert!(
        help.contains("Examples:\n  him compare informatics him"),
        "{help}"
    );
    let top = stdout_of(him().arg("--help"));
    assert!(top.contains("Exit codes:\n  0  success"), "{top}");
    let short = stdout_of(him().arg("-h"));
    assert!(short.len() < top.len(), "-h is the short help");
    // No arguments: the help, on stderr, and a usage exit code.
    assert_eq!(failure(&mut him()).0, 2);
}

#[test]
fn paths_say_where_the_data_comes_from() {
    let json: serde_json::Value = json_of(him().arg("paths"));
    assert!(json["data_dir"].is_null());
    let expected = no_user_data_home().join("him").display().to_string();
    assert_eq!(json["user_data_dir"]["path"], expected.as_str());
    assert_eq!(json["user_data_dir"]["exists"], false);
    assert!(
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["from"] == "built-in")
    );

    // An existing user data directory is used when --data and HIM_DATA_DIR are not set.
    let home = tempfile::tempdir().unwrap();
    let mine = home.path().join("him");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("titles.toml"), builtin("titles.toml")).unwrap();
    let json: serde_json::Value = json_of(him().env("XDG_DATA_HOME", home.path()).arg("paths"));
    assert_eq!(json["data_dir"]["from"], "your data directory");
    let titles = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["file"] == "titles.toml")
        .unwrap();
    assert_eq!(
        titles["from"],
        mine.join("titles.toml").display().to_string().as_str()
    );

    // --data wins over HIM_DATA_DIR.
    let flag = DataDir::new(&[]);
    let json: serde_json::Value = json_of(
        him()
            .env("HIM_DATA_DIR", home.path())
            .arg("--data")
            .arg(flag.path())
            .arg("paths"),
    );
    assert_eq!(json["data_dir"]["from"], "--data");
}

#[test]
fn the_pager_is_used_on_a_terminal_when_asked_and_never_in_a_pipe() {
    if !has_script() {
        return;
    }
    let pager = [("PAGER", "sed 's/^/PAGED: /'")];
    let paged = in_terminal(100, &["list", "fields", "--pager", "always"], &pager);
    assert!(paged.contains("PAGED: "), "{paged}");
    let not_asked = in_terminal(100, &["list", "fields"], &pager);
    assert!(!not_asked.contains("PAGED: "), "{not_asked}");
    let piped = stdout_of(
        him()
            .args(["list", "fields", "--pager", "always"])
            .env("PAGER", "sed 's/^/PAGED: /'"),
    );
    assert!(!piped.contains("PAGED: "), "{piped}");
}

#[test]
fn long_output_opens_the_pager_by_itself_and_short_output_does_not() {
    if !has_script() {
        return;
    }
    let pager = [("PAGER", "sed 's/^/PAGED: /'")];
    // `list sources` is taller than the 40 rows of the test terminal; `list fields` is not.
    let long = in_terminal(100, &["list", "sources"], &pager);
    assert!(long.contains("PAGED: "), "{long}");
    let short = in_terminal(100, &["list", "fields"], &pager);
    assert!(!short.contains("PAGED: "), "{short}");
    let never = in_terminal(100, &["list", "sources", "--pager", "never"], &pager);
    assert!(!never.contains("PAGED: "), "{never}");
    let always = in_terminal(100, &["list", "fields", "--pager", "always"], &pager);
    assert!(always.contains("PAGED: "), "{always}");
}

#[test]
fn the_pager_option_takes_its_value_before_or_after_the_command() {
    // Without a value, --pager would take the command's name as its value: the user is told so.
    let output = him().args(["--pager", "list", "titles"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(
            "error: invalid value 'list' for '--pager <WHEN>'\n  [possible values: auto, always, never]\n"
        ),
        "{stderr}"
    );

    let titles = stdout_of(him().args(["list", "titles"]));
    assert!(titles.contains("Health informatics specialist"), "{titles}");
    for line in [
        &["--pager", "never", "list", "titles"],
        &["list", "titles", "--pager", "always"],
    ] {
        assert_eq!(
            stdout_of(him().args(line)),
            titles,
            "him {}",
            line.join(" ")
        );
    }
    if !has_script() {
        return;
    }
    let pager = [("PAGER", "sed 's/^/PAGED: /'")];
    let always = in_terminal(100, &["--pager", "always", "list", "fields"], &pager);
    assert!(always.contains("PAGED: "), "{always}");
    let never = in_terminal(100, &["--pager", "never", "list", "sources"], &pager);
    assert!(!never.contains("PAGED: "), "{never}");
    assert!(never.contains("Sources ("), "{never}");
}

#[test]
fn a_pager_that_cannot_run_loses_nothing() {
    if !has_script() {
        return;
    }
    for pager in ["him-test-no-such-pager", "false"] {
        let shown = strip_escapes(&in_terminal(
            100,
            &["list", "fields", "--pager", "always"],
            &[("PAGER", pager)],
        ));
        assert!(
            shown.contains(&format!(
                "warning: the pager `{pager}` did not show the output"
            )),
            "{shown}"
        );
        assert!(shown.contains("here it is instead"), "{shown}");
        assert!(
            shown.contains("technology tools for health data"),
            "{shown}"
        );
    }
}

/// Every command that writes stdout, run the way scripts and the shell run it.
const WRITERS: &[&[&str]] = &[
    &["--help"],
    &["--version"],
    &["list", "--help"],
    &["completions", "bash"],
    &["completions", "zsh"],
    &["completions", "fish"],
    &["completions", "powershell"],
    &["completions", "elvish"],
    &["man"],
    &["list", "titles"],
    &["list", "titles", "--format", "json"],
    &["compare", "informatics", "him", "--format", "markdown"],
    &["salary", "--format", "csv"],
    &["check"],
    &["paths"],
];

#[test]
fn a_closed_pipe_ends_every_writer_quietly() {
    for args in WRITERS {
        let mut child = Command::new(him_path())
            .args(*args)
            .env("HIM_TODAY", "2026-11-25")
            .env("XDG_DATA_HOME", no_user_data_home())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before him writes a byte.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(0), "him {args:?}");
        assert!(
            output.stderr.is_empty(),
            "him {args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_for_every_writer() {
    for args in WRITERS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(him_path())
            .args(*args)
            .env("HIM_TODAY", "2026-11-25")
            .env("XDG_DATA_HOME", no_user_data_home())
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "him {args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: could not write to stdout: "),
            "him {args:?}: {stderr}"
        );
        assert!(!stderr.contains("internal error"), "him {args:?}: {stderr}");
    }
}
