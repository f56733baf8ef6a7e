//! The eligibility checker: a person, described by a few facts, checked against every path of a
//! credential. Pure: the catalog, the person and the date in, an outcome per path out.
//!
//! Each path's outcome says how far the person meets it and how sure the rule is:
//!
//! - **met**: every condition holds, and the rule is the issuer's own (`confirmed`) with a
//!   source no older than the staleness threshold (an undated primary source is the issuer's
//!   current page: see docs/DATA.md);
//! - **likely**: every condition holds, but only a secondary source or the article states the
//!   rule, or its confirmed source is older than the threshold;
//! - **possible**: every condition him can check holds, but something is left to confirm: the
//!   route is unconfirmed, the sources leave part of it out, it names conditions him cannot
//!   check (`also_requires`), or the person's experience, degree, discipline or credential
//!   counts only if it is what the route asks for (years of a kind not said, a discipline the
//!   route names only by example, an apprentice form);
//! - **not met**, **closed**, or **not checked** (routes for programs abroad).
//!
//! What is missing and what is left to confirm are kept structured (`Need`, `Doubt`), each with
//! its words, so a planner can reuse them. `person` reads the person from a command line.

pub mod person;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{
    ANY_RECOGNIZED_ACCREDITOR, Credential, Degree, EligibilityPath, OrganizationKind, ProgramKind,
    Region, SourceKind, Stage, Status,
};
use crate::data::period::{Date, Period};
use crate::domain::rules;
use crate::text::{and_list, or_list};

/// When a check is made, and how old a rule's source may be before the rule is only likely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub today: Date,
    /// The rule-staleness threshold, in years (`--stale-after`, as for pay figures).
    pub stale_after_years: u16,
}

impl Timing {
    /// Whole months from `period` to today; 0 for a period that has not begun.
    pub fn months_since(&self, period: Period) -> u32 {
        let months = self.today.months() - period.reference().months();
        u32::try_from(months.max(0)).unwrap_or(u32::MAX)
    }

    pub fn is_stale(&self, period: Period) -> bool {
        self.months_since(period) > u32::from(self.stale_after_years) * 12
    }
}

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
    /// The discipline of the program described (`him`, `nursing`, or one no route names).
    pub program: Option<String>,
    /// What the described program is: the degree itself, or a certificate or fellowship after it.
    pub program_kind: ProgramKind,
    pub accreditation: Option<Accreditation>,
    /// In the last term of the described program, not yet graduated.
    pub final_term: bool,
    /// The described program is outside the United States.
    pub outside_us: bool,
    /// Years of experience by kind (an id of the data's experience kinds).
    pub experience: BTreeMap<String, f64>,
    /// Years of experience whose kind the person did not say (`--years`): they may be of any
    /// kind, so a route they would meet is only possible.
    pub unspecified_years: f64,
    /// Credential ids held.
    pub holds: BTreeSet<String>,
    /// The credentials of `holds` held in their apprentice form (CPC-A).
    pub apprentice: BTreeSet<String>,
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
            experience: BTreeMap::new(),
            unspecified_years: 0.0,
            holds: BTreeSet::new(),
            apprentice: BTreeSet::new(),
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

    /// Whether the person said anything about their experience.
    pub fn has_experience(&self) -> bool {
        self.unspecified_years > 0.0 || self.experience.values().any(|&y| y > 0.0)
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

// --- experience by kind ----------------------------------------------------------------------

/// Experience of a kind whose years no source gives, as a plan has a person gain it: enough for
/// a route that asks for some, never said as a number of years, never counted as years given.
pub const SOME_YEARS: f64 = f64::MIN_POSITIVE;

/// The years a person has of experience `kind`: the years given for it, or, when more, the
/// years of the narrower kinds that count toward it, added up. An outpatient and an inpatient
/// year of CDI are two years of CDI; `cdi=3` with `outpatient-cdi=1` is three years of CDI, the
/// outpatient one among them.
pub fn years_of(catalog: &Catalog, person: &Person, kind: &str) -> f64 {
    fn total(catalog: &Catalog, person: &Person, kind: &str, depth: usize) -> f64 {
        let own = person.experience.get(kind).copied().unwrap_or(0.0);
        if depth == 0 {
            return own;
        }
        let narrower: f64 = catalog
            .data
            .experience()
            .iter()
            .filter(|k| k.counts_toward.as_deref() == Some(kind))
            .map(|k| total(catalog, person, &k.id, depth - 1))
            .sum();
        own.max(narrower)
    }
    // The data has no cycles (the loader refuses them); the depth bound makes sure of it.
    total(catalog, person, kind, catalog.data.experience().len())
}

/// The kinds that experience of `kind` counts toward, nearest first.
pub fn broader_kinds<'c>(catalog: &'c Catalog, kind: &str) -> Vec<&'c str> {
    let mut found: Vec<&str> = Vec::new();
    let mut current = catalog.experience_kind(kind);
    while let Some(broader) = current.and_then(|k| k.counts_toward.as_deref()) {
        if found.contains(&broader) || broader == kind {
            break;
        }
        found.push(broader);
        current = catalog.experience_kind(broader);
    }
    found
}

