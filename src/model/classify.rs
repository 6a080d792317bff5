//! What a file is (resolution, letter, report) and what each document in it
//! is (body or excerpt). Excerpts are never held to sequence rules.

use super::{ConferenceLine, Document, DocumentKind, FileKind, Line, Part, Section};

/// A top-level line or section, in file order.
#[derive(Debug)]
pub(super) enum Top {
    Identity(Line),
    Conference(ConferenceLine),
    History(Line),
    Annex(Line),
    Section(Section),
    /// An unlabelled line outside any section.
    Paragraph(Line),
    /// A labelled line outside any section (annex agendas, letter lists).
    Clause,
}

const LETTER_MARKERS: &[&str] = &[
    "致：",
    "事由：",
    "尊敬的",
    "顺致敬意",
    "文号：",
    "联系人：",
    "Dear ",
    "Subject:",
    "Our ref",
    "Yours faithfully",
    "Contact:",
];
const REPORT_MARKERS: &[&str] = &[
    "引言",
    "结论",
    "表1",
    "表2",
    "摘要",
    "Introduction",
    "Conclusion",
    "Executive summary",
    "Table 1",
    "Table 2",
];

/// Classifies the file from the markers of its genre; without any, a file
/// with sections is a resolution (a new draft may not have its conference
/// line yet) and one without is other text.
pub(super) fn classify_file(text: &str, tops: &[Top]) -> FileKind {
    let (letter, report) = kind_markers(text);
    let has_sections = tops.iter().any(|t| matches!(t, Top::Section(_)));
    if letter >= 2 {
        FileKind::Letter
    } else if report >= 2 {
        FileKind::Report
    } else if has_sections
        || tops
            .iter()
            .any(|t| matches!(t, Top::Conference(_) | Top::Identity(_)))
    {
        FileKind::Resolution
    } else {
        FileKind::Other
    }
}

/// How many letter and report markers the head of the file has: all that
/// [`classify_file`] reads of the text.
pub(super) fn kind_markers(text: &str) -> (usize, usize) {
    let head = text
        .get(..crate::text::floor_char_boundary(text, KIND_HEAD))
        .unwrap_or(text);
    let count = |markers: &[&str]| markers.iter().filter(|m| head.contains(*m)).count();
    (count(LETTER_MARKERS), count(REPORT_MARKERS))
}

/// The bytes of the file's head that [`kind_markers`] reads.
pub(super) const KIND_HEAD: usize = 60_000;

/// Whether replacing `old_text[start..old_end]` by what is now
/// `new_text[start..new_end]` may change what [`kind_markers`] says:
/// only when a marker is written across or next to the edit, or the edit
/// moves text across the end of the head. Looks at the edit's
/// surroundings only, not at the whole head.
pub(super) fn kind_markers_may_change(
    old_text: &str,
    new_text: &str,
    start: usize,
    old_end: usize,
    new_end: usize,
) -> bool {
    if start >= KIND_HEAD {
        return false;
    }
    let reach = LETTER_MARKERS
        .iter()
        .chain(REPORT_MARKERS)
        .map(|m| m.len())
        .max()
        .unwrap_or(0);
    // Text that moves across the head's end may take a marker in or out.
    if old_end - start != new_end - start && old_text.len().max(new_text.len()) + reach > KIND_HEAD
    {
        return true;
    }
    // Every marker written across the edit lies in these bytes (4 more for
    // a character the end cuts).
    fn around(text: &str, start: usize, end: usize, reach: usize) -> &str {
        let from = crate::text::floor_char_boundary(text, start.saturating_sub(reach));
        let to = crate::text::floor_char_boundary(text, end + reach + 4);
        &text[from..to]
    }
    let before = around(old_text, start, old_end, reach);
    let after = around(new_text, start, new_end, reach);
    LETTER_MARKERS
        .iter()
        .chain(REPORT_MARKERS)
        .any(|m| before.contains(m) || after.contains(m))
}

/// A document with a conference line is a body; in a letter or report a
/// document without one is an excerpt; in a resolution file it is a body
/// still being drafted.
pub(super) fn document_kind(doc: &Document, file: FileKind) -> DocumentKind {
    let is_body =
        doc.conference.is_some() || matches!(file, FileKind::Resolution | FileKind::Other);
    if !is_body {
        return DocumentKind::Excerpt;
    }
    let identity = doc
        .identity
        .as_ref()
        .map(|l| super::headings::fold(&l.text))
        .unwrap_or_default();
    let has = |words: &[&str]| words.iter().any(|w| identity.contains(w));
    // Folded (lower case, no accents): RESOLUCIÓN → resolucion.
    if has(&[
        "决议",
        "resolution",
        "resolucion",
        "резолюция",
        "القرار",
        "قرار",
    ]) {
        return DocumentKind::Resolution;
    }
    if has(&["决定", "decision", "решение", "المقرر", "مقرر"]) {
        return DocumentKind::Decision;
    }
    if has(&[
        "建议",
        "意见",
        "recommendation",
        "recommandation",
        "recomendacion",
        "рекомендация",
        "التوصية",
        "opinion",
        "avis",
        "мнение",
    ]) {
        return DocumentKind::Recommendation;
    }
    let decides = doc
        .sections
        .iter()
        .find(|s| s.part == Part::Operative)
        .is_some_and(|s| {
            // French `décide` and Arabic `يقرر` also render "resolves": only
            // the words that mean "decides" alone count.
            let k = super::headings::fold(&s.heading.keyword);
            ["做出决定", "decides", "постановляет"].contains(&k.as_str())
        });
    if decides {
        DocumentKind::Decision
    } else {
        DocumentKind::Resolution
    }
}

/// A title is a short line that does not end like a sentence or a clause.
pub(super) fn is_title_candidate(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars().count() <= 200
        && !t.ends_with(['。', '.', '；', ';', '，', ',', '：', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `old` with `new` written over `start..end`, and whether that may
    /// change the markers.
    fn may_change(old: &str, start: usize, end: usize, new: &str) -> bool {
        let mut edited = old.to_string();
        edited.replace_range(start..end, new);
        let changed = kind_markers(old) != kind_markers(&edited);
        let may = kind_markers_may_change(old, &edited, start, end, start + new.len());
        // Never "no" when it does change.
        assert!(may || !changed, "{old:?} -> {edited:?}");
        may
    }

    #[test]
    fn only_an_edit_near_a_marker_or_across_the_head_end_may_change_the_kind() {
        let letter = "Subject: the draft\nsome text here\nDear Sir,\nconsidering\na) that x;\n";
        // Typing in the clause, far from the markers.
        let at = letter.find("that").unwrap();
        assert!(!may_change(letter, at, at, "y"));
        // Breaking a marker, or writing one.
        let dear = letter.find("Dear ").unwrap();
        assert!(may_change(letter, dear + 2, dear + 3, "x"));
        let text = letter.find("some").unwrap();
        assert!(may_change(letter, text, text + 4, "Our ref"));
        // A marker written next to the edit counts too.
        assert!(may_change(letter, dear, dear, "x"));
        // Text that moves across the end of the head.
        let long = format!("{}{}", "a) that x;\n".repeat(KIND_HEAD / 11), "Table 1\n");
        assert!(may_change(&long, 10, 10, "yy"));
        assert!(!may_change(&long, 10, 11, "y"));
    }
}
