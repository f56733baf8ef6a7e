//! The arguments of the pay commands: salary, ladder and where.

use clap::Args;

use crate::wages::Setting;
use crate::wages::ranking::RankBy;

pub(super) const SALARY_EXAMPLES: &str = "\
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

    /// With --format csv: the older figures the article quoted, not the BLS table
    ///
    /// CSV holds one table per run; the older figures (PayScale 2020, BLS 2018, with their ages
    /// in months) are this second table.
    #[arg(long)]
    pub older: bool,

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

pub(super) const LADDER_EXAMPLES: &str = "\
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

pub(super) const WHERE_EXAMPLES: &str = "\
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
