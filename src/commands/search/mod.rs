//! `him search WORDS...`: every record whose texts hold every word (as a word or the start of
//! one, ignoring case), ranked, grouped by kind, the matched words highlighted, each with the
//! command that shows it in full. `words` reads the query and the texts, `texts` lists what a
//! record holds, `pointers` the commands a query asks about, `view` shows the hits.

mod pointers;
mod texts;
mod view;
mod words;

use pointers::{POINTERS, Pointer, pointers};
use texts::{ALIAS, MAIN, TERMS_JOINED, Text, texts};
use words::{MIN_WORD, Wanted, Words, has_word, read_query, words_of};

use crate::error::Result;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::EntityRef;
use crate::data::Kind;
use crate::domain::Context;
use crate::error::{NothingFound, UsageError};
use crate::text::{ECHOED_NAME, clip};
use crate::text::{and_list, or_list};

/// Added when the words are the whole of a name, alias or term.
const WHOLE_NAME: u32 = 10;
/// How far apart the ranks are: a record's rank is its place (`Rank`) times this, plus the
/// weights of the texts it matched in, which never reach it.
const RANK_STEP: u32 = 100;

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
    entity: EntityRef,
}

impl Hit {
    fn named(&self) -> bool {
        self.score >= RANK_STEP
    }
}

pub struct SearchView {
    /// What was searched for, as shown (after any correction).
    words: Vec<String>,
    /// Words a text is highlighted by: (word, whole).
    highlight: Vec<(String, bool)>,
    hits: Vec<Hit>,
    /// How many records the data has, to say when a query lists most of them.
    records: usize,
    /// List every hit even when they are most of the data (`--all`).
    all: bool,
    ignored: Vec<String>,
    corrected: Vec<Respelling>,
    /// The skill the whole query was read as, whose records are found too.
    read_as: Option<String>,
    pointers: Vec<Pointer>,
}

impl SearchView {
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// What was left out or changed, for stderr when the output is for a script.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if !self.ignored.is_empty() {
            warnings.push(self.ignored_note());
        }
        if !self.corrected.is_empty() {
            warnings.push(self.corrected_note());
        }
        warnings
    }

    fn ignored_note(&self) -> String {
        let quoted: Vec<String> = self.ignored.iter().map(|w| format!("“{w}”")).collect();
        format!(
            "left out {}: shorter than three letters (put a word in double quotes to search for it whole: '\"{}\"')",
            and_list(&quoted),
            self.ignored[0]
        )
    }

    fn corrected_note(&self) -> String {
        let pairs: Vec<String> = self
            .corrected
            .iter()
            .map(|(typed, used)| {
                format!(
                    "“{}” matches nothing: searched for “{used}”",
                    clip(typed, ECHOED_NAME)
                )
            })
            .collect();
        pairs.join("; ")
    }
}

/// A word that matched nothing, and the word of the data searched for instead.
type Respelling = (String, String);

/// The most hits a query that lists most of the data shows, unless asked for all.
const FIRST_SCREEN: usize = 10;

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

