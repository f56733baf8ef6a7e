//! Credential rules read from the data: how a path reads in words, and whether a credential
//! depends on a program accredited by some body (CAHIIM, usually).

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{
    ANY_RECOGNIZED_ACCREDITOR, Credential, Degree, EligibilityPath, Organization, OrganizationKind,
    ProgramKind, Region, Stage, Status,
};
use crate::data::period::Date;
use crate::text::or_list;

/// How a credential's eligibility depends on programs accredited by one body.
/// Ordered from the strongest dependency to the weakest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    /// Every counted path needs such a program.
    AllPaths,
    /// At least one path needs it and another does not.
    SomePaths,
    /// No path needs the program itself, but a path needs a credential that does.
    ViaCredential,
}

impl Requirement {
    pub fn as_str(self) -> &'static str {
        match self {
            Requirement::AllPaths => "all_paths",
            Requirement::SomePaths => "some_paths",
            Requirement::ViaCredential => "via_credential",
        }
    }

    /// The kind of dependency in words, for people: "all paths".
    pub fn words(self) -> &'static str {
        match self {
            Requirement::AllPaths => "all paths",
            Requirement::SomePaths => "some paths",
            Requirement::ViaCredential => "via credential",
        }
    }
}

/// Whether a path counts when classifying: routes for programs outside the United States are
/// shown but not counted, and a time-limited route that has closed is no route at all.
pub fn counts_for_classification(path: &EligibilityPath, today: Date) -> bool {
    path.region == Region::Us && !is_closed(path, today)
}

pub fn is_closed(path: &EligibilityPath, today: Date) -> bool {
    path.closes.is_some_and(|closes| {
        let end = closes.end_year.unwrap_or(closes.start.year);
        match (closes.start.month, closes.end_year) {
            (Some(month), None) => (today.year, today.month.unwrap_or(1)) > (end, month),
            _ => today.year > end,
        }
    })
}

/// The bodies whose accreditation a credential may depend on: the accreditors of the data, then
/// any other organization a path names in `accredited_by`, each once.
pub fn accreditors(catalog: &Catalog) -> Vec<&Organization> {
    let data = &catalog.data;
    let mut found: Vec<&Organization> = data
        .organizations()
        .iter()
        .filter(|o| o.kinds.contains(&OrganizationKind::Accreditor))
        .collect();
    let named = data
        .credentials()
        .iter()
        .flat_map(|c| &c.paths)
        .filter_map(|p| p.accredited_by.as_deref())
        .filter_map(|id| catalog.organization(id));
    for org in named {
        if !found.iter().any(|o| o.id == org.id) {
            found.push(org);
        }
    }
    found
}

/// Whether a path itself needs a program accredited by `body`.
pub fn needs_program_of(path: &EligibilityPath, body: &str) -> bool {
    path.accredited_by.as_deref() == Some(body)
}

/// How a credential depends on programs accredited by one body, with the routes behind the
/// classification. Path numbers are indexes into `credential.paths`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dependency {
    pub requirement: Option<Requirement>,
    /// The paths counted when classifying: routes in the United States that are still open.
    pub counted: Vec<usize>,
    /// Counted paths that need such a program themselves.
    pub direct: Vec<usize>,
    /// Counted paths that need it through a credential: every credential they accept depends on
    /// the body.
    pub through_credential: Vec<usize>,
    /// The credentials those paths accept, each once, in the order of the data.
    pub via: Vec<String>,
    /// Paths shown but not counted: routes for programs abroad, and closed routes.
    pub not_counted: Vec<usize>,
}

/// How `credential` depends on programs accredited by `body`, or `None` when it does not.
pub fn requirement(
    catalog: &Catalog,
    credential: &Credential,
    body: &str,
    today: Date,
) -> Option<Requirement> {
    dependency(catalog, credential, body, today).requirement
}

