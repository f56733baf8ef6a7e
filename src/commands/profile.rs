//! The facts about one record as a list of aspects (focus, skills, pay ...), each a text or a
//! list of items. `show` prints one profile; `compare` sets several side by side, so both say
//! the same thing in the same words.

use crate::error::Result;
use serde::Serialize;

use super::salary::{estimate_range, figure_text, titles_sharing};
use crate::catalog::Catalog;
use crate::catalog::EntityRef;
use crate::data::Kind;
use crate::data::model::{
    AreaName, Course, CourseGroup, Credential, EligibilityPath, ExperienceKind, Field, Named,
    Occupation, Organization, OrganizationKind, Outlook, Pay, Skill, Source, Specialization,
    Status, Title,
};
use crate::domain::eligibility::{self, Evidence, Strength, Timing};
use crate::domain::rules::{self, Dependency, Requirement};
use crate::domain::{Age, Context, occupations};
use crate::text::{and_list, or_list};
use crate::text::{capitalized, dollars};
use crate::wages::{Setting, WageTable};

/// One thing a list aspect holds. `key` says which items are the same across records (the id of
/// a record, or the normalized text), `text` is what a person reads.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Item {
    #[serde(skip)]
    pub key: String,
    #[serde(rename = "value")]
    pub text: String,
    /// The id of the record the item names, when it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The source of a figure the item states.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Set when the figure is older than `--stale-after` allows.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
}

impl Item {
    pub fn record(kind: Kind, id: &str, text: String) -> Item {
        Item {
            key: format!("{}:{id}", kind.noun()),
            text,
            id: Some(id.to_string()),
            source: None,
            stale: false,
        }
    }

    pub fn text(text: impl Into<String>) -> Item {
        let text = text.into();
        Item {
            key: crate::text::normalize_name(&text),
            text,
            id: None,
            source: None,
            stale: false,
        }
    }

    /// An item keyed by `key` rather than its text, so records with the same thing (one
    /// occupation's wages) line up in a comparison even when the words differ.
    pub fn keyed(key: String, text: impl Into<String>) -> Item {
        Item {
            key,
            text: text.into(),
            id: None,
            source: None,
            stale: false,
        }
    }

    /// Marks a dated figure stale when its age says so, in words as well as in the flag. An
    /// unknown age (`None`) marks nothing.
    pub fn aged(mut self, age: impl Into<Option<Age>>) -> Item {
        if let Some(marker) = age.into().and_then(|age| age.stale_marker()) {
            self.text.push_str(&format!(" [{marker}]"));
            self.stale = true;
        }
        self
    }

    pub fn with_source(mut self, source: &str) -> Item {
        self.source = Some(source.to_string());
        self
    }
}

/// The tone of a list of items in a table: a warning when any is stale. A stale figure is said
/// in words too (`Item::aged`); the tone only draws the eye.
pub fn list_tone(items: &[Item]) -> crate::output::Tone {
    if items.iter().any(|item| item.stale) {
        crate::output::Tone::Warn
    } else {
        crate::output::Tone::Plain
    }
}

/// A numbered entry with details: an eligibility path.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Detailed {
    pub head: String,
    pub details: Vec<String>,
    /// Set when the entry is not a rule him can count as met (unconfirmed, unknown figures,
    /// closed), or only as likely (a secondary or stale source).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caution: Option<String>,
    /// The source (the last detail) is older than `--stale-after` allows.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub stale: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    List(Vec<Item>),
    Entries(Vec<Detailed>),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Aspect {
    #[serde(rename = "aspect")]
    pub name: String,
    pub value: Value,
}

impl Aspect {
    fn text(name: &str, text: impl Into<String>) -> Aspect {
        Aspect {
            name: name.to_string(),
            value: Value::Text(text.into()),
        }
    }

