//! `him search WORDS...`: every record whose texts hold every word (as a word or the start of
//! one, ignoring case), ranked, grouped by kind, the matched words highlighted, each with the
//! command that shows it in full.

use std::ops::Range;

use anyhow::Result;
use serde::Serialize;

use super::Context;
use crate::catalog::{Catalog, and_list};
use crate::data::Kind;
use crate::data::model::Credential;
use crate::error::{NothingFound, UsageError};
use crate::names::EntityRef;
use crate::output::{Cell, Line, Report, Table, Tone, View};
use crate::rules;
use crate::text::capitalized;
use crate::text::{ECHOED_NAME, clip};

/// How much a match in a text counts, by the text's part in its record: a name says what a
/// record is, a note only mentions things.
const NAME: u32 = 8;
const ALIAS: u32 = 5;
const MAIN: u32 = 3;
const DETAIL: u32 = 1;
/// Added when the words are the whole of a name or alias.
const WHOLE_NAME: u32 = 10;

/// One searchable text of a record.
struct Text {
    field: &'static str,
    weight: u32,
    text: String,
}

/// The words of a text: runs of letters and digits, lowercased, with apostrophes inside a
/// word dropped (`bachelor's` is `bachelors`). `emit` gets each word's place in `text` and the
/// word, lowercased.
fn each_word(text: &str, mut emit: impl FnMut(Range<usize>, &str)) {
    let mut start: Option<usize> = None;
    let mut word = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        } else if !inner_apostrophe && let Some(s) = start.take() {
            emit(s..i, &word);
            word.clear();
        }
    }
    if let Some(s) = start {
        emit(s..text.len(), &word);
    }
}

/// The words of a text with where each is (see `each_word`).
fn words_of(text: &str) -> Vec<(Range<usize>, String)> {
    let mut words = Vec::new();
    each_word(text, |range, word| words.push((range, word.to_string())));
    words
}

/// A text's distinct words, lowercased and sorted, kept in one buffer rather than a string
/// each: whether a word starts one of them is a binary search, so a query of thousands of
/// words is answered at once.
struct Words {
    buffer: String,
    words: Vec<Range<usize>>,
}

impl Words {
    fn of(text: &str) -> Words {
        let mut buffer = String::with_capacity(text.len());
        let mut words = Vec::new();
        each_word(text, |_, word| {
            let start = buffer.len();
            buffer.push_str(word);
            words.push(start..buffer.len());
        });
        // Compared as bytes, which order as the text does (UTF-8 keeps the order of code
        // points) without checking character boundaries at every comparison.
        let bytes = buffer.as_bytes();
        words.sort_unstable_by(|a, b| bytes[a.clone()].cmp(&bytes[b.clone()]));
        words.dedup_by(|a, b| bytes[a.clone()] == bytes[b.clone()]);
        Words { buffer, words }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|range| &self.buffer[range.clone()])
    }

    /// Whether one of the words is `word` or starts with it.
    fn starts_one(&self, word: &str) -> bool {
        let bytes = self.buffer.as_bytes();
        starts_one(&self.words, word, |range| &bytes[range.clone()])
    }
}

/// The words a person searched for, each once, in the order given.
fn query_words(words: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    words
        .iter()
        .flat_map(|w| words_of(w))
        .map(|(_, w)| w)
        .filter(|w| seen.insert(w.clone()))
        .collect()
}

/// Whether `word` of a text is matched by a searched word: it is that word or starts with it.
fn matched_by(word: &str, query: &[String]) -> bool {
    query.iter().any(|q| word.starts_with(q.as_str()))
}

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
    pub score: u32,
    pub matches: Vec<Match>,
    /// The command that shows the record in full.
    pub command: String,
    #[serde(skip)]
    entity: EntityRef,
}

pub struct SearchView {
    words: Vec<String>,
    hits: Vec<Hit>,
}

impl SearchView {
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }
}

