//! The sources `him import` writes: `imported-sources.toml` in a user's data directory.
//!
//! A user's `sources.toml` replaces the built-in one whole, so `him import` never writes there:
//! it would either clobber the user's own file or, in a directory without one, freeze a copy of
//! the built-in sources that later releases could not correct. Instead each import writes the
//! record of the table it wrote into a file of its own, and that file's records are laid over
//! whichever `sources.toml` is in use (the user's or the built-in one): a record takes the place
//! of the one with the same id, or is added after them. A user's `sources.toml` stays theirs,
//! and a directory holding only imported tables keeps every built-in source.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use super::locate::Step;
use super::model::Source;
use super::{Dataset, Diagnostic, Kind, Origin, SourceFile};

/// The file's name in a data directory.
pub use super::files::IMPORTED_SOURCES_FILE as FILE;

/// The records of a data directory's `imported-sources.toml`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedSources {
    pub path: PathBuf,
    pub sources: Vec<Source>,
}

/// Reads `DIR/imported-sources.toml` when there is one, checking its records on their own: each
/// must parse, have a lowercase kebab-case id of its own and a period (the date of the figures
/// of the table that names it). Whether a table names it is checked with the tables.
pub fn read(user_dir: Option<&Path>) -> Result<Option<ImportedSources>, Vec<Diagnostic>> {
    let Some(path) = user_dir.map(|dir| dir.join(FILE)) else {
        return Ok(None);
    };
    if !(path.exists() || path.is_symlink()) {
        return Ok(None);
    }
    let text = super::read_user_file(&path).map_err(|d| vec![*d])?;
    let file = SourceFile {
        kind: Kind::Source,
        origin: Origin::User(path.clone()),
        text: Cow::Owned(text),
    };
    let mut sources: Vec<Source> = Vec::new();
    let parsed = super::load::read_records(&file, &mut sources);
    let mut problems = parsed.diagnostics;
    let index = file.index();
    let mut at = |position: usize, key: &'static str, message: String, hint: &str| {
        problems.push(index.diagnostic_at(
            &[Step::Index(position), Step::Key(key)],
            message,
            Some(hint.to_string()),
        ));
    };
    for (n, source) in sources.iter().enumerate() {
        let position = parsed.positions.get(n).copied().unwrap_or(n);
        if !super::validate::is_kebab_case(&source.id) {
            at(
                position,
                "id",
                format!("id `{}` is not lowercase kebab-case", source.id),
                "ids use a-z, 0-9 and single hyphens, like `bls-oews-2026`",
            );
        }
        if sources[..n].iter().any(|s| s.id == source.id) {
            at(
                position,
                "id",
                format!("duplicate source id `{}`", source.id),
                "each import writes one record; run the import again to write this file anew",
            );
        }
        if source.period.is_none() {
            at(
                position,
                "period",
                format!(
                    "the imported source `{}` has no period, so its figures would have no date",
                    source.id
                ),
                "give it the period of the figures, such as period = \"2026-05\"",
            );
        }
        if source.via.is_some() {
            at(
                position,
                "via",
                "an imported source is the table it was read from; it comes via no other source"
                    .to_string(),
                "remove `via`",
            );
        }
    }
    if problems.is_empty() {
        Ok(Some(ImportedSources { path, sources }))
    } else {
        Err(problems)
    }
}

/// Lays imported records over a data set's sources: each takes the place of the record with
/// its id, or is added at the end.
pub fn merge(dataset: &mut Dataset, imported: &[Source]) {
    if imported.is_empty() {
        return;
    }
    let mut sources = dataset.sources().to_vec();
    for record in imported {
        match sources.iter_mut().find(|s| s.id == record.id) {
            Some(existing) => *existing = record.clone(),
            None => sources.push(record.clone()),
        }
    }
    dataset.replace_sources(sources);
}

/// The file's text: a comment saying what it is, then one `[[source]]` per record.
pub fn render(sources: &[Source]) -> String {
    #[derive(serde::Serialize)]
    struct File<'a> {
        source: &'a [Source],
    }
    let body = toml::to_string(&File { source: sources }).unwrap_or_default();
    format!(
        "# Sources of the tables `him import` wrote into this directory, one per table. They are\n\
         # laid over sources.toml (yours or the built-in one): a record here takes the place of\n\
         # the one with its id. `him import` rewrites this file; edit sources.toml instead.\n\n{body}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(id: &str, period: &str) -> Source {
        Source {
            id: id.to_string(),
            publisher: "U.S. Bureau of Labor Statistics".to_string(),
            title: format!("Title of {id}"),
            kind: super::super::model::SourceKind::Primary,
            period: Some(period.parse().unwrap()),
            url: None,
            via: None,
            seen_at: None,
            note: Some("Imported.".to_string()),
        }
    }

    #[test]
    fn imported_records_replace_those_with_their_id_and_add_the_others() {
        let mut dataset = super::super::builtin::dataset();
        let before = dataset.sources().len();
        let replacement = source("bls-cpi-u", "2027-01");
        let added = source("bls-oews-2026", "2026-05");
        merge(&mut dataset, &[replacement.clone(), added.clone()]);
        let sources = dataset.sources();
        assert_eq!(sources.len(), before + 1);
        let at = sources.iter().position(|s| s.id == "bls-cpi-u").unwrap();
        assert_eq!(sources[at], replacement);
        assert_eq!(sources.last(), Some(&added));
        // Every other built-in source is still there.
        assert!(sources.iter().any(|s| s.id == "article-2020"));
    }

    #[test]
    fn the_file_written_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let records = vec![
            source("bls-oews-2026", "2026-05"),
            source("bls-cpi-u", "2027-01"),
        ];
        std::fs::write(dir.path().join(FILE), render(&records)).unwrap();
        let imported = read(Some(dir.path())).unwrap().unwrap();
        assert_eq!(imported.sources, records);
        assert_eq!(read(Some(dir.path().join("none").as_path())).unwrap(), None);
    }

    #[test]
    fn a_record_without_a_period_is_refused_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE),
            "[[source]]\nid = \"bls-oews-2026\"\npublisher = \"BLS\"\ntitle = \"OEWS\"\nkind = \"primary\"\n",
        )
        .unwrap();
        let problems = read(Some(dir.path())).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].message.contains("has no period"),
            "{problems:?}"
        );
        assert!(problems[0].file.ends_with(FILE));
        assert_eq!(problems[0].line, Some(1));
    }
}
