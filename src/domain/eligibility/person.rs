//! The person a command line describes (`--degree`, `--experience`, `--holds` ...): their
//! names resolved against the data, refusing what cannot be, and said back in words as him
//! understood them. `him eligible` and `him plan` read a person the same way.

use std::collections::{BTreeMap, BTreeSet};

use super::{Accreditation, Person, disciplines, licenses};
use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{ANY_RECOGNIZED_ACCREDITOR, Degree, OrganizationKind, ProgramKind};
use crate::domain::lookup::did_you_mean;
use crate::domain::rules;
use crate::error::UsageError;
use crate::output::Cell;
use crate::text::{ECHOED_NAME, and_list, clip, normalize_name, or_list};

/// The command line's description of a person, names not yet resolved.
#[derive(Clone, Debug, Default)]
pub struct PersonRequest<'r> {
    pub degree: Option<Degree>,
    pub program: Option<&'r str>,
    pub program_kind: ProgramKind,
    pub accredited_by: Option<&'r str>,
    pub final_term: bool,
    pub outside_us: bool,
    /// `--experience KIND=YEARS`, the kinds as typed.
    pub experience: &'r [(String, f64)],
    /// `--years N`: experience of a kind not said.
    pub years: f64,
    pub holds: &'r [String],
    pub licenses: &'r [String],
}

/// Resolves the request's names against the data, refusing what cannot be: a program without
/// its level, a discipline or experience kind that looks like a typo, an organization that
/// accredits nothing. `him plan` describes its person the same way.
pub fn person(catalog: &Catalog, request: &PersonRequest<'_>) -> Result<Person, UsageError> {
    let program_flags = [
        (request.program.is_some(), "--program"),
        (request.accredited_by.is_some(), "--accredited-by"),
    ];
    let describing = given_flags(&[
        program_flags[0],
        program_flags[1],
        (
            request.program_kind != ProgramKind::Degree,
            "--program-kind",
        ),
        (request.final_term, "--final-term"),
    ]);
    let levels = "none, high-school, associate, bachelor, master or doctorate";
    let degree = match request.degree {
        Some(degree) => degree,
        None if !describing.is_empty() => {
            return Err(UsageError::new(format!(
                "{} --degree: the level of the degree you describe",
                flags_verb(&describing, "needs", "need")
            ))
            .with_hint(format!("--degree takes {levels}")));
        }
        None => Degree::None,
    };
    let college = given_flags(&program_flags);
    if request.program_kind == ProgramKind::Degree
        && !college.is_empty()
        && degree < Degree::Associate
    {
        return Err(UsageError::new(format!(
            "{} a college degree, but --degree is {}",
            flags_verb(&college, "describes", "describe"),
            degree.as_str()
        ))
        .with_hint("give the level of that degree: associate, bachelor, master or doctorate"));
    }
    let program = request
        .program
        .map(|name| discipline(catalog, name))
        .transpose()?;
    let accreditation = request
        .accredited_by
        .map(|name| accreditation(catalog, name))
        .transpose()?;
    let mut experience = BTreeMap::new();
    for (name, years) in request.experience {
        let kind = experience_kind(catalog, name)?;
        if experience.insert(kind.clone(), *years).is_some() {
            return Err(UsageError::new(format!(
                "--experience gives `{}` twice",
                clip(name, ECHOED_NAME)
            ))
            .with_hint("give each kind once, with all its years"));
        }
    }
    let mut holds = BTreeSet::new();
    let mut apprentice = BTreeSet::new();
    for name in request.holds {
        match apprentice_form(catalog, name) {
            Some(id) => {
                apprentice.insert(id.clone());
                holds.insert(id);
            }
            None => {
                let i = resolve_credential(catalog, name, "--holds")?;
                holds.insert(catalog.data.credentials()[i].id.clone());
            }
        }
    }
    // A credential named both with and without its apprentice mark is held without it.
    let full: Vec<String> = request
        .holds
        .iter()
        .filter(|name| apprentice_form(catalog, name).is_none())
        .filter_map(|name| resolve_credential(catalog, name, "--holds").ok())
        .map(|i| catalog.data.credentials()[i].id.clone())
        .collect();
    apprentice.retain(|id| !full.contains(id));
    let licenses = request
        .licenses
        .iter()
        .map(|name| license(catalog, name))
        .collect::<Result<BTreeSet<String>, _>>()?;
    Ok(Person {
        degree,
        program,
        program_kind: request.program_kind,
        accreditation,
        final_term: request.final_term,
        outside_us: request.outside_us,
        experience,
        unspecified_years: request.years,
        holds,
        apprentice,
        licenses,
    })
}

