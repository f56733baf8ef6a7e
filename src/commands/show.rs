//! `him show NAME`: everything about one record, with its sources.

use crate::error::Result;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::catalog::EntityRef;
use crate::data::Kind;
use crate::domain::Context;
use crate::domain::lookup::resolve;
use crate::domain::profile::{self, Aspect, Value};
use crate::output::{Cell, Entry, Report, Table, Tone, View};

pub struct ShowView<'a> {
    catalog: &'a Catalog,
    entity: EntityRef,
    aspects: Vec<Aspect>,
}

/// `outlook` adds a title's outlook (BLS Employment Projections) to its profile.
pub fn query<'a>(
    ctx: &Context<'a>,
    name: &str,
    kind: Option<Kind>,
    outlook: bool,
) -> Result<ShowView<'a>> {
    let entity = resolve(ctx.catalog, name, kind)?;
    Ok(ShowView {
        catalog: ctx.catalog,
        entity,
        aspects: profile::profile(ctx, entity, outlook)?
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect(),
    })
}

/// A record as JSON: its keys as in the data files, plus `kind`, and `name` for sources (whose
/// name is their title).
pub fn record_json(catalog: &Catalog, entity: EntityRef) -> serde_json::Value {
    let data = &catalog.data;
    let i = entity.index;
    let value = match entity.kind {
        Kind::Source => serde_json::to_value(&data.sources()[i]),
        Kind::Organization => serde_json::to_value(&data.organizations()[i]),
        Kind::Skill => serde_json::to_value(&data.skills()[i]),
        Kind::Field => serde_json::to_value(&data.fields()[i]),
        Kind::Specialization => serde_json::to_value(&data.specializations()[i]),
        Kind::Title => serde_json::to_value(&data.titles()[i]),
        Kind::Credential => serde_json::to_value(&data.credentials()[i]),
        Kind::Course => serde_json::to_value(&data.courses()[i]),
        Kind::Occupation => serde_json::to_value(&data.occupations()[i]),
        Kind::Area => serde_json::to_value(&data.areas()[i]),
        Kind::Experience => serde_json::to_value(&data.experience()[i]),
    };
    // Serializing plain records into a JSON value cannot fail: every key is a string and every
    // number finite (the loader rejects non-finite outlook values).
    let mut value = value.unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(map) = &mut value {
        let record = catalog.named(entity);
        let mut object = serde_json::Map::new();
        object.insert("kind".into(), entity.kind.table_key().into());
        object.insert("id".into(), record.id().into());
        object.insert("name".into(), record.name().into());
        for (key, v) in std::mem::take(map) {
            object.entry(key).or_insert(v);
        }
        *map = object;
    }
    value
}

impl Serialize for ShowView<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut value = record_json(self.catalog, self.entity);
        if let serde_json::Value::Object(map) = &mut value {
            // The profile says what him derives from the record: related records, the CAHIIM
            // requirement, citations in words.
            map.insert(
                "profile".into(),
                serde_json::to_value(&self.aspects).unwrap_or_default(),
            );
        }
        value.serialize(serializer)
    }
}

impl View for ShowView<'_> {
    /// One row per aspect, list values joined: the record as a spreadsheet reads it.
    fn csv(&self) -> Vec<Table> {
        let record = self.catalog.named(self.entity);
        let mut table = Table::new(["aspect", "value"]);
        table.row(vec![
            Cell::new("kind"),
            Cell::new(self.entity.kind.table_key()),
        ]);
        table.row(vec![Cell::new("id"), Cell::new(record.id())]);
        table.row(vec![Cell::new("name"), Cell::new(record.name())]);
        for aspect in &self.aspects {
            let value = match &aspect.value {
                Value::Text(text) => Cell::new(text.clone()),
                Value::List(items) => Cell::lines(items.iter().map(|i| i.text.clone()).collect()),
                Value::Entries(entries) => Cell::lines(
                    entries
                        .iter()
                        .map(|e| format!("{}: {}", e.head, e.details.join(" ")))
                        .collect(),
                ),
            };
            table.row(vec![Cell::new(aspect.name.clone()), value]);
        }
        vec![table]
    }

    fn report(&self) -> Report {
        let record = self.catalog.named(self.entity);
        let mut report = Report::new();
        // Experience kinds are named to read after "years of" ("medical coding").
        report.title(crate::text::capitalized(&record.label()));
        report.text_toned(
            format!("{} · id: {}", self.entity.kind.noun(), record.id()),
            Tone::Muted,
        );
        let mut pairs = Vec::new();
        let mut tail = Report::new();
        for aspect in &self.aspects {
            match (aspect.name.as_str(), &aspect.value) {
                ("Summary", Value::Text(text)) => {
                    report.text(text.clone());
                }
                ("Note", Value::Text(text)) => {
                    tail.note(format!("Note: {text}"));
                }
                ("Sources", Value::List(items)) => {
                    if self.entity.kind == Kind::Credential {
                        tail.note(format!(
                            "`him eligible --credential {} --degree LEVEL --experience KIND=YEARS ...` checks you against these routes.",
                            record.id()
                        ));
                    }
                    tail.heading("Sources");
                    for item in items {
                        tail.note(item.text.clone());
                    }
                }
                (_, Value::Text(text)) => {
                    pairs.push((aspect.name.clone(), Cell::new(text.clone())))
                }
                (_, Value::List(items)) => {
                    let cell = Cell::lines(items.iter().map(|i| i.text.clone()).collect());
                    pairs.push((aspect.name.clone(), cell.tone(profile::list_tone(items))))
                }
                (name, Value::Entries(entries)) => {
                    flush_pairs(&mut report, &mut pairs);
                    report.heading(if name == profile::RECOMMENDED {
                        name.to_string()
                    } else {
                        format!("{name} (any one is enough)")
                    });
                    report.entries(
                        entries
                            .iter()
                            .map(|e| {
                                let mut details: Vec<(String, Tone)> =
                                    e.details.iter().map(|d| (d.clone(), Tone::Plain)).collect();
                                // The source is the last detail: marked as stale pay is.
                                if e.stale
                                    && let Some(source) = details.last_mut()
                                {
                                    source.1 = Tone::Warn;
                                }
                                if let Some(caution) = &e.caution {
                                    details.push((caution.clone(), Tone::Warn));
                                }
                                Entry {
                                    head: e.head.clone(),
                                    tone: Tone::Plain,
                                    details,
                                }
                            })
                            .collect(),
                    );
                }
            }
        }
        flush_pairs(&mut report, &mut pairs);
        report.blocks.extend(tail.blocks);
        report
    }
}

fn flush_pairs(report: &mut Report, pairs: &mut Vec<(String, Cell)>) {
    if !pairs.is_empty() {
        report.pairs(std::mem::take(pairs));
    }
}
