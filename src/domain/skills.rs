//! Reading the skills people type: which skill of the data a typed phrase names (by name,
//! synonym, a term of the field, or the words' starts), how, and what was probably meant when
//! nothing is. `him fit` scores with it and `him search` recognizes skills with it.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::model::TermKind;
use crate::text::normalize_name;

/// How a typed skill named a skill of the data, strongest first: a stronger way settles which
/// skill is meant before a weaker one is tried.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum How {
    /// The skill's name or id, whole.
    Name,
    /// One of the skill's synonyms (`aliases` in skills.toml), whole.
    Synonym { synonym: String },
    /// One of the skill's terms (a tool, language, standard ... of it), whole: read as the skill.
    Term { term: String, kind: TermKind },
    /// Every typed word is a word of the skill's name, of one synonym or of one term.
    Words {
        within: String,
        place: Place,
        words: Vec<WordPair>,
    },
    /// Every typed word starts a word of the skill's name, of one synonym or of one term.
    WordStarts {
        within: String,
        place: Place,
        words: Vec<WordPair>,
    },
}

/// Which of a skill's texts the typed words were found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    Name,
    Synonym,
    Term(TermKind),
}

/// A typed word and the word of the data it is, or starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WordPair {
    pub typed: String,
    pub word: String,
}

impl How {
    fn rank(&self) -> u8 {
        match self {
            How::Name => 0,
            How::Synonym { .. } | How::Term { .. } => 1,
            How::Words { .. } => 2,
            How::WordStarts { .. } => 3,
        }
    }

    /// Whether the skill was read from a term (a tool, a method ...) rather than named.
    pub fn is_reading(&self) -> bool {
        match self {
            How::Term { .. } => true,
            How::Words { place, .. } | How::WordStarts { place, .. } => {
                matches!(place, Place::Term(_))
            }
            How::Name | How::Synonym { .. } => false,
        }
    }

    /// Whether the typed words only start words of the skill's texts (`databa`): too loose to
    /// stand for the skill anywhere but in `him fit`, which shows how it read them.
    pub fn by_word_starts(&self) -> bool {
        matches!(self, How::WordStarts { .. })
    }

    /// "its name", "the synonym “sql”", "a tool for it" (a term), "“database” is a word of
    /// its name", "“databa” starts “database” in its name".
    pub fn explain(&self) -> String {
        let place = |within: &str, place: Place| match place {
            Place::Name => "its name".to_string(),
            Place::Synonym => format!("its synonym “{within}”"),
            Place::Term(kind) => format!("“{within}”, {}", kind.relation()),
        };
        match self {
            How::Name => "its name".to_string(),
            How::Synonym { synonym } => format!("the synonym “{synonym}”"),
            // The typed word is beside it: what it is to the skill is what is new.
            How::Term { kind, .. } => kind.relation().to_string(),
            How::Words {
                within,
                place: at,
                words,
            } => {
                let typed: Vec<String> = words.iter().map(|p| format!("“{}”", p.typed)).collect();
                let verb = if typed.len() == 1 {
                    "is a word"
                } else {
                    "are words"
                };
                format!(
                    "{} {verb} of {}",
                    crate::text::and_list(&typed),
                    place(within, *at)
                )
            }
            How::WordStarts {
                within,
                place: at,
                words,
            } => {
                let pairs: Vec<String> = words
                    .iter()
                    .map(|p| {
                        if p.typed == p.word {
                            format!("“{}” is a word", p.typed)
                        } else {
                            format!("“{}” starts “{}”", p.typed, p.word)
                        }
                    })
                    .collect();
                format!("{} in {}", pairs.join(", "), place(within, *at))
            }
        }
    }
}

/// A skill of the data a typed skill may mean, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub id: String,
    pub name: String,
    pub how: How,
}

/// A skill whose name, synonym or term is close to an unknown typed skill.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The skill's name.
    pub skill: String,
    /// The synonym or term that is close, when it is not the skill's name (`python`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near: Option<String>,
}

impl Suggestion {
    /// "python (Software programming)", or the skill's name alone.
    pub fn text(&self) -> String {
        match &self.near {
            Some(near) => format!("{near} ({})", self.skill),
            None => self.skill.clone(),
        }
    }
}