/// The flags of `flags` that were given.
fn given_flags(flags: &[(bool, &str)]) -> Vec<String> {
    flags
        .iter()
        .filter(|(given, _)| *given)
        .map(|(_, flag)| flag.to_string())
        .collect()
}

/// "--program needs", "--program and --final-term need".
fn flags_verb(flags: &[String], one: &str, several: &str) -> String {
    let verb = if flags.len() == 1 { one } else { several };
    format!("{} {verb}", and_list(flags))
}

/// A discipline named by its id or in words (`him`, `health information management`). A name
/// no route uses is taken as a discipline of its own (routes that list disciplines by example
/// may accept it), unless it looks like a misspelt one.
fn discipline(catalog: &Catalog, name: &str) -> Result<String, UsageError> {
    let wanted = normalize_name(name);
    let known = disciplines(catalog);
    let words = |id: &str| rules::discipline_name(id);
    if let Some(id) = known
        .iter()
        .find(|id| normalize_name(id) == wanted || normalize_name(&words(id)) == wanted)
    {
        return Ok(id.to_string());
    }
    // A name a letter or two away from a known one is taken for a typo of it: `nursin`, not
    // a discipline of its own (`pharmacology` is one, though near `pharmacy`).
    let typo = |known: &str| {
        let known = normalize_name(known);
        strsim::levenshtein(&wanted, &known) <= (known.chars().count() / 5).clamp(1, 2)
    };
    let near = known
        .iter()
        .find(|id| typo(id) || typo(&words(id)))
        .copied();
    if wanted.is_empty() || near.is_some() {
        let listed: Vec<String> = known
            .iter()
            .map(|id| {
                let words = words(id);
                if words == id.replace('-', " ") {
                    (*id).to_string()
                } else {
                    format!("{id} ({words})")
                }
            })
            .collect();
        let suggestion = near.map_or(String::new(), |id| format!("did you mean `{id}`? "));
        return Err(UsageError::new(format!(
            "no route names the discipline `{}`",
            clip(name, ECHOED_NAME)
        ))
        .with_hint(format!(
            "{suggestion}--program takes one of: {}; another discipline is taken as one no route lists",
            listed.join(", ")
        )));
    }
    Ok(wanted.replace(' ', "-"))
}

fn license(catalog: &Catalog, name: &str) -> Result<String, UsageError> {
    let wanted = normalize_name(name);
    let known = licenses(catalog);
    known
        .iter()
        .find(|id| normalize_name(id) == wanted)
        .map(|id| id.to_string())
        .ok_or_else(|| {
            UsageError::new(format!("no route names the license `{name}`"))
                .with_hint(format!("--license takes one of: {}", known.join(", ")))
        })
}

/// An experience kind by id, name or alias; an unknown one exits 2 listing them.
fn experience_kind(catalog: &Catalog, name: &str) -> Result<String, UsageError> {
    catalog
        .resolve(name, &[Kind::Experience])
        .map(|entity| catalog.named(entity).id().to_string())
        .map_err(|err| {
            let ids: Vec<&str> = catalog.data.experience().iter().map(|k| k.id.as_str()).collect();
            let suggestion = did_you_mean(&err);
            UsageError::new(format!(
                "no kind of experience is called `{}`",
                clip(name, ECHOED_NAME)
            ))
            .with_hint(format!(
                "{suggestion}--experience takes KIND=YEARS with KIND one of: {} (`him list experience` says what each is)",
                ids.join(", ")
            ))
        })
}

/// The credential whose apprentice form `name` names (`cpc-a`), if any.
fn apprentice_form(catalog: &Catalog, name: &str) -> Option<String> {
    let wanted = normalize_name(name);
    catalog
        .data
        .credentials()
        .iter()
        .find(|c| {
            c.apprentice
                .as_ref()
                .is_some_and(|a| normalize_name(&a.abbreviation) == wanted)
        })
        .map(|c| c.id.clone())
}

fn accreditation(catalog: &Catalog, name: &str) -> Result<Accreditation, UsageError> {
    let accreditors: Vec<String> = rules::accreditors(catalog)
        .iter()
        .filter(|o| o.kinds.contains(&OrganizationKind::Accreditor))
        .map(|o| o.id.clone())
        .collect();
    let accepted = format!(
        "--accredited-by takes {}, or `{ANY_RECOGNIZED_ACCREDITOR}` for another recognized accreditor",
        or_list(&accreditors)
    );
    if normalize_name(name) == ANY_RECOGNIZED_ACCREDITOR {
        return Ok(Accreditation::Recognized);
    }
    let entity = catalog
        .resolve(name, &[Kind::Organization])
        .map_err(|err| UsageError::new(err.message).with_hint(accepted.clone()))?;
    let org = &catalog.data.organizations()[entity.index];
    if !org.kinds.contains(&OrganizationKind::Accreditor) {
        return Err(UsageError::new(format!(
            "{} is not an accreditor: it accredits no programs",
            org.abbreviation
        ))
        .with_hint(accepted));
    }
    Ok(Accreditation::By(org.id.clone()))
}

