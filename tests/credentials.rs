//! `him credentials` as a user runs it: which credentials depend on a CAHIIM-accredited
//! program, and how.

mod common;

use common::{DataDir, builtin, him, stdout_of};

fn json_of(args: &[&str]) -> Vec<serde_json::Value> {
    let out = stdout_of(him().args(args).args(["--format", "json"]));
    serde_json::from_str(&out).expect("JSON output")
}

/// (id, requirement) of each credential listed, in order.
fn requirements(json: &[serde_json::Value]) -> Vec<(String, String)> {
    json.iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["requirement"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn requires_cahiim_lists_the_three_kinds_of_dependency() {
    let json = json_of(&["credentials", "--requires", "cahiim"]);
    assert_eq!(
        requirements(&json),
        pairs(&[
            ("rhia", "all_paths"),
            ("rhit", "all_paths"),
            ("chda", "some_paths"),
            ("chps", "via_credential"),
        ])
    );
    for credential in &json {
        for key in ["id", "name", "issuer", "requirement"] {
            assert!(
                credential.get(key).is_some(),
                "{key} missing in {credential}"
            );
        }
    }
    assert_eq!(
        json[0]["name"],
        "Registered Health Information Administrator"
    );
    assert_eq!(json[0]["issuer"], "ahima");
    // CHPS depends through its "RHIA and 2 years" route; the CCA/CCS/CCS-P/RHIT route does
    // not count, because CCA does not depend on CAHIIM.
    let chps = &json[3]["dependencies"][0];
    assert_eq!(chps["routes"][0]["number"], 5);
    assert_eq!(chps["routes"][0]["via"], serde_json::json!(["rhia"]));
    assert_eq!(chps["routes"].as_array().unwrap().len(), 1);
}

#[test]
fn the_accreditor_is_found_by_any_of_its_names() {
    for name in [
        "CAHIIM",
        "Commission on Accreditation for Health Informatics and Information Management Education",
    ] {
        let json = json_of(&["credentials", "--requires", name]);
        assert_eq!(json.len(), 4, "{name}");
    }
}

#[test]
fn strict_keeps_only_credentials_every_route_of_which_needs_the_program() {
    let json = json_of(&["credentials", "--requires", "cahiim", "--strict"]);
    assert_eq!(
        requirements(&json),
        pairs(&[("rhia", "all_paths"), ("rhit", "all_paths")])
    );
}

#[test]
fn reciprocity_routes_are_shown_but_not_counted() {
    let json = json_of(&["credentials", "--requires", "cahiim"]);
    let rhia = &json[0]["dependencies"][0];
    assert_eq!(rhia["counted_routes"], 3);
    assert_eq!(rhia["not_counted"][0]["number"], 3);
    assert_eq!(rhia["not_counted"][0]["reason"], "outside_us");
    let out = stdout_of(him().args(["credentials", "--requires", "cahiim", "--width", "200"]));
    assert!(
        out.contains("3. Foreign HIM program (reciprocity): abroad, not counted"),
        "{out}"
    );
}

#[test]
fn without_requires_every_credential_is_listed_with_its_relation_to_cahiim() {
    let json = json_of(&["credentials"]);
    assert_eq!(json.len(), 13);
    let requirement = |id: &str| {
        json.iter().find(|c| c["id"] == id).unwrap()["dependencies"][0]["requirement"].clone()
    };
    assert_eq!(requirement("rhia"), "all_paths");
    assert_eq!(requirement("chps"), "via_credential");
    assert_eq!(requirement("cca"), serde_json::Value::Null);
    assert!(json.iter().all(|c| c.get("requirement").is_none()));
    let out = stdout_of(him().args(["credentials", "--width", "200"]));
    for expected in [
        "CAHIIM program needed",
        "on all 3 routes",
        "(+1 route abroad, not counted)",
        "on 1 of 4 routes; 1 more via RHIA",
        "via RHIA, on 1 of 6 routes",
        "(+1 closed route, not counted)",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

#[test]
fn a_closed_route_is_not_counted() {
    // A user's data where CI's practice pathway (closed after 2025) needed a CAHIIM program:
    // it is closed, so CI does not depend on CAHIIM; before it closed, it did (some paths).
    let credentials = builtin("credentials.toml").replace(
        "closes = \"2025\"",
        "closes = \"2025\"\naccredited_by = \"cahiim\"",
    );
    let dir = DataDir::new(&[("credentials.toml", &credentials)]);
    let listed = |today: &str| {
        let out = stdout_of(
            him()
                .env("HIM_TODAY", today)
                .arg("--data")
                .arg(dir.path())
                .args(["credentials", "--requires", "cahiim", "--format", "json"]),
        );
        let json: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        requirements(&json)
    };
    assert!(
        !listed("2026-11-25")
            .iter()
            .any(|(id, _)| id == "clinical-informatics")
    );
    assert!(
        listed("2025-06-01")
            .contains(&("clinical-informatics".to_string(), "some_paths".to_string()))
    );
}

#[test]
fn strict_without_requires_is_a_usage_error() {
    let output = him().args(["credentials", "--strict"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--requires <ORG>"), "{stderr}");
}

#[test]
fn an_unknown_organization_exits_2_and_one_that_accredits_nothing_finds_nothing() {
    let output = him()
        .args(["credentials", "--requires", "cahim"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no organization is called `cahim`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `cahiim`"), "{stderr}");

    let output = him()
        .args(["credentials", "--requires", "ahima"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no credential depends on a program accredited by AHIMA"),
        "{stderr}"
    );
    assert!(
        stderr.contains("the accreditors in the data: `cahiim`"),
        "{stderr}"
    );
}

#[test]
fn credentials_table_snapshots() {
    let out = stdout_of(him().args(["credentials", "--width", "100"]));
    insta::assert_snapshot!("credentials_100", out);
    let out = stdout_of(him().args(["credentials", "--requires", "cahiim", "--width", "80"]));
    insta::assert_snapshot!("credentials_requires_cahiim_80", out);
}

#[test]
fn csv_and_markdown_carry_the_same_rows() {
    let csv = stdout_of(him().args(["credentials", "--requires", "cahiim", "--format", "csv"]));
    assert!(
        csv.starts_with("id,abbreviation,name,issuer,fields,cahiim,cahiim_routes\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 5, "{csv}");
    assert!(
        csv.contains(
            "chps,CHPS,Certified in Healthcare Privacy and Security,ahima,him,via_credential,5\n"
        ),
        "{csv}"
    );
    let md = stdout_of(him().args(["credentials", "--format", "markdown", "--color", "always"]));
    assert!(md.starts_with("# Credentials (13)\n"), "{md}");
    assert!(!md.contains('\x1b'), "{md}");
}
