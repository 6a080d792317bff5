//! The `check` command, run as a user runs it.

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const CLEAN: &str = "\
RESOLUTION 1 (REV. KIGALI, 2022)
Rules of procedure
The World Telecommunication Development Conference (Kigali, 2022),
considering
a)\tthat rules are needed;
b)\tthat they should be short,
resolves
1\tto adopt the rules;
2\tto review them.
";

#[test]
fn clean_draft_exits_zero_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("clean.res"), CLEAN).unwrap();
    let out = run(&["check", "clean.res"], dir.path());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("checked 1 file(s): 0 error(s), 0 warning(s)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn outline_shows_sections_and_labels() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("clean.res"), CLEAN).unwrap();
    let out = run(&["check", "--outline", "clean.res"], dir.path());
    let text = stdout(&out);
    assert!(text.contains("preamble considering (2): a) b)"), "{text}");
    assert!(text.contains("operative resolves (2): 1 2"), "{text}");
    assert!(text.contains("conference: WTDC [Kigali 2022]"), "{text}");
}

#[test]
fn folders_are_walked_honouring_gitignore() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join(".gitignore"), "ignored/\n").unwrap();
    std::fs::create_dir_all(dir.path().join("drafts")).unwrap();
    std::fs::create_dir_all(dir.path().join("ignored")).unwrap();
    std::fs::write(dir.path().join("drafts/a.res"), CLEAN).unwrap();
    std::fs::write(dir.path().join("drafts/b.txt"), CLEAN).unwrap();
    std::fs::write(dir.path().join("drafts/c.png"), [0u8, 1, 2]).unwrap();
    std::fs::write(dir.path().join("ignored/d.res"), CLEAN).unwrap();
    let out = run(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("valid JSON on stdout");
    let paths: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["./drafts/a.res", "./drafts/b.txt"]);
}

#[test]
fn json_findings_carry_codes_positions_and_fix_edits() {
    let dir = tempfile::tempdir().unwrap();
    // A stray control character the grammar cannot place is reported, not fatal.
    std::fs::write(dir.path().join("d.res"), CLEAN).unwrap();
    let out = run(&["check", "--format", "json", "d.res"], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["version"], 1);
    assert_eq!(json["files"][0]["kind"], "resolution");
    assert!(json["files"][0]["findings"].is_array());
}

#[test]
fn missing_binary_and_non_utf8_inputs_exit_two_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["check", "nope.res"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("nope.res: no such file or folder"),
        "{}",
        stderr(&out)
    );

    std::fs::write(dir.path().join("bin.res"), [b'a', 0, b'b']).unwrap();
    let out = run(&["check", "bin.res"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("binary"), "{}", stderr(&out));

    std::fs::write(dir.path().join("latin1.res"), [b'r', 0xE9, b's']).unwrap();
    let out = run(&["check", "latin1.res"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not UTF-8"), "{}", stderr(&out));
}

#[test]
fn bad_usage_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["check"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check", "--format", "yaml", "x"], dir.path());
    assert_eq!(out.status.code(), Some(2));
}
