//! Editor features over citations, protocol-free: what is under the cursor,
//! hover text (Markdown), go to definition, find references, completion.

use std::sync::LazyLock;

use regex::Regex;

use super::{Completion, CompletionKind};
use crate::analysis::resolve::{identity_key, resolve_body, BodySource};
use crate::catalogue::{Catalogue, Key, Kind, MeetingDate};
use crate::domain::{Body, Language};
use crate::model::citations::{Citation, CitationKind, Identity};
use crate::model::{ConferenceLine, Model};
use crate::text::{floor_char_boundary, TextRange};
use crate::tr;

/// The citation under a cursor, and the number in it when the cursor is on
/// one (or on the revision that belongs to one, or the citation has only
/// one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CitationHit<'a> {
    pub citation: &'a Citation,
    pub number: Option<usize>,
}

/// The citation at byte `offset` (touching its end counts).
pub fn citation_at(citations: &[Citation], offset: usize) -> Option<CitationHit<'_>> {
    let citation = citations
        .iter()
        .find(|c| c.range.contains_inclusive(offset))?;
    let number = citation
        .numbers
        .iter()
        .position(|n| n.range.contains_inclusive(offset))
        .or_else(|| {
            let g = citation
                .groups
                .iter()
                .position(|g| g.range.contains_inclusive(offset))?;
            let sharing: Vec<usize> = (0..citation.numbers.len())
                .filter(|&i| citation.numbers[i].group == Some(g))
                .collect();
            (sharing.len() == 1).then(|| sharing[0])
        })
        .or_else(|| (citation.numbers.len() == 1).then_some(0));
    Some(CitationHit { citation, number })
}

pub(super) fn context(model: &Model, offset: usize) -> (Option<&ConferenceLine>, Language) {
    let doc = model.document_at(offset);
    (
        doc.and_then(|d| d.conference.as_ref()),
        doc.map_or(model.language, |d| d.language),
    )
}

/// The latest revision date a document may cite: its own conference.
fn limit_of(conference: Option<&ConferenceLine>, catalogue: &Catalogue) -> Option<MeetingDate> {
    let conf = conference?;
    let s = conf.session()?;
    Some(
        conf.body
            .and_then(|b| catalogue.meetings_at(b, &s.place, s.year))
            .map_or(MeetingDate::year(s.year), |m| m.date()),
    )
}

