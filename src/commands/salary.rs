//! `him salary`: current BLS OEWS wages for every job title, by area or work setting, next to
//! the older figures the article quoted, in nominal dollars or in one year's dollars. `view`
//! shows them, `notes` says what they mean; `areas` lists the areas a text may mean
//! (`--list-areas`).

mod areas;
mod chart;
mod notes;
mod view;

pub use areas::{AreaListView, list_areas, misplaced_areas};

use crate::domain::pay::{
    CLOSEST_OCCUPATION, Dollars, Money, Real, SourceInfo, area_note, figure_text, find_area,
    range_text,
};
use crate::error::Result;
use crate::text::{bar, bar_unit};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::catalog::Catalog;
use crate::data::Diagnostic;
use crate::data::Kind;
use crate::data::model::{Field, Level, Status, Title};
use crate::data::period::{Date, Period};
use crate::domain::{Age, Context};
use crate::error::{DataError, UsageError};
use crate::output::{Cell, Report, Table, Tone, View};
use crate::text::and_list;
use crate::text::{capitalized, dollars};
use crate::wages::{
    Area, AreaId, AreaKind, Decimal, Estimate, Figure, Reason, Setting, WageTable, city_state,
};

/// What the user asked for, straight from the command line.
#[derive(Clone, Debug, Default)]
pub struct Request<'r> {
    pub field: Option<&'r str>,
    pub titles: &'r [String],
    pub areas: &'r [String],
    pub settings: &'r [Setting],
    /// Convert every figure to dollars of this year.
    pub real: Option<u16>,
}

/// What the jobs lines under each table count, said once.
const JOBS_NOTE: &str = "Jobs: the jobs each occupation holds in the area (or setting), not job openings. `him where TITLE` ranks areas by jobs, concentration and pay.";

/// What the location quotients beside the jobs mean, said when a state or metro area shows one
/// (BLS gives none for the nation or a work setting).
const LQ_NOTE: &str = "LQ (location quotient): the occupation's share of the area's jobs over its share of the nation's, so 1.0 is the national share.";

pub struct SalaryView {
    today: Date,
    stale_after_years: u16,
    source: SourceInfo,
    dollars: Dollars,
    scopes: Vec<Scope>,
    fields: Vec<FieldPay>,
    /// Dollars per full bar character, when bars are drawn (one scope).
    bar_unit: Option<u32>,
    /// CSV holds the older figures instead of the BLS table (`--older`): one table per run.
    older_in_csv: bool,
}

/// Where figures are for: an area in all industries, or the nation in one work setting.
#[derive(Clone, Debug, Serialize)]
struct Scope {
    /// The area in the wage table the scopes were made from.
    #[serde(skip)]
    id: AreaId,
    area: Area,
    /// What the area is, in words: "state", "metro area", "nation".
    area_kind: &'static str,
    /// What the person typed for the area, and what him says about how it read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    area_note: Option<String>,
    setting: Setting,
    /// Columns are work settings (`--setting`): "All industries" then names the national one.
    #[serde(skip)]
    by_setting: bool,
}

impl Scope {
    fn label(&self) -> String {
        match self.setting {
            Setting::All if !self.by_setting => self.area.label().to_string(),
            setting => setting.name().to_string(),
        }
    }

    /// The short label with what the area is: "Chicago, IL-IN (metro area)", "Illinois
    /// (state)"; work settings as they are.
    fn titled(&self) -> String {
        match self.setting {
            Setting::All if !self.by_setting => {
                let short = self.short_label();
                if short.ends_with(self.area_kind) {
                    short
                } else {
                    format!("{short} ({})", self.area_kind)
                }
            }
            _ => self.short_label(),
        }
    }

