//! Completion: section headings in the document's language at the start
//! of a line, the next label of the section, and citations from the
//! catalogue formatted for the document's language (numbers, bodies,
//! revisions; see [`super::citations::completions`]).

use super::citations;
use super::{Completion, CompletionKind, FileAnalysis};
use crate::catalogue::Catalogue;
use crate::domain::Language;
use crate::model::{self, LabelKind};
use crate::text::TextRange;
use crate::tr;

/// Completions at byte `offset`.
/// Details are written in `messages`, or in the document's language.
pub fn completions(
    file: &FileAnalysis,
    offset: usize,
    catalogue: &Catalogue,
    messages: Option<Language>,
) -> Vec<Completion> {
    // The earlier model is read under its lock rather than shared: while a
    // completion reads it, the diagnostics task making this version's model
    // waits for it and then moves it in place instead of copying it. (Nothing
    // below may ask for `file.model()`, which takes that lock.)
    file.with_earlier(|earlier| completions_from(file, offset, catalogue, messages, earlier))
}

fn completions_from(
    file: &FileAnalysis,
    offset: usize,
    catalogue: &Catalogue,
    messages: Option<Language>,
    earlier: Option<&super::file::Earlier>,
) -> Vec<Completion> {
    let text = file.text();
    let offset = crate::text::floor_char_boundary(text, offset);
    let line_start = crate::text::line_start_before(text, offset);
    let prefix = &text[line_start..offset];
    let view = View::of(file, earlier, offset);
    let (conference, language) = view.context();
    let mut out: Vec<Completion> =
        citations::completions_in(text, offset, conference, language, catalogue);
    // An empty file: a new resolution, in each language (the detected one first).
    if text.trim().is_empty() {
        let first = messages.unwrap_or(language);
        let mut languages = vec![first];
        languages.extend(Language::ALL.into_iter().filter(|l| *l != first));
        for language in languages {
            out.push(Completion {
                label: tr!(first, "completion-new-resolution", code = language.code()),
                insert_text: super::skeleton(language).to_string(),
                detail: Some(tr!(
                    first,
                    "completion-new-resolution-detail",
                    language = language.code()
                )),
                replace: TextRange::new(0, text.len()),
                kind: CompletionKind::Skeleton,
            });
        }
        return out;
    }
    // Headings and labels start a line: nothing but one word typed yet.
    if prefix.contains([' ', '\t', '，', ',', '；', ';', '。', '.']) {
        return out;
    }
    let replace = TextRange::new(line_start, offset);
    let language = view.language();
    let lang = messages.unwrap_or(language);
    let lower = prefix.to_lowercase();
    for keyword in model::headings::KEYWORDS
        .iter()
        .filter(|k| k.language == language && k.text.starts_with(lower.as_str()))
    {
        out.push(Completion {
            label: keyword.text.to_string(),
            insert_text: keyword.text.to_string(),
            detail: Some(tr!(
                lang,
                "completion-heading",
                part = keyword.part.as_str()
            )),
            replace,
            kind: CompletionKind::Heading,
        });
    }
    if let Some(label) = view.next_label(text).filter(|l| l.starts_with(prefix)) {
        // The next label is what a drafter most often wants: first.
        out.insert(
            0,
            Completion {
                label: label.clone(),
                insert_text: format!("{label}\t"),
                detail: Some(tr!(lang, "completion-next-label")),
                replace,
                kind: CompletionKind::Label,
            },
        );
    }
    out
}

/// The model completion reads, without waiting for one of this version:
/// this version's if it has been extracted, else the last analysed
/// version's with the cursor mapped into it. Typing into a large draft
/// then costs a completion what the cursor's section costs, not a whole
/// analysis of the new text.
enum View<'f> {
    Current(&'f model::Model, usize),
    Earlier {
        model: &'f model::Model,
        earlier: &'f super::file::Earlier,
        /// The cursor in the earlier text.
        old: usize,
        /// The cursor in the current text.
        offset: usize,
    },
}

impl<'f> View<'f> {
    fn of(
        file: &'f FileAnalysis,
        earlier: Option<&'f super::file::Earlier>,
        offset: usize,
    ) -> View<'f> {
        match (file.current_model(), earlier) {
            (None, Some(earlier)) => View::Earlier {
                model: &earlier.model,
                earlier,
                old: earlier.to_earlier(offset),
                offset,
            },
            _ => View::Current(file.model(), offset),
        }
    }

    fn model_and_offset(&self) -> (&'f model::Model, usize) {
        match *self {
            View::Current(m, at) => (m, at),
            View::Earlier { model, old, .. } => (model, old),
        }
    }

    /// The conference line and language of the document at the cursor.
    fn context(&self) -> (Option<&'f model::ConferenceLine>, Language) {
        let (model, at) = self.model_and_offset();
        citations::context(model, at)
    }

    /// The language of the document at the cursor, or of the last one
    /// before it.
    fn language(&self) -> Language {
        let (model, at) = self.model_and_offset();
        model
            .document_at(at)
            .or_else(|| model.documents.last().filter(|d| d.range.end <= at))
            .map_or(model.language, |d| d.language)
    }

    /// The label that follows the last labelled clause before the cursor.
    /// From an earlier model, the cursor's section is re-read from the
    /// current text (from its heading to the cursor's line), since what
    /// was typed since is what decides the next label.
    fn next_label(&self, text: &str) -> Option<String> {
        let (model, old, offset, earlier) = match *self {
            View::Current(m, at) => return next_label(m, at),
            View::Earlier {
                model,
                earlier,
                old,
                offset,
            } => (model, old, offset, earlier),
        };
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let heading = model
            .documents
            .iter()
            .rev()
            .find(|d| d.range.start <= old)
            .and_then(|d| d.sections.iter().rev().find(|s| s.range.start <= old))
            .map_or(line_start, |s| earlier.to_current(s.range.start));
        let start = crate::text::floor_char_boundary(text, heading.min(line_start));
        let window = &text[start..line_end];
        let local = model::extract_with_language(
            &crate::syntax::SourceFile::parse(window),
            Some(self.language()),
        );
        next_label(&local, offset - start)
    }
}

