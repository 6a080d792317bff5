//! Finding citations in a whole file, with regexes compiled from the
//! per-language tables in [`super::lexicon`]. Independent of the syntax
//! tree; never panics on any input.

use std::cmp::Reverse;
use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use super::lexicon::{self, Grammar, Lexicon};
use super::revision::{parse_group, parse_group_unopened};
use super::{
    Citation, CitationKind, CitedBody, CitedNumber, CitedPart, CitedSession, RevisionGroup,
};
use crate::domain::{Body, Language};
use crate::text::{floor_char_boundary, TextRange};

const NUM: &str = r"\d+(?:[-‑]\d+)?(?:/\d+[A-Z]?)?";
/// How far before a citation its body or part may be written.
const WINDOW: usize = 160;

/// Every citation in `text`, in order. The patterns of every language
/// whose script the text holds run (files mix languages: a Chinese report
/// with an English annex, a short French text that looks English), and
/// those of `language`; where two find the same citation, the longer wins.
pub fn extract(text: &str, language: Language) -> Vec<Citation> {
    let has = |range: std::ops::RangeInclusive<char>| text.chars().any(|c| range.contains(&c));
    let mut tables: Vec<&'static Lexicon> = vec![
        &lexicon::ENGLISH,
        &lexicon::CHINESE,
        &lexicon::FRENCH,
        &lexicon::SPANISH,
    ];
    if has('\u{0400}'..='\u{04FF}') {
        tables.push(&lexicon::RUSSIAN);
    }
    if has('\u{0600}'..='\u{06FF}') {
        tables.push(&lexicon::ARABIC);
    }
    let own = lexicon::for_language(language);
    if !tables.iter().any(|t| std::ptr::eq(*t, own)) {
        tables.push(own);
    }
    let mut all = Vec::new();
    for table in tables {
        let compiled = compiled(table);
        match table.grammar {
            Grammar::Western => western(text, table, compiled, &mut all),
            Grammar::Chinese => chinese(text, compiled, &mut all),
        }
    }
    un_symbols(text, &mut all);
    all.sort_by_key(|c: &Citation| (c.range.start, Reverse(c.range.end)));
    let mut out: Vec<Citation> = Vec::with_capacity(all.len());
    for c in all {
        if out
            .last()
            .is_some_and(|last| last.range.end > c.range.start)
        {
            continue;
        }
        out.push(c);
    }
    out
}

// ---- compiled tables -----------------------------------------------------

struct Compiled {
    /// Western: the kind words.
    kind: Regex,
    /// A body name (or "this conference") at the end of the text before.
    body_before: Regex,
    /// Western: `of the Plenipotentiary Conference`, `of this assembly`.
    after: Option<Regex>,
    part_before: Option<Regex>,
    part_after: Option<Regex>,
    separator: Regex,
    /// `of the Expert Group`: not a citation.
    group_after: Option<Regex>,
}

/// Compiled on first use, table by table: a text without Cyrillic or
/// Arabic never pays for the Russian or Arabic patterns (Unicode
/// case-insensitive patterns are slow to build).
static COMPILED: [OnceLock<Compiled>; 6] = [const { OnceLock::new() }; 6];

fn compiled(table: &'static Lexicon) -> &'static Compiled {
    let i = lexicon::ALL
        .iter()
        .position(|l| std::ptr::eq(*l, table))
        .unwrap_or(0);
    COMPILED[i].get_or_init(|| Compiled::new(lexicon::ALL[i]))
}

/// Literal words as one alternation, longest first, spaces matching any
/// run of white space (no-break spaces included).
fn literal_alt<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut words: Vec<String> = words
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    words.sort_by_key(|w| Reverse(w.len()));
    words.dedup();
    words.join("|")
}

/// Regex fragments as one alternation, longest first.
fn fragment_alt(words: &[&str]) -> String {
    let mut words: Vec<&str> = words.to_vec();
    words.sort_by_key(|w| Reverse(w.len()));
    words.join("|")
}

impl Compiled {
    fn new(table: &Lexicon) -> Compiled {
        let kinds: Vec<String> = table.kinds.iter().map(|(w, _)| format!("({w})")).collect();
        let bodies = literal_alt(
            table
                .bodies
                .iter()
                .map(|(w, _)| *w)
                .chain(lexicon::abbreviations().iter().map(|(w, _)| *w)),
        );
        let this = literal_alt(table.this_conference.iter().copied());
        // Group 1: a possessive (`its`, `sa`, `свою`), then one group per
        // kind word, then the Council compendium's bare `R`.
        let selves = if table.self_refs.is_empty() {
            r"[^\s\S]".to_string()
        } else {
            fragment_alt(table.self_refs)
        };
        let kind = match table.grammar {
            Grammar::Western => format!(
                r"(?i)\b(?:({selves})[ \t\x{{A0}}\x{{202F}}]*)?(?:{}|(R)\b)",
                kinds.join("|")
            ),
            Grammar::Chinese => format!("(?:{})", kinds.join("|")),
        };
        let body_before = match table.grammar {
            Grammar::Western => format!(
                r"(?i)(?:^|[^\p{{L}}\p{{N}}\-])((?:the\s+)?(?:({this})|(?:{bodies})(?:-\d{{2,4}})?))(?:'s)?\s*$"
            ),
            Grammar::Chinese => format!(r"((?:({this})|(?:{bodies})(?:-\d{{2,4}})?))$"),
        };
        let after = (table.grammar == Grammar::Western).then(|| {
            let links = if table.after_link.is_empty() {
                String::new()
            } else {
                // `de l'Assemblée`: no space after an apostrophe.
                let mut words: Vec<&str> = table.after_link.to_vec();
                words.sort_by_key(|w| Reverse(w.len()));
                let alts: Vec<String> = words
                    .iter()
                    .map(|w| {
                        let e = regex::escape(w).replace(' ', r"\s+");
                        if w.ends_with(['\'', '’']) {
                            format!(r"{e}\s*")
                        } else {
                            format!(r"{e}\s+")
                        }
                    })
                    .collect();
                format!("(?:{})", alts.join("|"))
            };
            Regex::new(&format!(
                r"(?i)^[ \t\x{{A0}}\x{{202F}}]*,?[ \t\x{{A0}}\x{{202F}}]*{links}(?:the\s+)?(?:({this})|((?:{bodies})(?:-\d{{2,4}})?))(?:$|[^\p{{L}}\p{{N}}])"
            ))
            .unwrap()
        });
        let part_before = (!table.parts_before.is_empty()).then(|| {
            Regex::new(&format!(
                r"(?i)((?:{})[^\S\r\n]*(\d+(?:\.\d+)*(?:\s*[a-z]\))?))\s+(?:of|to|in|de\s+la|del|de)\s+(?:the\s+)?$",
                fragment_alt(table.parts_before)
            ))
            .unwrap()
        });
        let part_after = match table.grammar {
            Grammar::Chinese => Some(
                Regex::new(r"^\s*的?\s*((?:第\s*(\d+(?:\.\d+)*)\s*款)|(?:(?:做出决议|附件)[^\S\r\n]*(\d+(?:\.\d+)*)))")
                    .unwrap(),
            ),
            Grammar::Western => (!table.parts_after.is_empty()).then(|| {
                Regex::new(&format!(
                    r"(?i)^\s*,?\s*((?:{})[^\S\r\n]*(\d+(?:\.\d+)*))",
                    fragment_alt(table.parts_after)
                ))
                .unwrap()
            }),
        };
        let separator = Regex::new(&format!(
            r"(?i)^\s*\]?\s*(?:{})\s*\[?\s*",
            fragment_alt(table.list_separators)
        ))
        .unwrap();
        let group_after =
            (!table.group_after.is_empty()).then(|| Regex::new(table.group_after).unwrap());
        Compiled {
            group_after,
            kind: Regex::new(&kind).unwrap(),
            body_before: Regex::new(&body_before).unwrap(),
            after,
            part_before,
            part_after,
            separator,
        }
    }
}

