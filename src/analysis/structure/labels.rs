//! RLS01xx: clause lettering and numbering.
//!
//! Every section of a body restarts its sequence: preamble clauses run
//! `a)` `b)` `c)` …, operative paragraphs `1` `2` `3` …, sub-items `i)`
//! `ii)` … (or letters under a numbered paragraph). Each label is judged
//! against its neighbours, not against its position, so that one missing
//! clause gives one finding rather than one for every clause after it.

use std::collections::HashMap;

use super::fixes::{reletter_document_with, reletter_section_as, reletter_section_with};
use super::references::{internal_references_in, InternalReference};
use super::section_name;
use crate::analysis::{Diagnostic, Fix, Rule, Severity, TextEdit};
use crate::model::{roman_value, to_roman, Clause, Label, LabelKind, Model, Part, Section};
use crate::text::TextRange;

pub static LABEL_GAP: Rule = Rule {
    code: "RLS0101",
    name: "label-gap",
    default_severity: Severity::Warning,
    summary: "A label skips one or more labels of its sequence (a) followed by c)).",
};

pub static LABEL_REPEATED: Rule = Rule {
    code: "RLS0102",
    name: "label-repeated",
    default_severity: Severity::Warning,
    summary: "A label is used twice in the same section.",
};

pub static LABEL_WRONG_START: Rule = Rule {
    code: "RLS0103",
    name: "label-wrong-start",
    default_severity: Severity::Warning,
    summary: "A section's sequence does not start at a), 1 or i).",
};

pub static LABEL_OUT_OF_ORDER: Rule = Rule {
    code: "RLS0104",
    name: "label-out-of-order",
    default_severity: Severity::Warning,
    summary: "A label comes before or after the place its value belongs to.",
};

pub static LABEL_FUSED: Rule = Rule {
    code: "RLS0105",
    name: "label-fused",
    default_severity: Severity::Warning,
    summary: "Two labels kept together by a tracked change (lk), bc), 56, 32).",
};

pub static LABEL_WRONG_KIND: Rule = Rule {
    code: "RLS0106",
    name: "label-wrong-kind",
    default_severity: Severity::Warning,
    summary: "A label of the wrong kind for its place (a number among lettered preamble clauses, letters in an operative part).",
};

pub static LABEL_UNNEEDED: Rule = Rule {
    code: "RLS0107",
    name: "label-unneeded",
    default_severity: Severity::Information,
    summary: "The only clause of a section carries a label it does not need.",
};

pub static LABEL_STYLE_MIXED: Rule = Rule {
    code: "RLS0108",
    name: "label-style-mixed",
    default_severity: Severity::Warning,
    summary: "Labels of one section are written in different styles (a) and a） or (a)).",
};

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
                    _ => crate::model::letter_place(&v).map(|(_, n)| n),
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

    fn describe(self) -> &'static str {
        match self {
            SeqKind::Letter => "lettered a), b), c)…",
            SeqKind::Number => "numbered 1, 2, 3…",
            SeqKind::Roman => "numbered i), ii), iii)…",
        }
    }
}

/// One labelled sibling in a group.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Member<'a> {
    /// Index in the sibling list (`Section::items` or `Clause::sub_items`).
    pub index: usize,
    pub label: &'a Label,
}

/// What is wrong with one label, judged from its neighbours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
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
pub(crate) struct Group<'a> {
    pub kind: SeqKind,
    pub members: Vec<Member<'a>>,
    pub verdicts: Vec<Verdict>,
    /// The value each member is expected to have from its neighbours.
    pub expected: Vec<u32>,
    /// The place each member is meant to hold: its own value, or for a
    /// fused label the new value (used to resolve references).
    pub intended: Vec<Option<u32>>,
    /// The script of a lettered group (`a)`, `а)`, `أ )`).
    pub script: Option<crate::model::Script>,
}

impl<'a> Group<'a> {
    /// The value at 1-based place `n`, in the group's script: relettering
    /// keeps an Arabic sequence in abjad order, a Cyrillic one in Cyrillic.
    pub(crate) fn value(&self, n: u32) -> String {
        match (self.kind, self.script) {
            (SeqKind::Letter, Some(script)) => {
                crate::model::letter_in_script(script, n).unwrap_or_else(|| self.kind.value(n))
            }
            _ => self.kind.value(n),
        }
    }

