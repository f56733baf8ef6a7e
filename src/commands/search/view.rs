//! How the hits are shown: grouped by kind, the matched words highlighted, a few texts under
//! each hit; and the hits alone as JSON.

use super::pointers::Pointer;
use super::rank::Hit;
use super::words::{excerpt, highlighted};
use crate::data::Kind;
use crate::output::{Cell, Line, Report, Table, Tone, View};
use crate::text::{ECHOED_NAME, and_list, capitalized, clip, same_name};
use serde::Serialize;

pub struct SearchView {
    /// What was searched for, as shown (after any correction).
    pub(super) words: Vec<String>,
    /// Words a text is highlighted by: (word, whole).
    pub(super) highlight: Vec<(String, bool)>,
    pub(super) hits: Vec<Hit>,
    /// How many records the data has, to say when a query lists most of them.
    pub(super) records: usize,
    /// List every hit even when they are most of the data (`--all`).
    pub(super) all: bool,
    pub(super) ignored: Vec<String>,
    pub(super) corrected: Vec<Respelling>,
    /// The skill the whole query was read as, whose records are found too.
    pub(super) read_as: Option<String>,
    pub(super) pointers: Vec<Pointer>,
}

impl SearchView {
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// What was left out or changed, for stderr when the output is for a script.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if !self.ignored.is_empty() {
            warnings.push(self.ignored_note());
        }
        if !self.corrected.is_empty() {
            warnings.push(self.corrected_note());
        }
        warnings
    }

    fn ignored_note(&self) -> String {
        let quoted: Vec<String> = self.ignored.iter().map(|w| format!("“{w}”")).collect();
        format!(
            "left out {}: shorter than three letters (put a word in double quotes to search for it whole: '\"{}\"')",
            and_list(&quoted),
            self.ignored[0]
        )
    }

    fn corrected_note(&self) -> String {
        let pairs: Vec<String> = self
            .corrected
            .iter()
            .map(|(typed, used)| {
                format!(
                    "“{}” matches nothing: searched for “{used}”",
                    clip(typed, ECHOED_NAME)
                )
            })
            .collect();
        pairs.join("; ")
    }
}

/// A word that matched nothing, and the word of the data searched for instead.
pub(super) type Respelling = (String, String);

/// The most hits a query that lists most of the data shows, unless asked for all.
const FIRST_SCREEN: usize = 10;

/// Hits grouped by where the words are (in a name or elsewhere) and by kind, in the order each
/// group's best hit ranks.
fn groups<'h>(hits: &[&'h Hit]) -> Vec<((bool, Kind), Vec<&'h Hit>)> {
    crate::domain::grouped(hits.iter().copied(), |hit| (hit.named(), hit.entity.kind))
}

/// Shown under each hit at the most, fields and texts of one field: JSON has every match.
const SHOWN_FIELDS: usize = 4;
const SHOWN_TEXTS: usize = 2;

impl Serialize for SearchView {
    /// The hits alone, best first.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.hits.serialize(serializer)
    }
}

impl SearchView {
    /// Whether the hits are most of the data and only the first screen is shown.
    fn cut(&self) -> bool {
        !self.all && self.hits.len() > FIRST_SCREEN && self.hits.len() * 2 > self.records
    }

    fn title(&self) -> String {
        let quoted: Vec<String> = self.words.iter().map(|w| format!("“{w}”")).collect();
        let words = and_list(&quoted);
        let n = self.hits.len();
        if n == 0 {
            return format!("No record has {words}");
        }
        let read_as = match &self.read_as {
            Some(skill) if !same_name(skill, &self.words.join(" ")) => {
                format!(", read as the skill {skill}")
            }
            _ => String::new(),
        };
        if !self.corrected.is_empty() {
            let typed: Vec<String> = self
                .corrected
                .iter()
                .map(|(typed, _)| format!("“{}”", clip(typed, ECHOED_NAME)))
                .collect();
            return format!(
                "{} {} nothing; {n} record{} with {words}{read_as} instead",
                and_list(&typed),
                if typed.len() == 1 { "matches" } else { "match" },
                if n == 1 { "" } else { "s" },
            );
        }
        if self.cut() {
            format!(
                "{n} of the {} records have {words}{read_as}: most of the data, the first {FIRST_SCREEN} are shown",
                self.records
            )
        } else {
            format!(
                "{n} record{} with {words}{read_as}",
                if n == 1 { "" } else { "s" }
            )
        }
    }