/// Hover text in Markdown: the title in the document's language, the body
/// and how it was determined, the cited revision against the latest known,
/// the status and where the facts come from.
/// Written in `lang` (titles of cited texts in the document's language).
pub fn hover(
    hit: &CitationHit<'_>,
    model: &Model,
    text: &str,
    catalogue: &Catalogue,
    lang: Language,
) -> Option<String> {
    let c = hit.citation;
    let (conference, language) = context(model, c.range.start);
    let numbers: Vec<usize> = match hit.number {
        Some(i) => vec![i],
        None => (0..c.numbers.len()).collect(),
    };
    let mut out = String::new();
    match c.kind {
        CitationKind::UnResolution => {
            let n: Vec<&str> = numbers
                .iter()
                .map(|&i| c.numbers[i].text.as_str())
                .collect();
            out.push_str(&tr!(lang, "hover-unga", numbers = n.join(", ")));
            return Some(out);
        }
        CitationKind::Question => {
            let n: Vec<&str> = numbers
                .iter()
                .map(|&i| c.numbers[i].text.as_str())
                .collect();
            out.push_str(&tr!(lang, "hover-question", numbers = n.join(", ")));
            return Some(out);
        }
        CitationKind::SectorRecommendation => {
            let n: Vec<&str> = numbers
                .iter()
                .map(|&i| c.numbers[i].text.as_str())
                .collect();
            out.push_str(&tr!(lang, "hover-recommendation", numbers = n.join(", ")));
            return Some(out);
        }
        _ => {}
    }
    let resolved = resolve_body(c, conference, catalogue);
    let Some(body) = resolved.body else {
        let kind = c.kind.catalogue_kind().map_or("", |k| k.word(language));
        let n: Vec<&str> = numbers
            .iter()
            .map(|&i| c.numbers[i].text.as_str())
            .collect();
        out.push_str(&tr!(
            lang,
            "hover-body-not-said",
            kind = kind,
            numbers = n.join(", ")
        ));
        out.push_str("\n\n");
        if resolved.candidates.is_empty() {
            out.push_str(&tr!(lang, "hover-no-text-of-number"));
        } else {
            out.push_str(&tr!(lang, "hover-in-catalogue"));
            out.push('\n');
            for b in &resolved.candidates {
                for &i in &numbers {
                    if let Some(key) = c.key(i, *b) {
                        let title = catalogue
                            .title(&key, language)
                            .map_or_else(|| tr!(lang, "hover-no-title"), str::to_string);
                        out.push_str(&format!("- {key}: {title}\n"));
                    }
                }
            }
        }
        return Some(out);
    };
    let how = match resolved.source {
        BodySource::Named => tr!(lang, "hover-body-named"),
        BodySource::ThisConference => tr!(lang, "hover-body-this-conference"),
        BodySource::Deduced => tr!(lang, "hover-body-deduced"),
        BodySource::Unresolved => tr!(lang, "hover-body-unresolved"),
    };
    let limit = limit_of(conference, catalogue);
    for (k, &i) in numbers.iter().enumerate() {
        if k > 0 {
            out.push_str("\n\n---\n\n");
        }
        let Some(key) = c.key(i, body) else { continue };
        out.push_str(&format!("**{key}**"));
        match catalogue.title(&key, language) {
            Some(t) => out.push_str(&format!(" — {t}\n\n")),
            None => out.push_str("\n\n"),
        }
        if language != Language::English {
            if let Some(en) = catalogue.title(&key, Language::English) {
                if Some(en) != catalogue.title(&key, language) {
                    out.push_str(&format!("*{en}*\n\n"));
                }
            }
        }
        out.push_str("- ");
        out.push_str(&tr!(
            lang,
            "hover-body-how",
            name = body.name(lang),
            code = body.to_string(),
            how = &how
        ));
        out.push('\n');
        if let Some(r) = c.group_of(i).and_then(|g| g.cited()) {
            let place = r.place.as_deref().map(|p| {
                catalogue
                    .place(p)
                    .map_or(p.to_string(), |pl| pl.name.clone())
            });
            let mut cited = String::new();
            if r.revised {
                cited.push_str("Rev. ");
            }
            if let Some(m) = &r.meeting {
                cited.push_str(m);
            } else {
                if let Some(p) = place {
                    cited.push_str(&p);
                    cited.push_str(", ");
                }
                if let Some(y) = r.year {
                    cited.push_str(&y.to_string());
                }
            }
            let written = c.revision_as_written(text, r);
            let cited = if written.is_empty() || r.meeting.is_some() {
                cited.trim_end_matches([',', ' ']).to_string()
            } else {
                written.to_string()
            };
            out.push_str("- ");
            out.push_str(&tr!(lang, "hover-cited", revision = cited));
            out.push('\n');
        }
        let Some(entry) = catalogue.entry(&key) else {
            out.push_str("- ");
            out.push_str(&tr!(lang, "hover-not-in-catalogue"));
            out.push('\n');
            continue;
        };
        if let Some(latest) = entry.latest() {
            let p = &latest.provenance;
            out.push_str("- ");
            out.push_str(&if p.trust.is_trusted() {
                tr!(
                    lang,
                    "hover-latest",
                    revision = latest.label(),
                    source = p.for_message(),
                    trust = p.trust.to_string()
                )
            } else {
                tr!(
                    lang,
                    "hover-latest-untrusted",
                    revision = latest.label(),
                    source = p.for_message(),
                    trust = p.trust.to_string()
                )
            });
            out.push('\n');
            if !p.source.is_empty() {
                out.push_str("- ");
                out.push_str(&tr!(lang, "hover-source", source = &p.source));
                out.push('\n');
            }
            if let Some(as_of) = catalogue.latest_as_of(&key, limit) {
                if as_of != latest {
                    out.push_str("- ");
                    out.push_str(&tr!(
                        lang,
                        "hover-latest-at-conference",
                        revision = as_of.label()
                    ));
                    out.push('\n');
                }
            }
        }
        if entry.revisions.len() > 1 {
            let earlier: Vec<String> = entry.revisions[..entry.revisions.len() - 1]
                .iter()
                .rev()
                .map(|r| r.label())
                .collect();
            out.push_str("- ");
            out.push_str(&tr!(lang, "hover-earlier", revisions = earlier.join("; ")));
            out.push('\n');
        }
        if let Some(status) = &entry.status {
            out.push_str("- ");
            out.push_str(&tr!(lang, "hover-status", status = status));
            out.push('\n');
        }
        if let Some(m) = catalogue.known_up_to(key.body) {
            out.push_str("- ");
            out.push_str(&tr!(
                lang,
                "hover-knows-up-to",
                body = key.body.to_string(),
                meeting = m.label()
            ));
            out.push('\n');
        }
        if let Some(p) = entry.provenance.last() {
            out.push_str("- ");
            out.push_str(&tr!(lang, "hover-catalogue-entry", location = p.location()));
            out.push('\n');
        }
    }
    Some(out.trim_end().to_string())
}

