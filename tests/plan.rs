//! `him plan` as a user runs it: whole persons, each planned to the job they want, and the
//! plan checked against `him eligible` and `him salary` for the same person and place.

mod common;

use std::collections::BTreeMap;

use common::{catalog, failure, him, json_of, stdout_of, timing};
use him::data::model::{Degree, ProgramKind};
use him::domain::eligibility::{Accreditation, Person};
use him::domain::planning::{self, Reach};
use proptest::prelude::*;
use serde_json::Value;

const CODER: [&str; 10] = [
    "--to",
    "him-director",
    "--degree",
    "associate",
    "--experience",
    "coding=3",
    "--holds",
    "cca",
    "--area",
    "chicago",
];

fn plan_json(args: &[&str]) -> Value {
    json_of(him().arg("plan").args(args))
}

fn plan_text(args: &[&str], width: &str) -> String {
    stdout_of(him().arg("plan").args(args).args(["--width", width]))
}

/// The plan in short: one line per step, "title:ID", "degree:LEVEL:DISCIPLINE:ACCREDITOR",
/// "experience:KIND:YEARS" ("?" when the sources give none), "credential:ID:ROUTE:EVIDENCE",
/// "license:ID".
fn outline(plan: &Value) -> Vec<String> {
    let text = |v: &Value| v.as_str().unwrap_or("").to_string();
    plan["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|step| match step["kind"].as_str().unwrap() {
            "title" => format!("title:{}", text(&step["title"])),
            "degree" => format!(
                "degree:{}:{}:{}",
                text(&step["degree"]["level"]),
                step["degree"]["disciplines"]
                    .as_array()
                    .unwrap()
                    .first()
                    .map(text)
                    .unwrap_or_default(),
                text(&step["degree"]["accredited_by"])
            ),
            "experience" => format!(
                "experience:{}:{}",
                text(&step["experience"]["kind"]),
                step["experience"]["years"]
                    .as_f64()
                    .map_or("?".to_string(), |y| y.to_string())
            ),
            "credential" => format!(
                "credential:{}:{}:{}",
                text(&step["credential"]),
                step["route"]["number"],
                text(&step["evidence"])
            ),
            "license" => format!("license:{}", text(&step["licenses"][0])),
            other => panic!("a step of kind {other}"),
        })
        .collect()
}