    /// One hit: its name and command, then the fields it matched in, each with its texts.
    fn hit_lines(&self, hit: &Hit, lines: &mut Vec<Line>) {
        let mut head = Line::new().hang("    ", Tone::Plain);
        for (text, tone) in highlighted(&hit.name, &self.highlight, Tone::Strong) {
            head = head.span(text, tone);
        }
        lines.push(head.span(format!("  {}", hit.command), Tone::Muted));
        // The fields after the name, each once, its matching texts together.
        let mut fields: Vec<(&str, Vec<&str>)> = Vec::new();
        for m in hit.matches.iter().filter(|m| m.field != "name") {
            match fields.iter_mut().find(|(f, _)| *f == m.field) {
                Some((_, texts)) => texts.push(&m.text),
                None => fields.push((m.field, vec![&m.text])),
            }
        }
        let more = fields.len().saturating_sub(SHOWN_FIELDS);
        for (field, texts) in fields.into_iter().take(SHOWN_FIELDS) {
            let mut line = Line::new()
                .hang("      ", Tone::Plain)
                .span(format!("  {field}: "), Tone::Muted);
            // Texts alike around their match (routes that share a phrase) show once.
            let mut shown: Vec<String> = Vec::new();
            for text in texts {
                let cut = excerpt(text, &self.highlight);
                if !shown.contains(&cut) {
                    shown.push(cut);
                }
            }
            let hidden = shown.len().saturating_sub(SHOWN_TEXTS);
            for (n, text) in shown.iter().take(SHOWN_TEXTS).enumerate() {
                if n > 0 {
                    line = line.plain("; ");
                }
                // The skill the query was read as is marked where a record names it.
                if self.read_as.as_deref() == Some(text.as_str()) {
                    line = line.span(text.clone(), Tone::Match);
                    continue;
                }
                for (part, tone) in highlighted(text, &self.highlight, Tone::Plain) {
                    line = line.span(part, tone);
                }
            }
            if hidden > 0 {
                line = line.span(format!(" (and {hidden} more)"), Tone::Muted);
            }
            lines.push(line);
        }
        if more > 0 {
            lines.push(Line::new().span(
                format!(
                    "  and {more} more field{}",
                    if more == 1 { "" } else { "s" }
                ),
                Tone::Muted,
            ));
        }
    }
}

impl View for SearchView {
    fn report(&self) -> Report {
        let mut report = Report::new();
        report.title(self.title());
        if !self.ignored.is_empty() {
            report.text_toned(capitalized(&self.ignored_note()), Tone::Muted);
        }
        if !self.pointers.is_empty() {
            let lines = self
                .pointers
                .iter()
                .map(|p| {
                    Line::new()
                        .hang("    ", Tone::Plain)
                        .span(format!("{}: ", p.topic), Tone::Plain)
                        .span(p.command, Tone::Strong)
                        .span(format!("  {}", p.answers), Tone::Muted)
                })
                .collect();
            report.heading("Commands that answer this");
            report.lines(lines);
        }
        let shown: Vec<&Hit> = if self.cut() {
            self.hits.iter().take(FIRST_SCREEN).collect()
        } else {
            self.hits.iter().collect()
        };
        let mut kinds_named: Vec<Kind> = Vec::new();
        for ((named, kind), hits) in groups(&shown) {
            let plural = capitalized(kind.plural());
            let heading = if !named && kinds_named.contains(&kind) {
                format!("More {} ({})", kind.plural(), hits.len())
            } else {
                format!("{plural} ({})", hits.len())
            };
            if named {
                kinds_named.push(kind);
            }
            report.heading(heading);
            let mut lines = Vec::new();
            for hit in hits {
                self.hit_lines(hit, &mut lines);
            }
            report.lines(lines);
        }
        if self.cut() {
            report.note(format!(
                "{} more not shown: add a word to narrow the search, or give --all to list every one.",
                self.hits.len() - FIRST_SCREEN
            ));
        }
        if let Some(skill) = &self.read_as {
            report.note(format!(
                "The search is read as the skill {skill} too: the records that expect or teach it are listed (`him fit` explains how a word is read)."
            ));
        }
        if !self.hits.is_empty() {
            report.note(
                "Ranked by where the words are: in a name first (titles and fields first among equals), then a summary, then a note, and by how many fields hold them.",
            );
        }
        report
    }

    fn csv(&self) -> Vec<Table> {
        let mut table = Table::new(["kind", "id", "name", "score", "fields", "command"]);
        for hit in &self.hits {
            let mut fields: Vec<&str> = Vec::new();
            for m in &hit.matches {
                if !fields.contains(&m.field) {
                    fields.push(m.field);
                }
            }
            table.row(vec![
                Cell::new(hit.kind),
                Cell::new(hit.id.clone()),
                Cell::new(hit.name.clone()),
                Cell::new(hit.score.to_string()),
                Cell::new(fields.join(";")),
                Cell::new(hit.command.clone()),
            ]);
        }
        vec![table]
    }
}
