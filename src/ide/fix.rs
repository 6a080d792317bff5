//! Applying every preferred fix of a file at once (`check --fix`, and any
//! editor command that fixes a whole file).

use crate::analysis::rules::citations::fix_is_safe;
use crate::analysis::{Config, Diagnostic, Fix};
use crate::text::{apply_edits, LineIndex, TextEdit, TextRange};

use super::FileAnalysis;

/// One fix that was applied, for the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppliedFix {
    /// 1-based line of the text the fix was applied to.
    pub line: usize,
    pub title: String,
}

/// Re-checks and applies the preferred *safe* fixes until none is left (at
/// most a few rounds: one fix can reveal another, such as a punctuation
/// slip hidden behind a fused label). Overlapping fixes wait for the next
/// round. Fixes that change what a citation says are left alone
/// ([`fix_all_with`] with `unsafe_fixes` applies them too).
pub fn fix_all(text: &str, config: &Config) -> (String, Vec<AppliedFix>) {
    fix_all_with(text, config, false)
}

/// [`fix_all`], also applying unsafe fixes when `unsafe_fixes` is set
/// (`check --fix --unsafe-fixes`; see
/// [`crate::analysis::rules::citations::UNSAFE_FIX_CODES`]).
pub fn fix_all_with(text: &str, config: &Config, unsafe_fixes: bool) -> (String, Vec<AppliedFix>) {
    let mut text = text.to_string();
    let mut applied = Vec::new();
    for _round in 0..4 {
        let file = FileAnalysis::parse(&text);
        let findings = file.check(config);
        let index = LineIndex::new(&text);
        let chosen = chosen_fixes(&findings, unsafe_fixes);
        if chosen.is_empty() {
            break;
        }
        let edits: Vec<TextEdit> = chosen
            .iter()
            .flat_map(|(_, f)| f.edits.iter().cloned())
            .collect();
        for (span, fix) in &chosen {
            applied.push(AppliedFix {
                line: index.line_of(span.start) + 1,
                title: fix.title.to_string(),
            });
        }
        text = apply_edits(&text, &edits);
    }
    (text, applied)
}

/// The preferred fixes of `findings` that one round applies: safe ones
/// (unsafe ones too with `unsafe_fixes`), none overlapping one chosen
/// before it, each with the span it covers. A Word document's fixed copy
/// is made from one round.
pub fn chosen_fixes(findings: &[Diagnostic], unsafe_fixes: bool) -> Vec<(TextRange, &Fix)> {
    let mut chosen: Vec<(TextRange, &Fix)> = Vec::new();
    for d in findings {
        if !unsafe_fixes && !fix_is_safe(d.code) {
            continue;
        }
        let Some(fix) = d.fixes.iter().find(|f| f.preferred) else {
            continue;
        };
        let Some(span) = span_of(fix) else { continue };
        if chosen
            .iter()
            .any(|(s, _)| s.intersects(span) || (s.is_empty() && span.contains_inclusive(s.start)))
        {
            continue;
        }
        chosen.push((span, fix));
    }
    chosen
}

fn span_of(fix: &Fix) -> Option<TextRange> {
    let start = fix.edits.iter().map(|e| e.range.start).min()?;
    let end = fix.edits.iter().map(|e| e.range.end).max()?;
    Some(TextRange::new(start, end))
}
