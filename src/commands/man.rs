//! `him man`: the man page, generated from the command-line definition.

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::Cli;
use crate::output::Output;

pub fn run(out: &mut Output) -> Result<()> {
    clap_mangen::Man::new(Cli::command())
        .render(out.raw())
        .context("could not write the man page")
}
