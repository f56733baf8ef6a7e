//! `him list KIND [--field F]`: the records of one kind, one row each.

use crate::domain::profile::kinds_label;
use crate::error::Result;
use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::catalog::Catalog;
use crate::data::Kind;
use crate::data::model::{Field, Named};
use crate::domain::Context;
use crate::error::{NothingFound, UsageError};
use crate::output::{Cell, Report, Table, Tone, View};

pub struct ListView<'a> {
    catalog: &'a Catalog,
    kind: Kind,
    field: Option<&'a Field>,
    /// Indexes into the catalog's records of `kind`, in the order shown: taken from
    /// `0..count(kind)`, so always in range.
    rows: Vec<usize>,
}

/// The kinds `--field` narrows.
const FIELD_FILTERED: [Kind; 6] = [
    Kind::Title,
    Kind::Specialization,
    Kind::Credential,
    Kind::Course,
    Kind::Organization,
    Kind::Skill,
];

pub fn query<'a>(ctx: &Context<'a>, kind: Kind, field: Option<&str>) -> Result<ListView<'a>> {
    let catalog = ctx.catalog;
    let data = &catalog.data;
    let field = match field {
        Some(name) => {
            if !FIELD_FILTERED.contains(&kind) {
                return Err(UsageError::new(format!("--field does not apply to {}", kind.plural()))
                    .with_hint("--field narrows titles, specializations, credentials, courses, organizations and skills")
                    .into());
            }
            let entity = catalog.resolve(name, &[Kind::Field])?;
            Some(&data.fields()[entity.index])
        }
        None => None,
    };
    let in_field = |index: usize| -> bool {
        let Some(field) = field else { return true };
        let id = field.id.as_str();
        match kind {
            Kind::Title => data.titles()[index].field == id,
            Kind::Specialization => data.specializations()[index].field == id,
            Kind::Credential => data.credentials()[index].fields.iter().any(|f| f == id),
            Kind::Course => data.courses()[index].field == id,
            Kind::Organization => data.organizations()[index].fields.iter().any(|f| f == id),
            Kind::Skill => {
                let skill = data.skills()[index].id.as_str();
                field
                    .skills
                    .iter()
                    .chain(&field.workflows)
                    .any(|s| s == skill)
            }
            Kind::Field | Kind::Source | Kind::Occupation | Kind::Area | Kind::Experience => true,
        }
    };
    let mut rows: Vec<usize> = (0..data.count(kind)).filter(|&i| in_field(i)).collect();
    if kind == Kind::Title {
        // Group titles by field, in the order fields are defined, then up the ladder.
        let field_order = |id: &str| {
            data.fields()
                .iter()
                .position(|f| f.id == id)
                .unwrap_or(usize::MAX)
        };
        // Each key is worked out once (a field's position is a search by id), not per comparison.
        rows.sort_by_cached_key(|&i| {
            let title = &data.titles()[i];
            (field_order(&title.field), title.level, i)
        });
    }
    if rows.is_empty() {
        let scope = field.map_or(String::new(), |f| format!(" in {}", f.name));
        return Err(NothingFound::new(format!("no {}{scope}", kind.plural())).into());
    }
    Ok(ListView {
        catalog,
        kind,
        field,
        rows,
    })
}

impl Serialize for ListView<'_> {
    /// An array of the records as the data files hold them (see docs/DATA.md).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let data = &self.catalog.data;
        let mut seq = serializer.serialize_seq(Some(self.rows.len()))?;
        for &i in &self.rows {
            match self.kind {
                Kind::Source => seq.serialize_element(&data.sources()[i])?,
                Kind::Organization => seq.serialize_element(&data.organizations()[i])?,
                Kind::Skill => seq.serialize_element(&data.skills()[i])?,
                Kind::Field => seq.serialize_element(&data.fields()[i])?,
                Kind::Specialization => seq.serialize_element(&data.specializations()[i])?,
                Kind::Title => seq.serialize_element(&data.titles()[i])?,
                Kind::Credential => seq.serialize_element(&data.credentials()[i])?,
                Kind::Course => seq.serialize_element(&data.courses()[i])?,
                Kind::Occupation => seq.serialize_element(&data.occupations()[i])?,
                Kind::Area => seq.serialize_element(&data.areas()[i])?,
                Kind::Experience => seq.serialize_element(&data.experience()[i])?,
            }
        }
        seq.end()
    }
}

