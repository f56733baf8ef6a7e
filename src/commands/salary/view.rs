//! How salary figures are shown: a table per field, one column per area or setting, the
//! medians as bars, the notes under them; and the figures as JSON and CSV.

use super::*;

impl SalaryView {
    fn is_real(&self) -> bool {
        matches!(self.dollars, Dollars::Real { .. })
    }

    /// What the tables are for: "Illinois · Chicago, IL-IN, all industries".
    pub(super) fn scope_phrase(&self) -> String {
        if self.scopes.iter().any(|s| s.by_setting) {
            return "United States (nation) by work setting".to_string();
        }
        let areas: Vec<String> = self.scopes.iter().map(Scope::titled).collect();
        format!("{}, all industries", areas.join(" · "))
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
            report.pay_chart(self.pay_chart(field));
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
        if !self.older_in_csv {
            return vec![table];
        }
        let older = self.older_figures();
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
                "age_as_of",
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
                Cell::new(pay.age.as_of.to_string()),
                Cell::new(pay.age.stale.to_string()),
            ]);
            history.row(cells);
        }
        vec![history]
    }
}

impl SalaryView {
    /// CSV gives the older figures the article quoted instead of the BLS table (`--older`).
    pub fn older_in_csv(mut self, older: bool) -> SalaryView {
        self.older_in_csv = older;
        self
    }

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
