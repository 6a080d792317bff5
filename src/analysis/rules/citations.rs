//! Checking citations against the catalogue and the citing document's own
//! conference (codes RLS0401–RLS0408).

use std::collections::BTreeSet;

use super::key_message;
use crate::analysis::resolve::{resolve_body, ResolvedBody};
use crate::analysis::{Diagnostic, Family, Fix, Rule, Severity};
use crate::catalogue::{Catalogue, Key, KnownRevision, MeetingDate};
use crate::domain::{Body, Language};
use crate::i18n::Message;
use crate::model::citations::{
    format_group, parse_group, Citation, CitationKind, CitedBody, Revision, RevisionGroup,
};
use crate::model::{ConferenceLine, Model, Session};
use crate::msg;
use crate::text::date::{self, Date};
use crate::text::{self, TextEdit, TextRange};

pub static OUTDATED: Rule = Rule {
    code: "RLS0401",
    name: "outdated-citation",
    default_severity: Severity::Warning,
    summary: "A citation names a revision older than the latest one known to the catalogue (as of the citing document's own conference).",
    explanation: "The cited revision is older than the latest one the catalogue knows from a trusted source (an official ITU text or a verbatim copy of one; see catalogue.md). The message names the later revision, the conference that adopted it, and its source (by name, never a URL) and as-of date. Preferred fix: rewrite the revision to the latest known (when every number sharing the revision has the same latest one, and the place has a name in the citation's language).",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 77 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n忆及\nWTDC第77号决议（2017年，布宜诺斯艾利斯，修订版），\n做出决议\n继续。\n"],
};

pub static OUTDATED_ORIGINAL: Rule = Rule {
    code: "RLS0402",
    name: "cites-original-adoption",
    default_severity: Severity::Information,
    summary: "A citation names the original adoption of a text that was revised since; legitimate when meant.",
    explanation: "Like RLS0401, but the citation names the original adoption (`Resolution 2 (Kyoto, 1994)`), which is legitimate when meant (\"established by…\"). The fix is offered but never preferred; the severity is tunable on its own.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 77 (Doha, 2006) of the World Telecommunication Development Conference,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n忆及\nWTDC第77号决议（2006年，多哈），\n做出决议\n继续。\n"],
};

pub static IMPOSSIBLE: Rule = Rule {
    code: "RLS0403",
    name: "impossible-revision",
    default_severity: Severity::Error,
    summary: "No conference of that body met at that place in that year.",
    explanation: "No conference of that body met at that place in that year: WTDC at Hammamet (no WTDC met in 2016; WTSA-16 met there), Tokyo for Kyoto 1994, a year in which the body met elsewhere (the message says where). Only claimed for years whose list of meetings is complete, and only when the place name is one the catalogue can compare.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 30 (Rev. Hammamet, 2016) of the World Telecommunication Development Conference,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n忆及\n世界电信发展大会第30号决议（2016年，哈马马特，修订版），\n做出决议\n继续。\n"],
};

pub static MERGED: Rule = Rule {
    code: "RLS0404",
    name: "merged-revision",
    default_severity: Severity::Error,
    summary: "Two revisions in one citation or conference line: tracked-change residue.",
    explanation: "Two revisions in one citation (`（2017年，布宜诺斯艾利斯2022年，基加利，修订版）`, `(REV. DUBAI, 2018BUCHAREST, 2022)`) or two meetings in a conference line (`（2018年，迪拜2022年，布加勒斯特）`): tracked-change residue. Two fixes: keep the older, keep the newer (preferred).",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 23 (Rev. Buenos Aires, 2017Kigali, 2022) of the World Telecommunication Development Conference,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n忆及\nWTDC第23号决议（2017年，布宜诺斯艾利斯2022年，基加利，修订版），\n做出决议\n继续。\n"],
};

pub static THIS_CONFERENCE: Rule = Rule {
    code: "RLS0405",
    name: "this-conference-mismatch",
    default_severity: Severity::Error,
    summary: "A \"this conference\" citation (or an identity line) names a revision other than the document's own conference line.",
    explanation: "A \"this conference\" citation (`本届大会第50号决议（2017年，…）`), or the identity line, names a revision other than the document's own conference line; the related place is the conference line. Preferred fix: name the document's conference.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 23 (Rev. Buenos Aires, 2017) of this conference,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n忆及\n本届大会第23号决议（2017年，布宜诺斯艾利斯，修订版），\n做出决议\n继续。\n"],
};

pub static AMBIGUOUS_BODY: Rule = Rule {
    code: "RLS0406",
    name: "ambiguous-body",
    default_severity: Severity::Information,
    summary: "Neither the citation nor its context says which body adopted the cited text.",
    explanation: "Neither the citation nor its context says which body adopted the text, and its revision does not tell (or several bodies met there, like WTSA-12 and WCIT-12 at Dubai). The message lists the bodies that have such a number in the catalogue.",
    examples: &["recalling\nResolution 2 on its work,\nresolves\nto act.\n", "忆及\n第2号决议，\n做出决议\n继续。\n"],
};

