//! The command line: its definition, and `Cli::read`, which reads one with clap. Nothing else
//! runs here: `app` turns the result into settings once and dispatches to `commands`. The
//! arguments of each group of commands are in `records`, `pay`, `person` and `import`.

mod import;
mod pay;
mod person;
mod records;

pub use import::*;
pub use pay::*;
pub use person::*;
pub use records::*;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueHint};

use crate::domain::DEFAULT_STALE_AFTER_YEARS;
use crate::output::{ColorChoice, Format, PagerChoice};

#[cfg(test)]
const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  a problem in the data (him check lists every one),
     or output that could not be written
  2  usage error: an unknown name, a bad value or flag
  3  nothing found: a search with no hit, a filter that leaves nothing";

#[cfg(test)]
const ENVIRONMENT: &str = "\
Environment:
  HIM_DATA_DIR   a data directory to use when --data is not given
  XDG_DATA_HOME  your data directory is $XDG_DATA_HOME/him (else ~/.local/share/him)
  PAGER          the pager for long output (default: less -FRX)
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
        "  him ladder informatics him         the two career ladders, with pay at each step\n",
        "  him where \"him analyst\" --in il    where the jobs are, by metro area of Illinois\n",
        "  him fit --skills \"sql, policy\"     which field your skills fit, and what is missing\n",
        "  him search cahiim                  every record that mentions CAHIIM\n",
        "  him list titles --field him        the HIM job titles\n",
        "  him show rhia                      one credential, with its eligibility paths\n",
        "  him credentials --requires cahiim  which credentials need CAHIIM\n",
        "  him eligible --degree bachelor --program him --accredited-by cahiim\n",
        "                                     which credentials you can sit now\n",
        "  him plan --to \"HIM director\" --degree associate --holds cca\n",
        "                                     the steps to the job you want\n",
        "  him check ./my-data                validate your own data directory\n",
        "\n",
        "Exit codes:\n",
        "  0  success\n",
        "  1  a problem in the data (him check lists every one),\n",
        "     or output that could not be written\n",
        "  2  usage error: an unknown name, a bad value or flag\n",
        "  3  nothing found: a search with no hit, a filter that leaves nothing\n",
        "\n",
        "Environment:\n",
        "  HIM_DATA_DIR   a data directory to use when --data is not given\n",
        "  XDG_DATA_HOME  your data directory is $XDG_DATA_HOME/him (else ~/.local/share/him)\n",
        "  PAGER          the pager for long output (default: less -FRX)\n",
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

    #[command(flatten)]
    pub global: GlobalArgs,
}

impl Cli {
    /// Reads a command line (the program's name first).
    ///
    /// clap builds every argument of every command in the definition it is given, and for a
    /// short run that costs more than the run's own work (BENCHMARKS.md). So a line that starts
    /// with a command's name (`him list titles`) is read against a definition holding only that
    /// command and the global options, built from the same argument structs. Anything else,
    /// and any error (help and version among them), is read again against the whole definition,
    /// so what clap prints is the same either way.
    pub fn read(args: Vec<OsString>) -> Result<Cli, clap::Error> {
        let first = args.get(1).and_then(|name| name.to_str());
        if let Some(mut definition) = first.and_then(Cli::with_only) {
            let read = definition
                .try_get_matches_from_mut(&args)
                .and_then(|matches| Cli::from_arg_matches(&matches));
            if let Ok(cli) = read {
                return Ok(cli);
            }
        }
        let mut whole = Cli::command();
        whole
            .try_get_matches_from_mut(&args)
            .map_err(|err| Cli::bad_value_before(&mut whole, &args, &err).unwrap_or(err))
            .and_then(|matches| Cli::from_arg_matches(&matches))
    }

