//! How the areas are shown: a table per occupation with jobs, concentration and pay, bars to
//! one scale, the areas left out and why; and the ranking as CSV (`json` gives it as JSON).

use super::*;

impl WhereView {
    /// "metro and nonmetro areas", "states and territories", "metro and nonmetro areas of
    /// Illinois".
    fn among_phrase(&self) -> String {
        match (&self.among, &self.state) {
            (Among::States, _) => "states and territories".to_string(),
            (Among::MetrosOf(_), Some(state)) => {
                format!("metro and nonmetro areas of {}", state.label())
            }
            _ => "metro and nonmetro areas".to_string(),
        }
    }

    /// "Top 10 of 391 areas with published employment, most jobs first."
    fn count_line(&self, occupation: &OccupationAreas) -> String {
        let with = format!(
            "{} {}, {}",
            areas_count(occupation.ranked),
            with_published(self.by),
            order_phrase(self.by)
        );
        if occupation.ranked <= self.top {
            format!("All {with}.")
        } else {
            format!("Top {} of {with}.", self.top)
        }
    }

    /// "Left out: 37 areas where BLS did not release the employment; 1 area ... (Kankakee,
    /// IL)."
    fn left_out_line(&self, occupation: &OccupationAreas) -> Option<String> {
        if occupation.left_out.is_empty() {
            return None;
        }
        let noun = figure_noun(self.by);
        let object = figure_object(self.by);
        let parts: Vec<String> = occupation
            .left_out
            .iter()
            .map(|(reason, areas)| {
                let count = areas_count(areas.len());
                let why = match reason {
                    Reason::NotReleased => format!("where BLS did not release {object}"),
                    Reason::AboveTopCode => {
                        format!("whose {noun} is above BLS's top code, so not published")
                    }
                    Reason::NotPublished => format!("where BLS published no {noun}"),
                    Reason::NotInFile => {
                        format!("with no {noun}: the wage table in use has no column for it")
                    }
                    Reason::NoEstimate => {
                        "where BLS publishes no estimate for this occupation".to_string()
                    }
                };
                let named = if areas.len() <= NAMED_LEFT_OUT {
                    let names: Vec<String> = areas.iter().map(|a| a.short_label()).collect();
                    format!(" ({})", names.join("; "))
                } else {
                    String::new()
                };
                format!("{count} {why}{named}")
            })
            .collect();
        Some(format!(
            "Left out, never ranked as zero: {}.",
            parts.join("; ")
        ))
    }

    /// "11-9111 Medical and Health Services Managers is the occupation of Health information
    /// manager; Data quality manager, ... take its figures too."
    fn titles_line(occupation: &OccupationAreas) -> String {
        let names = |skip: Option<&str>| -> Vec<String> {
            occupation
                .titles
                .iter()
                .filter(|(_, name)| Some(name.as_str()) != skip)
                .map(|(_, name)| name.clone())
                .collect()
        };
        match &occupation.asked {
            Some(asked) => {
                let others = names(Some(asked));
                let mut text = format!("The BLS occupation of {asked}");
                match others.len() {
                    0 => {}
                    1 => text.push_str(&format!("; {} takes the same figures", others[0])),
                    _ => text.push_str(&format!("; {} take the same figures", and_list(&others))),
                }
                format!("{text}.")
            }
            None if occupation.titles.is_empty() => {
                "No title of the data takes this occupation's figures.".to_string()
            }
            None => {
                let names = names(None);
                let verb = if names.len() == 1 { "takes" } else { "take" };
                format!("{} {verb} this occupation's figures.", and_list(&names))
            }
        }
    }

    /// "United States as a whole: 597,080 jobs; median $123,860, 10th–90th percentile
    /// $73,390–$224,340."
    fn whole_line(&self, whole: &AreaFigures) -> String {
        let e = &whole.estimate;
        let mut figures = vec![match e.employment {
            Figure::Published(n) => format!("{} jobs", thousands(u64::from(n))),
            Figure::Unpublished(reason) => format!("jobs {}", reason.label()),
        }];
        if let Figure::Published(per) = e.jobs_per_1000 {
            figures.push(format!("{per} per 1,000"));
        }
        if let Figure::Published(lq) = e.location_quotient {
            figures.push(format!("LQ {lq}"));
        }
        let pay = match e.median {
            Figure::Published(_) => format!(
                "median {}, 10th–90th percentile {}",
                figure_text(e.median),
                estimate_range(e)
            ),
            Figure::Unpublished(reason) => format!("median {}", reason.label()),
        };
        format!(
            "{} as a whole: {}; {pay}.",
            whole.area.label(),
            figures.join(", ")
        )
    }

