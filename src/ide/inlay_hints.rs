//! Inlay hints: the short title of a cited text after its citation, in the
//! document's language, cut by display width (a Chinese character counts
//! two columns) so a hint never dominates the line.

use super::FileAnalysis;
use crate::analysis::resolve::resolve_body;
use crate::catalogue::Catalogue;
use crate::text::TextRange;

/// How wide a hint may be, in columns.
const HINT_WIDTH: usize = 32;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlayHint {
    /// Where the hint goes: right after the citation.
    pub offset: usize,
    pub label: String,
    /// The full title, for a tooltip.
    pub tooltip: String,
}

/// Hints for the citations that intersect `range`.
pub fn inlay_hints(file: &FileAnalysis, range: TextRange, catalogue: &Catalogue) -> Vec<InlayHint> {
    let model = file.model();
    let mut out = Vec::new();
    for c in file
        .citations()
        .iter()
        .filter(|c| c.range.intersects(range) || range.contains_inclusive(c.range.end))
    {
        // A list (`第102、130号决议`) would need one title per number.
        if c.numbers.len() != 1 {
            continue;
        }
        let doc = model.document_at(c.range.start);
        let conference = doc.and_then(|d| d.conference.as_ref());
        let Some(body) = resolve_body(c, conference, catalogue).body else {
            continue;
        };
        let Some(key) = c.key(0, body) else { continue };
        let language = doc.map_or(model.language, |d| d.language);
        if let Some(title) = catalogue.title(&key, language) {
            out.push(InlayHint {
                offset: c.range.end,
                label: short_by_width(title, HINT_WIDTH),
                tooltip: title.trim().to_string(),
            });
        }
    }
    out
}

/// Cuts `s` to at most `width` terminal columns (a wide East Asian
/// character takes two), ending with `…` when cut.
fn short_by_width(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let s = s.trim();
    let mut used = 0;
    let mut out = String::new();
    for ch in s.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > width {
            out.push('…');
            return out;
        }
        used += w;
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_cut_by_display_width() {
        assert_eq!(
            short_by_width("为发展中国家提供的互联网接入和可用性", 10),
            "为发展中国…"
        );
        assert_eq!(short_by_width("Internet access", 32), "Internet access");
    }

    #[test]
    fn a_hint_after_a_chinese_citation() {
        let text = "世界电信发展大会（2022年，基加利），\n忆及\na)\tWTDC第23号决议（2022年，基加利，修订版），\n做出决议\n继续。\n";
        let file = FileAnalysis::parse(text);
        let hints = inlay_hints(&file, TextRange::new(0, text.len()), &Catalogue::builtin());
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(
            hints[0].offset,
            text.find("），\n做出").unwrap() + "）".len()
        );
        assert!(hints[0].tooltip.contains("国际互联网连接"));
    }
}
