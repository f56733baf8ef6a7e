//! `him search WORDS...`: every record whose texts hold every word (as a word or the start of
//! one, ignoring case), ranked, grouped by kind, the matched words highlighted, each with the
//! command that shows it in full.

use std::ops::Range;

use crate::error::Result;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::EntityRef;
use crate::data::Kind;
use crate::data::model::Credential;
use crate::domain::Context;
use crate::domain::rules;
use crate::error::{NothingFound, UsageError};
use crate::output::{Cell, Line, Report, Table, Tone, View};
use crate::text::{ECHOED_NAME, capitalized, clip, same_name};
use crate::text::{and_list, or_list};

/// How much a match in a text counts, by the text's part in its record: a name says what a
/// record is, a note only mentions things.
const NAME: u32 = 8;
const ALIAS: u32 = 5;
const MAIN: u32 = 3;
const DETAIL: u32 = 1;
/// Added when the words are the whole of a name, alias or term.
const WHOLE_NAME: u32 = 10;
/// How far apart the ranks are: a record's rank is its place (`Rank`) times this, plus the
/// weights of the texts it matched in, which never reach it.
const RANK_STEP: u32 = 100;

/// One searchable text of a record.
struct Text {
    field: &'static str,
    weight: u32,
    text: String,
    /// A name, abbreviation or alias: a match here ranks the record above matches elsewhere.
    names_it: bool,
    /// Names joined by `TERMS_JOINED` (a skill's terms of one kind), indexed as one text and
    /// matched, shown and counted whole one by one.
    list: bool,
}

/// What joins the terms of one kind into one text: no term holds it.
const TERMS_JOINED: &str = "; ";

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

/// Whether the text between two words joins them into one hyphenated word (`high-school`).
fn hyphen(between: &str) -> bool {
    matches!(between, "-" | "‐" | "‑")
}

/// The hyphenated words of a text (`high-school`, `CCS-P`), each as its place in the text and
/// its words.
fn compounds_of(text: &str, words: &[(Range<usize>, String)]) -> Vec<(Range<usize>, Vec<String>)> {
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
struct Words {
    buffer: String,
    words: Vec<Range<usize>>,
}

impl Words {
    fn of(text: &str) -> Words {
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

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|range| &self.buffer[range.clone()])
    }

    /// Whether one of the words is `word` or, unless `whole`, starts with it.
    fn has(&self, word: &str, whole: bool) -> bool {
        let bytes = self.buffer.as_bytes();
        has_word(&self.words, word, whole, |range| &bytes[range.clone()])
    }
}

/// Whether one of `words`, sorted by the bytes `bytes_of` gives, is `word` or, unless `whole`,
/// starts with it: those words sort together, from the first one not below `word`.
fn has_word<'b, T>(
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
struct Wanted {
    /// As the person wrote it, lowercased: `high-school`.
    shown: String,
    /// Ways it may be written in the data, any of which will do.
    ways: Vec<Way>,
    /// Quoted, or a short whole name (`HI`): it must be a whole word, not the start of one.
    whole: bool,
}

/// Words that must all be in a record, whole or as the start of a word.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Way {
    words: Vec<String>,
    whole: bool,
}

