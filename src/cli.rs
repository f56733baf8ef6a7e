//! The command line: its definition, and `Cli::read`, which reads one with clap. Nothing else
//! runs here: `app` turns the result into settings once and dispatches to `commands`.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum, ValueHint};

use crate::data::Kind;
use crate::data::model::{Degree, ProgramKind};
use crate::domain::DEFAULT_STALE_AFTER_YEARS;
use crate::output::{ColorChoice, Format};
use crate::wages::Setting;
use crate::wages::ranking::RankBy;

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
        Cli::command()
            .try_get_matches_from_mut(args)
            .and_then(|matches| Cli::from_arg_matches(&matches))
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

    /// Show long output through a pager
    ///
    /// Uses $PAGER, or `less -R -F` (which quits at once when the output fits on one screen).
    /// Only when stdout is a terminal: piped output is never paged.
    #[arg(long, global = true, help_heading = "Global options")]
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
    /// fields, specializations, titles, credentials, organizations, courses, skills, sources
    /// or experience (the kinds `him eligible --experience` takes); the singular works too.
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
    /// skill or source (by id), or a kind of experience. Case, spaces and hyphens do not matter.
    #[arg(value_name = "NAME")]
    pub name: String,

    /// The kind of record, when the name is ambiguous
    ///
    /// When a name belongs to records of several kinds him lists them; --kind picks one.
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<KindArg>,

    /// Add a title's outlook: BLS employment projections of its occupation
    ///
    /// Growth, jobs, openings a year and the education for entry, from the current edition of
    /// the BLS Employment Projections (2024-34), then older editions as history. Fields and
    /// occupations (`him show 15-1211`) always show their outlook.
    #[arg(long)]
    pub outlook: bool,
}

const SALARY_EXAMPLES: &str = "\
Examples:
  him salary                                   every title, national figures
  him salary --field him                       the HIM titles only
  him salary --area il --area chicago          Illinois and the Chicago metro area side by side
  him salary --area \"chicago, il\"              the Chicago metro area (also `naperville`, `16980`)
  him salary --list-areas springfield          the areas `springfield` may mean, with codes
  him salary --area national --area illinois   the nation next to Illinois
  him salary --setting hospitals --setting physician-offices
  him salary --title cio --real 2025           the CIO figures in 2025 dollars
  him salary --format json | jq '.fields[].titles[] | {id, median: .wages[0].median.nominal}'";

#[derive(Debug, Args)]
pub struct SalaryArgs {
    /// Only the titles of this field
    ///
    /// FIELD is any name of a field: `informatics`, `hi`, `him`, `health information
    /// management` ...
    #[arg(long, value_name = "FIELD")]
    pub field: Option<String>,

    /// Only this title (repeat for several)
    ///
    /// TITLE is any name, id or alias of a job title (`cio`, `him analyst`); with --field, each
    /// must belong to that field.
    #[arg(long, value_name = "TITLE")]
    pub title: Vec<String>,

    /// A state, metro area or `national` (repeat to set areas side by side)
    ///
    /// A state by name or postal code (`illinois`, `il`); a metro area by its name, part of it,
    /// or any of its principal cities (`chicago`, `naperville`, `"chicago, il"`, `"chicago il"`,
    /// `"st. louis"`); a common name (`nyc`, `"bay area"`); a five-digit BLS area code
    /// (`16980`); or `national`. Case, punctuation and the order of city and state do not
    /// matter. A state's exact name wins over a metro area spelled alike: `new york` is the
    /// state (`"new york, ny"` is the metro area). `--list-areas TEXT` shows what TEXT matches.
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

    /// List the areas TEXT may mean, with their kind and code (all areas without TEXT)
    ///
    /// Each area with what it is (state, metro area, nonmetropolitan area ...), the code --area
    /// takes, and the other names it takes: "City, ST" for a metro area, a state's postal code,
    /// the names of areas.toml (NYC, the Bay Area). TEXT is read as --area reads it; a state
    /// lists the state and its metro areas.
    #[arg(long, value_name = "TEXT", num_args = 0..=1, default_missing_value = "")]
    pub list_areas: Option<String>,

    /// Words after `him salary` are not areas: they are pointed to --area
    ///
    /// Hidden: `him salary chicago` fails with the command to type, `him salary --area chicago`.
    #[arg(value_name = "WORDS", hide = true)]
    pub stray: Vec<String>,