/// Where a cited text is defined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Definition<K> {
    /// A workspace document whose identity line names it.
    Document { key: K, range: TextRange },
    /// The catalogue entry (with where it was read).
    Catalogue { key: Key, location: String },
}

/// Go to definition: a workspace document that defines the cited text
/// (the one at the cited revision, else the newest), else its catalogue
/// entry.
pub fn definition<K: Clone>(
    hit: &CitationHit<'_>,
    model: &Model,
    catalogue: &Catalogue,
    workspace: &[(K, Identity)],
) -> Option<Definition<K>> {
    let c = hit.citation;
    let i = hit.number?;
    let (conference, _) = context(model, c.range.start);
    let body = resolve_body(c, conference, catalogue).body?;
    let key = c.key(i, body)?;
    let cited_year = c.group_of(i).and_then(|g| g.cited()).and_then(|r| r.year);
    let mut matches: Vec<&(K, Identity)> = workspace
        .iter()
        .filter(|(_, id)| identity_key(id, catalogue) == Some(key))
        .collect();
    matches.sort_by_key(|(_, id)| {
        let year = id.revision().and_then(|r| r.year);
        (cited_year.is_some() && year == cited_year, year)
    });
    if let Some((k, id)) = matches.last() {
        return Some(Definition::Document {
            key: k.clone(),
            range: id.range,
        });
    }
    let entry = catalogue.entry(&key)?;
    Some(Definition::Catalogue {
        key,
        location: entry
            .provenance
            .last()
            .map(|p| p.location())
            .unwrap_or_default(),
    })
}

/// One file's citations with its model, for [`references`].
pub struct DocumentCitations<'a, K> {
    pub key: K,
    pub model: &'a Model,
    pub citations: &'a [Citation],
}

/// Every citation of `target` (any revision) across the given files: the
/// range of each cited number.
pub fn references<K: Clone>(
    target: &Key,
    documents: &[DocumentCitations<'_, K>],
    catalogue: &Catalogue,
) -> Vec<(K, TextRange)> {
    let mut out = Vec::new();
    for doc in documents {
        for c in doc.citations {
            if c.kind.catalogue_kind() != Some(target.kind) {
                continue;
            }
            let (conference, _) = context(doc.model, c.range.start);
            let Some(body) = resolve_body(c, conference, catalogue).body else {
                continue;
            };
            if body != target.body {
                continue;
            }
            for (i, n) in c.numbers.iter().enumerate() {
                let Some(key) = c.key(i, body) else { continue };
                let same = key.number == target.number
                    && (target.kind != Kind::Opinion || key.edition == target.edition);
                if same {
                    out.push((doc.key.clone(), n.range));
                }
            }
        }
    }
    out
}

static ZH_REVISION_CTX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(全权代表大会|世界电信标准化全会|世界电信发展大会|无线电通信全会|国际电信世界大会|理事会|本届大会|本届全会|PP|WTSA|WTDC|WCIT|ITU-R)(?:（[A-Z]+）)?)?第(\d+)号(决议|决定|建议)[（(]([^（）()]*)$").unwrap()
});
static EN_REVISION_CTX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(PP|WTSA|WTDC|WCIT|Council)\s+)?\b(Resolution|Decision|Recommendation)s?\s+(\d+)\s*\(([^()]*)$").unwrap()
});
static ZH_NUMBER_CTX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(全权代表大会|世界电信标准化全会|世界电信发展大会|无线电通信全会|国际电信世界大会|理事会|本届大会|本届全会|PP|WTSA|WTDC|WCIT)(?:（[A-Z]+）)?)?第(\d*)$").unwrap()
});
static EN_NUMBER_CTX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(PP|WTSA|WTDC|WCIT|Council)\s+)?\b(Resolution|Decision|Recommendation)s?\s+(\d*)$").unwrap()
});
static WORD_CTX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([\p{Han}]{1,12}|[A-Za-z]{1,12})$").unwrap());

fn body_of_word(word: &str, conference: Option<&ConferenceLine>) -> Option<Body> {
    match word {
        "本届大会" | "本届全会" => conference.and_then(|c| c.body),
        "全权代表大会" => Some(Body::Pp),
        "世界电信标准化全会" => Some(Body::Wtsa),
        "世界电信发展大会" => Some(Body::Wtdc),
        "无线电通信全会" | "ITU-R" => Some(Body::Ra),
        "国际电信世界大会" => Some(Body::Wcit),
        "理事会" => Some(Body::Council),
        other => Body::from_code(other),
    }
}

