//! `him man`: the man page, generated from the command-line definition.

use clap::CommandFactory;

use crate::error::{Failure, Result};

use crate::cli::Cli;
use crate::output::Output;

pub fn run(out: &mut Output) -> Result<()> {
    clap_mangen::Man::new(Cli::command())
        .render(out.raw())
        .map_err(Failure::io("could not write the man page"))
}
