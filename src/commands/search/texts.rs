//! What is searched: every text of a record, each with the field it is in and what a match
//! there counts.

use super::words::{Wanted, Words};
use crate::catalog::EntityRef;
use crate::data::Kind;
use crate::data::model::Credential;
use crate::domain::Context;
use crate::domain::rules;

/// How much a match in a text counts, by the text's part in its record: a name says what a
/// record is, a note only mentions things.
pub(super) const NAME: u32 = 8;
pub(super) const ALIAS: u32 = 5;
pub(super) const MAIN: u32 = 3;
pub(super) const DETAIL: u32 = 1;

/// One searchable text of a record.
pub(super) struct Text {
    pub(super) field: &'static str,
    pub(super) weight: u32,
    pub(super) text: String,
    /// A name, abbreviation or alias: a match here ranks the record above matches elsewhere.
    pub(super) names_it: bool,
    /// Names joined by `TERMS_JOINED` (a skill's terms of one kind), indexed as one text and
    /// matched, shown and counted whole one by one.
    pub(super) list: bool,
}

/// What joins the terms of one kind into one text: no term holds it.
pub(super) const TERMS_JOINED: &str = "; ";

/// Every text of a record, each with the field it is in and what a match there counts.
pub(super) fn texts(ctx: &Context<'_>, entity: EntityRef) -> Vec<Text> {
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

pub(super) fn credential_texts(
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

/// A record's texts, each with its words.
pub(super) struct Record {
    pub(super) entity: EntityRef,
    pub(super) texts: Vec<(Text, Words)>,
}

impl Record {
    pub(super) fn has(&self, wanted: &Wanted) -> bool {
        wanted.found(|word, whole| self.texts.iter().any(|(_, words)| words.has(word, whole)))
    }
}

/// Whether search looks through a kind: occupations and area names are reference tables, shown
/// through the titles and areas that use them (`him show 15-1211`, `him salary --list-areas`).
fn searched(kind: Kind) -> bool {
    !matches!(kind, Kind::Occupation | Kind::Area)
}

pub(super) fn index(ctx: &Context<'_>) -> Vec<Record> {
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
