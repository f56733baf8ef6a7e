//! What the commands share, below them: the context every query reads, the record
//! descriptions, citations of sources, pay and outlook figures in words, the eligibility engine
//! and the credential rules. Nothing here knows of clap or of a particular command.

pub mod context;
pub mod eligibility;
pub mod group;
pub mod lookup;
pub mod occupations;
pub mod origin;
pub mod pay;
pub mod planning;
pub mod profile;
pub mod rules;
pub mod skills;
pub mod sources;
pub mod write;

pub use context::{Age, Context, DEFAULT_STALE_AFTER_YEARS, years};
pub use group::grouped;
