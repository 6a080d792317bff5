//! Text primitives: byte ranges and the line index that converts byte
//! offsets to line/column positions in UTF-8, UTF-16 or UTF-32 units; and
//! [`date`], the calendar date of the system clock.
//!
//! The analysis core speaks byte offsets only; conversion to editor
//! positions happens at the protocol edge through [`LineIndex`].

pub mod date;
mod edit;
mod line_index;

pub use edit::{apply_edits, apply_edits_in_order, TextEdit};
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

/// True for the characters that end a line: `\n` and `\r` (a lone `\r` is a
/// line end, as in LSP; `\r\n` is one).
pub fn is_line_break(ch: char) -> bool {
    ch == '\n' || ch == '\r'
}

/// The byte offset where the line holding `offset` starts (after the last
/// `\n`, `\r\n` or lone `\r` before it).
pub fn line_start_before(text: &str, offset: usize) -> usize {
    let offset = floor_char_boundary(text, offset);
    text[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

/// The byte offset where the line holding `offset` ends, before its line
/// break (or the end of the text).
pub fn line_end_after(text: &str, offset: usize) -> usize {
    let offset = floor_char_boundary(text, offset);
    text[offset..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| offset + i)
}

/// The line break a fix that splits the line holding `offset` should
/// insert: the one that ends that line, else the text's first, else `\n`.
/// A fix then keeps a CRLF or lone-CR file's own line endings.
pub fn line_break_at(text: &str, offset: usize) -> &'static str {
    let end = line_end_after(text, offset);
    let end = if end < text.len() {
        end
    } else {
        match text.find(['\n', '\r']) {
            Some(i) => i,
            None => return "\n",
        }
    };
    match &text.as_bytes()[end..] {
        [b'\r', b'\n', ..] => "\r\n",
        [b'\r', ..] => "\r",
        _ => "\n",
    }
}

/// Splits `text` into lines that keep their line break, which may be `\n`,
/// `\r\n` or a lone `\r`: the `str::split_inclusive('\n')` of LSP lines.
pub fn split_lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() {
            match bytes[at] {
                b'\n' => {
                    at += 1;
                    break;
                }
                b'\r' => {
                    at += 1;
                    if bytes.get(at) == Some(&b'\n') {
                        at += 1;
                    }
                    break;
                }
                _ => at += 1,
            }
        }
        Some(&text[start..at])
    })
}

/// The number of line breaks (`\n`, `\r\n` or a lone `\r`) before byte
/// `offset`: the zero-based line of `offset`.
pub fn line_breaks_before(text: &str, offset: usize) -> usize {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    bytes[..end]
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_ending_ends_a_line() {
        let text = "a\rb\r\nc\nd\r";
        let lines: Vec<&str> = split_lines_inclusive(text).collect();
        assert_eq!(lines, ["a\r", "b\r\n", "c\n", "d\r"]);
        assert_eq!(line_start_before(text, 2), 2);
        assert_eq!(line_end_after(text, 2), 3);
        assert_eq!(line_start_before(text, 6), 5);
        assert_eq!(line_end_after(text, 0), 1);
        assert_eq!(line_breaks_before(text, text.len()), 4);
        assert_eq!(line_breaks_before(text, 5), 2);
        assert_eq!(line_break_at(text, 0), "\r");
        assert_eq!(line_break_at(text, 2), "\r\n");
        assert_eq!(line_break_at(text, 5), "\n");
        assert_eq!(line_break_at("a\r\nb", 4), "\r\n");
        assert_eq!(line_break_at("ab", 1), "\n");
        let index = LineIndex::new(text);
        for offset in 0..text.len() {
            if offset == 4 {
                continue; // between `\r` and `\n`
            }
            assert_eq!(
                line_breaks_before(text, offset),
                index.line_of(offset),
                "{offset}"
            );
        }
    }
}
