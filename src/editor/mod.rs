//! Editor features over the analysis core, still protocol-free: plain data
//! in, plain data out, byte offsets only. The language server converts at
//! its edge; tests call these directly.

use std::sync::Arc;

use crate::analysis::{self, Config, Diagnostic, Fix};
use crate::catalogue::{Catalogue, Key};
use crate::citations::{self, Citation, Identity};
use crate::model::{self, Clause, Model, Part};
use crate::syntax::SourceFile;
use crate::text::{LineIndex, TextRange};

/// One version of one document, analysed: immutable and cheap to share
/// between the request handlers and the diagnostics task.
#[derive(Clone, Debug)]
pub struct Analysis {
    pub file: SourceFile,
    pub model: Arc<Model>,
    pub index: Arc<LineIndex>,
    pub citations: Arc<Vec<Citation>>,
}

impl Analysis {
    pub fn new(file: SourceFile) -> Analysis {
        let model = model::extract(&file);
        let citations = citations::extract(file.text(), model.language);
        let index = LineIndex::new(file.text());
        Analysis {
            file,
            model: Arc::new(model),
            index: Arc::new(index),
            citations: Arc::new(citations),
        }
    }

    pub fn text(&self) -> &str {
        self.file.text()
    }

    /// The identity lines of this file's documents (what it defines).
    pub fn identities(&self) -> Vec<Identity> {
        citations::identities(&self.model)
    }

    pub fn diagnostics(&self, config: &Config) -> Vec<Diagnostic> {
        analysis::check_with_citations(&self.file, &self.model, &self.citations, config)
    }

    pub fn hover(&self, offset: usize, catalogue: &Catalogue) -> Option<HoverInfo> {
        if let Some(hit) = citations::citation_at(&self.citations, offset) {
            let markdown = citations::hover(&hit, &self.model, catalogue)?;
            let range = hit
                .number
                .and_then(|i| hit.citation.numbers.get(i))
                .map_or(hit.citation.range, |_| hit.citation.range);
            return Some(HoverInfo { markdown, range });
        }
        if let Some(reference) = self.reference_at(offset) {
            let markdown = match reference
                .target
                .as_ref()
                .and_then(|t| t.clause(&self.model))
            {
                Some(clause) => format!(
                    "**{} {}**\n\n{}",
                    reference.section_name,
                    clause.label.as_ref().map_or("", |l| l.text.as_str()),
                    clause_text(self.text(), clause)
                ),
                None => format!(
                    "**{} {}** — no such clause in this document",
                    reference.section_name, reference.label
                ),
            };
            return Some(HoverInfo {
                markdown,
                range: reference.range,
            });
        }
        let (section, clause) = self.clause_at(offset)?;
        let label = clause
            .label
            .as_ref()
            .filter(|l| l.range.contains_inclusive(offset))?;
        let position = section
            .items
            .iter()
            .position(|c| std::ptr::eq(c, clause))
            .map(|i| i + 1);
        let place = match position {
            Some(n) => format!("clause {n} of {}", section.items.len()),
            None => "a sub-item".to_string(),
        };
        Some(HoverInfo {
            markdown: format!(
                "**{}** — {} label, {place} in *{}* ({})",
                label.text,
                label.kind.as_str(),
                section.heading.text,
                section.part.as_str()
            ),
            range: label.range,
        })
    }

    fn reference_at(&self, offset: usize) -> Option<analysis::structure::InternalReference> {
        analysis::structure::internal_references(&self.model, self.text())
            .into_iter()
            .find(|r| {
                r.range.contains_inclusive(offset) || r.label_range.contains_inclusive(offset)
            })
    }

    /// The section and the innermost clause at `offset`.
    fn clause_at(&self, offset: usize) -> Option<(&model::Section, &Clause)> {
        let doc = self.model.document_at(offset)?;
        let section = doc
            .sections
            .iter()
            .find(|s| s.range.contains_inclusive(offset))?;
        let top = section
            .items
            .iter()
            .find(|c| c.range.contains_inclusive(offset))?;
        let inner = top
            .sub_items
            .iter()
            .find(|c| c.range.contains_inclusive(offset))
            .unwrap_or(top);
        Some((section, inner))
    }

