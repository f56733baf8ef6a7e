//! The plan for scripts: JSON (`{"goal", "person", "area", "steps", "alternatives", "notes"}`)
//! and one flat CSV table of the steps.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::PlanView;
use super::steps::evidence_word;
use crate::data::model::{Degree, Level, ProgramKind, Status};
use crate::domain::eligibility::{Accreditation, Gap, Need, Unsure};
use crate::domain::pay::OccupationPay;
use crate::domain::planning::{Action, Alternative, Purpose, Reach, Step};
use crate::wages::Figure;

#[derive(Serialize)]
struct TitleJson<'a> {
    id: &'a str,
    name: &'a str,
    field: &'a str,
    level: Level,
}

#[derive(Serialize)]
struct PersonJson<'a> {
    degree: Degree,
    #[serde(skip_serializing_if = "Option::is_none")]
    program: Option<&'a str>,
    program_kind: ProgramKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    accredited_by: Option<String>,
    final_term: bool,
    outside_us: bool,
    /// Years by kind, as given.
    experience: &'a BTreeMap<String, f64>,
    /// `--years`: years of a kind not said.
    unspecified_years: f64,
    holds: Vec<&'a str>,
    /// The credentials of `holds` held in their apprentice form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    apprentice: Vec<&'a str>,
    licenses: Vec<&'a str>,
}

/// A condition a step needs, and the step of the plan that fills it (none when the person
/// holds it already, or nothing can).
#[derive(Serialize)]
struct NeedJson {
    #[serde(flatten)]
    gap: Gap,
    #[serde(skip_serializing_if = "Option::is_none")]
    step: Option<usize>,
    /// The person holds it already.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    held: bool,
    /// The condition is a credential the title typically goes with, not a rule.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    typical: bool,
}

#[derive(Serialize)]
struct OpenJson<'a> {
    kind: &'static str,
    id: &'a str,
    name: &'a str,
    /// For a credential: how its best route turns out then (eligible, likely, possible).
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'static str>,
}

#[derive(Serialize)]
struct RouteJson<'a> {
    number: usize,
    name: &'a str,
}

#[derive(Serialize)]
struct PurposeJson<'a> {
    credential: &'a str,
    route: usize,
}

impl<'a> From<&'a Purpose> for PurposeJson<'a> {
    fn from(purpose: &'a Purpose) -> PurposeJson<'a> {
        PurposeJson {
            credential: &purpose.credential,
            route: purpose.route + 1,
        }
    }
}

#[derive(Serialize)]
struct SourceJson<'a> {
    id: &'a str,
    /// The source in words, with its date and age, and how sure the rule is.
    citation: String,
    status: Status,
    /// The date of the rule's source, or null when it is undated.
    date: Option<String>,
    stale: bool,
}

#[derive(Serialize)]
struct PayJson<'a> {
    soc: &'a str,
    occupation: Option<&'a str>,
    median: Option<u32>,
    p10: Option<u32>,
    p90: Option<u32>,
    /// Why BLS gives no figure, for each figure it does not give.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    unpublished: BTreeMap<&'static str, &'static str>,
    /// The title before takes the same occupation's figures: no raise can show.
    #[serde(skip_serializing_if = "Option::is_none")]
    same_figure_as: Option<&'a str>,
    /// What the reader should know when the figure is the same or lower than the one before.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

#[derive(Serialize)]
struct DegreeJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<Degree>,
    program_kind: ProgramKind,
    disciplines: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    also: Option<&'a str>,
    /// The body that must accredit the program (`cahiim`), or `recognized`.
    accredited_by: Option<&'a str>,
    finish_current: bool,
}

#[derive(Serialize)]
struct ExperienceJson<'a> {
    kind: &'a str,
    /// Years still to gain; null when the sources give no number.
    years: Option<f64>,
    /// The years the route asks for in all; null when not given.
    route_years: Option<f64>,
    has: f64,
}

#[derive(Serialize)]
struct StepJson<'a> {
    number: usize,
    kind: &'static str,
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    credential: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    route: Option<RouteJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    degree: Option<DegreeJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    experience: Option<ExperienceJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    licenses: Option<&'a [String]>,
    /// What must come first, each with the step that fills it.
    needs: Vec<NeedJson>,
    /// The conditions of a route this step fills.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fills: Vec<&'a Gap>,
    /// The credential route that asks for this step.
    #[serde(rename = "for", skip_serializing_if = "Option::is_none")]
    purpose: Option<PurposeJson<'a>>,
    opens: Vec<OpenJson<'a>>,
    /// eligible | likely | possible: how sure the route is once the steps before are done.
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<SourceJson<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    to_confirm: Vec<&'a Unsure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pay: Option<PayJson<'a>>,
    /// For a credential: the titles of the plan it typically goes with.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    for_titles: Vec<&'a str>,
    /// The step's details in words, as a table shows them under its head line.
    details: Vec<String>,
}

