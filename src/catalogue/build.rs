//! `resolution-ls catalogue build`: a user catalogue learnt from the official
//! texts a user holds. Each text's identity line gives its body, number and
//! revision; its title, history line and conference line give its title (in
//! the text's language), earlier revisions and date. Plain-text and Markdown
//! drafts go through the crate's own parser and model; Akoma Ntoso XML is
//! read one `<statement>` per text (inside a `<documentCollection>` or
//! alone).
//!
//! The result is written in the user catalogue format ([`super::UserCatalogue`]),
//! one record per text, each naming the file and line it came from. A file
//! that cannot be read is reported and skipped; the build goes on. Nothing
//! here panics on bad input.

use std::fmt;
use std::path::{Path, PathBuf};

use super::{Catalogue, Key};
use crate::domain::{Body, Language};
use crate::model::citations::{parse_identity, CitationKind, Identity};
use crate::model::{self, parse_conference_line};
use crate::syntax::SourceFile;
use crate::text::TextRange;

/// The file extensions read when a folder is given.
pub const TEXT_EXTENSIONS: [&str; 4] = ["txt", "md", "markdown", "res"];
pub const XML_EXTENSIONS: [&str; 2] = ["xml", "akn"];

/// Files larger than this are skipped with a problem (an official text is
/// a few hundred kilobytes).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// One text found in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuiltText {
    pub key: Key,
    /// `Rev. Dubai, 2018`, `Dubai, 2018`, `Geneva, 2015 #7`.
    pub revision: Option<String>,
    /// From the history line, oldest first, without the latest.
    pub earlier: Vec<String>,
    pub title: Option<(Language, String)>,
    /// The adopting meeting's date, as the conference line or revision says.
    pub year: Option<u16>,
    /// The identity line as written (`RESOLUTION 11 (REV. DUBAI, 2018)`).
    pub identity: String,
    pub file: String,
    /// 1-based line of the identity in `file`.
    pub line: usize,
}

/// Something a file could not give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildProblem {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
    /// False for a note (a file without any identity line), true for a
    /// file that could not be read at all.
    pub error: bool,
}

impl fmt::Display for BuildProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// What a build found.
#[derive(Clone, Debug, Default)]
pub struct Built {
    pub texts: Vec<BuiltText>,
    pub problems: Vec<BuildProblem>,
    pub files_read: usize,
}

impl Built {
    /// The user catalogue file: a header, then one record per text.
    pub fn to_catalogue_file(&self, generated_on: &str) -> String {
        let mut out = String::new();
        out.push_str("# resolution-ls user catalogue, built by `resolution-ls catalogue build`");
        out.push_str(&format!(
            " from {} file(s) on {generated_on}.\n",
            self.files_read
        ));
        out.push_str(
            "# Each record names the file and line of the text it was read from (source=).\n",
        );
        out.push_str("# Format: docs/catalogue.md. Rebuild rather than edit.\n");
        for t in &self.texts {
            out.push_str(&t.record());
            out.push('\n');
        }
        out
    }
}

impl BuiltText {
    /// The record in the user catalogue format.
    pub fn record(&self) -> String {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ").trim().to_string();
        let mut fields = vec![
            self.key.kind.as_str().to_string(),
            self.key.body.code().to_string(),
            self.key.number.to_string(),
        ];
        if let Some(ed) = self.key.edition {
            fields.push(format!("edition={ed}"));
        }
        if let Some(r) = &self.revision {
            fields.push(format!("latest={r}"));
        }
        if !self.earlier.is_empty() {
            fields.push(format!("earlier={}", self.earlier.join("; ")));
        }
        if let Some((lang, title)) = &self.title {
            fields.push(format!("title_{}={}", lang.code(), clean(title)));
        }
        fields.push(format!("source={}:{}", clean(&self.file), self.line));
        fields.push("trust=official".into());
        fields.push(format!("doc={}", clean(&self.identity)));
        if let Some(y) = self.year {
            fields.push(format!("as_of={y}"));
        }
        fields.join("\t")
    }
}

/// Reads every file under `paths` (folders recursively, in name order) and
/// returns the texts found. Never panics; unreadable files become problems.
pub fn build(paths: &[PathBuf], catalogue: &Catalogue) -> Built {
    let mut files = Vec::new();
    let mut built = Built::default();
    for p in paths {
        collect(p, true, &mut files, &mut built.problems);
    }
    for file in files {
        built.files_read += 1;
        let name = file.display().to_string();
        match std::fs::metadata(&file) {
            Ok(m) if m.len() > MAX_FILE_BYTES => {
                built.problems.push(BuildProblem {
                    file: name,
                    line: None,
                    message: format!("skipped: {} bytes is larger than an official text", m.len()),
                    error: true,
                });
                continue;
            }
            _ => {}
        }
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) => {
                built.problems.push(BuildProblem {
                    file: name,
                    line: None,
                    message: format!("cannot read: {e}"),
                    error: true,
                });
                continue;
            }
        };
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                built.problems.push(BuildProblem {
                    file: name,
                    line: None,
                    message: format!(
                        "not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                        e.utf8_error().valid_up_to()
                    ),
                    error: true,
                });
                continue;
            }
        };
        let is_xml = extension(&file).is_some_and(|e| XML_EXTENSIONS.contains(&e.as_str()))
            || text
                .trim_start_matches('\u{feff}')
                .trim_start()
                .starts_with("<?xml");
        let result = if is_xml {
            from_akn(&text, &name, catalogue).map(|(texts, mut notes)| {
                built.problems.append(&mut notes);
                texts
            })
        } else {
            Ok(from_text(&text, &name, catalogue))
        };
        match result {
            Ok(texts) if texts.is_empty() => built.problems.push(BuildProblem {
                file: name,
                line: None,
                message: "no identity line (`RESOLUTION 101 (REV. BUCHAREST, 2022)`) found: nothing learnt".into(),
                error: false,
            }),
            Ok(mut texts) => built.texts.append(&mut texts),
            Err(p) => built.problems.push(p),
        }
    }
    built
}

