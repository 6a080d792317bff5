//! The `check` command, run as a user runs it.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str], dir: &Path) -> Output {
    common::resolution_ls(args, dir)
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
        stdout(&out).contains("checked 1 file: 0 errors, 0 warnings"),
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

/// A FIFO or a device named on the command line is reported, exit 2,
/// without hanging on the pipe or reading the device; a FIFO met on a walk
/// is passed over (it is no draft) and the walk goes on.
#[cfg(unix)]
#[test]
fn pipes_and_devices_named_on_the_command_line_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let made = Command::new("mkfifo")
        .arg(dir.path().join("pipe.res"))
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let out = run(&["check", "pipe.res"], dir.path());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("pipe.res: not a regular file or folder"),
        "{}",
        stderr(&out)
    );
    for device in ["/dev/null", "/dev/zero"] {
        let out = run(&["check", device], dir.path());
        assert_eq!(out.status.code(), Some(2), "{device}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("not a regular file or folder"),
            "{}",
            stderr(&out)
        );
    }
    std::fs::write(dir.path().join("clean.res"), CLEAN).unwrap();
    let out = run(&["check", "."], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("checked 1 file"), "{}", stdout(&out));
}

#[test]
fn bad_usage_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["check"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["check", "--format", "yaml", "x"], dir.path());
    assert_eq!(out.status.code(), Some(2));
}

fn example(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name),
    )
    .unwrap()
}

fn json_findings(dir: &Path, file: &str) -> Vec<serde_json::Value> {
    let out = run(&["check", "--format", "json", file], dir);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    json["files"][0]["findings"].as_array().unwrap().clone()
}

#[test]
fn sarif_output_is_valid_sarif_with_one_result_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.res"), example("misnumbered-en.res")).unwrap();
    let findings = json_findings(dir.path(), "m.res");
    assert!(!findings.is_empty());
    let out = run(&["check", "--format", "sarif", "m.res"], dir.path());
    let sarif: serde_sarif::sarif::Sarif =
        serde_json::from_slice(&out.stdout).expect("stdout deserializes as SARIF 2.1.0");
    assert_eq!(sarif.version.to_string().trim_matches('"'), "2.1.0");
    let raw: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = raw["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    let rule_ids: Vec<&str> = raw["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for (result, finding) in results.iter().zip(&findings) {
        assert_eq!(result["ruleId"], finding["code"]);
        assert!(rule_ids.contains(&result["ruleId"].as_str().unwrap()));
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], finding["start"]["line"]);
        assert_eq!(region["startColumn"], finding["start"]["column"]);
    }
}

#[test]
fn github_annotations_one_line_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.res"), example("misnumbered-zh.res")).unwrap();
    let findings = json_findings(dir.path(), "m.res");
    let out = run(&["check", "--format", "github", "m.res"], dir.path());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), findings.len(), "{text}");
    let first = &findings[0];
    let command = match first["severity"].as_str().unwrap() {
        "error" => "error",
        "warning" => "warning",
        _ => "notice",
    };
    let expected_prefix = format!(
        "::{command} file=m.res,line={},col={},endLine={},endColumn={},title={}::",
        first["start"]["line"],
        first["start"]["column"],
        first["end"]["line"],
        first["end"]["column"],
        first["code"].as_str().unwrap()
    );
    assert!(
        lines[0].starts_with(&expected_prefix),
        "{}\nexpected prefix {expected_prefix}",
        lines[0]
    );
}

#[test]
fn diff_shows_the_certain_fixes_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let original = example("misnumbered-en.res");
    std::fs::write(dir.path().join("m.res"), &original).unwrap();
    let out = run(&["check", "--diff", "m.res"], dir.path());
    let text = stdout(&out);
    assert!(
        text.contains("--- a/m.res") && text.contains("+++ b/m.res"),
        "{text}"
    );
    assert!(
        text.contains("-bc)\tResolution 69") && text.contains("+c)\tResolution 69"),
        "{text}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("m.res")).unwrap(),
        original
    );
}

