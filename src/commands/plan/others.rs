//! The other ways a plan could go, one line each: other ladder paths, other credentials a
//! title typically goes with, other routes to a credential.

use super::PlanView;
use super::steps::{accreditor_phrase, evidence_word};
use crate::data::Kind;
use crate::data::model::{EligibilityPath, ProgramKind, Title};
use crate::domain::eligibility::{Need, Unsure};
use crate::domain::planning::{Action, Alternative, Cost, Way};
use crate::domain::rules;
use crate::text::{and_list, or_list};

/// How many ladder paths the other ways list before they say how many more there are.
const LADDERS_SHOWN: usize = 3;

impl PlanView<'_> {
    /// Each other way in a line, in the order of the plan's alternatives.
    pub(super) fn alternative_texts(&self) -> Vec<String> {
        let plan_cost = self.plan_cost();
        self.plan
            .alternatives
            .iter()
            .map(|alternative| match alternative {
                Alternative::Ladder { titles, cost } => self.ladder_line(titles, cost, &plan_cost),
                Alternative::Credential {
                    title,
                    instead_of,
                    way,
                    chosen,
                } => format!(
                    "or: {} instead of {} for {}, by route {}{}{}",
                    way.credential.abbreviation,
                    instead_of.abbreviation,
                    title.name,
                    rules::numbered_path(way.credential, way.route),
                    self.way_needs(way, &[]),
                    steps_compared(&way.cost, chosen)
                ),
                Alternative::Route {
                    instead_of,
                    way,
                    chosen,
                } => format!(
                    "or: {} by route {} instead of route {}{}{}",
                    way.credential.abbreviation,
                    rules::numbered_path(way.credential, way.route),
                    instead_of + 1,
                    self.way_needs(way, self.sitting_doubts(&way.credential.id)),
                    steps_compared(&way.cost, chosen)
                ),
            })
            .collect()
    }

    /// One line per other way, the ladders after the first few counted.
    pub(super) fn alternative_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        let mut ladders = 0;
        for (alternative, text) in self.plan.alternatives.iter().zip(self.alternative_texts()) {
            if matches!(alternative, Alternative::Ladder { .. }) {
                ladders += 1;
                if ladders > LADDERS_SHOWN {
                    continue;
                }
            }
            lines.push(text);
        }
        if ladders > LADDERS_SHOWN {
            lines.push(format!(
                "and {} more ways up the ladder (--format json lists them)",
                ladders - LADDERS_SHOWN
            ));
        }
        lines
    }

    fn plan_cost(&self) -> Cost {
        let mut cost = Cost {
            steps: self.plan.steps.len(),
            ..Cost::default()
        };
        for step in &self.plan.steps {
            if let Action::Experience(p) = &step.action {
                cost.years += p.years.unwrap_or(0.0);
            }
        }
        cost
    }

    /// "or: HIM analyst → Data quality manager instead of Health information technician →
    /// Revenue cycle manager (also 6 steps)": the jobs where the other way differs from the
    /// plan's.
    fn ladder_line(&self, titles: &[&Title], cost: &Cost, plan: &Cost) -> String {
        let moves: Vec<&str> = self.plan.moves().map(|t| t.id.as_str()).collect();
        let shared = titles
            .iter()
            .rev()
            .zip(moves.iter().rev())
            .take_while(|(a, b)| a.id == **b)
            .count();
        let shared_start = titles
            .iter()
            .zip(&moves)
            .take_while(|(a, b)| a.id == **b)
            .count()
            .min(titles.len().min(moves.len()) - shared);
        let name = |id: &str| self.catalog.name_of(Kind::Title, id).to_string();
        let own: Vec<String> = titles[shared_start..titles.len() - shared]
            .iter()
            .map(|t| t.name.clone())
            .collect();
        let replaced: Vec<String> = moves[shared_start..moves.len() - shared]
            .iter()
            .map(|id| name(id))
            .collect();
        format!(
            "or: {} instead of {}{}",
            own.join(" → "),
            replaced.join(" → "),
            steps_compared(cost, plan)
        )
    }

    /// ": needs an associate degree ...", or ": possible now, to confirm ...": what another way
    /// lacks, and what it leaves to confirm that the plan's way does not.
    fn way_needs(&self, way: &Way<'_>, chosen: &[Unsure]) -> String {
        let word = evidence_word(way.outcome).unwrap_or("open");
        let mut text = if way.lacks.is_empty() {
            format!(": {word} now")
        } else {
            let path = &way.credential.paths[way.route];
            let needs = self.needs_words(way.lacks.iter().map(|g| &g.need), path);
            format!(": needs {}, then {word}", and_list(&needs))
        };
        let own: Vec<&str> = way
            .to_confirm
            .iter()
            .filter(|u| !chosen.iter().any(|c| c.words == u.words))
            .map(|u| u.words.as_str())
            .collect();
        if !own.is_empty() {
            text.push_str(&format!(", to confirm: {}", own.join("; ")));
        }
        text
    }

    /// The missing conditions of a route in a few words each, from their structure: "a
    /// bachelor's degree or higher in health information management, from a program
    /// accredited by CAHIIM" (the level and the program of one degree said together), "1 more
    /// year of experience in medical coding".
    fn needs_words<'n>(
        &self,
        needs: impl Iterator<Item = &'n Need> + Clone,
        path: &EligibilityPath,
    ) -> Vec<String> {
        let one_degree = needs.clone().any(|n| {
            matches!(
                n,
                Need::Program {
                    kind: ProgramKind::Degree,
                    ..
                }
            )
        });
        needs
            .filter_map(|need| match need {
                Need::Degree { .. } if one_degree => None,
                Need::Program {
                    kind: ProgramKind::Degree,
                    ..
                } => {
                    let level = path.degree.map(|d| rules::degree_words(path, d));
                    let words = self.need_words(need, path);
                    Some(match level {
                        Some(level) => words.replacen("a degree", &level, 1),
                        None => words,
                    })
                }
                need => Some(self.need_words(need, path)),
            })
            .collect()
    }

    /// A missing condition in a few words, from its structure.
    fn need_words(&self, need: &Need, path: &EligibilityPath) -> String {
        match need {
            Need::Degree { minimum } => rules::degree_words(path, *minimum),
            Need::Program {
                kind,
                disciplines,
                also,
                accredited_by,
            } => {
                let mut names: Vec<String> = disciplines
                    .iter()
                    .map(|d| rules::discipline_name(d))
                    .collect();
                names.extend(also.iter().cloned());
                let subject = if names.is_empty() {
                    String::new()
                } else {
                    format!(" in {}", or_list(&names))
                };
                let noun = match kind {
                    ProgramKind::Degree => "degree".to_string(),
                    other => other.label().to_string(),
                };
                let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                format!(
                    "{article} {noun}{subject}{}",
                    accreditor_phrase(self, accredited_by.as_deref(), *kind)
                )
            }
            Need::Accreditation { accredited_by } => {
                accreditor_phrase(self, Some(accredited_by), ProgramKind::Degree)
                    .trim_start_matches(", from ")
                    .to_string()
            }
            Need::FinalTerm => "to be in the last term of the program".to_string(),
            Need::FinishProgram => "to finish the program you are in".to_string(),
            Need::Experience {
                kind, short, has, ..
            } => {
                let name = rules::experience_name(self.catalog, kind);
                match short {
                    Some(short) if *has > crate::domain::eligibility::SOME_YEARS => {
                        let phrase = rules::years_phrase(*short);
                        let (number, unit) = phrase.split_once(' ').unwrap_or((&phrase, "years"));
                        format!("{number} more {unit} of experience in {name}")
                    }
                    Some(short) => {
                        format!("{} of experience in {name}", rules::years_phrase(*short))
                    }
                    None => format!("experience in {name}"),
                }
            }
            Need::Credential { any } => {
                format!("to hold {}", rules::credential_names(self.catalog, any))
            }
            Need::License { any } => {
                let names: Vec<String> = any.iter().map(|l| rules::license_name(l)).collect();
                or_list(&names)
            }
        }
    }

    /// What the plan's own sitting of `credential` leaves to confirm.
    fn sitting_doubts(&self, credential: &str) -> &[Unsure] {
        self.plan
            .steps
            .iter()
            .find_map(|step| match &step.action {
                Action::Credential(s) if s.credential.id == credential => Some(&s.to_confirm[..]),
                _ => None,
            })
            .unwrap_or(&[])
    }
}

/// " (3 steps instead of 2)", " (also 6 steps)".
fn steps_compared(cost: &Cost, chosen: &Cost) -> String {
    let plural = |n: usize| format!("{n} step{}", if n == 1 { "" } else { "s" });
    if cost.steps == chosen.steps {
        format!(" (also {})", plural(cost.steps))
    } else {
        format!(" ({} instead of {})", plural(cost.steps), chosen.steps)
    }
}
