//! A plain-text outline of what the model understood, for people and for
//! snapshot tests.

use std::fmt::Write;

use crate::model::proposals::Target;
use crate::model::{Clause, Document, Model};
use crate::text::LineIndex;

pub fn render(model: &Model, text: &str) -> String {
    let index = LineIndex::new(text);
    let line_of = |offset: usize| index.line_of(offset) + 1;
    let mut out = String::new();
    let _ = writeln!(out, "file: {} ({})", model.kind.as_str(), model.language);
    for (i, doc) in model.documents.iter().enumerate() {
        render_document(&mut out, i + 1, doc, &line_of);
    }
    for p in &model.proposals {
        let target = match p.target {
            Target::Document(d) if p.new_draft.is_some() => format!("new document {}", d + 1),
            Target::Document(d) => format!("document {}", d + 1),
            Target::Section(d, s) => format!("section {} of document {}", s + 1, d + 1),
            Target::Clause(d, s) => format!("a clause of section {} of document {}", s + 1, d + 1),
            Target::Text => "text".to_string(),
        };
        let reasons = p.reasons.as_ref().map_or("no reasons".to_string(), |r| {
            format!("reasons line {}", line_of(r.range.start))
        });
        let _ = writeln!(
            out,
            "proposal {} (line {}): {target}; {reasons}",
            p.label(),
            line_of(p.range.start)
        );
    }
    if let Some(a) = &model.addressed {
        let _ = writeln!(out, "proposals for: {} {}", a.body.code(), a.year);
    }
    if !model.footnotes.is_empty() {
        let markers: Vec<String> = model
            .footnotes
            .iter()
            .map(|f| format!("{}@{}", f.marker, line_of(f.range.start)))
            .collect();
        let _ = writeln!(out, "footnotes: {}", markers.join(" "));
    }
    if !model.syntax_errors.is_empty() {
        let _ = writeln!(out, "unreadable: {} place(s)", model.syntax_errors.len());
    }
    out
}

fn render_document(out: &mut String, n: usize, doc: &Document, line_of: &dyn Fn(usize) -> usize) {
    let _ = writeln!(
        out,
        "document {n}: {} (lines {}-{})",
        doc.kind.as_str(),
        line_of(doc.range.start),
        line_of(doc.range.end)
    );
    if let Some(id) = &doc.identity {
        let _ = writeln!(out, "  identity: {}", id.text);
    }
    if let Some(title) = &doc.title {
        let _ = writeln!(out, "  title: {}", title.text);
    }
    if let Some(h) = &doc.history {
        let _ = writeln!(out, "  history: {}", h.text.replace('\n', " "));
    }
    if let Some(c) = &doc.conference {
        let body = c.body.map_or("?".to_string(), |b| b.code().to_string());
        let sessions: Vec<String> = c
            .sessions
            .iter()
            .map(|s| format!("{} {}", s.place, s.year))
            .collect();
        let _ = writeln!(out, "  conference: {body} [{}]", sessions.join("; "));
    }
    for section in &doc.sections {
        let labels: Vec<String> = section.items.iter().map(clause_summary).collect();
        let _ = writeln!(
            out,
            "  {} {} ({}): {}",
            section.part.as_str(),
            section.heading.text,
            section.items.len(),
            labels.join(" ")
        );
    }
    for annex in &doc.annexes {
        let _ = writeln!(out, "  annex: {}", annex.text);
    }
}

fn clause_summary(clause: &Clause) -> String {
    let label = clause
        .label
        .as_ref()
        .map_or("¶".to_string(), |l| l.text.clone());
    if clause.sub_items.is_empty() {
        label
    } else {
        let subs: Vec<String> = clause.sub_items.iter().map(clause_summary).collect();
        format!("{label}[{}]", subs.join(" "))
    }
}