impl View for ListView<'_> {
    fn report(&self) -> Report {
        let catalog = self.catalog;
        let data = &catalog.data;
        let field_name = |id: &str| catalog.short_name_of(Kind::Field, id).to_string();
        let names = |kind: Kind, ids: &[String]| -> Cell {
            Cell::lines(
                ids.iter()
                    .map(|id| catalog.short_name_of(kind, id).to_string())
                    .collect(),
            )
        };
        let mut table = match self.kind {
            Kind::Field => Table::new(["Field", "Id", "Focus", "Inclination"]),
            Kind::Specialization => Table::new(["Specialization", "Field", "Focus"]),
            Kind::Title => {
                Table::new(["Title", "Field", "Level", "SOC code", "Typical credentials"])
            }
            Kind::Credential => Table::new(["Credential", "Name", "Issuer", "Fields"]),
            Kind::Organization => Table::new(["Organization", "Name", "Kind", "Fields"]),
            Kind::Course => Table::new(["Course", "Field", "Group", "Teaches"]),
            Kind::Skill => Table::new(["Skill", "Also matches", "Expected in"]),
            Kind::Source => {
                Table::new(["Source", "Publisher", "Title", "Period", "Kind", "Address"])
            }
            Kind::Occupation => Table::new(["SOC code", "Occupation", "Titles", "Editions"]),
            Kind::Area => Table::new(["Name", "Also", "BLS area code"]),
            Kind::Experience => Table::new(["Id", "Experience", "Counts toward", "Counts for"]),
        };
        for &i in &self.rows {
            let row = match self.kind {
                Kind::Field => {
                    let f = &data.fields()[i];
                    vec![
                        Cell::new(f.label()).tone(Tone::Strong),
                        Cell::new(&f.id),
                        Cell::new(&f.focus),
                        Cell::new(f.inclination.as_str()),
                    ]
                }
                Kind::Specialization => {
                    let s = &data.specializations()[i];
                    vec![
                        Cell::new(&s.name).tone(Tone::Strong),
                        Cell::new(field_name(&s.field)),
                        Cell::new(&s.focus),
                    ]
                }
                Kind::Title => {
                    let t = &data.titles()[i];
                    vec![
                        Cell::new(&t.name).tone(Tone::Strong),
                        Cell::new(field_name(&t.field)),
                        Cell::new(t.level.as_str()),
                        Cell::new(&t.soc),
                        Cell::new(
                            t.credentials
                                .iter()
                                .map(|c| catalog.short_name_of(Kind::Credential, c))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ]
                }
                Kind::Credential => {
                    let c = &data.credentials()[i];
                    vec![
                        Cell::new(&c.abbreviation).tone(Tone::Strong),
                        Cell::new(&c.name),
                        Cell::new(catalog.short_name_of(Kind::Organization, &c.issuer)),
                        Cell::new(
                            c.fields
                                .iter()
                                .map(|f| field_name(f))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ]
                }
                Kind::Organization => {
                    let o = &data.organizations()[i];
                    vec![
                        Cell::new(&o.abbreviation).tone(Tone::Strong),
                        Cell::new(&o.name),
                        Cell::new(kinds_label(&o.kinds)),
                        Cell::new(
                            o.fields
                                .iter()
                                .map(|f| field_name(f))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    ]
                }
                Kind::Course => {
                    let c = &data.courses()[i];
                    vec![
                        Cell::new(&c.name).tone(Tone::Strong),
                        Cell::new(field_name(&c.field)),
                        Cell::new(c.group.as_str()),
                        names(Kind::Skill, &c.teaches),
                    ]
                }
                Kind::Skill => {
                    let s = &data.skills()[i];
                    let expected: Vec<String> = data
                        .fields()
                        .iter()
                        .filter(|f| f.skills.contains(&s.id) || f.workflows.contains(&s.id))
                        .map(|f| f.abbreviation.clone().unwrap_or_else(|| f.name.clone()))
                        .chain(
                            data.specializations()
                                .iter()
                                .filter(|sp| sp.skills.contains(&s.id))
                                .map(|sp| sp.name.clone()),
                        )
                        .collect();
                    let terms = s.each_term().count();
                    let mut matches = vec![s.aliases.join(", ")];
                    if terms > 0 {
                        matches.push(format!(
                            "and {terms} term{} read as it (him show {})",
                            if terms == 1 { "" } else { "s" },
                            s.id
                        ));
                    }
                    matches.retain(|line| !line.is_empty());
                    vec![
                        Cell::new(&s.name).tone(Tone::Strong),
                        Cell::lines(matches),
                        Cell::new(expected.join(", ")),
                    ]
                }
                Kind::Source => {
                    let s = &data.sources()[i];
                    vec![
                        Cell::new(&s.id).tone(Tone::Strong),
                        Cell::new(&s.publisher),
                        Cell::new(&s.title),
                        Cell::new(
                            s.period
                                .map(|p| p.human())
                                .unwrap_or_else(|| "undated".to_string()),
                        ),
                        Cell::new(s.kind.as_str()),
                        match &s.url {
                            Some(url) => Cell::new(url),
                            None => Cell::new("none given").tone(Tone::Muted),
                        },
                    ]
                }
                Kind::Occupation => {
                    let o = &data.occupations()[i];
                    let titles: Vec<String> = data
                        .titles()
                        .iter()
                        .filter(|t| t.soc == o.id)
                        .map(|t| t.name.clone())
                        .collect();
                    let mut editions: Vec<String> =
                        o.projections.iter().map(|p| p.edition.human()).collect();
                    editions.dedup();
                    vec![
                        Cell::new(&o.id).tone(Tone::Strong),
                        Cell::new(&o.name),
                        Cell::lines(titles),
                        Cell::new(editions.join(", ")),
                    ]
                }
                Kind::Area => {
                    let a = &data.areas()[i];
                    vec![
                        Cell::new(&a.name).tone(Tone::Strong),
                        Cell::new(a.aliases.join(", ")),
                        Cell::new(&a.area),
                    ]
                }
                Kind::Experience => {
                    let e = &data.experience()[i];
                    let askers: Vec<String> =
                        crate::domain::rules::credentials_asking_for(catalog, &e.id)
                            .iter()
                            .map(|c| c.abbreviation.clone())
                            .collect();
                    // Ids first: they are what `--experience` is given.
                    vec![
                        Cell::new(&e.id).tone(Tone::Strong),
                        Cell::new(&e.name),
                        Cell::new(e.counts_toward.clone().unwrap_or_default()),
                        Cell::new(askers.join(", ")),
                    ]
                }
            };
            table.row(row);
        }
        let mut report = Report::new();
        let scope = self
            .field
            .map_or(String::new(), |f| format!(" in {}", f.name));
        let noun = match self.kind {
            Kind::Title => "Job titles",
            Kind::Field => "Fields",
            Kind::Specialization => "Specializations",
            Kind::Credential => "Credentials",
            Kind::Organization => "Organizations",
            Kind::Course => "Courses",
            Kind::Skill => "Skills",
            Kind::Source => "Sources",
            Kind::Occupation => "Occupations",
            Kind::Area => "Area names",
            Kind::Experience => "Kinds of experience",
        };
        report.title(format!("{noun}{scope} ({})", self.rows.len()));
        report.table(table);
        if self.kind == Kind::Experience {
            report.note("`him eligible --experience KIND=YEARS` takes the ids (or the names); years of a kind also count as years of the kind it counts toward.");
        }
        report.note("`him show NAME` shows any of them in full; `--format json` gives every key of docs/DATA.md.");
        report
    }

    fn csv(&self) -> Vec<Table> {
        match self.kind {
            Kind::Source => vec![self.sources_csv()],
            _ => self.report().tables().cloned().collect(),
        }
    }
}

impl ListView<'_> {
    /// Sources for a spreadsheet: the period as an ISO date or year, not in words.
    fn sources_csv(&self) -> Table {
        let mut table = Table::new(["id", "publisher", "title", "period", "kind", "url"]);
        for &i in &self.rows {
            let s = &self.catalog.data.sources()[i];
            table.row(vec![
                Cell::new(&s.id),
                Cell::new(&s.publisher),
                Cell::new(&s.title),
                Cell::new(s.period.map(|p| p.to_string()).unwrap_or_default()),
                Cell::new(s.kind.as_str()),
                Cell::new(s.url.clone().unwrap_or_default()),
            ]);
        }
        table
    }
}
