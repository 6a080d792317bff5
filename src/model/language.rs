//! The language of a file and of each document in it.
//!
//! A document states its language with an in-text marker, written like the
//! suppression markers so that it survives a Word export:
//! `[rls-language fr]` (codes `ar` `en` `es` `fr` `ru` `zh`). A marker
//! applies to the document it is written in, or to the whole file when it
//! stands before every document. Without a marker, the language is decided
//! from the document's letters and, for Latin-script texts, from its
//! structure words, accents or not (`considerant`, `resolucion`), so a short
//! fragment or a text whose accents a bad export stripped is still read
//! right.

use std::sync::LazyLock;

use regex::Regex;

use crate::domain::Language;
use crate::text::{slice, TextRange};

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\[[ \t]*rls-language[ \t]*[:=]?[ \t]*(ar|en|es|fr|ru|zh)[ \t]*\]")
        .expect("valid regex")
});

/// Every `[rls-language xx]` marker: its range and language.
pub fn markers(text: &str) -> Vec<(TextRange, Language)> {
    MARKER
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            Some((
                TextRange::new(m.start(), m.end()),
                Language::from_code(&c[1])?,
            ))
        })
        .collect()
}

/// Structure words of the Latin-script languages, folded (no accents, lower
/// case): headings, identity words, conference words.
const FRENCH: &[&str] = &[
    "considerant",
    "rappelant",
    "reconnaissant",
    "notant",
    "decide",
    "charge",
    "resolution",
    "conference",
    "plenipotentiaires",
    "union internationale",
    "la presente",
    "tenant compte",
    "conseil",
    "secretaire general",
    " les ",
    " des ",
    " du ",
    " et ",
    " une ",
];
const SPANISH: &[&str] = &[
    "considerando",
    "recordando",
    "reconociendo",
    "observando",
    "resuelve",
    "encarga",
    "resolucion",
    "conferencia",
    "plenipotenciarios",
    "union internacional",
    "la presente",
    "teniendo en cuenta",
    "consejo",
    "secretario general",
    " los ",
    " las ",
    " del ",
    " y ",
    " una ",
];
const ENGLISH: &[&str] = &[
    "considering",
    "recalling",
    "recognizing",
    "noting",
    "resolves",
    "instructs",
    "resolution",
    "conference",
    "plenipotentiary",
    "international telecommunication union",
    "this conference",
    "taking into account",
    "council",
    "secretary-general",
    " the ",
    " of ",
    " and ",
    " that ",
];

/// Decides the language of `text` from its letters and structure words.
/// The characters [`detect`] counts, and the bytes whose words it scores:
/// an edit after both leaves its answer as it was.
pub const DETECT_CHARS: usize = 200_000;
pub const DETECT_HEAD: usize = 20_000;

/// Whether an edit at byte `at` of `text` can change what [`detect`] says
/// of it.
pub fn detection_sees(text: &str, at: usize) -> bool {
    at < DETECT_HEAD + 4
        || text
            .get(..at)
            .is_none_or(|t| t.chars().count() < DETECT_CHARS + 1)
}

pub fn detect(text: &str) -> Language {
    let (mut cjk, mut latin, mut cyrillic, mut arabic) = (0usize, 0usize, 0usize, 0usize);
    for ch in text.chars().take(DETECT_CHARS) {
        match ch as u32 {
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => cjk += 1,
            0x0400..=0x04FF => cyrillic += 1,
            0x0600..=0x06FF => arabic += 1,
            _ if ch.is_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let scores = [
        (cjk * 3, Language::Chinese),
        (cyrillic, Language::Russian),
        (arabic, Language::Arabic),
    ];
    let best = scores
        .iter()
        .max_by_key(|(n, _)| *n)
        .copied()
        .unwrap_or((0, Language::English));
    if best.0 > latin {
        return best.1;
    }
    let head = text
        .get(..crate::text::floor_char_boundary(text, DETECT_HEAD))
        .unwrap_or(text);
    let folded = format!(" {} ", super::headings::fold(head));
    let score = |words: &[&str]| -> usize {
        words
            .iter()
            .map(|w| folded.matches(w).count().min(20))
            .sum()
    };
    let (en, fr, es) = (score(ENGLISH), score(FRENCH), score(SPANISH));
    // Accented letters that only one language uses settle short fragments.
    let fr_letters = head.chars().filter(|c| "éèêàçù".contains(*c)).count();
    let es_letters = head.chars().filter(|c| "ñáíóú¿¡".contains(*c)).count();
    let fr = fr + fr_letters.min(10);
    let es = es + es_letters.min(10);
    if fr > en && fr > es {
        Language::French
    } else if es > en && es >= fr {
        Language::Spanish
    } else {
        Language::English
    }
}

/// The file's language: a marker before every document, else detection.
pub fn file_language(text: &str) -> Language {
    markers(text)
        .first()
        .map(|(_, l)| *l)
        .unwrap_or_else(|| detect(text))
}

/// A document's language: its own marker, else detection on its own text
/// (falling back to the file's language when the document is too short to
/// tell).
pub fn document_language(text: &str, range: TextRange, file: Language) -> Language {
    let own = slice(text, range);
    if let Some((_, l)) = markers(own).first() {
        return *l;
    }
    if let Some((r, l)) = markers(text).first() {
        if r.start <= range.start {
            return *l;
        }
    }
    let letters = own.chars().filter(|c| c.is_alphabetic()).take(12).count();
    if letters < 12 {
        return file;
    }
    detect(own)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_fragments_and_stripped_accents() {
        assert_eq!(
            detect("considerant\na) que la Conference"),
            Language::French
        );
        assert_eq!(
            detect("considerando\na) que la Conferencia"),
            Language::Spanish
        );
        assert_eq!(
            detect("considering\na) that the Conference"),
            Language::English
        );
        assert_eq!(detect("учитывая,\na) что"), Language::Russian);
        assert_eq!(detect("إذ يضع في اعتباره"), Language::Arabic);
        assert_eq!(detect("考虑到"), Language::Chinese);
        assert_eq!(
            detect("RESOLUCION 71 (REV. DUBAI, 2018)\nresuelve"),
            Language::Spanish
        );
    }

    #[test]
    fn marker_wins() {
        assert_eq!(
            file_language("[rls-language fr]\nconsidering"),
            Language::French
        );
    }

    #[test]
    fn detects_chinese_even_with_latin_acronyms() {
        assert_eq!(
            detect("有关WTDC第23号决议（2022年，基加利，修订版）的ITU-T D.50建议书"),
            Language::Chinese
        );
        assert_eq!(
            detect("recalling\na) Resolution 101 (Rev. Dubai, 2018);"),
            Language::English
        );
    }
}
