//! `him salary`: current BLS OEWS wages for every job title, by area or work setting, next to
//! the older figures the article quoted, in nominal dollars or in one year's dollars.

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
                    area: scope.area.code.clone(),
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

impl SalaryView {
    fn is_real(&self) -> bool {
        matches!(self.dollars, Dollars::Real { .. })
    }

    /// What the tables are for: "Illinois · Chicago, IL-IN, all industries".
    fn scope_phrase(&self) -> String {
        if self.scopes.iter().any(|s| s.by_setting) {
            return "United States (nation) by work setting".to_string();
        }
        let areas: Vec<String> = self.scopes.iter().map(Scope::titled).collect();
        format!("{}, all industries", areas.join(" · "))
    }

    /// Why any figure shown is missing, once each.
    fn reasons_shown(&self) -> Vec<Reason> {
        let mut reasons = Vec::new();
        for wages in self
            .fields
            .iter()
            .flat_map(|f| &f.titles)
            .flat_map(|t| &t.wages)
        {
            for money in [&wages.p10, &wages.median, &wages.p90] {
                if let Figure::Unpublished(reason) = money.nominal
                    && !reasons.contains(&reason)
                {
                    reasons.push(reason);
                }
            }
        }
        reasons
    }

    fn older_figures(&self) -> Vec<(&TitlePay, &OlderPay)> {
        self.fields
            .iter()
            .flat_map(|f| &f.titles)
            .flat_map(|t| t.older.iter().map(move |o| (t, o)))
            .collect()
    }

    /// How to read the table: the bars' scale, the cells of several scopes, short names.
    fn legend(&self) -> Vec<String> {
        let mut legend = Vec::new();
        if let Some(unit) = self.bar_unit {
            legend.push(format!(
                "Bars show the medians to one scale: each █ is {}.",
                dollars(u64::from(unit))
            ));
        }
        if self.scopes.len() > 1 {
            legend.push(
                "Each cell gives the median and, under it, the 10th–90th percentile range."
                    .to_string(),
            );
            for scope in &self.scopes {
                if scope.short_label() != scope.label() {
                    legend.push(format!("{} is {}.", scope.short_label(), scope.label()));
                }
            }
        }
        legend
    }

