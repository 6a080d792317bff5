//! The model of the next version without extracting the whole file again:
//! when an edit stays inside the text of one clause line, everything else
//! is the old model with its ranges moved, and only that line (its
//! citations and internal references) is read again.
//!
//! Whether the edit stays "inside" is decided, not assumed: the section
//! around the edit (from a few lines before its heading to a few lines past
//! the next heading) is extracted on its own before and after the edit; it
//! must read the section as the whole file did, and the two must agree on
//! everything but the edited line's citations and references. Anything else (a new line, a
//! label, a heading, a marker, a proposal, a change of language or of the
//! file's kind) gives `None`, and the caller extracts the whole file.

use super::citations::{self, Citation};
use super::classify::{kind_markers, kind_markers_may_change};
use super::language::{
    detect_with_slack, detection_sees, document_language_with_slack, long_enough_to_detect,
    Detected, DocumentLanguage,
};
use super::references::references_in_lines;
use super::shape::Start;
use super::shift::{Shift, Shifted};
use super::{Clause, Model, Part};
use crate::domain::Language;
use crate::syntax::SourceFile;
use crate::text::{TextEdit, TextRange};

/// What one re-extraction leaves for the next keystroke: the edited
/// section read on its own, how far the edits were from changing the
/// language detected for the file and for the edited document, and the
/// line read. Typing on in the same section then reads the section once
/// per keystroke, not twice (the window's tree re-parsed incrementally),
/// detects no language again, and reads the line's citations once.
#[derive(Clone, Debug, Default)]
pub struct Carry {
    window: Option<std::sync::Arc<Window>>,
    file_language: Option<Detected>,
    /// The document's index and how its language was decided.
    document_language: Option<(usize, DocumentLanguage)>,
    /// The line whose citations were read alone (in the text of its
    /// version) and put in the model as read.
    line: Option<TextRange>,
}

impl Carry {
    /// Where the carried section window lies in the text of its version.
    pub fn window_range(&self) -> Option<TextRange> {
        self.window.as_ref().map(|w| w.range)
    }
}

/// A section's window of the text (from a few lines before its heading to
/// a few past the next), parsed and extracted on its own.
#[derive(Clone, Debug)]
struct Window {
    /// Where it lies in the text of its version.
    range: TextRange,
    /// The language it was read in (its document's).
    language: Language,
    file: SourceFile,
    structure: Model,
}

/// What an edit touched, for the checks to redo (`analysis::recheck`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Touched {
    /// The edit, as one replacement of the old text.
    pub shift: Shift,
    /// The edited line in the new text, without its line break.
    pub line: TextRange,
    pub document: usize,
    pub section: usize,
    /// The internal references on the line are not what they were: checks
    /// that read every reference of the document (relettering fixes) must
    /// run again.
    pub references_changed: bool,
}

