//! `him eligible` as a user runs it: a person described by flags, every credential checked.

mod common;

use common::{DataDir, builtin, failure, him, json_of, stdout_of};

/// The credentials `him eligible ARGS --format json` judges.
fn eligible_json(args: &[&str]) -> Vec<serde_json::Value> {
    json_of(him().arg("eligible").args(args))
}

fn find<'a>(json: &'a [serde_json::Value], id: &str) -> &'a serde_json::Value {
    json.iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("{id} not in the output"))
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
    let json = eligible_json(&HIM_GRADUATE);
    assert_eq!(json.len(), 20);
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
    assert_eq!(rhia["path"]["evidence"]["strength"], "current");
    assert_eq!(
        rhia["path"]["evidence"]["source_date"],
        serde_json::Value::Null
    );
    for id in ["cca", "ccs", "cpc"] {
        assert_eq!(find(&json, id)["eligible"], true, "{id}");
    }
    // AHIMA's RHIT page names associate-level programs: a bachelor's is possible only.
    let rhit = find(&json, "rhit");
    assert_eq!(rhit["verdict"], "possible");
    assert_eq!(
        rhit["nearest"]["to_confirm"],
        serde_json::json!([
            "met if a bachelor's degree counts: the route names an associate degree only"
        ])
    );
    // Every object has what scripts rely on.
    for credential in &json {
        for key in ["id", "eligible", "verdict", "routes"] {
            assert!(
                credential.get(key).is_some(),
                "{key} missing in {credential}"
            );
        }
        let eligible = credential["eligible"].as_bool().unwrap();
        assert_eq!(
            eligible,
            credential["verdict"] == "eligible",
            "{credential}"
        );
        let met = eligible || credential["verdict"] == "likely";
        assert_eq!(credential.get("path").is_some(), met, "{credential}");
        assert_eq!(credential.get("missing").is_some(), !met, "{credential}");
    }
}