    /// Not an option: states go in --area
    ///
    /// Hidden: fails with the command to type, as --city and --metro do.
    #[arg(long, value_name = "STATE", hide = true)]
    pub state: Option<String>,

    /// Not an option: cities go in --area
    ///
    /// Hidden: fails with the command to type.
    #[arg(long, value_name = "CITY", hide = true)]
    pub city: Option<String>,

    /// Not an option: metro areas go in --area
    ///
    /// Hidden: fails with the command to type.
    #[arg(long, value_name = "METRO", hide = true)]
    pub metro: Option<String>,
}

const LADDER_EXAMPLES: &str = "\
Examples:
  him ladder him                        the HIM ladder
  him ladder informatics him            both ladders, side by side on a wide terminal
  him ladder informatics --area il      with Illinois pay
  him ladder him --outlook              with each occupation's 2024-34 outlook
  him ladder him --format json | jq '.fields[0].levels[] | {level, titles: [.titles[].id]}'";

#[derive(Debug, Args)]
pub struct LadderArgs {
    /// The fields to draw (all of them when none is given)
    ///
    /// FIELD is any name of a field: `informatics`, `hi`, `him`, `health information
    /// management` ... Two or more are set side by side when the terminal is wide enough.
    #[arg(value_name = "FIELD")]
    pub fields: Vec<String>,

    /// Pay in a state or metro area instead of the nation
    ///
    /// A state by name or postal code (`illinois`, `il`), a metro or nonmetropolitan area by
    /// its name or part of it (`chicago`), a BLS area code, or `national`, as `him salary
    /// --area` takes it.
    #[arg(long, value_name = "AREA")]
    pub area: Option<String>,

    /// Add each title's outlook: BLS employment projections of its occupation
    ///
    /// Under each title, its occupation's growth, openings a year and education for entry from
    /// the current edition of the BLS Employment Projections (2024-34); a figure no source
    /// gives is said as not found.
    #[arg(long)]
    pub outlook: bool,
}

const WHERE_EXAMPLES: &str = "\
Examples:
  him where \"health information manager\"          the metro areas with the most jobs
  him where \"health information manager\" --top 10
  him where him --by concentration --states       each HIM occupation, by state
  him where \"him analyst\" --in il                 the metro areas of Illinois
  him where informatics --by pay --top 5
  him where cio --format json | jq '.occupations[0].areas[] | {area: .area.name, employment}'";

#[derive(Debug, Args)]
pub struct WhereArgs {
    /// A job title, a field, or a BLS occupation code
    ///
    /// Any name, id or alias of a title (`"health information manager"`, `cio`) or a field
    /// (`him`, `informatics`), or an occupation code (`11-9111`). Several words need no quotes.
    #[arg(value_name = "TITLE|FIELD", required = true, num_args = 1..)]
    pub name: Vec<String>,

    /// What to rank by: jobs (employment), concentration (location quotient) or pay (median)
    ///
    /// jobs: how many jobs the occupation holds in the area. concentration: the location
    /// quotient, the occupation's share of the area's jobs over its share of the nation's (1.0
    /// is the national share), which finds the places where the work is common, big or small.
    /// pay: the median annual wage. An area without the figure is left out and counted, never
    /// ranked as zero.
    #[arg(long, value_enum, default_value_t = RankBy::Jobs, value_name = "WHAT")]
    pub by: RankBy,

    /// Rank the states (with DC and the territories) instead of the metro areas
    ///
    /// Without --states or --in, him ranks every metro area and BLS's nonmetro areas (the parts
    /// of a state outside its metro areas).
    #[arg(long, conflicts_with = "in_state")]
    pub states: bool,

    /// Rank the metro and nonmetro areas of one state
    ///
    /// A state by name or postal code (`il`, `illinois`), as `him salary --area` takes it. A
    /// metro area across a state line (St. Louis, MO-IL) is listed in each of its states, with
    /// all its jobs.
    #[arg(long = "in", value_name = "STATE")]
    pub in_state: Option<String>,

    /// How many areas to show of each occupation
    ///
    /// The first N of the ranking; JSON gives the same N and, in `ranked`, how many areas have
    /// the figure.
    #[arg(long, default_value_t = 15, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub top: u16,
}

const FIT_EXAMPLES: &str = "\
Examples:
  him fit --skills \"programming, sql, data analysis\"
  him fit --skills \"python, tableau, hl7, epic, agile\"   résumé words, read as skills
  him fit --skills policy --skills \"resource allocation\"
  him fit --skills \"medical coding, billing\" --format json | jq '.[0] | {id, score}'
  him fit                               asks for your skills (on a terminal)";

