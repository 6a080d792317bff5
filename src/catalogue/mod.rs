//! What exists: the ITU conferences (bodies, places in every language,
//! years) and the resolutions, decisions, recommendations and opinions they
//! adopted, with the revisions known for each and where that knowledge
//! comes from.
//!
//! The built-in catalogue is embedded from `catalogue/*.tsv` (derived from
//! verified facts; see `docs/catalogue.md`). It is never complete: a
//! missing entry means *unknown*, not *does not exist*. Users extend or
//! override it at run time with a catalogue file in their workspace
//! ([`UserCatalogue`]) and with the documents whose identity line names
//! them ([`Catalogue::with_overlay`]).
//!
//! A [`Catalogue`] is immutable and cheap to clone (`Arc` inside); every
//! lookup is a hash-map access.

pub mod build;
mod format;
pub mod places;

pub use build::{BuildProblem, Built, BuiltText};
pub use format::{Problem, UserCatalogue};

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, LazyLock};

use crate::domain::{Body, Language};

/// What kind of text a catalogue entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Resolution,
    Decision,
    Recommendation,
    /// WTPF opinions: numbered afresh at every forum, never revised.
    Opinion,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::Resolution,
        Kind::Decision,
        Kind::Recommendation,
        Kind::Opinion,
    ];

    /// The record type in catalogue files and the word in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Resolution => "resolution",
            Kind::Decision => "decision",
            Kind::Recommendation => "recommendation",
            Kind::Opinion => "opinion",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// `Resolution`, `决议`…
    pub fn word(self, language: Language) -> &'static str {
        match (self, language) {
            (Kind::Resolution, Language::Chinese) => "决议",
            (Kind::Decision, Language::Chinese) => "决定",
            (Kind::Recommendation, Language::Chinese) => "建议",
            (Kind::Opinion, Language::Chinese) => "意见",
            (Kind::Resolution, _) => "Resolution",
            (Kind::Decision, _) => "Decision",
            (Kind::Recommendation, _) => "Recommendation",
            (Kind::Opinion, _) => "Opinion",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word(Language::English))
    }
}

/// The identity of one text: a resolution keeps its number across
/// conferences of the same body. WTPF opinions are numbered afresh at every
/// forum, so their key carries the forum's year (`edition`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub body: Body,
    pub kind: Kind,
    pub number: u32,
    pub edition: Option<u16>,
}

impl Key {
    pub fn new(body: Body, kind: Kind, number: u32) -> Key {
        Key {
            body,
            kind,
            number,
            edition: None,
        }
    }

    pub fn opinion(body: Body, number: u32, year: u16) -> Key {
        Key {
            body,
            kind: Kind::Opinion,
            number,
            edition: Some(year),
        }
    }
}

impl fmt::Display for Key {
    /// `WTDC Resolution 77`, `RA Resolution ITU-R 66`, `WTPF Opinion 1 (2013)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.body, self.kind)?;
        if self.body == Body::Ra && self.kind == Kind::Resolution {
            f.write_str(" ITU-R")?;
        }
        write!(f, " {}", self.number)?;
        if let Some(year) = self.edition {
            write!(f, " ({year})")?;
        }
        Ok(())
    }
}

/// Where a fact was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A line of an embedded `catalogue/*.tsv` file.
    Builtin { file: &'static str, line: usize },
    /// A line of a user catalogue file.
    File { file: Arc<str>, line: usize },
    /// The identity line of a workspace document (an opaque key: path or URI).
    Document { key: Arc<str> },
}

impl Default for Origin {
    fn default() -> Origin {
        Origin::Document { key: Arc::from("") }
    }
}

/// How far a source can be trusted. Only a trusted source (an official
/// ITU text or a verbatim copy of one) may make a citation *outdated*;
/// the others inform.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Trust {
    /// Nobody has checked it (a proposal, a remark, an inference).
    Unverified,
    /// Third-party notes, news, a regional body's page.
    Secondary,
    /// A verbatim copy of an ITU document on another host.
    Copy,
    /// The ITU's own page or document (Final Acts, a circular letter), an
    /// official text the user holds, or the user's own catalogue file.
    #[default]
    Official,
}

impl Trust {
    pub const ALL: [Trust; 4] = [
        Trust::Official,
        Trust::Copy,
        Trust::Secondary,
        Trust::Unverified,
    ];

    /// True for a source that may make a citation outdated.
    pub fn is_trusted(self) -> bool {
        matches!(self, Trust::Official | Trust::Copy)
    }

