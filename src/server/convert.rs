//! Every conversion between protocol positions and core byte offsets, in
//! the negotiated encoding. Positions past a line's end or the document's
//! end are clamped, never a panic.

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, Range};

use crate::text::{LineIndex, PositionEncoding, TextRange};

/// Byte offset of `pos` in `rope` (the live text being edited).
pub fn rope_offset(rope: &Rope, pos: Position, encoding: PositionEncoding) -> usize {
    let line = (pos.line as usize).min(rope.len_lines().saturating_sub(1));
    let line_start_char = rope.line_to_char(line);
    let line_slice = rope.line(line);
    // The line's content without its terminator.
    let mut content_chars = line_slice.len_chars();
    while content_chars > 0 && matches!(line_slice.char(content_chars - 1), '\n' | '\r') {
        content_chars -= 1;
    }
    let col = pos.character as usize;
    let char_in_line = match encoding {
        PositionEncoding::Utf32 => col.min(content_chars),
        PositionEncoding::Utf16 => {
            let base = rope.char_to_utf16_cu(line_start_char);
            let end = rope.char_to_utf16_cu(line_start_char + content_chars);
            let target = (base + col).min(end);
            // Inside a surrogate pair: the character that contains it.
            rope.utf16_cu_to_char(target) - line_start_char
        }
        PositionEncoding::Utf8 => {
            let base = rope.char_to_byte(line_start_char);
            let end = rope.char_to_byte(line_start_char + content_chars);
            let target = (base + col).min(end);
            rope.byte_to_char(target) - line_start_char
        }
    };
    rope.char_to_byte(line_start_char + char_in_line)
}

pub fn position(
    index: &LineIndex,
    text: &str,
    offset: usize,
    encoding: PositionEncoding,
) -> Position {
    let p = index.position(text, offset, encoding);
    Position {
        line: p.line,
        character: p.col,
    }
}

pub fn range(index: &LineIndex, text: &str, r: TextRange, encoding: PositionEncoding) -> Range {
    Range {
        start: position(index, text, r.start, encoding),
        end: position(index, text, r.end, encoding),
    }
}

pub fn offset(index: &LineIndex, text: &str, pos: Position, encoding: PositionEncoding) -> usize {
    index.offset(
        text,
        crate::text::LineCol {
            line: pos.line,
            col: pos.character,
        },
        encoding,
    )
}

pub fn text_range(
    index: &LineIndex,
    text: &str,
    r: Range,
    encoding: PositionEncoding,
) -> TextRange {
    let start = offset(index, text, r.start, encoding);
    let end = offset(index, text, r.end, encoding).max(start);
    TextRange::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rope_offsets_clamp_and_snap() {
        let rope = Rope::from_str("忆及\r\na)\t😀x\n");
        let at = |line, character, enc| rope_offset(&rope, Position { line, character }, enc);
        assert_eq!(at(0, 1, PositionEncoding::Utf16), 3);
        assert_eq!(
            at(0, 99, PositionEncoding::Utf16),
            6,
            "past the line end clamps before \\r\\n"
        );
        assert_eq!(
            at(1, 4, PositionEncoding::Utf16),
            8 + 3,
            "inside the surrogate pair snaps to its start"
        );
        assert_eq!(at(1, 5, PositionEncoding::Utf16), 8 + 3 + 4);
        assert_eq!(at(9, 0, PositionEncoding::Utf16), rope.len_bytes());
        assert_eq!(at(1, 7, PositionEncoding::Utf8), 8 + 3 + 4);
    }
}
