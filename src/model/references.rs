//! RLS03xx: internal references — a clause of the same document named by
//! its section and label: `resolves 9 above`, `recognizing c) above`,
//! `instructs the Secretary-General 2 above`, `resolves 1 to 3`,
//! `上述做出决议9所述`, `上述认识到c)`, `本决议“做出决议1至3”`,
//! `责成国际电联理事会2所述`.
//!
//! [`internal_references`] finds them once per version, as plain data: the
//! rule RLS0301/RLS0302 flags those that point nowhere, the reletter fixes
//! rewrite them, hover and go-to-definition follow them.

use std::sync::LazyLock;

use regex::Regex;

use super::headings::KEYWORDS;
use super::sequence::{analyse, Verdict};
use super::{Clause, Document, Model, Part};
use crate::text::TextRange;

/// A clause of the model: document, section and the path of indexes from
/// the section's items down through sub-items.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClauseRef {
    pub document: usize,
    pub section: usize,
    pub path: Vec<usize>,
}

impl ClauseRef {
    pub fn clause<'m>(&self, model: &'m Model) -> Option<&'m Clause> {
        let section = model
            .documents
            .get(self.document)?
            .sections
            .get(self.section)?;
        let (first, rest) = self.path.split_first()?;
        let mut clause = section.items.get(*first)?;
        for &i in rest {
            clause = clause.sub_items.get(i)?;
        }
        Some(clause)
    }
}

/// One clause named by an internal reference. A range (`做出决议1至3`,
/// `resolves 1 to 3`) gives one entry per label it names, sharing `range`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InternalReference {
    /// The whole reference as written: `上述认识到c)`, `resolves 9 above`.
    pub range: TextRange,
    /// The label this entry names: `c)`, `9`.
    pub label_range: TextRange,
    /// The label's value: `c`, `9`.
    pub label: String,
    /// The section as written in the reference: `认识到`, `resolves`,
    /// `instructs the Secretary-General`.
    pub section_name: String,
    /// The document the reference is written in (and points into).
    pub document: usize,
    /// The section it names, when the document has it.
    pub section: Option<usize>,
    /// The clause it names, when the section has it.
    pub target: Option<ClauseRef>,
    /// The text says it points inside this document (`above`, `below`,
    /// `上述`, `所述`, `本决议“…”`), rather than only looking like it.
    pub explicit: bool,
}

/// A name a reference may use for a section: a heading of the document or a
/// heading keyword, and whether it names a preamble section.
struct Name {
    text: String,
    preamble: bool,
    english: bool,
    /// The first character, lowercased (English names match any case).
    first: char,
}

fn names_for(doc: &Document) -> Vec<Name> {
    let mut names: Vec<Name> = Vec::new();
    let mut add = |text: &str, preamble: bool| {
        let text = text.trim();
        if text.is_empty() || text.contains(['\n', '\r']) || names.iter().any(|n| n.text == text) {
            return;
        }
        let english = text.is_ascii();
        let first = text.chars().next().map_or(' ', |c| c.to_ascii_lowercase());
        names.push(Name {
            text: text.to_string(),
            preamble,
            english,
            first,
        });
    };
    for s in &doc.sections {
        add(&s.heading.text, s.part == Part::Preamble);
        add(&s.heading.keyword, s.part == Part::Preamble);
    }
    // The heading words of the document's own language (and English and
    // Chinese, which documents quote): the other languages' words are not
    // section names here, and every name costs a comparison per word.
    for k in KEYWORDS.iter().filter(|k| {
        k.language == doc.language
            || matches!(
                k.language,
                crate::domain::Language::English | crate::domain::Language::Chinese
            )
    }) {
        add(k.text, k.part == Part::Preamble);
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.text.len()));
    names
}

const LABEL_EN: &str = r"(?:(?P<l1>[a-z]\))|(?P<n1>\d{1,3}))";
const LABEL2_EN: &str = r"(?:(?P<l2>[a-z]\))|(?P<n2>\d{1,3}))";

static EN_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[ \t\u{{a0}}]+{LABEL_EN}(?:[ \t]*(?:to|and|–|-)[ \t]*{LABEL2_EN})?(?P<pos>[ \t]+(?:above|below|of[ \t]+this[ \t]+(?:resolution|decision)))?"
    ))
    .expect("valid regex")
});

static ZH_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t\u{a0}\u{3000}]*(?:(?P<l1>[a-z][)）])|(?P<n1>\d{1,3}))(?:[ \t]*(?:至|到|和|、|–|-)[ \t]*(?:(?P<l2>[a-z][)）])|(?P<n2>\d{1,3})))?(?P<pos>[ \t]*所述)?",
    )
    .expect("valid regex")
});

