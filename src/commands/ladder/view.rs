//! How a ladder is drawn: one box per level, each title with its credentials and pay, the
//! steps between them and the notes under them; and the ladder as JSON and CSV.

use super::*;

impl Serialize for LadderView {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("area", &self.area)?;
        map.serialize_entry("area_kind", self.area.kind_label())?;
        if let Some(note) = &self.area_note {
            map.serialize_entry("area_note", note)?;
        }
        if let Some(Some(edition)) = self.outlook_edition {
            map.serialize_entry("outlook_edition", &edition)?;
        }
        map.serialize_entry("fields", &self.ladders)?;
        map.serialize_entry("occupations", &self.occupations)?;
        map.serialize_entry("notes", &self.notes())?;
        map.end()
    }
}

impl LadderView {
    /// "Title   $105,850 █████▎": the line a title starts with, after the rail.
    fn head_line(&self, rung: &Rung, side: u8) -> Line {
        let padding = self.name_width.saturating_sub(shown_width(&rung.name));
        let line = Line::new()
            .span("│ ", Tone::Muted)
            .span(rung.name.clone(), Tone::Strong)
            .plain(" ".repeat(padding + 2));
        match rung.pay.median {
            Figure::Published(value) => {
                let bar = self
                    .bar_unit
                    .map(|unit| bar(value, unit))
                    .unwrap_or_default();
                line.plain(format!(
                    "{:>width$} ",
                    figure_text(rung.pay.median),
                    width = self.median_width
                ))
                .span(bar, Tone::Side(side))
            }
            Figure::Unpublished(reason) => line.span(reason.label(), Tone::Muted),
        }
    }

    /// One level of a ladder as a box: its titles with pay, credentials and next steps.
    fn level_box(&self, ladder: &Ladder, index: usize, side: u8) -> Vec<Line> {
        let step = &ladder.levels[index];
        let rail = || {
            Line::new()
                .span("│ ", Tone::Muted)
                .hang("│     ", Tone::Muted)
        };
        let mut lines = Vec::new();
        let mut said: Vec<String> = Vec::new();
        if index > 0 {
            lines.push(Line::new().span("  ↓", Tone::Muted));
        }
        lines.push(
            Line::new()
                .span("┌─ ", Tone::Muted)
                .span(step.level.as_str().to_uppercase(), Tone::Strong),
        );
        if step.titles.is_empty() {
            lines.push(rail().span(
                format!("no {} title in the data", step.level.as_str()),
                Tone::Muted,
            ));
        }
        for rung in &step.titles {
            lines.push(self.head_line(rung, side));
            let mut detail = format!("  range {}", figure_range(rung.pay.p10, rung.pay.p90));
            if !rung.credential_names.is_empty() {
                detail.push_str(&format!(
                    " · credentials {}",
                    rung.credential_names.join(", ")
                ));
            }
            lines.push(rail().plain(detail));
            if let Some(projections) = &rung.outlook {
                lines.push(rail().plain(format!("  {}", self.outlook_text(projections))));
            }
            if rung.comes_from.is_empty() && step.level != Level::Entry {
                lines.push(rail().span("  no title in the data leads here", Tone::Muted));
            }
            if rung.edges.is_empty() {
                let end = if step.level == Level::Executive {
                    "  the top of the ladder"
                } else {
                    "  the data names no next step"
                };
                lines.push(rail().span(end, Tone::Muted));
                continue;
            }
            let mut line = rail().plain("  → ");
            for (i, edge) in rung.edges.iter().enumerate() {
                if i > 0 {
                    line = line.plain(", ");
                }
                line = line.plain(edge.name.clone());
                let mut marks = Vec::new();
                if let Some(field) = &edge.other_field {
                    marks.push(field.clone());
                }
                if edge.same_level {
                    marks.push("same level".to_string());
                } else if edge.lower_level {
                    marks.push("a level down".to_string());
                }
                if edge.same_figure {
                    marks.push("same figure".to_string());
                }
                if edge.lower_median.is_some() {
                    marks.push("lower BLS figure".to_string());
                }
                if !marks.is_empty() {
                    line = line.span(format!(" ({})", marks.join(", ")), Tone::Muted);
                }
            }
            lines.push(line);
            for edge in &rung.edges {
                if let Some(why) = &edge.lower_median {
                    let note = format!("    ↳ {}: {why}", edge.name);
                    // Said once a box: titles of one occupation lead to the same lower one.
                    if !said.contains(&note) {
                        lines.push(rail().plain(note.clone()));
                        said.push(note);
                    }
                }
            }
        }
        lines.push(Line::new().span("└─", Tone::Muted));
        lines
    }

    /// The widest line a title's name, median and bar make: side by side, a column must be at
    /// least this wide.
    fn min_column_width(&self) -> usize {
        self.ladders
            .iter()
            .flat_map(|l| l.levels.iter().flat_map(|s| &s.titles))
            .map(|r| unicode_width::UnicodeWidthStr::width(self.head_line(r, 0).text().as_str()))
            .max()
            .unwrap_or(0)
    }

