//! `him ladder` as a user runs it. Figures are copied by hand from the rows of
//! data/oews-wages.csv named in the comments.

mod common;

use common::{DataDir, builtin, failure, him, json_of, stdout_of};
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

fn ladder(args: &[&str]) -> String {
    stdout_of(him().arg("ladder").args(args))
}

fn ladder_json(args: &[&str]) -> Value {
    json_of(him().arg("ladder").args(args))
}

/// The title's entry in a ladder JSON, with the level it sits at.
fn title<'a>(json: &'a Value, id: &str) -> (&'a str, &'a Value) {
    for field in json["fields"].as_array().unwrap() {
        for level in field["levels"].as_array().unwrap() {
            for title in level["titles"].as_array().unwrap() {
                if title["id"] == id {
                    return (level["level"].as_str().unwrap(), title);
                }
            }
        }
    }
    panic!("no title {id} in {json:#}")
}

#[test]
fn every_level_entry_to_executive_with_titles_steps_credentials_and_pay() {
    let json = ladder_json(&["him"]);
    let field = &json["fields"][0];
    assert_eq!(field["id"], "him");
    let levels: Vec<&str> = field["levels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["level"].as_str().unwrap())
        .collect();
    assert_eq!(levels, ["entry", "mid", "senior", "executive"]);
    // HIM has no executive title in the data: the level is there, empty.
    assert_eq!(field["levels"][3]["titles"], serde_json::json!([]));

    let (level, manager) = title(&json, "health-information-manager");
    assert_eq!(level, "mid");
    assert_eq!(manager["leads_to"], serde_json::json!(["him-director"]));
    assert_eq!(manager["credentials"], serde_json::json!(["rhia"]));
    // 11-9111,...,national,...,000000,,597080,73390,94700,123860,166100,224340
    let pay = &manager["pay"];
    assert_eq!(pay["soc"], "11-9111");
    assert_eq!(pay["occupation"], "Medical and Health Services Managers");
    assert_eq!(pay["median"], 123_860);
    assert_eq!(pay["p10"], 73_390);
    assert_eq!(pay["p90"], 224_340);
    assert!(pay.get("unpublished").is_none(), "{pay}");
    // The titles that share the figure are said once, by code, not under each title.
    assert!(pay.get("shared_with").is_none(), "{pay}");
    let occupation = |soc: &str| {
        json["occupations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["soc"] == soc)
            .unwrap_or_else(|| panic!("no occupation {soc} in {json:#}"))
            .clone()
    };
    assert_eq!(
        occupation("11-9111"),
        serde_json::json!({
            "soc": "11-9111",
            "name": "Medical and Health Services Managers",
            "titles": [
                "data-quality-manager",
                "revenue-cycle-manager",
                "health-information-manager",
                "him-director"
            ]
        })
    );

    // 29-9021,...,national,...,000000,,38100,39830,48940,68020,95630,117420
    let (level, analyst) = title(&json, "him-analyst");
    assert_eq!(level, "entry");
    assert_eq!(analyst["pay"]["median"], 68_020);
    assert_eq!(
        occupation("29-9021")["titles"],
        serde_json::json!(["him-analyst"])
    );
    assert_eq!(
        title(&json, "him-director").1["comes_from"],
        serde_json::json!(["health-information-manager"])
    );
    assert_eq!(json["area"]["type"], "national");
    assert_eq!(json["source"]["id"], "bls-oews-2025");
}

#[test]
fn steps_within_one_occupation_code_say_same_figure_and_others_do_not() {
    let out = ladder(&["him"]);
    // Data quality manager -> Health information manager: both 11-9111.
    assert!(
        out.contains("→ Health information manager (same level, same figure)"),
        "{out}"
    );
    assert!(out.contains("→ HIM director (same figure)"), "{out}");
    // Compliance officer (13-1041) -> Health information manager (11-9111): a real difference.
    assert!(
        out.contains("→ Health information manager (same level)\n"),
        "{out}"
    );
    assert!(
        out.contains(
            "One figure for Data quality manager, Revenue cycle manager, Health information manager and HIM director: 11-9111 Medical and Health Services Managers."
        ),
        "{out}"
    );
    assert!(out.contains("no executive title in the data"), "{out}");
    assert!(out.contains("the data names no next step"), "{out}");
}

#[test]
fn two_fields_sit_side_by_side_at_120_columns_and_one_above_the_other_at_80() {
    let wide = ladder(&["informatics", "him", "--width", "120"]);
    assert!(
        wide.lines().any(|l| l.matches("┌─ ENTRY").count() == 2),
        "{wide}"
    );
    let narrow = ladder(&["informatics", "him", "--width", "80"]);
    assert!(
        narrow.lines().all(|l| l.matches("┌─ ").count() <= 1),
        "{narrow}"
    );
    // One above the other: the whole HI ladder, then the HIM one.
    let hi_top = narrow.rfind("│ Chief information officer").unwrap();
    // The heading of the HIM ladder (the title names it first).
    let him_start = narrow
        .rfind("HIM (Health information management)\n")
        .unwrap();
    assert!(hi_top < him_start, "{narrow}");
    for (width, out) in [(120, &wide), (80, &narrow)] {
        for line in out.lines() {
            assert!(line.width() <= width, "{line:?} is wider than {width}");
        }
    }
}

#[test]
fn a_pipe_gets_the_ladders_one_after_another() {
    let piped = ladder(&["informatics", "him"]);
    assert!(
        piped.lines().all(|l| l.matches("┌─ ").count() <= 1),
        "{piped}"
    );
}

#[test]
fn no_field_means_every_field_and_a_field_named_twice_is_drawn_once() {
    let all = ladder_json(&[]);
    let ids: Vec<&str> = all["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["informatics", "him"]);
    let twice = ladder_json(&["hi", "health informatics"]);
    assert_eq!(twice["fields"].as_array().unwrap().len(), 1);
}

#[test]
fn area_takes_the_figures_of_that_area() {
    // 11-9111,...,state,1700000,Illinois,000000,,22460,75920,94530,117850,164440,227180
    let json = ladder_json(&["him", "--area", "il"]);
    assert_eq!(json["area"]["name"], "Illinois");
    let pay = &title(&json, "health-information-manager").1["pay"];
    assert_eq!(pay["median"], 117_850);
    assert_eq!(pay["p10"], 75_920);
    let out = ladder(&["him", "--area", "illinois", "--width", "100"]);
    assert!(out.contains("of its occupation in Illinois"), "{out}");
    assert!(out.contains("$117,850"), "{out}");
}

#[test]
fn unknown_fields_and_areas_are_usage_errors() {
    let (code, stderr) = failure(him().args(["ladder", "informatcs"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no field is called `informatcs`"),
        "{stderr}"
    );
    assert!(stderr.contains("`informatics`"), "{stderr}");
    assert_eq!(
        failure(him().args(["ladder", "him", "--area", "atlantis"])).0,
        2
    );
}

#[test]
fn unpublished_figures_are_named_never_shown_as_dollars() {
    // A wage table where BLS withheld the HIM director's occupation's median and top wages.
    let wages = builtin("oews-wages.csv").replace(
        "11-9111,Medical and Health Services Managers,national,0000000,National,000000,,597080,73390,94700,123860,166100,224340",
        "11-9111,Medical and Health Services Managers,national,0000000,National,000000,annual_median=5;annual_p75=5;annual_p90=5,597080,73390,94700,-,-,-",
    );
    let dir = DataDir::new(&[("oews-wages.csv", &wages)]);
    let json: Value = json_of(him().arg("--data").arg(dir.path()).args(["ladder", "him"]));
    let pay = &title(&json, "him-director").1["pay"];
    assert_eq!(pay["median"], Value::Null);
    assert_eq!(pay["p10"], 73_390);
    assert_eq!(pay["unpublished"]["median"], "above-top-code");
    let mut cmd = him();
    cmd.arg("--data").arg(dir.path());
    let out = stdout_of(cmd.args(["ladder", "him", "--width", "100"]));
    assert!(
        out.contains("HIM director                   not published (above BLS's top code)"),
        "{out}"
    );
    assert!(out.contains("range $73,390–not published"), "{out}");
    assert!(
        out.contains("BLS withholds wages at or above its top code"),
        "{out}"
    );
}

#[test]
fn csv_has_a_row_per_title_and_one_for_an_empty_level() {
    let out = ladder(&["him", "--format", "csv"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "field,level,title_id,title,leads_to,credentials,soc,occupation,area_code,area,median,p10,p90,unpublished,source"
    );
    assert!(
        out.contains("him,mid,data-quality-manager,Data quality manager,health-information-manager,,11-9111,Medical and Health Services Managers,0000000,United States,123860,73390,224340,,bls-oews-2025"),
        "{out}"
    );
    assert!(out.contains("\nhim,executive,,,,,,,,,,,,,\n"), "{out}");
}

#[test]
fn markdown_fences_the_drawing() {
    let out = ladder(&["him", "--format", "markdown"]);
    assert!(
        out.contains("```text\n┌─ ENTRY\n│ Health information technician"),
        "{out}"
    );
    // One drawing per ladder, not one per level.
    assert_eq!(out.matches("```text").count(), 1, "{out}");
}

#[test]
fn ladder_snapshots() {
    insta::assert_snapshot!(
        "ladder_informatics_him_120",
        ladder(&["informatics", "him", "--width", "120"])
    );
    insta::assert_snapshot!("ladder_him_80", ladder(&["him", "--width", "80"]));
}

#[test]
fn a_code_shared_with_another_field_is_said_once_per_code() {
    // The informatics director (the first senior title on 11-3021) takes the HIM managers'
    // code in this data.
    let builtin_titles = builtin("titles.toml");
    let titles = builtin_titles.replacen(
        "level = \"senior\"\nsoc = \"11-3021\"",
        "level = \"senior\"\nsoc = \"11-9111\"",
        1,
    );
    assert_ne!(titles, builtin_titles);
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let mut cmd = him();
    cmd.arg("--data").arg(dir.path());
    let out = stdout_of(cmd.args(["ladder", "him", "--width", "100"]));
    assert!(
        out.contains("Data quality manager, Revenue cycle manager, Health information manager and"),
        "{out}"
    );
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("share their figure with Informatics director of another field."),
        "{out}"
    );
    assert_eq!(flat.matches("of another field").count(), 1, "{out}");
}
