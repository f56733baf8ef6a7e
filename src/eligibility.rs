//! The eligibility checker: a person, described by a few facts, checked against every path of a
//! credential. Pure: the catalog, the person and today's date in, an outcome per path out.
//!
//! A path makes a person eligible only when every condition him can check holds and nothing is
//! left to confirm: a path that is unconfirmed, has figures the sources do not give, or names
//! conditions him cannot check (`also_requires`) is at best a *possible* route. Closed routes
//! and routes for programs abroad (unless the person's program is abroad) are never counted.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::catalog::{Catalog, or_list};
use crate::data::model::{
    ANY_RECOGNIZED_ACCREDITOR, Credential, Degree, EligibilityPath, OrganizationKind, ProgramKind,
    Region, Stage, Status,
};
use crate::data::period::Date;
use crate::rules;

/// Who accredits the person's program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accreditation {
    /// This organization of the data (an accreditor), by id.
    By(String),
    /// A recognized accreditor the data does not name.
    Recognized,
}

/// What a person brings.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The highest degree: completed or, with `final_term`, the one being finished. With a
    /// certificate or fellowship as `program_kind`, the degree held before that program.
    pub degree: Degree,
    /// The discipline of the program described (a discipline id of the data: `him`, `nursing`).
    pub program: Option<String>,
    /// What the described program is: the degree itself, or a certificate or fellowship after it.
    pub program_kind: ProgramKind,
    pub accreditation: Option<Accreditation>,
    /// In the last term of the described program, not yet graduated.
    pub final_term: bool,
    /// The described program is outside the United States.
    pub outside_us: bool,
    /// Years of experience, counted as the experience each path asks for.
    pub years: f64,
    /// Credential ids held.
    pub holds: BTreeSet<String>,
    /// License ids held (`rn`, `md` ...).
    pub licenses: BTreeSet<String>,
}

impl Default for Person {
    fn default() -> Person {
        Person {
            degree: Degree::None,
            program: None,
            program_kind: ProgramKind::Degree,
            accreditation: None,
            final_term: false,
            outside_us: false,
            years: 0.0,
            holds: BTreeSet::new(),
            licenses: BTreeSet::new(),
        }
    }
}

/// The education a path is checked against.
#[derive(Clone, Copy, Debug)]
struct Education<'p> {
    degree: Degree,
    /// The program the person described, when it counts for this check.
    program: Option<Program<'p>>,
}

#[derive(Clone, Copy, Debug)]
struct Program<'p> {
    discipline: Option<&'p str>,
    kind: ProgramKind,
    accreditation: Option<&'p Accreditation>,
}

impl Person {
    fn described_program(&self) -> Option<Program<'_>> {
        let described = self.program.is_some()
            || self.accreditation.is_some()
            || self.program_kind != ProgramKind::Degree;
        described.then_some(Program {
            discipline: self.program.as_deref(),
            kind: self.program_kind,
            accreditation: self.accreditation.as_ref(),
        })
    }

    /// The education as described, the program finished or, for a last-term student, about to be.
    fn as_described(&self) -> Education<'_> {
        Education {
            degree: self.degree,
            program: self.described_program(),
        }
    }

    /// The education completed today. A last-term student has not finished the program: they
    /// count as holding what such a program asks for on entry (see `entry_level`) and nothing
    /// of the program itself.
    fn completed(&self) -> Education<'_> {
        if !self.final_term {
            return self.as_described();
        }
        let degree = if self.program_kind == ProgramKind::Degree {
            entry_level(self.degree)
        } else {
            self.degree
        };
        Education {
            degree,
            program: None,
        }
    }
}

/// The education a degree program of `level` normally asks for on entry: a high-school diploma
/// for an associate or bachelor's program, a bachelor's degree for a master's or doctoral one.
/// Used only for students in their last term (`--final-term`); the help says so.
pub fn entry_level(level: Degree) -> Degree {
    match level {
        Degree::None | Degree::HighSchool => Degree::None,
        Degree::Associate | Degree::Bachelor => Degree::HighSchool,
        Degree::Master | Degree::Doctorate => Degree::Bachelor,
    }
}

