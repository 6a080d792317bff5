//! Parallel language versions: planted differences in four language pairs
//! are all reported in both files, clean versions in six languages give
//! nothing, every output format carries the differences, and the seed 003
//! (Chinese) has the structure of its English version written for the repo.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use resolution_ls::analysis::rules::parallel::concept;
use resolution_ls::catalogue::Catalogue;
use resolution_ls::ide::parallel::{compare_files, pairs_by_name, Keyed, PairedBy};
use resolution_ls::ide::FileAnalysis;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("binary runs")
}

fn json(args: &[&str]) -> Value {
    let mut all = vec!["check", "--format", "json", "--isolated"];
    all.extend_from_slice(args);
    let out = run(&all);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// One RLS08xx finding: code, line, related file, related line.
type Found = (String, u64, String, u64);

/// Per file: its path and its RLS08xx findings.
fn parallel_findings(v: &Value) -> Vec<(String, Vec<Found>)> {
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let found = f["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["code"].as_str().unwrap().starts_with("RLS08"))
                .map(|d| {
                    let rel = &d["related"][0];
                    (
                        d["code"].as_str().unwrap().to_string(),
                        d["start"]["line"].as_u64().unwrap(),
                        rel["file"].as_str().unwrap_or("").to_string(),
                        rel["start"]["line"].as_u64().unwrap(),
                    )
                })
                .collect();
            (f["path"].as_str().unwrap().to_string(), found)
        })
        .collect()
}

const PLANTED: [&str; 5] = ["RLS0802", "RLS0803", "RLS0804", "RLS0805", "RLS0806"];

/// Both files of a planted pair carry every planted difference, once, and
/// each finding points at the other file, at the line the other file's
/// finding is on.
fn assert_planted(v: &Value) {
    let files = parallel_findings(v);
    assert_eq!(files.len(), 2, "{v:#}");
    for (k, (path, found)) in files.iter().enumerate() {
        let codes: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        let set: BTreeSet<&str> = codes.iter().copied().collect();
        assert_eq!(
            set,
            PLANTED.into_iter().collect::<BTreeSet<_>>(),
            "{path}: {codes:?}"
        );
        assert_eq!(codes.len(), PLANTED.len(), "{path}: {codes:?}");
        let (other_path, other) = &files[1 - k];
        for (code, line, rel_file, rel_line) in found {
            assert_eq!(rel_file, other_path, "{path} {code}");
            assert!(
                other
                    .iter()
                    .any(|(c, l, f, rl)| c == code && l == rel_line && f == path && rl == line),
                "{path}:{line} {code} points at {rel_file}:{rel_line}, where the other finding is not"
            );
        }
    }
}

#[test]
fn english_chinese_pair_by_name_reports_every_planted_difference() {
    assert_planted(&json(&["tests/fixtures/parallel/planted/en-zh"]));
}

#[test]
fn french_spanish_pair_by_identity_reports_every_planted_difference() {
    assert_planted(&json(&["tests/fixtures/parallel/planted/fr-es"]));
}

#[test]
fn english_russian_pair_named_on_the_command_line_reports_every_planted_difference() {
    let dir = "tests/fixtures/parallel/planted/en-ru";
    // Named on the command line (their identity lines pair them too: the
    // pair is compared once, not twice).
    assert_planted(&json(&[
        "--parallel",
        &format!("{dir}/draft-english.txt"),
        &format!("{dir}/draft-russian.txt"),
    ]));
}

#[test]
fn english_arabic_pair_by_name_reports_every_planted_difference() {
    assert_planted(&json(&["tests/fixtures/parallel/planted/en-ar"]));
}

