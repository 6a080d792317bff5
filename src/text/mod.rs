//! Text primitives: byte ranges and the line index that converts byte
//! offsets to line/column positions in UTF-8, UTF-16 or UTF-32 units.
//!
//! The analysis core speaks byte offsets only; conversion to editor
//! positions happens at the protocol edge through [`LineIndex`].

mod edit;
mod line_index;

pub use edit::{apply_edits, TextEdit};
pub use line_index::{LineCol, LineIndex, PositionEncoding};

use std::ops::Range;

/// A half-open range of byte offsets into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> TextRange {
        debug_assert!(start <= end, "inverted range {start}..{end}");
        TextRange {
            start,
            end: end.max(start),
        }
    }

    pub fn empty(at: usize) -> TextRange {
        TextRange { start: at, end: at }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `offset` lies inside the range or touches its end, which is
    /// what a cursor "on" a token means in an editor.
    pub fn contains_inclusive(self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }

    pub fn contains_range(self, other: TextRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn intersects(self, other: TextRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn shifted(self, by: usize) -> TextRange {
        TextRange {
            start: self.start + by,
            end: self.end + by,
        }
    }

    pub fn as_range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for TextRange {
    fn from(r: Range<usize>) -> TextRange {
        TextRange::new(r.start, r.end)
    }
}

impl std::fmt::Display for TextRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Slices `text` by `range`, clamping to the text and to character
/// boundaries so that a stale or hostile range never panics.
pub fn slice(text: &str, range: TextRange) -> &str {
    let start = floor_char_boundary(text, range.start);
    let end = floor_char_boundary(text, range.end).max(start);
    &text[start..end]
}

/// The greatest char boundary that is `<= offset` (clamped to the text).
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut i = offset.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
