//! The `--fix` path on any text: the certain fixes (and, with the first
//! byte odd, the unsafe ones too) applied as `check --fix` applies them,
//! the change report and the `--diff` output rendered, the fixed text
//! checked again and rendered. Nothing may panic; every reported line lies
//! in the text that was fixed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use resolution_ls::cli::{check, fix, human};
use resolution_ls::ide;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let path = std::path::Path::new("fuzz.res");
    let report = check::check_text(path, &text);
    let unsafe_fixes = flags & 1 == 1;
    let (fixed, applied) = ide::fix_all_with(report.text(), &report.config, unsafe_fixes);
    // A fix is reported at its line in the text of its round; rounds only
    // add lines by splitting one (a heading put on its own line).
    let count = |t: &str| resolution_ls::text::LineIndex::new(t).line_count();
    let lines = count(report.text()).max(count(&fixed)) + applied.len();
    for a in &applied {
        assert!(a.line >= 1 && a.line <= lines, "line {} of {lines}", a.line);
    }
    let _ = fix::unified_diff(path, report.text(), &fixed);
    let again = check::check_text(path, &fixed);
    let _ = human::render_file(&again, human::Style { color: false });
    let _ = human::render_concise(&again);
});
