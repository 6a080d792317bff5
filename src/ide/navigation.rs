//! Go to definition, find references and document highlight.
//!
//! Two kinds of things are navigated: clauses named by internal references
//! (`resolves 2 above`, `上述认识到c)`), inside one file, and cited texts
//! (`Resolution 101 (Rev. Dubai, 2018)`), across the workspace: a workspace
//! document "defines" a cited text when its identity line names it.

use std::sync::Arc;

use super::citations::{self, DocumentCitations};
use super::FileAnalysis;
use crate::analysis::resolve::{identity_key, resolve_body};
use crate::catalogue::{Catalogue, Key};
use crate::model::citations::Identity;
use crate::model::references::ClauseRef;
use crate::text::TextRange;

/// Where go-to-definition leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target<K> {
    /// A place in the same file: the label of the clause a reference names.
    Here(TextRange),
    /// A workspace file (the identity line that names the cited text).
    Document(K, TextRange),
    /// Only the catalogue knows the cited text (where its entry was read).
    Catalogue(Key, String),
}

/// One range of a document highlight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub range: TextRange,
    /// The clause's own label (or the document's identity line), as
    /// opposed to a mention of it.
    pub declaration: bool,
}

/// Go to definition at `offset`. `workspace` holds the other files that
/// may define a cited text (the file itself is skipped if present).
pub fn definition<K: Clone>(
    file: &FileAnalysis,
    offset: usize,
    catalogue: &Catalogue,
    workspace: &[(K, Arc<FileAnalysis>)],
) -> Option<Target<K>> {
    if let Some(reference) = file.reference_at(offset) {
        let clause = reference.target.as_ref()?.clause(file.model())?;
        return Some(Target::Here(
            clause.label.as_ref().map_or(clause.range, |l| l.range),
        ));
    }
    let hit = citations::citation_at(file.citations(), offset)?;
    let identities: Vec<(K, Identity)> = workspace
        .iter()
        .filter(|(_, other)| !std::ptr::eq(other.as_ref(), file))
        .flat_map(|(k, other)| other.identities().iter().map(|id| (k.clone(), id.clone())))
        .collect();
    match citations::definition(&hit, file.model(), catalogue, &identities)? {
        citations::Definition::Document { key, range } => Some(Target::Document(key, range)),
        citations::Definition::Catalogue { key, location } => {
            Some(Target::Catalogue(key, location))
        }
    }
}

/// The catalogue key of the cited text at `offset` (a citation, or a
/// document's own identity line).
pub fn cited_key(file: &FileAnalysis, offset: usize, catalogue: &Catalogue) -> Option<Key> {
    if let Some(id) = file
        .identities()
        .iter()
        .find(|id| id.range.contains_inclusive(offset))
    {
        return identity_key(id, catalogue);
    }
    let hit = citations::citation_at(file.citations(), offset)?;
    let i = hit.number?;
    let conference = file
        .model()
        .document_at(offset)
        .and_then(|d| d.conference.as_ref());
    let body = resolve_body(hit.citation, conference, catalogue).body?;
    hit.citation.key(i, body)
}

/// Find references at `offset` in the file keyed `here`:
/// - on an internal reference or a clause label, every reference to that
///   clause in the file (and the label itself with `include_declaration`);
/// - on a citation or an identity line, every citation of that text in
///   `workspace` (which should include this file), and the identity lines
///   that name it with `include_declaration`.
pub fn references<K: Clone + PartialEq>(
    here: &K,
    file: &FileAnalysis,
    offset: usize,
    catalogue: &Catalogue,
    workspace: &[(K, Arc<FileAnalysis>)],
    include_declaration: bool,
) -> Vec<(K, TextRange)> {
    if let Some(clause) = clause_named_at(file, offset) {
        return clause_highlights(file, &clause)
            .into_iter()
            .filter(|h| include_declaration || !h.declaration)
            .map(|h| (here.clone(), h.range))
            .collect();
    }
    let Some(key) = cited_key(file, offset, catalogue) else {
        return Vec::new();
    };
    let mut files: Vec<(K, &FileAnalysis)> = workspace
        .iter()
        .map(|(k, f)| (k.clone(), f.as_ref()))
        .collect();
    if !files.iter().any(|(k, _)| k == here) {
        files.push((here.clone(), file));
    }
    let documents: Vec<DocumentCitations<'_, K>> = files
        .iter()
        .map(|(k, f)| DocumentCitations {
            key: k.clone(),
            model: f.model(),
            citations: f.citations(),
        })
        .collect();
    let mut out: Vec<(K, TextRange)> = citations::references(&key, &documents, catalogue)
        .into_iter()
        .filter(|(k, range)| {
            // An identity line reads as a citation of the document itself.
            let f = files.iter().find(|(fk, _)| fk == k).map(|(_, f)| *f);
            !f.is_some_and(|f| {
                f.identities()
                    .iter()
                    .any(|id| id.range.contains_range(*range))
            })
        })
        .collect();
    if include_declaration {
        for (k, f) in &files {
            for id in f.identities() {
                if identity_key(id, catalogue) == Some(key) {
                    out.push((k.clone(), id.number.range));
                }
            }
        }
    }
    out
}