    fn list(name: &str, items: Vec<Item>) -> Aspect {
        Aspect {
            name: name.to_string(),
            value: Value::List(items),
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.value {
            Value::Text(t) => t.is_empty(),
            Value::List(items) => items.is_empty(),
            Value::Entries(entries) => entries.is_empty(),
        }
    }
}

/// The aspects of any record, in the order they read best. Records of one kind have the same
/// aspects in the same order, empty ones included, so they line up in a comparison. Fields and
/// titles read the wage table, which fails only when a user's copy of it is broken. A title's
/// outlook is shown when `outlook` asks for it; a field's and an occupation's always.
pub fn profile(ctx: &Context<'_>, entity: EntityRef, outlook: bool) -> Result<Vec<Aspect>> {
    let data = &ctx.catalog.data;
    Ok(match entity.kind {
        Kind::Field => field(ctx, &data.fields()[entity.index], ctx.national_wages()?),
        Kind::Title => title(
            ctx,
            &data.titles()[entity.index],
            ctx.national_wages()?,
            outlook,
        ),
        Kind::Occupation => occupation(
            ctx,
            &data.occupations()[entity.index],
            ctx.national_wages()?,
        ),
        Kind::Area => area_name(ctx, &data.areas()[entity.index])?,
        Kind::Credential => credential(ctx, &data.credentials()[entity.index]),
        Kind::Specialization => specialization(ctx, &data.specializations()[entity.index]),
        Kind::Organization => organization(ctx, &data.organizations()[entity.index]),
        Kind::Course => course(ctx, &data.courses()[entity.index]),
        Kind::Skill => skill(ctx, &data.skills()[entity.index]),
        Kind::Source => source(ctx, &data.sources()[entity.index]),
        Kind::Experience => experience(ctx, &data.experience()[entity.index]),
    })
}

/// The name of the aspect with current wages, and of the one with the article's figures.
pub const CURRENT_PAY: &str = "Pay (BLS OEWS)";
pub const OLDER_PAY: &str = "Pay (older figures)";

/// "U.S. Bureau of Labor Statistics, May 2025; national, all industries", and the age of the
/// wage table's figures.
fn wage_citation(ctx: &Context<'_>, table: &WageTable) -> (String, Option<Age>) {
    let age = ctx
        .catalog
        .source(&table.source)
        .and_then(|s| s.period)
        .map(|p| ctx.age(p));
    (
        format!(
            "{}; national, all industries",
            cite(ctx.catalog, &table.source)
        ),
        age,
    )
}

/// The national median and range of one occupation code: "$105,850 median,
/// $67,340–$167,710 (10th–90th percentile)", or why there is none.
fn wage_summary(table: &WageTable, soc: &str) -> String {
    let estimate = table
        .national()
        .and_then(|n| table.estimate(soc, n, Setting::All));
    match estimate {
        Some(e) => format!(
            "{} median, {} (10th–90th percentile)",
            figure_text(e.median),
            estimate_range(e)
        ),
        None => "no national figures in the wage table".to_string(),
    }
}

/// "15-1211 Computer Systems Analysts".
fn occupation_label(table: &WageTable, soc: &str) -> String {
    match table.occupation(soc) {
        Some(o) => format!("{soc} {}", o.name),
        None => soc.to_string(),
    }
}

/// The key prefix of the item that names the other titles taking a title's figure. `compare`
/// leaves these items out and says which titles share a figure once, under its table: in
/// every column they would repeat the names of all the titles of the code, for each title
/// compared (100 titles of one code made 40 MB).
pub const SHARED_FIGURE: &str = "oews-shared:";

/// A title's current wages: one item, keyed by its occupation code so titles that share the
/// code show as sharing one figure, then the other titles that take the same figure.
fn title_wages(ctx: &Context<'_>, table: &WageTable, title: &Title) -> Vec<Item> {
    let (citation, age) = wage_citation(ctx, table);
    let others: Vec<String> = titles_sharing(ctx.catalog, &title.soc)
        .iter()
        .filter(|t| t.id != title.id)
        .map(|t| t.name.clone())
        .collect();
    let mut text = format!(
        "{} for {} ({citation})",
        wage_summary(table, &title.soc),
        occupation_label(table, &title.soc)
    );
    // Said where the figure is read: it is the occupation's, not the title's or a beginner's.
    text.push_str(". BLS publishes pay by occupation and area, not by job title or years of experience: this is the whole occupation's pay, beginners and veterans alike");
    let item = Item::keyed(format!("oews:{}", title.soc), text).with_source(&table.source);
    let mut items = vec![item.aged(age)];
    if !others.is_empty() {
        items.push(Item::keyed(
            format!("{SHARED_FIGURE}{}", title.soc),
            format!("The same figure stands for {}", and_list(&others)),
        ));
    }
    items
}

/// A field's current wages: the range of its titles' medians, then one item per occupation code
/// naming the titles that take its figures.
fn field_wages(ctx: &Context<'_>, table: &WageTable, titles: &[&Title]) -> Vec<Item> {
    let (citation, age) = wage_citation(ctx, table);
    let national = table.national();
    let medians: Vec<u32> = titles
        .iter()
        .filter_map(|t| national.and_then(|n| table.estimate(&t.soc, n, Setting::All)))
        .filter_map(|e| e.median.value())
        .collect();
    let mut items = Vec::new();
    if let (Some(low), Some(high)) = (medians.iter().min(), medians.iter().max()) {
        items.push(Item::text(format!(
            "Medians from {} to {} across {} titles ({citation}; `him salary` gives ranges and areas)",
            dollars(u64::from(*low)),
            dollars(u64::from(*high)),
            titles.len()
        )));
    }
    for (code, group) in crate::domain::grouped(titles.iter().copied(), |t| t.soc.as_str()) {
        let names: Vec<String> = group.iter().map(|t| t.name.clone()).collect();
        // A median never stands alone: the range says how far one title's pay may be from it.
        let median = national
            .and_then(|n| table.estimate(code, n, Setting::All))
            .map_or_else(
                || "no national figures".to_string(),
                |e| format!("{} (range {})", figure_text(e.median), estimate_range(e)),
            );
        items.push(Item::keyed(
            format!("oews:{code}"),
            format!(
                "{median}: {} ({})",
                and_list(&names),
                occupation_label(table, code),
            ),
        ));
    }
    items
        .into_iter()
        .map(|item| item.with_source(&table.source).aged(age))
        .collect()
}

/// The outlook of the current edition for the occupations of `titles`: one item per occupation,
/// naming the titles that take it. A field's outlook is its occupations', each named: never an
/// average him would have to invent.
fn current_outlook(ctx: &Context<'_>, table: &WageTable, titles: &[&Title]) -> Aspect {
    let data = &ctx.catalog.data;
    let edition = occupations::current_edition(data);
    let mut items = Vec::new();
    for (soc, group) in crate::domain::grouped(titles.iter().copied(), |t| t.soc.as_str()) {
        let outlook = occupations::outlook(data, Some(table), soc);
        let who = outlook_subject(&outlook, &group, titles.len() > 1);
        let key = format!("outlook:{soc}");
        if outlook.current.is_empty() {
            let edition = edition.map_or_else(String::new, |e| {
                format!(" {}", occupations::edition_label(e))
            });
            items.push(Item::keyed(
                key,
                format!("{who}: no{edition} figures found"),
            ));
            continue;
        }
        for projection in outlook.current {
            items.push(
                Item::keyed(
                    key.clone(),
                    format!(
                        "{who}: {}",
                        occupations::projection_line(ctx.catalog, projection, true)
                    ),
                )
                .with_source(&projection.source)
                .aged(ctx.age(projection.edition)),
            );
        }
    }
    Aspect::list(&occupations::current_heading(edition), items)
}

/// "15-1211 Computer Systems Analysts (Health informatics specialist and Systems analyst)": an
/// occupation and, when several titles are shown, which of them take its figures.
fn outlook_subject(
    outlook: &occupations::Outlook<'_>,
    group: &[&Title],
    name_titles: bool,
) -> String {
    let mut text = match &outlook.name {
        Some(name) => format!("{} {name}", outlook.soc),
        None => outlook.soc.clone(),
    };
    if name_titles {
        let names: Vec<String> = group.iter().map(|t| t.name.clone()).collect();
        text.push_str(&format!(" ({})", and_list(&names)));
    }
    text
}

/// A field has no outlook figures of its own: what a title passes for them.
const NO_FIELD_OUTLOOK: [Outlook; 0] = [];

/// Older editions for the occupations of `titles`, each marked as superseded, then any dated
/// outlook figures the field carries itself.
fn older_outlook(
    ctx: &Context<'_>,
    table: &WageTable,
    titles: &[&Title],
    own: &[Outlook],
) -> Aspect {
    let data = &ctx.catalog.data;
    let mut items = Vec::new();
    for (soc, group) in crate::domain::grouped(titles.iter().copied(), |t| t.soc.as_str()) {
        let outlook = occupations::outlook(data, Some(table), soc);
        let who = outlook_subject(&outlook, &group, false);
        let marker = occupations::superseded_marker(outlook.edition);
        for projection in &outlook.older {
            let mut item = Item::text(format!(
                "{who}: {} [{marker}]",
                occupations::projection_line(ctx.catalog, projection, false)
            ))
            .with_source(&projection.source);
            item.stale = true;
            items.push(item);
        }
    }
    items.extend(own.iter().map(|o| {
        Item::text(format!(
            "{:+}% {}, {}: {} ({})",
            o.value,
            o.measure,
            o.period.human(),
            o.applies_to,
            citation(ctx.catalog, &o.source, o.status)
        ))
        .with_source(&o.source)
        .aged(ctx.age(o.period))
    }));
    Aspect::list(occupations::OLDER_HEADING, items)
}

/// The sources of every projection shown for `titles`.
fn outlook_sources(ctx: &Context<'_>, titles: &[&Title]) -> Vec<String> {
    let data = &ctx.catalog.data;
    let mut cited = Vec::new();
    for (soc, _) in crate::domain::grouped(titles.iter().copied(), |t| t.soc.as_str()) {
        cited.extend(
            occupations::occupation(data, soc)
                .iter()
                .flat_map(|o| &o.projections)
                .map(|p| p.source.clone()),
        );
    }
    cited
}

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

fn names(catalog: &Catalog, kind: Kind, ids: &[String]) -> Vec<Item> {
    ids.iter()
        .map(|id| Item::record(kind, id, catalog.name_of(kind, id).to_string()))
        .collect()
}

fn texts(values: &[String]) -> Vec<Item> {
    values.iter().map(|v| Item::text(v.clone())).collect()
}

fn sources(catalog: &Catalog, ids: &[String]) -> Aspect {
    let mut seen: Vec<&str> = Vec::new();
    for id in ids {
        if !seen.contains(&id.as_str()) {
            seen.push(id);
        }
    }
    Aspect::list(
        "Sources",
        seen.iter()
            .map(|id| {
                let text = catalog.source(id).map_or_else(|| id.to_string(), reference);
                Item::record(Kind::Source, id, text)
            })
            .collect(),
    )
}

/// "Health informatics specialist: $64,000 median, PayScale, March 2020, via the article".
fn pay_line(catalog: &Catalog, title: &Title, pay: &Pay) -> String {
    let mut text = format!(
        "{}: {} median ({})",
        title.name,
        dollars(u64::from(pay.median)),
        cite(catalog, &pay.source)
    );
    if let Some(group) = &pay.applies_to {
        text.push_str(&format!("; for {group}"));
    }
    text
}

/// The accreditors in the data (CAHIIM), each with how a credential depends on it.
pub fn accreditor_dependencies<'a>(
    ctx: &Context<'a>,
    credential: &Credential,
) -> Vec<(&'a Organization, Dependency)> {
    rules::accreditors(ctx.catalog)
        .into_iter()
        .map(|o| {
            (
                o,
                rules::dependency(ctx.catalog, credential, &o.id, ctx.today),
            )
        })
        .collect()
}

