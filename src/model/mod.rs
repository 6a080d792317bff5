//! The document model: plain data extracted once per parse from the syntax
//! tree. Checks and IDE features read this, not the tree.
//!
//! One file may hold several documents (a letter carrying a resolution and a
//! decision, a report quoting excerpts). Every range is a byte range into the
//! file's text.

pub mod citations;
mod classify;
mod conference;
mod extract;
pub mod headings;
mod labels;
pub mod language;
pub mod lines;
pub mod proposals;
mod reextract;
pub mod references;
mod rows;
pub mod sequence;
mod shape;
pub mod shift;

pub use conference::{parse_conference_line, Session};
pub use labels::{
    arabic_letter_ordinal, classify_label_text, latin_lookalike, letter_in_script, letter_place,
    roman_value, to_roman, Script,
};
pub use reextract::{reextract, Carry, Touched};
pub use shape::MISSING_HEADING;

use crate::domain::{Body, Language};
use crate::i18n::Message;
use crate::syntax::SourceFile;
use crate::text::TextRange;
use citations::{Citation, Identity};
use references::InternalReference;

/// Extracts everything the checks and editor features read, once per
/// version of a file: the structure, the citations, the documents' own
/// identity lines and the internal references. Total: any text gives a
/// model.
pub fn extract(file: &SourceFile) -> Model {
    extract_with_language(file, None)
}

/// Like [`extract`], with the language a user stated (a server or CLI
/// setting): it applies to every document that has no `[rls-language xx]`
/// marker of its own, instead of detection.
pub fn extract_with_language(file: &SourceFile, stated: Option<Language>) -> Model {
    extract_unless(file, stated, Cancel::NEVER).unwrap_or_default()
}

/// Asked between the stages of a long extraction or analysis, and between
/// its documents and sections: true when the result is no longer wanted
/// (the editor sent a newer version of the text), and the work stops.
#[derive(Clone, Copy)]
pub struct Cancel<'a>(Option<&'a (dyn Fn() -> bool + Sync)>);

impl<'a> Cancel<'a> {
    /// Never cancelled: the command line and the tests.
    pub const NEVER: Cancel<'static> = Cancel(None);

    pub fn new(cancelled: &'a (dyn Fn() -> bool + Sync)) -> Cancel<'a> {
        Cancel(Some(cancelled))
    }

    pub fn is_cancelled(self) -> bool {
        self.0.is_some_and(|f| f())
    }

    /// `Some(())` to go on, `None` (for `?`) when cancelled.
    pub fn go_on(self) -> Option<()> {
        (!self.is_cancelled()).then_some(())
    }
}

/// Like [`extract_with_language`], stopping early (`None`) when `cancel`
/// says the result is no longer wanted.
pub fn extract_unless(
    file: &SourceFile,
    stated: Option<Language>,
    cancel: Cancel<'_>,
) -> Option<Model> {
    cancel.go_on()?;
    let mut model = extract::structure(file, stated, shape::Start::Top);
    let text = file.text();
    cancel.go_on()?;
    model.citations = citations::extract(text, model.language);
    cancel.go_on()?;
    model.identities = citations::identities(&model);
    // A document's own identity, history and conference lines and its annex
    // headings (`ANNEX 1 TO RESOLUTION 48 (REV. DUBAI, 2018)`) name the
    // document itself: they are not citations. The identity is in
    // `model.identities`, which the rules check too.
    let own: Vec<TextRange> = model
        .documents
        .iter()
        .flat_map(|d| {
            [d.identity.as_ref(), d.history.as_ref()]
                .into_iter()
                .flatten()
                .map(|l| l.range)
                .chain(d.conference.as_ref().map(|c| c.range))
                .chain(d.annexes.iter().map(|l| l.range))
        })
        .collect();
    model
        .citations
        .retain(|c| !own.iter().any(|r| r.contains_range(c.range)));
    // A citation alone on its line is an identity line the structure did
    // not recognise (an excerpt's `RESOLUTION 2`, a compendium's
    // `R 1238 (C05)`); it is checked as an identity, not as a citation.
    let mut found = Vec::new();
    model
        .citations
        .retain(|c| match citations::own_line(text, c) {
            Some(citations::OwnLine::Identity) => {
                found.push(c.clone());
                false
            }
            Some(citations::OwnLine::Annex) => false,
            None => true,
        });
    for c in found {
        if model.identities.iter().any(|i| i.range.intersects(c.range)) {
            continue;
        }
        let body = model
            .document_at(c.range.start)
            .and_then(|d| d.conference.as_ref())
            .and_then(|conf| conf.body);
        model.identities.extend(Identity::from_citation(&c, body));
    }
    model.identities.sort_by_key(|i| i.range.start);
    model.references = references::internal_references_unless(&model, text, cancel)?;
    cancel.go_on()?;
    model.has_markers = MARKER_START.is_match(text);
    let (found, addressed) = proposals::extract(text, &model);
    model.proposals = found;
    model.addressed = addressed;
    model.compact();
    Some(model)
}

/// How every `[rls-…]` marker starts.
static MARKER_START: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)\[[ \t]*rls-").expect("valid regex"));

/// Everything understood about one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Model {
    pub kind: FileKind,
    pub language: Language,
    pub documents: Vec<Document>,
    pub footnotes: Vec<Footnote>,
    pub footnote_refs: Vec<FootnoteRef>,
    /// Ranges the parser could not make sense of (ERROR/MISSING nodes).
    pub syntax_errors: Vec<TextRange>,
    /// Every citation of another text, in text order.
    pub citations: Vec<Citation>,
    /// The identity lines of the file's documents: what the file defines.
    pub identities: Vec<Identity>,
    /// Every internal reference (`resolves 2 above`), in text order.
    pub references: Vec<InternalReference>,
    /// Headings found in the wrong place or not at all, and preface lines
    /// that contradict each other: plain data the structure checks report.
    pub notes: Vec<Note>,
    /// The proposal markers (`MOD EUR/44A7/1`), in text order.
    pub proposals: Vec<proposals::Proposal>,
    /// The conference a proposals document's header names (`(PP-26)`).
    pub addressed: Option<proposals::Addressed>,
    /// The text has `[rls-…]` markers (suppressions, a language): they
    /// are read from the whole text, so findings made for one line must
    /// be filtered through them again.
    pub has_markers: bool,
    /// Changes a word processor tracked and nobody has accepted yet (read
    /// from a Word document, not from the text): the text holds them as
    /// accepted.
    pub tracked_changes: Vec<TrackedChange>,
}