    /// Go to definition: an internal reference → the clause it names; a
    /// citation → the workspace document that defines it, else its catalogue
    /// entry.
    pub fn definition<K: Clone>(
        &self,
        offset: usize,
        catalogue: &Catalogue,
        workspace: &[(K, Identity)],
    ) -> Option<Target<K>> {
        if let Some(reference) = self.reference_at(offset) {
            let clause = reference.target.as_ref()?.clause(&self.model)?;
            return Some(Target::Here(
                clause.label.as_ref().map_or(clause.range, |l| l.range),
            ));
        }
        let hit = citations::citation_at(&self.citations, offset)?;
        match citations::definition(&hit, &self.model, catalogue, workspace)? {
            citations::Definition::Document { key, range } => Some(Target::Document(key, range)),
            citations::Definition::Catalogue { key, location } => {
                Some(Target::Catalogue(key, location))
            }
        }
    }

    /// The catalogue key of the cited text at `offset`, for references.
    pub fn cited_key(&self, offset: usize, catalogue: &Catalogue) -> Option<Key> {
        let hit = citations::citation_at(&self.citations, offset)?;
        let i = hit.number?;
        let conference = self
            .model
            .document_at(offset)
            .and_then(|d| d.conference.as_ref());
        let body = citations::resolve_body(hit.citation, conference, catalogue).body?;
        hit.citation.key(i, body)
    }

    /// Other places in this document that mean the same thing as the one
    /// at `offset`: the clause an internal reference names and every
    /// reference to it.
    pub fn highlights(&self, offset: usize) -> Vec<TextRange> {
        let refs = analysis::structure::internal_references(&self.model, self.text());
        let Some(at) = refs.iter().find(|r| {
            r.label_range.contains_inclusive(offset) || r.range.contains_inclusive(offset)
        }) else {
            return Vec::new();
        };
        let Some(target) = at.target.clone() else {
            return vec![at.range];
        };
        let mut out: Vec<TextRange> = refs
            .iter()
            .filter(|r| r.target.as_ref() == Some(&target))
            .map(|r| r.range)
            .collect();
        if let Some(label) = target.clause(&self.model).and_then(|c| c.label.as_ref()) {
            out.push(label.range);
        }
        out.sort();
        out
    }

    /// The outline: documents, their sections, their clauses.
    pub fn symbols(&self) -> Vec<Symbol> {
        let text = self.text();
        self.model
            .documents
            .iter()
            .map(|doc| {
                let name = doc
                    .identity
                    .as_ref()
                    .or(doc.title.as_ref())
                    .map(|l| l.text.clone())
                    .or_else(|| doc.conference.as_ref().map(|c| c.text.clone()))
                    .unwrap_or_else(|| doc.kind.as_str().to_string());
                let children = doc
                    .sections
                    .iter()
                    .map(|s| Symbol {
                        name: s.heading.text.clone(),
                        detail: Some(format!("{} · {} item(s)", s.part.as_str(), s.items.len())),
                        kind: match s.part {
                            Part::Preamble => SymbolKind::PreambleSection,
                            Part::Operative => SymbolKind::OperativeSection,
                        },
                        range: s.range,
                        selection: s.heading.range,
                        children: s.items.iter().map(|c| clause_symbol(text, c)).collect(),
                    })
                    .collect();
                Symbol {
                    name,
                    detail: Some(doc.kind.as_str().to_string()),
                    kind: SymbolKind::Document,
                    range: doc.range,
                    selection: doc.identity.as_ref().map_or(doc.range, |l| l.range),
                    children,
                }
            })
            .collect()
    }

    /// Foldable ranges: documents and sections.
    pub fn folding(&self) -> Vec<TextRange> {
        let mut out = Vec::new();
        for doc in &self.model.documents {
            out.push(doc.range);
            out.extend(doc.sections.iter().map(|s| s.range));
        }
        out.retain(|r| self.index.line_of(r.start) < self.index.line_of(r.end));
        out
    }

