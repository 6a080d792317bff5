//! What the official texts a user holds teach the catalogue
//! (`resolution-ls catalogue build`): one text at a time, no file access.
//! Each text's identity line gives its body, number and revision; its title,
//! history line and conference line give its title (in the text's language),
//! earlier revisions and date. Plain text and Markdown go through the
//! crate's parser and model; Akoma Ntoso XML is read one `<statement>` per
//! text (inside a `<documentCollection>` or alone) through [`crate::akn`].
//! Nothing here panics on bad input: XML that is not well formed is a
//! [`BuildProblem`].
//!
//! The same judgement as a workspace document's identity line
//! ([`super::resolve::identity_entry`]), for a folder of texts.

use super::resolve::identity_key;
use crate::catalogue::build::{BuildProblem, BuiltText};
use crate::catalogue::Catalogue;
use crate::domain::{Body, Language};
use crate::model::citations::{parse_identity, CitationKind, Identity};
use crate::model::{self, parse_conference_line};
use crate::syntax::SourceFile;
use crate::text::TextRange;

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    crate::text::line_breaks_before(text, offset) + 1
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
        .filter(|&(i, c)| c == '\n' || (c == '\r' && !text[i + 1..].starts_with('\n')))
        .nth(3)
        .map_or(0, |(i, _)| i + 1);
    let mut offset = start;
    for raw in crate::text::split_lines_inclusive(text.get(start..end)?) {
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

/// The texts of an Akoma Ntoso file: one per `<statement>` (read by
/// [`crate::akn::read()`]), with a note for each statement whose identity
/// could not be read. The identity is the long title's paragraph with
/// `<docType>` and `<docNumber>`, else the `FRBRnumber`'s `showAs`; the
/// title, history line and conference line are the preface's and the
/// enacting formula's.
pub fn from_akn(
    xml: &str,
    file: &str,
    catalogue: &Catalogue,
) -> Result<(Vec<BuiltText>, Vec<BuildProblem>), BuildProblem> {
    let draft = crate::akn::read(xml).map_err(|e| BuildProblem {
        file: file.to_string(),
        line: Some(e.line),
        message: e.message,
        error: true,
    })?;
    let mut out = Vec::new();
    let mut notes = Vec::new();
    for st in draft.statements {
        // The paragraph as written, else `<docType> <docNumber>`, else the
        // FRBR number's `showAs`: the first that reads as an identity.
        let candidates = [
            st.identity.clone(),
            st.doc_type
                .as_ref()
                .zip(st.doc_number.as_ref())
                .map(|(t, n)| format!("{t} {n}")),
            st.frbr_show_as.clone(),
        ];
        let found = candidates
            .iter()
            .flatten()
            .find_map(|c| parse_identity(c).map(|i| (c.clone(), i)));
        let Some((identity_text, identity)) = found else {
            let shown = candidates
                .iter()
                .flatten()
                .next()
                .cloned()
                .unwrap_or_default();
            notes.push(BuildProblem {
                file: file.to_string(),
                line: Some(st.line),
                message: format!(
                    "statement skipped: its identity `{}` was not understood",
                    shown.trim()
                ),
                error: false,
            });
            continue;
        };
        let conference = st.conference.clone();
        let body = identity.body.or_else(|| {
            conference
                .as_deref()
                .and_then(|c| parse_conference_line(c, TextRange::new(0, c.len())).body)
        });
        let language = st.language.unwrap_or_else(|| {
            crate::model::language::detect(st.title.as_deref().unwrap_or(&identity_text))
        });
        if let Some(t) = assemble(
            identity,
            &identity_text,
            body,
            st.title.clone(),
            st.history.as_deref(),
            conference.as_deref(),
            language,
            file,
            st.line,
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
    // line, or deduced as for any citation (the only body that met at the
    // revision's place and year).
    let mut identity = identity;
    identity.body = identity.body.or(body);
    let key = identity_key(&identity, catalogue)?;
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