#[test]
fn clean_versions_in_six_languages_give_nothing() {
    let dir = root().join("tests/fixtures/parallel/clean");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 6);
    // Every two of them are paired by their names…
    assert_eq!(pairs_by_name(&paths).len(), 15);
    // …and compared, with nothing to say.
    let v = json(&["tests/fixtures/parallel/clean"]);
    for (path, found) in parallel_findings(&v) {
        assert!(found.is_empty(), "{path}: {found:?}");
    }
    // The same through the library, pair by pair.
    let catalogue = Catalogue::builtin();
    let files: Vec<(Arc<str>, FileAnalysis)> = paths
        .iter()
        .map(|p| {
            (
                Arc::from(p.display().to_string()),
                FileAnalysis::parse(&std::fs::read_to_string(p).unwrap()),
            )
        })
        .collect();
    for (i, j) in pairs_by_name(&paths) {
        let c = compare_files(
            Keyed {
                key: &files[i].0,
                file: &files[i].1,
            },
            Keyed {
                key: &files[j].0,
                file: &files[j].1,
            },
            PairedBy::Name,
            &catalogue,
        );
        assert!(c.first.is_empty() && c.second.is_empty(), "{i} {j}: {c:?}");
    }
}

#[test]
fn the_shape_fixtures_are_clean_versions_of_each_other() {
    let v = json(&[
        "--parallel",
        "tests/fixtures/shape-en.res",
        "tests/fixtures/shape-zh.res",
    ]);
    for (path, found) in parallel_findings(&v) {
        assert!(found.is_empty(), "{path}: {found:?}");
    }
}