#[derive(Serialize)]
struct AlternativeJson<'a> {
    kind: &'static str,
    text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    titles: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    credential: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    route: Option<RouteJson<'a>>,
    /// The credential (or route number) of the plan it would replace.
    #[serde(skip_serializing_if = "Option::is_none")]
    instead_of: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    for_title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    needs: Option<&'a [Gap]>,
    /// The steps the plan would take this way, and the steps of the way it takes.
    steps: usize,
    instead_of_steps: usize,
}

impl<'a> PlanView<'a> {
    fn person_json(&self) -> PersonJson<'_> {
        let person = &self.person;
        PersonJson {
            degree: person.degree,
            program: person.program.as_deref(),
            program_kind: person.program_kind,
            accredited_by: person.accreditation.as_ref().map(|a| match a {
                Accreditation::By(id) => id.clone(),
                Accreditation::Recognized => "recognized".to_string(),
            }),
            final_term: person.final_term,
            outside_us: person.outside_us,
            experience: &person.experience,
            unspecified_years: person.unspecified_years,
            holds: person.holds.iter().map(String::as_str).collect(),
            apprentice: person.apprentice.iter().map(String::as_str).collect(),
            licenses: person.licenses.iter().map(String::as_str).collect(),
        }
    }

    fn pay_json(&self, title: &'a str, after: Option<&str>) -> Option<PayJson<'_>> {
        let pay = self.pay.get(title)?;
        let mut unpublished = BTreeMap::new();
        for (name, figure) in [("median", pay.median), ("p10", pay.p10), ("p90", pay.p90)] {
            if let Figure::Unpublished(reason) = figure {
                unpublished.insert(name, reason.label());
            }
        }
        let before = after.and_then(|id| self.catalog.title(id).zip(self.pay.get(id)));
        let comparison = before.and_then(|(t, p)| self.pay_comparison((t, p), pay));
        Some(PayJson {
            soc: &pay.soc,
            occupation: pay.occupation.as_deref(),
            median: pay.median.value(),
            p10: pay.p10.value(),
            p90: pay.p90.value(),
            unpublished,
            same_figure_as: before
                .filter(|(_, p)| same_figure(p, pay))
                .map(|(t, _)| t.id.as_str()),
            note: comparison.map(|(text, _)| text),
        })
    }

    fn source_json(&self, source: &'a str, status: Status) -> SourceJson<'_> {
        let cited = self.citations.get(source);
        SourceJson {
            id: source,
            citation: cited.map_or_else(|| source.to_string(), |c| c.text.clone()),
            status,
            date: self
                .catalog
                .source(source)
                .and_then(|s| s.period)
                .map(|p| p.to_string()),
            stale: cited.is_some_and(|c| c.stale()),
        }
    }

    fn step_json(&'a self, index: usize, step: &'a Step<'a>) -> StepJson<'a> {
        let mut json = StepJson {
            number: index + 1,
            kind: step.action.kind(),
            text: self.step_text(index),
            credential: None,
            route: None,
            title: None,
            level: None,
            degree: None,
            experience: None,
            licenses: None,
            needs: Vec::new(),
            fills: Vec::new(),
            purpose: None,
            opens: step
                .opens
                .titles
                .iter()
                .map(|t| OpenJson {
                    kind: "title",
                    id: &t.id,
                    name: &t.name,
                    evidence: None,
                })
                .chain(step.opens.credentials.iter().map(|(c, outcome)| OpenJson {
                    kind: "credential",
                    id: &c.id,
                    name: &c.abbreviation,
                    evidence: evidence_word(*outcome),
                }))
                .collect(),
            evidence: None,
            source: None,
            to_confirm: Vec::new(),
            pay: None,
            for_titles: Vec::new(),
            details: self
                .step_details(index)
                .into_iter()
                .map(|(text, _)| text)
                .collect(),
        };
        match &step.action {
            Action::Schooling(s) => {
                json.degree = Some(DegreeJson {
                    level: s.level,
                    program_kind: s.kind,
                    disciplines: &s.disciplines,
                    also: s.also.as_deref(),
                    accredited_by: s.accredited_by.as_deref(),
                    finish_current: s.finish_current,
                });
                json.fills = s.fills.iter().collect();
                json.purpose = Some((&s.purpose).into());
            }
            Action::Experience(p) => {
                json.experience = Some(ExperienceJson {
                    kind: &p.kind,
                    years: p.years,
                    route_years: p.route_years,
                    has: if p.has > crate::domain::eligibility::SOME_YEARS {
                        p.has
                    } else {
                        0.0
                    },
                });
                json.fills = vec![&p.fills];
                json.purpose = Some((&p.purpose).into());
            }
            Action::License(l) => {
                json.licenses = Some(&l.any);
                json.fills = vec![&l.fills];
                json.purpose = Some((&l.purpose).into());
            }
            Action::Credential(s) => {
                let path = &s.credential.paths[s.route];
                json.credential = Some(&s.credential.id);
                json.route = Some(RouteJson {
                    number: s.route + 1,
                    name: &path.name,
                });
                json.needs = s
                    .lacks
                    .iter()
                    .zip(&s.filled_at)
                    .map(|(gap, filled_at)| NeedJson {
                        gap: gap.clone(),
                        step: filled_at.map(|i| i + 1),
                        held: false,
                        typical: false,
                    })
                    .collect();
                json.for_titles = s.for_titles.iter().map(|t| t.id.as_str()).collect();
                json.purpose = s.for_credential.as_ref().map(Into::into);
                json.evidence = evidence_word(s.outcome);
                json.source = Some(self.source_json(&path.source, path.status));
                json.to_confirm = s.to_confirm.iter().collect();
            }
            Action::Title(m) => {
                if !m.title.credentials.is_empty() {
                    json.needs.push(NeedJson {
                        gap: Gap {
                            need: Need::Credential {
                                any: m.title.credentials.clone(),
                            },
                            words: format!(
                                "typically goes with {}",
                                crate::domain::rules::credential_names(
                                    self.catalog,
                                    &m.title.credentials
                                )
                            ),
                        },
                        step: m
                            .with
                            .filter(|_| !m.held_before)
                            .and_then(|c| self.sitting_step(&c.id))
                            .map(|i| i + 1),
                        held: m.held_before,
                        typical: true,
                    });
                }
                json.title = Some(&m.title.id);
                json.level = Some(m.title.level);
                json.pay = self.pay_json(&m.title.id, m.after.map(|t| t.id.as_str()));
            }
        }
        json
    }

    fn alternative_json(
        &'a self,
        alternative: &'a Alternative<'a>,
        text: String,
    ) -> AlternativeJson<'a> {
        let blank = |kind: &'static str, steps: usize, chosen: usize| AlternativeJson {
            kind,
            text,
            titles: Vec::new(),
            credential: None,
            route: None,
            instead_of: None,
            for_title: None,
            needs: None,
            steps,
            instead_of_steps: chosen,
        };
        match alternative {
            Alternative::Ladder { titles, cost } => AlternativeJson {
                titles: titles.iter().map(|t| t.id.as_str()).collect(),
                ..blank("ladder", cost.steps, self.plan.steps.len())
            },
            Alternative::Credential {
                title,
                instead_of,
                way,
                chosen,
            } => AlternativeJson {
                credential: Some(&way.credential.id),
                route: Some(RouteJson {
                    number: way.route + 1,
                    name: &way.credential.paths[way.route].name,
                }),
                instead_of: Some(serde_json::Value::from(instead_of.id.as_str())),
                for_title: Some(&title.id),
                needs: Some(&way.lacks),
                ..blank("credential", way.cost.steps, chosen.steps)
            },
            Alternative::Route {
                instead_of,
                way,
                chosen,
            } => AlternativeJson {
                credential: Some(&way.credential.id),
                route: Some(RouteJson {
                    number: way.route + 1,
                    name: &way.credential.paths[way.route].name,
                }),
                instead_of: Some(serde_json::Value::from(instead_of + 1)),
                needs: Some(&way.lacks),
                ..blank("route", way.cost.steps, chosen.steps)
            },
        }
    }
}

