//! Word documents (`.docx`): the text a drafter sees, read straight from
//! the zip archive and its XML parts (no office suite), and a fixed copy
//! written back with every fix as a tracked change.
//!
//! The extracted text is what the checker reads: one line per paragraph
//! (body and table cells, in order), Word's list numbering written as the
//! label it shows (`a)`, `1`, `i)` and the tab after it), footnotes the
//! way Word's own plain-text export writes them (`[footnoteRef:1]` where
//! the mark is, ` [1: 1<TAB>text]` at the end of the paragraph), and
//! tracked changes as accepted — each one also kept as a
//! [`TrackedChange`] for the rules that say what a change did to a label
//! or a citation. A map from extracted-text ranges to paragraphs and runs
//! locates findings in the document and places fixes in its XML.
//!
//! Reading is bounded (entries, uncompressed sizes) and total: a broken
//! archive or part is an error message, never a panic.

mod numbering;
mod read;
mod write;

use std::io::Read;
use std::path::Path;

use roxmltree::Node;

use crate::model::TrackedChange;
use crate::text::TextRange;

pub use write::{utc_now, FixOutcome, FixedCopy, TRACKED_CHANGE_AUTHOR};

/// WordprocessingML's namespace (transitional, what Word writes).
pub(crate) const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The largest `.docx` read from disk.
pub const MAX_DOCX_BYTES: u64 = 64 * 1024 * 1024;
/// The largest uncompressed part read (a zip bomb stops here).
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// The most entries an archive may have.
pub const MAX_ENTRIES: usize = 10_000;

/// How a Word document is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// Read underlined text as inserted and struck-through text as
    /// deleted, the way proposals mark changes by hand.
    pub formatting_as_changes: bool,
}

/// A Word document as the checker reads it.
#[derive(Debug, Clone)]
pub struct WordDocument {
    /// The extracted text, tracked changes accepted.
    pub text: String,
    /// The tracked changes not yet accepted, in text order.
    pub tracked_changes: Vec<TrackedChange>,
    /// Every paragraph, in text order (a footnote's after the paragraph
    /// that refers to it).
    pub paragraphs: Vec<Paragraph>,
    /// Where each piece of the text comes from, in text order.
    segments: Vec<Segment>,
    /// The XML parts read: name and content (document, footnotes).
    parts: Vec<(String, String)>,
}

/// One paragraph of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based: in the body (table cells included) in document order, or
    /// within its footnote.
    pub number: usize,
    /// The footnote (its number as Word shows it) the paragraph is in.
    pub footnote: Option<usize>,
    /// Its text in the extracted text (without the line break).
    pub range: TextRange,
}

/// Where a place of the extracted text is in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub paragraph: usize,
    pub footnote: Option<usize>,
    /// The start of the paragraph's text, shortened.
    pub quote: String,
}

impl Location {
    /// `paragraph 12 “considering a) that…”`.
    pub fn describe(&self) -> String {
        match self.footnote {
            Some(f) => msg_location_footnote(f, self.paragraph, &self.quote),
            None => msg_location_paragraph(self.paragraph, &self.quote),
        }
    }
}

/// A piece of the extracted text and where it comes from.
#[derive(Clone, Debug)]
struct Segment {
    range: TextRange,
    origin: Origin,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// Made by the reader: a list label, a footnote mark, a separator.
    Made,
    /// The content of one child (`w:t`, `w:tab`, `w:br`…) of a run.
    Run {
        /// Index in [`WordDocument::parts`].
        part: usize,
        /// Byte offset of the run's `<w:r` in the part.
        run: usize,
        /// Byte offset of the child element in the part.
        child: usize,
        /// Inside a tracked change (or formatting read as one).
        tracked: bool,
    },
}

impl WordDocument {
    /// Reads the `.docx` at `path`.
    pub fn read(path: &Path, options: ReadOptions) -> anyhow::Result<WordDocument> {
        let bytes = read_bytes(path)?;
        WordDocument::from_bytes(&bytes, options)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
    }

    /// Reads a `.docx` from its bytes.
    pub fn from_bytes(bytes: &[u8], options: ReadOptions) -> Result<WordDocument, String> {
        let mut archive = open_archive(bytes)?;
        read::extract(&mut archive, options)
    }

    /// The innermost paragraph at `offset` (a footnote's paragraph when the
    /// offset is in its text).
    pub fn paragraph_at(&self, offset: usize) -> Option<&Paragraph> {
        let holding = |p: &&Paragraph| p.range.contains_inclusive(offset);
        self.paragraphs
            .iter()
            .filter(|p| p.footnote.is_some())
            .find(holding)
            .or_else(|| {
                self.paragraphs
                    .iter()
                    .filter(|p| p.footnote.is_none())
                    .find(holding)
            })
    }

