//! Proposals to a conference, in the six languages: each part of the text
//! carries a marker (`ADD`, `MOD`, `SUP`, `NOC`, Latin in every language)
//! and an identifier (`EUR/44A7/1`: proposer, document, addendum,
//! sequence), and is often followed by its reasons (`Reasons:`,
//! `Motifs:`, `Motivos:`, `Основания:`, `理由：`, `الأسباب:`). A new
//! resolution reads `DRAFT NEW RESOLUTION [EUR-1]` (`PROJET DE NOUVELLE
//! RÉSOLUTION`, `PROYECTO DE NUEVA RESOLUCIÓN`, `ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ`,
//! `新决议草案`, `مشروع قرار جديد`).
//!
//! The markers are read from lines, after the structure: a marker line
//! (`MOD\tEUR/44A7/1`, or `MOD` and `EUR/XX/1` on two lines as a PDF
//! gives them, or `MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)` in one line)
//! applies to what follows it: a whole document (its identity line), a
//! section (its heading), a clause, or other text. Plain data, no
//! judgement.

use std::sync::LazyLock;

use regex::Regex;

pub use super::lines::is_new_draft_line;
use super::lines::strip_markdown;
use super::{Line, Model};
use crate::domain::Body;
use crate::text::TextRange;

/// What a proposal does to the text it marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// New text.
    Add,
    /// Modified text.
    Mod,
    /// Suppressed text.
    Sup,
    /// No change.
    Noc,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Add => "ADD",
            Action::Mod => "MOD",
            Action::Sup => "SUP",
            Action::Noc => "NOC",
        }
    }

    fn parse(s: &str) -> Option<Action> {
        match s {
            "ADD" => Some(Action::Add),
            "MOD" => Some(Action::Mod),
            "SUP" => Some(Action::Sup),
            "NOC" => Some(Action::Noc),
            _ => None,
        }
    }

    /// ADD, MOD and SUP change the text and carry their reasons.
    pub fn changes_text(self) -> bool {
        !matches!(self, Action::Noc)
    }
}

/// `EUR/44A7/1`: proposer `EUR`, document `44`, addendum `7`, sequence `1`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposalId {
    pub text: String,
    pub range: TextRange,
    /// `EUR`, `ACP`, `B`, `USA`, or joint `B/CAN`.
    pub proposer: String,
    /// `44`; `None` for a placeholder (`EUR/XX/1`).
    pub document: Option<u32>,
    pub addendum: Option<u32>,
    pub sequence: u32,
    /// The byte range of the sequence number.
    pub sequence_range: TextRange,
}

impl ProposalId {
    /// Everything but the sequence: `EUR/44A7`.
    pub fn series(&self) -> &str {
        self.text
            .rsplit_once('/')
            .map_or(self.text.as_str(), |(s, _)| s)
    }
}

/// What a marker applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A whole document: the marker stands before its identity line.
    Document(usize),
    /// A section of document `.0` (index `.1`): the marker stands before
    /// its heading.
    Section(usize, usize),
    /// A clause of document `.0`, section `.1`.
    Clause(usize, usize),
    /// Other text (a paragraph, an annex, a title).
    Text,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Document(_) => "document",
            Target::Section(..) => "section",
            Target::Clause(..) => "clause",
            Target::Text => "text",
        }
    }

    pub fn document(self) -> Option<usize> {
        match self {
            Target::Document(d) | Target::Section(d, _) | Target::Clause(d, _) => Some(d),
            Target::Text => None,
        }
    }
}

/// One marked part of a proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub action: Action,
    pub action_range: TextRange,
    pub id: Option<ProposalId>,
    /// The marker line(s), trimmed.
    pub range: TextRange,
    /// The first line the marker applies to, if any.
    pub target_line: Option<TextRange>,
    pub target: Target,
    /// `DRAFT NEW RESOLUTION [EUR-1]`: the marker adds a new resolution.
    pub new_draft: Option<Line>,
    /// The `Reasons:` paragraph before the next marker, if any.
    pub reasons: Option<Line>,
    /// From the marker to the end of the last line before the next marker.
    pub extent: TextRange,
}

impl Proposal {
    /// `MOD EUR/44A7/1`, or `MOD` without an identifier.
    pub fn label(&self) -> String {
        match &self.id {
            Some(id) => format!("{} {}", self.action.as_str(), id.text),
            None => self.action.as_str().to_string(),
        }
    }
}

