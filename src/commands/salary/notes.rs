//! The words under the salary figures: why a figure is missing, how to read the table, how
//! dollars were converted, how many jobs each occupation holds, which titles share a code.

use super::*;

impl SalaryView {
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

    pub(super) fn older_figures(&self) -> Vec<(&TitlePay, &OlderPay)> {
        self.fields
            .iter()
            .flat_map(|f| &f.titles)
            .flat_map(|t| t.older.iter().map(move |o| (t, o)))
            .collect()
    }

    /// How to read the table: the bars' scale, the cells of several scopes, short names.
    pub(super) fn legend(&self) -> Vec<String> {
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

    /// How each `--area` was read, when the person should know: said first.
    pub(super) fn area_notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        for note in self.scopes.iter().filter_map(|s| s.area_note.as_ref()) {
            if !notes.contains(note) {
                notes.push(note.clone());
            }
        }
        notes
    }

    /// What the figures mean, for every format: the reasons figures are missing, what a title's
    /// figure stands for, how dollars were converted. (Shared codes go under each field.)
    pub(super) fn notes(&self) -> Vec<String> {
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

    pub(super) fn mixed_note(&self) -> Option<String> {
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
    pub(super) fn jobs_lines(&self, field: &FieldPay) -> Vec<String> {
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
    pub(super) fn occupation_notes(field: &FieldPay) -> Vec<String> {
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