/// "needs a CAHIIM-accredited program" and the like, for a credential in a list.
pub fn requirement_phrase(body: &str, requirement: Requirement) -> String {
    match requirement {
        Requirement::AllPaths => format!("needs a {body}-accredited program"),
        Requirement::SomePaths => format!("one route needs a {body}-accredited program"),
        Requirement::ViaCredential => format!("one route needs a credential that needs {body}"),
    }
}

fn credential_item(ctx: &Context<'_>, credential: &Credential) -> Item {
    let mut text = credential.abbreviation.clone();
    for (org, dependency) in accreditor_dependencies(ctx, credential) {
        if let Some(requirement) = dependency.requirement {
            text.push_str(&format!(
                " ({})",
                requirement_phrase(&org.abbreviation, requirement)
            ));
        }
    }
    Item::record(Kind::Credential, &credential.id, text)
}

fn field(ctx: &Context<'_>, field: &Field, table: &WageTable) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let mut titles: Vec<&Title> = data
        .titles()
        .iter()
        .filter(|t| t.field == field.id)
        .collect();
    titles.sort_by_key(|t| t.level);
    let mut aspects = vec![
        Aspect::text("Summary", &field.summary),
        Aspect::text("Focus", &field.focus),
        Aspect::text("Inclination", field.inclination.as_str()),
        Aspect::list("Works most with", texts(&field.works_with)),
        Aspect::text("Example task", &field.example),
        Aspect::list("Workflows", names(catalog, Kind::Skill, &field.workflows)),
        Aspect::list("Skills", names(catalog, Kind::Skill, &field.skills)),
        Aspect::list(
            "Specializations",
            data.specializations()
                .iter()
                .filter(|s| s.field == field.id)
                .map(|s| Item::record(Kind::Specialization, &s.id, s.name.clone()))
                .collect(),
        ),
        Aspect::list(
            "Job titles",
            titles
                .iter()
                .map(|t| {
                    Item::record(
                        Kind::Title,
                        &t.id,
                        format!("{} ({})", t.name, t.level.as_str()),
                    )
                })
                .collect(),
        ),
        Aspect::list(CURRENT_PAY, field_wages(ctx, table, &titles)),
        Aspect::list(
            OLDER_PAY,
            titles
                .iter()
                .flat_map(|t| t.pay.iter().map(move |p| (t, p)))
                .map(|(t, p)| {
                    Item::text(pay_line(catalog, t, p))
                        .with_source(&p.source)
                        .aged(ctx.age(p.period))
                })
                .collect(),
        ),
        current_outlook(ctx, table, &titles),
        older_outlook(ctx, table, &titles, &field.outlook),
        Aspect::list(
            "Credentials",
            data.credentials()
                .iter()
                .filter(|c| c.fields.contains(&field.id))
                .map(|c| credential_item(ctx, c))
                .collect(),
        ),
        Aspect::list(
            "Associations",
            data.organizations()
                .iter()
                .filter(|o| {
                    o.kinds.contains(&OrganizationKind::Association) && o.fields.contains(&field.id)
                })
                .map(|o| Item::record(Kind::Organization, &o.id, o.abbreviation.clone()))
                .collect(),
        ),
    ];
    for group in [
        CourseGroup::Core,
        CourseGroup::Elective,
        CourseGroup::Example,
        CourseGroup::Other,
    ] {
        let courses: Vec<Item> = data
            .courses()
            .iter()
            .filter(|c| c.field == field.id && c.group == group)
            .map(|c| Item::record(Kind::Course, &c.id, c.name.clone()))
            .collect();
        let name = match group {
            CourseGroup::Core => "Core courses",
            CourseGroup::Elective => "Elective courses",
            CourseGroup::Example => "Example courses",
            CourseGroup::Other => "Other courses",
        };
        aspects.push(Aspect::list(name, courses));
    }
    aspects.push(Aspect::list("Work settings", texts(&field.settings)));
    let mut cited = field.sources.clone();
    cited.extend(outlook_sources(ctx, &titles));
    cited.extend(field.outlook.iter().map(|o| o.source.clone()));
    cited.push(table.source.clone());
    cited.extend(
        titles
            .iter()
            .flat_map(|t| t.pay.iter().map(|p| p.source.clone())),
    );
    aspects.push(sources(catalog, &cited));
    aspects
}