#[test]
fn fix_applies_certain_fixes_in_place_and_reports_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("m.res"), example("misnumbered-zh.res")).unwrap();
    let before: Vec<String> = json_findings(dir.path(), "m.res")
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    assert!(before.iter().any(|c| c == "RLS0105"));
    let out = run(&["check", "--fix", "m.res"], dir.path());
    let text = stdout(&out);
    // A Chinese draft: the report is in Chinese.
    assert!(text.contains("已修正 m.res:8：将 cd) 改为 d)"), "{text}");
    assert!(text.contains("已在 1 个文件中进行"), "{text}");
    let fixed = std::fs::read_to_string(dir.path().join("m.res")).unwrap();
    assert!(
        fixed.contains("\nd)\t世界电信标准化全会第69号决议") && !fixed.contains("\ncd)\t"),
        "{fixed}"
    );
    let after: Vec<String> = json_findings(dir.path(), "m.res")
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !after.iter().any(|c| c == "RLS0105" || c == "RLS0203"),
        "{after:?}"
    );
}

#[test]
fn the_clean_example_gives_no_findings_and_the_others_do() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(json_findings(root, "examples/clean-resolution-en.res").is_empty());
    assert!(!json_findings(root, "examples/misnumbered-en.res").is_empty());
    assert!(!json_findings(root, "examples/misnumbered-zh.res").is_empty());
}

#[test]
fn shell_completions_and_help_are_generated() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["completions", "bash"], dir.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("resolution-ls") && stdout(&out).contains("--format"),
        "{}",
        stdout(&out)
    );
    let out = run(&["check", "--help"], dir.path());
    let help = stdout(&out);
    for flag in [
        "--format",
        "--outline",
        "--fix",
        "--diff",
        "sarif",
        "github",
    ] {
        assert!(help.contains(flag), "check --help lacks {flag}:\n{help}");
    }
}

const CITES_101: &str = "\
RESOLUTION 7 (REV. DOHA, 2026)
Test
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),
recalling
Resolution 101 (Rev. Dubai, 2018) of the Plenipotentiary Conference,
resolves
to apply it.
";

fn codes(findings: &[serde_json::Value]) -> Vec<String> {
    findings
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_workspace_draft_teaches_the_catalogue_its_own_revision() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cites.res"), CITES_101).unwrap();
    // Alone, Dubai 2018 (PP-18 Final Acts) is the latest revision of PP 101
    // the catalogue knows.
    assert!(!codes(&json_findings(dir.path(), "cites.res")).contains(&"RLS0401".to_string()));
    let draft_101 = "RESOLUTION 101 (REV. DOHA, 2026)\nInternet Protocol-based networks\n\
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\
resolves\nto continue.\n";
    std::fs::write(dir.path().join("draft-101.res"), draft_101).unwrap();
    let out = run(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == "./cites.res")
        .unwrap();
    let outdated: Vec<&serde_json::Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "RLS0401")
        .collect();
    assert_eq!(outdated.len(), 1, "{json:#}");
    assert!(
        outdated[0]["message"]
            .as_str()
            .unwrap()
            .contains("Doha, 2026"),
        "{}",
        outdated[0]
    );
    assert!(
        outdated[0]["message"]
            .as_str()
            .unwrap()
            .contains("Rev. Doha, 2026"),
        "{}",
        outdated[0]
    );
    // Where the catalogue learnt it is provenance, for the hover.
    assert!(
        !outdated[0]["message"]
            .as_str()
            .unwrap()
            .contains("draft-101.res"),
        "{}",
        outdated[0]
    );
}

#[test]
fn a_user_catalogue_file_is_layered_and_its_broken_lines_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cites.res"), CITES_101).unwrap();
    std::fs::write(
        dir.path().join("resolution-catalogue.tsv"),
        "# our notes\nresolution\tPP\t101\tlatest=Rev. Doha, 2026\tsource=our delegation\n\
resolution\tPP\tnot-a-number\n",
    )
    .unwrap();
    let out = run(&["check", "--format", "json", "."], dir.path());
    assert!(
        stderr(&out).contains("resolution-catalogue.tsv:3"),
        "{}",
        stderr(&out)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    let outdated = findings
        .iter()
        .find(|f| f["code"] == "RLS0401")
        .expect("outdated against the user's entry");
    assert!(
        outdated["message"]
            .as_str()
            .unwrap()
            .contains("Rev. Doha, 2026"),
        "{outdated}"
    );
}

