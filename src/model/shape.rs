//! What each line is, by its shape and its place (DOMAIN.md §2).
//!
//! The grammar classifies lines it can recognise alone (English and Chinese
//! keyword headings, identity and conference lines, labels). This pass
//! reads the rows in order and decides the rest, in every language:
//!
//! - identity, history and conference lines the grammar left as paragraphs
//!   (`RÉSOLUTION 71 (RÉV. …)`, `(C09)`, `Le Conseil,`);
//! - headings by shape: a short line without clause punctuation (a comma
//!   is allowed: `учитывая,`), after the conference line, opening a run of
//!   labelled clauses or a paragraph; unknown words are headings too, and
//!   their part comes from their form and position;
//! - headings written on the same line as their first clause
//!   (`considering a) that …`) or glued to the end of the clause before
//!   them (`…, instructs the Director …`), which become headings of their
//!   own with a note (and a fix) for the checks;
//! - labelled clauses with no heading, which keep a section of their own
//!   with a note.

use std::sync::LazyLock;

use regex::Regex;

use super::classify::Top;
use super::headings::{match_keyword, part_by_form};
use super::labels::classify_label_text;
use super::lines::{
    is_annex_line, is_conference_line, is_history_line, is_identity_line, strip_markdown,
};
use super::rows::{build_items, is_footer_rule, trim_range, RawItem, Row};
use super::{parse_conference_line, Heading, Label, Line, Note, NoteKind, Part, Section};
use crate::text::{slice, TextRange};

/// The text of the heading of clauses that have none.
pub const MISSING_HEADING: &str = "(no heading)";

/// Punctuation that ends a clause (never a heading), in every script.
const CLAUSE_END: &[char] = &[';', '.', ':', '；', '。', '：', '؛'];
/// Commas: a heading may end with one (`учитывая,`, `considering,`).
const COMMAS: &[char] = &[',', '，', '،', '、'];

/// Words a clause or a paragraph starts with, never a heading.
const CLAUSE_STARTS: &[&str] = &[
    "that", "to", "the", "and", "or", "in", "of", "for", "with", "a", "an", "que", "de", "la",
    "le", "les", "el", "los", "las", "del", "y", "et", "ou", "en", "à", "a", "что", "и", "в", "на",
    "с", "по", "для", "о", "к", "أن", "على", "في", "من",
];

/// Whether a line the grammar took for a heading's second line reads as
/// clause text instead: it starts like a clause or is a whole paragraph.
pub(super) fn reads_as_clause(s: &str) -> bool {
    let t = s.trim();
    // Addressees may start with `the`, `le`, `al`: only the words that open
    // clause text count here.
    // `to …` continues phrase headings (`resolves` / `to instruct the
    // Director …`); `that …` over a few words is the paragraph (a colon at its
    // end introduces the list below); a heading glued to the end of the line
    // means the line before it is clause text.
    const OPENERS: &[&str] = &["that", "que", "qu'", "что", "أن"];
    let n = t.chars().count();
    let word = first_word(t);
    // Addressees (`the Director …:`) start with an article.
    const ADDRESSEE: &[&str] = &[
        "to", "the", "all", "le", "la", "les", "l'", "el", "al", "los", "las",
    ];
    let intro = t.ends_with([':', '：']) && !ADDRESSEE.contains(&word.as_str()) && !is_chinese(t);
    OPENERS.contains(&word.as_str()) && n > 80 || intro || n > 220 || split_glued(t).is_some()
}

struct Builder<'t> {
    text: &'t str,
    tops: Vec<Top>,
    notes: Vec<Note>,
    /// The open section: heading, part, raw items.
    section: Option<(Heading, Part, Vec<RawItem>)>,
    /// A conference line (or a heading) was seen in the current document:
    /// headings are recognised by shape from here on.
    in_body: bool,
    /// The current document has sections.
    has_sections: bool,
    operative: bool,
    /// After a footer rule: page furniture until the next heading.
    furniture: bool,
    /// After a proposal marker (`MOD\tEUR/44A7/1`): an identity line
    /// opens a new document even inside a section.
    after_marker: bool,
}

