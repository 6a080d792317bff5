//! `check --fix` / `--diff`: apply the certain (preferred) fixes.

use std::path::Path;

use crate::analysis::{self, Fix};

/// One fix that was applied, for the report.
pub struct Applied {
    pub line: usize,
    pub title: String,
}

/// Re-checks and applies preferred fixes until none is left (at most a few
/// rounds: one fix can reveal another, such as a punctuation slip hidden
/// behind a fused label). Overlapping fixes wait for the next round.
pub fn fix_text(text: &str, config: &analysis::Config) -> (String, Vec<Applied>) {
    let mut text = text.to_string();
    let mut applied = Vec::new();
    for _round in 0..4 {
        let report = super::check::check_text_with(Path::new(""), text.clone(), config);
        let index = crate::text::LineIndex::new(&text);
        let mut chosen: Vec<(crate::text::TextRange, &Fix)> = Vec::new();
        for d in &report.diagnostics {
            let Some(fix) = d.fixes.iter().find(|f| f.preferred) else {
                continue;
            };
            let Some(span) = span_of(fix) else { continue };
            if chosen.iter().any(|(s, _)| {
                s.intersects(span) || (s.is_empty() && span.contains_inclusive(s.start))
            }) {
                continue;
            }
            chosen.push((span, fix));
        }
        if chosen.is_empty() {
            break;
        }
        let edits: Vec<analysis::TextEdit> = chosen
            .iter()
            .flat_map(|(_, f)| f.edits.iter().cloned())
            .collect();
        for (span, fix) in &chosen {
            applied.push(Applied {
                line: index.line_of(span.start) + 1,
                title: fix.title.clone(),
            });
        }
        text = analysis::apply_edits(&text, &edits);
    }
    (text, applied)
}

fn span_of(fix: &Fix) -> Option<crate::text::TextRange> {
    let start = fix.edits.iter().map(|e| e.range.start).min()?;
    let end = fix.edits.iter().map(|e| e.range.end).max()?;
    Some(crate::text::TextRange::new(start, end))
}

pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    let name = path.display().to_string();
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}
