//! The profiles of the records around the careers: specializations, organizations, courses,
//! skills, sources and kinds of experience.

use super::aspect::{Aspect, Item, names, sources, texts};
use crate::data::Kind;
use crate::data::model::{
    Course, ExperienceKind, Named, Organization, OrganizationKind, Skill, Source, Specialization,
};
use crate::domain::Context;
use crate::domain::eligibility::{self};
use crate::domain::rules::{self};
use crate::domain::sources::{citation, reference};

pub(super) fn specialization(ctx: &Context<'_>, spec: &Specialization) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    vec![
        Aspect::text("Summary", spec.summary.clone().unwrap_or_default()),
        Aspect::text("Field", catalog.name_of(Kind::Field, &spec.field)),
        Aspect::text("Focus", &spec.focus),
        Aspect::list("Skills", names(catalog, Kind::Skill, &spec.skills)),
        Aspect::list(
            "Job titles",
            catalog
                .data
                .titles()
                .iter()
                .filter(|t| t.specialization.as_deref() == Some(spec.id.as_str()))
                .map(|t| Item::record(Kind::Title, &t.id, t.name.clone()))
                .collect(),
        ),
        Aspect::text("Note", spec.note.clone().unwrap_or_default()),
        sources(catalog, &spec.sources),
    ]
}

pub(super) fn organization(ctx: &Context<'_>, org: &Organization) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let mut cited = org.sources.clone();
    let founded = org.founded.as_ref().map_or(String::new(), |f| {
        cited.push(f.source.clone());
        let note = f
            .note
            .as_deref()
            .map(|n| format!("; {n}"))
            .unwrap_or_default();
        format!(
            "{}{note} ({})",
            f.year,
            citation(catalog, &f.source, f.status)
        )
    });
    let issued: Vec<Item> = catalog
        .data
        .credentials()
        .iter()
        .filter(|c| c.issuer == org.id || c.governed_by.as_deref() == Some(org.id.as_str()))
        .map(|c| Item::record(Kind::Credential, &c.id, c.label()))
        .collect();
    vec![
        Aspect::text("Summary", &org.summary),
        Aspect::text("Kind", kinds_label(&org.kinds)),
        Aspect::list("Fields", names(catalog, Kind::Field, &org.fields)),
        Aspect::text(
            "Part of",
            org.parent
                .as_deref()
                .map(|p| catalog.name_of(Kind::Organization, p).to_string())
                .unwrap_or_default(),
        ),
        Aspect::text("Founded", founded),
        Aspect::list("Credentials", issued),
        Aspect::text("Status", org.status.label()),
        sources(catalog, &cited),
    ]
}

pub(super) fn course(ctx: &Context<'_>, course: &Course) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    vec![
        Aspect::text("Summary", course.summary.clone().unwrap_or_default()),
        Aspect::text("Field", catalog.name_of(Kind::Field, &course.field)),
        Aspect::text("Group", course.group.as_str()),
        Aspect::text("Program", &course.program),
        Aspect::list("Teaches", names(catalog, Kind::Skill, &course.teaches)),
        sources(catalog, &course.sources),
    ]
}

pub(super) fn skill(ctx: &Context<'_>, skill: &Skill) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let mut expected: Vec<Item> = Vec::new();
    for f in data.fields() {
        if f.skills.contains(&skill.id) {
            expected.push(Item::record(
                Kind::Field,
                &f.id,
                format!("{} (skill)", f.name),
            ));
        } else if f.workflows.contains(&skill.id) {
            expected.push(Item::record(
                Kind::Field,
                &f.id,
                format!("{} (workflow)", f.name),
            ));
        }
    }
    for s in data
        .specializations()
        .iter()
        .filter(|s| s.skills.contains(&skill.id))
    {
        expected.push(Item::record(Kind::Specialization, &s.id, s.name.clone()));
    }
    // A term is a reading, not a synonym: each kind on a line of its own says what they are.
    let read_as: Vec<Item> = skill
        .terms
        .iter()
        .map(|terms| {
            Item::text(format!(
                "{}: {}",
                terms.kind.plural(),
                terms.names.join(", ")
            ))
        })
        .collect();
    vec![
        Aspect::list("Also matches", texts(&skill.aliases)),
        Aspect::list("Read as it", read_as),
        Aspect::list("Expected in", expected),
        Aspect::list(
            "Taught by",
            data.courses()
                .iter()
                .filter(|c| c.teaches.contains(&skill.id))
                .map(|c| Item::record(Kind::Course, &c.id, c.name.clone()))
                .collect(),
        ),
        sources(catalog, &skill.sources),
    ]
}

pub(super) fn source(ctx: &Context<'_>, source: &Source) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    vec![
        Aspect::text("Publisher", &source.publisher),
        Aspect::text("Title", &source.title),
        Aspect::text("Kind", source.kind.as_str()),
        Aspect::text(
            "Period",
            source
                .period
                .map(|p| p.human())
                .unwrap_or_else(|| "undated".to_string()),
        ),
        source_age(ctx, source),
        Aspect::text("Address", source.url.clone().unwrap_or_default()),
        Aspect::text(
            "Seen at (a copy)",
            source.seen_at.clone().unwrap_or_default(),
        ),
        Aspect::text(
            "Known via",
            source
                .via
                .as_deref()
                .and_then(|v| catalog.source(v))
                .map(reference)
                .unwrap_or_default(),
        ),
        Aspect::text("Note", source.note.clone().unwrap_or_default()),
    ]
}

pub(super) fn experience(ctx: &Context<'_>, kind: &ExperienceKind) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let narrower: Vec<Item> = catalog
        .data
        .experience()
        .iter()
        .filter(|k| k.counts_toward.as_deref() == Some(kind.id.as_str()))
        .map(|k| Item::record(Kind::Experience, &k.id, k.name.clone()))
        .collect();
    let broader: Vec<Item> = eligibility::broader_kinds(catalog, &kind.id)
        .into_iter()
        .map(|id| Item::record(Kind::Experience, id, rules::experience_name(catalog, id)))
        .collect();
    vec![
        Aspect::text("Summary", &kind.summary),
        Aspect::list("Also matches", texts(&kind.aliases)),
        Aspect::list("Counts toward", broader),
        Aspect::list("Counted from", narrower),
        Aspect::list(
            "Counts for",
            rules::credentials_asking_for(catalog, &kind.id)
                .into_iter()
                .map(|c| Item::record(Kind::Credential, &c.id, c.label()))
                .collect(),
        ),
        Aspect::text("Note", kind.note.clone().unwrap_or_default()),
        sources(catalog, &kind.sources),
    ]
}

/// How old a source is and, when it backs pay or outlook figures, whether they are stale.
fn source_age(ctx: &Context<'_>, source: &Source) -> Aspect {
    let Some(age) = source.period.map(|p| ctx.age(p)) else {
        return Aspect::list("Age", Vec::new());
    };
    let backs = crate::domain::sources::figures_backed(ctx, &source.id, ctx.wages.source_ids());
    let mut text = age.old_as_of();
    if !backs.is_empty() {
        let labels: Vec<&str> = backs.iter().map(|b| b.label()).collect();
        text.push_str(&format!("; backs {}", labels.join(", ")));
    }
    let item = Item::text(text);
    // Only figures go stale; a source of facts just has an age.
    let item = if crate::domain::sources::is_stale(&backs, Some(age)) {
        item.aged(age)
    } else {
        item
    };
    Aspect::list("Age", vec![item])
}

/// "accreditor, professional association": an organization's kinds in words.
pub fn kinds_label(kinds: &[OrganizationKind]) -> String {
    kinds
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join(", ")
}
