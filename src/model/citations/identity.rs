//! Identity lines: `第2号决议（2022年，布加勒斯特，修订版）`,
//! `RESOLUTION 101 (REV. BUCHAREST, 2022)`,
//! `MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)` — the line that names the
//! document itself. A workspace document's identity teaches the catalogue
//! its revision ([`identity_entry`]).

use std::sync::LazyLock;

use regex::Regex;

use super::{extract, Citation, CitationKind, CitedBody, CitedNumber, Revision, RevisionGroup};
use crate::domain::{Body, Language};
use crate::model::Model;
use crate::text::TextRange;

/// `MOD EUR/XX/1`: a proposal's action and identifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// `ADD`, `MOD`, `SUP` or `NOC`.
    pub action: String,
    /// `EUR/XX/1`, `ACP/62A1/1`.
    pub id: String,
    pub range: TextRange,
}

/// What an identity line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub kind: CitationKind,
    /// Written in the line (`RESOLUTION ITU-R 66-1`, `WTDC Resolution 5`) or
    /// taken from the document's conference line by [`identities`].
    pub body: Option<Body>,
    pub number: CitedNumber,
    /// The revision parenthesis; more than one revision is residue.
    pub group: Option<RevisionGroup>,
    pub proposal: Option<Proposal>,
    pub language: Language,
    /// The identity, without the proposal prefix.
    pub range: TextRange,
}

static PROPOSAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(ADD|MOD|SUP|NOC)\s+([A-Za-z0-9/\-]+)\s+").unwrap());
/// `ANNEX 1 TO RESOLUTION 48 (…)`, `Annexe à la Résolution`, `ПРИЛОЖЕНИЕ К …`.
static ANNEX_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:annex|annexe|anexo|приложение|الملحق|ملحق)\b[^\n]{0,20}?\b(?:to|à|al|a|de|del|к)\b(?:\s+(?:la|el|l'))?\s*$")
        .unwrap()
});
/// An annex heading run into a line by PDF conversion:
/// `… as needed. ANNEX TO RESOLUTION 34 (REV. DUBAI, 2018) Afghanistan …`.
static ANNEX_CAPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:ANNEX|ANNEXE|ANEXO|ПРИЛОЖЕНИЕ)(?:\s+\d+|\s+[A-Z])?\s+(?:TO|À\s+LA|AL|A\s+LA|К)\s*(?:\p{Lu}[\p{Lu}.]*\s*)?$").unwrap()
});
static TRAILING_MARKS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\s*\d,;:.、，；：。]*$").unwrap());

/// A line that names a text rather than cites it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnLine {
    /// The citation is the whole line (after a proposal's `MOD EUR/XX/1`):
    /// the identity line of a document or of an excerpt (`RESOLUTION 2`,
    /// `R 1238 (C05)`, `第641号决定`), even where the structure did not
    /// recognise one.
    Identity,
    /// `ANNEX 1 TO RESOLUTION 48 (REV. DUBAI, 2018)`: the document's annex.
    Annex,
}

/// Whether citation `c` of `text` is an identity line or an annex heading.
pub fn own_line(text: &str, c: &Citation) -> Option<OwnLine> {
    let start = crate::text::line_start_before(text, c.range.start);
    let end = crate::text::line_end_after(text, c.range.end);
    let before = &text[start..c.range.start];
    let after = &text[c.range.end..end];
    // The part (`ANNEX 1`) may be the citation's own start.
    let head = c
        .numbers
        .first()
        .map_or(before, |n| &text[start..n.range.start]);
    if ANNEX_HEADING.is_match(before) || ANNEX_CAPS.is_match(head) {
        return Some(OwnLine::Annex);
    }
    // `第641号决定附件：2件`: the heading of the document's own annexes.
    if before.trim().is_empty() {
        let rest = after.trim();
        if rest.starts_with("附件") && rest.chars().count() <= 12 && rest.contains(['：', ':']) {
            return Some(OwnLine::Annex);
        }
    }
    let before = before.trim();
    let before = PROPOSAL
        .find(&format!("{before} "))
        .map_or(before, |m| before[m.end().min(before.len())..].trim());
    let tail_ok = after.trim().is_empty()
        || (TRAILING_MARKS.find(after).is_some_and(|m| m.start() == 0)
            && !after.trim().ends_with([',', ';', '.', '，', '；', '。']));
    (before.is_empty() && tail_ok && c.numbers.len() == 1 && c.part.is_none())
        .then_some(OwnLine::Identity)
}

