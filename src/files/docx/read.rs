//! Extraction: the parts of the archive to the text, its paragraphs, its
//! segments and its tracked changes.

use std::collections::HashMap;

use roxmltree::Node;

use super::numbering::Numbering;
use super::{
    attr, child, msg_no_document, msg_not_wordprocessing, msg_xml_broken, parse_xml, read_part,
    toggle_on, Archive, Origin, Paragraph, ReadOptions, Segment, WordDocument, W,
};
use crate::model::TrackedChange;
use crate::text::TextRange;

/// What a piece of content is, for the accepted text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Change {
    None,
    Inserted,
    Deleted,
}

pub(super) fn extract(archive: &mut Archive, options: ReadOptions) -> Result<WordDocument, String> {
    let main = main_part_name(archive)?;
    let document_xml = read_part(archive, &main)?.ok_or_else(msg_no_document)?;
    let rels = read_part(archive, &rels_name(&main))?;
    let target = |kind: &str, default: &str| -> String {
        rels.as_deref()
            .and_then(|r| relationship_target(r, kind, &main))
            .unwrap_or_else(|| default.to_string())
    };
    let numbering_name = target("numbering", "word/numbering.xml");
    let styles_name = target("styles", "word/styles.xml");
    let footnotes_name = target("footnotes", "word/footnotes.xml");
    let numbering_xml = read_part(archive, &numbering_name)?;
    let styles_xml = read_part(archive, &styles_name)?;
    let footnotes_xml = read_part(archive, &footnotes_name)?;

    let doc = parse_xml(&document_xml).map_err(|e| msg_xml_broken(&main, &e.to_string()))?;
    let root = doc.root_element();
    if root.tag_name().namespace() != Some(W) {
        return Err(msg_not_wordprocessing(&main));
    }
    let footnotes_doc = match &footnotes_xml {
        Some(xml) => {
            Some(parse_xml(xml).map_err(|e| msg_xml_broken(&footnotes_name, &e.to_string()))?)
        }
        None => None,
    };
    let mut footnotes = HashMap::new();
    if let Some(fd) = &footnotes_doc {
        for f in fd
            .root_element()
            .children()
            .filter(|c| c.has_tag_name((W, "footnote")))
        {
            if let Some(id) = attr(f, "id") {
                footnotes.insert(id.to_string(), f);
            }
        }
    }
    let mut x = Extractor {
        options,
        numbering: Numbering::new(numbering_xml.as_deref(), styles_xml.as_deref()),
        footnotes,
        text: String::new(),
        paragraphs: Vec::new(),
        segments: Vec::new(),
        tracked: Vec::new(),
        pending: None,
        body_paragraphs: 0,
        footnote_count: 0,
        referenced: Vec::new(),
        in_footnote: None,
    };
    if let Some(body) = child(root, "body") {
        x.blocks(body, 0);
    }
    x.flush();
    let Extractor {
        text,
        paragraphs,
        segments,
        tracked,
        ..
    } = x;
    let mut parts = vec![(main, document_xml.clone())];
    if let Some(xml) = footnotes_xml.clone() {
        parts.push((footnotes_name, xml));
    }
    Ok(WordDocument {
        text,
        tracked_changes: tracked,
        paragraphs,
        segments,
        parts,
    })
}

/// The main document's part name, from the package relationships
/// (`word/document.xml` when they do not say).
fn main_part_name(archive: &mut Archive) -> Result<String, String> {
    let rels = read_part(archive, "_rels/.rels")?;
    Ok(rels
        .as_deref()
        .and_then(|r| relationship_target(r, "officeDocument", ""))
        .unwrap_or_else(|| "word/document.xml".to_string()))
}