fn extension(p: &Path) -> Option<String> {
    p.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

fn collect(
    path: &Path,
    explicit: bool,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<BuildProblem>,
) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            problems.push(BuildProblem {
                file: path.display().to_string(),
                line: None,
                message: format!("cannot read: {e}"),
                error: true,
            });
            return;
        }
    };
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                problems.push(BuildProblem {
                    file: path.display().to_string(),
                    line: None,
                    message: format!("cannot list folder: {e}"),
                    error: true,
                });
                return;
            }
        };
        entries.sort();
        for e in entries {
            let hidden = e
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                collect(&e, false, files, problems);
            }
        }
    } else if explicit
        || extension(path).is_some_and(|e| {
            TEXT_EXTENSIONS.contains(&e.as_str()) || XML_EXTENSIONS.contains(&e.as_str())
        })
    {
        files.push(path.to_path_buf());
    }
}

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The texts of a plain-text or Markdown file, through the crate's parser
/// and model: every document with an identity line.
pub fn from_text(text: &str, file: &str, catalogue: &Catalogue) -> Vec<BuiltText> {
    let source = SourceFile::parse(text);
    let model = model::extract(&source);
    let mut out = Vec::new();
    for doc in &model.documents {
        let Some(line) = doc
            .identity
            .clone()
            .or_else(|| identity_before_title(text, doc))
        else {
            continue;
        };
        let Some(identity) = parse_identity(&line.text) else {
            continue;
        };
        let line = &line;
        let body = identity
            .body
            .or_else(|| doc.conference.as_ref().and_then(|c| c.body));
        let title = doc.title.as_ref().map(|t| t.text.clone());
        let history = doc.history.as_ref().map(|h| h.text.clone());
        let conference = doc.conference.as_ref().map(|c| c.text.clone());
        if let Some(t) = assemble(
            identity,
            &line.text,
            body,
            title,
            history.as_deref(),
            conference.as_deref(),
            doc.language,
            file,
            line_of(text, line.range.start),
            catalogue,
        ) {
            out.push(t);
        }
    }
    out
}

/// When the model has no identity line for a document (it does not yet
/// know every kind of text, e.g. `RECOMMENDATION 7 (DUBAI, 2018)`), the
/// first line before the title or conference line that reads as one.
fn identity_before_title(text: &str, doc: &model::Document) -> Option<model::Line> {
    let end = doc
        .title
        .as_ref()
        .map(|t| t.range.start)
        .or_else(|| doc.conference.as_ref().map(|c| c.range.start))?;
    let start = text[..end.min(text.len())]
        .char_indices()
        .rev()
        .filter(|(_, c)| *c == '\n')
        .nth(3)
        .map_or(0, |(i, _)| i + 1);
    let mut offset = start;
    for raw in text.get(start..end)?.split_inclusive('\n') {
        let trimmed = raw.trim();
        if !trimmed.is_empty() && parse_identity(trimmed).is_some() {
            let lead = raw.len() - raw.trim_start().len();
            return Some(model::Line {
                range: TextRange::new(offset + lead, offset + lead + trimmed.len()),
                text: trimmed.to_string(),
            });
        }
        offset += raw.len();
    }
    None
}

