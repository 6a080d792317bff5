//! The parenthesis after a cited number: `（2010年，瓜达拉哈拉，修订版）`,
//! `(Rev. Busan, 2014)`, `(Rev.WRC-07)`, `(C24)`, and the tracked-change
//! residue that holds two revisions at once (`（2017年，布宜诺斯艾利斯2022年，基加利，修订版）`,
//! `(REV. DUBAI, 2018BUCHAREST, 2022)`). Also writes a revision back in the
//! style the citation used.

use std::cell::RefCell;
use std::sync::Arc;

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{self, REVISED_MARKERS};
use super::places;
use super::{Revision, RevisionGroup, RevisionStyle};
use crate::domain::{Body, Language};
use crate::text::TextRange;

const MAX_GROUP: usize = 160;

/// Years are read as 4 to 8 digits: `20162022` and `20148` are two
/// years run together by tracked changes ([`years`]), never one year.
static ZH_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4,8})\s*年(?:\s*[，,、]?\s*([^，,；;（）()\d\s][^，,；;（）()\d]*))?").unwrap()
});
static ZH_REST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s，,；;]*(?:(修订版?)[\s，,]*)?$").unwrap());
/// `（修订版，2014年，釜山）`: the marker first.
static ZH_MARKER_FIRST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(修订版?)\s*[，,]\s*").unwrap());
/// Place, comma (or only a space: `Hammamet 2016`), year digits.
static WESTERN_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:({REVISED_MARKERS})\s*)?(\p{{L}}[\p{{L}}\p{{M}}.'’\- \x{{A0}}]*?)\s*([,،，]\s*|\s+)(\d{{4,8}}(?:[ \x{{A0}}]\d{{4}})?)(\s*[гГ]\.)?"
    ))
    .unwrap()
});
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:({REVISED_MARKERS})\s*)?(WRC|CMR|ВКР|PP|WTSA|WTDC|RA|WCIT|WTPF|FMPT|AMNT|CMDT|CMTI)-(\d{{2}}|\d{{4}})\s*(?:[，,]\s*(修订版?))?\s*$"
    ))
    .unwrap()
});
/// Council sessions: `C24`, `C-1995`, Cyrillic `С-2000`, `(Consejo de 2011)`,
/// `(Mod. 2001)`, `(Modified 2017)`, `(C16, last amended C17)`,
/// `(C-2004, dernière mod. C-2009)`, `(2016, last amended 2017)`.
static COUNCIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:(modified|mod\.|modifi[ée]e?|modificad[oa])\s*)?(?:(consejo|conseil|council|совет)\s+(?:de\s+|of\s+)?)?([CС]-?)?(\d{2}|\d{4})(?:\s*[,;]\s*(?:last\s+(?:amended|modified|mod\.)|derni[eè]re\s+mod(?:\.|ification)|[úu]ltima\s+mod(?:\.|ificaci[oó]n)|посл(?:\.|едн[а-я]+)\s+изм(?:\.|енени[а-я]+))\s*([CС]-?)?(\d{2}|\d{4}))?\s*$",
    )
    .unwrap()
});
static MARKER_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{REVISED_MARKERS}?\s*$")).unwrap());
static YEAR_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{4})\s*(?:年|[гГ]\.)?\s*$").unwrap());

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

/// A Chinese revision whose opening parenthesis was lost:
/// `第171号决议2010年,瓜达拉哈拉)`. `at` is where the year starts.
pub fn parse_group_unopened(text: &str, at: usize) -> Option<RevisionGroup> {
    let rest = text.get(at..)?;
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let close = rest
        .char_indices()
        .take_while(|(i, c)| *i <= 60 && !crate::text::is_line_break(*c) && *c != '(' && *c != '（')
        .find(|(_, c)| matches!(c, ')' | '）'))?;
    let inner = &rest[..close.0];
    if !inner.contains('年') {
        return None;
    }
    let (revisions, style) = parse_inner(inner, at, close.1 == '）')?;
    Some(RevisionGroup {
        range: TextRange::new(at, at + close.0 + close.1.len_utf8()),
        revisions: revisions.into(),
        style: shared_style(style),
    })
}

