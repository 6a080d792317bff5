//! The findings of the next version from the previous version's, when its
//! model was made by [`crate::model::reextract`] (an edit inside one clause
//! line): the findings about that line and its section are made again, the
//! others are moved past the edit.

use super::{rules, suppress, Config, Diagnostic};
use crate::model::shift::Shift;
use crate::model::{Model, Touched};
use crate::text::TextRange;

/// `old` (the previous version's findings under the same configuration)
/// brought up to date with `model`, the model [`crate::model::reextract`]
/// made for `text`. `None` when a rule that reads more than the section
/// could see the edit (language versions inside the file).
pub fn recheck(
    old: &[Diagnostic],
    text: &str,
    model: &Model,
    config: &Config,
    touched: &Touched,
) -> Option<Vec<Diagnostic>> {
    let (di, si) = (touched.document, touched.section);
    let doc = model.documents.get(di)?;
    let section = doc.sections.get(si)?;
    if model.documents.len() > 1
        && !rules::parallel::pairs_within(model, &config.catalogue).is_empty()
    {
        return None;
    }
    let line = touched.line;
    let on_line = |r: TextRange| r.start >= line.start && r.end <= line.end;
    let relabel = touched.references_changed;
    let old_section = unshift(touched, section.range);
    let in_section = |r: TextRange| r.start >= old_section.start && r.start <= old_section.end;
    let mut out: Vec<Diagnostic> = Vec::with_capacity(old.len() + 4);
    for d in old {
        let remade = match family(d.code) {
            // How a clause ends, and its label (whose fixes reach up to the
            // clause's text, where the edit may be): the whole section.
            2 => in_section(d.range),
            // Labels read the document's references (relettering fixes).
            1 if relabel => doc.range.contains_range(moved(d.range, &touched.shift)),
            1 => in_section(d.range),
            // Internal references and citations: those on the line.
            3 | 4 => on_line(moved(d.range, &touched.shift)),
            _ => false,
        };
        if !remade {
            let mut d = d.clone();
            shift_diagnostic(&mut d, &touched.shift);
            out.push(d);
        }
    }
    let mut fresh = Vec::new();
    if doc.kind.is_body() {
        rules::punctuation::check_section(model, text, di, si, &mut fresh);
        if relabel {
            rules::labels::check_document(model, text, di, &mut fresh);
        } else {
            rules::labels::check_one_section(model, text, di, si, &mut fresh);
        }
    }
    // Both lists are in text order: the line's part is found, not scanned for.
    let from = model
        .references
        .partition_point(|r| r.range.start < line.start);
    let refs: Vec<_> = model.references[from..]
        .iter()
        .take_while(|r| r.range.start <= line.end)
        .filter(|r| on_line(r.range))
        .cloned()
        .collect();
    rules::references::check(model, text, &refs, &mut fresh);
    let from = model
        .citations
        .partition_point(|c| c.range.start < line.start);
    let citations: Vec<_> = model.citations[from..]
        .iter()
        .take_while(|c| c.range.start <= line.end)
        .filter(|c| on_line(c.range))
        .cloned()
        .collect();
    fresh.extend(rules::citations::check_each(
        model,
        text,
        &citations,
        &config.catalogue,
        &config.citations,
    ));
    if model.has_markers {
        suppress::apply(model, text, &mut fresh);
    }
    super::finish(model, config, &mut fresh);
    out.extend(fresh);
    out.sort_by(|a, b| (a.range, a.code).cmp(&(b.range, b.code)));
    Some(out)
}

/// The hundreds of a code: `RLS0203` → 2.
fn family(code: &str) -> u32 {
    code.get(3..5)
        .and_then(|s| s.parse().ok())
        .unwrap_or(u32::MAX)
}

fn moved(r: TextRange, s: &Shift) -> TextRange {
    s.range(r)
}

/// Where a range of the new text was before the edit (ranges that hold
/// the edit shrink back).
fn unshift(t: &Touched, r: TextRange) -> TextRange {
    let s = t.shift;
    let back = Shift {
        start: s.start,
        old_end: s.old_end.saturating_add_signed(s.delta),
        delta: -s.delta,
    };
    back.range(r)
}

/// Every range of a finding moved past the edit.
fn shift_diagnostic(d: &mut Diagnostic, s: &Shift) {
    d.range = s.range(d.range);
    for r in &mut d.related {
        if r.file.is_none() {
            r.range = s.range(r.range);
        }
    }
    for f in &mut d.fixes {
        for e in &mut f.edits {
            e.range = s.range(e.range);
        }
    }
}
