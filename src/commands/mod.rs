//! One file per command. Each has a pure query (catalog and arguments in, a view out) and
//! describes its view as a report; `output` does the rest.

pub mod check;
pub mod compare;
pub mod completions;
pub mod credentials;
pub mod eligible;
pub mod init;
pub mod list;
pub mod man;
pub mod paths;
pub mod profile;
pub mod show;

use crate::catalog::Catalog;
use crate::data::period::Date;

/// What every query may read.
pub struct Context<'a> {
    pub catalog: &'a Catalog,
    /// For the age of figures and time-limited routes.
    pub today: Date,
}