/// How one path turns out for one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every condition holds and the path is a rule him can apply: eligible.
    Met,
    /// Every condition him can check holds, but something is left to confirm.
    Possible,
    /// Something the person lacks.
    NotMet,
    /// A time-limited route that has closed.
    Closed,
    /// A route for programs outside the United States, and the person's is not.
    NotChecked,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::Possible => "possible",
            Outcome::NotMet => "not_met",
            Outcome::Closed => "closed",
            Outcome::NotChecked => "not_checked",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PathCheck<'a> {
    /// The index of the path in its credential.
    pub index: usize,
    pub path: &'a EligibilityPath,
    pub outcome: Outcome,
    /// What the person lacks, one entry per unmet condition, in words ("needs 2 more years of
    /// experience in ...").
    pub missing: Vec<String>,
    /// What him cannot check: "unconfirmed", "not known: years of experience", and the path's
    /// `also_requires` conditions.
    pub to_confirm: Vec<String>,
    /// The indexes in `missing` of the conditions that only take time: experience still to
    /// gain, or the program a last-term student is finishing.
    pub waiting: Vec<usize>,
}

impl PathCheck<'_> {
    /// What is missing besides time.
    fn lasting_gaps(&self) -> Vec<&str> {
        self.missing
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.waiting.contains(i))
            .map(|(_, gap)| gap.as_str())
            .collect()
    }
}

/// The answer for one credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A path is met.
    Eligible,
    /// No path is met, but a possible route matches everything him can check.
    Possible,
    NotEligible,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::Possible => "possible",
            Verdict::NotEligible => "not_eligible",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CredentialCheck<'a> {
    pub credential: &'a Credential,
    /// The person already holds it.
    pub held: bool,
    /// Every path, in the order of the data.
    pub paths: Vec<PathCheck<'a>>,
    pub verdict: Verdict,
    /// Index into `paths`: the first path met, else the first possible route, else the nearest
    /// path (the fewest missing conditions, then the first in the data). `None` when no path is
    /// open to the person at all.
    pub chosen: Option<usize>,
}

impl<'a> CredentialCheck<'a> {
    pub fn eligible(&self) -> bool {
        self.verdict == Verdict::Eligible
    }

    pub fn chosen_path(&self) -> Option<&PathCheck<'a>> {
        self.chosen.map(|i| &self.paths[i])
    }

    /// The paths met, other than the chosen one.
    pub fn also_met(&self) -> impl Iterator<Item = &PathCheck<'a>> {
        self.paths
            .iter()
            .filter(move |p| p.outcome == Outcome::Met && Some(p.index) != self.chosen)
    }
}

/// Checks a person against every path of a credential.
pub fn check<'a>(
    catalog: &Catalog,
    credential: &'a Credential,
    person: &Person,
    today: Date,
) -> CredentialCheck<'a> {
    let paths: Vec<PathCheck<'a>> = credential
        .paths
        .iter()
        .enumerate()
        .map(|(index, path)| check_path(catalog, index, path, person, today))
        .collect();
    let first = |outcome: Outcome| paths.iter().position(|p| p.outcome == outcome);
    let (verdict, chosen) = if let Some(i) = first(Outcome::Met) {
        (Verdict::Eligible, Some(i))
    } else if let Some(i) = first(Outcome::Possible) {
        (Verdict::Possible, Some(i))
    } else {
        (Verdict::NotEligible, nearest(&paths, person))
    };
    CredentialCheck {
        credential,
        held: person.holds.contains(&credential.id),
        paths,
        verdict,
        chosen,
    }
}

