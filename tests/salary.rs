//! `him salary` and `him sources` as a user runs them. Expected figures are copied by hand from
//! the rows of data/oews-wages.csv (and data/cpi-u-annual.csv) named in the comments, so a
//! lookup that picks the wrong row, column or area fails here.

mod common;

use common::{DataDir, builtin, failure, him, json_of, stdout_of};
use serde_json::Value;

fn salary_json(args: &[&str]) -> Value {
    json_of(him().arg("salary").args(args))
}

/// The title's entry of a salary JSON.
fn title<'a>(json: &'a Value, id: &str) -> &'a Value {
    json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["titles"].as_array().unwrap())
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("no title {id} in {json:#}"))
}

/// `figure` (median, p10 ...) of the title's wages in scope `scope`, nominal.
fn nominal(json: &Value, id: &str, scope: usize, figure: &str) -> Value {
    title(json, id)["wages"][scope][figure]["nominal"].clone()
}

#[test]
fn national_figures_are_the_csv_values() {
    let json = salary_json(&[]);
    // 11-9111,...,national,0000000,National,000000,,597080,73390,94700,123860,166100,224340
    assert_eq!(
        nominal(&json, "health-information-manager", 0, "median"),
        123_860
    );
    assert_eq!(
        nominal(&json, "health-information-manager", 0, "p10"),
        73_390
    );
    assert_eq!(
        nominal(&json, "health-information-manager", 0, "p90"),
        224_340
    );
    assert_eq!(
        title(&json, "health-information-manager")["wages"][0]["employment"],
        597_080
    );
    // 29-9021,...,national,...,000000,,38100,39830,...,68020,...,117420
    assert_eq!(nominal(&json, "him-analyst", 0, "median"), 68_020);
    // 15-1211,...,national,...,000000,,519530,67340,...,105850,...,167710
    assert_eq!(
        nominal(&json, "health-informatics-specialist", 0, "median"),
        105_850
    );
}

#[test]
fn state_figures_by_name_or_postal_code() {
    // 15-1211,Computer Systems Analysts,state,1700000,Illinois,000000,,20610,60770,80350,101570,128030,144790
    for area in ["il", "IL", "Illinois", "illinois"] {
        let json = salary_json(&["--area", area]);
        assert_eq!(json["scopes"][0]["area"]["name"], "Illinois", "{area}");
        assert_eq!(nominal(&json, "informatics-analyst", 0, "median"), 101_570);
        assert_eq!(nominal(&json, "informatics-analyst", 0, "p10"), 60_770);
        assert_eq!(nominal(&json, "informatics-analyst", 0, "p90"), 144_790);
    }
    // `washington` is the state (11-9111,...,state,5300000,Washington,...,145290,...), not the
    // Washington-Arlington-Alexandria metro area.
    let json = salary_json(&["--area", "washington", "--title", "him director"]);
    assert_eq!(json["scopes"][0]["area"]["type"], "state");
    assert_eq!(nominal(&json, "him-director", 0, "median"), 145_290);
}

#[test]
fn metro_figures_by_a_fragment_of_the_name() {
    // 11-9111,...,metro,0016980,"Chicago-Naperville-Elgin, IL-IN",000000,,16680,77120,97010,123090,168030,226080
    let json = salary_json(&["--area", "chicago", "--field", "him"]);
    assert_eq!(
        json["scopes"][0]["area"]["name"],
        "Chicago-Naperville-Elgin, IL-IN"
    );
    assert_eq!(nominal(&json, "him-director", 0, "median"), 123_090);
    assert_eq!(nominal(&json, "him-director", 0, "p25"), 97_010);
    // 29-9021,...,"Chicago-Naperville-Elgin, IL-IN",000000,,600,45810,48190,63310,75560,86430
    assert_eq!(nominal(&json, "him-analyst", 0, "median"), 63_310);
}

