//! A draft as Akoma Ntoso 3.0, in the AKN4UN manner of the Final Acts
//! markup (`../shared/corpus/pp18-en`): one `<statement>` per document of
//! the draft, with its FRBR identifiers, a preface (identity line as
//! `docType`, `docNumber` and the revision; the title as `docTitle`; the
//! history line), a preamble (the conference line as the enacting formula,
//! each preamble section as `<recitals>` with its heading and each clause
//! as a `<recital>` with its `<num>`), a main body (each operative section
//! as an `<hcontainer>` with its heading, each clause a `<paragraph>`,
//! sub-items as `<point>`s), footnotes as `<authorialNote>`s where they are
//! referred to, and every citation of another text as a `<ref>` whose
//! `href` names the cited text (docs/akn.md, "Citations").
//!
//! eIds are given by position (`recs_2__rec_3`), never by label: a draft's
//! labels may repeat or be wrong (that is what `check` reports), and eIds
//! must be unique for the XML to be valid. docs/akn.md has the whole
//! mapping.

use std::collections::HashSet;

use crate::akn::{self, escape_attr, escape_text, WorkId, Xml};
use crate::analysis::resolve::{identity_key, resolve_body};
use crate::catalogue::{Catalogue, Kind, MeetingDate};
use crate::domain::{Body, Language};
use crate::model::citations::{Citation, CitationKind, CitedBody, Identity};
use crate::model::{Clause, Document, DocumentKind, Model, Part, Section, MISSING_HEADING};
use crate::text::{slice, TextRange};

/// What every export needs besides the draft.
#[derive(Clone, Debug)]
pub struct Options<'a> {
    /// The catalogue citations resolve against (which body, which date).
    pub catalogue: &'a Catalogue,
    /// The date of the markup (`FRBRManifestation`), `YYYY-MM-DD`.
    pub date: String,
    /// A name for a collection of several documents: the draft's file name
    /// without extension.
    pub name: String,
}

/// Why a draft cannot be exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// No resolution, decision or other document was found in the text.
    NoDocument,
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::NoDocument => f.write_str(
                "no document to export: no identity line, conference line or section heading was found",
            ),
        }
    }
}

/// One document exported on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// The FRBR number (`res-11`), unique among the documents of the draft:
    /// a file name for it.
    pub number: String,
    /// A whole `<akomaNtoso>` document.
    pub xml: String,
}

/// The draft as one Akoma Ntoso document: a `<statement>` when it holds one
/// document, a `<documentCollection>` of them when it holds several.
pub fn to_akn(text: &str, model: &Model, options: &Options) -> Result<String, ExportError> {
    let metas = metas(model, options.catalogue)?;
    let mut xml = Xml::new();
    xml.open("akomaNtoso", &[("xmlns", akn::NAMESPACE)]);
    if let [meta] = metas.as_slice() {
        Exporter::new(text, model, meta, options, String::new()).statement(&mut xml, false);
    } else {
        collection(&mut xml, text, model, &metas, options);
    }
    xml.close("akomaNtoso");
    Ok(xml.finish())
}

/// Every document of the draft as an Akoma Ntoso document of its own.
pub fn each_to_akn(
    text: &str,
    model: &Model,
    options: &Options,
) -> Result<Vec<Exported>, ExportError> {
    let metas = metas(model, options.catalogue)?;
    Ok(metas
        .iter()
        .map(|meta| {
            let mut xml = Xml::new();
            xml.open("akomaNtoso", &[("xmlns", akn::NAMESPACE)]);
            Exporter::new(text, model, meta, options, String::new()).statement(&mut xml, false);
            xml.close("akomaNtoso");
            Exported {
                number: meta.number.clone(),
                xml: xml.finish(),
            }
        })
        .collect())
}

