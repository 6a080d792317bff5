//! The fixed copy of a Word document: every fix a tracked change (the old
//! run text in `w:del`, the new in `w:ins`, author [`TRACKED_CHANGE_AUTHOR`])
//! that the drafter accepts or rejects in Word. The original is never
//! written; the copy differs from it only in the runs a fix touches, which
//! are split where the fix starts and ends, each piece keeping the run's
//! formatting (`w:rPr`).

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use roxmltree::Node;

use super::{child, open_archive, parse_xml, Origin, WordDocument, W};
use crate::akn::escape_text;
use crate::text::date::{self, Date};
use crate::text::{TextEdit, TextRange};

/// Who made the tracked changes of a fixed copy, as Word shows it.
pub const TRACKED_CHANGE_AUTHOR: &str = "resolution-ls";

/// What became of one fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixOutcome {
    /// Written as tracked changes.
    Applied,
    /// Not written, and why.
    Skipped(String),
}

/// A fixed copy: the bytes of the new `.docx` and the outcome of each fix,
/// in the order given.
#[derive(Debug)]
pub struct FixedCopy {
    pub bytes: Vec<u8>,
    pub outcomes: Vec<FixOutcome>,
}

/// One edit placed in the document: its range in the extracted text, the
/// new text, and the segment after whose position `at` the new text goes.
#[derive(Clone, Debug)]
struct Placed {
    range: TextRange,
    new_text: String,
    anchor: usize,
    at: usize,
}

