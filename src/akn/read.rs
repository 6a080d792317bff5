//! Akoma Ntoso read as a draft: every `<statement>` of a file (alone, or in
//! the components of a `<documentCollection>`) becomes the text a drafter
//! would have written — identity line, title, history line, conference
//! line, each heading on its line, each clause on its line with its label
//! (`<num>`) and a tab — and a [`SourceMap`] leads from every byte of that
//! text back to the XML: the byte of the source it was read from and the
//! `eId` of the element around it. `check` analyses the text and reports
//! its findings at the XML's lines with the element's `eId`; the catalogue
//! build reads each statement's identity, title and conference line.
//!
//! Footnotes (`<authorialNote>`) become a superscript reference where they
//! stand (`¹`) and a footnote line (`¹ These include…`) after the
//! statement, so that they never split a clause. Whitespace inside an
//! element is collapsed to one space, as XML means it. Nothing here panics
//! on bad input: XML that is not well formed is a [`ReadError`].

use roxmltree::{Node, ParsingOptions};

use crate::domain::Language;
use crate::text::TextRange;

/// What a file that is not well-formed XML gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// 1-based line and column of the error in the XML.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// One `<statement>`, as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Statement {
    /// 1-based line of the `<statement>` start tag.
    pub line: usize,
    /// `resolution`, `decision`… (the `name` attribute).
    pub name: Option<String>,
    /// `xml:lang` of the statement (or of an element around it), else its
    /// `FRBRlanguage`.
    pub language: Option<Language>,
    /// The identity line: the text of the `<longTitle>` paragraph that
    /// holds `<docType>` or `<docNumber>` (`RESOLUTION 11 (REV. DUBAI, 2018)`).
    pub identity: Option<String>,
    /// `<docType>` and `<docNumber>` themselves, when both are there.
    pub doc_type: Option<String>,
    pub doc_number: Option<String>,
    /// `FRBRnumber`'s `value` (`res-11`) and `showAs`.
    pub frbr_number: Option<String>,
    pub frbr_show_as: Option<String>,
    /// The work's `FRBRuri`.
    pub work: Option<String>,
    /// `<docTitle>`, or the preface's `<container name="title">`.
    pub title: Option<String>,
    /// The preface's `<container name="history">`.
    pub history: Option<String>,
    /// The first `<formula>` of the preamble: the conference line.
    pub conference: Option<String>,
    /// Where the statement is in [`Draft::text`].
    pub range: TextRange,
}

/// The statements of one Akoma Ntoso file as one draft.
#[derive(Clone, Debug, Default)]
pub struct Draft {
    /// Every statement's text, in document order, a blank line between two.
    pub text: String,
    pub statements: Vec<Statement>,
    pub map: SourceMap,
}

/// From a byte of [`Draft::text`] to the XML it was read from.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    /// `(text offset, xml offset)`: from each anchor on, text and XML run
    /// in step, byte for byte, until the next one.
    anchors: Vec<(usize, usize)>,
    /// `(text offset, eId)`: the element around the text from there on.
    elements: Vec<(usize, Option<String>)>,
}

impl SourceMap {
    /// The byte of the XML that byte `offset` of the text was read from.
    pub fn xml_offset(&self, offset: usize) -> usize {
        let i = self.anchors.partition_point(|(t, _)| *t <= offset);
        match i.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some((t, x)) => x + (offset - t),
            None => 0,
        }
    }

    /// The `eId` of the element the text at byte `offset` comes from (the
    /// nearest element around it that has one).
    pub fn eid(&self, offset: usize) -> Option<&str> {
        let i = self.elements.partition_point(|(t, _)| *t <= offset);
        self.elements
            .get(i.checked_sub(1)?)
            .and_then(|(_, e)| e.as_deref())
    }
}

