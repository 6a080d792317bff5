//! Typing into a text: a version whose model and findings are made from the
//! previous version's (`model::reextract`, `analysis::recheck`) must equal a
//! fresh analysis of its text, and nothing may panic. Edits land at
//! arbitrary offsets (moved to character boundaries, as the server does).
#![no_main]

use libfuzzer_sys::fuzz_target;
use resolution_ls::analysis::Config;
use resolution_ls::ide::FileAnalysis;
use resolution_ls::text::{floor_char_boundary, TextEdit, TextRange};

fuzz_target!(|input: (String, Vec<(u16, u8, String)>)| {
    let (text, edits) = input;
    let mut file = FileAnalysis::parse(&text);
    file.findings(1, Config::default);
    for (at, len, new_text) in edits.into_iter().take(8) {
        let current = file.text();
        let start = floor_char_boundary(current, at as usize);
        let end = floor_char_boundary(current, start + len as usize % 8).max(start);
        let next = file.edit(&[TextEdit {
            range: TextRange::new(start, end),
            new_text,
        }]);
        let found = next.findings(1, Config::default);
        let fresh = FileAnalysis::parse(next.text());
        assert_eq!(next.model(), fresh.model());
        assert_eq!(*found, *fresh.findings(1, Config::default));
        file = next;
    }
});
