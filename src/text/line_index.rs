use super::{floor_char_boundary, TextRange};

/// How an editor counts columns. LSP's default is UTF-16 code units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

/// A zero-based line and a column counted in some [`PositionEncoding`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// Maps byte offsets to line/column pairs and back for one version of a
/// text. Building it is O(n); each lookup is O(log lines + line length).
///
/// Lines end where LSP says they do: at `\n`, `\r\n` or a lone `\r`
/// (and nowhere else: a form feed or U+2028 is text). The rope that keeps
/// a document too large to analyse counts lines the same way, so positions
/// agree everywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineIndex {
    /// Byte offset of the start of every line; the first is always 0.
    line_starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {}
                _ => line_starts.push(i + 1),
            }
        }
        LineIndex {
            line_starts,
            len: text.len(),
        }
    }

    /// The index of the text made by replacing `before[start..old_end]`
    /// with `new_text`, from this one (of `before`), when the edit removes
    /// and writes no line end and does not split or join a `\r\n`: the
    /// line starts after it move by the change in length (no scan of the
    /// text). `None` when the lines may change.
    pub fn after_edit(
        &self,
        before: &str,
        start: usize,
        old_end: usize,
        new_text: &str,
    ) -> Option<LineIndex> {
        let removed = before.get(start..old_end)?;
        if removed.contains(['\n', '\r']) || new_text.contains(['\n', '\r']) {
            return None;
        }
        let between_cr_lf = before[..start].ends_with('\r') && before[old_end..].starts_with('\n');
        if between_cr_lf && !(removed.is_empty() && new_text.is_empty()) {
            return None;
        }
        let delta = new_text.len() as isize - removed.len() as isize;
        let moved = |at: usize| at.checked_add_signed(delta);
        let line_starts = self
            .line_starts
            .iter()
            .map(|&at| if at > start { moved(at) } else { Some(at) })
            .collect::<Option<Vec<usize>>>()?;
        Some(LineIndex {
            line_starts,
            len: moved(self.len)?,
        })
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The byte range of line `line` without its terminator (`\n`,
    /// `\r\n` or `\r`).
    pub fn line_range(&self, text: &str, line: usize) -> TextRange {
        let Some(&start) = self.line_starts.get(line) else {
            return TextRange::empty(self.len);
        };
        // The next line starts after the terminator's last byte.
        let mut end = self
            .line_starts
            .get(line + 1)
            .map_or(self.len, |&next| next - 1);
        if end > start
            && text.as_bytes().get(end) == Some(&b'\n')
            && text.as_bytes().get(end - 1) == Some(&b'\r')
        {
            end -= 1;
        }
        TextRange::new(start, end.max(start))
    }

    /// The zero-based line containing byte `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts.get(line).copied().unwrap_or(self.len)
    }

    /// Converts a byte offset to a position. Offsets inside a character are
    /// moved back to its start.
    pub fn position(&self, text: &str, offset: usize, encoding: PositionEncoding) -> LineCol {
        let offset = floor_char_boundary(text, offset);
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        let col = column_width(&text[start..offset], encoding);
        LineCol {
            line: line as u32,
            col: col as u32,
        }
    }

    /// Converts a position to a byte offset. A line past the end clamps to
    /// the end of the text; a column past the end of its line clamps to the
    /// line end; a column inside a surrogate pair or a multi-byte character
    /// snaps to the character's start. Never panics.
    pub fn offset(&self, text: &str, pos: LineCol, encoding: PositionEncoding) -> usize {
        let line = pos.line as usize;
        if line >= self.line_starts.len() {
            return self.len;
        }
        let range = self.line_range(text, line);
        let line_text = &text[range.start..range.end];
        let mut remaining = pos.col as usize;
        for (i, ch) in line_text.char_indices() {
            let w = char_width(ch, encoding);
            if remaining < w {
                return range.start + i;
            }
            remaining -= w;
        }
        range.end
    }
}

fn char_width(ch: char, encoding: PositionEncoding) -> usize {
    match encoding {
        PositionEncoding::Utf8 => ch.len_utf8(),
        PositionEncoding::Utf16 => ch.len_utf16(),
        PositionEncoding::Utf32 => 1,
    }
}

/// The width of `s` in the units of `encoding`.
fn column_width(s: &str, encoding: PositionEncoding) -> usize {
    match encoding {
        PositionEncoding::Utf8 => s.len(),
        PositionEncoding::Utf16 => s.encode_utf16().count(),
        PositionEncoding::Utf32 => s.chars().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_moved_past_an_edit_is_the_index_of_the_new_text() {
        let text = "忆及\r\na)\t😀x\rb)\ty\n\nc)\r\n";
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let index = LineIndex::new(text);
        let mut moved = 0;
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&e| e >= start) {
                for new_text in ["", "z", "的😀", "\n", "\r"] {
                    let mut edited = text.to_string();
                    edited.replace_range(start..end, new_text);
                    match index.after_edit(text, start, end, new_text) {
                        Some(after) => {
                            assert_eq!(
                                after,
                                LineIndex::new(&edited),
                                "{start}..{end} {new_text:?}"
                            );
                            moved += 1;
                        }
                        None => assert!(
                            new_text.contains(['\n', '\r'])
                                || text[start..end].contains(['\n', '\r'])
                                || (text[..start].ends_with('\r') && text[end..].starts_with('\n')),
                            "{start}..{end} {new_text:?} could have been moved"
                        ),
                    }
                }
            }
        }
        assert!(moved > 100, "{moved}");
    }

    #[test]
    fn chinese_and_emoji_round_trip_in_every_encoding() {
        let text = "忆及\r\na)\t第23号决议（2022年，基加利）😀；\nend";
        let index = LineIndex::new(text);
        for enc in [
            PositionEncoding::Utf8,
            PositionEncoding::Utf16,
            PositionEncoding::Utf32,
        ] {
            for (offset, ch) in text.char_indices() {
                // Between `\r` and `\n` is inside the line terminator: no
                // editor position names it.
                if ch == '\n' && text[..offset].ends_with('\r') {
                    continue;
                }
                let pos = index.position(text, offset, enc);
                assert_eq!(index.offset(text, pos, enc), offset, "{enc:?} at {offset}");
            }
        }
    }

    #[test]
    fn surrogate_pair_columns_count_two_utf16_units() {
        let text = "😀x";
        let index = LineIndex::new(text);
        assert_eq!(
            index.position(text, 4, PositionEncoding::Utf16),
            LineCol { line: 0, col: 2 }
        );
        // A column that points into the middle of the pair snaps to its start.
        assert_eq!(
            index.offset(text, LineCol { line: 0, col: 1 }, PositionEncoding::Utf16),
            0
        );
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let text = "ab\r\ncd";
        let index = LineIndex::new(text);
        assert_eq!(
            index.offset(text, LineCol { line: 0, col: 99 }, PositionEncoding::Utf16),
            2
        );
        assert_eq!(
            index.offset(text, LineCol { line: 9, col: 0 }, PositionEncoding::Utf16),
            6
        );
        assert_eq!(index.line_range(text, 0), TextRange::new(0, 2));
    }
}
