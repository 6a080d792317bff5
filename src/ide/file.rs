//! [`FileAnalysis`]: one version of one file, parsed and analysed once,
//! shared (behind an `Arc`) by the request handlers, the diagnostics task,
//! the workspace index and the command-line checker.

use std::sync::{Arc, Mutex, OnceLock};

use crate::analysis::{self, Config, Diagnostic};
use crate::domain::Language;
use crate::model::citations::{Citation, Identity};
use crate::model::references::InternalReference;
use crate::model::{self, Clause, Model, Section, TrackedChange};
use crate::syntax::{EditedTree, SourceFile};
use crate::text::{LineIndex, TextEdit};

/// One version of one file: the syntax tree, the model extracted from it
/// (with its citations, identity lines and internal references), and (once
/// asked for) its findings.
///
/// Everything is computed once per version. An edit produces a new value
/// ([`FileAnalysis::edit`]) whose model is, where the edit allows, the old
/// one moved past it with the edited line read again; the syntax tree
/// serves only to extract a model and is not kept after ([`Source`]).
pub struct FileAnalysis {
    file: Source,
    /// The language the user stated for the text (a setting), if any;
    /// otherwise each document's language is detected.
    language: Option<Language>,
    /// Built on first use, like the model: typing needs neither.
    line_index: OnceLock<LineIndex>,
    /// The model is extracted on first use, so that a keystroke costs only
    /// an incremental re-parse; the diagnostics task (on a blocking thread)
    /// is usually the first to ask.
    model: OnceLock<Arc<Model>>,
    /// The model of the last version that had one, and the edits made
    /// since: what requests that must not wait for this version's model
    /// (completion while typing) read, with offsets mapped through the edits.
    /// Dropped once this version's model exists.
    earlier: Mutex<Option<Earlier>>,
    /// The findings of the last [`FileAnalysis::findings`] call and the
    /// stamp of the configuration they were computed with.
    findings: Mutex<Option<StampedFindings>>,
    /// The tracked changes of the Word document the text was read from.
    tracked: Vec<TrackedChange>,
    /// When the model was made from the earlier one ([`model::reextract`]):
    /// what the edit touched, and the earlier version's findings with their
    /// stamp, from which [`analysis::recheck`] makes this version's.
    touched: Mutex<Option<(model::Touched, Option<StampedFindings>)>>,
    /// What the re-extraction that made this version's model leaves for
    /// the next version's ([`model::Carry`]).
    carry: Mutex<model::Carry>,
    /// The model was made from the earlier one, and the findings (once
    /// asked for) from the earlier findings: for tests and benchmarks.
    reextracted: std::sync::atomic::AtomicBool,
    rechecked: std::sync::atomic::AtomicBool,
}

/// Findings and the stamp of the configuration they were computed with.
type StampedFindings = (u64, Arc<[Diagnostic]>);

/// The text, and its syntax tree until the model is extracted from it.
///
/// The tree serves only to extract the model: once it exists the tree is
/// dropped (it is larger than the text), and a keystroke inside a clause
/// line re-parses only its section ([`model::reextract`]). An edit that
/// changes more is extracted whole, from a tree parsed then, incrementally
/// from the earlier tree if that version still held one.
struct Source {
    text: Arc<String>,
    syntax: Mutex<Syntax>,
}

enum Syntax {
    /// The tree of this text.
    Parsed(SourceFile),
    /// An earlier text's tree, edited to match this text, not parsed again.
    Edited(EditedTree),
    /// None kept: parsed afresh if needed.
    Dropped,
}

impl Source {
    fn parsed(file: SourceFile) -> Source {
        Source {
            text: file.text_arc(),
            syntax: Mutex::new(Syntax::Parsed(file)),
        }
    }

    fn unparsed(text: Arc<String>) -> Source {
        Source {
            text,
            syntax: Mutex::new(Syntax::Dropped),
        }
    }

