//! The command line, as clap reads it. Nothing here runs: `app` turns it into settings once and
//! dispatches to `commands`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::data::Kind;
use crate::output::{ColorChoice, Format};

#[cfg(test)]
const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  nothing found, or a problem in the data (him check lists every one)
  2  usage error: an unknown name, a bad value or flag";

#[cfg(test)]
const ENVIRONMENT: &str = "\
Environment:
  HIM_DATA_DIR   a data directory to use when --data is not given
  XDG_DATA_HOME  your data directory is $XDG_DATA_HOME/him (else ~/.local/share/him)
  PAGER          the pager for --pager (default: less -R -F)
  NO_COLOR       when set and not empty, no colour in auto mode
  CLICOLOR_FORCE, FORCE_COLOR   when set (not 0), colour even in a pipe";

#[derive(Debug, Parser)]
#[command(
    name = "him",
    version,
    about = "Compare health informatics and health information management careers",
    long_about = "Compare two healthcare data careers, health informatics and health information \
management (HIM): what the work is, the skills and job titles, pay with its source and date, \
outlook, credentials and which of them need a CAHIIM-accredited degree, and courses.\n\n\
Everything works offline from data compiled into him; --data DIR uses your own TOML files \
(see `him check`).",
    after_help = "Start with: him compare informatics him",
    after_long_help = concat!(
        "Examples:\n",
        "  him compare informatics him        the two fields side by side\n",
        "  him list titles --field him        the HIM job titles\n",
        "  him show rhia                      one credential, with its eligibility paths\n",
        "  him check ./my-data                validate your own data directory\n",
        "\n",
        "Exit codes:\n",
        "  0  success\n",
        "  1  nothing found, or a problem in the data (him check lists every one)\n",
        "  2  usage error: an unknown name, a bad value or flag\n",
        "\n",
        "Environment:\n",
        "  HIM_DATA_DIR   a data directory to use when --data is not given\n",
        "  XDG_DATA_HOME  your data directory is $XDG_DATA_HOME/him (else ~/.local/share/him)\n",
        "  PAGER          the pager for --pager (default: less -R -F)\n",
        "  NO_COLOR       when set and not empty, no colour in auto mode\n",
        "  CLICOLOR_FORCE, FORCE_COLOR   when set (not 0), colour even in a pipe"
    ),
    arg_required_else_help = true,
    max_term_width = 100,
    help_expected = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Use the data files in DIR in place of the built-in ones
    ///
    /// DIR is laid out like him's data/ folder: a file there (titles.toml, credentials.toml ...)
    /// replaces the built-in file of the same name, and a file it lacks falls back to the
    /// built-in one. Overrides HIM_DATA_DIR and your data directory (see `him paths`).
    #[arg(long, global = true, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub data: Option<PathBuf>,

    /// Output format: table, json, csv or markdown
    ///
    /// table is for people; json, csv and markdown are for scripts, spreadsheets and documents
    /// and never carry colour.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table, value_name = "FORMAT")]
    pub format: Format,

    /// When to use colour: auto, always or never
    ///
    /// auto colours only when stdout is a terminal, NO_COLOR is unset or empty and TERM is not
    /// dumb; CLICOLOR_FORCE or FORCE_COLOR turn it on in a pipe.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Fit tables to COLUMNS characters
    ///
    /// By default tables fit the terminal, and output to a pipe is not wrapped.
    #[arg(long, global = true, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=1000))]
    pub width: Option<u16>,

    /// Show long output through a pager
    ///
    /// Uses $PAGER, or `less -R -F` (which quits at once when the output fits on one screen).
    /// Only when stdout is a terminal: piped output is never paged.
    #[arg(long, global = true)]
    pub pager: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show two or more fields, titles or credentials side by side
    ///
    /// For list rows (skills, titles, credentials ...) each value is marked: `=` when every
    /// compared entity has it, `+` when some others share it, `•` when only this one has it.
    #[command(
        after_help = "Examples:\n  him compare informatics him\n  him compare rhia rhit chda\n  him compare \"health informatics specialist\" \"him analyst\""
    )]
    Compare(CompareArgs),

    /// List fields, titles, credentials and the other kinds of records
    ///
    /// One row per record, in the order of the data (titles by field, then up the career
    /// ladder). `--format json` gives every key of each record, as docs/DATA.md describes.
    #[command(
        after_help = "Examples:\n  him list titles\n  him list titles --field him --format json\n  him list credentials"
    )]
    List(ListArgs),

    /// Show everything about one record, with its sources
    ///
    /// For a credential: its eligibility paths, exam, renewal and fees, and whether it needs a
    /// CAHIIM-accredited program; for a field: everything `him compare` shows, for one field.
    /// Each fact says where it comes from and how sure it is.
    #[command(
        after_help = "Examples:\n  him show rhia\n  him show \"health informatics\"\n  him show cio --format json"
    )]
    Show(ShowArgs),

    /// Validate a data directory (the built-in data when none is given)
    ///
    /// Exits 0 with a one-line summary when the data is clean, 1 listing every problem
    /// (file:line:column, the key, and what to do) when it is not.
    #[command(after_help = "Examples:\n  him check\n  him check ./my-data")]
    Check(CheckArgs),

    /// Show where him's data comes from and where your own data directory goes
    ///
    /// Lists the data directory in use (from --data, HIM_DATA_DIR or your data directory), your
    /// data directory ($XDG_DATA_HOME/him, else ~/.local/share/him; used when it exists), and
    /// where each data file is read from.
    #[command(after_help = "Examples:\n  him paths\n  him paths --format json")]
    Paths,

    /// Print a shell completion script
    ///
    /// The script completes commands, flags, and the ids of fields, titles, credentials and the
    /// other records for name arguments. Load it in the shell's start-up file.
    #[command(
        after_help = "Examples:\n  source <(him completions bash)              # bash, this session\n  him completions zsh > ~/.zfunc/_him          # zsh\n  him completions fish > ~/.config/fish/completions/him.fish"
    )]
    Completions(CompletionsArgs),

    /// Print the man page (roff), for `man -l`
    ///
    /// Packagers install it as him.1; to read it now: `him man | man -l -`.
    #[command(
        after_help = "Examples:\n  him man | man -l -\n  him man > /usr/local/share/man/man1/him.1"
    )]
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell: bash, zsh, fish, powershell or elvish
    ///
    /// Each script is generated from the same definition of the command line, so it always
    /// matches this version of him.
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The names or ids of the records to compare, all of one kind
    ///
    /// A name is an id, a name, an abbreviation or an alias, in any case: `informatics`, `HI`
    /// and `health informatics` are the same field.
    #[arg(required = true, num_args = 2.., value_name = "NAME")]
    pub names: Vec<String>,

    /// The kind of record the names are, when a name is ambiguous
    ///
    /// Without it, him uses the first kind every name belongs to, trying fields, titles,
    /// credentials, specializations, organizations, courses and skills in that order.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// What to list
    ///
    /// fields, specializations, titles, credentials, organizations, courses, skills or sources
    /// (the singular works too).
    #[arg(value_enum, value_name = "KIND")]
    pub kind: ListKind,

    /// Only records of this field (titles, specializations, credentials, courses, organizations)
    ///
    /// FIELD is any name of a field: `informatics`, `hi`, `him`, `health information
    /// management` ... For skills, the skills and workflows the field expects.
    #[arg(long, value_name = "FIELD")]
    pub field: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The name, id, abbreviation or alias of the record
    ///
    /// Any kind of record: a field, specialization, title, credential, organization, course,
    /// skill or source (by id). Case, spaces and hyphens do not matter.
    #[arg(value_name = "NAME")]
    pub name: String,

    /// The kind of record, when the name is ambiguous
    ///
    /// When a name belongs to records of several kinds him lists them; --kind picks one.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The data directory to check; the built-in data when omitted
    ///
    /// Files DIR lacks are taken from the built-in data, as every command does, so the check is
    /// of exactly what `him --data DIR ...` would use.
    #[arg(value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