/// How `credential` depends on programs accredited by `body`, and through which paths.
pub fn dependency(
    catalog: &Catalog,
    credential: &Credential,
    body: &str,
    today: Date,
) -> Dependency {
    let depends = catalog.credential_dependents(body, today, || dependents(catalog, body, today));
    let holds_dependent = |id: &String| {
        catalog
            .credential_index(id)
            .is_some_and(|index| depends[index])
    };
    let mut found = Dependency::default();
    for (index, path) in credential.paths.iter().enumerate() {
        if !counts_for_classification(path, today) {
            found.not_counted.push(index);
            continue;
        }
        found.counted.push(index);
        if needs_program_of(path, body) {
            found.direct.push(index);
            continue;
        }
        if !path.credentials_any.is_empty() && path.credentials_any.iter().all(holds_dependent) {
            found.through_credential.push(index);
            for id in &path.credentials_any {
                if !found.via.contains(id) {
                    found.via.push(id.clone());
                }
            }
        }
    }
    found.requirement = if found.counted.is_empty() {
        None
    } else if found.direct.len() == found.counted.len() {
        Some(Requirement::AllPaths)
    } else if !found.direct.is_empty() {
        Some(Requirement::SomePaths)
    } else if !found.through_credential.is_empty() {
        Some(Requirement::ViaCredential)
    } else {
        None
    };
    found
}

/// For each credential (by its index in the data), whether it depends on programs accredited by
/// `body`: a counted path needs such a program, or a counted path accepts only credentials that
/// depend on it. Worked out for every credential at once, in time linear in the references
/// (each path waits for a count of the credentials it accepts, and a credential found to depend
/// counts down the paths that accept it), with no recursion: 30 layers of credentials that
/// each accept either of the next two took 2^30 steps when each was followed on its own, and a
/// chain of 20,000 overflowed the stack. A cycle of credentials requiring each other proves
/// nothing, as no credential in it is ever found to depend through the others alone.
fn dependents(catalog: &Catalog, body: &str, today: Date) -> Vec<bool> {
    let credentials = catalog.data.credentials();
    let mut depends = vec![false; credentials.len()];
    let mut found: Vec<usize> = Vec::new();
    // For each path that may depend through credentials: its credential, and how many of the
    // credentials it accepts are not yet known to depend.
    let mut waiting_paths: Vec<(usize, usize)> = Vec::new();
    // For each credential, the paths (indexes into `waiting_paths`) that accept it.
    let mut accepted_by: Vec<Vec<usize>> = vec![Vec::new(); credentials.len()];
    for (owner, credential) in credentials.iter().enumerate() {
        for path in &credential.paths {
            if !counts_for_classification(path, today) {
                continue;
            }
            if needs_program_of(path, body) {
                if !depends[owner] {
                    depends[owner] = true;
                    found.push(owner);
                }
                continue;
            }
            // A credential the data lacks never depends, so neither does a path accepting it.
            let accepted: Option<Vec<usize>> = path
                .credentials_any
                .iter()
                .map(|id| catalog.credential_index(id))
                .collect();
            let Some(mut accepted) = accepted.filter(|a| !a.is_empty()) else {
                continue;
            };
            accepted.sort_unstable();
            accepted.dedup();
            let slot = waiting_paths.len();
            waiting_paths.push((owner, accepted.len()));
            for index in accepted {
                accepted_by[index].push(slot);
            }
        }
    }
    while let Some(credential) = found.pop() {
        for &slot in &accepted_by[credential] {
            let (owner, left) = &mut waiting_paths[slot];
            *left -= 1;
            if *left == 0 && !depends[*owner] {
                depends[*owner] = true;
                found.push(*owner);
            }
        }
    }
    depends
}

/// A discipline id in words: `him` → "health information management".
pub fn discipline_name(id: &str) -> String {
    match id {
        "him" => "health information management".to_string(),
        "informatics" => "health informatics".to_string(),
        "coding" => "medical coding".to_string(),
        other => other.replace('-', " "),
    }
}

/// A license id in words: `rn` → "a registered nurse (RN) license".
pub fn license_name(id: &str) -> String {
    match id {
        "rn" => "an RN license".to_string(),
        "md" => "an MD".to_string(),
        "do" => "a DO".to_string(),
        "pharmd" => "a PharmD".to_string(),
        other => format!("a {} license", other.replace('-', " ")),
    }
}

