//! Hover: a citation (what the catalogue knows of the cited text), an
//! internal reference (the text of the clause it points to), a label (its
//! place in its section's sequence).

use super::citations;
use super::{clause_text, FileAnalysis};
use crate::analysis::resolve::identity_key;
use crate::catalogue::Catalogue;
use crate::domain::Language;
use crate::text::TextRange;
use crate::tr;

/// Markdown to show, and the range it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoverInfo {
    pub markdown: String,
    pub range: TextRange,
}

/// What to show for the cursor at byte `offset`.
/// Written in `messages`, or in the language of the document at `offset`.
pub fn hover(
    file: &FileAnalysis,
    offset: usize,
    catalogue: &Catalogue,
    messages: Option<Language>,
) -> Option<HoverInfo> {
    let lang = messages.unwrap_or_else(|| file.model().language_at(offset));
    if let Some(info) = proposal_hover(file, offset, lang) {
        return Some(info);
    }
    // A document's own identity and conference lines name the document:
    // they are explained as such, not as citations of another text.
    if let Some(info) = preface_hover(file, offset, catalogue, lang) {
        return Some(info);
    }
    if let Some(hit) = citations::citation_at(file.citations(), offset) {
        let markdown = citations::hover(&hit, file.model(), file.text(), catalogue, lang)?;
        return Some(HoverInfo {
            markdown,
            range: hit.citation.range,
        });
    }
    if let Some(reference) = file.reference_at(offset) {
        let target = reference
            .target
            .as_ref()
            .and_then(|t| t.clause(file.model()));
        let markdown = match target {
            Some(clause) => format!(
                "**{} {}**\n\n{}",
                reference.section_name,
                clause.label.as_ref().map_or("", |l| l.text.as_str()),
                clause_text(file.text(), clause, 400)
            ),
            None if reference.section.is_none() => tr!(
                lang,
                "hover-reference-no-section",
                section = &reference.section_name,
                label = &reference.label
            ),
            None => tr!(
                lang,
                "hover-reference-no-clause",
                section = &reference.section_name,
                label = &reference.label
            ),
        };
        return Some(HoverInfo {
            markdown,
            range: reference.range,
        });
    }
    label_hover(file, offset, lang).or_else(|| heading_hover(file, offset, lang))
}

/// On a proposal marker (`MOD EUR/44A7/1`): what the proposal does, its
/// identifier's parts, what it marks and its reasons.
fn proposal_hover(file: &FileAnalysis, offset: usize, lang: Language) -> Option<HoverInfo> {
    let p = file
        .model()
        .proposals
        .iter()
        .find(|p| p.range.contains_inclusive(offset))?;
    let mut md = tr!(
        lang,
        "hover-proposal",
        proposal = p.label(),
        kind = p.action.as_str().to_ascii_lowercase()
    );
    if let Some(id) = &p.id {
        md.push_str("\n\n- ");
        md.push_str(&tr!(
            lang,
            "hover-proposal-proposer",
            proposer = &id.proposer
        ));
        md.push_str("\n- ");
        md.push_str(&match id.document {
            Some(d) => tr!(lang, "hover-proposal-document", document = d.to_string()),
            None => tr!(lang, "hover-proposal-unnumbered"),
        });
        if let Some(a) = id.addendum {
            md.push_str("\n- ");
            md.push_str(&tr!(
                lang,
                "hover-proposal-addendum",
                addendum = a.to_string()
            ));
        }
        md.push_str("\n- ");
        md.push_str(&tr!(
            lang,
            "hover-proposal-sequence",
            sequence = id.sequence.to_string()
        ));
    }
    md.push_str(if p.id.is_some() { "\n- " } else { "\n\n- " });
    md.push_str(&proposal_detail(file.text(), p, lang));
    match &p.reasons {
        Some(r) => {
            md.push_str("\n\n");
            md.push_str(&r.text);
        }
        None if p.action.changes_text() => {
            md.push_str("\n\n");
            md.push_str(&tr!(lang, "hover-proposal-no-reasons"));
        }
        None => {}
    }
    Some(HoverInfo {
        markdown: md,
        range: p.range,
    })
}