/// Group 1: a UN symbol prefix (`A/RES/`, Cyrillic `А/RES/`); group 2 the
/// number. No line break between the kind word and its number.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[ \t\x{{A0}}\x{{202F}}]*(?:No\.\s*|N°\s*|№\s*|رقم\s*)?((?:[AА]/RES/)?)({NUM})"
    ))
    .unwrap()
});
/// `ITU-R`, `UIT-R`, `МСЭ-R` (the letter Latin or Cyrillic), `ITU T`.
static SECTOR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\x{A0}\x{202F}]*(?:ITU|UIT|МСЭ)[-‑]?[ \t\x{A0}\x{202F}]?([RTDРТ])\b[ \t\x{A0}\x{202F}]*").unwrap()
});
static SECTOR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:ITU|UIT|МСЭ)[-‑]?([TRDРТ])\s*$").unwrap());
static SECTOR_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([A-Z]{1,2}\.\d+(?:\.\d+)*)").unwrap());
static TRAILING_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(]([^（）()\n]{1,40})[）)]\s*$").unwrap());
static ZH_MAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"第\s*({NUM}(?:\s*(?:、|，|和|以及|及|与|或)\s*(?:第\s*)?{NUM})*)\s*号\s*(决议|决定|建议书|建议|课题|意见)"
    ))
    .unwrap()
});
static ZH_UN_BARE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(联大|联合国大会)\s*(\d+/\d+)\s*号\s*决议").unwrap());
static ZH_OPINION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"意见\s*(\d+)(?:\s*草案)?").unwrap());
static ZH_SECTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(ITU-?[TRD]|ITU[TRD])\s*([A-Z]{1,2}\.\d+(?:\.\d+)*)\s*建议书(?:\s*[（(]\d{2}/\d{4}[）)])?")
        .unwrap()
});
static NUM_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(NUM).unwrap());
/// `（A/RES/70/125）` after a citation: its UN symbol, part of it.
static UN_SYMBOL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\x{A0}\x{202F}]*[（(]\s*[AА]/RES/[0-9A-Z/\-]{1,20}\s*[）)]").unwrap()
});
/// A UN General Assembly symbol with no kind word: `A/RES/70/125`.
static UN_SYMBOL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\p{L}\p{N}/])([AА]/RES/(\d{1,3}/\d+[A-Z]?))\b").unwrap());
static ZH_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^[：:]?\s*[“"「《][^”"」》\n]{1,200}[”"」》]"#).unwrap());
static ZH_SESSION_NEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*年[^，,。；;（）()\d\n]{0,24}$").unwrap());
static ZH_SESSION_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*年\s*(?:会议|届会|会)?\s*$").unwrap());

/// The text before `at` on the same line, at most [`WINDOW`] bytes.
fn window(text: &str, at: usize) -> (usize, &str) {
    let at = floor_char_boundary(text, at);
    let mut start = floor_char_boundary(text, at.saturating_sub(WINDOW));
    if let Some(nl) = text[start..at].rfind(['\n', '\r']) {
        start += nl + 1;
    }
    (start, &text[start..at])
}

/// The body a written name stands for.
fn body_named(name: &str, table: &Lexicon) -> Option<Body> {
    let name = name.trim();
    let lower = name.to_lowercase();
    let bare = lower
        .strip_prefix("the")
        .map_or(lower.as_str(), str::trim_start);
    let bare = bare.trim_end_matches("'s");
    let bare = match bare.rsplit_once('-') {
        Some((head, tail)) if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => bare,
    };
    let squash = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let bare = squash(bare);
    table
        .bodies
        .iter()
        .chain(lexicon::abbreviations())
        .find(|(w, _)| squash(w) == bare)
        .map(|(_, b)| *b)
}

/// What `window` says about the body right before the citation: the body
/// (or "this conference"), where it is written, and whether it is directly
/// adjacent (so that the citation's range may start there).
fn body_before(
    window: &str,
    base: usize,
    table: &Lexicon,
    cp: &Compiled,
) -> Option<(CitedBody, TextRange, bool)> {
    let trimmed = window.trim_end();
    // `世界电信发展大会（WTDC）`, `UN General Assembly (UNGA)`.
    let (core, paren) = match TRAILING_PAREN.captures(trimmed) {
        Some(c) => (
            &trimmed[..c.get(0).unwrap().start()],
            Some(c.get(1).unwrap()),
        ),
        None => (trimmed, None),
    };
    let core_trimmed = core.trim_end();
    if let Some(c) = cp.body_before.captures(core_trimmed) {
        let m = c.get(1).unwrap_or_else(|| c.get(0).unwrap());
        let range = TextRange::new(base + m.start(), base + m.end());
        if c.get(2).is_some() {
            return Some((CitedBody::ThisConference, range, true));
        }
        if let Some(body) = body_named(m.as_str(), table) {
            return Some((CitedBody::Known(body), range, true));
        }
    }
    if let Some(p) = paren {
        if let Some(body) = body_named(p.as_str(), table) {
            return Some((
                CitedBody::Known(body),
                TextRange::new(base + p.start(), base + p.end()),
                true,
            ));
        }
    }
    if table.grammar == Grammar::Chinese && core_trimmed.ends_with('的') {
        // `全权代表大会关于…的第71号决议`: the body stands before 关于/有关.
        let clause_start = core_trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '；' | '。') || crate::text::is_line_break(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause = &core_trimmed[clause_start.min(core_trimmed.len())..];
        let link = clause.rfind("关于").or_else(|| clause.rfind("有关"))?;
        let before = &core_trimmed[..clause_start + link];
        let found = body_before(before, base, table, cp)?;
        return Some((found.0, found.1, false));
    }
    None
}

fn part_before(window: &str, base: usize, cp: &Compiled) -> Option<CitedPart> {
    let c = cp.part_before.as_ref()?.captures(window)?;
    let whole = c.get(1)?;
    Some(CitedPart {
        text: whole.as_str().to_string(),
        label: c.get(2)?.as_str().to_string(),
        range: TextRange::new(base + whole.start(), base + whole.end()),
    })
}

fn part_after(text: &str, at: usize, cp: &Compiled) -> Option<CitedPart> {
    let c = cp.part_after.as_ref()?.captures(text.get(at..)?)?;
    let whole = c.get(1)?;
    let label = c.get(2).or(c.get(3))?;
    Some(CitedPart {
        text: whole.as_str().to_string(),
        label: label.as_str().to_string(),
        range: TextRange::new(at + whole.start(), at + whole.end()),
    })
}

/// A revision group starting after optional white space at `at`.
fn group_at(text: &str, at: usize) -> Option<RevisionGroup> {
    let rest = text.get(at..)?;
    let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    parse_group(text, at + skip)
}

/// `WTPF-26`, `PP-06`: the session a body's meeting code names.
fn session_of_body(text: &str, body: TextRange) -> Option<CitedSession> {
    let name = text.get(body.as_range())?;
    let (_, digits) = name.rsplit_once(['-', '‑'])?;
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(CitedSession {
        year: super::expand_year(digits)?,
        range: TextRange::new(body.end - digits.len(), body.end),
    })
}

/// `2019年会议` / `2013年` right before `at` (Chinese).
fn session_before(text: &str, at: usize) -> Option<CitedSession> {
    let (base, win) = window(text, at);
    let m = ZH_SESSION_BEFORE.captures(win)?;
    let y = m.get(1)?;
    Some(CitedSession {
        year: y.as_str().parse().ok()?,
        range: TextRange::new(base + y.start(), base + m.get(0)?.end()),
    })
}

/// `2013年世界电信/信息通信技术政策论坛`: a year a few characters before the
/// body, in the same phrase (Chinese).
fn session_near(text: &str, at: usize) -> Option<CitedSession> {
    let (base, win) = window(text, at);
    let m = ZH_SESSION_NEAR.captures(win)?;
    let y = m.get(1)?;
    Some(CitedSession {
        year: y.as_str().parse().ok()?,
        range: TextRange::new(base + y.start(), base + y.end() + "年".len()),
    })
}

/// A body implied by the revisions' meeting codes (`(C24)`, `(Rev.WRC-07)`).
fn hinted_body(groups: &[RevisionGroup]) -> Option<Body> {
    let mut hints = groups
        .iter()
        .flat_map(|g| &g.revisions)
        .map(|r| r.body_hint);
    let first = hints.next()??;
    hints.all(|h| h == Some(first)).then_some(first)
}

// ---- Western grammar -----------------------------------------------------

fn western(text: &str, table: &'static Lexicon, cp: &Compiled, out: &mut Vec<Citation>) {
    let mut last_end = 0;
    for m in cp.kind.captures_iter(text) {
        let whole = m.get(0).unwrap();
        if whole.start() < last_end {
            continue;
        }
        let council_r = m.get(table.kinds.len() + 2).is_some();
        if council_r && whole.as_str() != "R" {
            continue;
        }
        let mut kind = if council_r {
            CitationKind::Resolution
        } else {
            match (2..=table.kinds.len() + 1).find(|i| m.get(*i).is_some()) {
                Some(i) => table.kinds[i - 2].1,
                None => continue,
            }
        };
        // `its Resolution`, `sa Résolution`, `свою Резолюцию`, Arabic `بقراره`.
        let self_ref = m
            .get(1)
            .map(|g| TextRange::new(g.start(), g.end()))
            .or_else(|| {
                (table.language == Language::Arabic && whole.as_str().ends_with(['ه']))
                    .then(|| TextRange::new(whole.start(), whole.end()))
            });
        if let Some(c) = scan_western(
            text,
            whole.start(),
            whole.end(),
            &mut kind,
            council_r,
            self_ref,
            last_end,
            table,
            cp,
        ) {
            last_end = c.range.end;
            out.push(c);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn scan_western(
    text: &str,
    start: usize,
    kind_end: usize,
    kind: &mut CitationKind,
    council_r: bool,
    self_ref: Option<TextRange>,
    floor: usize,
    table: &'static Lexicon,
    cp: &Compiled,
) -> Option<Citation> {
    let mut pos = kind_end;
    let mut body = CitedBody::Ambiguous;
    let mut body_range = None;
    let mut un_symbol = false;
    // Not back into the citation before (`… of the Council Decision 5`).
    let (wbase, win) = window(text, start);
    let (wbase, win) = if floor > wbase && floor <= start {
        (floor, &text[floor..start])
    } else {
        (wbase, win)
    };
    if let Some(s) = SECTOR_AFTER.captures(&text[pos..]) {
        let letter = &s[1];
        match (*kind, letter) {
            (CitationKind::Resolution, "R" | "Р") => {
                body = CitedBody::Known(Body::Ra);
                let lead = s.get(0)?.as_str().len() - s.get(0)?.as_str().trim_start().len();
                body_range = Some(TextRange::new(pos + lead, pos + s.get(1)?.end()));
                pos += s.get(0)?.end();
            }
            (CitationKind::Recommendation, _) => {
                *kind = CitationKind::SectorRecommendation;
                pos += s.get(0)?.end();
            }
            _ => {}
        }
    } else if *kind == CitationKind::Recommendation && SECTOR_BEFORE.is_match(win.trim_end()) {
        // `ITU-T Recommendation D.50`.
        if SECTOR_NUMBER.is_match(&text[pos..]) {
            *kind = CitationKind::SectorRecommendation;
        }
    }
    let number_re: &Regex = if *kind == CitationKind::SectorRecommendation {
        &SECTOR_NUMBER
    } else {
        &NUMBER
    };
    let mut numbers = Vec::new();
    let mut groups: Vec<RevisionGroup> = Vec::new();
    let n = number_re.captures(text.get(pos..)?)?;
    let g = n.get(if *kind == CitationKind::SectorRecommendation {
        1
    } else {
        2
    })?;
    if *kind != CitationKind::SectorRecommendation && !n[1].is_empty() {
        un_symbol = true;
    }
    let next = &text[pos + g.end()..];
    if next.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    // `T.1-a`, `R.2-1`: outputs and objectives of a plan, not Recommendations.
    if *kind == CitationKind::SectorRecommendation
        && next.starts_with(['-', '‑'])
        && next[1..].starts_with(|c: char| c.is_alphanumeric())
    {
        return None;
    }
    // `General Recommendation No. 37` of a UN treaty body.
    if win.trim_end().ends_with("General") {
        return None;
    }
    numbers.push(CitedNumber {
        text: g.as_str().to_string(),
        range: TextRange::new(pos + g.start(), pos + g.end()),
        group: None,
    });
    pos += g.end();
    loop {
        if let Some(group) = group_at(text, pos) {
            pos = group.range.end;
            groups.push(group);
            numbers.last_mut()?.group = Some(groups.len() - 1);
        }
        let rest = &text[pos..];
        let Some(sep) = cp.separator.find(rest) else {
            break;
        };
        let after_sep = pos + sep.end();
        let Some(n) = number_re.captures(&text[after_sep..]) else {
            break;
        };
        let g = n.get(if *kind == CitationKind::SectorRecommendation {
            1
        } else {
            2
        })?;
        if text[after_sep + g.end()..].starts_with(|c: char| c.is_alphanumeric()) {
            break;
        }
        numbers.push(CitedNumber {
            text: g.as_str().to_string(),
            range: TextRange::new(after_sep + g.start(), after_sep + g.end()),
            group: None,
        });
        pos = after_sep + g.end();
    }
    // `[76 (Rev. Hammamet, 2016)]`: the closing bracket belongs to the citation.
    if text[pos..].trim_start_matches([' ', '\t']).starts_with(']') {
        pos = pos + text[pos..].find(']')? + 1;
    }
    if let Some(m) = UN_SYMBOL_AFTER.find(&text[pos..]) {
        pos += m.end();
    }
    // `Recommendation 5 of the Expert Group`: a group's, not a citation.
    if let Some(g) = &cp.group_after {
        if g.is_match(&text[pos..]) {
            return None;
        }
    }
    if let Some(after) = &cp.after {
        if let Some(c) = after.captures(&text[pos..]) {
            let m = c.get(1).or(c.get(2))?;
            let range = TextRange::new(pos + m.start(), pos + m.end());
            if c.get(1).is_some() {
                body = CitedBody::ThisConference;
                body_range = Some(range);
                pos += m.end();
            } else if let Some(b) = body_named(m.as_str(), table) {
                if body == CitedBody::Ambiguous || body == CitedBody::Known(b) {
                    body = CitedBody::Known(b);
                    body_range = Some(range);
                    pos += m.end();
                }
            }
        }
    }
    // `Resolutions 6 and 32 of the Plenipotentiary Conference (Kyoto, 1994)`.
    if groups.is_empty() {
        if let Some(group) = group_at(text, pos) {
            pos = group.range.end;
            groups.push(group);
            for n in &mut numbers {
                n.group = Some(0);
            }
        }
    } else if groups.len() == 1 && numbers.len() > 1 && numbers.last()?.group == Some(0) {
        // `Resolutions 44 and 76 (Rev. Hammamet, 2016)`: one revision for all.
        for n in &mut numbers {
            n.group = Some(0);
        }
    }
    if council_r
        && !groups
            .iter()
            .any(|g| g.cited().and_then(|r| r.body_hint) == Some(Body::Council))
    {
        return None;
    }
    let mut start = start;
    let mut win_end = win.len();
    if body == CitedBody::Ambiguous {
        if let Some((b, range, _)) = body_before(win, wbase, table, cp) {
            body = b;
            body_range = Some(range);
            start = range.start;
            win_end = range.start - wbase;
        }
    }
    // `[Resolutions 44 (…)] and [76 (…)]`: the opening bracket too.
    if text[..start].ends_with('[') && text[start..pos].contains(']') {
        start -= 1;
        win_end = win_end.saturating_sub(1);
    }
    let mut part = part_before(&win[..win_end], wbase, cp);
    if let Some(p) = &part {
        start = start.min(p.range.start);
    }
    if part.is_none() {
        part = part_after(text, pos, cp);
        if let Some(p) = &part {
            pos = p.range.end;
        }
    }
    // `its Resolution 1343 (C12)`: the adopting body's own text, unless a
    // meeting code names another body (`its Resolution 809 (WRC-15), the
    // World Radiocommunication Conference`).
    if let Some(r) = self_ref {
        if body == CitedBody::Ambiguous {
            match hinted_body(&groups) {
                Some(b) if b != Body::Council => body = CitedBody::Known(b),
                _ => {
                    body = CitedBody::ThisConference;
                    body_range = Some(r);
                }
            }
        }
        start = start.min(r.start);
    }
    if body == CitedBody::Ambiguous {
        if let Some(b) = hinted_body(&groups) {
            body = CitedBody::Known(b);
        }
    }
    // Spanish calls only the Council's decisions "Acuerdos".
    if body == CitedBody::Ambiguous
        && table.language == Language::Spanish
        && text[start..kind_end].to_lowercase().contains("acuerdo")
    {
        body = CitedBody::Known(Body::Council);
    }
    if !un_slash(kind, &mut body, &numbers, un_symbol) {
        return None;
    }
    let session = body_range.and_then(|r| session_of_body(text, r));
    Some(Citation {
        kind: *kind,
        body,
        body_range,
        numbers: numbers.into(),
        groups: groups.into(),
        part,
        session,
        language: table.language,
        range: TextRange::new(start, pos),
    })
}

/// Bare UN symbols (`the 2030 Agenda (A/RES/70/1)`): UN General Assembly
/// resolutions, never checked against ITU. Those inside a citation found
/// by a kind word give way to it (the longer citation wins).
fn un_symbols(text: &str, out: &mut Vec<Citation>) {
    for m in UN_SYMBOL.captures_iter(text) {
        let (whole, number) = (m.get(1).unwrap(), m.get(2).unwrap());
        out.push(Citation {
            kind: CitationKind::UnResolution,
            body: CitedBody::Known(Body::Unga),
            body_range: None,
            numbers: smallvec::smallvec![CitedNumber {
                text: number.as_str().to_string(),
                range: TextRange::new(number.start(), number.end()),
                group: None,
            }],
            groups: Default::default(),
            part: None,
            session: None,
            language: crate::model::language::detect(whole.as_str()),
            range: TextRange::new(whole.start(), whole.end()),
        });
    }
}

/// Numbers with a slash: `A/RES/70/125` and `70/125` are UN General
/// Assembly resolutions (session numbers are small); other bodies' slashed
/// numbers (`Human Rights Council Resolution 20/8`, ECOSOC `2012/24`, an
/// advisory committee's `Recommendation 13/2016`) are not ITU texts: false
/// means "not a citation".
fn un_slash(
    kind: &mut CitationKind,
    body: &mut CitedBody,
    numbers: &[CitedNumber],
    un_symbol: bool,
) -> bool {
    let slashed = numbers.iter().any(|n| n.text.contains('/'));
    if un_symbol || *body == CitedBody::Known(Body::Unga) {
        if matches!(kind, CitationKind::Resolution | CitationKind::UnResolution) {
            *kind = CitationKind::UnResolution;
            *body = CitedBody::Known(Body::Unga);
        }
        return true;
    }
    if !slashed {
        return true;
    }
    match kind {
        CitationKind::Resolution => {
            let session_like = numbers
                .iter()
                .all(|n| n.text.contains('/') && n.value().is_some_and(|v| v < 200));
            if session_like && matches!(body, CitedBody::Ambiguous | CitedBody::ThisConference) {
                *kind = CitationKind::UnResolution;
                *body = CitedBody::Known(Body::Unga);
                true
            } else {
                false
            }
        }
        CitationKind::Recommendation | CitationKind::Decision | CitationKind::Opinion => false,
        _ => true,
    }
}

// ---- Chinese grammar -----------------------------------------------------

fn chinese(text: &str, cp: &Compiled, out: &mut Vec<Citation>) {
    let table = &lexicon::CHINESE;
    for m in ZH_MAIN.captures_iter(text) {
        let whole = m.get(0).unwrap();
        let list = m.get(1).unwrap();
        let kind = match &m[2] {
            "决议" => CitationKind::Resolution,
            "决定" => CitationKind::Decision,
            "课题" => CitationKind::Question,
            "意见" => CitationKind::Opinion,
            _ => CitationKind::Recommendation,
        };
        let numbers = NUM_RE
            .find_iter(list.as_str())
            .map(|n| CitedNumber {
                text: n.as_str().to_string(),
                range: TextRange::new(list.start() + n.start(), list.start() + n.end()),
                group: None,
            })
            .collect();
        out.extend(finish_chinese(
            text,
            whole.start(),
            whole.end(),
            kind,
            numbers,
            None,
            table,
            cp,
        ));
    }
    for m in ZH_UN_BARE.captures_iter(text) {
        let (b, n) = (m.get(1).unwrap(), m.get(2).unwrap());
        let numbers = vec![CitedNumber {
            text: n.as_str().to_string(),
            range: TextRange::new(n.start(), n.end()),
            group: None,
        }];
        let body = Some((
            CitedBody::Known(Body::Unga),
            TextRange::new(b.start(), b.end()),
        ));
        let end = m.get(0).unwrap().end();
        out.extend(finish_chinese(
            text,
            b.start(),
            end,
            CitationKind::UnResolution,
            numbers,
            body,
            table,
            cp,
        ));
    }
    for m in ZH_OPINION.captures_iter(text) {
        let whole = m.get(0).unwrap();
        let n = m.get(1).unwrap();
        let (wbase, win) = window(text, whole.start());
        // `WTPF-26的意见2草案`.
        let win = win.strip_suffix('的').unwrap_or(win);
        let Some((CitedBody::Known(b @ (Body::Wtpf | Body::Wtsa)), range, _)) =
            body_before(win, wbase, table, cp)
        else {
            continue;
        };
        let numbers = vec![CitedNumber {
            text: n.as_str().to_string(),
            range: TextRange::new(n.start(), n.end()),
            group: None,
        }];
        out.extend(finish_chinese(
            text,
            whole.start(),
            whole.end(),
            CitationKind::Opinion,
            numbers,
            Some((CitedBody::Known(b), range)),
            table,
            cp,
        ));
    }
    for m in ZH_SECTOR.captures_iter(text) {
        let whole = m.get(0).unwrap();
        let n = m.get(2).unwrap();
        out.push(Citation {
            kind: CitationKind::SectorRecommendation,
            body: CitedBody::Ambiguous,
            body_range: None,
            numbers: smallvec::smallvec![CitedNumber {
                text: n.as_str().to_string(),
                range: TextRange::new(n.start(), n.end()),
                group: None,
            }],
            groups: Default::default(),
            part: None,
            session: None,
            language: Language::Chinese,
            range: TextRange::new(whole.start(), whole.end()),
        });
    }
}

/// Where to look for a session written right before the number: after
/// the body when the body is written before it (`理事会2019年会议第611号`),
/// else before the citation.
fn end_of_body_or(start: usize, body: Option<TextRange>, limit: usize, text: &str) -> usize {
    match body {
        Some(r) if r.start <= start && r.end <= limit => {
            // The 第 between the body and the number.
            text.get(r.end..limit)
                .and_then(|t| t.find('第'))
                .map_or(start, |i| r.end + i)
        }
        _ => start,
    }
}

#[allow(clippy::too_many_arguments)]
fn finish_chinese(
    text: &str,
    start: usize,
    end: usize,
    mut kind: CitationKind,
    mut numbers: Vec<CitedNumber>,
    known_body: Option<(CitedBody, TextRange)>,
    table: &'static Lexicon,
    cp: &Compiled,
) -> Option<Citation> {
    let mut start = start;
    let mut pos = end;
    let mut groups = Vec::new();
    // `第2号决议：“<标题>”（2014年，釜山，修订版）`: a title between the
    // number and its revision.
    let title_end = ZH_TITLE.find(&text[pos..]).map_or(pos, |t| pos + t.end());
    let group = group_at(text, pos)
        .or_else(|| group_at(text, title_end))
        // `第171号决议2010年,瓜达拉哈拉)`: the opening parenthesis lost.
        .or_else(|| parse_group_unopened(text, pos));
    if let Some(group) = group {
        pos = group.range.end;
        groups.push(group);
        for n in &mut numbers {
            n.group = Some(0);
        }
    }
    if let Some(m) = UN_SYMBOL_AFTER.find(&text[pos..]) {
        pos += m.end();
    }
    let (mut body, mut body_range) = match known_body {
        Some((b, r)) => {
            start = start.min(r.start);
            (b, Some(r))
        }
        None => (CitedBody::Ambiguous, None),
    };
    if body == CitedBody::Ambiguous {
        let (wbase, win) = window(text, start);
        if let Some(stripped) = win.strip_suffix('其') {
            // `其第1305号决议`: the adopting body's own text.
            body = CitedBody::ThisConference;
            let r = TextRange::new(wbase + stripped.len(), start);
            body_range = Some(r);
            start = r.start;
        } else {
            // `理事会2019年会议第611号决定`: the session between body and number.
            let session = ZH_SESSION_BEFORE.find(win).map_or(win.len(), |m| m.start());
            let adjacent_win = &win[..session];
            if let Some((b, range, adjacent)) = body_before(adjacent_win, wbase, table, cp) {
                body = b;
                body_range = Some(range);
                if adjacent {
                    start = range.start;
                }
            }
        }
    }
    if body == CitedBody::Ambiguous {
        if let Some(b) = hinted_body(&groups) {
            body = CitedBody::Known(b);
        }
    }
    if kind == CitationKind::Resolution
        && (body == CitedBody::Known(Body::Unga) || numbers.iter().any(|n| n.text.contains('/')))
    {
        kind = CitationKind::UnResolution;
        body = CitedBody::Known(Body::Unga);
    }
    let part = part_after(text, pos, cp);
    if let Some(p) = &part {
        pos = p.range.end;
    }
    // `理事会2019年会议第611号决定`, `2013年…论坛意见2`, `WTPF-26的意见2`.
    let session = body_range
        .and_then(|r| session_of_body(text, r))
        .or_else(|| {
            let limit = numbers.first().map_or(start, |n| n.range.start);
            session_before(text, end_of_body_or(start, body_range, limit, text))
        })
        .or_else(|| body_range.and_then(|r| session_near(text, r.start)));
    Some(Citation {
        kind,
        body,
        body_range,
        numbers: numbers.into(),
        groups: groups.into(),
        part,
        session,
        language: Language::Chinese,
        range: TextRange::new(start, pos),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Citation {
        let all = extract(text, crate::model::language::detect(text));
        assert_eq!(all.len(), 1, "{text}: {all:#?}");
        all.into_iter().next().unwrap()
    }

    fn nums(c: &Citation) -> Vec<&str> {
        c.numbers.iter().map(|n| n.text.as_str()).collect()
    }

    #[test]
    fn chinese_forms() {
        let t = "全权代表大会第101号决议（2010年，瓜达拉哈拉，修订版）；";
        let c = one(t);
        assert_eq!(c.body, CitedBody::Known(Body::Pp));
        assert_eq!(
            &t[c.range.as_range()],
            "全权代表大会第101号决议（2010年，瓜达拉哈拉，修订版）"
        );
        let c = one(
            "本届大会第102、130、133、180和197号决议（2018年，迪拜2022年，布加勒斯特，修订版）；",
        );
        assert_eq!(nums(&c), ["102", "130", "133", "180", "197"]);
        assert_eq!(c.body, CitedBody::ThisConference);
        assert!(c.groups[0].is_merged());
        let c = one("有关互联网资源的非歧视性接入和使用的世界电信标准化全会（WTSA）第69号决议（2016年，哈马马特）");
        assert_eq!(c.body, CitedBody::Known(Body::Wtsa));
        let c = one(
            "全权代表大会关于国际电联2020-2023年战略规划的第71号决议（2018年，迪拜，修订版）确定的",
        );
        assert_eq!(c.body, CitedBody::Known(Body::Pp));
        let c = one("全权代表大会（2022年，布加勒斯特）关于世界电信/信息通信技术政策论坛（WTPF）的第2号决议（2022年，布加勒斯特，修订版），");
        assert_eq!(c.body, CitedBody::Known(Body::Pp));
        let c = one("无线电通信全会ITU-R第66-1号决议（2019年，沙姆沙伊赫，修订版）");
        assert_eq!(c.body, CitedBody::Known(Body::Ra));
        assert_eq!(
            (c.numbers[0].value(), c.numbers[0].index()),
            (Some(66), Some(1))
        );
        let c = one("世界电信发展大会（WTDC）第22号建议（2014年，迪拜）");
        assert_eq!(
            (c.kind, c.body),
            (CitationKind::Recommendation, CitedBody::Known(Body::Wtdc))
        );
        let c = one("联大第70/125号决议");
        assert_eq!(
            (c.kind, c.body),
            (CitationKind::UnResolution, CitedBody::Known(Body::Unga))
        );
        let c = one("有关审查WSIS的联大68/302号决议；");
        assert_eq!(c.kind, CitationKind::UnResolution);
        let c = one("的世界电信/信息通信技术（ICT）政策论坛（WTPF）意见1（2013年，日内瓦）；");
        assert_eq!(
            (c.kind, c.body),
            (CitationKind::Opinion, CitedBody::Known(Body::Wtpf))
        );
        let c = one("特别是围绕第3/2号课题，");
        assert_eq!(c.kind, CitationKind::Question);
        let c = one("ITU-T D.50建议书（05/2013）并");
        assert_eq!(
            (c.kind, nums(&c)),
            (CitationKind::SectorRecommendation, vec!["D.50"])
        );
        let c = one("如本届全会第1号决议（2016年，哈马马特，修订版）第9.2.1款所预见的");
        assert_eq!(c.part.as_ref().map(|p| p.label.as_str()), Some("9.2.1"));
        let c = one("附件B：理事会第641号决定（C24）");
        assert_eq!(
            (c.kind, c.body),
            (CitationKind::Decision, CitedBody::Known(Body::Council))
        );
        let c = one("第641号决定");
        assert_eq!(c.body, CitedBody::Ambiguous);
        let c = one("第196号决议(2014年,釜山)");
        assert!(!c.groups[0].style.full_width);
    }

    #[test]
    fn english_forms() {
        let t = "the modalities listed in [Resolutions 44 (Rev. Hammamet, 2016)] and [76 (Rev. Hammamet, 2016)] of this assembly, in";
        let c = one(t);
        assert_eq!(nums(&c), ["44", "76"]);
        assert_eq!(c.body, CitedBody::ThisConference);
        assert_eq!(c.numbers[1].group, Some(1));
        assert!(t[c.range.as_range()].ends_with("of this assembly"));
        let c = one("Resolution 177 (Rev. Busan, 2014) of the Plenipotentiary Conference;");
        assert_eq!(c.body, CitedBody::Known(Body::Pp));
        let c = one("taking into account WTDC Resolution 63 (Rev. Dubai, 2014);");
        assert_eq!(c.body, CitedBody::Known(Body::Wtdc));
        let c = one("in the implementation of Resolution 196 (Busan, 2014)");
        assert_eq!(c.body, CitedBody::Ambiguous);
        assert!(!c.groups[0].revisions[0].revised);
        let c = one("Resolutions 6 and 32 of the Plenipotentiary Conference (Kyoto, 1994)");
        assert_eq!((nums(&c), c.numbers[0].group), (vec!["6", "32"], Some(0)));
        let c = one("Resolution 95 (Rev.WRC-07)");
        assert_eq!(c.body, CitedBody::Known(Body::Wrc));
        let c = one("Resolution ITU-R 4-5");
        assert_eq!(
            (c.body, c.numbers[0].index()),
            (CitedBody::Known(Body::Ra), Some(5))
        );
        let c = one("Resolution 1238 (C05)");
        assert_eq!(c.body, CitedBody::Known(Body::Council));
        let c = one("Decision 641 (C24)");
        assert_eq!(c.kind, CitationKind::Decision);
        let c = one("R 1081 (C-1995)");
        assert_eq!(c.body, CitedBody::Known(Body::Council));
        let c = one("Recommendation ITU-T D.50");
        assert_eq!(c.kind, CitationKind::SectorRecommendation);
        let c = one("in the framework of Question 7/2;");
        assert_eq!(c.kind, CitationKind::Question);
        let c = one("in the context of Question3/2, Securing");
        assert_eq!(nums(&c), ["3/2"]);
        let c = one("resolves 2 of Resolution 1 (Rev. Hammamet, 2016)");
        assert_eq!(c.part.as_ref().map(|p| p.label.as_str()), Some("2"));
        // The next section's heading and its first label are not a part
        // of the citation that ends the clause before them.
        let text = "b)\tResolution 72 (Rev. Dubai, 2018),\nresolves\n1\tto act;";
        let c = one(text);
        assert!(c.part.is_none(), "{:?}", c.part);
        assert_eq!(
            &text[c.range.as_range()],
            "Resolution 72 (Rev. Dubai, 2018)"
        );
        // A part wrapped onto the next line with its number is still one.
        let c = one("Resolution 72 (Rev. Dubai, 2018),\nresolves 2 above");
        assert_eq!(c.part.as_ref().map(|p| p.label.as_str()), Some("2"));
        let c = one("Res. 99 (Rev. Dubai, 2018)");
        assert_eq!(c.kind, CitationKind::Resolution);
        let c = one("UN General Assembly resolution 70/1");
        assert_eq!(c.kind, CitationKind::UnResolution);
        let c = one("MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)");
        assert_eq!(c.body, CitedBody::Known(Body::Wrc));
        assert!(extract(
            "the Question on this topic and Recommendations;",
            Language::English
        )
        .is_empty());
    }

    #[test]
    fn other_languages() {
        let c = one("la Résolution 115 (Marrakech, 2002) de la présente Conférence");
        assert_eq!(c.body, CitedBody::ThisConference);
        let all = extract(
            "Резолюция 99 (Пересм. Гвадалахара, 2010 г.)",
            Language::Russian,
        );
        assert_eq!(all.len(), 1);
        assert!(all[0].groups[0].revisions[0].revised);
        let all = extract("Resolución 91 (Rev. Guadalajara, 2010)", Language::Spanish);
        assert_eq!(all.len(), 1);
        let all = extract("القرار 169 (المراجَع في بوخارست، 2022)", Language::Arabic);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].groups[0].revisions[0].year, Some(2022));
    }

    #[test]
    fn issue_11_forms() {
        // Fused Arabic prepositions and conjunctions, the dual, a body after.
        let c = one("وفقاً للقرار 64 (المراجَع في بوسان، 2014)");
        assert_eq!(nums(&c), ["64"]);
        let c = one("وبالقرارين 179 و196 (المراجَع في دبي، 2018) لهذا المؤتمر؛");
        assert_eq!(
            (nums(&c), c.body),
            (vec!["179", "196"], CitedBody::ThisConference)
        );
        let c = one("بالقرار 174 (المراجَع في بوسان، 2014) لمؤتمر المندوبين المفوضين؛");
        assert_eq!(c.body, CitedBody::Known(Body::Pp));
        // Sector prefixes.
        assert_eq!(
            one("la Résolution UIT-R 66 (Genève, 2015)").body,
            CitedBody::Known(Body::Ra)
        );
        assert_eq!(one("Резолюцию МСЭ-R 66").body, CitedBody::Known(Body::Ra));
        assert_eq!(
            one("la Recomendación UIT-T D.50;").kind,
            CitationKind::SectorRecommendation
        );
        // UN General Assembly in every script.
        for t in [
            "resolution A/RES/70/125",
            "la résolution A/RES/68/302",
            "резолюцию А/RES/70/125",
            "والقرار A/RES/70/125 للجمعية العامة للأمم المتحدة",
        ] {
            let c = one(t);
            assert_eq!(c.kind, CitationKind::UnResolution, "{t}");
        }
        // Self-references of the adopting body.
        for t in [
            "the Council, in its Resolution 1380,",
            "sa Résolution 1305",
            "su Resolución 1238",
            "свою Резолюцию 1332",
            "своюРезолюцию 25",
            "其第1305号决议",
            "بقراره 1282؛",
        ] {
            assert_eq!(one(t).body, CitedBody::ThisConference, "{t}");
        }
        assert_eq!(
            one("by its Resolution 809 (WRC-15), the").body,
            CitedBody::Known(Body::Wrc)
        );
        // The body in unusual places.
        assert_eq!(
            one("理事会2019年会议第611号决定").body,
            CitedBody::Known(Body::Council)
        );
        assert_eq!(
            one("Resolution 76 (Hammamet 2016) of WTSA").body,
            CitedBody::Known(Body::Wtsa)
        );
        let c =
            one("全权代表大会第2号决议：“世界电信/信息通信技术政策论坛”（2014年，釜山，修订版）");
        assert_eq!(c.groups[0].cited().unwrap().year, Some(2014));
        let c = one("第2号决议（修订版，2014年，釜山）");
        assert!(c.groups[0].cited().unwrap().revised);
        assert_eq!(
            one("la Résolution 1106 (Mod. 2001)").body,
            CitedBody::Known(Body::Council)
        );
        assert_eq!(
            one("el Acuerdo 562 (Consejo de 2011)").kind,
            CitationKind::Decision
        );
        assert_eq!(one("el Acuerdo 482").body, CitedBody::Known(Body::Council));
        // Opinions.
        assert_eq!(one("Opinion 4 (Lisbon, 2009)").kind, CitationKind::Opinion);
        assert_eq!(one("WTPF-26的意见2草案").kind, CitationKind::Opinion);
        // Broken spacing does not change the meaning.
        for t in [
            "Resolution 181 (Re v. Guadalajara, 2010)",
            "Resolution130 (Rev.Busan, 2014)",
            "Resolution 130 (Rev.\u{a0}Busan, 2014)",
        ] {
            let c = one(t);
            let r = c.groups[0].cited().unwrap();
            assert!(r.revised && r.year.is_some(), "{t}");
        }
        // `رقم` ("number") between the word and the number.
        assert_eq!(nums(&one("القرار رقم 71 (المراجَع في دبي، 2018)")), ["71"]);
        assert_eq!(
            one("Резолюция 1305 (2009 г.)").groups[0]
                .cited()
                .unwrap()
                .year,
            Some(2009)
        );
        // A UN symbol alone, and one after a citation that names it.
        let c = one("the 2030 Agenda (A/RES/70/1) and");
        assert_eq!(
            (c.kind, nums(&c)),
            (CitationKind::UnResolution, vec!["70/1"])
        );
        let c = one("联合国大会第70/125号决议（A/RES/70/125）；");
        assert!(c.range.end > "联合国大会第70/125号决议".len());
        // Not citations.
        for t in [
            "Recomendaciones 3 y 4 del Grupo de Trabajo del Consejo",
            "Recommendation 5 of the Expert Group on the ITRs",
            "United Nations Human Rights Council Resolution 20/8",
            "ECOSOC Resolution 2012/24",
        ] {
            assert!(
                extract(t, crate::model::language::detect(t)).is_empty(),
                "{t}"
            );
        }
    }

    #[test]
    fn residue_forms() {
        let years = |t: &str| -> Vec<(Option<String>, Option<u16>)> {
            let c = one(t);
            assert!(c.groups[0].is_merged(), "{t}");
            c.groups[0]
                .revisions
                .iter()
                .map(|r| (r.place.clone(), r.year))
                .collect()
        };
        let s = |p: &str, y: u16| (Some(p.to_string()), Some(y));
        assert_eq!(
            years("Resolution 101 (Rev. AntalyaGuadalajara, 20062010)"),
            [s("Antalya", 2006), s("Guadalajara", 2010)]
        );
        assert_eq!(
            years("Resolution 71 (Rev. BusanDubai, 20148)"),
            [s("Busan", 2014), s("Dubai", 2018)]
        );
        assert_eq!(
            years("Resolution 71 (Rev. BusanDubai, 20184)"),
            [s("Busan", 2014), s("Dubai", 2018)]
        );
        // Places new-old, years old-new: paired by the meetings that took place.
        assert_eq!(
            years("RESOLUTION 64 (REV. GENEVAHAMMAMET, 20162022)"),
            [s("HAMMAMET", 2016), s("GENEVA", 2022)]
        );
        assert_eq!(
            years("Резолюцию 101 (Пересм. АнталияГвадалахара, 20062010 г.)"),
            [s("Анталия", 2006), s("Гвадалахара", 2010)]
        );
        assert_eq!(
            years("全权代表大会第71号决议（20148年，釜山迪拜，修订版）"),
            [s("釜山", 2014), s("迪拜", 2018)]
        );
        assert_eq!(
            years("WTDC第23号决议（2017年2022年，布宜诺斯艾利斯基加利，修订版）"),
            [s("布宜诺斯艾利斯", 2017), s("基加利", 2022)]
        );
        // The newer place was lost: not invented.
        assert_eq!(
            years("وبالقرار 69 (المراجَع في بوينس آيرس، 20172022)"),
            [s("بوينس آيرس", 2017), (None, Some(2022))]
        );
        let c = one("Resolution 95 (Rev.WRC-1519)");
        assert_eq!(c.groups[0].revisions.len(), 2);
        // A year that cannot be real is never read as one.
        let c = one("Resolution 71 (Rev. Busan, 201488)");
        assert!(c.groups.is_empty());
        assert_eq!(
            years("Resolution 71 (Rev. Busan Dubai, 2014 2018)"),
            [s("Busan", 2014), s("Dubai", 2018)]
        );
        // A history list is not residue.
        let c = one("WTSA Resolution 44 (Florianópolis, 2004; Johannesburg, 2008; Dubai, 2012)");
        assert!(!c.groups[0].is_merged());
    }
}