/// Whether experience of kind `narrow` counts toward `broad`.
pub fn counts_toward(catalog: &Catalog, narrow: &str, broad: &str) -> bool {
    narrow == broad || broader_kinds(catalog, narrow).contains(&broad)
}

/// Years of one kind of experience, as a person gave them or a path asks for them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KindYears {
    pub kind: String,
    pub years: f64,
}

// --- what is missing, what is left to confirm ------------------------------------------------

/// One condition of a path the person does not meet.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "need", rename_all = "snake_case")]
pub enum Need {
    /// A degree of at least this level.
    Degree { minimum: Degree },
    /// A program of this kind, in one of these disciplines (any when empty, or another one
    /// `also` describes), accredited by `accredited_by` when set.
    Program {
        kind: ProgramKind,
        disciplines: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        also: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        accredited_by: Option<String>,
    },
    /// The described program's accreditation by this body (or `recognized`).
    Accreditation { accredited_by: String },
    /// Being in the last term of the program (a route for students about to graduate).
    FinalTerm,
    /// Finishing the program the person is in the last term of.
    FinishProgram,
    /// Experience of a kind: `years` in all (`None`: some, the sources give no number), of
    /// which the person has `has`, `short` still to gain; `not_counting` is the experience the
    /// person gave that does not count toward it.
    Experience {
        kind: String,
        years: Option<f64>,
        has: f64,
        short: Option<f64>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        not_counting: Vec<KindYears>,
    },
    /// Holding one of these credentials.
    Credential { any: Vec<String> },
    /// Holding one of these licenses.
    License { any: Vec<String> },
}

impl Need {
    /// Whether only time fills it: experience still to gain, or the program being finished.
    pub fn only_time(&self) -> bool {
        matches!(self, Need::Experience { .. } | Need::FinishProgram)
    }
}

/// A missing condition and its words: "needs a bachelor's degree or higher".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    #[serde(flatten)]
    pub need: Need,
    pub words: String,
}

/// Something that keeps a path from being a rule him can count as met.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "doubt", rename_all = "snake_case")]
pub enum Doubt {
    /// The route itself is unconfirmed.
    Unconfirmed,
    /// Parts of the route the sources do not give.
    NotGiven { what: Vec<String> },
    /// A condition him cannot check.
    Condition { text: String },
    /// Experience that counts only if it is of the kind the route asks for: years whose kind
    /// the person did not say, or of a broader kind (`from`).
    ExperienceKind {
        kind: String,
        years: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        from: Option<KindYears>,
        unspecified_years: f64,
    },
    /// A program in a discipline the route does not list, where its list is of examples.
    Discipline {
        discipline: String,
        examples: Vec<String>,
        also: String,
    },
    /// A degree above the one level the route names.
    HigherDegree { named: Degree, has: Degree },
    /// A credential the route names, held in its apprentice form.
    ApprenticeForm { credential: String },
}

