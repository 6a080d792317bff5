//! Any text: parse, extract the model, run every check, render the outline
//! and every output format. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let report = resolution_ls::cli::check::check_text(std::path::Path::new("fuzz.res"), &text);
    let _ = resolution_ls::cli::outline::render(report.model(), report.text());
    for d in &report.diagnostics {
        for fix in &d.fixes {
            let _ = fix.apply(report.text());
        }
    }
    let reports = [report];
    let _ = resolution_ls::cli::formats::sarif(&reports);
    let _ = resolution_ls::cli::formats::github(&reports);
});