pub static UNKNOWN_REVISION: Rule = Rule {
    code: "RLS0407",
    name: "unknown-revision",
    default_severity: Severity::Information,
    summary:
        "A real conference of that body, but a revision (or meeting) the catalogue does not know.",
    explanation: "A revision the catalogue does not know: newer than what it holds (the message says up to which meeting it knows the body, e.g. \"it knows WTSA up to Geneva, 2022\"), a later revision reported only by a source it does not trust (never a warning, never a fix), a meeting outside the years its conference list covers, or a place spelling it cannot compare. Add the fact to `resolution-catalogue.tsv`, or build one from the official texts (`resolution-ls catalogue build`), if it is right.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 23 (Rev. Baku, 2025) of the World Telecommunication Development Conference,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n忆及\nWTDC第23号决议（2025年，巴库，修订版），\n做出决议\n继续。\n"],
};

pub static UNKNOWN_NUMBER: Rule = Rule {
    code: "RLS0408",
    name: "unknown-number",
    default_severity: Severity::Information,
    summary: "The catalogue has no entry for that body and number (the catalogue is incomplete).",
    explanation:
        "The catalogue has no entry for that body and number; its revisions cannot be checked.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 987 (Rev. Kigali, 2022) of the World Telecommunication Development Conference,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n忆及\nWTDC第987号决议（2022年，基加利，修订版），\n做出决议\n继续。\n"],
};

/// The rules whose fixes change what a citation says (another revision,
/// one side of a merged revision, this conference's meeting): *unsafe*, as
/// in ruff. An editor offers them as code actions; `check --fix` applies
/// them only with `--unsafe-fixes`. Relettering, fused labels and
/// punctuation are safe.
pub const UNSAFE_FIX_CODES: [&str; 4] = [
    OUTDATED.code,
    OUTDATED_ORIGINAL.code,
    MERGED.code,
    THIS_CONFERENCE.code,
];

/// True when the fixes of findings with `code` may be applied without
/// asking (see [`UNSAFE_FIX_CODES`]).
pub fn fix_is_safe(code: &str) -> bool {
    !UNSAFE_FIX_CODES.contains(&code)
}

pub static TRACKED_CHANGE: Rule = Rule {
    code: "RLS0409",
    name: "citation-tracked-change",
    default_severity: Severity::Information,
    summary: "A citation changed by a tracked change that is not yet accepted (Word documents).",
    explanation: "In a Word document, a citation that a tracked change rewrote and nobody has accepted yet: `(Rev. Busan, 2014)` deleted and `(Rev. Dubai, 2018)` inserted. The accepted text is what the other rules check; this finding says what the change is, where exporting the document without accepting it would leave merged revisions (`BusanDubai, 20142018`, see RLS0404). No fix: accept or reject the change in Word. In the examples, `{~~old~>new~~}` stands for Word's tracked change (CriticMarkup).",
    examples: &["resolves\n1\tto apply Resolution 123 (Rev. {~~Busan, 2014~>Dubai, 2018~~}) of the Plenipotentiary Conference.\n", "做出决议\n1\t落实全权代表大会第123号决议（{~~2014年，釜山~>2018年，迪拜~~}，修订版）。\n"],
};

/// Citations that a tracked change not yet accepted rewrote (RLS0409).
pub(crate) fn check_tracked_changes(model: &Model, text: &str, out: &mut Vec<Diagnostic>) {
    if model.tracked_changes.is_empty() {
        return;
    }
    let ranges = model
        .citations
        .iter()
        .map(|c| c.range)
        .chain(model.identities.iter().map(|i| i.range));
    for range in ranges {
        if let Some(old) = crate::model::before_tracked_changes(model, text, range) {
            out.push(Diagnostic::new(
                &TRACKED_CHANGE,
                range,
                msg_citation_tracked_change(&old, crate::text::slice(text, range)),
            ));
        }
    }
}

fn msg_citation_tracked_change(old: &str, new: &str) -> Message {
    msg!("citation-tracked-change", old = old, new = new)
}

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS04",
    title: "Citations",
    intro: "A citation names a resolution, decision, recommendation or opinion, its number(s), the issuing body and a revision: `全权代表大会第101号决议（2010年，瓜达拉哈拉，修订版）`, `Resolution 177 (Rev. Busan, 2014) of the Plenipotentiary Conference`, `本届大会第102、130、133、180和197号决议（…）`, `[Resolutions 44 (Rev. Hammamet, 2016)] and [76 (Rev. Hammamet, 2016)] of this assembly`.