#[derive(Debug, Args)]
pub struct FitArgs {
    /// Your skills, separated by commas (repeatable)
    ///
    /// Each is a skill's name, a synonym (`dashboards`), a tool, language, standard, system or
    /// method the skill covers (`sql`, `tableau`, `hl7`, `epic`, `agile`: read as that skill),
    /// or words that start words of one of those (`programming`, `database`); plurals do not
    /// matter. A skill him does not know, or one that names several, is listed with the
    /// nearest names and not counted. Without --skills, him asks on a terminal; in a pipe it
    /// exits 2.
    #[arg(long, value_name = "SKILLS", value_delimiter = ',')]
    pub skills: Vec<String>,
}

const SEARCH_EXAMPLES: &str = "\
Examples:
  him search cahiim                     everything that names CAHIIM
  him search privacy security           records with both words
  him search prog                       words starting with prog (programming, program ...)
  him search developer                  read as the skill Software programming, and who needs it
  him search health --all               every match, even when they are most of the data
  him search coding --format json | jq '.[] | .command'";

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The words to find (each must match)
    ///
    /// A word matches a word of the data or the start of one, ignoring case and punctuation:
    /// `cod` finds coding and coder. A record is found when it has every word, in any of its
    /// texts. A hyphenated word matches either spelling (`high-school`, `high school`,
    /// `highschool`). Words shorter than three letters are left out unless they are a name
    /// (`HI`) or in double quotes, which also make a word match whole. A query that reads as a
    /// skill (`developer`, `tableau`) also finds the records that expect or teach it; a word
    /// that matches nothing is replaced by the nearest word of the data, and said so.
    #[arg(required = true, value_name = "WORDS")]
    pub words: Vec<String>,

    /// List every record found, even when they are most of the data
    ///
    /// A search that finds more than half of the records shows the first screen of them and
    /// says so; --all lists them all. JSON and CSV always list them all.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Only the sources whose pay or outlook figures are stale
    ///
    /// Exits 3 (nothing found) with a message when no source is stale.
    #[arg(long)]
    pub stale: bool,
}

#[derive(Debug, Args)]
pub struct CredentialsArgs {
    /// Only credentials that depend on a program accredited by ORG (e.g. cahiim)
    ///
    /// ORG is an organization's id, abbreviation or name.
    #[arg(long, value_name = "ORG")]
    pub requires: Option<String>,

    /// With --requires: only credentials every route of which needs such a program
    ///
    /// Keeps the `all_paths` credentials (RHIA and RHIT for CAHIIM) and drops those that only
    /// some routes, or a prerequisite credential, tie to ORG.
    #[arg(long, requires = "requires")]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct EligibleArgs {
    #[command(flatten)]
    pub person: PersonArgs,

    /// Check this credential only, showing every route
    ///
    /// Without it, every credential in the data is checked and listed with its verdict.
    #[arg(long, value_name = "CREDENTIAL")]
    pub credential: Option<String>,
}

/// The flags that describe a person, shared by `him eligible` and `him plan`.
#[derive(Debug, Args)]
pub struct PersonArgs {
    /// Your highest degree (a higher one meets a lower minimum)
    ///
    /// With --final-term, the degree you are finishing. Without --degree, you count as having
    /// none.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub degree: Option<DegreeArg>,

    /// The discipline of your degree: him, informatics, nursing, computing ...
    ///
    /// The accepted values are the disciplines the data's routes name (an unknown one exits 2
    /// listing them); `health information management` and `health informatics` work too.
    #[arg(long, value_name = "DISCIPLINE")]
    pub program: Option<String>,

    /// Who accredits your program: an accreditor's name (cahiim), or `recognized`
    ///
    /// A route that asks for a program accredited by one body (RHIA: CAHIIM) is met only by
    /// that body. A route that asks for any accredited program or institution (AHIC) is met by
    /// any accreditor in the data (CAHIIM) or by `recognized`: a program or school accredited
    /// by another recognized accreditor (a nursing or regional accreditor, for instance).
    #[arg(long = "accredited-by", value_name = "ORG")]
    pub accredited_by: Option<String>,

    /// What --program and --accredited-by describe: the degree, or a program after it
    ///
    /// `certificate` is a post-baccalaureate certificate and `fellowship` a fellowship, each
    /// taken after the degree given by --degree. The default is the degree itself.
    #[arg(long, value_enum, value_name = "KIND", default_value_t = ProgramKindArg::Degree)]
    pub program_kind: ProgramKindArg,

