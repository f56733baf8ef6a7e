//! Unit tests of `wages/areas.rs`.

use super::*;

#[test]
fn place_words_read_saint_and_fort_alike() {
    assert_eq!(place_words("St. Louis, MO"), ["st", "louis", "mo"]);
    assert_eq!(place_words("saint louis"), ["st", "louis"]);
    assert_eq!(place_words("Ft. Worth"), ["fort", "worth"]);
    assert_eq!(place_words("the Bay Area"), ["bay", "area"]);
    assert_eq!(place_words("  ,. "), Vec::<String>::new());
}

#[test]
fn a_metro_name_lists_its_cities_and_states() {
    let id = AreaId(0);
    let metro = MetroName::of(id, "Chicago-Naperville-Elgin, IL-IN");
    assert_eq!(metro.cities, ["chicago", "naperville", "elgin"]);
    assert_eq!(metro.states, ["il", "in"]);
    let boise = MetroName::of(id, "Boise City, ID");
    assert!(boise.has_city("boise") && boise.has_city("boise city"));
    let louisville = MetroName::of(id, "Louisville/Jefferson County, KY-IN");
    assert!(louisville.has_city("jefferson county"));
    assert_eq!(
        city_state("New York-Newark-Jersey City, NY-NJ"),
        "New York, NY"
    );
}

#[test]
fn a_query_splits_into_city_and_state_either_way() {
    let words = place_words("chicago il");
    assert_eq!(city_and_state(&words), [("chicago".into(), "il".into())]);
    let words = place_words("IL, Chicago");
    assert_eq!(city_and_state(&words), [("chicago".into(), "il".into())]);
    let words = place_words("raleigh north carolina");
    assert!(city_and_state(&words).contains(&("raleigh".into(), "nc".into())));
}

#[test]
fn a_metro_name_has_a_word_in_any_case() {
    assert!(has_word("Kansas City, MO-KS", "kansas"));
    assert!(has_word("Kansas City, MO-KS", "mo"));
    assert!(has_word(
        "Washington-Arlington-Alexandria, DC-VA-MD-WV",
        "arlington"
    ));
    assert!(!has_word("Chicago-Naperville-Elgin, IL-IN", "illinois"));
    // A whole word, not a part of one.
    assert!(!has_word("Boston-Cambridge-Newton, MA-NH", "bost"));
    assert!(!has_word("Boston-Cambridge-Newton, MA-NH", "ton"));
    assert!(has_word("Cañon City, CO", "cañon"));
}