/// What a proposal marks, in a few words: `marks the document RESOLUTION
/// 130 (…)`, `marks a section: resolves`, `marks a clause: 3 to report…`.
pub(crate) fn proposal_detail(
    text: &str,
    p: &crate::model::proposals::Proposal,
    lang: Language,
) -> String {
    let what = p.target_line.map_or(String::new(), |r| {
        let line = crate::text::slice(text, r).trim();
        if line.chars().count() > 60 {
            let cut: String = line.chars().take(60).collect();
            format!("{}…", cut.trim_end())
        } else {
            line.to_string()
        }
    });
    let target = if p.new_draft.is_some() {
        "new"
    } else {
        p.target.as_str()
    };
    tr!(lang, "hover-proposal-marks", kind = target, what = what)
}

/// On a section heading: what the section is and how many clauses it has.
fn heading_hover(file: &FileAnalysis, offset: usize, lang: Language) -> Option<HoverInfo> {
    let doc = file.model().document_at(offset)?;
    let section = doc
        .sections
        .iter()
        .find(|s| s.heading.range.contains_inclusive(offset) && !s.heading.range.is_empty())?;
    let labels: Vec<&str> = section
        .items
        .iter()
        .filter_map(|c| c.label.as_ref().map(|l| l.text.as_str()))
        .collect();
    let n = section.items.len();
    let clauses = match labels.as_slice() {
        [] => tr!(lang, "hover-clauses-unlabelled", count = n),
        [one] => tr!(lang, "hover-clauses-one-label", count = n, label = *one),
        [first, .., last] => tr!(
            lang,
            "hover-clauses-labelled",
            count = n,
            first = *first,
            last = *last
        ),
    };
    let part = section.part.as_str();
    let markdown = match section.heading.addressee.as_deref() {
        Some(addressee) => tr!(
            lang,
            "hover-heading-addressed",
            heading = &section.heading.text,
            part = part,
            addressee = addressee,
            clauses = clauses
        ),
        None => tr!(
            lang,
            "hover-heading",
            heading = &section.heading.text,
            part = part,
            clauses = clauses
        ),
    };
    Some(HoverInfo {
        markdown,
        range: section.heading.range,
    })
}

/// On a document's identity or conference line: the document itself, who
/// adopts it and when, and what the catalogue knows of it.
fn preface_hover(
    file: &FileAnalysis,
    offset: usize,
    catalogue: &Catalogue,
    lang: Language,
) -> Option<HoverInfo> {
    let model = file.model();
    let doc = model.document_at(offset)?;
    if let Some(conference) = doc
        .conference
        .as_ref()
        .filter(|c| c.range.contains_inclusive(offset))
    {
        let mut md = tr!(lang, "hover-conference-line");
        if let Some(body) = conference.body.or(doc.body) {
            md.push_str("\n\n- ");
            md.push_str(&tr!(
                lang,
                "hover-body",
                name = body.name(lang),
                code = body.to_string()
            ));
            md.push_str("\n- ");
            md.push_str(&tr!(
                lang,
                "hover-catalogue",
                known = catalogue.known_up_to_text(body)
            ));
        }
        if let Some(session) = conference.session() {
            md.push_str("\n- ");
            md.push_str(&tr!(
                lang,
                "hover-session",
                place = &session.place,
                year = session.year.to_string()
            ));
        }
        if let Some(year) = doc.year {
            md.push_str("\n- ");
            md.push_str(&tr!(lang, "hover-judged-as-of", year = year.to_string()));
        }
        return Some(HoverInfo {
            markdown: md,
            range: conference.range,
        });
    }
    let identity = doc
        .identity
        .as_ref()
        .filter(|l| l.range.contains_inclusive(offset))?;
    let parsed = model
        .identities
        .iter()
        .find(|i| identity.range.contains_range(i.range));
    let mut md = tr!(lang, "hover-identity-line", identity = identity.text.trim());
    if let Some(title) = &doc.title {
        md.push_str(&format!("\n\n*{}*", title.text.trim()));
    }
    if let Some(key) = parsed.and_then(|id| identity_key(id, catalogue)) {
        md.push_str("\n\n- ");
        md.push_str(&tr!(lang, "hover-text", key = key.to_string()));
        match catalogue.entry(&key) {
            Some(entry) => {
                if let Some(latest) = entry.latest() {
                    md.push_str("\n- ");
                    md.push_str(&tr!(lang, "hover-latest-known", revision = latest.label()));
                }
            }
            None => {
                md.push_str("\n- ");
                md.push_str(&tr!(lang, "hover-not-in-catalogue-new"));
            }
        }
        md.push_str("\n- ");
        md.push_str(&tr!(
            lang,
            "hover-catalogue",
            known = catalogue.known_up_to_text(key.body)
        ));
    }
    Some(HoverInfo {
        markdown: md,
        range: identity.range,
    })
}

