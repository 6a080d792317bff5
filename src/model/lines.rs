//! Whole lines of the document preface, in the six ITU languages: identity
//! lines (`RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)`, `第71号决议`, `القرار 71`,
//! Council `R 1305`), adoption history (`(Minneapolis, 1998; …)`,
//! `(1993-2000-2007-2015)`, Council `(C09)`), and conference lines (`Le
//! Conseil,`, `Полномочная конференция … (Дубай, 2018 г.),`). The grammar
//! knows the English and Chinese forms; these patterns read the lines it
//! left as paragraphs.

use std::sync::LazyLock;

use regex::Regex;

use crate::domain::Body;

static IDENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:ADD|MOD|SUP|NOC)\s+[A-Z0-9][A-Za-z0-9/.\-]*\s+)?",
        r"(?i:RESOLUTION|RÉSOLUTION|RESOLUCIÓN|RESOLUCION|RESOLUTION|РЕЗОЛЮЦИЯ|DECISION|DÉCISION|DECISIÓN|РЕШЕНИЕ|",
        r"RECOMMENDATION|RECOMMANDATION|RECOMENDACIÓN|RECOMENDACION|РЕКОМЕНДАЦИЯ|OPINION|AVIS|OPINIÓN|МНЕНИЕ|",
        r"القرار|المقرر|التوصية|الرأي|قرار|مقرر|توصية)",
        r"\s+(?:(?:ITU|UIT|МСЭ)-[RTD]\s+)?\d{1,4}(?:-\d{1,2})?(?:\s*(?:\[\*+\]|\*+))?",
        r"\s*(?:[(（][^()（）\n]*[)）])?\s*(?:\[\*+\]|\*+)?$"
    ))
    .expect("valid regex")
});

static IDENTITY_ZH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:ITU|UIT)-[RTD]\s*)?第\s*\d{1,4}(?:-\d{1,2})?\s*号(?:决议|决定|建议|意见)\s*(?:[(（][^()（）\n]*[)）])?\s*(?:\[\*+\]|\*+)?$",
    )
    .expect("valid regex")
});

/// `DRAFT NEW RESOLUTION [EUR-1]` in the six languages (resolution,
/// decision or recommendation), with its temporary number in brackets.
static NEW_DRAFT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?:ADD|MOD)[\s\u{a0}]+(?:\S+[\s\u{a0}]+)?)?(?:",
        r"(?i:DRAFT\s+NEW\s+(?:RESOLUTION|DECISION|RECOMMENDATION))",
        r"|(?i:PROJET\s+DE\s+NOUVELLE\s+(?:RÉSOLUTION|RESOLUTION|DÉCISION|RECOMMANDATION))",
        r"|(?i:PROYECTO\s+DE\s+NUEVA\s+(?:RESOLUCIÓN|RESOLUCION|DECISIÓN|RECOMENDACIÓN))",
        r"|(?i:ПРОЕКТ\s+НОВО(?:Й\s+РЕЗОЛЮЦИИ|ГО\s+РЕШЕНИЯ|Й\s+РЕКОМЕНДАЦИИ))",
        r"|(?:第\s*)?[\[［][^\]］]{1,20}[\]］]\s*号?\s*新(?:决议|决定|建议)草案",
        r"|新(?:决议|决定|建议)草案",
        r"|مشروع\s+(?:قرار|مقرر|توصية)\s+(?:جديد|جديدة)",
        r")\s*(?:[\[［][^\]］\n]{1,20}[\]］])?\s*(?:\(|（|$)"
    ))
    .expect("valid regex")
});
/// `DRAFT NEW RESOLUTION [EUR-1]`, `新决议草案[EUR-1]`, `مشروع قرار جديد [EUR-1]`.
pub fn is_new_draft_line(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 120 && NEW_DRAFT.is_match(t)
}

/// Council compendium headers: `R 1305`, `Res. 1305`, `Rés. 1238`, `Рез. 1332`.
static COUNCIL_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:R|Res\.|Rés\.|Рез\.|Dec\.|Déc\.|Реш\.|D)\s*\d{2,4}$").expect("valid regex")
});

/// `(C09)`, `(C-1985, dernière mod. C-1999)`, `(C05, modified C10)`.
static COUNCIL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(（]\s*C-?\s*\d{2}(?:\d{2})?\b[^()（）]*[)）]$").expect("valid regex")
});

/// `(Minneapolis, 1998; Antalya, 2006)`, `(1993-2000-2007-2015)`,
/// `（2004年，弗洛里亚诺波利斯；…）`, `(دبي، 2018)`.
static HISTORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[(（][^()（）]*(?:1[89]\d\d|20\d\d)[^()（）]*[)）]$").expect("valid regex")
});