    /// What the figures mean, for every format: the reasons figures are missing, what a title's
    /// figure stands for, how dollars were converted. (Shared codes go under each field.)
    /// How each `--area` was read, when the person should know: said first.
    fn area_notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        for note in self.scopes.iter().filter_map(|s| s.area_note.as_ref()) {
            if !notes.contains(note) {
                notes.push(note.clone());
            }
        }
        notes
    }

    fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        if let Dollars::Real {
            year, cpi, source, ..
        } = &self.dollars
        {
            notes.push(format!(
                "In {year} dollars: each figure × the CPI-U annual average of {year} ({cpi}) / that of the figure's own year, rounded to the dollar. Index: {}, {}{}. BLS cannot vouch for figures derived from its data.",
                source.publisher,
                source.title,
                source
                    .file
                    .as_ref()
                    .map_or_else(String::new, |file| format!(", from your file {file}"))
            ));
        }
        for reason in self.reasons_shown() {
            notes.push(format!("{}.", capitalized(reason.explanation())));
        }
        notes.push(JOBS_NOTE.to_string());
        if self
            .scopes
            .iter()
            .any(|scope| !scope.by_setting && scope.area.kind != AreaKind::National)
        {
            notes.push(LQ_NOTE.to_string());
        }
        notes
    }

    fn mixed_note(&self) -> Option<String> {
        let older = self.older_figures();
        if older.is_empty() {
            return None;
        }
        let mut cited: Vec<&str> = vec![self.source.citation.as_str()];
        for (_, pay) in &older {
            if !cited.contains(&pay.citation.as_str()) {
                cited.push(&pay.citation);
            }
        }
        Some(format!(
            "These figures come from different sources and years ({}): they are not measured the same way, so read differences between them and the BLS OEWS figures with care.",
            cited.join("; ")
        ))
    }

    /// "Jobs in Illinois (state): 29-2072 6,540 (LQ 1.05) · 11-9111 22,460 (LQ 0.96).", one
    /// line per area or setting: how many jobs each occupation of the field holds there, and
    /// how concentrated they are. Titles of one code share them, so they go by code.
    fn jobs_lines(&self, field: &FieldPay) -> Vec<String> {
        self.scopes
            .iter()
            .enumerate()
            .map(|(i, scope)| {
                let place = match scope.area.kind {
                    _ if scope.by_setting => {
                        format!("{}, nationwide", scope.setting.short_name().to_lowercase())
                    }
                    AreaKind::National => "the United States".to_string(),
                    _ => scope.titled(),
                };
                let counts: Vec<String> = field
                    .occupations
                    .iter()
                    .filter_map(|group| {
                        let title = field.titles.iter().find(|t| t.soc == group.soc)?;
                        let wages = title.wages.get(i)?;
                        let jobs = match (wages.employment, wages.unpublished.get("employment")) {
                            (Some(n), _) => crate::text::thousands(u64::from(n)),
                            (None, Some(reason)) => reason.label().to_string(),
                            (None, None) => "no estimate".to_string(),
                        };
                        let lq = match (
                            wages.location_quotient,
                            wages.unpublished.get("location_quotient"),
                        ) {
                            (Some(lq), _) => format!(" (LQ {lq})"),
                            // BLS gives no quotient for the nation, whose share it is.
                            _ if scope.area.kind == AreaKind::National => String::new(),
                            (None, Some(reason)) => format!(" (LQ {})", reason.label()),
                            (None, None) => String::new(),
                        };
                        // No-break spaces keep an occupation's figures on one line.
                        Some(format!("{} {jobs}{lq}", group.soc).replace(' ', "\u{a0}"))
                    })
                    .collect();
                // The dot between two occupations stays with the first, never opening a line.
                format!("Jobs in {place}: {}.", counts.join("\u{a0}· "))
            })
            .collect()
    }

    /// "15-1211 Computer Systems Analysts: Health informatics specialist, Systems analyst ...
    /// share one figure", one line per occupation code of the field.
    fn occupation_notes(field: &FieldPay) -> Vec<String> {
        field
            .occupations
            .iter()
            .map(|group| {
                let occupation = group.name.as_deref().unwrap_or("not in the wage table");
                let shared = match group.title_names.len() {
                    1 => String::new(),
                    2 => " (both share one figure)".to_string(),
                    n => format!(" (all {n} share one figure)"),
                };
                format!(
                    "{} {occupation}: {}{shared}",
                    group.soc,
                    and_list(&group.title_names)
                )
            })
            .collect()
    }
}

impl Serialize for SalaryView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        #[serde(tag = "basis", rename_all = "lowercase")]
        enum DollarsOut<'a> {
            Nominal,
            Real {
                year: u16,
                cpi: f64,
                source: &'a SourceInfo,
            },
        }
        let dollars = match &self.dollars {
            Dollars::Nominal => DollarsOut::Nominal,
            Dollars::Real {
                year, cpi, source, ..
            } => DollarsOut::Real {
                year: *year,
                cpi: *cpi,
                source,
            },
        };
        let mut notes = self.area_notes();
        notes.extend(self.notes());
        notes.push(CLOSEST_OCCUPATION.to_string());
        notes.extend(self.mixed_note());
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("today", &self.today.to_string())?;
        map.serialize_entry("stale_after_years", &self.stale_after_years)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("dollars", &dollars)?;
        map.serialize_entry("scopes", &self.scopes)?;
        map.serialize_entry("fields", &self.fields)?;
        map.serialize_entry("notes", &notes)?;
        map.end()
    }
}

