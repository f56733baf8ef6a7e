//! `him salary --list-areas [TEXT]`, the areas a text may mean, and the check that area words
//! typed without `--area` are caught.

use super::*;

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
