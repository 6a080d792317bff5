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
