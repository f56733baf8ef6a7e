//! The words of a query and of a text: how a text splits into words and compounds, what each
//! typed word wants (a word, the start of one, a compound), and the matched words found again
//! in a text to show and highlight them.

use std::ops::Range;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::output::Tone;

/// The words of a text: runs of letters and digits, lowercased, with apostrophes inside a
/// word dropped (`bachelor's` is `bachelors`). `emit` gets each word's place in `text` and the
/// word, lowercased.
pub(super) fn each_word(text: &str, mut emit: impl FnMut(Range<usize>, &str)) {
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
pub(super) fn words_of(text: &str) -> Vec<(Range<usize>, String)> {
    let mut words = Vec::new();
    each_word(text, |range, word| words.push((range, word.to_string())));
    words
}

/// Whether the text between two words joins them into one hyphenated word (`high-school`).
pub(super) fn hyphen(between: &str) -> bool {
    matches!(between, "-" | "‐" | "‑")
}

/// The hyphenated words of a text (`high-school`, `CCS-P`), each as its place in the text and
/// its words.
pub(super) fn compounds_of(
    text: &str,
    words: &[(Range<usize>, String)],
) -> Vec<(Range<usize>, Vec<String>)> {
    let mut compounds: Vec<(Range<usize>, Vec<String>)> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j + 1 < words.len() && hyphen(&text[words[j].0.end..words[j + 1].0.start]) {
            j += 1;
        }
        if j > i {
            compounds.push((
                words[i].0.start..words[j].0.end,
                words[i..=j].iter().map(|(_, w)| w.clone()).collect(),
            ));
        }
        i = j + 1;
    }
    compounds
}

/// A text's distinct words, lowercased and sorted, kept in one buffer rather than a string
/// each: whether a word starts one of them is a binary search, so a query of thousands of
/// words is answered at once. A hyphenated word is there as its parts and as one word
/// (`high-school`: `high`, `school` and `highschool`), so either spelling finds it.
pub(super) struct Words {
    pub(super) buffer: String,
    pub(super) words: Vec<Range<usize>>,
}

impl Words {
    pub(super) fn of(text: &str) -> Words {
        let mut buffer = String::with_capacity(text.len());
        let mut words = Vec::new();
        let mut push = |word: &str| {
            let start = buffer.len();
            buffer.push_str(word);
            words.push(start..buffer.len());
        };
        // A hyphenated word is gathered as its parts go by: (the word so far, its parts, where
        // its last part ends).
        let mut compound = (String::new(), 0, 0);
        each_word(text, |range, word| {
            if compound.1 > 0 && hyphen(&text[compound.2..range.start]) {
                compound.0.push_str(word);
                compound.1 += 1;
            } else {
                if compound.1 > 1 {
                    push(&compound.0);
                }
                compound.0.clear();
                compound.0.push_str(word);
                compound.1 = 1;
            }
            compound.2 = range.end;
            push(word);
        });
        if compound.1 > 1 {
            push(&compound.0);
        }
        // Compared as bytes, which order as the text does (UTF-8 keeps the order of code
        // points) without checking character boundaries at every comparison.
        let bytes = buffer.as_bytes();
        words.sort_unstable_by(|a, b| bytes[a.clone()].cmp(&bytes[b.clone()]));
        words.dedup_by(|a, b| bytes[a.clone()] == bytes[b.clone()]);
        Words { buffer, words }
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|range| &self.buffer[range.clone()])
    }

    /// Whether one of the words is `word` or, unless `whole`, starts with it.
    pub(super) fn has(&self, word: &str, whole: bool) -> bool {
        let bytes = self.buffer.as_bytes();
        has_word(&self.words, word, whole, |range| &bytes[range.clone()])
    }
}

