//! One file per command. Each has a pure query (catalog and arguments in, a view out) and
//! describes its view as a report; `output` does the rest.

pub mod check;
pub mod compare;
pub mod completions;
pub mod credentials;
pub mod eligible;
pub mod fit;
pub mod import;
pub mod init;
pub mod ladder;
pub mod list;
pub mod man;
pub mod paths;
pub mod plan;
pub mod salary;
pub mod search;
pub mod show;
pub mod sources;
pub mod where_;