    /// The value of `trust=` in catalogue files.
    pub fn as_str(self) -> &'static str {
        match self {
            Trust::Official => "official",
            Trust::Copy => "copy",
            Trust::Secondary => "secondary",
            Trust::Unverified => "unverified",
        }
    }

    pub fn parse(s: &str) -> Option<Trust> {
        Trust::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Trust {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a fact comes from and how recent it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The public page(s) or seed(s) that show the fact, as recorded
    /// (URLs, paths: for hovers and `resolution-ls catalogue`, never for a
    /// diagnostic message).
    pub source: String,
    /// When the source showed it (`2022`, `2024-07`).
    pub as_of: Option<String>,
    /// What exactly shows it, when the record says (`seed evidence only`).
    pub detail: Option<String>,
    pub origin: Origin,
    /// How far the source can be trusted.
    pub trust: Trust,
    /// The source as a drafter would name it (`PP-18 Final Acts`, `ITU
    /// document S25-CL-C-0093`): no URL, no path. `None` when not recorded.
    pub document: Option<String>,
}

impl Provenance {
    /// `source: X (+1 more); as of 2022 (detail)`, for messages.
    pub fn short(&self) -> String {
        let source = match &self.origin {
            Origin::Document { key } => format!("workspace document {key}"),
            _ => self.source.trim().to_string(),
        };
        // Messages stay one line: the first source, and how many more the
        // hover and `resolution-ls catalogue` list in full.
        let mut sources = source.split(" ; ").map(str::trim).filter(|s| !s.is_empty());
        let mut out = match sources.next() {
            None => String::from("source not recorded"),
            Some(first) => match sources.count() {
                0 => format!("source: {first}"),
                more => format!("source: {first} (+{more} more)"),
            },
        };
        if let Some(as_of) = &self.as_of {
            out.push_str("; as of ");
            out.push_str(as_of);
        }
        if let Some(detail) = &self.detail {
            out.push_str(" (");
            out.push_str(detail);
            out.push(')');
        }
        out
    }

    /// The source for a diagnostic message: `PP-18 Final Acts, as of
    /// 2018-11`, `an ITU web page, as of 2024-07`, `a secondary source`: no
    /// URL, no cataloguer's note; a workspace document is named by its key.
    pub fn for_message(&self) -> String {
        // What the user wrote as the source of their own record, when it is
        // a name and not an address.
        let written = self
            .source
            .split(" ; ")
            .map(str::trim)
            .find(|s| !s.is_empty())
            .filter(|s| !s.contains("://") && !s.contains('/') && !s.contains('\\'));
        let name = match (&self.document, &self.origin) {
            (Some(d), _) => d.clone(),
            (None, Origin::Document { key }) if !key.is_empty() => {
                // Its file name: the message names no path or URI.
                let name = key
                    .trim_end_matches(['/', '\\'])
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or(key);
                format!("workspace document {name}")
            }
            (None, Origin::File { .. }) => {
                written.map_or_else(|| "your catalogue file".to_string(), str::to_string)
            }
            (None, _) => match self.trust {
                Trust::Official => "an ITU text".to_string(),
                Trust::Copy => "a copy of an ITU document".to_string(),
                Trust::Secondary => "a secondary source".to_string(),
                Trust::Unverified => "an unverified note".to_string(),
            },
        };
        match &self.as_of {
            Some(date) if !name.contains(date.as_str()) => format!("{name}, as of {date}"),
            _ => name,
        }
    }

    /// Where the fact was read (`catalogue/resolutions.tsv:59`).
    pub fn location(&self) -> String {
        match &self.origin {
            Origin::Builtin { file, line } => format!("built-in catalogue/{file}:{line}"),
            Origin::File { file, line } => format!("{file}:{line}"),
            Origin::Document { key } => key.to_string(),
        }
    }
}

/// When a meeting ended, as precisely as known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MeetingDate {
    pub year: u16,
    /// `(month, day)` of the last day, when known.
    pub end: Option<(u8, u8)>,
}

impl MeetingDate {
    pub fn year(year: u16) -> MeetingDate {
        MeetingDate { year, end: None }
    }

    /// True unless `self` is known to be later than `limit`. Within one
    /// year, an unknown date is not later.
    pub fn not_after(self, limit: MeetingDate) -> bool {
        match self.year.cmp(&limit.year) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => match (self.end, limit.end) {
                (Some(a), Some(b)) => a <= b,
                _ => true,
            },
        }
    }
}

/// One meeting of a body: `WTDC-22, Kigali, 2022`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conference {
    pub body: Body,
    pub year: u16,
    /// The place's English name (the catalogue's key for it), when known.
    pub place: Option<String>,
    /// `WTDC-22`, `WTSA-20` (held in 2022).
    pub edition: Option<String>,
    /// As recorded: `6-16 June 2022`.
    pub dates: Option<String>,
    /// `(month, day)` of the last day, when known.
    pub end: Option<(u8, u8)>,
    pub verified: Option<String>,
    pub note: Option<String>,
    pub provenance: Arc<Provenance>,
}

