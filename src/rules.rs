//! Credential rules read from the data: how a path reads in words, and whether a credential
//! depends on a program accredited by some body (CAHIIM, usually).

use std::collections::HashSet;

use serde::Serialize;

use crate::catalog::{Catalog, or_list};
use crate::data::model::{
    ANY_RECOGNIZED_ACCREDITOR, Credential, Degree, EligibilityPath, ProgramKind, Region, Stage,
    Status,
};
use crate::data::period::Date;

/// How a credential's eligibility depends on programs accredited by one body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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

/// Whether a path itself needs a program accredited by `body`.
pub fn needs_program_of(path: &EligibilityPath, body: &str) -> bool {
    path.accredited_by.as_deref() == Some(body)
}

/// How `credential` depends on programs accredited by `body`, or `None` when it does not.
pub fn requirement(
    catalog: &Catalog,
    credential: &Credential,
    body: &str,
    today: Date,
) -> Option<Requirement> {
    requirement_inner(catalog, credential, body, today, &mut HashSet::new())
}

fn requirement_inner<'a>(
    catalog: &'a Catalog,
    credential: &'a Credential,
    body: &str,
    today: Date,
    visiting: &mut HashSet<&'a str>,
) -> Option<Requirement> {
    if !visiting.insert(&credential.id) {
        return None; // a cycle of credentials requiring each other proves nothing
    }
    let counted: Vec<&EligibilityPath> = credential
        .paths
        .iter()
        .filter(|p| counts_for_classification(p, today))
        .collect();
    let direct = counted.iter().filter(|p| needs_program_of(p, body)).count();
    let result = if counted.is_empty() {
        None
    } else if direct == counted.len() {
        Some(Requirement::AllPaths)
    } else if direct > 0 {
        Some(Requirement::SomePaths)
    } else {
        let via = counted.iter().any(|path| {
            !path.credentials_any.is_empty()
                && path.credentials_any.iter().all(|id| {
                    catalog
                        .credential(id)
                        .and_then(|held| requirement_inner(catalog, held, body, today, visiting))
                        .is_some()
                })
        });
        via.then_some(Requirement::ViaCredential)
    };
    visiting.remove(credential.id.as_str());
    result
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

/// What a path asks for, in one sentence of parts: "a bachelor's degree or higher in health
/// information management, from a program accredited by CAHIIM".
pub fn describe_path(catalog: &Catalog, path: &EligibilityPath) -> String {
    let mut parts: Vec<String> = Vec::new();
    let final_term = path.stage == Stage::FinalTermStudent;
    let programs = or_list(
        &path
            .programs
            .iter()
            .map(|p| discipline_name(p))
            .collect::<Vec<_>>(),
    );
    let accreditor = path.accredited_by.as_deref().map(|body| {
        if body == ANY_RECOGNIZED_ACCREDITOR {
            "from an accredited program or institution".to_string()
        } else {
            let verb = if path.program_kind == ProgramKind::PostBaccalaureateCertificate {
                "approved"
            } else {
                "accredited"
            };
            format!(
                "from a program {verb} by {}",
                catalog.short_name_of(crate::data::Kind::Organization, body)
            )
        }
    });
    match path.program_kind {
        ProgramKind::Degree if final_term => {
            let level = path.degree.map_or("", degree_adjective);
            let subject = if programs.is_empty() {
                String::new()
            } else {
                format!(" in {programs}")
            };
            let accredited = accreditor
                .map(|a| format!(" {}", a.trim_start_matches("from a program ")))
                .unwrap_or_default();
            parts.push(format!(
                "being in the last term of a {level}program{subject}{accredited}"
            ));
        }
        ProgramKind::Degree => {
            let degree = path.degree.map(|d| {
                if d == Degree::None || d == Degree::Doctorate {
                    d.phrase().to_string()
                } else {
                    format!("{} or higher", d.phrase())
                }
            });
            let mut education = match (degree, programs.is_empty()) {
                (Some(degree), false) => format!("{degree} in {programs}"),
                (Some(degree), true) => degree,
                (None, false) => format!("a program in {programs}"),
                (None, true) => String::new(),
            };
            if let Some(accreditor) = accreditor {
                if education.is_empty() {
                    education = "a program".to_string();
                }
                education = format!("{education} {accreditor}");
            }
            if !education.is_empty() {
                parts.push(education);
            }
        }
        ProgramKind::PostBaccalaureateCertificate => {
            let subject = if programs.is_empty() {
                String::new()
            } else {
                format!(" in {programs}")
            };
            parts.push(format!(
                "a post-baccalaureate certificate{subject}{}",
                accreditor.map(|a| format!(" {a}")).unwrap_or_default()
            ));
            if let Some(degree) = path.degree {
                parts.push(format!("after {}", degree.phrase()));
            }
        }
        ProgramKind::Fellowship => {
            if let Some(degree) = path.degree {
                parts.push(degree.phrase().to_string());
            }
            let subject = if programs.is_empty() {
                String::new()
            } else {
                format!(" in {programs}")
            };
            parts.push(format!(
                "a fellowship{subject}{}",
                accreditor.map(|a| format!(" {a}")).unwrap_or_default()
            ));
        }
    }
    if !path.credentials_any.is_empty() {
        let names: Vec<String> = path
            .credentials_any
            .iter()
            .map(|id| {
                catalog
                    .short_name_of(crate::data::Kind::Credential, id)
                    .to_string()
            })
            .collect();
        parts.push(format!("holding {}", or_list(&names)));
    }
    if !path.licenses_any.is_empty() {
        let names: Vec<String> = path.licenses_any.iter().map(|l| license_name(l)).collect();
        parts.push(or_list(&names));
    }
    if let Some(years) = path.experience_years {
        let unit = if years == 1 { "year" } else { "years" };
        match &path.experience_in {
            Some(what) => parts.push(format!("{years} {unit} of experience in {what}")),
            None => parts.push(format!("{years} {unit} of experience")),
        }
    } else if let Some(what) = &path.experience_in {
        parts.push(format!("experience in {what}"));
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

/// "bachelor's " for "a bachelor's program"; empty below an associate degree.
fn degree_adjective(degree: Degree) -> &'static str {
    match degree {
        Degree::None | Degree::HighSchool => "",
        Degree::Associate => "associate ",
        Degree::Bachelor => "bachelor's ",
        Degree::Master => "master's ",
        Degree::Doctorate => "doctoral ",
    }
}

/// What keeps a path from being a rule him can apply: unconfirmed, or missing a figure.
pub fn uncertainty(path: &EligibilityPath) -> Option<String> {
    let mut reasons = Vec::new();
    if path.status == Status::Unconfirmed {
        reasons.push("unconfirmed".to_string());
    }
    if !path.unknown.is_empty() {
        reasons.push(format!("not known: {}", path.unknown.join(", ")));
    }
    (!reasons.is_empty()).then(|| reasons.join("; "))
}