#[test]
fn catalogue_command_looks_up_a_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["catalogue", "WTDC", "23", "--lang", "zh"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("2022年，基加利，修订版"),
        "{}",
        stdout(&out)
    );
    let out = run(&["catalogue", "WTDC", "9999"], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["catalogue", "NOPE", "1"], dir.path());
    assert_eq!(out.status.code(), Some(2));
}

/// The findings of `name` in a JSON run over `args`.
fn findings_of(out: &Output, name: &str) -> Vec<serde_json::Value> {
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with(name))
        .unwrap_or_else(|| panic!("{name} not checked: {json:#}"))["findings"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn a_folder_honours_gitignore_outside_a_git_repository() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".gitignore"), "old/\nscratch.res\n").unwrap();
    std::fs::create_dir(dir.path().join("old")).unwrap();
    for name in ["kept.res", "scratch.res", "old/older.res"] {
        std::fs::write(dir.path().join(name), CLEAN).unwrap();
    }
    let out = run(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let paths: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["./kept.res"], "{json:#}");
}

#[test]
fn fix_rechecks_with_what_the_other_files_teach() {
    let dir = tempfile::tempdir().unwrap();
    let teaches = "RESOLUTION 101 (REV. DOHA, 2026)\nInternet Protocol-based networks\n\
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\
resolves\nto continue.\n";
    // A fused label for --fix to mend, and a citation that is outdated only
    // through what a.res teaches.
    let cites = "The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\
considering\na)\tResolution 101 (Rev. Bucharest, 2022);\nb)\tthat x;\nbc)\tthat y,\n\
resolves\nto continue.\n";
    std::fs::write(dir.path().join("a.res"), teaches).unwrap();
    std::fs::write(dir.path().join("b.res"), cites).unwrap();
    let plain = run(&["check", "--format", "json", "."], dir.path());
    let before = codes(&findings_of(&plain, "b.res"));
    assert!(before.contains(&"RLS0105".to_string()), "{before:?}");
    assert!(before.contains(&"RLS0401".to_string()), "{before:?}");
    let fixed = run(&["check", "--fix", "--format", "json", "."], dir.path());
    let after = codes(&findings_of(&fixed, "b.res"));
    assert!(!after.contains(&"RLS0105".to_string()), "{after:?}");
    // Either the citation was updated to what a.res teaches, or it is
    // still outdated; never "unknown revision", which is what the
    // built-in catalogue alone would say.
    let text = std::fs::read_to_string(dir.path().join("b.res")).unwrap();
    assert!(
        text.contains("Resolution 101 (Rev. Doha, 2026)") || after.contains(&"RLS0401".to_string()),
        "{after:?}\n{text}"
    );
    assert!(!after.contains(&"RLS0407".to_string()), "{after:?}");
}

#[test]
fn citation_rewrites_need_unsafe_fixes() {
    let dir = tempfile::tempdir().unwrap();
    // A fused label (safe to mend) and an outdated citation (rewriting it
    // changes what the text says: unsafe).
    let text = "The World Telecommunication Development Conference (Kigali, 2022),\n\
considering\na)\tResolution 77 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference;\n\
b)\tthat x;\nbc)\tthat y,\nresolves\nto continue.\n";
    std::fs::write(dir.path().join("d.res"), text).unwrap();
    let human = run(&["check", "d.res"], dir.path());
    assert!(
        stdout(&human)
            .contains("help: unsafe fix (--unsafe-fixes): Cite the latest known revision"),
        "{}",
        stdout(&human)
    );
    run(&["check", "--fix", "d.res"], dir.path());
    let safe = std::fs::read_to_string(dir.path().join("d.res")).unwrap();
    assert!(safe.contains("\nc)\tthat y,"), "{safe}");
    assert!(
        safe.contains("Resolution 77 (Rev. Buenos Aires, 2017)"),
        "{safe}"
    );
    run(&["check", "--fix", "--unsafe-fixes", "d.res"], dir.path());
    let all = std::fs::read_to_string(dir.path().join("d.res")).unwrap();
    assert!(all.contains("Resolution 77 (Rev. Kigali, 2022)"), "{all}");
}

