//! The kinds of records (one file each) and where a data file came from.

use std::fmt;
use std::path::PathBuf;

/// The kinds of records, one file each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Source,
    Organization,
    Skill,
    Field,
    Specialization,
    Title,
    Credential,
    Course,
    Occupation,
    Area,
    Experience,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Source,
        Kind::Organization,
        Kind::Skill,
        Kind::Field,
        Kind::Specialization,
        Kind::Title,
        Kind::Credential,
        Kind::Course,
        Kind::Occupation,
        Kind::Area,
        Kind::Experience,
    ];

    /// Whether the kind's names are in one space with the other kinds': a name two of them
    /// share is ambiguous, and `him show NAME` looks in all of them. Experience kinds have names
    /// of their own (`coding`, `healthcare-data`, read by `him eligible --experience`), found by
    /// `him show` when no record of another kind has the name, or with `--kind experience`.
    pub fn shares_names(self) -> bool {
        self != Kind::Experience
    }

    /// The kinds whose names are one space (see `shares_names`).
    pub fn sharing_names() -> Vec<Kind> {
        Kind::ALL.into_iter().filter(|k| k.shares_names()).collect()
    }

    /// The key of the array of tables in the file: `[[title]]`.
    pub fn table_key(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Organization => "organization",
            Kind::Skill => "skill",
            Kind::Field => "field",
            Kind::Specialization => "specialization",
            Kind::Title => "title",
            Kind::Credential => "credential",
            Kind::Course => "course",
            Kind::Occupation => "occupation",
            Kind::Area => "area",
            Kind::Experience => "experience",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Source => "sources.toml",
            Kind::Organization => "organizations.toml",
            Kind::Skill => "skills.toml",
            Kind::Field => "fields.toml",
            Kind::Specialization => "specializations.toml",
            Kind::Title => "titles.toml",
            Kind::Credential => "credentials.toml",
            Kind::Course => "courses.toml",
            Kind::Occupation => "occupations.toml",
            Kind::Area => "areas.toml",
            Kind::Experience => "experience.toml",
        }
    }

    /// The singular word a person reads: "title", "credential", "experience kind".
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Experience => "experience kind",
            other => other.table_key(),
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            Kind::Source => "sources",
            Kind::Organization => "organizations",
            Kind::Skill => "skills",
            Kind::Field => "fields",
            Kind::Specialization => "specializations",
            Kind::Title => "titles",
            Kind::Credential => "credentials",
            Kind::Course => "courses",
            Kind::Occupation => "occupations",
            Kind::Area => "areas",
            Kind::Experience => "experience kinds",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// Where a data file came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Compiled into the binary from the project's `data/` folder.
    BuiltIn,
    /// A user's data directory.
    User(PathBuf),
}

impl Origin {
    /// The path shown in messages for the file `name`: `data/NAME` for a built-in file, the
    /// path as the user gave it for theirs.
    pub fn display_path(&self, name: &str) -> String {
        match self {
            Origin::BuiltIn => format!("data/{name}"),
            Origin::User(path) => path.display().to_string(),
        }
    }
}
