//! The arguments of the commands that look records up: compare, list, show, search, sources,
//! credentials, check, init and completions, and the kinds a name can be of.

use std::path::PathBuf;

use clap::{Args, ValueEnum, ValueHint};

use crate::data::Kind;

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

    /// Only the rows a first look needs: summary, pay, credentials, job titles and outlook
    ///
    /// The same as `--only summary,pay,credentials,titles,outlook`; rows the compared records
    /// do not have are left out as always.
    #[arg(long, conflicts_with = "only")]
    pub brief: bool,

    /// Only these rows, by name: `--only pay,credentials`
    ///
    /// A name is any word a row's name starts with, in any case: `pay` gives both pay rows,
    /// `titles` the job titles, `courses` every row of courses.
    #[arg(long, value_name = "ROWS", value_delimiter = ',')]
    pub only: Vec<String>,
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

pub(super) const SEARCH_EXAMPLES: &str = "\
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
pub struct CheckArgs {
    /// The data directory to check; the built-in data when omitted
    ///
    /// Files DIR lacks are taken from the built-in data, as every command does, so the check is
    /// of exactly what `him --data DIR ...` would use.
    #[arg(value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
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
