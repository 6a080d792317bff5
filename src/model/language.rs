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

/// The characters [`detect`] counts, and the bytes whose words it scores:
/// an edit after both leaves its answer as it was.
pub const DETECT_CHARS: usize = 200_000;
pub const DETECT_HEAD: usize = 20_000;

/// Whether an edit at byte `at` of `text` can change what [`detect`] says
/// of it.
pub fn detection_sees(text: &str, at: usize) -> bool {
    // A character is 4 bytes at most: past this many bytes, more than
    // DETECT_CHARS characters come before. (`count` is word-at-a-time: a
    // few microseconds for 100 KB.)
    at < DETECT_HEAD + 4
        || (at <= 4 * (DETECT_CHARS + 1)
            && text
                .get(..at)
                .is_none_or(|t| t.chars().count() < DETECT_CHARS + 1))
}

/// What [`detect`] said of a text, and how far it was from saying
/// otherwise: an edit that inserts and removes `slack` characters or fewer
/// in all, outside the first [`DETECT_HEAD`] bytes when `by_head`, leaves
/// the answer as it was. Lets a keystroke skip detecting again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Detected {
    pub language: Language,
    pub slack: usize,
    /// The words of the text's head chose among the Latin-script
    /// languages: an edit there may change the answer whatever the slack.
    pub by_head: bool,
}

impl Detected {
    /// Whether an edit at byte `at` inserting and removing `changed`
    /// characters in all certainly leaves the answer as it was.
    pub fn survives(&self, at: usize, changed: usize) -> bool {
        changed <= self.slack && !(self.by_head && at < DETECT_HEAD + 4)
    }

    /// The same answer after such an edit, with the slack it used up.
    pub fn after(self, changed: usize) -> Detected {
        Detected {
            slack: self.slack - changed,
            ..self
        }
    }
}

/// Decides the language of `text` from its letters and structure words.
pub fn detect(text: &str) -> Language {
    detect_with_slack(text).language
}

/// [`detect`], with how far its answer was from another.
pub fn detect_with_slack(text: &str) -> Detected {
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
    // One character inserted or removed changes one count, and moves one
    // more across the end of what is counted: a score by 3 at most for
    // each, so the gap between two scores by 6.
    let slack = |gap: usize| gap.saturating_sub(1) / 6;
    if best.0 > latin {
        let runner_up = scores
            .iter()
            .filter(|(_, l)| *l != best.1)
            .map(|(n, _)| *n)
            .chain([latin])
            .max()
            .unwrap_or(0);
        return Detected {
            language: best.1,
            slack: slack(best.0 - runner_up),
            by_head: false,
        };
    }
    Detected {
        language: latin_language(text),
        slack: slack(latin - best.0 + 1),
        by_head: true,
    }
}

/// The structure words of the three Latin-script languages, each once, in
/// one automaton, with the lists (English, French, Spanish) that hold it:
/// the head is folded and scanned once, not once per word.
static LATIN_WORDS: LazyLock<(aho_corasick::AhoCorasick, Vec<[bool; 3]>)> = LazyLock::new(|| {
    let mut words: Vec<&str> = Vec::new();
    let mut lists: Vec<[bool; 3]> = Vec::new();
    for (i, list) in [ENGLISH, FRENCH, SPANISH].into_iter().enumerate() {
        for word in list {
            let at = words.iter().position(|w| w == word).unwrap_or_else(|| {
                words.push(word);
                lists.push([false; 3]);
                words.len() - 1
            });
            lists[at][i] = true;
        }
    }
    let automaton = aho_corasick::AhoCorasick::new(&words).expect("the structure words build");
    (automaton, lists)
});

/// Which Latin-script language the structure words of the text's head say.
fn latin_language(text: &str) -> Language {
    let head = text
        .get(..crate::text::floor_char_boundary(text, DETECT_HEAD))
        .unwrap_or(text);
    let (en, fr, es) = latin_scores(head);
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

/// How many structure words of English, French and Spanish `head` holds.
fn latin_scores(head: &str) -> (usize, usize, usize) {
    let folded = format!(" {} ", super::headings::fold(head));
    // Each word's occurrences counted as `str::matches` counts them (left
    // to right, not overlapping), at most 20 a word.
    let (automaton, lists) = &*LATIN_WORDS;
    let mut counts = vec![0usize; lists.len()];
    let mut ends = vec![0usize; lists.len()];
    for m in automaton.find_overlapping_iter(&folded) {
        let p = m.pattern().as_usize();
        if m.start() >= ends[p] {
            counts[p] += 1;
            ends[p] = m.end();
        }
    }
    let score = |list: usize| -> usize {
        counts
            .iter()
            .zip(lists)
            .filter(|(_, l)| l[list])
            .map(|(n, _)| (*n).min(20))
            .sum()
    };
    (score(0), score(1), score(2))
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
    document_language_with_slack(text, range, file).language()
}

/// How a document's language was decided, so that an edit can tell
/// whether it may change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentLanguage {
    /// Its own marker, or the file's before it: only an edit to a line
    /// that has (or gets) one changes it.
    Marker(Language),
    /// Too few letters to tell: the file's.
    TooShort(Language),
    Detected(Detected),
}

