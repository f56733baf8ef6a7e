//! The command line, as clap reads it. Nothing here runs: `app` turns it into settings once and
//! dispatches to `commands`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::commands::DEFAULT_STALE_AFTER_YEARS;
use crate::data::Kind;
use crate::output::{ColorChoice, Format};
use crate::wages::Setting;

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
Everything works offline from data compiled into him; --data DIR uses your own data files \
(see `him check`).",
    after_help = "Start with: him compare informatics him",
    after_long_help = concat!(
        "Examples:\n",
        "  him compare informatics him        the two fields side by side\n",
        "  him salary --area il               pay by job title in Illinois\n",
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
    /// DIR is laid out like him's data/ folder: a file there (titles.toml, credentials.toml,
    /// oews-wages.csv ...) replaces the built-in file of the same name, and a file it lacks falls
    /// back to the built-in one. Overrides HIM_DATA_DIR.
    #[arg(long, global = true, value_name = "DIR")]
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

    /// Mark pay and outlook figures older than YEARS as stale
    ///
    /// A figure's age counts from the period it is for (May 2018, 2020-03 ...) to today. Stale
    /// figures are marked with the word "stale" wherever they appear (salary, show, compare,
    /// sources).
    #[arg(long, global = true, value_name = "YEARS", default_value_t = DEFAULT_STALE_AFTER_YEARS, value_parser = clap::value_parser!(u16).range(0..=100))]
    pub stale_after: u16,
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
    #[command(
        after_help = "Examples:\n  him list titles\n  him list titles --field him --format json\n  him list credentials"
    )]
    List(ListArgs),

    /// Show everything about one record, with its sources
    #[command(
        after_help = "Examples:\n  him show rhia\n  him show \"health informatics\"\n  him show cio --format json"
    )]
    Show(ShowArgs),

    /// Pay by job title: current BLS wages by area or work setting, and the older figures
    ///
    /// For each field, every job title with the median annual wage and the 10th-90th
    /// percentile range of its closest BLS occupation (OEWS, May 2025), a bar to scale, and the
    /// older figures the article quoted, with their sources and ages. Titles that share one
    /// occupation code share one figure, and the notes say so.
    #[command(after_help = SALARY_EXAMPLES)]
    Salary(SalaryArgs),

    /// Every source with its period and age; stale pay and outlook figures marked
    ///
    /// A source backing pay or outlook figures older than --stale-after YEARS (default 3) is
    /// marked stale.
    #[command(
        after_help = "Examples:\n  him sources\n  him sources --stale\n  him sources --stale-after 5 --format json"
    )]
    Sources(SourcesArgs),

    /// Validate a data directory (the built-in data when none is given)
    ///
    /// Exits 0 with a one-line summary when the data is clean, 1 listing every problem
    /// (file:line:column, the key, and what to do) when it is not.
    #[command(after_help = "Examples:\n  him check\n  him check ./my-data")]
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The names or ids of the records to compare, all of one kind
    #[arg(required = true, num_args = 2.., value_name = "NAME")]
    pub names: Vec<String>,

    /// The kind of record the names are, when a name is ambiguous
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// What to list
    #[arg(value_enum, value_name = "KIND")]
    pub kind: ListKind,

    /// Only records of this field (titles, specializations, credentials, courses, organizations)
    #[arg(long, value_name = "FIELD")]
    pub field: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The name, id, abbreviation or alias of the record
    #[arg(value_name = "NAME")]
    pub name: String,

    /// The kind of record, when the name is ambiguous
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,
}

const SALARY_EXAMPLES: &str = "\
Examples:
  him salary                                   every title, national figures
  him salary --field him                       the HIM titles only
  him salary --area il --area chicago          Illinois and the Chicago metro area side by side
  him salary --area national --area illinois   the nation next to Illinois
  him salary --setting hospitals --setting physician-offices
  him salary --title cio --real 2025           the CIO figures in 2025 dollars
  him salary --format json | jq '.fields[].titles[] | {id, median: .wages[0].median.nominal}'";

#[derive(Debug, Args)]
pub struct SalaryArgs {
    /// Only the titles of this field
    #[arg(long, value_name = "FIELD")]
    pub field: Option<String>,

    /// Only this title (repeat for several)
    #[arg(long, value_name = "TITLE")]
    pub title: Vec<String>,

    /// A state, metro area or `national` (repeat to set areas side by side)
    ///
    /// A state by name or postal code (`illinois`, `il`), a metro or nonmetropolitan area by
    /// its name or part of it (`chicago`, `"springfield, il"`), a BLS area code, or `national`.
    /// An exact state name or code wins over part of a metro name: `washington` is the state.
    #[arg(long, value_name = "AREA")]
    pub area: Vec<String>,

    /// National figures in one work setting (repeat to set settings side by side)
    ///
    /// BLS publishes wages by work setting (industry) for the nation only, so --setting cannot
    /// be combined with a state or metro --area.
    #[arg(long, value_enum, value_name = "SETTING")]
    pub setting: Vec<Setting>,

    /// Show every figure in dollars of YEAR (CPI-U annual averages)
    ///
    /// A figure of year P becomes figure × CPI(YEAR) / CPI(P), rounded to the dollar; YEAR must
    /// have a CPI-U annual average. JSON then carries both `nominal` and `real`.
    #[arg(long, value_name = "YEAR")]
    pub real: Option<u16>,
}

#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Only the sources whose pay or outlook figures are stale
    #[arg(long)]
    pub stale: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The data directory to check; the built-in data when omitted
    #[arg(value_name = "DIR")]
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

    #[test]
    fn exit_codes_and_environment_are_documented() {
        let help = Cli::command().render_long_help().to_string();
        assert!(help.contains(EXIT_CODES), "{help}");
        assert!(help.contains(ENVIRONMENT), "{help}");
    }
}
