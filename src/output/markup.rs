//! Text from the data made safe inside HTML and SVG markup: what the page and its charts share.

use crate::text::visible;

/// Text as HTML text or attribute value: nothing in it becomes markup, and control characters
/// are shown as the terminal shows them.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