impl View for SalaryView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let basis = match &self.dollars {
            Dollars::Nominal => String::new(),
            Dollars::Real { year, .. } => format!(" (in {year} dollars)"),
        };
        report.title(format!(
            "Annual pay by job title: {}{basis}",
            self.scope_phrase()
        ));
        for note in self.area_notes() {
            report.text_toned(note, Tone::Warn);
        }
        let (source_line, tone) = self.source.source_line();
        report.text_toned(source_line, tone);
        // Said once, before any title's figure: what a title's figure is and is not.
        report.text(CLOSEST_OCCUPATION);
        let legend = self.legend();
        if self.scopes.len() > 1 {
            report.text(legend.join(" "));
        }
        let single = self.scopes.len() == 1;
        for field in &self.fields {
            report.heading(field.label.clone());
            if field.titles.len() > 1 {
                report.text(self.median_summary(field));
            }
            report.table(self.field_table(field, single));
            for note in SalaryView::occupation_notes(field) {
                report.note(note);
            }
            for line in self.jobs_lines(field) {
                report.note(line);
            }
        }
        let older = self.older_figures();
        if !older.is_empty() {
            report.heading("Older figures (history, as the article quoted them)");
            let mut header = vec!["Title".to_string()];
            match &self.dollars {
                Dollars::Nominal => header.push("Median".to_string()),
                Dollars::Real { year, .. } => {
                    header.push("Median as\npublished".to_string());
                    header.push(format!("In {year}\ndollars"));
                }
            }
            header.extend(["Source".to_string(), format!("Age as of\n{}", self.today)]);
            let mut table = Table::new(header).align_right(1);
            if self.is_real() {
                table = table.align_right(2);
            }
            for &(title, pay) in &older {
                let mut cells = vec![
                    Cell::new(title.name.clone()).tone(Tone::Strong),
                    Cell::new(figure_text(pay.median.nominal)),
                ];
                if self.is_real() {
                    cells.push(Cell::new(pay.median.text()));
                }
                cells.push(Cell::new(pay.citation.clone()));
                cells.push(if pay.age.stale {
                    Cell::new(format!("{}, stale", pay.age.label())).tone(Tone::Warn)
                } else {
                    Cell::new(pay.age.label())
                });
                table.row(cells);
            }
            report.table(table);
            for (title, pay) in &older {
                if let Some(group) = &pay.applies_to {
                    report.note(format!("{}: the figure is for {group}.", title.name));
                }
            }
            if older.iter().any(|(_, pay)| pay.age.stale) {
                report.note(format!(
                    "Stale means older than {} (--stale-after YEARS sets the threshold).",
                    crate::domain::years(self.stale_after_years)
                ));
            }
            if let Some(note) = self.mixed_note() {
                report.note(note);
            }
        }
        if self.scopes.len() == 1 {
            for line in legend {
                report.note(line);
            }
        }
        for note in self.notes() {
            report.note(note);
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let real = self.is_real();
        let mut header: Vec<String> = [
            "field",
            "title_id",
            "title",
            "soc",
            "occupation",
            "area_code",
            "area",
            "setting",
            "employment",
            "jobs_per_1000",
            "location_quotient",
            "p10",
            "p25",
            "median",
            "p75",
            "p90",
        ]
        .map(str::to_string)
        .to_vec();
        if let Dollars::Real { year, .. } = &self.dollars {
            for name in ["p10", "p25", "median", "p75", "p90"] {
                header.push(format!("{name}_{year}_dollars"));
            }
        }
        header.extend(["unpublished", "source", "period"].map(str::to_string));
        let mut table = Table::new(header);
        let number =
            |value: Option<u32>| Cell::new(value.map(|v| v.to_string()).unwrap_or_default());
        let decimal =
            |value: Option<Decimal>| Cell::new(value.map(|v| v.to_string()).unwrap_or_default());
        for field in &self.fields {
            for title in &field.titles {
                for (scope, wages) in self.scopes.iter().zip(&title.wages) {
                    let figures = [
                        &wages.p10,
                        &wages.p25,
                        &wages.median,
                        &wages.p75,
                        &wages.p90,
                    ];
                    let mut cells = vec![
                        Cell::new(field.id.clone()),
                        Cell::new(title.id.clone()),
                        Cell::new(title.name.clone()),
                        Cell::new(title.soc.clone()),
                        Cell::new(title.occupation.clone().unwrap_or_default()),
                        Cell::new(scope.area.code.clone()),
                        Cell::new(scope.area.label()),
                        Cell::new(scope.setting.id()),
                        number(wages.employment),
                        decimal(wages.jobs_per_1000),
                        decimal(wages.location_quotient),
                    ];
                    cells.extend(figures.iter().map(|m| number(m.nominal.value())));
                    if real {
                        cells.extend(figures.iter().map(|m| match m.real {
                            Real::Converted(v) => number(Some(v)),
                            _ => number(None),
                        }));
                    }
                    let unpublished: Vec<String> = ["p10", "p25", "median", "p75", "p90"]
                        .iter()
                        .zip(figures)
                        .filter_map(|(name, m)| match m.nominal {
                            Figure::Unpublished(reason) => {
                                Some(format!("{name}: {}", reason.label()))
                            }
                            Figure::Published(_) => None,
                        })
                        .collect();
                    cells.push(Cell::new(unpublished.join("; ")));
                    cells.push(Cell::new(self.source.id.clone()));
                    cells.push(Cell::new(
                        self.source
                            .period
                            .map(|p| p.to_string())
                            .unwrap_or_default(),
                    ));
                    table.row(cells);
                }
            }
        }
        let older = self.older_figures();
        if older.is_empty() {
            return vec![table];
        }
        let mut header: Vec<String> = ["title_id", "title", "median"].map(str::to_string).to_vec();
        if let Dollars::Real { year, .. } = &self.dollars {
            header.push(format!("median_{year}_dollars"));
        }
        header.extend(
            [
                "period",
                "source",
                "citation",
                "applies_to",
                "age_months",
                "stale",
            ]
            .map(str::to_string),
        );
        let mut history = Table::new(header);
        for (title, pay) in older {
            let mut cells = vec![
                Cell::new(title.id.clone()),
                Cell::new(title.name.clone()),
                number(pay.median.nominal.value()),
            ];
            if real {
                cells.push(number(pay.median.shown()));
            }
            cells.extend([
                Cell::new(pay.period.to_string()),
                Cell::new(pay.source.clone()),
                Cell::new(pay.citation.clone()),
                Cell::new(pay.applies_to.clone().unwrap_or_default()),
                Cell::new(pay.age.months.to_string()),
                Cell::new(pay.age.stale.to_string()),
            ]);
            history.row(cells);
        }
        vec![table, history]
    }
}