struct Case {
    who: &'static str,
    args: &'static [&'static str],
    steps: &'static [&'static str],
    /// The steps the headline says to confirm with the issuer.
    to_confirm: &'static [u64],
    /// Words some other way must say.
    other_ways: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        who: "a coder in Chicago with an associate degree and a CCA, to HIM director",
        args: &CODER,
        steps: &[
            "title:health-information-technician",
            "title:revenue-cycle-manager",
            "degree:bachelor:him:cahiim",
            "credential:rhia:1:eligible",
            "title:health-information-manager",
            "title:him-director",
        ],
        to_confirm: &[],
        other_ways: &["RHIA by route 2. CAHIIM-approved HIM post-baccalaureate certificate"],
    },
    Case {
        who: "a graduate of a CAHIIM-accredited HIM bachelor's program, to health information manager",
        args: &[
            "--to",
            "health information manager",
            "--degree",
            "bachelor",
            "--program",
            "him",
            "--accredited-by",
            "cahiim",
        ],
        steps: &[
            "credential:rhia:1:eligible",
            "title:him-analyst",
            "title:data-quality-manager",
            "title:health-information-manager",
        ],
        to_confirm: &[],
        other_ways: &["Compliance officer instead of Data quality manager"],
    },
    Case {
        who: "an RN with a BSN and a year of nursing, to nursing informatics specialist",
        args: &[
            "--to",
            "nursing informatics specialist",
            "--degree",
            "bachelor",
            "--program",
            "nursing",
            "--license",
            "rn",
            "--experience",
            "nursing=1",
        ],
        steps: &[
            "experience:nursing:1",
            "credential:ancc-informatics-nursing:1:possible",
            "title:nursing-informatics-specialist",
        ],
        to_confirm: &[2],
        other_ways: &[
            "NI-BC by route 2. RN with 1,000 hours of practice and graduate informatics credits",
            "1,000 hours of informatics practice in the last 3 years plus 12 graduate semester hours",
        ],
    },
    Case {
        who: "a software developer with a bachelor's in computing, to informatics director",
        args: &[
            "--to",
            "informatics director",
            "--degree",
            "bachelor",
            "--program",
            "computing",
            "--experience",
            "information-systems=4",
        ],
        steps: &[
            "experience:healthcare-data:?",
            "credential:chda:1:possible",
            "title:health-informatics-specialist",
            "title:informatics-analyst",
            "experience:information-systems:1",
            "credential:cphims:1:possible",
            "title:informatics-director",
        ],
        to_confirm: &[2, 6],
        other_ways: &[
            "or: AHIC instead of CPHIMS for Informatics director, by route 5",
            "needs experience in health informatics",
        ],
    },
    Case {
        who: "a high-school graduate, to health information technician",
        args: &[
            "--to",
            "health information technician",
            "--degree",
            "high-school",
        ],
        steps: &[
            "credential:cca:1:eligible",
            "title:health-information-technician",
        ],
        to_confirm: &[],
        other_ways: &[
            "or: RHIT instead of CCA for Health information technician",
            "or: CCS instead of CCA for Health information technician, by route 1. High-school diploma: eligible now",
        ],
    },
];

