//! `him fit` as a user runs it: which skills a typed word names, the ranking, and the
//! explanation of each score.

mod common;

use common::{DataDir, builtin, failure, him, json_in, json_of, stdout_of};
use serde_json::Value;

/// `him fit --skills SKILLS --format json`.
fn fit_json(skills: &str) -> Value {
    json_of(him().args(["fit", "--skills", skills]))
}

fn ranking(skills: &str) -> Vec<String> {
    fit_json(skills)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn programming_and_database_skills_rank_health_informatics_first() {
    for skills in [
        "programming, database",
        "Software programming, Database management",
        "python, sql",
    ] {
        assert_eq!(ranking(skills)[0], "informatics", "{skills}");
    }
}

#[test]
fn policy_and_resource_allocation_skills_rank_him_first() {
    for skills in [
        "policy, resource allocation",
        "policy implementation, allocating resources",
    ] {
        assert_eq!(ranking(skills)[0], "him", "{skills}");
    }
}

#[test]
fn each_result_has_its_score_matched_and_missing_skills_with_courses() {
    let json = fit_json("programming, database");
    let results = json.as_array().unwrap();
    // Both fields and every specialization, best first.
    assert_eq!(results.len(), 9);
    let first = &results[0];
    assert_eq!(first["kind"], "field");
    assert_eq!(first["expected"], 12);
    assert!((first["score"].as_f64().unwrap() - 2.0 / 12.0).abs() < 1e-9);
    let matched: Vec<(&str, &Value)> = first["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), &m["typed"]))
        .collect();
    assert_eq!(
        matched,
        [
            ("software-programming", &serde_json::json!(["programming"])),
            ("database-management", &serde_json::json!(["database"])),
        ]
    );
    let missing = first["missing"].as_array().unwrap();
    assert_eq!(missing.len(), 10);
    let visualization = missing
        .iter()
        .find(|m| m["id"] == "data-visualization")
        .unwrap();
    let courses: Vec<&str> = visualization["courses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        courses,
        [
            "healthcare-data-visualization",
            "quality-management-and-data-analysis"
        ]
    );
    let project = missing
        .iter()
        .find(|m| m["id"] == "project-management")
        .unwrap();
    assert_eq!(project["courses"], serde_json::json!([]));
    let spec = results
        .iter()
        .find(|r| r["kind"] == "specialization")
        .unwrap();
    assert_eq!(spec["field"], "informatics");
}

#[test]
fn equal_scores_go_by_name() {
    let json = fit_json("programming");
    let zero: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["score"] == 0.0)
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    let mut sorted = zero.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(zero, sorted);
    assert_eq!(zero.len(), 8);

    // Two specializations that expect the same skills tie; the one named first wins.
    let nursing = "skills = [\"clinical-workflow-design\", \"ehr-and-cpoe-systems\", \"patient-safety\", \"nursing-practice\"]";
    let pharmacy = "skills = [\"medication-safety\", \"patient-safety\", \"pharmacy-practice\"]";
    let specializations = builtin("specializations.toml");
    assert!(specializations.contains(nursing) && specializations.contains(pharmacy));
    let specializations = specializations.replace(pharmacy, nursing);
    let dir = DataDir::new(&[("specializations.toml", &specializations)]);
    let json: Value = json_of(
        him()
            .arg("--data")
            .arg(dir.path())
            .args(["fit", "--skills", "ehr"]),
    );
    let top: Vec<&str> = json.as_array().unwrap()[..2]
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(top, ["nursing-informatics", "pharmacy-informatics"]);
}

#[test]
fn an_ambiguous_skill_is_said_and_never_counted() {
    let output = him()
        .args(["fit", "--skills", "coding, programming", "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: Value = json_in(&output);
    let him_field = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "him")
        .unwrap();
    // Medical coding is an HIM workflow, but `coding` alone does not count for it.
    assert_eq!(him_field["matched"], serde_json::json!([]));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("warning: `coding` names several skills, so none is counted: Medical coding (“coding” is a word of its name), Software programming (“coding” is a word of its synonym “coding software”) or Compliance tracking (“coding” is a word of “Coding compliance”, part of it)"),
        "{stderr}"
    );

    let table = stdout_of(him().args(["fit", "--skills", "coding, programming", "--width", "100"]));
    assert!(table.contains("several skills: not counted"), "{table}");
}

#[test]
fn unknown_skills_are_listed_with_suggestions() {
    let out = stdout_of(him().args(["fit", "--skills", "programing, sql", "--width", "100"]));
    assert!(out.contains("not recognized"), "{out}");
    assert!(
        out.contains("nearest: programming (Software programming)"),
        "{out}"
    );
    assert!(out.contains("┆ a language for it"), "{out}");
}

#[test]
fn nothing_recognized_is_a_usage_error() {
    let (code, stderr) = failure(him().args(["fit", "--skills", "knitting, juggling"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("none of the skills given names one skill of the data"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`knitting` is not a skill in the data"),
        "{stderr}"
    );
}

#[test]
fn without_skills_and_without_a_terminal_it_exits_2_at_once() {
    let (code, stderr) = failure(him().arg("fit"));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: him fit needs your skills"),
        "{stderr}"
    );
    assert!(stderr.contains("--skills"), "{stderr}");
}

#[test]
fn skills_can_be_repeated_or_comma_separated() {
    assert_eq!(
        fit_json("policy, resource allocation"),
        json_of::<Value>(him().args([
            "fit",
            "--skills",
            "policy",
            "--skills",
            "resource allocation",
        ]))
    );
}

#[test]
fn csv_has_one_row_per_result() {
    let out = stdout_of(him().args(["fit", "--skills", "sql", "--format", "csv"]));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "rank,kind,id,name,score,matched,expected,have,missing"
    );
    assert!(
        lines[1]
            .starts_with("1,field,informatics,Health informatics,0.0833,1,12,database-management,"),
        "{out}"
    );
    assert_eq!(lines.len(), 10);
}

#[test]
fn fit_snapshot() {
    let out = stdout_of(him().args([
        "fit",
        "--skills",
        "programming, database, coding, knitting",
        "--width",
        "80",
    ]));
    insta::assert_snapshot!("fit_programming_database_80", out);
}

#[test]
fn a_pasted_page_is_not_a_skill_and_is_echoed_short() {
    let page = "informatics ".repeat(10_000);
    let (code, stderr) = failure(him().args(["fit", "--skills", &page]));
    assert_eq!(code, 2);
    assert!(stderr.len() < 500, "{stderr:.500}");
    assert!(
        stderr.contains("(119999 characters)` is not a skill"),
        "{stderr}"
    );
}

#[test]
fn a_developers_resume_words_are_read_as_skills_and_explained() {
    let ten = "python, sql, javascript, react, aws, git, rest apis, docker, databases, agile";
    let output = him()
        .args(["fit", "--skills", ten, "--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    // All ten are read: nothing is said on stderr.
    assert_eq!(std::str::from_utf8(&output.stderr).unwrap(), "");
    let json: Value = json_in(&output);
    let informatics = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "informatics")
        .unwrap();
    let matched: Vec<(&str, usize)> = informatics["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["id"].as_str().unwrap(),
                m["typed"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        matched,
        [
            ("software-programming", 4),
            ("database-management", 2),
            ("project-management", 1),
            ("systems-design-and-development", 3),
        ]
    );
    // Still the share of the skills it expects.
    assert!((informatics["score"].as_f64().unwrap() - 4.0 / 12.0).abs() < 1e-9);

    let table = stdout_of(him().args(["fit", "--skills", ten, "--width", "120"]));
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(
        lines[1],
        "Applied informatics fits best, at 50%: you have 1 of the 2 skills it expects (Systems design and development); HI"
    );
    assert!(
        table.contains("│ react      ┆ Software programming           ┆ a framework for it"),
        "{table}"
    );
    assert!(
        table.contains("│ aws        ┆ Systems design and development ┆ a platform for it"),
        "{table}"
    );
    assert!(table.contains("that reading is the editors'"), "{table}");
    // Scores as bars; the rows with no match folded into one.
    assert!(table.contains("┆   50% ┆ █████ ┆"), "{table}");
    assert!(table.contains("┆   33% ┆ ███▍  ┆"), "{table}");
    assert!(table.contains("7 more with no match"), "{table}");
    assert!(!table.contains("│ 3 ┆"), "{table}");
}

#[test]
fn unknown_words_get_the_nearest_skill_and_a_tool_says_what_it_is() {
    let output = him()
        .args(["fit", "--skills", "tableau, tablaeu", "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("warning: `tablaeu` is not a skill in the data: did you mean `Tableau` (Data visualization)?"),
        "{stderr}"
    );
    let table = stdout_of(him().args(["fit", "--skills", "tableau", "--width", "100"]));
    assert!(
        table.contains("│ tableau  ┆ Data visualization ┆ a tool for it │"),
        "{table}"
    );
}
