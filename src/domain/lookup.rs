//! Finding the record a person names: the record `him show` (and `him search`, to link a hit)
//! resolves a name to.

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