/// Several statements in one `<documentCollection>`: each in a component
/// whose eId prefixes every eId inside it, the organisations named once in
/// the collection's references.
fn collection(xml: &mut Xml, text: &str, model: &Model, metas: &[Meta], options: &Options) {
    let bodies: HashSet<Option<Body>> = metas.iter().map(|m| m.body).collect();
    let actor = match bodies.iter().next() {
        Some(Some(b)) if bodies.len() == 1 => akn::actor(*b),
        _ => "itu",
    };
    let mut languages: Vec<Language> = Vec::new();
    for m in metas {
        if !languages.contains(&m.language) {
            languages.push(m.language);
        }
    }
    let name = slug(&options.name).unwrap_or_else(|| "collection".into());
    let work = format!(
        "/akn/un/documentCollection/deliberation/{actor}/{}/{name}",
        options.date
    );
    let expression = format!(
        "{work}/{}@{}",
        akn::language_code(languages[0]),
        options.date
    );
    xml.open("documentCollection", &[("name", "collection")]);
    xml.open("meta", &[]);
    xml.open("identification", &[("source", "#resolution-ls")]);
    frbr_work(
        xml,
        &work,
        &options.date,
        "XMLMarkup",
        "#resolution-ls",
        &name,
        &name,
        false,
    );
    xml.open("FRBRExpression", &[]);
    xml.empty("FRBRthis", &[("value", &format!("{expression}/!main"))]);
    xml.empty("FRBRuri", &[("value", &expression)]);
    xml.empty(
        "FRBRdate",
        &[("date", &options.date), ("name", "XMLMarkup")],
    );
    xml.empty("FRBRauthor", &[("href", "#resolution-ls")]);
    for l in &languages {
        xml.empty("FRBRlanguage", &[("language", akn::language_code(*l))]);
    }
    xml.close("FRBRExpression");
    frbr_manifestation(xml, &expression, &options.date);
    xml.close("identification");
    let mut actors: Vec<Option<Body>> = metas.iter().map(|m| m.body).collect();
    actors.dedup();
    references(xml, &actors);
    xml.close("meta");
    xml.open("collectionBody", &[]);
    let mut used = HashSet::new();
    for meta in metas {
        let mut cmp = format!("cmp_{}", meta.number);
        let mut n = 2;
        while !used.insert(cmp.clone()) {
            cmp = format!("cmp_{}_{n}", meta.number);
            n += 1;
        }
        xml.open("component", &[("eId", &cmp)]);
        Exporter::new(text, model, meta, options, format!("{cmp}__")).statement(xml, true);
        xml.close("component");
    }
    xml.close("collectionBody");
    xml.close("documentCollection");
}

#[allow(clippy::too_many_arguments)]
fn frbr_work(
    xml: &mut Xml,
    work: &str,
    date: &str,
    date_name: &str,
    author: &str,
    number: &str,
    show_as: &str,
    statement: bool,
) {
    xml.open("FRBRWork", &[]);
    xml.empty("FRBRthis", &[("value", &format!("{work}/!main"))]);
    xml.empty("FRBRuri", &[("value", work)]);
    xml.empty("FRBRdate", &[("date", date), ("name", date_name)]);
    xml.empty("FRBRauthor", &[("href", author)]);
    xml.empty("FRBRcountry", &[("value", "un")]);
    if statement {
        xml.empty("FRBRsubtype", &[("value", "deliberation")]);
    }
    xml.empty("FRBRnumber", &[("value", number), ("showAs", show_as)]);
    xml.close("FRBRWork");
}

fn frbr_manifestation(xml: &mut Xml, expression: &str, date: &str) {
    xml.open("FRBRManifestation", &[]);
    xml.empty("FRBRthis", &[("value", &format!("{expression}/!main.xml"))]);
    xml.empty("FRBRuri", &[("value", &format!("{expression}.akn"))]);
    xml.empty("FRBRdate", &[("date", date), ("name", "XMLMarkup")]);
    xml.empty("FRBRauthor", &[("href", "#resolution-ls")]);
    xml.close("FRBRManifestation");
}

/// The organisations and the software the metadata names.
fn references(xml: &mut Xml, bodies: &[Option<Body>]) {
    xml.open("references", &[("source", "#resolution-ls")]);
    xml.empty(
        "TLCOrganization",
        &[
            ("eId", "itu"),
            ("href", "/ontology/organizations/itu"),
            ("showAs", "International Telecommunication Union"),
        ],
    );
    let mut seen = HashSet::new();
    for body in bodies.iter().flatten() {
        if !seen.insert(*body) {
            continue;
        }
        let actor = akn::actor(*body);
        xml.empty(
            "TLCOrganization",
            &[
                ("eId", actor),
                ("href", &format!("/ontology/organizations/{actor}")),
                ("showAs", body.name(Language::English)),
            ],
        );
    }
    xml.empty(
        "TLCObject",
        &[
            ("eId", "resolution-ls"),
            ("href", "/ontology/software/resolution-ls"),
            ("showAs", "resolution-ls"),
        ],
    );
    xml.close("references");
}

/// What identifies one document.
#[derive(Clone, Debug)]
struct Meta {
    /// Index of the document in the model.
    document: usize,
    /// `resolution`, `decision`…: the statement's `name`.
    name: &'static str,
    body: Option<Body>,
    work: WorkId,
    number: String,
    /// `2018-11-16`, `2018`, or nothing known.
    date: Option<String>,
    language: Language,
    /// The identity line as written, else the title.
    show_as: String,
}

