//! `him compare A B [C ...]`: records of one kind side by side, each list value marked with
//! the records that have it. This file reads the request and builds the rows; `view` shows
//! them, `json` gives their JSON shape, `rows` picks which rows are shown.

use rustc_hash::FxHashMap;

use crate::error::Result;

use crate::catalog::Catalog;
use crate::catalog::EntityRef;
use crate::data::Kind;
use crate::domain::Context;
use crate::domain::profile::COMPARABLE;
use crate::domain::profile::{self, Aspect, Item, Value};
use crate::error::UsageError;
use crate::output::PayChart;

mod json;
mod rows;
mod view;

pub use rows::BRIEF_ROWS;

pub struct CompareView<'a> {
    catalog: &'a Catalog,
    kind: Kind,
    entities: Vec<EntityRef>,
    rows: Vec<Row>,
    /// Sources cited by any compared record, listed once under the table.
    sources: Vec<Item>,
    /// Rows no compared record has anything for, left out of the table (said once under it).
    left_out: Vec<String>,
    /// For a comparison of fields, the ids of the fields compared, whose titles' pay an HTML page
    /// draws as one chart (`with_pay_chart`).
    field_ids: Option<Vec<String>>,
    /// That chart, made only for a page (by the caller, from `him salary`'s query).
    pay_chart: Option<PayChart>,
}

struct Row {
    aspect: String,
    /// One value per entity, `None` when that entity has nothing for this aspect.
    values: Vec<Option<Value>>,
}

pub fn query<'a>(
    ctx: &Context<'a>,
    names: &[String],
    kind: Option<Kind>,
) -> Result<CompareView<'a>> {
    let catalog = ctx.catalog;
    let entities = resolve_all(catalog, names, kind)?;
    // clap asks for two names or more; a caller of the library could pass none.
    let Some(first) = entities.first() else {
        return Err(UsageError::new("compare needs two names or more").into());
    };
    let kind = first.kind;
    for (i, a) in entities.iter().enumerate() {
        if entities[..i].contains(a) {
            return Err(UsageError::new(format!(
                "`{}` is named twice: compare needs different records",
                catalog.named(*a).name()
            ))
            .into());
        }
    }
    let mut profiles: Vec<Vec<Aspect>> = entities
        .iter()
        .map(|&e| profile::profile(ctx, e, true))
        .collect::<Result<_>>()?;
    // Which other titles take a compared title's figure is said once, in a note
    // (`shared_occupation_notes`), not in every column.
    for aspect in profiles.iter_mut().flatten() {
        if let Value::List(items) = &mut aspect.value {
            items.retain(|item| !item.key.starts_with(profile::SHARED_FIGURE));
        }
    }
    let mut order: Vec<String> = Vec::new();
    for aspect in profiles.iter().flatten() {
        if !order.contains(&aspect.name) {
            order.push(aspect.name.clone());
        }
    }
    let mut sources: Vec<Item> = Vec::new();
    let mut rows = Vec::new();
    let mut left_out = Vec::new();
    for name in order {
        let values: Vec<Option<Value>> = profiles
            .iter()
            .map(|p| {
                p.iter()
                    .find(|a| a.name == name && !a.is_empty())
                    .map(|a| a.value.clone())
            })
            .collect();
        if values.iter().all(Option::is_none) {
            if name != "Sources" {
                left_out.push(name);
            }
            continue;
        }
        if name == "Sources" {
            for value in values.into_iter().flatten() {
                if let Value::List(items) = value {
                    for item in items {
                        if !sources.iter().any(|s| s.key == item.key) {
                            sources.push(item);
                        }
                    }
                }
            }
            continue;
        }
        rows.push(Row {
            aspect: name,
            values,
        });
    }
    let field_ids = (kind == Kind::Field).then(|| {
        entities
            .iter()
            .map(|&e| catalog.named(e).id().to_string())
            .collect()
    });
    Ok(CompareView {
        catalog,
        kind,
        entities,
        rows,
        sources,
        left_out,
        field_ids,
        pay_chart: None,
    })
}

/// Resolves every name within one kind: the given one, or the first kind all names belong to.
fn resolve_all(catalog: &Catalog, names: &[String], kind: Option<Kind>) -> Result<Vec<EntityRef>> {
    if let Some(kind) = kind {
        if !COMPARABLE.contains(&kind) {
            return Err(UsageError::new(format!("{} records do not compare", kind.noun())).into());
        }
        return Ok(names
            .iter()
            .map(|n| catalog.resolve(n, &[kind]))
            .collect::<Result<_, _>>()?);
    }
    for kind in COMPARABLE {
        if let Ok(found) = names
            .iter()
            .map(|n| catalog.resolve(n, &[kind]))
            .collect::<Result<Vec<_>, _>>()
        {
            return Ok(found);
        }
    }
    // No one kind holds every name. Judge by the kind most names belong to: a name missing from
    // it is a typo (suggest within that kind); otherwise the names are of different kinds.
    let kinds: Vec<Option<Kind>> = names
        .iter()
        .map(|n| catalog.resolve(n, &COMPARABLE).ok().map(|e| e.kind))
        .collect();
    let majority = COMPARABLE
        .iter()
        .copied()
        .max_by_key(|k| {
            (
                kinds.iter().filter(|found| **found == Some(*k)).count(),
                std::cmp::Reverse(*k),
            )
        })
        .unwrap_or(Kind::Field);
    if kinds.iter().any(Option::is_none) {
        for name in names {
            catalog.resolve(name, &[majority])?;
        }
    }
    let described: Vec<String> = names
        .iter()
        .zip(&kinds)
        .map(|(name, kind)| {
            let name = crate::text::clip(name, crate::text::ECHOED_NAME);
            match kind {
                Some(kind) => format!("`{name}` is a {}", kind.noun()),
                None => format!("`{name}` is ambiguous"),
            }
        })
        .collect();
    Err(UsageError::new(format!(
        "compare needs records of one kind: {}",
        described.join(", ")
    ))
    .with_hint("compare fields with fields (`him compare informatics him`), titles with titles, credentials with credentials")
    .into())
}

