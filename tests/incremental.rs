//! Incremental parsing must never drift from a fresh parse, whatever the
//! edits; positions must round-trip on Chinese text and emoji.

use proptest::prelude::*;
use resolution_ls::model;
use resolution_ls::syntax::SourceFile;
use resolution_ls::text::TextEdit;
use resolution_ls::text::{floor_char_boundary, LineIndex, PositionEncoding, TextRange};

const BASE: &str = "第77号决议（2022年，基加利，修订版）
宽带技术和应用
世界电信发展大会（2022年，基加利），
忆及
a)\t全权代表大会第101号决议（2018年，迪拜，修订版）；
bc)\t本届大会第23号决议（2017年，布宜诺斯艾利斯2022年，基加利，修订版）[footnoteRef:1]1； [1: 1\t这些国家包括最不发达国家。]
认识到
a)\t基于IP的网络已经发展成为广泛使用的媒介，例如：
i)\t基础设施；
ii)\t互联网名称和寻址，
considering
a)\tthat 😀 emoji are text too;
b)\tthat (brackets [ are unbalanced,
做出决议
1\t继续开展研究；
56\t根据上述做出决议5开展工作。
";

/// Fragments that create and destroy structure: line breaks, labels,
/// headings, brackets, full-width punctuation, surrogate pairs.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("a)\t".to_string()),
        Just("12 ".to_string()),
        Just("考虑到\n".to_string()),
        Just("resolves\n".to_string()),
        Just("（".to_string()),
        Just("）".to_string()),
        Just("[footnoteRef:".to_string()),
        Just("；".to_string()),
        Just("😀".to_string()),
        Just("- ".to_string()),
        "[a-z)（）\\[\\] \t\n]{0,6}",
        "\\PC{0,4}",
    ]
}

/// The number of cases: `RLS_PROPTEST_CASES`, else 96 (CI).
fn proptest_cases() -> u32 {
    std::env::var("RLS_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(96)
}

fn edit_strategy() -> impl Strategy<Value = Vec<(f64, f64, String)>> {
    prop::collection::vec((0.0..1.0f64, 0.0..0.05f64, fragment()), 1..8)
}

fn to_edit(text: &str, (at, len, new_text): &(f64, f64, String)) -> TextEdit {
    let start = floor_char_boundary(text, (at * text.len() as f64) as usize);
    let end = floor_char_boundary(text, start + (len * text.len() as f64) as usize).max(start);
    TextEdit {
        range: TextRange::new(start, end),
        new_text: new_text.clone(),
    }
}

proptest! {
    // `RLS_PROPTEST_CASES=10000 cargo test --test incremental` for a long run.
    #![proptest_config(ProptestConfig { cases: proptest_cases(), ..ProptestConfig::default() })]

    #[test]
    fn incremental_reparse_equals_fresh_parse(edits in edit_strategy()) {
        let mut file = SourceFile::parse(BASE);
        for e in &edits {
            let edit = to_edit(file.text(), e);
            file = file.edit(std::slice::from_ref(&edit));
            let fresh = SourceFile::parse(file.text());
            prop_assert_eq!(file.sexp(), fresh.sexp(), "after {:?}", edit);
            // The model is total on whatever the edit left.
            let _ = model::extract(&file);
        }
    }

    #[test]
    fn edit_then_undo_restores_text_and_tree(e in (0.0..1.0f64, 0.0..0.05f64, fragment())) {
        let file = SourceFile::parse(BASE);
        let edit = to_edit(BASE, &e);
        let old = resolution_ls::text::slice(BASE, edit.range).to_string();
        let edited = file.edit(std::slice::from_ref(&edit));
        let undo = TextEdit {
            range: TextRange::new(edit.range.start, edit.range.start + edit.new_text.len()),
            new_text: old,
        };
        let restored = edited.edit(&[undo]);
        prop_assert_eq!(restored.text(), BASE);
        prop_assert_eq!(restored.sexp(), file.sexp());
    }

    #[test]
    fn positions_round_trip(text in "(\\PC|\n|\r\n|😀|考|；){0,80}") {
        let index = LineIndex::new(&text);
        for enc in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
            for (offset, ch) in text.char_indices() {
                if ch == '\n' && text[..offset].ends_with('\r') {
                    continue;
                }
                let pos = index.position(&text, offset, enc);
                prop_assert_eq!(index.offset(&text, pos, enc), offset);
            }
        }
    }

    #[test]
    fn any_text_parses_and_extracts(text in "\\PC{0,300}") {
        let file = SourceFile::parse(text.as_str());
        let _ = model::extract(&file);
    }
}

#[test]
fn several_edits_in_one_change_apply_in_order() {
    let file = SourceFile::parse("a)\tone；\nb)\ttwo，\n");
    let edits = [
        TextEdit {
            range: TextRange::new(0, 1),
            new_text: "考虑到\na".into(),
        },
        // Relative to the text as the first edit left it.
        TextEdit {
            range: TextRange::new(0, 0),
            new_text: "忆及\n".into(),
        },
    ];
    let edited = file.edit(&edits);
    assert_eq!(edited.text(), "忆及\n考虑到\na)\tone；\nb)\ttwo，\n");
    assert_eq!(edited.sexp(), SourceFile::parse(edited.text()).sexp());
}