/// Reads every `<statement>` of `xml`.
pub fn read(xml: &str) -> Result<Draft, ReadError> {
    let options = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(xml, options).map_err(|e| {
        let pos = e.pos();
        ReadError {
            line: pos.row as usize,
            column: pos.col as usize,
            message: format!("not well-formed XML: {e}"),
        }
    })?;
    let mut b = Builder {
        xml,
        text: String::new(),
        map: SourceMap::default(),
        line: Vec::new(),
        notes: Vec::new(),
        eids: Vec::new(),
    };
    let mut statements = Vec::new();
    for st in doc.descendants().filter(|n| is(*n, "statement")) {
        // A statement inside another one's components is read on its own.
        if !b.text.is_empty() {
            b.push_synthetic("\n", st.range().start);
        }
        let start = b.text.len();
        let mut statement = b.statement(st);
        statement.line = doc.text_pos_at(st.range().start).row as usize;
        statement.range = TextRange::new(start, b.text.len());
        statements.push(statement);
    }
    Ok(Draft {
        text: b.text,
        statements,
        map: b.map,
    })
}

fn is(n: Node, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name
}

fn child<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| is(*c, name))
}

fn descendant<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.descendants().find(|c| is(*c, name))
}

/// The text of an element, whitespace collapsed (for metadata, not mapped).
fn plain(n: Node) -> String {
    let mut s = String::new();
    for t in n.descendants().filter(|d| d.is_text()) {
        if t.ancestors()
            .any(|a| is(a, "authorialNote") || is(a, "note"))
        {
            continue;
        }
        s.push_str(t.text().unwrap_or(""));
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `1` → `¹`: a footnote marker as the drafts write it.
fn superscript(marker: &str) -> Option<String> {
    const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let marker = marker.trim();
    if marker.is_empty() || !marker.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(marker.bytes().map(|b| SUP[usize::from(b - b'0')]).collect())
}

/// Chinese, Japanese and Korean characters are written without spaces
/// between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// One character of a line being assembled: where it was read, and the
/// element it belongs to.
#[derive(Clone, Copy)]
struct Char {
    c: char,
    xml: usize,
    /// Read from the XML's text (false: written by the reader).
    real: bool,
    eid: usize,
}

struct Builder<'x> {
    xml: &'x str,
    text: String,
    map: SourceMap,
    /// The line being assembled, and the eIds its characters name.
    line: Vec<Char>,
    /// The footnotes met in the statement: marker, the note element.
    notes: Vec<(String, usize)>,
    /// The eIds the characters name, by index (so that `Char` is `Copy`).
    eids: Vec<Option<String>>,
}

/// The eId of `n` or of the nearest element around it that has one.
fn nearest_eid<'a>(n: Node<'a, '_>) -> Option<&'a str> {
    n.ancestors().find_map(|a| a.attribute("eId"))
}

impl Builder<'_> {
    fn eid_index(&mut self, eid: Option<&str>) -> usize {
        if let Some(i) = self.eids.iter().rposition(|e| e.as_deref() == eid) {
            return i;
        }
        self.eids.push(eid.map(str::to_string));
        self.eids.len() - 1
    }

    fn push_char(&mut self, ch: Char) {
        let at = self.text.len();
        let last_anchor = self.map.anchors.last().copied();
        let in_step = match (last_anchor, self.text.chars().next_back()) {
            (Some((t, x)), Some(_)) => ch.real && x + (at - t) == ch.xml,
            _ => false,
        };
        if !in_step {
            self.map.anchors.push((at, ch.xml));
        }
        let eid = self.eids.get(ch.eid).cloned().flatten();
        if self.map.elements.last().map(|(_, e)| e) != Some(&eid) {
            self.map.elements.push((at, eid));
        }
        self.text.push(ch.c);
    }

    /// Text the reader writes (a line break between statements).
    fn push_synthetic(&mut self, s: &str, xml: usize) {
        let eid = self.eid_index(None);
        for c in s.chars() {
            self.push_char(Char {
                c,
                xml,
                real: false,
                eid,
            });
        }
    }

    /// Ends the line being assembled: whitespace collapsed and trimmed; an
    /// empty line is dropped.
    fn end_line(&mut self) {
        let chars = std::mem::take(&mut self.line);
        let mut out: Vec<Char> = Vec::with_capacity(chars.len());
        for ch in chars {
            if ch.c.is_whitespace() && ch.c != '\t' {
                if out.last().is_none_or(|l| l.c == ' ' || l.c == '\t') {
                    continue;
                }
                out.push(Char { c: ' ', ..ch });
            } else {
                if ch.c == '\t' {
                    while out.last().is_some_and(|l| l.c == ' ') {
                        out.pop();
                    }
                }
                out.push(ch);
            }
        }
        while out.last().is_some_and(|l| l.c == ' ' || l.c == '\t') {
            out.pop();
        }
        if out.is_empty() {
            return;
        }
        let last = *out.last().unwrap_or(&out[0]);
        for ch in out {
            self.push_char(ch);
        }
        self.push_char(Char {
            c: '\n',
            real: false,
            ..last
        });
    }

    /// Adds `s` to the line as written by the reader, at the XML of `n`.
    fn line_synthetic(&mut self, s: &str, n: Node) {
        let eid = self.eid_index(nearest_eid(n));
        for c in s.chars() {
            self.line.push(Char {
                c,
                xml: n.range().start,
                real: false,
                eid,
            });
        }
    }

    /// Adds the text of a text node to the line, each character with the
    /// byte of the XML it was read from.
    fn line_text(&mut self, t: Node) {
        let decoded = t.text().unwrap_or("");
        let range = t.range();
        let raw = self.xml.get(range.clone()).unwrap_or("");
        let eid = self.eid_index(t.parent().and_then(nearest_eid));
        let mut i = 0;
        let mut in_step = true;
        for c in decoded.chars() {
            let mut xml = range.start;
            if in_step {
                loop {
                    let rest = &raw[i.min(raw.len())..];
                    if let Some(r) = rest.strip_prefix("<![CDATA[") {
                        i += rest.len() - r.len();
                    } else if rest.starts_with("]]>") {
                        i += 3;
                    } else {
                        break;
                    }
                }
                let rest = &raw[i.min(raw.len())..];
                if rest.starts_with('&') {
                    match rest.find(';') {
                        Some(end) => {
                            xml = range.start + i;
                            i += end + 1;
                        }
                        None => in_step = false,
                    }
                } else if c == '\n' && rest.starts_with("\r\n") {
                    xml = range.start + i;
                    i += 2;
                } else if rest.starts_with(c) {
                    xml = range.start + i;
                    i += c.len_utf8();
                } else {
                    in_step = false;
                }
            }
            self.line.push(Char {
                c,
                xml,
                real: in_step,
                eid,
            });
        }
    }

    /// The inline content of `n` (a `<p>`, a `<heading>`…) added to the line.
    fn inline(&mut self, n: Node) {
        for c in n.children() {
            if c.is_text() {
                self.line_text(c);
                continue;
            }
            if !c.is_element() {
                continue;
            }
            match c.tag_name().name() {
                "authorialNote" | "note" => {
                    let marker = c.attribute("marker").unwrap_or("").to_string();
                    if let Some(sup) = superscript(&marker) {
                        self.line_synthetic(&sup, c);
                    }
                    self.notes.push((marker, c.id().get_usize()));
                }
                "noteRef" => {
                    if let Some(sup) = superscript(c.attribute("marker").unwrap_or("")) {
                        self.line_synthetic(&sup, c);
                    }
                }
                "br" | "eol" | "eop" => self.line_synthetic(" ", c),
                "docNumber" | "docType" => {
                    // `<docType>DÉCISION</docType><docNumber>901…`: the words
                    // of an identity line are apart even when the
                    // elements touch.
                    let first = plain(c).chars().next();
                    let last = self.line.last().map(|l| l.c);
                    if let (Some(a), Some(b)) = (last, first) {
                        if a.is_alphanumeric() && b.is_alphanumeric() && !is_cjk(a) && !is_cjk(b) {
                            self.line_synthetic(" ", c);
                        }
                    }
                    self.inline(c);
                }
                _ => self.inline(c),
            }
        }
    }

    /// A line of its own: `num` (a label), a tab, then the inline content
    /// of `n` (if any).
    fn item_line(&mut self, num: Option<Node>, n: Option<Node>) {
        if let Some(num) = num {
            self.inline(num);
            if n.is_some_and(|n| !plain(n).is_empty()) {
                self.line_synthetic("\t", num);
            }
        }
        if let Some(n) = n {
            self.inline(n);
        }
        self.end_line();
    }

    /// A block of the body: its lines, the first one with `num` when the
    /// block is the text of a numbered item. Returns whether `num` was used.
    fn block<'a, 'i>(&mut self, n: Node<'a, 'i>, num: &mut Option<Node<'a, 'i>>) {
        if !n.is_element() {
            return;
        }
        let name = n.tag_name().name();
        match name {
            "meta" | "num" | "componentRef" | "documentRef" | "authorialNote" | "note" => {}
            "p" | "subheading" | "listIntroduction" | "listWrapUp" | "tblock" | "docTitle" => {
                self.item_line(num.take(), Some(n))
            }
            "heading" => self.item_line(None, Some(n)),
            "recitals" | "citations" => {
                // The section's heading: `<intro>` (AKN4UN) or `<heading>`.
                for h in n
                    .children()
                    .filter(|c| is(*c, "heading") || is(*c, "intro"))
                {
                    for p in h.children().filter(|c| c.is_element()) {
                        self.item_line(None, Some(p));
                    }
                    if h.children().all(|c| !c.is_element()) {
                        self.item_line(None, Some(h));
                    }
                }
                for c in n
                    .children()
                    .filter(|c| !is(*c, "heading") && !is(*c, "intro"))
                {
                    self.block(c, &mut None);
                }
            }
            "content" | "intro" | "wrapUp" | "blockContainer" | "container" | "formula"
            | "longTitle" | "blockList" | "list" | "ul" | "ol" | "li" | "table" | "tr" | "td"
            | "th" | "div" => {
                let mut any = false;
                for c in n.children().filter(|c| c.is_element()) {
                    self.block(c, num);
                    any = true;
                }
                if !any && !plain(n).is_empty() {
                    self.item_line(num.take(), Some(n));
                }
            }
            _ if n.children().any(|c| c.is_element()) => {
                // A hierarchical element (recital, paragraph, point, item,
                // hcontainer…): its heading, its label on its first line,
                // then its parts.
                let mut own = child(n, "num");
                if let Some(h) = child(n, "heading") {
                    self.item_line(None, Some(h));
                }
                for c in n.children().filter(|c| c.is_element()) {
                    if is(c, "heading") {
                        continue;
                    }
                    self.block(c, &mut own);
                }
                if let Some(label) = own {
                    self.item_line(Some(label), None);
                }
            }
            _ => {
                if !plain(n).is_empty() || num.is_some() {
                    self.item_line(num.take(), Some(n));
                }
            }
        }
    }

    fn statement(&mut self, st: Node) -> Statement {
        self.notes.clear();
        let mut out = Statement {
            name: st.attribute("name").map(str::to_string),
            ..Statement::default()
        };
        // `xml:lang` is not allowed on `<statement>` by the schema, but
        // producers put it there (or around it), and on its parts.
        let lang_of = |n: Node| {
            n.attributes()
                .find(|at| at.name() == "lang")
                .and_then(|a| super::language_from_code(a.value()))
        };
        let lang = st.ancestors().find_map(lang_of).or_else(|| {
            st.children()
                .filter(|c| is(*c, "mainBody") || is(*c, "preamble") || is(*c, "preface"))
                .find_map(lang_of)
        });
        let meta = child(st, "meta");
        let frbr_lang = meta
            .and_then(|m| descendant(m, "FRBRlanguage"))
            .and_then(|l| l.attribute("language"))
            .and_then(super::language_from_code);
        out.language = lang.or(frbr_lang);
        if let Some(work) = meta.and_then(|m| descendant(m, "FRBRWork")) {
            if let Some(n) = child(work, "FRBRnumber") {
                out.frbr_number = n.attribute("value").map(str::to_string);
                out.frbr_show_as = n.attribute("showAs").map(str::to_string);
            }
            out.work = child(work, "FRBRuri")
                .and_then(|u| u.attribute("value"))
                .map(str::to_string);
        }
        // The preface: identity, title, history, in that order, whatever
        // order the XML has them in.
        let preface = child(st, "preface");
        // The identity line: the paragraph with `<docType>` or
        // `<docNumber>`, else the long title's first paragraph that is not
        // the title.
        let identity_p = preface.and_then(|p| {
            p.descendants()
                .find(|d| {
                    is(*d, "p")
                        && (descendant(*d, "docType").is_some()
                            || descendant(*d, "docNumber").is_some())
                })
                .or_else(|| {
                    child(p, "longTitle")?
                        .children()
                        .find(|c| is(*c, "p") && descendant(*c, "docTitle").is_none())
                })
        });
        let title = preface.and_then(|p| {
            descendant(p, "docTitle").or_else(|| {
                p.children()
                    .find(|c| is(*c, "container") && c.attribute("name") == Some("title"))
            })
        });
        let history = preface.and_then(|p| {
            p.children()
                .find(|c| is(*c, "container") && c.attribute("name") == Some("history"))
        });
        let doc_type = descendant(st, "docType");
        let doc_number = descendant(st, "docNumber");
        out.doc_type = doc_type.map(plain);
        out.doc_number = doc_number.map(plain);
        let start = self.text.len();
        if let Some(p) = identity_p {
            self.item_line(None, Some(p));
        } else if doc_type.is_some() || doc_number.is_some() {
            // `<docType>` and `<docNumber>` outside any paragraph: the
            // identity line is the two of them.
            for (i, n) in [doc_type, doc_number].into_iter().flatten().enumerate() {
                if i > 0 {
                    self.line_synthetic(" ", n);
                }
                self.inline(n);
            }
            self.end_line();
        }
        out.identity = Some(self.text[start..].trim().to_string()).filter(|s| !s.is_empty());
        if let Some(t) = title {
            let start = self.text.len();
            self.block(t, &mut None);
            out.title = Some(
                self.text[start..]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            )
            .filter(|s| !s.is_empty());
        }
        if let Some(h) = history {
            let start = self.text.len();
            self.block(h, &mut None);
            out.history = Some(self.text[start..].trim().to_string()).filter(|s| !s.is_empty());
        }
        if let Some(preamble) = child(st, "preamble") {
            for c in preamble.children().filter(|c| c.is_element()) {
                let start = self.text.len();
                self.block(c, &mut None);
                if is(c, "formula") && out.conference.is_none() {
                    out.conference = self.text[start..]
                        .lines()
                        .next()
                        .map(|l| l.trim().to_string())
                        .filter(|s| !s.is_empty());
                }
            }
        }
        if let Some(body) = child(st, "mainBody") {
            for c in body.children().filter(|c| c.is_element()) {
                self.block(c, &mut None);
            }
        }
        // The footnotes, after the statement.
        let notes = std::mem::take(&mut self.notes);
        let doc = st.document();
        for (marker, id) in &notes {
            let Some(note) = doc.descendants().find(|n| n.id().get_usize() == *id) else {
                continue;
            };
            if let Some(sup) = superscript(marker) {
                self.line_synthetic(&sup, note);
                self.line_synthetic(" ", note);
            }
            let mut first = true;
            for c in note.children().filter(|c| c.is_element()) {
                if first {
                    // The body's first paragraph is the footnote line.
                    self.inline(c);
                    self.end_line();
                    first = false;
                } else {
                    self.block(c, &mut None);
                }
            }
            if first {
                self.inline(note);
                self.end_line();
            }
        }
        self.end_line();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution" xml:lang="en">
    <meta>
      <identification source="#x">
        <FRBRWork>
          <FRBRuri value="/akn/un/statement/deliberation/itu-pp/2018-11-16/res-11"/>
          <FRBRnumber value="res-11" showAs="RESOLUTION 11 (REV. DUBAI, 2018)"/>
        </FRBRWork>
      </identification>
    </meta>
    <preface>
      <longTitle eId="longTitle">
        <p><docType>RESOLUTION</docType> <docNumber>11</docNumber> <inline name="revision">(REV. DUBAI, 2018)</inline></p>
        <p><docTitle>ITU Telecom &amp; events</docTitle></p>
      </longTitle>
    </preface>
    <preamble eId="preamble">
      <formula name="enactingFormula" eId="formula_1"><p>The Plenipotentiary Conference (Dubai, 2018),</p></formula>
      <recitals eId="recs_1">
        <intro><p><i>considering</i></p></intro>
        <recital eId="recs_1__rec_1"><num>a)</num><p>that developing countries<authorialNote marker="1" eId="note_1"><p>These include the LDCs.</p></authorialNote> &amp; others;</p></recital>
        <recital eId="recs_1__rec_2"><num>b)</num><p>that
           it wraps,</p>
          <blockList eId="recs_1__rec_2__list_1"><item eId="recs_1__rec_2__list_1__item_1"><num>i)</num><p>one;</p></item></blockList>
        </recital>
      </recitals>
    </preamble>
    <mainBody eId="body">
      <hcontainer name="resolves" eId="hcont_1">
        <heading><i>resolves</i></heading>
        <paragraph eId="hcont_1__para_1"><num>1</num><content><p>to see <ref href="/akn/un/statement/deliberation/itu-pp/2018-11-16/res-71/eng@2018-11-16">Resolution 71 (Rev. Dubai, 2018)</ref>.</p></content></paragraph>
      </hcontainer>
    </mainBody>
  </statement>