    /// You are in the last term of the program you describe, not yet graduated
    ///
    /// Routes for last-term students (RHIA and RHIT let them sit the exam early) count that
    /// program. Other routes do not count a degree you have not finished: you count as holding
    /// what such a program asks for on entry (a high-school diploma for an associate or
    /// bachelor's program, a bachelor's degree for a master's or doctoral one).
    #[arg(long)]
    pub final_term: bool,

    /// Your program is outside the United States: also check the reciprocity routes
    ///
    /// RHIA and RHIT accept some programs abroad under reciprocity agreements; without this
    /// flag those routes are not checked.
    #[arg(long)]
    pub outside_us: bool,

    /// Years of experience of one kind: coding=3 (repeatable, or comma-separated)
    ///
    /// KIND is an experience kind of the data, by id, name or alias; YEARS is 0 to 100 (1.5
    /// for a year and a half). Only experience of the kind a route asks for counts toward it:
    /// years of nursing do not count toward a coding route. A narrower kind counts toward the
    /// broader one it belongs to (healthcare-information-systems toward information-systems,
    /// inpatient-cdi and outpatient-cdi toward cdi); give the broader kind for all your years
    /// of it and the narrower one for those that were of that kind. `him list experience`
    /// lists the kinds with what counts toward what.
    ///
    /// The built-in kinds: coding, privacy-security, cdi, inpatient-cdi, outpatient-cdi,
    /// health-informatics, clinical-informatics, information-systems,
    /// healthcare-information-systems, healthcare-data, nursing.
    #[arg(long, value_name = "KIND=YEARS", value_delimiter = ',', value_parser = parse_experience)]
    pub experience: Vec<(String, f64)>,

    /// Years of experience of a kind you do not say (0 or more)
    ///
    /// him cannot tell whether they are the experience a route asks for, so a route they
    /// would meet is a possible route at best, never eligible: "met if your 2 years are in
    /// medical coding". Give --experience KIND=YEARS instead to have them counted. The default
    /// is 0.
    #[arg(long, value_name = "N", default_value = "0", allow_negative_numbers = true, value_parser = parse_years, conflicts_with = "experience")]
    pub years: f64,

    /// A credential you hold (repeatable, or comma-separated: --holds rhit,cca)
    ///
    /// Any name of a credential works (rhia, RHIA, Registered Health Information
    /// Administrator), and an apprentice form (cpc-a): a route that names the credential
    /// is then possible at best. A held credential can stand in for a degree on routes that
    /// accept it.
    #[arg(long, value_name = "CREDENTIAL", value_delimiter = ',')]
    pub holds: Vec<String>,

    /// A license you hold (repeatable): rn, md, do ...
    ///
    /// The accepted values are the licenses the data's routes name; an unknown one exits 2
    /// listing them.
    #[arg(long = "license", value_name = "LICENSE", value_delimiter = ',')]
    pub licenses: Vec<String>,
}

const PLAN_EXAMPLES: &str = "\
Examples:
  him plan --to \"HIM director\" --degree associate --experience coding=3 --holds cca --area chicago
  him plan --to \"health information manager\" --degree bachelor --program him --accredited-by cahiim
  him plan --to \"nursing informatics specialist\" --degree bachelor --program nursing --license rn --experience nursing=3
  him plan --to \"informatics director\" --degree bachelor --program computing --experience information-systems=4
  him plan --from \"health information technician\" --to \"health information manager\" --holds rhit --degree associate --program him --accredited-by cahiim
  him plan --to him-director --degree high-school --format json | jq '.steps[] | {kind, text}'";

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The job you want: any name, id or alias of a job title
    ///
    /// `him list titles` lists them: `HIM director`, `him-director`, `cio` ...
    #[arg(long, value_name = "TITLE", required = true)]
    pub to: String,

    /// The job you hold now, if it is one of the titles
    ///
    /// The plan then climbs the ladder from it. Without --from, it starts at the ladder's entry
    /// level (or at the job itself, when no title of the data leads to it).
    #[arg(long, value_name = "TITLE")]
    pub from: Option<String>,

    /// Pay in a state or metro area instead of the nation
    ///
    /// A state by name or postal code (`illinois`, `il`), a metro or nonmetropolitan area by
    /// its name or part of it (`chicago`), a BLS area code, or `national`, as `him salary
    /// --area` takes it.
    #[arg(long, value_name = "AREA")]
    pub area: Option<String>,

    #[command(flatten)]
    pub person: PersonArgs,
}

