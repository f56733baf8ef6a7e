//! How a data file's origin is shown beside it (`him check`, `him paths`): built in, or the
//! user's path.

use crate::output::{Cell, Tone};

/// How `check` and `paths` name a file that comes from the compiled-in data.
pub const BUILT_IN: &str = "built-in";

/// The "from" column of `check` and `paths`: a built-in file is muted, a user's file is not.
pub fn origin_cell(from: &str) -> Cell {
    let tone = if from == BUILT_IN {
        Tone::Muted
    } else {
        Tone::Plain
    };
    Cell::new(from.to_string()).tone(tone)
}
