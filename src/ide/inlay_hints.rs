//! Inlay hints: the short title of a cited text, in the document's
//! language, cut by display width (a Chinese character counts two columns)
//! so a hint never dominates the line. By default at the end of the
//! citation's line, where it splits no sentence (Chinese prose runs on with
//! no space after a citation); right after the citation if asked.

use super::FileAnalysis;
use crate::analysis::resolve::resolve_body;
use crate::catalogue::Catalogue;
use crate::text::TextRange;

/// How wide a hint may be, in columns.
const HINT_WIDTH: usize = 32;

/// Where hints go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HintPlacement {
    /// At the end of the citation's line.
    #[default]
    EndOfLine,
    /// Right after the citation's closing bracket.
    AfterCitation,
    /// No hints.
    Off,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlayHint {
    /// Where the hint goes.
    pub offset: usize,
    pub label: String,
    /// The full title, for a tooltip.
    pub tooltip: String,
}

/// Hints for the citations that intersect `range`.
pub fn inlay_hints(
    file: &FileAnalysis,
    range: TextRange,
    catalogue: &Catalogue,
    placement: HintPlacement,
) -> Vec<InlayHint> {
    let model = file.model();
    let mut out = Vec::new();
    if placement == HintPlacement::Off {
        return out;
    }
    let text = file.text();
    let index = file.line_index();
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
            let offset = match placement {
                HintPlacement::AfterCitation => c.range.end,
                _ => index.line_range(text, index.line_of(c.range.end)).end,
            };
            out.push(InlayHint {
                offset,
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
    fn a_chinese_citation_gets_its_hint_at_the_end_of_the_line_unless_asked() {
        let text = "世界电信发展大会（2022年，基加利），\n忆及\na)\tWTDC第23号决议（2022年，基加利，修订版）的规定，\n做出决议\n继续。\n";
        let file = FileAnalysis::parse(text);
        let all = TextRange::new(0, text.len());
        let hints = inlay_hints(&file, all, &Catalogue::builtin(), HintPlacement::default());
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(
            hints[0].offset,
            text.find("的规定，\n").unwrap() + "的规定，".len()
        );
        assert!(hints[0].tooltip.contains("国际互联网连接"));
        let after = inlay_hints(
            &file,
            all,
            &Catalogue::builtin(),
            HintPlacement::AfterCitation,
        );
        assert_eq!(after[0].offset, text.find("的规定").unwrap());
        assert!(inlay_hints(&file, all, &Catalogue::builtin(), HintPlacement::Off).is_empty());
    }
}