/// `word/document.xml` → `word/_rels/document.xml.rels`.
fn rels_name(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// The target of the first relationship whose type ends with `/kind`,
/// resolved against the folder of `source`.
fn relationship_target(rels: &str, kind: &str, source: &str) -> Option<String> {
    let doc = parse_xml(rels).ok()?;
    let suffix = format!("/{kind}");
    let rel = doc.descendants().find(|n| {
        n.tag_name().name() == "Relationship"
            && n.attribute("Type").is_some_and(|t| t.ends_with(&suffix))
            && n.attribute("TargetMode") != Some("External")
    })?;
    let target = rel.attribute("Target")?;
    if let Some(absolute) = target.strip_prefix('/') {
        return Some(absolute.to_string());
    }
    let mut path: Vec<&str> = match source.rsplit_once('/') {
        Some((dir, _)) => dir.split('/').collect(),
        None => Vec::new(),
    };
    for piece in target.split('/') {
        match piece {
            ".." => {
                path.pop();
            }
            "." | "" => {}
            p => path.push(p),
        }
    }
    Some(path.join("/"))
}

struct Extractor<'a, 'i> {
    options: ReadOptions,
    numbering: Numbering,
    footnotes: HashMap<String, Node<'a, 'i>>,
    text: String,
    paragraphs: Vec<Paragraph>,
    segments: Vec<Segment>,
    tracked: Vec<TrackedChange>,
    /// The tracked change being read (adjacent deletions and insertions
    /// make one change).
    pending: Option<TrackedChange>,
    body_paragraphs: usize,
    /// Footnote references met so far (Word numbers them in order).
    footnote_count: usize,
    /// The footnotes referred to in the current paragraph: number and id.
    referenced: Vec<(usize, String)>,
    /// The footnote being read.
    in_footnote: Option<usize>,
}

impl<'a, 'i> Extractor<'a, 'i> {
    /// Block-level content: paragraphs, tables (row by row, cell by cell),
    /// content controls.
    fn blocks(&mut self, node: Node, part: usize) {
        for c in node.children().filter(|c| c.is_element()) {
            if c.tag_name().namespace() != Some(W) {
                if is_alternate_content(c) {
                    if let Some(fallback) = fallback(c) {
                        self.blocks(fallback, part);
                    }
                }
                continue;
            }
            match c.tag_name().name() {
                "p" => self.body_paragraph(c, part),
                "tbl" | "tr" | "tc" | "sdt" | "sdtContent" | "customXml" | "ins" | "moveTo" => {
                    self.blocks(c, part)
                }
                _ => {}
            }
        }
    }

    fn body_paragraph(&mut self, p: Node, part: usize) {
        self.body_paragraphs += 1;
        let number = self.body_paragraphs;
        let start = self.text.len();
        let ppr = child(p, "pPr");
        // A deleted paragraph mark joins the paragraph to the next one in
        // the accepted text; a paragraph deleted whole has no label there.
        let mark_deleted = ppr
            .and_then(|p| child(p, "rPr"))
            .is_some_and(|r| child(r, "del").is_some() || child(r, "moveFrom").is_some());
        if !mark_deleted {
            if let Some(label) = self.numbering.label(ppr) {
                self.made(&label);
            }
        }
        self.inline(p, part, Change::None);
        let end = self.text.len();
        self.paragraphs.push(Paragraph {
            number,
            footnote: None,
            range: TextRange::new(start, end),
        });
        let referenced = std::mem::take(&mut self.referenced);
        for (n, id) in referenced {
            self.footnote(n, &id);
        }
        if mark_deleted {
            self.deleted("\n");
        } else {
            self.flush();
            self.made("\n");
        }
    }

    /// A footnote's paragraphs at the end of the paragraph that refers to
    /// it, as Word's text export writes them: ` [1: 1<TAB>text]`.
    fn footnote(&mut self, n: usize, id: &str) {
        let Some(note) = self.footnotes.get(id).copied() else {
            return;
        };
        self.flush();
        self.made(&format!(" [{n}: "));
        self.in_footnote = Some(n);
        let paragraphs = note
            .children()
            .filter(|c| c.has_tag_name((W, "p")))
            .enumerate();
        for (i, p) in paragraphs {
            if i > 0 {
                self.made(" ");
            }
            let start = self.text.len();
            self.inline(p, 1, Change::None);
            self.flush();
            self.paragraphs.push(Paragraph {
                number: i + 1,
                footnote: Some(n),
                range: TextRange::new(start, self.text.len()),
            });
        }
        self.in_footnote = None;
        self.made("]");
    }

    /// Paragraph content: runs, and the elements that hold runs.
    fn inline(&mut self, node: Node, part: usize, change: Change) {
        for c in node.children().filter(|c| c.is_element()) {
            if c.tag_name().namespace() != Some(W) {
                if is_alternate_content(c) {
                    if let Some(fallback) = fallback(c) {
                        self.inline(fallback, part, change);
                    }
                }
                continue;
            }
            match c.tag_name().name() {
                "r" => self.run(c, part, change),
                "ins" | "moveTo" => {
                    let inner = if change == Change::Deleted {
                        Change::Deleted
                    } else {
                        Change::Inserted
                    };
                    self.inline(c, part, inner)
                }
                "del" | "moveFrom" => self.inline(c, part, Change::Deleted),
                "pPr" | "rPr" | "sectPr" | "tbl" | "p" => {}
                // Hyperlinks, smart tags, simple fields, content controls…
                _ => self.inline(c, part, change),
            }
        }
    }

    fn run(&mut self, r: Node, part: usize, change: Change) {
        let mut change = change;
        let rpr = child(r, "rPr");
        if self.options.formatting_as_changes && change == Change::None {
            if let Some(rpr) = rpr {
                if toggle_on(child(rpr, "strike")) || toggle_on(child(rpr, "dstrike")) {
                    change = Change::Deleted;
                } else if child(rpr, "u")
                    .is_some_and(|u| attr(u, "val").is_none_or(|v| v != "none"))
                {
                    change = Change::Inserted;
                }
            }
        }
        let tracked = change != Change::None;
        for k in r.children().filter(|c| c.is_element()) {
            if k.tag_name().namespace() != Some(W) {
                continue;
            }
            let piece: Option<String> = match k.tag_name().name() {
                "t" | "delText" => Some(k.text().unwrap_or_default().to_string()),
                "tab" | "ptab" => Some("\t".into()),
                "br" | "cr" => match attr(k, "type") {
                    Some("page") | Some("column") => None,
                    _ if self.in_footnote.is_some() => Some(" ".into()),
                    _ => Some("\n".into()),
                },
                "noBreakHyphen" => Some("\u{2011}".into()),
                "footnoteReference" => {
                    if change != Change::Deleted {
                        if let Some(id) = attr(k, "id") {
                            self.footnote_count += 1;
                            let n = self.footnote_count;
                            self.referenced.push((n, id.to_string()));
                            self.flush();
                            self.made(&format!("[footnoteRef:{n}]"));
                        }
                    }
                    None
                }
                "footnoteRef" => {
                    if let Some(n) = self.in_footnote {
                        self.made(&n.to_string());
                    }
                    None
                }
                _ => None,
            };
            let Some(piece) = piece else { continue };
            if piece.is_empty() {
                continue;
            }
            // `w:delText` outside a deletion, or `w:t` inside one, is
            // read for what the change says.
            let origin = Origin::Run {
                part,
                run: r.range().start,
                child: k.range().start,
                tracked,
            };
            match change {
                Change::Deleted => self.deleted(&piece),
                Change::Inserted => self.inserted(&piece, origin),
                Change::None => {
                    if k.tag_name().name() == "delText" {
                        continue;
                    }
                    self.flush();
                    self.push(&piece, origin);
                }
            }
        }
    }

    fn push(&mut self, piece: &str, origin: Origin) {
        let start = self.text.len();
        self.text.push_str(piece);
        self.segments.push(Segment {
            range: TextRange::new(start, self.text.len()),
            origin,
        });
    }

    /// Text the reader writes itself (labels, footnote marks).
    fn made(&mut self, piece: &str) {
        if !piece.is_empty() {
            self.flush();
            self.push(piece, Origin::Made);
        }
    }

    fn inserted(&mut self, piece: &str, origin: Origin) {
        let start = self.text.len();
        self.push(piece, origin);
        let end = self.text.len();
        match &mut self.pending {
            Some(p) if p.range.end == start => p.range.end = end,
            _ => {
                self.flush();
                self.pending = Some(TrackedChange {
                    range: TextRange::new(start, end),
                    deleted: String::new(),
                });
            }
        }
    }

    fn deleted(&mut self, piece: &str) {
        let at = self.text.len();
        match &mut self.pending {
            Some(p) if p.range.end == at => p.deleted.push_str(piece),
            _ => {
                self.flush();
                self.pending = Some(TrackedChange {
                    range: TextRange::empty(at),
                    deleted: piece.to_string(),
                });
            }
        }
    }

    fn flush(&mut self) {
        if let Some(p) = self.pending.take() {
            self.tracked.push(p);
        }
    }
}

fn is_alternate_content(node: Node) -> bool {
    node.tag_name().name() == "AlternateContent"
}

/// `mc:AlternateContent`: the fallback, which every reader understands.
fn fallback<'a, 'i>(node: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    node.children().find(|c| c.tag_name().name() == "Fallback")
}