/// Ranges to highlight in the file for the thing at `offset`: a clause and
/// the references to it, or every citation of the same text.
pub fn highlights(file: &FileAnalysis, offset: usize, catalogue: &Catalogue) -> Vec<Highlight> {
    if let Some(reference) = file.reference_at(offset) {
        let Some(target) = reference.target.clone() else {
            return vec![Highlight {
                range: reference.range,
                declaration: false,
            }];
        };
        return clause_highlights(file, &target);
    }
    if let Some(clause) = clause_named_at(file, offset) {
        return clause_highlights(file, &clause);
    }
    let here = 0usize;
    let workspace: [(usize, Arc<FileAnalysis>); 0] = [];
    let mut out: Vec<Highlight> = references(&here, file, offset, catalogue, &workspace, true)
        .into_iter()
        .map(|(_, range)| Highlight {
            range,
            declaration: file
                .identities()
                .iter()
                .any(|id| id.range.contains_range(range)),
        })
        .collect();
    out.sort_by_key(|h| (h.range.start, h.range.end));
    out.dedup_by_key(|h| h.range);
    out
}

/// The clause an internal reference at `offset` names, or whose label is
/// at `offset`.
fn clause_named_at(file: &FileAnalysis, offset: usize) -> Option<ClauseRef> {
    if let Some(reference) = file.reference_at(offset) {
        return reference.target.clone();
    }
    let model = file.model();
    let document = model
        .documents
        .iter()
        .position(|d| d.range.contains_inclusive(offset))?;
    let doc = &model.documents[document];
    let section = doc
        .sections
        .iter()
        .position(|s| s.range.contains_inclusive(offset))?;
    let mut path = Vec::new();
    let mut items = &doc.sections[section].items;
    loop {
        let i = items
            .iter()
            .position(|c| c.range.contains_inclusive(offset))?;
        path.push(i);
        let clause = &items[i];
        if clause
            .label
            .as_ref()
            .is_some_and(|l| l.range.contains_inclusive(offset))
        {
            return Some(ClauseRef {
                document,
                section,
                path,
            });
        }
        items = &clause.sub_items;
    }
}

/// The clause's label and every reference to it.
fn clause_highlights(file: &FileAnalysis, target: &ClauseRef) -> Vec<Highlight> {
    let mut out: Vec<Highlight> = file
        .internal_references()
        .iter()
        .filter(|r| r.target.as_ref() == Some(target))
        .map(|r| Highlight {
            range: r.range,
            declaration: false,
        })
        .collect();
    if let Some(label) = target.clause(file.model()).and_then(|c| c.label.as_ref()) {
        out.push(Highlight {
            range: label.range,
            declaration: true,
        });
    }
    out.sort_by_key(|h| (h.range.start, h.range.end));
    out.dedup_by_key(|h| h.range);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::test_fixture;

    const EN: &str = "considering\na)\tthat networks grow;\nb)\tthat costs fall,\nresolves\n1\tto study considering b) above;\n2\tto act on considering b) above.\n";

    fn slices(text: &str, ranges: impl IntoIterator<Item = TextRange>) -> Vec<String> {
        ranges
            .into_iter()
            .map(|r| text[r.as_range()].to_string())
            .collect()
    }

    #[test]
    fn internal_reference_leads_to_the_label() {
        let (text, at) =
            test_fixture("considering\na)\tthat x;\nb)\tthat y,\nresolves\n1\tto act on considering $0b) above.\n");
        let file = FileAnalysis::parse(&text);
        let target = definition::<()>(&file, at, &Catalogue::builtin(), &[]);
        let Some(Target::Here(range)) = target else {
            panic!("{target:?}")
        };
        assert_eq!(&text[range.as_range()], "b)");
        assert_eq!(range.start, text.find("b)\tthat y").unwrap());
    }

    #[test]
    fn references_and_highlights_of_a_clause() {
        let file = FileAnalysis::parse(EN);
        let at = EN.find("b)\tthat").unwrap();
        let found = references(&(), &file, at, &Catalogue::builtin(), &[], true);
        assert_eq!(found.len(), 3, "{found:?}");
        let without = references(&(), &file, at, &Catalogue::builtin(), &[], false);
        assert_eq!(
            slices(EN, without.into_iter().map(|(_, r)| r)),
            ["considering b) above", "considering b) above"]
        );
        let h = highlights(&file, EN.rfind("b) above").unwrap(), &Catalogue::builtin());
        assert_eq!(h.iter().filter(|h| h.declaration).count(), 1);
        assert_eq!(h.len(), 3);
    }

    #[test]
    fn citations_across_files_and_identity_lines() {
        let defining = Arc::new(FileAnalysis::parse(
            "RESOLUTION 101 (REV. DOHA, 2026)\nInternet\nThe Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nresolves\nto continue.\n",
        ));
        let citing_text = "recalling\na)\tResolution 101 (Rev. Busan, 2014) of the Plenipotentiary Conference;\nb)\tResolution 101 (Rev. Dubai, 2018) of the Plenipotentiary Conference,\nresolves\nto apply it.\n";
        let citing = Arc::new(FileAnalysis::parse(citing_text));
        let workspace = vec![("def", defining.clone()), ("cite", citing.clone())];
        let cat = Catalogue::builtin();
        let at = citing_text.find("101").unwrap() + 1;
        assert_eq!(
            definition(&citing, at, &cat, &workspace),
            Some(Target::Document("def", TextRange::new(0, 32)))
        );
        let refs = references(&"cite", &citing, at, &cat, &workspace, true);
        let mut files: Vec<&str> = refs.iter().map(|(k, _)| *k).collect();
        files.sort();
        assert_eq!(files, ["cite", "cite", "def"]);
        let refs = references(&"cite", &citing, at, &cat, &workspace, false);
        assert!(refs.iter().all(|(k, _)| *k == "cite"), "{refs:?}");
        // Highlight in one file: both citations of PP Resolution 101.
        let h = highlights(&citing, at, &cat);
        assert_eq!(
            slices(citing_text, h.iter().map(|h| h.range)),
            ["101", "101"]
        );
    }
}
