//! Unit tests of `commands/search/`: how a text splits into words, and how the matched words
//! are highlighted and cut out of a long text.

use super::words::{EXCERPT, excerpt, highlighted, words_of};
use crate::output::Tone;

#[test]
fn words_are_letters_and_digits_lowercased() {
    let words: Vec<String> = words_of("A bachelor’s degree, CCS-P (2020)")
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    assert_eq!(words, ["a", "bachelors", "degree", "ccs", "p", "2020"]);
}

#[test]
fn matched_words_are_highlighted_whole() {
    let query = vec![("prog".to_string(), false)];
    assert_eq!(
        highlighted("Software programming, progress", &query, Tone::Plain),
        vec![
            ("Software ".to_string(), Tone::Plain),
            ("programming".to_string(), Tone::Match),
            (", ".to_string(), Tone::Plain),
            ("progress".to_string(), Tone::Match),
        ]
    );
}

#[test]
fn long_texts_are_cut_around_the_first_match() {
    let text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen target eighteen nineteen twenty twenty-one twenty-two twenty-three";
    let shown = excerpt(text, &[("target".to_string(), false)]);
    assert!(shown.starts_with("…fourteen"), "{shown}");
    assert!(shown.contains("target"), "{shown}");
    assert!(shown.chars().count() <= EXCERPT + 2, "{shown}");
}
