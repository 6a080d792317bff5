//! The outline (documents → sections → clauses → sub-items) and workspace
//! symbols (the resolutions that workspace files define, by number and
//! title).

use super::{clause_text, short, FileAnalysis};
use crate::model::{Clause, Part};
use crate::text::TextRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Document,
    PreambleSection,
    OperativeSection,
    Clause,
    /// A proposal marker (`MOD EUR/44A7/1`) and what it marks.
    Proposal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub name: String,
    pub detail: Option<String>,
    pub kind: SymbolKind,
    /// The whole document, section or clause.
    pub range: TextRange,
    /// What to select when the symbol is chosen: the identity line, the
    /// heading, the label.
    pub selection: TextRange,
    pub children: Vec<Symbol>,
}

/// The outline of a file. In a proposals document, each proposal
/// (`MOD EUR/44A7/1`) holds the documents it marks.
pub fn document_symbols(file: &FileAnalysis) -> Vec<Symbol> {
    let documents = documents(file);
    let proposals = &file.model().proposals;
    if proposals.is_empty() {
        return documents;
    }
    let mut top: Vec<Symbol> = proposals
        .iter()
        .map(|p| Symbol {
            name: p.label(),
            detail: Some(super::hover::proposal_detail(
                file.text(),
                p,
                file.model().language_at(p.range.start),
            )),
            kind: SymbolKind::Proposal,
            range: p.extent,
            selection: p.range,
            children: Vec::new(),
        })
        .collect();
    for doc in documents {
        match top
            .iter_mut()
            .find(|p| p.kind == SymbolKind::Proposal && p.range.contains_range(doc.range))
        {
            Some(p) => p.children.push(doc),
            None => top.push(doc),
        }
    }
    top.sort_by_key(|s| (s.range.start, s.kind != SymbolKind::Proposal));
    top
}

fn documents(file: &FileAnalysis) -> Vec<Symbol> {
    let text = file.text();
    file.model()
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
            let selection = doc
                .identity
                .as_ref()
                .or(doc.title.as_ref())
                .map(|l| l.range)
                .or_else(|| doc.conference.as_ref().map(|c| c.range))
                .unwrap_or(doc.range);
            Symbol {
                name: non_empty(name),
                detail: Some(doc.kind.as_str().to_string()),
                kind: SymbolKind::Document,
                range: doc.range,
                selection,
                children,
            }
        })
        .collect()
}

fn clause_symbol(text: &str, clause: &Clause) -> Symbol {
    Symbol {
        name: clause
            .label
            .as_ref()
            .map_or("¶".to_string(), |l| non_empty(l.text.clone())),
        detail: Some(clause_text(text, clause, 60)),
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

/// Editors reject symbols with an empty name.
fn non_empty(name: String) -> String {
    if name.trim().is_empty() {
        "¶".into()
    } else {
        name
    }
}

/// A document that a workspace file defines (it has an identity line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkspaceSymbol {
    /// `RESOLUTION 101 (REV. DOHA, 2026) — Internet Protocol-based networks`.
    pub name: String,
    /// The identity line.
    pub range: TextRange,
}

/// The documents of `file` whose identity line or title contains `query`
/// (case-insensitive; an empty query matches all). `第2号` and `101` both
/// find by number, since the number is part of the identity line.
pub fn workspace_symbols(file: &FileAnalysis, query: &str) -> Vec<WorkspaceSymbol> {
    let query = query.trim().to_lowercase();
    file.model()
        .documents
        .iter()
        .filter_map(|doc| {
            let identity = doc.identity.as_ref()?;
            let name = match &doc.title {
                Some(title) => format!("{} — {}", identity.text, short(&title.text, 120)),
                None => identity.text.clone(),
            };
            (query.is_empty() || name.to_lowercase().contains(&query)).then_some(WorkspaceSymbol {
                name,
                range: identity.range,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZH: &str = "第101号决议（2022年，布加勒斯特，修订版）\n基于互联网协议（IP）的网络\n国际电信联盟全权代表大会（2022年，布加勒斯特），\n忆及\na)\t第一；\nb)\t第二，\n认识到\na)\t基于IP的网络，例如：\ni)\t基础设施；\nii)\t寻址，\n做出决议\n继续。\n";

    fn outline(symbols: &[Symbol], depth: usize, out: &mut String) {
        for s in symbols {
            out.push_str(&format!("{}{:?} {}\n", "  ".repeat(depth), s.kind, s.name));
            outline(&s.children, depth + 1, out);
        }
    }

    #[test]
    fn outline_of_a_chinese_resolution() {
        let file = FileAnalysis::parse(ZH);
        let mut out = String::new();
        outline(&document_symbols(&file), 0, &mut out);
        assert_eq!(
            out,
            "Document 第101号决议（2022年，布加勒斯特，修订版）
  PreambleSection 忆及
    Clause a)
    Clause b)
  PreambleSection 认识到
    Clause a)
      Clause i)
      Clause ii)
  OperativeSection 做出决议
    Clause ¶
"
        );
    }

    #[test]
    fn workspace_symbols_match_number_and_title() {
        let file = FileAnalysis::parse(ZH);
        for query in ["", "101", "互联网", "第101号"] {
            let found = workspace_symbols(&file, query);
            assert_eq!(found.len(), 1, "{query}");
            assert_eq!(
                found[0].name,
                "第101号决议（2022年，布加勒斯特，修订版） — 基于互联网协议（IP）的网络"
            );
        }
        assert!(workspace_symbols(&file, "102").is_empty());
    }
}