/// The route nearest to a person among those not met: the fewest missing conditions; on a tie,
/// the fewest that take more than time (a degree, credential or license, rather than experience
/// or finishing the program one is in); then, between routes that lack the same things but
/// time, the one with the fewest years of experience still to gain ("1 more year" before "5
/// more years"); then the first in the data.
fn nearest(paths: &[PathCheck<'_>], person: &Person) -> Option<usize> {
    let not_met = || paths.iter().filter(|p| p.outcome == Outcome::NotMet);
    let rank = |p: &PathCheck<'_>| (p.missing.len(), p.missing.len() - p.waiting.len());
    let best = not_met().map(rank).min()?;
    let mut nearest: Option<&PathCheck<'_>> = None;
    for candidate in not_met().filter(|p| rank(p) == best) {
        nearest = match nearest {
            Some(current)
                if candidate.lasting_gaps() != current.lasting_gaps()
                    || years_short(candidate.path, person) >= years_short(current.path, person) =>
            {
                Some(current)
            }
            _ => Some(candidate),
        };
    }
    nearest.map(|p| p.index)
}

/// Whether a person lacks the experience a path asks for: too few years, or none at all where
/// the path names experience but no number of years.
fn lacks_experience(path: &EligibilityPath, person: &Person) -> bool {
    years_short(path, person) > 0.0
        || (path.experience_years.is_none() && path.experience_in.is_some() && person.years <= 0.0)
}

/// The years of experience a person still lacks for a path: 0 when it asks for none.
fn years_short(path: &EligibilityPath, person: &Person) -> f64 {
    path.experience_years
        .map_or(0.0, |years| (f64::from(years) - person.years).max(0.0))
}

/// Checks a person against one path.
pub fn check_path<'a>(
    catalog: &Catalog,
    index: usize,
    path: &'a EligibilityPath,
    person: &Person,
    today: Date,
) -> PathCheck<'a> {
    let mut to_confirm = Vec::new();
    if path.status == Status::Unconfirmed {
        to_confirm.push("the route itself (unconfirmed)".to_string());
    }
    to_confirm.extend(rules::unknowns(path));
    to_confirm.extend(path.also_requires.iter().cloned());
    let (missing, waiting) = missing_conditions(catalog, path, person);
    let outcome = if rules::is_closed(path, today) {
        Outcome::Closed
    } else if path.region == Region::OutsideUs && !person.outside_us {
        Outcome::NotChecked
    } else if !missing.is_empty() {
        Outcome::NotMet
    } else if !to_confirm.is_empty() {
        Outcome::Possible
    } else {
        Outcome::Met
    };
    PathCheck {
        index,
        path,
        outcome,
        missing,
        to_confirm,
        waiting,
    }
}

/// What the person lacks for `path`, one entry per condition, and which of those entries only
/// take time (see `PathCheck::waiting`).
fn missing_conditions(
    catalog: &Catalog,
    path: &EligibilityPath,
    person: &Person,
) -> (Vec<String>, Vec<usize>) {
    let mut missing = Vec::new();
    let mut waiting = Vec::new();
    match path.stage {
        Stage::FinalTermStudent => {
            if !person.final_term {
                missing.push("needs to be in the last term of the program (a route for students about to graduate)".to_string());
            }
            missing.extend(education_gaps(catalog, path, person.as_described()));
        }
        Stage::Graduate => {
            // A last-term student who would meet the path once the program is finished is
            // told just that; otherwise, what their completed education lacks.
            let now = education_gaps(catalog, path, person.completed());
            if !now.is_empty()
                && person.final_term
                && education_gaps(catalog, path, person.as_described()).is_empty()
            {
                waiting.push(missing.len());
                missing.push("needs to finish the program you are in the last term of".to_string());
            } else {
                missing.extend(now);
            }
        }
    }
    if lacks_experience(path, person) {
        waiting.push(missing.len());
        let field = rules::experience_field(path);
        let short = years_short(path, person);
        missing.push(if short <= 0.0 {
            format!("needs experience{field}")
        } else if person.years <= 0.0 {
            format!("needs {} of experience{field}", rules::years_phrase(short))
        } else {
            let short = rules::years_phrase(short);
            let (number, unit) = short.split_once(' ').unwrap_or((&short, "years"));
            format!("needs {number} more {unit} of experience{field}")
        });
    }
    if !path.credentials_any.is_empty()
        && !path
            .credentials_any
            .iter()
            .any(|c| person.holds.contains(c))
    {
        missing.push(format!(
            "needs to hold {}",
            rules::credential_names(catalog, &path.credentials_any)
        ));
    }
    if !path.licenses_any.is_empty()
        && !path
            .licenses_any
            .iter()
            .any(|l| person.licenses.contains(l))
    {
        let names: Vec<String> = path
            .licenses_any
            .iter()
            .map(|l| rules::license_name(l))
            .collect();
        missing.push(format!("needs {}", or_list(&names)));
    }
    (missing, waiting)
}

