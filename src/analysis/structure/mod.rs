//! RLS01xx–RLS03xx: the structure of resolution bodies.
//!
//! - [`labels`]: clause lettering and numbering (RLS01xx): gaps, repeats,
//!   wrong starts, labels out of order, fused tracked-change labels, labels
//!   of the wrong kind, unneeded labels, mixed label styles.
//! - [`punctuation`]: how clauses end (RLS02xx).
//! - [`references`]: internal references such as `resolves 9 above` or
//!   `上述认识到c)` (RLS03xx), also exposed as data for hover and
//!   go-to-definition.
//! - [`fixes`]: relettering a section or a whole document, keeping internal
//!   references on the clauses they named.
//! - [`layout`]: headings out of place or missing, preface lines that
//!   disagree (RLS05xx), as found by the model.
//! - [`suppress`]: `[rls-ignore RLS0103]` markers written in the text.
//!
//! Excerpts (`DocumentKind::Excerpt`) are quoted out of their resolution:
//! they get no sequence or punctuation findings.

pub mod fixes;
pub mod labels;
pub mod layout;
pub mod punctuation;
pub mod references;
pub mod suppress;

pub use fixes::{reletter_document, reletter_section};
pub use references::{internal_references, ClauseRef, InternalReference};

use super::{Diagnostic, Rule};
use crate::model::Model;
use crate::syntax::SourceFile;

pub static RULES: &[&Rule] = &[
    &labels::LABEL_GAP,
    &labels::LABEL_REPEATED,
    &labels::LABEL_WRONG_START,
    &labels::LABEL_OUT_OF_ORDER,
    &labels::LABEL_FUSED,
    &labels::LABEL_WRONG_KIND,
    &labels::LABEL_UNNEEDED,
    &labels::LABEL_STYLE_MIXED,
    &punctuation::CLAUSE_END,
    &punctuation::PUNCTUATION_WIDTH,
    &punctuation::DOUBLED_PUNCTUATION,
    &references::REFERENCE_MISSING_CLAUSE,
    &references::REFERENCE_MISSING_SECTION,
    &layout::HEADING_INLINE,
    &layout::HEADING_GLUED,
    &layout::HEADING_MISSING,
    &layout::CONFERENCE_MISMATCH,
    &layout::LABEL_SCRIPT,
];

/// Runs the structure checks on every document of the file.
pub fn check(file: &SourceFile, model: &Model) -> Vec<Diagnostic> {
    let text = file.text();
    let mut out = Vec::new();
    let refs = internal_references(model, text);
    for (di, doc) in model.documents.iter().enumerate() {
        if !doc.kind.is_body() {
            continue;
        }
        labels::check_document(model, text, di, &mut out);
        punctuation::check_document(model, text, di, &mut out);
    }
    references::check(model, text, &refs, &mut out);
    layout::check(model, &mut out);
    out
}

/// A short name for a section in messages: its heading, cut after 40
/// characters.
pub(crate) fn section_name(heading: &str) -> String {
    let heading = heading.trim();
    if heading.chars().count() <= 40 {
        heading.to_string()
    } else {
        let cut: String = heading.chars().take(40).collect();
        format!("{}…", cut.trim_end())
    }
}