impl Conference {
    pub fn date(&self) -> MeetingDate {
        MeetingDate {
            year: self.year,
            end: self.end,
        }
    }

    /// `WTDC-22 (Kigali, 2022)` or `WTDC (Kigali, 2022)`.
    pub fn label(&self) -> String {
        let name = self
            .edition
            .clone()
            .unwrap_or_else(|| self.body.code().to_string());
        match &self.place {
            Some(place) => format!("{name} ({place}, {})", self.year),
            None => format!("{name} ({})", self.year),
        }
    }
}

/// The names of one place in the six languages, plus other spellings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Place {
    /// The English name, which is the catalogue's key for the place.
    pub name: String,
    /// Names by language (English included), in the order first seen.
    pub names: Vec<(Language, String)>,
    /// Other spellings that must match (`Marrakech`, `Busán`, `Yasmine Hammamet`).
    pub aliases: Vec<String>,
}

impl Place {
    pub fn name_in(&self, language: Language) -> Option<&str> {
        if language == Language::English {
            return Some(&self.name);
        }
        self.names
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, n)| n.as_str())
    }
}

/// A revision of a text known to the catalogue. `revised == false` is the
/// original adoption. Radiocommunication Assembly resolutions also carry a
/// revision index (`ITU-R 66-1` → 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownRevision {
    /// English place name (catalogue key), when known.
    pub place: Option<String>,
    pub year: Option<u16>,
    pub revised: bool,
    pub index: Option<u16>,
    pub provenance: Arc<Provenance>,
}

impl KnownRevision {
    /// Order: year, then revision index.
    pub fn order(&self) -> (u16, u16) {
        (self.year.unwrap_or(0), self.index.unwrap_or(0))
    }

    fn same_as(&self, other: &KnownRevision) -> bool {
        self.year == other.year
            && self.index == other.index
            && (self.place.is_none() || other.place.is_none() || self.place == other.place)
    }

    /// `Rev. Kigali, 2022`, `Kyoto, 1994`, `-1 (Sharm el-Sheikh, 2019)` (ITU-R index),
    /// `Rev. 2019`, in English.
    pub fn label(&self) -> String {
        let mut core = String::new();
        if self.revised && self.index.is_none() {
            core.push_str("Rev. ");
        }
        if let Some(place) = &self.place {
            core.push_str(place);
            if self.year.is_some() {
                core.push_str(", ");
            }
        }
        if let Some(year) = self.year {
            core.push_str(&year.to_string());
        }
        match self.index {
            Some(i) => format!("-{i} ({})", core.trim()),
            None => core.trim().to_string(),
        }
    }
}

/// Everything known about one text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolutionEntry {
    pub key: Key,
    /// Oldest first; the last one is the latest known.
    pub revisions: Vec<KnownRevision>,
    pub titles: Vec<(Language, String)>,
    /// As recorded: `in force`, `abrogated by PP-22 (Bucharest, 2022)`.
    pub status: Option<String>,
    pub note: Option<String>,
    /// Every record that contributed to this entry, in load order.
    pub provenance: Vec<Arc<Provenance>>,
    /// When set in an overlay, the revisions of the layers below are
    /// dropped instead of extended.
    pub replace_revisions: bool,
}

impl ResolutionEntry {
    pub fn new(key: Key, provenance: Arc<Provenance>) -> ResolutionEntry {
        ResolutionEntry {
            key,
            revisions: Vec::new(),
            titles: Vec::new(),
            status: None,
            note: None,
            provenance: vec![provenance],
            replace_revisions: false,
        }
    }

    pub fn latest(&self) -> Option<&KnownRevision> {
        self.revisions.last()
    }
}

/// The years for which the list of a body's meetings is complete: outside
/// them, a meeting the catalogue does not know is *unknown*, never
/// *impossible*.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub body: Body,
    pub from: u16,
    pub to: u16,
    pub provenance: Arc<Provenance>,
}

/// A revision as a citation writes it, for [`Catalogue::judge`]: the place
/// in any language and spelling.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CitedRevision {
    pub place: Option<String>,
    pub year: Option<u16>,
    /// ITU-R revision index (`66-1` → 1).
    pub index: Option<u16>,
}