    /// The parsed file; what this version holds stays for the model's
    /// extraction.
    fn syntax(&self) -> SourceFile {
        // Parsed with the lock let go: an edit on the async runtime takes
        // it to make the next version.
        let held = match &*self.lock() {
            Syntax::Parsed(file) => Syntax::Parsed(file.clone()),
            Syntax::Edited(tree) => Syntax::Edited(tree.clone()),
            Syntax::Dropped => Syntax::Dropped,
        };
        self.parse(held)
    }

    /// The parsed file, for the model's extraction: the tree is not kept.
    fn take_syntax(&self) -> SourceFile {
        let held = std::mem::replace(&mut *self.lock(), Syntax::Dropped);
        self.parse(held)
    }

    /// This text parsed, from what a version held.
    fn parse(&self, held: Syntax) -> SourceFile {
        match held {
            Syntax::Parsed(file) => file,
            Syntax::Edited(tree) => SourceFile::reparse(self.text.clone(), &tree),
            Syntax::Dropped => SourceFile::from_text(self.text.clone()),
        }
    }

    /// Gives back a tree taken for an extraction that was given up.
    fn put_back(&self, file: SourceFile) {
        *self.lock() = Syntax::Parsed(file);
    }

    /// The next version's text and, if this one still holds a tree, that
    /// tree edited to match (parsed again only if the next version's
    /// model is extracted whole).
    fn edit(&self, edits: &[TextEdit]) -> Source {
        // The tree taken out (shared, not copied) and the lock let go
        // before the text is copied.
        let tree = match &*self.lock() {
            Syntax::Parsed(file) => Some(file.edited_tree()),
            Syntax::Edited(tree) => Some(tree.clone()),
            Syntax::Dropped => None,
        };
        let (text, syntax) = match tree {
            Some(tree) => {
                let (text, tree) = tree.edit(&self.text, edits);
                (text, Syntax::Edited(tree))
            }
            None => (
                Arc::new(crate::text::apply_edits_in_order(&self.text, edits)),
                Syntax::Dropped,
            ),
        };
        Source {
            text,
            syntax: Mutex::new(syntax),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Syntax> {
        // The tree is only ever swapped whole under the lock: a panic
        // elsewhere cannot leave it half-changed.
        self.syntax
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn text(&self) -> &str {
        &self.text
    }

    fn text_arc(&self) -> Arc<String> {
        self.text.clone()
    }
}

impl std::fmt::Debug for FileAnalysis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileAnalysis")
            .field("len", &self.text().len())
            .field("analysed", &self.model.get().is_some())
            .finish_non_exhaustive()
    }
}

impl FileAnalysis {
    /// A parsed file, to be analysed on demand.
    pub fn new(file: SourceFile) -> FileAnalysis {
        FileAnalysis::with_language(file, None)
    }

    /// A parsed file whose documents are in `language` unless a document
    /// says otherwise with an `[rls-language xx]` marker.
    pub fn with_language(file: SourceFile, language: Option<Language>) -> FileAnalysis {
        FileAnalysis::of(Source::parsed(file), language)
    }

    /// A text not parsed yet: parsed when its model is first asked for
    /// (the server's diagnostics task, off the async runtime).
    pub fn unparsed(text: Arc<String>, language: Option<Language>) -> FileAnalysis {
        FileAnalysis::of(Source::unparsed(text), language)
    }

    /// The tracked changes of the Word document the text was read from.
    pub fn tracked_changes(&self) -> &[TrackedChange] {
        &self.tracked
    }

    /// The text, shared.
    pub fn text_arc(&self) -> Arc<String> {
        self.file.text_arc()
    }

    /// Nothing computed yet.
    fn of(file: Source, language: Option<Language>) -> FileAnalysis {
        FileAnalysis {
            file,
            language,
            line_index: OnceLock::new(),
            model: OnceLock::new(),
            earlier: Mutex::new(None),
            findings: Mutex::new(None),
            tracked: Vec::new(),
            touched: Mutex::new(None),
            carry: Default::default(),
            reextracted: Default::default(),
            rechecked: Default::default(),
        }
    }

