//! Citations of resolutions, decisions, recommendations, opinions and
//! Questions: finding them in text ([`extract`]), reading identity lines
//! ([`parse_identity`]), checking them against the [`Catalogue`] and the
//! citing document's own conference ([`check`], codes RLS04xx), and the
//! protocol-free editor features over them ([`citation_at`], [`hover`],
//! [`definition`], [`references`], [`completions`]).
//!
//! Extraction is regex-based and independent of the syntax tree: it reads
//! the whole file and returns plain data with byte ranges. The document
//! model supplies the context (which conference adopts the citing
//! document) at check time.

mod extract;
mod identity;
pub mod lexicon;
mod places;
mod revision;

pub use extract::extract;
pub use identity::{identities, own_line, parse_identity, Identity, OwnLine, Proposal};
pub use revision::{expand_year, format_group, parse_group};

/// The English name of a written conference place, in any of the six
/// languages (`Дубай` → `Dubai`), if it is known.
pub fn english_place(written: &str) -> Option<String> {
    places::english(written)
}

use crate::catalogue::{Key, Kind};
use crate::domain::{Body, Language};
use crate::text::TextRange;

/// What is cited.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CitationKind {
    Resolution,
    Decision,
    /// A conference's recommendation (`WTDC第22号建议`).
    Recommendation,
    /// A WTPF (or WTSA) opinion (`WTPF意见1`).
    Opinion,
    /// A study Question (`第3/2号课题`, `Question 7/2`).
    Question,
    /// A Sector Recommendation (`ITU-T D.50建议书`, `Recommendation ITU-T D.50`).
    SectorRecommendation,
    /// A United Nations General Assembly resolution (`联大第70/125号决议`):
    /// recognized, never checked against the ITU catalogue.
    UnResolution,
}

impl CitationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CitationKind::Resolution => "resolution",
            CitationKind::Decision => "decision",
            CitationKind::Recommendation => "recommendation",
            CitationKind::Opinion => "opinion",
            CitationKind::Question => "question",
            CitationKind::SectorRecommendation => "sector-recommendation",
            CitationKind::UnResolution => "un-resolution",
        }
    }

    /// The catalogue's kind, for the kinds the catalogue checks.
    pub fn catalogue_kind(self) -> Option<Kind> {
        match self {
            CitationKind::Resolution => Some(Kind::Resolution),
            CitationKind::Decision => Some(Kind::Decision),
            CitationKind::Recommendation => Some(Kind::Recommendation),
            CitationKind::Opinion => Some(Kind::Opinion),
            _ => None,
        }
    }
}

/// Which body the citation names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CitedBody {
    /// Named before or after the number, or implied by the form
    /// (`ITU-R`, `联大`, `(C24)`, `(Rev.WRC-07)`).
    Known(Body),
    /// `本届大会`, `this conference`, `of this assembly`: the document's own
    /// conference line decides.
    ThisConference,
    /// Not said. The checker may still deduce it from the revision's
    /// meeting (only PP met at Bucharest in 2022); otherwise it says so.
    Ambiguous,
}

/// One cited number, with its own range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedNumber {
    /// As written: `101`, `66-1` (ITU-R, with revision index), `70/125`,
    /// `3/2`, `D.50`.
    pub text: String,
    pub range: TextRange,
    /// Index into [`Citation::groups`] of the revision that applies to it.
    pub group: Option<usize>,
}

impl CitedNumber {
    /// The number itself: `66` for `66-1`, `101` for `101`.
    pub fn value(&self) -> Option<u32> {
        let digits: String = self.text.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    }

    /// The ITU-R revision index: `1` for `66-1`.
    pub fn index(&self) -> Option<u16> {
        if self.text.contains('/') {
            return None;
        }
        let (_, idx) = self.text.split_once(['-', '‑'])?;
        idx.parse().ok()
    }
}

/// One revision named in a citation: place and year as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revision {
    /// As written (`瓜达拉哈拉`, `Busan`, `BUCHAREST`).
    pub place: Option<String>,
    pub place_range: Option<TextRange>,
    pub year: Option<u16>,
    pub year_range: Option<TextRange>,
    /// `Rev.` / `修订版`: as revised at; otherwise the original adoption.
    pub revised: bool,
    /// The meeting written as a code: `WRC-07`, `C24`.
    pub meeting: Option<String>,
    /// The body that meeting code names.
    pub body_hint: Option<Body>,
    /// From the marker (or year, in Chinese) to the end of the session.
    pub range: TextRange,
}

/// How a revision parenthesis is written, to write a fix the same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisionStyle {
    /// The language of the parenthesis (a Chinese text may quote English).
    pub language: Language,
    /// `（…）` rather than `(…)`.
    pub full_width: bool,
    /// Between the parts: `，` `,` `, ` `، `.
    pub comma: String,
    /// The revision marker as written: `Rev.`, `REV.`, `修订版`, `Пересм.`.
    pub marker: Option<String>,
    pub marker_space: bool,
    /// `(REV. BUCHAREST, 2022)`.
    pub upper: bool,
    /// ` г.` after the year (Russian).
    pub year_suffix: Option<String>,
    /// `(Rev.WRC-07)`, `(C24)`: a meeting code, not place and year.
    pub meeting_form: bool,
    /// The code's prefix (`WRC`), to write `(Rev.WRC-19)` back.
    pub meeting_prefix: Option<String>,
}

