//! The profiles of fields, titles, occupations and area names: what the work is and what it
//! pays.

use super::aspect::{Aspect, Item, names, pay_line, sources, texts};
use super::credential::credential_item;
use super::pay::{
    CURRENT_PAY, JOBS, NO_FIELD_OUTLOOK, OLDER_PAY, current_outlook, field_wages, jobs_item,
    older_outlook, outlook_sources, title_wages, wage_citation, wage_summary,
};
use crate::data::Kind;
use crate::data::model::{AreaName, CourseGroup, Field, Occupation, OrganizationKind, Title};
use crate::domain::pay::titles_sharing;
use crate::domain::{Context, occupations};
use crate::error::Result;
use crate::wages::WageTable;

pub(super) fn field(ctx: &Context<'_>, field: &Field, table: &WageTable) -> Vec<Aspect> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let titles = catalog.titles_of_field(&field.id);
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

pub(super) fn title(
    ctx: &Context<'_>,
    title: &Title,
    table: &WageTable,
    outlook: bool,
) -> Vec<Aspect> {
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
            JOBS,
            vec![jobs_item(
                ctx,
                table,
                &title.soc,
                &title.name.to_lowercase(),
            )],
        ),
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
pub(super) fn occupation(
    ctx: &Context<'_>,
    occupation: &Occupation,
    table: &WageTable,
) -> Vec<Aspect> {
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
        Aspect::list(
            JOBS,
            vec![jobs_item(ctx, table, &occupation.id, &occupation.id)],
        ),
        Aspect::list(&occupations::current_heading(outlook.edition), current),
        Aspect::list(occupations::OLDER_HEADING, older),
        Aspect::text("Note", occupation.note.clone().unwrap_or_default()),
        sources(catalog, &cited),
    ]
}

/// A name for an area: the BLS area it stands for.
pub(super) fn area_name(ctx: &Context<'_>, name: &AreaName) -> Result<Vec<Aspect>> {
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
