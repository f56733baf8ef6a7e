//! `him eligible` as a user runs it: a person described by flags, every credential checked.

mod common;

use common::{DataDir, builtin, him, stdout_of};

fn json_of(args: &[&str]) -> Vec<serde_json::Value> {
    let out = stdout_of(him().arg("eligible").args(args).args(["--format", "json"]));
    serde_json::from_str(&out).expect("JSON output")
}

fn find<'a>(json: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    json.iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in the output"))
}

/// A run that fails: its exit code and stderr.
fn failure(args: &[&str]) -> (Option<i32>, String) {
    let output = him().arg("eligible").args(args).output().unwrap();
    assert!(
        output.stdout.is_empty(),
        "a failed run prints nothing on stdout"
    );
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

const HIM_GRADUATE: [&str; 6] = [
    "--degree",
    "bachelor",
    "--program",
    "him",
    "--accredited-by",
    "cahiim",
];

#[test]
fn a_cahiim_him_graduate_can_sit_rhia_with_the_route_and_its_source() {
    let json = json_of(&HIM_GRADUATE);
    assert_eq!(json.len(), 13);
    let rhia = find(&json, "rhia");
    assert_eq!(rhia["eligible"], true);
    assert_eq!(rhia["path"]["name"], "CAHIIM-accredited HIM degree");
    assert_eq!(rhia["path"]["source"], "ahima-rhia");
    assert_eq!(rhia["path"]["status"], "confirmed");
    assert_eq!(
        rhia["path"]["description"],
        "a bachelor's degree or higher in health information management from a program accredited by CAHIIM"
    );
    assert!(rhia.get("missing").is_none());
    for id in ["rhit", "cca"] {
        assert_eq!(find(&json, id)["eligible"], true, "{id}");
    }
    // Every object has what scripts rely on.
    for credential in &json {
        for key in ["id", "eligible", "verdict", "routes"] {
            assert!(
                credential.get(key).is_some(),
                "{key} missing in {credential}"
            );
        }
        let eligible = credential["eligible"].as_bool().unwrap();
        assert_eq!(credential.get("path").is_some(), eligible, "{credential}");
        assert_eq!(
            credential.get("missing").is_some(),
            !eligible,
            "{credential}"
        );
    }
}

#[test]
fn not_eligible_says_what_is_missing_in_plain_words() {
    let json = json_of(&["--degree", "bachelor", "--program", "him"]);
    assert_eq!(
        find(&json, "rhia")["missing"],
        serde_json::json!(["needs a program accredited by CAHIIM"])
    );
    let json = json_of(&[
        "--degree",
        "associate",
        "--program",
        "him",
        "--accredited-by",
        "cahiim",
    ]);
    assert_eq!(
        find(&json, "rhia")["missing"],
        serde_json::json!(["needs a bachelor's degree or higher"])
    );
    let json = json_of(&[
        "--degree",
        "bachelor",
        "--years",
        "0",
        "--credential",
        "chps",
    ]);
    assert_eq!(
        json[0]["missing"],
        serde_json::json!([
            "needs 2 years of experience in healthcare privacy or security management"
        ])
    );
    assert_eq!(json[0]["nearest"]["number"], 4);
}

#[test]
fn the_nearest_route_is_the_one_with_the_least_missing() {
    // Routes 1, 2 and 4 each lack experience only; route 4 lacks the least of it.
    let json = json_of(&[
        "--degree",
        "bachelor",
        "--years",
        "1",
        "--credential",
        "chps",
    ]);
    assert_eq!(json[0]["nearest"]["name"], "Bachelor's degree and 2 years");
    assert_eq!(
        json[0]["missing"],
        serde_json::json!([
            "needs 1 more year of experience in healthcare privacy or security management"
        ])
    );
    let out = stdout_of(him().args([
        "eligible",
        "--degree",
        "bachelor",
        "--years",
        "1",
        "--credential",
        "chps",
        "--width",
        "200",
    ]));
    assert!(
        out.contains("Not eligible yet. The nearest is route 4, Bachelor's degree and 2 years, which needs 1 more year of experience in healthcare privacy or security management."),
        "{out}"
    );
}

#[test]
fn exactly_the_years_required_is_enough_and_a_credential_stands_in_for_a_degree() {
    let json = json_of(&[
        "--degree",
        "bachelor",
        "--years",
        "2",
        "--credential",
        "chps",
    ]);
    assert_eq!(json[0]["eligible"], true);
    assert_eq!(json[0]["path"]["number"], 4);
    let json = json_of(&["--holds", "RHIA", "--years", "2", "--credential", "chps"]);
    assert_eq!(json[0]["eligible"], true);
    assert_eq!(json[0]["path"]["name"], "RHIA and 2 years");
    // A higher degree meets a lower minimum.
    let json = json_of(&["--degree", "doctorate", "--credential", "cca"]);
    assert_eq!(json[0]["eligible"], true);
}

#[test]
fn a_possible_route_is_never_eligible_and_says_what_to_confirm() {
    // CAHIMS's only route is unconfirmed.
    let json = json_of(&["--degree", "high-school", "--credential", "cahims"]);
    assert_eq!(json[0]["eligible"], false);
    assert_eq!(json[0]["verdict"], "possible");
    assert_eq!(json[0]["missing"], serde_json::json!([]));
    assert_eq!(
        json[0]["nearest"]["to_confirm"],
        serde_json::json!(["the route itself (unconfirmed)"])
    );
    // NI-BC: everything him can check holds, but not the hours of practice.
    let json = json_of(&[
        "--degree",
        "bachelor",
        "--program",
        "nursing",
        "--license",
        "RN",
        "--years",
        "2",
        "--credential",
        "ni-bc",
    ]);
    assert_eq!(json[0]["verdict"], "possible");
    assert!(
        json[0]["nearest"]["to_confirm"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c.as_str().unwrap().contains("2,000 hours")),
        "{}",
        json[0]
    );
}

#[test]
fn a_closed_route_is_shown_as_closed_never_eligible() {
    let json = json_of(&[
        "--degree",
        "doctorate",
        "--license",
        "md",
        "--years",
        "10",
        "--credential",
        "ci",
    ]);
    assert_eq!(json[0]["eligible"], false);
    assert_eq!(json[0]["routes"][1]["outcome"], "closed");
    assert_eq!(json[0]["routes"][1]["closes"], "2025");
    assert_eq!(json[0]["nearest"]["number"], 1);
    let out = stdout_of(him().args([
        "eligible",
        "--degree",
        "doctorate",
        "--license",
        "md",
        "--credential",
        "ci",
        "--width",
        "200",
    ]));
    assert!(
        out.contains("2. Practice pathway: closed after 2025"),
        "{out}"
    );
    // Before it closed, the same person could have taken it.
    let out = stdout_of(
        him()
            .env("HIM_TODAY", "2025-06-01")
            .args([
                "eligible",
                "--degree",
                "doctorate",
                "--license",
                "md",
                "--years",
                "3",
            ])
            .args(["--credential", "ci", "--format", "json"]),
    );
    let json: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["routes"][1]["outcome"], "possible");
}

