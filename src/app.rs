//! Turns the parsed command line into settings once, loads the data a command needs, and
//! dispatches to the command.

use std::path::PathBuf;

use anyhow::Result;

use crate::catalog::Catalog;
use crate::cli::{Cli, Command};
use crate::clock;
use crate::commands::{self, Context};
use crate::output::{Environment, Output, Style};
use crate::wages::WageData;

/// Where the user's data directory came from, for messages and `him paths`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataDirFrom {
    Flag,
    Environment,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir {
    pub path: PathBuf,
    pub from: DataDirFrom,
}

/// The resolved settings: decided once, before any command runs.
pub struct Settings {
    pub data_dir: Option<DataDir>,
    pub style: Style,
}

impl Settings {
    pub fn resolve(cli: &Cli) -> Settings {
        let env = Environment::read();
        let data_dir = match &cli.data {
            Some(path) => Some(DataDir {
                path: path.clone(),
                from: DataDirFrom::Flag,
            }),
            None => std::env::var_os("HIM_DATA_DIR")
                .filter(|v| !v.is_empty())
                .map(|v| DataDir {
                    path: PathBuf::from(v),
                    from: DataDirFrom::Environment,
                }),
        };
        Settings {
            data_dir,
            style: Style::decide(cli.format, cli.color, cli.width, &env),
        }
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let settings = Settings::resolve(&cli);
    let mut out = Output::stdout(settings.style);
    let user_dir = settings.data_dir.as_ref().map(|d| d.path.as_path());
    match &cli.command {
        Command::Check(args) => {
            commands::check::run(args.dir.as_deref().or(user_dir), &mut out)?;
        }
        command => {
            let catalog = Catalog::load(user_dir)?;
            // Nothing is read from the wage files until a query asks for them.
            let wages = WageData::new(user_dir);
            let ctx = Context {
                catalog: &catalog,
                today: clock::today(),
                stale_after_years: cli.stale_after,
                wages: &wages,
            };
            match command {
                Command::Compare(args) => {
                    let view =
                        commands::compare::query(&ctx, &args.names, args.kind.map(Into::into))?;
                    out.emit(&view)?;
                }
                Command::List(args) => {
                    let view =
                        commands::list::query(&ctx, args.kind.into(), args.field.as_deref())?;
                    out.emit(&view)?;
                }
                Command::Show(args) => {
                    let view = commands::show::query(&ctx, &args.name, args.kind.map(Into::into))?;
                    out.emit(&view)?;
                }
                Command::Salary(args) => {
                    let request = commands::salary::Request {
                        field: args.field.as_deref(),
                        titles: &args.title,
                        areas: &args.area,
                        settings: &args.setting,
                        real: args.real,
                    };
                    let view = commands::salary::query(&ctx, &request)?;
                    out.emit(&view)?;
                }
                Command::Sources(args) => {
                    let view = commands::sources::query(&ctx, args.stale)?;
                    out.emit(&view)?;
                }
                Command::Check(_) => unreachable!("handled above"),
            }
        }
    }
    out.flush()
}