impl Builder<'_> {
    fn close(&mut self) {
        let Some((heading, part, raw)) = self.section.take() else {
            return;
        };
        // Unlabelled lines after a section's last clause, when the line
        // before them closed with a full stop, are not part of it
        // (`第641号决定附件：2件`).
        let last_labelled = raw.iter().rposition(|r| r.label.is_some());
        let mut keep: Vec<RawItem> = Vec::new();
        let mut out: Vec<Top> = Vec::new();
        for (i, item) in raw.into_iter().enumerate() {
            let trailing = item.label.is_none()
                && last_labelled.is_some_and(|l| i > l)
                && keep
                    .last()
                    .is_some_and(|r: &RawItem| slice(self.text, r.body).ends_with(['。', '.']));
            if !out.is_empty() || trailing {
                out.push(match item.label {
                    Some(_) => Top::Clause,
                    None => Top::Paragraph(self.line_of(item.line)),
                });
                continue;
            }
            keep.push(item);
        }
        let end = keep
            .iter()
            .map(|r| r.line.end)
            .max()
            .unwrap_or(heading.range.end)
            .max(heading.range.end);
        let range = TextRange::new(heading.range.start, end);
        let items = build_items(keep);
        self.label_script(&items);
        self.tops.push(Top::Section(Section {
            range,
            heading,
            part,
            items,
        }));
        self.tops.extend(out);
    }

    /// A Cyrillic letter that looks like a Latin one (`с)` among `a) b)`)
    /// breaks the sequence: a note with a fix that writes the Latin letter.
    fn label_script(&mut self, items: &[super::Clause]) {
        let labels: Vec<&Label> = items.iter().filter_map(|c| c.label.as_ref()).collect();
        let latin = labels
            .iter()
            .filter(|l| l.value.len() == 1 && l.value.bytes().all(|b| b.is_ascii_lowercase()))
            .count();
        if latin < 2 {
            return;
        }
        for l in labels {
            let mut cs = l.value.chars();
            let (Some(c), None) = (cs.next(), cs.next()) else {
                continue;
            };
            let Some(latin) = super::labels::latin_lookalike(c) else {
                continue;
            };
            let Some(at) = l.text.find(c) else { continue };
            let start = l.range.start + at;
            let range = TextRange::new(start, start + c.len_utf8());
            self.notes.push(Note {
                kind: NoteKind::LabelScript,
                range: l.range,
                message: crate::msg!(
                    "note-label-script",
                    label = &l.text,
                    letter = c.to_string(),
                    latin = latin.to_string()
                ),
                fix: Some((
                    crate::msg!("fix-write-latin", latin = latin.to_string()),
                    vec![(range, latin.to_string())],
                )),
            });
        }
    }

    fn line_of(&self, range: TextRange) -> Line {
        let range = trim_range(self.text, range);
        Line {
            range,
            text: slice(self.text, range).to_string(),
        }
    }

    fn open(&mut self, heading: Heading, known: Option<Part>) {
        self.close();
        let part = known
            .or_else(|| self.operative.then_some(Part::Operative))
            .or_else(|| part_by_form(&heading.text))
            .unwrap_or(Part::Preamble);
        if part == Part::Operative {
            self.operative = true;
        }
        self.section = Some((heading, part, Vec::new()));
        self.in_body = true;
        self.has_sections = true;
        self.furniture = false;
    }

    fn new_document(&mut self) {
        self.close();
        self.in_body = false;
        self.has_sections = false;
        self.operative = false;
        self.furniture = false;
    }
}

/// The text a row shows, without Markdown marks.
fn plain(text: &str, line: &Line) -> (TextRange, String) {
    let (a, n) = strip_markdown(&line.text);
    let range = TextRange::new(line.range.start + a, line.range.start + a + n);
    (range, slice(text, range).to_string())
}

fn ends_clause(s: &str) -> bool {
    s.trim_end().ends_with(CLAUSE_END)
}

fn ends_punctuated(s: &str) -> bool {
    let s = s.trim_end();
    s.ends_with(CLAUSE_END) || s.ends_with(COMMAS)
}

fn first_word(s: &str) -> String {
    super::headings::fold(s)
        .split(|c: char| c.is_whitespace() || COMMAS.contains(&c))
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_string()
}

