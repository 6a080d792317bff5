//! Section heading words, per language (DOMAIN.md §2 and §4).
//!
//! These tables never decide *whether* a line is a heading: the shape and
//! place of a line do that (see `shape.rs`). They say which words a known
//! heading starts with, and whether it opens a preamble or an operative
//! section. A heading that no table knows is classified by its form
//! ([`part_by_form`]) and its position.
//!
//! Matching folds case and, for Latin and Cyrillic, accents (a bad export
//! writes `considerant`, `resolucion`), and ignores Arabic short vowels and
//! tatweel, so `إذ يذكّر` and `إذ يذكر` are the same heading.

use super::Part;
use crate::domain::Language;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingKeyword {
    pub text: &'static str,
    pub part: Part,
    pub language: Language,
}

const fn kw(text: &'static str, part: Part, language: Language) -> HeadingKeyword {
    HeadingKeyword {
        text,
        part,
        language,
    }
}

use Language::{
    Arabic as Ar, Chinese as Zh, English as En, French as Fr, Russian as Ru, Spanish as Es,
};
use Part::{Operative as Op, Preamble as Pre};

pub static KEYWORDS: &[HeadingKeyword] = &[
    // Chinese
    kw("忆及", Pre, Zh),
    kw("回顾", Pre, Zh),
    kw("考虑到", Pre, Zh),
    kw("进一步考虑到", Pre, Zh),
    kw("认识到", Pre, Zh),
    kw("进一步认识到", Pre, Zh),
    kw("注意到", Pre, Zh),
    kw("进一步注意到", Pre, Zh),
    kw("满意地注意到", Pre, Zh),
    kw("意识到", Pre, Zh),
    kw("了解到", Pre, Zh),
    kw("铭记", Pre, Zh),
    kw("强调", Pre, Zh),
    kw("承认", Pre, Zh),
    kw("经审议", Pre, Zh),
    kw("一致欢迎", Pre, Zh),
    kw("欢迎", Pre, Zh),
    kw("重申", Pre, Zh),
    kw("深信", Pre, Zh),
    kw("关切", Pre, Zh),
    kw("做出决议", Op, Zh),
    kw("进一步做出决议", Op, Zh),
    kw("做出决定", Op, Zh),
    kw("决定", Op, Zh),
    kw("进一步责成", Op, Zh),
    kw("进一步请", Op, Zh),
    kw("责成", Op, Zh),
    kw("请", Op, Zh),
    kw("鼓励", Op, Zh),
    kw("呼吁", Op, Zh),
    kw("要求", Op, Zh),
    kw("敦促", Op, Zh),
    kw("建议", Op, Zh),
    // English
    kw("recalling", Pre, En),
    kw("recalling further", Pre, En),
    kw("recalling also", Pre, En),
    kw("considering further", Pre, En),
    kw("considering also", Pre, En),
    kw("considering", Pre, En),
    kw("further considering", Pre, En),
    kw("recognizing further", Pre, En),
    kw("recognizing also", Pre, En),
    kw("further recognizing", Pre, En),
    kw("recognizing", Pre, En),
    kw("noting further", Pre, En),
    kw("noting also", Pre, En),
    kw("further noting", Pre, En),
    kw("noting with satisfaction", Pre, En),
    kw("noting with concern", Pre, En),
    kw("noting", Pre, En),
    kw("aware", Pre, En),
    kw("bearing in mind", Pre, En),
    kw("emphasizing", Pre, En),
    kw("stressing", Pre, En),
    kw("having regard to", Pre, En),
    kw("having examined", Pre, En),
    kw("having considered", Pre, En),
    kw("taking into account", Pre, En),
    kw("taking into consideration", Pre, En),
    kw("acknowledging", Pre, En),
    kw("convinced", Pre, En),
    kw("concerned", Pre, En),
    kw("observing", Pre, En),
    kw("reaffirming", Pre, En),
    kw("mindful", Pre, En),
    kw("welcoming", Pre, En),
    kw("further resolves", Op, En),
    kw("resolves", Op, En),
    kw("decides", Op, En),
    kw("further decides", Op, En),
    kw("further instructs", Op, En),
    kw("instructs", Op, En),
    kw("further invites", Op, En),
    kw("invites", Op, En),
    kw("encourages", Op, En),
    kw("calls upon", Op, En),
    kw("calls on", Op, En),
    kw("requests", Op, En),
    kw("further requests", Op, En),
    kw("urges", Op, En),
    kw("recommends", Op, En),
    kw("approves", Op, En),
    // French
    kw("rappelant", Pre, Fr),
    kw("rappelant en outre", Pre, Fr),
    kw("considérant", Pre, Fr),
    kw("considérant en outre", Pre, Fr),
    kw("considérant également", Pre, Fr),
    kw("reconnaissant", Pre, Fr),
    kw("reconnaissant en outre", Pre, Fr),
    kw("notant", Pre, Fr),
    kw("notant en outre", Pre, Fr),
    kw("notant avec satisfaction", Pre, Fr),
    kw("prenant note", Pre, Fr),
    kw("tenant compte", Pre, Fr),
    kw("ayant à l'esprit", Pre, Fr),
    kw("ayant examiné", Pre, Fr),
    kw("conscient", Pre, Fr),
    kw("consciente", Pre, Fr),
    kw("soulignant", Pre, Fr),
    kw("convaincu", Pre, Fr),
    kw("convaincue", Pre, Fr),
    kw("préoccupé", Pre, Fr),
    kw("préoccupée", Pre, Fr),
    kw("réaffirmant", Pre, Fr),
    kw("se félicitant", Pre, Fr),
    kw("constatant", Pre, Fr),
    kw("décide", Op, Fr),
    kw("décide en outre", Op, Fr),
    kw("charge", Op, Fr),
    kw("charge en outre", Op, Fr),
    kw("invite", Op, Fr),
    kw("invite en outre", Op, Fr),
    kw("encourage", Op, Fr),
    kw("prie", Op, Fr),
    kw("demande", Op, Fr),
    kw("exhorte", Op, Fr),
    kw("recommande", Op, Fr),
    // Spanish
    kw("recordando", Pre, Es),
    kw("considerando", Pre, Es),
    kw("considerando además", Pre, Es),
    kw("reconociendo", Pre, Es),
    kw("reconociendo además", Pre, Es),
    kw("observando", Pre, Es),
    kw("observando además", Pre, Es),
    kw("observando con satisfacción", Pre, Es),
    kw("tomando nota", Pre, Es),
    kw("teniendo en cuenta", Pre, Es),
    kw("teniendo presente", Pre, Es),
    kw("consciente", Pre, Es),
    kw("convencida", Pre, Es),
    kw("convencido", Pre, Es),
    kw("preocupada", Pre, Es),
    kw("destacando", Pre, Es),
    kw("subrayando", Pre, Es),
    kw("reafirmando", Pre, Es),
    kw("habiendo examinado", Pre, Es),
    kw("acogiendo con satisfacción", Pre, Es),
    kw("resuelve", Op, Es),
    kw("resuelve además", Op, Es),
    kw("decide", Op, Es),
    kw("encarga", Op, Es),
    kw("encarga además", Op, Es),
    kw("invita", Op, Es),
    kw("invita además", Op, Es),
    kw("alienta", Op, Es),
    kw("pide", Op, Es),
    kw("solicita", Op, Es),
    kw("insta", Op, Es),
    kw("exhorta", Op, Es),
    kw("recomienda", Op, Es),
    // Russian
    kw("напоминая", Pre, Ru),
    kw("учитывая", Pre, Ru),
    kw("учитывая далее", Pre, Ru),
    kw("учитывая также", Pre, Ru),
    kw("признавая", Pre, Ru),
    kw("признавая далее", Pre, Ru),
    kw("отмечая", Pre, Ru),
    kw("отмечая далее", Pre, Ru),
    kw("отмечая с удовлетворением", Pre, Ru),
    kw("принимая во внимание", Pre, Ru),
    kw("принимая к сведению", Pre, Ru),
    kw("сознавая", Pre, Ru),
    kw("будучи убеждена", Pre, Ru),
    kw("подчеркивая", Pre, Ru),
    kw("имея в виду", Pre, Ru),
    kw("вновь подтверждая", Pre, Ru),
    kw("рассмотрев", Pre, Ru),
    kw("приветствуя", Pre, Ru),
    kw("памятуя", Pre, Ru),
    kw("выражая обеспокоенность", Pre, Ru),
    kw("решает", Op, Ru),
    kw("решает далее", Op, Ru),
    kw("постановляет", Op, Ru),
    kw("поручает", Op, Ru),
    kw("поручает далее", Op, Ru),
    kw("предлагает", Op, Ru),
    kw("предлагает далее", Op, Ru),
    kw("призывает", Op, Ru),
    kw("настоятельно призывает", Op, Ru),
    kw("просит", Op, Ru),
    kw("рекомендует", Op, Ru),
    // Arabic (matched without short vowels; `وإذ` = "and, while …")
    kw("إذ يذكر", Pre, Ar),
    kw("إذ يضع في اعتباره", Pre, Ar),
    kw("إذ يأخذ في الاعتبار", Pre, Ar),
    kw("إذ يعترف", Pre, Ar),
    kw("إذ يدرك", Pre, Ar),
    kw("إذ يلاحظ", Pre, Ar),
    kw("إذ يلاحظ كذلك", Pre, Ar),
    kw("إذ يؤكد", Pre, Ar),
    kw("إذ يرحب", Pre, Ar),
    kw("إذ يشير", Pre, Ar),
    kw("وإذ يضع في اعتباره", Pre, Ar),
    kw("وإذ يعترف", Pre, Ar),
    kw("وإذ يدرك", Pre, Ar),
    kw("وإذ يلاحظ", Pre, Ar),
    kw("وإذ يذكر", Pre, Ar),
    kw("يقرر", Op, Ar),
    kw("يقرر كذلك", Op, Ar),
    kw("يكلف", Op, Ar),
    kw("يدعو", Op, Ar),
    kw("يطلب", Op, Ar),
    kw("يشجع", Op, Ar),
    kw("يحث", Op, Ar),
    kw("يوصي", Op, Ar),
];

