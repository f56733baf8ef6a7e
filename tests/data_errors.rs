//! Bad data is reported like a compiler reports bad code: file, line, column, the key, and what
//! to do. Each case breaks one built-in file in one way and pins the message.

mod common;

use common::{DataDir, builtin, him};

/// Runs `him check` on a directory holding `file` with `text`, expecting failure; returns stderr
/// with the directory's path replaced by `DIR`.
fn check_fails(file: &str, text: &str) -> String {
    let dir = DataDir::new(&[(file, text)]);
    let output = him().arg("check").arg(dir.path()).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty());
    stderr.replace(&dir.path().display().to_string(), "DIR")
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not in text"))
        + 1
}

#[test]
fn unknown_key() {
    let text = builtin("credentials.toml").replacen("issuer = \"ahima\"", "isuer = \"ahima\"", 1);
    let line = line_of(&text, "isuer = ");
    let err = check_fails("credentials.toml", &text);
    assert!(
        err.contains(&format!("error: DIR/credentials.toml:{line}:1: unknown field `isuer`, expected one of `id`, `abbreviation`, `name`")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{line} | isuer = \"ahima\"")),
        "{err}"
    );
    assert!(err.contains("^^^^^"), "{err}");
    assert!(
        err.contains("hint: check the spelling against docs/DATA.md"),
        "{err}"
    );
}

#[test]
fn unknown_key_in_a_nested_table() {
    let text = builtin("credentials.toml").replacen("scored_items = ", "scored = ", 1);
    let line = line_of(&text, "scored = ");
    let err = check_fails("credentials.toml", &text);
    assert!(
        err.contains(&format!(
            "credentials.toml:{line}:1: unknown field `scored`"
        )),
        "{err}"
    );
}

#[test]
fn wrong_type() {
    let text = builtin("titles.toml").replacen("median = 64000", "median = \"64000\"", 1);
    let line = line_of(&text, "median = \"64000\"");
    let err = check_fails("titles.toml", &text);
    assert!(
        err.contains(&format!(
            "titles.toml:{line}:10: `median` must be a whole number from 0 to 4,294,967,295, not the text \"64000\""
        )),
        "{err}"
    );
}

#[test]
fn negative_pay() {
    let text = builtin("titles.toml").replacen("median = 64000", "median = -64000", 1);
    let line = line_of(&text, "median = -64000");
    let err = check_fails("titles.toml", &text);
    assert!(
        err.contains(&format!(
            "titles.toml:{line}:10: `median` must be a whole number from 0 to 4,294,967,295, not the number -64000"
        )),
        "{err}"
    );
}

#[test]
fn missing_key() {
    let text = builtin("fields.toml").replacen("\ninclination = \"technical\"", "", 1);
    let err = check_fails("fields.toml", &text);
    assert!(err.contains("fields.toml:"), "{err}");
    assert!(err.contains("missing field `inclination`"), "{err}");
    assert!(err.contains("hint: add the key to this table"), "{err}");
}

#[test]
fn unknown_enum_value_lists_the_accepted_ones() {
    let text = builtin("titles.toml").replacen("level = \"entry\"", "level = \"junior\"", 1);
    let line = line_of(&text, "level = \"junior\"");
    let err = check_fails("titles.toml", &text);
    assert!(
        err.contains(&format!("titles.toml:{line}:9: unknown variant `junior`, expected one of `entry`, `mid`, `senior`, `executive`")),
        "{err}"
    );
}

#[test]
fn syntax_error() {
    let text = builtin("skills.toml").replacen("name = \"", "name = \"unterminated\nx", 1);
    let err = check_fails("skills.toml", &text);
    assert!(err.contains("skills.toml:"), "{err}");
    assert!(err.contains("error: DIR/skills.toml:"), "{err}");
}

#[test]
fn dangling_reference_suggests_the_nearest_id() {
    let text =
        builtin("titles.toml").replacen("field = \"informatics\"", "field = \"informatcs\"", 1);
    let line = line_of(&text, "field = \"informatcs\"");
    let err = check_fails("titles.toml", &text);
    assert!(
        err.contains(&format!(
            "titles.toml:{line}:9: there is no field with id `informatcs`"
        )),
        "{err}"
    );
    assert!(err.contains("hint: did you mean `informatics`?"), "{err}");
}

#[test]
fn dangling_source() {
    let text = builtin("fields.toml").replacen(
        "sources = [\"article-2020\"",
        "sources = [\"article-2021\"",
        1,
    );
    let line = line_of(&text, "\"article-2021\"");
    let err = check_fails("fields.toml", &text);
    assert!(err.contains(&format!("fields.toml:{line}:")), "{err}");
    assert!(
        err.contains("there is no source with id `article-2021`"),
        "{err}"
    );
}

#[test]
fn duplicate_id() {
    let text = builtin("skills.toml").replacen("id = \"medical-coding\"", "id = \"billing\"", 1);
    let err = check_fails("skills.toml", &text);
    assert!(err.contains("duplicate skill id `billing`"), "{err}");
}

#[test]
fn duplicate_alias_within_a_kind() {
    let text =
        builtin("fields.toml").replacen("abbreviation = \"HIM\"", "abbreviation = \"HI\"", 1);
    let err = check_fails("fields.toml", &text);
    assert!(
        err.contains("the name `HI` is already used by field `informatics`"),
        "{err}"
    );
}

#[test]
fn impossible_year() {
    let text = builtin("titles.toml").replacen("period = \"2020-03\"", "period = \"1820-03\"", 1);
    let line = line_of(&text, "period = \"1820-03\"");
    let err = check_fails("titles.toml", &text);
    assert!(
        err.contains(&format!(
            "titles.toml:{line}:10: year 1820 is outside 1900-2100"
        )),
        "{err}"
    );
}

#[test]
fn ladder_cycle() {
    let text = builtin("titles.toml").replacen(
        "id = \"chief-information-officer\"",
        "id = \"chief-information-officer\"\nleads_to = [\"health-informatics-specialist\"]",
        1,
    );
    let err = check_fails("titles.toml", &text);
    assert!(err.contains("the ladder has a cycle"), "{err}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = builtin("titles.toml")
        .replacen("\nlevel = ", "\nlevle = ", 1)
        .replacen("soc = \"11-9111\"", "soc = \"11-911\"", 1)
        .replacen("field = \"him\"", "field = \"hmi\"", 1);
    let err = check_fails("titles.toml", &text);
    assert!(err.contains("unknown field `levle`"), "{err}");
    assert!(err.contains("`11-911` is not an SOC code"), "{err}");
    assert!(err.contains("there is no field with id `hmi`"), "{err}");
    assert!(err.contains("error: the data has 3 problems"), "{err}");
}

#[test]
fn an_empty_file_is_refused_with_a_way_out() {
    let err = check_fails("titles.toml", "# nothing yet\n");
    assert!(
        err.contains("titles.toml:1:1: the file defines no [[title]] records"),
        "{err}"
    );
    assert!(
        err.contains("delete the file to use the built-in titles.toml"),
        "{err}"
    );
}

#[test]
fn crlf_line_endings_load() {
    let text = builtin("fields.toml").replace('\n', "\r\n");
    let dir = DataDir::new(&[("fields.toml", &text)]);
    him().arg("check").arg(dir.path()).assert().success();
}