/// Whether `text` (Markdown stripped) has the shape of a heading. `known`
/// when a keyword table knows its first words.
fn heading_shape(text: &str, known: bool) -> bool {
    let t = text.trim();
    if t.is_empty() || ends_clause(t) {
        return false;
    }
    let words = t.split_whitespace().count();
    let chars = t.chars().count();
    // Russian and Council texts end headings with a comma, addressees too
    // (`поручает Директору Бюро радиосвязи,`).
    if t.ends_with(COMMAS) && words > if known { 20 } else { 4 } {
        return false;
    }
    if known {
        return chars <= 320;
    }
    let first = t.chars().next().unwrap_or(' ');
    // Headings are lower-case words in alphabetic scripts (titles are not).
    let cased = first.is_lowercase() || first.is_uppercase();
    if cased && !first.is_lowercase() {
        return false;
    }
    if !first.is_alphabetic() {
        return false;
    }
    if CLAUSE_STARTS.contains(&first_word(t).as_str()) {
        return false;
    }
    let cjk = t.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
    if cjk {
        chars <= 40
    } else {
        words <= 12 && chars <= 120
    }
}

static INLINE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<h>.+?)[ \t\u{a0}]*(?P<l>\(?[a-zа-я][)）]|[\u{0621}-\u{064A}]\u{0640}? ?\)",
        r"|\d{1,2}[)）]|\d{1,2}[ \t])[ \t]*\S"
    ))
    .expect("valid regex")
});

/// `considering a) that …`: the heading, the label and where the label
/// starts (byte offsets in `s`).
fn split_inline(s: &str, in_body: bool) -> Option<(usize, usize, usize)> {
    let c = INLINE_LABEL.captures(s)?;
    let h = c.name("h")?;
    let l = c.name("l")?;
    let head = h.as_str().trim_end();
    let label = l.as_str().trim();
    // Only a sequence's first label: `a)`, `(a)`, `а)`, `أ )`, `1`, `1)`.
    let (value, _, _) = classify_label_text(label);
    let starts_sequence = matches!(value.as_str(), "a" | "а" | "1")
        || super::labels::arabic_letter_ordinal(&value) == Some(1);
    if !starts_sequence {
        return None;
    }
    // Alphabetic scripts separate the heading from the label with a space.
    let spaced = h.end() < l.start();
    if !spaced && (!is_chinese(head) || match_keyword(head).is_none()) {
        return None;
    }
    let known = match_keyword(head).is_some();
    let short = head.split_whitespace().count() <= 2;
    if !(known || in_body && short && heading_shape(head, false)) {
        return None;
    }
    if !heading_shape(head, known) {
        return None;
    }
    Some((h.start() + head.len(), l.start(), l.start() + label.len()))
}

/// `… within its mandate, instructs the Director …`: the byte offset in
/// `s` where a glued heading starts.
fn split_glued(s: &str) -> Option<usize> {
    let t = s.trim_end();
    if ends_punctuated(t) {
        return None;
    }
    let mut best = None;
    for (i, c) in t.char_indices() {
        if !matches!(c, ',' | ';' | '，' | '；' | '،' | '؛') {
            continue;
        }
        let after = i + c.len_utf8();
        let rest = &t[after..];
        let skip = rest.len() - rest.trim_start().len();
        let rest = rest.trim_start();
        if let Some((k, _)) = match_keyword(rest) {
            if k.text.chars().count() >= 2
                && heading_shape(rest, true)
                && rest.chars().count() <= 250
            {
                best = Some(after + skip);
            }
        }
    }
    best
}

/// The place of a label in its sequence (`c)` → 3, `12` → 12).
fn label_place(l: &Label) -> Option<u32> {
    if let Ok(n) = l.value.parse::<u32>() {
        return Some(n);
    }
    super::labels::letter_place(&l.value).map(|(_, n)| n)
}

/// Whether the first labelled clause after row `i` continues the sequence
/// of the open section (`b)` after its `a)`): then the line at `i` is a
/// hard-wrapped piece of that section's clause, not a heading.
fn continues_above(rows: &[Row], i: usize, open: Option<&[RawItem]>) -> bool {
    let Some(last) = open
        .and_then(|items| items.iter().rev().find_map(|r| r.label.as_ref()))
        .and_then(label_place)
    else {
        return false;
    };
    for row in rows.iter().skip(i + 1).take(8) {
        match row {
            Row::Item(item) => {
                if let Some(l) = &item.label {
                    return !starts_sequence(l) && label_place(l) == Some(last + 1);
                }
            }
            _ => return false,
        }
    }
    false
}

/// Whether a label opens a sequence: `a)`, `а)`, `أ )`, `1`, `i)`.
fn starts_sequence(l: &Label) -> bool {
    matches!(l.value.as_str(), "1" | "i" | "I" | "A")
        || super::labels::letter_place(&l.value).is_some_and(|(_, n)| n == 1)
}