/// What the catalogue can honestly say about a cited revision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict<'a> {
    /// The text is not in the catalogue (which is incomplete).
    NotInCatalogue,
    /// The cited revision is known and no later one is.
    Current { revision: &'a KnownRevision },
    /// A later revision is known from a trusted source: the citation is
    /// outdated; say `latest` and `latest.provenance.for_message()`.
    Outdated { latest: &'a KnownRevision },
    /// A later revision is known, but only from a source that is not
    /// trusted: information at most, never an automatic fix.
    LaterUntrusted { later: &'a KnownRevision },
    /// The body held no meeting at the cited place in the cited year (in
    /// years where the catalogue's list of its meetings is complete, or a
    /// year it met elsewhere).
    NoSuchMeeting,
    /// A real (or possible) meeting, but a revision the catalogue does not
    /// hold: "not known to the catalogue (it knows WTSA up to Geneva,
    /// 2022)". Never an error.
    NotKnown {
        latest: Option<&'a KnownRevision>,
        known_up_to: Option<&'a Conference>,
    },
}

/// One fact for the catalogue, from a file or a workspace document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Conference(Conference),
    Place(Place),
    Coverage(Coverage),
    Resolution(ResolutionEntry),
}

/// The catalogue: immutable, `Arc`-shared, O(1) lookups.
#[derive(Clone)]
pub struct Catalogue {
    inner: Arc<Inner>,
}

impl Default for Catalogue {
    /// The built-in catalogue (shared, built once).
    fn default() -> Catalogue {
        Catalogue::builtin()
    }
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue")
            .field("entries", &self.inner.entries.len())
            .field("resolutions", &self.inner.resolutions.len())
            .finish()
    }
}

#[derive(Default)]
struct Inner {
    /// Every entry in load order: layers are rebuilt from it.
    entries: Vec<Entry>,
    places: Vec<Place>,
    /// Normalized spelling → index into `places`.
    place_index: HashMap<String, usize>,
    /// Per body, sorted by year.
    conferences: HashMap<Body, Vec<Conference>>,
    coverage: HashMap<Body, Coverage>,
    resolutions: HashMap<Key, ResolutionEntry>,
    /// (kind, number) → bodies that have it, sorted.
    numbers: HashMap<(Kind, u32), Vec<Body>>,
    /// Per body, the last meeting whose revisions the catalogue holds.
    known_up_to: HashMap<Body, Conference>,
}

/// The embedded data files, in load order (later lines override earlier).
pub const BUILTIN_FILES: [(&str, &str); 4] = [
    (
        "conferences.tsv",
        include_str!("../../catalogue/conferences.tsv"),
    ),
    (
        "resolutions.tsv",
        include_str!("../../catalogue/resolutions.tsv"),
    ),
    (
        "additions.tsv",
        include_str!("../../catalogue/additions.tsv"),
    ),
    (
        "supplement.tsv",
        include_str!("../../catalogue/supplement.tsv"),
    ),
];

static BUILTIN: LazyLock<(Catalogue, Vec<Problem>)> = LazyLock::new(|| {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in BUILTIN_FILES {
        let (mut e, mut p) = format::parse_records(text, format::Source::Builtin(name));
        entries.append(&mut e);
        problems.append(&mut p);
    }
    (Catalogue::from_entries(entries), problems)
});

impl Catalogue {
    /// The embedded catalogue (built once, then shared).
    pub fn builtin() -> Catalogue {
        BUILTIN.0.clone()
    }

