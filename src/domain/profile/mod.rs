//! The facts about one record as a list of aspects (focus, skills, pay ...), each a text or a
//! list of items. `show` prints one profile; `compare` sets several side by side, so both say
//! the same thing in the same words. `careers` describes fields, titles and occupations,
//! `credential` credentials, `records` the rest; `pay` their wages and outlook.

mod aspect;
mod careers;
mod credential;
mod pay;
mod records;

pub use aspect::{Aspect, Detailed, Item, Value, list_tone};
pub use credential::{PATHS, RECOMMENDED, accreditor_dependencies, requirement_phrase};
pub use pay::{CURRENT_PAY, JOBS, OLDER_PAY, SHARED_FIGURE};
pub use records::kinds_label;

use crate::catalog::{Catalog, EntityRef};
use crate::data::Kind;
use crate::domain::Context;
use crate::error::Result;
use careers::{area_name, field, occupation, title};
use credential::credential;
use records::{course, experience, organization, skill, source, specialization};

/// The kinds that compare side by side (`him compare`), in the order a bare name is tried.
pub const COMPARABLE: [Kind; 7] = [
    Kind::Field,
    Kind::Title,
    Kind::Credential,
    Kind::Specialization,
    Kind::Organization,
    Kind::Course,
    Kind::Skill,
];

/// The aspects of any record, in the order they read best. Records of one kind have the same
/// aspects in the same order, empty ones included, so they line up in a comparison. Fields and
/// titles read the wage table, which fails only when a user's copy of it is broken. A title's
/// outlook is shown when `outlook` asks for it; a field's and an occupation's always.
pub fn profile(ctx: &Context<'_>, entity: EntityRef, outlook: bool) -> Result<Vec<Aspect>> {
    let data = &ctx.catalog.data;
    Ok(match entity.kind {
        Kind::Field => field(ctx, &data.fields()[entity.index], ctx.national_wages()?),
        Kind::Title => title(
            ctx,
            &data.titles()[entity.index],
            ctx.national_wages()?,
            outlook,
        ),
        Kind::Occupation => occupation(
            ctx,
            &data.occupations()[entity.index],
            ctx.national_wages()?,
        ),
        Kind::Area => area_name(ctx, &data.areas()[entity.index])?,
        Kind::Credential => credential(ctx, &data.credentials()[entity.index]),
        Kind::Specialization => specialization(ctx, &data.specializations()[entity.index]),
        Kind::Organization => organization(ctx, &data.organizations()[entity.index]),
        Kind::Course => course(ctx, &data.courses()[entity.index]),
        Kind::Skill => skill(ctx, &data.skills()[entity.index]),
        Kind::Source => source(ctx, &data.sources()[entity.index]),
        Kind::Experience => experience(ctx, &data.experience()[entity.index]),
    })
}

/// The display name of any record.
pub fn entity_name(catalog: &Catalog, entity: EntityRef) -> String {
    catalog.named(entity).label()
}