/// Parses `--years`: a number of years from 0 to 100.
fn parse_years(text: &str) -> Result<f64, String> {
    let accepted = "a number of years from 0 to 100, such as 2 or 1.5";
    match text.trim().parse::<f64>() {
        Ok(years) if years.is_finite() && (0.0..=100.0).contains(&years) => Ok(years),
        Ok(years) if years < 0.0 => Err(format!("years cannot be negative: give {accepted}")),
        _ => Err(format!("give {accepted}")),
    }
}

/// Parses `--experience KIND=YEARS`; the kind is resolved against the data later.
fn parse_experience(text: &str) -> Result<(String, f64), String> {
    let Some((kind, years)) = text.split_once('=') else {
        return Err("give KIND=YEARS, such as coding=3 or privacy-security=1.5".to_string());
    };
    if kind.trim().is_empty() {
        return Err(
            "give the kind before `=`, such as coding=3 (`him list experience` lists the kinds)"
                .to_string(),
        );
    }
    Ok((kind.trim().to_string(), parse_years(years)?))
}

/// A degree level, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DegreeArg {
    None,
    #[value(alias = "hs", alias = "ged")]
    HighSchool,
    #[value(alias = "associates")]
    Associate,
    #[value(alias = "bachelors")]
    Bachelor,
    #[value(alias = "masters")]
    Master,
    #[value(alias = "phd", alias = "doctoral")]
    Doctorate,
}

impl From<DegreeArg> for Degree {
    fn from(degree: DegreeArg) -> Degree {
        match degree {
            DegreeArg::None => Degree::None,
            DegreeArg::HighSchool => Degree::HighSchool,
            DegreeArg::Associate => Degree::Associate,
            DegreeArg::Bachelor => Degree::Bachelor,
            DegreeArg::Master => Degree::Master,
            DegreeArg::Doctorate => Degree::Doctorate,
        }
    }
}

/// What kind of program --program describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ProgramKindArg {
    Degree,
    #[value(alias = "post-baccalaureate-certificate")]
    Certificate,
    Fellowship,
}

impl From<ProgramKindArg> for ProgramKind {
    fn from(kind: ProgramKindArg) -> ProgramKind {
        match kind {
            ProgramKindArg::Degree => ProgramKind::Degree,
            ProgramKindArg::Certificate => ProgramKind::PostBaccalaureateCertificate,
            ProgramKindArg::Fellowship => ProgramKind::Fellowship,
        }
    }
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

const IMPORT_EXAMPLES: &str = "\
Examples:
  him import oews ~/Downloads/oesm26all.zip          wages of May 2026, every area
  him import oews oesm26nat.zip oesm26st.zip oesm26ma.zip
  him import oews --force national_M2026_dl.xlsx     replace the table imported before
  him import cpi ~/Downloads/cu.data.1.AllItems      CPI-U annual averages
  him --data ./my-data import oews oesm26all.zip     into another data directory";

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub table: ImportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read BLS's OEWS wage files and write them as your wage table (oews-wages.csv)
    ///
    /// Reads the files BLS publishes at bls.gov/oes as they come: the zip archives
    /// (oesmYYall.zip, oesmYYnat.zip, oesmYYst.zip, oesmYYma.zip, the national industry file),
    /// the .xlsx workbooks inside them, or a CSV with their columns. Columns are found by name,
    /// in any order; sheets of field descriptions are skipped. It keeps the rows him uses: the
    /// occupations the job titles map to, those of the wage table it replaces and any --soc, for
    /// the nation, every state and metro area, and the nation's work settings. BLS's footnote
    /// marks become him's footnotes (`*` and `**` "not released", `#` "above the top code"),
    /// never numbers. The period (May YYYY) comes from the files' names or sheets.
    ///
    /// It writes oews-wages.csv and a [[source]] record for it in imported-sources.toml (which
    /// adds to sources.toml, yours or the built-in one). A table already there is replaced only
    /// with --force; each file is written whole and renamed into place, and nothing at all is
    /// written when a file is not an OEWS file.
    #[command(after_help = IMPORT_OEWS_EXAMPLES)]
    Oews(ImportOewsArgs),