fn title(ctx: &Context<'_>, title: &Title, table: &WageTable, outlook: bool) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let comes_after: Vec<Item> = data
        .titles()
        .iter()
        .filter(|t| t.leads_to.contains(&title.id))
        .map(|t| Item::record(Kind::Title, &t.id, t.name.clone()))
        .collect();
    let mut cited = title.sources.clone();
    cited.push(table.source.clone());
    cited.extend(title.pay.iter().map(|p| p.source.clone()));
    let outlook_aspects = if outlook {
        let titles = [title];
        cited.extend(outlook_sources(ctx, &titles));
        vec![
            current_outlook(ctx, table, &titles),
            older_outlook(ctx, table, &titles, &NO_FIELD_OUTLOOK),
        ]
    } else {
        Vec::new()
    };
    let mut aspects = vec![
        Aspect::text("Summary", title.summary.clone().unwrap_or_default()),
        Aspect::text("Field", catalog.name_of(Kind::Field, &title.field)),
        Aspect::text("Level", title.level.as_str()),
        Aspect::text(
            "Specialization",
            title
                .specialization
                .as_deref()
                .map(|s| catalog.name_of(Kind::Specialization, s).to_string())
                .unwrap_or_default(),
        ),
        Aspect::text("SOC code", &title.soc),
        Aspect::list("Comes after", comes_after),
        Aspect::list("Leads to", names(catalog, Kind::Title, &title.leads_to)),
        Aspect::list(
            "Typical credentials",
            title
                .credentials
                .iter()
                .filter_map(|id| catalog.credential(id))
                .map(|c| credential_item(ctx, c))
                .collect(),
        ),
        Aspect::list(CURRENT_PAY, title_wages(ctx, table, title)),
        Aspect::list(
            OLDER_PAY,
            title
                .pay
                .iter()
                .map(|p| {
                    Item::text(pay_line(catalog, title, p))
                        .with_source(&p.source)
                        .aged(ctx.age(p.period))
                })
                .collect(),
        ),
    ];
    aspects.extend(outlook_aspects);
    aspects.push(Aspect::text("Note", title.note.clone().unwrap_or_default()));
    aspects.push(sources(catalog, &cited));
    aspects
}