/// Council years in a date line: `C09` → 2009, `C-1985` → 1985.
static COUNCIL_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"C-?\s*(\d{4}|\d{2})\b").expect("valid regex"));

static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\b|[^\d])(1[89]\d\d|20\d\d)\b").expect("valid regex"));

/// Body names in every language, longer and more specific first.
pub(crate) static BODY_NAMES: &[(&str, Body)] = &[
    ("全权代表大会", Body::Pp),
    ("Plenipotentiary Conference", Body::Pp),
    ("Conférence de plénipotentiaires", Body::Pp),
    ("Conference de plenipotentiaires", Body::Pp),
    ("Conferencia de Plenipotenciarios", Body::Pp),
    ("Полномочная конференция", Body::Pp),
    ("مؤتمر المندوبين المفوضين", Body::Pp),
    ("世界电信标准化全会", Body::Wtsa),
    (
        "World Telecommunication Standardization Assembly",
        Body::Wtsa,
    ),
    (
        "Assemblée mondiale de normalisation des télécommunications",
        Body::Wtsa,
    ),
    (
        "Asamblea Mundial de Normalización de las Telecomunicaciones",
        Body::Wtsa,
    ),
    (
        "Всемирная ассамблея по стандартизации электросвязи",
        Body::Wtsa,
    ),
    ("الجمعية العالمية لتقييس الاتصالات", Body::Wtsa),
    ("世界电信发展大会", Body::Wtdc),
    ("World Telecommunication Development Conference", Body::Wtdc),
    (
        "Conférence mondiale de développement des télécommunications",
        Body::Wtdc,
    ),
    (
        "Conferencia Mundial de Desarrollo de las Telecomunicaciones",
        Body::Wtdc,
    ),
    ("Всемирная конференция по развитию электросвязи", Body::Wtdc),
    ("المؤتمر العالمي لتنمية الاتصالات", Body::Wtdc),
    ("无线电通信全会", Body::Ra),
    ("Radiocommunication Assembly", Body::Ra),
    ("Assemblée des radiocommunications", Body::Ra),
    ("Asamblea de Radiocomunicaciones", Body::Ra),
    ("Ассамблея радиосвязи", Body::Ra),
    ("جمعية الاتصالات الراديوية", Body::Ra),
    ("世界无线电通信大会", Body::Wrc),
    ("World Radiocommunication Conference", Body::Wrc),
    ("Conférence mondiale des radiocommunications", Body::Wrc),
    ("Conferencia Mundial de Radiocomunicaciones", Body::Wrc),
    ("Всемирная конференция радиосвязи", Body::Wrc),
    ("المؤتمر العالمي للاتصالات الراديوية", Body::Wrc),
    ("国际电信世界大会", Body::Wcit),
    (
        "World Conference on International Telecommunications",
        Body::Wcit,
    ),
    (
        "Conférence mondiale des télécommunications internationales",
        Body::Wcit,
    ),
    (
        "Conferencia Mundial de Telecomunicaciones Internacionales",
        Body::Wcit,
    ),
    (
        "Всемирная конференция по международной электросвязи",
        Body::Wcit,
    ),
    ("政策论坛", Body::Wtpf),
    ("Policy Forum", Body::Wtpf),
    ("Forum mondial des politiques", Body::Wtpf),
    ("Foro Mundial de Política", Body::Wtpf),
    ("Всемирный форум по политике", Body::Wtpf),
    ("理事会", Body::Council),
    ("Council", Body::Council),
    ("Conseil", Body::Council),
    ("Consejo", Body::Council),
    ("Совет", Body::Council),
    ("المجلس", Body::Council),
];

/// The body a line names, comparing case- and accent-insensitively.
pub(crate) fn body_in(line: &str) -> Option<Body> {
    let folded = super::headings::fold(line);
    BODY_NAMES
        .iter()
        .find(|(name, _)| folded.contains(&super::headings::fold(name)))
        .map(|(_, body)| *body)
}

