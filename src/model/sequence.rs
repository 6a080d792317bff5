//! Label sequences: how the labelled siblings of a section (or of a
//! clause's sub-items) run, and what each label should be judged from its
//! neighbours. The label rules, the reletter fixes and the resolution of
//! internal references all read this one analysis.

use std::collections::HashMap;

use super::labels::{roman_value, to_roman};
use super::{Clause, Label, LabelKind, Part, Section};
use crate::text::{TextEdit, TextRange};

/// The kind of sequence a group of sibling labels runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeqKind {
    Letter,
    Number,
    Roman,
}

impl SeqKind {
    pub fn of(kind: LabelKind) -> Option<SeqKind> {
        match kind {
            LabelKind::Letter => Some(SeqKind::Letter),
            LabelKind::Number => Some(SeqKind::Number),
            LabelKind::Roman => Some(SeqKind::Roman),
            LabelKind::Dash => None,
        }
    }

    /// The 1-based place of `value` in the sequence: `c` → 3, `aa` → 27,
    /// `iv` → 4, `12` → 12.
    pub fn ordinal(self, value: &str) -> Option<u32> {
        let v = value.to_ascii_lowercase();
        match self {
            SeqKind::Number => {
                if v.is_empty() || v.len() > 4 || !v.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                v.parse().ok().filter(|&n| n > 0)
            }
            SeqKind::Roman => roman_value(&v),
            SeqKind::Letter => {
                // Doubled letters (`aa)` after `z)`) are matched against the
                // expected value directly, never read as a place here, so
                // that `ii)` among letters is not taken for the 35th clause.
                // Cyrillic and Arabic letters count in their own
                // alphabets (`analyse` reads a lookalike `с)` among Latin
                // labels as the Latin letter; RLS0505 reports its script).
                match v.as_bytes() {
                    [c] if c.is_ascii_lowercase() => Some(u32::from(c - b'a') + 1),
                    _ => super::letter_place(&v).map(|(_, n)| n),
                }
            }
        }
    }

    /// The value at 1-based place `n`: letters run a…z then aa, bb…
    pub fn value(self, n: u32) -> String {
        let n = n.max(1);
        match self {
            SeqKind::Number => n.to_string(),
            SeqKind::Roman => to_roman(n),
            SeqKind::Letter => {
                let c = char::from(b'a' + ((n - 1) % 26) as u8);
                if n <= 26 {
                    c.to_string()
                } else {
                    format!("{c}{c}")
                }
            }
        }
    }

    /// The key messages select on: `letter`, `number` or `roman`.
    pub fn key(self) -> &'static str {
        match self {
            SeqKind::Letter => "letter",
            SeqKind::Number => "number",
            SeqKind::Roman => "roman",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            SeqKind::Letter => "lettered a), b), c)…",
            SeqKind::Number => "numbered 1, 2, 3…",
            SeqKind::Roman => "numbered i), ii), iii)…",
        }
    }
}

/// One labelled sibling in a group.
#[derive(Clone, Copy, Debug)]
pub struct Member<'a> {
    /// Index in the sibling list (`Section::items` or `Clause::sub_items`).
    pub index: usize,
    pub label: &'a Label,
}

/// What is wrong with one label, judged from its neighbours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    /// Labels between the previous one and this one are missing.
    Gap,
    /// The same value was used before, by the member at this index.
    Repeat(usize),
    WrongStart,
    /// The value belongs further down: the member that should come first.
    ComesBefore(usize),
    /// The value belongs further up: it follows a larger label.
    ComesAfter,
    /// Two labels fused: the old one and the one that fits (`new`).
    Fused {
        old: String,
        new: String,
    },
    /// A label of another kind among the group (a number among letters).
    WrongKind,
}

/// The sequence analysis of a group of siblings.
#[derive(Debug)]
pub struct Group<'a> {
    pub kind: SeqKind,
    pub members: Vec<Member<'a>>,
    pub verdicts: Vec<Verdict>,
    /// The value each member is expected to have from its neighbours.
    pub expected: Vec<u32>,
    /// The place each member is meant to hold: its own value, or for a
    /// fused label the new value (used to resolve references).
    pub intended: Vec<Option<u32>>,
    /// The script of a lettered group (`a)`, `а)`, `أ )`).
    pub script: Option<super::Script>,
}