/// An occupation: the titles that take its figures, its pay, and its outlook in every edition
/// the data holds.
fn occupation(ctx: &Context<'_>, occupation: &Occupation, table: &WageTable) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let titles: Vec<&Title> = titles_sharing(catalog, &occupation.id);
    let (citation, age) = wage_citation(ctx, table);
    let pay = Item::keyed(
        format!("oews:{}", occupation.id),
        format!("{} ({citation})", wage_summary(table, &occupation.id)),
    )
    .with_source(&table.source)
    .aged(age);
    let outlook = occupations::outlook(data, Some(table), &occupation.id);
    let current = if outlook.current.is_empty() {
        vec![Item::text(match outlook.edition {
            Some(edition) => format!("no {} figures found", occupations::edition_label(edition)),
            None => "no projection figures found".to_string(),
        })]
    } else {
        outlook
            .current
            .iter()
            .map(|p| {
                Item::text(occupations::projection_line(catalog, p, true))
                    .with_source(&p.source)
                    .aged(ctx.age(p.edition))
            })
            .collect()
    };
    let marker = occupations::superseded_marker(outlook.edition);
    let older = outlook
        .older
        .iter()
        .map(|p| {
            let mut item = Item::text(format!(
                "{} [{marker}]",
                occupations::projection_line(catalog, p, false)
            ))
            .with_source(&p.source);
            item.stale = true;
            item
        })
        .collect();
    let mut cited = occupation.sources.clone();
    cited.push(table.source.clone());
    cited.extend(occupation.projections.iter().map(|p| p.source.clone()));
    vec![
        Aspect::text("SOC code", &occupation.id),
        Aspect::list(
            "Titles",
            titles
                .iter()
                .map(|t| Item::record(Kind::Title, &t.id, t.name.clone()))
                .collect(),
        ),
        Aspect::list(CURRENT_PAY, vec![pay]),
        Aspect::list(&occupations::current_heading(outlook.edition), current),
        Aspect::list(occupations::OLDER_HEADING, older),
        Aspect::text("Note", occupation.note.clone().unwrap_or_default()),
        sources(catalog, &cited),
    ]
}

/// A name for an area: the BLS area it stands for.
fn area_name(ctx: &Context<'_>, name: &AreaName) -> Result<Vec<Aspect>> {
    let table = ctx.wage_table()?;
    let area = match table.area_by_code(&name.area) {
        Some(id) => {
            let area = table.area(id);
            format!("{} {} ({})", name.area, area.name, area.kind_label())
        }
        None => format!("{} (not in the wage table)", name.area),
    };
    Ok(vec![
        Aspect::text("Stands for", area),
        Aspect::list("Also", texts(&name.aliases)),
        Aspect::text("Note", name.note.clone().unwrap_or_default()),
        sources(ctx.catalog, &name.sources),
    ])
}

