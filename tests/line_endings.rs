//! A lone CR ends a line, as in LSP: a draft saved with `\r`, `\r\n` or a
//! mix of line endings gets the same findings, at the same lines, and the
//! same fixes as the same draft with `\n` (issue 16, item 4).

mod common;

use std::path::Path;
use std::process::Output;

fn run(args: &[&str], dir: &Path) -> Output {
    common::resolution_ls(args, dir)
        .output()
        .expect("binary runs")
}

/// A draft with a heading glued to its first clause, an outdated citation,
/// a fused label, a gap and a reference to a missing clause: findings on
/// several lines, and safe and unsafe fixes (one of them inserts a line
/// break).
const DRAFT: &str = "The World Telecommunication Development Conference (Kigali, 2022),
considering a)\tResolution 77 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference;
b)\tthat x;
bc)\tthat y,
recalling
a)\tthat one;
c)\tthat two,
resolves
1\tto continue under resolves 3 above;
2\tto report.
";

const CHINESE: &str = "世界电信发展大会（2022年，基加利），
考虑到 a)\tWTDC第77号决议（2017年，布宜诺斯艾利斯，修订版）；
b)\t第二；
bc)\t第三，
做出决议
1\t根据上述做出决议3开展工作；
2\t报告。
";

/// `text` with every `\n` replaced by the endings `pick` chooses, in turn
/// (a `\n` right after a lone `\r` would join it into one `\r\n`: there
/// `\r\n` is used instead).
fn with_endings(text: &str, pick: impl Fn(usize) -> &'static str) -> String {
    let mut out = String::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        match line.strip_suffix('\n') {
            Some(body) => {
                out.push_str(body);
                let end = pick(i);
                if end == "\n" && out.ends_with('\r') {
                    out.push_str("\r\n");
                } else {
                    out.push_str(end);
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

fn variants(text: &str) -> Vec<(&'static str, String)> {
    vec![
        ("cr", with_endings(text, |_| "\r")),
        ("crlf", with_endings(text, |_| "\r\n")),
        ("mixed", with_endings(text, |i| ["\r", "\n", "\r\n"][i % 3])),
        (
            "mixed2",
            with_endings(text, |i| ["\r\n", "\r", "\r", "\n"][i % 4]),
        ),
    ]
}

/// (code, line, column, end line, end column) of every finding.
fn findings(dir: &Path, file: &str) -> Vec<(String, u64, u64, u64, u64)> {
    let out = run(&["check", "--format", "json", "--lang", "en", file], dir);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json output");
    json["files"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["start"]["line"].as_u64().unwrap(),
                f["start"]["column"].as_u64().unwrap(),
                f["end"]["line"].as_u64().unwrap(),
                f["end"]["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn check_same_as_lf(text: &str) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("lf.res"), text).unwrap();
    let expected = findings(dir.path(), "lf.res");
    assert!(expected.len() >= 4, "{expected:?}");
    let lf_fix = run(
        &["check", "--fix", "--unsafe-fixes", "--lang", "en", "lf.res"],
        dir.path(),
    );
    let lf_report = String::from_utf8_lossy(&lf_fix.stdout).replace("lf.res", "FILE");
    assert!(lf_report.contains("fixed FILE:2:"), "{lf_report}");
    assert!(lf_report.contains("fixed FILE:4:"), "{lf_report}");
    let lf_fixed = std::fs::read_to_string(dir.path().join("lf.res")).unwrap();
    assert_ne!(lf_fixed, text);
    for (name, variant) in variants(text) {
        let file = format!("{name}.res");
        std::fs::write(dir.path().join(&file), &variant).unwrap();
        assert_eq!(findings(dir.path(), &file), expected, "{name}");
        let fix = run(
            &["check", "--fix", "--unsafe-fixes", "--lang", "en", &file],
            dir.path(),
        );
        let report = String::from_utf8_lossy(&fix.stdout).replace(&file, "FILE");
        assert_eq!(report, lf_report, "{name}");
        let fixed = std::fs::read_to_string(dir.path().join(&file)).unwrap();
        assert_eq!(normalise(&fixed), lf_fixed, "{name}");
        if name == "cr" {
            // A fix that splits a line keeps the file's own line endings.
            assert!(!fixed.contains('\n'), "{fixed:?}");
        }
    }
}

#[test]
fn lone_cr_crlf_and_mixed_endings_give_the_findings_and_fixes_of_lf() {
    check_same_as_lf(DRAFT);
}

#[test]
fn chinese_draft_with_lone_cr_gives_the_findings_and_fixes_of_lf() {
    check_same_as_lf(CHINESE);
}

#[test]
fn human_output_names_the_line_of_a_lone_cr_draft() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cr.res"), with_endings(DRAFT, |_| "\r")).unwrap();
    let out = run(&["check", "--lang", "en", "cr.res"], dir.path());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("--> cr.res:4:1"), "{text}");
    assert!(text.contains("4 | bc)"), "{text}");
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
fn seeds_with_lone_cr_and_crlf_give_the_findings_of_lf() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let dir = tempfile::tempdir().unwrap();
    let mut compared = 0;
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        // Some seeds have CRLF lines already: start from plain LF.
        let text = normalise(&std::fs::read_to_string(&path).unwrap());
        std::fs::write(dir.path().join("lf.txt"), &text).unwrap();
        let expected = findings(dir.path(), "lf.txt");
        for (name, variant) in variants(&text) {
            let file = format!("{name}.txt");
            std::fs::write(dir.path().join(&file), &variant).unwrap();
            assert_eq!(
                findings(dir.path(), &file),
                expected,
                "{} with {name} endings",
                path.display()
            );
        }
        compared += 1;
    }
    assert!(compared >= 3, "{compared} seeds");
}
