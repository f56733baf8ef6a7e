//! Areas as people type them, honest levels on the ladder, and the outlook of both fields, as a
//! user meets them. Expected wages are copied by hand from the rows of data/oews-wages.csv named
//! in the comments, so a lookup that lands on the wrong area fails here.

mod common;

use common::{DataDir, builtin, failure, him, json_of, stdout_of};
use serde_json::Value;

/// The salary JSON of the systems analyst title (15-1211) in one area.
fn salary_json(area: &str) -> Value {
    json_of(him().args(["salary", "--title", "systems analyst", "--area", area]))
}

/// (area code, area type, 15-1211 median) of the one scope of `--area AREA`.
fn area_of(area: &str) -> (String, String, Value) {
    let json = salary_json(area);
    let scope = &json["scopes"][0]["area"];
    let median = json["fields"][0]["titles"][0]["wages"][0]["median"]["nominal"].clone();
    (
        scope["code"].as_str().unwrap().to_string(),
        scope["type"].as_str().unwrap().to_string(),
        median,
    )
}

// 15-1211,Computer Systems Analysts,metro,0016980,"Chicago-Naperville-Elgin, IL-IN",...,103490,...
const CHICAGO: (&str, &str, u64) = ("0016980", "metro", 103_490);
// 15-1211,Computer Systems Analysts,metro,0041180,"St. Louis, MO-IL",...,96290,...
const ST_LOUIS: (&str, &str, u64) = ("0041180", "metro", 96_290);
// 15-1211,Computer Systems Analysts,metro,0035620,"New York-Newark-Jersey City, NY-NJ",...,128340,...
const NEW_YORK_METRO: (&str, &str, u64) = ("0035620", "metro", 128_340);
// 15-1211,Computer Systems Analysts,state,3600000,New York,...,109610,...
const NEW_YORK_STATE: (&str, &str, u64) = ("3600000", "state", 109_610);

#[test]
fn the_forms_of_the_issue_each_find_the_right_area() {
    for (typed, (code, kind, median)) in [
        ("Chicago, IL", CHICAGO),
        ("chicago il", CHICAGO),
        ("naperville", CHICAGO),
        ("St. Louis", ST_LOUIS),
        ("saint louis, mo", ST_LOUIS),
        ("nyc", NEW_YORK_METRO),
        ("New York, NY", NEW_YORK_METRO),
        ("new york", NEW_YORK_STATE),
    ] {
        let (found_code, found_kind, found_median) = area_of(typed);
        assert_eq!(
            (found_code.as_str(), found_kind.as_str()),
            (code, kind),
            "{typed}"
        );
        assert_eq!(found_median, median, "{typed}");
    }
}