    /// The same file, read from a Word document with these tracked changes
    /// not yet accepted (the text holds them as accepted).
    pub fn with_tracked_changes(mut self, tracked: Vec<TrackedChange>) -> FileAnalysis {
        self.tracked = tracked;
        self.model = OnceLock::new();
        self
    }

    /// A rule's example: plain text, where the changes a word processor
    /// tracks may be written in CriticMarkup (`{~~l~>k~~}`, `{++new++}`,
    /// `{--old--}`) and are read as tracked changes not yet accepted.
    pub fn example(marked: &str) -> FileAnalysis {
        let (text, tracked) = read_critic_markup(marked);
        FileAnalysis::parse(&text).with_tracked_changes(tracked)
    }

    /// Extracts everything now (the workspace index does this on its
    /// blocking thread, so that requests never wait for it).
    pub fn analysed(self) -> FileAnalysis {
        self.model();
        self
    }

    /// Parses and analyses `text`.
    pub fn parse(text: &str) -> FileAnalysis {
        FileAnalysis::new(SourceFile::parse(text))
    }

    /// The next version: `edits` applied in order (each relative to the
    /// text left by the previous one), re-parsed with the old tree.
    pub fn edit(&self, edits: &[TextEdit]) -> FileAnalysis {
        let mut next = FileAnalysis::of(self.file.edit(edits), self.language);
        // A keystroke inside a line: the line index moves, not built again.
        if let ([edit], Some(index)) = (edits, self.line_index.get()) {
            let (start, end) = edit.clamped(self.text());
            if let Some(moved) = index.after_edit(self.text(), start, end, &edit.new_text) {
                next.line_index = OnceLock::from(moved);
            }
        }
        let earlier = self.earlier();
        let model = match (self.model.get(), &earlier) {
            // The earlier model was just taken to make this version's
            // (`reextract` holds the lock meanwhile and sets the flag before
            // letting go): that model exists an instant later.
            (None, None) => self.model_being_stored(),
            (model, _) => model,
        };
        next.earlier = Mutex::new(match (model, earlier) {
            (Some(model), _) => Some(Earlier {
                model: model.clone(),
                edits: edits.to_vec(),
                text: self.file.text_arc(),
                findings: self.findings.lock().ok().and_then(|f| f.clone()),
                carry: self.carry.lock().map(|c| c.clone()).unwrap_or_default(),
            }),
            (None, Some(mut e)) if e.edits.len() + edits.len() <= Earlier::MAX_EDITS => {
                e.edits.extend_from_slice(edits);
                Some(e)
            }
            _ => None,
        });
        next
    }

    /// This version's model if it has been extracted already.
    pub fn current_model(&self) -> Option<&Model> {
        self.model.get().map(|m| &**m)
    }

    /// The section window this version's re-extraction read, kept (parsed
    /// and extracted) for the next keystroke: what typing holds beside the
    /// model (for the memory benchmark).
    pub fn carried_window(&self) -> Option<crate::text::TextRange> {
        self.carry.lock().ok()?.window_range()
    }

    /// The model of the last version that had one before this one, and
    /// the edits made since.
    pub fn earlier(&self) -> Option<Earlier> {
        if self.model.get().is_some() {
            return None;
        }
        self.earlier.lock().ok()?.clone()
    }

    /// Runs `f` with the earlier model (if this version has none yet)
    /// borrowed under its lock, not shared. `f` must not ask for this
    /// version's model, which takes the same lock.
    pub fn with_earlier<R>(&self, f: impl FnOnce(Option<&Earlier>) -> R) -> R {
        if self.model.get().is_none() {
            if let Ok(guard) = self.earlier.lock() {
                if let Some(earlier) = guard.as_ref() {
                    return f(Some(earlier));
                }
            }
        }
        f(None)
    }

    pub fn text(&self) -> &str {
        self.file.text()
    }

    /// The parsed file. Once the model is extracted no tree is kept, and
    /// each call parses the text again.
    pub fn syntax(&self) -> SourceFile {
        self.file.syntax()
    }

