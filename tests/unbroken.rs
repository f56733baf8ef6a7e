//! Tables never break what a reader must read whole: for every command's table output at any
//! width from 40 to 200, each dollar figure, occupation code, id and credential abbreviation the
//! JSON output holds, and the unwrapped output shows, is still shown whole, as often.

mod common;

use common::{him, json_of, stdout_of};
use proptest::prelude::*;

const COMMANDS: &[&[&str]] = &[
    &["compare", "informatics", "him"],
    &["compare", "rhia", "rhit", "chda"],
    &["list", "titles"],
    &["list", "sources"],
    &["list", "credentials"],
    &["list", "experience"],
    &["show", "rhia"],
    &["show", "informatics"],
    &["salary"],
    &["salary", "--area", "chicago"],
    &[
        "salary",
        "--setting",
        "hospitals",
        "--setting",
        "physician-offices",
        "--setting",
        "insurance",
        "--setting",
        "computer-systems-design",
    ],
    &["ladder", "informatics", "him"],
    &["sources"],
    &["credentials", "--requires", "cahiim"],
    &[
        "eligible",
        "--degree",
        "bachelor",
        "--program",
        "him",
        "--accredited-by",
        "cahiim",
    ],
    &["fit", "--skills", "sql, medical coding"],
    &["search", "coding"],
];

/// The keys whose values are names a reader copies whole.
const WHOLE_KEYS: [&str; 5] = ["id", "abbreviation", "soc", "code", "credential"];

/// Every piece of the JSON a table must not break: dollar figures and occupation codes found in
/// its text, and the values of id-like keys.
fn pieces(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => {
            if WHOLE_KEYS.contains(&key) && !text.contains(' ') && !text.is_empty() {
                out.push(text.clone());
            }
            out.extend(dollar_figures(text));
            out.extend(codes(text));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| pieces(v, key, out)),
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| pieces(v, k, out)),
        _ => {}
    }
}

/// "$101,860" in "Medians from $101,860 to ...".
fn dollar_figures(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('$') {
        let figure: String = text[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .collect();
        let figure = figure.trim_end_matches(',');
        if !figure.is_empty() {
            found.push(format!("${figure}"));
        }
    }
    found
}

/// "29-2072" in "29-2072 Medical Records Specialists".
fn codes(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for i in 0..bytes.len().saturating_sub(6) {
        let window = &bytes[i..i + 7];
        let boundary = |j: Option<&u8>| j.is_none_or(|b| !b.is_ascii_alphanumeric());
        if window[..2].iter().all(u8::is_ascii_digit)
            && window[2] == b'-'
            && window[3..].iter().all(u8::is_ascii_digit)
            && boundary(i.checked_sub(1).and_then(|j| bytes.get(j)))
            && boundary(bytes.get(i + 7))
        {
            found.push(text[i..i + 7].to_string());
        }
    }
    found
}

/// How often `piece` stands whole in `text`: not run on into a longer word or figure.
fn whole_count(text: &str, piece: &str) -> usize {
    let part_of = |c: char| c.is_alphanumeric() || c == ',' || c == '-' || c == '_';
    text.match_indices(piece)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + piece.len()..].chars().next();
            // A comma after a figure is punctuation, unless a digit follows (`$1,000,000`).
            let mut rest = text[at + piece.len()..].chars().skip(1);
            let punctuation =
                after == Some(',') && !rest.next().is_some_and(|c| c.is_ascii_digit());
            !before.is_some_and(|c| part_of(c) || c == '$')
                && (!after.is_some_and(part_of) || punctuation)
        })
        .count()
}

struct Case {
    args: &'static [&'static str],
    unwrapped: String,
    pieces: Vec<String>,
}

fn cases() -> Vec<Case> {
    COMMANDS
        .iter()
        .map(|args| {
            let json: serde_json::Value = json_of(him().args(*args));
            let unwrapped = stdout_of(him().args(*args));
            let mut found = Vec::new();
            pieces(&json, "", &mut found);
            found.sort();
            found.dedup();
            found.retain(|p| whole_count(&unwrapped, p) > 0);
            assert!(!found.is_empty(), "{args:?}: nothing to check");
            Case {
                args,
                unwrapped,
                pieces: found,
            }
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn figures_ids_and_codes_stay_whole_at_any_width(width in 40u16..=200) {
        thread_local! {
            static CASES: Vec<Case> = cases();
        }
        CASES.with(|cases| {
            for case in cases {
                let shown = stdout_of(him().args(case.args).args(["--width", &width.to_string()]));
                for piece in &case.pieces {
                    let expected = whole_count(&case.unwrapped, piece);
                    let seen = whole_count(&shown, piece);
                    assert!(
                        seen >= expected,
                        "`{piece}` is broken at --width {width} in `him {}` ({seen} whole of {expected}):\n{shown}",
                        case.args.join(" ")
                    );
                }
            }
        });
    }
}

#[test]
fn the_done_when_salary_shows_every_figure_whole_at_80_and_60() {
    let args = COMMANDS[10];
    let unwrapped = stdout_of(him().args(args));
    for width in ["80", "60"] {
        let shown = stdout_of(him().args(args).args(["--width", width]));
        for figure in dollar_figures(&unwrapped) {
            assert!(
                whole_count(&shown, &figure) >= whole_count(&unwrapped, &figure),
                "{figure} at --width {width}:\n{shown}"
            );
        }
    }
}

#[test]
fn the_helpers_find_figures_and_codes() {
    assert_eq!(
        dollar_figures("from $101,860 to $175,140."),
        vec!["$101,860", "$175,140"]
    );
    assert_eq!(
        codes("29-2072 and 11-9111, not 2025-05"),
        vec!["29-2072", "11-9111"]
    );
    assert_eq!(whole_count("$39,530–$90,1\n20", "$90,120"), 0);
    assert_eq!(whole_count("$39,530–\n$90,120 and $90,120", "$90,120"), 2);
    assert_eq!(whole_count("$1,000,000", "$1,000"), 0);
}
