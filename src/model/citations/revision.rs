//! The parenthesis after a cited number: `（2010年，瓜达拉哈拉，修订版）`,
//! `(Rev. Busan, 2014)`, `(Rev.WRC-07)`, `(C24)`, and the tracked-change
//! residue that holds two revisions at once (`（2017年，布宜诺斯艾利斯2022年，基加利，修订版）`,
//! `(REV. DUBAI, 2018BUCHAREST, 2022)`). Also writes a revision back in the
//! style the citation used.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{self, REVISED_MARKERS};
use super::{Revision, RevisionGroup, RevisionStyle};
use crate::domain::{Body, Language};
use crate::text::TextRange;

const MAX_GROUP: usize = 160;

static ZH_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*年(?:\s*[，,、]?\s*([^，,；;（）()\d\s][^，,；;（）()\d]*))?").unwrap()
});
static ZH_REST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s，,；;]*(?:(修订版?)[\s，,]*)?$").unwrap());
static WESTERN_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:({REVISED_MARKERS})\s*)?(\p{{L}}[\p{{L}}\p{{M}}.'’\- ]*?)\s*([,،，]\s*)(\d{{4}})(\s*[гГ]\.)?"
    ))
    .unwrap()
});
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:({REVISED_MARKERS})\s*)?(WRC|CMR|ВКР|PP|WTSA|WTDC|RA|WCIT|WTPF)-(\d{{2}}|\d{{4}})\s*(?:[，,]\s*(修订版?))?\s*$"
    ))
    .unwrap()
});
static COUNCIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*C-?(\d{2}|\d{4})\s*$").unwrap());
static YEAR_ONLY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})\s*年?\s*$").unwrap());

/// `07` → 2007, `94` → 1994, `1995` → 1995.
pub fn expand_year(digits: &str) -> Option<u16> {
    let v: u16 = digits.parse().ok()?;
    Some(match digits.len() {
        2 if v >= 50 => 1900 + v,
        2 => 2000 + v,
        4 => v,
        _ => return None,
    })
}

/// Reads the parenthesis opening at byte `open` of `text`, if it is a
/// revision. Ranges are absolute.
pub fn parse_group(text: &str, open: usize) -> Option<RevisionGroup> {
    let rest = text.get(open..)?;
    let open_ch = rest.chars().next()?;
    if !matches!(open_ch, '(' | '（') {
        return None;
    }
    let inner_start = open + open_ch.len_utf8();
    let mut close = None;
    for (i, ch) in text[inner_start..].char_indices() {
        if i > MAX_GROUP || ch == '\n' || ch == '(' || ch == '（' {
            return None;
        }
        if ch == ')' || ch == '）' {
            close = Some((inner_start + i, ch));
            break;
        }
    }
    let (close_at, close_ch) = close?;
    let inner = &text[inner_start..close_at];
    let range = TextRange::new(open, close_at + close_ch.len_utf8());
    let full_width = open_ch == '（';
    let (revisions, style) = parse_inner(inner, inner_start, full_width)?;
    Some(RevisionGroup {
        range,
        revisions,
        style,
    })
}