#[test]
fn a_last_term_student_can_sit_rhia_early_but_not_routes_for_graduates() {
    let mut args = HIM_GRADUATE.to_vec();
    args.extend(["--final-term", "--years", "2"]);
    let json = json_of(&args);
    let rhia = find(&json, "rhia");
    assert_eq!(rhia["eligible"], true);
    assert_eq!(
        rhia["path"]["name"],
        "Last-term student of a CAHIIM-accredited HIM program"
    );
    assert_eq!(find(&json, "cca")["eligible"], true);
    let chps = find(&json, "chps");
    assert_eq!(chps["eligible"], false);
    assert_eq!(
        chps["missing"],
        serde_json::json!(["needs to finish the program you are in the last term of"])
    );
}

#[test]
fn reciprocity_routes_need_outside_us() {
    let json = json_of(&[
        "--degree",
        "bachelor",
        "--program",
        "him",
        "--credential",
        "rhia",
    ]);
    assert_eq!(json[0]["routes"][2]["outcome"], "not_checked");
    assert_eq!(json[0]["nearest"]["number"], 1);
    let json = json_of(&[
        "--degree",
        "bachelor",
        "--program",
        "him",
        "--outside-us",
        "--credential",
        "rhia",
    ]);
    assert_eq!(json[0]["verdict"], "possible");
    assert_eq!(json[0]["nearest"]["number"], 3);
}

#[test]
fn any_recognized_accreditor_meets_a_route_that_asks_for_an_accredited_program() {
    let base = [
        "--degree",
        "master",
        "--program",
        "health informatics",
        "--years",
        "4",
        "--credential",
        "ahic",
    ];
    let json = json_of(&base);
    assert_eq!(
        json[0]["routes"][0]["missing"],
        serde_json::json!(["needs an accredited program or institution"])
    );
    for accreditor in ["recognized", "cahiim"] {
        let mut args = base.to_vec();
        args.extend(["--accredited-by", accreditor]);
        let json = json_of(&args);
        assert_eq!(json[0]["routes"][0]["outcome"], "possible", "{accreditor}");
    }
}

#[test]
fn the_output_says_years_count_for_every_route() {
    let out = stdout_of(him().args(["eligible", "--years", "3", "--width", "200"]));
    assert!(
        out.contains(
            "--years (3 years) is one number, counted as the experience each route asks for"
        ),
        "{out}"
    );
    assert!(
        out.contains("counts your 3 years as experience in medical coding"),
        "{out}"
    );
}