#[test]
fn two_areas_print_side_by_side() {
    let out = stdout_of(him().args([
        "salary", "--area", "il", "--area", "chicago", "--field", "him",
    ]));
    assert!(
        out.starts_with("Annual pay by job title: Illinois (state) · Chicago, IL-IN (metro area), all industries"),
        "{out}"
    );
    // One row holds both areas' medians: Illinois 29-9021 62,780, Chicago 63,310.
    let row = out
        .lines()
        .find(|l| l.contains("HIM analyst"))
        .expect("an HIM analyst row");
    assert!(row.contains("$62,780") && row.contains("$63,310"), "{row}");
    assert!(
        out.contains("Chicago, IL-IN is Chicago-Naperville-Elgin, IL-IN."),
        "{out}"
    );
    let json = salary_json(&["--area", "il", "--area", "chicago"]);
    assert_eq!(json["scopes"].as_array().unwrap().len(), 2);
    assert_eq!(title(&json, "him-analyst")["wages"][1]["area"], "0016980");
}

#[test]
fn work_settings_are_national_figures_by_industry() {
    // 29-9021,...,national,0000000,National,622000,,18930,40450,48740,67480,98260,119790
    let json = salary_json(&["--setting", "hospitals", "--title", "him analyst"]);
    assert_eq!(json["scopes"][0]["setting"]["code"], "622000");
    assert_eq!(nominal(&json, "him-analyst", 0, "median"), 67_480);
    assert_eq!(nominal(&json, "him-analyst", 0, "p75"), 98_260);
    let out = stdout_of(him().args([
        "salary",
        "--setting",
        "hospitals",
        "--setting",
        "physician-offices",
        "--title",
        "him analyst",
        "--width",
        "100",
    ]));
    assert!(
        out.contains("United States (nation) by work setting"),
        "{out}"
    );
    assert!(
        out.contains("Hospitals") && out.contains("Physician offices"),
        "{out}"
    );
}

