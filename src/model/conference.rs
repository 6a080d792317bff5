//! Reading a conference line: which body adopts, where and when.

use std::sync::LazyLock;

use regex::Regex;

use super::ConferenceLine;
use crate::domain::Body;
use crate::text::TextRange;

/// One meeting named in a conference line: `2022年，基加利` / `Kigali, 2022`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Session {
    pub place: String,
    pub year: u16,
    pub range: TextRange,
}

/// Body names in the order they must be tried: longer, more specific names
/// first, so that `世界电信标准化全会` is not read as a bare `全会`.
static BODY_NAMES: &[(&str, Body)] = &[
    ("全权代表大会", Body::Pp),
    ("Plenipotentiary Conference", Body::Pp),
    ("世界电信标准化全会", Body::Wtsa),
    (
        "World Telecommunication Standardization Assembly",
        Body::Wtsa,
    ),
    ("世界电信发展大会", Body::Wtdc),
    ("World Telecommunication Development Conference", Body::Wtdc),
    ("无线电通信全会", Body::Ra),
    ("Radiocommunication Assembly", Body::Ra),
    ("世界无线电通信大会", Body::Wrc),
    ("World Radiocommunication Conference", Body::Wrc),
    ("国际电信世界大会", Body::Wcit),
    (
        "World Conference on International Telecommunications",
        Body::Wcit,
    ),
    ("政策论坛", Body::Wtpf),
    ("Policy Forum", Body::Wtpf),
    ("理事会", Body::Council),
    ("Council", Body::Council),
];

static ZH_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*年\s*[，,]\s*([^，,；;（）()\d]+?)\s*(?:[，,]|\d{4}|[）)]|$)").unwrap()
});
// A Russian year's `г.` left before the next place by a merged revision
// (`Гвадалахара, 2010 г.Пусан, 2014 г.`) belongs to the year, not the place.
static EN_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:г\.\s*)?([\p{L}][\p{L}\p{M}\s.'\-]*?)\s*[,،]\s*(\d{4})").unwrap()
});

/// Parses a conference line found at `range` of the file. Sessions are
/// every place/year pair inside the parentheses, in order.
pub fn parse_conference_line(text: &str, range: TextRange) -> ConferenceLine {
    let trimmed_start = text.len() - text.trim_start().len();
    let line = text.trim();
    let body = BODY_NAMES
        .iter()
        .find(|(name, _)| line.contains(name))
        .map(|(_, body)| *body)
        .or_else(|| super::lines::body_in(line));
    let open = line.find(['（', '(']);
    let mut sessions = Vec::new();
    if let Some(open) = open {
        let inner_start = open + line[open..].chars().next().map_or(1, char::len_utf8);
        let inner = &line[inner_start..];
        let base = range.start + trimmed_start + inner_start;
        if ZH_SESSION.is_match(inner) {
            let mut at = 0;
            while let Some(c) = ZH_SESSION.captures_at(inner, at) {
                let (y, p) = (c.get(1).unwrap(), c.get(2).unwrap());
                if let Ok(year) = y.as_str().parse() {
                    sessions.push(Session {
                        place: p.as_str().trim().to_string(),
                        year,
                        range: TextRange::new(base + y.start(), base + p.end()),
                    });
                }
                at = p.end();
            }
        } else {
            for c in EN_SESSION.captures_iter(inner) {
                let (p, y) = (c.get(1).unwrap(), c.get(2).unwrap());
                if let Ok(year) = y.as_str().parse() {
                    sessions.push(Session {
                        place: p.as_str().trim().to_string(),
                        year,
                        range: TextRange::new(base + p.start(), base + y.end()),
                    });
                }
            }
        }
    }
    ConferenceLine {
        range,
        text: line.to_string(),
        body,
        sessions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> ConferenceLine {
        parse_conference_line(s, TextRange::new(0, s.len()))
    }

    #[test]
    fn chinese_line_with_merged_sessions() {
        let c = parse(" 国际电信联盟全权代表大会（2018年，迪拜2022年，布加勒斯特），");
        assert_eq!(c.body, Some(Body::Pp));
        let s: Vec<_> = c
            .sessions
            .iter()
            .map(|s| (s.place.as_str(), s.year))
            .collect();
        assert_eq!(s, [("迪拜", 2018), ("布加勒斯特", 2022)]);
        let text = " 国际电信联盟全权代表大会（2018年，迪拜2022年，布加勒斯特），";
        assert_eq!(&text[c.sessions[1].range.as_range()], "2022年，布加勒斯特");
    }

    #[test]
    fn english_line() {
        let c = parse("The World Telecommunication Development Conference (Kigali, 2022),");
        assert_eq!(c.body, Some(Body::Wtdc));
        assert_eq!(
            c.session().map(|s| (s.place.as_str(), s.year)),
            Some(("Kigali", 2022))
        );
    }

    #[test]
    fn council_without_parentheses() {
        let c = parse("国际电联理事会，");
        assert_eq!(c.body, Some(Body::Council));
        assert!(c.sessions.is_empty());
    }

    #[test]
    fn wtsa_is_not_read_as_council() {
        assert_eq!(
            parse("世界电信标准化全会（2016年，哈马马特），").body,
            Some(Body::Wtsa)
        );
    }
}