#[test]
fn many_typed_forms_of_an_area_resolve_alike() {
    let cases: &[(&str, &str)] = &[
        // City and state in any order, with or without punctuation, by code or by name.
        ("CHICAGO", "0016980"),
        ("Chicago,IL", "0016980"),
        ("IL Chicago", "0016980"),
        ("chicago, illinois", "0016980"),
        ("Elgin IL", "0016980"),
        ("16980", "0016980"),
        ("0016980", "0016980"),
        ("chicago-naperville-elgin, il-in", "0016980"),
        // Saint, St. and St; Fort and Ft.
        ("st louis", "0041180"),
        ("St. Louis MO", "0041180"),
        ("STL", "0041180"),
        ("ft worth", "0019100"),
        ("Fort Worth, TX", "0019100"),
        ("dfw", "0019100"),
        ("st paul", "0033460"),
        ("Twin Cities", "0033460"),
        // Names people use, from areas.toml.
        ("New York City", "0035620"),
        ("the Bay Area", "0041860"),
        ("LA", "0031080"),
        ("DC", "0047900"),
        ("Washington, DC", "0047900"),
        // A city that one metro area has; "City" dropped from Boise City.
        ("boise", "0014260"),
        ("kansas city", "0028140"),
        ("Springfield, IL", "0044100"),
        ("portland or", "0038900"),
        ("Portland, Maine", "0038860"),
        // States by name and postal code; the nation.
        ("illinois", "1700000"),
        ("il", "1700000"),
        ("louisiana", "2200000"),
        ("washington", "5300000"),
        ("national", "0000000"),
        ("USA", "0000000"),
    ];
    let mut wrong = Vec::new();
    for (typed, code) in cases {
        let (found, _, _) = area_of(typed);
        if found != *code {
            wrong.push(format!("{typed}: {found}, expected {code}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn a_state_also_spelled_as_a_metro_area_is_labelled_the_state_with_the_metro_in_a_note() {
    let out = stdout_of(him().args(["salary", "--area", "new york", "--field", "him"]));
    assert!(
        out.starts_with("Annual pay by job title: New York (state), all industries"),
        "{out}"
    );
    assert!(
        out.contains(
            "for the metro area New York-Newark-Jersey City, NY-NJ, type --area \"New York, NY\""
        ),
        "{out}"
    );
    let json = salary_json("new york");
    assert_eq!(json["scopes"][0]["area"]["type"], "state");
    assert_eq!(json["scopes"][0]["area_kind"], "state");
    assert!(
        json["notes"][0]
            .as_str()
            .unwrap()
            .contains("New York-Newark-Jersey City"),
        "{json:#}"
    );
    // Every label says what the area is.
    let out = stdout_of(him().args(["salary", "--area", "nyc", "--field", "him"]));
    assert!(out.contains("New York, NY-NJ (metro area)"), "{out}");
    let out = stdout_of(him().args(["ladder", "him", "--area", "naperville"]));
    assert!(
        out.contains("in Chicago-Naperville-Elgin, IL-IN (metro area)"),
        "{out}"
    );
}

#[test]
fn a_city_in_several_metro_areas_asks_for_the_state() {
    let (code, stderr) = failure(him().args(["salary", "--area", "portland"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("`portland` matches 2 areas"), "{stderr}");
    assert!(
        stderr.contains("hint: add the state, e.g. --area \"Portland, ME\""),
        "{stderr}"
    );
}

#[test]
fn a_bare_word_and_state_city_metro_flags_point_to_area() {
    for (args, typed) in [
        (&["salary", "chicago"][..], "him salary --area chicago"),
        (&["salary", "--state", "il"][..], "him salary --area il"),
        (
            &["salary", "--city", "st. louis"][..],
            "him salary --area \"st. louis\"",
        ),
        (&["salary", "--metro", "nyc"][..], "him salary --area nyc"),
    ] {
        let (code, stderr) = failure(him().args(args));
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(typed), "{args:?}: {stderr}");
    }
}

#[test]
fn list_areas_shows_kind_and_code() {
    let out = stdout_of(him().args(["salary", "--list-areas", "chicago"]));
    assert!(out.starts_with("Areas matching `chicago` (1)"), "{out}");
    assert!(out.contains("metro area"), "{out}");
    assert!(out.contains("16980"), "{out}");
    assert!(out.contains("Chicago, IL"), "{out}");
    let json: Value = json_of(him().args(["salary", "--list-areas", "il"]));
    let areas = json["areas"].as_array().unwrap();
    assert!(
        areas
            .iter()
            .any(|a| a["name"] == "Illinois" && a["type"] == "state")
    );
    assert!(
        areas
            .iter()
            .any(|a| a["name"] == "Springfield, IL" && a["code"] == "44100")
    );
    let all = stdout_of(him().args(["salary", "--list-areas"]));
    assert!(all.contains("United States"), "{all}");
}

#[test]
fn every_lower_next_step_of_the_built_in_ladders_carries_its_note() {
    let json: Value = json_of(him().arg("salary"));
    let median = |id: &str| -> u64 {
        json["fields"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["titles"].as_array().unwrap())
            .find(|t| t["id"] == id)
            .and_then(|t| t["wages"][0]["median"]["nominal"].as_u64())
            .unwrap_or_else(|| panic!("no median for {id}"))
    };
    let titles: Value = json_of(him().args(["list", "titles"]));
    let name_of = |id: &str| -> String {
        titles
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .map(|t| t["name"].as_str().unwrap().to_string())
            .unwrap()
    };
    let ladders = stdout_of(him().args(["ladder", "--width", "200"]));
    let mut lower_steps = 0;
    for title in titles.as_array().unwrap() {
        let id = title["id"].as_str().unwrap();
        for next in title["leads_to"].as_array().unwrap() {
            let next = next.as_str().unwrap();
            if median(next) < median(id) {
                lower_steps += 1;
                let note = format!("↳ {}: the BLS figure for ", name_of(next));
                assert!(ladders.contains(&note), "{id} → {next}: {ladders}");
            }
        }
    }
    // 15-2051 ($120,230) → 15-1211 ($105,850) and 13-1111 ($101,860); 15-1211 → 13-1111 twice.
    assert_eq!(lower_steps, 4);
    // The two 15-1211 titles of the entry level lead to Consultant: one box says why once, and
    // each step keeps its mark.
    let why = "↳ Consultant: the BLS figure for Management Analysts is lower than for Computer";
    assert_eq!(ladders.matches(why).count(), 1, "{ladders}");
    assert!(
        ladders.matches("Consultant (lower BLS figure)").count() >= 3,
        "{ladders}"
    );
    let json: Value = json_of(him().args(["ladder", "informatics"]));
    let data_analyst = json["fields"][0]["levels"][0]["titles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "data-analyst")
        .unwrap();
    assert_eq!(data_analyst["lower_steps"][1]["to"], "consultant");
    assert_eq!(
        data_analyst["lower_steps"][1]["note"],
        "the BLS figure for Management Analysts is lower than for Data Scientists: these are different occupations, not a pay cut"
    );
}

#[test]
fn check_warns_about_a_lower_next_step_the_data_does_not_acknowledge() {
    let titles = builtin("titles.toml").replace("lower_median_steps = [\"consultant\"]\n", "");
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let output = him().arg("check").arg(dir.path()).output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("title `systems-analyst` leads to `consultant`, whose occupation (13-1111 Management Analysts) has a lower national median than its own (15-1211 Computer Systems Analysts): $101,860 against $105,850"),
        "{stderr}"
    );
    assert!(stderr.contains("lower_median_steps"), "{stderr}");
    // Acknowledging a step that is not a step is an error.
    let titles = builtin("titles.toml").replacen(
        "lower_median_steps = [\"consultant\"]",
        "lower_median_steps = [\"cio\"]",
        1,
    );
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let (code, stderr) = failure(him().arg("check").arg(dir.path()));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("`cio` is not one of this title's `leads_to`"),
        "{stderr}"
    );
}

#[test]
fn compare_has_outlook_rows_for_both_fields_from_the_2024_34_edition() {
    let json: Value = json_of(him().args(["compare", "informatics", "him"]));
    let rows = json["rows"].as_array().unwrap();
    let current = rows
        .iter()
        .find(|r| r["aspect"] == "Outlook (BLS 2024–34)")
        .expect("an outlook row of the 2024-34 edition");
    let texts = |field: &str| -> Vec<String> {
        current["values"][field]
            .as_array()
            .unwrap_or_else(|| panic!("no outlook for {field}: {current:#}"))
            .iter()
            .map(|i| i["value"].as_str().unwrap().to_string())
            .collect()
    };
    let informatics = texts("informatics");
    let him_field = texts("him");
    // Each occupation named, with the figures of FACTS.md 4f and their source.
    assert!(informatics.iter().any(|t| t.starts_with("15-1211 Computer Systems Analysts")
        && t.contains("+9% growth 2024–34 (+45,500 jobs); 521,100 jobs in 2024; 34,200 openings a year; entry: bachelor's degree")));
    assert!(
        informatics
            .iter()
            .any(|t| t.starts_with("15-2051 Data Scientists") && t.contains("+34% growth 2024–34"))
    );
    assert!(
        informatics
            .iter()
            .any(|t| t.starts_with("13-1111 Management Analysts")
                && t.ends_with("no 2024–34 figures found"))
    );
    assert!(him_field.iter().any(
        |t| t.starts_with("11-9111 Medical and Health Services Managers")
            && t.contains("+23% growth 2024–34; 616,200 jobs in 2024; openings a year not found")
    ));
    assert!(
        him_field
            .iter()
            .any(|t| t.starts_with("29-9021") && t.ends_with("no 2024–34 figures found"))
    );
    // No row of the current edition holds another edition's figure.
    for text in informatics.iter().chain(&him_field) {
        assert!(
            !text.contains("2023–33") && !text.contains("2022–32"),
            "{text}"
        );
    }
    // Older editions are history, marked as superseded.
    let older = rows
        .iter()
        .find(|r| r["aspect"] == "Outlook (older editions)")
        .unwrap();
    let item = older["values"]["him"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["value"].as_str().unwrap().contains("+29% growth 2023–33"))
        .expect("the 2023-33 edition as history");
    assert_eq!(item["stale"], true);
    assert!(
        item["value"]
            .as_str()
            .unwrap()
            .contains("[older edition: superseded by 2024–34]")
    );
}

#[test]
fn show_and_ladder_give_the_outlook_when_asked() {
    let out = stdout_of(him().args(["show", "health information technician", "--outlook"]));
    assert!(out.contains("Outlook (BLS 2024–34)"), "{out}");
    assert!(out.contains("+7% growth 2024–34"), "{out}");
    let plain = stdout_of(him().args(["show", "health information technician"]));
    assert!(!plain.contains("Outlook (BLS"), "{plain}");
    assert!(
        plain.contains(
            "BLS publishes pay by occupation and area, not by job title or years of experience"
        ),
        "{plain}"
    );
    let ladder = stdout_of(him().args(["ladder", "him", "--outlook"]));
    assert!(
        ladder.contains(
            "outlook 2024–34: +7% · openings not found · entry: postsecondary nondegree award"
        ),
        "{ladder}"
    );
    let occupation = stdout_of(him().args(["show", "29-9021"]));
    assert!(
        occupation.contains("no 2024–34 figures found"),
        "{occupation}"
    );
    assert!(occupation.contains("+16% growth 2022–32"), "{occupation}");
}

#[test]
fn ages_name_the_day_they_are_counted_to() {
    let out = stdout_of(him().args(["salary", "--field", "him"]));
    assert!(
        out.contains("May 2025; figures 1 year 6 months old as of 2026-11-25."),
        "{out}"
    );
    let json = salary_json("il");
    assert_eq!(json["source"]["age_as_of"], "2026-11-25");
}