/// A doubt and its words: "met if your 2 years (kind not said) are in medical coding".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unsure {
    #[serde(flatten)]
    pub doubt: Doubt,
    pub words: String,
}

// --- how sure the rule is --------------------------------------------------------------------

/// How strong the evidence for a rule is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// The issuer's own page states it, and the page is not older than the threshold.
    Current,
    /// The issuer's own page states it, but the page is older than the threshold.
    Stale,
    /// Only a secondary source states it.
    Secondary,
    /// Only the source article states it.
    Article,
    /// Believed, not confirmed.
    Unconfirmed,
}

/// The evidence behind one rule: its status, and its source's date and age.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub strength: Strength,
    /// The period the rule's source is dated to; `None` when the source is undated.
    pub source_date: Option<Period>,
    #[serde(skip)]
    pub age_months: Option<u32>,
    /// The source is older than the threshold.
    pub stale: bool,
}

impl Evidence {
    pub fn of(catalog: &Catalog, path: &EligibilityPath, timing: Timing) -> Evidence {
        let source = catalog.source(&path.source);
        let source_date = source.and_then(|s| s.period);
        let stale = source_date.is_some_and(|p| timing.is_stale(p));
        // A status of `confirmed` on a source that is not the issuer's own page is taken at
        // the strength of its source.
        let primary = source.is_some_and(|s| s.kind == SourceKind::Primary);
        let strength = match path.status {
            Status::Unconfirmed => Strength::Unconfirmed,
            Status::Article => Strength::Article,
            Status::Secondary => Strength::Secondary,
            Status::Confirmed if !primary => Strength::Secondary,
            Status::Confirmed if stale => Strength::Stale,
            Status::Confirmed => Strength::Current,
        };
        Evidence {
            strength,
            source_date,
            age_months: source_date.map(|p| timing.months_since(p)),
            stale,
        }
    }
}

// --- outcomes --------------------------------------------------------------------------------

/// How one path turns out for one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Every condition holds, by a current rule of the issuer's own: eligible.
    Met,
    /// Every condition holds, but the rule is only a secondary source's or the article's, or
    /// its source is older than the threshold.
    Likely,
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
            Outcome::Likely => "likely",
            Outcome::Possible => "possible",
            Outcome::NotMet => "not_met",
            Outcome::Closed => "closed",
            Outcome::NotChecked => "not_checked",
        }
    }

    /// Met, likely or possible: everything him can check holds.
    pub fn is_open(self) -> bool {
        matches!(self, Outcome::Met | Outcome::Likely | Outcome::Possible)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PathCheck<'a> {
    /// The index of the path in its list (the credential's paths, recommendations or ways to
    /// remove an apprentice mark).
    pub index: usize,
    pub path: &'a EligibilityPath,
    pub outcome: Outcome,
    /// What the person lacks, one entry per unmet condition.
    pub missing: Vec<Gap>,
    /// What him cannot check or count for sure.
    pub to_confirm: Vec<Unsure>,
    pub evidence: Evidence,
}

impl PathCheck<'_> {
    pub fn missing_words(&self) -> Vec<&str> {
        self.missing.iter().map(|g| g.words.as_str()).collect()
    }

    pub fn to_confirm_words(&self) -> Vec<&str> {
        self.to_confirm.iter().map(|u| u.words.as_str()).collect()
    }

    /// What is missing besides time.
    fn lasting_gaps(&self) -> Vec<&str> {
        self.missing
            .iter()
            .filter(|g| !g.need.only_time())
            .map(|g| g.words.as_str())
            .collect()
    }

    /// The years of experience still to gain.
    fn years_short(&self) -> f64 {
        self.missing
            .iter()
            .map(|g| match g.need {
                Need::Experience { short, .. } => short.unwrap_or(0.0),
                _ => 0.0,
            })
            .sum()
    }
}