fn metas(model: &Model, catalogue: &Catalogue) -> Result<Vec<Meta>, ExportError> {
    if model.documents.is_empty() {
        return Err(ExportError::NoDocument);
    }
    let mut numbers: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for (di, doc) in model.documents.iter().enumerate() {
        let identity = own_identity(model, doc);
        let body = doc.body.or(identity.and_then(|i| i.body)).or_else(|| {
            identity
                .and_then(|i| identity_key(i, catalogue))
                .map(|k| k.body)
        });
        let kind = identity
            .and_then(|i| i.kind.catalogue_kind())
            .or(match doc.kind {
                DocumentKind::Resolution => Some(Kind::Resolution),
                DocumentKind::Decision => Some(Kind::Decision),
                DocumentKind::Recommendation => Some(Kind::Recommendation),
                DocumentKind::Excerpt => None,
            });
        let prefix = kind.map_or("excerpt", akn::kind_prefix);
        let name = match (kind, doc.kind) {
            (Some(k), _) => k.as_str(),
            (None, k) => k.as_str(),
        };
        let mut number = match identity {
            Some(i) => akn::frbr_number(prefix, &i.number.text),
            None => format!("{prefix}-draft-{}", di + 1),
        };
        if !numbers.insert(number.clone()) {
            number = format!("{number}-{}", di + 1);
            numbers.insert(number.clone());
        }
        // The date: the revision the identity line names, else the
        // conference line's session, else the year the document is dated.
        let date = body.and_then(|b| {
            identity
                .and_then(|i| i.revision())
                .and_then(|r| Some(date_of(catalogue, b, r.place.as_deref(), r.year?)))
                .or_else(|| {
                    let s = doc.conference.as_ref()?.session()?;
                    Some(date_of(catalogue, b, Some(&s.place), s.year))
                })
        });
        let date = date.or_else(|| doc.year.map(|y| y.to_string()));
        let show_as = doc
            .identity
            .as_ref()
            .map(|l| l.text.clone())
            .or_else(|| doc.title.as_ref().map(|l| l.text.clone()))
            .unwrap_or_else(|| number.clone());
        out.push(Meta {
            document: di,
            name,
            body,
            work: WorkId {
                actor: body.map_or("itu", akn::actor).to_string(),
                date: date.clone(),
                number: number.clone(),
            },
            number,
            date,
            language: doc.language,
            show_as: show_as.split_whitespace().collect::<Vec<_>>().join(" "),
        });
    }
    Ok(out)
}

/// The identity line of `doc` as the model read it.
fn own_identity<'m>(model: &'m Model, doc: &Document) -> Option<&'m Identity> {
    model
        .identities
        .iter()
        .find(|i| doc.range.contains_range(i.range))
}

/// The date of the meeting of `body` at `place` in `year`: its last day
/// when the catalogue knows it, else the year.
fn date_of(catalogue: &Catalogue, body: Body, place: Option<&str>, year: u16) -> String {
    let conference = place
        .and_then(|p| catalogue.meetings_at(body, p, year))
        .or_else(|| {
            let mut all = catalogue.meetings_in(body, year);
            let first = all.next();
            if all.next().is_some() {
                None
            } else {
                first
            }
        });
    match conference.and_then(|c| c.end) {
        Some((m, d)) => format!("{year:04}-{m:02}-{d:02}"),
        None => format!("{year:04}"),
    }
}

/// A name made of letters, digits and `_`, lower-case (`instructs the
/// Secretary-General` → `instructs_the_secretary_general`).
fn slug(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut gap = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('_');
            }
            out.extend(c.to_lowercase());
            gap = false;
        } else {
            gap = true;
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Inline markup placed over the text.
#[derive(Clone, Debug)]
enum Mark {
    /// A citation: `<ref href>` around its text.
    Ref(String),
    /// A footnote reference: the note itself, in place of the marker.
    Note(usize),
    /// Text left out (a footnote's body written inline by Word).
    Skip,
}

struct Exporter<'a> {
    text: &'a str,
    model: &'a Model,
    doc: &'a Document,
    meta: &'a Meta,
    options: &'a Options<'a>,
    /// Prefix of every eId (the component's, in a collection).
    prefix: String,
    /// Footnotes written so far (indexes into `model.footnotes`) and the
    /// eId each was given.
    notes_done: std::collections::HashMap<usize, String>,
    note_count: usize,
    /// Ranges of the document that belong to no clause text: headings,
    /// the preface lines, annex headings.
    structural: Vec<TextRange>,
}

