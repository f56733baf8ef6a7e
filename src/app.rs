//! Turns the parsed command line into settings once, loads the data a command needs, and
//! dispatches to the command.

use std::io::{IsTerminal, Write};

use crate::error::Result;

use crate::catalog::Catalog;
use crate::cli::{Cli, Command, ImportCommand, PersonArgs};
use crate::commands;
use crate::data::clock;
use crate::domain::Context;
use crate::domain::eligibility::person::PersonRequest;
use crate::output::{Format, Output};
use crate::wages::WageData;

pub use crate::settings::{DataDir, DataDirFrom, Settings, stderr_color};

/// What a run leaves for `main` to give back to the system at exit: the loaded data, most of
/// what a run allocates. Freeing its thousands of strings one by one would take longer than
/// the command itself, and the system reclaims them at once.
#[derive(Default)]
pub struct Leftovers {
    catalog: Option<Catalog>,
    wages: Option<WageData>,
}

/// Runs the command `cli` names; the data it loads stays in `kept` (see `Leftovers`).
pub fn run(cli: Cli, kept: &mut Leftovers) -> Result<()> {
    let settings = Settings::resolve(&cli);
    // Scripts for other programs (completions, the man page) are never paged.
    let pageable = !matches!(cli.command, Command::Man | Command::Completions(_));
    let mut out = match settings.pager {
        Some(screen) if pageable => Output::paged(settings.style, settings.stderr_color, screen),
        _ => Output::stdout(settings.style),
    };
    if settings.style.format == Format::Html {
        out.cite(citations(&settings, kept));
    }
    let result = dispatch(&cli, &settings, &mut out, kept);
    // Whatever happened, let the pager show what was written and end before an error prints.
    let finished = out.finish();
    result.and(finished)
}

/// Every source of the data in use, for the foot of an HTML page. Data that does not load gives
/// none here: the command itself reports why. The catalog loaded here is the one the command
/// then uses (`with_catalog`), not loaded twice.
fn citations(settings: &Settings, kept: &mut Leftovers) -> Vec<crate::output::Citation> {
    let Ok(catalog) = Catalog::load(settings.user_dir()) else {
        return Vec::new();
    };
    let catalog = kept.catalog.insert(catalog);
    catalog
        .data
        .sources()
        .iter()
        .map(|s| crate::output::Citation {
            id: s.id.clone(),
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            period: s.period.map(|p| p.human()),
            url: s.url.clone(),
        })
        .collect()
}

/// The titles of the fields `ids` and their national pay ranges as one chart; `None` when the
/// wage table cannot be read (the pay rows say why).
fn fields_pay_chart(ctx: &Context<'_>, ids: &[String]) -> Option<crate::output::PayChart> {
    let request = commands::salary::Request {
        field: None,
        titles: &[],
        areas: &[],
        settings: &[],
        real: None,
    };
    let salary = commands::salary::query(ctx, &request).ok()?;
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    Some(salary.fields_chart(&ids))
}

/// Loads the data (the only step that reads files) and runs `command` on it.
fn with_catalog(
    settings: &Settings,
    kept: &mut Leftovers,
    command: impl FnOnce(&Context<'_>) -> Result<()>,
) -> Result<()> {
    // A misnamed file (`title.toml`) would be passed over without a word: say so, as `him
    // check` does.
    if let Some(dir) = settings.user_dir() {
        for warning in crate::data::stray_files(dir) {
            let _ = write!(
                std::io::stderr().lock(),
                "{}",
                warning.render(settings.stderr_color)
            );
        }
    }
    // An HTML page has loaded it already, for its citations.
    let catalog = match &mut kept.catalog {
        Some(catalog) => &*catalog,
        empty => &*empty.insert(Catalog::load(settings.user_dir())?),
    };
    // Nothing is read from the wage files until a query asks for them.
    let wages = kept.wages.insert(WageData::new(settings.user_dir()));
    command(&Context {
        catalog,
        today: clock::today(),
        stale_after_years: settings.stale_after_years,
        wages,
    })
}

/// `him fit` without --skills: asks on a terminal, and never waits on a pipe.
fn ask_skills(ctx: &Context<'_>) -> Result<Vec<String>> {
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(crate::error::UsageError::new("him fit needs your skills")
            .with_hint(
                "give them with --skills \"programming, sql\" (him asks for them only on a terminal)",
            )
            .into());
    }
    commands::fit::ask(
        ctx.catalog,
        &mut std::io::stdin().lock(),
        &mut std::io::stderr().lock(),
    )
}

