//! Findings and fixes as plain data: byte ranges, no protocol types.

use std::sync::Arc;

use crate::domain::Language;
use crate::i18n::Message;
use crate::text::{apply_edits, TextEdit, TextRange};

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

/// The static description of one rule, kept next to its logic: its stable
/// code, a short kebab-case name, the severity it has unless configured
/// otherwise, one line that says what it checks, and the explanation a
/// drafter reads in `docs/diagnostics.md` (what, why, examples, the fix).
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub default_severity: Severity,
    pub summary: &'static str,
    pub explanation: &'static str,
    /// Texts the rule finds something in, in English and in another
    /// language (a test keeps each one raising the rule).
    pub examples: &'static [&'static str],
}

/// A family of rules sharing a code block (`RLS01xx`), one per module of
/// [`super::rules`].
#[derive(Debug)]
pub struct Family {
    /// `RLS01`.
    pub prefix: &'static str,
    pub title: &'static str,
    /// What the family's rules have in common, in Markdown.
    pub intro: &'static str,
    pub rules: &'static [&'static Rule],
}

/// A place in another document (or in this one) that matters to a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    /// `None` for the same document; otherwise an opaque document key
    /// (a path or URI) that the caller understands.
    pub file: Option<Arc<str>>,
    pub range: TextRange,
    pub message: Message,
}

/// A certain repair the user may choose: a set of non-overlapping edits on
/// the same document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: Message,
    pub edits: Vec<TextEdit>,
    /// The one fix an editor may apply with a single keystroke.
    pub preferred: bool,
}

impl Fix {
    /// A fix that replaces one range by `new_text`.
    pub fn replace(
        title: Message,
        range: TextRange,
        new_text: impl Into<String>,
        preferred: bool,
    ) -> Fix {
        Fix {
            title,
            edits: vec![TextEdit {
                range,
                new_text: new_text.into(),
            }],
            preferred,
        }
    }

    /// Applies the edits to `text`. Edits must not overlap; they are applied
    /// from the end so earlier ranges stay valid.
    pub fn apply(&self, text: &str) -> String {
        apply_edits(text, &self.edits)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub range: TextRange,
    /// Says what is wrong and what is expected, in the drafter's language
    /// once [`Diagnostic::localize`] has run.
    pub message: Message,
    pub related: Vec<Related>,
    /// Fixes of this finding alone.
    pub fixes: Vec<Fix>,
    /// The section (document and section index) whose label sequence this
    /// finding is about: relettering that section, or the whole document,
    /// mends it. Those fixes touch every label of the section, so they are
    /// made when asked for (a code action, `reletter_section`), once, not
    /// carried by every finding of a section of thousands of clauses.
    pub section: Option<(usize, usize)>,
}

impl Diagnostic {
    pub fn new(rule: &Rule, range: TextRange, message: Message) -> Diagnostic {
        Diagnostic {
            code: rule.code,
            severity: rule.default_severity,
            range,
            message,
            related: Vec::new(),
            fixes: Vec::new(),
            section: None,
        }
    }

    pub fn with_related(mut self, range: TextRange, message: Message) -> Diagnostic {
        self.related.push(Related {
            file: None,
            range,
            message,
        });
        self
    }

    /// Renders the message, related messages and fix titles in `language`.
    pub fn localize(&mut self, language: Language) {
        self.message.localize(language);
        for r in &mut self.related {
            r.message.localize(language);
        }
        for f in &mut self.fixes {
            f.title.localize(language);
        }
    }

    /// Gives back the room its vectors and strings reserved while being
    /// made (a third of a file's findings, for English drafts): findings
    /// are kept as long as the file is open.
    pub fn compact(&mut self) {
        self.message.compact();
        self.related.shrink_to_fit();
        for r in &mut self.related {
            r.message.compact();
        }
        self.fixes.shrink_to_fit();
        for f in &mut self.fixes {
            f.title.compact();
            f.edits.shrink_to_fit();
            for e in &mut f.edits {
                e.new_text.shrink_to_fit();
            }
        }
    }

    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fixes.push(fix);
        self
    }
}