/// A heading from one or more lines (Markdown stripped).
fn make_heading(text: &str, lines: &[TextRange], chinese: bool) -> Heading {
    let first = lines[0];
    let line_text = slice(text, first).to_string();
    let (keyword, keyword_len) = match match_keyword(&line_text) {
        Some((_, n)) => (line_text[..n].to_string(), n),
        None => {
            let k = line_text.trim_end_matches(COMMAS).trim_end();
            (k.to_string(), k.len())
        }
    };
    let sep = if chinese { "" } else { " " };
    let mut addressee = line_text[keyword_len..]
        .trim()
        .trim_matches(COMMAS)
        .trim()
        .to_string();
    let mut joined = line_text.trim_end().to_string();
    for cont in &lines[1..] {
        let c = slice(text, *cont).trim();
        joined = format!("{joined}{sep}{c}");
        addressee = if addressee.is_empty() {
            c.to_string()
        } else {
            format!("{addressee}{sep}{c}")
        };
    }
    Heading {
        range: TextRange::new(first.start, lines.last().map_or(first.end, |l| l.end)),
        text: joined,
        keyword,
        keyword_range: TextRange::new(first.start, first.start + keyword_len),
        addressee: (!addressee.is_empty()).then_some(addressee),
    }
}

/// Right-to-left text quoted in a message is wrapped in Unicode isolates
/// (FSI … PDI) so that the message around it keeps its own order in
/// terminals and editors; other text is left as it is.
pub(crate) fn isolate(s: &str) -> String {
    let rtl = s
        .chars()
        .any(|c| ('\u{0590}'..='\u{08FF}').contains(&c) || ('\u{FB1D}'..='\u{FEFC}').contains(&c));
    if rtl {
        format!("\u{2068}{s}\u{2069}")
    } else {
        s.to_string()
    }
}

fn item_text<'t>(text: &'t str, item: &RawItem) -> &'t str {
    slice(text, item.body)
}

fn is_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

/// Where a reading of rows starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Start {
    /// At the top of a file.
    #[default]
    Top,
    /// Inside a document's body, after its first sections (operative ones
    /// among them or not): a section's window read on its own
    /// ([`super::reextract`]) reads its lines as the whole file did, a
    /// heading glued to the end of a clause included.
    InBody { operative: bool },
}