    /// Problems in the embedded files; empty unless the data files are
    /// broken (a test keeps it empty).
    pub fn builtin_problems() -> &'static [Problem] {
        &BUILTIN.1
    }

    /// A catalogue made of `entries` only (later entries override earlier).
    pub fn from_entries(entries: Vec<Entry>) -> Catalogue {
        Catalogue {
            inner: Arc::new(Inner::build(entries)),
        }
    }

    /// This catalogue with `extra` entries layered on top: user files and
    /// workspace documents. Rebuilds the indexes (a few hundred entries:
    /// well under a millisecond).
    pub fn with_overlay(&self, extra: Vec<Entry>) -> Catalogue {
        if extra.is_empty() {
            return self.clone();
        }
        let mut entries = self.inner.entries.clone();
        entries.extend(extra);
        Catalogue::from_entries(entries)
    }

    /// True when both are the same catalogue (one shared value, not two
    /// equal ones): what lets many files share one overlay.
    pub fn same_as(&self, other: &Catalogue) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.inner.entries
    }

    // ---- places ------------------------------------------------------

    /// The place a written name stands for, in any language and spelling.
    pub fn place(&self, written: &str) -> Option<&Place> {
        places::candidate_keys(written)
            .iter()
            .find_map(|k| self.inner.place_index.get(k))
            .map(|&i| &self.inner.places[i])
    }

    /// The place's name in `language`, by its English name.
    pub fn place_name(&self, english: &str, language: Language) -> Option<&str> {
        self.place(english).and_then(|p| p.name_in(language))
    }

    /// True when two written names stand for the same place.
    pub fn same_place(&self, a: &str, b: &str) -> bool {
        match (self.place(a), self.place(b)) {
            (Some(x), Some(y)) => x.name == y.name,
            _ => places::normalize(a) == places::normalize(b),
        }
    }

    // ---- conferences -------------------------------------------------

    /// Every known meeting of `body`, oldest first.
    pub fn conferences(&self, body: Body) -> &[Conference] {
        self.inner
            .conferences
            .get(&body)
            .map_or(&[], |v| v.as_slice())
    }

    /// The meeting of `body` at `place` (any spelling) in `year`.
    pub fn meetings_at(&self, body: Body, place: &str, year: u16) -> Option<&Conference> {
        self.meetings_in(body, year).find(|c| {
            c.place
                .as_deref()
                .is_some_and(|known| self.same_place(known, place))
        })
    }

    /// The meetings of `body` in `year` (one, normally).
    pub fn meetings_in(&self, body: Body, year: u16) -> impl Iterator<Item = &Conference> {
        self.conferences(body)
            .iter()
            .filter(move |c| c.year == year)
    }

    /// Every body's meeting at `place` in `year`.
    pub fn meetings_anywhere(&self, place: &str, year: u16) -> Vec<&Conference> {
        let mut out: Vec<&Conference> = Body::ALL
            .iter()
            .filter_map(|&b| self.meetings_at(b, place, year))
            .collect();
        out.sort_by_key(|c| c.body);
        out
    }

    /// The years in which the list of `body`'s meetings is complete.
    pub fn coverage(&self, body: Body) -> Option<&Coverage> {
        self.inner.coverage.get(&body)
    }

    /// The last meeting of `body` whose revisions the catalogue holds (at
    /// least one revision adopted there): a citation of a revision adopted
    /// after it is *not known to the catalogue*, never outdated or
    /// impossible. `None` when no revision of `body` is dated.
    ///
    /// `conference.label()` reads `WTSA-20 (Geneva, 2022)`;
    /// [`Catalogue::known_up_to_text`] reads `WTSA up to Geneva, 2022`.
    pub fn known_up_to(&self, body: Body) -> Option<&Conference> {
        self.inner.known_up_to.get(&body)
    }

    /// `it knows WTSA up to Geneva, 2022` in words for a message (English
    /// place name), or `it knows no dated WTSA revision`.
    pub fn known_up_to_text(&self, body: Body) -> String {
        match self.known_up_to(body) {
            Some(c) => match &c.place {
                Some(p) => format!("it knows {body} up to {p}, {}", c.year),
                None => format!("it knows {body} up to {}", c.year),
            },
            None => format!("it knows no dated {body} revision"),
        }
    }

    /// Every body with a "known up to" meeting, in [`Body::ALL`] order.
    pub fn known_up_to_all(&self) -> Vec<(Body, &Conference)> {
        Body::ALL
            .iter()
            .filter_map(|&b| self.known_up_to(b).map(|c| (b, c)))
            .collect()
    }

    // ---- texts -------------------------------------------------------

    pub fn entry(&self, key: &Key) -> Option<&ResolutionEntry> {
        self.inner.resolutions.get(key)
    }

    /// Known revisions of a text, oldest first.
    pub fn revisions(&self, key: &Key) -> &[KnownRevision] {
        self.entry(key).map_or(&[], |e| e.revisions.as_slice())
    }

    pub fn latest(&self, key: &Key) -> Option<&KnownRevision> {
        self.revisions(key).last()
    }

    /// The latest revision adopted no later than `limit` (a citing
    /// document's own conference), or the latest of all without a limit.
    pub fn latest_as_of(&self, key: &Key, limit: Option<MeetingDate>) -> Option<&KnownRevision> {
        let Some(limit) = limit else {
            return self.latest(key);
        };
        self.revisions(key).iter().rev().find(|r| {
            self.revision_date(key.body, r)
                .is_none_or(|d| d.not_after(limit))
        })
    }

    /// The latest revision from a trusted source ([`Trust::is_trusted`])
    /// adopted no later than `limit`: the only revision a citation may be
    /// called *outdated* against.
    pub fn latest_trusted_as_of(
        &self,
        key: &Key,
        limit: Option<MeetingDate>,
    ) -> Option<&KnownRevision> {
        self.revisions(key).iter().rev().find(|r| {
            r.provenance.trust.is_trusted()
                && limit.is_none_or(|limit| {
                    self.revision_date(key.body, r)
                        .is_none_or(|d| d.not_after(limit))
                })
        })
    }

    /// The honest answer for a citation of `key` at `cited`, judged as of
    /// `limit` (the citing document's own meeting; `None`: today). See
    /// [`Verdict`].
    pub fn judge(
        &self,
        key: &Key,
        cited: &CitedRevision,
        limit: Option<MeetingDate>,
    ) -> Verdict<'_> {
        let Some(entry) = self.entry(key) else {
            return Verdict::NotInCatalogue;
        };
        let known = entry.revisions.iter().find(|k| {
            (cited.year.is_none() || k.year == cited.year)
                && (cited.index.is_none() || k.index.is_none() || k.index == cited.index)
                && match (&k.place, &cited.place) {
                    (Some(a), Some(b)) => self.same_place(a, b),
                    _ => true,
                }
        });
        let order = |y: Option<u16>, i: Option<u16>| (y.unwrap_or(0), i.unwrap_or(0));
        let cited_order = order(cited.year, cited.index);
        let later = |r: &&KnownRevision| {
            let o = order(r.year, r.index);
            match (cited.year, r.year) {
                (Some(cy), Some(ry)) if cy != ry => ry > cy,
                _ => match (cited.index, r.index) {
                    (Some(ci), Some(ri)) => ri > ci,
                    _ => o > cited_order && cited.year.is_none(),
                },
            }
        };
        // A meeting that never was: impossible, whatever else is known.
        if known.is_none() {
            if let (Some(place), Some(year)) = (&cited.place, cited.year) {
                if self.meetings_at(key.body, place, year).is_none() {
                    let covered = self
                        .coverage(key.body)
                        .is_some_and(|c| (c.from..=c.to).contains(&year));
                    let met_in_year = self.meetings_in(key.body, year).next().is_some();
                    if covered || met_in_year {
                        return Verdict::NoSuchMeeting;
                    }
                }
            }
        }
        if let Some(trusted) = self.latest_trusted_as_of(key, limit).filter(later) {
            return Verdict::Outdated { latest: trusted };
        }
        if let Some(untrusted) = self.latest_as_of(key, limit).filter(later) {
            return Verdict::LaterUntrusted { later: untrusted };
        }
        if let Some(k) = known {
            return Verdict::Current { revision: k };
        }
        // Not a revision the catalogue holds, and nothing known is later.
        Verdict::NotKnown {
            latest: self.latest_as_of(key, limit),
            known_up_to: self.known_up_to(key.body),
        }
    }

    /// When a known revision was adopted, as precisely as the conference
    /// list says.
    pub fn revision_date(&self, body: Body, revision: &KnownRevision) -> Option<MeetingDate> {
        let year = revision.year?;
        let end = revision
            .place
            .as_deref()
            .and_then(|p| self.meetings_at(body, p, year))
            .and_then(|c| c.end);
        Some(MeetingDate { year, end })
    }

    /// The title in `language`, falling back to English.
    pub fn title(&self, key: &Key, language: Language) -> Option<&str> {
        let titles = &self.entry(key)?.titles;
        titles
            .iter()
            .find(|(l, _)| *l == language)
            .or_else(|| titles.iter().find(|(l, _)| *l == Language::English))
            .map(|(_, t)| t.as_str())
    }

    pub fn status(&self, key: &Key) -> Option<&str> {
        self.entry(key)?.status.as_deref()
    }

    /// The bodies that have a text of this kind and number.
    pub fn bodies_with(&self, kind: Kind, number: u32) -> &[Body] {
        self.inner
            .numbers
            .get(&(kind, number))
            .map_or(&[], |v| v.as_slice())
    }

    /// Every text of `body`, by kind and number.
    pub fn entries_of(&self, body: Body) -> Vec<&ResolutionEntry> {
        let mut out: Vec<&ResolutionEntry> = self
            .inner
            .resolutions
            .values()
            .filter(|e| e.key.body == body)
            .collect();
        out.sort_by_key(|e| e.key);
        out
    }

    /// A known revision as a citation would write it in `language`
    /// (English `Rev. Kigali, 2022`; Chinese `2022年，基加利，修订版`), or `None`
    /// when the place has no known name in that language.
    pub fn revision_text(&self, revision: &KnownRevision, language: Language) -> Option<String> {
        let place = match &revision.place {
            Some(p) => Some(self.place_name(p, language)?.to_string()),
            None => None,
        };
        Some(match language {
            Language::Chinese => {
                let mut parts = Vec::new();
                if let Some(y) = revision.year {
                    parts.push(format!("{y}年"));
                }
                parts.extend(place);
                if revision.revised {
                    parts.push("修订版".into());
                }
                parts.join("，")
            }
            _ => {
                let mut out = String::new();
                if revision.revised {
                    out.push_str("Rev. ");
                }
                if let Some(p) = place {
                    out.push_str(&p);
                    out.push_str(", ");
                }
                if let Some(y) = revision.year {
                    out.push_str(&y.to_string());
                }
                out.trim_end_matches([',', ' ']).to_string()
            }
        })
    }
}