/// Whether one of `words`, sorted by the bytes `bytes_of` gives, is `word` or, unless `whole`,
/// starts with it: those words sort together, from the first one not below `word`.
pub(super) fn has_word<'b, T>(
    words: &[T],
    word: &str,
    whole: bool,
    bytes_of: impl Fn(&T) -> &'b [u8],
) -> bool {
    let word = word.as_bytes();
    let at = words.partition_point(|w| bytes_of(w) < word);
    words.get(at).is_some_and(|w| {
        let found = bytes_of(w);
        if whole {
            found == word
        } else {
            found.starts_with(word)
        }
    })
}

/// One thing a person searched for: a word, or a hyphenated word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Wanted {
    /// As the person wrote it, lowercased: `high-school`.
    pub(super) shown: String,
    /// Ways it may be written in the data, any of which will do.
    pub(super) ways: Vec<Way>,
    /// Quoted, or a short whole name (`HI`): it must be a whole word, not the start of one.
    pub(super) whole: bool,
}

/// Words that must all be in a record, whole or as the start of a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Way {
    pub(super) words: Vec<String>,
    pub(super) whole: bool,
}

impl Wanted {
    /// A word, or its singular (`databases`: `database`).
    pub(super) fn word(word: &str, whole: bool) -> Wanted {
        let mut ways = vec![Way {
            words: vec![word.to_string()],
            whole,
        }];
        let singular = crate::domain::skills::singular(word);
        if singular != word && !whole {
            ways.push(Way {
                words: vec![singular.to_string()],
                whole,
            });
        }
        Wanted {
            shown: word.to_string(),
            ways,
            whole,
        }
    }

    /// A hyphenated word: as one word (`highschool`), or its parts as whole words (`high` and
    /// `school`, not `higher`).
    pub(super) fn compound(parts: Vec<String>, whole: bool) -> Wanted {
        Wanted {
            shown: parts.join("-"),
            ways: vec![
                Way {
                    words: vec![parts.concat()],
                    whole,
                },
                Way {
                    words: parts,
                    whole: true,
                },
            ],
            whole,
        }
    }

    /// Every word it may match, and whether whole, for deciding which texts hold it and what
    /// to highlight.
    pub(super) fn words(&self) -> impl Iterator<Item = (&str, bool)> {
        self.ways
            .iter()
            .flat_map(|way| way.words.iter().map(move |w| (w.as_str(), way.whole)))
    }

    /// Whether some way of writing it is all in `has` (given a word and whether whole).
    pub(super) fn found(&self, has: impl Fn(&str, bool) -> bool) -> bool {
        self.ways
            .iter()
            .any(|way| way.words.iter().all(|w| has(w, way.whole)))
    }
}

/// A word shorter than this matches too much (`a` starts a third of the data): it is left out
/// unless it is quoted or is a whole name (`HI`).
pub(super) const MIN_WORD: usize = 3;

/// What a person typed, read: what to search for, and what was left out.
pub(super) struct Query {
    pub(super) wanted: Vec<Wanted>,
    /// Short words left out, as typed.
    pub(super) ignored: Vec<String>,
    /// The words outside quotes, for the commands that answer a topic (`salary`).
    pub(super) plain: Vec<String>,
    /// The whole query without its quotes, to read as one skill.
    pub(super) text: String,
}

/// The parts of an argument in double quotes (`"it"`), and the rest, in order.
pub(super) fn quoted_parts(arg: &str) -> Vec<(bool, &str)> {
    let mut parts = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in arg.char_indices() {
        if matches!(c, '"' | '“' | '”') {
            parts.push((quoted, &arg[start..i]));
            quoted = !quoted;
            start = i + c.len_utf8();
        }
    }
    parts.push((quoted, &arg[start..]));
    parts.retain(|(_, text)| !text.trim().is_empty());
    parts
}

impl Query {
    /// Adds a word to search for, unless it is there already.
    pub(super) fn want(&mut self, wanted: Wanted) {
        if !self.wanted.iter().any(|w| w.shown == wanted.shown) {
            self.wanted.push(wanted);
        }
    }
}