impl DocumentLanguage {
    pub fn language(self) -> Language {
        match self {
            DocumentLanguage::Marker(l) | DocumentLanguage::TooShort(l) => l,
            DocumentLanguage::Detected(d) => d.language,
        }
    }
}

/// Whether a document has letters enough (12) for its language to be
/// detected on its own; a shorter one takes the file's.
pub fn long_enough_to_detect(document: &str) -> bool {
    document
        .chars()
        .filter(|c| c.is_alphabetic())
        .nth(11)
        .is_some()
}

/// [`document_language`], with how it was decided.
pub fn document_language_with_slack(
    text: &str,
    range: TextRange,
    file: Language,
) -> DocumentLanguage {
    let own = slice(text, range);
    if let Some((_, l)) = markers(own).first() {
        return DocumentLanguage::Marker(*l);
    }
    if let Some((r, l)) = markers(text).first() {
        if r.start <= range.start {
            return DocumentLanguage::Marker(*l);
        }
    }
    if !long_enough_to_detect(own) {
        return DocumentLanguage::TooShort(file);
    }
    DocumentLanguage::Detected(detect_with_slack(own))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word scores as they were counted before the automaton: every
    /// word searched for on its own.
    fn latin_scores_word_by_word(head: &str) -> (usize, usize, usize) {
        let folded = format!(" {} ", super::super::headings::fold(head));
        let score = |words: &[&str]| -> usize {
            words
                .iter()
                .map(|w| folded.matches(w).count().min(20))
                .sum()
        };
        (score(ENGLISH), score(FRENCH), score(SPANISH))
    }

    #[test]
    fn one_scan_scores_the_words_as_searching_each_did() {
        let mut texts: Vec<String> = vec![
            "the the the  of of the and and that that".into(),
            "considérant que la Conférence, reconnaissant, notant".into(),
            "considerando que la Conferencia, reconociendo, resuelve".into(),
        ];
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    out.push(text);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        walk(&root.join("tests/fixtures"), &mut texts);
        walk(&root.join("examples"), &mut texts);
        walk(&root.join("../shared/corpus/pp18-en/txt"), &mut texts);
        assert!(texts.len() > 50, "{} texts", texts.len());
        for text in &texts {
            let head = text
                .get(..crate::text::floor_char_boundary(text, DETECT_HEAD))
                .unwrap_or(text);
            assert_eq!(latin_scores(head), latin_scores_word_by_word(head));
        }
    }

    /// The worst edit within the slack: `n` of the answer's letters
    /// removed and rival letters typed, where the answer can change.
    fn worst_edit(text: &str, d: Detected, rival: char) -> String {
        let at = if d.by_head {
            crate::text::floor_char_boundary(text, DETECT_HEAD + 4)
        } else {
            0
        };
        let removed = d.slack / 2;
        let (head, tail) = text.split_at(at);
        let mut kept = 0;
        let tail: String = tail
            .chars()
            .filter(|c| {
                let winner = detect(&c.to_string()) == d.language && c.is_alphabetic();
                if winner && kept < removed {
                    kept += 1;
                    return false;
                }
                true
            })
            .collect();
        let typed: String = std::iter::repeat_n(rival, d.slack - removed).collect();
        format!("{head}{typed}{tail}")
    }

    #[test]
    fn an_edit_within_the_slack_keeps_the_answer() {
        let mixed = format!("{}{}", "忆及".repeat(50), "considering that ".repeat(17));
        let english = "considering that the Conference ".repeat(1000);
        let russian = format!("{}{}", "учитывая, что ".repeat(40), "ITU WTDC ".repeat(40));
        for (text, rival) in [
            (mixed.as_str(), 'x'),
            (english.as_str(), '忆'),
            (russian.as_str(), 'q'),
        ] {
            let d = detect_with_slack(text);
            assert!(d.slack > 0, "{d:?}");
            let edited = worst_edit(text, d, rival);
            assert_eq!(detect(&edited), d.language, "{d:?}");
            assert!(d.survives(if d.by_head { DETECT_HEAD + 4 } else { 0 }, d.slack));
            assert!(!d.survives(0, d.slack + 1));
        }
        // The slack follows the gap: 100 ideographs (300) against 255 Latin
        // letters leave 45, 7 characters' worth at 6 a character; seven
        // times that many Latin letters typed change the answer.
        let d = detect_with_slack(&mixed);
        assert_eq!(
            (d.language, d.slack, d.by_head),
            (Language::Chinese, 7, false)
        );
        let flipped = format!("{}{mixed}", "x".repeat(7 * 7));
        assert_eq!(detect(&flipped), Language::English);
    }

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