    /// The label whose style the member at `i` should be written in: its
    /// own, or for a label of another kind the first label of the group.
    pub(crate) fn template(&self, i: usize) -> &'a Label {
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
pub(crate) fn analyse(items: &[Clause]) -> Option<Group<'_>> {
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
    let script = |v: &str| crate::model::letter_place(v).map(|(s, _)| s);
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
                    let look = v.chars().next().and_then(crate::model::latin_lookalike);
                    match (g, look) {
                        (crate::model::Script::Latin, Some(l)) => kind.ordinal(&l.to_string()),
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
pub(crate) fn fused(kind: SeqKind, value: &str, expected: u32) -> Option<(String, String)> {
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
pub(crate) fn relabel(label: &Label, new_value: &str) -> String {
    let (prefix, _, suffix) = split_label(label);
    format!("{prefix}{}{suffix}", match_case(&label.value, new_value))
}

/// The byte range of the label's value (`lk` in `lk)`), where a relabelling
/// edit goes.
pub(crate) fn value_range(label: &Label) -> TextRange {
    let (prefix, value, _) = split_label(label);
    let start = label.range.start + prefix.len();
    TextRange::new(start, start + value.len())
}

/// An edit that changes the label's value to `new_value`, or `None` when it
/// already has it.
pub(crate) fn value_edit(label: &Label, new_value: &str) -> Option<TextEdit> {
    let new_text = match_case(&label.value, new_value);
    (label.value != new_text).then(|| TextEdit {
        range: value_range(label),
        new_text,
    })
}

fn match_case(old: &str, new: &str) -> String {
    if !old.is_empty() && old.chars().all(|c| c.is_ascii_uppercase()) {
        new.to_ascii_uppercase()
    } else {
        new.to_string()
    }
}

/// `(a)` → (`(`, `a`, `)`).
fn split_label(label: &Label) -> (&str, &str, &str) {
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
pub(crate) fn place_kind(section: &Section) -> Option<SeqKind> {
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

/// The reletter fixes offered with a sequence finding, computed at most
/// once per section and once per document.
struct SectionFixes<'m> {
    model: &'m Model,
    text: &'m str,
    doc: usize,
    section: Option<(usize, Option<Fix>)>,
    document: Option<Option<Fix>>,
    /// The document's internal references, found once on first need.
    refs: Option<Vec<InternalReference>>,
}

impl SectionFixes<'_> {
    fn for_section(&mut self, si: usize) -> Vec<Fix> {
        let (model, text, doc) = (self.model, self.text, self.doc);
        let refs = self
            .refs
            .get_or_insert_with(|| internal_references_in(model, text, doc));
        if self.section.as_ref().is_none_or(|(s, _)| *s != si) {
            self.section = Some((si, reletter_section_with(model, text, doc, si, refs)));
        }
        let section = self.section.as_ref().and_then(|(_, f)| f.clone());
        let document = self
            .document
            .get_or_insert_with(|| reletter_document_with(model, text, doc, refs))
            .clone();
        section.into_iter().chain(document).collect()
    }
}

pub(crate) fn check_document(model: &Model, text: &str, di: usize, out: &mut Vec<Diagnostic>) {
    let doc = &model.documents[di];
    let mut fixes = SectionFixes {
        model,
        text,
        doc: di,
        section: None,
        document: None,
        refs: None,
    };
    for (si, section) in doc.sections.iter().enumerate() {
        check_section(model, text, di, si, section, &mut fixes, out);
    }
}

fn check_section(
    model: &Model,
    text: &str,
    di: usize,
    si: usize,
    section: &Section,
    fixes: &mut SectionFixes<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let name = section_name(&section.heading.text);
    if let Some(group) = analyse(&section.items) {
        let single = section.items.len() == 1 && group.members.len() == 1;
        if single {
            let label = group.members[0].label;
            out.push(unneeded(text, label, &name));
        } else {
            if let Some(want) = place_kind(section).filter(|&k| k != group.kind) {
                let label = group.members[0].label;
                let what = match group.kind {
                    SeqKind::Letter => "lettered",
                    SeqKind::Number => "numbered",
                    SeqKind::Roman => "numbered with roman numerals",
                };
                let part = match section.part {
                    Part::Preamble => "preamble clauses",
                    Part::Operative => "operative paragraphs",
                };
                let mut d = Diagnostic::new(
                    &LABEL_WRONG_KIND,
                    label.range,
                    format!(
                        "the clauses of {name} are {what} ({}…); {part} are {}",
                        label.text,
                        want.describe()
                    ),
                );
                if let Some(fix) = reletter_section_as(model, text, di, si, want) {
                    d = d.with_fix(fix);
                }
                out.push(d);
            }
            report_group(&group, "this section", &mut || fixes.for_section(si), out);
        }
        report_style(&group, &name, out);
    }
    for item in &section.items {
        check_sub_items(item, si, fixes, out);
    }
}

fn check_sub_items(
    clause: &Clause,
    si: usize,
    fixes: &mut SectionFixes<'_>,
    out: &mut Vec<Diagnostic>,
) {
    if clause.sub_items.is_empty() {
        return;
    }
    if let Some(group) = analyse(&clause.sub_items) {
        let owner = clause.label.as_ref().map_or_else(
            || "this clause".to_string(),
            |l| format!("the sub-items of {}", l.text),
        );
        if group.members.len() > 1 || group.verdicts.iter().any(|v| *v != Verdict::Ok) {
            report_group(&group, &owner, &mut || fixes.for_section(si), out);
        }
        report_style(&group, &owner, out);
    }
    for sub in &clause.sub_items {
        check_sub_items(sub, si, fixes, out);
    }
}

fn unneeded(text: &str, label: &Label, name: &str) -> Diagnostic {
    // Remove the label and the blanks after it.
    let rest = crate::text::slice(text, TextRange::new(label.range.end, text.len()));
    let blanks = rest.len()
        - rest
            .trim_start_matches([' ', '\t', '\u{3000}', '\u{a0}'])
            .len();
    let fix = Fix {
        title: format!("Remove the label {}", label.text),
        edits: vec![TextEdit {
            range: TextRange::new(label.range.start, label.range.end + blanks),
            new_text: String::new(),
        }],
        preferred: false,
    };
    Diagnostic::new(
        &LABEL_UNNEEDED,
        label.range,
        format!(
            "{} is the only clause of {name}: a single clause needs no label",
            label.text
        ),
    )
    .with_fix(fix)
}

fn report_group(
    group: &Group<'_>,
    place: &str,
    reletter: &mut dyn FnMut() -> Vec<Fix>,
    out: &mut Vec<Diagnostic>,
) {
    let kind = group.kind;
    for (i, verdict) in group.verdicts.iter().enumerate() {
        let label = group.members[i].label;
        let expected = relabel(group.template(i), &group.value(group.expected[i]));
        let shown = &label.text;
        // The label before, as read: `23 (read as 3)` for a fused one.
        let prev = i.checked_sub(1).map(|p| {
            let before = group.members[p].label;
            match &group.verdicts[p] {
                Verdict::Fused { new, .. } => {
                    format!("{} (read as {})", before.text, relabel(before, new))
                }
                _ => before.text.clone(),
            }
        });
        let prev = prev.as_deref();
        let d = match verdict {
            Verdict::Ok => continue,
            Verdict::Fused { old, new } => {
                let old_label = relabel(label, old);
                let new_label = relabel(label, new);
                let fix = Fix {
                    title: format!("Replace {shown} by {new_label}"),
                    edits: value_edit(label, new).into_iter().collect(),
                    preferred: true,
                };
                Diagnostic::new(
                    &LABEL_FUSED,
                    label.range,
                    format!(
                        "{shown} looks like the old label {old_label} and the new label {new_label} kept together (tracked-change residue); expected {new_label}"
                    ),
                )
                .with_fix(fix)
            }
            Verdict::Gap => {
                let missing = missing_range(group, i, label);
                Diagnostic::new(
                    &LABEL_GAP,
                    label.range,
                    format!(
                        "{shown} follows {}: {missing} is missing; expected {expected}",
                        prev.unwrap_or("the heading")
                    ),
                )
            }
            Verdict::Repeat(first) => {
                let first_label = group.members[*first].label;
                Diagnostic::new(
                    &LABEL_REPEATED,
                    label.range,
                    format!("{shown} is used twice in {place}; expected {expected}"),
                )
                .with_related(
                    first_label.range,
                    format!("{} is first used here", first_label.text),
                )
            }
            Verdict::WrongStart => Diagnostic::new(
                &LABEL_WRONG_START,
                label.range,
                format!("the sequence of {place} starts at {shown}; expected {expected}"),
            ),
            Verdict::ComesBefore(j) => {
                let other = group.members[*j].label;
                Diagnostic::new(
                    &LABEL_OUT_OF_ORDER,
                    label.range,
                    format!("{shown} comes before {}; expected {expected}", other.text),
                )
                .with_related(other.range, format!("{} comes later, here", other.text))
            }
            Verdict::ComesAfter => {
                let d = Diagnostic::new(
                    &LABEL_OUT_OF_ORDER,
                    label.range,
                    format!(
                        "{shown} comes after {}; expected {expected}",
                        prev.unwrap_or("the heading")
                    ),
                );
                match i.checked_sub(1) {
                    Some(p) => {
                        let before = group.members[p].label;
                        d.with_related(before.range, format!("{} is here", before.text))
                    }
                    None => d,
                }
            }
            Verdict::WrongKind => Diagnostic::new(
                &LABEL_WRONG_KIND,
                label.range,
                format!(
                    "{shown} does not belong among clauses {}; expected {expected}",
                    kind.describe()
                ),
            ),
        };
        let d = reletter().into_iter().fold(d, Diagnostic::with_fix);
        out.push(d);
    }
}

/// `b)` or `b) to d)` for the labels a gap leaves out.
fn missing_range(group: &Group<'_>, i: usize, label: &Label) -> String {
    let from = group.expected[i];
    let to = group
        .kind
        .ordinal(&label.value)
        .map_or(from, |o| o.saturating_sub(1).max(from));
    let first = relabel(label, &group.value(from));
    if to == from {
        first
    } else {
        format!("{first} to {}", relabel(label, &group.value(to)))
    }
}

/// Labels of one group must share one style: the most common one (the
/// first on a tie) is expected.
fn report_style(group: &Group<'_>, name: &str, out: &mut Vec<Diagnostic>) {
    let style = |l: &Label| {
        let (prefix, _, suffix) = split_label(l);
        (prefix.to_string(), suffix.to_string())
    };
    // Labels of another kind are already a finding of their own.
    let members: Vec<&Member<'_>> = group
        .members
        .iter()
        .filter(|m| SeqKind::of(m.label.kind) == Some(group.kind))
        .collect();
    let mut counts: Vec<((String, String), usize)> = Vec::new();
    for m in &members {
        let s = style(m.label);
        match counts.iter_mut().find(|(k, _)| *k == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    if counts.len() < 2 {
        return;
    }
    let mut best = 0;
    for (i, (_, n)) in counts.iter().enumerate() {
        if *n > counts[best].1 {
            best = i;
        }
    }
    let (prefix, suffix) = counts[best].0.clone();
    let example = members
        .iter()
        .find(|m| style(m.label) == (prefix.clone(), suffix.clone()))
        .map(|m| m.label);
    for m in &members {
        if style(m.label) == (prefix.clone(), suffix.clone()) {
            continue;
        }
        let wanted = format!("{prefix}{}{suffix}", m.label.value);
        let mut d = Diagnostic::new(
            &LABEL_STYLE_MIXED,
            m.label.range,
            format!(
                "{} is written differently from the other labels of {name}; expected {wanted}",
                m.label.text
            ),
        )
        .with_fix(Fix {
            title: format!("Write {} as {wanted}", m.label.text),
            edits: vec![TextEdit {
                range: m.label.range,
                new_text: wanted.clone(),
            }],
            preferred: true,
        });
        if let Some(example) = example {
            d = d.with_related(
                example.range,
                format!("{} is written like this", example.text),
            );
        }
        out.push(d);
    }
}