fn parse_inner(
    inner: &str,
    base: usize,
    full_width: bool,
) -> Option<(Vec<Revision>, RevisionStyle)> {
    let mut style = RevisionStyle {
        language: Language::English,
        full_width,
        comma: if full_width { "，" } else { ", " }.to_string(),
        marker: None,
        marker_space: true,
        upper: false,
        year_suffix: None,
        meeting_form: false,
    };
    let abs = |s: usize, e: usize| TextRange::new(base + s, base + e);

    if let Some(m) = MEETING.captures(inner) {
        let body = match &m[2] {
            "WRC" | "CMR" | "ВКР" => Body::Wrc,
            other => Body::from_code(other)?,
        };
        let year = expand_year(&m[3])?;
        let marker = m.get(1).or(m.get(4));
        style.meeting_form = true;
        style.marker = marker.map(|x| x.as_str().trim().to_string());
        style.marker_space = m.get(1).is_some_and(|x| x.as_str().ends_with(' '));
        let whole = m.get(0).unwrap();
        let start = m.get(1).map_or(m.get(2).unwrap().start(), |x| x.start());
        return Some((
            vec![Revision {
                place: None,
                place_range: None,
                year: Some(year),
                year_range: Some(abs(m.get(3).unwrap().start(), m.get(3).unwrap().end())),
                revised: marker.is_some(),
                meeting: Some(format!("{}-{}", &m[2], &m[3])),
                body_hint: Some(body),
                range: abs(start, whole.as_str().trim_end().len() + whole.start()),
            }],
            style,
        ));
    }
    if let Some(m) = COUNCIL.captures(inner) {
        let year = expand_year(&m[1])?;
        let g = m.get(0).unwrap();
        let t = g.as_str().trim();
        let s = g.start() + g.as_str().find(t).unwrap_or(0);
        style.meeting_form = true;
        return Some((
            vec![Revision {
                place: None,
                place_range: None,
                year: Some(year),
                year_range: Some(abs(m.get(1).unwrap().start(), m.get(1).unwrap().end())),
                revised: false,
                meeting: Some(t.to_string()),
                body_hint: Some(Body::Council),
                range: abs(s, s + t.len()),
            }],
            style,
        ));
    }
    if inner.contains('年') {
        return parse_chinese(inner, base, style);
    }
    if let Some(m) = YEAR_ONLY.captures(inner) {
        let y = m.get(1).unwrap();
        return Some((
            vec![Revision {
                place: None,
                place_range: None,
                year: Some(y.as_str().parse().ok()?),
                year_range: Some(abs(y.start(), y.end())),
                revised: false,
                meeting: None,
                body_hint: None,
                range: abs(y.start(), y.end()),
            }],
            style,
        ));
    }
    parse_western(inner, base, style)
}

fn parse_chinese(
    inner: &str,
    base: usize,
    mut style: RevisionStyle,
) -> Option<(Vec<Revision>, RevisionStyle)> {
    style.language = Language::Chinese;
    style.comma = if inner.contains('，') { "，" } else { "," }.to_string();
    style.marker = None;
    let abs = |s: usize, e: usize| TextRange::new(base + s, base + e);
    let mut revisions = Vec::new();
    let mut at = 0;
    let mut end = 0;
    while let Some(m) = ZH_SESSION.captures_at(inner, at) {
        let whole = m.get(0).unwrap();
        // Only separators between sessions; anything else is not a revision.
        if !inner[end..whole.start()]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '，' | ',' | '；' | ';'))
        {
            return None;
        }
        let y = m.get(1).unwrap();
        let mut place = m.get(2).map(|p| (p.start(), p.as_str().trim_end()));
        if place.is_some_and(|(_, p)| p.starts_with("修订")) {
            place = None;
        }
        let session_end = match place {
            Some((s, p)) => s + p.len(),
            None => y.end() + "年".len(),
        };
        revisions.push(Revision {
            place: place.map(|(_, p)| p.to_string()),
            place_range: place.map(|(s, p)| abs(s, s + p.len())),
            year: y.as_str().parse().ok(),
            year_range: Some(abs(y.start(), y.end())),
            revised: false,
            meeting: None,
            body_hint: None,
            range: abs(y.start(), session_end),
        });
        at = session_end.max(at + 1);
        end = session_end;
        if at >= inner.len() {
            break;
        }
    }
    let rest = ZH_REST.captures(&inner[end..])?;
    if revisions.is_empty() {
        return None;
    }
    if let Some(marker) = rest.get(1) {
        style.marker = Some(marker.as_str().to_string());
        for r in &mut revisions {
            r.revised = true;
        }
    }
    Some((revisions, style))
}

