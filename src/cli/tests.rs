//! Unit tests of `cli/mod.rs`.

use super::*;
use clap::CommandFactory;

#[test]
fn the_command_line_definition_is_consistent() {
    Cli::command().debug_assert();
}

/// Every command and every argument explains itself twice: a one-line help for `-h`, and a
/// longer one for `--help`.
#[test]
fn every_command_and_flag_has_a_short_and_a_long_help() {
    fn visit(command: &clap::Command, path: &str) {
        let path = format!("{path} {}", command.get_name());
        assert!(
            command.get_about().is_some(),
            "`{path}` has no one-line help"
        );
        if command.get_name() != "him" && command.get_name() != "help" {
            assert!(
                command.get_long_about().is_some(),
                "`{path}` has no long help"
            );
            assert!(
                command
                    .get_after_help()
                    .is_some_and(|h| h.to_string().contains("Examples:")),
                "`{path}` shows no examples"
            );
        }
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            assert!(
                arg.get_help().is_some(),
                "`{path} {id}` has no one-line help"
            );
            assert!(
                arg.get_long_help().is_some(),
                "`{path} {id}` has no long help"
            );
        }
        for sub in command.get_subcommands() {
            visit(sub, &path);
        }
    }
    visit(&Cli::command(), "");
}

/// The one-command definitions `Cli::read` uses cover every command, with the same
/// arguments as the whole definition.
#[test]
fn each_one_command_definition_matches_the_whole_one() {
    fn arguments(command: &clap::Command) -> Vec<String> {
        let mut arguments: Vec<String> = command
            .get_arguments()
            .map(|arg| {
                format!(
                    "{} {:?} {:?} {:?} {:?} {:?} {} {:?}",
                    arg.get_id(),
                    arg.get_long(),
                    arg.get_short(),
                    arg.get_num_args(),
                    arg.get_action(),
                    arg.get_default_values(),
                    arg.is_global_set(),
                    arg.get_value_names(),
                )
            })
            .collect();
        arguments.sort();
        arguments
    }
    let mut whole = Cli::command();
    whole.build();
    let mut names = Vec::new();
    for command in whole.get_subcommands().filter(|c| c.get_name() != "help") {
        let name = command.get_name();
        names.push(name);
        let mut only = Cli::with_only(name).unwrap_or_else(|| panic!("no definition of `{name}`"));
        only.build();
        let others = only.get_subcommands().filter(|c| c.get_name() != "help");
        assert_eq!(others.count(), 1, "`{name}`");
        let one = only.find_subcommand(name).unwrap();
        assert_eq!(arguments(one), arguments(command), "`{name}`");
        // The root's own --version is never read there: a line that starts with it does
        // not start with a command's name.
        let mut global = arguments(&whole);
        global.retain(|arg| !arg.starts_with("version "));
        assert_eq!(arguments(&only), global, "global options, `{name}`");
    }
    assert_eq!(names.len(), 18, "{names:?}");
    assert!(Cli::with_only("help").is_none());
    assert!(Cli::with_only("lst").is_none());
}