impl<'a> Group<'a> {
    /// The value at 1-based place `n`, in the group's script: relettering
    /// keeps an Arabic sequence in abjad order, a Cyrillic one in Cyrillic.
    pub fn value(&self, n: u32) -> String {
        match (self.kind, self.script) {
            (SeqKind::Letter, Some(script)) => {
                super::letter_in_script(script, n).unwrap_or_else(|| self.kind.value(n))
            }
            _ => self.kind.value(n),
        }
    }

    /// The label whose style the member at `i` should be written in: its
    /// own, or for a label of another kind the first label of the group.
    pub fn template(&self, i: usize) -> &'a Label {
        let own = self.members[i].label;
        if SeqKind::of(own.kind) == Some(self.kind) {
            own
        } else {
            self.members[0].label
        }
    }
}

/// Analyses the labelled, non-dash siblings of `items`. `None` when there
/// is no such label.
pub fn analyse(items: &[Clause]) -> Option<Group<'_>> {
    let members: Vec<Member<'_>> = items
        .iter()
        .enumerate()
        .filter_map(|(index, c)| c.label.as_ref().map(|label| Member { index, label }))
        .filter(|m| SeqKind::of(m.label.kind).is_some())
        .collect();
    let kind = SeqKind::of(members.first()?.label.kind)?;
    // The script of the group's letters: a label in another script is no
    // place of the sequence, except a Cyrillic lookalike among Latin letters
    // (`с)` for `c)`), counted as the Latin letter it shows.
    let script = |v: &str| super::letter_place(v).map(|(s, _)| s);
    let group_script = members
        .iter()
        .filter(|m| SeqKind::of(m.label.kind) == Some(SeqKind::Letter))
        .find_map(|m| script(&m.label.value));
    let ordinals: Vec<Option<u32>> = members
        .iter()
        .map(|m| {
            if SeqKind::of(m.label.kind) != Some(kind) {
                return None;
            }
            let v = &m.label.value;
            match (kind, group_script, script(v)) {
                (SeqKind::Letter, Some(g), Some(s)) if g != s => {
                    let look = v.chars().next().and_then(super::latin_lookalike);
                    match (g, look) {
                        (super::Script::Latin, Some(l)) => kind.ordinal(&l.to_string()),
                        _ => None,
                    }
                }
                _ => kind.ordinal(v),
            }
        })
        .collect();
    let mut verdicts = Vec::with_capacity(members.len());
    let mut expected = Vec::with_capacity(members.len());
    let mut intended = Vec::with_capacity(members.len());
    let mut first_use: HashMap<u32, usize> = HashMap::new();
    let mut prev: u32 = 0;
    for (i, m) in members.iter().enumerate() {
        let e = prev + 1;
        expected.push(e);
        let same_kind = SeqKind::of(m.label.kind) == Some(kind);
        let fused_parts = fused(kind, &m.label.value, e);
        let (verdict, own) = match ordinals[i] {
            Some(o) if o == e => (Verdict::Ok, Some(o)),
            _ if same_kind && m.label.value.eq_ignore_ascii_case(&kind.value(e)) => {
                (Verdict::Ok, Some(e))
            }
            _ if fused_parts.is_some() => {
                let (old, new) = fused_parts.unwrap_or_default();
                (Verdict::Fused { old, new }, None)
            }
            _ if !same_kind => (Verdict::WrongKind, None),
            Some(o) if first_use.contains_key(&o) => (Verdict::Repeat(first_use[&o]), Some(o)),
            Some(o) if i == 0 => (Verdict::WrongStart, Some(o)),
            Some(o) if o < e => (Verdict::ComesAfter, Some(o)),
            Some(o) => {
                let later =
                    (i + 1..members.len()).find(|&j| ordinals[j].is_some_and(|p| p >= e && p < o));
                match later {
                    Some(j) => (Verdict::ComesBefore(j), Some(o)),
                    None => (Verdict::Gap, Some(o)),
                }
            }
            // A value that is no place of the sequence (`ii` among letters,
            // `ab`): of the wrong kind for this group.
            None => (Verdict::WrongKind, None),
        };
        let place = own.unwrap_or(e);
        if let Some(o) = own {
            first_use.entry(o).or_insert(i);
        }
        intended.push(Some(place));
        prev = prev.max(place);
        verdicts.push(verdict);
    }
    Some(Group {
        kind,
        members,
        verdicts,
        expected,
        intended,
        script: group_script,
    })
}