Each is checked against the catalogue of conferences and resolutions ([catalogue.md](catalogue.md)), which is never complete: what it does not know is *unknown* (information), never an error.
The body comes from the citation (before or after the number, `ITU-R`, `(C24)`, `(Rev.WRC-07)`), from \"this conference\" (`本届大会`, `本届全会`, `of this assembly`: the document's conference line), or is deduced when only one body met at the cited place and year (`第2号决议（2022年，布加勒斯特，修订版）` is PP's); otherwise it is ambiguous and nothing is guessed.
\"Outdated\" is judged against the revisions adopted up to the citing document's own conference: a WTDC-22 text (June 2022) is not outdated for citing what PP-22 revised in October 2022.
UN General Assembly resolutions (`联大第70/125号决议`), Questions (`第3/2号课题`) and Sector Recommendations (`ITU-T D.50建议书`) are recognized and never checked.
An identity line (`RESOLUTION 101 (REV. BUCHAREST, 2022)`) names the document itself: it is checked for merged and impossible revisions and against its conference line, not for being outdated.
Fixes write the revision in the citation's language and style: `（2022年，基加利，修订版）`, `(2022年,基加利,修订版)`, `(Rev. Kigali, 2022)`, `(REV. KIGALI, 2022)`.",
    rules: &[&OUTDATED, &OUTDATED_ORIGINAL, &IMPOSSIBLE, &MERGED, &THIS_CONFERENCE, &AMBIGUOUS_BODY, &UNKNOWN_REVISION, &UNKNOWN_NUMBER, &TRACKED_CHANGE],
};

/// What the citation checks may be told beyond per-code severities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitationConfig {
    /// Severity of RLS0402 (citing an original adoption that was revised
    /// since), which is legitimate when meant; `None` turns it off.
    pub original_adoption: Option<Severity>,
    /// Judge "outdated" against the revisions adopted up to the citing
    /// document's own conference (a WTDC-22 text is not outdated for not
    /// citing what PP-22 adopted four months later). Documents without a
    /// conference line are judged against everything known.
    pub as_of_document_conference: bool,
    /// This year: a document dated later (a draft for a coming conference)
    /// is judged as of today.
    pub today_year: u16,
}

impl Default for CitationConfig {
    fn default() -> CitationConfig {
        CitationConfig {
            original_adoption: Some(OUTDATED_ORIGINAL.default_severity),
            as_of_document_conference: true,
            today_year: this_year(),
        }
    }
}

/// Checks every citation of one file. `text` is the file's text; the
/// citing document's conference comes from `model.document_at(offset)`.
/// Also reports tracked-change residue in conference lines.
pub fn check(
    model: &Model,
    text: &str,
    citations: &[Citation],
    catalogue: &Catalogue,
    config: &CitationConfig,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for doc in &model.documents {
        if let Some(conf) = &doc.conference {
            if conf.sessions.len() > 1 {
                out.push(merged_conference_line(conf, text));
            } else if let Some(group) = merged_conference_group(conf, text) {
                // Residue the conference line's own reading does not split
                // (`(HammametGeneva, 20162022)`): read as a revision group,
                // with the same two fixes as in a citation.
                let as_citation = Citation {
                    kind: CitationKind::Resolution,
                    body: CitedBody::Ambiguous,
                    body_range: None,
                    numbers: Default::default(),
                    groups: smallvec::smallvec![group.clone()],
                    part: None,
                    session: None,
                    language: group.style.language,
                    range: group.range,
                };
                Checker {
                    model,
                    text,
                    catalogue,
                    config,
                    citation: &as_citation,
                    out: &mut out,
                }
                .merged(&group);
            }
        }
    }
    // Identity lines are not citations (the model leaves them out of
    // `model.citations`), but they are checked as the document's own
    // identity: merged revisions, impossible meetings, the conference line.
    let identities: Vec<Citation> = model
        .identities
        .iter()
        .filter(|id| !citations.iter().any(|c| c.range.intersects(id.range)))
        .map(|id| id.as_citation())
        .collect();
    out.extend(check_each(model, text, citations, catalogue, config));
    out.extend(check_each(model, text, &identities, catalogue, config));
    out.sort_by(|a, b| (a.range, a.code).cmp(&(b.range, b.code)));
    out
}

/// The findings of `citations` alone, not of the documents' conference
/// and identity lines: what an edit inside a clause line changes.
pub fn check_each(
    model: &Model,
    text: &str,
    citations: &[Citation],
    catalogue: &Catalogue,
    config: &CitationConfig,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for citation in citations {
        Checker {
            model,
            text,
            catalogue,
            config,
            citation,
            out: &mut out,
        }
        .run();
    }
    out
}

/// The current year, from the system clock (UTC).
fn this_year() -> u16 {
    let year = Date::from_epoch_secs(date::now_epoch_secs()).year;
    u16::try_from(year).unwrap_or(u16::MAX)
}