/// The text of `range` as it was before the tracked changes inside it,
/// when at least one is and none reaches outside it (a change that also
/// rewrote text around the range is about more than the range).
pub fn before_tracked_changes(model: &Model, text: &str, range: TextRange) -> Option<String> {
    let inside: Vec<&TrackedChange> = model
        .tracked_changes
        .iter()
        // A change that deleted a line break joined paragraphs: it is
        // about more than a label or a citation.
        .filter(|c| !c.deleted.contains(['\n', '\r']))
        .filter(|c| {
            if c.range.is_empty() {
                c.range.start >= range.start && c.range.start < range.end
            } else {
                c.range.start < range.end && c.range.end > range.start
            }
        })
        .collect();
    if inside.is_empty() || inside.iter().any(|c| !range.contains_range(c.range)) {
        return None;
    }
    let mut old = String::new();
    let mut at = range.start;
    for c in inside {
        old.push_str(text.get(at..c.range.start)?);
        old.push_str(&c.deleted);
        at = c.range.end;
    }
    old.push_str(text.get(at..range.end)?);
    Some(old)
}

/// One tracked change not yet accepted, as the checked (accepted) text
/// holds it: `range` is what it inserted (empty for a pure deletion, at
/// the place of the deleted text), `deleted` what it removed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrackedChange {
    pub range: TextRange,
    pub deleted: String,
}

/// Something the model understood but a drafter should fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: NoteKind,
    pub range: TextRange,
    pub message: Message,
    /// A fix title and its edits (byte range → new text).
    pub fix: Option<(Message, Vec<(TextRange, String)>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteKind {
    /// `considering a) that …`: a heading on the same line as its first clause.
    HeadingInline,
    /// `…, instructs the Director …`: a heading at the end of the clause before it.
    HeadingGlued,
    /// Labelled clauses after the conference line with no heading.
    HeadingMissing,
    /// The conference line names another body or year than the identity line.
    ConferenceMismatch,
    /// A label in another script than its sequence (Cyrillic `с)` among `a) b)`).
    LabelScript,
}

/// What the file as a whole is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// One or more resolution/decision bodies and nothing much around them.
    #[default]
    Resolution,
    /// A letter (circular, cover note) that carries documents in annexes.
    Letter,
    /// A report or study that quotes excerpts of resolutions.
    Report,
    /// Text with no resolution structure at all.
    Other,
}

impl FileKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Resolution => "resolution",
            FileKind::Letter => "letter",
            FileKind::Report => "report",
            FileKind::Other => "other",
        }
    }
}

