//! Edits as plain data: a byte range and its replacement.

use super::{floor_char_boundary, TextRange};

/// One replacement of a byte range by new text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextEdit {
    pub range: TextRange,
    pub new_text: String,
}

/// Applies `edits` one after another, each relative to the text the one
/// before it left (as an editor sends them), clamping ranges to the text
/// and to character boundaries.
pub fn apply_edits_in_order(text: &str, edits: &[TextEdit]) -> String {
    if let [edit] = edits {
        // A keystroke: one copy, in three pieces (not a copy, then a move
        // of everything after the edit).
        let (start, end) = edit.clamped(text);
        let mut out = String::with_capacity(text.len() - (end - start) + edit.new_text.len());
        out.push_str(&text[..start]);
        out.push_str(&edit.new_text);
        out.push_str(&text[end..]);
        return out;
    }
    let inserted: usize = edits.iter().map(|e| e.new_text.len()).sum();
    let mut out = String::with_capacity(text.len() + inserted);
    out.push_str(text);
    for edit in edits {
        let (start, end) = edit.clamped(&out);
        out.replace_range(start..end, &edit.new_text);
    }
    out
}

impl TextEdit {
    /// The edit's range in `text`, clamped to it and to character
    /// boundaries (an inverted range is empty at its start).
    pub fn clamped(&self, text: &str) -> (usize, usize) {
        let start = floor_char_boundary(text, self.range.start);
        (start, floor_char_boundary(text, self.range.end).max(start))
    }
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