/// Strips Markdown emphasis, heading marks and list markers around a line:
/// `- *considering*` → `considering`, `## RESOLUTION 1` → `RESOLUTION 1`.
/// Returns the byte offset of the kept text in `line` and its length.
pub(crate) fn strip_markdown(line: &str) -> (usize, usize) {
    let mut start = 0;
    let mut end = line.len();
    let trim = |s: &str| s.len() - s.trim_start().len();
    start += trim(&line[start..]);
    for marker in ["#### ", "### ", "## ", "# ", "- ", "* ", "+ ", "> "] {
        if line[start..end].starts_with(marker) {
            start += marker.len();
            start += trim(&line[start..end]);
            break;
        }
    }
    // `1. ` list marker, only before a letter (never before a clause number).
    let rest = &line[start..end];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && rest[digits..].starts_with(". ") {
        let after = &rest[digits + 2..];
        if after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '*' || c == '_')
        {
            start += digits + 2;
        }
    }
    loop {
        let s = &line[start..end];
        let s_trimmed = s.trim_end();
        end = start + s_trimmed.len();
        let mut changed = false;
        for mark in ["**", "__", "*", "_"] {
            let s = &line[start..end];
            if s.len() > 2 * mark.len() && s.starts_with(mark) {
                if let Some(close) = s[mark.len()..].rfind(mark) {
                    let close = close + mark.len();
                    // `*considering*,`: keep what follows the closing mark.
                    let tail = &s[close + mark.len()..];
                    if tail.chars().all(|c| matches!(c, ',' | '，' | '،' | ' ')) {
                        start += mark.len();
                        if tail.trim().is_empty() {
                            end = start + (close - mark.len());
                        } else {
                            // keep the comma out of the emphasis: drop the mark only
                            end = start + (close - mark.len());
                        }
                        changed = true;
                        break;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    (start, end - start)
}

/// `RESOLUTION 71 (REV. DUBAI, 2018)`, `RESOLUCIÓN 71`, `РЕЗОЛЮЦИЯ 71`,
/// `القرار 71`, `第71号决议`, `RESOLUTION ITU-R 52-1[*]`, `R 1305`.
pub fn is_identity_line(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 160
        && (IDENTITY.is_match(t)
            || IDENTITY_ZH.is_match(t)
            || COUNCIL_HEADER.is_match(t)
            || is_new_draft_line(t))
}

/// `ANNEX TO RESOLUTION 71 (REV. DUBAI, 2018)`, `ANNEXE 2`, `ANEXO A LA RESOLUCIÓN 71`,
/// `ПРИЛОЖЕНИЕ К РЕЗОЛЮЦИИ 71`, `الملحق`, `附件2`: an annex heading in any language.
pub fn is_annex_line(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 160
        && !t.ends_with([';', '.', ',', '；', '。', '，', '؛', '،', ':', '：'])
        && ANNEX.is_match(t)
}

static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:ANNEX|Annex|ANNEXE|Annexe|ANEXO|Anexo|ПРИЛОЖЕНИЕ|Приложение|الملحق|ملحق|附件)(?:\s|\d|$)")
        .expect("valid regex")
});

/// An adoption history or a Council date line, on one line.
pub fn is_history_line(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['.', '。']);
    t.chars().count() <= 300 && (HISTORY.is_match(t) || COUNCIL_DATE.is_match(t))
}

/// A conference line: who adopts. Ends with a comma (`,` `，` `،`), names a
/// body, and is short or carries a year in parentheses.
pub fn is_conference_line(line: &str) -> bool {
    let t = line.trim();
    if !t.ends_with([',', '，', '،']) || t.chars().count() > 260 {
        return false;
    }
    if body_in(t).is_none() {
        return false;
    }
    let words = t.split_whitespace().count();
    let has_year = YEAR.is_match(t) && t.contains(['(', '（']);
    // `The Council,` `Le Conseil,` `Совет,` `理事会，` `إن المجلس،`
    has_year || words <= 4 && t.chars().count() <= 40
}

/// The year a Council date line or a history line ends with (the last
/// revision), if any.
pub fn last_year(line: &str) -> Option<u16> {
    if COUNCIL_DATE.is_match(line.trim()) {
        return COUNCIL_YEAR
            .captures_iter(line)
            .filter_map(|c| {
                let y: u16 = c[1].parse().ok()?;
                Some(if y < 100 {
                    if y > 60 {
                        1900 + y
                    } else {
                        2000 + y
                    }
                } else {
                    y
                })
            })
            .last();
    }
    let year = YEAR
        .captures_iter(line)
        .filter_map(|c| c[1].parse().ok())
        .last();
    // `Resolution 1305 (C09)`: a Council session inside the line.
    year.or_else(|| {
        let session = COUNCIL_IN_LINE.captures(line)?;
        last_year(&format!("(C{})", &session[1]))
    })
}