pub fn query(ctx: &Context<'_>, typed: &[String]) -> Result<SearchView> {
    let words = query_words(typed);
    if words.is_empty() {
        return Err(UsageError::new("give at least one word to search for")
            .with_hint("words are letters and digits: `him search cahiim`")
            .into());
    }
    let records = index(ctx);
    let mut hits: Vec<Hit> = records
        .iter()
        .filter_map(|record| search_record(ctx.catalog, record, &words))
        .collect();
    if hits.is_empty() {
        return Err(nothing_found(&records, typed, &words).into());
    }
    // Each key is worked out once, not at every comparison (a name lowered each time).
    hits.sort_by_cached_key(|hit| {
        (
            std::cmp::Reverse(hit.score),
            hit.entity.kind,
            hit.name.to_lowercase(),
        )
    });
    Ok(SearchView { words, hits })
}

/// Whether one of `words`, sorted by the bytes `bytes_of` gives, is `word` or starts with it:
/// those words sort together, from the first one not below `word`.
fn starts_one<'b, T>(words: &[T], word: &str, bytes_of: impl Fn(&T) -> &'b [u8]) -> bool {
    let word = word.as_bytes();
    let at = words.partition_point(|w| bytes_of(w) < word);
    words.get(at).is_some_and(|w| bytes_of(w).starts_with(word))
}

/// A record's texts, each with its words.
struct Record {
    entity: EntityRef,
    texts: Vec<(Text, Words)>,
}