#[test]
fn a_planted_pair_reported_in_every_output_format() {
    let dir = "tests/fixtures/parallel/planted/en-zh";
    let text = |format: &str| {
        let out = run(&["check", "--isolated", "--format", format, dir]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let human = text("human");
    assert!(
        human.contains("warning[RLS0806]: the number 37 here is 38 in the Chinese version"),
        "{human}"
    );
    // The related place is in the other file, at its own line and column.
    assert!(
        human.contains(&format!(
            "note: the Chinese version ({dir}/PP22-R140-C.txt:10:15)"
        )),
        "{human}"
    );
    let concise = text("concise");
    for code in PLANTED {
        assert_eq!(
            concise.matches(&format!("[{code}]")).count(),
            2,
            "{code}\n{concise}"
        );
    }
    let sarif: Value = serde_json::from_str(&text("sarif")).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let number = results
        .iter()
        .find(|r| {
            r["ruleId"] == "RLS0806"
                && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .ends_with("-E.txt")
        })
        .unwrap();
    let rel = &number["relatedLocations"][0]["physicalLocation"];
    assert!(rel["artifactLocation"]["uri"]
        .as_str()
        .unwrap()
        .ends_with("PP22-R140-C.txt"));
    assert_eq!(rel["region"]["startLine"], 10);
    assert_eq!(rel["region"]["startColumn"], 15);
    let github = text("github");
    assert_eq!(github.matches("title=RLS0805::").count(), 2, "{github}");
}

#[test]
fn a_parallel_group_in_the_configuration_pairs_files() {
    let dir = tempfile::tempdir().unwrap();
    let planted = root().join("tests/fixtures/parallel/planted/en-ru");
    for name in ["draft-english.txt", "draft-russian.txt"] {
        std::fs::copy(planted.join(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(
        dir.path().join("resolution-ls.toml"),
        "parallel = [[\"draft-english.txt\", \"draft-russian.txt\"]]\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
        .args(["check", "--format", "json", "."])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_planted(&serde_json::from_slice(&out.stdout).unwrap());
}

#[test]
fn two_versions_in_one_file_are_compared_inside_it() {
    let planted = root().join("tests/fixtures/parallel/planted/en-zh");
    let en = std::fs::read_to_string(planted.join("PP22-R140-E.txt")).unwrap();
    let zh = std::fs::read_to_string(planted.join("PP22-R140-C.txt")).unwrap();
    let file = FileAnalysis::parse(&format!("{en}\n{zh}"));
    let found = file.check(&Default::default());
    let codes: Vec<&str> = found
        .iter()
        .filter(|d| d.code.starts_with("RLS08"))
        .map(|d| d.code)
        .collect();
    assert_eq!(codes.len(), 2 * PLANTED.len(), "{codes:?}");
    for d in found.iter().filter(|d| d.code.starts_with("RLS08")) {
        assert_eq!(d.related.len(), 1);
        assert!(d.related[0].file.is_none(), "same file");
    }
}

#[test]
fn versions_paired_by_name_with_another_revision_or_meeting_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let clean = root().join("tests/fixtures/parallel/clean");
    std::fs::copy(clean.join("PP22-R140-E.txt"), dir.path().join("R140-E.txt")).unwrap();
    let ru = std::fs::read_to_string(clean.join("PP22-R140-R.txt"))
        .unwrap()
        .replace("(ПЕРЕСМ. БУХАРЕСТ, 2022 г.)", "(ПЕРЕСМ. ДУБАЙ, 2018 г.)")
        .replace("(Бухарест, 2022 г.),", "(Дубай, 2018 г.),");
    std::fs::write(dir.path().join("R140-R.txt"), ru).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
        .args([
            "check",
            "--isolated",
            "--lang",
            "en",
            "--select",
            "RLS08",
            "--format",
            "concise",
            ".",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("R140-E.txt:1:1: warning[RLS0807] this version is PP Resolution 140 (Rev. Bucharest, 2022); the Russian version is PP Resolution 140 (Rev. Dubai, 2018)"),
        "{text}"
    );
    assert!(
        text.contains("R140-R.txt:3:1: warning[RLS0807] this version is adopted by PP (Dubai, 2018); the English version by PP (Bucharest, 2022)"),
        "{text}"
    );
    assert_eq!(text.matches("[RLS0807]").count(), 4, "{text}");
}

#[test]
fn headings_of_every_language_share_meanings() {
    let pairs = [
        ("recalling", "إذ يذكّر"),
        ("considering", "وإذ يضع في اعتباره"),
        ("recognizing", "признавая,"),
        ("resolves", "resuelve"),
        (
            "instructs the Secretary-General",
            "charge le Secrétaire général",
        ),
        ("invites Member States", "请各成员国"),
        ("encourages Member States", "鼓励各成员国"),
    ];
    for (a, b) in pairs {
        assert!(concept(a).is_some(), "{a}");
        assert_eq!(concept(a), concept(b), "{a} / {b}");
    }
}

/// The seed 003 (WTDC Resolution 85, Chinese, as the user drafted it) and
/// the English version written for this repository from it.
fn seed_pair() -> Option<(FileAnalysis, FileAnalysis)> {
    let zh = common::seed("003")?;
    let en = common::fixture("parallel/seed-003-en.txt");
    Some((FileAnalysis::parse(&zh), FileAnalysis::parse(&en)))
}

fn compare_seed(zh: &FileAnalysis, en: &FileAnalysis) -> (Vec<String>, Vec<String>) {
    let (kz, ke): (Arc<str>, Arc<str>) = (Arc::from("003.txt"), Arc::from("seed-003-en.txt"));
    let c = compare_files(
        Keyed { key: &kz, file: zh },
        Keyed { key: &ke, file: en },
        PairedBy::Explicit,
        &Catalogue::builtin(),
    );
    let show = |v: &[resolution_ls::analysis::Diagnostic]| {
        v.iter()
            .map(|d| format!("{} {}", d.code, d.message))
            .collect()
    };
    (show(&c.first), show(&c.second))
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_003_and_its_english_version_have_the_same_structure() {
    let Some((zh, en)) = seed_pair() else { return };
    // Ten sections; their clauses, labels, citations and numbers agree.
    assert_eq!(zh.model().documents[0].sections.len(), 10);
    let (first, second) = compare_seed(&zh, &en);
    assert!(
        first.is_empty() && second.is_empty(),
        "{first:#?}\n{second:#?}"
    );
    // The comparison does look: a number changed in the English version is
    // reported on both sides.
    let changed = en.text().replace("Study Group 20", "Study Group 21");
    assert_ne!(changed, en.text());
    let (first, second) = compare_seed(&zh, &FileAnalysis::parse(&changed));
    assert_eq!(
        first,
        ["RLS0806 the number 20 here is 21 in the English version"]
    );
    assert_eq!(
        second,
        ["RLS0806 the number 21 here is 20 in the Chinese version"]
    );
}

#[test]
fn name_pairing_needs_the_same_folder_and_stem() {
    let p = |s: &str| Path::new(s).to_path_buf();
    let paths = [
        p("d/R1-E.txt"),
        p("d/R1-F.txt"),
        p("e/R1-S.txt"),
        p("d/R2-C.txt"),
    ];
    assert_eq!(pairs_by_name(&paths), [(0, 1)]);
}