impl<'a> Exporter<'a> {
    fn new(
        text: &'a str,
        model: &'a Model,
        meta: &'a Meta,
        options: &'a Options<'a>,
        prefix: String,
    ) -> Exporter<'a> {
        let doc = &model.documents[meta.document];
        let mut structural: Vec<TextRange> = doc.own_lines();
        structural.extend(doc.title.as_ref().map(|t| t.range));
        structural.extend(doc.annexes.iter().map(|a| a.range));
        structural.extend(
            doc.sections
                .iter()
                .filter(|s| s.heading.text != MISSING_HEADING)
                .map(|s| s.heading.range),
        );
        structural.retain(|r| !r.is_empty());
        structural.sort();
        Exporter {
            text,
            model,
            doc,
            meta,
            options,
            prefix,
            notes_done: std::collections::HashMap::new(),
            note_count: 0,
            structural,
        }
    }

    fn eid(&self, local: &str) -> String {
        format!("{}{local}", self.prefix)
    }

    fn separator(&self) -> &'static str {
        if self.doc.language == Language::Chinese {
            ""
        } else {
            " "
        }
    }

    fn statement(&mut self, xml: &mut Xml, in_collection: bool) {
        let meta = self.meta;
        xml.open("statement", &[("name", meta.name)]);
        self.meta_block(xml, in_collection);
        self.preface(xml);
        self.preamble_and_body(xml);
        xml.close("statement");
    }

    fn meta_block(&self, xml: &mut Xml, in_collection: bool) {
        let meta = self.meta;
        let work = meta.work.uri();
        let (date, date_name) = match &meta.date {
            Some(d) => (
                akn::xsd_date(d),
                if d.len() == 4 {
                    "adoptionYear"
                } else {
                    "adoption"
                },
            ),
            None => (self.options.date.clone(), "undated"),
        };
        let author = format!("#{}", meta.work.actor);
        let expression = meta.work.expression(meta.language, meta.date.as_deref());
        xml.open("meta", &[]);
        xml.open("identification", &[("source", "#resolution-ls")]);
        frbr_work(
            xml,
            &work,
            &date,
            date_name,
            &author,
            &meta.number,
            &meta.show_as,
            true,
        );
        xml.open("FRBRExpression", &[]);
        xml.empty("FRBRthis", &[("value", &format!("{expression}/!main"))]);
        xml.empty("FRBRuri", &[("value", &expression)]);
        xml.empty("FRBRdate", &[("date", &date), ("name", date_name)]);
        xml.empty("FRBRauthor", &[("href", &author)]);
        xml.empty(
            "FRBRlanguage",
            &[("language", akn::language_code(meta.language))],
        );
        xml.close("FRBRExpression");
        frbr_manifestation(xml, &expression, &self.options.date);
        xml.close("identification");
        if !in_collection {
            references(xml, &[meta.body]);
        }
        xml.close("meta");
    }

    /// Identity line, title, history line.
    fn preface(&mut self, xml: &mut Xml) {
        let doc = self.doc;
        let identity = own_identity(self.model, doc);
        if doc.identity.is_none() && doc.title.is_none() && doc.history.is_none() {
            return;
        }
        xml.open("preface", &[("xml:lang", self.doc.language.code())]);
        if doc.identity.is_some() || doc.title.is_some() {
            xml.open("longTitle", &[("eId", &self.eid("longTitle"))]);
            if let Some(line) = &doc.identity {
                let inline = self.identity_inline(line.range, identity);
                xml.leaf("p", &[], &inline);
            }
            if let Some(title) = &doc.title {
                let inline = self.line_inline(title.range, &title.text);
                xml.leaf("p", &[], &format!("<docTitle>{inline}</docTitle>"));
            }
            xml.close("longTitle");
        }
        if let Some(history) = &doc.history {
            xml.open(
                "container",
                &[("name", "history"), ("eId", &self.eid("container_history"))],
            );
            let inline = self.inline(&lines_of(self.text, history.range), true);
            xml.leaf("p", &[], &inline);
            xml.close("container");
        }
        xml.close("preface");
    }

    /// `第<docNumber>2</docNumber>号<docType>决议</docType><inline name="revision">（…）</inline>`:
    /// the identity line as written, its parts marked.
    fn identity_inline(&self, line: TextRange, identity: Option<&Identity>) -> String {
        let text = self.text;
        let Some(id) = identity.filter(|i| line.contains_range(i.range)) else {
            return escape_text(slice(text, line));
        };
        let number = id.number.range;
        let group = id.group.as_ref().map(|g| g.range);
        // The kind word: before the number (`RESOLUTION 11`), else after it
        // (`第2号决议`), without `第` and `号`.
        let before = TextRange::new(id.range.start, number.start);
        let after = TextRange::new(number.end, group.map_or(id.range.end, |g| g.start));
        let word = |r: TextRange| -> Option<TextRange> {
            let s = slice(text, r);
            let trimmed = s
                .trim()
                .trim_end_matches('第')
                .trim_start_matches('号')
                .trim();
            if !trimmed.chars().any(char::is_alphabetic) {
                return None;
            }
            let at = s.find(trimmed)?;
            Some(TextRange::new(r.start + at, r.start + at + trimmed.len()))
        };
        let kind = word(before).or_else(|| word(after));
        let mut parts: Vec<(TextRange, &str)> = vec![(number, "docNumber")];
        parts.extend(kind.map(|k| (k, "docType")));
        parts.extend(group.map(|g| (g, "revision")));
        parts.sort_by_key(|(r, _)| r.start);
        let mut out = String::new();
        let mut pos = line.start;
        for (r, what) in parts {
            if r.start < pos || r.end > line.end {
                continue;
            }
            out.push_str(&escape_text(slice(text, TextRange::new(pos, r.start))));
            let inner = escape_text(slice(text, r));
            match what {
                "revision" => out.push_str(&format!("<inline name=\"revision\">{inner}</inline>")),
                tag => out.push_str(&format!("<{tag}>{inner}</{tag}>")),
            }
            pos = r.end;
        }
        out.push_str(&escape_text(slice(text, TextRange::new(pos, line.end))));
        out
    }

    /// The preamble (the conference line, then each preamble section up to
    /// the first operative one) and the main body (everything after).
    fn preamble_and_body(&mut self, xml: &mut Xml) {
        let doc = self.doc;
        let depth = xml.depth() + 1;
        let mut preamble = Xml::fragment(depth);
        let mut body = Xml::fragment(depth);
        if let Some(conf) = &doc.conference {
            let inline = self.inline(&lines_of(self.text, conf.range), true);
            preamble.open(
                "formula",
                &[("name", "enactingFormula"), ("eId", &self.eid("formula_1"))],
            );
            preamble.leaf("p", &[], &inline);
            preamble.close("formula");
        }
        // Sections and annex headings, in text order.
        enum Block<'s> {
            Section(&'s Section),
            Annex(TextRange),
        }
        let mut blocks: Vec<(usize, Block)> = doc
            .sections
            .iter()
            .map(|s| (s.range.start, Block::Section(s)))
            .collect();
        blocks.extend(
            doc.annexes
                .iter()
                .map(|a| (a.range.start, Block::Annex(a.range))),
        );
        blocks.sort_by_key(|(at, _)| *at);
        let mut in_preamble = true;
        let (mut recitals, mut containers, mut annexes) = (0, 0, 0);
        let mut body_written = false;
        for (_, block) in blocks {
            match block {
                Block::Section(s) if in_preamble && s.part == Part::Preamble => {
                    recitals += 1;
                    self.recitals(&mut preamble, s, &format!("recs_{recitals}"));
                }
                Block::Section(s) => {
                    in_preamble = false;
                    containers += 1;
                    self.hcontainer(&mut body, s, &format!("hcont_{containers}"));
                    body_written = true;
                }
                Block::Annex(r) => {
                    in_preamble = false;
                    annexes += 1;
                    let eid = self.eid(&format!("annex_{annexes}"));
                    body.open("hcontainer", &[("name", "annex"), ("eId", &eid)]);
                    let inline = self.inline(&lines_of(self.text, r), true);
                    body.leaf("heading", &[], &inline);
                    body.close("hcontainer");
                    body_written = true;
                }
            }
        }
        // Footnotes no reference points to: at the end of the body.
        let unreferenced: Vec<usize> = self
            .model
            .footnotes
            .iter()
            .enumerate()
            .filter(|(i, f)| doc.range.contains_range(f.range) && !self.notes_done.contains_key(i))
            .map(|(i, _)| i)
            .collect();
        for i in unreferenced {
            let note = self.note(i);
            body.leaf("p", &[], &note);
            body_written = true;
        }
        if !body_written {
            // The main body is required: an empty paragraph says there is none.
            body.empty("p", &[]);
        }
        let preamble = preamble.finish();
        if !preamble.is_empty() {
            xml.open(
                "preamble",
                &[
                    ("eId", &self.eid("preamble")),
                    ("xml:lang", self.doc.language.code()),
                ],
            );
            xml.raw(&preamble);
            xml.close("preamble");
        }
        xml.open(
            "mainBody",
            &[
                ("eId", &self.eid("body")),
                ("xml:lang", self.doc.language.code()),
            ],
        );
        xml.raw(&body.finish());
        xml.close("mainBody");
    }

    fn heading_inline(&mut self, s: &Section) -> Option<String> {
        if s.heading.text == MISSING_HEADING || s.heading.range.is_empty() {
            return None;
        }
        let inline = self.line_inline(s.heading.range, &s.heading.text);
        Some(format!("<i>{inline}</i>"))
    }

    /// A preamble section: `<recitals>` with its heading as the intro.
    fn recitals(&mut self, xml: &mut Xml, s: &Section, local: &str) {
        let eid = self.eid(local);
        xml.open("recitals", &[("eId", &eid)]);
        if let Some(heading) = self.heading_inline(s) {
            xml.open("intro", &[]);
            xml.leaf("p", &[], &heading);
            xml.close("intro");
        }
        if s.items.is_empty() {
            xml.open("recital", &[("eId", &format!("{eid}__rec_1"))]);
            xml.empty("p", &[]);
            xml.close("recital");
        }
        for (k, clause) in s.items.iter().enumerate() {
            self.item(xml, clause, "recital", &format!("{eid}__rec_{}", k + 1));
        }
        xml.close("recitals");
    }

    /// An item of a block list (a recital, or a sub-item under one):
    /// its label, its text, its own sub-items as a `<blockList>`.
    fn item(&mut self, xml: &mut Xml, clause: &Clause, tag: &str, eid: &str) {
        xml.open(tag, &[("eId", eid)]);
        self.num(xml, clause);
        for line in self.clause_lines(clause) {
            xml.leaf("p", &[], &line);
        }
        if !clause.sub_items.is_empty() {
            let list = format!("{eid}__list_1");
            xml.open("blockList", &[("eId", &list)]);
            for (j, sub) in clause.sub_items.iter().enumerate() {
                self.item(xml, sub, "item", &format!("{list}__item_{}", j + 1));
            }
            xml.close("blockList");
        }
        xml.close(tag);
    }

    fn num(&self, xml: &mut Xml, clause: &Clause) {
        if let Some(label) = &clause.label {
            xml.leaf("num", &[], &escape_text(&label.text));
        }
    }

    /// An operative section: `<hcontainer>` with its heading, a paragraph
    /// per clause.
    fn hcontainer(&mut self, xml: &mut Xml, s: &Section, local: &str) {
        let eid = self.eid(local);
        let name = if s.heading.text == MISSING_HEADING {
            "unheaded".to_string()
        } else {
            slug(&s.heading.text).unwrap_or_else(|| "section".into())
        };
        xml.open("hcontainer", &[("name", &name), ("eId", &eid)]);
        if let Some(heading) = self.heading_inline(s) {
            xml.leaf("heading", &[], &heading);
        }
        for (k, clause) in s.items.iter().enumerate() {
            self.paragraph(xml, clause, "paragraph", &format!("{eid}__para_{}", k + 1));
        }
        xml.close("hcontainer");
    }

    /// A paragraph (or a point under one): its label, its text as the
    /// content, or as the intro of its sub-items.
    fn paragraph(&mut self, xml: &mut Xml, clause: &Clause, tag: &str, eid: &str) {
        xml.open(tag, &[("eId", eid)]);
        self.num(xml, clause);
        let lines = self.clause_lines(clause);
        let wrapper = if clause.sub_items.is_empty() {
            "content"
        } else {
            "intro"
        };
        xml.open(wrapper, &[]);
        for line in lines {
            xml.leaf("p", &[], &line);
        }
        xml.close(wrapper);
        if !clause.sub_items.is_empty() {
            for (j, sub) in clause.sub_items.iter().enumerate() {
                self.paragraph(xml, sub, "point", &format!("{eid}__point_{}", j + 1));
            }
        }
        xml.close(tag);
    }

    /// The clause's own text (after its label), a paragraph per line of
    /// it as the draft has them, headings glued into it left out; one
    /// empty paragraph for a label alone.
    fn clause_lines(&mut self, clause: &Clause) -> Vec<String> {
        let mut out = Vec::new();
        for line in &clause.lines {
            let segments: Vec<TextRange> = subtract(*line, &self.structural)
                .into_iter()
                .map(|r| trim(self.text, r))
                .filter(|r| !r.is_empty())
                .collect();
            if !segments.is_empty() {
                out.push(self.inline(&segments, true));
            }
        }
        if out.is_empty() {
            out.push(String::new());
        }
        out
    }

    /// The inline XML of a line the model cleaned (a heading or title
    /// written in Markdown, `**_resolves_**`): its text as written when
    /// that is what the model read, else the model's text.
    fn line_inline(&mut self, range: TextRange, cleaned: &str) -> String {
        let segments = lines_of(self.text, range);
        let sep = self.separator();
        let raw: Vec<&str> = segments.iter().map(|r| slice(self.text, *r)).collect();
        let normal = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        if normal(&raw.join(sep)) == normal(cleaned) {
            self.inline(&segments, true)
        } else {
            escape_text(cleaned)
        }
    }

    /// The marks over `segments`: citations as references and, when
    /// `notes`, footnote references and inline footnote bodies.
    fn marks(&self, segments: &[TextRange], notes: bool) -> Vec<(TextRange, Mark)> {
        let inside = |r: TextRange| {
            segments.iter().any(|s| s.contains_inclusive(r.start))
                && segments.iter().any(|s| s.contains_inclusive(r.end))
                && !r.is_empty()
        };
        let (Some(first), Some(last)) = (segments.first(), segments.last()) else {
            return Vec::new();
        };
        let span = TextRange::new(first.start, last.end);
        let mut fixed: Vec<(TextRange, Mark)> = Vec::new();
        if notes {
            for f in &self.model.footnotes {
                if span.intersects(f.range) {
                    fixed.push((f.range, Mark::Skip));
                }
            }
            for r in &self.model.footnote_refs {
                if !inside(r.range) {
                    continue;
                }
                let Some(note) = self.footnote_for(r.range.start, &r.marker) else {
                    continue;
                };
                // `[footnoteRef:1]1`: Word wrote the marker again after the reference.
                let mut range = r.range;
                if slice(self.text, range).starts_with('[')
                    && self.text[range.end..].starts_with(r.marker.as_str())
                    && !r.marker.is_empty()
                {
                    range.end += r.marker.len();
                }
                fixed.push((range, Mark::Note(note)));
            }
        }
        let mut marks: Vec<(TextRange, Mark)> = Vec::new();
        for c in &self.model.citations {
            if !span.intersects(c.range) {
                continue;
            }
            let per_number: Vec<(TextRange, usize)> = if c.numbers.len() <= 1 {
                vec![(c.range, 0)]
            } else {
                c.numbers
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.range, i))
                    .collect()
            };
            for (range, i) in per_number {
                if !inside(range) || fixed.iter().any(|(f, _)| f.intersects(range)) {
                    continue;
                }
                if let Some(href) = self.href(c, i) {
                    marks.push((range, Mark::Ref(href)));
                }
            }
        }
        marks.extend(fixed);
        marks.sort_by_key(|(r, _)| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<(TextRange, Mark)> = Vec::new();
        for (r, m) in marks {
            if out.last().is_some_and(|(prev, _)| prev.end > r.start) {
                continue;
            }
            out.push((r, m));
        }
        out
    }

    /// The footnote a reference with `marker` at `at` points to: the first
    /// with that marker after it (in the document, or after its end, where
    /// a plain-text copy puts footnotes), else the first before it.
    fn footnote_for(&self, at: usize, marker: &str) -> Option<usize> {
        let candidates: Vec<usize> = self
            .model
            .footnotes
            .iter()
            .enumerate()
            .filter(|(_, f)| f.marker == marker)
            .map(|(i, _)| i)
            .collect();
        let next_doc = self
            .model
            .documents
            .iter()
            .map(|d| d.range.start)
            .find(|&s| s > self.doc.range.start)
            .unwrap_or(usize::MAX);
        candidates
            .iter()
            .copied()
            .find(|&i| {
                let r = self.model.footnotes[i].range;
                r.start >= at && r.start < next_doc
            })
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&i| self.doc.range.contains_range(self.model.footnotes[i].range))
            })
    }

    /// The text of `segments` as inline XML (joined by a space, or nothing
    /// in Chinese), with its marks.
    fn inline(&mut self, segments: &[TextRange], notes: bool) -> String {
        let marks = self.marks(segments, notes);
        let sep = self.separator();
        // The segments as one string, and where each starts in it.
        let mut joined = String::new();
        let mut starts = Vec::new();
        for (i, s) in segments.iter().enumerate() {
            if i > 0 {
                joined.push_str(sep);
            }
            starts.push(joined.len());
            joined.push_str(slice(self.text, *s));
        }
        let to_joined = |offset: usize| -> Option<usize> {
            segments
                .iter()
                .zip(&starts)
                .find(|(s, _)| s.contains_inclusive(offset))
                .map(|(s, at)| at + offset - s.start)
        };
        let mut out = String::new();
        let mut pos = 0;
        for (range, mark) in marks {
            let (Some(a), Some(b)) = (to_joined(range.start), to_joined(range.end)) else {
                continue;
            };
            if a < pos || b < a {
                continue;
            }
            out.push_str(&escape_text(&joined[pos..a]));
            match mark {
                Mark::Ref(href) => out.push_str(&format!(
                    "<ref href=\"{}\">{}</ref>",
                    escape_attr(&href),
                    escape_text(&joined[a..b])
                )),
                Mark::Note(i) => match self.notes_done.get(&i) {
                    // A footnote referred to again: a reference to the note.
                    Some(eid) => out.push_str(&format!(
                        "<noteRef marker=\"{}\" href=\"#{}\"/>",
                        escape_attr(&self.model.footnotes[i].marker),
                        escape_attr(eid)
                    )),
                    None => {
                        let note = self.note(i);
                        out.push_str(&note);
                    }
                },
                Mark::Skip => {}
            }
            pos = b;
        }
        out.push_str(&escape_text(&joined[pos..]));
        out
    }

    /// Footnote `i` as an `<authorialNote>`, its body without the marker
    /// Word repeats at its start.
    fn note(&mut self, i: usize) -> String {
        self.note_count += 1;
        let eid = self.eid(&format!("note_{}", self.note_count));
        self.notes_done.insert(i, eid.clone());
        let f = &self.model.footnotes[i];
        let mut body = trim(self.text, f.body);
        let b = slice(self.text, body);
        if !f.marker.is_empty() && b.starts_with(f.marker.as_str()) {
            let rest = &b[f.marker.len()..];
            if rest.starts_with(char::is_whitespace) {
                body = trim(
                    self.text,
                    TextRange::new(body.start + f.marker.len(), body.end),
                );
            }
        }
        let segments: Vec<TextRange> = lines_of(self.text, body);
        let inline = self.inline(&segments, false);
        let marker = if f.marker.is_empty() {
            self.note_count.to_string()
        } else {
            f.marker.clone()
        };
        format!(
            "<authorialNote marker=\"{}\" placement=\"bottom\" eId=\"{}\"><p>{inline}</p></authorialNote>",
            escape_attr(&marker),
            escape_attr(&eid)
        )
    }

    /// The `href` of number `i` of citation `c`: the cited text's work
    /// (`/akn/un/statement/deliberation/itu-pp/2018-11-16/res-71`, dated
    /// by the revision it names or, when it names none, by the latest
    /// revision the catalogue knows at the citing document's date), and
    /// the expression at that revision when the citation names one
    /// (`…/res-71/eng@2018-11-16`). `None` when the body cannot be told
    /// (the checker reports that) and for Questions and Sector
    /// Recommendations, which are not texts of a conference.
    fn href(&self, c: &Citation, i: usize) -> Option<String> {
        let number = c.numbers.get(i)?;
        if c.kind == CitationKind::UnResolution {
            let work = WorkId {
                actor: akn::actor(Body::Unga).into(),
                date: None,
                number: akn::frbr_number("res", &number.text),
            };
            return Some(work.uri());
        }
        let kind = c.kind.catalogue_kind()?;
        let catalogue = self.options.catalogue;
        let body = resolve_body(c, self.doc.conference.as_ref(), catalogue).body?;
        if body == Body::Unga {
            return None;
        }
        let revision = c.group_of(i).and_then(|g| g.cited());
        let (date, written) = match revision.and_then(|r| Some((r, r.year?))) {
            Some((r, year)) => (
                Some(date_of(catalogue, body, r.place.as_deref(), year)),
                true,
            ),
            None if c.body == CitedBody::ThisConference => {
                let s = self.doc.conference.as_ref().and_then(|c| c.session());
                (
                    s.map(|s| date_of(catalogue, body, Some(&s.place), s.year)),
                    s.is_some(),
                )
            }
            None => {
                let limit = self.doc.year.map(MeetingDate::year);
                let latest = c
                    .key(i, body)
                    .and_then(|key| catalogue.latest_as_of(&key, limit).cloned());
                let date = latest
                    .and_then(|r| Some(date_of(catalogue, body, r.place.as_deref(), r.year?)));
                let date = date.or_else(|| c.session.as_ref().map(|s| s.year.to_string()));
                (date, false)
            }
        };
        let work = WorkId {
            actor: akn::actor(body).into(),
            date: date.clone(),
            number: akn::frbr_number(akn::kind_prefix(kind), &number.text),
        };
        Some(if written {
            work.expression(self.doc.language, date.as_deref())
        } else {
            work.uri()
        })
    }
}