impl SalaryView {
    /// "Medians from $101,860 to $175,140 across 10 titles", per scope.
    fn median_summary(&self, field: &FieldPay) -> String {
        let parts: Vec<String> = self
            .scopes
            .iter()
            .zip(&field.median_range)
            .map(|(scope, range)| {
                let text = match range {
                    None => "none published".to_string(),
                    Some(range) if range.low.shown() == range.high.shown() => {
                        format!("all {}", range.low.text())
                    }
                    Some(range) => format!("from {} to {}", range.low.text(), range.high.text()),
                };
                let missing = range.as_ref().map_or(0, |r| r.without_median);
                let missing = match missing {
                    0 => String::new(),
                    1 => " (one title has none published)".to_string(),
                    n => format!(" ({n} titles have none published)"),
                };
                if self.scopes.len() > 1 {
                    format!("{} {text}{missing}", scope.short_label())
                } else {
                    format!("{text}{missing}")
                }
            })
            .collect();
        let basis = match self.dollars {
            Dollars::Nominal => String::new(),
            _ => format!(" in {}", self.dollars.label()),
        };
        format!(
            "Medians of the {} titles{basis}: {}.",
            field.titles.len(),
            parts.join("; ")
        )
    }

    /// One scope: median, range and a bar. Several: a column per scope, each cell the median
    /// over the range, so any number of areas fits the width.
    fn field_table(&self, field: &FieldPay, single: bool) -> Table {
        let mut header = vec!["Title".to_string()];
        if single {
            header.extend(["Median", "10th–90th\npercentile"].map(str::to_string));
        } else {
            header.extend(self.scopes.iter().map(Scope::short_label));
        }
        if self.bar_unit.is_some() {
            header.push("Median\nto scale".to_string());
        }
        let columns = if single { 1 } else { self.scopes.len() };
        let mut table = Table::new(header);
        for i in 0..columns {
            table = table.align_right(1 + i);
        }
        for title in &field.titles {
            let mut cells = vec![Cell::new(title.name.clone()).tone(Tone::Strong)];
            for wages in &title.wages {
                let median = wages.median.text();
                let range = range_text(&wages.p10, &wages.p90);
                let cell = if single {
                    cells.push(Cell::new(median));
                    Cell::new(range)
                } else {
                    Cell::lines(vec![median, range])
                };
                cells.push(match wages.median.nominal {
                    Figure::Published(_) => cell,
                    Figure::Unpublished(_) => cell.tone(Tone::Muted),
                });
            }
            if let Some(unit) = self.bar_unit {
                cells.push(Cell::new(
                    title.wages[0]
                        .median
                        .shown()
                        .map(|v| bar(v, unit))
                        .unwrap_or_default(),
                ));
            }
            table.row(cells);
        }
        table
    }
}