    /// A column header: "Chicago, IL-IN" for "Chicago-Naperville-Elgin, IL-IN", "Hospitals".
    fn short_label(&self) -> String {
        match self.setting {
            Setting::All if !self.by_setting => self.area.short_label(),
            setting => setting.short_name().to_string(),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
struct Wages {
    /// The area's code and the setting's id, so each entry says what it is for.
    area: String,
    setting: &'static str,
    employment: Option<u32>,
    /// The occupation's jobs per 1,000 jobs in the area and its location quotient (1.0 is the
    /// national share); BLS gives neither for the nation or a work setting.
    jobs_per_1000: Option<Decimal>,
    location_quotient: Option<Decimal>,
    /// Why a count above is missing, by its name: the dollar figures say so themselves.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    unpublished: std::collections::BTreeMap<&'static str, Reason>,
    p10: Money,
    p25: Money,
    median: Money,
    p75: Money,
    p90: Money,
}

#[derive(Clone, Debug, Serialize)]
struct OlderPay {
    median: Money,
    period: Period,
    source: String,
    citation: String,
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    applies_to: Option<String>,
    #[serde(flatten)]
    age: Age,
}

#[derive(Clone, Debug, Serialize)]
struct TitlePay {
    id: String,
    name: String,
    level: Level,
    soc: String,
    /// The BLS occupation the figures are for; `None` when the table lacks the code.
    occupation: Option<String>,
    wages: Vec<Wages>,
    older: Vec<OlderPay>,
}

#[derive(Clone, Debug, Serialize)]
struct MedianRange {
    low: Money,
    high: Money,
    /// Titles of the field with no published median in this scope.
    without_median: usize,
}

#[derive(Clone, Debug, Serialize)]
struct FieldPay {
    id: String,
    name: String,
    #[serde(skip)]
    label: String,
    /// Per scope, the lowest and highest median of the field's titles (`null` when none is
    /// published).
    median_range: Vec<Option<MedianRange>>,
    titles: Vec<TitlePay>,
    /// The occupation codes of the titles shown, each with its titles: titles of one code show
    /// one figure.
    occupations: Vec<OccupationGroup>,
}

#[derive(Clone, Debug, Serialize)]
struct OccupationGroup {
    soc: String,
    name: Option<String>,
    /// Ids of the titles shown that take this occupation's figures.
    titles: Vec<String>,
    #[serde(skip)]
    title_names: Vec<String>,
}

pub fn query(ctx: &Context<'_>, request: &Request<'_>) -> Result<SalaryView> {
    let catalog = ctx.catalog;
    // Without --area every figure is national, and the national rows are read alone.
    let table = if request.areas.is_empty() {
        ctx.national_wages()?
    } else {
        ctx.wage_table()?
    };
    let titles = chosen_titles(catalog, request)?;
    let scopes = scopes(catalog, table, request)?;
    let source = SourceInfo::of_table(ctx, &table.source, crate::wages::WAGES_FILE);
    let dollars = match request.real {
        None => Dollars::Nominal,
        Some(year) => {
            let prices = ctx.price_index()?;
            let Some(cpi) = prices.annual(year) else {
                return Err(UsageError::new(format!(
                    "the CPI-U has no annual average for {year}, so figures cannot be put in {year} dollars"
                ))
                .with_hint(format!(
                    "--real takes a year with an annual average: {}",
                    prices.years()
                ))
                .into());
            };
            Dollars::Real {
                year,
                cpi,
                source: SourceInfo::of_table(ctx, &prices.source, crate::wages::PRICES_FILE),
                prices: Box::new(prices.clone()),
                refused: std::cell::Cell::new(None),
            }
        }
    };
    let mut fields: Vec<FieldPay> = Vec::new();
    for field in catalog.data.fields() {
        let mut of_field: Vec<&Title> = titles
            .iter()
            .copied()
            .filter(|t| t.field == field.id)
            .collect();
        if of_field.is_empty() {
            continue;
        }
        of_field.sort_by_key(|t| t.level);
        fields.push(field_pay(
            ctx, table, field, &of_field, &scopes, &source, &dollars,
        ));
    }
    if let Dollars::Real {
        refused, prices, ..
    } = &dollars
        && let Some(problem) = refused.get()
    {
        return Err(DataError::new(vec![Diagnostic::file_level(
            ctx.wages.prices_path(),
            prices.explain(problem),
            Some(
                "check the index values of those years (`him check`), or leave out --real"
                    .to_string(),
            ),
        )])
        .into());
    }
    let bar_unit = (scopes.len() == 1)
        .then(|| {
            fields
                .iter()
                .flat_map(|f| &f.titles)
                .filter_map(|t| t.wages[0].median.shown())
                .max()
                .map(bar_unit)
        })
        .flatten();
    Ok(SalaryView {
        today: ctx.today,
        stale_after_years: ctx.stale_after_years,
        source,
        dollars,
        scopes,
        fields,
        bar_unit,
        older_in_csv: false,
    })
}

/// The titles to show: all, those of `--field`, or those named by `--title`.
fn chosen_titles<'a>(catalog: &'a Catalog, request: &Request<'_>) -> Result<Vec<&'a Title>> {
    let field = match request.field {
        Some(name) => {
            let entity = catalog.resolve(name, &[Kind::Field])?;
            Some(&catalog.data.fields()[entity.index])
        }
        None => None,
    };
    if request.titles.is_empty() {
        return Ok(catalog
            .data
            .titles()
            .iter()
            .filter(|t| field.is_none_or(|f| f.id == t.field))
            .collect());
    }
    let mut chosen: Vec<&Title> = Vec::new();
    for name in request.titles {
        let entity = catalog.resolve(name, &[Kind::Title])?;
        let title = &catalog.data.titles()[entity.index];
        if let Some(field) = field
            && title.field != field.id
        {
            return Err(UsageError::new(format!(
                "`{}` is a title of {}, not of {}",
                title.name,
                catalog.name_of(Kind::Field, &title.field),
                field.name
            ))
            .with_hint("drop --field, or name titles of that field")
            .into());
        }
        if !chosen.iter().any(|t| t.id == title.id) {
            chosen.push(title);
        }
    }
    Ok(chosen)
}

/// The columns of figures: each `--area` (all industries), or each `--setting` (national).
fn scopes(catalog: &Catalog, table: &WageTable, request: &Request<'_>) -> Result<Vec<Scope>> {
    let mut areas: Vec<AreaId> = Vec::new();
    let mut asked: Vec<(String, Option<String>)> = Vec::new();
    for query in request.areas {
        let resolved = find_area(catalog, table, query)?;
        if !areas.contains(&resolved.id) {
            areas.push(resolved.id);
            asked.push((query.clone(), area_note(table, query, &resolved)));
        }
    }
    if areas.is_empty() {
        let national = table.national().ok_or_else(|| {
            UsageError::new("the wage table has no national figures")
                .with_hint("name an area with --area")
        })?;
        areas.push(national);
    }
    let by_setting = !request.settings.is_empty();
    let mut settings: Vec<Setting> = Vec::new();
    for &setting in request.settings {
        if !settings.contains(&setting) {
            settings.push(setting);
        }
    }
    if settings.is_empty() {
        settings.push(Setting::All);
    } else if let Some(&local) = areas
        .iter()
        .find(|&&a| table.area(a).kind != AreaKind::National)
    {
        return Err(UsageError::new(format!(
            "--setting cannot be combined with --area {}: BLS publishes wages by work setting for the nation only",
            table.area(local).label()
        ))
        .with_hint("drop --area (or use --area national) to see work settings; drop --setting to see the area")
        .into());
    }
    let mut scopes = Vec::new();
    for (i, &area) in areas.iter().enumerate() {
        let (query, area_note) = asked.get(i).cloned().unzip();
        for &setting in &settings {
            scopes.push(Scope {
                id: area,
                area: table.area(area).clone(),
                area_kind: table.area(area).kind_label(),
                query: query.clone(),
                area_note: area_note.clone().flatten(),
                setting,
                by_setting,
            });
        }
    }
    Ok(scopes)
}

fn field_pay(
    ctx: &Context<'_>,
    table: &WageTable,
    field: &Field,
    titles: &[&Title],
    scopes: &[Scope],
    source: &SourceInfo,
    dollars: &Dollars,
) -> FieldPay {
    let catalog = ctx.catalog;
    let mut pays: Vec<TitlePay> = Vec::new();
    for title in titles {
        let wages = scopes
            .iter()
            .map(|scope| {
                let estimate = table
                    .estimate(&title.soc, scope.id, scope.setting)
                    .copied()
                    .unwrap_or_else(Estimate::none);
                let money = |figure| dollars.money(figure, source.period);
                Wages {
                    area: scope.area.code.to_string(),
                    setting: scope.setting.id(),
                    employment: estimate.employment.value(),
                    jobs_per_1000: estimate.jobs_per_1000.value(),
                    location_quotient: estimate.location_quotient.value(),
                    unpublished: [
                        ("employment", estimate.employment.reason()),
                        ("jobs_per_1000", estimate.jobs_per_1000.reason()),
                        ("location_quotient", estimate.location_quotient.reason()),
                    ]
                    .into_iter()
                    .filter_map(|(name, reason)| reason.map(|r| (name, r)))
                    .collect(),
                    p10: money(estimate.p10),
                    p25: money(estimate.p25),
                    median: money(estimate.median),
                    p75: money(estimate.p75),
                    p90: money(estimate.p90),
                }
            })
            .collect();
        let older = title
            .pay
            .iter()
            .map(|pay| OlderPay {
                median: dollars.money(Figure::Published(pay.median), Some(pay.period)),
                period: pay.period,
                source: pay.source.clone(),
                citation: crate::domain::sources::citation(catalog, &pay.source, pay.status),
                status: pay.status,
                applies_to: pay.applies_to.clone(),
                age: ctx.age(pay.period),
            })
            .collect();
        pays.push(TitlePay {
            id: title.id.clone(),
            name: title.name.clone(),
            level: title.level,
            soc: title.soc.clone(),
            occupation: table.occupation(&title.soc).map(|o| o.name.clone()),
            wages,
            older,
        });
    }
    let median_range = (0..scopes.len())
        .map(|i| {
            let medians: Vec<Money> = pays
                .iter()
                .map(|p| p.wages[i].median)
                .filter(|m| m.shown().is_some())
                .collect();
            let low = medians.iter().min_by_key(|m| m.shown())?;
            let high = medians.iter().max_by_key(|m| m.shown())?;
            Some(MedianRange {
                low: *low,
                high: *high,
                without_median: pays.len() - medians.len(),
            })
        })
        .collect();
    let occupations = crate::domain::grouped(&pays, |pay| pay.soc.as_str())
        .into_iter()
        .map(|(soc, group)| OccupationGroup {
            soc: soc.to_string(),
            name: group[0].occupation.clone(),
            titles: group.iter().map(|pay| pay.id.clone()).collect(),
            title_names: group.iter().map(|pay| pay.name.clone()).collect(),
        })
        .collect();
    FieldPay {
        id: field.id.clone(),
        name: field.name.clone(),
        label: crate::data::model::Named::label(field),
        median_range,
        titles: pays,
        occupations,
    }
}
