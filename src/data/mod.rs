//! Data files: what they hold, where they come from, and how they are read and checked.
//!
//! Loading happens in two steps. `load` reads each file strictly into records (every record that
//! parses is kept, every one that does not becomes a diagnostic), then `validate` checks what a
//! single file cannot: references between records, duplicate ids and names, ladders without
//! cycles. Both steps report every problem they find, not just the first.
//!
//! `kind` names the kinds of records, `model` their fields, `period` the dates figures carry,
//! `files` finds and reads a data set's files, `load` (with `chunks` and `locate`) parses them,
//! `validate` checks them, `diagnostics` says what is wrong as a compiler would, `dataset` holds
//! the records, `builtin` the compiled-in set, `imported` the sources `him import` recorded;
//! `clock` says what day it is and `dirs` where a user's own data lives. Nothing here knows of
//! the wage table, the catalog, the commands or the terminal.

pub mod builtin;
mod chunks;
pub mod clock;
mod dataset;
pub mod diagnostics;
pub mod dirs;
mod files;
pub mod imported;
mod kind;
mod load;
pub mod locate;
pub mod model;
pub mod period;
mod validate;

pub use dataset::{CompiledKinds, Dataset, RecordLists, repeated_entries};
pub use diagnostics::Diagnostic;
pub use files::{
    FileIndex, IMPORTED_SOURCES_FILE, MAX_FILE_BYTES, MAX_PIECE_BYTES, PRICES_FILE, SourceFile,
    WAGES_FILE, builtin_with, file_names, gather, stray_files,
};
pub(crate) use files::{read_user_file, user_or_builtin};
pub use kind::{Kind, Origin};
pub use load::{Loaded, load};
pub use validate::is_kebab_case;
pub(crate) use validate::is_soc_code;
