//! Checking citations against the catalogue and the citing document's own
//! conference (codes RLS0401–RLS0408).

use std::collections::BTreeSet;

use super::revision::format_group;
use super::{
    bodies_adopting, Citation, CitationKind, CitedBody, Revision, RevisionGroup, AMBIGUOUS_BODY,
    IMPOSSIBLE, MERGED, OUTDATED, OUTDATED_ORIGINAL, THIS_CONFERENCE, UNKNOWN_NUMBER,
    UNKNOWN_REVISION,
};
use crate::analysis::{Diagnostic, Fix, Severity, TextEdit};
use crate::catalogue::{Catalogue, Key, KnownRevision, MeetingDate};
use crate::domain::{Body, Language};
use crate::model::{ConferenceLine, Model, Session};
use crate::text::{self, TextRange};

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
}

impl Default for CitationConfig {
    fn default() -> CitationConfig {
        CitationConfig {
            original_adoption: Some(OUTDATED_ORIGINAL.default_severity),
            as_of_document_conference: true,
        }
    }
}

/// How the body of a citation was determined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodySource {
    /// Written in the citation.
    Named,
    /// "This conference", resolved by the document's conference line (or,
    /// without one, by the revision's meeting).
    ThisConference,
    /// Not written; only one body (of those adopting that kind of text) met
    /// at the cited place and year.
    Deduced,
    /// Unknown.
    Unresolved,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedBody {
    pub body: Option<Body>,
    pub source: BodySource,
    /// When unresolved: the bodies that could have adopted it.
    pub candidates: Vec<Body>,
    /// When several bodies met at the cited place and year: their meetings.
    pub meetings: Vec<String>,
}