/// What `education` lacks of the degree, program and accreditation `path` asks for.
fn education_gaps(
    catalog: &Catalog,
    path: &EligibilityPath,
    education: Education<'_>,
) -> Vec<String> {
    let mut gaps = Vec::new();
    if let Some(minimum) = path.degree
        && education.degree < minimum
    {
        gaps.push(format!("needs {}", rules::degree_minimum(minimum)));
    }
    // The described program counts only for paths that ask for that kind of program.
    let program = education.program.filter(|p| p.kind == path.program_kind);
    let accreditor = path.accredited_by.as_deref().and_then(|body| {
        let accredited = program
            .and_then(|p| p.accreditation)
            .is_some_and(|a| satisfies(catalog, a, body));
        (!accredited)
            .then(|| rules::accreditor_words(catalog, path))
            .flatten()
    });
    let names_a_program = !path.programs.is_empty() || path.program_kind != ProgramKind::Degree;
    let mut accreditor_told = false;
    if names_a_program {
        let in_discipline = program.is_some_and(|p| {
            path.programs.is_empty()
                || p.discipline
                    .is_some_and(|d| path.programs.iter().any(|wanted| wanted == d))
        });
        if !in_discipline {
            let noun = match (path.program_kind, path.stage) {
                (ProgramKind::Degree, Stage::FinalTermStudent) => "program",
                (ProgramKind::Degree, Stage::Graduate) if path.degree.is_some() => "degree",
                (ProgramKind::Degree, Stage::Graduate) => "program",
                (kind, _) => kind.label(),
            };
            let subject: Vec<String> = path
                .programs
                .iter()
                .map(|p| rules::discipline_name(p))
                .collect();
            let subject = if subject.is_empty() {
                String::new()
            } else {
                format!(" in {}", or_list(&subject))
            };
            // One program lacking both its discipline and its accreditor is one gap in words.
            let from = match &accreditor {
                Some(words) => {
                    accreditor_told = true;
                    format!(" from {words}")
                }
                None => String::new(),
            };
            gaps.push(format!("needs {} {noun}{subject}{from}", article(noun)));
        }
    }
    if let Some(words) = accreditor
        && !accreditor_told
    {
        gaps.push(format!("needs {words}"));
    }
    gaps
}

fn article(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Whether a program accredited as `accreditation` meets a path's `accredited_by`: the same
/// body, or, for "recognized", any accreditor (a body of the data that accredits, or one the
/// person calls recognized).
pub fn satisfies(catalog: &Catalog, accreditation: &Accreditation, body: &str) -> bool {
    match accreditation {
        Accreditation::By(id) if id == body => true,
        Accreditation::By(id) => {
            body == ANY_RECOGNIZED_ACCREDITOR
                && catalog
                    .organization(id)
                    .is_some_and(|o| o.kinds.contains(&OrganizationKind::Accreditor))
        }
        Accreditation::Recognized => body == ANY_RECOGNIZED_ACCREDITOR,
    }
}

/// The disciplines the data's paths name, each once, in the order of the data: the values
/// `--program` accepts.
pub fn disciplines(catalog: &Catalog) -> Vec<&str> {
    distinct(catalog, |path| &path.programs)
}

/// The licenses the data's paths name, each once, in the order of the data: the values
/// `--license` accepts.
pub fn licenses(catalog: &Catalog) -> Vec<&str> {
    distinct(catalog, |path| &path.licenses_any)
}

fn distinct<'a>(
    catalog: &'a Catalog,
    values: impl Fn(&'a EligibilityPath) -> &'a Vec<String>,
) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for path in catalog.data.credentials().iter().flat_map(|c| &c.paths) {
        for value in values(path) {
            if !seen.contains(&value.as_str()) {
                seen.push(value);
            }
        }
    }
    seen
}