    /// The error of an option's value that comes before the argument `err` is about, if there
    /// is one.
    ///
    /// clap checks an option's value only once it has placed the argument after it, and when
    /// that argument has no place its error hides the value's: `him --pager list titles` takes
    /// `list` as the pager's value and then reports "unrecognized subcommand 'titles'". Read up
    /// to that argument, the line shows the error that comes first, the one the user must fix:
    /// "invalid value 'list' for '--pager <WHEN>'", with the possible values.
    fn bad_value_before(
        definition: &mut clap::Command,
        args: &[OsString],
        err: &clap::Error,
    ) -> Option<clap::Error> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let unplaced = match err.kind() {
            ErrorKind::InvalidSubcommand => err.get(ContextKind::InvalidSubcommand),
            ErrorKind::UnknownArgument => err.get(ContextKind::InvalidArg),
            _ => None,
        };
        let Some(ContextValue::String(unplaced)) = unplaced else {
            return None;
        };
        // The same word may stand earlier in the line (as another option's value): each place
        // it stands is tried, and only an error about a value that was given is taken.
        (1..args.len())
            .filter(|&at| args[at] == unplaced.as_str())
            .find_map(|at| {
                let earlier = definition.try_get_matches_from_mut(&args[..at]).err()?;
                let is_bad_value = match earlier.kind() {
                    ErrorKind::ValueValidation => true,
                    ErrorKind::InvalidValue => matches!(
                        earlier.get(ContextKind::InvalidValue),
                        Some(ContextValue::String(value)) if !value.is_empty()
                    ),
                    _ => false,
                };
                is_bad_value.then_some(earlier)
            })
    }

    /// The definition with one command, `name`, and the global options; `None` for a name that
    /// is not a command's.
    fn with_only(name: &str) -> Option<clap::Command> {
        use clap::Command as Definition;
        let command = match name {
            "compare" => CompareArgs::augment_args(Definition::new("compare")),
            "list" => ListArgs::augment_args(Definition::new("list")),
            "show" => ShowArgs::augment_args(Definition::new("show")),
            "salary" => SalaryArgs::augment_args(Definition::new("salary")),
            "ladder" => LadderArgs::augment_args(Definition::new("ladder")),
            "where" => WhereArgs::augment_args(Definition::new("where")),
            "fit" => FitArgs::augment_args(Definition::new("fit")),
            "search" => SearchArgs::augment_args(Definition::new("search")),
            "sources" => SourcesArgs::augment_args(Definition::new("sources")),
            "credentials" => CredentialsArgs::augment_args(Definition::new("credentials")),
            "eligible" => EligibleArgs::augment_args(Definition::new("eligible")),
            "plan" => PlanArgs::augment_args(Definition::new("plan")),
            "check" => CheckArgs::augment_args(Definition::new("check")),
            "init" => InitArgs::augment_args(Definition::new("init")),
            "import" => ImportArgs::augment_args(Definition::new("import")),
            "paths" => Definition::new("paths"),
            "completions" => CompletionsArgs::augment_args(Definition::new("completions")),
            "man" => Definition::new("man"),
            _ => return None,
        };
        let root = GlobalArgs::augment_args(Definition::new("him")).subcommand_required(true);
        Some(root.subcommand(command))
    }
}

