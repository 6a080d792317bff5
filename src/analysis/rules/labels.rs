//! RLS01xx: clause lettering and numbering.
//!
//! Every section of a body restarts its sequence: preamble clauses run
//! `a)` `b)` `c)` …, operative paragraphs `1` `2` `3` …, sub-items `i)`
//! `ii)` … (or letters under a numbered paragraph). Each label is judged
//! against its neighbours, not against its position, so that one missing
//! clause gives one finding rather than one for every clause after it.

use super::reletter::reletter_section_as;
use crate::analysis::{Diagnostic, Family, Fix, Rule, Severity};
use crate::i18n::Message;
use crate::model::sequence::{
    analyse, place_kind, relabel, split_label, value_edit, Group, Member, SeqKind, Verdict,
};
use crate::model::{Clause, Label, Model, Part, Section};
use crate::msg;
use crate::text::{TextEdit, TextRange};

pub static LABEL_GAP: Rule = Rule {
    code: "RLS0101",
    name: "label-gap",
    default_severity: Severity::Warning,
    summary: "A label skips one or more labels of its sequence (a) followed by c)).",
    explanation: "A label skips one or more labels: `a)` followed by `c)`. The message names what is missing. Fixes: reletter the section, or the whole document.",
    examples: &["considering\na)\tthat one;\nc)\tthat two,\nresolves\nto act.\n", "考虑到\na)\t第一；\nc)\t第二，\n做出决议\n继续。\n"],
};

pub static LABEL_REPEATED: Rule = Rule {
    code: "RLS0102",
    name: "label-repeated",
    default_severity: Severity::Warning,
    summary: "A label is used twice in the same section.",
    explanation: "The same label twice in one section (`b)` `b)`); the related place is the first use. Fixes: reletter.",
    examples: &["considering\na)\tthat one;\nb)\tthat two;\nb)\tthat three,\nresolves\nto act.\n", "考虑到\na)\t第一；\nb)\t第二；\nb)\t第三，\n做出决议\n继续。\n"],
};

pub static LABEL_WRONG_START: Rule = Rule {
    code: "RLS0103",
    name: "label-wrong-start",
    default_severity: Severity::Warning,
    summary: "A section's sequence does not start at a), 1 or i).",
    explanation: "A sequence that does not start at `a)`, `1` or `i)`. Fixes: reletter.",
    examples: &[
        "considering\nb)\tthat one;\nc)\tthat two,\nresolves\nto act.\n",
        "考虑到\nb)\t第一；\nc)\t第二，\n做出决议\n继续。\n",
    ],
};

pub static LABEL_OUT_OF_ORDER: Rule = Rule {
    code: "RLS0104",
    name: "label-out-of-order",
    default_severity: Severity::Warning,
    summary: "A label comes before or after the place its value belongs to.",
    explanation: "A label before or after the place its value belongs to (`c)` `b)`); the related place is the other label. Fixes: reletter.",
    examples: &["considering\na)\tthat one;\nc)\tthat two;\nb)\tthat three,\nresolves\nto act.\n", "考虑到\na)\t第一；\nc)\t第二；\nb)\t第三，\n做出决议\n继续。\n"],
};

pub static LABEL_FUSED: Rule = Rule {
    code: "RLS0105",
    name: "label-fused",
    default_severity: Severity::Warning,
    summary: "Two labels kept together by a tracked change (lk), bc), 56, 32).",
    explanation: "Two labels kept together by a tracked change: `lk)` after `k)`, `bc)` after `b)`, `56` after `5`, `32` after `2`. The message says which is the old label and which the new one (the one that fits the sequence). Preferred fix: replace the label by the one expected at that place.",
    examples: &["considering\na)\tthat one;\nb)\tthat two;\nbc)\tthat three,\nresolves\nto act.\n", "忆及\na)\t第一；\nb)\t第二；\nbc)\t第三，\n做出决议\n继续。\n"],
};

