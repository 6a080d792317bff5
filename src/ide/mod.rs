//! Editor features over the analysis core, protocol-free: plain data in,
//! plain data out, byte offsets only (rust-analyzer's `ide` crate, texlab's
//! feature modules). The language server converts positions and types at
//! its edge ([`crate::lsp`]); the tests call these functions directly.
//!
//! [`FileAnalysis`] holds one version of one file (syntax tree, model,
//! citations, identity lines, findings) and is shared behind an `Arc` by
//! the request handlers, the diagnostics task and the workspace index.
//! Every feature is a function of a `&FileAnalysis` and a byte offset or
//! range; features that look across files take the workspace's files as
//! `(key, Arc<FileAnalysis>)` pairs, whatever the caller's key (a URI, a
//! path, a test's name).

mod citations;
mod code_actions;
mod completion;
mod file;
mod fix;
mod folding;
mod hover;
mod inlay_hints;
mod navigation;
pub mod parallel;
mod selection;
mod semantic_tokens;
mod skeleton;
mod symbols;
mod word;
mod workspace;

pub use code_actions::{code_actions, reletter_all, Action, ActionKind};
pub use completion::completions;
pub use file::FileAnalysis;
pub use fix::{chosen_fixes, fix_all, fix_all_with, AppliedFix};
pub use folding::{folding_ranges, Fold, FoldKind};
pub use hover::{hover, HoverInfo};
pub use inlay_hints::{inlay_hints, HintPlacement, InlayHint};
pub use navigation::{cited_key, definition, highlights, references, Highlight, Target};
pub use selection::selection_ranges;
pub use semantic_tokens::{semantic_tokens, Token, TokenKind};
pub use skeleton::skeleton;
pub use symbols::{document_symbols, workspace_symbols, Symbol, SymbolKind, WorkspaceSymbol};
pub use word::{fix_word_document, fixed_copy_path, WordFix};
pub use workspace::{catalogue_with, cites_own_teaching, taught_entries, Teaching};

use crate::model::Clause;
use crate::text::TextRange;

/// What a completion item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    Heading,
    Label,
    Citation,
    /// A whole new resolution (in an empty file).
    Skeleton,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub insert_text: String,
    pub detail: Option<String>,
    /// The typed text the item replaces.
    pub replace: TextRange,
    pub kind: CompletionKind,
}

/// `s` trimmed and cut after `max` characters.
fn short(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

/// A clause's text without its label, lines joined, cut after `max`
/// characters.
fn clause_text(text: &str, clause: &Clause, max: usize) -> String {
    let body: Vec<&str> = clause
        .lines
        .iter()
        .map(|r| crate::text::slice(text, *r).trim())
        .collect();
    short(&body.join(" "), max)
}

/// Test fixtures: `$0` marks the cursor; returns the text without it and
/// the cursor's byte offset.
#[cfg(test)]
fn test_fixture(fixture: &str) -> (String, usize) {
    let at = fixture.find("$0").expect("fixture has a $0 cursor");
    (fixture.replacen("$0", "", 1), at)
}
