//! Edits as plain data: a byte range and its replacement.

use super::{floor_char_boundary, TextRange};

/// One replacement of a byte range by new text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextEdit {
    pub range: TextRange,
    pub new_text: String,
}

/// Applies non-overlapping `edits` to `text`, clamping stale ranges.
pub fn apply_edits(text: &str, edits: &[TextEdit]) -> String {
    let mut sorted: Vec<&TextEdit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in sorted {
        let start = floor_char_boundary(text, edit.range.start).max(at);
        let end = floor_char_boundary(text, edit.range.end).max(start);
        out.push_str(&text[at..start]);
        out.push_str(&edit.new_text);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}