fn parse_western(
    inner: &str,
    base: usize,
    mut style: RevisionStyle,
) -> Option<(Vec<Revision>, RevisionStyle)> {
    let abs = |s: usize, e: usize| TextRange::new(base + s, base + e);
    let mut revisions = Vec::new();
    let mut at = 0;
    let mut end = 0;
    let mut revised = false;
    while let Some(m) = WESTERN_SESSION.captures_at(inner, at) {
        let whole = m.get(0).unwrap();
        if !inner[end..whole.start()]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ';' | ',' | '；'))
        {
            return None;
        }
        if let Some(marker) = m.get(1) {
            revised = true;
            if style.marker.is_none() {
                style.marker = Some(marker.as_str().trim().to_string());
                style.marker_space = marker.as_str().ends_with(char::is_whitespace)
                    || inner[marker.end()..].starts_with(' ');
            }
        }
        let place = m.get(2).unwrap();
        let place_text = place.as_str().trim();
        let y = m.get(4).unwrap();
        if revisions.is_empty() {
            style.comma = m[3].to_string();
            style.upper = place_text.chars().any(char::is_alphabetic)
                && !place_text.chars().any(char::is_lowercase);
            style.year_suffix = m.get(5).map(|s| s.as_str().to_string());
            style.language = language_of_place(place_text, m.get(1).map(|x| x.as_str()));
        }
        let start = m.get(1).map_or(place.start(), |x| x.start());
        revisions.push(Revision {
            place: Some(place_text.to_string()),
            place_range: Some(abs(
                place.start(),
                place.start() + place.as_str().trim_end().len(),
            )),
            year: y.as_str().parse().ok(),
            year_range: Some(abs(y.start(), y.end())),
            // A marker applies to its session and the ones written after it.
            revised,
            meeting: None,
            body_hint: None,
            range: abs(start, whole.end()),
        });
        end = whole.end();
        at = end;
    }
    if revisions.is_empty() || !inner[end..].chars().all(|c| c.is_whitespace() || c == '.') {
        return None;
    }
    Some((revisions, style))
}

fn language_of_place(place: &str, marker: Option<&str>) -> Language {
    if place
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        Language::Russian
    } else if place
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    {
        Language::Arabic
    } else if marker.is_some_and(|m| m.to_lowercase().starts_with("rév")) {
        Language::French
    } else {
        Language::English
    }
}