fn minutes(total: u32) -> String {
    match (total / 60, total % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// Facts with their citation, then the note: "3 h 30 min (AHIMA; confirmed). 140 to 160
/// items." With no facts, the note is the fact: "About 121 scored items (CHDAexam.com, 2026;
/// secondary source)".
fn sourced(facts: &str, note: Option<&str>, citation: &str) -> String {
    match (facts.is_empty(), note) {
        (false, Some(note)) => format!("{facts} ({citation}). {note}"),
        (false, None) => format!("{facts} ({citation})"),
        (true, Some(note)) => format!("{} ({citation})", note.trim_end_matches('.')),
        (true, None) => format!("({citation})"),
    }
}

/// How a credential depends on programs a body accredits, in a sentence that names the routes.
fn dependency_sentence(
    catalog: &Catalog,
    credential: &Credential,
    body: &str,
    dependency: &Dependency,
) -> String {
    let routes = |indexes: &[usize]| {
        let numbers: Vec<String> = indexes.iter().map(|i| (i + 1).to_string()).collect();
        let noun = if numbers.len() == 1 {
            "route"
        } else {
            "routes"
        };
        format!("{noun} {}", and_list(&numbers))
    };
    let verb = |indexes: &[usize]| if indexes.len() == 1 { "needs" } else { "need" };
    let through = || {
        let held: Vec<String> = dependency
            .through_credential
            .iter()
            .map(|&i| rules::credential_names(catalog, &credential.paths[i].credentials_any))
            .collect();
        format!(
            "{} {} {}, which {} one",
            routes(&dependency.through_credential),
            verb(&dependency.through_credential),
            or_list(&held),
            if dependency.via.len() == 1 {
                "needs"
            } else {
                "each need"
            }
        )
    };
    match dependency.requirement {
        Some(Requirement::AllPaths) => format!(
            "Required: every eligibility route in the United States needs a degree or certificate from a program accredited or approved by {body}."
        ),
        Some(Requirement::SomePaths) => {
            let mut text = format!(
                "{} {} a {body}-accredited program; the others do not.",
                capitalized(&routes(&dependency.direct)),
                verb(&dependency.direct)
            );
            if !dependency.through_credential.is_empty() {
                text.push_str(&format!(" {}.", capitalized(&through())));
            }
            text
        }
        Some(Requirement::ViaCredential) => format!(
            "No route needs a {body}-accredited program itself, but {}.",
            through()
        ),
        None => format!("No eligibility route needs a {body}-accredited program."),
    }
}

/// The aspect of a credential's routes, and of the preparation its issuer recommends.
pub const PATHS: &str = "Eligibility paths";
pub const RECOMMENDED: &str = "Recommended, not required";

/// Paths (routes, recommendations or ways to remove an apprentice mark) as entries: what each
/// asks for, its note, its source with its date, and, for a rule, why it is not one him counts
/// as met.
fn path_entries(
    ctx: &Context<'_>,
    credential: &Credential,
    paths: &[EligibilityPath],
    rules_to_meet: bool,
) -> Vec<Detailed> {
    let catalog = ctx.catalog;
    let issuer = catalog.short_name_of(Kind::Organization, &credential.issuer);
    paths
        .iter()
        .map(|path| {
            let mut details = vec![rules::describe_path(catalog, path)];
            if let Some(note) = &path.note {
                details.push(note.clone());
            }
            let source = rule_citation(ctx, &path.source, path.status);
            details.push(format!("source: {}", source.text));
            let evidence = Evidence::of(catalog, path, timing(ctx));
            let caution = if !rules_to_meet {
                None
            } else if rules::is_closed(path, ctx.today) {
                Some(format!(
                    "closed after {}: no longer a route",
                    path.closes.map(|c| c.human()).unwrap_or_default()
                ))
            } else if let Some(why) = rules::uncertainty(path) {
                Some(format!("possible route only: {why}"))
            } else {
                likely_reason(&evidence, ctx.stale_after_years)
                    .map(|why| format!("likely route only: {why}; confirm with {issuer}"))
            };
            Detailed {
                head: path.name.clone(),
                details,
                caution,
                stale: source.stale(),
            }
        })
        .collect()
}

fn credential(ctx: &Context<'_>, credential: &Credential) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let mut cited = credential.sources.clone();
    let mut aspects = vec![
        Aspect::text("Summary", &credential.summary),
        Aspect::text(
            "Issuer",
            catalog.name_of(Kind::Organization, &credential.issuer),
        ),
        Aspect::text(
            "Governed by",
            credential
                .governed_by
                .as_deref()
                .map(|g| catalog.name_of(Kind::Organization, g).to_string())
                .unwrap_or_default(),
        ),
        Aspect::list("Fields", names(catalog, Kind::Field, &credential.fields)),
        Aspect::text("Status", credential.status.label()),
    ];
    for (org, dependency) in accreditor_dependencies(ctx, credential) {
        aspects.push(Aspect::text(
            &format!("{} program", org.abbreviation),
            dependency_sentence(catalog, credential, &org.abbreviation, &dependency),
        ));
    }
    cited.extend(credential.paths.iter().map(|p| p.source.clone()));
    aspects.push(Aspect {
        name: PATHS.to_string(),
        value: Value::Entries(path_entries(ctx, credential, &credential.paths, true)),
    });
    // Every credential has these aspects, empty or not, so that credentials line up in a
    // comparison.
    cited.extend(credential.recommended.iter().map(|p| p.source.clone()));
    aspects.push(Aspect {
        name: RECOMMENDED.to_string(),
        value: Value::Entries(path_entries(
            ctx,
            credential,
            &credential.recommended,
            false,
        )),
    });
    let (form, removals) = match &credential.apprentice {
        Some(apprentice) => {
            cited.push(apprentice.source.clone());
            cited.extend(apprentice.removals.iter().map(|p| p.source.clone()));
            let mut text = format!(
                "{}: passing without the experience a way below asks for gives this apprentice form ({})",
                apprentice.abbreviation,
                rule_citation(ctx, &apprentice.source, apprentice.status).text
            );
            if let Some(note) = &apprentice.note {
                text.push_str(&format!(". {note}"));
            }
            (
                text,
                path_entries(ctx, credential, &apprentice.removals, true),
            )
        }
        None => (String::new(), Vec::new()),
    };
    aspects.push(Aspect::text("Apprentice form", form));
    aspects.push(Aspect {
        name: "Ways to remove the apprentice mark".to_string(),
        value: Value::Entries(removals),
    });
    if let Some(exam) = &credential.exam {
        cited.push(exam.source.clone());
        let mut facts = Vec::new();
        if let Some(items) = exam.items {
            let all_scored = exam.scored_items == Some(items) || exam.pretest_items == Some(0);
            let split: Vec<String> = [
                exam.scored_items.map(|n| format!("{n} scored")),
                exam.pretest_items.map(|n| format!("{n} pretest")),
            ]
            .into_iter()
            .flatten()
            .collect();
            facts.push(if all_scored {
                format!("{items} items, all scored")
            } else if split.is_empty() {
                format!("{items} items")
            } else {
                format!("{items} items ({})", split.join(", "))
            });
        }
        if let Some(total) = exam.minutes {
            facts.push(minutes(total));
        }
        if let Some(passing) = &exam.passing {
            facts.push(format!("passing: {passing}"));
        }
        if let Some(delivery) = &exam.delivery {
            facts.push(delivery.clone());
        }
        aspects.push(Aspect::text(
            "Exam",
            sourced(
                &facts.join("; "),
                exam.note.as_deref(),
                &status_citation(catalog, &exam.source, exam.status),
            ),
        ));
    }
    if let Some(renewal) = &credential.renewal {
        cited.push(renewal.source.clone());
        let mut facts = Vec::new();
        if let Some(years) = renewal.cycle_years {
            facts.push(format!("every {years} years"));
        }
        if let Some(amount) = renewal.continuing_education {
            facts.push(format!(
                "{amount} {}",
                renewal
                    .unit
                    .as_deref()
                    .unwrap_or("continuing-education units")
            ));
        }
        aspects.push(Aspect::text(
            "Renewal",
            sourced(
                &facts.join(", "),
                renewal.note.as_deref(),
                &status_citation(catalog, &renewal.source, renewal.status),
            ),
        ));
    }
    aspects.push(Aspect::list(
        "Fees",
        credential
            .fees
            .iter()
            .map(|fee| {
                cited.push(fee.source.clone());
                let who = fee
                    .applies_to
                    .as_deref()
                    .map(|w| format!(" for {w}"))
                    .unwrap_or_default();
                Item::text(sourced(
                    &format!("{}{who}", dollars(u64::from(fee.amount))),
                    fee.note.as_deref(),
                    &status_citation(catalog, &fee.source, fee.status),
                ))
            })
            .collect(),
    ));
    aspects.push(Aspect::text(
        "Note",
        credential.note.clone().unwrap_or_default(),
    ));
    aspects.push(sources(catalog, &cited));
    aspects
}

fn specialization(ctx: &Context<'_>, spec: &Specialization) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    vec![
        Aspect::text("Summary", spec.summary.clone().unwrap_or_default()),
        Aspect::text("Field", catalog.name_of(Kind::Field, &spec.field)),
        Aspect::text("Focus", &spec.focus),
        Aspect::list("Skills", names(catalog, Kind::Skill, &spec.skills)),
        Aspect::list(
            "Job titles",
            catalog
                .data
                .titles()
                .iter()
                .filter(|t| t.specialization.as_deref() == Some(spec.id.as_str()))
                .map(|t| Item::record(Kind::Title, &t.id, t.name.clone()))
                .collect(),
        ),
        Aspect::text("Note", spec.note.clone().unwrap_or_default()),
        sources(catalog, &spec.sources),
    ]
}

fn organization(ctx: &Context<'_>, org: &Organization) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let mut cited = org.sources.clone();
    let founded = org.founded.as_ref().map_or(String::new(), |f| {
        cited.push(f.source.clone());
        let note = f
            .note
            .as_deref()
            .map(|n| format!("; {n}"))
            .unwrap_or_default();
        format!(
            "{}{note} ({})",
            f.year,
            citation(catalog, &f.source, f.status)
        )
    });
    let issued: Vec<Item> = catalog
        .data
        .credentials()
        .iter()
        .filter(|c| c.issuer == org.id || c.governed_by.as_deref() == Some(org.id.as_str()))
        .map(|c| Item::record(Kind::Credential, &c.id, c.label()))
        .collect();
    vec![
        Aspect::text("Summary", &org.summary),
        Aspect::text("Kind", super::list::kinds_label(&org.kinds)),
        Aspect::list("Fields", names(catalog, Kind::Field, &org.fields)),
        Aspect::text(
            "Part of",
            org.parent
                .as_deref()
                .map(|p| catalog.name_of(Kind::Organization, p).to_string())
                .unwrap_or_default(),
        ),
        Aspect::text("Founded", founded),
        Aspect::list("Credentials", issued),
        Aspect::text("Status", org.status.label()),
        sources(catalog, &cited),
    ]
}

fn course(ctx: &Context<'_>, course: &Course) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    vec![
        Aspect::text("Summary", course.summary.clone().unwrap_or_default()),
        Aspect::text("Field", catalog.name_of(Kind::Field, &course.field)),
        Aspect::text("Group", course.group.as_str()),
        Aspect::text("Program", &course.program),
        Aspect::list("Teaches", names(catalog, Kind::Skill, &course.teaches)),
        sources(catalog, &course.sources),
    ]
}