/// Which body a citation refers to, given the citing document's
/// conference line.
pub fn resolve_body(
    citation: &Citation,
    conference: Option<&ConferenceLine>,
    catalogue: &Catalogue,
) -> ResolvedBody {
    let resolved = |body, source| ResolvedBody {
        body: Some(body),
        source,
        candidates: Vec::new(),
        meetings: Vec::new(),
    };
    match citation.body {
        CitedBody::Known(b) => return resolved(b, BodySource::Named),
        CitedBody::ThisConference => {
            if let Some(b) = conference.and_then(|c| c.body) {
                return resolved(b, BodySource::ThisConference);
            }
        }
        CitedBody::Ambiguous => {}
    }
    let allowed = bodies_adopting(citation.kind);
    let mut deduced: Option<BTreeSet<Body>> = None;
    let mut meetings = Vec::new();
    for group in &citation.groups {
        let Some(r) = group.cited() else { continue };
        let bodies: BTreeSet<Body> = match (r.body_hint, r.place.as_deref(), r.year) {
            (Some(b), _, _) => [b].into(),
            (None, Some(place), Some(year)) => {
                let found = catalogue.meetings_anywhere(place, year);
                let found: Vec<_> = found
                    .into_iter()
                    .filter(|m| allowed.contains(&m.body))
                    .collect();
                if found.len() > 1 {
                    meetings = found.iter().map(|m| m.label()).collect();
                }
                found.iter().map(|m| m.body).collect()
            }
            _ => continue,
        };
        deduced = Some(match deduced {
            None => bodies,
            Some(prev) => prev.intersection(&bodies).copied().collect(),
        });
    }
    if let Some(set) = &deduced {
        if set.len() == 1 {
            let source = if citation.body == CitedBody::ThisConference {
                BodySource::ThisConference
            } else {
                BodySource::Deduced
            };
            return resolved(*set.iter().next().unwrap(), source);
        }
    }
    let mut candidates: BTreeSet<Body> = BTreeSet::new();
    if let Some(kind) = citation.kind.catalogue_kind() {
        for n in &citation.numbers {
            if let Some(v) = n.value() {
                candidates.extend(catalogue.bodies_with(kind, v).iter().copied());
            }
        }
    }
    if let Some(set) = deduced.filter(|s| !s.is_empty()) {
        candidates = candidates
            .intersection(&set)
            .copied()
            .collect::<BTreeSet<_>>();
        if candidates.is_empty() {
            candidates = set;
        }
    }
    ResolvedBody {
        body: None,
        source: BodySource::Unresolved,
        candidates: candidates.into_iter().collect(),
        meetings,
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
            }
        }
    }
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
    out.sort_by(|a, b| (a.range, a.code).cmp(&(b.range, b.code)));
    out
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
        if this_conference {
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
        let limit = if self.config.as_of_document_conference {
            conf.and_then(|cf| {
                let session = cf.session()?;
                let date = cf
                    .body
                    .and_then(|b| self.catalogue.meetings_at(b, &session.place, session.year))
                    .map_or(MeetingDate::year(session.year), |m| m.date());
                Some(date)
            })
        } else {
            None
        };
        for i in 0..c.numbers.len() {
            if c.numbers[i].group.is_some_and(|g| skip_groups.contains(&g)) {
                continue;
            }
            self.number(i, body, limit);
        }
    }

    fn place_label(&self, written: &str) -> String {
        self.catalogue
            .place(written)
            .map_or_else(|| written.to_string(), |p| p.name.clone())
    }

    /// `Rev. Buenos Aires, 2017` for a revision as cited.
    fn cited_label(&self, r: &Revision, index: Option<u16>) -> String {
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
        let mut d = Diagnostic::new(
            &MERGED,
            group.range,
            format!(
                "two revisions in one citation: {} — tracked-change residue; a citation names one revision",
                labels.join(" and ")
            ),
        );
        for (which, r, preferred) in [("older", older, false), ("newer", newer, true)] {
            let new_text = format_group(
                &group.style,
                group.style.language,
                r.place.as_deref(),
                r.year,
                r.revised,
            );
            d = d.with_fix(Fix {
                title: format!("Keep the {which} revision: {new_text}"),
                edits: vec![TextEdit {
                    range: group.range,
                    new_text,
                }],
                preferred,
            });
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
            "the identity line".to_string()
        } else {
            format!(
                "`{}`",
                c.body_range
                    .map(|br| text::slice(self.text, br))
                    .unwrap_or("this conference")
            )
        };
        let message = format!(
            "{what} names {}, but the document's conference line says it is adopted by {} ({}, {})",
            self.cited_label(r, None),
            body,
            self.place_label(&session.place),
            session.year
        );
        let mut d = Diagnostic::new(&THIS_CONFERENCE, group.range, message)
            .with_related(conf.range, "the document's conference line");
        if !group.style.meeting_form {
            let place = if Language::detect(&session.place) == group.style.language
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
                d = d.with_fix(Fix {
                    title: format!("Name this document's conference: {new_text}"),
                    edits: vec![TextEdit {
                        range: group.range,
                        new_text,
                    }],
                    preferred: true,
                });
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
            String::new()
        } else {
            format!("; {body} met at {shown} in {}", elsewhere_years.join(", "))
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
                    format!(
                        "the catalogue does not know the place name {place}; in {year} {body} met at {} ({}). If {place} is that city, add a `place` line to resolution-catalogue.tsv",
                        m.place.as_deref().unwrap_or("?"),
                        m.edition.as_deref().unwrap_or(body.code()),
                    ),
                ));
                return true;
            }
            let msg = format!(
                "no {body} met at {shown} in {year}: in {year} {body} met at {} ({}){also}",
                m.place.as_deref().unwrap_or("?"),
                m.edition.as_deref().unwrap_or(body.code()),
            );
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
                    .map(|m| {
                        format!(
                            "{} ({})",
                            m.year,
                            m.place.as_deref().unwrap_or("place unknown")
                        )
                    })
                    .collect();
                let others: Vec<String> = cat
                    .meetings_anywhere(place, year)
                    .iter()
                    .map(|m| m.label())
                    .collect();
                let mut msg = format!("no {body} met in {year}");
                if !near.is_empty() {
                    msg.push_str(&format!(" ({body} met in {})", near.join(" and ")));
                }
                if !others.is_empty() {
                    msg.push_str(&format!("; at {shown} in {year} met {}", others.join(", ")));
                }
                msg.push_str(&also);
                self.out.push(Diagnostic::new(&IMPOSSIBLE, r.range, msg));
            }
            Some(cov) => {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    r.range,
                    format!(
                        "the catalogue knows no {body} meeting at {shown} in {year} (its list of {body} meetings is complete for {}–{} only; {})",
                        cov.from,
                        cov.to,
                        cov.provenance.short()
                    ),
                ));
            }
            None => {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    r.range,
                    format!("the catalogue knows no {body} meeting at {shown} in {year} (its list of {body} meetings is incomplete)"),
                ));
            }
        }
        true
    }

    fn ambiguous(&mut self, resolved: &ResolvedBody, has_conference: bool) {
        let c = self.citation;
        let numbers: Vec<&str> = c.numbers.iter().map(|n| n.text.as_str()).collect();
        let kind = c
            .kind
            .catalogue_kind()
            .map_or("text", |k| k.word(Language::English));
        let what = format!("{kind} {}", numbers.join(", "));
        let mut msg = if c.body == CitedBody::ThisConference && !has_conference {
            format!("{what} is cited as this conference's, but the document has no conference line to say which")
        } else {
            format!("which body adopted {what} is not said (no body before or after the number, no \"this conference\")")
        };
        if !resolved.meetings.is_empty() {
            msg.push_str(&format!(
                "; {} all met at the cited place and year",
                resolved.meetings.join(" and ")
            ));
        }
        match resolved.candidates.as_slice() {
            [] => msg.push_str(&format!("; the catalogue has no {what} of any body")),
            [one] => msg.push_str(&format!("; in the catalogue, {what} is {one}'s")),
            many => msg.push_str(&format!(
                "; in the catalogue, {what} exists for {}",
                many.iter().map(|b| b.code()).collect::<Vec<_>>().join(", ")
            )),
        }
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

    fn number(&mut self, i: usize, body: Body, limit: Option<MeetingDate>) {
        let c = self.citation;
        let n = &c.numbers[i];
        let Some(key) = c.key(i, body) else { return };
        if self.catalogue.entry(&key).is_none() {
            self.out.push(Diagnostic::new(
                &UNKNOWN_NUMBER,
                n.range,
                format!("{key} is not in the catalogue (which is incomplete); add it to resolution-catalogue.tsv to have its revisions checked"),
            ));
            return;
        }
        if key.kind == crate::catalogue::Kind::Opinion {
            return;
        }
        let group = c.group_of(i);
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
        let Some(latest) = cat.latest_as_of(&key, limit) else {
            if !is_known {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    range,
                    format!("{key} is cited at {cited_label}; the catalogue knows no revision of it to compare with"),
                ));
            }
            return;
        };
        let older = match (cited_year, latest.year) {
            (Some(cy), Some(ly)) if cy != ly => cy < ly,
            _ => match (index, latest.index) {
                (Some(ci), Some(li)) if ci != li => ci < li,
                _ => return,
            },
        };
        if !older {
            if !is_known {
                self.out.push(Diagnostic::new(
                    &UNKNOWN_REVISION,
                    range,
                    format!(
                        "{key} is cited at {cited_label}, which the catalogue does not know; the latest it knows is {} ({}). If the revision is right, add it to resolution-catalogue.tsv",
                        self.known_label(body, latest),
                        latest.provenance.short()
                    ),
                ));
            }
            return;
        }
        let original = cited.is_some_and(|r| !r.revised) && index.is_none_or(|i| i == 0);
        let (rule, severity) = if original {
            match self.config.original_adoption {
                Some(s) => (&OUTDATED_ORIGINAL, s),
                None => return,
            }
        } else {
            (&OUTDATED, OUTDATED.default_severity)
        };
        let message = if original {
            format!(
                "{key} is cited at its original adoption ({cited_label}); it was revised since, latest known {} — {}. Citing the original adoption on purpose is fine",
                self.known_label(body, latest),
                latest.provenance.short()
            )
        } else {
            format!(
                "{key} is cited at {cited_label}; a later revision is known: {} — {}",
                self.known_label(body, latest),
                latest.provenance.short()
            )
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
                let other_latest = self.catalogue.latest_as_of(&other_key, limit)?;
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
            title: format!("Cite the latest known revision: {}", shown.join(" ")),
            edits,
            preferred: true,
        })
    }
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
        .map(|s| format!("{}, {}", s.place, s.year))
        .collect();
    let mut d = Diagnostic::new(
        &MERGED,
        span,
        format!(
            "the conference line names {} meetings ({}) — tracked-change residue; a document is adopted by one conference",
            conf.sessions.len(),
            names.join(" and ")
        ),
    );
    let mut by_year: Vec<&Session> = conf.sessions.iter().collect();
    by_year.sort_by_key(|s| s.year);
    for (which, s, preferred) in [
        ("older", by_year[0], false),
        ("newer", by_year[by_year.len() - 1], true),
    ] {
        let new_text = text::slice(text, s.range).to_string();
        d = d.with_fix(Fix {
            title: format!("Keep the {which} meeting: {new_text}"),
            edits: vec![TextEdit {
                range: span,
                new_text,
            }],
            preferred,
        });
    }
    d
}
