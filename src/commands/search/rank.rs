//! How one record matches a query and ranks: where the words are in it (its names or
//! elsewhere), the fields that hold them, and the hit that shows it, with the command that shows
//! the record in full.

use serde::Serialize;

use super::texts::{ALIAS, Record, TERMS_JOINED};
use super::words::{Wanted, Words, words_of};
use crate::catalog::{Catalog, EntityRef};

/// Added when the words are the whole of a name, alias or term.
const WHOLE_NAME: u32 = 10;
/// How far apart the ranks are: a record's rank is its place (`Rank`) times this, plus the
/// weights of the texts it matched in, which never reach it.
pub(super) const RANK_STEP: u32 = 100;

#[derive(Clone, Debug, Serialize)]
pub struct Match {
    pub field: &'static str,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Hit {
    pub kind: &'static str,
    pub id: String,
    pub name: String,
    /// How well the record matched: hundreds for where the words are (300 the whole of a name,
    /// 200 all in its names or the whole of a term, 100 some in its names, 0 elsewhere), the
    /// rest for the fields that hold them. Hits are in order of the hundreds, then of kind
    /// (titles and fields first), then of the score.
    pub score: u32,
    pub matches: Vec<Match>,
    /// The command that shows the record in full.
    pub command: String,
    #[serde(skip)]
    pub(super) entity: EntityRef,
}

impl Hit {
    pub(super) fn named(&self) -> bool {
        self.score >= RANK_STEP
    }
}

/// Where the words are in a record, best first: the whole of a name, all in its names (or the
/// whole of a term), some in its names, elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Elsewhere = 0,
    PartlyNamed = 1,
    Named = 2,
    WholeName = 3,
}

/// The record's hit when its texts hold every wanted word.
pub(super) fn search_record(catalog: &Catalog, record: &Record, wanted: &[Wanted]) -> Option<Hit> {
    if !wanted.iter().all(|w| record.has(w)) {
        return None;
    }
    let mut matches: Vec<Match> = Vec::new();
    let mut fields: Vec<(&'static str, u32)> = Vec::new();
    let mut whole_name = false;
    let mut whole_term = false;
    let mut in_names = vec![false; wanted.len()];
    for (text, text_words) in &record.texts {
        let held: Vec<bool> = wanted
            .iter()
            .map(|w| w.words().any(|(word, whole)| text_words.has(word, whole)))
            .collect();
        if !held.contains(&true) {
            continue;
        }
        if text.names_it {
            for (seen, here) in in_names.iter_mut().zip(&held) {
                *seen |= here;
            }
        }
        // The names of a list that hold a wanted word, or the text itself.
        let pieces: Vec<&str> = if text.list {
            text.text
                .split(TERMS_JOINED)
                .filter(|piece| {
                    let words = Words::of(piece);
                    wanted
                        .iter()
                        .any(|w| w.words().any(|(word, whole)| words.has(word, whole)))
                })
                .collect()
        } else {
            vec![text.text.as_str()]
        };
        if text.weight >= ALIAS && pieces.iter().any(|piece| is_whole(piece, wanted)) {
            if text.names_it {
                whole_name = true;
            } else {
                whole_term = true;
            }
        }
        if !fields.iter().any(|(f, _)| *f == text.field) {
            fields.push((text.field, text.weight));
        }
        for piece in pieces {
            matches.push(Match {
                field: text.field,
                text: piece.to_string(),
            });
        }
    }
    let rank = if whole_name {
        Rank::WholeName
    } else if whole_term || in_names.iter().all(|&n| n) {
        Rank::Named
    } else if in_names.contains(&true) {
        Rank::PartlyNamed
    } else {
        Rank::Elsewhere
    };
    let weights = fields.iter().map(|(_, w)| w).sum::<u32>()
        + if whole_name || whole_term {
            WHOLE_NAME
        } else {
            0
        };
    Some(hit(
        catalog,
        record.entity,
        rank as u32 * RANK_STEP + weights.min(RANK_STEP - 1),
        matches,
    ))
}

/// Whether the wanted words are the whole of `text`, in order (`medical coding` is the whole
/// of the name Medical coding).
fn is_whole(text: &str, wanted: &[Wanted]) -> bool {
    let words: Vec<String> = words_of(text).into_iter().map(|(_, w)| w).collect();
    let mut at = 0;
    for w in wanted {
        let fits = w.ways.iter().find_map(|way| {
            let end = at + way.words.len();
            (end <= words.len() && words[at..end] == way.words[..]).then_some(end)
        });
        match fits {
            Some(end) => at = end,
            None => return false,
        }
    }
    at == words.len()
}

pub(super) fn hit(catalog: &Catalog, entity: EntityRef, score: u32, matches: Vec<Match>) -> Hit {
    let named = catalog.named(entity);
    Hit {
        kind: entity.kind.table_key(),
        id: named.id().to_string(),
        name: named.label(),
        score,
        matches,
        command: show_command(catalog, entity),
        entity,
    }
}

/// `him show ID`, or `him show --kind K ID` when the id alone names another record first.
fn show_command(catalog: &Catalog, entity: EntityRef) -> String {
    let id = catalog.named(entity).id();
    if crate::domain::lookup::resolve(catalog, id, None).ok() == Some(entity) {
        format!("him show {id}")
    } else {
        format!("him show --kind {} {id}", entity.kind.table_key())
    }
}
