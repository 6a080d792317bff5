//! RLS00xx: findings about the file as text.

use super::{Diagnostic, Rule, Severity};
use crate::model::Model;
use crate::syntax::SourceFile;

pub static UNREADABLE_TEXT: Rule = Rule {
    code: "RLS0001",
    name: "unreadable-text",
    default_severity: Severity::Warning,
    summary: "The parser could not read this text as resolution structure.",
};

pub static RULES: &[&Rule] = &[&UNREADABLE_TEXT];

pub fn check(file: &SourceFile, model: &Model) -> Vec<Diagnostic> {
    let _ = file;
    model
        .syntax_errors
        .iter()
        .map(|&range| {
            Diagnostic::new(
                &UNREADABLE_TEXT,
                range,
                "this text could not be read as a heading, clause or paragraph; check for stray characters or a broken line",
            )
        })
        .collect()
}