/// What `Cli::read` returns is what the whole definition alone returns, and errors (help
/// among them) are the whole definition's.
#[test]
fn reading_with_one_command_gives_what_the_whole_definition_gives() {
    fn whole(line: &[&str]) -> String {
        let args = std::iter::once("him").chain(line.iter().copied());
        match Cli::try_parse_from(args) {
            Ok(cli) => format!("{cli:?}"),
            Err(err) => format!("{:?}: {}", err.kind(), err.render()),
        }
    }
    fn read(line: &[&str]) -> String {
        let args = std::iter::once("him").chain(line.iter().copied());
        match Cli::read(args.map(OsString::from).collect()) {
            Ok(cli) => format!("{cli:?}"),
            Err(err) => format!("{:?}: {}", err.kind(), err.render()),
        }
    }
    let lines: &[&[&str]] = &[
        &["compare", "informatics", "him"],
        &[
            "compare", "rhia", "rhit", "chda", "--format", "json", "--width", "90",
        ],
        &["list", "titles", "--field", "him", "--format", "csv"],
        &[
            "list",
            "title",
            "--color",
            "always",
            "--stale-after",
            "5",
            "--pager",
            "always",
        ],
        &["--format", "json", "list", "titles"],
        &["--pager", "never", "list", "titles"],
        &["show", "rhia", "--data", "some/dir"],
        &[
            "salary", "--area", "il", "--area", "chicago", "--real", "2025",
        ],
        &["salary", "--setting", "hospitals", "--title", "cio"],
        &["ladder", "informatics", "him"],
        &["fit", "--skills", "sql, policy"],
        &["search", "coding", "cahiim"],
        &["sources", "--stale"],
        &["credentials", "--requires", "cahiim", "--strict"],
        &[
            "eligible",
            "--degree",
            "bachelor",
            "--program",
            "him",
            "--accredited-by",
            "cahiim",
        ],
        &[
            "eligible",
            "--holds",
            "rhia",
            "--holds",
            "rhit",
            "--years",
            "2",
            "--license",
            "rn",
        ],
        &[
            "plan",
            "--to",
            "him director",
            "--degree",
            "associate",
            "--experience",
            "coding=3",
            "--holds",
            "cca",
            "--area",
            "chicago",
        ],
        &["plan", "--from", "cio", "--to", "him-director"],
        &["plan", "--degree", "bachelor"],
        &["check", "./my-data"],
        &["init", "dir", "--force"],
        &[
            "import", "oews", "a.zip", "b.zip", "--soc", "15-1252", "--force",
        ],
        &["import", "cpi", "cu.data.1.AllItems", "--data", "d"],
        &["import", "oews"],
        &["import"],
        &["paths"],
        &["completions", "bash"],
        &["man"],
        // Errors and help: the whole definition's words.
        &["list"],
        &["list", "titles", "--help"],
        &["compare", "-h"],
        &["list", "titles", "--version"],
        &["list", "titels"],
        &["salary", "--real", "nineteen"],
        &["eligible", "--degree", "phd"],
        &["paths", "extra"],
        &["lst", "titles"],
        &["help", "list"],
        &["--version"],
        &["list", "titles", "--pager"],
        &["--pager", "list", "list"],
        &[],
    ];
    for line in lines {
        assert_eq!(read(line), whole(line), "him {}", line.join(" "));
    }
}

/// An option that took a command's name, or any word, as its value is what `Cli::read`
/// reports, not the argument clap could not place after it.
#[test]
fn a_bad_value_is_reported_before_the_argument_after_it() {
    fn error(line: &[&str]) -> String {
        let args = std::iter::once("him").chain(line.iter().copied());
        let err = Cli::read(args.map(OsString::from).collect()).unwrap_err();
        err.render().to_string()
    }
    let cases: &[(&[&str], &str)] = &[
        (
            &["--pager", "list", "titles"],
            "error: invalid value 'list' for '--pager <WHEN>'\n  [possible values: auto, always, never]\n",
        ),
        (
            &["--color", "list", "titles"],
            "error: invalid value 'list' for '--color <WHEN>'\n  [possible values: auto, always, never]\n",
        ),
        (
            &["--pager", "list", "--width", "80", "titles"],
            "error: invalid value 'list' for '--pager <WHEN>'",
        ),
        (
            &["--pager", "lst", "--frob"],
            "error: invalid value 'lst' for '--pager <WHEN>'",
        ),
        (
            &["--width", "wide", "frob"],
            "error: invalid value 'wide' for '--width <COLUMNS>'",
        ),
        // `titles` stands twice: the first time as --data's value, which is no error.
        (
            &["--data", "titles", "--pager", "list", "titles"],
            "error: invalid value 'list' for '--pager <WHEN>'",
        ),
        // Nothing wrong before the unknown word: clap's own error stands.
        (
            &["--pager", "never", "frob"],
            "error: unrecognized subcommand 'frob'",
        ),
        (
            &["--data", "titles", "frob"],
            "error: unrecognized subcommand 'frob'",
        ),
        (&["frob", "titles"], "error: unrecognized subcommand 'frob'"),
    ];
    for (line, expected) in cases {
        let shown = error(line);
        assert!(
            shown.starts_with(expected),
            "him {}:\n{shown}",
            line.join(" ")
        );
    }
}

#[test]
fn exit_codes_and_environment_are_documented() {
    let help = Cli::command().render_long_help().to_string();
    assert!(help.contains(EXIT_CODES), "{help}");
    assert!(help.contains(ENVIRONMENT), "{help}");
}
