//! A text and a sequence of edits at arbitrary (possibly stale or
//! mid-character) offsets: incremental re-parse must equal a fresh parse.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resolution_ls::syntax::SourceFile;
use resolution_ls::text::{TextEdit, TextRange};

fuzz_target!(|input: (String, Vec<(u16, u8, String)>)| {
    let (text, edits) = input;
    let mut file = SourceFile::parse(&text);
    for (at, len, new_text) in edits.into_iter().take(16) {
        let start = at as usize;
        let edit = TextEdit { range: TextRange::new(start, start + len as usize), new_text };
        file = file.edit(&[edit]);
        assert_eq!(file.sexp(), SourceFile::parse(file.text()).sexp());
    }
});
