//! `him search WORDS...`: every record whose texts hold every word (as a word or the start of
//! one, ignoring case), ranked, grouped by kind, the matched words highlighted, each with the
//! command that shows it in full. `words` reads the query and the texts, `texts` lists what a
//! record holds, `find` finds the records a query matches and `rank` ranks each one, `spelling`
//! respells words that match nothing, `pointers` names the commands a query asks about, `view`
//! shows the hits.

mod find;
mod pointers;
mod rank;
mod spelling;
mod texts;
mod view;
mod words;

pub use rank::{Hit, Match};
pub use view::SearchView;

use find::find;
use pointers::{POINTERS, pointers};
use spelling::{NAMED_WORDS, closest_word, nothing_found, respelt, unknown_words, vocabulary};
use texts::index;
use view::Respelling;
use words::{Wanted, read_query};

use crate::domain::Context;
use crate::error::{Result, UsageError};

pub fn query(ctx: &Context<'_>, typed: &[String], all: bool) -> Result<SearchView> {
    let catalog = ctx.catalog;
    let read = read_query(catalog, typed);
    if read.wanted.is_empty() {
        if let Some(word) = read.ignored.first() {
            return Err(UsageError::new(format!(
                "nothing to search for: “{}” {} shorter than three letters",
                read.ignored.join("”, “"),
                if read.ignored.len() == 1 { "is" } else { "are" }
            ))
            .with_hint(format!(
                "give a longer word, or put a short one in double quotes to search for it whole: him search '\"{word}\"'"
            ))
            .into());
        }
        return Err(UsageError::new("give at least one word to search for")
            .with_hint("words are letters and digits: `him search cahiim`")
            .into());
    }
    let records = index(ctx);
    let pointers = pointers(&read.plain);
    let mut wanted = read.wanted.clone();
    let mut corrected: Vec<Respelling> = Vec::new();
    let mut found = find(catalog, &records, &wanted, &read.text);
    // A query of topic words alone (`compensation`) is answered by the commands it points to,
    // not by a near word; any other word that matches nothing is said so.
    let topic_only = !pointers.is_empty()
        && read.wanted.iter().all(|w| {
            POINTERS
                .iter()
                .any(|(words, _)| words.contains(&w.shown.as_str()))
        });
    if found.hits.is_empty() && !topic_only {
        let vocabulary = vocabulary(&records);
        let unknown: Vec<Wanted> = unknown_words(&vocabulary, &wanted)
            .into_iter()
            .cloned()
            .collect();
        // A pasted page is not spelt wrong: its words are not compared with every word of
        // the data.
        let corrections: Vec<Option<String>> = if unknown.len() <= NAMED_WORDS {
            unknown
                .iter()
                .map(|w| closest_word(&vocabulary, &w.shown))
                .collect()
        } else {
            Vec::new()
        };
        match respelt(catalog, &records, &wanted, &unknown, &corrections) {
            Some(again) => (wanted, corrected, found) = again,
            None => {
                let guesses: Vec<String> = corrections.into_iter().flatten().collect();
                return Err(nothing_found(typed, &wanted, &unknown, &guesses).into());
            }
        }
    }
    let mut highlight: Vec<(String, bool)> = Vec::new();
    for w in &wanted {
        for (word, whole) in w.words() {
            if !highlight.iter().any(|(h, _)| h == word) {
                highlight.push((word.to_string(), whole));
            }
        }
    }
    Ok(SearchView {
        words: wanted.iter().map(|w| w.shown.clone()).collect(),
        highlight,
        hits: found.hits,
        records: records.len(),
        all,
        ignored: read.ignored,
        corrected,
        read_as: found.read_as,
        pointers,
    })
}

#[cfg(test)]
mod tests;
