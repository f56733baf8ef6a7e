//! The arguments of `him import oews` and `him import cpi`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueHint};

pub(super) const IMPORT_EXAMPLES: &str = "\
Examples:
  him import oews ~/Downloads/oesm26all.zip          wages of May 2026, every area
  him import oews oesm26nat.zip oesm26st.zip oesm26ma.zip
  him import oews --force national_M2026_dl.xlsx     replace the table imported before
  him import cpi ~/Downloads/cu.data.1.AllItems      CPI-U annual averages
  him --data ./my-data import oews oesm26all.zip     into another data directory";

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub table: ImportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read BLS's OEWS wage files and write them as your wage table (oews-wages.csv)
    ///
    /// Reads the files BLS publishes at bls.gov/oes as they come: the zip archives
    /// (oesmYYall.zip, oesmYYnat.zip, oesmYYst.zip, oesmYYma.zip, the national industry file),
    /// the .xlsx workbooks inside them, or a CSV with their columns. Columns are found by name,
    /// in any order; sheets of field descriptions are skipped. It keeps the rows him uses: the
    /// occupations the job titles map to, those of the wage table it replaces and any --soc, for
    /// the nation, every state and metro area, and the nation's work settings. BLS's footnote
    /// marks become him's footnotes (`*` and `**` "not released", `#` "above the top code"),
    /// never numbers. The period (May YYYY) comes from the files' names or sheets.
    ///
    /// It writes oews-wages.csv and a [[source]] record for it in imported-sources.toml (which
    /// adds to sources.toml, yours or the built-in one). A table already there is replaced only
    /// with --force; each file is written whole and renamed into place, and nothing at all is
    /// written when a file is not an OEWS file.
    #[command(after_help = IMPORT_OEWS_EXAMPLES)]
    Oews(ImportOewsArgs),

    /// Read BLS's CPI-U file and write its annual averages as your price index (cpi-u-annual.csv)
    ///
    /// Reads the all-items flat file cu.data.1.AllItems (tab-separated: series_id, year, period,
    /// value, footnote_codes) or a CSV of the series CUUR0000SA0 (long, or as BLS's data viewer
    /// downloads it: Year, Jan ... Dec, Annual), keeps the annual averages (period M13) of
    /// CUUR0000SA0, and says which years have none yet. `--real YEAR` then accepts the new
    /// years. Written as `him import oews` writes, with a source record of the latest month.
    #[command(after_help = IMPORT_CPI_EXAMPLES)]
    Cpi(ImportCpiArgs),
}

pub(super) const IMPORT_OEWS_EXAMPLES: &str = "\
Examples:
  him import oews ~/Downloads/oesm26all.zip
  him import oews oesm26nat.zip oesm26st.zip oesm26ma.zip
  him import oews --soc 15-1252 --force oesm26all.zip
  him --data ./my-data import oews national_M2026_dl.xlsx";

pub(super) const IMPORT_CPI_EXAMPLES: &str = "\
Examples:
  him import cpi ~/Downloads/cu.data.1.AllItems
  him import cpi --force SeriesReport-CUUR0000SA0.csv";

#[derive(Debug, Args)]
pub struct ImportOewsArgs {
    /// BLS's OEWS files: zip archives, .xlsx workbooks or CSV files of one release
    ///
    /// Several files are read as one: the national, state and metro archives of a year
    /// together make what the all-data archive holds.
    #[arg(required = true, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub files: Vec<PathBuf>,

    /// Keep this occupation too (repeatable): an SOC code such as 15-1252
    ///
    /// The occupations the titles map to and those of the table being replaced are always
    /// kept; --soc adds more, for titles you mean to add to your own titles.toml.
    #[arg(long, value_name = "CODE")]
    pub soc: Vec<String>,

    /// The year of the May estimates, when neither the files' names nor their sheets say it
    ///
    /// BLS names its files by year (oesm26all.zip, all_data_M_2026.xlsx); a file renamed to
    /// something else needs --year.
    #[arg(long, value_name = "YYYY", value_parser = clap::value_parser!(u16).range(1997..=2100))]
    pub year: Option<u16>,

    /// Name this source of sources.toml instead of writing a source record
    ///
    /// For maintainers regenerating the built-in data (`him --data data import oews --source
    /// bls-oews-2025 ...`): the source must have the figures' period.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,

    /// Replace the wage table already in the data directory
    ///
    /// The old table stays whole until the new one is written in full.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportCpiArgs {
    /// BLS's CPI-U file: cu.data.1.AllItems, or a CSV of the series CUUR0000SA0
    ///
    /// The flat file holds every series of the all-items index; only CUUR0000SA0 is read. A
    /// zip archive holding the file works too.
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: PathBuf,

    /// Name this source of sources.toml instead of writing a source record
    ///
    /// For maintainers regenerating the built-in data: the source must have the period of the
    /// file's latest month.
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,

    /// Replace the price index already in the data directory
    ///
    /// The old file stays whole until the new one is written in full.
    #[arg(long)]
    pub force: bool,
}
