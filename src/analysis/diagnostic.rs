//! Findings and fixes as plain data: byte ranges, no protocol types.

use std::sync::Arc;

use crate::text::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "info",
            Severity::Hint => "hint",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" | "information" => Some(Severity::Information),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}

/// The static description of one rule: its stable code, a short kebab-case
/// name, the severity it has unless configured otherwise, and one line that
/// says what it checks. Every code is documented in `docs/diagnostics.md`.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub default_severity: Severity,
    pub summary: &'static str,
}

/// A place in another document (or in this one) that matters to a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// `None` for the same document; otherwise an opaque document key
    /// (a path or URI) that the caller understands.
    pub file: Option<Arc<str>>,
    pub range: TextRange,
    pub message: String,
}

/// One replacement of a byte range by new text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TextEdit {
    pub range: TextRange,
    pub new_text: String,
}

/// A certain repair the user may choose: a set of non-overlapping edits on
/// the same document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<TextEdit>,
    /// The one fix an editor may apply with a single keystroke.
    pub preferred: bool,
}

impl Fix {
    /// Applies the edits to `text`. Edits must not overlap; they are applied
    /// from the end so earlier ranges stay valid.
    pub fn apply(&self, text: &str) -> String {
        apply_edits(text, &self.edits)
    }
}

/// Applies non-overlapping `edits` to `text`, clamping stale ranges.
pub fn apply_edits(text: &str, edits: &[TextEdit]) -> String {
    let mut sorted: Vec<&TextEdit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in sorted {
        let start = crate::text::floor_char_boundary(text, edit.range.start).max(at);
        let end = crate::text::floor_char_boundary(text, edit.range.end).max(start);
        out.push_str(&text[at..start]);
        out.push_str(&edit.new_text);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub range: TextRange,
    /// Says what is wrong and what is expected.
    pub message: String,
    pub related: Vec<Related>,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    pub fn new(rule: &Rule, range: TextRange, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code: rule.code,
            severity: rule.default_severity,
            range,
            message: message.into(),
            related: Vec::new(),
            fixes: Vec::new(),
        }
    }

    pub fn with_related(mut self, range: TextRange, message: impl Into<String>) -> Diagnostic {
        self.related.push(Related {
            file: None,
            range,
            message: message.into(),
        });
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fixes.push(fix);
        self
    }
}