/// The texts of an Akoma Ntoso file: one per `<statement>`, with a note
/// for each statement whose identity could not be read.
pub fn from_akn(
    xml: &str,
    file: &str,
    catalogue: &Catalogue,
) -> Result<(Vec<BuiltText>, Vec<BuildProblem>), BuildProblem> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(xml, options).map_err(|e| {
        let pos = e.pos();
        BuildProblem {
            file: file.to_string(),
            line: Some(pos.row as usize),
            message: format!("not well-formed XML: {e}"),
            error: true,
        }
    })?;
    let mut out = Vec::new();
    let mut notes = Vec::new();
    let statements = doc
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "statement");
    for st in statements {
        let element = |name: &str| {
            st.descendants()
                .find(|n| n.is_element() && n.tag_name().name() == name)
        };
        let text_of = |n: roxmltree::Node| -> String {
            let mut s = String::new();
            for t in n.descendants().filter(|d| d.is_text()) {
                s.push_str(t.text().unwrap_or(""));
            }
            s.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        // `<docType>RESOLUTION</docType><docNumber>11 (REV. DUBAI, 2018)</docNumber>`,
        // or the FRBRnumber's showAs.
        let identity_text = match (element("docType"), element("docNumber")) {
            (Some(t), Some(n)) => format!("{} {}", text_of(t), text_of(n)),
            _ => element("FRBRnumber")
                .and_then(|n| n.attribute("showAs"))
                .unwrap_or("")
                .to_string(),
        };
        let line = doc.text_pos_at(st.range().start).row as usize;
        let Some(identity) = parse_identity(&identity_text) else {
            notes.push(BuildProblem {
                file: file.to_string(),
                line: Some(line),
                message: format!(
                    "statement skipped: its identity `{}` was not understood",
                    identity_text.trim()
                ),
                error: false,
            });
            continue;
        };
        let title = st
            .descendants()
            .find(|n| {
                n.is_element()
                    && n.tag_name().name() == "container"
                    && n.attribute("name") == Some("title")
            })
            .map(text_of)
            .filter(|t| !t.is_empty());
        let conference = element("formula").map(text_of);
        let body = identity.body.or_else(|| {
            conference
                .as_deref()
                .and_then(|c| parse_conference_line(c, TextRange::new(0, c.len())).body)
        });
        let language = st
            .attributes()
            .find(|a| a.name() == "lang")
            .and_then(|a| Language::from_code(a.value()))
            .unwrap_or_else(|| Language::detect(title.as_deref().unwrap_or(&identity_text)));
        if let Some(t) = assemble(
            identity,
            &identity_text,
            body,
            title,
            None,
            conference.as_deref(),
            language,
            file,
            line,
            catalogue,
        ) {
            out.push(t);
        }
    }
    Ok((out, notes))
}

/// The English (catalogue) name of a place as written, or the written name
/// in title case when the catalogue does not know it (`DUBAI` → `Dubai`).
fn place_name(written: &str, catalogue: &Catalogue) -> String {
    if let Some(p) = catalogue.place(written) {
        return p.name.clone();
    }
    let upper = written.chars().filter(|c| c.is_uppercase()).count();
    let letters = written.chars().filter(|c| c.is_alphabetic()).count();
    if letters > 1 && upper == letters {
        let mut out = String::new();
        let mut start = true;
        for ch in written.chars() {
            if start {
                out.extend(ch.to_uppercase());
            } else {
                out.extend(ch.to_lowercase());
            }
            start = !ch.is_alphabetic();
        }
        return out;
    }
    written.trim().to_string()
}

#[allow(clippy::too_many_arguments)]
fn assemble(
    identity: Identity,
    identity_text: &str,
    body: Option<Body>,
    title: Option<String>,
    history: Option<&str>,
    conference: Option<&str>,
    language: Language,
    file: &str,
    line: usize,
    catalogue: &Catalogue,
) -> Option<BuiltText> {
    // The body: written in the identity line, or said by the conference
    // line, or the only body that met at the revision's place and year.
    let body = identity.body.or(body).or_else(|| {
        let r = identity.revision()?;
        if let Some(b) = r.body_hint {
            return Some(b);
        }
        let meetings = catalogue.meetings_anywhere(r.place.as_deref()?, r.year?);
        match meetings.as_slice() {
            [one] => Some(one.body),
            _ => None,
        }
    })?;
    let key = identity.as_citation().key(0, body)?;
    if key.body == Body::Unga || matches!(identity.kind, CitationKind::Question) {
        return None;
    }
    let revision = identity.revision().and_then(|r| {
        let year = r.year?;
        let place = r.place.as_deref().map(|p| place_name(p, catalogue));
        let core = match place {
            Some(p) => format!("{p}, {year}"),
            None => year.to_string(),
        };
        Some(match identity.number.index() {
            Some(i) => format!("{core} #{i}"),
            None if r.revised => format!("Rev. {core}"),
            None => core,
        })
    });
    // The history line: every meeting that adopted or revised the text,
    // oldest first; all but the last are earlier revisions.
    let mut earlier = Vec::new();
    if let Some(h) = history {
        let sessions = parse_conference_line(h, TextRange::new(0, h.len())).sessions;
        for (i, s) in sessions.iter().enumerate() {
            let spec = format!(
                "{}{}, {}",
                if i == 0 { "" } else { "Rev. " },
                place_name(&s.place, catalogue),
                s.year
            );
            earlier.push(spec);
        }
        if let Some(r) = &revision {
            let core = r.trim_start_matches("Rev. ");
            earlier.retain(|e| e.trim_start_matches("Rev. ") != core);
        }
    }
    let year = identity.revision().and_then(|r| r.year).or_else(|| {
        conference.and_then(|c| {
            parse_conference_line(c, TextRange::new(0, c.len()))
                .session()
                .map(|s| s.year)
        })
    });
    let title = title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty() && t.chars().count() <= 600)
        .map(|t| (language, t));
    Some(BuiltText {
        key,
        revision,
        earlier,
        title,
        year,
        identity: identity_text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        file: file.to_string(),
        line,
    })
}