struct Checker<'a> {
    model: &'a Model,
    text: &'a str,
    catalogue: &'a Catalogue,
    config: &'a CitationConfig,
    citation: &'a Citation,
    out: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    fn run(&mut self) {
        let c = self.citation;
        if c.kind.catalogue_kind().is_none() {
            return;
        }
        let doc = self.model.document_at(c.range.start);
        let conf = doc.and_then(|d| d.conference.as_ref());
        let is_identity = doc
            .and_then(|d| d.identity.as_ref())
            .is_some_and(|l| l.range.intersects(c.range) || l.range.contains_range(c.range));
        for group in &c.groups {
            if group.is_merged() {
                self.merged(group);
            }
        }
        // An identity line names the document itself: its body is the
        // conference line's, and its revision must be that conference.
        let conf_body = conf.and_then(|c| c.body);
        let this_conference = c.body == CitedBody::ThisConference
            || (is_identity
                && match c.body {
                    CitedBody::Ambiguous => true,
                    CitedBody::Known(b) => Some(b) == conf_body,
                    CitedBody::ThisConference => true,
                });
        let mut as_cited = c.clone();
        if is_identity && this_conference {
            as_cited.body = CitedBody::ThisConference;
        }
        let resolved = resolve_body(&as_cited, conf, self.catalogue);
        let Some(body) = resolved.body else {
            if !is_identity {
                self.ambiguous(&resolved, conf.is_some());
            }
            return;
        };
        if body == Body::Unga {
            return;
        }
        let mut skip_groups: BTreeSet<usize> = BTreeSet::new();
        // The identity line of a MOD proposal names the coming conference,
        // and so must its conference line: the proposal rules (RLS0707,
        // RLS0710) judge both against it, so neither is "fixed" to the other.
        let in_mod = is_identity
            && self
                .model
                .proposal_for(c.range)
                .is_some_and(|p| p.action == crate::model::proposals::Action::Mod);
        if this_conference && !in_mod {
            if let Some((conf, session)) = conf.and_then(|c| Some((c, c.session()?))) {
                for (gi, group) in c.groups.iter().enumerate() {
                    let Some(r) = group.cited() else { continue };
                    if !self.same_session(r, session) {
                        self.this_conference_mismatch(group, r, conf, session, body, is_identity);
                        skip_groups.insert(gi);
                    }
                }
            }
        }
        for (gi, group) in c.groups.iter().enumerate() {
            for r in &group.revisions {
                if self.meeting(body, r) && group.cited() == Some(r) {
                    skip_groups.insert(gi);
                }
            }
        }
        if is_identity {
            return;
        }
        // The date the citation is judged at: the document's own (its
        // conference's session; without a conference line, the year its
        // date, history or identity line gives), or today for a draft with
        // no date, or for one dated after today (a coming conference).
        let limit = if self.config.as_of_document_conference {
            let session_date = conf.and_then(|cf| {
                let session = cf.session()?;
                let date = cf
                    .body
                    .and_then(|b| self.catalogue.meetings_at(b, &session.place, session.year))
                    .map_or(MeetingDate::year(session.year), |m| m.date());
                let written = text::slice(self.text, session.range).trim();
                let label = if written.is_empty() {
                    format!("{}, {}", session.place, session.year)
                } else {
                    written.to_string()
                };
                Some((date, label))
            });
            session_date
                .or_else(|| {
                    doc.and_then(|d| d.year)
                        .map(|y| (MeetingDate::year(y), y.to_string()))
                })
                .filter(|(date, _)| date.year <= self.config.today_year)
        } else {
            None
        };
        let judged_at = limit.as_ref().map(|(_, label)| label.clone());
        for i in 0..c.numbers.len() {
            if c.numbers[i].group.is_some_and(|g| skip_groups.contains(&g)) {
                continue;
            }
            self.number(
                i,
                body,
                limit.as_ref().map(|(d, _)| *d),
                judged_at.as_deref(),
            );
        }
    }

    fn place_label(&self, written: &str) -> String {
        self.catalogue
            .place(written)
            .map_or_else(|| written.to_string(), |p| p.name.clone())
    }

    /// A revision as the document writes it (`Rev. Buenos Aires, 2017`,
    /// `2022年，基加利，修订版`), for messages.
    fn cited_label(&self, r: &Revision, index: Option<u16>) -> String {
        let written = self.citation.revision_as_written(self.text, r);
        if !written.is_empty() && r.meeting.is_none() {
            return match index {
                Some(i) => format!("-{i} ({written})"),
                None => written.to_string(),
            };
        }
        let mut s = String::new();
        if let Some(m) = &r.meeting {
            s.push_str(if r.revised { "Rev. " } else { "" });
            s.push_str(m);
            return s;
        }
        if r.revised && index.is_none() {
            s.push_str("Rev. ");
        }
        if let Some(p) = &r.place {
            s.push_str(&self.place_label(p));
            s.push_str(", ");
        }
        if let Some(y) = r.year {
            s.push_str(&y.to_string());
        }
        let s = s.trim_end_matches([',', ' ']).to_string();
        match index {
            Some(i) => format!("-{i} ({s})"),
            None => s,
        }
    }

    /// A known revision as the citation's own style writes it:
    /// `Rev. Kigali, 2022 (WTDC-22)`, `（2022年，基加利，修订版）`.
    fn known_label_in(
        &self,
        body: Body,
        r: &KnownRevision,
        style: Option<&crate::model::citations::RevisionStyle>,
    ) -> String {
        if let Some(style) = style.filter(|s| s.language != Language::English && !s.meeting_form) {
            let place = match &r.place {
                Some(p) => self
                    .catalogue
                    .place_name(p, style.language)
                    .map(str::to_string),
                None => None,
            };
            if place.is_some() || r.place.is_none() {
                let revised = r.revised || r.index.is_some_and(|x| x > 0);
                return format_group(style, style.language, place.as_deref(), r.year, revised);
            }
        }
        self.known_label(body, r)
    }

    /// `Rev. Kigali, 2022 (WTDC-22)`.
    fn known_label(&self, body: Body, r: &KnownRevision) -> String {
        let edition = match (&r.place, r.year) {
            (Some(p), Some(y)) => self
                .catalogue
                .meetings_at(body, p, y)
                .and_then(|m| m.edition.clone()),
            _ => None,
        };
        match edition {
            Some(e) => format!("{} ({e})", r.label()),
            None => r.label(),
        }
    }

    fn same_session(&self, r: &Revision, s: &Session) -> bool {
        r.year == Some(s.year)
            && r.place
                .as_deref()
                .is_none_or(|p| self.catalogue.same_place(p, &s.place))
    }

    fn merged(&mut self, group: &RevisionGroup) {
        let mut sorted: Vec<&Revision> = group.revisions.iter().collect();
        sorted.sort_by_key(|r| r.year);
        let (older, newer) = (sorted[0], sorted[sorted.len() - 1]);
        let labels: Vec<String> = group
            .revisions
            .iter()
            .map(|r| self.cited_label(r, None))
            .collect();
        // In a MOD identity line the newer side is the proposal's (the
        // tracked change inserted it after the one it deletes).
        let proposal = self
            .model
            .proposal_for(group.range)
            .filter(|p| p.action == crate::model::proposals::Action::Mod)
            .map(|p| p.label());
        let message = match &proposal {
            Some(label) => super::proposals::msg_merged_sides(
                &labels.join(" / "),
                label,
                &self.cited_label(newer, None),
                &self.cited_label(older, None),
            ),
            None => msg!("citation-merged", revisions = labels.join(" / ")),
        };
        let mut d = Diagnostic::new(&MERGED, group.range, message);
        for (which, r, preferred) in [("older", older, false), ("newer", newer, true)] {
            // `(… Buenos Aires, 20172022)`: the newer place was lost; a fix
            // must not invent it.
            if r.place.is_none() && !group.style.meeting_form {
                continue;
            }
            let new_text = format_group(
                &group.style,
                group.style.language,
                r.place.as_deref(),
                r.year,
                r.revised,
            );
            let title = match (&proposal, preferred) {
                (Some(_), true) => super::proposals::msg_fix_keep_proposal(&new_text),
                (Some(_), false) => super::proposals::msg_fix_keep_modified(&new_text),
                (None, _) => msg!("fix-keep-revision", which = which, revision = &new_text),
            };
            d = d.with_fix(Fix::replace(title, group.range, new_text, preferred));
        }
        self.out.push(d);
    }

    fn this_conference_mismatch(
        &mut self,
        group: &RevisionGroup,
        r: &Revision,
        conf: &ConferenceLine,
        session: &Session,
        body: Body,
        is_identity: bool,
    ) {
        let c = self.citation;
        let what = if is_identity {
            msg!("place-identity-line")
        } else {
            match c.body_range.map(|br| text::slice(self.text, br)) {
                Some(written) => msg!("quoted-code", text = written),
                None => msg!("place-this-conference"),
            }
        };
        let message = msg!(
            "citation-this-conference",
            what = what,
            cited = self.cited_label(r, None),
            body = body.to_string(),
            place = self.place_label(&session.place),
            year = session.year.to_string()
        );
        let mut d = Diagnostic::new(&THIS_CONFERENCE, group.range, message)
            .with_related(conf.range, msg!("related-conference-line"));
        if !group.style.meeting_form {
            let place = if crate::model::language::detect(&session.place) == group.style.language
                || group.style.language == Language::English && session.place.is_ascii()
            {
                Some(session.place.clone())
            } else {
                self.catalogue
                    .place(&session.place)
                    .and_then(|p| p.name_in(group.style.language))
                    .map(str::to_string)
            };
            if let Some(place) = place {
                let new_text = format_group(
                    &group.style,
                    group.style.language,
                    Some(&place),
                    Some(session.year),
                    r.revised,
                );
                d = d.with_fix(Fix::replace(
                    msg!("fix-name-conference", revision = &new_text),
                    group.range,
                    new_text,
                    true,
                ));
            }
        }
        self.out.push(d);
    }

    /// Checks the meeting a revision names. Returns true when the revision
    /// is impossible or its meeting unknown (nothing more to say about it).
    fn meeting(&mut self, body: Body, r: &Revision) -> bool {
        if matches!(body, Body::Council | Body::Unga) {
            return false;
        }
        let (Some(place), Some(year)) = (r.place.as_deref(), r.year) else {
            return false;
        };
        let cat = self.catalogue;
        if cat.meetings_at(body, place, year).is_some() {
            return false;
        }
        let in_year: Vec<_> = cat.meetings_in(body, year).collect();
        let shown = self.place_label(place);
        let elsewhere_years: Vec<String> = cat
            .conferences(body)
            .iter()
            .filter(|m| m.place.as_deref().is_some_and(|p| cat.same_place(p, place)))
            .map(|m| m.year.to_string())
            .collect();
        let also = if elsewhere_years.is_empty() {
            None
        } else {
            Some(msg!(
                "meeting-met-there-in",
                body = body.to_string(),
                place = &shown,
                years = elsewhere_years.join(", ")
            ))
        };
        let with_also = |m: Message| match &also {
            Some(a) => msg!("joined", first = m, second = a.clone()),
            None => m,
        };
        if let Some(m) = in_year.iter().find(|m| m.place.is_some()) {
            // A spelling the catalogue does not know, in a language in which
            // it knows no name for the meeting's place, may be right.
            let language = self.citation.language;
            let comparable = cat.place(place).is_some()
                || m.place
                    .as_deref()
                    .and_then(|p| cat.place_name(p, language))
                    .is_some();
            if !comparable {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    r.range,
                    msg!(
                        "meeting-place-unknown",
                        place = place,
                        year = year.to_string(),
                        body = body.to_string(),
                        met = m.place.as_deref().unwrap_or("?"),
                        edition = m.edition.as_deref().unwrap_or(body.code())
                    ),
                ));
                return true;
            }
            let msg = with_also(msg!(
                "meeting-impossible-place",
                body = body.to_string(),
                place = &shown,
                year = year.to_string(),
                met = m.place.as_deref().unwrap_or("?"),
                edition = m.edition.as_deref().unwrap_or(body.code())
            ));
            self.out.push(Diagnostic::new(&IMPOSSIBLE, r.range, msg));
            return true;
        }
        if !in_year.is_empty() {
            // The body met that year at a place nobody has verified.
            return false;
        }
        match cat.coverage(body) {
            Some(cov) if (cov.from..=cov.to).contains(&year) => {
                let list = cat.conferences(body);
                let before = list.iter().rev().find(|m| m.year < year);
                let after = list.iter().find(|m| m.year > year);
                let near: Vec<String> = [before, after]
                    .into_iter()
                    .flatten()
                    .map(|m| match m.place.as_deref() {
                        Some(p) => format!("{} ({p})", m.year),
                        None => m.year.to_string(),
                    })
                    .collect();
                let others: Vec<String> = cat
                    .meetings_anywhere(place, year)
                    .iter()
                    .map(|m| m.label())
                    .collect();
                let mut msg = if near.is_empty() {
                    msg!(
                        "meeting-none-in-year",
                        body = body.to_string(),
                        year = year.to_string()
                    )
                } else {
                    msg!(
                        "meeting-none-in-year-near",
                        body = body.to_string(),
                        year = year.to_string(),
                        near = near.join(", ")
                    )
                };
                if !others.is_empty() {
                    msg = msg!(
                        "joined",
                        first = msg,
                        second = msg!(
                            "meeting-others-there",
                            place = &shown,
                            year = year.to_string(),
                            others = others.join(", ")
                        )
                    );
                }
                self.out
                    .push(Diagnostic::new(&IMPOSSIBLE, r.range, with_also(msg)));
            }
            Some(cov) => {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    r.range,
                    msg!(
                        "meeting-unknown-outside-coverage",
                        body = body.to_string(),
                        place = &shown,
                        year = year.to_string(),
                        from = cov.from.to_string(),
                        to = cov.to.to_string()
                    ),
                ));
            }
            None => {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    r.range,
                    msg!(
                        "meeting-unknown",
                        body = body.to_string(),
                        place = &shown,
                        year = year.to_string()
                    ),
                ));
            }
        }
        true
    }

    fn ambiguous(&mut self, resolved: &ResolvedBody, has_conference: bool) {
        let c = self.citation;
        let numbers: Vec<&str> = c.numbers.iter().map(|n| n.text.as_str()).collect();
        let written = text::slice(self.text, c.range);
        let what = if written.is_empty() {
            numbers.join(", ")
        } else {
            written.to_string()
        };
        let mut msg = if c.body == CitedBody::ThisConference && !has_conference {
            msg!("ambiguous-no-conference-line", what = &what)
        } else {
            msg!("ambiguous-body", what = &what)
        };
        if !resolved.meetings.is_empty() {
            msg = msg!(
                "joined",
                first = msg,
                second = msg!("ambiguous-all-met", meetings = resolved.meetings.join(", "))
            );
        }
        let known = match resolved.candidates.as_slice() {
            [] => msg!("ambiguous-none", what = &what),
            [one] => msg!("ambiguous-one", what = &what, body = one.to_string()),
            many => msg!(
                "ambiguous-many",
                what = &what,
                bodies = many.iter().map(|b| b.code()).collect::<Vec<_>>().join(", ")
            ),
        };
        let msg = msg!("joined", first = msg, second = known);
        let range = TextRange::new(
            c.numbers.first().map_or(c.range.start, |n| n.range.start),
            c.numbers.last().map_or(c.range.end, |n| n.range.end),
        );
        let range = if c.kind == CitationKind::Opinion {
            c.range
        } else {
            range
        };
        self.out.push(Diagnostic::new(&AMBIGUOUS_BODY, range, msg));
    }

    fn number(
        &mut self,
        i: usize,
        body: Body,
        limit: Option<MeetingDate>,
        judged_at: Option<&str>,
    ) {
        let c = self.citation;
        let n = &c.numbers[i];
        let Some(key) = c.key(i, body) else { return };
        if self.catalogue.entry(&key).is_none() {
            self.out.push(Diagnostic::new(
                &UNKNOWN_NUMBER,
                n.range,
                msg!("citation-unknown-number", key = key_message(&key)),
            ));
            return;
        }
        if key.kind == crate::catalogue::Kind::Opinion {
            return;
        }
        let group = c.group_of(i);
        let style = group.map(|g| &*g.style);
        let cited = group.and_then(RevisionGroup::cited);
        let index = n.index();
        if cited.is_none() && index.is_none() {
            return;
        }
        let cat = self.catalogue;
        let known = cat.revisions(&key);
        let cited_year = cited.and_then(|r| r.year);
        let is_known = known.iter().any(|k| {
            cited_year.is_none_or(|y| k.year == Some(y))
                && (index.is_none() || k.index.is_none() || k.index == index)
        });
        let range = match group {
            Some(g) if c.numbers.iter().filter(|m| m.group == n.group).count() == 1 => {
                TextRange::new(n.range.start, g.range.end)
            }
            _ => n.range,
        };
        let cited_label = match cited {
            Some(r) => self.cited_label(r, index),
            None => format!("-{}", index.unwrap_or(0)),
        };
        // Is the cited revision older than `r`?
        let older_than = |r: &KnownRevision| match (cited_year, r.year) {
            (Some(cy), Some(ly)) if cy != ly => cy < ly,
            _ => match (index, r.index) {
                (Some(ci), Some(li)) if ci != li => ci < li,
                _ => false,
            },
        };
        let Some(latest_any) = cat.latest_as_of(&key, limit) else {
            if !is_known {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    range,
                    msg!(
                        "citation-no-revision-known",
                        key = key_message(&key),
                        cited = &cited_label
                    ),
                ));
            }
            return;
        };
        // "Outdated" only against a revision from a trusted source.
        let latest = match cat.latest_trusted_as_of(&key, limit) {
            Some(t) if older_than(t) => t,
            _ => {
                if older_than(latest_any) {
                    // A later revision that only an untrusted source reports.
                    self.out.push(Diagnostic::new(
                        &UNKNOWN_REVISION,
                        range,
                        msg!(
                            "citation-unconfirmed-revision",
                            key = key_message(&key),
                            cited = &cited_label,
                            latest = self.known_label_in(body, latest_any, style)
                        ),
                    ));
                } else if !is_known {
                    let after = cat.known_up_to(body).is_some_and(|m| {
                        cited_year.is_some_and(|y| {
                            y > m.year
                                || (y == m.year
                                    && cited.and_then(|r| r.place.as_deref()).is_some_and(|p| {
                                        m.place.as_deref().is_none_or(|mp| !cat.same_place(mp, p))
                                    }))
                        })
                    });
                    let latest = self.known_label_in(body, latest_any, style);
                    let message = if after {
                        msg!(
                            "citation-revision-after-catalogue",
                            key = key_message(&key),
                            cited = &cited_label,
                            latest = latest
                        )
                    } else {
                        msg!(
                            "citation-revision-unknown",
                            key = key_message(&key),
                            cited = &cited_label,
                            latest = latest
                        )
                    };
                    self.out
                        .push(Diagnostic::new(&UNKNOWN_REVISION, range, message));
                }
                return;
            }
        };
        let original = cited.is_some_and(|r| !r.revised) && index.is_none_or(|i| i == 0);
        let (rule, severity) = if original {
            match self.config.original_adoption {
                Some(s) => (&OUTDATED_ORIGINAL, s),
                None => return,
            }
        } else {
            (&OUTDATED, OUTDATED.default_severity)
        };
        let latest_label = self.known_label_in(body, latest, style);
        let message = if original {
            msg!(
                "citation-outdated-original",
                key = key_message(&key),
                cited = &cited_label,
                latest = latest_label
            )
        } else {
            match judged_at {
                Some(at) => msg!(
                    "citation-outdated-at",
                    key = key_message(&key),
                    cited = &cited_label,
                    date = at,
                    latest = latest_label
                ),
                None => msg!(
                    "citation-outdated",
                    key = key_message(&key),
                    cited = &cited_label,
                    latest = latest_label
                ),
            }
        };
        let mut d = Diagnostic::new(rule, range, message);
        d.severity = severity;
        if let Some(mut fix) = self.update_fix(i, &key, latest, limit) {
            // Citing an original adoption may be meant: never the one-key fix.
            fix.preferred = !original;
            d = d.with_fix(fix);
        }
        self.out.push(d);
    }

    /// Rewrites the revision of number `i` to `latest`, in the citation's
    /// language and style, when that is certain: the place has a name in
    /// that language and every number sharing the revision has the same
    /// latest revision.
    fn update_fix(
        &self,
        i: usize,
        key: &Key,
        latest: &KnownRevision,
        limit: Option<MeetingDate>,
    ) -> Option<Fix> {
        let c = self.citation;
        let n = &c.numbers[i];
        let mut edits = Vec::new();
        let mut shown = Vec::new();
        if let Some(group) = c.group_of(i) {
            if group.style.meeting_form {
                return None;
            }
            for (j, other) in c.numbers.iter().enumerate() {
                if j == i || other.group != n.group {
                    continue;
                }
                let other_key = c.key(j, key.body)?;
                let other_latest = self.catalogue.latest_trusted_as_of(&other_key, limit)?;
                if (other_latest.year, &other_latest.place) != (latest.year, &latest.place) {
                    return None;
                }
            }
            let language = group.style.language;
            let place = match &latest.place {
                Some(p) => Some(self.catalogue.place_name(p, language)?.to_string()),
                None => None,
            };
            let revised = latest.revised || latest.index.is_some_and(|x| x > 0);
            let new_text = format_group(
                &group.style,
                language,
                place.as_deref(),
                latest.year,
                revised,
            );
            shown.push(new_text.clone());
            edits.push(TextEdit {
                range: group.range,
                new_text,
            });
        }
        if let (Some(_), Some(li)) = (n.index(), latest.index) {
            let dash = n.text.find(['-', '‑'])?;
            let dash_len = n.text[dash..].chars().next()?.len_utf8();
            let start = n.range.start + dash + dash_len;
            edits.push(TextEdit {
                range: TextRange::new(start, n.range.end),
                new_text: li.to_string(),
            });
            shown.insert(0, format!("-{li}"));
        }
        if edits.is_empty() {
            return None;
        }
        Some(Fix {
            title: msg!("fix-cite-latest", revision = shown.join(" ")),
            edits,
            preferred: true,
        })
    }
}