static COUNCIL_IN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[(（]\s*C-?\s*(\d{4}|\d{2})\b").expect("valid regex"));

/// The body an identity line implies by itself (ITU-R, Council headers).
pub fn body_of_identity(line: &str) -> Option<Body> {
    let t = line.trim();
    if t.contains("ITU-R") || t.contains("UIT-R") || t.contains("МСЭ-R") {
        Some(Body::Ra)
    } else if COUNCIL_HEADER.is_match(t) || COUNCIL_IN_LINE.is_match(t) {
        Some(Body::Council)
    } else {
        None
    }
}

/// A conference line that contradicts the document's identity or date
/// line: another body (`RESOLUTION ITU-R 52` adopted by "the Council"), or
/// another year (`The Council 2019 (Geneva, 2018),`; a Council text dated
/// `(C19)` whose conference line says 2018).
pub(crate) fn preface_mismatch(doc: &super::Document) -> Option<super::Note> {
    let conf = doc.conference.as_ref()?;
    let session_year = conf.session().map(|s| s.year);
    let mut problems = Vec::new();
    if let (Some(id_body), Some(c_body)) = (
        doc.identity
            .as_ref()
            .and_then(|l| body_of_identity(&l.text)),
        conf.body,
    ) {
        if id_body != c_body {
            problems.push(crate::msg!(
                "note-body-mismatch",
                identity = id_body.code(),
                conference = c_body.code()
            ));
        }
    }
    if let Some(s) = session_year {
        let open = conf.text.find(['(', '（']).unwrap_or(conf.text.len());
        if let Some(y) = last_year(&conf.text[..open]).filter(|&y| y != s) {
            problems.push(crate::msg!(
                "note-year-before-session",
                year = y,
                session = s
            ));
        }
        let council_date = doc
            .history
            .as_ref()
            .filter(|h| COUNCIL_DATE.is_match(h.text.trim()))
            .and_then(|h| {
                let first = COUNCIL_YEAR.captures(&h.text)?;
                last_year(&format!("(C{})", &first[1]))
            });
        if let Some(d) = council_date.filter(|&d| d != s) {
            problems.push(crate::msg!("note-council-date", council = d, session = s));
        }
    }
    if problems.is_empty() {
        return None;
    }
    Some(super::Note {
        kind: super::NoteKind::ConferenceMismatch,
        range: conf.range,
        message: problems
            .into_iter()
            .reduce(|first, second| crate::msg!("joined", first = first, second = second))?,
        fix: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_lines_in_six_languages() {
        for l in [
            "RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)",
            "RESOLUCIÓN 71 (REV. DUBÁI, 2018)",
            "РЕЗОЛЮЦИЯ 71 (ПЕРЕСМ. ДУБАЙ, 2018 Г.)",
            "القرار 71 (المراجَع في دبي، 2018)",
            "第71号决议（2018年，迪拜，修订版）",
            "RESOLUTION ITU-R 52-1[*]",
            "R 1305",
            "Res. 1305",
            "DÉCISION 5 (RÉV. DUBAÏ, 2018)",
            "MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)",
        ] {
            assert!(is_identity_line(l), "{l}");
        }
        assert!(!is_identity_line(
            "Resolution 101 (Rev. Dubai, 2018) is important;"
        ));
    }

    #[test]
    fn history_and_council_dates() {
        assert!(is_history_line(
            "(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)"
        ));
        assert!(is_history_line("(1993-2000-2007-2015)"));
        assert!(is_history_line("(C09)"));
        assert!(is_history_line("(C-1985, dernière mod. C-1999)"));
        assert_eq!(last_year("(C-1985, dernière mod. C-1999)"), Some(1999));
        assert_eq!(last_year("(C09)"), Some(2009));
        assert_eq!(last_year("(1993-2000-2007-2015)"), Some(2015));
        assert_eq!(last_year("Resolution 1305 (C09)"), Some(2009));
        assert_eq!(
            body_of_identity("Resolution 1305 (C09)"),
            Some(Body::Council)
        );
    }

    #[test]
    fn annex_lines() {
        assert!(is_annex_line("ANNEX TO RESOLUTION 71 (REV. DUBAI, 2018)"));
        assert!(is_annex_line("ANEXO A LA RESOLUCIÓN 71 (REV. DUBÁI, 2018)"));
        assert!(is_annex_line("ПРИЛОЖЕНИЕ К РЕЗОЛЮЦИИ 71"));
        assert!(is_annex_line("附件2"));
        assert!(!is_annex_line("Annex 1 to this resolution is adopted;"));
        assert!(!is_annex_line("Annexes"));
    }

    #[test]
    fn conference_lines() {
        for l in [
            "The Council,",
            "Le Conseil,",
            "El Consejo,",
            "Совет,",
            "理事会，",
            "إن المجلس،",
            "La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2018),",
            "Полномочная конференция Международного союза электросвязи (Дубай, 2018 г.),",
            "إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،",
            "The World Radiocommunication Conference (Dubai, 2023),",
        ] {
            assert!(is_conference_line(l), "{l}");
        }
        assert!(!is_conference_line(
            "that the Council should review the matter,"
        ));
    }

    #[test]
    fn markdown_is_stripped() {
        let f = |s: &str| {
            let (a, n) = strip_markdown(s);
            s[a..a + n].to_string()
        };
        assert_eq!(f("*considering*"), "considering");
        assert_eq!(f("- _resolves_"), "resolves");
        assert_eq!(
            f("**instructs the Secretary-General**"),
            "instructs the Secretary-General"
        );
        assert_eq!(f("1. noting"), "noting");
        assert_eq!(f("considering"), "considering");
    }
}