    /// Code actions for `range`: the fixes of the findings that touch it,
    /// then "reletter the whole document" and "silence this rule on this
    /// line" for each finding.
    pub fn code_actions(&self, range: TextRange, diagnostics: &[Diagnostic]) -> Vec<Action> {
        let mut out: Vec<Action> = Vec::new();
        for d in diagnostics
            .iter()
            .filter(|d| d.range.intersects(range) || d.range.contains_inclusive(range.start))
        {
            for fix in &d.fixes {
                if !out.iter().any(|a| a.fix == *fix) {
                    out.push(Action {
                        fix: fix.clone(),
                        code: Some(d.code),
                        kind: ActionKind::QuickFix,
                    });
                }
            }
            let line = self.index.line_of(d.range.start);
            let end = self.index.line_range(self.text(), line).end;
            let marker = format!(" [rls-ignore {}]", d.code);
            if !crate::text::slice(self.text(), self.index.line_range(self.text(), line))
                .contains(&marker)
            {
                out.push(Action {
                    fix: Fix {
                        title: format!("Silence {} on this line", d.code),
                        edits: vec![analysis::TextEdit {
                            range: TextRange::empty(end),
                            new_text: marker,
                        }],
                        preferred: false,
                    },
                    code: Some(d.code),
                    kind: ActionKind::QuickFix,
                });
            }
        }
        if let Some(di) = self
            .model
            .documents
            .iter()
            .position(|d| d.range.contains_inclusive(range.start))
        {
            if let Some(fix) = analysis::structure::reletter_document(&self.model, self.text(), di)
            {
                if !out.iter().any(|a| a.fix == fix) {
                    out.push(Action {
                        fix,
                        code: None,
                        kind: ActionKind::Refactor,
                    });
                }
            }
        }
        out
    }

    /// Completion at `offset`: section headings of the document's language
    /// at the start of a line, the next label, citations from the catalogue.
    pub fn completions(&self, offset: usize, catalogue: &Catalogue) -> Vec<Completion> {
        let text = self.text();
        let offset = crate::text::floor_char_boundary(text, offset);
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let prefix = &text[line_start..offset];
        let mut out: Vec<Completion> = citations::completions(text, offset, &self.model, catalogue)
            .into_iter()
            .map(|c| Completion {
                label: c.label,
                insert_text: c.insert_text,
                detail: c.detail,
                replace: c.replace,
                kind: CompletionKind::Citation,
            })
            .collect();
        if !prefix.contains([' ', '\t', '，', ',', '；', ';']) {
            let language = self
                .model
                .document_at(offset)
                .map_or(self.model.language, |d| d.language);
            for keyword in model::headings::KEYWORDS
                .iter()
                .filter(|k| k.language == language)
            {
                if keyword.text.starts_with(prefix) || prefix.is_empty() {
                    out.push(Completion {
                        label: keyword.text.to_string(),
                        insert_text: keyword.text.to_string(),
                        detail: Some(format!("{} section heading", keyword.part.as_str())),
                        replace: TextRange::new(line_start, offset),
                        kind: CompletionKind::Heading,
                    });
                }
            }
            if let Some(label) = self.next_label(offset) {
                out.push(Completion {
                    label: label.clone(),
                    insert_text: format!("{label}\t"),
                    detail: Some("next label in this section".into()),
                    replace: TextRange::new(line_start, offset),
                    kind: CompletionKind::Label,
                });
            }
        }
        out
    }

    /// The label that follows the last labelled clause before `offset` in
    /// its section.
    fn next_label(&self, offset: usize) -> Option<String> {
        let doc = self.model.document_at(offset)?;
        let section = doc
            .sections
            .iter()
            .rev()
            .find(|s| s.range.start <= offset)?;
        let last = section
            .items
            .iter()
            .rev()
            .find(|c| c.range.end <= offset)?
            .label
            .as_ref()?;
        match last.kind {
            model::LabelKind::Number => Some((last.value.parse::<u32>().ok()? + 1).to_string()),
            model::LabelKind::Letter => {
                let c = last.value.chars().last()?;
                let next = char::from_u32(c as u32 + 1).filter(char::is_ascii_alphabetic)?;
                Some(last.text.replacen(&last.value, &next.to_string(), 1))
            }
            _ => None,
        }
    }