impl CompareView<'_> {
    fn entity_ids(&self) -> Vec<&str> {
        self.entities
            .iter()
            .map(|&e| self.catalog.named(e).id())
            .collect()
    }

    /// For each item key of a list row, the indexes of the entities that have it.
    fn holders(values: &[Option<Value>]) -> FxHashMap<&str, Vec<usize>> {
        let mut holders: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (i, value) in values.iter().enumerate() {
            if let Some(Value::List(items)) = value {
                for item in items {
                    let entry = holders.entry(item.key.as_str()).or_default();
                    if !entry.contains(&i) {
                        entry.push(i);
                    }
                }
            }
        }
        holders
    }

    fn short_names(&self) -> Vec<String> {
        self.entities
            .iter()
            .map(|&e| {
                let record = self.catalog.named(e);
                record.abbreviation().unwrap_or(record.id()).to_string()
            })
            .collect()
    }

    /// Whether pay figures from different sources or periods sit side by side.
    fn mixes_pay_sources(&self) -> Option<String> {
        let mut cited: Vec<String> = Vec::new();
        for row in self.rows.iter().filter(|r| r.aspect.starts_with("Pay")) {
            for value in row.values.iter().flatten() {
                if let Value::List(items) = value {
                    for source in items.iter().filter_map(|i| i.source.as_deref()) {
                        let citation = crate::domain::sources::cite(self.catalog, source);
                        if !cited.contains(&citation) {
                            cited.push(citation);
                        }
                    }
                }
            }
        }
        (cited.len() > 1).then(|| {
            format!(
                "The pay figures come from different sources and years ({}): they are not measured the same way, so read differences between them with care.",
                cited.join("; ")
            )
        })
    }

    /// Records whose current wages are those of one occupation code: said once, in words, so
    /// an equal figure is not read as two measurements that agree; and, for titles, the titles
    /// not compared that take the same figure, once per code however many are compared.
    fn shared_occupation_notes(&self) -> Vec<String> {
        let Some(row) = self.rows.iter().find(|r| r.aspect == profile::CURRENT_PAY) else {
            return Vec::new();
        };
        let mut holders: Vec<(&str, Vec<usize>)> = CompareView::holders(&row.values)
            .into_iter()
            .filter(|(key, _)| key.starts_with("oews:"))
            .collect();
        holders.sort();
        let compared: Vec<&str> = self.entity_ids();
        holders
            .into_iter()
            .filter_map(|(key, who)| {
                let soc = key.trim_start_matches("oews:");
                let names: Vec<String> = who
                    .iter()
                    .map(|&i| self.catalog.named(self.entities[i]).name().to_string())
                    .collect();
                let others: Vec<String> = if self.kind == Kind::Title {
                    crate::domain::pay::titles_sharing(self.catalog, soc)
                        .into_iter()
                        .filter(|t| !compared.contains(&t.id.as_str()))
                        .map(|t| t.name.clone())
                        .collect()
                } else {
                    Vec::new()
                };
                let names = crate::text::and_list(&names);
                let others = crate::text::and_list(&others);
                match (who.len() > 1, others.is_empty()) {
                    (true, true) => Some(format!(
                        "{names} map to one occupation code ({soc}), so they share one BLS figure."
                    )),
                    (true, false) => Some(format!(
                        "{names} map to one occupation code ({soc}), so they share one BLS figure. It also stands for {others}."
                    )),
                    (false, false) => Some(format!(
                        "The figure of {names} is that of occupation code {soc}, which it shares with {others}."
                    )),
                    (false, true) => None,
                }
            })
            .collect()
    }

    fn notes(&self) -> Vec<String> {
        let mut notes = self.shared_occupation_notes();
        let has = |aspect: &str| self.rows.iter().any(|r| r.aspect == aspect);
        if has(profile::CURRENT_PAY) {
            notes.push(crate::domain::pay::CLOSEST_OCCUPATION.to_string());
        }
        if self
            .rows
            .iter()
            .any(|r| r.aspect.starts_with("Outlook (BLS"))
        {
            notes.push("Outlook: each occupation the titles map to, named, from one edition of the BLS Employment Projections; him does not average them into a figure for a field. A figure no source gives is said as not found.".to_string());
        }
        notes.extend(self.mixes_pay_sources());
        notes
    }
}
