//! Tree → model, once per parse.

use tree_sitter::Node;

use super::classify::{classify_file, document_kind, is_title_candidate, Top};
use super::headings::match_keyword;
use super::labels::classify_label_text;
use super::rows::{footnote_marker, trim_range, RawItem, Row};
use super::{Document, DocumentKind, FileKind, Footnote, FootnoteRef, Heading, Label, Line, Model};
use crate::domain::Language;
use crate::syntax::{kinds, node_range, SourceFile};
use crate::text::TextRange;

/// Extracts the structure (documents, sections, clauses, footnotes, notes)
/// from a parsed file, with the language a user stated if any. Total: any
/// tree gives a model; unreadable parts are listed in `syntax_errors`.
pub(super) fn structure(
    file: &SourceFile,
    stated: Option<Language>,
    start: super::shape::Start,
) -> Model {
    let text = file.text();
    let language = match (super::language::markers(text).first(), stated) {
        (Some((_, l)), _) => *l,
        (None, Some(l)) => l,
        (None, None) => super::language::detect(text),
    };
    let mut cx = Ctx {
        file,
        text,
        language,
        footnotes: Vec::new(),
        refs: Vec::new(),
        errors: Vec::new(),
    };
    cx.collect_inline(file.root());
    let rows = cx.rows();
    let (tops, notes) = super::shape::restructure(text, rows, start);
    let kind = classify_file(text, &tops);
    let mut documents = segment(&cx, tops, kind);
    let mut notes = notes;
    for doc in &mut documents {
        doc.language = match stated {
            Some(l) if super::language::markers(crate::text::slice(text, doc.range)).is_empty() => {
                l
            }
            _ => super::language::document_language(text, doc.range, language),
        };
        doc.finish();
        notes.extend(super::lines::preface_mismatch(doc));
    }
    notes.sort_by_key(|n| n.range);
    Model {
        kind,
        language,
        documents,
        footnotes: cx.footnotes,
        footnote_refs: cx.refs,
        syntax_errors: cx.errors,
        notes,
        ..Model::default()
    }
}

struct Ctx<'a> {
    file: &'a SourceFile,
    text: &'a str,
    language: Language,
    footnotes: Vec<Footnote>,
    refs: Vec<FootnoteRef>,
    errors: Vec<TextRange>,
}

