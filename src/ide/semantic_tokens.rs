//! Semantic tokens: headings, labels, citations, footnotes, and the
//! identity/title and conference lines. Tokens are in text order and never
//! overlap (the protocol encoding needs both); a token may span lines; the
//! protocol layer splits it.

use super::FileAnalysis;
use crate::text::TextRange;

/// Token types, in the order the server declares them in its legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Heading,
    Label,
    Citation,
    Footnote,
    Title,
    Conference,
    /// An internal reference (`resolves 2 above`).
    Reference,
}

impl TokenKind {
    pub const ALL: [TokenKind; 7] = [
        TokenKind::Heading,
        TokenKind::Label,
        TokenKind::Citation,
        TokenKind::Footnote,
        TokenKind::Title,
        TokenKind::Conference,
        TokenKind::Reference,
    ];

    /// Position in [`TokenKind::ALL`] (the legend index).
    pub fn index(self) -> u32 {
        TokenKind::ALL.iter().position(|k| *k == self).unwrap_or(0) as u32
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub range: TextRange,
    pub kind: TokenKind,
}

/// The file's tokens, sorted, non-overlapping (an earlier token wins).
pub fn semantic_tokens(file: &FileAnalysis) -> Vec<Token> {
    let model = file.model();
    let mut out: Vec<Token> = Vec::new();
    let mut push = |range: TextRange, kind: TokenKind| out.push(Token { range, kind });
    for doc in &model.documents {
        for line in [&doc.identity, &doc.title].into_iter().flatten() {
            push(line.range, TokenKind::Title);
        }
        if let Some(c) = &doc.conference {
            push(c.range, TokenKind::Conference);
        }
        for s in &doc.sections {
            push(s.heading.keyword_range, TokenKind::Heading);
            for clause in s.items.iter().flat_map(|c| c.walk()) {
                if let Some(l) = &clause.label {
                    push(l.range, TokenKind::Label);
                }
            }
        }
    }
    for c in file.citations() {
        push(c.range, TokenKind::Citation);
    }
    for r in &model.footnote_refs {
        push(r.range, TokenKind::Footnote);
    }
    for f in &model.footnotes {
        push(f.range, TokenKind::Footnote);
    }
    let mut seen = TextRange::empty(usize::MAX);
    for r in file.internal_references() {
        // A range reference has one entry per label, sharing the range.
        if r.range != seen {
            push(r.range, TokenKind::Reference);
            seen = r.range;
        }
    }
    out.sort_by_key(|t| (t.range.start, std::cmp::Reverse(t.range.end)));
    let mut last_end = 0;
    out.retain(|t| {
        let keep = t.range.start >= last_end && !t.range.is_empty();
        if keep {
            last_end = t.range.end;
        }
        keep
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_labels_citations_and_references() {
        let text = "recalling\na)\tResolution 101 (Rev. Dubai, 2018);\nb)\tthat y,\nresolves\nto act on recalling a) above.\n";
        let file = FileAnalysis::parse(text);
        let got: Vec<(TokenKind, &str)> = semantic_tokens(&file)
            .iter()
            .map(|t| (t.kind, &text[t.range.as_range()]))
            .collect();
        assert_eq!(
            got,
            [
                (TokenKind::Heading, "recalling"),
                (TokenKind::Label, "a)"),
                (TokenKind::Citation, "Resolution 101 (Rev. Dubai, 2018)"),
                (TokenKind::Label, "b)"),
                (TokenKind::Heading, "resolves"),
                (TokenKind::Reference, "recalling a) above"),
            ]
        );
    }
}