/// The answer for one credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A path is met.
    Eligible,
    /// No path is met, but one is likely: a secondary, article or stale rule.
    Likely,
    /// No path is met or likely, but a possible route matches everything him can check.
    Possible,
    NotEligible,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::Likely => "likely",
            Verdict::Possible => "possible",
            Verdict::NotEligible => "not_eligible",
        }
    }
}

/// How a list of paths turns out: the verdict, and the path that decides it (the first met,
/// else the first likely, else the first possible, else the nearest; `None` when no path is
/// open to the person at all).
fn decide(paths: &[PathCheck<'_>]) -> (Verdict, Option<usize>) {
    let first = |outcome: Outcome| paths.iter().position(|p| p.outcome == outcome);
    if let Some(i) = first(Outcome::Met) {
        (Verdict::Eligible, Some(i))
    } else if let Some(i) = first(Outcome::Likely) {
        (Verdict::Likely, Some(i))
    } else if let Some(i) = first(Outcome::Possible) {
        (Verdict::Possible, Some(i))
    } else {
        (Verdict::NotEligible, nearest(paths))
    }
}

/// The apprentice form of a credential, for one person: the ways its mark comes off, each
/// checked like a path.
#[derive(Clone, Debug, PartialEq)]
pub struct ApprenticeCheck<'a> {
    pub abbreviation: &'a str,
    pub removals: Vec<PathCheck<'a>>,
    /// Whether a way to remove the mark is met (met, likely or possible: `verdict` says which).
    pub verdict: Verdict,
    /// The way that decides it: the first met, likely or possible, else the first way (the
    /// rule itself).
    pub chosen: Option<usize>,
}

impl<'a> ApprenticeCheck<'a> {
    pub fn chosen_removal(&self) -> Option<&PathCheck<'a>> {
        self.chosen.map(|i| &self.removals[i])
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CredentialCheck<'a> {
    pub credential: &'a Credential,
    /// The person already holds it (in its apprentice form, when `held_as_apprentice`).
    pub held: bool,
    pub held_as_apprentice: bool,
    /// Every path, in the order of the data.
    pub paths: Vec<PathCheck<'a>>,
    pub verdict: Verdict,
    /// Index into `paths`: the path that decides the verdict (see `decide`).
    pub chosen: Option<usize>,
    /// The preparation the issuer recommends, each checked like a path.
    pub recommended: Vec<PathCheck<'a>>,
    pub apprentice: Option<ApprenticeCheck<'a>>,
}

impl<'a> CredentialCheck<'a> {
    /// Eligible now, by a current rule of the issuer's own.
    pub fn eligible(&self) -> bool {
        self.verdict == Verdict::Eligible
    }

    pub fn chosen_path(&self) -> Option<&PathCheck<'a>> {
        self.chosen.map(|i| &self.paths[i])
    }

    /// The other paths with the chosen one's outcome (met, or likely).
    pub fn also_met(&self) -> impl Iterator<Item = &PathCheck<'a>> {
        let outcome = self.chosen_path().map(|p| p.outcome);
        self.paths.iter().filter(move |p| {
            matches!(p.outcome, Outcome::Met | Outcome::Likely)
                && Some(p.outcome) == outcome
                && Some(p.index) != self.chosen
        })
    }
}