impl Record {
    fn has(&self, word: &str) -> bool {
        self.texts.iter().any(|(_, words)| words.starts_one(word))
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

/// At most this many unknown words are named in a hint.
const NAMED_WORDS: usize = 5;

/// Why nothing matched: a word nothing has, or words no one record has together.
fn nothing_found(records: &[Record], typed: &[String], words: &[String]) -> NothingFound {
    let message = format!("nothing matches `{}`", clip(&typed.join(" "), ECHOED_NAME));
    // Every word of the data, sorted: a word that starts none of them is unknown.
    let mut vocabulary: Vec<&str> = records
        .iter()
        .flat_map(|r| r.texts.iter().flat_map(|(_, words)| words.iter()))
        .collect();
    vocabulary.sort_unstable();
    vocabulary.dedup();
    let unknown: Vec<&String> = words
        .iter()
        .filter(|word| !starts_one(&vocabulary, word, |w| w.as_bytes()))
        .collect();
    let hint = if unknown.is_empty() {
        "each word matches some record, but no record has them all: try fewer words".to_string()
    } else if words.len() == 1 {
        "no word in the data starts with it: check the spelling, or try a shorter start".to_string()
    } else {
        let mut named: Vec<String> = unknown
            .iter()
            .take(NAMED_WORDS)
            .map(|w| format!("`{}`", clip(w, ECHOED_NAME)))
            .collect();
        if unknown.len() > NAMED_WORDS {
            named.push(format!("{} more", unknown.len() - NAMED_WORDS));
        }
        format!(
            "no word in the data starts with {}: check the spelling, or leave {} out",
            and_list(&named),
            if unknown.len() == 1 { "it" } else { "them" }
        )
    };
    NothingFound::new(message).with_hint(hint)
}

/// The record's hit when its texts hold every word.
fn search_record(catalog: &Catalog, record: &Record, words: &[String]) -> Option<Hit> {
    if !words.iter().all(|word| record.has(word)) {
        return None;
    }
    let mut matches: Vec<Match> = Vec::new();
    let mut fields: Vec<(&'static str, u32)> = Vec::new();
    let mut whole_name = false;
    for (text, text_words) in &record.texts {
        if !words.iter().any(|word| text_words.starts_one(word)) {
            continue;
        }
        if text.weight >= ALIAS
            && words_of(&text.text)
                .iter()
                .map(|(_, w)| w.as_str())
                .eq(words.iter().map(String::as_str))
        {
            whole_name = true;
        }
        if !fields.iter().any(|(f, _)| *f == text.field) {
            fields.push((text.field, text.weight));
        }
        matches.push(Match {
            field: text.field,
            text: text.text.clone(),
        });
    }
    let score =
        fields.iter().map(|(_, w)| w).sum::<u32>() + if whole_name { WHOLE_NAME } else { 0 };
    let entity = record.entity;
    let named = catalog.named(entity);
    Some(Hit {
        kind: entity.kind.table_key(),
        id: named.id().to_string(),
        name: named.label(),
        score,
        matches,
        command: show_command(catalog, entity),
        entity,
    })
}

/// `him show ID`, or `him show --kind K ID` when the id alone names another record first.
fn show_command(catalog: &Catalog, entity: EntityRef) -> String {
    let id = catalog.named(entity).id();
    if super::show::resolve(catalog, id, None).ok() == Some(entity) {
        format!("him show {id}")
    } else {
        format!("him show --kind {} {id}", entity.kind.table_key())
    }
}

/// Every text of a record, each with the field it is in and what a match there counts.
fn texts(ctx: &Context<'_>, entity: EntityRef) -> Vec<Text> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let mut out: Vec<Text> = Vec::new();
    let mut add = |field: &'static str, weight: u32, text: &str| {
        if !text.trim().is_empty() {
            out.push(Text {
                field,
                weight,
                text: text.to_string(),
            });
        }
    };
    let record = catalog.named(entity);
    add("name", NAME, record.name());
    if let Some(abbreviation) = record.abbreviation() {
        add("abbreviation", NAME, abbreviation);
    }
    for alias in record.aliases() {
        add("aliases", ALIAS, alias);
    }
    let skill_names = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| catalog.name_of(Kind::Skill, id).to_string())
            .collect()
    };
    let i = entity.index;
    match entity.kind {
        Kind::Source => {
            let source = &data.sources()[i];
            // Sources are found by id, but their id repeats their name: it counts little.
            add("id", DETAIL, &source.id);
            add("publisher", MAIN, &source.publisher);
            if let Some(period) = source.period {
                add("period", DETAIL, &period.human());
            }
            add("address", DETAIL, source.url.as_deref().unwrap_or(""));
            add("note", DETAIL, source.note.as_deref().unwrap_or(""));
        }
        Kind::Organization => {
            let org = &data.organizations()[i];
            add("summary", MAIN, &org.summary);
            add("kind", DETAIL, &super::list::kinds_label(&org.kinds));
            if let Some(founded) = &org.founded {
                add("founded", DETAIL, founded.note.as_deref().unwrap_or(""));
            }
        }
        Kind::Skill => {}
        Kind::Field => {
            let field = &data.fields()[i];
            add("summary", MAIN, &field.summary);
            add("focus", MAIN, &field.focus);
            for name in skill_names(&field.workflows) {
                add("workflows", MAIN, &name);
            }
            for name in skill_names(&field.skills) {
                add("skills", MAIN, &name);
            }
            add("example", DETAIL, &field.example);
            for setting in &field.settings {
                add("settings", DETAIL, setting);
            }
            for who in &field.works_with {
                add("works with", DETAIL, who);
            }
            for outlook in &field.outlook {
                add(
                    "outlook",
                    DETAIL,
                    &format!("{} for {}", outlook.measure, outlook.applies_to),
                );
                add("outlook", DETAIL, outlook.note.as_deref().unwrap_or(""));
            }
        }
        Kind::Specialization => {
            let spec = &data.specializations()[i];
            add("focus", MAIN, &spec.focus);
            add("summary", MAIN, spec.summary.as_deref().unwrap_or(""));
            for name in skill_names(&spec.skills) {
                add("skills", MAIN, &name);
            }
            add("note", DETAIL, spec.note.as_deref().unwrap_or(""));
        }
        Kind::Title => {
            let title = &data.titles()[i];
            add("summary", MAIN, title.summary.as_deref().unwrap_or(""));
            add("level", DETAIL, title.level.as_str());
            add("occupation code", DETAIL, &title.soc);
            for id in &title.credentials {
                add(
                    "credentials",
                    DETAIL,
                    catalog.short_name_of(Kind::Credential, id),
                );
            }
            add("note", DETAIL, title.note.as_deref().unwrap_or(""));
        }
        Kind::Credential => credential_texts(ctx, &data.credentials()[i], &mut add),
        Kind::Experience => {
            let kind = &data.experience()[i];
            add("summary", MAIN, &kind.summary);
            if let Some(broader) = &kind.counts_toward {
                add(
                    "counts toward",
                    DETAIL,
                    catalog.name_of(Kind::Experience, broader),
                );
            }
            add("note", DETAIL, kind.note.as_deref().unwrap_or(""));
        }
        Kind::Course => {
            let course = &data.courses()[i];
            add("summary", MAIN, course.summary.as_deref().unwrap_or(""));
            for name in skill_names(&course.teaches) {
                add("teaches", MAIN, &name);
            }
            add("program", DETAIL, &course.program);
        }
        Kind::Occupation | Kind::Area => {}
    }
    out
}

