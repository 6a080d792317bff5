//! Silencing findings from the text itself, with markers that survive a
//! Word → text export because they are ordinary bracketed text:
//!
//! - `[rls-ignore RLS0103]` silences the listed codes on its line; on a line
//!   of its own it also silences them on the next line that has text.
//!   `[rls-ignore]` without codes silences every code there.
//! - `[rls-ignore-document RLS0201 RLS0202]` silences the listed codes in
//!   the whole document it is written in (the whole file when it stands
//!   outside every document).
//!
//! Workspace-wide, a code is turned off in the configuration
//! (`Config::severity`, code → `None`). See `docs/suppression.md`.
//!
//! Markers are never read as clause text by the structure checks: a
//! trailing marker does not hide a clause's final punctuation, and a marker
//! on a line of its own is not a clause ending without punctuation.

use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::Diagnostic;
use crate::model::Model;
use crate::text::{LineIndex, TextRange};

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\[[ \t]*rls-ignore(?P<doc>-document)?(?P<codes>(?:[ \t,;]+RLS[0-9]{4})*)[ \t]*\]",
    )
    .expect("valid regex")
});
static CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)RLS[0-9]{4}").expect("valid regex"));

/// Where a marker applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Zero-based lines, inclusive.
    Lines { first: usize, last: usize },
    /// A document of the model, by index.
    Document(usize),
    /// The whole file (a document marker outside every document).
    File,
}

/// One marker found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    pub range: TextRange,
    /// Upper-case codes; empty means every code.
    pub codes: Vec<String>,
    pub scope: Scope,
}

impl Suppression {
    fn covers(&self, code: &str) -> bool {
        self.codes.is_empty() || self.codes.iter().any(|c| c == code)
    }
}

/// The byte ranges of every marker in `text`.
pub fn marker_ranges(text: &str) -> Vec<TextRange> {
    MARKER
        .find_iter(text)
        .map(|m| TextRange::new(m.start(), m.end()))
        .collect()
}

/// Every marker in `text`, with the scope it applies to.
pub fn suppressions(model: &Model, text: &str) -> Vec<Suppression> {
    let index = LineIndex::new(text);
    let markers = marker_ranges(text);
    // A line that holds nothing but markers and blanks.
    let marker_only = |line: usize| {
        let range = index.line_range(text, line);
        let mut rest = crate::text::slice(text, range).to_string();
        for m in markers.iter().rev().filter(|m| range.contains_range(**m)) {
            rest.replace_range(m.start - range.start..m.end - range.start, "");
        }
        rest.trim().is_empty()
    };
    MARKER
        .captures_iter(text)
        .filter_map(|caps| {
            let whole = caps.get(0)?;
            let range = TextRange::new(whole.start(), whole.end());
            let codes: Vec<String> = caps
                .name("codes")
                .map(|c| {
                    CODE.find_iter(c.as_str())
                        .map(|m| m.as_str().to_ascii_uppercase())
                        .collect()
                })
                .unwrap_or_default();
            let scope = if caps.name("doc").is_some() {
                match model
                    .documents
                    .iter()
                    .position(|d| d.range.contains_inclusive(range.start))
                {
                    Some(i) => Scope::Document(i),
                    None => Scope::File,
                }
            } else {
                let line = index.line_of(range.start);
                let mut last = line;
                if marker_only(line) {
                    // The next line with text of its own.
                    let mut next = line + 1;
                    while next < index.line_count() {
                        let r = index.line_range(text, next);
                        if !crate::text::slice(text, r).trim().is_empty() && !marker_only(next) {
                            last = next;
                            break;
                        }
                        next += 1;
                    }
                }
                Scope::Lines { first: line, last }
            };
            Some(Suppression {
                range,
                codes,
                scope,
            })
        })
        .collect()
}

/// Drops the findings that a marker in the text silences.
pub fn apply(model: &Model, text: &str, diagnostics: &mut Vec<Diagnostic>) {
    let all = suppressions(model, text);
    if all.is_empty() {
        return;
    }
    let index = LineIndex::new(text);
    diagnostics.retain(|d| {
        let line = index.line_of(d.range.start);
        let doc = model
            .documents
            .iter()
            .position(|doc| doc.range.contains_inclusive(d.range.start));
        !all.iter().any(|s| {
            s.covers(d.code)
                && match s.scope {
                    Scope::Lines { first, last } => first <= line && line <= last,
                    Scope::Document(i) => doc == Some(i),
                    Scope::File => true,
                }
        })
    });
}
