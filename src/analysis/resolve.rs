//! Resolution: which body a citation (or an identity line) refers to,
//! given the citing document and the catalogue, and what a document's
//! identity line teaches the catalogue about the texts it revises.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::catalogue::{Catalogue, Entry, Key, KnownRevision, Origin, Provenance, ResolutionEntry};
use crate::domain::Body;
use crate::model::citations::{bodies_adopting, Citation, CitedBody, Identity};
use crate::model::ConferenceLine;

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

/// The body of an identity line: written, or deduced from the revision's
/// meeting.
pub(crate) fn identity_body(identity: &Identity, catalogue: &Catalogue) -> Option<Body> {
    identity
        .body
        .or_else(|| resolve_body(&identity.as_citation(), None, catalogue).body)
}

/// The catalogue key an identity line names, once its body is known.
pub fn identity_key(identity: &Identity, catalogue: &Catalogue) -> Option<Key> {
    identity
        .as_citation()
        .key(0, identity_body(identity, catalogue)?)
}

/// What a workspace document's identity teaches the catalogue: that
/// revision of that text, with the document as provenance. `None` when the
/// identity names no revision or its body cannot be told.
pub fn identity_entry(
    identity: &Identity,
    document_key: &str,
    catalogue: &Catalogue,
) -> Option<Entry> {
    let body = identity_body(identity, catalogue)?;
    let key = identity_key(identity, catalogue)?;
    let r = identity.revision()?;
    let place = r.place.as_deref().map(|p| {
        catalogue
            .place(p)
            .map_or_else(|| p.to_string(), |pl| pl.name.clone())
    });
    let provenance = Arc::new(Provenance {
        source: format!("identity line of {document_key} ({body})"),
        as_of: None,
        detail: None,
        origin: Origin::Document {
            key: Arc::from(document_key),
        },
        ..Provenance::default()
    });
    let mut entry = ResolutionEntry::new(key, provenance.clone());
    entry.revisions.push(KnownRevision {
        place,
        year: r.year,
        revised: r.revised,
        index: identity.number.index(),
        provenance,
    });
    Some(Entry::Resolution(entry))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::citations::parse_identity;

    #[test]
    fn identity_teaches_the_catalogue() {
        let c = Catalogue::builtin();
        let id = parse_identity("RESOLUTION 101 (REV. BUCHAREST, 2022)").unwrap();
        let entry = identity_entry(&id, "drafts/res101.res", &c).unwrap();
        let layered = c.with_overlay(vec![entry]);
        let key = Key::new(Body::Pp, crate::catalogue::Kind::Resolution, 101);
        let latest = layered.latest(&key).unwrap();
        assert_eq!(latest.label(), "Rev. Bucharest, 2022");
        assert_eq!(latest.provenance.location(), "drafts/res101.res");
    }
}