fn credential_texts(
    ctx: &Context<'_>,
    credential: &Credential,
    add: &mut dyn FnMut(&'static str, u32, &str),
) {
    let catalog = ctx.catalog;
    add("summary", MAIN, &credential.summary);
    for path in &credential.paths {
        add(
            "routes",
            DETAIL,
            &format!("{}: {}", path.name, rules::describe_path(catalog, path)),
        );
        add("routes", DETAIL, path.note.as_deref().unwrap_or(""));
    }
    for path in &credential.recommended {
        add(
            "recommended",
            DETAIL,
            &format!("{}: {}", path.name, rules::describe_path(catalog, path)),
        );
    }
    if let Some(apprentice) = &credential.apprentice {
        add("apprentice form", DETAIL, &apprentice.abbreviation);
        for path in &apprentice.removals {
            add("apprentice form", DETAIL, &path.name);
        }
    }
    if let Some(exam) = &credential.exam {
        for text in [&exam.passing, &exam.delivery, &exam.note]
            .into_iter()
            .flatten()
        {
            add("exam", DETAIL, text);
        }
    }
    if let Some(renewal) = &credential.renewal {
        add("renewal", DETAIL, renewal.note.as_deref().unwrap_or(""));
    }
    for fee in &credential.fees {
        for text in [&fee.applies_to, &fee.note].into_iter().flatten() {
            add("fees", DETAIL, text);
        }
    }
    add("note", DETAIL, credential.note.as_deref().unwrap_or(""));
}

/// At most this many characters of a long text are shown around its first match.
const EXCERPT: usize = 110;

/// The part of `text` around its first matched word, `…` marking what is cut.
fn excerpt(text: &str, query: &[String]) -> String {
    if text.chars().count() <= EXCERPT {
        return text.to_string();
    }
    let words = words_of(text);
    let first = words
        .iter()
        .position(|(_, w)| matched_by(w, query))
        .unwrap_or(0);
    // A few words of what comes before, so the match reads in context.
    let start = words[first.saturating_sub(4)].0.start;
    let mut end = text.len();
    for (range, _) in &words[first..] {
        if text[start..range.end].chars().count() > EXCERPT {
            break;
        }
        end = range.end;
    }
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.push_str(&text[start..end]);
    if end < text.len() {
        shown.push('…');
    }
    shown
}

/// `text` as spans, the words a searched word matches in `highlight`, the rest in `tone`.
fn highlighted(text: &str, query: &[String], tone: Tone) -> Vec<(String, Tone)> {
    let mut spans = Vec::new();
    let mut at = 0;
    for (range, word) in words_of(text) {
        if matched_by(&word, query) {
            spans.push((text[at..range.start].to_string(), tone));
            spans.push((text[range.clone()].to_string(), Tone::Match));
            at = range.end;
        }
    }
    spans.push((text[at..].to_string(), tone));
    spans.retain(|(t, _)| !t.is_empty());
    spans
}

/// Kinds in the order their best hit ranks.
fn groups(hits: &[Hit]) -> Vec<(Kind, Vec<&Hit>)> {
    super::grouped(hits, |hit| hit.entity.kind)
}

/// Shown under each hit at the most, fields and texts of one field: JSON has every match.
const SHOWN_FIELDS: usize = 4;
const SHOWN_TEXTS: usize = 2;

impl Serialize for SearchView {
    /// The hits alone, best first.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.hits.serialize(serializer)
    }
}

