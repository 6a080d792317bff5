//! The rows of a file as the grammar reads them, and the clauses built
//! from labelled rows: shared by the tree walk ([`super::extract`]) and
//! the re-reading of headings by shape ([`super::shape`]).

use super::labels::roman_value;
use super::{Clause, Heading, Label, LabelKind, Line};
use crate::text::TextRange;

pub(super) fn is_footer_rule(text: &str) -> bool {
    let t = text.trim();
    t.len() >= 3 && t.chars().all(|c| c == '_')
}

/// `[footnoteRef:2]` → `2`; `¹` → `1`.
pub(super) fn footnote_marker(raw: &str) -> String {
    const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    raw.chars()
        .filter_map(|c| {
            if c.is_ascii_digit() {
                Some(c)
            } else {
                SUPERSCRIPTS
                    .iter()
                    .position(|&s| s == c)
                    .and_then(|d| char::from_digit(d as u32, 10))
            }
        })
        .collect()
}

/// Shrinks `range` to exclude surrounding whitespace (including U+3000).
pub(crate) fn trim_range(text: &str, range: TextRange) -> TextRange {
    let s = crate::text::slice(text, range);
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    TextRange::new(start.min(end), end)
}

/// One line (or a heading with its continuation) before it is understood.
#[derive(Debug)]
pub(super) enum Row {
    Identity(Line),
    Conference(Line),
    History(Line),
    Annex(Line),
    Heading(Heading),
    Item(RawItem),
}

#[derive(Clone, Debug)]
pub(super) struct RawItem {
    pub(super) line: TextRange,
    pub(super) label: Option<Label>,
    pub(super) body: TextRange,
}

/// Decides roman numerals versus letters from the neighbours, then hangs
/// sub-items under the clause they belong to and unlabelled lines under the
/// clause they continue.
pub(super) fn build_items(mut raw: Vec<RawItem>) -> Vec<Clause> {
    decide_romans(&mut raw);
    let primary = raw.iter().find_map(|r| r.label.as_ref()).map(|l| l.kind);
    let mut items: Vec<Clause> = Vec::new();
    for item in raw {
        let clause = Clause {
            range: item.line,
            label: item.label.clone(),
            lines: vec![item.body],
            sub_items: Vec::new(),
        };
        match (&item.label, items.last_mut()) {
            (None, Some(last)) => {
                // An unlabelled line continues the clause above (quoted
                // text, lists inside a paragraph).
                if let Some(sub) = last.sub_items.last_mut() {
                    sub.lines.push(item.body);
                    sub.range.end = item.line.end;
                } else {
                    last.lines.push(item.body);
                }
                last.range.end = last.range.end.max(item.line.end);
            }
            (Some(label), Some(last))
                if is_sub_item(primary, label.kind) && last.label.is_some() =>
            {
                last.range.end = item.line.end;
                last.sub_items.push(clause);
            }
            _ => items.push(clause),
        }
    }
    items
}

/// Which label kinds nest under a section whose clauses are `primary`.
fn is_sub_item(primary: Option<LabelKind>, kind: LabelKind) -> bool {
    match primary {
        Some(LabelKind::Letter) => matches!(kind, LabelKind::Roman | LabelKind::Dash),
        Some(LabelKind::Number) => {
            matches!(kind, LabelKind::Letter | LabelKind::Roman | LabelKind::Dash)
        }
        Some(LabelKind::Roman) => matches!(kind, LabelKind::Dash),
        _ => false,
    }
}

/// `i)` after `a)` opens roman sub-items; `i)` after `h)` (or after a fused
/// `gh)`, whose new letter is h) is the letter i. A run of romans continues
/// while each label is a numeral other than the next expected letter.
fn decide_romans(raw: &mut [RawItem]) {
    let labels: Vec<usize> = (0..raw.len()).filter(|&i| raw[i].label.is_some()).collect();
    let mut expected_letter = 'a';
    let mut roman_next: Option<u32> = None;
    for (pos, &i) in labels.iter().enumerate() {
        let next_value = labels
            .get(pos + 1)
            .and_then(|&j| raw[j].label.as_ref())
            .map(|l| l.value.to_ascii_lowercase());
        let Some(label) = raw[i].label.as_mut() else {
            continue;
        };
        match label.kind {
            LabelKind::Number => {
                expected_letter = 'a';
                roman_next = None;
            }
            LabelKind::Dash | LabelKind::Roman => {}
            LabelKind::Letter => {
                let value = label.value.to_ascii_lowercase();
                let numeral = roman_value(&value);
                // Inside a run, any numeral continues it (a skipped or
                // repeated numeral is a sequence finding, not a letter),
                // unless it is the letter the clauses expect next.
                let is_next_letter = value.len() == 1 && value.starts_with(expected_letter);
                let continues_run = roman_next.is_some() && numeral.is_some() && !is_next_letter;
                let opens_run = numeral == Some(1)
                    && (expected_letter != 'i' || next_value.as_deref() == Some("ii"));
                if continues_run || opens_run {
                    label.kind = LabelKind::Roman;
                    roman_next = numeral.map(|n| n + 1);
                } else {
                    roman_next = None;
                    if let Some(last) = value.chars().last().filter(char::is_ascii_lowercase) {
                        expected_letter = char::from(last as u8 + 1);
                    }
                }
            }
        }
    }
}
