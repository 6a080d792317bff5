//! Any text: parse, extract the model, run every check, render the outline
//! and every output format (human with and without colour, concise, json
//! with the outline, sarif, github). Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resolution_ls::cli::{formats, human};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let report = resolution_ls::cli::check::check_text(std::path::Path::new("fuzz.res"), &text);
    let _ = resolution_ls::cli::outline::render(report.model(), report.text());
    for d in &report.diagnostics {
        for fix in &d.fixes {
            let _ = fix.apply(report.text());
        }
    }
    for color in [false, true] {
        let _ = human::render_file(&report, human::Style { color });
    }
    let _ = human::render_concise(&report);
    let _ = human::annotate(report.text(), &report.diagnostics, true);
    let reports = [report];
    let _ = formats::json(&reports, true).to_string();
    let _ = formats::sarif(&reports).to_string();
    let _ = formats::github(&reports);
});