    /// The table of one occupation's areas: the ranked figure with its bar, the others plain.
    /// Counts too narrow for words show a dash, which `dash_note` explains.
    fn table(&self, occupation: &OccupationAreas) -> (Table, Option<String>) {
        let ranked_figure = |a: &AreaFigures| self.by.key(&a.estimate).value();
        let max = occupation.areas.iter().filter_map(ranked_figure).max();
        // The largest figure shown gets the longest bar, `BAR_WIDTH` characters.
        let bar = |value: u32| match max {
            Some(max) => crate::text::bar(value.saturating_mul(BAR_WIDTH), max),
            None => String::new(),
        };
        let texts: Vec<[String; 4]> = occupation
            .areas
            .iter()
            .map(|a| {
                let e = &a.estimate;
                [
                    count_text(e.employment.value().map(|n| thousands(u64::from(n)))),
                    count_text(e.jobs_per_1000.value().map(|d| d.to_string())),
                    count_text(e.location_quotient.value().map(|d| d.to_string())),
                    figure_text(e.median),
                ]
            })
            .collect();
        // The ranked figures padded to one width, so their bars start in one column.
        let ranked_column = match self.by {
            RankBy::Jobs => 0,
            RankBy::Concentration => 2,
            RankBy::Pay => 3,
        };
        let width = texts
            .iter()
            .map(|t| t[ranked_column].chars().count())
            .max()
            .unwrap_or(0);
        let mut table = Table::new(["Area", "Jobs", "Per\n1,000", "LQ", "Median\n10th–90th"]);
        for column in 1..=4 {
            if column != ranked_column + 1 {
                table = table.align_right(column);
            }
        }
        for (a, texts) in occupation.areas.iter().zip(texts) {
            let mut cells: Vec<Cell> = vec![
                Cell::lines(vec![area_text(&a.area), kind_text(&a.area).to_string()])
                    .tone(Tone::Strong),
            ];
            for (column, text) in texts.into_iter().enumerate() {
                let text = if column == ranked_column {
                    format!(
                        "{text:>width$} {}",
                        ranked_figure(a).map(bar).unwrap_or_default()
                    )
                } else {
                    text
                };
                cells.push(if column == 3 {
                    Cell::lines(vec![text, estimate_range(&a.estimate)])
                } else {
                    Cell::new(text)
                });
            }
            table.row(cells);
        }
        let legend = max.map(|max| {
            let longest = match self.by {
                RankBy::Jobs => format!("{} jobs", thousands(u64::from(max))),
                RankBy::Concentration => format!(
                    "{}; 1.00, the national share, is {}",
                    Decimal::new(max, Decimal::LOCATION_QUOTIENT_PLACES),
                    bar(100)
                ),
                RankBy::Pay => dollars(u64::from(max)),
            };
            format!("Bars are to one scale, the longest for {longest}.")
        });
        (table, legend)
    }

