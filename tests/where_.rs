//! `him where TITLE|FIELD` as a user runs it, and the jobs figures `him salary` and `him show`
//! gained with it. Expected figures are read straight from data/oews-wages.csv (every ranked
//! area against its row), and a few are copied by hand from the rows named in the comments, so
//! a lookup that picks the wrong row, column or area, or a ranking in the wrong order, fails
//! here.

mod common;

use std::collections::HashMap;

use common::{DataDir, builtin, builtin_wage_rows, failure, him, json_of, stdout_of, thousands};
use serde_json::Value;

fn where_json(args: &[&str]) -> Value {
    json_of(him().arg("where").args(args))
}

/// The Illinois wages of one title, from `him salary --format json` (after `global` options).
fn first_salary_wages(global: &[&str], title: &str) -> Value {
    let json: Value = json_of(
        him()
            .args(global)
            .args(["salary", "--area", "il", "--title", title]),
    );
    json["fields"][0]["titles"][0]["wages"][0].clone()
}

/// The all-industries rows of data/oews-wages.csv for one occupation, by area code.
fn csv_rows(soc: &str) -> HashMap<String, HashMap<String, String>> {
    builtin_wage_rows()
        .into_iter()
        .filter(|row| row["soc_code"] == soc && row["industry_code"] == "000000")
        .map(|row| (row["area_code"].clone(), row))
        .collect()
}

/// A CSV cell as the JSON gives it: a number, or null for `-`.
fn as_json(cell: &str) -> Value {
    if cell == "-" {
        Value::Null
    } else {
        serde_json::from_str(cell).unwrap()
    }
}

/// Every area of an occupation's ranking holds the figures of its CSV row, and the ranked
/// figure never rises down the list.
fn check_against_csv(occupation: &Value, ranked_column: &str) {
    let rows = csv_rows(occupation["soc"].as_str().unwrap());
    let mut previous: Option<f64> = None;
    for area in occupation["areas"].as_array().unwrap() {
        let code = area["area"]["code"].as_str().unwrap();
        let row = &rows[code];
        for (json, csv) in [
            ("employment", "employment"),
            ("jobs_per_1000", "jobs_per_1000"),
            ("location_quotient", "location_quotient"),
            ("median", "annual_median"),
            ("p10", "annual_p10"),
            ("p90", "annual_p90"),
        ] {
            assert_eq!(area[json], as_json(&row[csv]), "{json} of {code}");
        }
        let value = as_json(&row[ranked_column])
            .as_f64()
            .expect("a ranked figure");
        if let Some(previous) = previous {
            assert!(previous >= value, "{code}: {value} ranked after {previous}");
        }
        previous = Some(value);
    }
}