/// Checks a person against every path of a credential.
pub fn check<'a>(
    catalog: &Catalog,
    credential: &'a Credential,
    person: &Person,
    timing: Timing,
) -> CredentialCheck<'a> {
    let check_all = |paths: &'a [EligibilityPath]| -> Vec<PathCheck<'a>> {
        paths
            .iter()
            .enumerate()
            .map(|(index, path)| check_path(catalog, index, path, person, timing))
            .collect()
    };
    let paths = check_all(&credential.paths);
    let (verdict, chosen) = decide(&paths);
    let apprentice = credential.apprentice.as_ref().map(|apprentice| {
        let removals = check_all(&apprentice.removals);
        let (verdict, chosen) = decide(&removals);
        // With no way open, the first way is the rule itself ("two years of coding"); the
        // others are shortcuts with conditions of their own.
        let chosen = if verdict == Verdict::NotEligible && !removals.is_empty() {
            Some(0)
        } else {
            chosen
        };
        ApprenticeCheck {
            abbreviation: &apprentice.abbreviation,
            removals,
            verdict,
            chosen,
        }
    });
    CredentialCheck {
        credential,
        held: person.holds.contains(&credential.id),
        held_as_apprentice: person.apprentice.contains(&credential.id),
        paths,
        verdict,
        chosen,
        recommended: check_all(&credential.recommended),
        apprentice,
    }
}

/// The route nearest to a person among those not met: the fewest missing conditions; on a tie,
/// the fewest that take more than time (a degree, credential or license, rather than experience
/// or finishing the program one is in); then, between routes that lack the same things but
/// time, the one with the fewest years of experience still to gain ("1 more year" before "5
/// more years"); then the first in the data.
fn nearest(paths: &[PathCheck<'_>]) -> Option<usize> {
    let not_met = || paths.iter().filter(|p| p.outcome == Outcome::NotMet);
    let rank = |p: &PathCheck<'_>| (p.missing.len(), p.lasting_gaps().len());
    let best = not_met().map(rank).min()?;
    let mut nearest: Option<&PathCheck<'_>> = None;
    for candidate in not_met().filter(|p| rank(p) == best) {
        nearest = match nearest {
            Some(current)
                if candidate.lasting_gaps() != current.lasting_gaps()
                    || candidate.years_short() >= current.years_short() =>
            {
                Some(current)
            }
            _ => Some(candidate),
        };
    }
    nearest.map(|p| p.index)
}

/// Checks a person against one path.
pub fn check_path<'a>(
    catalog: &Catalog,
    index: usize,
    path: &'a EligibilityPath,
    person: &Person,
    timing: Timing,
) -> PathCheck<'a> {
    let mut to_confirm = Vec::new();
    if path.status == Status::Unconfirmed {
        to_confirm.push(Unsure {
            doubt: Doubt::Unconfirmed,
            words: "the route itself (unconfirmed)".to_string(),
        });
    }
    if let Some(words) = rules::unknowns(path) {
        to_confirm.push(Unsure {
            doubt: Doubt::NotGiven {
                what: path.unknown.clone(),
            },
            words,
        });
    }
    to_confirm.extend(path.also_requires.iter().map(|text| Unsure {
        doubt: Doubt::Condition { text: text.clone() },
        words: text.clone(),
    }));
    let mut missing = Vec::new();
    conditions(catalog, path, person, &mut missing, &mut to_confirm);
    let evidence = Evidence::of(catalog, path, timing);
    let outcome = if rules::is_closed(path, timing.today) {
        Outcome::Closed
    } else if path.region == Region::OutsideUs && !person.outside_us {
        Outcome::NotChecked
    } else if !missing.is_empty() {
        Outcome::NotMet
    } else if !to_confirm.is_empty() {
        Outcome::Possible
    } else if evidence.strength != Strength::Current {
        Outcome::Likely
    } else {
        Outcome::Met
    };
    PathCheck {
        index,
        path,
        outcome,
        missing,
        to_confirm,
        evidence,
    }
}