impl Inner {
    fn build(entries: Vec<Entry>) -> Inner {
        let mut inner = Inner::default();
        // Places first, so that conference places resolve to one name.
        for entry in &entries {
            match entry {
                Entry::Place(p) => inner.add_place(p.clone()),
                Entry::Conference(c) => {
                    if let Some(name) = &c.place {
                        inner.add_place(Place {
                            name: name.clone(),
                            names: vec![(Language::English, name.clone())],
                            aliases: Vec::new(),
                        });
                    }
                }
                _ => {}
            }
        }
        for entry in &entries {
            match entry {
                Entry::Place(_) => {}
                Entry::Conference(c) => {
                    let mut c = c.clone();
                    c.place = c.place.map(|p| inner.canonical(&p));
                    let list = inner.conferences.entry(c.body).or_default();
                    list.retain(|old| {
                        !(old.year == c.year
                            && (old.place == c.place || old.place.is_none() || c.place.is_none()))
                    });
                    list.push(c);
                    list.sort_by_key(|c| (c.year, c.end));
                }
                Entry::Coverage(c) => {
                    inner.coverage.insert(c.body, c.clone());
                }
                Entry::Resolution(r) => inner.add_resolution(r),
            }
        }
        for key in inner.resolutions.keys() {
            inner
                .numbers
                .entry((key.kind, key.number))
                .or_default()
                .push(key.body);
        }
        for bodies in inner.numbers.values_mut() {
            bodies.sort();
            bodies.dedup();
        }
        inner.compute_known_up_to();
        inner.entries = entries;
        inner
    }

