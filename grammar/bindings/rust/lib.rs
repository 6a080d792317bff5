//! Tree-sitter grammar for ITU resolution drafts (English and Chinese).
//!
//! The grammar is line oriented.  The root `source_file` holds top-level lines
//! (`identity_line`, `conference_line`, `adoption_history`, `annex_heading`,
//! `paragraph`, `clause`, `footnote_definition`) and `section`s; a `section`
//! is a `heading` followed by the clauses, paragraphs and footnote
//! definitions that belong to it.  See `README.md` for every node kind and
//! field.
//!
//! ```
//! let mut parser = tree_sitter::Parser::new();
//! parser
//!     .set_language(&tree_sitter_resolution::LANGUAGE.into())
//!     .expect("load the resolution grammar");
//! let tree = parser.parse("考虑到\na)\t联大的相关决议；\n", None).unwrap();
//! assert_eq!(tree.root_node().child(0).unwrap().kind(), "section");
//! ```

use tree_sitter_language::LanguageFn;

extern "C" {
    fn tree_sitter_resolution() -> *const ();
}

/// The tree-sitter [`LanguageFn`] of this grammar.
pub const LANGUAGE: LanguageFn = unsafe { LanguageFn::from_raw(tree_sitter_resolution) };

/// The content of the [`node-types.json`] file of this grammar.
///
/// [`node-types.json`]: https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types
pub const NODE_TYPES: &str = include_str!("../../src/node-types.json");

/// The syntax highlighting query (`queries/highlights.scm`).
pub const HIGHLIGHTS_QUERY: &str = include_str!("../../queries/highlights.scm");

/// The folding query (`queries/folds.scm`): sections fold.
pub const FOLDS_QUERY: &str = include_str!("../../queries/folds.scm");

#[cfg(test)]
mod tests {
    use super::*;
    use tree_sitter::{InputEdit, Node, Parser, Point, Query, Tree};

    const SAMPLE: &str = "第2号决议（2022年，布加勒斯特，修订版）\n\
世界电信/信息通信技术政策论坛\n\
国际电信联盟全权代表大会（2022年，布加勒斯特），\n\
考虑到\n\
a)\t联合国大会（联大）的相关决议[footnoteRef:1]1； [1: 1\t这些国家包括最不发达国家。]\n\
b)\t成员国和部门成员做出的重大贡献，\n\
责成电信标准化局主任与电信发展局主任协作，在可用的划拨资源或\n\
捐赠资源范围内\n\
1\t为创建区域组提供一切必要的支持；\n\
2\t考虑同期举办讲习班。\n\
\n\
RESOLUTION 101 (REV. BUCHAREST, 2022)\n\
Internet Protocol-based networks\n\
(Minneapolis, 1998; Antalya, 2006; Bucharest, 2022)\n\
The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\n\
recalling\n\
- a) Resolution 101 (Rev. Dubai, 2018);\n\
   i) sub-item;\n\
[bookmark: _GoBack]–\tdash item,\n\
instructs the Secretary-General\n\
1 to report to the Council;\n\
2 to take action¹.\n\
¹ These include the least developed countries.\n\
Annex A\n\
The last line has no line break";

    fn parser() -> Parser {
        let mut parser = Parser::new();
        parser
            .set_language(&LANGUAGE.into())
            .expect("Error loading the resolution grammar");
        parser
    }