    /// What the workspace index keeps of a file that is not open: the
    /// text, and of the model what features across files read (documents
    /// with their preface lines, citations, identity lines and proposal
    /// markers), without the syntax tree, the sections' clauses,
    /// internal references, footnotes and notes. Workspace symbols,
    /// definitions and references read it as they read a full analysis;
    /// anything else should analyse the text again ([`FileAnalysis::parse`]).
    pub fn summary(self) -> FileAnalysis {
        let mut model = (*self.model()).clone();
        for doc in &mut model.documents {
            doc.sections = Vec::new();
        }
        model.footnotes = Vec::new();
        model.footnote_refs = Vec::new();
        model.syntax_errors = Vec::new();
        model.references = Vec::new();
        model.notes = Vec::new();
        model.citations.shrink_to_fit();
        model.identities.shrink_to_fit();
        let text = self.file.text_arc();
        FileAnalysis {
            model: OnceLock::from(Arc::new(model)),
            ..FileAnalysis::of(Source::unparsed(text), self.language)
        }
    }

    pub fn model(&self) -> &Model {
        if let Some(model) = self.model.get().or_else(|| self.model_being_stored()) {
            return model;
        }
        let model = self.model.get_or_init(|| {
            if let Some(model) = self.reextract() {
                return Arc::new(model);
            }
            let mut model = model::extract_with_language(&self.file.take_syntax(), self.language);
            model.tracked_changes = self.tracked.clone();
            Arc::new(model)
        });
        self.forget_earlier();
        model
    }

    /// This version's model from the earlier one, when the edits since
    /// stayed inside one clause line ([`model::reextract`]); keeps what
    /// they touched for [`FileAnalysis::findings`].
    fn reextract(&self) -> Option<Model> {
        if !self.tracked.is_empty() {
            return None;
        }
        let mut slot = self.earlier.lock().ok()?;
        let Some(earlier) = slot.take() else {
            tracing::trace!("model extracted again: no earlier model");
            return None;
        };
        let Some(shift) = compose(&earlier.edits) else {
            *slot = Some(earlier);
            return None;
        };
        let Earlier {
            model: old,
            edits,
            text,
            findings,
            carry,
        } = earlier;
        let (model, touched, carry) =
            match model::reextract(old, &text, self.text(), shift, self.language, carry) {
                Ok(done) => done,
                Err(old) => {
                    // Completion reads the earlier model until this one exists.
                    *slot = Some(Earlier {
                        model: old,
                        edits,
                        text,
                        findings,
                        carry: model::Carry::default(),
                    });
                    return None;
                }
            };
        if let Ok(mut slot) = self.touched.lock() {
            *slot = Some((touched, findings));
        }
        if let Ok(mut slot) = self.carry.lock() {
            *slot = carry;
        }
        // Set before the lock is let go: an edit that finds no earlier
        // model then knows this version's is about to exist.
        self.reextracted
            .store(true, std::sync::atomic::Ordering::SeqCst);
        drop(slot);
        Some(model)
    }

    /// The model another thread made from the earlier one and is about to
    /// store (`reextract` sets the flag before it lets the earlier model
    /// go): waiting for it an instant beats extracting the whole file again
    /// (a completion request racing the diagnostics task did, 300 ms at
    /// 1 MB).
    fn model_being_stored(&self) -> Option<&Arc<Model>> {
        if !self.reextracted.load(std::sync::atomic::Ordering::SeqCst) {
            return None;
        }
        loop {
            if let Some(model) = self.model.get() {
                return Some(model);
            }
            std::thread::yield_now();
        }
    }

    /// Two models of one file are never kept: the earlier one served only
    /// until this version's existed.
    /// Nor is the tree, once the model is made from it.
    fn forget_earlier(&self) {
        if let Ok(mut earlier) = self.earlier.lock() {
            *earlier = None;
        }
        *self.file.lock() = Syntax::Dropped;
    }