    /// Semantic tokens, in text order, non-overlapping.
    pub fn semantic_tokens(&self) -> Vec<(TextRange, TokenKind)> {
        let mut out = Vec::new();
        for doc in &self.model.documents {
            for line in [&doc.identity, &doc.title].into_iter().flatten() {
                out.push((line.range, TokenKind::Title));
            }
            if let Some(c) = &doc.conference {
                out.push((c.range, TokenKind::Conference));
            }
            for s in &doc.sections {
                out.push((s.heading.keyword_range, TokenKind::Heading));
                for clause in s.items.iter().flat_map(|c| c.walk()) {
                    if let Some(l) = &clause.label {
                        out.push((l.range, TokenKind::Label));
                    }
                }
            }
        }
        out.extend(
            self.citations
                .iter()
                .map(|c| (c.range, TokenKind::Citation)),
        );
        out.extend(
            self.model
                .footnote_refs
                .iter()
                .map(|r| (r.range, TokenKind::Footnote)),
        );
        out.sort_by_key(|(r, _)| (r.start, r.end));
        let mut last_end = 0;
        out.retain(|(r, _)| {
            let keep = r.start >= last_end && !r.is_empty();
            if keep {
                last_end = r.end;
            }
            keep
        });
        out
    }

    /// Inlay hints: the short title of a cited resolution after the citation.
    pub fn inlay_hints(&self, range: TextRange, catalogue: &Catalogue) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for c in self.citations.iter().filter(|c| c.range.intersects(range)) {
            if c.numbers.len() != 1 {
                continue;
            }
            let conference = self
                .model
                .document_at(c.range.start)
                .and_then(|d| d.conference.as_ref());
            let Some(body) = citations::resolve_body(c, conference, catalogue).body else {
                continue;
            };
            let Some(key) = c.key(0, body) else { continue };
            let language = self
                .model
                .document_at(c.range.start)
                .map_or(self.model.language, |d| d.language);
            if let Some(title) = catalogue.title(&key, language) {
                out.push((c.range.end, short_by_width(title, 32)));
            }
        }
        out
    }
}

fn short(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

/// Cuts `s` to about `width` columns, counting East Asian characters as
/// two, so that an inlay hint stays short in Chinese too.
fn short_by_width(s: &str, width: usize) -> String {
    let s = s.trim();
    let mut used = 0;
    let mut out = String::new();
    for ch in s.chars() {
        let w = if (ch as u32) >= 0x1100 { 2 } else { 1 };
        if used + w > width {
            out.push('…');
            return out;
        }
        used += w;
        out.push(ch);
    }
    out
}

fn clause_text(text: &str, clause: &Clause) -> String {
    let body: Vec<&str> = clause
        .lines
        .iter()
        .map(|r| crate::text::slice(text, *r))
        .collect();
    short(&body.join(" "), 400)
}

fn clause_symbol(text: &str, clause: &Clause) -> Symbol {
    let label = clause
        .label
        .as_ref()
        .map_or("¶".to_string(), |l| l.text.clone());
    Symbol {
        name: label,
        detail: Some(short(&clause_text(text, clause), 60)),
        kind: SymbolKind::Clause,
        range: clause.range,
        selection: clause.label.as_ref().map_or(clause.range, |l| l.range),
        children: clause
            .sub_items
            .iter()
            .map(|c| clause_symbol(text, c))
            .collect(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoverInfo {
    pub markdown: String,
    pub range: TextRange,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target<K> {
    /// A place in the same document.
    Here(TextRange),
    /// A workspace document (its identity line).
    Document(K, TextRange),
    /// Only the catalogue knows it (where the entry was read).
    Catalogue(Key, String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Document,
    PreambleSection,
    OperativeSection,
    Clause,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub detail: Option<String>,
    pub kind: SymbolKind,
    pub range: TextRange,
    pub selection: TextRange,
    pub children: Vec<Symbol>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    QuickFix,
    Refactor,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub fix: Fix,
    pub code: Option<&'static str>,
    pub kind: ActionKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    Heading,
    Label,
    Citation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub label: String,
    pub insert_text: String,
    pub detail: Option<String>,
    pub replace: TextRange,
    pub kind: CompletionKind,
}

/// Semantic token types, in the order the server declares them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Heading,
    Label,
    Citation,
    Footnote,
    Title,
    Conference,
}

impl TokenKind {
    pub const ALL: [TokenKind; 6] = [
        TokenKind::Heading,
        TokenKind::Label,
        TokenKind::Citation,
        TokenKind::Footnote,
        TokenKind::Title,
        TokenKind::Conference,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inlay_titles_are_cut_by_display_width() {
        assert_eq!(
            short_by_width("为发展中国家提供的互联网接入和可用性", 10),
            "为发展中国…"
        );
        assert_eq!(short_by_width("Internet access", 32), "Internet access");
    }
}
