//! Any text as Akoma Ntoso: read it (statements as drafts, the map back to
//! the XML), check what it reads as and move every finding back; and any
//! text as a draft: export it and read the export again. Nothing may
//! panic, and every export must be well-formed XML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resolution_ls::catalogue::Catalogue;
use resolution_ls::export::akn::{to_akn, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    if let Ok(draft) = resolution_ls::akn::read(&text) {
        for offset in 0..=draft.text.len() {
            let _ = draft.map.xml_offset(offset);
            let _ = draft.map.eid(offset);
        }
    }
    let file = resolution_ls::ide::FileAnalysis::parse(&text);
    let catalogue = Catalogue::builtin();
    let options = Options {
        catalogue: &catalogue,
        date: "2026-12-01".into(),
        name: "fuzz".into(),
    };
    if let Ok(xml) = to_akn(file.text(), file.model(), &options) {
        resolution_ls::akn::read(&xml).expect("the export is well-formed XML");
    }
});