    /// Byte offset ↔ line/column for this version's text.
    pub fn line_index(&self) -> &LineIndex {
        self.line_index
            .get_or_init(|| LineIndex::new(self.file.text()))
    }

    pub fn citations(&self) -> &[Citation] {
        &self.model().citations
    }

    /// The identity lines of this file's documents: what it defines.
    pub fn identities(&self) -> &[Identity] {
        &self.model().identities
    }

    /// Every internal reference of every document, in text order.
    pub fn internal_references(&self) -> &[InternalReference] {
        &self.model().references
    }

    /// The model, extracted now unless `cancel` stops it (`None`).
    pub fn model_unless(&self, cancel: model::Cancel<'_>) -> Option<&Model> {
        if let Some(model) = self.model.get().or_else(|| self.model_being_stored()) {
            return Some(model);
        }
        let extracted = match self.reextract() {
            Some(model) => model,
            None => {
                let file = self.file.take_syntax();
                let Some(mut extracted) = model::extract_unless(&file, self.language, cancel)
                else {
                    self.file.put_back(file);
                    return None;
                };
                extracted.tracked_changes = self.tracked.clone();
                extracted
            }
        };
        let model = self.model.get_or_init(|| Arc::new(extracted));
        self.forget_earlier();
        Some(model)
    }

    /// Like [`FileAnalysis::findings`], giving up (`None`) as soon as
    /// `cancel` says the findings are no longer wanted: between the stages
    /// of the model's extraction, between documents, sections and rule
    /// families. Nothing half-done is kept.
    pub fn findings_unless(
        &self,
        stamp: u64,
        config: impl FnOnce() -> Config,
        cancel: model::Cancel<'_>,
    ) -> Option<Arc<[Diagnostic]>> {
        if let Some(found) = self.cached_findings(stamp) {
            return Some(found);
        }
        let model = self.model_unless(cancel)?;
        let config = config();
        let found: Arc<[Diagnostic]> = match self.recheck(stamp, model, &config) {
            Some(found) => found.into(),
            None => analysis::check_unless(self.text(), model, &config, cancel)?.into(),
        };
        if let Ok(mut cache) = self.findings.lock() {
            *cache = Some((stamp, found.clone()));
        }
        Some(found)
    }

    /// Runs every check with `config` (no caching).
    pub fn check(&self, config: &Config) -> Vec<Diagnostic> {
        analysis::check(self.text(), self.model(), config)
    }

    /// The findings under the configuration identified by `stamp`: computed
    /// with `config()` the first time, then reused until asked with another
    /// stamp. The server's stamp changes whenever the settings or the
    /// catalogue a file's citations resolve against change.
    pub fn findings(&self, stamp: u64, config: impl FnOnce() -> Config) -> Arc<[Diagnostic]> {
        if let Some(found) = self.cached_findings(stamp) {
            return found;
        }
        let model = self.model();
        let config = config();
        let found: Arc<[Diagnostic]> = match self.recheck(stamp, model, &config) {
            Some(found) => found.into(),
            None => analysis::check(self.text(), model, &config).into(),
        };
        if let Ok(mut cache) = self.findings.lock() {
            *cache = Some((stamp, found.clone()));
        }
        found
    }

    /// This version's findings from the earlier version's, when the model
    /// was made from the earlier one and the findings were computed under
    /// the same configuration ([`analysis::recheck`]).
    fn recheck(&self, stamp: u64, model: &Model, config: &Config) -> Option<Vec<Diagnostic>> {
        let (touched, findings) = self.touched.lock().ok()?.take()?;
        let Some((earlier_stamp, earlier)) = findings else {
            tracing::trace!("findings checked again: the earlier version's were not made");
            return None;
        };
        if earlier_stamp != stamp {
            tracing::trace!("findings checked again: the configuration changed");
            return None;
        }
        let found = analysis::recheck(&earlier, self.text(), model, config, &touched)?;
        self.rechecked
            .store(true, std::sync::atomic::Ordering::Relaxed);
        Some(found)
    }