    /// Per body, the latest meeting at which a revision the catalogue
    /// holds was adopted (by place and year; a revision without a place
    /// counts when the body met only once that year).
    fn compute_known_up_to(&mut self) {
        let mut best: HashMap<Body, Conference> = HashMap::new();
        for entry in self.resolutions.values() {
            let body = entry.key.body;
            let Some(meetings) = self.conferences.get(&body) else {
                continue;
            };
            for r in &entry.revisions {
                let Some(year) = r.year else { continue };
                let mut in_year = meetings.iter().filter(|m| m.year == year);
                let meeting = match &r.place {
                    Some(p) => {
                        let key = places::normalize(p);
                        in_year.find(|m| {
                            m.place.as_deref().map(places::normalize) == Some(key.clone())
                        })
                    }
                    None => {
                        let first = in_year.next();
                        if in_year.next().is_some() {
                            None
                        } else {
                            first
                        }
                    }
                };
                let Some(m) = meeting else { continue };
                let newer = best
                    .get(&body)
                    .is_none_or(|b| (m.year, m.end) > (b.year, b.end));
                if newer {
                    best.insert(body, m.clone());
                }
            }
        }
        self.known_up_to = best;
    }

    fn canonical(&self, name: &str) -> String {
        places::candidate_keys(name)
            .iter()
            .find_map(|k| self.place_index.get(k))
            .map_or_else(|| name.to_string(), |&i| self.places[i].name.clone())
    }

    fn add_place(&mut self, place: Place) {
        let existing = places::candidate_keys(&place.name)
            .first()
            .and_then(|k| self.place_index.get(k))
            .copied();
        let index = match existing {
            Some(i) => {
                let target = &mut self.places[i];
                for (lang, name) in &place.names {
                    match target.names.iter_mut().find(|(l, _)| l == lang) {
                        // A later record overrides the name in a language,
                        // and the old one stays a matching spelling.
                        Some(slot) if slot.1 != *name && *lang != Language::English => {
                            let old = std::mem::replace(&mut slot.1, name.clone());
                            target.aliases.push(old);
                        }
                        Some(_) => {}
                        None => target.names.push((*lang, name.clone())),
                    }
                }
                for alias in &place.aliases {
                    if !target.aliases.contains(alias) {
                        target.aliases.push(alias.clone());
                    }
                }
                i
            }
            None => {
                self.places.push(place);
                self.places.len() - 1
            }
        };
        let p = &self.places[index];
        let spellings: Vec<String> = std::iter::once(p.name.clone())
            .chain(p.names.iter().map(|(_, n)| n.clone()))
            .chain(p.aliases.iter().cloned())
            .collect();
        for s in spellings {
            let key = places::normalize(&s);
            if !key.is_empty() {
                self.place_index.insert(key, index);
            }
        }
    }