/// Reads the rows in order and returns the top-level items, plus notes on
/// headings that were found in the wrong place or not at all.
pub(super) fn restructure(text: &str, rows: Vec<Row>, start: Start) -> (Vec<Top>, Vec<Note>) {
    let in_body = matches!(start, Start::InBody { .. });
    let mut b = Builder {
        text,
        tops: Vec::new(),
        notes: Vec::new(),
        section: None,
        in_body,
        has_sections: in_body,
        operative: matches!(start, Start::InBody { operative: true }),
        furniture: false,
        after_marker: false,
    };
    // `1. considering`: an ordered-list number in front of a heading is a
    // Markdown list marker, not a clause label.
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|row| match row {
            Row::Item(item)
                if item
                    .label
                    .as_ref()
                    .is_some_and(|l| l.style == super::LabelStyle::Dot) =>
            {
                let body = slice(text, item.body);
                let (a, n) = strip_markdown(body);
                let plain = &body[a..a + n];
                if match_keyword(plain).is_some() && heading_shape(plain, true) {
                    Row::Item(RawItem {
                        line: item.body,
                        label: None,
                        body: item.body,
                    })
                } else {
                    Row::Item(item)
                }
            }
            row => row,
        })
        .collect();
    let unlabelled = |r: Option<&Row>| -> Option<RawItem> {
        match r {
            Some(Row::Item(item)) if item.label.is_none() => Some(item.clone()),
            _ => None,
        }
    };
    let mut i = 0;
    while i < rows.len() {
        let prev = i.checked_sub(1).and_then(|p| rows.get(p));
        let next = rows.get(i + 1);
        match &rows[i] {
            Row::Identity(line) => {
                b.new_document();
                b.tops.push(Top::Identity(line.clone()));
            }
            Row::History(line) => {
                b.close();
                b.tops.push(Top::History(line.clone()));
            }
            Row::Conference(line) => {
                b.new_document();
                b.in_body = true;
                b.tops.push(Top::Conference(parse_conference_line(
                    &line.text, line.range,
                )));
            }
            Row::Annex(line) => {
                b.close();
                b.in_body = false;
                b.tops.push(Top::Annex(line.clone()));
            }
            Row::Heading(h)
                if b.in_body
                    && continues_above(&rows, i, b.section.as_ref().map(|s| s.2.as_slice()))
                    && b.section.as_ref().is_some_and(|s| {
                        s.2.last().is_some_and(|r| !ends_clause(item_text(text, r)))
                    }) =>
            {
                // `requests the Council to review` inside a hard-wrapped
                // clause whose next label continues the sequence: text.
                let range = h.range;
                if let Some((_, _, raw)) = b.section.as_mut() {
                    raw.push(RawItem {
                        line: range,
                        label: None,
                        body: range,
                    });
                }
            }
            Row::Heading(h) => {
                let known = match_keyword(&h.text).map(|(k, _)| k.part);
                // An addressee over more lines than the grammar joins.
                let mut lines: Vec<TextRange> = Vec::new();
                let mut at = h.range.start;
                for part in crate::text::split_lines_inclusive(slice(text, h.range)) {
                    lines.push(trim_range(text, TextRange::new(at, at + part.len())));
                    at += part.len();
                }
                let j = continuation_lines(text, &rows, i, &mut lines);
                if j > i + 1 {
                    b.open(make_heading(text, &lines, is_chinese(&h.text)), known);
                    i = j;
                    continue;
                }
                b.open(h.clone(), known);
            }
            Row::Item(item) if item.label.is_some() => {
                let item = item.clone();
                let glued = if b.in_body && !b.furniture {
                    split_glued(item_text(text, &item))
                        .filter(|_| matches!(next, Some(Row::Item(_))))
                } else {
                    None
                };
                // `a)` again after a section's last clause (closed with a
                // comma): the heading of a new section was lost.
                let restarts = b.in_body
                    && !b.furniture
                    && item.label.as_ref().is_some_and(|l| {
                        starts_sequence(l) && !matches!(l.value.as_str(), "i" | "I")
                    })
                    && b.section.as_ref().is_some_and(|(_, _, raw)| {
                        let first = raw.iter().find_map(|r| r.label.as_ref());
                        let same_kind = first.is_some_and(|f| {
                            let l = item.label.as_ref();
                            l.is_some_and(|l| {
                                f.kind == l.kind
                                    && f.style == l.style
                                    && super::labels::letter_place(&f.value).map(|p| p.0)
                                        == super::labels::letter_place(&l.value).map(|p| p.0)
                            })
                        });
                        same_kind
                            && raw.last().is_some_and(|r| {
                                item_text(text, r).trim_end().ends_with([',', '，', '،'])
                            })
                    });
                if b.section.is_some() && !restarts {
                    push_item(&mut b, item, glued);
                } else if b.furniture || !b.in_body {
                    b.tops.push(Top::Clause);
                } else {
                    // Labelled clauses with no heading: a section of their own.
                    let label = item.label.clone().unwrap_or_default();
                    let part = if label.kind == super::LabelKind::Number || b.operative {
                        Part::Operative
                    } else {
                        Part::Preamble
                    };
                    b.notes.push(Note {
                        kind: NoteKind::HeadingMissing,
                        range: label.range,
                        message: crate::msg!("note-heading-missing", label = isolate(&label.text)),
                        fix: None,
                    });
                    b.close();
                    // Named for outlines and symbols; its range is empty
                    // (no text of the document is a heading here).
                    let heading = Heading {
                        range: TextRange::empty(item.line.start),
                        keyword_range: TextRange::empty(item.line.start),
                        text: MISSING_HEADING.to_string(),
                        ..Heading::default()
                    };
                    b.section = Some((heading, part, Vec::new()));
                    if part == Part::Operative {
                        b.operative = true;
                    }
                    b.has_sections = true;
                    push_item(&mut b, item, glued);
                }
            }
            Row::Item(item) => {
                let line = b.line_of(item.line);
                let (prange, ptext) = plain(text, &line);
                // The line without its Markdown marks (`# RESOLUTION 1`).
                let stripped = Line {
                    range: prange,
                    text: ptext.clone(),
                };
                // Proposal markers and their reasons are not the text
                // they mark (`model::proposals` reads them).
                if super::proposals::is_marker_line(&ptext) {
                    b.after_marker = true;
                    i += 1;
                    continue;
                }
                if super::proposals::is_reasons_line(&ptext) {
                    b.close();
                    i += 1;
                    continue;
                }
                let after_marker = std::mem::take(&mut b.after_marker);
                // Preface lines the grammar does not know (other languages).
                if (b.section.is_none() || after_marker) && is_identity_line(&ptext) {
                    b.new_document();
                    b.tops.push(Top::Identity(stripped));
                    i += 1;
                    continue;
                }
                if !b.has_sections && is_history_line(&ptext) {
                    b.close();
                    b.tops.push(Top::History(stripped));
                    i += 1;
                    continue;
                }
                if !b.has_sections && is_conference_line(&ptext) {
                    b.new_document();
                    b.in_body = true;
                    b.tops.push(Top::Conference(parse_conference_line(
                        &stripped.text,
                        stripped.range,
                    )));
                    i += 1;
                    continue;
                }
                // A conference line over two lines: name, then `(place, year),`.
                if !b.has_sections && !ends_punctuated(&ptext) {
                    if let Some(second) = unlabelled(next) {
                        let second_text = slice(text, second.line);
                        let joined = TextRange::new(line.range.start, second.line.end);
                        let joined_text = slice(text, joined);
                        if second_text.trim_start().starts_with(['(', '（'])
                            && is_conference_line(&joined_text.replace(['\n', '\r'], " "))
                        {
                            b.new_document();
                            b.in_body = true;
                            b.tops
                                .push(Top::Conference(parse_conference_line(joined_text, joined)));
                            i += 2;
                            continue;
                        }
                    }
                }
                if is_annex_line(&ptext) {
                    b.close();
                    b.in_body = false;
                    b.tops.push(Top::Annex(stripped));
                    i += 1;
                    continue;
                }
                if is_footer_rule(&line.text) {
                    b.close();
                    b.furniture = true;
                    b.tops.push(Top::Paragraph(line));
                    i += 1;
                    continue;
                }
                let keyword = match_keyword(&ptext);
                let known = keyword.is_some();
                let chinese = is_chinese(&ptext);
                // `considering a) that …`
                if (b.in_body || known) && !b.furniture {
                    if let Some((h_end, l_start, l_end)) = split_inline(&ptext, b.in_body) {
                        let head = TextRange::new(prange.start, prange.start + h_end);
                        let label_range =
                            TextRange::new(prange.start + l_start, prange.start + l_end);
                        let label_text = slice(text, label_range).to_string();
                        let (value, style, kind) = classify_label_text(&label_text);
                        let heading = make_heading(text, &[head], chinese);
                        let known_part = match_keyword(&heading.text).map(|(k, _)| k.part);
                        b.notes.push(Note {
                            kind: NoteKind::HeadingInline,
                            range: head,
                            message: crate::msg!(
                                "note-heading-inline",
                                heading = isolate(&heading.text),
                                label = isolate(&label_text)
                            ),
                            fix: Some((
                                crate::msg!("fix-heading-own-line"),
                                vec![(
                                    TextRange::new(head.end, label_range.start),
                                    crate::text::line_break_at(text, head.end).into(),
                                )],
                            )),
                        });
                        b.open(heading, known_part);
                        let body = trim_range(text, TextRange::new(label_range.end, item.line.end));
                        let raw = RawItem {
                            line: TextRange::new(label_range.start, item.line.end),
                            label: Some(Label {
                                text: label_text,
                                range: label_range,
                                value,
                                kind,
                                style,
                                bulleted: false,
                            }),
                            body,
                        };
                        push_item(&mut b, raw, None);
                        i += 1;
                        continue;
                    }
                }
                // A heading by shape and place.
                // A word no table knows must also stand where sections
                // meet: after a section's last clause (`,` or `.`, not `;`
                // or a hard-wrapped line), not right under another heading,
                // and before a sequence that starts (`a)`, `1`) or a whole
                // paragraph, not before `c)` continuing the clauses above.
                let fresh_section = b.section.as_ref().is_some_and(|s| s.2.is_empty());
                let prev_ok = match prev {
                    None => true,
                    Some(Row::Item(p)) => {
                        let t = item_text(text, p).trim_end();
                        p.body.is_empty()
                            || if known {
                                true
                            } else {
                                t.ends_with([',', '，', '،', '.', '。'])
                            }
                    }
                    Some(_) => true,
                } && (known || !fresh_section);
                let next_ok = match next {
                    Some(Row::Item(n)) => {
                        known
                            || match &n.label {
                                Some(l) => starts_sequence(l),
                                None => ends_punctuated(item_text(text, n)),
                            }
                    }
                    Some(Row::Heading(_)) | None => known,
                    _ => false,
                };
                // A list item is a heading only when a table knows its word.
                let bulleted = {
                    let mut cs = line.text.chars();
                    cs.next()
                        .is_some_and(|c| matches!(c, '-' | '•' | '\u{F0B7}' | '*' | '+'))
                        && cs.next().is_some_and(|c| c == ' ' || c == '\t')
                };
                let open_items = b.section.as_ref().map(|s| s.2.as_slice());
                if (b.in_body || known)
                    && !b.furniture
                    && (known || !bulleted)
                    && !continues_above(&rows, i, open_items)
                    && prev_ok
                    && next_ok
                    && heading_shape(&ptext, known)
                    && (known || b.in_body)
                {
                    let mut lines = vec![prange];
                    let j = continuation_lines(text, &rows, i, &mut lines);
                    let heading = make_heading(text, &lines, chinese);
                    let known_part = keyword.map(|(k, _)| k.part);
                    b.open(heading, known_part);
                    i = j;
                    continue;
                }
                // A title-like line before any section is left to segment().
                let glued = if b.in_body && !b.furniture && b.section.is_some() {
                    split_glued(item_text(text, item))
                        .filter(|_| matches!(next, Some(Row::Item(_))))
                } else {
                    None
                };
                if b.section.is_some() {
                    push_item(&mut b, item.clone(), glued);
                } else {
                    b.tops.push(Top::Paragraph(stripped));
                }
            }
        }
        i += 1;
    }
    b.close();
    (b.tops, b.notes)
}

