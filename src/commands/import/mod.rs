//! `him import oews FILE...` and `him import cpi FILE`: BLS's published files in, the wage
//! table or the price index of a user's data directory out, with a source record saying where
//! they came from (`data::imported`).
//!
//! What to keep and how BLS's columns map to him's is `wages::import`; this command decides where
//! to write, reads the files through it, and writes: never over a table without `--force`,
//! each file whole to a temporary file renamed into place, and nothing at all when a file is
//! not what it should be.
//!
//! The JSON shape of the report is `json.rs`, the writing `write.rs`, the report on a terminal
//! and the progress bar `view.rs`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::Result;

use crate::catalog::Catalog;
use crate::data::is_soc_code;
use crate::data::model::{Source, SourceKind};
use crate::data::period::{Date, Period};
use crate::error::UsageError;
use crate::settings::Settings;
use crate::wages::import::cpi::{self, CpiImport};
use crate::wages::import::oews::{self, OewsImport, Wanted};
use crate::wages::import::{Progress, Sink, read};
use crate::wages::{PRICES_FILE, PriceIndex, WAGES_FILE, WageData, WageTable};

mod json;
mod view;
mod write;

pub use json::{CpiView, OewsView};
pub use view::Bar;

use json::{AreasFound, Common, Missing, OccupationFound, SourceUsed};
use write::{check_free, from_flag, refused, target, write};

const PUBLISHER: &str = "U.S. Bureau of Labor Statistics";

/// What `him import oews` is asked.
pub struct OewsRequest<'a> {
    pub files: &'a [PathBuf],
    /// More occupations to keep (`--soc`).
    pub soc: &'a [String],
    /// The year of the May estimates, when the files do not say (`--year`).
    pub year: Option<u16>,
    /// A source of sources.toml to name instead of writing one (`--source`).
    pub source: Option<&'a str>,
    pub force: bool,
}

/// What `him import cpi` is asked.
pub struct CpiRequest<'a> {
    pub file: &'a Path,
    pub source: Option<&'a str>,
    pub force: bool,
}

/// Reads every file into `sink`; the first file that cannot be read stops the import.
fn read_all(files: &[PathBuf], sink: &mut dyn Sink, progress: &mut dyn Progress) -> Result<()> {
    for file in files {
        read::read_file(file, &file.display().to_string(), sink, progress)
            .map_err(|problem| refused(vec![*problem]))?;
    }
    Ok(())
}