    /// Read BLS's CPI-U file and write its annual averages as your price index (cpi-u-annual.csv)
    ///
    /// Reads the all-items flat file cu.data.1.AllItems (tab-separated: series_id, year, period,
    /// value, footnote_codes) or a CSV of the series CUUR0000SA0 (long, or as BLS's data viewer
    /// downloads it: Year, Jan ... Dec, Annual), keeps the annual averages (period M13) of
    /// CUUR0000SA0, and says which years have none yet. `--real YEAR` then accepts the new
    /// years. Written as `him import oews` writes, with a source record of the latest month.
    #[command(after_help = IMPORT_CPI_EXAMPLES)]
    Cpi(ImportCpiArgs),
}

const IMPORT_OEWS_EXAMPLES: &str = "\
Examples:
  him import oews ~/Downloads/oesm26all.zip
  him import oews oesm26nat.zip oesm26st.zip oesm26ma.zip
  him import oews --soc 15-1252 --force oesm26all.zip
  him --data ./my-data import oews national_M2026_dl.xlsx";

const IMPORT_CPI_EXAMPLES: &str = "\
Examples:
  him import cpi ~/Downloads/cu.data.1.AllItems
  him import cpi --force SeriesReport-CUUR0000SA0.csv";

#[derive(Debug, Args)]
pub struct ImportOewsArgs {
    /// BLS's OEWS files: zip archives, .xlsx workbooks or CSV files of one release
    ///
    /// Several files are read as one: the national, state and metro archives of a year
    /// together make what the all-data archive holds.
    #[arg(required = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,

    /// Keep this occupation too (repeatable): an SOC code such as 15-1252
    ///
    /// The occupations the titles map to and those of the table being replaced are always
    /// kept; --soc adds more, for titles you mean to add to your own titles.toml.
    #[arg(long, value_name = "CODE")]
    pub soc: Vec<String>,

    /// The year of the May estimates, when neither the files' names nor their sheets say it
    ///
    /// BLS names its files by year (oesm26all.zip, all_data_M_2026.xlsx); a file renamed to
    /// something else needs --year.
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(u16).range(1997..=2100))]
    pub year: Option<u16>,

    /// Name this source of sources.toml instead of writing a source record
    ///
    /// For maintainers regenerating the built-in data (`him --data data import oews --source
    /// bls-oews-2025 ...`): the source must have the figures' period.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,

    /// Replace the wage table already in the data directory
    ///
    /// The old table stays whole until the new one is written in full.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportCpiArgs {
    /// BLS's CPI-U file: cu.data.1.AllItems, or a CSV of the series CUUR0000SA0
    ///
    /// The flat file holds every series of the all-items index; only CUUR0000SA0 is read. A
    /// zip archive holding the file works too.
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: PathBuf,

    /// Name this source of sources.toml instead of writing a source record
    ///
    /// For maintainers regenerating the built-in data: the source must have the period of the
    /// file's latest month.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,

    /// Replace the price index already in the data directory
    ///
    /// The old file stays whole until the new one is written in full.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The directory to write the data files into; created when missing
    ///
    /// Other files in DIR are left alone. A directory named like a data file (DIR/titles.toml/)
    /// is never replaced, even with --force.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// Replace data files that are already in DIR with the built-in ones
    ///
    /// Without it, him init writes nothing when any of the files exists, and lists them. With
    /// it, each file is replaced whole; a symbolic link is replaced, not the file it points to.
    #[arg(long)]
    pub force: bool,
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
    Occupation,
    Area,
    Experience,
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
            KindArg::Occupation => Kind::Occupation,
            KindArg::Area => Kind::Area,
            KindArg::Experience => Kind::Experience,
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
    #[value(alias = "occupation")]
    Occupations,
    #[value(alias = "area", alias = "area-names")]
    Areas,
    // The kinds of experience `him eligible --experience` takes.
    #[value(alias = "experience-kinds", alias = "experiences")]
    Experience,
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
            ListKind::Occupations => Kind::Occupation,
            ListKind::Areas => Kind::Area,
            ListKind::Experience => Kind::Experience,
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
            let mut only =
                Cli::with_only(name).unwrap_or_else(|| panic!("no definition of `{name}`"));
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
            ],
            &["--format", "json", "list", "titles"],
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
            &[],
        ];
        for line in lines {
            assert_eq!(read(line), whole(line), "him {}", line.join(" "));
        }
    }

    #[test]
    fn exit_codes_and_environment_are_documented() {
        let help = Cli::command().render_long_help().to_string();
        assert!(help.contains(EXIT_CODES), "{help}");
        assert!(help.contains(ENVIRONMENT), "{help}");
    }
}