fn same_figure(a: &OccupationPay, b: &OccupationPay) -> bool {
    a.soc == b.soc
}

impl Serialize for PlanView<'_> {
    /// `{"goal", "from", "person", "area", "reachable", "summary", "steps", "alternatives",
    /// "notes", "source"}`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn title(t: &crate::data::model::Title) -> TitleJson<'_> {
            TitleJson {
                id: &t.id,
                name: &t.name,
                field: &t.field,
                level: t.level,
            }
        }
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("goal", &title(self.plan.goal))?;
        map.serialize_entry("from", &self.plan.from.map(title))?;
        map.serialize_entry("person", &self.person_json())?;
        map.serialize_entry("area", &self.area)?;
        map.serialize_entry("area_kind", self.area.kind_label())?;
        if let Some(note) = &self.area_note {
            map.serialize_entry("area_note", note)?;
        }
        map.serialize_entry(
            "reachable",
            &(self.plan.reach == Reach::Planned || self.plan.reach == Reach::AlreadyThere),
        )?;
        map.serialize_entry(
            "reach",
            match &self.plan.reach {
                Reach::Planned => "planned",
                Reach::AlreadyThere => "already_there",
                Reach::NoLadderPath { .. } => "no_ladder_path",
                Reach::NoEntryPath { .. } => "no_entry_path",
            },
        )?;
        map.serialize_entry("summary", &self.headline().0)?;
        map.serialize_entry("to_confirm", &self.to_confirm_steps())?;
        let steps: Vec<StepJson<'_>> = self
            .plan
            .steps
            .iter()
            .enumerate()
            .map(|(i, step)| self.step_json(i, step))
            .collect();
        map.serialize_entry("steps", &steps)?;
        let texts = self.alternative_texts();
        let alternatives: Vec<AlternativeJson<'_>> = self
            .plan
            .alternatives
            .iter()
            .zip(texts)
            .map(|(a, text)| self.alternative_json(a, text))
            .collect();
        map.serialize_entry("alternatives", &alternatives)?;
        map.serialize_entry("notes", &self.notes())?;
        map.serialize_entry("source", &self.source)?;
        map.end()
    }
}