/// Reads the parenthesis opening at byte `open` of `text`, if it is a
/// revision. Ranges are absolute.
pub fn parse_group(text: &str, open: usize) -> Option<RevisionGroup> {
    let rest = text.get(open..)?;
    let open_ch = rest.chars().next()?;
    // `[Marrakesh, 2002]`: square brackets seen in place of parentheses.
    let closers: &[char] = match open_ch {
        '(' | '（' => &[')', '）'],
        '[' => &[']'],
        _ => return None,
    };
    let inner_start = open + open_ch.len_utf8();
    let mut close = None;
    let mut stray = None;
    for (i, ch) in text[inner_start..].char_indices() {
        if i > MAX_GROUP || crate::text::is_line_break(ch) {
            return None;
        }
        if ch == '(' || ch == '（' || ch == '[' {
            // `(Rev. (Hammamet, 2016)`: a stray parenthesis after the marker.
            if stray.is_none()
                && ch == '('
                && MARKER_ONLY.is_match(&text[inner_start..inner_start + i])
            {
                stray = Some(i);
                continue;
            }
            return None;
        }
        if closers.contains(&ch) {
            close = Some((inner_start + i, ch));
            break;
        }
    }
    let (close_at, close_ch) = close?;
    let mut inner = text[inner_start..close_at].to_string();
    if let Some(i) = stray {
        // Same length, so offsets stay valid.
        inner.replace_range(i..i + 1, " ");
    }
    let range = TextRange::new(open, close_at + close_ch.len_utf8());
    let full_width = open_ch == '（';
    let (revisions, style) = parse_inner(&inner, inner_start, full_width)?;
    Some(RevisionGroup {
        range,
        revisions: revisions.into(),
        style: shared_style(style),
    })
}