impl Wanted {
    /// A word, or its singular (`databases`: `database`).
    fn word(word: &str, whole: bool) -> Wanted {
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
    fn compound(parts: Vec<String>, whole: bool) -> Wanted {
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
    fn words(&self) -> impl Iterator<Item = (&str, bool)> {
        self.ways
            .iter()
            .flat_map(|way| way.words.iter().map(move |w| (w.as_str(), way.whole)))
    }

    /// Whether some way of writing it is all in `has` (given a word and whether whole).
    fn found(&self, has: impl Fn(&str, bool) -> bool) -> bool {
        self.ways
            .iter()
            .any(|way| way.words.iter().all(|w| has(w, way.whole)))
    }
}

/// A word shorter than this matches too much (`a` starts a third of the data): it is left out
/// unless it is quoted or is a whole name (`HI`).
const MIN_WORD: usize = 3;

/// What a person typed, read: what to search for, and what was left out.
struct Query {
    wanted: Vec<Wanted>,
    /// Short words left out, as typed.
    ignored: Vec<String>,
    /// The words outside quotes, for the commands that answer a topic (`salary`).
    plain: Vec<String>,
    /// The whole query without its quotes, to read as one skill.
    text: String,
}

/// The parts of an argument in double quotes (`"it"`), and the rest, in order.
fn quoted_parts(arg: &str) -> Vec<(bool, &str)> {
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
    fn want(&mut self, wanted: Wanted) {
        if !self.wanted.iter().any(|w| w.shown == wanted.shown) {
            self.wanted.push(wanted);
        }
    }
}

/// Reads the words of a query: quoted words are whole words, hyphenated words match either
/// spelling, short unquoted words that are no name are left out.
fn read_query(catalog: &Catalog, typed: &[String]) -> Query {
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
fn single(catalog: &Catalog, word: &str, quoted: bool, query: &mut Query) {
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
fn matched_by(word: &str, highlight: &[(String, bool)]) -> bool {
    highlight.iter().any(|(q, whole)| {
        if *whole {
            word == q
        } else {
            word.starts_with(q.as_str())
        }
    })
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

/// A command that answers what a query asks about better than the records do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pointer {
    pub topic: &'static str,
    pub command: &'static str,
    pub answers: &'static str,
}

/// Words that ask for something a command answers, and the command.
const POINTERS: &[(&[&str], Pointer)] = &[
    (
        &[
            "salary",
            "salaries",
            "pay",
            "paid",
            "wage",
            "wages",
            "earnings",
            "earn",
            "income",
            "compensation",
        ],
        Pointer {
            topic: "Pay",
            command: "him salary",
            answers: "median pay of each job title, by state, metro area and work setting, with its source and date",
        },
    ),
    (
        &[
            "accredited",
            "accreditation",
            "accredit",
            "accreditor",
            "accrediting",
            "cahiim",
        ],
        Pointer {
            topic: "Accreditation",
            command: "him credentials --requires cahiim",
            answers: "which credentials need a degree from a CAHIIM-accredited program",
        },
    ),
    (
        &[
            "certification",
            "certifications",
            "certified",
            "certify",
            "credential",
            "credentials",
            "exam",
            "exams",
        ],
        Pointer {
            topic: "Credentials",
            command: "him credentials",
            answers: "every credential, who issues it and whether it needs an accredited degree",
        },
    ),
    (
        &[
            "eligible",
            "eligibility",
            "qualify",
            "qualifies",
            "prerequisite",
            "prerequisites",
        ],
        Pointer {
            topic: "Eligibility",
            command: "him eligible",
            answers: "which credentials you can sit for now, and by which route",
        },
    ),
    (
        &[
            "ladder",
            "promotion",
            "promotions",
            "advancement",
            "progression",
        ],
        Pointer {
            topic: "Career ladder",
            command: "him ladder",
            answers: "each field's titles from entry to executive, with pay at each step",
        },
    ),
    (
        &[
            "outlook",
            "growth",
            "projection",
            "projections",
            "compare",
            "comparison",
            "difference",
            "differences",
            "versus",
        ],
        Pointer {
            topic: "The two fields",
            command: "him compare informatics him",
            answers: "health informatics and HIM side by side: skills, titles, pay, outlook, credentials",
        },
    ),
    (
        &["plan", "roadmap"],
        Pointer {
            topic: "Your plan",
            command: "him plan --to \"HIM director\" --degree associate --holds cca",
            answers: "the steps from where you stand to the job you want, with pay and sources",
        },
    ),
    (
        &["jobs", "job", "titles", "careers"],
        Pointer {
            topic: "Job titles",
            command: "him list titles",
            answers: "every job title of both fields, by level",
        },
    ),
    (
        &["skill", "skills", "fit"],
        Pointer {
            topic: "Your skills",
            command: "him fit --skills \"python, sql\"",
            answers: "which field and specialization your skills fit, and what is missing",
        },
    ),
];

/// The commands that answer what the plain words of a query ask about, each once.
fn pointers(plain: &[String]) -> Vec<Pointer> {
    let mut found: Vec<Pointer> = Vec::new();
    for word in plain {
        for (words, pointer) in POINTERS {
            if words.contains(&word.as_str()) && !found.contains(pointer) {
                found.push(pointer.clone());
            }
        }
    }
    found
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
                names_it: matches!(field, "name" | "abbreviation" | "aliases"),
                list: false,
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
            add(
                "kind",
                DETAIL,
                &crate::domain::profile::kinds_label(&org.kinds),
            );
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
    // Each kind of term as one text: a skill has dozens of terms, and one text per term would
    // double the texts the search indexes.
    for terms in record.terms() {
        if !terms.names.is_empty() {
            out.push(Text {
                field: terms.kind.plural(),
                weight: ALIAS,
                text: terms.names.join(TERMS_JOINED),
                names_it: false,
                list: true,
            });
        }
    }
    // An experience kind's other names are the words `him eligible --experience` reads
    // (`informatics=4`), not names a person searches it by: a match there counts as a term,
    // so `him search informatics` opens with the field and its titles, not a kind of work.
    if entity.kind == Kind::Experience {
        for text in out.iter_mut().filter(|t| t.field == "aliases") {
            text.names_it = false;
        }
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
fn excerpt(text: &str, highlight: &[(String, bool)]) -> String {
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
fn matched_ranges(text: &str, highlight: &[(String, bool)]) -> Vec<Range<usize>> {
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
fn highlighted(text: &str, highlight: &[(String, bool)], tone: Tone) -> Vec<(String, Tone)> {
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

/// Hits grouped by where the words are (in a name or elsewhere) and by kind, in the order each
/// group's best hit ranks.
fn groups<'h>(hits: &[&'h Hit]) -> Vec<((bool, Kind), Vec<&'h Hit>)> {
    crate::domain::grouped(hits.iter().copied(), |hit| (hit.named(), hit.entity.kind))
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

impl SearchView {
    /// Whether the hits are most of the data and only the first screen is shown.
    fn cut(&self) -> bool {
        !self.all && self.hits.len() > FIRST_SCREEN && self.hits.len() * 2 > self.records
    }

    fn title(&self) -> String {
        let quoted: Vec<String> = self.words.iter().map(|w| format!("“{w}”")).collect();
        let words = and_list(&quoted);
        let n = self.hits.len();
        if n == 0 {
            return format!("No record has {words}");
        }
        let read_as = match &self.read_as {
            Some(skill) if !same_name(skill, &self.words.join(" ")) => {
                format!(", read as the skill {skill}")
            }
            _ => String::new(),
        };
        if !self.corrected.is_empty() {
            let typed: Vec<String> = self
                .corrected
                .iter()
                .map(|(typed, _)| format!("“{}”", clip(typed, ECHOED_NAME)))
                .collect();
            return format!(
                "{} {} nothing; {n} record{} with {words}{read_as} instead",
                and_list(&typed),
                if typed.len() == 1 { "matches" } else { "match" },
                if n == 1 { "" } else { "s" },
            );
        }
        if self.cut() {
            format!(
                "{n} of the {} records have {words}{read_as}: most of the data, the first {FIRST_SCREEN} are shown",
                self.records
            )
        } else {
            format!(
                "{n} record{} with {words}{read_as}",
                if n == 1 { "" } else { "s" }
            )
        }
    }

    /// One hit: its name and command, then the fields it matched in, each with its texts.
    fn hit_lines(&self, hit: &Hit, lines: &mut Vec<Line>) {
        let mut head = Line::new().hang("    ", Tone::Plain);
        for (text, tone) in highlighted(&hit.name, &self.highlight, Tone::Strong) {
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
                let cut = excerpt(text, &self.highlight);
                if !shown.contains(&cut) {
                    shown.push(cut);
                }
            }
            let hidden = shown.len().saturating_sub(SHOWN_TEXTS);
            for (n, text) in shown.iter().take(SHOWN_TEXTS).enumerate() {
                if n > 0 {
                    line = line.plain("; ");
                }
                // The skill the query was read as is marked where a record names it.
                if self.read_as.as_deref() == Some(text.as_str()) {
                    line = line.span(text.clone(), Tone::Match);
                    continue;
                }
                for (part, tone) in highlighted(text, &self.highlight, Tone::Plain) {
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
}

impl View for SearchView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title(self.title());
        if !self.ignored.is_empty() {
            report.text_toned(capitalized(&self.ignored_note()), Tone::Muted);
        }
        if !self.pointers.is_empty() {
            let lines = self
                .pointers
                .iter()
                .map(|p| {
                    Line::new()
                        .hang("    ", Tone::Plain)
                        .span(format!("{}: ", p.topic), Tone::Plain)
                        .span(p.command, Tone::Strong)
                        .span(format!("  {}", p.answers), Tone::Muted)
                })
                .collect();
            report.heading("Commands that answer this");
            report.lines(lines);
        }
        let shown: Vec<&Hit> = if self.cut() {
            self.hits.iter().take(FIRST_SCREEN).collect()
        } else {
            self.hits.iter().collect()
        };
        let mut kinds_named: Vec<Kind> = Vec::new();
        for ((named, kind), hits) in groups(&shown) {
            let plural = capitalized(kind.plural());
            let heading = if !named && kinds_named.contains(&kind) {
                format!("More {} ({})", kind.plural(), hits.len())
            } else {
                format!("{plural} ({})", hits.len())
            };
            if named {
                kinds_named.push(kind);
            }
            report.heading(heading);
            let mut lines = Vec::new();
            for hit in hits {
                self.hit_lines(hit, &mut lines);
            }
            report.lines(lines);
        }
        if self.cut() {
            report.note(format!(
                "{} more not shown: add a word to narrow the search, or give --all to list every one.",
                self.hits.len() - FIRST_SCREEN
            ));
        }
        if let Some(skill) = &self.read_as {
            report.note(format!(
                "The search is read as the skill {skill} too: the records that expect or teach it are listed (`him fit` explains how a word is read)."
            ));
        }
        if !self.hits.is_empty() {
            report.note(
                "Ranked by where the words are: in a name first (titles and fields first among equals), then a summary, then a note, and by how many fields hold them.",
            );
        }
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
}