/// "1. CAHIIM-accredited HIM degree": the path at `index` of a credential, numbered as `him
/// show` numbers it.
pub fn numbered_path(credential: &Credential, index: usize) -> String {
    format!("{}. {}", index + 1, credential.paths[index].name)
}

/// What a path asks for, in one sentence of parts: "a bachelor's degree or higher in health
/// information management from a program accredited by CAHIIM".
pub fn describe_path(catalog: &Catalog, path: &EligibilityPath) -> String {
    let mut parts: Vec<String> = Vec::new();
    let subject = subject(path);
    let accreditor = accreditor_words(catalog, path).map(|words| format!(" from {words}"));
    match path.program_kind {
        ProgramKind::Degree if path.stage == Stage::FinalTermStudent => {
            let accredited = accreditor
                .map(|a| a.replacen(" from a program", "", 1))
                .unwrap_or_default();
            parts.push(format!(
                "being in the last term of {}{subject}{accredited}",
                program_of_level(path.degree)
            ));
        }
        ProgramKind::Degree => {
            let mut education = match path.degree {
                Some(degree) => format!("{}{subject}", degree_words(path, degree)),
                None if !subject.is_empty() => format!("a program{subject}"),
                None => String::new(),
            };
            if let Some(accreditor) = accreditor {
                if education.is_empty() {
                    education = "a program".to_string();
                }
                education.push_str(&accreditor);
            }
            if !education.is_empty() {
                parts.push(education);
            }
        }
        ProgramKind::PostBaccalaureateCertificate | ProgramKind::Fellowship => {
            let program = format!(
                "a {}{subject}{}",
                path.program_kind.label(),
                accreditor.unwrap_or_default()
            );
            parts.push(match path.degree {
                Some(degree) => format!("{}, then {program}", degree_words(path, degree)),
                None => program,
            });
        }
    }
    if !path.licenses_any.is_empty() {
        let names: Vec<String> = path.licenses_any.iter().map(|l| license_name(l)).collect();
        parts.push(or_list(&names));
    }
    if !path.credentials_any.is_empty() {
        parts.push(format!(
            "holding {}",
            credential_names(catalog, &path.credentials_any)
        ));
    }
    if let Some(kind) = &path.experience_in {
        let mut experience = match path.experience_years {
            Some(years) => format!(
                "{} of experience in {}",
                years_phrase(years),
                experience_name(catalog, kind)
            ),
            None => format!("experience in {}", experience_name(catalog, kind)),
        };
        if let Some(part) = &path.experience_of_which {
            experience.push_str(&format!(
                ", {} of them in {}",
                years_number(part.years),
                experience_name(catalog, &part.kind)
            ));
        }
        parts.push(experience);
    }
    for extra in &path.also_requires {
        parts.push(extra.clone());
    }
    if path.region == Region::OutsideUs {
        parts.push("for programs outside the United States".to_string());
    }
    let mut sentence = parts.join("; ");
    if sentence.is_empty() {
        sentence = "no stated requirement".to_string();
    }
    sentence
}

/// " in health information management or health informatics", or nothing when the path names
/// no discipline; with the other fields the path allows besides its examples: " in medicine,
/// nursing or other health professions".
pub fn subject(path: &EligibilityPath) -> String {
    if path.programs.is_empty() {
        return String::new();
    }
    let mut names: Vec<String> = path.programs.iter().map(|p| discipline_name(p)).collect();
    names.extend(path.programs_also.iter().cloned());
    format!(" in {}", or_list(&names))
}

/// An experience kind in words: `privacy-security` → "healthcare privacy or security
/// management" (the id itself when the data does not know it).
pub fn experience_name(catalog: &Catalog, kind: &str) -> String {
    catalog.name_of(Kind::Experience, kind).to_string()
}

