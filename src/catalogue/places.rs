//! Tolerant place-name matching: case, accents, spaces, hyphens and dots do
//! not matter (`Busan` = `Busán` = `BUSAN`, `Sharm el-Sheikh` =
//! `Sharm El Sheikh`), and a leading qualifier may be dropped
//! (`Yasmine Hammamet` → `Hammamet`, `亚斯敏-哈马马特` → `哈马马特`).

/// The comparison key of a place name: lower case, accents folded, only
/// letters and digits kept.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for ch in name.chars().flat_map(char::to_lowercase) {
        let ch = fold_accent(ch);
        if ch.is_alphanumeric() && !is_combining_mark(ch) {
            out.push(ch);
        }
    }
    out
}

/// The keys to try for a written name, most specific first: the whole name,
/// then the name without its leading words (`Yasmine Hammamet` →
/// `Hammamet`). Keys shorter than two characters are never produced.
pub fn candidate_keys(name: &str) -> Vec<String> {
    let mut keys = vec![normalize(name)];
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '·' | '・'))
        .filter(|w| !w.is_empty())
        .collect();
    for start in 1..words.len() {
        let key = normalize(&words[start..].join(" "));
        if key.chars().count() >= 2 && !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// Combining accents and Arabic short vowels (harakat), which Unicode
/// counts as alphabetic but spelling does not depend on.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670)
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        'ё' => 'е',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(normalize("Busán"), normalize("BUSAN"));
        assert_eq!(normalize("Sharm el-Sheikh"), normalize("Sharm El Sheikh"));
        assert_eq!(normalize("Florianópolis"), "florianopolis");
        assert_eq!(normalize("المراجَع"), normalize("المراجع"));
    }

    #[test]
    fn drops_leading_qualifiers() {
        assert_eq!(
            candidate_keys("Yasmine Hammamet"),
            ["yasminehammamet", "hammamet"]
        );
        assert_eq!(
            candidate_keys("亚斯敏-哈马马特"),
            ["亚斯敏哈马马特", "哈马马特"]
        );
    }
}