/// What one typed skill was read as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Reading {
    Recognized(Candidate),
    /// Several skills fit equally well: none is counted.
    Ambiguous {
        candidates: Vec<Candidate>,
    },
    /// No skill fits; the nearest names, best first.
    Unknown {
        suggestions: Vec<Suggestion>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Typed {
    pub typed: String,
    #[serde(flatten)]
    pub reading: Reading,
}

/// The words of a text as names are compared: lowercase, split at anything but letters and
/// digits.
fn words(text: &str) -> Vec<String> {
    normalize_name(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A word without a plural ending, so `databases` is `database`, `apis` is `api` and
/// `processes` is `process`. Words of three letters or fewer (`aws`, `sas`) and words whose `s`
/// is not a plural (`analysis`, `access`, `status`) are left as they are. Both sides of
/// a comparison are reduced, so an acronym ending in `s` (`pacs`) still equals itself.
pub fn singular(word: &str) -> &str {
    let len = word.len();
    let not_plural = ["ss", "us", "sis", "xis", "this"];
    if len <= 3 || !word.ends_with('s') || not_plural.iter().any(|e| word.ends_with(e)) {
        return word;
    }
    if len > 4 && word.ends_with("sses") {
        return &word[..len - 2];
    }
    &word[..len - 1]
}

/// Whether two words are the same, a plural ending aside.
fn same_word(typed: &str, word: &str) -> bool {
    typed == word || singular(typed) == singular(word) || ies_singular(typed, word)
}

/// `terminologies` and `terminology`, `vocabularies` and `vocabulary`.
fn ies_singular(a: &str, b: &str) -> bool {
    let stem = |w: &str| {
        w.strip_suffix("ies")
            .filter(|s| s.len() >= 3)
            .map(|s| format!("{s}y"))
    };
    stem(a).is_some_and(|s| s == b) || stem(b).is_some_and(|s| s == a)
}

/// Whether two lists of words are the same words in the same order, plural endings aside.
fn same_words(typed: &[String], text: &[String]) -> bool {
    typed.len() == text.len() && typed.iter().zip(text).all(|(a, b)| same_word(a, b))
}

/// More skills than this are not one person's: a pasted list is refused at once.
pub const MAX_SKILLS: usize = 100;

/// More typed words than this name no skill.
const MAX_WORDS: usize = 12;

/// A typed word shorter than this never matches by its start alone: "da" starts too much.
const MIN_START: usize = 3;

/// For each typed word, a distinct word of `text` it equals (`whole`, plural endings aside) or
/// starts; `None` when one has none.
fn word_match(typed: &[String], text: &[String], whole: bool) -> Option<Vec<WordPair>> {
    let mut used = vec![false; text.len()];
    let mut pairs = Vec::new();
    for word in typed {
        let found = (0..text.len()).find(|&i| {
            !used[i]
                && if whole {
                    same_word(word, &text[i])
                } else {
                    word.chars().count() >= MIN_START && text[i].starts_with(word.as_str())
                }
        })?;
        used[found] = true;
        pairs.push(WordPair {
            typed: word.clone(),
            word: text[found].clone(),
        });
    }
    Some(pairs)
}

/// One text a skill is known by (its name, a synonym or a term), as words.
struct SkillText<'c> {
    text: &'c str,
    place: Place,
    words: Vec<String>,
}

/// The names, synonyms and terms of every skill as words, worked out once for all the
/// readings of a query rather than again for each typed skill and each way of matching.
pub struct Vocabulary<'c> {
    catalog: &'c Catalog,
    /// For each skill of the data, in its order: its texts, the name first, and its id's words.
    skills: Vec<(Vec<SkillText<'c>>, Vec<String>)>,
}

impl<'c> Vocabulary<'c> {
    pub fn new(catalog: &'c Catalog) -> Vocabulary<'c> {
        let skills = catalog
            .data
            .skills()
            .iter()
            .map(|skill| {
                let texts = std::iter::once((skill.name.as_str(), Place::Name))
                    .chain(skill.aliases.iter().map(|a| (a.as_str(), Place::Synonym)))
                    .chain(skill.each_term().map(|(kind, t)| (t, Place::Term(kind))))
                    .map(|(text, place)| SkillText {
                        text,
                        place,
                        words: words(text),
                    })
                    .collect();
                (texts, words(&skill.id))
            })
            .collect();
        Vocabulary { catalog, skills }
    }

    /// Reads one typed skill: the one skill it names at the strongest level any skill is named
    /// at, or why there is none.
    pub fn read(&self, typed: &str) -> Reading {
        let mut found = self.candidates(typed);
        if found.is_empty() {
            return Reading::Unknown {
                suggestions: if words(typed).len() > MAX_WORDS {
                    Vec::new()
                } else {
                    suggestions(self.catalog, typed)
                },
            };
        }
        if found.len() == 1 {
            Reading::Recognized(found.remove(0))
        } else {
            Reading::Ambiguous { candidates: found }
        }
    }

    /// The one skill `typed` names, if it names one: `read` without the nearest names, which
    /// cost a comparison with every name of every skill.
    pub fn recognize(&self, typed: &str) -> Option<Candidate> {
        let mut found = self.candidates(typed);
        (found.len() == 1).then(|| found.remove(0))
    }

    /// The skills `typed` names at the strongest level any skill is named at.
    fn candidates(&self, typed: &str) -> Vec<Candidate> {
        let typed_words = words(typed);
        // No skill has a name this long: a pasted paragraph is answered at once.
        if typed_words.is_empty() || typed_words.len() > MAX_WORDS {
            return Vec::new();
        }
        let mut found: Vec<Candidate> = self
            .catalog
            .data
            .skills()
            .iter()
            .zip(&self.skills)
            .filter_map(|(skill, (texts, id))| {
                how_named(&typed_words, texts, id).map(|how| Candidate {
                    id: skill.id.clone(),
                    name: skill.name.clone(),
                    how,
                })
            })
            .collect();
        if let Some(best) = found.iter().map(|c| c.how.rank()).min() {
            found.retain(|c| c.how.rank() == best);
        }
        found
    }
}

/// The strongest way the typed words name a skill with these texts and id, if they do.
fn how_named(typed_words: &[String], texts: &[SkillText<'_>], id: &[String]) -> Option<How> {
    if same_words(typed_words, id) {
        return Some(How::Name);
    }
    // Whole, the texts in order of strength: the name, a synonym, a term.
    if let Some(found) = texts.iter().find(|t| same_words(typed_words, &t.words)) {
        return Some(match found.place {
            Place::Name => How::Name,
            Place::Synonym => How::Synonym {
                synonym: found.text.to_string(),
            },
            Place::Term(kind) => How::Term {
                term: found.text.to_string(),
                kind,
            },
        });
    }
    // Whole words first: a skill named by them beats one whose words they only start.
    for whole in [true, false] {
        for text in texts {
            if let Some(words) = word_match(typed_words, &text.words, whole) {
                let within = text.text.to_string();
                let place = text.place;
                return Some(if whole {
                    How::Words {
                        within,
                        place,
                        words,
                    }
                } else {
                    How::WordStarts {
                        within,
                        place,
                        words,
                    }
                });
            }
        }
    }
    None
}

/// Reads one typed skill against the skills of the data (see `Vocabulary::read`; a query that
/// reads several builds the vocabulary once).
pub fn read_skill(catalog: &Catalog, typed: &str) -> Reading {
    Vocabulary::new(catalog).read(typed)
}

/// Up to three skills whose name, synonym or term is close to `typed`, best first.
fn suggestions(catalog: &Catalog, typed: &str) -> Vec<Suggestion> {
    let skills = catalog.data.skills().iter().map(|skill| {
        (
            skill.name.as_str(),
            std::iter::once(skill.name.as_str())
                .chain(skill.aliases.iter().map(String::as_str))
                .chain(skill.each_term().map(|(_, term)| term)),
        )
    });
    crate::text::fuzzy::nearest_by(&normalize_name(typed), skills)
        .into_iter()
        .map(|(skill, near)| Suggestion {
            near: (near != skill).then_some(near),
            skill,
        })
        .collect()
}