/// A credential by any of its names; an unknown one exits 2 listing every credential.
pub fn resolve_credential(catalog: &Catalog, name: &str, flag: &str) -> Result<usize, UsageError> {
    catalog
        .resolve(name, &[Kind::Credential])
        .map(|entity| entity.index)
        .map_err(|err| {
            let all: Vec<&str> = catalog
                .data
                .credentials()
                .iter()
                .map(|c| c.abbreviation.as_str())
                .collect();
            let suggestion = did_you_mean(&err);
            UsageError::new(err.message).with_hint(format!(
                "{suggestion}{flag} takes one of: {}",
                all.join(", ")
            ))
        })
}

/// "3 years of medical coding and 2 years of nursing practice", as the person gave them.
fn experience_words(catalog: &Catalog, person: &Person) -> Vec<String> {
    let mut words: Vec<String> = person
        .experience
        .iter()
        .filter(|(_, years)| **years > 0.0)
        .map(|(kind, years)| {
            format!(
                "{} of {}",
                rules::years_phrase(*years),
                rules::experience_name(catalog, kind)
            )
        })
        .collect();
    if person.unspecified_years > 0.0 {
        words.push(format!(
            "{} of a kind not said (--years)",
            rules::years_phrase(person.unspecified_years)
        ));
    }
    words
}

/// The facts about the person, in words, as him understood them.
pub fn person_pairs(catalog: &Catalog, person: &Person, degree_given: bool) -> Vec<(String, Cell)> {
    let org = |id: &str| catalog.short_name_of(Kind::Organization, id).to_string();
    let subject = person.program.as_deref().map_or(String::new(), |p| {
        let listed = disciplines(catalog).contains(&p);
        format!(
            " in {}{}",
            rules::discipline_name(p),
            if listed {
                ""
            } else {
                " (a discipline no route lists)"
            }
        )
    });
    let accredited = match &person.accreditation {
        Some(Accreditation::By(id)) => format!(", accredited by {}", org(id)),
        Some(Accreditation::Recognized) => ", accredited by a recognized accreditor".to_string(),
        None => String::new(),
    };
    let mut education = if !degree_given {
        "none given (counted as none)".to_string()
    } else {
        match person.program_kind {
            ProgramKind::Degree if person.final_term => format!(
                "in the last term of {}{subject}{accredited}",
                rules::program_of_level(Some(person.degree))
            ),
            ProgramKind::Degree => format!("{}{subject}{accredited}", person.degree.phrase()),
            kind => format!(
                "{}, then a {}{subject}{accredited}{}",
                person.degree.phrase(),
                kind.label(),
                if person.final_term {
                    " (in its last term)"
                } else {
                    ""
                }
            ),
        }
    };
    if person.outside_us {
        education.push_str("; outside the United States");
    }
    let experience = experience_words(catalog, person);
    let experience = if experience.is_empty() {
        "none given".to_string()
    } else {
        and_list(&experience)
    };
    let holds: Vec<String> = person
        .holds
        .iter()
        .map(|id| {
            let credential = catalog.credential(id);
            match credential.and_then(|c| c.apprentice.as_ref()) {
                Some(form) if person.apprentice.contains(id) => form.abbreviation.clone(),
                _ => catalog.short_name_of(Kind::Credential, id).to_string(),
            }
        })
        .collect();
    let licenses: Vec<String> = person
        .licenses
        .iter()
        .map(|l| rules::license_name(l))
        .collect();
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "none".to_string()
        } else {
            items.join(", ")
        }
    };
    vec![
        ("Education".to_string(), Cell::new(education)),
        ("Experience".to_string(), Cell::new(experience)),
        ("Credentials".to_string(), Cell::new(list(holds))),
        ("Licenses".to_string(), Cell::new(list(licenses))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn named_experience_is_accounted_for_in_words() {
        let catalog = Catalog::builtin().unwrap();
        let mut person = Person::default();
        person.experience.insert("coding".to_string(), 3.0);
        person.unspecified_years = 1.0;
        assert_eq!(
            experience_words(&catalog, &person),
            [
                "3 years of medical coding",
                "1 year of a kind not said (--years)"
            ]
        );
    }
}