#[test]
fn a_setting_with_a_state_or_metro_area_is_a_usage_error() {
    let (code, stderr) = failure(him().args(["salary", "--setting", "hospitals", "--area", "il"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--setting cannot be combined with --area Illinois: BLS publishes wages by work setting for the nation only"),
        "{stderr}"
    );
    // With the nation it is fine.
    stdout_of(him().args(["salary", "--setting", "hospitals", "--area", "national"]));
}

#[test]
fn real_dollars_use_cpi_annual_averages() {
    // CPI-U annual averages: 2018 251.107, 2020 258.811, 2025 321.943.
    let json = salary_json(&["--real", "2025"]);
    assert_eq!(json["dollars"]["basis"], "real");
    assert_eq!(json["dollars"]["year"], 2025);
    assert_eq!(json["dollars"]["cpi"], 321.943);
    let older = &title(&json, "health-informatics-specialist")["older"][0];
    // 64,000 × 321.943 / 258.811 = 79,611.8
    assert_eq!(older["median"]["nominal"], 64_000);
    assert_eq!(older["median"]["real"], 79_612);
    // 99,730 × 321.943 / 251.107 = 127,863.4
    let older = &title(&json, "health-information-manager")["older"][0];
    assert_eq!(older["median"]["real"], 127_863);
    // OEWS May 2025 figures stay as they are in 2025 dollars.
    let median = &title(&json, "health-informatics-specialist")["wages"][0]["median"];
    assert_eq!(median["nominal"], 105_850);
    assert_eq!(median["real"], 105_850);
    // In 2020 dollars: 105,850 × 258.811 / 321.943 = 85,093.4
    let json = salary_json(&["--real", "2020", "--title", "systems analyst"]);
    let median = &title(&json, "systems-analyst")["wages"][0]["median"];
    assert_eq!(median["real"], 85_093);
    // The table says the base year and the index.
    let out = stdout_of(him().args(["salary", "--real", "2025", "--width", "120"]));
    assert!(out.contains("(in 2025 dollars)"), "{out}");
    assert!(out.contains("$79,612"), "{out}");
    assert!(
        out.contains("Consumer Price Index for All Urban Consumers (CPI-U)"),
        "{out}"
    );
}

#[test]
fn nominal_json_carries_no_real_figures() {
    let json = salary_json(&["--title", "cio"]);
    assert_eq!(json["dollars"], serde_json::json!({"basis": "nominal"}));
    let median = &title(&json, "chief-information-officer")["wages"][0]["median"];
    assert_eq!(median, &serde_json::json!({"nominal": 175_140}));
}

#[test]
fn a_year_without_an_annual_average_is_a_usage_error() {
    let (code, stderr) = failure(him().args(["salary", "--real", "2026"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: the CPI-U has no annual average for 2026"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: --real takes a year with an annual average: 1990-2025"),
        "{stderr}"
    );
}

#[test]
fn unreleased_figures_are_shown_as_such() {
    // 15-1211,...,West Virginia,000000,annual_p10=8;...;annual_p90=8,1030,-,-,-,-,-
    let json = salary_json(&["--area", "wv", "--title", "systems analyst"]);
    let wages = &title(&json, "systems-analyst")["wages"][0];
    assert_eq!(
        wages["median"],
        serde_json::json!({"nominal": null, "unpublished": "not-released"})
    );
    assert_eq!(wages["employment"], 1030);
    let out = stdout_of(him().args([
        "salary",
        "--area",
        "wv",
        "--field",
        "informatics",
        "--width",
        "100",
    ]));
    let row = out.lines().find(|l| l.contains("Systems analyst")).unwrap();
    assert!(row.contains("not released"), "{row}");
    assert!(!row.contains("$0"), "{row}");
    assert!(
        out.contains("Not released: BLS did not release this estimate."),
        "{out}"
    );
}

#[test]
fn values_above_the_top_code_are_never_given_a_number() {
    // No built-in title maps to the two footnote-5 rows, so a user's title does:
    // 29-1221,"Pediatricians, General",metro,0600007,North Valley-...,annual_p10=5;...;annual_p90=5,50,-,-,-,-,-
    // 11-1011,Chief Executives,metro,3900003,Eastern Ohio nonmetropolitan area,...,annual_p90=5,90,84630,...,-
    let titles = builtin("titles.toml").replace(
        "[[title]]\nid = \"him-director\"",
        "[[title]]\nid = \"pediatric-informaticist\"\nname = \"Pediatric informaticist\"\nfield = \"informatics\"\nlevel = \"senior\"\nsoc = \"29-1221\"\nsources = [\"him-editorial\"]\n\n[[title]]\nid = \"health-system-ceo\"\nname = \"Health system CEO\"\nfield = \"him\"\nlevel = \"executive\"\nsoc = \"11-1011\"\nsources = [\"him-editorial\"]\n\n[[title]]\nid = \"him-director\"",
    );
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let data = dir.path().to_str().unwrap();
    let out = stdout_of(him().args([
        "--data",
        data,
        "salary",
        "--title",
        "pediatric informaticist",
        "--area",
        "north valley",
        "--width",
        "120",
    ]));
    assert!(
        out.contains("not published (above BLS's top code)"),
        "{out}"
    );
    assert!(!out.contains("239,200"), "{out}");
    let json: Value = json_of(him().args([
        "--data",
        data,
        "salary",
        "--title",
        "health system ceo",
        "--area",
        "eastern ohio",
    ]));
    let wages = &title(&json, "health-system-ceo")["wages"][0];
    assert_eq!(wages["p75"]["nominal"], 374_190);
    assert_eq!(
        wages["p90"],
        serde_json::json!({"nominal": null, "unpublished": "above-top-code"})
    );
}

#[test]
fn an_unknown_area_exits_2_naming_it_with_close_names() {
    let (code, stderr) = failure(him().args(["salary", "--area", "chicgo"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: no state or metro area matches `chicgo`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("did you mean `Chicago-Naperville-Elgin, IL-IN`"),
        "{stderr}"
    );
}

#[test]
fn a_fragment_of_several_metro_areas_exits_2_listing_them() {
    let (code, stderr) = failure(him().args(["salary", "--area", "springfield"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("`springfield` matches 5 areas"), "{stderr}");
    for name in [
        "Springfield, IL",
        "Springfield, MA",
        "Springfield, MO",
        "Springfield, OH",
        "Eugene-Springfield, OR",
    ] {
        assert!(stderr.contains(name), "{name} in {stderr}");
    }
    assert!(
        stderr.contains("add the state, e.g. --area \"Springfield, IL\""),
        "{stderr}"
    );
}

#[test]
fn titles_sharing_an_occupation_code_say_so() {
    let out = stdout_of(him().args(["salary", "--field", "him"]));
    assert!(
        out.contains("11-9111 Medical and Health Services Managers: Data quality manager, Revenue cycle manager, Health information manager and HIM director (all 4 share one figure)"),
        "{out}"
    );
    let json = salary_json(&["--field", "him"]);
    let managers = json["fields"][0]["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["soc"] == "11-9111")
        .unwrap()
        .clone();
    assert_eq!(
        managers,
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
}

#[test]
fn the_articles_figures_stay_as_dated_stale_history() {
    let out = stdout_of(him().args(["salary", "--width", "120"]));
    assert!(out.contains("Older figures (history"), "{out}");
    assert!(out.contains("6 years 8 months, stale"), "{out}");
    assert!(
        out.contains("These figures come from different sources and years"),
        "{out}"
    );
    // With a longer threshold they are no longer stale.
    let out = stdout_of(him().args(["salary", "--stale-after", "10", "--width", "120"]));
    assert!(!out.contains("stale"), "{out}");
    // With a short one, the OEWS figures are stale too (May 2025 is 18 months before the
    // fixed today, 2026-11-25).
    let json = salary_json(&["--stale-after", "1"]);
    assert_eq!(json["source"]["stale"], true);
    assert_eq!(json["source"]["age_months"], 18);
    // One year is said in the singular, in the note as in the marks.
    let out = stdout_of(him().args(["salary", "--stale-after", "1", "--width", "120"]));
    assert!(
        out.contains("Stale means older than 1 year (--stale-after"),
        "{out}"
    );
}

#[test]
fn field_and_title_narrow_the_list() {
    let json = salary_json(&["--field", "him"]);
    let fields = json["fields"].as_array().unwrap();
    assert_eq!(fields.len(), 1);
    assert_eq!(fields[0]["id"], "him");
    assert_eq!(fields[0]["titles"].as_array().unwrap().len(), 7);
    let json = salary_json(&["--title", "cio", "--title", "him analyst"]);
    let ids: Vec<&str> = json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["titles"].as_array().unwrap())
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["chief-information-officer", "him-analyst"]);
    let (code, stderr) = failure(him().args(["salary", "--field", "him", "--title", "cio"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("`Chief information officer` is a title of Health informatics, not of Health information management"),
        "{stderr}"
    );
}

#[test]
fn json_shape() {
    let json = salary_json(&["--field", "informatics"]);
    for key in [
        "today",
        "stale_after_years",
        "source",
        "dollars",
        "scopes",
        "fields",
        "notes",
    ] {
        assert!(json.get(key).is_some(), "no {key} in {json:#}");
    }
    assert_eq!(json["today"], "2026-11-25");
    assert_eq!(json["source"]["id"], "bls-oews-2025");
    assert_eq!(json["source"]["period"], "2025-05");
    assert_eq!(json["scopes"][0]["area"]["type"], "national");
    assert_eq!(json["scopes"][0]["setting"]["id"], "all");
    let field = &json["fields"][0];
    assert_eq!(field["median_range"][0]["low"]["nominal"], 101_860);
    assert_eq!(field["median_range"][0]["high"]["nominal"], 175_140);
    let specialist = title(&json, "health-informatics-specialist");
    for key in ["id", "name", "level", "soc", "occupation", "wages", "older"] {
        assert!(specialist.get(key).is_some(), "no {key} in {specialist:#}");
    }
    assert_eq!(specialist["occupation"], "Computer Systems Analysts");
    let older = &specialist["older"][0];
    assert_eq!(older["source"], "payscale-hi-specialist-2020");
    assert_eq!(older["period"], "2020-03");
    assert_eq!(older["stale"], true);
    assert_eq!(older["age_months"], 80);
}

#[test]
fn csv_has_one_row_per_title_and_area_with_plain_numbers() {
    let out = stdout_of(him().args([
        "salary",
        "--title",
        "him analyst",
        "--area",
        "il",
        "--area",
        "national",
        "--format",
        "csv",
    ]));
    let mut lines = out.lines();
    assert_eq!(
        lines.next().unwrap(),
        "field,title_id,title,soc,occupation,area_code,area,setting,employment,jobs_per_1000,location_quotient,p10,p25,median,p75,p90,unpublished,source,period"
    );
    // 29-9021,...,Illinois,000000,,900,41140,48250,62780,74630,80870,0.147,0.60
    assert_eq!(
        lines.next().unwrap(),
        "him,him-analyst,HIM analyst,29-9021,Health Information Technologists and Medical Registrars,1700000,Illinois,all,900,0.147,0.60,41140,48250,62780,74630,80870,,bls-oews-2025,2025-05"
    );
    assert!(
        lines
            .next()
            .unwrap()
            .contains(",0000000,United States,all,38100,")
    );
}

#[test]
fn the_default_table_at_80_columns() {
    let out = stdout_of(him().args(["salary", "--width", "80"]));
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    insta::assert_snapshot!("salary_national_80", out);
}

#[test]
fn illinois_and_chicago_side_by_side_snapshot() {
    let out = stdout_of(him().args([
        "salary", "--area", "il", "--area", "chicago", "--area", "national", "--width", "100",
    ]));
    insta::assert_snapshot!("salary_il_chicago_national_100", out);
}

#[test]
fn settings_and_real_dollars_snapshot() {
    let out = stdout_of(him().args([
        "salary",
        "--setting",
        "hospitals",
        "--setting",
        "all",
        "--real",
        "2025",
        "--field",
        "him",
        "--width",
        "100",
    ]));
    insta::assert_snapshot!("salary_settings_real_100", out);
}

#[test]
fn a_broken_wage_file_fails_salary_but_not_the_commands_that_do_not_read_it() {
    let dir = DataDir::new(&[(
        "oews-wages.csv",
        "# source: bls-oews-2025\nsoc_code,occupation\n",
    )]);
    let data = dir.path().to_str().unwrap();
    let (code, stderr) = failure(him().args(["--data", data, "salary"]));
    assert_eq!(code, 1);
    assert!(
        stderr.contains("oews-wages.csv:2:1: the header lacks the column(s) area_type"),
        "{stderr}"
    );
    // list, and show of a credential, never read the wage table.
    stdout_of(him().args(["--data", data, "list", "titles"]));
    stdout_of(him().args(["--data", data, "show", "rhia"]));
    let (code, stderr) = failure(him().args(["check", data]));
    assert_eq!(code, 1);
    assert!(stderr.contains("oews-wages.csv:2:1"), "{stderr}");
}

#[test]
fn a_users_wage_table_replaces_the_built_in_one() {
    let wages = "# source: bls-oews-2025\n\
soc_code,occupation,area_type,area_code,area_name,industry_code,footnotes,employment,annual_p10,annual_p25,annual_median,annual_p75,annual_p90\n\
29-9021,Health Information Technologists and Medical Registrars,national,0000000,National,000000,,100,1000,2000,3000,4000,5000\n";
    let dir = DataDir::new(&[("oews-wages.csv", wages)]);
    let data = dir.path().to_str().unwrap();
    let json: Value = json_of(him().args(["--data", data, "salary", "--title", "him analyst"]));
    assert_eq!(nominal(&json, "him-analyst", 0, "median"), 3000);
    // him check names the file and warns about every title left without wages.
    let output = him().args(["check", data]).output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("oews-wages.csv"), "{stdout}");
    assert!(stdout.contains(data), "{stdout}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("warning: data/titles.toml:")
            && stderr.contains("has SOC code 15-1211, which has no national row"),
        "{stderr}"
    );
}

#[test]
fn sources_lists_every_source_with_its_age() {
    let json: Value = json_of(him().arg("sources"));
    assert_eq!(json["today"], "2026-11-25");
    assert_eq!(json["stale_after_years"], 3);
    let sources = json["sources"].as_array().unwrap();
    let by_id = |id: &str| sources.iter().find(|s| s["id"] == id).unwrap().clone();
    let payscale = by_id("payscale-hi-specialist-2020");
    assert_eq!(payscale["age_months"], 80);
    assert_eq!(payscale["backs"], serde_json::json!(["pay"]));
    assert_eq!(payscale["stale"], true);
    let oews = by_id("bls-oews-2025");
    assert_eq!(oews["backs"], serde_json::json!(["wages"]));
    assert_eq!(oews["stale"], false);
    assert_eq!(by_id("bls-cpi-u")["backs"], serde_json::json!(["prices"]));
    // An undated source has no age, and facts are never stale.
    assert_eq!(by_id("him-editorial")["age_months"], Value::Null);
    assert_eq!(by_id("article-2020")["stale"], false);
    // --stale lists only the stale ones; a long threshold leaves none (exit 3, nothing found).
    let stale = stdout_of(him().args(["sources", "--stale", "--width", "100"]));
    assert!(
        stale.contains("payscale-cio-2020") && !stale.contains("bls-oews-2025"),
        "{stale}"
    );
    let (code, stderr) = failure(him().args(["sources", "--stale", "--stale-after", "50"]));
    assert_eq!(code, 3);
    assert!(stderr.contains("older than 50 years"), "{stderr}");
}

#[test]
fn sources_snapshot() {
    let out = stdout_of(him().args(["sources", "--width", "80"]));
    insta::assert_snapshot!("sources_80", out);
}

#[test]
fn compare_and_show_use_the_current_figures_and_mark_stale_ones() {
    let out = stdout_of(him().args([
        "compare",
        "health informatics specialist",
        "systems analyst",
        "--width",
        "120",
    ]));
    assert!(out.contains("Pay (BLS OEWS)"), "{out}");
    assert!(out.contains("= $105,850 median"), "{out}");
    assert!(
        out.contains("Health informatics specialist and Systems analyst map to one occupation code (15-1211), so they share one BLS figure."),
        "{out}"
    );
    assert!(out.contains("[stale: older than 3 years]"), "{out}");
    let json: Value = json_of(him().args(["compare", "informatics", "him"]));
    let rows = json["rows"].as_array().unwrap();
    let current = rows
        .iter()
        .find(|r| r["aspect"] == "Pay (BLS OEWS)")
        .unwrap();
    let him_items = current["values"]["him"].as_array().unwrap();
    assert!(
        him_items.iter().any(|i| i["value"]
            .as_str()
            .unwrap()
            .starts_with("$123,860 (range $73,390–$224,340): Data quality manager")),
        "{current:#}"
    );
    let older = rows
        .iter()
        .find(|r| r["aspect"] == "Pay (older figures)")
        .unwrap();
    assert_eq!(older["values"]["him"][0]["stale"], true);
    let show = stdout_of(him().args(["show", "him director"]));
    assert!(
        show.contains("$123,860 median, $73,390–$224,340 (10th–90th percentile) for 11-9111 Medical and Health Services Managers"),
        "{show}"
    );
}

#[test]
fn show_of_a_source_gives_its_age_and_whether_its_figures_are_stale() {
    let out = stdout_of(him().args(["show", "payscale-cio-2020"]));
    assert!(
        out.contains("Age        6 years 8 months old as of 2026-11-25; backs pay [stale: older than 3 years]"),
        "{out}"
    );
    let out = stdout_of(him().args(["show", "bls-oews-2025"]));
    assert!(
        out.contains("1 year 6 months old as of 2026-11-25; backs wage table"),
        "{out}"
    );
    assert!(!out.contains("stale"), "{out}");
}

#[test]
fn the_field_summary_gives_the_range_of_medians_and_counts_the_missing() {
    // "Springfield, IL" has no 29-9021 row at all; 29-2072 median 55,800, 11-9111 median 107,670.
    let out = stdout_of(him().args(["salary", "--area", "springfield, il", "--field", "him"]));
    assert!(
        out.contains(
            "Medians of the 7 titles: from $55,800 to $107,670 (one title has none published)."
        ),
        "{out}"
    );
    let row = out.lines().find(|l| l.contains("HIM analyst")).unwrap();
    assert!(row.contains("no estimate"), "{row}");
    assert!(
        out.contains("No estimate: BLS publishes no figures for this occupation here."),
        "{out}"
    );
}
