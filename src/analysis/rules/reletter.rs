//! Relettering: labels of a section (or of every section of a document)
//! rewritten so that they run in order, and every internal reference to a
//! clause whose label changes rewritten with it, so that no reference
//! silently moves to another clause. The edits touch labels and the labels
//! inside references, nothing else.

use std::collections::HashMap;

use crate::analysis::Fix;
use crate::i18n::Message;
use crate::model::sequence::{analyse, relabel, value_edit, SeqKind};
use crate::model::{Clause, Label, Model};
use crate::msg;
use crate::text::TextEdit;

/// One label that changes: where it is and what it becomes.
struct Change<'m> {
    path: Vec<usize>,
    label: &'m Label,
    /// The new value (`c`, `6`, `iii`).
    value: String,
    kind: SeqKind,
    /// The whole label as it must be written, when its kind changes (`3` →
    /// `c)`); otherwise only the value is replaced.
    whole: Option<String>,
}

/// Reletters section `section` of document `doc`: its clauses run `a)`,
/// `b)`… (or `1`, `2`…, whatever kind the section uses), sub-items `i)`,
/// `ii)`… inside each clause, and references to a moved clause follow it.
/// `None` when every label is already in order.
pub fn reletter_section(model: &Model, text: &str, doc: usize, section: usize) -> Option<Fix> {
    let name = section_title(model, doc, section)?;
    build(
        model,
        text,
        doc,
        &[section],
        None,
        msg!("fix-reletter-section", name = name),
    )
}

/// Like [`reletter_section`], converting the section's clauses to `kind`
/// (`1 2 3` in a preamble becomes `a) b) c)`).
pub(crate) fn reletter_section_as(
    model: &Model,
    text: &str,
    doc: usize,
    section: usize,
    kind: SeqKind,
) -> Option<Fix> {
    let name = section_title(model, doc, section)?;
    let shown = match kind {
        SeqKind::Letter => "a), b), c)…",
        SeqKind::Number => "1, 2, 3…",
        SeqKind::Roman => "i), ii), iii)…",
    };
    let title = msg!("fix-reletter-section-as", name = name, labels = shown);
    build(model, text, doc, &[section], Some(kind), title)
}

/// The short name of section `section` of document `doc`, for fix titles.
fn section_title(model: &Model, doc: usize, section: usize) -> Option<String> {
    Some(
        model
            .documents
            .get(doc)?
            .sections
            .get(section)?
            .heading
            .short_name(),
    )
}

/// The title of the fix that reletters a whole document; front ends offer
/// it once per file rather than under every finding.
pub fn reletter_document_title() -> Message {
    msg!("fix-reletter-document")
}

/// Reletters every section of document `doc` (see [`reletter_section`]).
pub fn reletter_document(model: &Model, text: &str, doc: usize) -> Option<Fix> {
    let sections: Vec<usize> = (0..model.documents.get(doc)?.sections.len()).collect();
    build(model, text, doc, &sections, None, reletter_document_title())
}

fn build(
    model: &Model,
    text: &str,
    doc: usize,
    sections: &[usize],
    kind: Option<SeqKind>,
    title: Message,
) -> Option<Fix> {
    let document = model.documents.get(doc)?;
    let mut changes: HashMap<(usize, Vec<usize>), Change<'_>> = HashMap::new();
    for &si in sections {
        let section = document.sections.get(si)?;
        let mut found = Vec::new();
        plan(&section.items, kind, &mut Vec::new(), &mut found);
        for change in found {
            changes.insert((si, change.path.clone()), change);
        }
    }
    let mut edits: Vec<TextEdit> = Vec::new();
    for change in changes.values() {
        match &change.whole {
            Some(whole) if *whole != change.label.text => edits.push(TextEdit {
                range: change.label.range,
                new_text: whole.clone(),
            }),
            Some(_) => {}
            None => edits.extend(value_edit(change.label, &change.value)),
        }
    }
    for r in model.references_in(doc) {
        let Some(target) = &r.target else { continue };
        if target.document != doc {
            continue;
        }
        let Some(change) = changes.get(&(target.section, target.path.clone())) else {
            continue;
        };
        let written = crate::text::slice(text, r.label_range);
        let paren = written.chars().last().filter(|c| matches!(c, ')' | '）'));
        let new_text = match change.kind {
            SeqKind::Number => change.value.clone(),
            SeqKind::Letter | SeqKind::Roman => format!("{}{}", change.value, paren.unwrap_or(')')),
        };
        if new_text != written {
            edits.push(TextEdit {
                range: r.label_range,
                new_text,
            });
        }
    }
    if edits.is_empty() {
        return None;
    }
    edits.sort();
    edits.dedup_by(|a, b| a.range == b.range);
    Some(Fix {
        title,
        edits,
        preferred: false,
    })
}

/// The labels of `items` (and, recursively, of their sub-items) at their
/// places in the sequence. A lone label is left alone: a single clause
/// needs no label, which is another finding.
fn plan<'m>(
    items: &'m [Clause],
    kind: Option<SeqKind>,
    path: &mut Vec<usize>,
    out: &mut Vec<Change<'m>>,
) {
    if let Some(group) = analyse(items) {
        let kind = kind.unwrap_or(group.kind);
        let template = group
            .members
            .iter()
            .map(|m| m.label)
            .find(|l| SeqKind::of(l.kind) == Some(kind));
        if group.members.len() > 1 {
            for (n, m) in group.members.iter().enumerate() {
                let value = if kind == group.kind {
                    group.value(n as u32 + 1)
                } else {
                    kind.value(n as u32 + 1)
                };
                let whole = (SeqKind::of(m.label.kind) != Some(kind)).then(|| match template {
                    Some(t) => relabel(t, &value),
                    None if kind == SeqKind::Number => value.clone(),
                    None => format!("{value})"),
                });
                path.push(m.index);
                out.push(Change {
                    path: path.clone(),
                    label: m.label,
                    value,
                    kind,
                    whole,
                });
                path.pop();
            }
        }
    }
    for (i, item) in items.iter().enumerate() {
        path.push(i);
        plan(&item.sub_items, None, path, out);
        path.pop();
    }
}
