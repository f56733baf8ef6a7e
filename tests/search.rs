//! `him search` as a user runs it: word-start matching, every word, case, ranking, the
//! commands it gives, and exit 3 when nothing matches.

mod common;

use common::{DataDir, builtin, failure, him, json_of, stdout_of};
use serde_json::Value;

fn search_json(words: &[&str]) -> Value {
    json_of(him().arg("search").args(words))
}

/// `kind:id` of every hit, best first.
fn hits(words: &[&str]) -> Vec<String> {
    search_json(words)
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            format!(
                "{}:{}",
                h["kind"].as_str().unwrap(),
                h["id"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_word_matches_a_word_or_the_start_of_one() {
    let found = hits(&["prog"]);
    assert!(
        found.contains(&"skill:software-programming".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"course:programming-for-health-analytics".to_string()),
        "{found:?}"
    );
    // The middle of a word is not the start of one.
    assert_eq!(failure(him().args(["search", "rammin"])).0, 3);
}

#[test]
fn every_word_must_match() {
    let cahiim = hits(&["cahiim"]);
    let both = hits(&["cahiim", "associate"]);
    assert!(!both.is_empty());
    assert!(both.len() < cahiim.len(), "{both:?} vs {cahiim:?}");
    assert!(both.iter().all(|h| cahiim.contains(h)), "{both:?}");
    assert!(both.contains(&"credential:rhit".to_string()), "{both:?}");
    assert!(!both.contains(&"credential:chda".to_string()), "{both:?}");
    // The words may sit in different texts of one record.
    let json = search_json(&["rhia", "manager"]);
    let manager = json
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "health-information-manager")
        .expect("the title whose typical credential is RHIA");
    let fields: Vec<&str> = manager["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"name") && fields.contains(&"credentials"),
        "{fields:?}"
    );
}

#[test]
fn case_and_punctuation_do_not_matter() {
    assert_eq!(hits(&["CAHIIM"]), hits(&["cahiim"]));
    assert_eq!(hits(&["Decision-Making"]), hits(&["decision", "making"]));
    assert_eq!(hits(&["bachelors"]), hits(&["BACHELOR'S"]));
}

#[test]
fn names_rank_above_notes_and_more_fields_rank_higher() {
    // The two records named "medical coding" come first: the skill, and the kind of
    // experience `him eligible --experience` takes.
    let found = hits(&["medical", "coding"]);
    let mut first_two = found[..2].to_vec();
    first_two.sort();
    assert_eq!(
        first_two,
        ["experience:coding", "skill:medical-coding"],
        "{found:?}"
    );
    let json = search_json(&["cahiim"]);
    assert_eq!(json[0]["id"], "cahiim");
    assert_eq!(json[0]["kind"], "organization");
    // The hundreds of the score say where the words are: in order, whatever the kind.
    let places: Vec<u64> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_u64().unwrap() / 100)
        .collect();
    assert!(places.windows(2).all(|w| w[0] >= w[1]), "{places:?}");
}

#[test]
fn a_match_in_a_name_ranks_above_any_other_and_titles_come_first_among_equals() {
    // The title "Data analyst" above the courses and specializations that only mention data.
    let found = hits(&["data"]);
    assert_eq!(found[0], "title:data-analyst", "{found:?}");
    let first_mention = found
        .iter()
        .position(|h| h == "course:programming-for-health-analytics")
        .expect("a course whose summary mentions data");
    let named_course = found
        .iter()
        .position(|h| h == "course:healthcare-data-analytics")
        .expect("a course named for data");
    assert!(named_course < first_mention, "{found:?}");
    let spec = found
        .iter()
        .position(|h| h == "specialization:public-health-informatics")
        .expect("a specialization whose summary mentions data");
    assert!(found.iter().position(|h| h == "title:data-analyst") < Some(spec));
    // Among records named alike, titles first, then fields.
    let informatics = hits(&["informatics"]);
    let first_field = informatics.iter().position(|h| h.starts_with("field:"));
    let first_title = informatics.iter().position(|h| h.starts_with("title:"));
    let first_credential = informatics
        .iter()
        .position(|h| h.starts_with("credential:"));
    assert_eq!(first_title, Some(0), "{informatics:?}");
    assert!(first_field < first_credential, "{informatics:?}");
}

#[test]
fn json_gives_kind_id_name_score_matches_and_the_command() {
    let json = search_json(&["sql"]);
    let hit = &json[0];
    let mut keys: Vec<&str> = hit
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["command", "id", "kind", "matches", "name", "score"]);
    assert_eq!(hit["kind"], "skill");
    assert_eq!(hit["id"], "database-management");
    assert_eq!(
        hit["matches"][0],
        serde_json::json!({"field": "languages", "text": "SQL"})
    );
    assert_eq!(hit["command"], "him show database-management");
    // The whole of a term (200), in two fields (languages, examples: 5 each), the whole of a
    // text (10).
    assert_eq!(hit["score"], 220);
}