/// The unpunctuated lines after the heading at row `i` that continue it
/// (an addressee over several lines), when a labelled clause follows them:
/// their ranges are added to `lines`; returns the row after the heading.
fn continuation_lines(text: &str, rows: &[Row], i: usize, lines: &mut Vec<TextRange>) -> usize {
    let unlabelled = |j: usize| match rows.get(j) {
        Some(Row::Item(item)) if item.label.is_none() => Some(item),
        _ => None,
    };
    let mut j = i + 1;
    while j <= i + 3 {
        match unlabelled(j) {
            Some(c)
                if !ends_punctuated(item_text(text, c))
                    && !reads_as_clause(item_text(text, c))
                    && !is_footer_rule(item_text(text, c))
                    && match_keyword(item_text(text, c)).is_none() =>
            {
                j += 1
            }
            _ => break,
        }
    }
    let label_follows = matches!(rows.get(j), Some(Row::Item(it)) if it.label.is_some());
    if j > i + 1 && label_follows {
        for row in &rows[i + 1..j] {
            if let Row::Item(c) = row {
                // Without Markdown emphasis (`**avec le Directeur …**`).
                let r = trim_range(text, c.line);
                let (a, n) = strip_markdown(slice(text, r));
                lines.push(TextRange::new(r.start + a, r.start + a + n));
            }
        }
        j
    } else {
        i + 1
    }
}

/// Adds an item to the open section; a heading glued to its end (`glued`,
/// a byte offset in the item's body) opens the next section.
fn push_item(b: &mut Builder<'_>, mut item: RawItem, glued: Option<usize>) {
    let Some(at) = glued else {
        if let Some((_, _, raw)) = b.section.as_mut() {
            raw.push(item);
        }
        return;
    };
    let text = b.text;
    let start = item.body.start + at;
    let head = trim_range(text, TextRange::new(start, item.body.end));
    let before = trim_range(text, TextRange::new(item.body.start, start));
    item.body = before;
    item.line.end = before.end;
    if let Some((_, _, raw)) = b.section.as_mut() {
        raw.push(item);
    }
    let heading = make_heading(text, &[head], is_chinese(slice(text, head)));
    let part = match_keyword(&heading.text).map(|(k, _)| k.part);
    b.notes.push(Note {
        kind: NoteKind::HeadingGlued,
        range: head,
        message: crate::msg!("note-heading-glued", heading = isolate(&heading.text)),
        fix: Some((
            crate::msg!("fix-heading-own-line"),
            vec![(
                TextRange::new(before.end, head.start),
                crate::text::line_break_at(text, head.start).into(),
            )],
        )),
    });
    b.open(heading, part);
}
