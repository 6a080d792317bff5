//! Protocol → core: positions to byte offsets in the negotiated encoding,
//! and the encoding itself. Positions past a line's end or the document's
//! end are clamped; a column inside a surrogate pair or a multi-byte
//! character snaps to the character's start. Never a panic.

use ropey::Rope;
use tower_lsp_server::ls_types::{InitializeParams, Position, PositionEncodingKind, Range};

use crate::ide::FileAnalysis;
use crate::text::{LineCol, PositionEncoding, TextRange};

/// UTF-8 when the client offers it (no conversion cost), else UTF-16, the
/// protocol's default and all that VS Code offers.
pub fn negotiate_encoding(params: &InitializeParams) -> PositionEncoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(list) if list.contains(&PositionEncodingKind::UTF8) => PositionEncoding::Utf8,
        _ => PositionEncoding::Utf16,
    }
}

/// Byte offset of `pos` in an analysed version's text.
pub fn offset(file: &FileAnalysis, pos: Position, encoding: PositionEncoding) -> usize {
    file.line_index().offset(
        file.text(),
        LineCol {
            line: pos.line,
            col: pos.character,
        },
        encoding,
    )
}

/// Byte range of `range` (an inverted range becomes empty at its start).
pub fn text_range(file: &FileAnalysis, range: Range, encoding: PositionEncoding) -> TextRange {
    let start = offset(file, range.start, encoding);
    let end = offset(file, range.end, encoding).max(start);
    TextRange::new(start, end)
}

/// Byte offset of `pos` in `rope`, the live text that incremental changes
/// are applied to (O(log n) per position, whatever the document's size).
pub fn rope_offset(rope: &Rope, pos: Position, encoding: PositionEncoding) -> usize {
    let line = (pos.line as usize).min(rope.len_lines().saturating_sub(1));
    let line_start_char = rope.line_to_char(line);
    let line_slice = rope.line(line);
    // The line's content without its terminator.
    let mut content_chars = line_slice.len_chars();
    while content_chars > 0 && matches!(line_slice.char(content_chars - 1), '\n' | '\r') {
        content_chars -= 1;
    }
    if pos.line as usize >= rope.len_lines() {
        // A line past the end means the end of the document.
        return rope.len_bytes();
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
        assert_eq!(
            at(1, 2, PositionEncoding::Utf8),
            8 + 2,
            "inside 😀 (UTF-8) snaps back"
        );
    }

    /// The rope (edits) and the line index (requests) agree on every
    /// position of a text with CJK, emoji and CRLF, in every encoding.
    #[test]
    fn rope_and_line_index_agree() {
        let text =
            "第101号决议（2022年，布加勒斯特，修订版）\r\n忆及\na)\t😀 WTDC第23号决议；🎉\n\nend";
        let rope = Rope::from_str(text);
        let file = FileAnalysis::parse(text);
        for encoding in [
            PositionEncoding::Utf8,
            PositionEncoding::Utf16,
            PositionEncoding::Utf32,
        ] {
            for line in 0..7 {
                for character in 0..70 {
                    let pos = Position { line, character };
                    assert_eq!(
                        rope_offset(&rope, pos, encoding),
                        offset(&file, pos, encoding),
                        "{encoding:?} {line}:{character}"
                    );
                }
            }
        }
    }
}
