//! Skills as the data describes them: their names and the terms (tools, languages, standards,
//! methods ...) a person may write for them, each read as its skill.

use serde::{Deserialize, Serialize};

use super::Deferred;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub sources: Vec<String>,
    /// Names of the tools, languages, standards, methods ... of the skill that a person may
    /// write on a résumé: each is read as the skill (`Tableau` as Data visualization), and says
    /// what it is to the skill, so the reading is shown as a reading, not as a synonym. Most of
    /// the skills' strings, read only by `fit` and `search`: decoded when first read.
    #[serde(default)]
    pub terms: Deferred<Vec<Terms>>,
}

/// Names of one kind that a skill covers (`[[skill.terms]]`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    pub kind: TermKind,
    pub names: Vec<String>,
}

/// What a term is to the skill it is read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TermKind {
    Tool,
    Language,
    Framework,
    Platform,
    Standard,
    Law,
    Example,
    Method,
    Part,
    /// Wider work that includes the skill (revenue cycle for billing).
    Wider,
    /// A discipline close to the skill (human factors for cognitive science).
    Related,
    Role,
    Certification,
    Degree,
}

impl TermKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TermKind::Tool => "tool",
            TermKind::Language => "language",
            TermKind::Framework => "framework",
            TermKind::Platform => "platform",
            TermKind::Standard => "standard",
            TermKind::Law => "law",
            TermKind::Example => "example",
            TermKind::Method => "method",
            TermKind::Part => "part",
            TermKind::Wider => "wider",
            TermKind::Related => "related",
            TermKind::Role => "role",
            TermKind::Certification => "certification",
            TermKind::Degree => "degree",
        }
    }

    /// What a term of this kind is to its skill: "`Tableau` is a tool for it".
    pub fn relation(self) -> &'static str {
        match self {
            TermKind::Tool => "a tool for it",
            TermKind::Language => "a language for it",
            TermKind::Framework => "a framework for it",
            TermKind::Platform => "a platform for it",
            TermKind::Standard => "a standard for it",
            TermKind::Law => "a law that governs it",
            TermKind::Example => "an example of it",
            TermKind::Method => "a method of it",
            TermKind::Part => "part of it",
            TermKind::Wider => "wider work that includes it",
            TermKind::Related => "close to it",
            TermKind::Role => "a role that practices it",
            TermKind::Certification => "a certification in it",
            TermKind::Degree => "a degree in it",
        }
    }

    /// What a list of terms of this kind is called: "tools".
    pub fn plural(self) -> &'static str {
        match self {
            TermKind::Tool => "tools",
            TermKind::Language => "languages",
            TermKind::Framework => "frameworks",
            TermKind::Platform => "platforms",
            TermKind::Standard => "standards",
            TermKind::Law => "laws",
            TermKind::Example => "examples",
            TermKind::Method => "methods",
            TermKind::Part => "parts",
            TermKind::Wider => "wider work",
            TermKind::Related => "related fields",
            TermKind::Role => "roles",
            TermKind::Certification => "certifications",
            TermKind::Degree => "degrees",
        }
    }
}

impl Skill {
    /// Every term of the skill with its kind, in the order of the file.
    pub fn each_term(&self) -> impl Iterator<Item = (TermKind, &str)> {
        self.terms
            .iter()
            .flat_map(|t| t.names.iter().map(move |name| (t.kind, name.as_str())))
    }
}