/// Folds one character for matching: lower case, Latin accents removed,
/// Arabic hamza forms unified. `None` for characters that are ignored
/// (Arabic short vowels, shadda, tatweel).
pub(crate) fn fold_char(c: char) -> Option<char> {
    // Most of a Latin-script text, and the cheap case.
    if c.is_ascii() {
        return Some(if c == '\t' {
            ' '
        } else {
            c.to_ascii_lowercase()
        });
    }
    let c = match c {
        '\u{064B}'..='\u{0652}' | '\u{0640}' | '\u{0670}' => return None,
        'أ' | 'إ' | 'آ' => 'ا',
        'ى' => 'ي',
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'À' | 'Á' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ô' | 'Ö' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        'ё' | 'Ё' => 'е',
        '’' | 'ʼ' => '\'',
        '\t' | '\u{a0}' => ' ',
        c => c,
    };
    Some(c.to_lowercase().next().unwrap_or(c))
}

/// Folds a whole string (see [`fold_char`]); runs of spaces become one.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter_map(fold_char) {
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// If `line` starts with `word` (folded), the byte length of `line` that the
/// match covers. Words of alphabetic scripts must end on a word boundary.
fn prefix_len(line: &str, word: &str, boundary: bool) -> Option<usize> {
    let mut want = word.chars().filter_map(fold_char).peekable();
    let mut end = 0;
    let mut chars = line.char_indices().peekable();
    let mut last_space = false;
    while want.peek().is_some() {
        let (i, c) = chars.next()?;
        let Some(f) = fold_char(c) else {
            continue;
        };
        if f == ' ' && last_space {
            continue;
        }
        last_space = f == ' ';
        if Some(f) != want.next() {
            return None;
        }
        end = i + c.len_utf8();
    }
    // Trailing marks (Arabic vowels) belong to the last letter.
    while let Some(&(i, c)) = chars.peek() {
        if fold_char(c).is_some() {
            break;
        }
        end = i + c.len_utf8();
        chars.next();
    }
    if boundary
        && line[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    Some(end)
}

/// The longest keyword that `line` starts with, and the byte length it
/// covers in `line`.
pub fn match_keyword(line: &str) -> Option<(&'static HeadingKeyword, usize)> {
    KEYWORDS
        .iter()
        .filter_map(|k| {
            let boundary = k.language != Language::Chinese;
            prefix_len(line, k.text, boundary).map(|n| (k, n))
        })
        .max_by_key(|(k, n)| (*n, k.text.len()))
}

/// The part a heading that no table knows opens, from its form: participles
/// and adjectives open preamble sections, finite verbs operative ones.
/// `None` when the form says nothing (then the position decides).
pub fn part_by_form(heading: &str) -> Option<Part> {
    let folded = fold(heading.trim());
    let first = folded
        .split([' ', ',', '，', '،'])
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if first.is_empty() {
        return None;
    }
    let first_char = first.chars().next()?;
    if ('\u{0600}'..='\u{06FF}').contains(&first_char) {
        // Arabic: `إذ …` / `وإذ …` (while …) open preambles; a heading
        // starting with an imperfect verb (ي…) is operative.
        return if first == "اذ" || first == "واذ" {
            Some(Part::Preamble)
        } else if first.starts_with('ي') {
            Some(Part::Operative)
        } else {
            None
        };
    }
    if first
        .chars()
        .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
    {
        return if ["决", "责成", "请", "要求", "敦促", "鼓励", "呼吁"]
            .iter()
            .any(|w| first.contains(w))
        {
            Some(Part::Operative)
        } else if first.ends_with('到') || first.starts_with("进一步") {
            Some(Part::Preamble)
        } else {
            None
        };
    }
    // Latin and Cyrillic: participles and gerunds.
    const PRE_ENDINGS: &[&str] = &[
        "ing", "ant", "ando", "iendo", "yendo", "ая", "яя", "ия", "ывая", "ивая", "ав", "ев", "ив",
        "ed", "ful", "ware",
    ];
    const PRE_WORDS: &[&str] = &["aware", "mindful", "conscient", "consciente", "будучи"];
    if PRE_WORDS.contains(&first) || PRE_ENDINGS.iter().any(|e| first.ends_with(e)) {
        return Some(Part::Preamble);
    }
    const OP_ENDINGS: &[&str] = &["es", "s", "ет", "ит", "ют", "ает", "e", "a"];
    if OP_ENDINGS.iter().any(|e| first.ends_with(e)) && first.chars().count() > 3 {
        return Some(Part::Operative);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_keyword_wins() {
        assert_eq!(
            match_keyword("进一步考虑到").unwrap().0.text,
            "进一步考虑到"
        );
        assert_eq!(
            match_keyword("considering further").unwrap().0.text,
            "considering further"
        );
        assert_eq!(match_keyword("责成秘书长").unwrap().0.part, Part::Operative);
        assert!(match_keyword("considerable").is_none());
        assert_eq!(match_keyword("Considering").unwrap().0.text, "considering");
    }

    #[test]
    fn folds_accents_and_arabic_marks() {
        assert_eq!(match_keyword("considerant").unwrap().0.text, "considérant");
        assert_eq!(
            match_keyword("CONSIDÉRANT,").unwrap().1,
            "CONSIDÉRANT".len()
        );
        let ar = "إذ يذكّر";
        let (k, n) = match_keyword(ar).unwrap();
        assert_eq!(k.text, "إذ يذكر");
        assert_eq!(n, ar.len());
        assert_eq!(match_keyword("учитывая,").unwrap().1, "учитывая".len());
    }

    #[test]
    fn form_decides_unknown_headings() {
        assert_eq!(part_by_form("reaffirming"), Some(Part::Preamble));
        assert_eq!(
            part_by_form("exhorts the Member States"),
            Some(Part::Operative)
        );
        assert_eq!(
            part_by_form("отмечая с озабоченностью"),
            Some(Part::Preamble)
        );
        assert_eq!(part_by_form("утверждает"), Some(Part::Operative));
        assert_eq!(part_by_form("إذ يحيط علماً"), Some(Part::Preamble));
        assert_eq!(part_by_form("subrayando"), Some(Part::Preamble));
    }
}