/// `Resolution 44 (Rev. Hammamet, 2016) resolves 2`: a clause of another text.
static EN_CITED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:resolutions?|decisions?|recommendations?|res\.)[ \t]+[\w.\-]+(?:[ \t]*\([^)]*\))?[ \t]*,?[ \t]*$")
        .expect("valid regex")
});
static EN_CITED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \t]+of[ \t]+(?:the[ \t]+)?(?:resolution|decision|recommendation|res\.)\b")
        .expect("valid regex")
});
static ZH_CITED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:号|號)(?:决议|决定|建议)(?:[（(][^）)]*[）)])?[ \t]*的?$").expect("valid regex")
});

/// Every internal reference in the clauses of every document, in text order.
pub fn internal_references(model: &Model, text: &str) -> Vec<InternalReference> {
    internal_references_unless(model, text, super::Cancel::NEVER).unwrap_or_default()
}

/// Like [`internal_references`], stopping (`None`) when `cancel` says so,
/// which it is asked before each section.
pub fn internal_references_unless(
    model: &Model,
    text: &str,
    cancel: super::Cancel<'_>,
) -> Option<Vec<InternalReference>> {
    let mut out: Vec<InternalReference> = Vec::new();
    for di in 0..model.documents.len() {
        out.extend(references_in(model, text, di, cancel)?);
    }
    out.sort_by_key(|r| (r.range, r.label_range));
    Some(out)
}

/// The internal references in the clauses of document `di` only: a
/// reference always names a clause of its own document, so fixes and
/// checks of one document never need to scan the others.
pub fn internal_references_in(model: &Model, text: &str, di: usize) -> Vec<InternalReference> {
    references_in(model, text, di, super::Cancel::NEVER).unwrap_or_default()
}

fn references_in(
    model: &Model,
    text: &str,
    di: usize,
    cancel: super::Cancel<'_>,
) -> Option<Vec<InternalReference>> {
    let mut out = Vec::new();
    let Some(doc) = model.documents.get(di) else {
        return Some(out);
    };
    let names = names_for(doc);
    // Headings normalised once: references resolve against them by name.
    let norms: Vec<(String, String)> = doc
        .sections
        .iter()
        .map(|s| (norm(&s.heading.text), norm(&s.heading.keyword)))
        .collect();
    for section in &doc.sections {
        cancel.go_on()?;
        for item in &section.items {
            for clause in item.walk() {
                for &line in &clause.lines {
                    scan_line(text, line, di, doc, &norms, &names, &mut out);
                }
            }
        }
    }
    out.sort_by_key(|r| (r.range, r.label_range));
    Some(out)
}

fn scan_line(
    text: &str,
    line: TextRange,
    di: usize,
    doc: &Document,
    norms: &[(String, String)],
    names: &[Name],
    out: &mut Vec<InternalReference>,
) {
    let s = crate::text::slice(text, line);
    let mut pos = 0;
    while pos < s.len() {
        let rest = &s[pos..];
        // Most positions cannot start any section name: skip them cheaply.
        let first = rest.chars().next().map(|c| c.to_ascii_lowercase());
        let could_start = first.is_some_and(|c| names.iter().any(|n| n.first == c));
        let found = if could_start {
            names.iter().find_map(|name| match_at(s, pos, name))
        } else {
            None
        };
        match found {
            Some(m) => {
                let end = m.end;
                push_reference(line.start, doc, norms, di, m, out);
                pos = end.max(pos + 1);
            }
            None => pos += rest.chars().next().map_or(1, char::len_utf8),
        }
        while !s.is_char_boundary(pos) {
            pos += 1;
        }
    }
}

/// A reference found in one line (offsets relative to the line).
struct Found {
    start: usize,
    end: usize,
    name_text: String,
    labels: Vec<(usize, usize, String)>,
    explicit: bool,
}