/// What the person lacks for `path`, and what counts only if it is what the path asks for.
fn conditions(
    catalog: &Catalog,
    path: &EligibilityPath,
    person: &Person,
    missing: &mut Vec<Gap>,
    to_confirm: &mut Vec<Unsure>,
) {
    match path.stage {
        Stage::FinalTermStudent => {
            if !person.final_term {
                missing.push(Gap {
                    need: Need::FinalTerm,
                    words: "needs to be in the last term of the program (a route for students about to graduate)".to_string(),
                });
            }
            education(catalog, path, person.as_described(), missing, to_confirm);
        }
        Stage::Graduate => {
            // A last-term student who would meet the path once the program is finished is
            // told just that; otherwise, what their completed education lacks.
            let (mut now, mut now_unsure) = (Vec::new(), Vec::new());
            education(catalog, path, person.completed(), &mut now, &mut now_unsure);
            let (mut then, mut then_unsure) = (Vec::new(), Vec::new());
            education(
                catalog,
                path,
                person.as_described(),
                &mut then,
                &mut then_unsure,
            );
            if !now.is_empty() && person.final_term && then.is_empty() {
                missing.push(Gap {
                    need: Need::FinishProgram,
                    words: "needs to finish the program you are in the last term of".to_string(),
                });
                to_confirm.extend(then_unsure);
            } else {
                missing.extend(now);
                to_confirm.extend(now_unsure);
            }
        }
    }
    if let Some(kind) = &path.experience_in {
        experience(
            catalog,
            person,
            kind,
            path.experience_years,
            missing,
            to_confirm,
        );
        if let Some(part) = &path.experience_of_which {
            experience(
                catalog,
                person,
                &part.kind,
                Some(part.years),
                missing,
                to_confirm,
            );
        }
    }
    if !path.credentials_any.is_empty() {
        let holds_fully =
            |id: &String| person.holds.contains(id) && !person.apprentice.contains(id);
        let as_apprentice = path
            .credentials_any
            .iter()
            .find(|id| person.holds.contains(*id));
        match as_apprentice {
            _ if path.credentials_any.iter().any(holds_fully) => {}
            // Held, but only in its apprentice form: whether that counts, the route does not say.
            Some(id) => {
                let form = catalog
                    .credential(id)
                    .and_then(|c| c.apprentice.as_ref())
                    .map_or("its apprentice form", |a| a.abbreviation.as_str());
                to_confirm.push(Unsure {
                    doubt: Doubt::ApprenticeForm {
                        credential: id.clone(),
                    },
                    words: format!(
                        "met if {form} counts: the route names {}",
                        catalog.short_name_of(Kind::Credential, id)
                    ),
                });
            }
            None => missing.push(Gap {
                need: Need::Credential {
                    any: path.credentials_any.clone(),
                },
                words: format!(
                    "needs to hold {}",
                    rules::credential_names(catalog, &path.credentials_any)
                ),
            }),
        }
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
        missing.push(Gap {
            need: Need::License {
                any: path.licenses_any.clone(),
            },
            words: format!("needs {}", or_list(&names)),
        });
    }
}

