//! The core commands as a user runs them: compare, list, show and check on the built-in data.

mod common;

use common::{DataDir, builtin, failure, him, json_of, stdout_of};

#[test]
fn compare_shows_both_fields_with_the_articles_figures_and_sources() {
    let out = stdout_of(him().args(["compare", "informatics", "him"]));
    for expected in [
        "Health informatics vs Health information management",
        "HI (Health informatics)",
        "HIM (Health information management)",
        "technical",
        "operational",
        // The article's figures, each with its source and date.
        "$64,000 median (PayScale, March 2020, via the article)",
        "$160,000 median (PayScale, March 2020, via the article)",
        "$99,730 median (U.S. Bureau of Labor Statistics, May 2018, via the article)",
        "+18% growth 2018–28 (U.S. Bureau of Labor Statistics, May 2018, via the article)",
        "+5% projected employment growth, 2018-2028: All occupations",
        // The outlook of both fields, from the same edition.
        "Outlook (BLS 2024–34)",
        // Credentials, with what needs a CAHIIM-accredited program.
        "CHDA (one route needs a CAHIIM-accredited program)",
        "RHIA (needs a CAHIIM-accredited program)",
        "The pay figures come from different sources and years",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

#[test]
fn compare_marks_shared_and_own_values() {
    let out = stdout_of(him().args(["compare", "informatics", "him"]));
    // Both fields work in the same settings; only informatics lists AMIA.
    assert!(out.contains("= community hospitals"), "{out}");
    assert!(out.contains("• AMIA"), "{out}");
    assert!(out.contains("= AHIMA"), "{out}");
    assert!(out.contains("= in both"), "{out}");
}

#[test]
fn compare_headline_snapshot() {
    let out = stdout_of(him().args(["compare", "informatics", "him", "--width", "100"]));
    insta::assert_snapshot!("compare_informatics_him_100", out);
}

#[test]
fn compare_of_three_titles_names_who_shares_what() {
    let out = stdout_of(him().args([
        "compare",
        "health information manager",
        "HIM director",
        "health information technician",
        "--width",
        "400",
    ]));
    assert!(
        out.starts_with(
            "Health information manager vs HIM director vs Health information technician"
        ),
        "{out}"
    );
    // RHIA goes with two of the three titles; each column names the other one.
    assert!(
        out.contains("+ RHIA (needs a CAHIIM-accredited program) (also him-director)"),
        "{out}"
    );
    assert!(
        out.contains(
            "+ RHIA (needs a CAHIIM-accredited program) (also health-information-manager)"
        ),
        "{out}"
    );
    assert!(
        out.contains("• RHIT (needs a CAHIIM-accredited program)"),
        "{out}"
    );
    assert!(out.contains("+ in some (named)"), "{out}");
}

#[test]
fn the_field_aliases_resolve() {
    for (name, id) in [
        ("informatics", "informatics"),
        ("hi", "informatics"),
        ("HI", "informatics"),
        ("health informatics", "informatics"),
        ("Health-Informatics", "informatics"),
        ("him", "him"),
        ("health information management", "him"),
        ("rhia", "rhia"),
        ("Registered Health Information Administrator", "rhia"),
    ] {
        let json: serde_json::Value = json_of(him().args(["show", name]));
        assert_eq!(json["id"], id, "{name}");
    }
}

#[test]
fn a_typo_exits_2_with_a_suggestion() {
    let (code, stderr) = failure(him().args(["compare", "informatcs", "him"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: no field is called `informatcs`"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `informatics`"), "{stderr}");
}

#[test]
fn comparing_records_of_different_kinds_is_a_usage_error() {
    let (code, stderr) = failure(him().args(["compare", "informatics", "rhia"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("`informatics` is a field, `rhia` is a credential"),
        "{stderr}"
    );
}

#[test]
fn a_name_of_several_kinds_lists_the_candidates() {
    // "Data analysis" is a skill; a user data set adds a course of the same name.
    let mut courses = builtin("courses.toml");
    courses.push_str(
        "\n[[course]]\nid = \"data-analysis-101\"\nname = \"Data analysis\"\nfield = \"him\"\ngroup = \"other\"\nprogram = \"x\"\nsources = [\"article-2020\"]\n",
    );
    let dir = DataDir::new(&[("courses.toml", &courses)]);
    let (code, stderr) = failure(
        him()
            .arg("--data")
            .arg(dir.path())
            .args(["show", "data analysis"]),
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("names records of several kinds"),
        "{stderr}"
    );
    assert!(stderr.contains("skill"), "{stderr}");
    assert!(stderr.contains("course"), "{stderr}");
    // Naming the kind settles it.
    let out = stdout_of(him().arg("--data").arg(dir.path()).args([
        "show",
        "data analysis",
        "--kind",
        "course",
    ]));
    assert!(out.contains("course · id: data-analysis-101"), "{out}");
}

#[test]
fn list_titles_json_has_every_title_with_id_name_and_field() {
    let titles: Vec<serde_json::Value> = json_of(him().args(["list", "titles"]));
    assert!(titles.len() >= 16, "only {} titles", titles.len());
    for title in &titles {
        for key in ["id", "name", "field", "level", "soc"] {
            assert!(title.get(key).is_some(), "{key} missing in {title}");
        }
    }
    let names: Vec<&str> = titles.iter().map(|t| t["name"].as_str().unwrap()).collect();
    for expected in [
        "Informatics analyst",
        "Informatics director",
        "Data analyst",
        "Systems analyst",
        "Consultant",
        "Information services director",
        "Nursing informatics specialist",
        "Pharmacy informatics specialist",
        "Health informatics specialist",
        "Chief information officer",
        "Compliance officer",
        "Data quality manager",
        "Revenue cycle manager",
        "HIM analyst",
        "HIM director",
        "Health information manager",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
}

#[test]
fn list_filters_by_field() {
    let titles: Vec<serde_json::Value> = json_of(him().args(["list", "titles", "--field", "him"]));
    assert!(!titles.is_empty());
    assert!(titles.iter().all(|t| t["field"] == "him"));
    assert_eq!(
        failure(him().args(["list", "sources", "--field", "him"])).0,
        2
    );
}

#[test]
fn list_titles_table_snapshot() {
    let out = stdout_of(him().args(["list", "titles", "--width", "100"]));
    insta::assert_snapshot!("list_titles_100", out);
}

#[test]
fn show_rhia_says_a_cahiim_accredited_program_is_required() {
    let out = stdout_of(him().args(["show", "rhia", "--width", "100"]));
    assert!(
        out.contains("Required: every eligibility route in the United States needs"),
        "{out}"
    );
    assert!(out.contains("accredited or approved by CAHIIM"), "{out}");
    assert!(
        out.contains("Eligibility paths (any one is enough)"),
        "{out}"
    );
    assert!(out.contains("Sources"), "{out}");
    insta::assert_snapshot!("show_rhia_100", out);
}

#[test]
fn show_json_is_an_object_with_id_kind_and_name() {
    let json: serde_json::Value = json_of(him().args(["show", "cio"]));
    assert_eq!(json["kind"], "title");
    assert_eq!(json["id"], "chief-information-officer");
    assert_eq!(json["name"], "Chief information officer");
    assert_eq!(json["pay"][0]["median"], 160000);
    assert_eq!(json["pay"][0]["source"], "payscale-cio-2020");
}

#[test]
fn compare_json_marks_which_records_hold_each_value() {
    let json: serde_json::Value = json_of(him().args(["compare", "informatics", "him"]));
    assert_eq!(json["kind"], "field");
    let rows = json["rows"].as_array().unwrap();
    let settings = rows
        .iter()
        .find(|r| r["aspect"] == "Work settings")
        .unwrap();
    assert!(
        settings["shared"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v == "community hospitals")
    );
    let credentials = rows.iter().find(|r| r["aspect"] == "Credentials").unwrap();
    let chda = credentials["values"]["informatics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "chda")
        .unwrap();
    assert_eq!(chda["in"], serde_json::json!(["informatics", "him"]));
}

#[test]
fn csv_and_markdown_carry_no_escape_codes() {
    for format in ["csv", "markdown", "json"] {
        let out = stdout_of(him().args([
            "compare",
            "informatics",
            "him",
            "--format",
            format,
            "--color",
            "always",
        ]));
        assert!(!out.contains('\x1b'), "{format} has escape codes");
    }
    let csv = stdout_of(him().args(["compare", "informatics", "him", "--format", "csv"]));
    assert!(csv.starts_with("aspect,informatics,him\n"), "{csv}");
    let md = stdout_of(him().args(["list", "credentials", "--format", "markdown"]));
    assert!(md.starts_with("# Credentials (20)\n"), "{md}");
    assert!(
        md.contains("| Credential | Name | Issuer | Fields |"),
        "{md}"
    );
}

#[test]
fn check_of_the_built_in_data_is_clean() {
    let out = stdout_of(him().arg("check"));
    assert!(out.starts_with("ok: "), "{out}");
    assert!(out.contains("no problems"), "{out}");
}

#[test]
fn a_user_file_replaces_its_built_in_twin_and_the_rest_fall_back() {
    let titles = builtin("titles.toml").replace(
        "name = \"HIM analyst\"",
        "name = \"Health information analyst\"",
    );
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let out = stdout_of(him().arg("check").arg(dir.path()));
    assert!(out.contains("titles.toml"), "{out}");
    assert!(
        out.contains(&dir.file("titles.toml").display().to_string()),
        "{out}"
    );
    assert!(out.contains("built-in"), "{out}");
    let listed = stdout_of(him().arg("--data").arg(dir.path()).args(["list", "titles"]));
    assert!(listed.contains("Health information analyst"), "{listed}");
    // HIM_DATA_DIR does the same as --data.
    let listed = stdout_of(
        him()
            .env("HIM_DATA_DIR", dir.path())
            .args(["list", "titles"]),
    );
    assert!(listed.contains("Health information analyst"), "{listed}");
}

#[test]
fn a_misspelt_key_fails_check_naming_the_file_line_and_key() {
    let titles = builtin("titles.toml").replacen("\nlevel = ", "\nlevle = ", 1);
    let line = titles
        .lines()
        .position(|l| l.starts_with("levle = "))
        .unwrap()
        + 1;
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let (code, stderr) = failure(him().arg("check").arg(dir.path()));
    assert_eq!(code, 1);
    let path = dir.file("titles.toml").display().to_string();
    assert!(
        stderr.contains(&format!(
            "error: {path}:{line}:1: unknown key `levle`; this table takes `id`, `name`"
        )),
        "{stderr}"
    );
    // Any other command refuses to run on broken data, with the same message.
    let (code, stderr) = failure(him().arg("--data").arg(dir.path()).args(["list", "titles"]));
    assert_eq!(code, 1);
    assert!(stderr.contains("unknown key `levle`"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    // Enough titles that the output overflows the pipe's buffer: him is still writing when the
    // reader hangs up, as with `him list titles | head -1`.
    let mut titles = builtin("titles.toml");
    for i in 0..3000 {
        titles.push_str(&format!(
            "\n[[title]]\nid = \"extra-{i}\"\nname = \"Extra title {i}\"\nfield = \"him\"\nlevel = \"entry\"\nsoc = \"29-2072\"\nsources = [\"him-editorial\"]\n"
        ));
    }
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("him"))
        .arg("--data")
        .arg(dir.path())
        .args(["list", "titles"])
        .env_remove("HIM_DATA_DIR")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn show_as_csv_is_one_row_per_aspect() {
    let csv = stdout_of(him().args(["show", "rhia", "--format", "csv"]));
    assert!(
        csv.starts_with("aspect,value\nkind,credential\nid,rhia\n"),
        "{csv}"
    );
    assert!(csv.contains("Eligibility paths,"), "{csv}");
}