/// What one document inside a file is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// A resolution body: conference line, preamble, operative part.
    #[default]
    Resolution,
    /// A decision body (Council decisions, `做出决定`).
    Decision,
    /// A recommendation or an opinion body.
    Recommendation,
    /// Sections quoted out of their resolution: numbering may legitimately
    /// start mid-way, so sequence checks do not apply.
    Excerpt,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Resolution => "resolution",
            DocumentKind::Decision => "decision",
            DocumentKind::Recommendation => "recommendation",
            DocumentKind::Excerpt => "excerpt",
        }
    }

    /// True for adopted bodies, whose structure rules apply in full.
    pub fn is_body(self) -> bool {
        !matches!(self, DocumentKind::Excerpt)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub kind: DocumentKind,
    pub range: TextRange,
    pub language: Language,
    /// `第2号决议（2022年，布加勒斯特，修订版）`, `RESOLUTION 101 (REV. BUCHAREST, 2022)`.
    pub identity: Option<Line>,
    pub title: Option<Line>,
    /// `（2004年，弗洛里亚诺波利斯；…）` or an adoption note.
    pub history: Option<Line>,
    pub conference: Option<ConferenceLine>,
    pub sections: Vec<Section>,
    /// Annex headings inside the document (`附件1`, `Annex A`).
    pub annexes: Vec<Line>,
    /// The adopting body, from the conference line or the identity line.
    pub body: Option<Body>,
    /// The year the document is dated: its conference session, else the
    /// last year of its history line, else its identity line's revision.
    pub year: Option<u16>,
}

impl Document {
    /// The document's own preface lines (identity, history, conference):
    /// they name the document itself and are never citations.
    pub fn own_lines(&self) -> Vec<TextRange> {
        let mut out: Vec<TextRange> = [&self.identity, &self.history]
            .into_iter()
            .flatten()
            .map(|l| l.range)
            .collect();
        out.extend(self.conference.as_ref().map(|c| c.range));
        out.sort();
        out
    }

    /// Fills in `body` and `year` from the preface lines.
    pub(crate) fn finish(&mut self) {
        let identity = self.identity.as_ref().map(|l| l.text.as_str());
        self.body = self
            .conference
            .as_ref()
            .and_then(|c| c.body)
            .or_else(|| identity.and_then(lines::body_of_identity));
        self.year = self
            .conference
            .as_ref()
            .and_then(|c| c.session())
            .map(|s| s.year)
            .or_else(|| {
                self.history
                    .as_ref()
                    .and_then(|h| lines::last_year(&h.text))
            })
            .or_else(|| identity.and_then(lines::last_year));
    }
}

/// A line (or lines) of text with its range, trimmed of surrounding blanks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    pub range: TextRange,
    pub text: String,
}

/// `世界电信发展大会（2022年，基加利），` — who adopts the document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConferenceLine {
    pub range: TextRange,
    pub text: String,
    pub body: Option<Body>,
    /// Every place/year pair in the parentheses. More than one is
    /// tracked-change residue (`（2018年，迪拜2022年，布加勒斯特）`).
    pub sessions: Vec<Session>,
}

