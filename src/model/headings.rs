//! Section heading keywords, as written in real resolutions (DOMAIN.md §2
//! and §4). The grammar decides which lines are headings; this table says
//! which keyword a heading starts with and whether it opens a preamble or an
//! operative section. No keyword is listed that no real text shows.

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

use Language::{Chinese as Zh, English as En};
use Part::{Operative as Op, Preamble as Pre};

pub static KEYWORDS: &[HeadingKeyword] = &[
    kw("忆及", Pre, Zh),
    kw("考虑到", Pre, Zh),
    kw("进一步考虑到", Pre, Zh),
    kw("认识到", Pre, Zh),
    kw("进一步认识到", Pre, Zh),
    kw("注意到", Pre, Zh),
    kw("意识到", Pre, Zh),
    kw("铭记", Pre, Zh),
    kw("强调", Pre, Zh),
    kw("做出决议", Op, Zh),
    kw("做出决定", Op, Zh),
    kw("进一步责成", Op, Zh),
    kw("进一步请", Op, Zh),
    kw("责成", Op, Zh),
    kw("请", Op, Zh),
    kw("鼓励", Op, Zh),
    kw("呼吁", Op, Zh),
    kw("要求", Op, Zh),
    kw("recalling", Pre, En),
    kw("considering further", Pre, En),
    kw("considering also", Pre, En),
    kw("considering", Pre, En),
    kw("recognizing further", Pre, En),
    kw("further recognizing", Pre, En),
    kw("recognizing", Pre, En),
    kw("noting further", Pre, En),
    kw("noting", Pre, En),
    kw("aware", Pre, En),
    kw("bearing in mind", Pre, En),
    kw("emphasizing", Pre, En),
    kw("having regard to", Pre, En),
    kw("taking into account", Pre, En),
    kw("acknowledging", Pre, En),
    kw("convinced", Pre, En),
    kw("concerned", Pre, En),
    kw("observing", Pre, En),
    kw("further resolves", Op, En),
    kw("resolves", Op, En),
    kw("further instructs", Op, En),
    kw("instructs", Op, En),
    kw("further invites", Op, En),
    kw("invites", Op, En),
    kw("encourages", Op, En),
    kw("calls upon", Op, En),
    kw("requests", Op, En),
    kw("urges", Op, En),
];

/// The longest keyword that `line` starts with (English case-insensitively,
/// on a word boundary), and the byte length it covers in `line`.
pub fn match_keyword(line: &str) -> Option<(&'static HeadingKeyword, usize)> {
    KEYWORDS
        .iter()
        .filter_map(|k| {
            let n = k.text.len();
            let head = line.get(..n)?;
            let matches = match k.language {
                Language::English => {
                    head.eq_ignore_ascii_case(k.text)
                        && !line[n..]
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_alphanumeric())
                }
                _ => head == k.text,
            };
            matches.then_some((k, n))
        })
        .max_by_key(|(_, n)| *n)
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
}
