//! What a command shows, described without a terminal in mind: headings, paragraphs, tables,
//! key-value lists and notes. The renderers turn a `Report` into a terminal table, Markdown or
//! CSV; JSON comes from the command's view itself.

/// How a piece of text should stand out. The renderers map tones to colours and weights; no
/// tone carries meaning on its own, the words always say it too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    Plain,
    Strong,
    Muted,
    /// A caution: stale, unconfirmed, not published.
    Warn,
    /// A good outcome: eligible, shared.
    Good,
    /// An outcome not yet sure: likely, possible (yellow).
    Tentative,
    /// The first, second ... entity of a comparison.
    Side(u8),
    /// A word a search matched.
    Match,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Lines of the cell: a list cell has one item per line.
    pub lines: Vec<String>,
    pub tone: Tone,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Cell {
        Cell {
            lines: vec![text.into()],
            tone: Tone::Plain,
        }
    }

    pub fn lines(lines: Vec<String>) -> Cell {
        Cell {
            lines,
            tone: Tone::Plain,
        }
    }

    pub fn empty() -> Cell {
        Cell::lines(Vec::new())
    }

    pub fn tone(mut self, tone: Tone) -> Cell {
        self.tone = tone;
        self
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::new(text)
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::new(text)
    }
}

/// A run of text in one tone: a line made of spans can highlight a word within it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub tone: Tone,
}

impl Span {
    pub fn new(text: impl Into<String>, tone: Tone) -> Span {
        Span {
            text: text.into(),
            tone,
        }
    }
}

/// A line of spans, and what each line it wraps onto starts with (an indent, or the rail of a
/// drawing), so a wrapped line still reads as one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub spans: Vec<Span>,
    pub hang: Span,
}

impl Line {
    pub fn new() -> Line {
        Line::default()
    }

    /// Adds `text` in `tone`.
    pub fn span(mut self, text: impl Into<String>, tone: Tone) -> Line {
        self.spans.push(Span::new(text, tone));
        self
    }

    /// Adds plain text.
    pub fn plain(self, text: impl Into<String>) -> Line {
        self.span(text, Tone::Plain)
    }

    /// What lines it wraps onto start with.
    pub fn hang(mut self, text: impl Into<String>, tone: Tone) -> Line {
        self.hang = Span::new(text, tone);
        self
    }

    /// The line's text without tones.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// Columns set side by side, row by row, when each gets at least `min_width` characters; else
/// (a narrow terminal, a pipe, Markdown) each column in full, one after another.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    pub min_width: usize,
    /// `columns[c][r]`: the blocks of column `c` in row `r`. Side by side, the rows line up.
    pub columns: Vec<Vec<Vec<Block>>>,
}

impl Columns {
    /// The blocks of every column, one column after another.
    pub fn stacked(&self) -> impl Iterator<Item = &Block> {
        self.columns.iter().flatten().flatten()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Align {
    #[default]
    Left,
    Right,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub align: Vec<Align>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new<S: Into<String>>(header: impl IntoIterator<Item = S>) -> Table {
        let header: Vec<String> = header.into_iter().map(Into::into).collect();
        Table {
            align: vec![Align::Left; header.len()],
            header,
            rows: Vec::new(),
        }
    }

    pub fn align_right(mut self, column: usize) -> Table {
        if let Some(a) = self.align.get_mut(column) {
            *a = Align::Right;
        }
        self
    }

    pub fn row(&mut self, cells: Vec<Cell>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The report's title.
    Title(String),
    /// A section heading.
    Heading(String),
    /// A paragraph.
    Text(String, Tone),
    Table(Table),
    /// `label: value` lines, the values possibly several lines long.
    Pairs(Vec<(String, Cell)>),
    /// Small print: sources, caveats, a legend.
    Note(String),
    /// Numbered entries, each a head line and indented details (eligibility paths ...).
    Entries(Vec<Entry>),
    /// Lines of toned spans (search results with the matched words highlighted), each wrapped
    /// to the width with its own hanging prefix.
    Lines(Vec<Line>),
    /// A drawing whose spacing matters (a career ladder): shown like `Lines` on a terminal, with
    /// no gap before a drawing that continues it, and as a code block in Markdown.
    Diagram(Vec<Line>),
    Columns(Columns),
    /// Pay ranges drawn to one scale (10th, 25th, median, 75th and 90th percentile per row).
    /// Only the HTML page draws it: the other formats give the same figures in the table a
    /// command sets beside it.
    PayChart(PayChart),
}

/// The five percentiles of one row of a pay chart, in dollars; `None` where the figure is not
/// published (drawn as absent, never as zero).
pub type Percentiles = [Option<u32>; 5];

/// One bar of a pay chart: a title (or any label) and its pay range.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PayBar {
    pub label: String,
    pub percentiles: Percentiles,
    /// Said after the figures ("same figure as the level below", "BLS 15-1211").
    pub note: Option<String>,
}

/// A group of bars under a name (a level of a career ladder); a chart of one group may leave
/// the name empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PayGroup {
    pub name: String,
    pub bars: Vec<PayBar>,
}

/// Pay ranges of several rows on one scale, so the bars compare at a glance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PayChart {
    /// What the chart shows and where the figures come from.
    pub caption: String,
    pub groups: Vec<PayGroup>,
}

