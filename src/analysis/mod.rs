//! The checks. Each rule has a stable code (`RLS0001`…) documented in
//! `docs/diagnostics.md`; findings are plain data with byte ranges and
//! certain fixes.
//!
//! Code blocks: RLS00xx the file itself, RLS01xx–RLS03xx structure
//! (labels, punctuation, internal references), RLS04xx citations.

mod config;
mod diagnostic;
pub mod parse;
pub mod structure;

pub use config::Config;
pub use diagnostic::{apply_edits, Diagnostic, Fix, Related, Rule, Severity, TextEdit};

use crate::model::Model;
use crate::syntax::SourceFile;

/// Every rule the checker knows, in code order.
pub fn rules() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = parse::RULES.to_vec();
    all.extend_from_slice(structure::RULES);
    all.extend_from_slice(crate::citations::RULES);
    all.sort_by_key(|r| r.code);
    all
}

pub fn rule(code: &str) -> Option<&'static Rule> {
    rules().into_iter().find(|r| r.code == code)
}

/// Runs every check on one file and returns its findings sorted by range
/// and code, so that output is deterministic.
pub fn check(file: &SourceFile, model: &Model, config: &Config) -> Vec<Diagnostic> {
    let citations = crate::citations::extract(file.text(), model.language);
    check_with_citations(file, model, &citations, config)
}

/// [`check`] with the file's citations already extracted (the editor keeps
/// them with each version, so a keystroke extracts them once).
pub fn check_with_citations(
    file: &SourceFile,
    model: &Model,
    citations: &[crate::citations::Citation],
    config: &Config,
) -> Vec<Diagnostic> {
    let mut out = parse::check(file, model);
    out.extend(structure::check(file, model));
    out.extend(crate::citations::check(
        model,
        file.text(),
        citations,
        &config.catalogue,
        &config.citations,
    ));
    // Markers written in the text (`[rls-ignore RLS0103]`) silence findings
    // of every rule, so they are applied after all checks have run.
    structure::suppress::apply(model, file.text(), &mut out);
    out.retain_mut(|d| match config.severity_of(d.code, d.severity) {
        Some(severity) => {
            d.severity = severity;
            true
        }
        None => false,
    });
    out.sort_by(|a, b| (a.range, a.code).cmp(&(b.range, b.code)));
    out
}