pub static LABEL_WRONG_KIND: Rule = Rule {
    code: "RLS0106",
    name: "label-wrong-kind",
    default_severity: Severity::Warning,
    summary: "A label of the wrong kind for its place (a number among lettered preamble clauses, letters in an operative part).",
    explanation: "A label of the wrong kind for its place: numbered preamble clauses, lettered operative paragraphs, or a number among letters. Sections whose heading (or an unlabelled first paragraph) ends with a colon introduce a list and may use any kind. Fix: reletter the section in the expected kind.",
    examples: &["considering\n1\tthat one;\n2\tthat two,\nresolves\nto act.\n", "考虑到\n1\t第一；\n2\t第二，\n做出决议\n继续。\n"],
};

pub static LABEL_UNNEEDED: Rule = Rule {
    code: "RLS0107",
    name: "label-unneeded",
    default_severity: Severity::Information,
    summary: "The only clause of a section carries a label it does not need.",
    explanation: "The only clause of a section carries a label (`注意到` followed by a single `a)`): a single clause has none. Fix: remove the label.",
    examples: &["considering\na)\tthat one,\nresolves\nto act.\n", "注意到\na)\t第一，\n做出决议\n继续。\n"],
};

pub static LABEL_STYLE_MIXED: Rule = Rule {
    code: "RLS0108",
    name: "label-style-mixed",
    default_severity: Severity::Warning,
    summary: "Labels of one section are written in different styles (a) and a） or (a)).",
    explanation: "Labels of one section (or of one clause's sub-items) written in different styles: `a)`, `a）`, `(a)`, `a`. The most common style is expected. Different documents may use different styles. Preferred fix: rewrite the label.",
    examples: &["considering\na)\tthat one;\nb)\tthat two;\n(c)\tthat three,\nresolves\nto act.\n", "考虑到\na)\t第一；\nb)\t第二；\nc）\t第三，\n做出决议\n继续。\n"],
};

pub static LABEL_TRACKED_CHANGE: Rule = Rule {
    code: "RLS0109",
    name: "label-tracked-change",
    default_severity: Severity::Information,
    summary: "A label changed by a tracked change that is not yet accepted (Word documents).",
    explanation: "In a Word document, a label that a tracked change rewrote and nobody has accepted yet: `l)` deleted and `k)` inserted. The accepted text is what the other rules check; this finding says what the change is, where exporting the document without accepting it would leave a fused label (`lk)`, see RLS0105). No fix: accept or reject the change in Word. In the examples, `{~~l~>k~~}` stands for Word's tracked change (CriticMarkup).",
    examples: &["considering\na)\tthat one;\n{~~c~>b~~})\tthat two,\nresolves\nto act.\n", "考虑到\na)\t第一；\n{~~c~>b~~})\t第二，\n做出决议\n继续。\n"],
};

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS01",
    title: "Labels",
    intro: "Every section of an adopted text restarts its sequence: preamble clauses `a)` `b)` `c)` …, operative paragraphs `1` `2` `3` …, sub-items `i)` `ii)` … (or dashes; letters under a numbered paragraph).
Each label is judged against its neighbours, so one missing clause gives one finding, not one for every clause after it.
Whether `i)`, `v)`, `x)` is a letter or a roman numeral is decided from the labels around it (`i)` after `h)` is a letter; `i)` after `a)` opens sub-items).
Excerpts (sections quoted out of their resolution in a report or a letter) get no label findings.",
    rules: &[&LABEL_GAP, &LABEL_REPEATED, &LABEL_WRONG_START, &LABEL_OUT_OF_ORDER, &LABEL_FUSED, &LABEL_WRONG_KIND, &LABEL_UNNEEDED, &LABEL_STYLE_MIXED, &LABEL_TRACKED_CHANGE],
};

/// Labels that a tracked change not yet accepted rewrote (RLS0109).
pub(crate) fn check_tracked_changes(model: &Model, text: &str, out: &mut Vec<Diagnostic>) {
    if model.tracked_changes.is_empty() {
        return;
    }
    let labels = model
        .documents
        .iter()
        .flat_map(|d| &d.sections)
        .flat_map(|s| &s.items)
        .flat_map(|c| c.walk())
        .filter_map(|c| c.label.as_ref());
    for label in labels {
        if let Some(old) = crate::model::before_tracked_changes(model, text, label.range) {
            out.push(Diagnostic::new(
                &LABEL_TRACKED_CHANGE,
                label.range,
                msg_label_tracked_change(&old, &label.text),
            ));
        }
    }
}

