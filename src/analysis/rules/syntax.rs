//! RLS00xx: findings about the file as text.

use crate::analysis::{Diagnostic, Family, Rule, Severity};
use crate::model::Model;

pub static UNREADABLE_TEXT: Rule = Rule {
    code: "RLS0001",
    name: "unreadable-text",
    default_severity: Severity::Warning,
    summary: "The parser could not read this text as resolution structure.",
    explanation: "The parser could not read this text as a heading, clause or paragraph (an ERROR node in the syntax tree). The grammar accepts any text as a paragraph, so this is rare: it points at stray control characters or a line the grammar mis-reads; please report it with the line.",
    examples: &[],
};

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS00",
    title: "The file",
    intro: "",
    rules: &[&UNREADABLE_TEXT],
};

pub fn check(model: &Model) -> Vec<Diagnostic> {
    model
        .syntax_errors
        .iter()
        .map(|&range| Diagnostic::new(&UNREADABLE_TEXT, range, crate::msg!("unreadable-text")))
        .collect()
}