impl ConferenceLine {
    /// The session that adopts the document: the last one written.
    pub fn session(&self) -> Option<&Session> {
        self.sessions.last()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Part {
    #[default]
    Preamble,
    Operative,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Preamble => "preamble",
            Part::Operative => "operative",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    pub range: TextRange,
    pub heading: Heading,
    pub part: Part,
    /// The section's own clauses or paragraphs, in order. Sub-items (roman
    /// numerals, dashes) hang under the clause they belong to.
    pub items: Vec<Clause>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Heading {
    /// From the keyword to the end of the continuation line, if any.
    pub range: TextRange,
    /// The heading as one line (a continuation is joined with a space in
    /// English and with nothing in Chinese).
    pub text: String,
    /// `considering`, `做出决议`, `instructs`, `责成`…
    pub keyword: String,
    pub keyword_range: TextRange,
    /// `the Secretary-General`, `秘书长`, `电信发展局主任`…
    pub addressee: Option<String>,
}

impl Heading {
    /// A short name for the section in messages and fix titles: the
    /// heading, cut after 40 characters.
    pub fn short_name(&self) -> String {
        let heading = self.text.trim();
        if heading.chars().count() <= 40 {
            heading.to_string()
        } else {
            let cut: String = heading.chars().take(40).collect();
            format!("{}…", cut.trim_end())
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clause {
    /// From the label (or the first character) to the end of the last line
    /// that belongs to the clause, without the final line break.
    pub range: TextRange,
    pub label: Option<Label>,
    /// The text after the label on every line of the clause, in order.
    pub lines: Vec<TextRange>,
    pub sub_items: Vec<Clause>,
}

impl Clause {
    /// Where the clause's text ends: the last non-blank byte of its last
    /// line (footnote bodies that Word put after it excluded).
    pub fn end(&self) -> usize {
        self.lines.last().map_or(self.range.end, |r| r.end)
    }

    /// The clause and its sub-items, depth first.
    pub fn walk(&self) -> impl Iterator<Item = &Clause> {
        let mut stack = vec![self];
        std::iter::from_fn(move || {
            let next = stack.pop()?;
            stack.extend(next.sub_items.iter().rev());
            Some(next)
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Label {
    /// The label as written, without bullet or separator: `a)`, `lk)`, `56`, `–`, `a`.
    pub text: String,
    pub range: TextRange,
    /// Letters or digits only: `a`, `lk`, `56`, `iv`; empty for dashes.
    pub value: String,
    pub kind: LabelKind,
    pub style: LabelStyle,
    /// The line starts with a Markdown list bullet (`- a) …`).
    pub bulleted: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LabelKind {
    /// `a)` `b)` … including fused ones like `lk)`.
    #[default]
    Letter,
    /// `i)` `ii)` `iv)` — decided by the neighbours for `i`, `v`, `x`.
    Roman,
    /// `1` `2` … including fused ones like `56`.
    Number,
    /// `–` `—`.
    Dash,
}

impl LabelKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LabelKind::Letter => "letter",
            LabelKind::Roman => "roman",
            LabelKind::Number => "number",
            LabelKind::Dash => "dash",
        }
    }
}

/// How a label is punctuated; it must be the same inside one section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LabelStyle {
    /// `a)`
    #[default]
    Paren,
    /// `a）`
    FullWidthParen,
    /// `(a)` or `（a）`
    Enclosed,
    /// `a`, `1`
    Bare,
    /// `1.` (a Markdown ordered list)
    Dot,
    /// `–`
    Dash,
}

impl LabelStyle {
    pub fn as_str(self) -> &'static str {
        match self {
            LabelStyle::Paren => "a)",
            LabelStyle::FullWidthParen => "a）",
            LabelStyle::Enclosed => "(a)",
            LabelStyle::Bare => "a",
            LabelStyle::Dot => "1.",
            LabelStyle::Dash => "–",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Footnote {
    pub marker: String,
    pub range: TextRange,
    pub body: TextRange,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FootnoteRef {
    pub marker: String,
    pub range: TextRange,
}

impl Model {
    /// Gives back what its vectors reserved while being filled: a vector
    /// grown by pushing holds room for four or more, and a draft has
    /// thousands of clauses and citations of one or two of each.
    pub fn compact(&mut self) {
        fn clause(c: &mut Clause) {
            c.lines.shrink_to_fit();
            c.sub_items.iter_mut().for_each(clause);
            c.sub_items.shrink_to_fit();
        }
        for d in &mut self.documents {
            for s in &mut d.sections {
                s.items.iter_mut().for_each(clause);
                s.items.shrink_to_fit();
            }
            d.sections.shrink_to_fit();
        }
        self.citations.iter_mut().for_each(Citation::compact);
        self.citations.shrink_to_fit();
        self.references.shrink_to_fit();
        self.identities.shrink_to_fit();
        self.footnotes.shrink_to_fit();
        self.footnote_refs.shrink_to_fit();
        self.notes.shrink_to_fit();
    }

    /// The internal references written in document `di` (they are sorted
    /// by position, and documents do not overlap).
    pub fn references_in(&self, di: usize) -> &[InternalReference] {
        let start = self.references.partition_point(|r| r.document < di);
        let end = self.references.partition_point(|r| r.document <= di);
        &self.references[start..end.max(start)]
    }

    /// The proposal whose marker stands before the line at `range`
    /// (`MOD EUR/44A7/1` before `RESOLUTION 130 (REV. DOHA, 2026)`).
    pub fn proposal_for(&self, range: TextRange) -> Option<&proposals::Proposal> {
        self.proposals
            .iter()
            .find(|p| p.target_line.is_some_and(|l| l.intersects(range)))
    }

    /// The document containing byte `offset`, if any.
    pub fn document_at(&self, offset: usize) -> Option<&Document> {
        self.documents
            .iter()
            .find(|d| d.range.contains_inclusive(offset))
    }

    /// The language of the document containing `offset`, or of the file.
    pub fn language_at(&self, offset: usize) -> Language {
        self.document_at(offset)
            .map_or(self.language, |d| d.language)
    }
}
