//! The arguments of the commands about a person: fit (their skills), eligible (their
//! education, experience and credentials) and plan (the job they want), and the values those
//! flags take.

use clap::{Args, ValueEnum};

use crate::data::model::{Degree, ProgramKind};

pub(super) const FIT_EXAMPLES: &str = "\
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

pub(super) const PLAN_EXAMPLES: &str = "\
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