/// Whether the person has `years` of experience of `kind` (`None`: some, however much): met,
/// met only if some of their experience is of that kind, or short.
fn experience(
    catalog: &Catalog,
    person: &Person,
    kind: &str,
    years: Option<f64>,
    missing: &mut Vec<Gap>,
    to_confirm: &mut Vec<Unsure>,
) {
    let has = years_of(catalog, person, kind);
    let enough = |available: f64| match years {
        Some(needed) => available >= needed,
        None => available > 0.0,
    };
    if enough(has) {
        return;
    }
    let name = rules::experience_name(catalog, kind);
    // Years that may be of this kind: given for a broader kind it counts toward (`cdi=2` may
    // be outpatient; `inpatient-cdi=2` may not), or of a kind not said. A broader kind's years
    // are taken as they are given, whatever narrower kinds are given beside them, so that
    // more years of any kind never make a route less possible.
    let broader: Vec<(&str, f64, f64)> = broader_kinds(catalog, kind)
        .into_iter()
        .filter_map(|b| {
            let given = person.experience.get(b).copied().unwrap_or(0.0);
            (given > SOME_YEARS).then_some((b, given, given))
        })
        .collect();
    let unspecified = person.unspecified_years;
    let pool = has + broader.iter().map(|(_, free, _)| free).sum::<f64>() + unspecified;
    if enough(pool) && pool > has {
        let mut yours: Vec<String> = broader
            .iter()
            .map(|(b, _, given)| {
                format!(
                    "{} of {}",
                    rules::years_phrase(*given),
                    rules::experience_name(catalog, b)
                )
            })
            .collect();
        if unspecified > 0.0 {
            yours.push(format!(
                "{} (kind not said)",
                rules::years_phrase(unspecified)
            ));
        }
        let single = match (broader.as_slice(), unspecified > 0.0) {
            ([(_, _, given)], false) => *given == 1.0,
            ([], true) => unspecified == 1.0,
            _ => false,
        };
        let verb = if single { "is" } else { "are" };
        let words = match years {
            Some(needed) if needed - has < pool - has => format!(
                "met if {}{} of your {} {verb} in {name}",
                rules::years_number(needed - has),
                if has > 0.0 { " more" } else { "" },
                and_list(&yours)
            ),
            _ => format!("met if your {} {verb} in {name}", and_list(&yours)),
        };
        to_confirm.push(Unsure {
            doubt: Doubt::ExperienceKind {
                kind: kind.to_string(),
                years,
                from: broader.first().map(|(b, free, _)| KindYears {
                    kind: b.to_string(),
                    years: *free,
                }),
                unspecified_years: unspecified,
            },
            words,
        });
        return;
    }
    let not_counting: Vec<KindYears> = person
        .experience
        .iter()
        .filter(|(given, years)| {
            **years > SOME_YEARS
                && !counts_toward(catalog, given, kind)
                && !counts_toward(catalog, kind, given)
        })
        .map(|(given, years)| KindYears {
            kind: given.clone(),
            years: *years,
        })
        .collect();
    let short = years.map(|needed| (needed - has).max(0.0));
    let mut words = match (years, short) {
        (Some(needed), _) if has <= 0.0 => format!(
            "needs {} of experience in {name}",
            rules::years_phrase(needed)
        ),
        (Some(_), Some(short)) => {
            let short = rules::years_phrase(short);
            let (number, unit) = short.split_once(' ').unwrap_or((&short, "years"));
            format!("needs {number} more {unit} of experience in {name}")
        }
        _ => format!("needs experience in {name}"),
    };
    // Said once per path: a second kind of the same route would repeat it word for word.
    let told = missing.iter().any(
        |g| matches!(&g.need, Need::Experience { not_counting, .. } if !not_counting.is_empty()),
    );
    if !not_counting.is_empty() && !told {
        let yours: Vec<String> = not_counting
            .iter()
            .map(|k| {
                format!(
                    "{} of {}",
                    rules::years_phrase(k.years),
                    rules::experience_name(catalog, &k.kind)
                )
            })
            .collect();
        let verb = if yours.len() == 1 && not_counting[0].years == 1.0 {
            "does"
        } else {
            "do"
        };
        words.push_str(&format!(
            " (your {} {verb} not count toward it)",
            and_list(&yours)
        ));
    }
    missing.push(Gap {
        need: Need::Experience {
            kind: kind.to_string(),
            years,
            has,
            short,
            not_counting,
        },
        words,
    });
}

/// What `education` lacks of the degree, program and accreditation `path` asks for, and what
/// of it counts only if the issuer accepts it (a higher degree than the route names, a
/// discipline the route lists only by example).
fn education(
    catalog: &Catalog,
    path: &EligibilityPath,
    education: Education<'_>,
    gaps: &mut Vec<Gap>,
    unsure: &mut Vec<Unsure>,
) {
    let (mut lacking, mut doubts) = (Vec::new(), Vec::new());
    education_against(catalog, path, education, &mut lacking, &mut doubts);
    // Whether a higher degree or another discipline counts matters once nothing else lacks.
    if lacking.is_empty() {
        unsure.extend(doubts);
    }
    gaps.extend(lacking);
}