#[test]
fn ten_metros_by_employment_with_every_figure_from_the_csv() {
    let json = where_json(&["health information manager", "--top", "10"]);
    assert_eq!(json["by"], "jobs");
    let occupation = &json["occupations"][0];
    assert_eq!(occupation["soc"], "11-9111");
    let areas = occupation["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 10);
    assert!(areas.iter().all(|a| a["area"]["type"] == "metro"));
    // 11-9111,...,metro,0035620,"New York-Newark-Jersey City, NY-NJ",000000,,35260,102450,
    // 130030,167580,219010,348010,3.715,0.97
    assert_eq!(areas[0]["rank"], 1);
    assert_eq!(
        areas[0]["area"]["name"],
        "New York-Newark-Jersey City, NY-NJ"
    );
    assert_eq!(areas[0]["employment"], 35_260);
    assert_eq!(areas[0]["jobs_per_1000"], 3.715);
    assert_eq!(areas[0]["location_quotient"], 0.97);
    assert_eq!(areas[0]["median"], 167_580);
    check_against_csv(occupation, "employment");
    // The metros above the tenth are those with the most jobs of all published.
    let rows = csv_rows("11-9111");
    let mut published: Vec<u64> = rows
        .values()
        .filter(|r| r["area_type"] == "metro")
        .filter_map(|r| r["employment"].parse().ok())
        .collect();
    published.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(areas[9]["employment"], published[9]);
    assert_eq!(occupation["ranked"], published.len());
}

#[test]
fn every_column_fits_80_columns_and_nothing_is_split() {
    let out = stdout_of(him().args([
        "where",
        "health information manager",
        "--top",
        "10",
        "--width",
        "80",
    ]));
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    for header in ["Area", "Jobs", "Per", "1,000", "LQ", "Median", "10th–90th"] {
        assert!(out.contains(header), "{header}: {out}");
    }
    // Each area's name, its figures and its pay range stand whole on one line.
    let json = where_json(&["health information manager", "--top", "10"]);
    for area in json["occupations"][0]["areas"].as_array().unwrap() {
        let name = area["area"]["name"].as_str().unwrap();
        let (places, states) = name.rsplit_once(", ").unwrap();
        let short = format!("{}, {states}", places.split('-').next().unwrap());
        let dollars = |v: &Value| format!("${}", thousands(v.as_u64().unwrap()));
        let whole = [
            short.clone(),
            thousands(area["employment"].as_u64().unwrap()),
            format!("{:.3}", area["jobs_per_1000"].as_f64().unwrap()),
            format!("{:.2}", area["location_quotient"].as_f64().unwrap()),
            dollars(&area["median"]),
            format!("{}–{}", dollars(&area["p10"]), dollars(&area["p90"])),
        ];
        for text in whole {
            assert!(
                out.lines().any(|l| l.contains(&text)),
                "`{text}` of {name} is not whole on a line:\n{out}"
            );
        }
    }
    assert!(out.contains("1.0 is the national share"), "{out}");
    assert!(out.contains("not job openings"), "{out}");
    assert!(
        out.contains("figures 1 year 6 months old as of 2026-11-25"),
        "{out}"
    );
    insta::assert_snapshot!("where_manager_top10_80", out);
}

#[test]
fn states_by_concentration_rank_by_location_quotient() {
    let json = where_json(&[
        "health information manager",
        "--by",
        "concentration",
        "--states",
    ]);
    assert_eq!(json["by"], "concentration");
    let occupation = &json["occupations"][0];
    let areas = occupation["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 15);
    assert!(areas.iter().all(|a| a["area"]["type"] == "state"));
    // 11-9111,...,state,4400000,Rhode Island,000000,,3370,...,6.727,1.75
    assert_eq!(areas[0]["area"]["name"], "Rhode Island");
    assert_eq!(areas[0]["location_quotient"], 1.75);
    check_against_csv(occupation, "location_quotient");
    // The states, DC and the territories: all 54 have one.
    assert_eq!(occupation["ranked"], 54);
    let out = stdout_of(him().args([
        "where",
        "health information manager",
        "--by",
        "lq",
        "--states",
        "--width",
        "120",
    ]));
    assert!(
        out.contains("States and territories ranked by concentration (location quotient)."),
        "{out}"
    );
    assert!(out.contains("1.00, the national share, is"), "{out}");
    insta::assert_snapshot!("where_manager_states_concentration_120", out);
}

#[test]
fn in_a_state_lists_its_metro_areas_and_says_which_cross_its_line() {
    for state in ["IL", "il", "illinois"] {
        let json = where_json(&["health information manager", "--in", state, "--top", "50"]);
        assert_eq!(json["among"]["state"]["name"], "Illinois");
        let names: Vec<&str> = json["occupations"][0]["areas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["area"]["name"].as_str().unwrap())
            .collect();
        // 11-9111,...,metro,0016980,"Chicago-Naperville-Elgin, IL-IN",000000,,16680,...
        assert_eq!(names[0], "Chicago-Naperville-Elgin, IL-IN", "{state}");
        for name in &names {
            assert!(
                name.contains("IL") || name.contains("Illinois"),
                "{name} is not in Illinois"
            );
        }
        assert!(names.contains(&"Springfield, IL"), "{names:?}");
        assert!(names.contains(&"St. Louis, MO-IL"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Springfield, MO")));
        check_against_csv(&json["occupations"][0], "employment");
    }
    let out = stdout_of(him().args(["where", "him analyst", "--in", "il", "--width", "80"]));
    assert!(
        out.contains("Metro and nonmetro areas of Illinois ranked by jobs."),
        "{out}"
    );
    // 29-9021,...,state,1700000,Illinois,000000,,900,41140,48250,62780,74630,80870,0.147,0.60
    assert!(
        out.contains("Illinois as a whole: 900 jobs, 0.147 per 1,000, LQ 0.60; median $62,780"),
        "{out}"
    );
    assert!(
        out.replace('\n', " ").contains(
            "Metro areas that cross the Illinois state line are listed with all their jobs"
        ),
        "{out}"
    );
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    insta::assert_snapshot!("where_analyst_in_il_80", out);
}

#[test]
fn areas_without_the_ranked_figure_are_left_out_and_counted() {
    // 29-9021 in Arkansas, Delaware and Utah: employment=8 (not released); Alabama, Guam and
    // the Virgin Islands have no 29-9021 row at all (no estimate).
    let json = where_json(&["him analyst", "--states"]);
    let left_out = json["left_out"].as_array().unwrap();
    assert_eq!(left_out.len(), 2, "{left_out:?}");
    let names = |group: &Value| -> Vec<String> {
        group["areas"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(left_out[0]["soc"], "29-9021");
    assert_eq!(left_out[0]["reason"], "not-released");
    assert_eq!(left_out[0]["count"], 3);
    assert_eq!(names(&left_out[0]), ["Arkansas", "Delaware", "Utah"]);
    assert_eq!(left_out[1]["reason"], "no-estimate");
    assert_eq!(names(&left_out[1]), ["Alabama", "Guam", "Virgin Islands"]);
    // The 51 state rows of 29-9021 in the file, less the 3 not released.
    let state_rows = csv_rows("29-9021")
        .values()
        .filter(|r| r["area_type"] == "state")
        .count();
    assert_eq!(state_rows, 51);
    assert_eq!(json["occupations"][0]["ranked"], 48);
    let out = stdout_of(him().args(["where", "him analyst", "--states", "--width", "80"]));
    assert!(
        out.replace('\n', " ").contains(
            "Left out, never ranked as zero: 3 areas where BLS did not release employment (Arkansas; Delaware; Utah); 3 areas where BLS publishes no estimate for this occupation (Alabama; Guam; Virgin Islands)."
        ),
        "{out}"
    );
    // Ranked by pay, Arkansas is in, its jobs shown as a dash that a note explains:
    // 29-9021,...,Arkansas,...,employment=8;...,-,49590,61870,93300,104410,105140,-,-
    let json = where_json(&["him analyst", "--states", "--by", "pay", "--top", "60"]);
    let arkansas = json["occupations"][0]["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["area"]["name"] == "Arkansas")
        .expect("Arkansas ranked by pay");
    assert_eq!(arkansas["median"], 93_300);
    assert_eq!(arkansas["employment"], Value::Null);
    assert_eq!(arkansas["unpublished"]["employment"], "not-released");
    check_against_csv(&json["occupations"][0], "annual_median");
    let out = stdout_of(him().args([
        "where",
        "him analyst",
        "--states",
        "--by",
        "pay",
        "--top",
        "60",
        "--width",
        "80",
    ]));
    assert!(
        out.contains("A dash (—) is a figure BLS did not release."),
        "{out}"
    );
    // By pay, a reader is told that a high rank may stand on few jobs.
    assert!(out.contains("an area with few jobs can rank high"), "{out}");
}

#[test]
fn a_field_ranks_each_occupation_of_its_titles_named() {
    let json = where_json(&["him", "--top", "3"]);
    let socs: Vec<&str> = json["occupations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["soc"].as_str().unwrap())
        .collect();
    assert_eq!(socs, ["29-2072", "29-9021", "13-1041", "11-9111"]);
    let managers = &json["occupations"][3];
    let titles: Vec<&str> = managers["titles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&"health-information-manager"), "{titles:?}");
    assert!(titles.contains(&"him-director"), "{titles:?}");
    for occupation in json["occupations"].as_array().unwrap() {
        assert_eq!(occupation["areas"].as_array().unwrap().len(), 3);
        check_against_csv(occupation, "employment");
    }
    // The occupation code itself works too.
    let json = where_json(&["29-9021", "--top", "1"]);
    assert_eq!(json["occupations"][0]["soc"], "29-9021");
    // And several words need no quotes.
    let out = stdout_of(him().args(["where", "health", "information", "manager", "--top", "1"]));
    assert!(
        out.starts_with("Where the jobs are: Health information manager"),
        "{out}"
    );
}

#[test]
fn usage_mistakes_exit_2_and_say_what_to_type() {
    let (code, stderr) = failure(him().args(["where", "him analyst", "--in", "chicago"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains(
            "--in takes a state, and `chicago` is Chicago-Naperville-Elgin, IL-IN (metro area)"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("--in il"), "{stderr}");
    let (code, stderr) = failure(him().args(["where", "him analyst", "--in", "il", "--states"]));
    assert_eq!(code, 2, "{stderr}");
    let (code, _) = failure(him().args(["where", "him analyst", "--top", "0"]));
    assert_eq!(code, 2);
    let (code, stderr) = failure(him().args(["where", "him anlyst"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("did you mean `him-analyst` (title)?"),
        "{stderr}"
    );
    let (code, stderr) = failure(him().args(["where", "him analyst", "--in", "atlantis"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("no state or metro area matches `atlantis`"),
        "{stderr}"
    );
}

/// A wage table as him wrote it before jobs per 1,000 and location quotients were columns.
fn older_table() -> String {
    let mut out = String::new();
    for line in builtin("oews-wages.csv").lines() {
        if line.starts_with('#') {
            out.push_str(line);
        } else {
            // The two shares are the last two cells; their footnotes go with them.
            let kept = line.rsplitn(3, ',').nth(2).unwrap_or(line);
            out.push_str(&kept.replace(";jobs_per_1000=8;location_quotient=8", ""));
        }
        out.push('\n');
    }
    out
}

#[test]
fn an_older_wage_table_without_the_share_columns_still_works_and_says_so() {
    let dir = DataDir::new(&[("oews-wages.csv", &older_table())]);
    let data = dir.path().to_str().unwrap();
    // By jobs: the ranking is the same; the shares are not in the file.
    let json: Value = json_of(him().args(["--data", data, "where", "him analyst", "--states"]));
    let first = &json["occupations"][0]["areas"][0];
    assert_eq!(first["location_quotient"], Value::Null);
    assert_eq!(first["unpublished"]["location_quotient"], "not-in-file");
    let out = stdout_of(him().args([
        "--data",
        data,
        "where",
        "him analyst",
        "--states",
        "--width",
        "80",
    ]));
    assert!(
        out.contains("A dash (—) is a figure the wage table in use has no column for."),
        "{out}"
    );
    // By concentration there is nothing to rank: exit 3 (nothing found), with what to do.
    let (code, stderr) = failure(him().args([
        "--data",
        data,
        "where",
        "him analyst",
        "--by",
        "concentration",
    ]));
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("no area has a published location quotient"),
        "{stderr}"
    );
    assert!(stderr.contains("him import oews"), "{stderr}");
    // Salary reads it, and its JSON says why the shares are missing.
    let wages = first_salary_wages(&["--data", data], "him analyst");
    assert_eq!(wages["employment"], 900);
    assert_eq!(wages["location_quotient"], Value::Null);
    assert_eq!(wages["unpublished"]["location_quotient"], "not-in-file");
}

#[test]
fn salary_gives_jobs_and_location_quotients_by_area() {
    // 11-9111,...,state,1700000,Illinois,000000,,22460,...,227180,3.683,0.96
    let wages = first_salary_wages(&[], "health information manager");
    assert_eq!(wages["employment"], 22_460);
    assert_eq!(wages["jobs_per_1000"], 3.683);
    assert_eq!(wages["location_quotient"], 0.96);
    // One line per area under each field's table, by occupation code.
    let out = stdout_of(him().args([
        "salary", "--field", "him", "--area", "il", "--area", "chicago", "--width", "80",
    ]))
    .replace('\u{a0}', " ");
    // 29-2072,...,Illinois,...,5740,...,0.75 and 11-9111,...,Chicago...,16680,...,0.96
    assert!(
        out.contains("Jobs in Illinois (state): 29-2072 5,740 (LQ 0.75)"),
        "{out}"
    );
    assert!(out.contains("11-9111 16,680 (LQ 0.96)."), "{out}");
    assert!(out.contains("1.0 is the national share"), "{out}");
    let csv = stdout_of(him().args([
        "salary",
        "--area",
        "il",
        "--title",
        "him analyst",
        "--format",
        "csv",
    ]));
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .contains("employment,jobs_per_1000,location_quotient,p10"),
        "{csv}"
    );
    assert!(csv.contains(",900,0.147,0.60,"), "{csv}");
}

#[test]
fn show_gives_a_titles_national_jobs_and_points_to_where() {
    // 11-9111,...,national,0000000,National,000000,,597080,...
    let out = stdout_of(him().args(["show", "health information manager", "--width", "100"]));
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Jobs (BLS OEWS) 597,080 jobs in the nation (U.S. Bureau of Labor Statistics, May 2025): jobs held, not job openings."),
        "{out}"
    );
    assert!(
        flat.contains("`him where \"health information manager\"` ranks areas"),
        "{out}"
    );
}

#[test]
fn help_says_what_a_location_quotient_is_and_quotes_plainly() {
    let help = stdout_of(him().args(["where", "--help"]));
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("1.0 is the national share"), "{help}");
    assert!(flat.contains("never ranked as zero"), "{help}");
    // Quotes as a shell takes them, never escaped.
    assert!(!help.contains('\\'), "{help}");
    assert!(
        help.contains("(`\"health information manager\"`, `cio`)"),
        "{help}"
    );
}
