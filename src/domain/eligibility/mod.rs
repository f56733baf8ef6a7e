//! The eligibility checker: a person, described by a few facts, checked against every path of a
//! credential. Pure: the catalog, the person and the date in, an outcome per path out.
//!
//! Each path's outcome says how far the person meets it and how sure the rule is:
//!
//! - **met**: every condition holds, and the rule is the issuer's own (`confirmed`) with a
//!   source no older than the staleness threshold (an undated primary source is the issuer's
//!   current page: see docs/DATA.md);
//! - **likely**: every condition holds, but only a secondary source or the article states the
//!   rule, or its confirmed source is older than the threshold;
//! - **possible**: every condition him can check holds, but something is left to confirm: the
//!   route is unconfirmed, the sources leave part of it out, it names conditions him cannot
//!   check (`also_requires`), or the person's experience, degree, discipline or credential
//!   counts only if it is what the route asks for (years of a kind not said, a discipline the
//!   route names only by example, an apprentice form);
//! - **not met**, **closed**, or **not checked** (routes for programs abroad).
//!
//! What is missing and what is left to confirm are kept structured (`Need`, `Doubt`), each with
//! its words, so a planner can reuse them. `person` reads the person from a command line.
//!
//! The parts: `applicant` (the person and the date of the check), `conditions` (one path's
//! conditions against the person), `experience` (years by kind), `gaps` (what is missing or left
//! to confirm), `evidence` (how sure a rule is), `verdict` (each path's outcome and the verdict)
//! and `vocabulary` (the disciplines and licenses the flags take).

mod applicant;
mod conditions;
mod evidence;
mod experience;
mod gaps;
pub mod person;
mod verdict;
mod vocabulary;

pub use applicant::{Accreditation, Person, Timing, entry_level};
pub use conditions::satisfies;
pub use evidence::{Evidence, Strength};
pub use experience::{SOME_YEARS, broader_kinds, counts_toward, years_of};
pub use gaps::{Doubt, Gap, KindYears, Need, Unsure};
pub use verdict::{
    ApprenticeCheck, CredentialCheck, Outcome, PathCheck, Verdict, check, check_path,
};
pub use vocabulary::{disciplines, licenses};