/// The options every command takes, before or after its name.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Use the data files in DIR in place of the built-in ones
    ///
    /// DIR is laid out like him's data/ folder: a file there (titles.toml, credentials.toml,
    /// oews-wages.csv ...) replaces the built-in file of the same name, and a file it lacks falls
    /// back to the built-in one. Overrides HIM_DATA_DIR and your data directory (see `him paths`).
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        value_hint = ValueHint::DirPath,
        help_heading = "Global options"
    )]
    pub data: Option<PathBuf>,

    /// Output format: table, json, csv or markdown
    ///
    /// table is for people; json, csv and markdown are for scripts, spreadsheets and documents
    /// and never carry colour.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table, value_name = "FORMAT", help_heading = "Global options")]
    pub format: Format,

    /// When to use colour: auto, always or never
    ///
    /// auto colours only when stdout is a terminal, NO_COLOR is unset or empty and TERM is not
    /// dumb; CLICOLOR_FORCE or FORCE_COLOR turn it on in a pipe.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = "Global options")]
    pub color: ColorChoice,

    /// Fit tables to COLUMNS characters
    ///
    /// By default tables fit the terminal, and output to a pipe is not wrapped.
    #[arg(long, global = true, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=1000), help_heading = "Global options")]
    pub width: Option<u16>,

    /// Mark pay and outlook figures older than YEARS as stale
    ///
    /// A figure's age counts from the period it is for (May 2018, 2020-03 ...) to today. Stale
    /// figures are marked with the word "stale" wherever they appear (salary, show, compare,
    /// sources). The sources of eligibility rules are held to the same age: a route met by a
    /// rule from an older source is likely, not eligible (eligible, credentials, show).
    #[arg(long, global = true, value_name = "YEARS", default_value_t = DEFAULT_STALE_AFTER_YEARS, value_parser = clap::value_parser!(u16).range(0..=100), help_heading = "Global options")]
    pub stale_after: u16,

    /// When to show output through a pager: auto, always or never
    ///
    /// auto pages only output that does not fit on the screen. Uses $PAGER, or `less -FRX`.
    /// Only when stdout is a terminal: piped output is never paged.
    #[arg(long, global = true, value_enum, default_value_t = PagerChoice::Auto, value_name = "WHEN", help_heading = "Global options")]
    pub pager: PagerChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show two or more fields, titles or credentials side by side
    ///
    /// For list rows (skills, titles, credentials ...) each value is marked: `=` when every
    /// compared entity has it, `+` when some others share it, `•` when only this one has it.
    #[command(
        after_help = "Examples:\n  him compare informatics him\n  him compare informatics him --brief\n  him compare informatics him --only pay,credentials\n  him compare rhia rhit chda\n  him compare \"health informatics specialist\" \"him analyst\""
    )]
    Compare(CompareArgs),

    /// List fields, titles, credentials and the other kinds of records
    ///
    /// One row per record, in the order of the data (titles by field, then up the career
    /// ladder). `--format json` gives every key of each record, as docs/DATA.md describes.
    #[command(
        after_help = "Examples:\n  him list titles\n  him list titles --field him --format json\n  him list credentials\n  him list experience"
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

    /// Pay by job title: current BLS wages by area or work setting, and the older figures
    ///
    /// For each field, every job title with the median annual wage and the 10th-90th
    /// percentile range of its closest BLS occupation (OEWS, May 2025), a bar to scale, and the
    /// older figures the article quoted, with their sources and ages. Titles that share one
    /// occupation code share one figure, and the notes say so.
    #[command(after_help = SALARY_EXAMPLES)]
    Salary(SalaryArgs),

    /// The career ladder of a field, entry to executive, with pay at each step
    ///
    /// Each level (entry, mid, senior, executive) as a box of its job titles: the median pay of
    /// each title's closest BLS occupation (OEWS, May 2025) with a bar to scale, the
    /// 10th-90th percentile range, the credentials that typically go with it, and the titles it
    /// leads to. Titles that take one occupation's figures share one figure, and a step between
    /// them is marked "same figure": the figures cannot show a raise there. Levels without titles
    /// are shown empty. Several fields are set side by side when the terminal is wide enough,
    /// else one after another.
    #[command(after_help = LADDER_EXAMPLES)]
    Ladder(LadderArgs),

    /// Where the jobs are: areas ranked by jobs, concentration or pay, for a title or a field
    ///
    /// For the BLS occupation of a job title (for a field, each occupation of its titles,
    /// named), the metro and nonmetro areas, the states, or the metro areas of one state,
    /// ranked by jobs (employment), concentration (location quotient: 1.0 is the national
    /// share) or pay (median). Each area with its jobs, jobs per 1,000, location quotient,
    /// median and 10th-90th percentile range (OEWS, May 2025), a bar for the ranked figure, and
    /// the areas without that figure left out and counted, never ranked as zero.
    #[command(after_help = WHERE_EXAMPLES)]
    Where(WhereArgs),

    /// Rank the fields and specializations by how well your skills fit them
    ///
    /// The score of a field is the share of its expected skills and workflows you have; of a
    /// specialization, the share of its skills. Each result lists the skills that matched, the
    /// ones missing, and the courses in the data that teach each missing one. Skills match
    /// loosely: case and punctuation do not matter, synonyms in the data count (`sql` is
    /// Database management), and a word or the start of one names the skill it belongs to
    /// (`programming`, `databa`); a word several skills share is reported as ambiguous, never
    /// counted twice.
    #[command(after_help = FIT_EXAMPLES)]
    Fit(FitArgs),

    /// Search every record and every text in the data
    ///
    /// Names, abbreviations, aliases, summaries, focus, notes, skills and workflows, courses,
    /// credential routes and exams, organizations and sources. Every word must match a word or
    /// the start of one, ignoring case. Results are ranked (a match in a name above one in a
    /// note; more fields matched higher) and grouped by kind, each with the command that shows
    /// it in full. Exits 1 when nothing matches.
    #[command(after_help = SEARCH_EXAMPLES)]
    Search(SearchArgs),

    /// Every source with its period and age; stale pay and outlook figures marked
    ///
    /// A source backing pay or outlook figures older than --stale-after YEARS (default 3) is
    /// marked stale.
    #[command(
        after_help = "Examples:\n  him sources\n  him sources --stale\n  him sources --stale-after 5 --format json"
    )]
    Sources(SourcesArgs),

    /// List credentials and which need a CAHIIM-accredited program
    ///
    /// Every credential with its issuer, its fields, and how many of its routes need a program
    /// accredited by each accreditor in the data (CAHIIM). With --requires ORG, only the
    /// credentials that depend on programs ORG accredits, each with the kind of dependency:
    /// all paths (every route needs such a program), some paths (one route does, another does
    /// not), via credential (no route does, but one needs a credential that does, such as RHIA).
    /// Routes for programs outside the United States and closed routes are shown but not counted.
    #[command(
        after_help = "Examples:\n  him credentials\n  him credentials --requires cahiim\n  him credentials --requires cahiim --strict --format json"
    )]
    Credentials(CredentialsArgs),

    /// Check which credentials a person can sit now, and what is missing
    ///
    /// Describe yourself with the options below; him checks every route of every credential
    /// (or of --credential C) and says, for each, whether you are eligible now and by which
    /// route, or what is missing on the nearest route: the one with the fewest missing
    /// conditions; on a tie, the one that needs only time (experience, or finishing your
    /// program), then the fewest years to go, then the first in the data.
    ///
    /// Each answer says how sure it is. Eligible: every condition of a route holds, by a rule
    /// the issuer's own page states, from a source not older than --stale-after YEARS (an
    /// undated issuer's page counts as current). Likely: every condition holds, but only a
    /// secondary source or the source article states the rule, or its source is older than
    /// that: confirm with the issuer. Possible: everything him can check holds, but the route
    /// is unconfirmed, the sources give it only in part, it has conditions him cannot check
    /// (hours of practice, a board certification ...), or your experience, discipline or
    /// credential counts only if it is what the route asks for. Closed routes are shown as
    /// closed.
    #[command(
        after_help = "Examples:\n  him eligible --degree bachelor --program him --accredited-by cahiim\n  him eligible --degree bachelor --experience privacy-security=1 --credential chps\n  him eligible --holds cpc --experience coding=3 --degree associate\n  him eligible --degree bachelor --program nursing --license rn --experience nursing=2\n  him eligible --degree bachelor --program him --final-term --credential rhia\n  him eligible --degree master --program informatics --accredited-by cahiim --format json"
    )]
    Eligible(EligibleArgs),

    /// A personal plan: the steps from where you stand to the job you want
    ///
    /// Describe yourself as for `him eligible`; him lays out, in order, the degrees or programs
    /// to finish, the experience to gain, the credentials to sit (each by its route, with the
    /// source of the rule and how sure it is) and the moves up the career ladder, each with what
    /// it opens and, for a job, its pay where you live. Of several ways, the plan takes the one
    /// with the fewest steps, then the fewest years of experience still to gain, and lists the
    /// others one line each.
    ///
    /// A job's credentials are those that typically go with it (the him editors' reading), not
    /// a hiring rule. Ladder steps give no years: BLS publishes pay by occupation, not by years
    /// in a job, and no source at hand says how long a step takes. A degree's length and cost
    /// are never guessed.
    #[command(after_help = PLAN_EXAMPLES)]
    Plan(PlanArgs),

    /// Validate a data directory (the built-in data when none is given)
    ///
    /// Exits 0 with a one-line summary when the data is clean, 1 listing every problem
    /// (file:line:column, the key, and what to do) when it is not.
    #[command(after_help = "Examples:\n  him check\n  him check ./my-data")]
    Check(CheckArgs),

    /// Write the built-in data files into DIR, to start your own data from
    ///
    /// Writes sources.toml, titles.toml, credentials.toml ... with their comments into DIR
    /// (created when missing). It never overwrites a file: when any is already there it lists
    /// them and exits 2, unless --force. Each file is written whole to a temporary file and
    /// renamed into place, so an interrupted init leaves no half-written file. Then edit the
    /// files, delete those you do not change, and run `him --data DIR check`.
    #[command(
        after_help = "Examples:\n  him init ./my-data\n  him --data ./my-data check\n  him --data ./my-data compare informatics him\n  him init --force ./my-data    replace the files with the built-in ones"
    )]
    Init(InitArgs),

    /// Refresh the wage table or the price index from files downloaded from BLS
    ///
    /// BLS publishes new OEWS wages every spring and new CPI-U averages every January. `him
    /// import oews` and `him import cpi` read the files as BLS publishes them and write the
    /// table into your data directory (--data DIR, HIM_DATA_DIR, or the one `him paths` names),
    /// with a source record saying where it came from, so him shows the new figures with no new
    /// release. Offline: download the files first.
    #[command(after_help = IMPORT_EXAMPLES)]
    Import(ImportArgs),

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

#[cfg(test)]
mod tests;