/// `him salary --list-areas [TEXT]`: the areas TEXT may mean, each with what it is and the
/// codes and names `--area` takes for it.
#[derive(Serialize)]
pub struct AreaListView {
    text: String,
    areas: Vec<AreaRow>,
}

#[derive(Serialize)]
struct AreaRow {
    /// As `--area` takes it: five digits for a metro area, the table's seven otherwise.
    code: String,
    name: String,
    #[serde(rename = "type")]
    kind: AreaKind,
    kind_label: &'static str,
    /// Other names `--area` takes: "City, ST" for a metro area, the names of `areas.toml`.
    also: Vec<String>,
}

pub fn list_areas(ctx: &Context<'_>, text: &str) -> Result<AreaListView> {
    let table = ctx.wage_table()?;
    let names = ctx.catalog.data.areas();
    let areas: Vec<AreaRow> = table
        .matching_areas(names, text)
        .into_iter()
        .map(|id| {
            let area = table.area(id);
            let code = match area.kind {
                AreaKind::Metro => area.code.strip_prefix("00").unwrap_or(&area.code),
                _ => &area.code,
            };
            let mut also = Vec::new();
            let short = city_state(&area.name);
            if area.kind == AreaKind::Metro
                && !area.name.contains("nonmetropolitan")
                && short != area.name
            {
                also.push(short);
            }
            if area.kind == AreaKind::State
                && let Some(postal) = crate::wages::postal_code(&area.name)
            {
                also.push(postal.to_string());
            }
            for name in names
                .iter()
                .filter(|n| table.area_by_code(&n.area) == Some(id))
            {
                also.push(name.name.clone());
                also.extend(name.aliases.iter().cloned());
            }
            AreaRow {
                code: code.to_string(),
                name: area.label().to_string(),
                kind: area.kind,
                kind_label: area.kind_label(),
                also,
            }
        })
        .collect();
    if areas.is_empty() {
        return Err(crate::error::NothingFound::new(format!("no area matches `{text}`"))
            .with_hint("give a state, a city or part of an area's name; `him salary --list-areas` lists every area")
            .into());
    }
    Ok(AreaListView {
        text: text.to_string(),
        areas,
    })
}

impl View for AreaListView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title(if self.text.trim().is_empty() {
            format!("Areas with BLS wages ({})", self.areas.len())
        } else {
            format!("Areas matching `{}` ({})", self.text, self.areas.len())
        });
        let mut table = Table::new(["Area", "Kind", "Code", "Also typed as"]);
        for area in &self.areas {
            table.row(vec![
                Cell::new(area.name.clone()).tone(Tone::Strong),
                Cell::new(area.kind_label),
                Cell::new(area.code.clone()),
                Cell::new(area.also.join(", ")),
            ]);
        }
        report.table(table);
        report.note("`him salary --area AREA` takes any of these: the name or part of it, a principal city (as \"City, ST\" too), the code, or a name in the last column.");
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new(["code", "name", "type", "kind", "also"]);
        for area in &self.areas {
            table.row(vec![
                Cell::new(area.code.clone()),
                Cell::new(area.name.clone()),
                Cell::new(area.kind.as_str()),
                Cell::new(area.kind_label),
                Cell::new(area.also.join("; ")),
            ]);
        }
        vec![table]
    }
}

/// Areas given any way but `--area`: words after `him salary` (`him salary chicago`) or
/// `--state`, `--city`, `--metro`. Each is pointed to `--area`, with the command to type.
pub fn misplaced_areas(words: &[String], flags: &[(&str, &Option<String>)]) -> Result<()> {
    let quoted = |text: &str| {
        if text.chars().all(|c| c.is_alphanumeric() || c == '-') {
            text.to_string()
        } else {
            format!("\"{text}\"")
        }
    };
    if !words.is_empty() {
        let text = words.join(" ");
        return Err(UsageError::new(format!(
            "`him salary` takes no words of its own, and was given `{text}`"
        ))
        .with_hint(format!(
            "for pay in an area, type: him salary --area {}",
            quoted(&text)
        ))
        .into());
    }
    if let Some((flag, Some(value))) = flags.iter().find(|(_, value)| value.is_some()) {
        return Err(UsageError::new(format!(
            "`him salary` has no --{flag}: states, metro areas and cities all go in --area"
        ))
        .with_hint(format!("type: him salary --area {}", quoted(value)))
        .into());
    }
    Ok(())
}
