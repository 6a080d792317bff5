//! Reading labels as written: `a)`, `（b）`, `56`, `–`, `a`.

use super::{LabelKind, LabelStyle};

/// Splits a label as written into its value (letters or digits), its
/// punctuation style, and a first guess at its kind. Letters that form a
/// roman numeral are reported as letters here; the extractor decides from
/// the neighbours whether `i`, `v`, `x`… are roman.
pub fn classify_label_text(text: &str) -> (String, LabelStyle, LabelKind) {
    let t = text.trim();
    if matches!(t, "–" | "—" | "-" | "•" | "·") {
        return (String::new(), LabelStyle::Dash, LabelKind::Dash);
    }
    let (inner, style) = if let Some(inner) =
        strip_enclosing(t, '(', ')').or_else(|| strip_enclosing(t, '（', '）'))
    {
        (inner, LabelStyle::Enclosed)
    } else if let Some(inner) = t.strip_suffix(')') {
        (inner, LabelStyle::Paren)
    } else if let Some(inner) = t.strip_suffix('）') {
        (inner, LabelStyle::FullWidthParen)
    } else if let Some(inner) = t
        .strip_suffix('.')
        .filter(|i| !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()))
    {
        // `1. ` of a Markdown ordered list
        (inner, LabelStyle::Dot)
    } else {
        (t, LabelStyle::Bare)
    };
    // `أ )`: Arabic texts put a space before the parenthesis.
    let inner = inner.trim();
    let kind = if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
        LabelKind::Number
    } else {
        LabelKind::Letter
    };
    (inner.to_string(), style, kind)
}

/// Arabic letters in the order Arabic texts label clauses with (abjad:
/// أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ).
const ABJAD: &[char] = &[
    'أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق',
    'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
];

/// Russian lists lettered in Cyrillic skip ё й ъ ы ь.
const CYRILLIC: &[char] = &[
    'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у',
    'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
];

/// The script a letter label is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
}

/// A single-letter label's script and 1-based place in its script's
/// sequence: `c` → (Latin, 3), `в` → (Cyrillic, 3), `ج` → (Arabic, 3).
pub fn letter_place(value: &str) -> Option<(Script, u32)> {
    let v = value.trim();
    let mut cs = v.chars();
    let c = cs.next()?.to_lowercase().next()?;
    if c.is_ascii_lowercase() && cs.next().is_none() {
        return Some((Script::Latin, u32::from(c as u8 - b'a') + 1));
    }
    if let Some(p) = arabic_letter_ordinal(v) {
        return Some((Script::Arabic, p));
    }
    if cs.next().is_none() {
        if let Some(p) = CYRILLIC.iter().position(|&x| x == c) {
            return Some((Script::Cyrillic, p as u32 + 1));
        }
    }
    None
}

/// The letter at 1-based place `n` of a script's sequence (Latin `n` > 26
/// is left to the caller).
pub fn letter_in_script(script: Script, n: u32) -> Option<String> {
    let i = n.checked_sub(1)? as usize;
    match script {
        Script::Latin => (i < 26).then(|| char::from(b'a' + i as u8).to_string()),
        Script::Cyrillic => CYRILLIC.get(i).map(|c| c.to_string()),
        Script::Arabic => ABJAD.get(i).map(|c| {
            // `هـ`: the letter ha alone is written with a tatweel.
            if *c == 'ه' {
                "هـ".to_string()
            } else {
                c.to_string()
            }
        }),
    }
}

/// The Latin letter a Cyrillic letter looks like (`с` → `c`), if any.
pub fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'с' => 'c',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'х' => 'x',
        'у' => 'y',
        'і' => 'i',
        _ => return None,
    })
}

/// The 1-based place of an Arabic letter label in the abjad sequence.
pub fn arabic_letter_ordinal(value: &str) -> Option<u32> {
    let v = value.trim().trim_end_matches('\u{0640}');
    let mut cs = v.chars();
    let c = match (cs.next()?, cs.next()) {
        ('ا' | 'إ' | 'آ', None) => 'أ',
        (c, None) => c,
        _ => return None,
    };
    ABJAD.iter().position(|&a| a == c).map(|p| p as u32 + 1)
}

fn strip_enclosing(t: &str, open: char, close: char) -> Option<&str> {
    t.strip_prefix(open)?.strip_suffix(close)
}

/// The value of a lowercase roman numeral written canonically (`iv`, not
/// `iiii`), from 1 to 39 — more sub-items than any resolution has.
pub fn roman_value(s: &str) -> Option<u32> {
    // Written once: this runs for every label of every section.
    static ROMANS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| (1..40).map(to_roman).collect());
    ROMANS
        .iter()
        .position(|r| r.eq_ignore_ascii_case(s))
        .map(|i| i as u32 + 1)
}

/// `to_roman(4) == "iv"`.
pub fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, digits) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles() {
        assert_eq!(
            classify_label_text("a)"),
            ("a".into(), LabelStyle::Paren, LabelKind::Letter)
        );
        assert_eq!(
            classify_label_text("（b）"),
            ("b".into(), LabelStyle::Enclosed, LabelKind::Letter)
        );
        assert_eq!(
            classify_label_text("c）"),
            ("c".into(), LabelStyle::FullWidthParen, LabelKind::Letter)
        );
        assert_eq!(
            classify_label_text("56"),
            ("56".into(), LabelStyle::Bare, LabelKind::Number)
        );
        assert_eq!(classify_label_text("–").2, LabelKind::Dash);
    }

    #[test]
    fn scripts() {
        assert_eq!(letter_place("c"), Some((Script::Latin, 3)));
        assert_eq!(letter_place("в"), Some((Script::Cyrillic, 3)));
        assert_eq!(letter_place("ج"), Some((Script::Arabic, 3)));
        assert_eq!(letter_place("هـ"), Some((Script::Arabic, 5)));
        assert_eq!(letter_in_script(Script::Arabic, 5).as_deref(), Some("هـ"));
        assert_eq!(letter_in_script(Script::Cyrillic, 2).as_deref(), Some("б"));
    }

    #[test]
    fn romans() {
        assert_eq!(roman_value("iv"), Some(4));
        assert_eq!(roman_value("V"), Some(5));
        assert_eq!(roman_value("iiii"), None);
        assert_eq!(roman_value("lk"), None);
        assert_eq!(to_roman(19), "xix");
    }
}