impl WordDocument {
    /// Writes a copy of `original` (the bytes this document was read from)
    /// with each fix (a set of edits of [`WordDocument::text`]) as tracked
    /// changes dated `date` (`2026-12-01T09:30:00Z`). A fix that cannot be
    /// placed in the runs (it touches Word's own list numbering, a tracked
    /// change not yet accepted, or more than one paragraph) is skipped, and
    /// said so; fixes that overlap one written before are skipped too.
    pub fn fixed_copy(
        &self,
        original: &[u8],
        fixes: &[Vec<TextEdit>],
        date: &str,
    ) -> Result<FixedCopy, String> {
        let mut outcomes = Vec::new();
        let mut placed: Vec<Placed> = Vec::new();
        for edits in fixes {
            let mut these = Vec::new();
            let mut reason = None;
            for edit in edits {
                match self.place(edit) {
                    Ok(p) => these.push(p),
                    Err(why) => {
                        reason = Some(why);
                        break;
                    }
                }
            }
            let overlaps = these.iter().any(|p| {
                placed.iter().any(|q| {
                    p.range.intersects(q.range)
                        || (p.range.is_empty() && q.range.contains_inclusive(p.range.start))
                        || (q.range.is_empty() && p.range.contains_inclusive(q.range.start))
                })
            });
            if reason.is_none() && overlaps {
                reason = Some(msg_skipped_overlap());
            }
            match reason {
                Some(why) => outcomes.push(FixOutcome::Skipped(why)),
                None => {
                    placed.extend(these);
                    outcomes.push(FixOutcome::Applied);
                }
            }
        }
        // Runs to rewrite, per part: run offset → the edits in it.
        let mut runs: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for (i, p) in placed.iter().enumerate() {
            let mut touched: Vec<(usize, usize)> = self.segments[self.near(p.range)]
                .iter()
                .filter(|s| s.range.start < p.range.end && s.range.end > p.range.start)
                .chain(std::iter::once(&self.segments[p.anchor]))
                .filter_map(|s| match s.origin {
                    Origin::Run { part, run, .. } => Some((part, run)),
                    Origin::Made => None,
                })
                .collect();
            touched.dedup();
            for key in touched {
                let list = runs.entry(key).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        let mut next_id = self.max_change_id() + 1;
        let by_child: HashMap<(usize, usize, usize), usize> = self
            .segments
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match s.origin {
                Origin::Run {
                    part,
                    run,
                    child,
                    tracked: false,
                } => Some(((part, run, child), i)),
                _ => None,
            })
            .collect();
        let mut new_parts: HashMap<String, String> = HashMap::new();
        for (pi, (name, xml)) in self.parts.iter().enumerate() {
            if !runs.keys().any(|(part, _)| *part == pi) {
                continue;
            }
            let doc = parse_xml(xml).map_err(|e| e.to_string())?;
            let prefix = doc
                .root_element()
                .lookup_prefix(W)
                .filter(|p| !p.is_empty())
                .unwrap_or("w")
                .to_string();
            let run_nodes: HashMap<usize, Node> = doc
                .descendants()
                .filter(|n| n.has_tag_name((W, "r")))
                .map(|n| (n.range().start, n))
                .collect();
            let mut replacements: Vec<(std::ops::Range<usize>, String)> = Vec::new();
            for ((part, run), edits) in runs.range((pi, 0)..(pi + 1, 0)) {
                debug_assert_eq!(*part, pi);
                let Some(node) = run_nodes.get(run) else {
                    continue;
                };
                let edits: Vec<&Placed> = edits.iter().map(|&i| &placed[i]).collect();
                let mut writer = RunWriter {
                    doc: self,
                    by_child: &by_child,
                    xml,
                    part: pi,
                    w: &prefix,
                    date,
                    next_id: &mut next_id,
                };
                replacements.push((node.range(), writer.rewrite(*node, &edits)));
            }
            replacements.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
            let mut out = xml.clone();
            for (range, with) in replacements {
                out.replace_range(range, &with);
            }
            new_parts.insert(name.clone(), out);
        }
        let bytes = repack(original, &new_parts)?;
        Ok(FixedCopy { bytes, outcomes })
    }

    /// Where an edit goes in the runs, or why it cannot.
    fn place(&self, edit: &TextEdit) -> Result<Placed, String> {
        if edit.new_text.contains(['\n', '\r']) {
            return Err(msg_skipped_line_break());
        }
        let edit = &self.trimmed(edit);
        let (a, b) = (edit.range.start, edit.range.end);
        let usable =
            |i: usize| matches!(self.segments[i].origin, Origin::Run { tracked: false, .. });
        let near = self.near(edit.range);
        let covered: Vec<usize> = near
            .clone()
            .filter(|&i| {
                let r = self.segments[i].range;
                r.start < b && r.end > a
            })
            .collect();
        if let Some(&bad) = covered.iter().find(|&&i| !usable(i)) {
            return Err(match self.segments[bad].origin {
                Origin::Made => msg_skipped_made(),
                Origin::Run { .. } => msg_skipped_tracked(),
            });
        }
        let (anchor, at) = if a < b {
            // Contiguous runs of one paragraph, from a to b.
            let mut reach = a;
            for &i in &covered {
                let r = self.segments[i].range;
                if r.start > reach {
                    return Err(msg_skipped_made());
                }
                reach = reach.max(r.end);
            }
            if covered.is_empty() || reach < b {
                return Err(msg_skipped_made());
            }
            (*covered.last().unwrap_or(&0), b)
        } else {
            let found = near
                .clone()
                .filter(|&i| usable(i))
                .find(|&i| self.segments[i].range.end == a)
                .or_else(|| {
                    near.clone().filter(|&i| usable(i)).find(|&i| {
                        let r = self.segments[i].range;
                        r.start <= a && a < r.end
                    })
                });
            match found {
                Some(i) => (i, a),
                None => return Err(msg_skipped_made()),
            }
        };
        Ok(Placed {
            range: edit.range,
            new_text: edit.new_text.clone(),
            anchor,
            at,
        })
    }

    /// The edit without the text it keeps at either end (`bc)` → `c)` is
    /// the deletion of `b`), so that the tracked change shows only what
    /// changes.
    fn trimmed(&self, edit: &TextEdit) -> TextEdit {
        let old = self
            .text
            .get(edit.range.start..edit.range.end)
            .unwrap_or("");
        let new = edit.new_text.as_str();
        let prefix: usize = old
            .chars()
            .zip(new.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
        let suffix: usize = old_rest
            .chars()
            .rev()
            .zip(new_rest.chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        TextEdit {
            range: TextRange::new(edit.range.start + prefix, edit.range.end - suffix),
            new_text: new_rest[..new_rest.len() - suffix].to_string(),
        }
    }

    /// The indices of the segments that `range` may touch: those that
    /// intersect it or end or start at its ends (segments are in text
    /// order and do not overlap).
    fn near(&self, range: TextRange) -> std::ops::Range<usize> {
        let lo = self.segments.partition_point(|s| s.range.end < range.start);
        let hi = self
            .segments
            .partition_point(|s| s.range.start <= range.end);
        lo..hi.max(lo)
    }

    /// The largest `w:id` of any part (tracked changes, comments and
    /// bookmarks share the number space in practice).
    fn max_change_id(&self) -> u64 {
        let mut max = 0;
        for (_, xml) in &self.parts {
            let mut rest = xml.as_str();
            while let Some(at) = rest.find(":id=\"") {
                rest = &rest[at + 5..];
                let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
                if let Ok(n) = digits.parse::<u64>() {
                    max = max.max(n);
                }
            }
        }
        max
    }
}

/// What one rewritten run becomes, piece by piece.
enum Item {
    Keep(String),
    Delete(String),
    Insert(String),
}

struct RunWriter<'d> {
    doc: &'d WordDocument,
    /// (part, run, child) → the segment of an untracked run's child.
    by_child: &'d HashMap<(usize, usize, usize), usize>,
    xml: &'d str,
    part: usize,
    w: &'d str,
    date: &'d str,
    next_id: &'d mut u64,
}

impl RunWriter<'_> {
    /// The run `node` rewritten with `edits`: kept pieces as runs, deleted
    /// ones in `w:del`, new text in `w:ins`, every piece with the run's
    /// `w:rPr`.
    fn rewrite(&mut self, node: Node, edits: &[&Placed]) -> String {
        let w = self.w;
        let rpr = child(node, "rPr").map_or("", |r| &self.xml[r.range()]);
        let mut items: Vec<Item> = Vec::new();
        for k in node.children().filter(|c| c.is_element()) {
            if k.has_tag_name((W, "rPr")) {
                continue;
            }
            let whole = &self.xml[k.range()];
            let seg = self
                .by_child
                .get(&(self.part, node.range().start, k.range().start))
                .copied();
            let Some(si) = seg else {
                items.push(Item::Keep(whole.to_string()));
                continue;
            };
            let range = self.doc.segments[si].range;
            let is_text = k.has_tag_name((W, "t"));
            let content = crate::text::slice(&self.doc.text, range);
            let mut cuts = vec![range.start, range.end];
            for e in edits {
                for x in [e.range.start, e.range.end] {
                    if range.start < x && x < range.end {
                        cuts.push(x);
                    }
                }
            }
            cuts.sort_unstable();
            cuts.dedup();
            for e in edits
                .iter()
                .filter(|e| e.anchor == si && e.at == range.start)
            {
                items.push(Item::Insert(e.new_text.clone()));
            }
            for pair in cuts.windows(2) {
                let (p, q) = (pair[0], pair[1]);
                let deleted = edits
                    .iter()
                    .any(|e| e.range.start <= p && q <= e.range.end && !e.range.is_empty());
                let piece = if is_text {
                    let s = &content[p - range.start..q - range.start];
                    if deleted {
                        format!(
                            "<{w}:delText xml:space=\"preserve\">{}</{w}:delText>",
                            escape_text(s)
                        )
                    } else {
                        format!("<{w}:t xml:space=\"preserve\">{}</{w}:t>", escape_text(s))
                    }
                } else {
                    whole.to_string()
                };
                items.push(if deleted {
                    Item::Delete(piece)
                } else {
                    Item::Keep(piece)
                });
                for e in edits
                    .iter()
                    .filter(|e| e.anchor == si && e.at == q && e.at != range.start)
                {
                    items.push(Item::Insert(e.new_text.clone()));
                }
            }
        }
        let mut out = String::new();
        let mut i = 0;
        while i < items.len() {
            match &items[i] {
                Item::Keep(_) | Item::Delete(_) => {
                    let deleting = matches!(items[i], Item::Delete(_));
                    let mut inner = String::new();
                    while let Some(item) = items.get(i) {
                        match (item, deleting) {
                            (Item::Keep(s), false) | (Item::Delete(s), true) => inner.push_str(s),
                            _ => break,
                        }
                        i += 1;
                    }
                    let run = format!("<{w}:r>{rpr}{inner}</{w}:r>");
                    if deleting {
                        let id = self.id();
                        out.push_str(&format!(
                            "<{w}:del {w}:id=\"{id}\" {w}:author=\"{TRACKED_CHANGE_AUTHOR}\" {w}:date=\"{}\">{run}</{w}:del>",
                            self.date
                        ));
                    } else {
                        out.push_str(&run);
                    }
                }
                Item::Insert(text) => {
                    i += 1;
                    if text.is_empty() {
                        continue;
                    }
                    let mut inner = String::new();
                    for (n, piece) in text.split('\t').enumerate() {
                        if n > 0 {
                            inner.push_str(&format!("<{w}:tab/>"));
                        }
                        if !piece.is_empty() {
                            inner.push_str(&format!(
                                "<{w}:t xml:space=\"preserve\">{}</{w}:t>",
                                escape_text(piece)
                            ));
                        }
                    }
                    let id = self.id();
                    out.push_str(&format!(
                        "<{w}:ins {w}:id=\"{id}\" {w}:author=\"{TRACKED_CHANGE_AUTHOR}\" {w}:date=\"{}\"><{w}:r>{rpr}{inner}</{w}:r></{w}:ins>",
                        self.date
                    ));
                }
            }
        }
        out
    }

    fn id(&mut self) -> u64 {
        let id = *self.next_id;
        *self.next_id += 1;
        id
    }
}

/// The archive again, with `replaced` parts written anew (deflated) and
/// every other entry copied as it was.
fn repack(original: &[u8], replaced: &HashMap<String, String>) -> Result<Vec<u8>, String> {
    let mut archive = open_archive(original)?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let file = archive.by_index_raw(i).map_err(|e| e.to_string())?;
        let name = file.name().to_string();
        match replaced.get(&name) {
            Some(xml) => {
                drop(file);
                out.start_file(name, options).map_err(|e| e.to_string())?;
                out.write_all(xml.as_bytes()).map_err(|e| e.to_string())?;
            }
            None => out.raw_copy_file(file).map_err(|e| e.to_string())?,
        }
    }
    let cursor = out.finish().map_err(|e| e.to_string())?;
    Ok(cursor.into_inner())
}

/// Now in UTC as Word writes dates (`2026-12-01T09:30:00Z`).
pub fn utc_now() -> String {
    let secs = date::now_epoch_secs();
    let rem = secs % date::SECS_PER_DAY;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        Date::from_epoch_secs(secs),
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn msg_skipped_line_break() -> String {
    "not written: it would add a line break (a new paragraph); make it in Word".into()
}

fn msg_skipped_made() -> String {
    "not written: it touches text Word makes itself (list numbering, a footnote mark) or more than one paragraph; make it in Word".into()
}

fn msg_skipped_tracked() -> String {
    "not written: it touches a tracked change not yet accepted; accept or reject that change first"
        .into()
}

fn msg_skipped_overlap() -> String {
    "not written: it overlaps another fix; run --fix again on the accepted copy".into()
}