fn match_at(s: &str, pos: usize, name: &Name) -> Option<Found> {
    let rest = &s[pos..];
    let head = rest.get(..name.text.len())?;
    let before = &s[..pos];
    let after_name = &rest[name.text.len()..];
    if name.english {
        if !head.eq_ignore_ascii_case(&name.text)
            || before
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
    } else if head != name.text {
        return None;
    }
    let tail = if name.english { &EN_TAIL } else { &ZH_TAIL };
    let caps = tail.captures(after_name)?;
    let whole = caps.get(0)?;
    let base = pos + name.text.len();
    let mut labels = Vec::new();
    for (l, n) in [("l1", "n1"), ("l2", "n2")] {
        if let Some(m) = caps.name(l).or_else(|| caps.name(n)) {
            // A number that ends the reference must end cleanly (`9所述`,
            // not `9.2` or `2022年`); one before `至`/`to` is followed by it.
            let is_number = caps.name(n).is_some();
            let last =
                m.end() == whole.end() || caps.name("pos").is_some_and(|p| p.start() == m.end());
            if is_number && last && !number_ends_cleanly(&after_name[m.end()..]) {
                return None;
            }
            let value: String = m
                .as_str()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            labels.push((base + m.start(), base + m.end(), value));
        }
    }
    let has_range = labels.len() > 1;
    let lettered = caps.name("l1").is_some();
    let mut start = pos;
    let mut end = base + whole.end();
    let mut explicit = caps.name("pos").is_some();
    if name.english {
        if EN_CITED_BEFORE.is_match(before) || EN_CITED_AFTER.is_match(&after_name[whole.end()..]) {
            return None;
        }
        if !(explicit || has_range || lettered) {
            return None;
        }
    } else {
        for prefix in ["上述", "以上"] {
            if before.ends_with(prefix) {
                start = pos - prefix.len();
                explicit = true;
                break;
            }
        }
        for prefix in ["本决议“", "本决议\"", "本决定“", "本决定\""] {
            if before.ends_with(prefix) {
                start = pos - prefix.len();
                explicit = true;
                let after = &s[end..];
                if let Some(q) = ['”', '"'].into_iter().find(|&q| after.starts_with(q)) {
                    end += q.len_utf8();
                }
                break;
            }
        }
        if !explicit && (ZH_CITED_BEFORE.is_match(before) || !(lettered && name.preamble)) {
            return None;
        }
    }
    Some(Found {
        start,
        end,
        name_text: head.to_string(),
        labels,
        explicit,
    })
}

/// A number label ends where no digit, decimal point or counter word
/// follows (`9所述`, not `9.2`, `2022年`, `50 d)段`).
fn number_ends_cleanly(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        None => true,
        Some(c) if c.is_ascii_alphanumeric() => false,
        // `2.` at the end of a sentence is a label; `9.2` is not.
        Some('.' | '．') => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(')' | '）' | '/' | '%' | '％' | '-' | '–') => false,
        Some(c) => !"号年月日个条款段届次名项点".contains(c),
    }
}

fn push_reference(
    line_start: usize,
    doc: &Document,
    norms: &[(String, String)],
    di: usize,
    m: Found,
    out: &mut Vec<InternalReference>,
) {
    let range = TextRange::new(line_start + m.start, line_start + m.end);
    let section = resolve_section(doc, norms, &m.name_text, range.start);
    for (ls, le, value) in m.labels {
        let target = section
            .and_then(|si| resolve_clause(doc, si, &value))
            .map(|i| ClauseRef {
                document: di,
                section: section.unwrap_or_default(),
                path: vec![i],
            });
        out.push(InternalReference {
            range,
            label_range: TextRange::new(line_start + ls, line_start + le),
            label: value,
            section_name: m.name_text.clone(),
            document: di,
            section,
            target,
            explicit: m.explicit,
        });
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The section a reference names: a heading written out in full, or a
/// heading keyword. Where several sections match, the nearest one at or
/// before the reference wins (`above`), else the first after it.
fn resolve_section(
    doc: &Document,
    norms: &[(String, String)],
    name: &str,
    at: usize,
) -> Option<usize> {
    let n = norm(name);
    let mut candidates: Vec<usize> = norms
        .iter()
        .enumerate()
        .filter(|(_, (heading, _))| *heading == n)
        .map(|(i, _)| i)
        .collect();
    if candidates.is_empty() {
        candidates = norms
            .iter()
            .enumerate()
            .filter(|(_, (_, keyword))| *keyword == n)
            .map(|(i, _)| i)
            .collect();
    }
    candidates
        .iter()
        .rev()
        .find(|&&i| doc.sections[i].range.start <= at)
        .or_else(|| candidates.first())
        .copied()
}

/// The item of section `si` whose label has `value`; failing that, the
/// fused label whose new value it is (`c` names `bc)` in `a) b) bc) cd)`).
fn resolve_clause(doc: &Document, si: usize, value: &str) -> Option<usize> {
    let items = &doc.sections.get(si)?.items;
    if let Some(i) = items.iter().position(|c| {
        c.label
            .as_ref()
            .is_some_and(|l| l.value.eq_ignore_ascii_case(value))
    }) {
        return Some(i);
    }
    let group = analyse(items)?;
    let wanted = group.kind.ordinal(value)?;
    group
        .members
        .iter()
        .zip(&group.verdicts)
        .zip(&group.intended)
        .find(|((_, v), place)| matches!(v, Verdict::Fused { .. }) && **place == Some(wanted))
        .map(|((m, _), _)| m.index)
}