    /// How this version was analysed: whether its model was made from the
    /// earlier version's (one clause line read again), and whether its
    /// findings were made from the earlier findings.
    pub fn reused_earlier(&self) -> (bool, bool) {
        use std::sync::atomic::Ordering::Relaxed;
        (self.reextracted.load(Relaxed), self.rechecked.load(Relaxed))
    }

    /// Findings computed under `from` hold under `to` as well (the caller
    /// knows that what changed between them does not touch this file's).
    pub fn restamp_findings(&self, from: u64, to: u64) {
        if let Ok(mut cache) = self.findings.lock() {
            if let Some((stamp, _)) = cache.as_mut().filter(|(s, _)| *s == from) {
                *stamp = to;
            }
        }
    }

    /// The findings computed under `stamp`, if they have been.
    pub fn cached_findings(&self, stamp: u64) -> Option<Arc<[Diagnostic]>> {
        let cache = self.findings.lock().ok()?;
        cache
            .as_ref()
            .filter(|(s, _)| *s == stamp)
            .map(|(_, found)| found.clone())
    }

    /// The section and the innermost clause (or sub-item) at `offset`.
    pub fn clause_at(&self, offset: usize) -> Option<(&Section, &Clause)> {
        let doc = self.model().document_at(offset)?;
        let section = doc
            .sections
            .iter()
            .find(|s| s.range.contains_inclusive(offset))?;
        let mut clause = section
            .items
            .iter()
            .find(|c| c.range.contains_inclusive(offset))?;
        while let Some(inner) = clause
            .sub_items
            .iter()
            .find(|c| c.range.contains_inclusive(offset))
        {
            clause = inner;
        }
        Some((section, clause))
    }

    /// The internal reference at `offset` (on its words or its label).
    pub fn reference_at(&self, offset: usize) -> Option<&InternalReference> {
        let refs = self.internal_references();
        // A range reference (`resolves 1 to 3`) has one entry per label:
        // the one whose label is under the cursor wins.
        refs.iter()
            .find(|r| r.label_range.contains_inclusive(offset))
            .or_else(|| refs.iter().find(|r| r.range.contains_inclusive(offset)))
    }
}

/// The accepted text of a CriticMarkup text and its changes.
pub fn read_critic_markup(marked: &str) -> (String, Vec<TrackedChange>) {
    let mut text = String::with_capacity(marked.len());
    let mut tracked = Vec::new();
    let mut rest = marked;
    while let Some(at) = rest.find('{') {
        text.push_str(&rest[..at]);
        rest = &rest[at..];
        let (open, close) = match rest.get(..3) {
            Some("{~~") => ("{~~", "~~}"),
            Some("{++") => ("{++", "++}"),
            Some("{--") => ("{--", "--}"),
            _ => {
                text.push('{');
                rest = &rest[1..];
                continue;
            }
        };
        let Some(end) = rest[3..].find(close) else {
            text.push_str(open);
            rest = &rest[3..];
            continue;
        };
        let inner = &rest[3..3 + end];
        let (deleted, inserted) = match open {
            "{~~" => inner.split_once("~>").unwrap_or((inner, "")),
            "{++" => ("", inner),
            _ => (inner, ""),
        };
        let start = text.len();
        text.push_str(inserted);
        tracked.push(TrackedChange {
            range: crate::text::TextRange::new(start, text.len()),
            deleted: deleted.to_string(),
        });
        rest = &rest[3 + end + 3..];
    }
    text.push_str(rest);
    (text, tracked)
}

/// A model of an earlier version of a file and the edits (in order) that
/// lead from that version's text to the current one.
#[derive(Clone, Debug)]
pub struct Earlier {
    pub model: Arc<Model>,
    pub edits: Vec<TextEdit>,
    /// The text the model was extracted from.
    pub text: Arc<String>,
    /// That version's findings, if they were computed, with their stamp.
    pub findings: Option<StampedFindings>,
    /// What the re-extraction that made the model left for the next one.
    pub carry: model::Carry,
}

/// `edits` (each relative to the text the previous one left) as one
/// replacement of the text before them all; `None` for no edit.
pub fn compose(edits: &[TextEdit]) -> Option<model::shift::Shift> {
    let mut region: Option<(usize, usize, usize)> = None; // start, old end, current end
    for e in edits {
        let (s, end) = (e.range.start, e.range.end.max(e.range.start));
        let inserted = e.new_text.len();
        region = Some(match region {
            None => (s, end, s + inserted),
            Some((a, b, c)) => {
                let a2 = a.min(s);
                // What the edit removes past the region was old text.
                let b2 = if end > c { b + (end - c) } else { b };
                let c2 = c.max(end) + inserted - (end - s);
                (a2, b2, c2)
            }
        });
    }
    let (start, old_end, current_end) = region?;
    Some(model::shift::Shift {
        start,
        old_end,
        delta: current_end as isize - old_end as isize,
    })
}

impl Earlier {
    /// Past this many edits without a model the earlier one is dropped
    /// (requests then extract the current model).
    const MAX_EDITS: usize = 256;

