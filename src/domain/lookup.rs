//! Finding the record a person names: the record `him show` (and `him search`, to link a hit)
//! resolves a name to, and the nearest name to offer when a flag's name is unknown.

use crate::catalog::{Catalog, EntityRef};
use crate::data::Kind;

/// The record `him show NAME [--kind KIND]` shows: one of `kind`, or of any kind whose names
/// are shared (`Kind::shares_names`), or else an experience kind of that name.
pub fn resolve(
    catalog: &Catalog,
    name: &str,
    kind: Option<Kind>,
) -> Result<EntityRef, crate::error::UsageError> {
    match kind {
        Some(kind) => catalog.resolve(name, &[kind]),
        None => catalog
            .resolve(name, &Kind::sharing_names())
            .or_else(|err| catalog.resolve(name, &[Kind::Experience]).map_err(|_| err)),
    }
}

/// "did you mean `cca`? ", the start of a hint for a name no record has, when the lookup found
/// a near one; empty when it did not. A flag's own hint (what it takes) follows it.
pub fn did_you_mean(err: &crate::error::UsageError) -> String {
    err.hint
        .as_deref()
        .filter(|h| h.starts_with("did you mean"))
        .map(|h| format!("{h} "))
        .unwrap_or_default()
}