/// The credentials for which experience of `kind` counts: a route, a recommendation or a way
/// to remove an apprentice mark names it. Each once, in the order of the data.
pub fn credentials_asking_for<'c>(catalog: &'c Catalog, kind: &str) -> Vec<&'c Credential> {
    catalog
        .data
        .credentials()
        .iter()
        .filter(|c| {
            c.paths
                .iter()
                .chain(&c.recommended)
                .chain(c.apprentice.iter().flat_map(|a| &a.removals))
                .any(|p| {
                    p.experience_in.as_deref() == Some(kind)
                        || p.experience_of_which
                            .as_ref()
                            .is_some_and(|o| o.kind == kind)
                })
        })
        .collect()
}

/// The program a path's `accredited_by` asks for: "a program accredited by CAHIIM", "a program
/// approved by CAHIIM" (certificates), or "an accredited program or institution" (any
/// recognized accreditor).
pub fn accreditor_words(catalog: &Catalog, path: &EligibilityPath) -> Option<String> {
    let body = path.accredited_by.as_deref()?;
    if body == ANY_RECOGNIZED_ACCREDITOR {
        return Some("an accredited program or institution".to_string());
    }
    let verb = if path.program_kind == ProgramKind::PostBaccalaureateCertificate {
        "approved"
    } else {
        "accredited"
    };
    Some(format!(
        "a program {verb} by {}",
        catalog.short_name_of(Kind::Organization, body)
    ))
}

/// The degree a path asks for, in words: "a bachelor's degree or higher", or "an associate
/// degree" when the source names that level only.
pub fn degree_words(path: &EligibilityPath, degree: Degree) -> String {
    if path.degree_exact {
        degree.phrase().to_string()
    } else {
        degree_minimum(degree)
    }
}

/// A minimum degree in words: "a bachelor's degree or higher", "a doctorate".
pub fn degree_minimum(degree: Degree) -> String {
    if degree == Degree::None || degree == Degree::Doctorate {
        degree.phrase().to_string()
    } else {
        format!("{} or higher", degree.phrase())
    }
}

/// "RHIA", "CCA, CCS or RHIT": credentials by their short names.
pub fn credential_names(catalog: &Catalog, ids: &[String]) -> String {
    let names: Vec<String> = ids
        .iter()
        .map(|id| catalog.short_name_of(Kind::Credential, id).to_string())
        .collect();
    or_list(&names)
}

/// "1 year", "2 years", "1.5 years".
pub fn years_phrase(years: f64) -> String {
    let number = years_number(years);
    let unit = if number == "1" { "year" } else { "years" };
    format!("{number} {unit}")
}

/// A number of years without its unit: "2", "1.5".
pub fn years_number(years: f64) -> String {
    if years.fract() == 0.0 {
        format!("{years:.0}")
    } else {
        let text = format!("{years:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A program of a degree level: "a bachelor's program", "an associate program"; "a program"
/// below an associate degree or when no level is given.
pub fn program_of_level(degree: Option<Degree>) -> &'static str {
    match degree {
        None | Some(Degree::None | Degree::HighSchool) => "a program",
        Some(Degree::Associate) => "an associate program",
        Some(Degree::Bachelor) => "a bachelor's program",
        Some(Degree::Master) => "a master's program",
        Some(Degree::Doctorate) => "a doctoral program",
    }
}

/// What keeps a path from being a rule him can apply: it is unconfirmed, or the sources do not
/// give part of it. One entry each: "unconfirmed", "not known: years of experience".
pub fn uncertainties(path: &EligibilityPath) -> Vec<String> {
    let mut reasons = Vec::new();
    if path.status == Status::Unconfirmed {
        reasons.push("unconfirmed".to_string());
    }
    reasons.extend(unknowns(path));
    reasons
}

/// What the sources do not give of a path: "not known: years of experience".
pub fn unknowns(path: &EligibilityPath) -> Option<String> {
    (!path.unknown.is_empty()).then(|| format!("not known: {}", path.unknown.join(", ")))
}

/// `uncertainties` in one line, or `None` when the path is a rule him can apply.
pub fn uncertainty(path: &EligibilityPath) -> Option<String> {
    let reasons = uncertainties(path);
    (!reasons.is_empty()).then(|| reasons.join("; "))
}
