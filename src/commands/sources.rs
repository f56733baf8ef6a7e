//! `him sources`: every source with its period and its age today, the figures it backs, and
//! which of those figures are stale.

use crate::domain::sources::{Backs, figures_backed, is_stale};
use crate::error::Result;
use serde::Serialize;

use crate::data::period::Period;
use crate::domain::Context;
use crate::error::NothingFound;
use crate::output::{Cell, Report, Table, Tone, View};

#[derive(Serialize)]
pub struct SourcesView {
    today: String,
    stale_after_years: u16,
    sources: Vec<SourceAge>,
}

#[derive(Serialize)]
struct SourceAge {
    id: String,
    publisher: String,
    title: String,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    /// Months from the period to today; `null` for an undated source.
    age_months: Option<u32>,
    #[serde(skip)]
    age_short: String,
    /// The figures it backs: `pay`, `wages`, `outlook`, `prices`.
    backs: Vec<Backs>,
    /// True when it backs pay or outlook figures older than the threshold.
    stale: bool,
    /// True when the record comes from the user's imported-sources.toml (`him import`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    imported: bool,
    /// The user's table files whose figures it backs; none for the built-in tables.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    files: Vec<String>,
}

impl SourceAge {
    /// "pay, outlook": the figures it backs, joined with `separator`.
    fn backs_label(&self, separator: &str) -> String {
        self.backs
            .iter()
            .map(|b| b.label())
            .collect::<Vec<_>>()
            .join(separator)
    }
}

pub fn query(ctx: &Context<'_>, only_stale: bool) -> Result<SourcesView> {
    let data = &ctx.catalog.data;
    let table_sources = ctx.wages.source_ids();
    let mut rows = Vec::new();
    for source in data.sources() {
        let id = source.id.as_str();
        let backs = figures_backed(ctx, id, table_sources);
        let age = source.period.map(|p| ctx.age(p));
        let stale = is_stale(&backs, age);
        if only_stale && !stale {
            continue;
        }
        let files = [
            (Backs::Wages, crate::wages::WAGES_FILE),
            (Backs::Prices, crate::wages::PRICES_FILE),
        ]
        .into_iter()
        .filter(|(backed, _)| backs.contains(backed))
        .filter_map(|(_, name)| match ctx.wages.origin(name) {
            crate::data::Origin::User(path) => Some(path.display().to_string()),
            crate::data::Origin::BuiltIn => None,
        })
        .collect();
        rows.push(SourceAge {
            imported: ctx.catalog.imported_sources.contains(&source.id),
            files,
            id: source.id.clone(),
            publisher: source.publisher.clone(),
            title: source.title.clone(),
            kind: source.kind.as_str(),
            period: source.period,
            url: source.url.clone(),
            age_months: age.map(|a| a.months),
            age_short: age.map_or_else(|| "-".to_string(), |a| a.short()),
            backs,
            stale,
        });
    }
    if rows.is_empty() {
        return Err(NothingFound::new(format!(
            "no source backs pay or outlook figures older than {}",
            crate::domain::years(ctx.stale_after_years)
        ))
        .with_hint("--stale-after YEARS sets how old is stale")
        .into());
    }
    Ok(SourcesView {
        today: ctx.today.to_string(),
        stale_after_years: ctx.stale_after_years,
        sources: rows,
    })
}

impl View for SourcesView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title(format!("Sources ({})", self.sources.len()));
        report.text_toned(
            format!(
                "Ages as of {}; pay and outlook figures older than {} are marked stale.",
                self.today,
                crate::domain::years(self.stale_after_years)
            ),
            Tone::Muted,
        );
        // Publishers and titles are in `him list sources`; this table is about dates, narrow
        // enough for 80 columns.
        let mut table = Table::new(["Source", "Period", "Age", "Backs", "Stale"]);
        for source in &self.sources {
            let period = source
                .period
                .map_or_else(|| "undated".to_string(), |p| p.to_string());
            table.row(vec![
                Cell::new(source.id.clone()).tone(Tone::Strong),
                Cell::new(period),
                Cell::new(source.age_short.clone()),
                Cell::new(
                    source.backs_label(", ")
                        + if source.files.is_empty() {
                            ""
                        } else {
                            " (yours)"
                        },
                ),
                if source.stale {
                    Cell::new("stale").tone(Tone::Warn)
                } else {
                    Cell::empty()
                },
            ]);
        }
        report.table(table);
        for source in self.sources.iter().filter(|s| !s.files.is_empty()) {
            report.text(format!(
                "{} backs your own file{} {}{}.",
                source.id,
                if source.files.len() == 1 { "" } else { "s" },
                source.files.join(", "),
                if source.imported {
                    ", written by `him import` (its record is in imported-sources.toml)"
                } else {
                    ""
                }
            ));
        }
        report.note(
            "Age counts from the period to today (~: a year alone, counted from its middle). A source that backs no figures backs facts: rules, descriptions, the editors' choices. `him show SOURCE` shows one in full, `him list sources` their publishers and titles; --stale lists only the stale ones.",
        );
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new([
            "id",
            "period",
            "age_months",
            "age_as_of",
            "backs",
            "stale",
            "publisher",
            "title",
            "url",
        ]);
        for source in &self.sources {
            table.row(vec![
                Cell::new(source.id.clone()),
                Cell::new(source.period.map(|p| p.to_string()).unwrap_or_default()),
                Cell::new(source.age_months.map(|m| m.to_string()).unwrap_or_default()),
                Cell::new(self.today.clone()),
                Cell::new(source.backs_label("; ")),
                Cell::new(source.stale.to_string()),
                Cell::new(source.publisher.clone()),
                Cell::new(source.title.clone()),
                Cell::new(source.url.clone().unwrap_or_default()),
            ]);
        }
        vec![table]
    }
}
