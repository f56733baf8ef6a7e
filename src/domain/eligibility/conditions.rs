//! The conditions of one path against a person: the stage, the education (degree, program and
//! accreditation), the experience, and the credentials and licenses a path asks for.

use super::applicant::{Accreditation, Education, Person};
use super::experience::experience;
use super::gaps::{Doubt, Gap, Need, Unsure};
use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{
    ANY_RECOGNIZED_ACCREDITOR, EligibilityPath, OrganizationKind, ProgramKind, Stage,
};
use crate::domain::rules;
use crate::text::{and_list, or_list};

/// What the person lacks for `path`, and what counts only if it is what the path asks for.
pub(super) fn conditions(
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