/// The conference a proposals document is written for, as its header
/// names it (`PLENIPOTENTIARY CONFERENCE (PP-26)`, `(CMR-23)`, `(ВКР-23)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Addressed {
    pub body: Body,
    pub year: u16,
    pub range: TextRange,
}

static ID_PATTERN: &str =
    r"(?:[A-Z]{1,6}/)*[A-Z]{1,6}/(?:\d{1,4}|X{1,4})(?:A\d{1,3})?(?:\(Rev\.\d\))?/\d{1,4}";

static MARKER_ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(ADD|MOD|SUP|NOC)(?:[\s\u{{a0}}]+({ID_PATTERN}))?(?:[\s\u{{a0}}]+(.*))?$"
    ))
    .expect("valid regex")
});
static ID_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^({ID_PATTERN})(?:[\s\u{{a0}}]+(ADD|MOD|SUP|NOC))?$"
    ))
    .expect("valid regex")
});
static ID_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+)/(\d{1,4}|X{1,4})(?:A(\d{1,3}))?(?:\(Rev\.\d\))?/(\d{1,4})$")
        .expect("valid regex")
});
/// `Reasons:` in the six languages.
static REASONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Reasons?|Motifs?|Motivos?|Основани[ея]|理由|الأسباب|السبب)\s*[:：]")
        .expect("valid regex")
});
/// `(PP-26)`, `(WRC-23)`, `(CMR-23)`, `(ВКР-23)`, `(WTDC-25)`, `(CMDT-25)`.
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(PP|ПК|WRC|CMR|ВКР|WTDC|CMDT|ВКРЭ|WTSA|AMNT|ВАСЭ|RA|AR|АР)-(\d{2})\b")
        .expect("valid regex")
});

/// `Reasons: …` in any of the six languages.
pub fn is_reasons_line(line: &str) -> bool {
    REASONS.is_match(line.trim())
}

/// A line that is only a proposal marker and/or identifier
/// (`MOD\tEUR/44A7/1`, `MOD`, `EUR/XX/1`, `SEN/56/1 ADD`): not text.
pub fn is_marker_line(line: &str) -> bool {
    let t = line.trim();
    MARKER_ID
        .captures(t)
        .is_some_and(|c| c.get(3).is_none_or(|r| r.as_str().trim().is_empty()))
        || ID_MARKER.is_match(t)
}

/// Reads an identifier: `EUR/44A7/1`, `ACP/64A1/1`, `EUR/XX/1`, `B/12/3`.
pub fn parse_id(text: &str, start: usize) -> Option<ProposalId> {
    let c = ID_PARTS.captures(text)?;
    let seq = c.get(4)?;
    Some(ProposalId {
        text: text.to_string(),
        range: TextRange::new(start, start + text.len()),
        proposer: c[1].to_string(),
        document: c[2].parse().ok(),
        addendum: c.get(3).and_then(|a| a.as_str().parse().ok()),
        sequence: seq.as_str().parse().ok()?,
        sequence_range: TextRange::new(start + seq.start(), start + seq.end()),
    })
}

/// The body a conference edition code names (`PP`, `CMR`, `ВКРЭ`…).
fn edition_body(code: &str) -> Option<Body> {
    Some(match code {
        "PP" | "ПК" => Body::Pp,
        "WRC" | "CMR" | "ВКР" => Body::Wrc,
        "WTDC" | "CMDT" | "ВКРЭ" => Body::Wtdc,
        "WTSA" | "AMNT" | "ВАСЭ" => Body::Wtsa,
        "RA" | "AR" | "АР" => Body::Ra,
        _ => return None,
    })
}

/// A conference named by its edition code: `PP-26` → (PP, 2026).
pub fn parse_edition(text: &str) -> Option<(Body, u16, std::ops::Range<usize>)> {
    let c = EDITION.captures(text)?;
    let body = edition_body(&c[1])?;
    let yy: u16 = c[2].parse().ok()?;
    let year = if yy > 60 { 1900 + yy } else { 2000 + yy };
    Some((body, year, c.get(0)?.range()))
}

struct TextLine {
    range: TextRange,
    /// Without Markdown marks and blanks.
    plain: TextRange,
}