/// The names of the files, for the source's note and the table's comment.
fn file_names(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| {
            f.file_name().map_or_else(
                || f.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The source the table names: `--source ID` (a record of the directory's sources, of the
/// figures' period), or a new record for imported-sources.toml.
fn choose_source(
    catalog: &Catalog,
    asked: Option<&str>,
    period: Period,
    record: Source,
) -> Result<(Source, bool)> {
    let Some(id) = asked else {
        return Ok((record, true));
    };
    let Some(source) = catalog.source(id) else {
        return Err(
            UsageError::new(format!("there is no source `{id}` in sources.toml"))
                .with_hint("leave out --source to write a source record for the import")
                .into(),
        );
    };
    if source.period != Some(period) {
        return Err(UsageError::new(format!(
            "the source `{id}` is dated {}, but the figures are of {}",
            source.period.map_or_else(|| "nothing".to_string(), |p| p.to_string()),
            period.human()
        ))
        .with_hint(format!(
            "give `{id}` the period {period} in sources.toml, or leave out --source to write a source record for the import"
        ))
        .into());
    }
    Ok((source.clone(), false))
}

pub fn oews(
    settings: &Settings,
    request: &OewsRequest<'_>,
    progress: &mut dyn Progress,
) -> Result<OewsView> {
    for soc in request.soc {
        if !is_soc_code(soc) {
            return Err(UsageError::new(format!("`{soc}` is not an SOC code"))
                .with_hint("SOC codes look like 15-1211")
                .into());
        }
    }
    let (dir, dir_created) = target(settings)?;
    let replaced = check_free(&dir.join(WAGES_FILE), request.force, "him import oews")?;
    let catalog = Catalog::load(Some(&dir))?;
    let titles = catalog.data.titles();
    let mut in_table: BTreeSet<String> = WageTable::builtin()
        .occupations()
        .iter()
        .map(|o| o.soc.clone())
        .collect();
    if let Ok(table) = WageData::new(Some(&dir)).wages(catalog.data.sources()) {
        in_table.extend(table.occupations().iter().map(|o| o.soc.clone()));
    }
    let wanted = Wanted {
        by_titles: titles.iter().map(|t| t.soc.clone()).collect(),
        asked: request.soc.iter().cloned().collect(),
        in_table,
    };
    let mut import = OewsImport::new(wanted);
    read_all(request.files, &mut import, progress)?;
    let table = import.finish().map_err(refused)?;
    let summary = &table.summary;
    let year = match (summary.year, request.year) {
        (Some(found), Some(asked)) if found != asked => {
            return Err(UsageError::new(format!(
                "the files are of May {found}, but --year says {asked}"
            ))
            .with_hint("leave out --year: the files' names say which year they are")
            .into());
        }
        (Some(year), _) | (None, Some(year)) => year,
        (None, None) => {
            return Err(UsageError::new(format!(
                "cannot tell which May the figures of {} are of: neither the names nor the sheets say",
                file_names(request.files)
            ))
            .with_hint("give the year with --year YYYY (BLS's OEWS estimates are as of May)")
            .into());
        }
    };
    let period = Period {
        start: Date {
            year,
            month: Some(5),
            day: None,
        },
        end_year: None,
    };
    let today = crate::data::clock::today();
    let record = Source {
        id: format!("bls-oews-{year}"),
        publisher: PUBLISHER.to_string(),
        title: format!("Occupational Employment and Wage Statistics (OEWS), May {year}"),
        kind: SourceKind::Primary,
        period: Some(period),
        url: Some("bls.gov/oes".to_string()),
        via: None,
        seen_at: None,
        note: Some(format!(
            "Imported with `him import oews` on {today} from {}. BLS cannot vouch for figures derived from its data.",
            file_names(request.files)
        )),
    };
    let (source, imported) = choose_source(&catalog, request.source, period, record)?;
    let comment = oews_comment(&source, &file_names(request.files), &table);
    let text = oews::to_csv(&comment, &table);
    // What is written must be what him reads: checked before anything is written.
    WageTable::parse(&text, WAGES_FILE).map_err(refused)?;
    let written = write(
        &dir,
        WAGES_FILE,
        &text,
        imported.then_some(&source),
        replaced,
    )?;
    let titles_of = |soc: &str| -> Vec<String> {
        titles
            .iter()
            .filter(|t| t.soc == soc)
            .map(|t| t.id.clone())
            .collect()
    };
    Ok(OewsView {
        common: Common {
            table: "oews",
            files: request
                .files
                .iter()
                .map(|f| f.display().to_string())
                .collect(),
            tables_read: summary.tables_read.clone(),
            tables_skipped: summary.tables_skipped.clone(),
            rows_read: summary.rows_read,
            rows_kept: summary.rows_kept,
            period,
            source: SourceUsed {
                id: source.id.clone(),
                title: source.title.clone(),
                imported,
            },
            dir: dir.display().to_string(),
            dir_created,
            dir_from_flag: from_flag(settings),
            written,
        },
        occupations: summary
            .occupations
            .iter()
            .map(|(soc, name)| OccupationFound {
                soc: soc.clone(),
                name: name.clone(),
            })
            .collect(),
        occupations_in_files: summary.occupations_in_files,
        areas: AreasFound {
            national: summary.national_areas,
            states: summary.states,
            metro: summary.metro_areas,
        },
        missing_for_titles: summary
            .missing_for_titles
            .iter()
            .map(|soc| Missing {
                soc: soc.clone(),
                titles: titles_of(soc),
            })
            .collect(),
        missing_asked: summary.missing_asked.clone(),
        missing_from_table: summary.missing_from_table.clone(),
    })
}

/// The comment lines that open the wage table.
fn oews_comment(source: &Source, files: &str, table: &oews::OewsTable) -> String {
    let occupations = table.summary.occupations.len();
    // Said only of the columns the table has: an import of files without them writes none.
    let shares = if table.columns.contains(&"location_quotient") {
        "# jobs_per_1000 is the occupation's jobs per 1,000 jobs in the area; location_quotient its share\n\
         # of the area's jobs over its share of the nation's (1.00 is the national share). BLS gives\n\
         # neither for the nation.\n"
    } else {
        ""
    };
    format!(
        "# BLS Occupational Employment and Wage Statistics (OEWS), {period}, written by `him import oews`\n\
         # from: {files}\n\
         # {occupations} occupation{s} (those him's job titles map to, and those of the table it replaced)\n\
         # in the nation, the states (with DC and the territories), the metro and nonmetropolitan\n\
         # areas, and national rows by industry (industry_code 000000 is all industries). Public\n\
         # domain. BLS cannot vouch for figures derived from it.\n\
         # Wages are annual, in dollars. `-` is a value BLS did not publish; `footnotes` says why, column\n\
         # by column: 8 = the estimate was not released; 5 = withheld because it is at or above BLS's top\n\
         # code (BLS publishes values above the top code's nominal amount, so it means \"not published\",\n\
         # never \"at least\" that amount).\n\
         {shares}\
         # source: {id}\n",
        period = source.period.map_or_else(String::new, |p| p.human()),
        s = if occupations == 1 { "" } else { "s" },
        id = source.id,
    )
}

pub fn cpi(
    settings: &Settings,
    request: &CpiRequest<'_>,
    progress: &mut dyn Progress,
) -> Result<CpiView> {
    let (dir, dir_created) = target(settings)?;
    let replaced = check_free(&dir.join(PRICES_FILE), request.force, "him import cpi")?;
    let catalog = Catalog::load(Some(&dir))?;
    let mut import = CpiImport::new();
    let files = [request.file.to_path_buf()];
    read_all(&files, &mut import, progress)?;
    let table = import.finish().map_err(refused)?;
    let summary = &table.summary;
    let period = summary.period;
    let first = table.rows.first().map_or(0, |r| r.0);
    let last = table.rows.last().map_or(0, |r| r.0);
    let today = crate::data::clock::today();
    let record = Source {
        id: "bls-cpi-u".to_string(),
        publisher: PUBLISHER.to_string(),
        title: format!(
            "Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items ({})",
            cpi::SERIES
        ),
        kind: SourceKind::Primary,
        period: Some(period),
        url: Some("bls.gov/cpi".to_string()),
        via: None,
        seen_at: None,
        note: Some(format!(
            "Annual averages {first}-{last}, imported with `him import cpi` on {today} from {}.",
            file_names(&files)
        )),
    };
    let (source, imported) = choose_source(&catalog, request.source, period, record)?;
    let comment = format!(
        "# Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, not\n\
         # seasonally adjusted (BLS series {}): annual averages (period M13), written by\n\
         # `him import cpi` from: {}\n\
         # Public domain.\n\
         # source: {}\n",
        cpi::SERIES,
        file_names(&files),
        source.id
    );
    let text = cpi::to_csv(&comment, &table.rows);
    let index = PriceIndex::parse(&text, PRICES_FILE).map_err(refused)?;
    let written = write(
        &dir,
        PRICES_FILE,
        &text,
        imported.then_some(&source),
        replaced,
    )?;
    Ok(CpiView {
        common: Common {
            table: "cpi",
            files: vec![request.file.display().to_string()],
            tables_read: Vec::new(),
            tables_skipped: Vec::new(),
            rows_read: summary.rows_read,
            rows_kept: table.rows.len(),
            period,
            source: SourceUsed {
                id: source.id.clone(),
                title: source.title.clone(),
                imported,
            },
            dir: dir.display().to_string(),
            dir_created,
            dir_from_flag: from_flag(settings),
            written,
        },
        years: index.years(),
        years_without_average: summary.years_without_average.clone(),
    })
}