/// The search again with each word that matches nothing replaced by its correction, when
/// every such word has one and the new search finds something: the words searched for, the
/// replacements (typed, used) and what was found.
fn respelt(
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

/// The hits of a query, and the skill it was read as.
struct Found {
    hits: Vec<Hit>,
    read_as: Option<String>,
}

/// Every record that has every wanted word, and, when the whole query reads as one skill, the
/// records that expect or teach that skill; ranked.
fn find(catalog: &Catalog, records: &[Record], wanted: &[Wanted], text: &str) -> Found {
    let mut hits: Vec<Hit> = records
        .iter()
        .filter_map(|record| search_record(catalog, record, wanted))
        .collect();
    let skill = match crate::domain::skills::Vocabulary::new(catalog).recognize(text) {
        // A short word (`it`) is read as a skill only when it is the whole of a term (`R`).
        Some(c)
            if !c.how.by_word_starts()
                && (matches!(c.how, crate::domain::skills::How::Term { .. })
                    || wanted.iter().all(|w| w.shown.chars().count() >= MIN_WORD)) =>
        {
            catalog.data.skills().iter().position(|s| s.id == c.id)
        }
        _ => None,
    };
    if let Some(index) = skill {
        for (entity, found) in needing(catalog, index) {
            if !hits.iter().any(|h| h.entity == entity) {
                hits.push(hit(catalog, entity, MAIN, vec![found]));
            }
        }
    }
    // Each key is worked out once, not at every comparison (a name lowered each time).
    hits.sort_by_cached_key(|hit| {
        (
            std::cmp::Reverse(hit.score / RANK_STEP),
            kind_order(hit.entity.kind),
            std::cmp::Reverse(hit.score),
            hit.name.to_lowercase(),
        )
    });
    Found {
        hits,
        read_as: skill.map(|i| catalog.data.skills()[i].name.clone()),
    }
}

/// Among hits whose words are in the same place (a name, elsewhere), titles and fields first:
/// they are what a person decides between.
fn kind_order(kind: Kind) -> u8 {
    match kind {
        Kind::Title => 0,
        Kind::Field => 1,
        Kind::Specialization => 2,
        Kind::Credential => 3,
        Kind::Skill => 4,
        Kind::Course => 5,
        Kind::Organization => 6,
        Kind::Source => 7,
        Kind::Experience => 8,
        Kind::Occupation | Kind::Area => 9,
    }
}

/// The skill at `index` and the records that need it: the fields and specializations that
/// expect it, the courses that teach it, and the titles of those fields and specializations,
/// each with the match that says why.
fn needing(catalog: &Catalog, index: usize) -> Vec<(EntityRef, Match)> {
    let data = &catalog.data;
    let skill = &data.skills()[index];
    let entity = |kind, index| EntityRef { kind, index };
    let named = |field: &'static str| Match {
        field,
        text: skill.name.clone(),
    };
    let mut out = vec![(entity(Kind::Skill, index), named("read as"))];
    for (i, field) in data.fields().iter().enumerate() {
        if field.skills.contains(&skill.id) {
            out.push((entity(Kind::Field, i), named("skills")));
        } else if field.workflows.contains(&skill.id) {
            out.push((entity(Kind::Field, i), named("workflows")));
        }
    }
    for (i, spec) in data.specializations().iter().enumerate() {
        if spec.skills.contains(&skill.id) {
            out.push((entity(Kind::Specialization, i), named("skills")));
        }
    }
    for (i, course) in data.courses().iter().enumerate() {
        if course.teaches.contains(&skill.id) {
            out.push((entity(Kind::Course, i), named("teaches")));
        }
    }
    let field_expects = |id: &str| {
        catalog
            .field(id)
            .is_some_and(|f| f.skills.contains(&skill.id) || f.workflows.contains(&skill.id))
    };
    let specialization_expects = |id: &Option<String>| {
        id.as_deref()
            .and_then(|id| catalog.specialization(id))
            .is_some_and(|spec| spec.skills.contains(&skill.id))
    };
    for (i, title) in data.titles().iter().enumerate() {
        if field_expects(&title.field) {
            out.push((entity(Kind::Title, i), named("its field expects")));
        } else if specialization_expects(&title.specialization) {
            out.push((entity(Kind::Title, i), named("its specialization expects")));
        }
    }
    out
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

/// A record's texts, each with its words.
struct Record {
    entity: EntityRef,
    texts: Vec<(Text, Words)>,
}

impl Record {
    fn has(&self, wanted: &Wanted) -> bool {
        wanted.found(|word, whole| self.texts.iter().any(|(_, words)| words.has(word, whole)))
    }
}

/// Whether search looks through a kind: occupations and area names are reference tables, shown
/// through the titles and areas that use them (`him show 15-1211`, `him salary --list-areas`).
fn searched(kind: Kind) -> bool {
    !matches!(kind, Kind::Occupation | Kind::Area)
}

fn index(ctx: &Context<'_>) -> Vec<Record> {
    Kind::ALL
        .iter()
        .filter(|&&kind| searched(kind))
        .flat_map(|&kind| {
            (0..ctx.catalog.data.count(kind)).map(move |index| EntityRef { kind, index })
        })
        .map(|entity| Record {
            entity,
            texts: texts(ctx, entity)
                .into_iter()
                .map(|text| {
                    let words = Words::of(&text.text);
                    (text, words)
                })
                .collect(),
        })
        .collect()
}

/// At most this many unknown words are named in a hint, or corrected.
const NAMED_WORDS: usize = 5;

/// Every word of the data, sorted.
fn vocabulary(records: &[Record]) -> Vec<&str> {
    let mut vocabulary: Vec<&str> = records
        .iter()
        .flat_map(|r| r.texts.iter().flat_map(|(_, words)| words.iter()))
        .collect();
    vocabulary.sort_unstable();
    vocabulary.dedup();
    vocabulary
}

/// The wanted words no word of the data is, or starts with.
fn unknown_words<'w>(vocabulary: &[&str], wanted: &'w [Wanted]) -> Vec<&'w Wanted> {
    wanted
        .iter()
        .filter(|w| !w.found(|word, whole| has_word(vocabulary, word, whole, |v| v.as_bytes())))
        .collect()
}

/// The word of the data closest to a word that matches nothing (`informatcs`: `informatics`),
/// if one is close enough; the first in order among equally close ones.
fn closest_word(vocabulary: &[&str], word: &str) -> Option<String> {
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
fn nothing_found(
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

/// The record's hit when its texts hold every wanted word.
fn search_record(catalog: &Catalog, record: &Record, wanted: &[Wanted]) -> Option<Hit> {
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

fn hit(catalog: &Catalog, entity: EntityRef, score: u32, matches: Vec<Match>) -> Hit {
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

#[cfg(test)]
mod tests;