/// Writes one revision as a parenthesis in `style`: Chinese
/// `（2022年，基加利，修订版）`, English `(Rev. Kigali, 2022)`, uppercase
/// `(REV. KIGALI, 2022)`, Russian `(Пересм. Пусан, 2014 г.)`.
pub fn format_group(
    style: &RevisionStyle,
    language: Language,
    place: Option<&str>,
    year: Option<u16>,
    revised: bool,
) -> String {
    let (open, close) = if style.full_width {
        ('（', '）')
    } else {
        ('(', ')')
    };
    let mut out = String::new();
    out.push(open);
    if language == Language::Chinese {
        let mut parts: Vec<String> = Vec::new();
        if let Some(y) = year {
            parts.push(format!("{y}年"));
        }
        if let Some(p) = place {
            parts.push(p.to_string());
        }
        if revised {
            parts.push(style.marker.clone().unwrap_or_else(|| "修订版".into()));
        }
        out.push_str(&parts.join(&style.comma));
    } else {
        if revised {
            let marker = style.marker.clone().unwrap_or_else(|| {
                let m = lexicon::for_language(language).revised_marker.to_string();
                if style.upper {
                    m.to_uppercase()
                } else {
                    m
                }
            });
            out.push_str(&marker);
            if style.marker_space || style.marker.is_none() {
                out.push(' ');
            }
        }
        if let Some(p) = place {
            if style.upper {
                out.push_str(&p.to_uppercase());
            } else {
                out.push_str(p);
            }
            if year.is_some() {
                out.push_str(&style.comma);
            }
        }
        if let Some(y) = year {
            out.push_str(&y.to_string());
            if let Some(s) = &style.year_suffix {
                out.push_str(s);
            }
        }
    }
    out.push(close);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(s: &str) -> Option<RevisionGroup> {
        parse_group(s, 0)
    }

    fn summary(g: &RevisionGroup) -> Vec<(Option<&str>, Option<u16>, bool)> {
        g.revisions
            .iter()
            .map(|r| (r.place.as_deref(), r.year, r.revised))
            .collect()
    }

    #[test]
    fn chinese_revisions() {
        let g = group("（2010年，瓜达拉哈拉，修订版）").unwrap();
        assert_eq!(summary(&g), [(Some("瓜达拉哈拉"), Some(2010), true)]);
        let g = group("（2017年，布宜诺斯艾利斯2022年，基加利，修订版）").unwrap();
        assert_eq!(
            summary(&g),
            [
                (Some("布宜诺斯艾利斯"), Some(2017), true),
                (Some("基加利"), Some(2022), true)
            ]
        );
        let g = group("(2008年,约翰内斯堡)").unwrap();
        assert_eq!(summary(&g), [(Some("约翰内斯堡"), Some(2008), false)]);
        assert!(!g.style.full_width);
        assert!(group("（见附件A）").is_none());
        assert!(group("（WTDC）").is_none());
        assert!(group("（2014年，日内瓦）通过").is_some());
    }

    #[test]
    fn western_revisions() {
        let g = group("(Rev. Hammamet, 2016)").unwrap();
        assert_eq!(summary(&g), [(Some("Hammamet"), Some(2016), true)]);
        let g = group("(REV. DUBAI, 2018BUCHAREST, 2022)").unwrap();
        assert_eq!(
            summary(&g),
            [
                (Some("DUBAI"), Some(2018), true),
                (Some("BUCHAREST"), Some(2022), true)
            ]
        );
        assert!(g.style.upper);
        let g = group("(ГВАДАЛАХАРА, 2010 Г.ПЕРЕСМ. ПУСАН, 2014 Г.)").unwrap();
        assert_eq!(
            summary(&g),
            [
                (Some("ГВАДАЛАХАРА"), Some(2010), false),
                (Some("ПУСАН"), Some(2014), true)
            ]
        );
        let g = group("(Пересм. Гвадалахара, 2010 г.)").unwrap();
        assert_eq!(g.style.language, Language::Russian);
        let g = group("(المراجَع في بوخارست، 2022)").unwrap();
        assert_eq!(summary(&g), [(Some("بوخارست"), Some(2022), true)]);
        let g = group("(Rév. Guadalajara, 2010)").unwrap();
        assert_eq!(g.style.language, Language::French);
        let g = group("(Rev.WRC-07)").unwrap();
        assert_eq!(g.revisions[0].body_hint, Some(Body::Wrc));
        assert_eq!(g.revisions[0].year, Some(2007));
        let g = group("(C05)").unwrap();
        assert_eq!(g.revisions[0].body_hint, Some(Body::Council));
        assert!(group("(IXP)").is_none());
        assert!(group("(see Annex 1, 2016)").is_none());
    }

    #[test]
    fn formats_in_the_style_written() {
        let zh = group("（2017年，布宜诺斯艾利斯，修订版）").unwrap().style;
        assert_eq!(
            format_group(&zh, Language::Chinese, Some("基加利"), Some(2022), true),
            "（2022年，基加利，修订版）"
        );
        let en = group("(Rev. Busan, 2014)").unwrap().style;
        assert_eq!(
            format_group(&en, Language::English, Some("Bucharest"), Some(2022), true),
            "(Rev. Bucharest, 2022)"
        );
        let orig = group("(Kyoto, 1994)").unwrap().style;
        assert_eq!(
            format_group(
                &orig,
                Language::English,
                Some("Bucharest"),
                Some(2022),
                true
            ),
            "(Rev. Bucharest, 2022)"
        );
        let up = group("(REV. DUBAI, 2018)").unwrap().style;
        assert_eq!(
            format_group(&up, Language::English, Some("Bucharest"), Some(2022), true),
            "(REV. BUCHAREST, 2022)"
        );
        let ru = group("(Пересм. Гвадалахара, 2010 г.)").unwrap().style;
        assert_eq!(
            format_group(&ru, Language::Russian, Some("Пусан"), Some(2014), true),
            "(Пересм. Пусан, 2014 г.)"
        );
    }
}