    /// The paragraph at `offset` and a short quote of its start.
    pub fn location(&self, offset: usize) -> Option<Location> {
        let p = self.paragraph_at(offset)?;
        Some(Location {
            paragraph: p.number,
            footnote: p.footnote,
            quote: quote(crate::text::slice(&self.text, p.range)),
        })
    }
}

/// The first words of a paragraph: at most 40 characters, tabs as spaces.
fn quote(text: &str) -> String {
    let clean: String = text
        .trim()
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let mut out: String = clean.chars().take(40).collect();
    if clean.chars().count() > 40 {
        // At a word's end when there is one far enough in.
        if let Some(space) = out.rfind(' ').filter(|&at| out[..at].chars().count() >= 20) {
            out.truncate(space);
        }
        out = out.trim_end().to_string();
        out.push('…');
    }
    out
}

/// Whether `path` names a Word document by its extension (`.docx`).
pub fn is_docx(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// The file's bytes, bounded by [`MAX_DOCX_BYTES`].
pub fn read_bytes(path: &Path) -> anyhow::Result<Vec<u8>> {
    use anyhow::Context;
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if !meta.is_file() {
        anyhow::bail!("{}: {}", path.display(), msg_not_regular());
    }
    let file =
        std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut bytes = Vec::new();
    file.take(MAX_DOCX_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    if bytes.len() as u64 > MAX_DOCX_BYTES {
        anyhow::bail!("{}: {}", path.display(), msg_too_large(MAX_DOCX_BYTES));
    }
    Ok(bytes)
}

type Archive<'a> = zip::ZipArchive<std::io::Cursor<&'a [u8]>>;

fn open_archive(bytes: &[u8]) -> Result<Archive<'_>, String> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(msg_old_word());
    }
    let archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| msg_not_zip(&e.to_string()))?;
    if archive.len() > MAX_ENTRIES {
        return Err(msg_too_many_entries(archive.len()));
    }
    Ok(archive)
}

/// One part of the archive as text, `None` when absent; bounded by
/// [`MAX_PART_BYTES`] whatever the archive claims.
fn read_part(archive: &mut Archive, name: &str) -> Result<Option<String>, String> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(msg_part_unreadable(name, &e.to_string())),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| msg_part_unreadable(name, &e.to_string()))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(msg_part_too_large(name, MAX_PART_BYTES));
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| msg_part_not_utf8(name))
}

fn parse_xml(xml: &str) -> Result<roxmltree::Document<'_>, roxmltree::Error> {
    roxmltree::Document::parse(xml)
}

/// The `w:` attribute `name` of a node.
fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// The first `w:` child element called `name`.
fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| c.has_tag_name((W, name)))
}

/// A toggle property (`w:strike`, `w:b`): on unless `w:val` says off.
fn toggle_on(node: Option<Node>) -> bool {
    node.is_some_and(|n| attr(n, "val").is_none_or(|v| !matches!(v, "0" | "false" | "off")))
}

// Messages (English; one function each so that they can move to the
// message files).

fn msg_location_paragraph(n: usize, quote: &str) -> String {
    format!("paragraph {n} “{quote}”")
}

fn msg_location_footnote(footnote: usize, n: usize, quote: &str) -> String {
    if n == 1 {
        format!("footnote {footnote} “{quote}”")
    } else {
        format!("footnote {footnote}, paragraph {n} “{quote}”")
    }
}

fn msg_not_regular() -> String {
    "not a regular file (a folder, device or pipe), not a Word document".into()
}

fn msg_too_large(max: u64) -> String {
    format!("larger than the {} MiB a Word document may have", max >> 20)
}

fn msg_old_word() -> String {
    "a Word 97-2003 document (.doc); save it as a Word document (.docx)".into()
}

fn msg_not_zip(detail: &str) -> String {
    format!("not a Word document: not a readable .docx (zip) archive ({detail})")
}

fn msg_too_many_entries(n: usize) -> String {
    format!("not a Word document: {n} entries in the archive (at most {MAX_ENTRIES})")
}

fn msg_part_unreadable(name: &str, detail: &str) -> String {
    format!("cannot read {name} in the archive ({detail})")
}

fn msg_part_too_large(name: &str, max: u64) -> String {
    format!("{name} is larger than {} MiB uncompressed", max >> 20)
}

fn msg_part_not_utf8(name: &str) -> String {
    format!("{name} is not UTF-8 XML")
}

fn msg_no_document() -> String {
    "not a Word document: the archive has no main document part (word/document.xml)".into()
}

fn msg_xml_broken(name: &str, detail: &str) -> String {
    format!("{name} is not well-formed XML ({detail})")
}

fn msg_not_wordprocessing(name: &str) -> String {
    format!("{name} is not a WordprocessingML document (Strict Open XML, or another format); save it from Word as a Word document (.docx)")
}