    /// Where `offset` of the current text was in the earlier text (a place
    /// inside replaced text maps to the replacement's start).
    pub fn to_earlier(&self, offset: usize) -> usize {
        self.edits.iter().rev().fold(offset, |off, e| {
            let inserted = e.new_text.len();
            let removed = e.range.end.saturating_sub(e.range.start);
            if off >= e.range.start + inserted {
                off - inserted + removed
            } else {
                off.min(e.range.start)
            }
        })
    }

    /// Where `offset` of the earlier text is in the current text.
    pub fn to_current(&self, offset: usize) -> usize {
        self.edits.iter().fold(offset, |off, e| {
            let inserted = e.new_text.len();
            let removed = e.range.end.saturating_sub(e.range.start);
            if off >= e.range.end {
                (off + inserted).saturating_sub(removed)
            } else {
                off.min(e.range.start)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextRange;

    #[test]
    fn an_edit_equals_a_fresh_analysis() {
        let before = FileAnalysis::parse("考虑到\na)\t第一；\nb)\t第二，\n做出决议\n继续。\n");
        let after = before.edit(&[TextEdit {
            range: TextRange::new(4, 5),
            new_text: "c".into(),
        }]);
        let fresh = FileAnalysis::parse(after.text());
        assert_eq!(after.model(), fresh.model());
        assert_eq!(after.syntax().sexp(), fresh.syntax().sexp());
    }

    fn holds(file: &FileAnalysis) -> &'static str {
        match &*file.file.lock() {
            Syntax::Parsed(_) => "parsed",
            Syntax::Edited(_) => "edited",
            Syntax::Dropped => "no tree",
        }
    }

    #[test]
    fn the_tree_is_kept_until_the_model_is_made() {
        let text = "considering\na)\tthat x;\nb)\tthat y,\nresolves\n1\tto z.\n";
        let typed = |file: &FileAnalysis, at: usize, what: &str| {
            file.edit(&[TextEdit {
                range: TextRange::empty(at),
                new_text: what.into(),
            }])
        };
        let opened = FileAnalysis::parse(text);
        assert_eq!(holds(&opened), "parsed");
        // Typed before any model: the tree is edited, twice, and parsed
        // again (incrementally) only when the model is asked for.
        let once = typed(&opened, 17, "at ");
        let twice = typed(&once, 17, "wh");
        assert_eq!((holds(&once), holds(&twice)), ("edited", "edited"));
        assert_eq!(
            twice.syntax().sexp(),
            SourceFile::parse(twice.text()).sexp()
        );
        assert_eq!(twice.model(), FileAnalysis::parse(twice.text()).model());
        assert_eq!(holds(&twice), "no tree");
        // Once a version has its model, the next has only text, and its
        // model is made from the earlier one (a line read again) or, after
        // a new line, from a tree parsed then and dropped.
        let typing = typed(&twice, 20, "e");
        assert_eq!(holds(&typing), "no tree");
        typing.model();
        assert!(typing.reused_earlier().0);
        let new_line = typed(&typing, 0, "recalling\n");
        assert_eq!(
            new_line.model(),
            FileAnalysis::parse(new_line.text()).model()
        );
        assert_eq!(
            (new_line.reused_earlier().0, holds(&new_line)),
            (false, "no tree")
        );
    }

    #[test]
    fn a_cancelled_extraction_gives_its_tree_back() {
        let file = FileAnalysis::parse("considering\na)\tthat x;\nb)\tthat y,\n");
        let edited = file.edit(&[TextEdit {
            range: TextRange::empty(0),
            new_text: "\n".into(),
        }]);
        let cancelled = || true;
        assert!(edited
            .model_unless(model::Cancel::new(&cancelled))
            .is_none());
        // Parsed (incrementally) for the extraction that was given up: kept
        // for the next try.
        assert_eq!(holds(&edited), "parsed");
        assert!(edited.model_unless(model::Cancel::new(&|| false)).is_some());
        assert_eq!(holds(&edited), "no tree");
    }

    #[test]
    fn a_cancelled_analysis_stops_and_keeps_nothing() {
        let file = FileAnalysis::parse("considering\na)\tthat x;\nc)\tthat y,\nresolves\nto z.\n");
        let asked = std::sync::atomic::AtomicUsize::new(0);
        let cancelled = || {
            asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            true
        };
        let found = file.findings_unless(1, Config::default, model::Cancel::new(&cancelled));
        assert!(found.is_none());
        assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert!(file.model.get().is_none() && file.cached_findings(1).is_none());
        // Asked at every section: cancelled halfway through, nothing kept.
        let asked = std::sync::atomic::AtomicUsize::new(0);
        let late = || asked.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 3;
        assert!(file
            .findings_unless(1, Config::default, model::Cancel::new(&late))
            .is_none());
        assert!(file.model.get().is_none() && file.cached_findings(1).is_none());
        let found = file
            .findings_unless(1, Config::default, model::Cancel::NEVER)
            .unwrap();
        assert!(Arc::ptr_eq(&found, &file.findings(1, Config::default)));
    }

    #[test]
    fn findings_are_cached_per_stamp() {
        let file = FileAnalysis::parse("considering\na)\tthat x;\nc)\tthat y,\nresolves\nto z.\n");
        let calls = std::cell::Cell::new(0);
        let config = || {
            calls.set(calls.get() + 1);
            Config::default()
        };
        let first = file.findings(1, config);
        let again = file.findings(1, config);
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(calls.get(), 1);
        assert!(file.cached_findings(2).is_none());
        file.findings(2, config);
        assert_eq!(calls.get(), 2);
        assert!(first.iter().any(|d| d.code == "RLS0101"), "{first:?}");
    }

    /// What the workspace index keeps of a closed file answers what
    /// features across files ask, like the full analysis.
    #[test]
    fn a_summary_answers_what_features_across_files_ask() {
        let text = "RESOLUTION 901 (REV. DOHA, 2026)\nTitle\nThe Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nrecalling\na)\tResolution 71 (Rev. Bucharest, 2022);\nb)\trecalling a) above,\nresolves\nto act.\n";
        let full = FileAnalysis::parse(text);
        let summary = FileAnalysis::parse(text).analysed().summary();
        assert_eq!(summary.text(), text);
        assert_eq!(summary.identities(), full.identities());
        assert_eq!(summary.citations(), full.citations());
        assert_eq!(
            crate::ide::workspace_symbols(&summary, ""),
            crate::ide::workspace_symbols(&full, "")
        );
        assert_eq!(
            crate::ide::taught_entries(&summary, "f"),
            crate::ide::taught_entries(&full, "f")
        );
        // What it drops, it does not keep.
        assert!(summary
            .model()
            .documents
            .iter()
            .all(|d| d.sections.is_empty()));
        assert!(summary.internal_references().is_empty() && !full.internal_references().is_empty());
        // The tree is made again only if asked for.
        assert_eq!(summary.syntax().sexp(), full.syntax().sexp());
    }
}