fn label_hover(file: &FileAnalysis, offset: usize, lang: Language) -> Option<HoverInfo> {
    let (section, clause) = file.clause_at(offset)?;
    let label = clause
        .label
        .as_ref()
        .filter(|l| l.range.contains_inclusive(offset))?;
    let place = match section.items.iter().position(|c| std::ptr::eq(c, clause)) {
        Some(i) => tr!(
            lang,
            "hover-clause-of",
            index = i + 1,
            count = section.items.len()
        ),
        None => {
            let parent = section
                .items
                .iter()
                .flat_map(|c| c.walk())
                .find(|c| c.sub_items.iter().any(|s| std::ptr::eq(s, clause)))?;
            let i = parent
                .sub_items
                .iter()
                .position(|s| std::ptr::eq(s, clause))?;
            tr!(
                lang,
                "hover-sub-item-of",
                index = i + 1,
                count = parent.sub_items.len(),
                parent = parent.label.as_ref().map_or("¶", |l| l.text.as_str())
            )
        }
    };
    Some(HoverInfo {
        markdown: tr!(
            lang,
            "hover-label",
            label = &label.text,
            kind = label.kind.as_str(),
            place = place,
            heading = &section.heading.text,
            part = section.part.as_str()
        ),
        range: label.range,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ide::test_fixture;

    fn check(fixture: &str) -> Option<HoverInfo> {
        let (text, offset) = test_fixture(fixture);
        let file = FileAnalysis::parse(&text);
        hover(
            &file,
            offset,
            &Catalogue::builtin(),
            Some(Language::English),
        )
    }

    #[test]
    fn citation_shows_the_catalogue_entry() {
        let h = check("世界电信发展大会（2022年，基加利），\n忆及\na)\tWTDC第2$03号决议（2022年，基加利，修订版），\n做出决议\n继续。\n").unwrap();
        assert!(h.markdown.contains("WTDC"), "{}", h.markdown);
        assert!(h.markdown.contains("国际互联网连接"), "{}", h.markdown);
    }

    #[test]
    fn internal_reference_shows_the_clause() {
        let h = check("considering\na)\tthat networks grow;\nb)\tthat costs fall,\nresolves\n1\tto study;\n2\tto act on considering b$0) above.\n").unwrap();
        assert_eq!(h.markdown, "**considering b)**\n\nthat costs fall,");
    }

    #[test]
    fn labels_know_their_place() {
        let h = check("considering\na)\tthat x;\nb$0)\tthat y,\nresolves\nto z.\n").unwrap();
        assert_eq!(
            h.markdown,
            "**b)** — letter label, clause 2 of 2 in *considering* (preamble)"
        );
        let h = check(
            "认识到\na)\t第一，例如：\ni)\t甲；\ni$0i)\t乙；\nb)\t第二，\n做出决议\n继续。\n",
        )
        .unwrap();
        assert_eq!(
            h.markdown,
            "**ii)** — roman label, sub-item 2 of 2 under a) in *认识到* (preamble)"
        );
        assert!(check("considering\na)\tth$0at x,\nresolves\nto z.\n").is_none());
    }

    #[test]
    fn headings_conference_and_identity_lines_explain_themselves() {
        let text = "RESOLUTION 101 (REV. BUCHAREST, 2022)\nInternet Protocol-based networks\nThe Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\nconsi$0dering\na)\tthat x;\nb)\tthat y,\nresolves\nto z.\n";
        let h = check(text).unwrap();
        assert_eq!(
            h.markdown,
            "**considering** — Preamble section: 2 clauses, a) to b)"
        );
        let h = check(&text.replace("$0", "").replacen("The Plen", "The $0Plen", 1)).unwrap();
        assert!(
            h.markdown.starts_with("**Conference line**"),
            "{}",
            h.markdown
        );
        assert!(
            h.markdown.contains("Plenipotentiary Conference (PP)"),
            "{}",
            h.markdown
        );
        assert!(h.markdown.contains("it knows PP up to"), "{}", h.markdown);
        let h = check(
            &text
                .replace("$0", "")
                .replacen("RESOLUTION 101", "RESOLUTION 1$001", 1),
        )
        .unwrap();
        assert!(
            h.markdown.contains("this document's identity line"),
            "{}",
            h.markdown
        );
        assert!(
            h.markdown.contains("*Internet Protocol-based networks*"),
            "{}",
            h.markdown
        );
        assert!(
            h.markdown.contains("Latest revision the catalogue knows"),
            "{}",
            h.markdown
        );
    }
}