impl PayChart {
    /// The highest figure of the chart: the right end of its scale.
    pub fn highest(&self) -> Option<u32> {
        self.groups
            .iter()
            .flat_map(|g| &g.bars)
            .flat_map(|b| b.percentiles.iter().flatten())
            .copied()
            .max()
    }
}

/// A source as the foot of a printed page cites it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Citation {
    pub id: String,
    pub publisher: String,
    pub title: String,
    /// "May 2025", or `None` when undated.
    pub period: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub head: String,
    pub tone: Tone,
    pub details: Vec<(String, Tone)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub blocks: Vec<Block>,
}

impl Report {
    pub fn new() -> Report {
        Report::default()
    }

    pub fn title(&mut self, text: impl Into<String>) -> &mut Report {
        self.blocks.push(Block::Title(text.into()));
        self
    }

    pub fn heading(&mut self, text: impl Into<String>) -> &mut Report {
        self.blocks.push(Block::Heading(text.into()));
        self
    }

    pub fn text(&mut self, text: impl Into<String>) -> &mut Report {
        self.blocks.push(Block::Text(text.into(), Tone::Plain));
        self
    }

    pub fn text_toned(&mut self, text: impl Into<String>, tone: Tone) -> &mut Report {
        self.blocks.push(Block::Text(text.into(), tone));
        self
    }

    pub fn table(&mut self, table: Table) -> &mut Report {
        self.blocks.push(Block::Table(table));
        self
    }

    pub fn pairs(&mut self, pairs: Vec<(String, Cell)>) -> &mut Report {
        if !pairs.is_empty() {
            self.blocks.push(Block::Pairs(pairs));
        }
        self
    }

    pub fn note(&mut self, text: impl Into<String>) -> &mut Report {
        self.blocks.push(Block::Note(text.into()));
        self
    }

    pub fn entries(&mut self, entries: Vec<Entry>) -> &mut Report {
        if !entries.is_empty() {
            self.blocks.push(Block::Entries(entries));
        }
        self
    }

    /// Adds a pay chart, unless it has no figure to draw.
    pub fn pay_chart(&mut self, chart: PayChart) -> &mut Report {
        if chart.highest().is_some() {
            self.blocks.push(Block::PayChart(chart));
        }
        self
    }

    /// The report's title, if it has one.
    pub fn title_text(&self) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            Block::Title(t) => Some(t.as_str()),
            _ => None,
        })
    }

    pub fn lines(&mut self, lines: Vec<Line>) -> &mut Report {
        if !lines.is_empty() {
            self.blocks.push(Block::Lines(lines));
        }
        self
    }

    /// The tables of the report, for formats that hold only tables (CSV).
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

/// Hands every piece of text of `block` to `add` (finding what a report cites).
pub fn block_texts(block: &Block, add: &mut dyn FnMut(&str)) {
    let cell = |cell: &Cell, add: &mut dyn FnMut(&str)| cell.lines.iter().for_each(|l| add(l));
    match block {
        Block::Title(t) | Block::Heading(t) | Block::Text(t, _) | Block::Note(t) => add(t),
        Block::Table(table) => table.rows.iter().flatten().for_each(|c| cell(c, add)),
        Block::Pairs(pairs) => pairs.iter().for_each(|(_, c)| cell(c, add)),
        Block::Entries(entries) => {
            for entry in entries {
                add(&entry.head);
                entry.details.iter().for_each(|(d, _)| add(d));
            }
        }
        Block::Lines(lines) | Block::Diagram(lines) => {
            lines
                .iter()
                .flat_map(|l| &l.spans)
                .for_each(|s| add(&s.text));
        }
        Block::Columns(columns) => columns.stacked().for_each(|b| block_texts(b, add)),
        Block::PayChart(chart) => add(&chart.caption),
    }
}
