//! A profile's pay and outlook: the national wages of a title or a field from the wage table,
//! and the outlook of its occupations by edition.

use super::aspect::{Aspect, Item};
use crate::data::model::{Outlook, Title};
use crate::domain::pay::{estimate_range, figure_text, titles_sharing};
use crate::domain::sources::{citation, cite};
use crate::domain::{Age, Context, occupations};
use crate::text::{and_list, dollars, thousands};
use crate::wages::{Figure, Setting, WageTable};

/// The name of the aspect with current wages, and of the one with the article's figures.
pub const CURRENT_PAY: &str = "Pay (BLS OEWS)";
pub const OLDER_PAY: &str = "Pay (older figures)";

/// "U.S. Bureau of Labor Statistics, May 2025; national, all industries", and the age of the
/// wage table's figures.
pub(super) fn wage_citation(ctx: &Context<'_>, table: &WageTable) -> (String, Option<Age>) {
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
pub(super) fn wage_summary(table: &WageTable, soc: &str) -> String {
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
pub(super) fn occupation_label(table: &WageTable, soc: &str) -> String {
    match table.occupation(soc) {
        Some(o) => format!("{soc} {}", o.name),
        None => soc.to_string(),
    }
}

/// The name of the aspect with an occupation's jobs.
pub const JOBS: &str = "Jobs (BLS OEWS)";

/// An occupation's national jobs, and where `him where` ranks the areas: "597,080 jobs in the
/// nation (U.S. Bureau of Labor Statistics, May 2025): jobs held, not job openings. `him where
/// cio` ranks ...". `name` is what to type after `him where`.
pub(super) fn jobs_item(ctx: &Context<'_>, table: &WageTable, soc: &str, name: &str) -> Item {
    let (_, age) = wage_citation(ctx, table);
    let jobs = table
        .national()
        .and_then(|n| table.estimate(soc, n, Setting::All))
        .map_or_else(
            || "no national figures in the wage table".to_string(),
            |e| match e.employment {
                Figure::Published(n) => format!("{} jobs in the nation", thousands(u64::from(n))),
                Figure::Unpublished(reason) => format!("national employment {}", reason.label()),
            },
        );
    let typed = if name.contains(' ') {
        format!("\"{name}\"")
    } else {
        name.to_string()
    };
    Item::keyed(
        format!("oews-jobs:{soc}"),
        format!(
            "{jobs} ({}): jobs held, not job openings. `him where {typed}` ranks areas by jobs, concentration and pay",
            cite(ctx.catalog, &table.source)
        ),
    )
    .with_source(&table.source)
    .aged(age)
}

/// The key prefix of the item that names the other titles taking a title's figure. `compare`
/// leaves these items out and says which titles share a figure once, under its table: in
/// every column they would repeat the names of all the titles of the code, for each title
/// compared (100 titles of one code made 40 MB).
pub const SHARED_FIGURE: &str = "oews-shared:";

/// A title's current wages: one item, keyed by its occupation code so titles that share the
/// code show as sharing one figure, then the other titles that take the same figure.
pub(super) fn title_wages(ctx: &Context<'_>, table: &WageTable, title: &Title) -> Vec<Item> {
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
pub(super) fn field_wages(ctx: &Context<'_>, table: &WageTable, titles: &[&Title]) -> Vec<Item> {
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
pub(super) fn current_outlook(ctx: &Context<'_>, table: &WageTable, titles: &[&Title]) -> Aspect {
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
pub(super) const NO_FIELD_OUTLOOK: [Outlook; 0] = [];

/// Older editions for the occupations of `titles`, each marked as superseded, then any dated
/// outlook figures the field carries itself.
pub(super) fn older_outlook(
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
pub(super) fn outlook_sources(ctx: &Context<'_>, titles: &[&Title]) -> Vec<String> {
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