    /// What the ladder's occupation codes mean for its figures, for each code its titles take:
    /// "One figure for A and B: 15-1211 Computer Systems Analysts." where more than one title of
    /// the ladder takes it, then "A shares its figure with C of another field." where titles of
    /// other fields, shown or not, take it too. The titles are grouped by code once for both.
    fn code_notes(&self, ladder: &Ladder) -> Vec<String> {
        let in_ladder: HashSet<&str> = rungs(std::slice::from_ref(ladder))
            .map(|r| r.id.as_str())
            .collect();
        let by_soc: HashMap<&str, &Occupation> = self
            .occupations
            .iter()
            .map(|o| (o.soc.as_str(), o))
            .collect();
        let mut shared = Vec::new();
        let mut cross_field = Vec::new();
        for (soc, group) in
            crate::domain::grouped(rungs(std::slice::from_ref(ladder)), |r| r.pay.soc.as_str())
        {
            let names: Vec<String> = group.iter().map(|r| r.name.clone()).collect();
            if names.len() > 1 {
                shared.push(one_figure_note(
                    &names,
                    soc,
                    group[0].pay.occupation.as_deref(),
                ));
            }
            let others: Vec<String> = by_soc
                .get(soc)
                .into_iter()
                .flat_map(|o| o.titles.iter().zip(&o.title_names))
                .filter(|(id, _)| !in_ladder.contains(id.as_str()))
                .map(|(_, name)| name.clone())
                .collect();
            if !others.is_empty() {
                let verb = if names.len() == 1 {
                    "shares its"
                } else {
                    "share their"
                };
                cross_field.push(format!(
                    "{} {verb} figure with {} of another field.",
                    and_list(&names),
                    and_list(&others)
                ));
            }
        }
        shared.extend(cross_field);
        shared
    }

    /// "outlook 2024–34: +9% · 34,200 openings a year · entry: bachelor's degree", what a
    /// rung says of its occupation's projections; a figure no source gives is not found.
    fn outlook_text(&self, projections: &[Projection]) -> String {
        let edition = match self.outlook_edition.flatten() {
            Some(edition) => format!("outlook {}", occupations::edition_label(edition)),
            None => "outlook".to_string(),
        };
        let Some(projection) = projections.first() else {
            return format!("{edition}: no figures found");
        };
        let growth = projection.growth.map_or_else(
            || "growth not found".to_string(),
            |g| format!("{}{g}%", if g > 0.0 { "+" } else { "" }),
        );
        let openings = projection.openings.map_or_else(
            || "openings not found".to_string(),
            |n| format!("{} openings a year", crate::text::thousands(u64::from(n))),
        );
        let education = projection.education.map_or_else(
            || "entry education not found".to_string(),
            |e| format!("entry: {}", e.label()),
        );
        format!("{edition}: {growth} · {openings} · {education}")
    }

    /// Where each occupation's outlook comes from: one line per occupation shown.
    fn outlook_sources(&self, catalog_citations: &[(String, String)]) -> Option<String> {
        let edition = self.outlook_edition?;
        if catalog_citations.is_empty() {
            return None;
        }
        let listed: Vec<String> = catalog_citations
            .iter()
            .map(|(soc, citation)| format!("{soc} ({citation})"))
            .collect();
        Some(format!(
            "Outlook: BLS Employment Projections, {} edition, growth over the decade, as given by: {}.",
            edition.map_or_else(|| "current".to_string(), occupations::edition_label),
            listed.join("; ")
        ))
    }

    /// What the figures mean, for every format.
    fn notes(&self) -> Vec<String> {
        let mut notes: Vec<String> = Vec::new();
        notes.extend([
            "“same figure”: both titles take the figures of one occupation code, so these figures cannot show whether the step pays more.".to_string(),
            "“lower BLS figure”: the next title's occupation has a lower median than this one's; the two occupations are counted apart, so the figures cannot show a pay cut either. Levels and steps are the him editors' judgement.".to_string(),
        ]);
        notes.extend(self.outlook_sources(&self.outlook_citations));
        let mut reasons: Vec<Reason> = Vec::new();
        for rung in rungs(&self.ladders) {
            for figure in [rung.pay.median, rung.pay.p10, rung.pay.p90] {
                if let Figure::Unpublished(reason) = figure
                    && !reasons.contains(&reason)
                {
                    reasons.push(reason);
                }
            }
        }
        notes.extend(
            reasons
                .into_iter()
                .map(|r| format!("{}.", capitalized(r.explanation()))),
        );
        notes
    }
}

