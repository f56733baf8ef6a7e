//! Unit tests of `commands/fit.rs`.

use super::*;
use crate::domain::skills::{Candidate, How, read_skill};

fn catalog() -> Catalog {
    Catalog::builtin().expect("the built-in data loads")
}

fn recognized(catalog: &Catalog, typed: &str) -> Candidate {
    match read_skill(catalog, typed) {
        Reading::Recognized(c) => c,
        other => panic!("`{typed}` read as {other:?}"),
    }
}

#[test]
fn names_synonyms_words_and_word_starts() {
    let catalog = catalog();
    let c = recognized(&catalog, "Data-Analysis");
    assert_eq!((c.id.as_str(), c.how), ("data-analysis", How::Name));
    let c = recognized(&catalog, "databases");
    assert_eq!(c.id, "database-management");
    assert_eq!(c.how.explain(), "the synonym “databases”");
    let c = recognized(&catalog, "SQL");
    assert_eq!(c.id, "database-management");
    assert_eq!(c.how.explain(), "a language for it");
    assert!(c.how.is_reading());
    // Plural endings aside, and as the person wrote it when it differs from the term.
    let c = recognized(&catalog, "REST APIs");
    assert_eq!(c.id, "systems-design-and-development");
    assert_eq!(c.how.explain(), "part of it");
    let c = recognized(&catalog, "clarity");
    assert_eq!(c.id, "data-storage");
    assert_eq!(
        c.how.explain(),
        "“clarity” is a word of “Epic Clarity”, an example of it"
    );
    let c = recognized(&catalog, "programming");
    assert_eq!(c.id, "software-programming");
    // The synonym "databases", a plural ending aside.
    let c = recognized(&catalog, "database");
    assert_eq!(c.id, "database-management");
    assert_eq!(c.how.explain(), "the synonym “databases”");
    let c = recognized(&catalog, "management database");
    assert_eq!(c.id, "database-management");
    let c = recognized(&catalog, "databa");
    assert_eq!(c.how.explain(), "“databa” starts “database” in its name");
    let c = recognized(&catalog, "management database");
    assert_eq!(c.id, "database-management");
    assert_eq!(
        c.how.explain(),
        "“management” and “database” are words of its name"
    );
}

#[test]
fn a_word_several_skills_share_is_ambiguous_never_counted_twice() {
    let catalog = catalog();
    let Reading::Ambiguous { candidates } = read_skill(&catalog, "coding") else {
        panic!("coding should be ambiguous");
    };
    let ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
    // Medical coding, the synonym "coding software" and the term "Coding compliance".
    assert_eq!(
        ids,
        [
            "medical-coding",
            "software-programming",
            "compliance-tracking"
        ]
    );
    // Saying which settles it.
    assert_eq!(recognized(&catalog, "medical coding").id, "medical-coding");
    assert!(matches!(
        read_skill(&catalog, "data"),
        Reading::Ambiguous { .. }
    ));
}

#[test]
fn short_starts_and_unknown_words_are_not_recognized() {
    let catalog = catalog();
    assert!(matches!(
        read_skill(&catalog, "pr"),
        Reading::Unknown { .. }
    ));
    let Reading::Unknown { suggestions } = read_skill(&catalog, "programing") else {
        panic!("a misspelling is not recognized");
    };
    assert_eq!(suggestions[0].skill, "Software programming");
    // A misspelt term suggests the term, with its skill.
    let Reading::Unknown { suggestions } = read_skill(&catalog, "pyhton") else {
        panic!("a misspelt term is not recognized");
    };
    assert_eq!(suggestions[0].text(), "Python (Software programming)");
}

#[test]
fn the_answer_takes_names_and_numbers() {
    let catalog = catalog();
    let mut input = "1, sql ,\n".as_bytes();
    let mut prompt = Vec::new();
    let skills = ask(&catalog, &mut input, &mut prompt).unwrap();
    assert_eq!(
        skills,
        [catalog.data.skills()[0].name.clone(), "sql".to_string()]
    );
    let shown = String::from_utf8(prompt).unwrap();
    assert!(shown.contains("1. Clinical data collection"), "{shown}");
    let mut empty = "\n".as_bytes();
    assert!(ask(&catalog, &mut empty, &mut Vec::new()).is_err());
}