fn education_against(
    catalog: &Catalog,
    path: &EligibilityPath,
    education: Education<'_>,
    gaps: &mut Vec<Gap>,
    unsure: &mut Vec<Unsure>,
) {
    if let Some(minimum) = path.degree {
        if education.degree < minimum {
            gaps.push(Gap {
                need: Need::Degree { minimum },
                words: format!("needs {}", rules::degree_words(path, minimum)),
            });
        } else if path.degree_exact && education.degree > minimum {
            unsure.push(Unsure {
                doubt: Doubt::HigherDegree {
                    named: minimum,
                    has: education.degree,
                },
                words: format!(
                    "met if {} counts: the route names {} only",
                    education.degree.phrase(),
                    minimum.phrase()
                ),
            });
        }
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
            .map(|words| (body, words))
    });
    let names_a_program = !path.programs.is_empty() || path.program_kind != ProgramKind::Degree;
    let mut accreditor_told = false;
    if names_a_program {
        let discipline = program.and_then(|p| p.discipline);
        let listed = discipline.is_some_and(|d| path.programs.iter().any(|wanted| wanted == d));
        let in_discipline = program.is_some() && (path.programs.is_empty() || listed);
        match (discipline, &path.programs_also) {
            _ if in_discipline => {}
            (Some(discipline), Some(also)) if program.is_some() => {
                let mut named: Vec<String> = path
                    .programs
                    .iter()
                    .map(|p| rules::discipline_name(p))
                    .collect();
                named.push(also.clone());
                unsure.push(Unsure {
                    doubt: Doubt::Discipline {
                        discipline: discipline.to_string(),
                        examples: path.programs.clone(),
                        also: also.clone(),
                    },
                    words: format!(
                        "met if your program in {} counts: the route names {}",
                        rules::discipline_name(discipline),
                        and_list(&named)
                    ),
                });
            }
            _ => {
                let noun = match (path.program_kind, path.stage) {
                    (ProgramKind::Degree, Stage::FinalTermStudent) => "program",
                    (ProgramKind::Degree, Stage::Graduate) if path.degree.is_some() => "degree",
                    (ProgramKind::Degree, Stage::Graduate) => "program",
                    (kind, _) => kind.label(),
                };
                // One program lacking both its discipline and its accreditor is one gap in
                // words.
                let from = match &accreditor {
                    Some((_, words)) => {
                        accreditor_told = true;
                        format!(" from {words}")
                    }
                    None => String::new(),
                };
                gaps.push(Gap {
                    need: Need::Program {
                        kind: path.program_kind,
                        disciplines: path.programs.clone(),
                        also: path.programs_also.clone(),
                        accredited_by: accreditor.as_ref().map(|(body, _)| body.to_string()),
                    },
                    words: format!(
                        "needs {} {noun}{}{from}",
                        article(noun),
                        rules::subject(path)
                    ),
                });
            }
        }
    }
    if let Some((body, words)) = accreditor
        && !accreditor_told
    {
        gaps.push(Gap {
            need: Need::Accreditation {
                accredited_by: body.to_string(),
            },
            words: format!("needs {words}"),
        });
    }
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

/// Every path of the data: routes, recommendations and ways to remove an apprentice mark.
fn all_paths(catalog: &Catalog) -> impl Iterator<Item = &EligibilityPath> {
    catalog.data.credentials().iter().flat_map(|c| {
        c.paths
            .iter()
            .chain(&c.recommended)
            .chain(c.apprentice.iter().flat_map(|a| &a.removals))
    })
}

/// The disciplines the data's paths name, each once, in the order of the data: the values
/// `--program` knows (it takes others too, for routes that list disciplines by example).
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
    for path in all_paths(catalog) {
        for value in values(path) {
            if !seen.contains(&value.as_str()) {
                seen.push(value);
            }
        }
    }
    seen
}