/// `lk` where `l` is expected: the old label `k` and the new label `l`
/// kept together by a tracked change. The other part must be a near
/// neighbour of the expected one (at most three places away).
pub fn fused(kind: SeqKind, value: &str, expected: u32) -> Option<(String, String)> {
    let v = value.to_ascii_lowercase();
    let want = kind.value(expected);
    let near = |other: &str| {
        kind.ordinal(other)
            .is_some_and(|o| o != expected && o.abs_diff(expected) <= 3)
    };
    match kind {
        SeqKind::Letter => {
            let chars: Vec<char> = v.chars().collect();
            if chars.len() != 2 || !chars.iter().all(char::is_ascii_lowercase) || want.len() != 1 {
                return None;
            }
            let (a, b) = (chars[0].to_string(), chars[1].to_string());
            if a == want && near(&b) {
                Some((b, a))
            } else if b == want && near(&a) {
                Some((a, b))
            } else {
                None
            }
        }
        SeqKind::Number => {
            if v.len() < 2 || !v.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (1..v.len()).find_map(|k| {
                let (a, b) = v.split_at(k);
                if b.starts_with('0') {
                    return None;
                }
                if a == want && near(b) {
                    Some((b.to_string(), a.to_string()))
                } else if b == want && near(a) {
                    Some((a.to_string(), b.to_string()))
                } else {
                    None
                }
            })
        }
        SeqKind::Roman => None,
    }
}

/// The label as written with its value replaced: `lk)` → `l)`, `(b)` →
/// `(c)`, keeping upper case if the label was written in it.
pub fn relabel(label: &Label, new_value: &str) -> String {
    let (prefix, _, suffix) = split_label(label);
    format!("{prefix}{}{suffix}", match_case(&label.value, new_value))
}

/// The byte range of the label's value (`lk` in `lk)`), where a relabelling
/// edit goes.
pub fn value_range(label: &Label) -> TextRange {
    let (prefix, value, _) = split_label(label);
    let start = label.range.start + prefix.len();
    TextRange::new(start, start + value.len())
}

/// An edit that changes the label's value to `new_value`, or `None` when it
/// already has it.
pub fn value_edit(label: &Label, new_value: &str) -> Option<TextEdit> {
    let new_text = match_case(&label.value, new_value);
    (label.value != new_text).then(|| TextEdit {
        range: value_range(label),
        new_text,
    })
}

pub fn match_case(old: &str, new: &str) -> String {
    if !old.is_empty() && old.chars().all(|c| c.is_ascii_uppercase()) {
        new.to_ascii_uppercase()
    } else {
        new.to_string()
    }
}

/// `(a)` → (`(`, `a`, `)`).
pub fn split_label(label: &Label) -> (&str, &str, &str) {
    let text = label.text.as_str();
    match (!label.value.is_empty())
        .then(|| text.find(&label.value))
        .flatten()
    {
        Some(pos) => (
            &text[..pos],
            &text[pos..pos + label.value.len()],
            &text[pos + label.value.len()..],
        ),
        None => (text, "", ""),
    }
}

/// The kind a section's clauses must have at its place, or `None` when the
/// section introduces a list (`…以便：`, `in order to:`) whose items may be
/// of any kind.
pub fn place_kind(section: &Section) -> Option<SeqKind> {
    let ends_with_colon = |s: &str| s.trim_end().ends_with([':', '：']);
    if ends_with_colon(&section.heading.text) {
        return None;
    }
    if section.items.first().is_some_and(|c| c.label.is_none()) && section.items.len() > 1 {
        // An unlabelled introduction before the list.
        return None;
    }
    Some(match section.part {
        Part::Preamble => SeqKind::Letter,
        Part::Operative => SeqKind::Number,
    })
}