fn msg_label_tracked_change(old: &str, new: &str) -> Message {
    if old.trim().is_empty() {
        msg!("label-tracked-insert", new = new)
    } else {
        msg!("label-tracked-change", old = old, new = new)
    }
}

pub(crate) fn check_document(model: &Model, text: &str, di: usize, out: &mut Vec<Diagnostic>) {
    let doc = &model.documents[di];
    for (si, section) in doc.sections.iter().enumerate() {
        check_section(model, text, di, si, section, out);
    }
}

/// The label findings of section `si` of document `di` alone.
pub(crate) fn check_one_section(
    model: &Model,
    text: &str,
    di: usize,
    si: usize,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(section) = model.documents[di].sections.get(si) {
        check_section(model, text, di, si, section, out);
    }
}

fn check_section(
    model: &Model,
    text: &str,
    di: usize,
    si: usize,
    section: &Section,
    out: &mut Vec<Diagnostic>,
) {
    let name = section.heading.short_name();
    if let Some(group) = analyse(&section.items) {
        let single = section.items.len() == 1 && group.members.len() == 1;
        if single {
            let label = group.members[0].label;
            out.push(unneeded(text, label, &name));
        } else {
            if let Some(want) = place_kind(section).filter(|&k| k != group.kind) {
                let label = group.members[0].label;
                let part = match section.part {
                    Part::Preamble => "preamble",
                    Part::Operative => "operative",
                };
                let mut d = Diagnostic::new(
                    &LABEL_WRONG_KIND,
                    label.range,
                    msg!(
                        "label-wrong-kind-section",
                        name = &name,
                        kind = group.kind.key(),
                        first = &label.text,
                        part = part,
                        expected = kind_phrase(want)
                    ),
                );
                if let Some(fix) = reletter_section_as(model, text, di, si, want) {
                    d = d.with_fix(fix);
                }
                out.push(d);
            }
            report_group(&group, msg!("place-this-section"), (di, si), out);
        }
        report_style(&group, msg!("quoted", text = &name), out);
    }
    for item in &section.items {
        check_sub_items(item, di, si, out);
    }
}

fn check_sub_items(clause: &Clause, di: usize, si: usize, out: &mut Vec<Diagnostic>) {
    if clause.sub_items.is_empty() {
        return;
    }
    if let Some(group) = analyse(&clause.sub_items) {
        let owner = clause.label.as_ref().map_or_else(
            || msg!("place-this-clause"),
            |l| msg!("place-sub-items", label = &l.text),
        );
        if group.members.len() > 1 || group.verdicts.iter().any(|v| *v != Verdict::Ok) {
            report_group(&group, owner.clone(), (di, si), out);
        }
        report_style(&group, owner, out);
    }
    for sub in &clause.sub_items {
        check_sub_items(sub, di, si, out);
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
        title: msg!("fix-remove-label", label = &label.text),
        edits: vec![TextEdit {
            range: TextRange::new(label.range.start, label.range.end + blanks),
            new_text: String::new(),
        }],
        preferred: false,
    };
    Diagnostic::new(
        &LABEL_UNNEEDED,
        label.range,
        msg!("label-unneeded", label = &label.text, name = name),
    )
    .with_fix(fix)
}

