//! Sources: how one is cited (in short, in full, with how sure the fact is and how old), and
//! which figures it backs.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::data::model::{Source, Status};
use crate::domain::eligibility::{Evidence, Strength, Timing};
use crate::domain::{Age, Context};

/// "PayScale, March 2020" or, for a source known through another, "PayScale, March 2020, via
/// the article".
pub fn cite(catalog: &Catalog, id: &str) -> String {
    let Some(source) = catalog.source(id) else {
        return id.to_string();
    };
    let mut text = source.publisher.clone();
    if let Some(period) = source.period {
        text.push_str(&format!(", {}", period.human()));
    }
    if let Some(via) = source.via.as_deref().and_then(|v| catalog.source(v)) {
        if via.id == "article-2020" || via.kind == crate::data::model::SourceKind::Article {
            text.push_str(", via the article");
        } else {
            text.push_str(&format!(", via {}", via.publisher));
        }
    }
    text
}

/// The full reference of a source: "PayScale: Average Health Informatics Specialist Salary
/// (March 2020; secondary)".
pub fn reference(source: &Source) -> String {
    let mut text = format!("{}: {}", source.publisher, source.title);
    let mut bits = Vec::new();
    if let Some(period) = source.period {
        bits.push(period.human());
    }
    bits.push(source.kind.as_str().to_string());
    text.push_str(&format!(" ({})", bits.join("; ")));
    text
}

/// "PayScale, March 2020, via the article" or "AHIMA, 2023; secondary source": the source of a
/// fact and, when it is not confirmed, how sure it is (unless the source already says so).
pub fn citation(catalog: &Catalog, source: &str, status: Status) -> String {
    let mut text = cite(catalog, source);
    let said_by_article = text.ends_with("via the article")
        || catalog
            .source(source)
            .is_some_and(|s| s.kind == crate::data::model::SourceKind::Article);
    match status {
        Status::Confirmed => {}
        Status::Article if said_by_article => {}
        Status::Article => text.push_str("; according to the article"),
        Status::Secondary => text.push_str("; secondary source"),
        Status::Unconfirmed => text.push_str("; unconfirmed"),
    }
    text
}

/// `citation` that always says how sure the fact is, "confirmed" included: for rules and exam
/// facts, where whether a fact is confirmed is part of the answer.
pub fn status_citation(catalog: &Catalog, source: &str, status: Status) -> String {
    let text = citation(catalog, source, status);
    match status {
        Status::Confirmed => format!("{text}; confirmed"),
        Status::Article if !text.ends_with("article") => {
            format!("{text}; according to the article")
        }
        _ => text,
    }
}

/// The source of a rule in words, with its date and age, and how sure the rule is: "AHIMA,
/// undated; confirmed", "AHIMA, 2020 (about 6 years 4 months); confirmed [stale: older than 3
/// years]".
#[derive(Clone, Debug, PartialEq)]
pub struct RuleCitation {
    pub text: String,
    /// The age of the source; `None` when it is undated.
    pub age: Option<Age>,
}

impl RuleCitation {
    pub fn stale(&self) -> bool {
        self.age.is_some_and(|age| age.stale)
    }
}

pub fn rule_citation(ctx: &Context<'_>, source: &str, status: Status) -> RuleCitation {
    let catalog = ctx.catalog;
    let age = catalog
        .source(source)
        .and_then(|s| s.period)
        .map(|period| ctx.age(period));
    let when = match age {
        Some(age) => format!(" ({})", age.old_as_of()),
        None if catalog.source(source).is_some() => ", undated".to_string(),
        None => String::new(),
    };
    // The date goes after the source's own words, before how sure the rule is.
    let cited = cite(catalog, source);
    let full = status_citation(catalog, source, status);
    let mut text = match full.strip_prefix(cited.as_str()) {
        Some(rest) => format!("{cited}{when}{rest}"),
        None => format!("{full}{when}"),
    };
    if let Some(marker) = age.and_then(|age| age.stale_marker()) {
        text.push_str(&format!(" [{marker}]"));
    }
    RuleCitation { text, age }
}

/// When a rule is checked and how old its source may be (`--stale-after`).
pub fn timing(ctx: &Context<'_>) -> Timing {
    Timing {
        today: ctx.today,
        stale_after_years: ctx.stale_after_years,
    }
}

/// Why a rule whose conditions hold is only likely, in words: "only a secondary source states
/// it"; `None` for a current rule of the issuer's own, or one that is possible at best.
pub fn likely_reason(evidence: &Evidence, stale_after_years: u16) -> Option<String> {
    match evidence.strength {
        Strength::Current | Strength::Unconfirmed => None,
        Strength::Stale => Some(format!(
            "its source is older than {}",
            crate::domain::years(stale_after_years)
        )),
        Strength::Secondary => Some("only a secondary source states it".to_string()),
        Strength::Article => Some("only the source article states it".to_string()),
    }
}

/// What kinds of figures a source backs. Only pay (including the wage table) and outlook can be
/// stale: the rest are facts or the price index used to convert dollars.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backs {
    /// Dated pay figures of titles (the article's).
    Pay,
    /// The OEWS wage table.
    Wages,
    /// Employment projections of occupations (and fields).
    Outlook,
    /// The CPI-U index `--real` converts with.
    Prices,
}

impl Backs {
    pub fn label(self) -> &'static str {
        match self {
            Backs::Pay => "pay",
            Backs::Wages => "wage table",
            Backs::Outlook => "outlook",
            Backs::Prices => "price index",
        }
    }

    fn can_be_stale(self) -> bool {
        self != Backs::Prices
    }
}

/// The kinds of figures source `id` backs. `tables` are the sources the wage table and the
/// price index name (`WageData::source_ids`).
pub fn figures_backed(
    ctx: &Context<'_>,
    id: &str,
    tables: &(Option<String>, Option<String>),
) -> Vec<Backs> {
    let data = &ctx.catalog.data;
    let (wage_source, price_source) = tables;
    [
        (
            Backs::Pay,
            data.titles()
                .iter()
                .flat_map(|t| &t.pay)
                .any(|p| p.source == id),
        ),
        (Backs::Wages, wage_source.as_deref() == Some(id)),
        (
            Backs::Outlook,
            data.fields()
                .iter()
                .flat_map(|f| &f.outlook)
                .any(|o| o.source == id)
                || data
                    .occupations()
                    .iter()
                    .flat_map(|o| &o.projections)
                    .any(|p| p.source == id),
        ),
        (Backs::Prices, price_source.as_deref() == Some(id)),
    ]
    .into_iter()
    .filter_map(|(backs, holds)| holds.then_some(backs))
    .collect()
}

/// Whether a source's figures are stale: it backs pay or outlook figures older than allowed.
pub fn is_stale(backs: &[Backs], age: Option<crate::domain::Age>) -> bool {
    age.is_some_and(|a| a.stale) && backs.iter().any(|b| b.can_be_stale())
}
