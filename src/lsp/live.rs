//! The text a `didChange`'s content changes apply to, one after another:
//! each change's positions are converted against the text the changes
//! before it left.
//!
//! An analysed document's text is its version's own (one string, shared
//! with the syntax tree and the model); the usual one-change notification
//! converts its positions with that version's line index and copies
//! nothing here (the new version is made by [`FileAnalysis::edit`]). Only a
//! second change in the same notification makes the text as the first left
//! it. A refused document (too large to analyse) keeps its text as a rope,
//! so that an edit to it costs O(log n) and no copy of all of it.

use std::sync::OnceLock;

use ropey::Rope;
use tower_lsp_server::ls_types::Position;

use super::from_proto;
use crate::ide::FileAnalysis;
use crate::text::{apply_edits_in_order, LineCol, LineIndex, PositionEncoding, TextEdit};

pub(super) enum LiveText<'a> {
    /// A refused document's text.
    Rope(Rope),
    /// The analysed version's text, with the edits made so far (kept by
    /// the caller) not yet applied.
    Version(&'a FileAnalysis),
    /// The text as the changes so far left it, when a later change had to
    /// be converted against it (or the whole text was replaced).
    Text(String, OnceLock<LineIndex>),
}

impl LiveText<'_> {
    /// Byte offset of `pos` in the live text; `edits` are the changes made
    /// since the version's text (what [`LiveText::Version`] has not applied).
    pub fn offset(
        &mut self,
        pos: Position,
        encoding: PositionEncoding,
        edits: &[TextEdit],
    ) -> usize {
        if let LiveText::Version(version) = self {
            if !edits.is_empty() {
                let text = apply_edits_in_order(version.text(), edits);
                *self = LiveText::Text(text, OnceLock::new());
            }
        }
        match self {
            LiveText::Rope(rope) => from_proto::rope_offset(rope, pos, encoding),
            LiveText::Version(version) => from_proto::offset(version, pos, encoding),
            LiveText::Text(text, index) => index.get_or_init(|| LineIndex::new(text)).offset(
                text,
                LineCol {
                    line: pos.line,
                    col: pos.character,
                },
                encoding,
            ),
        }
    }

    /// Replaces the bytes `start..end` (character boundaries of the live
    /// text, as [`LiveText::offset`] gives them) with `new_text`.
    pub fn apply(&mut self, start: usize, end: usize, new_text: &str) {
        match self {
            LiveText::Rope(rope) => {
                let (start, end) = (rope.byte_to_char(start), rope.byte_to_char(end));
                rope.remove(start..end);
                rope.insert(start, new_text);
            }
            // Applied when a later change needs it (`offset`), or not at all.
            LiveText::Version(_) => {}
            LiveText::Text(text, index) => {
                text.replace_range(start..end, new_text);
                *index = OnceLock::new();
            }
        }
    }

    /// The whole text replaced by `new_text`.
    pub fn replace(&mut self, new_text: String) {
        match self {
            LiveText::Rope(rope) => *rope = Rope::from_str(&new_text),
            _ => *self = LiveText::Text(new_text, OnceLock::new()),
        }
    }

    /// The live text's length in bytes.
    pub fn len(&self, edits: &[TextEdit]) -> usize {
        match self {
            LiveText::Rope(rope) => rope.len_bytes(),
            LiveText::Version(version) => edits.iter().fold(version.text().len(), |len, e| {
                len + e.new_text.len() - e.range.len()
            }),
            LiveText::Text(text, _) => text.len(),
        }
    }

    /// Whether the live text holds a NUL (is binary).
    pub fn has_nul(&self, edits: &[TextEdit]) -> bool {
        match self {
            LiveText::Rope(rope) => rope.chunks().any(|chunk| chunk.contains('\0')),
            // The version's own text has none: it would have been refused.
            LiveText::Version(_) => edits.iter().any(|e| e.new_text.contains('\0')),
            LiveText::Text(text, _) => text.contains('\0'),
        }
    }

    /// The live text as a rope, for a document now refused.
    pub fn into_rope(self, edits: &[TextEdit]) -> Rope {
        match self {
            LiveText::Rope(rope) => rope,
            LiveText::Version(version) => {
                Rope::from_str(&apply_edits_in_order(version.text(), edits))
            }
            LiveText::Text(text, _) => Rope::from_str(&text),
        }
    }

    /// The live text as one string, to be parsed whole.
    pub fn into_string(self, edits: &[TextEdit]) -> String {
        match self {
            LiveText::Rope(rope) => rope.to_string(),
            LiveText::Version(version) => apply_edits_in_order(version.text(), edits),
            LiveText::Text(text, _) => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextRange;

    fn pos(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    /// Applies (start, end, new text) changes as `change()` does.
    fn type_into(live: &mut LiveText<'_>, changes: &[(Position, Position, &str)]) -> Vec<TextEdit> {
        let mut edits = Vec::new();
        for (start, end, new_text) in changes {
            let start = live.offset(*start, PositionEncoding::Utf16, &edits);
            let end = live
                .offset(*end, PositionEncoding::Utf16, &edits)
                .max(start);
            live.apply(start, end, new_text);
            edits.push(TextEdit {
                range: TextRange::new(start, end),
                new_text: new_text.to_string(),
            });
        }
        edits
    }

    #[test]
    fn each_change_is_read_against_the_text_the_one_before_left() {
        let version = FileAnalysis::parse("忆及\r\na)\t😀第23号决议；\n");
        let mut live = LiveText::Version(&version);
        // The first change adds a line; the second's line 2 is the old line 1.
        let edits = type_into(
            &mut live,
            &[
                (pos(0, 2), pos(0, 2), "\n新的一行"),
                (pos(2, 5), pos(2, 5), "，"),
            ],
        );
        let expected = "忆及\n新的一行\r\na)\t😀，第23号决议；\n";
        assert_eq!(live.len(&edits), expected.len());
        assert!(!live.has_nul(&edits));
        assert_eq!(live.into_string(&edits), expected);
        // What the server parses is the same text.
        assert_eq!(version.edit(&edits).text(), expected);
    }

    #[test]
    fn one_change_copies_nothing_and_a_refused_text_stays_a_rope() {
        let version = FileAnalysis::parse("considering\na)\tx;\n");
        let mut live = LiveText::Version(&version);
        let edits = type_into(&mut live, &[(pos(1, 3), pos(1, 4), "y\0")]);
        assert!(matches!(live, LiveText::Version(_)));
        assert!(live.has_nul(&edits));
        assert_eq!(
            live.into_rope(&edits).to_string(),
            "considering\na)\ty\0;\n"
        );

        let mut live = LiveText::Rope(Rope::from_str("a\nb\n"));
        let edits = type_into(
            &mut live,
            &[(pos(1, 0), pos(1, 1), "c"), (pos(9, 0), pos(9, 0), "d")],
        );
        assert_eq!(live.len(&edits), 5);
        assert_eq!(live.into_string(&edits), "a\nc\nd");
    }
}