#[test]
fn not_eligible_says_what_is_missing_in_plain_words() {
    let json = eligible_json(&["--degree", "bachelor", "--program", "him"]);
    assert_eq!(
        find(&json, "rhia")["missing"],
        serde_json::json!(["needs a program accredited by CAHIIM"])
    );
    let json = eligible_json(&[
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
    let json = eligible_json(&["--degree", "bachelor", "--credential", "chps"]);
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
    let json = eligible_json(&[
        "--degree",
        "bachelor",
        "--experience",
        "privacy-security=1",
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
        "--experience",
        "privacy-security=1",
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
    let chps = |extra: &[&str]| {
        let mut args = vec![
            "--degree",
            "bachelor",
            "--experience",
            "privacy-security=2",
            "--credential",
            "chps",
        ];
        args.extend(extra);
        eligible_json(&args)
    };
    // AHIMA's CHPS page is dated by its 2020 figures: the route is met, but only likely.
    let json = chps(&[]);
    assert_eq!(json[0]["eligible"], false);
    assert_eq!(json[0]["verdict"], "likely");
    assert_eq!(json[0]["path"]["number"], 4);
    assert_eq!(json[0]["path"]["evidence"]["strength"], "stale");
    assert_eq!(json[0]["path"]["evidence"]["source_date"], "2020");
    assert_eq!(json[0]["path"]["evidence"]["stale"], true);
    // With a threshold that takes 2020 as current, the same route makes her eligible.
    let json = chps(&["--stale-after", "10"]);
    assert_eq!(json[0]["eligible"], true);
    assert_eq!(json[0]["verdict"], "eligible");
    let json = eligible_json(&[
        "--holds",
        "RHIA",
        "--experience",
        "privacy-security=2",
        "--credential",
        "chps",
    ]);
    assert_eq!(json[0]["verdict"], "likely");
    assert_eq!(json[0]["path"]["name"], "RHIA and 2 years");
    // A higher degree meets a lower minimum.
    let json = eligible_json(&["--degree", "doctorate", "--credential", "cca"]);
    assert_eq!(json[0]["eligible"], true);
}

#[test]
fn a_possible_route_is_never_eligible_and_says_what_to_confirm() {
    // CAHIMS's only route is unconfirmed.
    let json = eligible_json(&["--degree", "high-school", "--credential", "cahims"]);
    assert_eq!(json[0]["eligible"], false);
    assert_eq!(json[0]["verdict"], "possible");
    assert_eq!(json[0]["missing"], serde_json::json!([]));
    assert_eq!(
        json[0]["nearest"]["to_confirm"],
        serde_json::json!(["the route itself (unconfirmed)"])
    );
    // NI-BC: everything him can check holds, but not the hours of practice.
    let json = eligible_json(&[
        "--degree",
        "bachelor",
        "--program",
        "nursing",
        "--license",
        "RN",
        "--experience",
        "nursing=2",
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
    let json = eligible_json(&[
        "--degree",
        "doctorate",
        "--license",
        "md",
        "--experience",
        "clinical-informatics=10",
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
    let json: Vec<serde_json::Value> = json_of(
        him()
            .env("HIM_TODAY", "2025-06-01")
            .args([
                "eligible",
                "--degree",
                "doctorate",
                "--license",
                "md",
                "--experience",
                "clinical-informatics=3",
            ])
            .args(["--credential", "ci"]),
    );
    assert_eq!(json[0]["routes"][1]["outcome"], "possible");
}

#[test]
fn a_last_term_student_can_sit_rhia_early_but_not_routes_for_graduates() {
    let mut args = HIM_GRADUATE.to_vec();
    args.extend(["--final-term", "--experience", "privacy-security=2"]);
    let json = eligible_json(&args);
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
    let json = eligible_json(&[
        "--degree",
        "bachelor",
        "--program",
        "him",
        "--credential",
        "rhia",
    ]);
    assert_eq!(json[0]["routes"][2]["outcome"], "not_checked");
    assert_eq!(json[0]["nearest"]["number"], 1);
    let json = eligible_json(&[
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
        "--experience",
        "health-informatics=4",
        "--credential",
        "ahic",
    ];
    let json = eligible_json(&base);
    assert_eq!(
        json[0]["routes"][0]["missing"],
        serde_json::json!(["needs an accredited program or institution"])
    );
    for accreditor in ["recognized", "cahiim"] {
        let mut args = base.to_vec();
        args.extend(["--accredited-by", accreditor]);
        let json = eligible_json(&args);
        assert_eq!(json[0]["routes"][0]["outcome"], "possible", "{accreditor}");
    }
}

/// `--years` says how long, not what: routes that ask for a kind of experience are possible
/// at best, and the output says why.
#[test]
fn years_of_a_kind_not_said_are_never_counted_as_eligible() {
    let out = stdout_of(him().args([
        "eligible", "--degree", "bachelor", "--years", "3", "--width", "200",
    ]));
    assert!(
        out.contains("--years 3 does not say what the experience was: a route that asks for experience of one kind is possible at best."),
        "{out}"
    );
    assert!(
        out.contains("met if 2 of your 3 years (kind not said) are in healthcare privacy or security management"),
        "{out}"
    );
    let json = eligible_json(&["--degree", "bachelor", "--years", "3"]);
    let chps = find(&json, "chps");
    assert_eq!(chps["verdict"], "possible");
    assert_eq!(chps["nearest"]["doubts"][0]["doubt"], "experience_kind");
    assert_eq!(chps["nearest"]["doubts"][0]["kind"], "privacy-security");
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
            &["--degree", "bachelor", "--program", "nursin"],
            &[
                "no route names the discipline `nursin`",
                "did you mean `nursing`?",
                "him (health information management), informatics (health informatics), medicine, nursing",
            ],
        ),
        (
            &["--experience", "coding"],
            &["give KIND=YEARS, such as coding=3"],
        ),
        (
            &["--experience", "codng=2"],
            &[
                "no kind of experience is called `codng`",
                "did you mean `coding`?",
                "--experience takes KIND=YEARS with KIND one of: coding, privacy-security, cdi",
            ],
        ),
        (
            &["--experience", "coding=-1"],
            &["years cannot be negative"],
        ),
        (
            &["--experience", "coding=2,medical coding=1"],
            &["--experience gives `medical coding` twice"],
        ),
        (
            &["--experience", "coding=2", "--years", "1"],
            &["cannot be used with"],
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
        let (code, stderr) = failure(him().arg("eligible").args(*args));
        assert_eq!(code, 2, "{args:?}: {stderr}");
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
    let json: Vec<serde_json::Value> =
        json_of(
            him()
                .arg("--data")
                .arg(dir.path())
                .args(["eligible", "--credential", "ci"]),
        );
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
    assert_eq!(csv.lines().count(), 21, "{csv}");
    assert!(
        csv.contains(
            "rhia,true,eligible,1. CAHIIM-accredited HIM degree,,,\"AHIMA, undated; confirmed\""
        ),
        "{csv}"
    );
    let md = stdout_of(
        him()
            .args(&args)
            .args(["--format", "markdown", "--color", "always"]),
    );
    assert!(md.starts_with("# Eligibility for 20 credentials\n"), "{md}");
    assert!(!md.contains('\x1b'), "{md}");
}

#[test]
fn eligible_snapshots() {
    let mut args = vec!["eligible"];
    args.extend(HIM_GRADUATE);
    args.extend(["--experience", "privacy-security=2", "--width", "100"]);
    insta::assert_snapshot!("eligible_him_graduate_100", stdout_of(him().args(&args)));
    let out = stdout_of(him().args([
        "eligible",
        "--degree",
        "bachelor",
        "--experience",
        "privacy-security=1",
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
    let json = eligible_json(&["--holds", "rhia,cca", "--experience", "privacy-security=2"]);
    assert_eq!(find(&json, "rhia")["held"], true);
    assert_eq!(find(&json, "chps")["held"], false);
    assert_eq!(find(&json, "chps")["path"]["name"], "RHIA and 2 years");
    let out = stdout_of(him().args([
        "eligible",
        "--holds",
        "rhia,cca",
        "--experience",
        "privacy-security=2",
    ]));
    assert!(out.contains("; held: RHIA, CCA."), "{out}");
    assert!(out.contains("you hold it"), "{out}");
}

// --- experience by kind, evidence by strength, the coders' credentials --------------------------

const NURSE: [&str; 8] = [
    "--degree",
    "bachelor",
    "--program",
    "nursing",
    "--license",
    "rn",
    "--experience",
    "nursing=2",
];

/// The nurse of the issue: not CHPS, CCS by its diploma route, NI-BC's route named.
#[test]
fn a_nurse_is_told_which_of_her_years_count() {
    let json = eligible_json(&NURSE);
    let chps = find(&json, "chps");
    assert_eq!(chps["eligible"], false);
    assert_eq!(chps["verdict"], "not_eligible");
    assert_eq!(
        chps["missing"],
        serde_json::json!([
            "needs 2 years of experience in healthcare privacy or security management (your 2 years of nursing practice do not count toward it)"
        ])
    );
    let ccs = find(&json, "ccs");
    assert_eq!(ccs["eligible"], true);
    assert_eq!(ccs["path"]["name"], "High-school diploma");
    assert_eq!(
        ccs["path"]["description"],
        "a high-school diploma or higher"
    );
    assert!(ccs["path"].get("needs").is_none());
    let ni = find(&json, "ancc-informatics-nursing");
    assert_eq!(ni["verdict"], "possible");
    assert_eq!(
        ni["nearest"]["name"],
        "RN with 2,000 hours of informatics practice"
    );
    let mut args = vec!["eligible"];
    args.extend(NURSE);
    args.extend(["--width", "200"]);
    let out = stdout_of(him().args(&args));
    assert!(
        out.contains("Experience   2 years of nursing practice"),
        "{out}"
    );
    assert!(
        out.contains("Eligible now: CCA, CCS, CPC, COC, CRC, CIC; possible: CCS-P, CAHIMS, NI-BC; not yet: 11."),
        "{out}"
    );
    assert!(
        out.contains("possible: 1. RN with 2,000 hours of informatics practice"),
        "{out}"
    );
    assert!(
        out.contains("counts your 2 years of nursing practice"),
        "{out}"
    );
    // CCS's row names the diploma and nothing of her years.
    let ccs_row: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.contains("│ CCS  "))
        .take(2)
        .collect();
    assert!(ccs_row[0].contains("by 1. High-school diploma"), "{out}");
    assert!(!ccs_row.concat().contains("nursing"), "{out}");
}

/// The coder of the issue: an associate degree, three years of coding, CPC held.
#[test]
fn a_coder_who_holds_cpc_reads_it_as_held() {
    let json = eligible_json(&[
        "--holds",
        "cpc",
        "--experience",
        "coding=3",
        "--degree",
        "associate",
    ]);
    let cpc = find(&json, "cpc");
    assert_eq!(cpc["held"], true);
    assert!(cpc.get("held_as").is_none());
    // Another body's coding credential counts toward CCDS-O, which still asks for CDI years.
    let ccds_o = find(&json, "ccds-o");
    assert_eq!(ccds_o["nearest"]["number"], 2);
    assert_eq!(
        ccds_o["missing"][0],
        "needs 2 years of experience in clinical documentation improvement (your 3 years of medical coding do not count toward it)"
    );
    // Her coding years are not CDI, nor privacy and security.
    let chps = find(&json, "chps");
    assert!(
        chps["missing"][0]
            .as_str()
            .unwrap()
            .contains("(your 3 years of medical coding do not count toward it)")
    );
    let out = stdout_of(him().args([
        "eligible",
        "--holds",
        "cpc",
        "--experience",
        "coding=3",
        "--degree",
        "associate",
        "--width",
        "200",
    ]));
    assert!(out.contains("Credentials  CPC"), "{out}");
    assert!(out.contains("held: CPC."), "{out}");
    assert!(out.contains("│ CPC        ┆ held"), "{out}");
    // She may sit COC without the -A once AAPC has the proof of her years.
    assert!(
        out.contains("passes as COC, not COC-A, by 1. Two years of coding, showing proof of the two years of coding"),
        "{out}"
    );
}

#[test]
fn an_apprentice_form_is_held_as_such() {
    let json = eligible_json(&["--holds", "CPC-A", "--experience", "outpatient-cdi=2"]);
    let cpc = find(&json, "cpc");
    assert_eq!(cpc["held"], true);
    assert_eq!(cpc["held_as"], "CPC-A");
    // CCDS-O names CPC: whether CPC-A counts is for ACDIS to say.
    let ccds_o = find(&json, "ccds-o");
    assert_eq!(ccds_o["verdict"], "possible");
    assert_eq!(
        ccds_o["nearest"]["to_confirm"],
        serde_json::json!(["met if CPC-A counts: the route names CPC"])
    );
    let out = stdout_of(him().args(["eligible", "--holds", "cpc-a", "--width", "200"]));
    assert!(out.contains("held: CPC-A."), "{out}");
    assert!(out.contains("you hold CPC-A"), "{out}");
    assert!(
        out.contains("the -A comes off by 1. Two years of coding"),
        "{out}"
    );
}

/// A high-school graduate can sit CPC now; it comes as CPC-A until two years of coding.
#[test]
fn a_high_school_graduate_sits_cpc_as_an_apprentice() {
    let json = eligible_json(&["--degree", "high-school"]);
    for id in ["cca", "ccs", "cpc"] {
        assert_eq!(find(&json, id)["eligible"], true, "{id}");
    }
    let apprentice = &find(&json, "cpc")["apprentice"];
    assert_eq!(apprentice["abbreviation"], "CPC-A");
    assert_eq!(apprentice["verdict"], "not_eligible");
    assert_eq!(apprentice["removal"]["name"], "Two years of coding");
    let out = stdout_of(him().args([
        "eligible",
        "--degree",
        "high-school",
        "--credential",
        "cpc",
        "--width",
        "200",
    ]));
    assert!(
        out.contains("Eligible now, by route 1, No prerequisite. You would pass it as CPC-A; the -A comes off by 1. Two years of coding, which needs 2 years of experience in medical coding (or by 2 other ways)."),
        "{out}"
    );
    assert!(out.contains("Recommended by AAPC, not required"), "{out}");
}

/// A discipline the data does not list is taken, and a route that lists its disciplines by
/// example makes it a possible route rather than a refusal.
#[test]
fn an_unlisted_discipline_is_possible_where_a_route_lists_examples() {
    let json = eligible_json(&[
        "--degree",
        "master",
        "--program",
        "biology",
        "--accredited-by",
        "recognized",
        "--experience",
        "health-informatics=6",
        "--credential",
        "ahic",
    ]);
    assert_eq!(json[0]["verdict"], "possible");
    assert_eq!(json[0]["nearest"]["number"], 3);
    let doubts = json[0]["nearest"]["to_confirm"].as_array().unwrap();
    assert!(
        doubts.iter().any(|d| d == "met if your program in biology counts: the route names medicine, nursing, pharmacy, dentistry, public health, computing and other health professions"),
        "{doubts:?}"
    );
    // RHIA lists its discipline without examples: a biology degree is simply not it.
    let json = eligible_json(&[
        "--degree",
        "bachelor",
        "--program",
        "biology",
        "--credential",
        "rhia",
    ]);
    assert_eq!(json[0]["verdict"], "not_eligible");
}

/// The experience kinds are in the help, and `him list experience` lists them with what
/// counts toward what.
#[test]
fn the_experience_kinds_are_listed() {
    let help = stdout_of(him().args(["eligible", "--help"]));
    let kinds: Vec<serde_json::Value> = json_of(him().args(["list", "experience"]));
    let help_text = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for kind in &kinds {
        let id = kind["id"].as_str().unwrap();
        assert!(
            help_text.contains(id),
            "--help does not name `{id}`:\n{help}"
        );
    }
    for id in [
        "coding",
        "privacy-security",
        "cdi",
        "health-informatics",
        "information-systems",
        "healthcare-data",
        "nursing",
    ] {
        assert!(kinds.iter().any(|k| k["id"] == id), "{id}");
    }
    let hc = kinds
        .iter()
        .find(|k| k["id"] == "healthcare-information-systems")
        .unwrap();
    assert_eq!(hc["counts_toward"], "information-systems");
    let table = stdout_of(him().args(["list", "experience", "--width", "200"]));
    assert!(table.starts_with("Kinds of experience (11)"), "{table}");
    assert!(
        table.contains("information and management systems in healthcare"),
        "{table}"
    );
    let show = stdout_of(him().args(["show", "privacy-security", "--width", "200"]));
    assert!(
        show.contains("experience kind · id: privacy-security"),
        "{show}"
    );
    assert!(
        show.contains("Counts for    CHPS (Certified in Healthcare Privacy and Security)"),
        "{show}"
    );
    // A name another record has finds that record; `--kind experience` finds the kind.
    let show = stdout_of(him().args(["show", "healthcare-data"]));
    assert!(show.contains("course · id: healthcare-data"), "{show}");
    let show = stdout_of(him().args(["show", "--kind", "experience", "healthcare-data"]));
    assert!(
        show.contains("experience kind · id: healthcare-data"),
        "{show}"
    );
}

/// A bachelor's graduate with two years of privacy and security work: CHPS is likely.
const PRIVACY_BACHELOR: [&str; 5] = [
    "eligible",
    "--degree",
    "bachelor",
    "--experience",
    "privacy-security=2",
];

/// A likely verdict names its source and date and says to confirm with the issuer.
#[test]
fn a_likely_verdict_says_why_and_whom_to_ask() {
    let out = stdout_of(him().args(PRIVACY_BACHELOR).args(["--width", "200"]));
    assert!(out.contains("likely: CHPS"), "{out}");
    assert!(
        out.contains(
            "every condition holds, but its source is older than 3 years: confirm with AHIMA"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "source: AHIMA, 2020 (about 6 years 4 months old as of 2026-11-25); confirmed [stale: older than 3 years]"
        ),
        "{out}"
    );
    assert!(
        out.contains("Likely: every condition holds, but only a secondary source"),
        "{out}"
    );
}

/// Colour: eligible green, likely and possible yellow, not yet plain.
#[test]
fn verdicts_are_coloured_by_how_sure_they_are() {
    let out = stdout_of(
        him()
            .args(PRIVACY_BACHELOR)
            .args(["--color", "always", "--width", "200"]),
    );
    // Table cells are coloured by comfy-table, which names the terminal's standard colours by
    // their palette entries: 2 is green, 3 yellow, 1 red.
    let green = "\x1b[38;5;2m";
    let yellow = "\x1b[38;5;3m";
    let line = |name: &str| {
        out.lines()
            .find(|l| l.contains(&format!("\x1b[1m{name}\x1b[0m ")))
            .unwrap_or_else(|| panic!("no {name} row in {out}"))
            .to_string()
    };
    assert!(
        line("CCA").contains(&format!("{green}yes")),
        "{}",
        line("CCA")
    );
    assert!(
        line("CHPS").contains(&format!("{yellow}likely")),
        "{}",
        line("CHPS")
    );
    assert!(
        line("CAHIMS").contains(&format!("{yellow}possible")),
        "{}",
        line("CAHIMS")
    );
    let rhia = line("RHIA");
    assert!(
        rhia.contains("not yet")
            && !rhia.contains(&format!("{yellow}not yet"))
            && !rhia.contains("\x1b[38;5;1mnot yet"),
        "{rhia}"
    );
}