fn report_group(
    group: &Group<'_>,
    place: Message,
    section: (usize, usize),
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
                Verdict::Fused { new, .. } => msg!(
                    "label-read-as",
                    label = &before.text,
                    read = relabel(before, new)
                ),
                _ => msg!("quoted", text = &before.text),
            }
        });
        let prev = prev.unwrap_or_else(|| msg!("place-the-heading"));
        let d = match verdict {
            Verdict::Ok => continue,
            Verdict::Fused { old, new } => {
                let old_label = relabel(label, old);
                let new_label = relabel(label, new);
                let fix = Fix {
                    title: msg!("fix-replace", old = shown, new = &new_label),
                    edits: value_edit(label, new).into_iter().collect(),
                    preferred: true,
                };
                Diagnostic::new(
                    &LABEL_FUSED,
                    label.range,
                    msg!(
                        "label-fused",
                        shown = shown,
                        old = old_label,
                        new = new_label
                    ),
                )
                .with_fix(fix)
            }
            Verdict::Gap => {
                let missing = missing_range(group, i, label);
                Diagnostic::new(
                    &LABEL_GAP,
                    label.range,
                    msg!(
                        "label-gap",
                        shown = shown,
                        previous = prev,
                        missing = missing,
                        expected = &expected
                    ),
                )
            }
            Verdict::Repeat(first) => {
                let first_label = group.members[*first].label;
                Diagnostic::new(
                    &LABEL_REPEATED,
                    label.range,
                    msg!(
                        "label-repeated",
                        shown = shown,
                        place = place.clone(),
                        expected = &expected
                    ),
                )
                .with_related(
                    first_label.range,
                    msg!("related-first-used", label = &first_label.text),
                )
            }
            Verdict::WrongStart => Diagnostic::new(
                &LABEL_WRONG_START,
                label.range,
                msg!(
                    "label-wrong-start",
                    place = place.clone(),
                    shown = shown,
                    expected = &expected
                ),
            ),
            Verdict::ComesBefore(j) => {
                let other = group.members[*j].label;
                Diagnostic::new(
                    &LABEL_OUT_OF_ORDER,
                    label.range,
                    msg!(
                        "label-comes-before",
                        shown = shown,
                        other = &other.text,
                        expected = &expected
                    ),
                )
                .with_related(
                    other.range,
                    msg!("related-comes-later", label = &other.text),
                )
            }
            Verdict::ComesAfter => {
                let d = Diagnostic::new(
                    &LABEL_OUT_OF_ORDER,
                    label.range,
                    msg!(
                        "label-comes-after",
                        shown = shown,
                        previous = prev,
                        expected = &expected
                    ),
                );
                match i.checked_sub(1) {
                    Some(p) => {
                        let before = group.members[p].label;
                        d.with_related(before.range, msg!("related-is-here", label = &before.text))
                    }
                    None => d,
                }
            }
            Verdict::WrongKind => Diagnostic::new(
                &LABEL_WRONG_KIND,
                label.range,
                msg!(
                    "label-wrong-kind",
                    shown = shown,
                    kind = kind_phrase(kind),
                    expected = &expected
                ),
            ),
        };
        out.push(Diagnostic {
            section: Some(section),
            ..d
        });
    }
}

/// How a kind of label sequence is described: `lettered a), b), c)…`.
pub(crate) fn kind_phrase(kind: SeqKind) -> Message {
    match kind {
        SeqKind::Letter => msg!("kind-letter"),
        SeqKind::Number => msg!("kind-number"),
        SeqKind::Roman => msg!("kind-roman"),
    }
}

/// `b)` or `b) to d)` for the labels a gap leaves out.
fn missing_range(group: &Group<'_>, i: usize, label: &Label) -> Message {
    let from = group.expected[i];
    let to = group
        .kind
        .ordinal(&label.value)
        .map_or(from, |o| o.saturating_sub(1).max(from));
    let first = relabel(label, &group.value(from));
    if to == from {
        msg!("quoted", text = first)
    } else {
        msg!(
            "range-to",
            first = first,
            last = relabel(label, &group.value(to))
        )
    }
}

/// Labels of one group must share one style: the most common one (the
/// first on a tie) is expected.
fn report_style(group: &Group<'_>, place: Message, out: &mut Vec<Diagnostic>) {
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
            msg!(
                "label-style-mixed",
                label = &m.label.text,
                place = place.clone(),
                wanted = &wanted
            ),
        )
        .with_fix(Fix::replace(
            msg!("fix-write-as", label = &m.label.text, wanted = &wanted),
            m.label.range,
            wanted.clone(),
            true,
        ));
        if let Some(example) = example {
            d = d.with_related(
                example.range,
                msg!("related-written-like-this", label = &example.text),
            );
        }
        out.push(d);
    }
}