fn text_lines(text: &str) -> Vec<TextLine> {
    let mut out = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let content = piece.trim_end_matches(['\n', '\r']);
        let range = TextRange::new(start, start + content.len());
        let (a, n) = strip_markdown(content);
        out.push(TextLine {
            range,
            plain: TextRange::new(start + a, start + a + n),
        });
        start += piece.len();
    }
    out
}

/// Every proposal marker of the file, in text order, and the conference
/// the header before the first one names.
pub fn extract(text: &str, model: &Model) -> (Vec<Proposal>, Option<Addressed>) {
    let lines = text_lines(text);
    let slice = |r: TextRange| crate::text::slice(text, r);
    let mut found: Vec<Proposal> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let t = slice(line.plain);
        let next_nonblank =
            |from: usize| (from..lines.len()).find(|&j| !slice(lines[j].plain).trim().is_empty());
        let mut marker: Option<(Action, TextRange)> = None;
        let mut id: Option<ProposalId> = None;
        let mut range = line.plain;
        let mut inline_target: Option<TextRange> = None;
        let mut consumed = i + 1;
        if let Some(c) = MARKER_ID.captures(t) {
            let m = c.get(1).expect("group 1");
            marker = Some((
                Action::parse(m.as_str()).expect("marker"),
                TextRange::new(line.plain.start + m.start(), line.plain.start + m.end()),
            ));
            if let Some(g) = c.get(2) {
                id = parse_id(g.as_str(), line.plain.start + g.start());
            }
            if let Some(rest) = c.get(3).filter(|r| !r.as_str().trim().is_empty()) {
                // `MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)`: only an identity
                // or a new draft may follow on the same line.
                if !(super::lines::is_identity_line(t) || is_new_draft_line(t)) {
                    i += 1;
                    continue;
                }
                range = TextRange::new(line.plain.start, line.plain.start + rest.start());
                range = TextRange::new(range.start, range.start + slice(range).trim_end().len());
                inline_target = Some(TextRange::new(
                    line.plain.start + rest.start(),
                    line.plain.end,
                ));
            } else if id.is_none() {
                // `MOD` alone; the identifier may be on the next line.
                if let Some(j) = next_nonblank(i + 1) {
                    let u = slice(lines[j].plain);
                    if let Some(c) = ID_MARKER.captures(u).filter(|c| c.get(2).is_none()) {
                        let g = c.get(1).expect("group 1");
                        id = parse_id(g.as_str(), lines[j].plain.start + g.start());
                        range = TextRange::new(range.start, lines[j].plain.end);
                        consumed = j + 1;
                    }
                }
            }
        } else if let Some(c) = ID_MARKER.captures(t) {
            // `SEN/56/1` then `ADD` (or both on one line, id first).
            let g = c.get(1).expect("group 1");
            id = parse_id(g.as_str(), line.plain.start + g.start());
            if let Some(m) = c.get(2) {
                marker = Some((
                    Action::parse(m.as_str()).expect("marker"),
                    TextRange::new(line.plain.start + m.start(), line.plain.start + m.end()),
                ));
            } else if let Some(j) = next_nonblank(i + 1) {
                let u = slice(lines[j].plain);
                if let Some(a) = Action::parse(u.trim()) {
                    let start = lines[j].plain.start + (u.len() - u.trim_start().len());
                    marker = Some((a, TextRange::new(start, start + u.trim().len())));
                    range = TextRange::new(range.start, lines[j].plain.end);
                    consumed = j + 1;
                }
            }
        }
        let Some((action, action_range)) = marker else {
            i += 1;
            continue;
        };
        // A bare `ADD` with no identifier must stand before something a
        // proposal marks: an identity line or a new draft.
        let target_line = inline_target.or_else(|| next_nonblank(consumed).map(|j| lines[j].plain));
        if id.is_none() && inline_target.is_none() {
            let ok = target_line.is_some_and(|r| {
                let u = slice(r);
                super::lines::is_identity_line(u) || is_new_draft_line(u)
            });
            if !ok {
                i += 1;
                continue;
            }
        }
        let target = target_line.map_or(Target::Text, |r| target_of(model, r));
        let new_draft = target_line
            .filter(|r| is_new_draft_line(slice(*r)))
            .map(|r| Line {
                range: r,
                text: slice(r).to_string(),
            });
        found.push(Proposal {
            action,
            action_range,
            id,
            range,
            target_line,
            target,
            new_draft,
            reasons: None,
            extent: TextRange::new(range.start, text.len()),
        });
        i = consumed;
    }
    // Each proposal runs to the next one; its reasons are the first
    // `Reasons:` line inside.
    for k in 0..found.len() {
        let end = found.get(k + 1).map_or(text.len(), |n| n.range.start);
        let end = text[..end].trim_end().len().max(found[k].range.end);
        found[k].extent = TextRange::new(found[k].range.start, end);
        let extent = found[k].extent;
        found[k].reasons = lines
            .iter()
            .filter(|l| l.plain.start >= found[k].range.end && l.plain.end <= extent.end)
            .find(|l| is_reasons_line(slice(l.plain)))
            .map(|l| Line {
                range: l.plain,
                text: slice(l.plain).to_string(),
            });
    }
    let header_end = found.first().map_or(0, |p| p.range.start);
    let addressed = lines
        .iter()
        .take_while(|l| l.range.end <= header_end)
        .find_map(|l| {
            let t = slice(l.plain);
            let (body, year, r) = parse_edition(t)?;
            Some(Addressed {
                body,
                year,
                range: TextRange::new(l.plain.start + r.start, l.plain.start + r.end),
            })
        });
    (found, addressed)
}