/// Runs with `input` on standard input.
fn run_with_stdin(args: &[&str], dir: &Path, input: &str) -> Output {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn human_output_puts_carets_under_the_characters_on_tab_and_chinese_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("zh.res"), example("misnumbered-zh.res")).unwrap();
    let out = run(&["check", "--color", "never", "zh.res"], dir.path());
    let text = stdout(&out);
    assert!(
        text.lines().all(|l| l == l.trim_end()),
        "trailing blanks:\n{text}"
    );
    assert!(!text.contains('\t'), "tabs are expanded:\n{text}");
    insta::assert_snapshot!("human_misnumbered_zh", text);
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn human_output_of_seed_000_reads_right() {
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_64240273032ad6eb.txt"),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("seed-000.txt"), seed).unwrap();
    let out = run(&["check", "--color", "never", "seed-000.txt"], dir.path());
    let text = stdout(&out);
    assert!(text.lines().all(|l| l == l.trim_end()), "trailing blanks");
    assert!(
        text.lines()
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 240 || !l.contains(" | ")),
        "a source line is shown whole instead of as a window"
    );
    insta::assert_snapshot!("human_seed_000", text);
}

#[test]
fn concise_statistics_and_the_fixable_count() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.res"), example("misnumbered-en.res")).unwrap();
    let out = run(
        &["check", "--format", "concise", "--statistics", "en.res"],
        dir.path(),
    );
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("en.res:") && first.contains(": warning[RLS")
            || first.contains(": error[RLS"),
        "{text}"
    );
    assert!(text.contains("RLS0105  label-fused [*]"), "{text}");
    let summary = text.lines().last().unwrap();
    assert!(summary.starts_with("checked 1 file: "), "{summary}");
    assert!(summary.contains("fixable with --fix"), "{summary}");
    assert!(!text.contains("note(s)"), "{summary}");
}