/// The one shared copy of `style` among those this thread made lately.
fn shared_style(style: RevisionStyle) -> Arc<RevisionStyle> {
    thread_local! {
        static STYLES: RefCell<Vec<Arc<RevisionStyle>>> = const { RefCell::new(Vec::new()) };
    }
    STYLES.with(|styles| {
        let mut styles = styles.borrow_mut();
        if let Some(shared) = styles.iter().find(|s| ***s == style) {
            return shared.clone();
        }
        // A few ways of writing per language are usual; an unusual text
        // must not make the list long.
        if styles.len() >= 64 {
            styles.remove(0);
        }
        let shared = Arc::new(style);
        styles.push(shared.clone());
        shared
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
        meeting_prefix: None,
    };
    let abs = |s: usize, e: usize| TextRange::new(base + s, base + e);

    if let Some(m) = MEETING.captures(inner) {
        let body = match &m[2] {
            "WRC" | "CMR" | "ВКР" => Body::Wrc,
            "FMPT" => Body::Wtpf,
            "AMNT" => Body::Wtsa,
            "CMDT" => Body::Wtdc,
            "CMTI" => Body::Wcit,
            other => Body::from_code(other)?,
        };
        let digits = m.get(3).unwrap();
        // `WRC-1519`: two designators run together (15 and 19), not 1519.
        let years: Vec<(u16, &str)> = match expand_year(digits.as_str()) {
            Some(y) if plausible(y) => vec![(y, digits.as_str())],
            _ if digits.as_str().len() == 4 => {
                let (a, b) = digits.as_str().split_at(2);
                let mut v = vec![(expand_year(a)?, a), (expand_year(b)?, b)];
                v.sort();
                v
            }
            _ => return None,
        };
        let marker = m.get(1).or(m.get(4));
        style.meeting_form = true;
        style.meeting_prefix = Some(m[2].to_string());
        style.marker = marker.map(|x| x.as_str().trim().to_string());
        style.marker_space = m.get(1).is_some_and(|x| x.as_str().ends_with(' '));
        let whole = m.get(0).unwrap();
        let start = m.get(1).map_or(m.get(2).unwrap().start(), |x| x.start());
        let revisions = years
            .into_iter()
            .map(|(year, code)| Revision {
                place: None,
                place_range: None,
                year: Some(year),
                year_range: Some(abs(digits.start(), digits.end())),
                revised: marker.is_some(),
                meeting: Some(format!("{}-{code}", &m[2])),
                body_hint: Some(body),
                range: abs(start, whole.as_str().trim_end().len() + whole.start()),
            })
            .collect();
        return Some((revisions, style));
    }
    if let Some(m) = COUNCIL.captures(inner) {
        let modified = m.get(1).is_some() || m.get(6).is_some();
        let council_word = m.get(2).is_some();
        let c_prefix = m.get(3).is_some() || m.get(5).is_some();
        let (y, prefix) = match m.get(6) {
            Some(y) => (y, m.get(5)),
            None => (m.get(4).unwrap(), m.get(3)),
        };
        // A bare `(2016)` is a year, below; `(07)` is nothing.
        if (modified || council_word || c_prefix) && (c_prefix || y.as_str().len() == 4) {
            let year = expand_year(y.as_str())?;
            let g = m.get(0).unwrap();
            let t = g.as_str().trim();
            let s = g.start() + g.as_str().find(t).unwrap_or(0);
            style.meeting_form = true;
            let code = match prefix {
                Some(p) => format!("{}{}", p.as_str(), y.as_str()),
                None => y.as_str().to_string(),
            };
            return Some((
                vec![Revision {
                    place: None,
                    place_range: None,
                    year: Some(year),
                    year_range: Some(abs(y.start(), y.end())),
                    revised: modified,
                    meeting: Some(if modified { t.to_string() } else { code }),
                    body_hint: Some(Body::Council),
                    range: abs(s, s + t.len()),
                }],
                style,
            ));
        }
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

/// A byte range inside the parenthesis.
type Span = (usize, usize);

fn plausible(year: u16) -> bool {
    (1865..=2100).contains(&year)
}

/// The years written as `digits`: `2014` is one; `20162022` is two run
/// together; `20148` and `20184` are one year changed into another by
/// tracked changes, a digit left from each (2014 and 2018). Anything else,
/// or a year that cannot be real, is `None`: never read as a year.
fn years(digits: &str) -> Option<Vec<u16>> {
    // `2014 2018`: the two years kept apart by a space.
    let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.as_str();
    let y = |s: &str| s.parse::<u16>().ok().filter(|v| plausible(*v));
    let mut out = match digits.len() {
        4 => return Some(vec![y(digits)?]),
        8 => vec![y(&digits[..4])?, y(&digits[4..])?],
        5 => vec![
            y(&digits[..4])?,
            y(&format!("{}{}", &digits[..3], &digits[4..]))?,
        ],
        _ => return None,
    };
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Pairs two years with the places written (one, or two run together),
/// oldest first. Places may be written newest first while years are oldest
/// first (`GENEVAHAMMAMET, 20162022`): the pairing that names meetings
/// that took place wins. With one place only, the other year gets none
/// (the text lost it; a fix must not invent it).
fn pair(
    years: &[u16],
    places: &[(usize, usize)],
    text: &str,
) -> Vec<(Option<(usize, usize)>, u16)> {
    let name = |p: (usize, usize)| text[p.0..p.1].trim();
    match (years, places) {
        ([old, new], [a, b]) => {
            let straight = places::met(name(*a), *old) as u8 + places::met(name(*b), *new) as u8;
            let crossed = places::met(name(*b), *old) as u8 + places::met(name(*a), *new) as u8;
            if crossed > straight {
                vec![(Some(*b), *old), (Some(*a), *new)]
            } else {
                vec![(Some(*a), *old), (Some(*b), *new)]
            }
        }
        ([old, new], [a]) => {
            if places::met(name(*a), *new) && !places::met(name(*a), *old) {
                vec![(None, *old), (Some(*a), *new)]
            } else {
                vec![(Some(*a), *old), (None, *new)]
            }
        }
        (ys, ps) => ys
            .iter()
            .enumerate()
            .map(|(i, y)| (ps.get(i).copied(), *y))
            .collect(),
    }
}

/// A written place as one or two (run together) byte ranges of `text`.
fn split_place(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    match places::split(&text[start..end]) {
        Some(i) => vec![(start, start + i), (start + i, end)],
        None => vec![(start, end)],
    }
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
    // (year digits range, place range) as written.
    let mut sessions: Vec<(Span, Option<Span>)> = Vec::new();
    let mut leading_marker = None;
    let mut at = 0;
    let mut end = 0;
    if let Some(m) = ZH_MARKER_FIRST.captures(inner) {
        leading_marker = Some(m[1].to_string());
        at = m.get(0).unwrap().end();
        end = at;
    }
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
        let mut place = m
            .get(2)
            .map(|p| (p.start(), p.start() + p.as_str().trim_end().len()));
        if place.is_some_and(|(s, _)| inner[s..].starts_with("修订")) {
            place = None;
        }
        let session_end = match place {
            Some((_, e)) => e,
            // The match ends with 年 (there may be spaces before it).
            None => whole.end(),
        };
        sessions.push(((y.start(), y.end()), place));
        at = session_end.max(at + 1);
        end = session_end;
        if at >= inner.len() {
            break;
        }
    }
    let rest = ZH_REST.captures(&inner[end..])?;
    if sessions.is_empty() {
        return None;
    }
    let revised = rest.get(1).is_some() || leading_marker.is_some();
    if let Some(marker) = rest
        .get(1)
        .map(|m| m.as_str().to_string())
        .or(leading_marker)
    {
        style.marker = Some(marker);
    }
    let mut all_years = Vec::new();
    for ((s, e), _) in &sessions {
        all_years.extend(years(&inner[*s..*e])?);
    }
    let one_each = sessions.iter().all(|((s, e), _)| e - s == 4);
    let revisions = if one_each && sessions.iter().all(|(_, p)| p.is_some()) {
        // `2018年，迪拜2022年，布加勒斯特`: each session whole.
        sessions
            .iter()
            .map(|((ys, ye), p)| {
                let (ps, pe) = p.unwrap();
                Revision {
                    place: Some(inner[ps..pe].to_string()),
                    place_range: Some(abs(ps, pe)),
                    year: inner[*ys..*ye].parse().ok(),
                    year_range: Some(abs(*ys, *ye)),
                    revised,
                    meeting: None,
                    body_hint: None,
                    range: abs(*ys, pe),
                }
            })
            .collect()
    } else {
        // `20148年，釜山迪拜`, `2017年2022年，布宜诺斯艾利斯基加利`: years and
        // places each run together.
        all_years.sort_unstable();
        all_years.dedup();
        let places: Vec<(usize, usize)> = sessions
            .iter()
            .filter_map(|(_, p)| *p)
            .flat_map(|(s, e)| split_place(inner, s, e))
            .collect();
        let first = sessions[0].0 .0;
        let last = sessions
            .iter()
            .map(|((_, ye), p)| p.map_or(*ye + "年".len(), |(_, e)| e))
            .max()
            .unwrap_or(first);
        let year_range = |y: u16| {
            sessions
                .iter()
                .find(|((s, e), _)| inner[*s..*e] == y.to_string())
                .map_or(abs(sessions[0].0 .0, sessions[0].0 .1), |((s, e), _)| {
                    abs(*s, *e)
                })
        };
        pair(&all_years, &places, inner)
            .into_iter()
            .map(|(p, y)| Revision {
                place: p.map(|(s, e)| inner[s..e].to_string()),
                place_range: p.map(|(s, e)| abs(s, e)),
                year: Some(y),
                year_range: Some(year_range(y)),
                revised,
                meeting: None,
                body_hint: None,
                range: abs(first, last),
            })
            .collect()
    };
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
    let mut history = false;
    while let Some(m) = WESTERN_SESSION.captures_at(inner, at) {
        let whole = m.get(0).unwrap();
        let between = &inner[end..whole.start()];
        if !between
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ';' | ',' | '；'))
        {
            return None;
        }
        // `(Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)`: an
        // adoption history, not residue.
        history |= between.contains([';', '；']);
        if inner[whole.end()..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if let Some(marker) = m.get(1) {
            revised = true;
            if style.marker.is_none() {
                // `Re v.` / `Ré v.`: written back without the broken space.
                let mut written: String = marker.as_str().trim().to_string();
                if written.len() <= 5 {
                    written.retain(|c| !c.is_whitespace());
                }
                style.marker = Some(written);
                style.marker_space = marker.as_str().ends_with(char::is_whitespace)
                    || inner[marker.end()..].starts_with(char::is_whitespace);
            }
        }
        let place = m.get(2).unwrap();
        let place_text = place.as_str().trim();
        let y = m.get(4).unwrap();
        if revisions.is_empty() {
            style.comma = if m[3].trim().is_empty() {
                if m[3].contains('،') { "، " } else { ", " }.to_string()
            } else {
                m[3].to_string()
            };
            style.upper = place_text.chars().any(char::is_alphabetic)
                && !place_text.chars().any(char::is_lowercase);
            style.year_suffix = m.get(5).map(|s| s.as_str().to_string());
            style.language = language_of_place(place_text, m.get(1).map(|x| x.as_str()));
        }
        let start = m.get(1).map_or(place.start(), |x| x.start());
        let place_end = place.start() + place.as_str().trim_end().len();
        let ys = years(y.as_str())?;
        if ys.len() == 1 {
            revisions.push(Revision {
                place: Some(place_text.to_string()),
                place_range: Some(abs(place.start(), place_end)),
                year: Some(ys[0]),
                year_range: Some(abs(y.start(), y.end())),
                // A marker applies to its session and the ones written after it.
                revised,
                meeting: None,
                body_hint: None,
                range: abs(start, whole.end()),
            });
        } else {
            // `AntalyaGuadalajara, 20062010`, `BusanDubai, 20148`.
            let places = split_place(inner, place.start(), place_end);
            for (p, year) in pair(&ys, &places, inner) {
                revisions.push(Revision {
                    place: p.map(|(s, e)| inner[s..e].trim().to_string()),
                    place_range: p.map(|(s, e)| abs(s, e)),
                    year: Some(year),
                    year_range: Some(abs(y.start(), y.end())),
                    revised,
                    meeting: None,
                    body_hint: None,
                    range: abs(start, whole.end()),
                });
            }
        }
        end = whole.end();
        at = end;
    }
    if revisions.is_empty() || !inner[end..].chars().all(|c| c.is_whitespace() || c == '.') {
        return None;
    }
    if history {
        // The latest names the text, as revised there.
        revisions.drain(..revisions.len() - 1);
        revisions[0].revised = true;
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
    if let (true, Some(prefix), None, Some(y)) =
        (style.meeting_form, &style.meeting_prefix, place, year)
    {
        // `(Rev.WRC-19)`.
        if revised {
            out.push_str(style.marker.as_deref().unwrap_or("Rev."));
            if style.marker_space {
                out.push(' ');
            }
        }
        out.push_str(&format!("{prefix}-{:02}", y % 100));
        out.push(close);
        return out;
    }
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

    /// Found by the long differential test: spaces between the year and
    /// 年, and no place, put the end of the session inside 年.
    #[test]
    fn a_space_before_nian_without_a_place() {
        let g = group("（2022 年）").unwrap();
        assert_eq!(summary(&g), [(None, Some(2022), false)]);
        assert!(group("（202212 年，）").is_none_or(|g| !g.revisions.is_empty()));
        assert!(group("（2017 年，修订版）").is_some());
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