/// The next version's model, from the previous version's (`old`, of
/// `old_text`) and one replacement (`shift`) that gave `new_text`, with
/// what the re-extraction that made `old` left (`carry`, empty when `old`
/// was extracted whole). `Err` when the edit may have changed more than
/// its line.
///
/// The earlier model is taken by value, so that a model nobody else holds
/// is moved in place rather than copied; it is given back (`Err`) when the
/// edit is beyond a one-line update.
pub fn reextract(
    old: std::sync::Arc<Model>,
    old_text: &str,
    new_text: &str,
    shift: Shift,
    stated: Option<Language>,
    carry: Carry,
) -> Result<(Model, Touched, Carry), std::sync::Arc<Model>> {
    let Some(plan) = plan(&old, old_text, new_text, shift, stated, carry) else {
        return Err(old);
    };
    let Plan {
        old_line,
        line,
        di,
        si,
        new_on_line,
        carry,
    } = plan;
    let mut model = std::sync::Arc::try_unwrap(old).unwrap_or_else(|shared| (*shared).clone());
    // The line's citations, in text order: replaced where they are (the
    // rest of a long list is not moved out and back in).
    let first = model
        .citations
        .partition_point(|c| c.range.start < old_line.start);
    let on_old_line = model.citations[first..]
        .iter()
        .take_while(|c| on_line(c.range, old_line))
        .count();
    let old_refs: Vec<_> = model
        .references
        .iter()
        .filter(|r| on_line(r.range, old_line))
        .cloned()
        .collect();
    model.references.retain(|r| !on_line(r.range, old_line));
    model.shift(&shift);
    model
        .citations
        .splice(first..first + on_old_line, new_on_line);
    let lines: Vec<TextRange> = model.documents[di].sections[si]
        .items
        .iter()
        .flat_map(Clause::walk)
        .flat_map(|c| c.lines.iter().copied())
        .filter(|l| on_line(*l, line))
        .collect();
    let new_refs = references_in_lines(&model, new_text, di, &lines);
    let mut moved_old_refs = old_refs;
    moved_old_refs.shift(&shift);
    let references_changed = moved_old_refs != new_refs;
    model.references.extend(new_refs);
    model.references.sort_by_key(|r| (r.range, r.label_range));
    Ok((
        model,
        Touched {
            shift,
            line,
            document: di,
            section: si,
            references_changed,
        },
        carry,
    ))
}

