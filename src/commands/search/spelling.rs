//! Words that match nothing: the search again with each one respelt as the nearest word of the
//! data, or the error that says which words nothing has.

use super::find::{Found, find};
use super::texts::Record;
use super::view::Respelling;
use super::words::{MIN_WORD, Wanted, has_word};
use crate::catalog::Catalog;
use crate::error::NothingFound;
use crate::text::{ECHOED_NAME, and_list, clip, or_list};

/// The search again with each word that matches nothing replaced by its correction, when
/// every such word has one and the new search finds something: the words searched for, the
/// replacements (typed, used) and what was found.
pub(super) fn respelt(
    catalog: &Catalog,
    records: &[Record],
    wanted: &[Wanted],
    unknown: &[Wanted],
    corrections: &[Option<String>],
) -> Option<(Vec<Wanted>, Vec<Respelling>, Found)> {
    if unknown.is_empty() || corrections.len() != unknown.len() {
        return None;
    }
    let fixes: Vec<Respelling> = unknown
        .iter()
        .zip(corrections)
        .map(|(w, c)| Some((w.shown.clone(), c.clone()?)))
        .collect::<Option<_>>()?;
    let fixed: Vec<Wanted> = wanted
        .iter()
        .map(
            |w| match fixes.iter().find(|(typed, _)| *typed == w.shown) {
                Some((_, used)) => Wanted::word(used, w.whole),
                None => w.clone(),
            },
        )
        .collect();
    let text: Vec<&str> = fixed.iter().map(|w| w.shown.as_str()).collect();
    let found = find(catalog, records, &fixed, &text.join(" "));
    (!found.hits.is_empty()).then_some((fixed, fixes, found))
}

/// At most this many unknown words are named in a hint, or corrected.
pub(super) const NAMED_WORDS: usize = 5;

/// Every word of the data, sorted.
pub(super) fn vocabulary(records: &[Record]) -> Vec<&str> {
    let mut vocabulary: Vec<&str> = records
        .iter()
        .flat_map(|r| r.texts.iter().flat_map(|(_, words)| words.iter()))
        .collect();
    vocabulary.sort_unstable();
    vocabulary.dedup();
    vocabulary
}

/// The wanted words no word of the data is, or starts with.
pub(super) fn unknown_words<'w>(vocabulary: &[&str], wanted: &'w [Wanted]) -> Vec<&'w Wanted> {
    wanted
        .iter()
        .filter(|w| !w.found(|word, whole| has_word(vocabulary, word, whole, |v| v.as_bytes())))
        .collect()
}

/// The word of the data closest to a word that matches nothing (`informatcs`: `informatics`),
/// if one is close enough; the first in order among equally close ones.
pub(super) fn closest_word(vocabulary: &[&str], word: &str) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for &candidate in vocabulary.iter().filter(|v| v.len() >= MIN_WORD) {
        if let Some(score) = crate::text::fuzzy::similarity(word, candidate)
            && best.is_none_or(|(b, _)| score > b)
        {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, word)| word.to_string())
}

/// Why nothing matched: a word nothing has, or words no one record has together.
pub(super) fn nothing_found(
    typed: &[String],
    wanted: &[Wanted],
    unknown: &[Wanted],
    guesses: &[String],
) -> NothingFound {
    let message = format!("nothing matches `{}`", clip(&typed.join(" "), ECHOED_NAME));
    let hint = if unknown.is_empty() {
        "each word matches some record, but no record has them all: try fewer words".to_string()
    } else {
        let guesses: Vec<String> = guesses.iter().map(|w| format!("`{w}`")).collect();
        let guess = if guesses.is_empty() {
            String::new()
        } else {
            format!(" (did you mean {}?)", or_list(&guesses))
        };
        if wanted.len() == 1 {
            format!(
                "no word in the data starts with it{guess}: check the spelling, or try a shorter start"
            )
        } else {
            let mut named: Vec<String> = unknown
                .iter()
                .take(NAMED_WORDS)
                .map(|w| format!("`{}`", clip(&w.shown, ECHOED_NAME)))
                .collect();
            if unknown.len() > NAMED_WORDS {
                named.push(format!("{} more", unknown.len() - NAMED_WORDS));
            }
            format!(
                "no word in the data starts with {}{guess}: check the spelling, or leave {} out",
                and_list(&named),
                if unknown.len() == 1 { "it" } else { "them" }
            )
        }
    };
    NothingFound::new(message).with_hint(hint)
}