    /// What a dash in the count columns stands for, said of the reasons shown.
    fn dash_note(&self) -> Option<String> {
        let mut reasons: Vec<Reason> = Vec::new();
        for area in self.occupations.iter().flat_map(|o| &o.areas) {
            let e = &area.estimate;
            for reason in [
                e.employment.reason(),
                e.jobs_per_1000.reason(),
                e.location_quotient.reason(),
            ]
            .into_iter()
            .flatten()
            {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
        let what: Vec<String> = reasons
            .iter()
            .map(|reason| match reason {
                Reason::NotReleased => "BLS did not release".to_string(),
                Reason::NotPublished => "BLS did not publish".to_string(),
                Reason::AboveTopCode => "BLS withheld above its top code".to_string(),
                Reason::NotInFile => "the wage table in use has no column for".to_string(),
                Reason::NoEstimate => "BLS has no estimate for".to_string(),
            })
            .collect();
        match what.as_slice() {
            [] => None,
            [one] => Some(format!("A dash (—) is a figure {one}.")),
            many => Some(format!(
                "A dash (—) is a figure {} (`--format json` says which).",
                crate::text::or_list(many)
            )),
        }
    }

    /// Why a median or percentile shown is missing, once each.
    fn pay_reasons(&self) -> Vec<String> {
        let mut reasons: Vec<Reason> = Vec::new();
        for area in self.occupations.iter().flat_map(|o| &o.areas) {
            let e = &area.estimate;
            for reason in [e.median.reason(), e.p10.reason(), e.p90.reason()]
                .into_iter()
                .flatten()
            {
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
        reasons
            .iter()
            .map(|r| format!("{}.", capitalized(r.explanation())))
            .collect()
    }

    /// The notes every format carries: what the figures are and how to read them.
    pub(super) fn notes(&self) -> Vec<String> {
        let mut notes = vec![OCCUPATION_FIGURES.to_string(), COLUMNS_NOTE.to_string()];
        if !self.across_lines.is_empty()
            && let Some(state) = &self.state
        {
            notes.push(format!(
                "Metro areas that cross the {} state line are listed with all their jobs, on both sides of it: {}.",
                state.label(),
                self.across_lines.join("; ")
            ));
        }
        if self.by == RankBy::Pay {
            notes.push(
                "By pay, the median alone sets the order: an area with few jobs can rank high, so read each rank with its Jobs column."
                    .to_string(),
            );
        }
        notes.extend(self.dash_note());
        notes.extend(self.pay_reasons());
        notes
    }
}

/// A count, or a dash where BLS gives none (`dash_note` says why).
fn count_text(text: Option<String>) -> String {
    text.unwrap_or_else(|| "—".to_string())
}

impl View for WhereView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title(format!("Where the jobs are: {}", self.subject));
        report.text(format!(
            "{} ranked {}.",
            capitalized(&self.among_phrase()),
            by_phrase(self.by)
        ));
        let (source_line, tone) = self.source.source_line();
        report.text_toned(source_line, tone);
        for occupation in &self.occupations {
            report.heading(format!("{} {}", occupation.soc, occupation.name));
            report.text(WhereView::titles_line(occupation));
            if let Some(whole) = &occupation.whole {
                report.text(self.whole_line(whole));
            }
            if occupation.areas.is_empty() {
                report.text(format!("No area has a published {}.", figure_noun(self.by)));
            } else {
                let (table, legend) = self.table(occupation);
                report.table(table);
                report.note(self.count_line(occupation));
                if let Some(legend) = legend {
                    report.note(legend);
                }
            }
            if let Some(line) = self.left_out_line(occupation) {
                report.note(line);
            }
        }
        report.heading("About these figures");
        for note in self.notes() {
            report.note(note);
        }
        // The table's short names, said where they are shown: JSON and CSV give the full ones.
        if self.among != Among::States {
            report.note(
                "Metro areas are named by their first place and their states; `--format json` gives BLS's full names.",
            );
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new([
            "soc",
            "occupation",
            "rank",
            "area_code",
            "area",
            "type",
            "kind",
            "employment",
            "jobs_per_1000",
            "location_quotient",
            "median",
            "p10",
            "p90",
            "unpublished",
            "ranked_by",
            "source",
            "period",
        ]);
        let period = self
            .source
            .period
            .map(|p| p.to_string())
            .unwrap_or_default();
        for occupation in &self.occupations {
            for area in &occupation.areas {
                let e = &area.estimate;
                let plain = |value: Option<String>| Cell::new(value.unwrap_or_default());
                let unpublished: Vec<String> = unpublished(e)
                    .iter()
                    .map(|(name, reason)| format!("{name}: {}", reason.label()))
                    .collect();
                table.row(vec![
                    Cell::new(occupation.soc.clone()),
                    Cell::new(occupation.name.clone()),
                    Cell::new(area.rank.to_string()),
                    Cell::new(area.area.code.clone()),
                    Cell::new(area.area.name.clone()),
                    Cell::new(area.area.kind.as_str()),
                    Cell::new(area.area.kind_label()),
                    plain(e.employment.value().map(|v| v.to_string())),
                    plain(e.jobs_per_1000.value().map(|v| v.to_string())),
                    plain(e.location_quotient.value().map(|v| v.to_string())),
                    plain(e.median.value().map(|v| v.to_string())),
                    plain(e.p10.value().map(|v| v.to_string())),
                    plain(e.p90.value().map(|v| v.to_string())),
                    Cell::new(unpublished.join("; ")),
                    Cell::new(self.by.id()),
                    Cell::new(self.source.id.clone()),
                    Cell::new(period.clone()),
                ]);
            }
        }
        let mut left_out = Table::new([
            "soc",
            "area_code",
            "area",
            "type",
            "kind",
            "left_out_because",
        ]);
        for occupation in &self.occupations {
            for (reason, areas) in &occupation.left_out {
                for area in areas {
                    left_out.row(vec![
                        Cell::new(occupation.soc.clone()),
                        Cell::new(area.code.clone()),
                        Cell::new(area.name.clone()),
                        Cell::new(area.kind.as_str()),
                        Cell::new(area.kind_label()),
                        Cell::new(reason.label()),
                    ]);
                }
            }
        }
        if left_out.is_empty() {
            vec![table]
        } else {
            vec![table, left_out]
        }
    }
}

/// The figures of an estimate BLS did not publish, by their JSON names, with why.
pub(super) fn unpublished(e: &Estimate) -> Vec<(&'static str, Reason)> {
    [
        ("employment", e.employment.reason()),
        ("jobs_per_1000", e.jobs_per_1000.reason()),
        ("location_quotient", e.location_quotient.reason()),
        ("median", e.median.reason()),
        ("p10", e.p10.reason()),
        ("p90", e.p90.reason()),
    ]
    .into_iter()
    .filter_map(|(name, reason)| reason.map(|r| (name, r)))
    .collect()
}