#[test]
fn every_command_given_shows_the_record() {
    for hit in search_json(&["health", "information"]).as_array().unwrap() {
        let command = hit["command"].as_str().unwrap();
        let args: Vec<&str> = command.split(' ').skip(1).collect();
        let json: Value = json_of(him().args(&args));
        assert_eq!(json["id"], hit["id"], "{command}");
        assert_eq!(json["kind"], hit["kind"], "{command}");
    }
}

#[test]
fn nothing_found_exits_3_with_a_hint() {
    let (code, stderr) = failure(him().args(["search", "zebra"]));
    assert_eq!(code, 3);
    assert!(
        stderr.contains("error: nothing matches `zebra`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: no word in the data starts with it"),
        "{stderr}"
    );

    let (code, stderr) = failure(him().args(["search", "cahiim", "zebra"]));
    assert_eq!(code, 3);
    assert!(stderr.contains("starts with `zebra`"), "{stderr}");

    // Each word matches something, never together.
    let (code, stderr) = failure(him().args(["search", "genomic", "billing"]));
    assert_eq!(code, 3);
    assert!(stderr.contains("no record has them all"), "{stderr}");

    assert_eq!(failure(him().args(["search", "--", "--"])).0, 2);
}

#[test]
fn matched_words_are_highlighted_on_colour_only() {
    let plain = stdout_of(him().args(["search", "genomic"]));
    assert!(!plain.contains('\x1b'), "{plain}");
    assert!(plain.contains("skills: Genomic data analysis"), "{plain}");
    let coloured = stdout_of(him().args(["search", "genomic", "--color", "always"]));
    // Bold red, like grep's matches.
    assert!(
        coloured.contains("\x1b[31;1mGenomic\x1b[0m"),
        "{coloured:?}"
    );
    let markdown = stdout_of(him().args(["search", "genomic", "--format", "markdown"]));
    assert!(markdown.contains("aliases: **genomics**"), "{markdown}");
    // `genomic` is read as the skill Genomic data analysis, marked whole where it is named.
    assert!(
        markdown.contains("skills: **Genomic data analysis**"),
        "{markdown}"
    );
}

#[test]
fn results_are_grouped_by_kind() {
    let out = stdout_of(him().args(["search", "coding", "--width", "100"]));
    let headings: Vec<&str> = out
        .lines()
        .filter(|l| l.ends_with(')') && !l.starts_with(' ') && l.contains(" ("))
        .filter(|l| {
            l.split(" (").count() == 2
                && l.split(" (")
                    .nth(1)
                    .unwrap()
                    .trim_end_matches(')')
                    .parse::<u32>()
                    .is_ok()
        })
        .collect();
    assert_eq!(
        headings,
        [
            // Named "coding": credentials, then skills, then sources.
            "Credentials (3)",
            "Skills (2)",
            "Sources (4)",
            // The kind of experience `--experience coding=N` reads, by one of its other names.
            "Experience kinds (1)",
            // Mentioning it: the field that expects Medical coding, then the rest.
            "Fields (1)",
            "More credentials (6)",
            "More skills (1)",
            "Courses (1)",
            "Organizations (1)"
        ],
        "{out}"
    );
}

#[test]
fn csv_lists_the_hits() {
    let out = stdout_of(him().args(["search", "proviso", "--format", "csv"]));
    assert_eq!(
        out,
        "kind,id,name,score,fields,command\n\
         credential,rhia,RHIA (Registered Health Information Administrator),1,note,him show rhia\n\
         source,ahima-rhia-mirror,\"Registered Health Information Administrator (RHIA), an older page\",1,note,him show ahima-rhia-mirror\n"
    );
}

#[test]
fn search_snapshot() {
    let out = stdout_of(him().args(["search", "coding", "--width", "80"]));
    insta::assert_snapshot!("search_coding_80", out);
}

