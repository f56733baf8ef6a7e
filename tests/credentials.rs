//! `him credentials` as a user runs it: which credentials depend on a CAHIIM-accredited
//! program, and how.

mod common;

use common::{DataDir, builtin, failure, him, json_of, stdout_of};

/// The credentials `him credentials ARGS --format json` lists.
fn credentials_json(args: &[&str]) -> Vec<serde_json::Value> {
    json_of(him().arg("credentials").args(args))
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
    let json = credentials_json(&["--requires", "cahiim"]);
    assert_eq!(
        requirements(&json),
        pairs(&[
            ("rhia", "all_paths"),
            ("rhit", "all_paths"),
            ("chda", "some_paths"),
            ("chps", "via_credential"),
            // Through its "RHIA or RHIT and 2 years of CDI" route.
            ("ccds", "via_credential"),
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
        let json = credentials_json(&["--requires", name]);
        assert_eq!(json.len(), 5, "{name}");
    }
}

#[test]
fn strict_keeps_only_credentials_every_route_of_which_needs_the_program() {
    let json = credentials_json(&["--requires", "cahiim", "--strict"]);
    assert_eq!(
        requirements(&json),
        pairs(&[("rhia", "all_paths"), ("rhit", "all_paths")])
    );
}

#[test]
fn reciprocity_routes_are_shown_but_not_counted() {
    let json = credentials_json(&["--requires", "cahiim"]);
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
    let json = credentials_json(&[]);
    assert_eq!(json.len(), 20);
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
        let json: Vec<serde_json::Value> = json_of(
            him()
                .env("HIM_TODAY", today)
                .arg("--data")
                .arg(dir.path())
                .args(["credentials", "--requires", "cahiim"]),
        );
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
    let (code, stderr) = failure(him().args(["credentials", "--strict"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("--requires <ORG>"), "{stderr}");
}

#[test]
fn an_unknown_organization_exits_2_and_one_that_accredits_nothing_finds_nothing() {
    let (code, stderr) = failure(him().args(["credentials", "--requires", "cahim"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no organization is called `cahim`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `cahiim`"), "{stderr}");

    let (code, stderr) = failure(him().args(["credentials", "--requires", "ahima"]));
    // Nothing found: exit 3, apart from broken data (1).
    assert_eq!(code, 3);
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
    assert_eq!(csv.lines().count(), 6, "{csv}");
    assert!(
        csv.contains(
            "chps,CHPS,Certified in Healthcare Privacy and Security,ahima,him,via_credential,5\n"
        ),
        "{csv}"
    );
    let md = stdout_of(him().args(["credentials", "--format", "markdown", "--color", "always"]));
    assert!(md.starts_with("# Credentials (20)\n"), "{md}");
    assert!(!md.contains('\x1b'), "{md}");
}

/// Each credential says how old the sources of its rules are, and marks the stale ones as
/// pay figures are marked.
#[test]
fn every_rule_source_shows_its_date_and_stale_ones_are_marked() {
    let json = credentials_json(&[]);
    let sources = |id: &str| {
        json.iter().find(|c| c["id"] == id).unwrap()["rule_sources"]
            .as_array()
            .unwrap()
            .clone()
    };
    // AHIMA's RHIA page gives no date: undated, never stale.
    let rhia = sources("rhia");
    assert_eq!(rhia.len(), 1);
    assert_eq!(rhia[0]["source"], "ahima-rhia");
    assert_eq!(rhia[0]["period"], serde_json::Value::Null);
    assert_eq!(rhia[0]["stale"], false);
    assert_eq!(rhia[0]["citation"], "AHIMA, undated; confirmed");
    // CHPS's page is dated by its 2020 figures.
    let chps = sources("chps");
    assert_eq!(chps[0]["period"], "2020");
    assert_eq!(chps[0]["stale"], true);
    assert!(
        chps[0]["citation"]
            .as_str()
            .unwrap()
            .ends_with("[stale: older than 3 years]"),
        "{}",
        chps[0]
    );
    // A longer threshold makes it current again.
    let json = credentials_json(&["--stale-after", "10"]);
    let chps = json.iter().find(|c| c["id"] == "chps").unwrap();
    assert_eq!(chps["rule_sources"][0]["stale"], false);
    let out = stdout_of(him().args(["credentials", "--width", "200"]));
    for expected in [
        "Rules as of",
        "AHIMA, undated",
        "AHIMA, 2020 [stale]",
        "the article, 2020 [stale]",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    let out = stdout_of(him().args(["show", "chps", "--width", "200"]));
    assert!(
        out.contains(
            "source: AHIMA, 2020 (about 6 years 4 months old as of 2026-11-25); confirmed [stale: older than 3 years]"
        ),
        "{out}"
    );
    assert!(
        out.contains("likely route only: its source is older than 3 years; confirm with AHIMA"),
        "{out}"
    );
}

/// Whether an address is a test, QA or staging server, or a mirror or a copy of someone
/// else's page.
fn is_test_or_mirror_host(address: &str) -> bool {
    let host = address
        .split('/')
        .next()
        .unwrap_or(address)
        .to_ascii_lowercase();
    let server = host
        .split(['.', '-'])
        .any(|part| matches!(part, "test" | "qa" | "staging" | "uat"));
    let copies = ["saswell-cn.com", "scribd.com", "readkong.com", "nasroo.com"];
    server
        || copies
            .iter()
            .any(|copy| host == *copy || host.ends_with(&format!(".{copy}")))
}

#[test]
fn no_source_address_is_a_test_server_or_a_mirror() {
    assert!(is_test_or_mirror_host(
        "cms-qa.ahima.org/certification-careers/x"
    ));
    assert!(is_test_or_mirror_host("conference-test.ahima.org/x"));
    assert!(is_test_or_mirror_host("es.scribd.com/document/1"));
    assert!(!is_test_or_mirror_host(
        "ahima.org/certification-careers/certifications-overview/ccs"
    ));
    let sources: Vec<serde_json::Value> = json_of(him().args(["list", "sources"]));
    assert!(sources.len() > 50);
    for source in &sources {
        if let Some(url) = source["url"].as_str() {
            assert!(!is_test_or_mirror_host(url), "{source}");
        }
    }
    // The copies are kept, labelled as copies, and shown by `him show SOURCE` only.
    let rhia = sources.iter().find(|s| s["id"] == "ahima-rhia").unwrap();
    assert_eq!(rhia["url"], serde_json::Value::Null);
    assert!(is_test_or_mirror_host(rhia["seen_at"].as_str().unwrap()));
    let out = stdout_of(him().args(["show", "ahima-rhia", "--width", "200"]));
    assert!(
        out.contains("Seen at (a copy)  conference-test.ahima.org/certification-careers/certification-exams/rhia"),
        "{out}"
    );
    let out = stdout_of(him().args(["show", "rhia", "--width", "200"]));
    assert!(!out.contains("conference-test"), "{out}");
    // The article names its publisher and its date.
    let article = sources.iter().find(|s| s["id"] == "article-2020").unwrap();
    assert!(
        article["publisher"]
            .as_str()
            .unwrap()
            .contains("University of Illinois Chicago")
    );
    assert_eq!(article["period"], "2020");
}

/// A user's source whose address is a test server is flagged by `him check`.
#[test]
fn check_warns_about_a_test_server_address() {
    let sources = builtin("sources.toml").replace(
        "url = \"ahima.org/certification/cca.aspx\"",
        "url = \"https://cms-test.ahima.org/certification/cca.aspx\"",
    );
    let dir = DataDir::new(&[("sources.toml", &sources)]);
    let output = him().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let all = format!("{stdout}{stderr}");
    assert!(
        all.contains("`url` points at `cms-test.ahima.org`, a test or QA server"),
        "{all}"
    );
    assert!(all.contains("move this one to `seen_at`"), "{all}");
}
