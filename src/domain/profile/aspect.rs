//! The parts of a profile: aspects (focus, skills, pay ...), each a text, a list of items or
//! numbered entries, and the small builders every record's profile uses.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{Pay, Title};
use crate::domain::Age;
use crate::domain::sources::{cite, reference};
use crate::text::dollars;

/// One thing a list aspect holds. `key` says which items are the same across records (the id of
/// a record, or the normalized text), `text` is what a person reads.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    #[serde(skip)]
    pub key: String,
    #[serde(rename = "value")]
    pub text: String,
    /// The id of the record the item names, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The source of a figure the item states.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Set when the figure is older than `--stale-after` allows.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
}

impl Item {
    pub fn record(kind: Kind, id: &str, text: String) -> Item {
        Item {
            key: format!("{}:{id}", kind.noun()),
            text,
            id: Some(id.to_string()),
            source: None,
            stale: false,
        }
    }

    pub fn text(text: impl Into<String>) -> Item {
        let text = text.into();
        Item {
            key: crate::text::normalize_name(&text),
            text,
            id: None,
            source: None,
            stale: false,
        }
    }

    /// An item keyed by `key` rather than its text, so records with the same thing (one
    /// occupation's wages) line up in a comparison even when the words differ.
    pub fn keyed(key: String, text: impl Into<String>) -> Item {
        Item {
            key,
            text: text.into(),
            id: None,
            source: None,
            stale: false,
        }
    }

    /// Marks a dated figure stale when its age says so, in words as well as in the flag. An
    /// unknown age (`None`) marks nothing.
    pub fn aged(mut self, age: impl Into<Option<Age>>) -> Item {
        if let Some(marker) = age.into().and_then(|age| age.stale_marker()) {
            self.text.push_str(&format!(" [{marker}]"));
            self.stale = true;
        }
        self
    }

    pub fn with_source(mut self, source: &str) -> Item {
        self.source = Some(source.to_string());
        self
    }
}

/// The tone of a list of items in a table: a warning when any is stale. A stale figure is said
/// in words too (`Item::aged`); the tone only draws the eye.
pub fn list_tone(items: &[Item]) -> crate::output::Tone {
    if items.iter().any(|item| item.stale) {
        crate::output::Tone::Warn
    } else {
        crate::output::Tone::Plain
    }
}

/// A numbered entry with details: an eligibility path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detailed {
    pub head: String,
    pub details: Vec<String>,
    /// Set when the entry is not a rule him can count as met (unconfirmed, unknown figures,
    /// closed), or only as likely (a secondary or stale source).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caution: Option<String>,
    /// The source (the last detail) is older than `--stale-after` allows.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    List(Vec<Item>),
    Entries(Vec<Detailed>),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Aspect {
    #[serde(rename = "aspect")]
    pub name: String,
    pub value: Value,
}

impl Aspect {
    pub fn text(name: &str, text: impl Into<String>) -> Aspect {
        Aspect {
            name: name.to_string(),
            value: Value::Text(text.into()),
        }
    }

    pub fn list(name: &str, items: Vec<Item>) -> Aspect {
        Aspect {
            name: name.to_string(),
            value: Value::List(items),
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.value {
            Value::Text(t) => t.is_empty(),
            Value::List(items) => items.is_empty(),
            Value::Entries(entries) => entries.is_empty(),
        }
    }
}

pub(super) fn names(catalog: &Catalog, kind: Kind, ids: &[String]) -> Vec<Item> {
    ids.iter()
        .map(|id| Item::record(kind, id, catalog.name_of(kind, id).to_string()))
        .collect()
}

pub(super) fn texts(values: &[String]) -> Vec<Item> {
    values.iter().map(|v| Item::text(v.clone())).collect()
}

pub(super) fn sources(catalog: &Catalog, ids: &[String]) -> Aspect {
    let mut seen: Vec<&str> = Vec::new();
    for id in ids {
        if !seen.contains(&id.as_str()) {
            seen.push(id);
        }
    }
    Aspect::list(
        "Sources",
        seen.iter()
            .map(|id| {
                let text = catalog.source(id).map_or_else(|| id.to_string(), reference);
                Item::record(Kind::Source, id, text)
            })
            .collect(),
    )
}

/// "Health informatics specialist: $64,000 median, PayScale, March 2020, via the article".
pub(super) fn pay_line(catalog: &Catalog, title: &Title, pay: &Pay) -> String {
    let mut text = format!(
        "{}: {} median ({})",
        title.name,
        dollars(u64::from(pay.median)),
        cite(catalog, &pay.source)
    );
    if let Some(group) = &pay.applies_to {
        text.push_str(&format!("; for {group}"));
    }
    text
}