</akomaNtoso>"##;

    #[test]
    fn a_statement_reads_as_its_draft() {
        let draft = read(XML).unwrap();
        assert_eq!(
            draft.text,
            "RESOLUTION 11 (REV. DUBAI, 2018)\n\
             ITU Telecom & events\n\
             The Plenipotentiary Conference (Dubai, 2018),\n\
             considering\n\
             a)\tthat developing countries¹ & others;\n\
             b)\tthat it wraps,\n\
             i)\tone;\n\
             resolves\n\
             1\tto see Resolution 71 (Rev. Dubai, 2018).\n\
             ¹ These include the LDCs.\n"
        );
        let st = &draft.statements[0];
        assert_eq!(
            st.identity.as_deref(),
            Some("RESOLUTION 11 (REV. DUBAI, 2018)")
        );
        assert_eq!(st.title.as_deref(), Some("ITU Telecom & events"));
        assert_eq!(
            st.conference.as_deref(),
            Some("The Plenipotentiary Conference (Dubai, 2018),")
        );
        assert_eq!(st.language, Some(Language::English));
        assert_eq!(st.frbr_number.as_deref(), Some("res-11"));
        assert_eq!(st.line, 3);
    }

    #[test]
    fn every_byte_of_the_text_leads_back_to_the_xml_and_its_element() {
        let draft = read(XML).unwrap();
        let at = |needle: &str| draft.text.find(needle).unwrap();
        // Text read from the XML maps to the same characters there.
        for needle in ["others;", "it wraps", "Resolution 71", "one;", "LDCs"] {
            let x = draft.map.xml_offset(at(needle));
            assert!(
                XML[x..].starts_with(needle),
                "{needle}: {}",
                &XML[x..x + 20]
            );
        }
        // After an entity, still in step.
        let x = draft.map.xml_offset(at("events"));
        assert!(XML[x..].starts_with("events"));
        let x = draft.map.xml_offset(at("& others"));
        assert!(XML[x..].starts_with("&amp; others"), "{}", &XML[x..x + 12]);
        assert_eq!(draft.map.eid(at("others;")), Some("recs_1__rec_1"));
        assert_eq!(
            draft.map.eid(at("one;")),
            Some("recs_1__rec_2__list_1__item_1")
        );
        assert_eq!(draft.map.eid(at("to see")), Some("hcont_1__para_1"));
        assert_eq!(draft.map.eid(at("resolves")), Some("hcont_1"));
        assert_eq!(draft.map.eid(at("LDCs")), Some("note_1"));
    }

    #[test]
    fn bad_xml_is_an_error_with_its_place() {
        let err = read("<akomaNtoso><statement></akomaNtoso>").unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err.message.contains("not well-formed"), "{err}");
        assert!(read("").is_err());
    }

    #[test]
    fn touching_doc_type_and_number_are_two_words() {
        let xml = r#"<akomaNtoso><statement><preface><longTitle><p><docType>DÉCISION</docType><docNumber>901 (BAKOU, 2025)</docNumber></p></longTitle></preface><mainBody/></statement>
<statement><preface><longTitle><p>第<docNumber>2</docNumber>号<docType>决议</docType>（2022年，布加勒斯特，修订版）</p></longTitle></preface></statement></akomaNtoso>"#;
        let draft = read(xml).unwrap();
        assert_eq!(
            draft.statements[0].identity.as_deref(),
            Some("DÉCISION 901 (BAKOU, 2025)")
        );
        assert_eq!(
            draft.statements[1].identity.as_deref(),
            Some("第2号决议（2022年，布加勒斯特，修订版）")
        );
    }
}