/// A kind of record, named in the singular.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Field,
    Specialization,
    Title,
    Credential,
    Organization,
    Course,
    Skill,
    Source,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Kind {
        match kind {
            KindArg::Field => Kind::Field,
            KindArg::Specialization => Kind::Specialization,
            KindArg::Title => Kind::Title,
            KindArg::Credential => Kind::Credential,
            KindArg::Organization => Kind::Organization,
            KindArg::Course => Kind::Course,
            KindArg::Skill => Kind::Skill,
            KindArg::Source => Kind::Source,
        }
    }
}

/// A kind of record to list, named in the plural.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListKind {
    #[value(alias = "field")]
    Fields,
    #[value(alias = "specialization")]
    Specializations,
    #[value(alias = "title")]
    Titles,
    #[value(alias = "credential")]
    Credentials,
    #[value(alias = "organization", alias = "orgs")]
    Organizations,
    #[value(alias = "course")]
    Courses,
    #[value(alias = "skill")]
    Skills,
    #[value(alias = "source")]
    Sources,
}

impl From<ListKind> for Kind {
    fn from(kind: ListKind) -> Kind {
        match kind {
            ListKind::Fields => Kind::Field,
            ListKind::Specializations => Kind::Specialization,
            ListKind::Titles => Kind::Title,
            ListKind::Credentials => Kind::Credential,
            ListKind::Organizations => Kind::Organization,
            ListKind::Courses => Kind::Course,
            ListKind::Skills => Kind::Skill,
            ListKind::Sources => Kind::Source,
        }
    }
}

#[cfg(test)]
mod tests {
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

    #[test]
    fn exit_codes_and_environment_are_documented() {
        let help = Cli::command().render_long_help().to_string();
        assert!(help.contains(EXIT_CODES), "{help}");
        assert!(help.contains(ENVIRONMENT), "{help}");
    }
}