/// Where the line holding byte `at` (a character boundary) starts.
fn start_of_line(text: &str, at: usize) -> usize {
    text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

fn on_line(r: TextRange, line: TextRange) -> bool {
    r.start >= line.start && r.end <= line.end
}

/// Why the whole file is extracted again, for the debug log.
fn skip<T>(why: &str) -> Option<T> {
    tracing::trace!("edit not reused: {why}");
    None
}

/// What [`reextract`] found it may do: the edited line before and after,
/// its document and section, and the line's citations in the new text.
struct Plan {
    old_line: TextRange,
    line: TextRange,
    di: usize,
    si: usize,
    new_on_line: Vec<Citation>,
    /// For the next keystroke.
    carry: Carry,
}

fn plan(
    old: &Model,
    old_text: &str,
    new_text: &str,
    shift: Shift,
    stated: Option<Language>,
    carry: Carry,
) -> Option<Plan> {
    let Shift {
        start,
        old_end,
        delta,
    } = shift;
    let new_end = old_end.checked_add_signed(delta)?;
    if start > old_end
        || old_end > old_text.len()
        || new_end > new_text.len()
        || new_text.len() as isize - old_text.len() as isize != delta
    {
        return skip("the edit does not fit the text");
    }
    if !old.proposals.is_empty()
        || old.addressed.is_some()
        || !old.tracked_changes.is_empty()
        || !old.syntax_errors.is_empty()
    {
        return skip("the file has proposals, tracked changes or text the grammar could not read");
    }
    let old_changed = old_text.get(start..old_end)?;
    let new_changed = new_text.get(start..new_end)?;
    if [old_changed, new_changed]
        .iter()
        .any(|s| s.contains(['\n', '\r']))
    {
        return skip("the edit adds or removes a line break");
    }
    let is_break = |c: char| c == '\n' || c == '\r';
    let line_start = old_text[..start].rfind(is_break).map_or(0, |i| i + 1);
    let old_line_end = old_text[old_end..]
        .find(is_break)
        .map_or(old_text.len(), |i| old_end + i);
    let old_line = TextRange::new(line_start, old_line_end);
    // Text typed at the start of the line is on it.
    let line = shift.range_keeping_start(old_line);
    // Suppression and language markers are read from the whole text: a
    // line that has (or had) one is beyond a one-line update.
    for l in [
        crate::text::slice(old_text, old_line),
        crate::text::slice(new_text, line),
    ] {
        if l.to_ascii_lowercase().contains("rls-") {
            return skip("the line has an [rls-…] marker");
        }
    }

    // The clause line the edit is in, after its label.
    let (di, doc) = old
        .documents
        .iter()
        .enumerate()
        .find(|(_, d)| d.range.contains_range(old_line))?;
    let (si, section) = doc
        .sections
        .iter()
        .enumerate()
        .find(|(_, s)| s.range.contains_range(old_line))?;
    let clause = section
        .items
        .iter()
        .flat_map(Clause::walk)
        .find(|c| c.lines.iter().any(|l| l.start <= start && old_end <= l.end))?;
    if clause.label.as_ref().is_some_and(|l| l.range.end >= start) {
        return skip("the edit touches a label");
    }

    // The section on its own, with the start of the next one (whose
    // heading is read in the light of this section's last clause).
    // It starts a few lines into the section before (the first section: at
    // the document's preface), so that the section's heading is read as
    // the whole file reads it, in the light of the clause before it; and
    // the window must see the section as the whole file does.
    let window_start = match si.checked_sub(1) {
        Some(prev) => {
            let prev_start = start_of_line(old_text, doc.sections[prev].range.start);
            let mut at = start_of_line(old_text, section.range.start);
            for _ in 0..4 {
                let before = &old_text[..at];
                let without_break = before
                    .strip_suffix("\r\n")
                    .or_else(|| before.strip_suffix(['\n', '\r']))
                    .unwrap_or(before);
                at = start_of_line(old_text, without_break.len());
            }
            at.max(prev_start)
        }
        None => old_text[..doc.range.start.min(section.range.start)]
            .rfind(is_break)
            .map_or(0, |i| i + 1),
    };
    // (A document's last section: the lines after the document, which an
    // edit may join to its last clause.)
    let mut window_end = match doc.sections.get(si + 1) {
        Some(next) => next.range.start,
        None => doc.range.end,
    };
    for _ in 0..3 {
        match old_text[window_end..].find(is_break) {
            Some(i) => window_end += i + 1,
            None => window_end = old_text.len(),
        }
    }
    window_end = old_text[window_end.min(old_text.len())..]
        .find(is_break)
        .map_or(old_text.len(), |i| window_end + i);
    if window_start > line_start || window_end < old_line_end {
        return skip("the window does not hold the line");
    }
    let old_window = TextRange::new(window_start, window_end);
    let new_window = shift.range(old_window);
    let local = Shift {
        start: start - window_start,
        old_end: old_end - window_start,
        delta,
    };
    // The structure only: the line's citations are read below, and
    // references need the whole document's headings. The window is read
    // in its document's language, as the whole file read the section. The
    // last keystroke's window, when it is this one, is the old reading;
    // the new one re-parses its tree incrementally.
    let language = doc.language;
    // Read from inside the document's body when the window starts in the
    // section before, as the whole file read on from there (a heading
    // glued to a clause is only looked for in a body). Checked below,
    // like everything the window reads.
    let reading_start = match si {
        0 => Start::Top,
        _ => Start::InBody {
            operative: doc.sections[..si].iter().any(|s| s.part == Part::Operative),
        },
    };
    let (old_window_file, mut before) = match carry.window {
        Some(w)
            if w.range == old_window
                && w.language == language
                && w.file.text() == crate::text::slice(old_text, old_window) =>
        {
            let Window {
                file, structure, ..
            } = std::sync::Arc::unwrap_or_clone(w);
            (file, structure)
        }
        _ => {
            let file = SourceFile::parse(crate::text::slice(old_text, old_window));
            let structure = super::extract::structure(&file, Some(language), reading_start);
            (file, structure)
        }
    };
    let new_window_file = old_window_file.edit(&[TextEdit {
        range: TextRange::new(local.start, local.old_end),
        new_text: new_changed.to_string(),
    }]);
    // The whole file is not parsed again: the window's tree says whether
    // the edit made text the grammar cannot read.
    if new_window_file.root().has_error() {
        return skip("the edit makes text the grammar cannot read");
    }
    let after = super::extract::structure(&new_window_file, Some(language), reading_start);
    let to_window = Shift::translate(-(window_start as isize));
    let mut seen = section.clone();
    seen.shift(&to_window);
    if !before
        .documents
        .iter()
        .flat_map(|d| &d.sections)
        .any(|s| *s == seen)
    {
        return skip("the window reads the section otherwise than the whole file");
    }
    before.shift(&local);
    if before != after {
        return skip("the edit changes the section's structure");
    }
    let (proposals, addressed) = super::proposals::extract(new_window_file.text(), &after);
    if !proposals.is_empty() || addressed.is_some() {
        return skip("the edit makes a proposal");
    }
    // The line's citations, read from the line alone, must be what the
    // whole file read there (no citation reaches over the line's ends, none
    // is alone on its line as an identity would be).
    let read_line = |text: &str, line: TextRange| -> Option<Vec<Citation>> {
        let to_file = Shift::translate(line.start as isize);
        citations::extract(crate::text::slice(text, line), old.language)
            .into_iter()
            .map(|mut c| {
                c.shift(&to_file);
                c.compact();
                citations::own_line(text, &c).is_none().then_some(c)
            })
            .collect()
    };
    // When the last keystroke was on this line, the model holds what it
    // read there alone: that reading needs no second look.
    if carry.line != Some(old_line) {
        let full_on_line: Vec<Citation> = old
            .citations
            .iter()
            .filter(|c| c.range.intersects(old_line) || c.range.start == old_line.start)
            .cloned()
            .collect();
        if read_line(old_text, old_line)? != full_on_line {
            return skip("the line's citations reach beyond it or read otherwise alone");
        }
    }
    let new_on_line = read_line(new_text, line)?;

    // The whole file's language and its document's, where the edit can
    // change them: how far the last keystroke's edit left each from
    // another answer says, else they are decided again.
    let changed = old_changed.chars().count() + new_changed.chars().count();
    let mut file_language = carry.file_language;
    let mut document_language = carry.document_language.filter(|(d, _)| *d == di);
    if stated.is_none() {
        file_language = match file_language {
            Some(d) if d.survives(start, changed) => Some(d.after(changed)),
            _ if detection_sees(old_text, start) => {
                let detected = detect_with_slack(new_text);
                if detected.language != old.language {
                    return skip("the edit changes the file's language");
                }
                Some(detected)
            }
            // Past what detection reads: the answer, and its slack, stand.
            carried => carried,
        };
        let at = start - doc.range.start;
        let new_doc = shift.range(doc.range);
        let enough_letters =
            |text: &str, range: TextRange| long_enough_to_detect(crate::text::slice(text, range));
        document_language = match document_language {
            Some((_, DocumentLanguage::Marker(l))) => Some((di, DocumentLanguage::Marker(l))),
            Some((_, DocumentLanguage::Detected(d)))
                if d.survives(at, changed) && enough_letters(new_text, new_doc) =>
            {
                Some((di, DocumentLanguage::Detected(d.after(changed))))
            }
            carried
                if detection_sees(crate::text::slice(old_text, doc.range), at)
                    || !enough_letters(old_text, doc.range)
                    || !enough_letters(new_text, new_doc)
                    || carried.is_some_and(|(_, l)| matches!(l, DocumentLanguage::TooShort(_))) =>
            {
                let decided = document_language_with_slack(new_text, new_doc, old.language);
                if decided.language() != doc.language {
                    return skip("the edit changes the document's language");
                }
                Some((di, decided))
            }
            carried => carried,
        };
    }
    if kind_markers_may_change(old_text, new_text, start, old_end, new_end)
        && kind_markers(old_text) != kind_markers(new_text)
    {
        return skip("the edit changes what kind of file this is");
    }

    Some(Plan {
        old_line,
        line,
        di,
        si,
        new_on_line,
        carry: Carry {
            window: Some(std::sync::Arc::new(Window {
                range: new_window,
                language,
                file: new_window_file,
                structure: after,
            })),
            file_language,
            document_language,
            line: Some(line),
        },
    })
}