/// What the line at `r` is in the model.
fn target_of(model: &Model, r: TextRange) -> Target {
    for (di, doc) in model.documents.iter().enumerate() {
        if doc.identity.as_ref().is_some_and(|l| l.range.intersects(r)) {
            return Target::Document(di);
        }
        if !doc.range.intersects(r) && !doc.range.contains_inclusive(r.start) {
            continue;
        }
        for (si, s) in doc.sections.iter().enumerate() {
            if s.heading.range.intersects(r) && !s.heading.range.is_empty() {
                return Target::Section(di, si);
            }
            if s.items.iter().any(|c| c.range.intersects(r)) {
                return Target::Clause(di, si);
            }
        }
    }
    Target::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        let id = parse_id("EUR/44A7/1", 0).unwrap();
        assert_eq!(
            (id.proposer.as_str(), id.document, id.addendum, id.sequence),
            ("EUR", Some(44), Some(7), 1)
        );
        assert_eq!(id.series(), "EUR/44A7");
        let id = parse_id("EUR/XX/12", 0).unwrap();
        assert_eq!((id.document, id.sequence), (None, 12));
        assert_eq!(parse_id("B/CAN/30/2", 0).unwrap().proposer, "B/CAN");
        assert!(parse_id("1/2", 0).is_none());
    }

    #[test]
    fn lines() {
        for l in [
            "MOD\tEUR/44A7/1",
            "MOD",
            "SUP ACP/64A1/3",
            "EUR/XX/1",
            "SEN/56/1 ADD",
        ] {
            assert!(is_marker_line(l), "{l}");
        }
        assert!(!is_marker_line("MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)"));
        assert!(!is_marker_line("Modern times"));
        for l in [
            "Reasons:\tTo update.",
            "Motifs: Mise à jour.",
            "Motivos:\tActualizar.",
            "Основания:\tОбновление.",
            "理由：\t更新。",
            "الأسباب: تحديث.",
        ] {
            assert!(is_reasons_line(l), "{l}");
        }
        for l in [
            "DRAFT NEW RESOLUTION [EUR-1]",
            "PROJET DE NOUVELLE RÉSOLUTION [EUR-1]",
            "PROYECTO DE NUEVA RESOLUCIÓN [EUR-1]",
            "ПРОЕКТ НОВОЙ РЕЗОЛЮЦИИ [EUR-1]",
            "新决议草案[EUR-1]",
            "第[EUR-1]号新决议草案",
            "مشروع قرار جديد [EUR-1]",
            "DRAFT NEW RESOLUTION [EUR-1] (DOHA, 2026)",
        ] {
            assert!(is_new_draft_line(l), "{l}");
        }
        assert!(!is_new_draft_line("the draft new resolution is welcome;"));
        assert_eq!(
            parse_edition("PLENIPOTENTIARY CONFERENCE (PP-26)").map(|e| (e.0, e.1)),
            Some((Body::Pp, 2026))
        );
        assert_eq!(parse_edition("(ВКР-23)").map(|e| e.1), Some(2023));
    }
}