#[test]
fn a_record_whose_id_names_another_too_gets_show_with_its_kind() {
    // A skill that also answers to `consultant`, the id of a title.
    let skills = common::builtin("skills.toml").replace(
        "aliases = [\"purchasing\"]",
        "aliases = [\"purchasing\", \"consultant\"]",
    );
    let dir = common::DataDir::new(&[("skills.toml", &skills)]);
    let json_with =
        |args: &[&str]| -> Value { json_of(him().arg("--data").arg(dir.path()).args(args)) };
    let json = json_with(&["search", "consultant"]);
    let command = |id: &str| {
        json.as_array()
            .unwrap()
            .iter()
            .find(|h| h["id"] == id)
            .map(|h| h["command"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(command("consultant"), "him show --kind title consultant");
    assert_eq!(command("procurement"), "him show procurement");
    let shown = json_with(&["show", "--kind", "title", "consultant"]);
    assert_eq!(shown["kind"], "title");
}

#[test]
fn a_pasted_page_is_answered_and_echoed_short() {
    let page: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
    let (code, stderr) = failure(him().arg("search").args(&page));
    assert_eq!(code, 3);
    assert!(stderr.len() < 400, "{stderr:.400}");
    assert!(stderr.contains("characters)`"), "{stderr}");
    // `w0` to `w9` are left out, shorter than three letters.
    assert!(stderr.contains("and 4985 more"), "{stderr}");
}

/// The first line of `him search WORDS` on a terminal of 100 columns, and the exit code.
fn first_line(words: &[&str]) -> (String, Option<i32>) {
    let output = him()
        .arg("search")
        .args(words)
        .args(["--width", "100"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    (
        stdout.lines().next().unwrap_or("").to_string(),
        output.status.code(),
    )
}

#[test]
fn a_query_that_reads_as_a_skill_finds_the_skill_and_what_needs_it() {
    assert_eq!(
        first_line(&["developer"]),
        (
            "13 records with “developer”, read as the skill Software programming".to_string(),
            Some(0)
        )
    );
    assert_eq!(
        first_line(&["software engineer"]).0,
        "13 records with “software” and “engineer”, read as the skill Software programming"
    );
    let found = hits(&["developer"]);
    assert_eq!(found[0], "skill:software-programming", "{found:?}");
    for needs in [
        "field:informatics",
        "course:programming-for-health-analytics",
        "title:health-informatics-specialist",
        "title:chief-information-officer",
    ] {
        assert!(found.contains(&needs.to_string()), "{needs}: {found:?}");
    }
    // No HIM title: its field does not expect programming.
    assert!(
        !found.contains(&"title:him-analyst".to_string()),
        "{found:?}"
    );
    let json = search_json(&["developer"]);
    let title = json
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "systems-analyst")
        .unwrap();
    assert_eq!(
        title["matches"],
        serde_json::json!([{"field": "its field expects", "text": "Software programming"}])
    );
    // A specialization's title, through its specialization.
    let nurse = hits(&["registered nurse"]);
    assert!(
        nurse.contains(&"title:nursing-informatics-specialist".to_string()),
        "{nurse:?}"
    );
}

#[test]
fn a_word_that_matches_nothing_is_replaced_by_the_nearest_word_of_the_data() {
    let (line, code) = first_line(&["informatcs"]);
    assert_eq!(code, Some(0));
    assert!(
        line.starts_with("“informatcs” matches nothing; ")
            && line.ends_with(" records with “informatics” instead"),
        "{line}"
    );
    assert_eq!(hits(&["informatcs"]), hits(&["informatics"]));
    // Scripts get the same records, and the change on stderr.
    let output = him()
        .args(["search", "informatcs", "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("warning: “informatcs” matches nothing: searched for “informatics”"),
        "{stderr}"
    );
    // A word with nothing near it is still nothing found, and a near word is named.
    let (code, stderr) = failure(him().args(["search", "informatcs", "zebra"]));
    assert_eq!(code, 3);
    assert!(stderr.contains("(did you mean `informatics`?)"), "{stderr}");
}

#[test]
fn short_words_are_left_out_unless_quoted_or_a_name() {
    let (code, stderr) = failure(him().args(["search", "a"]));
    assert_eq!(code, 2);
    assert!(
        stderr.contains("error: nothing to search for: “a” is shorter than three letters"),
        "{stderr}"
    );
    assert!(stderr.contains("him search '\"a\"'"), "{stderr}");
    // With another word, the short one is left out and said so.
    let out = stdout_of(him().args(["search", "a", "cahiim", "--width", "100"]));
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .starts_with("Left out “a”: shorter than three letters"),
        "{out}"
    );
    assert_eq!(hits(&["a", "cahiim"]), hits(&["cahiim"]));
    // Quoted, it is searched for as a whole word: "a" is not the start of "associate".
    let quoted = search_json(&["\"a\""]);
    assert!(!quoted.as_array().unwrap().is_empty());
    for hit in quoted.as_array().unwrap() {
        let texts: Vec<String> = hit["matches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["text"].as_str().unwrap().to_lowercase())
            .collect();
        assert!(
            texts
                .iter()
                .any(|t| t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "a")),
            "{texts:?}"
        );
    }
    // A short whole name is searched for: HI, the abbreviation of Health informatics.
    assert_eq!(hits(&["hi"])[0], "field:informatics");
}

#[test]
fn a_search_that_lists_most_of_the_data_shows_the_first_screen() {
    // A user's titles file with 300 more titles named alike: "widget" is in most records.
    let mut titles = builtin("titles.toml");
    for n in 0..300 {
        titles.push_str(&format!(
            "\n[[title]]\nid = \"widget-{n}\"\nname = \"Widget maker {n}\"\nfield = \"him\"\nlevel = \"entry\"\nsoc = \"29-2072\"\nsources = [\"him-editorial\"]\n"
        ));
    }
    let dir = DataDir::new(&[("titles.toml", &titles)]);
    let search = |extra: &[&str]| {
        let mut cmd = him();
        cmd.arg("--data")
            .arg(dir.path())
            .args(["search", "widget", "--width", "100"])
            .args(extra);
        cmd
    };
    let out = stdout_of(&mut search(&[]));
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with(
            "300 of the 506 records have “widget”: most of the data, the first 10 are shown"
        ),
        "{first}"
    );
    assert!(
        out.contains("more not shown: add a word to narrow the search, or give --all"),
        "{out}"
    );
    let all = stdout_of(&mut search(&["--all"]));
    assert!(all.lines().count() > out.lines().count() * 3, "{all}");
    assert!(all.starts_with("300 records with “widget”"), "{all:.200}");
    // Scripts always get every hit.
    let json: Vec<Value> = json_of(&mut search(&[]));
    assert_eq!(json.len(), 300);
}

#[test]
fn pay_and_credential_words_point_to_the_command_that_answers_them() {
    for (word, command) in [
        ("salary", "Pay: him salary"),
        ("wages", "Pay: him salary"),
        ("pay", "Pay: him salary"),
        ("certification", "Credentials: him credentials "),
        (
            "accredited",
            "Accreditation: him credentials --requires cahiim",
        ),
    ] {
        let out = stdout_of(him().args(["search", word, "--width", "100"]));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[1], "Commands that answer this", "{word}: {out}");
        assert!(lines[2].starts_with(command), "{word}: {out}");
    }
    // JSON is the records alone.
    let json = search_json(&["salary"]);
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .all(|h| h["kind"] == "source")
    );
    // A topic word no record has is answered by the command alone, not by a near word.
    let out = stdout_of(him().args(["search", "compensation", "--width", "100"]));
    assert!(
        out.starts_with("No record has “compensation”\nCommands that answer this\nPay: him salary"),
        "{out}"
    );
}

#[test]
fn a_hyphenated_word_matches_either_spelling() {
    let hyphen = hits(&["high-school"]);
    assert!(hyphen.contains(&"credential:cca".to_string()), "{hyphen:?}");
    assert_eq!(hits(&["highschool"]), hyphen);
    // Its parts are whole words: `high` does not match `higher`.
    assert!(
        !hyphen.contains(&"credential:chda".to_string()),
        "{hyphen:?}"
    );
    let coloured = stdout_of(him().args(["search", "highschool", "--color", "always"]));
    assert!(
        coloured.contains("\x1b[31;1mhigh-school\x1b[0m"),
        "{coloured:?}"
    );
    // And a hyphenated name in the data is found as one word.
    assert!(hits(&["ccsp"]).contains(&"credential:ccs-p".to_string()));
}