/// Prints `view`, then, for JSON and CSV, which hold the results alone, what the table would
/// have said beside them (`warnings`) on stderr.
fn emit_with_warnings<V: crate::output::View>(
    settings: &Settings,
    out: &mut Output,
    view: V,
    warnings: Vec<String>,
) -> Result<()> {
    out.emit(view)?;
    if matches!(settings.style.format, Format::Json | Format::Csv) {
        for warning in warnings {
            crate::error::warn(&warning, settings.stderr_color);
        }
    }
    Ok(())
}

/// The person `--degree`, `--experience`, `--holds` ... describe, names not yet resolved: the
/// same for `him eligible` and `him plan`.
fn person_request(args: &PersonArgs) -> PersonRequest<'_> {
    PersonRequest {
        degree: args.degree.map(Into::into),
        program: args.program.as_deref(),
        program_kind: args.program_kind.into(),
        accredited_by: args.accredited_by.as_deref(),
        final_term: args.final_term,
        outside_us: args.outside_us,
        experience: &args.experience,
        years: args.years,
        holds: &args.holds,
        licenses: &args.licenses,
    }
}

fn dispatch(cli: &Cli, settings: &Settings, out: &mut Output, kept: &mut Leftovers) -> Result<()> {
    match &cli.command {
        Command::Compare(args) => with_catalog(settings, kept, |ctx| {
            let rows: Vec<String> = if args.brief {
                commands::compare::BRIEF_ROWS.map(String::from).to_vec()
            } else {
                args.only.clone()
            };
            let view = commands::compare::query(ctx, &args.names, args.kind.map(Into::into))?
                .only_rows(&rows)?;
            // A page comparing fields draws their titles' pay on one scale: `him salary`'s
            // figures, queried only for a page.
            let chart = match view.field_ids() {
                Some(ids) if settings.style.format == Format::Html => fields_pay_chart(ctx, ids),
                _ => None,
            };
            out.emit(view.with_pay_chart(chart))
        }),
        Command::List(args) => with_catalog(settings, kept, |ctx| {
            out.emit(commands::list::query(
                ctx,
                args.kind.into(),
                args.field.as_deref(),
            )?)
        }),
        Command::Show(args) => with_catalog(settings, kept, |ctx| {
            out.emit(commands::show::query(
                ctx,
                &args.name,
                args.kind.map(Into::into),
                args.outlook,
            )?)
        }),
        Command::Credentials(args) => with_catalog(settings, kept, |ctx| {
            out.emit(commands::credentials::query(
                ctx,
                args.requires.as_deref(),
                args.strict,
            )?)
        }),
        Command::Eligible(args) => with_catalog(settings, kept, |ctx| {
            let request = commands::eligible::Request {
                person: person_request(&args.person),
                credential: args.credential.as_deref(),
            };
            out.emit(commands::eligible::query(ctx, &request)?)
        }),
        Command::Plan(args) => with_catalog(settings, kept, |ctx| {
            let request = commands::plan::Request {
                to: &args.to,
                from: args.from.as_deref(),
                area: args.area.as_deref(),
                person: person_request(&args.person),
            };
            out.emit(commands::plan::query(ctx, &request)?)
        }),
        Command::Salary(args) => with_catalog(settings, kept, |ctx| {
            commands::salary::misplaced_areas(
                &args.stray,
                &[
                    ("state", &args.state),
                    ("city", &args.city),
                    ("metro", &args.metro),
                ],
            )?;
            if let Some(text) = &args.list_areas {
                return out.emit(commands::salary::list_areas(ctx, text)?);
            }
            let request = commands::salary::Request {
                field: args.field.as_deref(),
                titles: &args.title,
                areas: &args.area,
                settings: &args.setting,
                real: args.real,
            };
            out.emit(commands::salary::query(ctx, &request)?.older_in_csv(args.older))
        }),
        Command::Ladder(args) => with_catalog(settings, kept, |ctx| {
            let request = commands::ladder::Request {
                fields: &args.fields,
                area: args.area.as_deref(),
                outlook: args.outlook,
            };
            out.emit(commands::ladder::query(ctx, &request)?)
        }),
        Command::Where(args) => with_catalog(settings, kept, |ctx| {
            let name = args.name.join(" ");
            let request = commands::where_::Request {
                name: &name,
                by: args.by,
                states: args.states,
                in_state: args.in_state.as_deref(),
                top: usize::from(args.top),
            };
            out.emit(commands::where_::query(ctx, &request)?)
        }),
        Command::Fit(args) => with_catalog(settings, kept, |ctx| {
            let skills = if args.skills.is_empty() {
                ask_skills(ctx)?
            } else {
                args.skills.clone()
            };
            let view = commands::fit::query(ctx, &skills)?;
            // The skills not counted.
            let warnings = view.warnings();
            emit_with_warnings(settings, out, view, warnings)
        }),
        Command::Search(args) => with_catalog(settings, kept, |ctx| {
            let view = commands::search::query(ctx, &args.words, args.all)?;
            // The words left out or replaced.
            let warnings = view.warnings();
            emit_with_warnings(settings, out, view, warnings)
        }),
        Command::Sources(args) => with_catalog(settings, kept, |ctx| {
            out.emit(commands::sources::query(ctx, args.stale)?)
        }),
        Command::Check(args) => commands::check::run(
            commands::check::target(args.dir.as_deref(), settings.data_dir.as_ref())?,
            settings.stderr_color,
            out,
        ),
        Command::Init(args) => out.emit(commands::init::run(&args.dir, args.force)?),
        Command::Import(args) => {
            let mut bar = commands::import::Bar::new(std::io::stderr().is_terminal());
            let warnings = match &args.table {
                ImportCommand::Oews(oews) => {
                    let request = commands::import::OewsRequest {
                        files: &oews.files,
                        soc: &oews.soc,
                        year: oews.year,
                        source: oews.source.as_deref(),
                        force: oews.force,
                    };
                    let view = commands::import::oews(settings, &request, &mut bar)?;
                    let warnings = view.warnings();
                    out.emit(view)?;
                    warnings
                }
                ImportCommand::Cpi(cpi) => {
                    let request = commands::import::CpiRequest {
                        file: &cpi.file,
                        source: cpi.source.as_deref(),
                        force: cpi.force,
                    };
                    let view = commands::import::cpi(settings, &request, &mut bar)?;
                    let warnings = view.warnings();
                    out.emit(view)?;
                    warnings
                }
            };
            // JSON and CSV hold the figures alone: what the import lacks is said on stderr.
            if matches!(settings.style.format, Format::Json | Format::Csv) {
                for warning in warnings {
                    crate::error::warn(&warning, settings.stderr_color);
                }
            }
            Ok(())
        }
        Command::Paths => out.emit(commands::paths::query(settings)),
        // Completions and the man page come from the command-line definition: they work even
        // when the data directory is broken (completions then offer no record names).
        Command::Completions(args) => {
            commands::completions::run(args.shell, settings.user_dir(), out)
        }
        Command::Man => commands::man::run(out),
    }
}