/// Reads the words of a query: quoted words are whole words, hyphenated words match either
/// spelling, short unquoted words that are no name are left out.
pub(super) fn read_query(catalog: &Catalog, typed: &[String]) -> Query {
    let mut query = Query {
        wanted: Vec::new(),
        ignored: Vec::new(),
        plain: Vec::new(),
        text: String::new(),
    };
    for arg in typed {
        for (quoted, part) in quoted_parts(arg) {
            if !query.text.is_empty() {
                query.text.push(' ');
            }
            query.text.push_str(part);
            for token in part.split_whitespace() {
                let words = words_of(token);
                let compounds = compounds_of(token, &words);
                let mut at = 0;
                for (range, parts) in &compounds {
                    for (_, word) in words[at..].iter().take_while(|(r, _)| r.end <= range.start) {
                        single(catalog, word, quoted, &mut query);
                    }
                    at = words.partition_point(|(r, _)| r.end <= range.end);
                    query.want(Wanted::compound(parts.clone(), quoted));
                }
                for (_, word) in &words[at..] {
                    single(catalog, word, quoted, &mut query);
                }
            }
        }
    }
    query
}

/// Adds one word of the query: kept, or left out when it is short, unquoted and no name.
pub(super) fn single(catalog: &Catalog, word: &str, quoted: bool, query: &mut Query) {
    if !quoted {
        query.plain.push(word.to_string());
    }
    if quoted || word.chars().count() >= MIN_WORD {
        query.want(Wanted::word(word, quoted));
    } else if catalog.resolve(word, &Kind::ALL).is_ok() {
        query.want(Wanted::word(word, true));
    } else if !query.ignored.iter().any(|w| w == word) {
        query.ignored.push(word.to_string());
    }
}

/// Whether `word` of a text is one a searched word matches.
pub(super) fn matched_by(word: &str, highlight: &[(String, bool)]) -> bool {
    highlight.iter().any(|(q, whole)| {
        if *whole {
            word == q
        } else {
            word.starts_with(q.as_str())
        }
    })
}

/// At most this many characters of a long text are shown around its first match.
pub(super) const EXCERPT: usize = 110;

/// The part of `text` around its first matched word, `…` marking what is cut.
pub(super) fn excerpt(text: &str, highlight: &[(String, bool)]) -> String {
    if text.chars().count() <= EXCERPT {
        return text.to_string();
    }
    let words = words_of(text);
    let first = match matched_ranges(text, highlight).first() {
        Some(range) => words
            .iter()
            .position(|(r, _)| r.start >= range.start)
            .unwrap_or(0),
        None => 0,
    };
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

/// Where the matched words of `text` are, in order, without overlaps: each word a searched
/// word matches, and each hyphenated word whose one-word spelling it matches (`highschool`
/// marks `high-school`).
pub(super) fn matched_ranges(text: &str, highlight: &[(String, bool)]) -> Vec<Range<usize>> {
    let words = words_of(text);
    let mut ranges: Vec<Range<usize>> = words
        .iter()
        .filter(|(_, w)| matched_by(w, highlight))
        .map(|(r, _)| r.clone())
        .collect();
    for (range, parts) in compounds_of(text, &words) {
        if matched_by(&parts.concat(), highlight) {
            ranges.push(range);
        }
    }
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// `text` as spans, the words a searched word matches in `highlight`, the rest in `tone`.
pub(super) fn highlighted(
    text: &str,
    highlight: &[(String, bool)],
    tone: Tone,
) -> Vec<(String, Tone)> {
    let mut spans = Vec::new();
    let mut at = 0;
    for range in matched_ranges(text, highlight) {
        spans.push((text[at..range.start].to_string(), tone));
        spans.push((text[range.clone()].to_string(), Tone::Match));
        at = range.end;
    }
    spans.push((text[at..].to_string(), tone));
    spans.retain(|(t, _)| !t.is_empty());
    spans
}
