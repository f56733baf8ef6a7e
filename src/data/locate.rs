//! Finds where a value sits in a data file, for checks that run after parsing.
//!
//! Records carry no spans (they also come from the compiled-in data), so a check that must point
//! at a line names the value by its path, e.g. `title[3].leads_to[1]`, and the file is parsed
//! again here to find it. This happens only when there is something to report.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

/// One step of a path into a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(&'static str),
    Index(usize),
}

/// A data file parsed once for finding values in it: a file with thousands of problems is
/// parsed once, not once per problem.
pub struct Locator<'a> {
    root: Option<toml::Spanned<DeTable<'a>>>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Locator<'a> {
        Locator {
            root: DeTable::parse(text).ok(),
        }
    }

    /// The span of the value at `path`, or of the nearest enclosing value that exists (a missing
    /// key points at its table); `None` when the text does not parse.
    pub fn span(&self, path: &[Step]) -> Option<Range<usize>> {
        let root = self.root.as_ref()?;
        let mut span = root.span();
        let mut table: Option<&DeTable<'_>> = Some(root.get_ref());
        let mut array: Option<&toml::de::DeArray<'_>> = None;
        for step in path {
            let next = match step {
                Step::Key(key) => table.and_then(|t| {
                    t.iter()
                        .find(|(name, _)| name.get_ref().as_ref() == *key)
                        .map(|(_, value)| value)
                }),
                Step::Index(index) => array.and_then(|a| a.get(*index)),
            };
            let Some(value) = next else { break };
            span = value.span();
            table = None;
            array = None;
            match value.get_ref() {
                DeValue::Table(t) => table = Some(t),
                DeValue::Array(a) => array = Some(a),
                _ => {}
            }
        }
        Some(span)
    }
}

#[cfg(test)]
fn locate(text: &str, path: &[Step]) -> Option<Range<usize>> {
    Locator::new(text).span(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = "[[title]]\nid = \"a\"\nleads_to = [\"b\", \"c\"]\n";
        let path = [
            Step::Key("title"),
            Step::Index(0),
            Step::Key("leads_to"),
            Step::Index(1),
        ];
        let span = locate(text, &path).unwrap();
        assert_eq!(&text[span], "\"c\"");
    }

    #[test]
    fn a_missing_key_points_at_its_table() {
        let text = "[[title]]\nid = \"a\"\n";
        let span = locate(
            text,
            &[Step::Key("title"), Step::Index(0), Step::Key("soc")],
        )
        .unwrap();
        // An array-of-tables element spans its header, where a missing key is reported.
        assert_eq!(&text[span], "[[title]]");
    }
}