/// Reads an identity line. Ranges are relative to `line`. `None` when the
/// line is not just one cited text (a sentence that cites one is not an
/// identity).
pub fn parse_identity(line: &str) -> Option<Identity> {
    let lead = line.len() - line.trim_start().len();
    let trimmed = line.trim();
    let (proposal, offset) = match PROPOSAL.captures(trimmed) {
        Some(c) => {
            let all = c.get(0)?;
            (
                Some(Proposal {
                    action: c[1].to_string(),
                    id: c[2].to_string(),
                    range: TextRange::new(lead, lead + all.as_str().trim_end().len()),
                }),
                lead + all.end(),
            )
        }
        None => (None, lead),
    };
    let rest = &line[offset..lead + trimmed.len()];
    let citations = extract(rest, crate::model::language::detect(rest));
    let [c] = citations.as_slice() else {
        return None;
    };
    if c.range.start != 0 || c.numbers.len() != 1 || c.groups.len() > 1 {
        return None;
    }
    // Nothing but footnote marks or punctuation may follow.
    if rest[c.range.end..]
        .chars()
        .any(|ch| ch.is_alphabetic() && !ch.is_ascii_digit())
    {
        return None;
    }
    let body = match c.body {
        CitedBody::Known(b) => Some(b),
        _ => None,
    };
    let identity = Identity {
        kind: c.kind,
        body,
        number: c.numbers[0].clone(),
        group: c.groups.first().cloned(),
        proposal: None,
        language: c.language,
        range: c.range,
    };
    let mut identity = identity.shifted(offset);
    identity.proposal = proposal;
    Some(identity)
}

impl Identity {
    /// The revision the line names (the last one, if merged).
    pub fn revision(&self) -> Option<&Revision> {
        self.group.as_ref().and_then(RevisionGroup::cited)
    }

    /// The same identity with every range moved by `by` bytes.
    pub fn shifted(mut self, by: usize) -> Identity {
        let shift = |r: &mut TextRange| *r = r.shifted(by);
        shift(&mut self.range);
        shift(&mut self.number.range);
        if let Some(p) = &mut self.proposal {
            shift(&mut p.range);
        }
        if let Some(g) = &mut self.group {
            shift(&mut g.range);
            for r in &mut g.revisions {
                shift(&mut r.range);
                for x in [&mut r.place_range, &mut r.year_range]
                    .into_iter()
                    .flatten()
                {
                    shift(x);
                }
            }
        }
        self
    }

    /// An identity made of a citation found alone on its line.
    pub fn from_citation(c: &Citation, conference_body: Option<Body>) -> Option<Identity> {
        let body = match c.body {
            CitedBody::Known(b) => Some(b),
            _ => conference_body,
        };
        Some(Identity {
            kind: c.kind,
            body,
            number: c.numbers.first()?.clone(),
            group: c.groups.first().cloned(),
            proposal: None,
            language: c.language,
            range: c.range,
        })
    }

    /// The identity as a one-number citation.
    pub fn as_citation(&self) -> Citation {
        let mut number = self.number.clone();
        number.group = self.group.as_ref().map(|_| 0);
        Citation {
            kind: self.kind,
            body: self.body.map_or(CitedBody::Ambiguous, CitedBody::Known),
            body_range: None,
            numbers: smallvec::smallvec![number],
            groups: self.group.iter().cloned().collect(),
            part: None,
            session: None,
            language: self.language,
            range: self.range,
        }
    }
}

/// The identities of every document in a file, with absolute ranges and
/// the body taken from each document's conference line when the identity
/// line does not name it.
pub fn identities(model: &Model) -> Vec<Identity> {
    model
        .documents
        .iter()
        .filter_map(|d| {
            let line = d.identity.as_ref()?;
            let mut identity = parse_identity(&line.text)?.shifted(line.range.start);
            if identity.body.is_none() {
                identity.body = d.conference.as_ref().and_then(|c| c.body);
            }
            Some(identity)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_lines() {
        let id = parse_identity("第2号决议（2022年，布加勒斯特，修订版）").unwrap();
        assert_eq!(
            (id.kind, id.number.text.as_str()),
            (CitationKind::Resolution, "2")
        );
        let r = id.revision().unwrap();
        assert_eq!(
            (r.place.as_deref(), r.year, r.revised),
            (Some("布加勒斯特"), Some(2022), true)
        );

        let id = parse_identity("RESOLUTION 101 (REV. BUCHAREST, 2022)").unwrap();
        assert_eq!(id.number.value(), Some(101));
        assert!(id.revision().unwrap().revised);

        let line = "MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)";
        let id = parse_identity(line).unwrap();
        assert_eq!(
            id.proposal.as_ref().map(|p| p.id.as_str()),
            Some("EUR/XX/1")
        );
        assert_eq!(id.body, Some(Body::Wrc));
        assert_eq!(&line[id.number.range.as_range()], "28");

        let id = parse_identity("RESOLUTION 101 (REV. DUBAI, 2018BUCHAREST, 2022)").unwrap();
        assert!(id.group.as_ref().unwrap().is_merged());

        assert!(parse_identity("第641号决定").is_some());
        assert!(parse_identity("recalling Resolution 101 (Rev. Dubai, 2018)").is_none());
        assert!(parse_identity("Resolution 101 (Rev. Dubai, 2018) and the rest").is_none());
    }
}