#[test]
fn whole_persons_get_the_plans_the_data_gives_them() {
    for case in CASES {
        let plan = plan_json(case.args);
        assert_eq!(outline(&plan), case.steps, "{}", case.who);
        assert_eq!(plan["reachable"], true, "{}", case.who);
        let to_confirm: Vec<u64> = plan["to_confirm"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .collect();
        assert_eq!(to_confirm, case.to_confirm, "{}", case.who);
        let summary = plan["summary"].as_str().unwrap();
        if case.to_confirm.is_empty() {
            assert!(!summary.contains("to confirm"), "{}: {summary}", case.who);
        } else {
            assert!(
                summary.contains(&format!(
                    "This plan depends on {} step",
                    case.to_confirm.len()
                )),
                "{}: {summary}",
                case.who
            );
        }
        let others: Vec<&str> = plan["alternatives"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["text"].as_str().unwrap())
            .collect();
        for words in case.other_ways {
            assert!(
                others.iter().any(|o| o.contains(words)),
                "{}: no other way says {words:?}: {others:#?}",
                case.who
            );
        }
    }
}

#[test]
fn the_nurse_is_told_the_hours_she_must_show() {
    let plan = plan_json(CASES[2].args);
    let sit = &plan["steps"][1];
    let doubts: Vec<&str> = sit["to_confirm"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["words"].as_str().unwrap())
        .collect();
    assert!(
        doubts.contains(&"2,000 hours of informatics practice in the last 3 years"),
        "{doubts:?}"
    );
    assert_eq!(sit["source"]["id"], "boardcerts-ni-bc");
    assert!(
        sit["source"]["citation"]
            .as_str()
            .unwrap()
            .contains("secondary source")
    );
    let gain = &plan["steps"][0];
    assert_eq!(
        gain["text"],
        "Gain 1 more year of experience in nursing practice"
    );
    assert_eq!(gain["for"]["credential"], "ancc-informatics-nursing");
}

#[test]
fn a_goal_the_data_cannot_reach_is_said_with_what_the_data_lacks() {
    let plan = plan_json(&["--from", "HIM director", "--to", "cio"]);
    assert_eq!(plan["reachable"], false);
    assert_eq!(plan["reach"], "no_ladder_path");
    assert_eq!(plan["steps"].as_array().unwrap().len(), 0);
    let summary = plan["summary"].as_str().unwrap();
    assert_eq!(
        summary,
        "No plan: the data's career ladder has no path from HIM director to Chief information officer. HIM director leads to no title in the data; Chief information officer is reached from Informatics director and Information services director."
    );
    let text = plan_text(&["--from", "HIM director", "--to", "cio"], "100");
    assert!(
        text.contains("No plan: the data's career ladder has no path"),
        "{text}"
    );
    assert!(!text.contains("  1. "), "no step is invented: {text}");
}

#[test]
fn holding_the_goal_already_leaves_nothing_to_plan() {
    let plan = plan_json(&["--from", "cio", "--to", "chief information officer"]);
    assert_eq!(plan["reach"], "already_there");
    assert_eq!(plan["steps"].as_array().unwrap().len(), 0);
}

#[test]
fn every_credential_step_agrees_with_him_eligible() {
    for case in CASES {
        let plan = plan_json(case.args);
        // The same person, without the plan's own flags.
        let mut person: Vec<&str> = Vec::new();
        let mut args = case.args.iter();
        while let Some(flag) = args.next() {
            let value = args.next().unwrap();
            if !["--to", "--from", "--area"].contains(flag) {
                person.extend([*flag, *value]);
            }
        }
        let eligible: Vec<Value> = json_of(him().arg("eligible").args(&person));
        let steps = plan["steps"].as_array().unwrap();
        let sits: Vec<&Value> = steps.iter().filter(|s| s["kind"] == "credential").collect();
        assert!(!sits.is_empty(), "{}", case.who);
        for sit in sits {
            let check = eligible
                .iter()
                .find(|c| c["id"] == sit["credential"])
                .unwrap();
            let verdict = check["verdict"].as_str().unwrap();
            let route = if verdict == "not_eligible" {
                &check["nearest"]
            } else {
                &check["path"]
            };
            assert_eq!(sit["route"]["number"], route["number"], "{}", case.who);
            assert_eq!(sit["route"]["name"], route["name"], "{}", case.who);
            let needs: Vec<&Value> = sit["needs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| &n["words"])
                .collect();
            if needs.is_empty() {
                // Open today: the plan's evidence is eligible's verdict.
                assert_eq!(sit["evidence"], verdict, "{}", case.who);
            } else {
                let missing: Vec<&Value> = check["missing"].as_array().unwrap().iter().collect();
                assert_eq!(needs, missing, "{}", case.who);
                // Every condition the route lacks is filled by an earlier step.
                for need in sit["needs"].as_array().unwrap() {
                    let step = need["step"].as_u64().expect("a step fills it");
                    assert!(step < sit["number"].as_u64().unwrap());
                }
            }
        }
    }
}

#[test]
fn the_coders_pay_agrees_with_him_salary_in_chicago() {
    let plan = plan_json(&CODER);
    let salary: Value = json_of(him().args(["salary", "--area", "chicago"]));
    let mut by_title: BTreeMap<String, (Value, Value, Value)> = BTreeMap::new();
    for field in salary["fields"].as_array().unwrap() {
        for title in field["titles"].as_array().unwrap() {
            let wages = &title["wages"][0];
            by_title.insert(
                title["id"].as_str().unwrap().to_string(),
                (
                    wages["median"]["nominal"].clone(),
                    wages["p10"]["nominal"].clone(),
                    wages["p90"]["nominal"].clone(),
                ),
            );
        }
    }
    assert_eq!(plan["area"]["name"], "Chicago-Naperville-Elgin, IL-IN");
    let mut moves = 0;
    for step in plan["steps"].as_array().unwrap() {
        if step["kind"] != "title" {
            assert!(step.get("pay").is_none());
            continue;
        }
        moves += 1;
        let (median, p10, p90) = &by_title[step["title"].as_str().unwrap()];
        assert_eq!(&step["pay"]["median"], median, "{}", step["title"]);
        assert_eq!(&step["pay"]["p10"], p10, "{}", step["title"]);
        assert_eq!(&step["pay"]["p90"], p90, "{}", step["title"]);
    }
    assert_eq!(moves, 4);
    // Titles of one code share one figure, and the plan says so where a move cannot show a
    // raise.
    let manager = &plan["steps"][4];
    assert_eq!(manager["pay"]["same_figure_as"], "revenue-cycle-manager");
    assert!(
        plan["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "One figure for Revenue cycle manager, Health information manager and HIM director: 11-9111 Medical and Health Services Managers.")
    );
}

#[test]
fn a_move_to_an_occupation_with_a_lower_median_says_it_is_no_pay_cut() {
    let plan = plan_json(&["--from", "systems analyst", "--to", "consultant"]);
    let step = &plan["steps"][0];
    assert_eq!(step["title"], "consultant");
    assert_eq!(
        step["pay"]["note"],
        "The BLS figure for Management Analysts is lower than for Computer Systems Analysts: these are different occupations, not a pay cut"
    );
}

#[test]
fn the_json_has_the_shape_scripts_rely_on() {
    let plan = plan_json(&CODER);
    for key in ["goal", "person", "area", "steps", "alternatives", "notes"] {
        assert!(plan.get(key).is_some(), "no `{key}`");
    }
    assert_eq!(plan["goal"]["id"], "him-director");
    assert_eq!(plan["person"]["degree"], "associate");
    assert_eq!(plan["person"]["experience"]["coding"], 3.0);
    assert_eq!(plan["person"]["holds"][0], "cca");
    for step in plan["steps"].as_array().unwrap() {
        let kind = step["kind"].as_str().unwrap();
        assert!(
            ["degree", "experience", "credential", "title", "license"].contains(&kind),
            "{kind}"
        );
        assert!(step["needs"].is_array());
        assert!(step["opens"].is_array());
        match kind {
            "credential" => {
                assert!(step["credential"].is_string());
                assert!(
                    ["eligible", "likely", "possible"]
                        .contains(&step["evidence"].as_str().unwrap())
                );
                assert!(step["source"]["id"].is_string());
                assert!(step["source"]["citation"].is_string());
            }
            "title" => {
                assert!(step["title"].is_string());
                assert!(step["pay"]["median"].is_u64());
            }
            _ => {}
        }
    }
    // The move to a title that typically goes with a credential names it as a need, and the
    // step that fills it.
    let manager = &plan["steps"][4];
    assert_eq!(
        manager["needs"][0],
        serde_json::json!({
            "need": "credential",
            "any": ["rhia"],
            "words": "typically goes with RHIA",
            "step": 4,
            "typical": true
        })
    );
    let technician = &plan["steps"][0];
    assert_eq!(technician["needs"][0]["held"], true);
}

#[test]
fn the_degree_step_names_its_level_discipline_accreditor_and_why() {
    let plan = plan_json(&CODER);
    let degree = &plan["steps"][2];
    assert_eq!(
        degree["text"],
        "Finish a bachelor's degree in health information management, from a program accredited by CAHIIM (length varies by program)"
    );
    assert_eq!(degree["degree"]["accredited_by"], "cahiim");
    assert_eq!(
        degree["for"],
        serde_json::json!({"credential": "rhia", "route": 1})
    );
    assert!(
        degree["opens"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["id"] == "rhia" && o["evidence"] == "eligible")
    );
}

#[test]
fn csv_is_one_table_of_steps_under_one_header() {
    let out = stdout_of(him().arg("plan").args(CODER).args(["--format", "csv"]));
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "step,kind,text,credential,route,evidence,title,level,needs,opens,source,source_date,soc,area,median,p10,p90"
    );
    assert_eq!(lines.count(), 6, "{out}");
    assert!(out.contains("\n4,credential,\"Sit RHIA, by route 1. CAHIIM-accredited HIM degree: eligible after step 3\",rhia,1,eligible,"));
}

#[test]
fn an_unknown_title_is_a_usage_error_with_the_nearest_name() {
    let (code, stderr) = failure(him().args(["plan", "--to", "him directr"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean"), "{stderr}");
    assert!(stderr.contains("`him list titles` lists them"), "{stderr}");
}

#[test]
fn the_person_flags_are_read_as_him_eligible_reads_them() {
    // The same mistakes, the same words.
    for args in [
        &["--program", "him"][..],
        &["--experience", "codng=2"][..],
        &["--holds", "rhiaa"][..],
    ] {
        let run = |command: &[&str]| failure(him().args(command).args(args));
        let eligible = run(&["eligible"]);
        let plan = run(&["plan", "--to", "cio"]);
        assert_eq!(plan, eligible, "{args:?}");
        assert_eq!(plan.0, 2);
    }
}

#[test]
fn plan_snapshots() {
    insta::assert_snapshot!("plan_coder_chicago_80", plan_text(&CODER, "80"));
    insta::assert_snapshot!("plan_coder_chicago_120", plan_text(&CODER, "120"));
}

// --- a property: more never makes a plan longer ------------------------------------------------

fn ids(of: impl Iterator<Item = String>) -> Vec<String> {
    of.collect()
}

fn any_person() -> impl Strategy<Value = Person> {
    let catalog = catalog();
    let credentials = ids(catalog.data.credentials().iter().map(|c| c.id.clone()));
    let kinds = ids(catalog.data.experience().iter().map(|k| k.id.clone()));
    (
        prop::sample::select(Degree::ALL.to_vec()),
        prop::option::of(prop::sample::select(vec![
            "him",
            "informatics",
            "nursing",
            "computing",
            "biology",
        ])),
        prop::option::of(prop::sample::select(vec!["cahiim", "recognized"])),
        any::<bool>(),
        prop::collection::btree_map(prop::sample::select(kinds), 1u32..=16, 0..=3),
        prop::sample::subsequence(credentials, 0..=2),
        prop::sample::subsequence(vec!["rn", "md"], 0..=1),
    )
        .prop_map(
            |(degree, program, accredited, final_term, experience, holds, licenses)| {
                let college = degree >= Degree::Associate;
                Person {
                    degree,
                    program: program.filter(|_| college).map(str::to_string),
                    program_kind: ProgramKind::Degree,
                    accreditation: accredited.filter(|_| college).map(|a| match a {
                        "recognized" => Accreditation::Recognized,
                        id => Accreditation::By(id.to_string()),
                    }),
                    final_term: final_term && college,
                    experience: experience
                        .into_iter()
                        .map(|(k, half_years)| (k, f64::from(half_years) / 2.0))
                        .collect(),
                    holds: holds.into_iter().collect(),
                    licenses: licenses.into_iter().map(str::to_string).collect(),
                    ..Person::default()
                }
            },
        )
}

#[derive(Clone, Debug)]
enum Gain {
    Credential(String),
    HigherDegree,
    Experience(String, u32),
}

fn any_gain() -> impl Strategy<Value = Gain> {
    let catalog = catalog();
    let credentials = ids(catalog.data.credentials().iter().map(|c| c.id.clone()));
    let kinds = ids(catalog.data.experience().iter().map(|k| k.id.clone()));
    prop_oneof![
        prop::sample::select(credentials).prop_map(Gain::Credential),
        Just(Gain::HigherDegree),
        (prop::sample::select(kinds), 1u32..=12).prop_map(|(k, y)| Gain::Experience(k, y)),
    ]
}

fn gained(person: &Person, gain: &Gain) -> Person {
    let mut better = person.clone();
    match gain {
        Gain::Credential(id) => {
            better.holds.insert(id.clone());
        }
        Gain::HigherDegree => {
            if let Some(next) = Degree::ALL.iter().find(|d| **d > person.degree) {
                better.degree = *next;
            }
        }
        Gain::Experience(kind, half_years) => {
            *better.experience.entry(kind.clone()).or_insert(0.0) += f64::from(*half_years) / 2.0;
        }
    }
    better
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Adding a credential, a degree or years of experience never makes a plan longer, to any
    /// title, from no job or from any job.
    #[test]
    fn more_never_makes_a_plan_longer(
        person in any_person(),
        gain in any_gain(),
        goal in 0usize..100,
        from in prop::option::of(0usize..100),
    ) {
        let catalog = catalog();
        let titles = catalog.data.titles();
        let goal = &titles[goal % titles.len()];
        let from = from.map(|i| &titles[i % titles.len()]);
        let better = gained(&person, &gain);
        let before = planning::plan(catalog, &person, goal, from, timing());
        let after = planning::plan(catalog, &better, goal, from, timing());
        prop_assert_eq!(&before.reach, &after.reach);
        if before.reach == Reach::Planned {
            prop_assert!(
                after.steps.len() <= before.steps.len(),
                "{:?} to {}: {} steps before, {} after",
                gain,
                goal.id,
                before.steps.len(),
                after.steps.len()
            );
        }
    }
}

#[test]
fn markdown_is_a_numbered_list_whose_details_keep_their_lines() {
    let out = stdout_of(him().arg("plan").args(CODER).args(["--format", "markdown"]));
    let plan = plan_json(&CODER);
    assert!(out.starts_with("# Plan: HIM director\n"), "{out}");
    assert!(!out.contains('\x1b'), "no escape codes: {out}");
    for step in plan["steps"].as_array().unwrap() {
        // A head with details under it ends in a line break, so they are not run together.
        let head = format!(
            "{}. **{}**  \n",
            step["number"],
            step["text"].as_str().unwrap()
        );
        assert!(out.contains(&head), "{head:?} in {out}");
    }
    assert!(out.contains("## Other ways"), "{out}");
}

#[test]
fn a_plan_without_a_degree_says_it_counts_none() {
    let args = [
        "--from",
        "health information technician",
        "--to",
        "health information manager",
        "--holds",
        "rhit",
    ];
    let plan = plan_json(&args);
    assert!(
        plan["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n.as_str().unwrap().starts_with("You gave no --degree")),
        "{:#?}",
        plan["notes"]
    );
    // With the degree RHIT asks for, no diploma below it is planned.
    let mut with_degree = args.to_vec();
    with_degree.extend([
        "--degree",
        "associate",
        "--program",
        "him",
        "--accredited-by",
        "cahiim",
    ]);
    let outline = outline(&plan_json(&with_degree));
    assert!(
        !outline.iter().any(|s| s.starts_with("degree:high-school")),
        "{outline:?}"
    );
    assert!(
        outline.contains(&"degree:bachelor:him:cahiim".to_string()),
        "{outline:?}"
    );
}

/// The printed plan draws each job's pay as a bar on one scale, with the same figures the JSON
/// gives, in the order of the steps.
#[test]
fn the_html_page_draws_each_jobs_pay_in_the_order_of_the_steps() {
    let page = stdout_of(him().arg("plan").args(CODER).args(["--format", "html"]));
    assert!(page.contains("Pay at each job of the plan"), "{page}");
    assert!(page.contains("<svg"), "{page}");
    let plan = plan_json(&CODER);
    let mut last = 0;
    for step in plan["steps"].as_array().unwrap() {
        if step["kind"] != "title" {
            continue;
        }
        let median = step["pay"]["median"].as_u64().expect("a published median");
        let shown = format!("median ${}", common::thousands(median));
        let at = page[last..]
            .find(&shown)
            .unwrap_or_else(|| panic!("{shown} after byte {last}"));
        last += at + shown.len();
    }
}