#[test]
fn select_ignore_and_extend_select_by_code_prefix_and_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.res"), example("misnumbered-en.res")).unwrap();
    let codes_of = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["check", "--format", "concise", "en.res"];
        all.extend_from_slice(args);
        let out = run(&all, dir.path());
        stdout(&out)
            .lines()
            .filter_map(|l| l.split_once('[').and_then(|(_, r)| r.split_once(']')))
            .map(|(code, _)| code.to_string())
            .collect()
    };
    let all = codes_of(&[]);
    assert!(
        all.iter().any(|c| c.starts_with("RLS01")) && all.iter().any(|c| c.starts_with("RLS04"))
    );
    assert!(codes_of(&["--select", "RLS01"])
        .iter()
        .all(|c| c.starts_with("RLS01")));
    assert!(!codes_of(&["--ignore", "label-fused"]).contains(&"RLS0105".to_string()));
    let extended = codes_of(&["--select", "RLS01", "--extend-select", "RLS0401"]);
    assert!(extended.contains(&"RLS0401".to_string()) && extended.contains(&"RLS0105".to_string()));
    let out = run(&["check", "--select", "RLS99", "en.res"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`RLS99` selects no rule"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn exit_zero_and_max_warnings() {
    let dir = tempfile::tempdir().unwrap();
    // Warnings only: a fused label.
    std::fs::write(
        dir.path().join("w.res"),
        "considering\na)\tthat x;\nb)\tthat y;\nbc)\tthat z,\nresolves\nto act.\n",
    )
    .unwrap();
    assert_eq!(run(&["check", "w.res"], dir.path()).status.code(), Some(0));
    assert_eq!(
        run(&["check", "--max-warnings", "0", "w.res"], dir.path())
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["check", "--max-warnings", "5", "w.res"], dir.path())
            .status
            .code(),
        Some(0)
    );
    std::fs::write(dir.path().join("e.res"), example("misnumbered-en.res")).unwrap();
    assert_eq!(run(&["check", "e.res"], dir.path()).status.code(), Some(1));
    assert_eq!(
        run(&["check", "--exit-zero", "e.res"], dir.path())
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn standard_input_is_checked_and_fixed_under_a_given_name() {
    let dir = tempfile::tempdir().unwrap();
    let draft = "considering\na)\tthat x;\nb)\tthat y;\nbc)\tthat z,\nresolves\nto act.\n";
    let out = run_with_stdin(
        &[
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            "draft.res",
            "-",
        ],
        dir.path(),
        draft,
    );
    assert!(
        stdout(&out).starts_with("draft.res:4:1: warning[RLS0105]"),
        "{}",
        stdout(&out)
    );
    let fixed = run_with_stdin(&["check", "--fix", "-"], dir.path(), draft);
    assert_eq!(stdout(&fixed), draft.replace("bc)", "c)"));
    assert!(
        stderr(&fixed).contains("fixed <stdin>:4"),
        "{}",
        stderr(&fixed)
    );
}

#[test]
fn include_and_exclude_globs_and_a_folder_without_drafts() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("old")).unwrap();
    std::fs::create_dir_all(dir.path().join("word")).unwrap();
    for name in ["a.res", "old/b.res", "notes.md"] {
        std::fs::write(dir.path().join(name), CLEAN).unwrap();
    }
    std::fs::write(
        dir.path().join("word/proposal.doc"),
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
    )
    .unwrap();
    let paths = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        all.push(".");
        let out = run(&all, dir.path());
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(paths(&[]), ["./a.res", "./notes.md", "./old/b.res"]);
    assert_eq!(paths(&["--exclude", "old/"]), ["./a.res", "./notes.md"]);
    assert_eq!(paths(&["--include", "*.res"]), ["./a.res", "./old/b.res"]);
    let out = run(&["check", "word"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no drafts found in word"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("1 Word 97-2003 document(s) (.doc) not checked"),
        "{}",
        stderr(&out)
    );
    let out = run(&["check", "word/proposal.doc"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("a Word 97-2003 document"),
        "{}",
        stderr(&out)
    );
    std::fs::write(dir.path().join("word/broken.docx"), b"PK\x03\x04").unwrap();
    let out = run(&["check", "word/broken.docx"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("word/broken.docx: not a Word document: not a readable .docx"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn output_survives_a_closed_pipe() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        std::fs::write(
            dir.path().join(format!("m{i}.res")),
            example("misnumbered-zh.res"),
        )
        .unwrap();
    }
    for args in [
        &["completions", "bash"][..],
        &["check", "."][..],
        &["check", "--format", "json", "."][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
            .args(args)
            .current_dir(dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Read one byte, then close the pipe, as `| head -c1` does.
        let mut stdout = child.stdout.take().unwrap();
        let mut byte = [0u8; 1];
        std::io::Read::read_exact(&mut stdout, &mut byte).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {err}");
    }
}

#[test]
fn a_configuration_file_is_found_upwards_and_flags_win_over_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("drafts/annexes")).unwrap();
    std::fs::write(
        dir.path().join("resolution-ls.toml"),
        "ignore = [\"RLS04\"]\nfile-patterns = [\"*.draft\"]\n\n[severity]\nlabel-fused = \"error\"\n\n[per-file-ignores]\n\"drafts/annexes/*\" = [\"RLS01\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("drafts/en.res"),
        example("misnumbered-en.res"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("drafts/annexes/a.res"),
        example("misnumbered-en.res"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("drafts/b.draft"),
        example("misnumbered-en.res"),
    )
    .unwrap();
    let out = run(&["check", "--format", "concise", "drafts"], dir.path());
    let text = stdout(&out);
    assert!(text.contains("drafts/en.res:7:1: error[RLS0105]"), "{text}");
    assert!(!text.contains("RLS04"), "{text}");
    assert!(text.contains("drafts/b.draft:"), "file-patterns: {text}");
    assert!(
        !text
            .lines()
            .any(|l| l.starts_with("drafts/annexes/a.res") && l.contains("RLS01")),
        "{text}"
    );
    // Flags win: --extend-select brings the citation rules back.
    let out = run(
        &[
            "check",
            "--format",
            "concise",
            "--extend-select",
            "RLS0401",
            "drafts/en.res",
        ],
        dir.path(),
    );
    assert!(stdout(&out).contains("RLS0401"), "{}", stdout(&out));
    // --isolated reads no configuration.
    let out = run(
        &[
            "check",
            "--format",
            "concise",
            "--isolated",
            "drafts/en.res",
        ],
        dir.path(),
    );
    assert!(
        stdout(&out).contains("warning[RLS0105]"),
        "{}",
        stdout(&out)
    );
    // A bad key is reported with the file and the line.
    std::fs::write(
        dir.path().join("resolution-ls.toml"),
        "select = [\"RLS01\"]\nselcet = []\n",
    )
    .unwrap();
    let out = run(&["check", "drafts/en.res"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("resolution-ls.toml:2: unknown field `selcet`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn catalogue_lookup_learns_from_official_texts_through_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let texts = dir.path().join("pp-26");
    std::fs::create_dir(&texts).unwrap();
    std::fs::write(
        texts.join("res101.txt"),
        "RESOLUTION 101 (REV. DOHA, 2026)\n\nInternet Protocol-based networks\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\nresolves\n\nto study.\n",
    )
    .unwrap();
    let lookup = || {
        Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
            .args(["catalogue", "PP", "101", "--official", "pp-26"])
            .current_dir(dir.path())
            .env("RESOLUTION_LS_CACHE_DIR", dir.path().join("cache"))
            .output()
            .expect("binary runs")
    };
    let out = lookup();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("    Rev. Doha, 2026"), "{text}");
    let source = "res101.txt:1";
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("read from: ") && l.ends_with(source)),
        "{text}"
    );
    assert!(
        stderr(&out).contains("(1 read, 0 from the cache)"),
        "{}",
        stderr(&out)
    );
    let again = lookup();
    assert!(
        stderr(&again).contains("(0 read, 1 from the cache)"),
        "{}",
        stderr(&again)
    );
    assert_eq!(stdout(&again), text);
}

/// `message-language` in the project file, overridden by `--lang`; a bad
/// code is reported with the file and line.
#[test]
fn the_language_of_messages_comes_from_the_project_file_or_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("d.res"),
        "considering\na)\tthat one;\nc)\tthat two,\nresolves\nto act.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("resolution-ls.toml"),
        "message-language = \"es\"\n",
    )
    .unwrap();
    let text = stdout(&run(&["check", "--color", "never", "d.res"], dir.path()));
    assert!(text.contains("1 archivo comprobado"), "{text}");
    assert!(text.contains("advertencia[RLS0101]"), "{text}");
    let text = stdout(&run(
        &["check", "--color", "never", "--lang", "ru", "d.res"],
        dir.path(),
    ));
    assert!(text.contains("[RLS0101]: c) "), "{text}");
    assert!(text.contains("пропущено b)"), "{text}");
    let out = run(&["check", "--lang", "de", "d.res"], dir.path());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--lang de"), "{}", stderr(&out));
    std::fs::write(
        dir.path().join("resolution-ls.toml"),
        "\nmessage-language = \"klingon\"\n",
    )
    .unwrap();
    let out = run(&["check", "d.res"], dir.path());
    assert!(
        stderr(&out).contains("resolution-ls.toml:2") && stderr(&out).contains("message-language"),
        "{}",
        stderr(&out)
    );
}

const PROPOSALS: &str = "\
MOD\tEUR/44A7/1
RESOLUTION 130 (REV. BUCHAREST, 2022)
Strengthening the role of ITU
Reasons:\tTo update.
SUP\tEUR/44A7/1
RESOLUTION 71 (REV. BUCHAREST, 2022)
";

#[test]
fn proposals_show_in_the_outline_and_the_coming_conference_is_a_setting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("proposals.txt"), PROPOSALS).unwrap();
    let out = run(&["check", "--outline", "proposals.txt"], dir.path());
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("proposal MOD EUR/44A7/1 (line 1): document 1; reasons line 4"),
        "{text}"
    );
    assert!(
        text.contains("proposal SUP EUR/44A7/1 (line 5): document 2; no reasons"),
        "{text}"
    );
    for code in ["RLS0701", "RLS0704", "RLS0707"] {
        assert!(text.contains(code), "{code}: {text}");
    }
    // The catalogue's next PP meeting is Doha, 2026; the flag overrides it.
    assert!(text.contains("expected Rev. Doha, 2026"), "{text}");
    let out = run(
        &["check", "--proposal-conference", "PP-30", "proposals.txt"],
        dir.path(),
    );
    assert!(
        stdout(&out).contains("expected Rev. 2030"),
        "{}",
        stdout(&out)
    );
    // And so does resolution-ls.toml.
    std::fs::write(
        dir.path().join("resolution-ls.toml"),
        "proposal-conference = \"PP-30\"\n",
    )
    .unwrap();
    let out = run(&["check", "proposals.txt"], dir.path());
    assert!(
        stdout(&out).contains("expected Rev. 2030"),
        "{}",
        stdout(&out)
    );
    let out = run(
        &["check", "--proposal-conference", "Doha", "proposals.txt"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--proposal-conference Doha"),
        "{}",
        stderr(&out)
    );
}