/// The lines of `range`, each trimmed, empty ones left out.
fn lines_of(text: &str, range: TextRange) -> Vec<TextRange> {
    let mut out = Vec::new();
    let mut start = range.start;
    let s = slice(text, range);
    for (i, _) in s.match_indices('\n') {
        out.push(trim(text, TextRange::new(start, range.start + i)));
        start = range.start + i + 1;
    }
    out.push(trim(text, TextRange::new(start.min(range.end), range.end)));
    out.retain(|r| !r.is_empty());
    out
}

/// `range` without the blanks at its ends.
fn trim(text: &str, range: TextRange) -> TextRange {
    let s = slice(text, range);
    let lead = s.len() - s.trim_start().len();
    let kept = s.trim().len();
    TextRange::new(range.start + lead, range.start + lead + kept)
}

/// `range` minus every range of `holes` (sorted).
fn subtract(range: TextRange, holes: &[TextRange]) -> Vec<TextRange> {
    let mut out = Vec::new();
    let mut start = range.start;
    for h in holes.iter().filter(|h| h.intersects(range)) {
        if h.start > start {
            out.push(TextRange::new(start, h.start));
        }
        start = start.max(h.end);
    }
    if start < range.end {
        out.push(TextRange::new(start, range.end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_cut_around_headings() {
        let r = TextRange::new(0, 10);
        assert_eq!(
            subtract(r, &[TextRange::new(3, 5)]),
            vec![TextRange::new(0, 3), TextRange::new(5, 10)]
        );
        assert_eq!(subtract(r, &[TextRange::new(0, 10)]), vec![]);
        assert_eq!(
            slug("instructs the Secretary-General").as_deref(),
            Some("instructs_the_secretary_general")
        );
        assert_eq!(slug("做出决议").as_deref(), Some("做出决议"));
        assert_eq!(lines_of("a\n  b \n\nc", TextRange::new(0, 9)).len(), 3);
    }
}