impl View for LadderView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        let labels: Vec<String> = self.ladders.iter().map(|l| l.label.clone()).collect();
        report.title(match labels.len() {
            1 => format!("Career ladder: {}", labels[0]),
            _ => format!("Career ladders: {}", and_list(&labels)),
        });
        let place = match self.area.kind {
            AreaKind::National => "nationally".to_string(),
            _ => format!("in {}", self.area.described()),
        };
        let mut intro =
            format!("Entry to executive. Each title with the median pay of its occupation {place}");
        if let Some(unit) = self.bar_unit {
            intro.push_str(&format!(
                " (each █ is {})",
                crate::text::dollars(u64::from(unit))
            ));
        }
        intro.push_str(
            ", then its 10th–90th percentile range and typical credentials, then the titles it leads to.",
        );
        report.text(intro);
        if let Some(note) = &self.area_note {
            report.text_toned(note.clone(), Tone::Warn);
        }
        report.text(CLOSEST_OCCUPATION);
        let (source_line, tone) = self.source.source_line();
        report.text_toned(source_line, tone);
        let columns = self
            .ladders
            .iter()
            .enumerate()
            .map(|(side, ladder)| {
                let side = u8::try_from(side).unwrap_or(0);
                let mut rows = vec![vec![Block::Heading(ladder.label.clone())]];
                for index in 0..ladder.levels.len() {
                    rows.push(vec![Block::Diagram(self.level_box(ladder, index, side))]);
                }
                let notes: Vec<Block> = self
                    .code_notes(ladder)
                    .into_iter()
                    .map(Block::Note)
                    .collect();
                rows.push(notes);
                rows
            })
            .collect();
        report.blocks.push(Block::Columns(Columns {
            min_width: self.min_column_width(),
            columns,
        }));
        report.pay_chart(self.pay_chart());
        for note in self.notes() {
            report.note(note);
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new([
            "field",
            "level",
            "title_id",
            "title",
            "leads_to",
            "credentials",
            "soc",
            "occupation",
            "area_code",
            "area",
            "median",
            "p10",
            "p90",
            "unpublished",
            "source",
        ]);
        let number =
            |figure: Figure| Cell::new(figure.value().map(|v| v.to_string()).unwrap_or_default());
        for ladder in &self.ladders {
            for step in &ladder.levels {
                let lead = |cells: Vec<Cell>| {
                    let mut row =
                        vec![Cell::new(ladder.id.clone()), Cell::new(step.level.as_str())];
                    row.extend(cells);
                    row
                };
                if step.titles.is_empty() {
                    // A level without titles is a row too, so the CSV shows it is empty.
                    table.row(lead(vec![Cell::empty(); 13]));
                    continue;
                }
                for rung in &step.titles {
                    let unpublished: Vec<String> = [
                        ("median", rung.pay.median),
                        ("p10", rung.pay.p10),
                        ("p90", rung.pay.p90),
                    ]
                    .iter()
                    .filter_map(|(name, figure)| match figure {
                        Figure::Unpublished(reason) => Some(format!("{name}: {}", reason.label())),
                        Figure::Published(_) => None,
                    })
                    .collect();
                    table.row(lead(vec![
                        Cell::new(rung.id.clone()),
                        Cell::new(rung.name.clone()),
                        Cell::new(rung.leads_to.join(";")),
                        Cell::new(rung.credentials.join(";")),
                        Cell::new(rung.pay.soc.clone()),
                        Cell::new(rung.pay.occupation.clone().unwrap_or_default()),
                        Cell::new(self.area.code.clone()),
                        Cell::new(self.area.label()),
                        number(rung.pay.median),
                        number(rung.pay.p10),
                        number(rung.pay.p90),
                        Cell::new(unpublished.join("; ")),
                        Cell::new(self.source.id.clone()),
                    ]));
                }
            }
        }
        vec![table]
    }
}

impl LadderView {
    /// Every ladder's levels with a bar per title (the HTML page), all on one scale so the
    /// fields compare at a glance. Ladders carry the median and the 10th and 90th percentiles.
    fn pay_chart(&self) -> crate::output::PayChart {
        let several = self.ladders.len() > 1;
        let groups = self
            .ladders
            .iter()
            .flat_map(|ladder| {
                ladder
                    .levels
                    .iter()
                    .map(move |step| crate::output::PayGroup {
                        name: if several {
                            format!("{}: {} level", ladder.label, step.level.as_str())
                        } else {
                            format!("{} level", step.level.as_str())
                        },
                        bars: step
                            .titles
                            .iter()
                            .map(|rung| crate::output::PayBar {
                                label: rung.name.clone(),
                                percentiles: [
                                    rung.pay.p10.value(),
                                    None,
                                    rung.pay.median.value(),
                                    None,
                                    rung.pay.p90.value(),
                                ],
                                note: None,
                            })
                            .collect(),
                    })
            })
            .collect();
        crate::output::PayChart {
            caption: format!(
                "Pay at each level: median and 10th–90th percentile of each title's occupation ({})",
                self.source.citation()
            ),
            groups,
        }
    }
}