/// The conference line's parenthesis read as a revision group, when it
/// holds merged meetings.
fn merged_conference_group(conf: &ConferenceLine, text: &str) -> Option<RevisionGroup> {
    let line = text.get(conf.range.as_range())?;
    let open = line.rfind(['(', '（'])?;
    parse_group(text, conf.range.start + open).filter(RevisionGroup::is_merged)
}

fn merged_conference_line(conf: &ConferenceLine, text: &str) -> Diagnostic {
    let first = &conf.sessions[0];
    let last = &conf.sessions[conf.sessions.len() - 1];
    let span = TextRange::new(
        first.range.start.min(last.range.start),
        first.range.end.max(last.range.end),
    );
    let names: Vec<String> = conf
        .sessions
        .iter()
        .map(|s| text::slice(text, s.range).to_string())
        .collect();
    let mut d = Diagnostic::new(
        &MERGED,
        span,
        msg!(
            "conference-line-merged",
            count = conf.sessions.len(),
            meetings = names.join(" / ")
        ),
    );
    let mut by_year: Vec<&Session> = conf.sessions.iter().collect();
    by_year.sort_by_key(|s| s.year);
    for (which, s, preferred) in [
        ("older", by_year[0], false),
        ("newer", by_year[by_year.len() - 1], true),
    ] {
        let new_text = text::slice(text, s.range).to_string();
        d = d.with_fix(Fix::replace(
            msg!("fix-keep-meeting", which = which, meeting = &new_text),
            span,
            new_text,
            preferred,
        ));
    }
    d
}
