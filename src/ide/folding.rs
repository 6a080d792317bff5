//! Folding ranges: documents, sections, clauses that run over several
//! lines (with their sub-items), footnote bodies. Ranges are trimmed of
//! trailing line breaks so a fold never swallows the next heading's line.

use super::FileAnalysis;
use crate::text::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FoldKind {
    Document,
    Section,
    Clause,
    Footnote,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fold {
    pub range: TextRange,
    pub kind: FoldKind,
}

/// Every fold that spans more than one line, outermost first.
pub fn folding_ranges(file: &FileAnalysis) -> Vec<Fold> {
    let model = file.model();
    let mut out = Vec::new();
    for doc in &model.documents {
        out.push(Fold {
            range: doc.range,
            kind: FoldKind::Document,
        });
        for s in &doc.sections {
            out.push(Fold {
                range: s.range,
                kind: FoldKind::Section,
            });
            for clause in s.items.iter().flat_map(|c| c.walk()) {
                out.push(Fold {
                    range: clause.range,
                    kind: FoldKind::Clause,
                });
            }
        }
    }
    out.extend(model.footnotes.iter().map(|f| Fold {
        range: f.body,
        kind: FoldKind::Footnote,
    }));
    let text = file.text();
    let index = file.line_index();
    out.retain_mut(|f| {
        let trimmed = crate::text::slice(text, f.range).trim_end().len();
        f.range = TextRange::new(f.range.start, f.range.start + trimmed);
        index.line_of(f.range.start) < index.line_of(f.range.end)
    });
    out.dedup_by_key(|f| (index.line_of(f.range.start), index.line_of(f.range.end)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_stop_before_the_next_heading() {
        let text = "considering\na)\tthat x, for example:\ni)\tone;\nii)\ttwo;\nb)\tthat y,\nresolves\nto z.\n";
        let file = FileAnalysis::parse(text);
        let lines: Vec<(FoldKind, usize, usize)> = folding_ranges(&file)
            .iter()
            .map(|f| {
                let i = file.line_index();
                (f.kind, i.line_of(f.range.start), i.line_of(f.range.end))
            })
            .collect();
        assert_eq!(
            lines,
            [
                (FoldKind::Document, 0, 6),
                (FoldKind::Section, 0, 4),
                (FoldKind::Clause, 1, 3),
                (FoldKind::Section, 5, 6),
            ]
        );
    }
}
