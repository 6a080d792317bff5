//! Scoring citation extraction and resolution against hand-made tables
//! (`tests/accuracy/citations-gold.tsv`, the fixtures' `*.expected.tsv`).
//! Shared by `tests/citation_forms.rs` and `examples/citation_accuracy.rs`
//! (included by `#[path]`), so the test and the report count the same way.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use resolution_ls::analysis::resolve::{resolve_body, BodySource};
use resolution_ls::catalogue::Catalogue;
use resolution_ls::model::citations::{english_place, Citation, CitationKind, CitedBody};
use resolution_ls::model::{self, Model};
use resolution_ls::syntax::SourceFile;
use resolution_ls::text::TextRange;

/// One row of a TSV table, by column name.
#[derive(Clone, Debug)]
pub struct Row(pub BTreeMap<String, String>);

impl Row {
    pub fn get(&self, k: &str) -> &str {
        self.0.get(k).map_or("", String::as_str)
    }
}

pub fn read_tsv(path: &Path) -> Vec<Row> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            Row(header
                .iter()
                .zip(l.split('\t'))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect())
        })
        .collect()
}

/// The byte range of the `occurrence`-th (1-based, overlapping) match of
/// `quote` on line `line` (1-based, split on `\n`).
pub fn span_of(text: &str, line: usize, quote: &str, occurrence: usize) -> Option<TextRange> {
    let mut start = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            let mut seen = 0;
            let mut from = 0;
            while let Some(at) = l.get(from..)?.find(quote) {
                seen += 1;
                if seen == occurrence.max(1) {
                    return Some(TextRange::new(
                        start + from + at,
                        start + from + at + quote.len(),
                    ));
                }
                from += at + l[from + at..].chars().next()?.len_utf8();
            }
            return None;
        }
        start += l.len() + 1;
    }
    None
}

/// Numbers compare without spaces of any kind.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// One cited number as the product sees it.
#[derive(Clone, Debug)]
pub struct Found {
    pub citation: usize,
    pub number: String,
    pub range: TextRange,
    pub kind: CitationKind,
    /// What the citation says: a body code, `this-conference` or `ambiguous`.
    pub body: String,
    /// What the product resolves: a body code, `ambiguous`, or `-` for the
    /// kinds it does not resolve (Questions, Sector Recommendations).
    pub resolved: String,
    pub merged: bool,
    /// The cited revision, if one and not merged: (year, revised, place).
    pub revision: Option<(Option<u16>, bool, Option<String>)>,
}

pub fn body_label(b: &CitedBody) -> String {
    match b {
        CitedBody::Known(b) => b.code().to_string(),
        CitedBody::ThisConference => "this-conference".into(),
        CitedBody::Ambiguous => "ambiguous".into(),
    }
}

pub fn resolved_label(c: &Citation, model: &Model, catalogue: &Catalogue) -> String {
    if c.kind.catalogue_kind().is_none() && c.kind != CitationKind::UnResolution {
        return "-".into();
    }
    let conf = model
        .document_at(c.range.start)
        .and_then(|d| d.conference.as_ref());
    let r = resolve_body(c, conf, catalogue);
    match (r.body, r.source) {
        (Some(b), _) => b.code().to_string(),
        (None, BodySource::Unresolved) | (None, _) => "ambiguous".into(),
    }
}

/// Every cited number of a file, as the product extracts it.
pub fn found(text: &str, catalogue: &Catalogue) -> (Model, Vec<Found>) {
    let model = model::extract(&SourceFile::parse(text));
    let mut out = Vec::new();
    for (ci, c) in model.citations.iter().enumerate() {
        let resolved = resolved_label(c, &model, catalogue);
        for (ni, n) in c.numbers.iter().enumerate() {
            let group = c.group_of(ni);
            out.push(Found {
                citation: ci,
                number: squash(&n.text),
                range: c.range,
                kind: c.kind,
                body: body_label(&c.body),
                resolved: resolved.clone(),
                merged: group.is_some_and(|g| g.is_merged()),
                revision: group
                    .filter(|g| !g.is_merged())
                    .and_then(|g| g.cited())
                    .map(|r| {
                        (
                            r.year,
                            r.revised,
                            r.place.as_deref().map(|p| {
                                english_place(p)
                                    .or_else(|| catalogue.place(p).map(|x| x.name.clone()))
                                    .unwrap_or_else(|| p.to_string())
                            }),
                        )
                    })
                    // A session outside the parenthesis dates the text.
                    .or(match (group, &c.session) {
                        (None, Some(s)) => Some((Some(s.year), false, None)),
                        _ => None,
                    }),
            });
        }
    }
    (model, out)
}

/// A gold row with its span in the text.
#[derive(Clone, Debug)]
pub struct Expected {
    pub row: Row,
    pub span: Option<TextRange>,
}

/// The result of matching one file.
#[derive(Debug, Default)]
pub struct Matched {
    /// Gold index → found index.
    pub pairs: Vec<(usize, usize)>,
    pub missed: Vec<usize>,
    pub false_hits: Vec<usize>,
    /// False hits that overlap a not-citation quote.
    pub on_not_citations: Vec<usize>,
}

/// Matches gold rows to found numbers one to one: same line (the found
/// citation overlaps the quote) and the same number.
pub fn match_file(gold: &[Expected], found: &[Found], not: &[TextRange]) -> Matched {
    let mut used = vec![false; found.len()];
    let mut m = Matched::default();
    for (gi, g) in gold.iter().enumerate() {
        let number = squash(g.row.get("number"));
        let hit = g.span.and_then(|span| {
            (0..found.len()).find(|&fi| {
                !used[fi] && found[fi].number == number && found[fi].range.intersects(span)
            })
        });
        match hit {
            Some(fi) => {
                used[fi] = true;
                m.pairs.push((gi, fi));
            }
            None => m.missed.push(gi),
        }
    }
    for (fi, f) in found.iter().enumerate() {
        if !used[fi] {
            m.false_hits.push(fi);
            if not.iter().any(|n| n.intersects(f.range)) {
                m.on_not_citations.push(fi);
            }
        }
    }
    m
}

/// The line (1-based) and text of a byte offset.
pub fn line_of(text: &str, at: usize) -> (usize, &str) {
    let at = at.min(text.len());
    let line = text[..at].matches('\n').count() + 1;
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    (line, &text[start..end])
}

/// Every range of `quote` on `line`.
pub fn all_spans(text: &str, line: usize, quote: &str) -> Vec<TextRange> {
    (1..)
        .map_while(|occ| span_of(text, line, quote, occ))
        .collect()
}

pub fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the work tree (or `RESOLUTION_SHARED`).
pub fn shared() -> PathBuf {
    std::env::var_os("RESOLUTION_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest().join("../shared"))
}
