//! Finding a query's hits: every record that has every wanted word and, when the whole query
//! reads as a skill, the records that expect or teach it; ranked.

use super::rank::{Hit, Match, RANK_STEP, hit, search_record};
use super::texts::{MAIN, Record};
use super::words::{MIN_WORD, Wanted};
use crate::catalog::{Catalog, EntityRef};
use crate::data::Kind;

/// The hits of a query, and the skill it was read as.
pub(super) struct Found {
    pub(super) hits: Vec<Hit>,
    pub(super) read_as: Option<String>,
}

/// Every record that has every wanted word, and, when the whole query reads as one skill, the
/// records that expect or teach that skill; ranked.
pub(super) fn find(catalog: &Catalog, records: &[Record], wanted: &[Wanted], text: &str) -> Found {
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