fn kind_of_word(word: &str) -> Kind {
    match word.to_lowercase().as_str() {
        "决定" | "decision" => Kind::Decision,
        "建议" | "recommendation" => Kind::Recommendation,
        _ => Kind::Resolution,
    }
}

/// Completion at `offset` in a document with this conference line and
/// language: revisions after `第N号决议（` / `Resolution N (`, numbers after
/// `第` / `Resolution `, body names while one is typed.
pub fn completions_in(
    text: &str,
    offset: usize,
    conference: Option<&ConferenceLine>,
    language: Language,
    catalogue: &Catalogue,
) -> Vec<Completion> {
    let offset = floor_char_boundary(text, offset);
    let line_start = crate::text::line_start_before(text, offset);
    let prefix = &text[line_start..offset];
    let mut out = Vec::new();

    // Revisions.
    let rev = ZH_REVISION_CTX
        .captures(prefix)
        .map(|c| {
            (
                c.get(1).map(|m| m.as_str()),
                c.get(2),
                c.get(3),
                c.get(4),
                Language::Chinese,
            )
        })
        .or_else(|| {
            EN_REVISION_CTX.captures(prefix).map(|c| {
                (
                    c.get(1).map(|m| m.as_str()),
                    c.get(3),
                    c.get(2),
                    c.get(4),
                    Language::English,
                )
            })
        });
    if let Some((body_word, Some(number), Some(kind_word), Some(typed), lang)) = rev {
        let number: u32 = number.as_str().parse().unwrap_or(0);
        let kind = kind_of_word(kind_word.as_str());
        let bodies: Vec<Body> = match body_word.and_then(|w| body_of_word(w, conference)) {
            Some(b) => vec![b],
            None => catalogue.bodies_with(kind, number).to_vec(),
        };
        let full_width = prefix.ends_with('（') || typed.as_str().contains('，');
        let close = if lang == Language::Chinese
            && (full_width || prefix[..typed.start()].ends_with('（'))
        {
            "）"
        } else {
            ")"
        };
        let after = &text[offset..];
        let close = if after.starts_with(close) { "" } else { close };
        let replace = TextRange::new(line_start + typed.start(), offset);
        for body in bodies {
            let key = Key::new(body, kind, number);
            for r in catalogue.revisions(&key).iter().rev() {
                let Some(written) = catalogue.revision_text(r, lang) else {
                    continue;
                };
                let written = if lang == Language::Chinese && close == ")" {
                    written.replace('，', ",")
                } else {
                    written
                };
                out.push(Completion {
                    label: written.clone(),
                    insert_text: format!("{written}{close}"),
                    detail: Some(format!("{key} — {}", r.provenance.for_message())),
                    kind: CompletionKind::Citation,
                    replace,
                });
            }
        }
        return out;
    }

    // Numbers.
    let num = ZH_NUMBER_CTX
        .captures(prefix)
        .map(|c| (c.get(1).map(|m| m.as_str()), c.get(2), Kind::Resolution))
        .or_else(|| {
            EN_NUMBER_CTX.captures(prefix).map(|c| {
                (
                    c.get(1).map(|m| m.as_str()),
                    c.get(3),
                    kind_of_word(c.get(2).map_or("", |m| m.as_str())),
                )
            })
        });
    if let Some((body_word, Some(typed), kind)) = num {
        let bodies: Vec<Body> = match body_word.and_then(|w| body_of_word(w, conference)) {
            Some(b) => vec![b],
            None => Body::ALL.to_vec(),
        };
        let replace = TextRange::new(line_start + typed.start(), offset);
        for body in bodies {
            for entry in catalogue.entries_of(body) {
                let key = entry.key;
                if language != Language::Chinese && key.kind != kind {
                    continue;
                }
                if language == Language::Chinese && key.kind == Kind::Opinion {
                    continue;
                }
                let n = key.number.to_string();
                if !n.starts_with(typed.as_str()) {
                    continue;
                }
                let insert = if language == Language::Chinese {
                    format!("{n}号{}", key.kind.word(Language::Chinese))
                } else {
                    n.clone()
                };
                let title = catalogue.title(&key, language).unwrap_or("");
                let latest = entry.latest().map(|r| r.label()).unwrap_or_default();
                out.push(Completion {
                    label: n,
                    insert_text: insert,
                    detail: Some(format!("{key} ({latest}) {title}").trim().to_string()),
                    kind: CompletionKind::Citation,
                    replace,
                });
            }
        }
        return out;
    }

    // Body names.
    if let Some(word) = WORD_CTX.captures(prefix).and_then(|c| c.get(1)) {
        let typed = word.as_str();
        let replace = TextRange::new(line_start + word.start(), offset);
        for body in Body::ALL {
            let mut names = vec![body.code().to_string(), body.name(language).to_string()];
            if language == Language::Chinese {
                names.push(body.name(Language::Chinese).to_string());
            }
            names.dedup();
            for name in names {
                if name.len() > typed.len()
                    && name.to_lowercase().starts_with(&typed.to_lowercase())
                {
                    out.push(Completion {
                        label: name.clone(),
                        insert_text: name,
                        detail: Some(body.name(Language::English).to_string()),
                        kind: CompletionKind::Citation,
                        replace,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::citations::{extract, parse_identity};

    fn completions(text: &str, model: &Model, c: &Catalogue) -> Vec<Completion> {
        let (conference, language) = context(model, text.len());
        completions_in(text, text.len(), conference, language, c)
    }

    fn model(language: Language) -> Model {
        Model {
            language,
            ..Model::default()
        }
    }

    #[test]
    fn hover_shows_title_revisions_and_source() {
        let text = "WTDC第77号决议（2017年，布宜诺斯艾利斯，修订版）";
        let cites = extract(text, Language::Chinese);
        let hit = citation_at(&cites, 8).unwrap();
        assert_eq!(hit.number, Some(0));
        let h = hover(
            &hit,
            &model(Language::Chinese),
            text,
            &Catalogue::builtin(),
            Language::English,
        )
        .unwrap();
        assert!(
            h.contains("**WTDC Resolution 77** — 发展宽带技术和应用"),
            "{h}"
        );
        assert!(h.contains("- Cited: 2017年，布宜诺斯艾利斯，修订版"), "{h}");
        assert!(h.contains("- Latest known: Rev. Kigali, 2022"), "{h}");
        assert!(h.contains("- Status: in force"), "{h}");
    }

    #[test]
    fn definition_prefers_a_workspace_document() {
        let c = Catalogue::builtin();
        let text = "recalling Resolution 101 (Rev. Dubai, 2018) of the Plenipotentiary Conference";
        let cites = extract(text, Language::English);
        let hit = citation_at(&cites, 22).unwrap();
        let id = parse_identity("RESOLUTION 101 (REV. BUCHAREST, 2022)").unwrap();
        let def = definition(&hit, &model(Language::English), &c, &[("res101.res", id)]).unwrap();
        assert!(matches!(
            def,
            Definition::Document {
                key: "res101.res",
                ..
            }
        ));
        let def = definition::<&str>(&hit, &model(Language::English), &c, &[]).unwrap();
        assert!(matches!(def, Definition::Catalogue { .. }));
    }

    #[test]
    fn references_across_documents() {
        let c = Catalogue::builtin();
        let a = "WTDC第23号决议（2022年，基加利，修订版）和WTDC第77号决议";
        let b = "taking into account WTDC Resolution 23 (Rev. Dubai, 2014)";
        let ca = extract(a, Language::Chinese);
        let cb = extract(b, Language::English);
        let (ma, mb) = (model(Language::Chinese), model(Language::English));
        let docs = [
            DocumentCitations {
                key: "a",
                model: &ma,
                citations: &ca,
            },
            DocumentCitations {
                key: "b",
                model: &mb,
                citations: &cb,
            },
        ];
        let refs = references(&Key::new(Body::Wtdc, Kind::Resolution, 23), &docs, &c);
        assert_eq!(refs.len(), 2);
        assert_eq!(&b[refs[1].1.as_range()], "23");
    }

    #[test]
    fn completes_revisions_numbers_and_bodies() {
        let c = Catalogue::builtin();
        let text = "WTDC第77号决议（";
        let items = completions(text, &model(Language::Chinese), &c);
        assert_eq!(items[0].insert_text, "2022年，基加利，修订版）");
        let text = "WTDC Resolution 77 (";
        let items = completions(text, &model(Language::English), &c);
        assert_eq!(items[0].insert_text, "Rev. Kigali, 2022)");
        let text = "WTDC第7";
        let items = completions(text, &model(Language::Chinese), &c);
        assert!(
            items.iter().any(|i| i.insert_text == "77号决议"),
            "{items:?}"
        );
        let text = "世界电信";
        let items = completions(text, &model(Language::Chinese), &c);
        assert!(items.iter().any(|i| i.label == "世界电信发展大会"));
    }
}