fn skill(ctx: &Context<'_>, skill: &Skill) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let mut expected: Vec<Item> = Vec::new();
    for f in data.fields() {
        if f.skills.contains(&skill.id) {
            expected.push(Item::record(
                Kind::Field,
                &f.id,
                format!("{} (skill)", f.name),
            ));
        } else if f.workflows.contains(&skill.id) {
            expected.push(Item::record(
                Kind::Field,
                &f.id,
                format!("{} (workflow)", f.name),
            ));
        }
    }
    for s in data
        .specializations()
        .iter()
        .filter(|s| s.skills.contains(&skill.id))
    {
        expected.push(Item::record(Kind::Specialization, &s.id, s.name.clone()));
    }
    // A term is a reading, not a synonym: each kind on a line of its own says what they are.
    let read_as: Vec<Item> = skill
        .terms
        .iter()
        .map(|terms| {
            Item::text(format!(
                "{}: {}",
                terms.kind.plural(),
                terms.names.join(", ")
            ))
        })
        .collect();
    vec![
        Aspect::list("Also matches", texts(&skill.aliases)),
        Aspect::list("Read as it", read_as),
        Aspect::list("Expected in", expected),
        Aspect::list(
            "Taught by",
            data.courses()
                .iter()
                .filter(|c| c.teaches.contains(&skill.id))
                .map(|c| Item::record(Kind::Course, &c.id, c.name.clone()))
                .collect(),
        ),
        sources(catalog, &skill.sources),
    ]
}

