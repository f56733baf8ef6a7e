//! The settings a command runs with, resolved once from the command line and the environment
//! before any command runs: where the data is, how output looks, how old a figure may be.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::Cli;
use crate::output::{ColorChoice, Environment, PagerChoice, Style};

/// Where the data directory in use came from, for messages and `him paths`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataDirFrom {
    /// `--data DIR`
    Flag,
    /// `HIM_DATA_DIR`
    Environment,
    /// The user data directory (`$XDG_DATA_HOME/him`), because it exists.
    UserDataDir,
}

impl DataDirFrom {
    pub fn describe(self) -> &'static str {
        match self {
            DataDirFrom::Flag => "--data",
            DataDirFrom::Environment => "HIM_DATA_DIR",
            DataDirFrom::UserDataDir => "your data directory",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataDir {
    pub path: PathBuf,
    pub from: DataDirFrom,
}

/// The resolved settings: decided once, before any command runs.
pub struct Settings {
    pub data_dir: Option<DataDir>,
    /// Where a user's own data directory is or would be.
    pub user_data_dir: Option<PathBuf>,
    pub style: Style,
    /// Whether warnings and errors on stderr are coloured.
    pub stderr_color: bool,
    /// Whether output goes through the pager: `None` for stdout itself; else the screen
    /// (columns, rows) it must not fit on to be paged, `None` inside when it is paged whatever
    /// its length.
    pub pager: Option<Option<(u16, u16)>>,
    /// Pay and outlook figures older than this many years are stale (`--stale-after`).
    pub stale_after_years: u16,
}

impl Settings {
    pub fn resolve(cli: &Cli) -> Settings {
        let env = Environment::read();
        let user_data_dir = crate::data::dirs::user_data_dir();
        let data_dir = match &cli.global.data {
            Some(path) => Some(DataDir {
                path: path.clone(),
                from: DataDirFrom::Flag,
            }),
            None => std::env::var_os("HIM_DATA_DIR")
                .filter(|v| !v.is_empty())
                .map(|v| DataDir {
                    path: PathBuf::from(v),
                    from: DataDirFrom::Environment,
                })
                .or_else(|| {
                    user_data_dir
                        .as_ref()
                        .filter(|d| user_data_dir_is_there(d))
                        .map(|d| DataDir {
                            path: d.clone(),
                            from: DataDirFrom::UserDataDir,
                        })
                }),
        };
        Settings {
            data_dir,
            user_data_dir,
            style: Style::decide(cli.global.format, cli.global.color, cli.global.width, &env),
            stderr_color: stderr_color(cli.global.color),
            pager: paging(cli.global.pager, &env),
            stale_after_years: cli.global.stale_after,
        }
    }

    pub fn user_dir(&self) -> Option<&std::path::Path> {
        self.data_dir.as_ref().map(|d| d.path.as_path())
    }
}

/// Whether the user data directory is there to be read: anything but "not found" counts, so a
/// directory him may not read (or a file in its place) is reported when the data is loaded
/// rather than passed over for the built-in data without a word.
fn user_data_dir_is_there(dir: &std::path::Path) -> bool {
    match std::fs::metadata(dir) {
        Ok(_) => true,
        Err(err) => err.kind() != std::io::ErrorKind::NotFound,
    }
}

/// Whether and when output is paged (see `Settings::pager`): only on a terminal, never in a
/// pipe; under `auto` only output taller than the screen (a screen of unknown size is 24 rows).
fn paging(choice: PagerChoice, env: &Environment) -> Option<Option<(u16, u16)>> {
    if !env.stdout_is_terminal {
        return None;
    }
    match choice {
        PagerChoice::Never => None,
        PagerChoice::Always => Some(None),
        PagerChoice::Auto => Some(Some((
            env.terminal_width.unwrap_or(80),
            env.terminal_height.unwrap_or(24),
        ))),
    }
}

/// Whether error messages on stderr are coloured: the same rules as stdout, for stderr.
pub fn stderr_color(choice: ColorChoice) -> bool {
    let env = Environment {
        stdout_is_terminal: std::io::stderr().is_terminal(),
        ..Environment::read_variables()
    };
    Style::decide(crate::output::Format::Table, choice, None, &env).color
}