impl<'a> Ctx<'a> {
    /// Footnotes, footnote references and syntax errors, wherever they are.
    fn collect_inline(&mut self, root: Node<'a>) {
        let mut cursor = root.walk();
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            if node.is_error() || node.is_missing() {
                self.errors.push(node_range(node));
                continue;
            }
            match node.kind() {
                kinds::FOOTNOTE_REFERENCE => {
                    let raw = self.file.node_text(node);
                    self.refs.push(FootnoteRef {
                        marker: footnote_marker(raw),
                        range: node_range(node),
                    });
                }
                kinds::INLINE_FOOTNOTE => {
                    let raw = self.file.node_text(node);
                    let range = node_range(node);
                    // `[1: 1\tThese countries…]`: the number before the colon is the marker.
                    let inner = raw.trim_start_matches('[').trim_end_matches(']');
                    let (marker, body) = inner.split_once(':').unwrap_or(("", inner));
                    let body_start = range.start + raw.len() - raw.trim_start_matches('[').len()
                        + marker.len()
                        + 1;
                    let body_trim = trim_range(
                        self.text,
                        TextRange::new(
                            body_start.min(range.end),
                            range.end.saturating_sub(1).max(body_start.min(range.end)),
                        ),
                    );
                    self.footnotes.push(Footnote {
                        marker: marker.trim().to_string(),
                        range,
                        body: body_trim,
                    });
                    let _ = body;
                }
                kinds::FOOTNOTE_DEFINITION => {
                    let marker = node.child_by_field_name(kinds::FIELD_MARKER);
                    let body = node.child_by_field_name(kinds::FIELD_BODY);
                    self.footnotes.push(Footnote {
                        marker: marker
                            .map(|m| footnote_marker(self.file.node_text(m)))
                            .unwrap_or_default(),
                        range: trim_range(self.text, node_range(node)),
                        body: body
                            .map(|b| trim_range(self.text, node_range(b)))
                            .unwrap_or_default(),
                    });
                }
                _ => {}
            }
            if node.child_count() > 0 && (node.has_error() || !is_leafish(node.kind())) {
                for child in node.children(&mut cursor) {
                    stack.push(child);
                }
            }
        }
        self.errors.sort();
        self.footnotes.sort_by_key(|f| f.range);
        self.refs.sort_by_key(|r| r.range);
    }

    fn line(&self, node: Node<'_>) -> Line {
        let range = trim_range(self.text, node_range(node));
        Line {
            range,
            text: crate::text::slice(self.text, range).to_string(),
        }
    }

    /// Every line of the file as a row, in order: the grammar's top-level
    /// lines, its headings, and the clauses and paragraphs inside or outside
    /// its sections. `shape::restructure` then decides what they are.
    fn rows(&self) -> Vec<Row> {
        let root = self.file.root();
        let mut cursor = root.walk();
        let mut rows = Vec::new();
        for node in root.named_children(&mut cursor) {
            match node.kind() {
                kinds::IDENTITY_LINE => rows.push(Row::Identity(self.line(node))),
                kinds::CONFERENCE_LINE => rows.push(Row::Conference(self.line(node))),
                kinds::ADOPTION_HISTORY => rows.push(Row::History(self.line(node))),
                kinds::ANNEX_HEADING => rows.push(Row::Annex(self.line(node))),
                kinds::SECTION => {
                    let mut c = node.walk();
                    for child in node.named_children(&mut c) {
                        match child.kind() {
                            kinds::HEADING => {
                                // A "continuation" that reads as clause text
                                // (`that …`, `the …`, a whole paragraph) is a
                                // paragraph the PDF put under a heading.
                                let cont = child
                                    .child_by_field_name(kinds::FIELD_CONTINUATION)
                                    .map(|c| self.line(c));
                                match cont {
                                    Some(cont) if super::shape::reads_as_clause(&cont.text) => {
                                        let line_node = child
                                            .child_by_field_name(kinds::FIELD_LINE)
                                            .unwrap_or(child);
                                        rows.push(Row::Heading(self.heading(line_node)));
                                        rows.push(Row::Item(RawItem {
                                            line: cont.range,
                                            label: None,
                                            body: cont.range,
                                        }));
                                    }
                                    _ => rows.push(Row::Heading(self.heading(child))),
                                }
                            }
                            kinds::CLAUSE | kinds::PARAGRAPH => {
                                rows.push(Row::Item(self.raw_item(child)))
                            }
                            _ => {}
                        }
                    }
                }
                kinds::PARAGRAPH | kinds::CLAUSE => rows.push(Row::Item(self.raw_item(node))),
                _ => {}
            }
        }
        rows
    }

    fn heading(&self, node: Node<'_>) -> Heading {
        let line_node = node.child_by_field_name(kinds::FIELD_LINE).unwrap_or(node);
        let line = self.line(line_node);
        let continuation = node
            .child_by_field_name(kinds::FIELD_CONTINUATION)
            .map(|c| self.line(c));
        let (keyword, keyword_len) = match match_keyword(&line.text) {
            Some((_, n)) => (line.text[..n].to_string(), n),
            None => (line.text.clone(), line.text.len()),
        };
        let keyword_range = TextRange::new(line.range.start, line.range.start + keyword_len);
        let mut addressee = line.text[keyword_len..].trim().to_string();
        let mut text = line.text.clone();
        let mut range = line.range;
        if let Some(cont) = &continuation {
            let sep = if self.language == Language::Chinese {
                ""
            } else {
                " "
            };
            text = format!("{}{sep}{}", text.trim_end(), cont.text);
            addressee = format!(
                "{}{}{}",
                addressee,
                if addressee.is_empty() { "" } else { sep },
                cont.text
            );
            range = TextRange::new(range.start, cont.range.end);
        }
        Heading {
            range,
            text,
            keyword,
            keyword_range,
            addressee: (!addressee.is_empty()).then_some(addressee),
        }
    }

    fn raw_item(&self, node: Node<'_>) -> RawItem {
        let line = trim_range(self.text, node_range(node));
        let label = node.child_by_field_name(kinds::FIELD_LABEL).map(|l| {
            let text = self.file.node_text(l).trim().to_string();
            let (value, style, kind) = classify_label_text(&text);
            Label {
                range: trim_range(self.text, node_range(l)),
                text,
                value,
                kind,
                style,
                bulleted: node.child_by_field_name(kinds::FIELD_BULLET).is_some(),
            }
        });
        let body = node
            .child_by_field_name(kinds::FIELD_BODY)
            .map(|b| self.body_range(b));
        let body = body
            .unwrap_or_else(|| TextRange::empty(label.as_ref().map_or(line.end, |l| l.range.end)));
        RawItem { line, label, body }
    }

    /// The text of a line without Word's inline footnote bodies at its end
    /// and without surrounding blanks.
    fn body_range(&self, text_node: Node<'_>) -> TextRange {
        let mut end = text_node.end_byte();
        let mut cursor = text_node.walk();
        let children: Vec<Node<'_>> = text_node.named_children(&mut cursor).collect();
        for child in children.iter().rev() {
            if child.kind() != kinds::INLINE_FOOTNOTE {
                break;
            }
            let tail = crate::text::slice(self.text, TextRange::new(child.end_byte(), end));
            if !tail.trim().is_empty() {
                break;
            }
            end = child.start_byte();
        }
        trim_range(self.text, TextRange::new(text_node.start_byte(), end))
    }
}