    fn kinds(node: Node) -> Vec<&'static str> {
        let mut cursor = node.walk();
        node.named_children(&mut cursor).map(|n| n.kind()).collect()
    }

    /// Every node with its kind, field name and byte range, depth first.
    fn dump(tree: &Tree) -> String {
        let mut out = String::new();
        let mut cursor = tree.walk();
        let mut depth = 0usize;
        loop {
            let node = cursor.node();
            out.push_str(&format!(
                "{}{}{} {:?}\n",
                "  ".repeat(depth),
                cursor
                    .field_name()
                    .map(|f| format!("{f}: "))
                    .unwrap_or_default(),
                node.kind(),
                node.byte_range()
            ));
            if cursor.goto_first_child() {
                depth += 1;
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    return out;
                }
                depth -= 1;
            }
        }
    }

    #[test]
    fn loads_the_grammar() {
        parser();
    }

    #[test]
    fn parses_chinese_and_english_without_error() {
        let tree = parser().parse(SAMPLE, None).unwrap();
        let root = tree.root_node();
        assert!(!root.has_error(), "{}", root.to_sexp());
        assert_eq!(
            kinds(root),
            [
                "identity_line",
                "paragraph",
                "conference_line",
                "section",
                "section",
                "identity_line",
                "paragraph",
                "adoption_history",
                "conference_line",
                "section",
                "section",
                "annex_heading",
                "paragraph",
            ]
        );

        // The two-line Chinese heading.
        let operative = root.named_child(4).unwrap();
        let heading = operative.child_by_field_name("heading").unwrap();
        let continuation = heading.child_by_field_name("continuation").unwrap();
        assert_eq!(
            continuation
                .utf8_text(SAMPLE.as_bytes())
                .unwrap()
                .trim_end(),
            "捐赠资源范围内"
        );
        assert_eq!(kinds(operative), ["heading", "clause", "clause"]);

        // Labels, bullets, footnotes.
        let preamble = root.named_child(3).unwrap();
        let clause_a = preamble.named_child(1).unwrap();
        let label = clause_a.child_by_field_name("label").unwrap();
        assert_eq!(label.utf8_text(SAMPLE.as_bytes()).unwrap(), "a)");
        let body = clause_a.child_by_field_name("body").unwrap();
        assert_eq!(kinds(body), ["footnote_reference", "inline_footnote"]);

        let recalling = root.named_child(9).unwrap();
        let labels: Vec<&str> = {
            let mut cursor = recalling.walk();
            recalling
                .named_children(&mut cursor)
                .filter_map(|n| n.child_by_field_name("label"))
                .map(|n| n.utf8_text(SAMPLE.as_bytes()).unwrap())
                .collect()
        };
        assert_eq!(labels, ["a)", "i)", "–"]);
        assert!(recalling
            .named_child(1)
            .unwrap()
            .child_by_field_name("bullet")
            .is_some());

        let instructs = root.named_child(10).unwrap();
        assert_eq!(
            kinds(instructs),
            ["heading", "clause", "clause", "footnote_definition"]
        );

        // The last line, without a line break, is still a paragraph.
        let last = root.named_child(12).unwrap();
        assert_eq!(last.end_byte(), SAMPLE.len());
    }

    #[test]
    fn windows_line_breaks() {
        let text = "considering\r\na) that;\r\nb) that,\r\n";
        let tree = parser().parse(text, None).unwrap();
        let root = tree.root_node();
        assert!(!root.has_error(), "{}", root.to_sexp());
        let section = root.named_child(0).unwrap();
        assert_eq!(kinds(section), ["heading", "clause", "clause"]);
        let body = section
            .named_child(1)
            .unwrap()
            .child_by_field_name("body")
            .unwrap();
        assert_eq!(body.utf8_text(text.as_bytes()).unwrap(), "that;");
    }

    #[test]
    fn any_input_gives_a_tree() {
        let mut parser = parser();
        let mut bytes: Vec<u8> = Vec::new();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let alphabet: &[u8] = "ab) 1\t\n\r[]（）()-:¹考虑到\u{0}".as_bytes();
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            bytes.push(if seed.is_multiple_of(3) {
                (seed >> 24) as u8
            } else {
                alphabet[(seed >> 32) as usize % alphabet.len()]
            });
        }
        let tree = parser.parse(&bytes, None).unwrap();
        assert!(!tree.root_node().has_error());
    }

    #[test]
    fn nul_and_invalid_utf8_stay_in_the_text() {
        let text: &[u8] = b"a)\tabc\x00def\xff\xfe;\n\x00\n";
        let tree = parser().parse(text, None).unwrap();
        let root = tree.root_node();
        assert!(!root.has_error(), "{}", root.to_sexp());
        assert_eq!(kinds(root), ["clause", "paragraph"]);
        let body = root
            .named_child(0)
            .unwrap()
            .child_by_field_name("body")
            .unwrap();
        assert_eq!(body.byte_range(), 3..13);
    }

    /// Incremental reparsing after edits gives the same tree as a fresh parse.
    #[test]
    fn incremental_parse_matches_fresh_parse() {
        let mut parser = parser();
        let mut text = SAMPLE.to_string();
        let mut tree = parser.parse(&text, None).unwrap();
        let snippets = [
            "",
            "\n",
            "a)\t",
            "1 ",
            "- ",
            "考虑到\n",
            "instructs ",
            "\n1\tx；\n",
            "，",
            "[1: x]",
            "[footnoteRef:1]",
            "¹",
            "捐赠资源\n",
            "RESOLUTION 2\n",
            "附件A\n",
            "。",
            " ",
            "resolves\n",
            "the Director\n",
            "请",
            "a 秘",
            "¹ ",
            "（2004年，\n2012年）\n",
            "The Council,\n",
            "[bookmark: x]",
            "–\t",
            "\r\n",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 33) as usize % n.max(1)
        };
        // RESOLUTION_EDITS=5000 cargo test -p tree-sitter-resolution for a longer run.
        let edits = std::env::var("RESOLUTION_EDITS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(300);
        for _ in 0..edits {
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let start = boundaries[next(boundaries.len())];
            let end_choices: Vec<usize> = boundaries
                .iter()
                .copied()
                .filter(|&i| i >= start && i <= start + 12)
                .collect();
            let old_end = end_choices[next(end_choices.len())];
            let insert = snippets[next(snippets.len())];

            let position = |s: &str, byte: usize| {
                let before = &s[..byte];
                let row = before.matches('\n').count();
                let column = byte - before.rfind('\n').map_or(0, |i| i + 1);
                Point::new(row, column)
            };
            let before = text.clone();
            let start_position = position(&text, start);
            let old_end_position = position(&text, old_end);
            text.replace_range(start..old_end, insert);
            let new_end = start + insert.len();
            tree.edit(&InputEdit {
                start_byte: start,
                old_end_byte: old_end,
                new_end_byte: new_end,
                start_position,
                old_end_position,
                new_end_position: position(&text, new_end),
            });
            tree = parser.parse(&text, Some(&tree)).unwrap();
            let fresh = parser.parse(&text, None).unwrap();
            assert_eq!(
                dump(&tree),
                dump(&fresh),
                "replacing {start}..{old_end} with {insert:?} in:\n{before}"
            );
        }
    }

    #[test]
    fn queries_are_valid() {
        let language = LANGUAGE.into();
        Query::new(&language, HIGHLIGHTS_QUERY).expect("highlights.scm");
        let folds = Query::new(&language, FOLDS_QUERY).expect("folds.scm");
        assert_eq!(folds.capture_names(), ["fold"]);
    }

    #[test]
    fn node_types_name_the_contract() {
        for kind in [
            "source_file",
            "section",
            "heading",
            "heading_line",
            "heading_continuation",
            "clause",
            "paragraph",
            "footnote_definition",
            "footnote_marker",
            "text",
            "footnote_reference",
            "inline_footnote",
            "bookmark",
            "label",
            "bullet",
            "identity_line",
            "conference_line",
            "adoption_history",
            "annex_heading",
        ] {
            assert!(
                NODE_TYPES.contains(&format!("\"type\": \"{kind}\"")),
                "node-types.json lacks {kind}"
            );
        }
    }

    /// The real documents of `shared/seeds`, when the checkout has them next
    /// to it (as CI does), parse without ERROR or MISSING nodes.
    #[test]
    fn seeds_parse_without_error() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("no seeds at {}; skipped", dir.display());
            return;
        };
        let mut parser = parser();
        let mut count = 0;
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("txt") {
                continue;
            }
            let text = std::fs::read(&path).unwrap();
            let tree = parser.parse(&text, None).unwrap();
            assert!(!tree.root_node().has_error(), "{}", path.display());
            count += 1;
        }
        assert!(count > 0);
    }
}
