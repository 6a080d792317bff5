//! Hover: a citation (what the catalogue knows of the cited text), an
//! internal reference (the text of the clause it points to), a label (its
//! place in its section's sequence).

use super::citations;
use super::{clause_text, FileAnalysis};
use crate::catalogue::Catalogue;
use crate::text::TextRange;

/// Markdown to show, and the range it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoverInfo {
    pub markdown: String,
    pub range: TextRange,
}

/// What to show for the cursor at byte `offset`.
pub fn hover(file: &FileAnalysis, offset: usize, catalogue: &Catalogue) -> Option<HoverInfo> {
    if let Some(hit) = citations::citation_at(file.citations(), offset) {
        let markdown = citations::hover(&hit, file.model(), catalogue)?;
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
            None if reference.section.is_none() => format!(
                "**{} {}** — this document has no section `{}`",
                reference.section_name, reference.label, reference.section_name
            ),
            None => format!(
                "**{} {}** — no such clause in this document",
                reference.section_name, reference.label
            ),
        };
        return Some(HoverInfo {
            markdown,
            range: reference.range,
        });
    }
    label_hover(file, offset)
}

fn label_hover(file: &FileAnalysis, offset: usize) -> Option<HoverInfo> {
    let (section, clause) = file.clause_at(offset)?;
    let label = clause
        .label
        .as_ref()
        .filter(|l| l.range.contains_inclusive(offset))?;
    let place = match section.items.iter().position(|c| std::ptr::eq(c, clause)) {
        Some(i) => format!("clause {} of {}", i + 1, section.items.len()),
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
            format!(
                "sub-item {} of {} under {}",
                i + 1,
                parent.sub_items.len(),
                parent.label.as_ref().map_or("¶", |l| l.text.as_str())
            )
        }
    };
    Some(HoverInfo {
        markdown: format!(
            "**{}** — {} label, {place} in *{}* ({})",
            label.text,
            label.kind.as_str(),
            section.heading.text,
            section.part.as_str()
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
        hover(&file, offset, &Catalogue::builtin())
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
}