/// One parenthesis of revisions. More than one revision is tracked-change
/// residue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisionGroup {
    /// The whole parenthesis, brackets included.
    pub range: TextRange,
    pub revisions: smallvec::SmallVec<[Revision; 1]>,
    /// Shared: a document writes its revisions in a handful of ways, and a
    /// style is 100 bytes and more that every citation of it would repeat.
    pub style: std::sync::Arc<RevisionStyle>,
}

impl RevisionGroup {
    /// The revision the citation means: the last one written.
    pub fn cited(&self) -> Option<&Revision> {
        self.revisions.last()
    }

    pub fn is_merged(&self) -> bool {
        self.revisions.len() > 1
    }
}

/// A part of the cited text: `第9.2.1款`, `§ 9.2.1`, `resolves 2`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedPart {
    /// As written.
    pub text: String,
    /// `9.2.1`, `2`.
    pub label: String,
    pub range: TextRange,
}

/// A session named outside a revision parenthesis: the body's meeting code
/// (`WTPF-26`, `PP-06`) or a year before the body or number
/// (`理事会2019年会议第611号决定`, `2013年世界电信/信息通信技术政策论坛意见2`).
/// It dates the cited text (an opinion is known by its forum's year) but
/// is not a revision: no fix rewrites it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitedSession {
    pub year: u16,
    pub range: TextRange,
}

/// One citation, as plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub kind: CitationKind,
    pub body: CitedBody,
    /// Where the body (or "this conference") is written, if it is.
    pub body_range: Option<TextRange>,
    pub numbers: smallvec::SmallVec<[CitedNumber; 1]>,
    pub groups: smallvec::SmallVec<[RevisionGroup; 1]>,
    pub part: Option<CitedPart>,
    /// A session named outside the revision parenthesis, if any.
    pub session: Option<CitedSession>,
    /// The language of the citation's words (a Chinese file may quote English).
    pub language: Language,
    /// The whole citation.
    pub range: TextRange,
}

impl Citation {
    /// Gives back the room its vectors reserved while being filled.
    pub fn compact(&mut self) {
        self.numbers.shrink_to_fit();
        for g in &mut self.groups {
            g.revisions.shrink_to_fit();
        }
        self.groups.shrink_to_fit();
    }

    /// Revision `r` of this citation as the text writes it, without the
    /// brackets: `Rev. Kigali, 2022`, `2022年，基加利，修订版`. The whole
    /// parenthesis when it holds this one revision, so that the `Rev.` or
    /// `修订版` written around it is kept.
    pub fn revision_as_written<'t>(&self, text: &'t str, r: &Revision) -> &'t str {
        let range = self
            .groups
            .iter()
            .find(|g| g.revisions.len() == 1 && g.range.contains_range(r.range))
            .map_or(r.range, |g| g.range);
        crate::text::slice(text, range)
            .trim_matches(|c: char| c.is_whitespace() || "()（）,，、;；".contains(c))
    }

    /// The revision group that applies to number `i`.
    pub fn group_of(&self, i: usize) -> Option<&RevisionGroup> {
        self.numbers.get(i)?.group.and_then(|g| self.groups.get(g))
    }

    /// The catalogue key of number `i`, once the body is known.
    pub fn key(&self, i: usize, body: Body) -> Option<Key> {
        let kind = self.kind.catalogue_kind()?;
        let number = self.numbers.get(i)?.value()?;
        Some(match kind {
            Kind::Opinion => Key::opinion(
                body,
                number,
                self.group_of(i)
                    .and_then(|g| g.cited())
                    .and_then(|r| r.year)
                    .or(self.session.as_ref().map(|s| s.year))?,
            ),
            _ => Key::new(body, kind, number),
        })
    }
}

/// The bodies that adopt texts of `kind`.
pub fn bodies_adopting(kind: CitationKind) -> &'static [Body] {
    match kind {
        CitationKind::Resolution => &[
            Body::Pp,
            Body::Wtsa,
            Body::Wtdc,
            Body::Ra,
            Body::Wrc,
            Body::Wcit,
            Body::Council,
        ],
        CitationKind::Decision => &[Body::Pp, Body::Council],
        CitationKind::Recommendation => &[Body::Pp, Body::Wtsa, Body::Wtdc, Body::Wrc, Body::Wcit],
        CitationKind::Opinion => &[Body::Wtpf, Body::Wtsa],
        CitationKind::UnResolution => &[Body::Unga],
        CitationKind::Question | CitationKind::SectorRecommendation => &[],
    }
}
