//! How a report is printed: the format asked for, and for tables, colour and width, decided once
//! from the options and the environment (a terminal or a pipe, NO_COLOR, the terminal's size).

use std::io::{self, IsTerminal};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tables for people (the default).
    #[default]
    Table,
    /// JSON, for scripts.
    Json,
    /// CSV, for spreadsheets.
    Csv,
    /// Markdown, for documents.
    Markdown,
    /// One self-contained HTML page with charts, to print or hand out.
    Html,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum PagerChoice {
    /// Page when stdout is a terminal and the output does not fit on the screen.
    #[default]
    Auto,
    /// Page whenever stdout is a terminal.
    Always,
    /// Never page.
    Never,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal, NO_COLOR is unset or empty and TERM is not dumb.
    #[default]
    Auto,
    /// Always colour, even in a pipe.
    Always,
    /// Never colour.
    Never,
}

/// How output looks, decided once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    pub format: Format,
    pub color: bool,
    /// Columns to fit tables and text into; `None` when piped (no wrapping).
    pub width: Option<u16>,
}

/// The environment the decision depends on, read once, so tests can pass their own.
#[derive(Clone, Debug, Default)]
pub struct Environment {
    pub stdout_is_terminal: bool,
    pub terminal_width: Option<u16>,
    /// The terminal's rows, for `--pager auto`.
    pub terminal_height: Option<u16>,
    pub no_color: Option<String>,
    pub term: Option<String>,
    pub clicolor_force: Option<String>,
    pub force_color: Option<String>,
}

impl Environment {
    /// Reads stdout's terminal state and the colour variables.
    pub fn read() -> Environment {
        let stdout_is_terminal = io::stdout().is_terminal();
        let size = if stdout_is_terminal {
            terminal_size::terminal_size_of(io::stdout())
        } else {
            None
        };
        Environment {
            stdout_is_terminal,
            terminal_width: size.map(|(w, _)| w.0),
            terminal_height: size.map(|(_, h)| h.0),
            ..Environment::read_variables()
        }
    }

    /// Only the colour variables (no terminal is assumed).
    pub fn read_variables() -> Environment {
        let var = |name: &str| std::env::var(name).ok();
        Environment {
            stdout_is_terminal: false,
            terminal_width: None,
            terminal_height: None,
            no_color: var("NO_COLOR"),
            term: var("TERM"),
            clicolor_force: var("CLICOLOR_FORCE"),
            force_color: var("FORCE_COLOR"),
        }
    }
}

fn set_and_not_off(value: &Option<String>) -> bool {
    value
        .as_deref()
        .is_some_and(|v| !v.is_empty() && v != "0" && v != "false")
}

impl Style {
    pub fn decide(
        format: Format,
        color: ColorChoice,
        width: Option<u16>,
        env: &Environment,
    ) -> Style {
        let color = format == Format::Table
            && match color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    set_and_not_off(&env.clicolor_force)
                        || set_and_not_off(&env.force_color)
                        || (env.stdout_is_terminal
                            && env.no_color.as_deref().is_none_or(str::is_empty)
                            && env.term.as_deref() != Some("dumb"))
                }
            };
        Style {
            format,
            color,
            width: width.or(env.terminal_width),
        }
    }
}
