//! Selection ranges ("expand selection"): the token under the cursor (a
//! label, a cited number, a citation, an internal reference), its line,
//! the sub-item, the clause, the section, the document, the whole file.

use super::citations;
use super::FileAnalysis;
use crate::text::TextRange;

/// Ranges around `offset`, innermost first, each strictly containing the
/// one before. Never empty: the last one is the whole file.
pub fn selection_ranges(file: &FileAnalysis, offset: usize) -> Vec<TextRange> {
    let text = file.text();
    let offset = crate::text::floor_char_boundary(text, offset);
    let mut chain: Vec<TextRange> = Vec::new();
    if let Some(hit) = citations::citation_at(file.citations(), offset) {
        if let Some(n) = hit.number.and_then(|i| hit.citation.numbers.get(i)) {
            if n.range.contains_inclusive(offset) {
                chain.push(n.range);
            }
        }
        chain.push(hit.citation.range);
    } else if let Some(r) = file.reference_at(offset) {
        if r.label_range.contains_inclusive(offset) {
            chain.push(r.label_range);
        }
        chain.push(r.range);
    }
    let model = file.model();
    let mut outer: Vec<TextRange> = Vec::new();
    if let Some(doc) = model.document_at(offset) {
        outer.push(doc.range);
        if let Some(section) = doc
            .sections
            .iter()
            .find(|s| s.range.contains_inclusive(offset))
        {
            outer.push(section.range);
            if section.heading.range.contains_inclusive(offset) {
                outer.push(section.heading.range);
            }
            let mut items = &section.items;
            while let Some(clause) = items.iter().find(|c| c.range.contains_inclusive(offset)) {
                outer.push(clause.range);
                items = &clause.sub_items;
            }
            let (_, clause) = file.clause_at(offset).unzip();
            if let Some(label) = clause
                .and_then(|c| c.label.as_ref())
                .filter(|l| l.range.contains_inclusive(offset))
            {
                chain.insert(0, label.range);
            }
        }
    }
    let index = file.line_index();
    chain.push(index.line_range(text, index.line_of(offset)));
    chain.extend(outer.into_iter().rev());
    chain.push(TextRange::new(0, text.len()));
    let mut out: Vec<TextRange> = Vec::new();
    for r in chain {
        match out.last() {
            Some(last) if !(r.contains_range(*last) && r != *last) => {}
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_from_the_cited_number_to_the_file() {
        let text =
            "recalling\na)\tResolution 101 (Rev. Dubai, 2018);\nb)\tthat y,\nresolves\nto z.\n";
        let file = FileAnalysis::parse(text);
        let at = text.find("101").unwrap() + 1;
        let got: Vec<&str> = selection_ranges(&file, at)
            .iter()
            .map(|r| &text[r.as_range()])
            .collect();
        assert_eq!(got[0], "101");
        assert_eq!(got[1], "Resolution 101 (Rev. Dubai, 2018)");
        assert_eq!(got[2], "a)\tResolution 101 (Rev. Dubai, 2018);");
        assert!(got[got.len() - 1] == text);
        for pair in selection_ranges(&file, at).windows(2) {
            assert!(pair[1].contains_range(pair[0]) && pair[1] != pair[0]);
        }
    }

    #[test]
    fn a_label_is_the_innermost_range() {
        let text = "considering\na)\tthat x;\nb)\tthat y,\nresolves\nto z.\n";
        let file = FileAnalysis::parse(text);
        let got = selection_ranges(&file, text.find("b)").unwrap());
        assert_eq!(&text[got[0].as_range()], "b)");
        assert_eq!(selection_ranges(&FileAnalysis::parse(""), 9).len(), 1);
    }
}