impl View for SearchView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let quoted: Vec<String> = self.words.iter().map(|w| format!("“{w}”")).collect();
        report.title(format!(
            "{} record{} with {}",
            self.hits.len(),
            if self.hits.len() == 1 { "" } else { "s" },
            and_list(&quoted)
        ));
        for (kind, hits) in groups(&self.hits) {
            report.heading(format!("{} ({})", capitalized(kind.plural()), hits.len()));
            let mut lines = Vec::new();
            for hit in hits {
                let mut head = Line::new().hang("    ", Tone::Plain);
                for (text, tone) in highlighted(&hit.name, &self.words, Tone::Strong) {
                    head = head.span(text, tone);
                }
                lines.push(head.span(format!("  {}", hit.command), Tone::Muted));
                // The fields after the name, each once, its matching texts together.
                let mut fields: Vec<(&str, Vec<&str>)> = Vec::new();
                for m in hit.matches.iter().filter(|m| m.field != "name") {
                    match fields.iter_mut().find(|(f, _)| *f == m.field) {
                        Some((_, texts)) => texts.push(&m.text),
                        None => fields.push((m.field, vec![&m.text])),
                    }
                }
                let more = fields.len().saturating_sub(SHOWN_FIELDS);
                for (field, texts) in fields.into_iter().take(SHOWN_FIELDS) {
                    let mut line = Line::new()
                        .hang("      ", Tone::Plain)
                        .span(format!("  {field}: "), Tone::Muted);
                    // Texts alike around their match (routes that share a phrase) show once.
                    let mut shown: Vec<String> = Vec::new();
                    for text in texts {
                        let cut = excerpt(text, &self.words);
                        if !shown.contains(&cut) {
                            shown.push(cut);
                        }
                    }
                    let hidden = shown.len().saturating_sub(SHOWN_TEXTS);
                    for (n, text) in shown.iter().take(SHOWN_TEXTS).enumerate() {
                        if n > 0 {
                            line = line.plain("; ");
                        }
                        for (part, tone) in highlighted(text, &self.words, Tone::Plain) {
                            line = line.span(part, tone);
                        }
                    }
                    if hidden > 0 {
                        line = line.span(format!(" (and {hidden} more)"), Tone::Muted);
                    }
                    lines.push(line);
                }
                if more > 0 {
                    lines.push(Line::new().span(
                        format!(
                            "  and {more} more field{}",
                            if more == 1 { "" } else { "s" }
                        ),
                        Tone::Muted,
                    ));
                }
            }
            report.lines(lines);
        }
        report.note(
            "Ranked by where the words are (a name above a summary, a summary above a note) and in how many fields.",
        );
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new(["kind", "id", "name", "score", "fields", "command"]);
        for hit in &self.hits {
            let mut fields: Vec<&str> = Vec::new();
            for m in &hit.matches {
                if !fields.contains(&m.field) {
                    fields.push(m.field);
                }
            }
            table.row(vec![
                Cell::new(hit.kind),
                Cell::new(hit.id.clone()),
                Cell::new(hit.name.clone()),
                Cell::new(hit.score.to_string()),
                Cell::new(fields.join(";")),
                Cell::new(hit.command.clone()),
            ]);
        }
        vec![table]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let query = vec!["prog".to_string()];
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
        let shown = excerpt(text, &["target".to_string()]);
        assert!(shown.starts_with("…fourteen"), "{shown}");
        assert!(shown.contains("target"), "{shown}");
        assert!(shown.chars().count() <= EXCERPT + 2, "{shown}");
    }
}