fn source(ctx: &Context<'_>, source: &Source) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    vec![
        Aspect::text("Publisher", &source.publisher),
        Aspect::text("Title", &source.title),
        Aspect::text("Kind", source.kind.as_str()),
        Aspect::text(
            "Period",
            source
                .period
                .map(|p| p.human())
                .unwrap_or_else(|| "undated".to_string()),
        ),
        source_age(ctx, source),
        Aspect::text("Address", source.url.clone().unwrap_or_default()),
        Aspect::text(
            "Seen at (a copy)",
            source.seen_at.clone().unwrap_or_default(),
        ),
        Aspect::text(
            "Known via",
            source
                .via
                .as_deref()
                .and_then(|v| catalog.source(v))
                .map(reference)
                .unwrap_or_default(),
        ),
        Aspect::text("Note", source.note.clone().unwrap_or_default()),
    ]
}

fn experience(ctx: &Context<'_>, kind: &ExperienceKind) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let narrower: Vec<Item> = catalog
        .data
        .experience()
        .iter()
        .filter(|k| k.counts_toward.as_deref() == Some(kind.id.as_str()))
        .map(|k| Item::record(Kind::Experience, &k.id, k.name.clone()))
        .collect();
    let broader: Vec<Item> = eligibility::broader_kinds(catalog, &kind.id)
        .into_iter()
        .map(|id| Item::record(Kind::Experience, id, rules::experience_name(catalog, id)))
        .collect();
    vec![
        Aspect::text("Summary", &kind.summary),
        Aspect::list("Also matches", texts(&kind.aliases)),
        Aspect::list("Counts toward", broader),
        Aspect::list("Counted from", narrower),
        Aspect::list(
            "Counts for",
            rules::credentials_asking_for(catalog, &kind.id)
                .into_iter()
                .map(|c| Item::record(Kind::Credential, &c.id, c.label()))
                .collect(),
        ),
        Aspect::text("Note", kind.note.clone().unwrap_or_default()),
        sources(catalog, &kind.sources),
    ]
}

/// How old a source is and, when it backs pay or outlook figures, whether they are stale.
fn source_age(ctx: &Context<'_>, source: &Source) -> Aspect {
    let Some(age) = source.period.map(|p| ctx.age(p)) else {
        return Aspect::list("Age", Vec::new());
    };
    let backs = super::sources::figures_backed(ctx, &source.id, ctx.wages.source_ids());
    let mut text = age.old_as_of();
    if !backs.is_empty() {
        let labels: Vec<&str> = backs.iter().map(|b| b.label()).collect();
        text.push_str(&format!("; backs {}", labels.join(", ")));
    }
    let item = Item::text(text);
    // Only figures go stale; a source of facts just has an age.
    let item = if super::sources::is_stale(&backs, Some(age)) {
        item.aged(age)
    } else {
        item
    };
    Aspect::list("Age", vec![item])
}

/// The display name of any record.
pub fn entity_name(catalog: &Catalog, entity: EntityRef) -> String {
    catalog.named(entity).label()
}