fn is_leafish(kind: &str) -> bool {
    matches!(
        kind,
        kinds::LABEL
            | kinds::BULLET
            | kinds::HEADING_LINE
            | kinds::IDENTITY_LINE
            | kinds::CONFERENCE_LINE
    )
}

/// Groups top-level items into documents.
fn segment(cx: &Ctx<'_>, tops: Vec<Top>, file_kind: FileKind) -> Vec<Document> {
    let mut docs: Vec<Document> = Vec::new();
    let mut current: Option<Document> = None;
    // The last unlabelled line before a document opened: a title candidate.
    let mut pending_title: Option<Line> = None;
    let new_doc = |start: usize| Document {
        range: TextRange::empty(start),
        language: cx.language,
        ..Document::default()
    };
    let close = |doc: Option<Document>, docs: &mut Vec<Document>| {
        if let Some(doc) = doc {
            docs.push(doc);
        }
    };
    let mut tops = tops.into_iter().peekable();
    while let Some(top) = tops.next() {
        let next_is_identity = matches!(tops.peek(), Some(Top::Identity(_)));
        match top {
            Top::Identity(line) => {
                close(current.take(), &mut docs);
                let mut doc = new_doc(line.range.start);
                doc.range.end = line.range.end;
                doc.identity = Some(line);
                current = Some(doc);
                pending_title = None;
            }
            Top::History(line) => {
                let doc = open_preface(
                    &mut current,
                    &mut docs,
                    &mut pending_title,
                    line.range.start,
                    &new_doc,
                );
                doc.range.end = line.range.end;
                doc.history = Some(line);
            }
            Top::Conference(conf) => {
                let reuse = current
                    .as_ref()
                    .is_some_and(|d| d.conference.is_none() && d.sections.is_empty());
                if !reuse {
                    close(current.take(), &mut docs);
                }
                let doc = open_preface(
                    &mut current,
                    &mut docs,
                    &mut pending_title,
                    conf.range.start,
                    &new_doc,
                );
                doc.range.end = conf.range.end;
                doc.conference = Some(conf);
            }
            Top::Section(section) => {
                let doc = current.get_or_insert_with(|| new_doc(section.range.start));
                doc.range.end = section.range.end;
                doc.sections.push(section);
                pending_title = None;
            }
            Top::Annex(line) => {
                if let Some(doc) = current.as_mut() {
                    if next_is_identity || (doc.sections.is_empty() && doc.conference.is_none()) {
                        // `附件B` right before an identity line wraps the next
                        // document; it is not an annex of the one above.
                        close(current.take(), &mut docs);
                    } else {
                        doc.range.end = line.range.end;
                        doc.annexes.push(line);
                    }
                }
                pending_title = None;
            }
            Top::Paragraph(line) => match current.as_mut() {
                Some(doc) if doc.sections.is_empty() && doc.conference.is_none() => {
                    // Between an identity line and the conference line: the title.
                    if doc.title.is_none()
                        && doc.identity.is_some()
                        && is_title_candidate(&line.text)
                    {
                        doc.range.end = line.range.end;
                        doc.title = Some(line);
                    } else {
                        pending_title = Some(line);
                    }
                }
                Some(_) => pending_title = None,
                None => pending_title = Some(line),
            },
            Top::Clause => pending_title = None,
        }
    }
    close(current, &mut docs);
    for doc in &mut docs {
        doc.kind = document_kind(doc, file_kind);
        if doc.kind == DocumentKind::Excerpt {
            continue;
        }
    }
    docs
}

/// The document a preface line (history, conference line) belongs to,
/// opening one when none is open; a title line just before it is adopted.
fn open_preface<'d>(
    current: &'d mut Option<Document>,
    docs: &mut Vec<Document>,
    pending_title: &mut Option<Line>,
    start: usize,
    new_doc: &dyn Fn(usize) -> Document,
) -> &'d mut Document {
    if current.as_ref().is_some_and(|d| !d.sections.is_empty()) {
        docs.extend(current.take());
    }
    let doc = current.get_or_insert_with(|| new_doc(start));
    if doc.identity.is_none() && doc.title.is_none() {
        if let Some(title) = pending_title.take().filter(|t| is_title_candidate(&t.text)) {
            doc.range.start = doc.range.start.min(title.range.start);
            doc.title = Some(title);
        }
    }
    *pending_title = None;
    doc
}
