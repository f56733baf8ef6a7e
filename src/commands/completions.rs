//! `him completions SHELL`: a completion script from the command-line definition, which also
//! completes record ids for the arguments that name records.

use std::path::Path;

use clap::CommandFactory;

use crate::error::{Failure, Result, WRITE_FAILED};
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap_complete::Shell;

use crate::catalog::Catalog;
use crate::cli::Cli;
use crate::data::Kind;
use crate::output::Output;

/// The arguments that name records: (subcommand, argument id, the kinds they accept).
const NAME_ARGUMENTS: &[(&str, &str, &[Kind])] = &[
    ("compare", "names", &crate::domain::profile::COMPARABLE),
    ("show", "name", &Kind::ALL),
    ("list", "field", &[Kind::Field]),
    ("salary", "field", &[Kind::Field]),
    ("salary", "title", &[Kind::Title]),
    ("ladder", "fields", &[Kind::Field]),
    ("fit", "skills", &[Kind::Skill]),
    ("credentials", "requires", &[Kind::Organization]),
    ("eligible", "credential", &[Kind::Credential]),
    ("eligible", "holds", &[Kind::Credential]),
    ("eligible", "accredited_by", &[Kind::Organization]),
    ("plan", "to", &[Kind::Title]),
    ("plan", "from", &[Kind::Title]),
    ("plan", "holds", &[Kind::Credential]),
    ("plan", "accredited_by", &[Kind::Organization]),
];

pub fn run(shell: Shell, user_dir: Option<&Path>, out: &mut Output) -> Result<()> {
    let mut command = Cli::command();
    // Broken user data must not break completion: then only the built-in names are offered,
    // or none.
    if let Ok(catalog) = Catalog::load(user_dir).or_else(|_| Catalog::builtin()) {
        command = with_record_ids(command, &catalog);
    }
    // Written whole from memory: clap_complete panics when its writer fails (a closed pipe, a
    // full disk), where a write here returns the error to report.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "him", &mut script);
    out.raw()
        .write_all(&script)
        .map_err(Failure::io(WRITE_FAILED))?;
    Ok(())
}

/// Lists record ids as the possible values of name arguments, for the completion script only:
/// the real parser still accepts any name, alias or abbreviation.
fn with_record_ids(mut command: clap::Command, catalog: &Catalog) -> clap::Command {
    for (subcommand, argument, kinds) in NAME_ARGUMENTS {
        let values: Vec<PossibleValue> = kinds
            .iter()
            .flat_map(|&kind| catalog.data.all_named(kind))
            .map(|record| {
                PossibleValue::new(record.id().to_string()).help(record.name().to_string())
            })
            .collect();
        command = command.mut_subcommand(*subcommand, |sub| {
            sub.mut_arg(*argument, |arg| {
                arg.value_parser(PossibleValuesParser::new(values))
            })
        });
    }
    command
}