/// The label that follows the last labelled clause before `offset` in its
/// section (a sub-item's successor when the last item before the cursor
/// is a sub-item).
fn next_label(model: &model::Model, offset: usize) -> Option<String> {
    let doc = model
        .documents
        .iter()
        .rev()
        .find(|d| d.range.start <= offset)?;
    let section = doc
        .sections
        .iter()
        .rev()
        .find(|s| s.range.start <= offset)?;
    let top = section
        .items
        .iter()
        .rev()
        .find(|c| c.range.start < offset)?;
    let last = top
        .sub_items
        .iter()
        .rev()
        .find(|c| c.range.start < offset)
        .unwrap_or(top)
        .label
        .as_ref()?;
    let value = match last.kind {
        LabelKind::Number => (last.value.parse::<u32>().ok()? + 1).to_string(),
        LabelKind::Letter => {
            let c = last.value.chars().last()?;
            char::from_u32(c as u32 + 1)
                .filter(char::is_ascii_lowercase)?
                .to_string()
        }
        LabelKind::Roman => model::to_roman(model::roman_value(&last.value)? + 1),
        LabelKind::Dash => return Some(last.text.clone()),
    };
    Some(last.text.replacen(&last.value, &value, 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::test_fixture;

    fn labels(fixture: &str, kind: CompletionKind) -> Vec<String> {
        let (text, at) = test_fixture(fixture);
        let file = FileAnalysis::parse(&text);
        completions(&file, at, &Catalogue::builtin(), None)
            .into_iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.label)
            .collect()
    }

    #[test]
    fn headings_in_the_documents_language() {
        let zh = labels("忆及\na)\t第一，\n做$0\n", CompletionKind::Heading);
        assert_eq!(zh, ["做出决议", "做出决定"]);
        let en = labels("recalling\na)\tthat x,\nre$0\n", CompletionKind::Heading);
        assert_eq!(
            en,
            [
                "recalling",
                "recalling further",
                "recalling also",
                "recognizing further",
                "recognizing also",
                "recognizing",
                "reaffirming",
                "resolves",
                "requests",
                "recommends"
            ]
        );
        assert!(labels("recalling\na)\tthat re$0\n", CompletionKind::Heading).is_empty());
    }

    #[test]
    fn the_next_label() {
        assert_eq!(
            labels(
                "考虑到\na)\t第一；\nb)\t第二；\n$0\n",
                CompletionKind::Label
            ),
            ["c)"]
        );
        assert_eq!(
            labels("resolves\n1\tto x;\n2\tto y;\n$0", CompletionKind::Label),
            ["3"]
        );
        assert_eq!(
            labels(
                "认识到\na)\t第一，例如：\ni)\t甲；\nii)\t乙；\n$0\n",
                CompletionKind::Label
            ),
            ["iii)"]
        );
    }

    #[test]
    fn citation_revisions_in_chinese() {
        let got = labels(
            "世界电信发展大会（2022年，基加利），\n忆及\na)\tWTDC第23号决议（$0\n",
            CompletionKind::Citation,
        );
        assert!(got.iter().any(|l| l.contains("基加利")), "{got:?}");
    }

    /// Typing after the model was extracted: completion reads the earlier
    /// model and re-reads the cursor's section, and answers what a fresh
    /// analysis of the new text answers.
    #[test]
    fn while_typing_completion_answers_what_a_fresh_analysis_answers() {
        use crate::text::TextEdit;
        let start = "RESOLUTION 1 (REV. DUBAI, 2018)\n\nThe Plenipotentiary Conference (Dubai, 2018),\n\nconsidering\n\na)\tthat x;\n\nresolves\n\n1\tto y;\n\n";
        let file = FileAnalysis::parse(start);
        file.model();
        // Two keystrokes' worth of edits, none analysed: a new clause 2 and
        // the start of the next line; one edit before the section too.
        let one = file.edit(&[TextEdit {
            range: TextRange::new(start.len(), start.len()),
            new_text: "2\tto z;\n\n".into(),
        }]);
        let two = one.edit(&[TextEdit {
            range: TextRange::new(0, 0),
            new_text: "\n".into(),
        }]);
        assert!(two.current_model().is_none() && two.earlier().is_some());
        let at = two.text().len();
        let fresh = FileAnalysis::parse(two.text());
        let got = completions(&two, at, &Catalogue::builtin(), None);
        let want = completions(&fresh, at, &Catalogue::builtin(), None);
        assert_eq!(got, want);
        assert!(
            got.iter()
                .any(|c| c.kind == CompletionKind::Label && c.label == "3"),
            "{got:?}"
        );
        assert!(
            two.current_model().is_none(),
            "completion extracted the whole model"
        );
    }
}