#[test]
fn bad_values_exit_2_listing_the_accepted_values() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["--degree", "phd2"],
            &[
                "invalid value 'phd2' for '--degree <LEVEL>'",
                "none, high-school, associate, bachelor, master, doctorate",
            ],
        ),
        (
            &["--years", "-1"],
            &[
                "years cannot be negative",
                "a number of years from 0 to 100",
            ],
        ),
        (&["--years", "two"], &["a number of years from 0 to 100"]),
        (
            &["--degree", "bachelor", "--program", "biology"],
            &[
                "no route names the discipline `biology`",
                "him (health information management), informatics (health informatics), medicine, nursing",
            ],
        ),
        (
            &["--license", "pharmd"],
            &[
                "no route names the license `pharmd`",
                "--license takes one of: rn, md, do",
            ],
        ),
        (
            &["--holds", "rhiaa"],
            &[
                "no credential is called `rhiaa`",
                "did you mean `rhia`?",
                "--holds takes one of: RHIA, RHIT, CCA",
            ],
        ),
        (
            &["--credential", "xyz"],
            &[
                "no credential is called `xyz`",
                "--credential takes one of: RHIA, RHIT, CCA",
            ],
        ),
        (
            &["--degree", "bachelor", "--accredited-by", "ahima"],
            &[
                "AHIMA is not an accreditor",
                "--accredited-by takes cahiim, or `recognized`",
            ],
        ),
        (
            &["--program", "him"],
            &[
                "--program needs --degree",
                "--degree takes none, high-school",
            ],
        ),
        (
            &["--degree", "high-school", "--program", "him"],
            &["--program describes a college degree, but --degree is high-school"],
        ),
    ];
    for (args, expected) in cases {
        let (code, stderr) = failure(args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        for text in *expected {
            assert!(
                stderr.contains(text),
                "{args:?}: missing {text:?} in:\n{stderr}"
            );
        }
    }
}

#[test]
fn every_route_open_to_nobody_is_explained() {
    // A user's data in which CI's only open route is removed: what is left has closed.
    let credentials = builtin("credentials.toml");
    let start = credentials
        .find("name = \"Clinical informatics fellowship\"")
        .unwrap();
    let start = credentials[..start].rfind("[[credential.path]]").unwrap();
    let end = credentials[start..]
        .find("[[credential.path]]\nname = \"Practice")
        .unwrap()
        + start;
    let credentials = format!("{}{}", &credentials[..start], &credentials[end..]);
    let dir = DataDir::new(&[("credentials.toml", &credentials)]);
    let out = stdout_of(him().arg("--data").arg(dir.path()).args([
        "eligible",
        "--credential",
        "ci",
        "--format",
        "json",
    ]));
    let json: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(
        json[0]["missing"],
        serde_json::json!(["every route to it has closed"])
    );
    assert!(json[0].get("nearest").is_none());
}

#[test]
fn csv_has_one_row_per_credential_and_markdown_no_escape_codes() {
    let mut args = vec!["eligible"];
    args.extend(HIM_GRADUATE);
    let csv = stdout_of(him().args(&args).args(["--format", "csv"]));
    assert!(
        csv.starts_with("credential,eligible,verdict,route,missing,to_confirm,source\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 14, "{csv}");
    assert!(
        csv.contains("rhia,true,eligible,1. CAHIIM-accredited HIM degree,,,AHIMA; confirmed"),
        "{csv}"
    );
    let md = stdout_of(
        him()
            .args(&args)
            .args(["--format", "markdown", "--color", "always"]),
    );
    assert!(md.starts_with("# Eligibility for 13 credentials\n"), "{md}");
    assert!(!md.contains('\x1b'), "{md}");
}

#[test]
fn eligible_snapshots() {
    let mut args = vec!["eligible"];
    args.extend(HIM_GRADUATE);
    args.extend(["--years", "2", "--width", "100"]);
    insta::assert_snapshot!("eligible_him_graduate_100", stdout_of(him().args(&args)));
    let out = stdout_of(him().args([
        "eligible",
        "--degree",
        "bachelor",
        "--years",
        "1",
        "--credential",
        "chps",
        "--width",
        "80",
    ]));
    insta::assert_snapshot!("eligible_chps_80", out);
    let mut args = vec!["eligible"];
    args.extend(HIM_GRADUATE);
    args.extend(["--final-term", "--credential", "rhia", "--width", "80"]);
    insta::assert_snapshot!("eligible_rhia_final_term_80", stdout_of(him().args(&args)));
}

#[test]
fn credentials_held_are_set_apart() {
    let json = json_of(&["--holds", "rhia,cca", "--years", "2"]);
    assert_eq!(find(&json, "rhia")["held"], true);
    assert_eq!(find(&json, "chps")["held"], false);
    assert_eq!(find(&json, "chps")["path"]["name"], "RHIA and 2 years");
    let out = stdout_of(him().args(["eligible", "--holds", "rhia,cca", "--years", "2"]));
    assert!(out.contains("not yet: 6; held: RHIA, CCA."), "{out}");
    assert!(out.contains("you hold it"), "{out}");
}