    fn add_resolution(&mut self, r: &ResolutionEntry) {
        let mut revisions: Vec<KnownRevision> = r
            .revisions
            .iter()
            .cloned()
            .map(|mut rev| {
                rev.place = rev.place.map(|p| self.canonical(&p));
                rev
            })
            .collect();
        let entry = self
            .resolutions
            .entry(r.key)
            .or_insert_with(|| ResolutionEntry {
                provenance: Vec::new(),
                ..ResolutionEntry::new(r.key, r.provenance[0].clone())
            });
        if r.replace_revisions {
            entry.revisions.clear();
        }
        for mut rev in revisions.drain(..) {
            // A later record of the same revision overrides the earlier
            // one, unless the earlier one rests on a better source; what
            // one of them says and the other does not (the place) is kept.
            if let Some(pos) = entry.revisions.iter().position(|old| old.same_as(&rev)) {
                let old = entry.revisions.remove(pos);
                if old.provenance.trust > rev.provenance.trust {
                    let mut kept = old;
                    kept.place = kept.place.or(rev.place);
                    kept.revised |= rev.revised;
                    entry.revisions.push(kept);
                    continue;
                }
                rev.place = rev.place.or(old.place);
                rev.revised |= old.revised;
            }
            entry.revisions.push(rev);
        }
        entry.revisions.sort_by_key(KnownRevision::order);
        // A text is adopted once: every later revision is a revision.
        if let Some(first) = entry.revisions.first().and_then(|r| r.year) {
            for r in entry.revisions.iter_mut().skip(1) {
                if r.year.is_some_and(|y| y > first) && r.index.is_none() {
                    r.revised = true;
                }
            }
        }
        for (lang, title) in &r.titles {
            match entry.titles.iter_mut().find(|(l, _)| l == lang) {
                Some(slot) => slot.1 = title.clone(),
                None => entry.titles.push((*lang, title.clone())),
            }
        }
        if r.status.is_some() {
            entry.status = r.status.clone();
        }
        if r.note.is_some() {
            entry.note = r.note.clone();
        }
        entry.provenance.extend(r.provenance.iter().cloned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_has_no_problems_and_knows_the_seed_facts() {
        assert_eq!(Catalogue::builtin_problems(), &[] as &[Problem]);
        let c = Catalogue::builtin();
        let wtdc77 = Key::new(Body::Wtdc, Kind::Resolution, 77);
        let latest = c.latest(&wtdc77).unwrap();
        assert_eq!(latest.label(), "Rev. Kigali, 2022");
        assert_eq!(
            c.revision_text(latest, Language::Chinese).as_deref(),
            Some("2022年，基加利，修订版")
        );
        assert!(c.meetings_at(Body::Wtdc, "基加利", 2022).is_some());
        assert!(c.meetings_at(Body::Wtdc, "Hammamet", 2016).is_none());
    }

    #[test]
    fn place_matching_is_multilingual_and_tolerant() {
        let c = Catalogue::builtin();
        for (a, b) in [
            ("Busan", "Busán"),
            ("Busan", "釜山"),
            ("Busan", "BUSAN"),
            ("Marrakesh", "Marrakech"),
            ("Marrakesh", "马拉喀什"),
            ("Hammamet", "亚斯敏-哈马马特"),
            ("Hammamet", "Yasmine Hammamet"),
            ("Sharm el-Sheikh", "沙姆沙伊赫"),
        ] {
            assert!(c.same_place(a, b), "{a} ≠ {b}");
        }
        assert!(!c.same_place("Kyoto", "Tokyo"));
        assert!(!c.same_place("京都", "东京"));
        assert!(c.meetings_at(Body::Pp, "Marrakech", 2002).is_some());
        assert!(c.meetings_at(Body::Wtsa, "亚斯敏-哈马马特", 2016).is_some());
    }

    #[test]
    fn overlay_extends_and_overrides() {
        let base = Catalogue::builtin();
        let key = Key::new(Body::Wtdc, Kind::Resolution, 23);
        let prov = Arc::new(Provenance {
            source: "test".into(),
            as_of: Some("2025-11".into()),
            detail: None,
            origin: Origin::Document {
                key: "a.res".into(),
            },
            ..Provenance::default()
        });
        let mut entry = ResolutionEntry::new(key, prov.clone());
        entry.revisions.push(KnownRevision {
            place: Some("Baku".into()),
            year: Some(2025),
            revised: true,
            index: None,
            provenance: prov,
        });
        let layered = base.with_overlay(vec![Entry::Resolution(entry)]);
        assert_eq!(layered.latest(&key).unwrap().label(), "Rev. Baku, 2025");
        assert_eq!(base.latest(&key).unwrap().label(), "Rev. Kigali, 2022");
        // The title of the built-in entry survives the overlay.
        assert!(layered.title(&key, Language::Chinese).is_some());
    }

    #[test]
    fn latest_as_of_a_meeting_ignores_later_revisions() {
        let c = Catalogue::builtin();
        let pp71 = Key::new(Body::Pp, Kind::Resolution, 71);
        // WTDC-22 (June 2022) came before PP-22 (October 2022).
        let wtdc22 = c.meetings_at(Body::Wtdc, "Kigali", 2022).unwrap().date();
        assert_eq!(
            c.latest_as_of(&pp71, Some(wtdc22)).unwrap().label(),
            "Rev. Dubai, 2018"
        );
        assert_eq!(c.latest(&pp71).unwrap().label(), "Rev. Bucharest, 2022");
    }
}
