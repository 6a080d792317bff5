//! `export --to akn`: Akoma Ntoso 3.0 that a real validator accepts
//! (`xmllint --schema` against the OASIS schema in
//! `tests/fixtures/akn/schema/`), that reads back as the draft it came from
//! (identity, title, sections, labels, citations), that `check` reads
//! with its findings at the XML's lines and elements, and, for the PP-18
//! Final Acts, whose structure matches the reference markup.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use resolution_ls::analysis::learn;
use resolution_ls::catalogue::Catalogue;
use resolution_ls::export::akn::{each_to_akn, to_akn, Options};
use resolution_ls::model::{self, Model};
use resolution_ls::syntax::SourceFile;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> PathBuf {
    root().join("tests/fixtures/akn/schema/akomantoso30.xsd")
}

/// Validates `files` against the Akoma Ntoso 3.0 schema with xmllint
/// (Debian's libxml2-utils). Without xmllint the test fails: a schema test
/// that passes because nothing checked it would say nothing.
fn validate(files: &[PathBuf]) -> Result<(), String> {
    let found = Command::new("xmllint").arg("--version").output();
    assert!(
        found.is_ok(),
        "xmllint is not installed: these tests validate the exported Akoma Ntoso with it. \
         Install the Debian package libxml2-utils (`apt-get install libxml2-utils`); \
         scripts/test-all.sh installs it"
    );
    let mut cmd = Command::new("xmllint");
    cmd.arg("--noout").arg("--schema").arg(schema());
    for chunk in files.chunks(200) {
        let out = cmd.args(chunk).output().expect("xmllint runs");
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        cmd = Command::new("xmllint");
        cmd.arg("--noout").arg("--schema").arg(schema());
    }
    Ok(())
}

fn options(catalogue: &Catalogue) -> Options<'_> {
    Options {
        catalogue,
        date: "2026-12-01".into(),
        name: "draft".into(),
    }
}

fn parse(text: &str) -> Model {
    model::extract(&SourceFile::parse(text))
}

fn fixtures() -> Vec<(String, String)> {
    let dir = root().join("tests/fixtures/akn");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "res"))
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Exports `texts` into `dir` (`name.akn.xml`), returning the paths.
fn export_all(dir: &Path, texts: &[(String, String)]) -> Vec<PathBuf> {
    let c = Catalogue::builtin();
    texts
        .iter()
        .map(|(name, text)| {
            let xml =
                to_akn(text, &parse(text), &options(&c)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let path = dir.join(format!("{name}.akn.xml"));
            std::fs::write(&path, xml).unwrap();
            path
        })
        .collect()
}

// ------------------------------------------------------------ validity

#[test]
fn fixtures_in_six_languages_export_to_schema_valid_akoma_ntoso() {
    let texts = fixtures();
    let languages: Vec<&str> = texts.iter().map(|(n, _)| &n[..2]).collect();
    for l in ["ar", "en", "es", "fr", "ru", "zh"] {
        assert!(
            languages.contains(&l),
            "no {l} fixture in tests/fixtures/akn"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let mut paths = export_all(dir.path(), &texts);
    // One file per document, too.
    let c = Catalogue::builtin();
    for (name, text) in &texts {
        for (i, e) in each_to_akn(text, &parse(text), &options(&c))
            .unwrap()
            .into_iter()
            .enumerate()
        {
            let path = dir.path().join(format!("{name}-{i}-{}.akn.xml", e.number));
            std::fs::write(&path, e.xml).unwrap();
            paths.push(path);
        }
    }
    if let Err(e) = validate(&paths) {
        panic!("exported Akoma Ntoso does not validate:\n{e}");
    }
}

/// The validator is real: it refuses what the schema refuses, duplicate
/// eIds included (the reference markup of the Final Acts has them).
#[test]
fn the_validator_refuses_duplicate_eids() {
    let (_, text) = fixtures()
        .into_iter()
        .find(|(n, _)| n == "en-resolution")
        .unwrap();
    let c = Catalogue::builtin();
    let xml = to_akn(&text, &parse(&text), &options(&c)).unwrap();
    let broken = xml.replace("eId=\"recs_1__rec_2\"", "eId=\"recs_1__rec_1\"");
    assert_ne!(broken, xml);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dup.akn.xml");
    std::fs::write(&path, broken).unwrap();
    let err = validate(&[path]).expect_err("a duplicate eId must not validate");
    assert!(err.contains("Duplicate key-sequence"), "{err}");
}

#[test]
fn the_markup_of_each_fixture_is_as_documented() {
    let c = Catalogue::builtin();
    for (name, text) in fixtures() {
        let xml = to_akn(&text, &parse(&text), &options(&c)).unwrap();
        insta::assert_snapshot!(format!("akn_{name}"), xml);
    }
}

#[test]
fn identifiers_language_and_references_follow_akn4un() {
    let c = Catalogue::builtin();
    let get = |name: &str| {
        let (_, text) = fixtures().into_iter().find(|(n, _)| n == name).unwrap();
        to_akn(&text, &parse(&text), &options(&c)).unwrap()
    };
    let en = get("en-resolution");
    for want in [
        r#"<FRBRuri value="/akn/un/statement/deliberation/itu-pp/2018-11-16/res-123"/>"#,
        r#"<FRBRuri value="/akn/un/statement/deliberation/itu-pp/2018-11-16/res-123/eng@2018-11-16"/>"#,
        r#"<FRBRlanguage language="eng"/>"#,
        r#"<p><docType>RESOLUTION</docType> <docNumber>123</docNumber> <inline name="revision">(REV. DUBAI, 2018)</inline></p>"#,
        r#"<formula name="enactingFormula" eId="formula_1">"#,
        r#"<p><i>recalling</i></p>"#,
        // A revision named: the work, at that revision's date, in the text's language.
        r#"<ref href="/akn/un/statement/deliberation/itu-wtsa/2016-11-03/res-44/eng@2016-11-03">"#,
        // No revision: the work as the catalogue knew it at the document's date.
        r#"<ref href="/akn/un/statement/deliberation/itu-wtdc/2017-10-20/res-37">"#,
        r#"<ref href="/akn/un/statement/deliberation/unga/res-70-1">"#,
        r#"<authorialNote marker="1" placement="bottom" eId="note_1"><p>These include the least developed countries"#,
        r#"<num>ii)</num>"#,
    ] {
        assert!(en.contains(want), "{want}\nnot in\n{en}");
    }
    // The footnote's body is not left in the clause, nor its marker twice.
    assert!(!en.contains("[1:") && !en.contains("footnoteRef"), "{en}");
    let zh = get("zh-resolution");
    assert!(zh.contains(r#"<FRBRlanguage language="zho"/>"#));
    assert!(zh.contains(
        r#"<p>第<docNumber>123</docNumber>号<docType>决议</docType><inline name="revision">（2018年，迪拜，修订版）</inline></p>"#
    ));
    assert!(
        zh.contains(r#"发展中国家<authorialNote marker="1""#),
        "{zh}"
    );
    let ar = get("ar-resolution");
    assert!(ar.contains(r#"<FRBRlanguage language="ara"/>"#));
    assert!(ar.contains(r#"<ref href="/akn/un/statement/deliberation/itu-wtdc/2014-04-10/res-45/ara@2014-04-10">"#), "{ar}");
    let fr = get("fr-decision");
    assert!(fr.contains(r#"<statement name="decision">"#));
    assert!(fr.contains("/akn/un/statement/deliberation/itu-pp/2018-11-16/dec-5/fra@2018-11-16"));
    let two = get("en-two-documents");
    assert!(two.contains("<documentCollection name=\"collection\">"));
    assert!(two.contains(r#"<component eId="cmp_res-901">"#));
    assert!(two.contains(r#"eId="cmp_res-902__hcont_1""#));
}

// ------------------------------------------------------------ round trip

/// What a round trip must keep, per document: identity, title, each
/// section's heading, part and labels (sub-items in brackets), and the
/// citations (kind, numbers, revision as written).
fn essentials(m: &Model, text: &str) -> Vec<String> {
    // Whitespace is the XML's to collapse; a Chinese line joined from two
    // has none.
    let norm = |s: &str| s.split_whitespace().collect::<String>();
    let mut out = Vec::new();
    for d in &m.documents {
        out.push(format!(
            "document {} | {} | {}",
            d.identity.as_ref().map_or(String::new(), |l| norm(&l.text)),
            d.title.as_ref().map_or(String::new(), |l| norm(&l.text)),
            d.conference
                .as_ref()
                .map_or(String::new(), |c| norm(&c.text)),
        ));
        for s in &d.sections {
            let label = |c: &resolution_ls::model::Clause| {
                c.label.as_ref().map_or("¶".to_string(), |l| l.text.clone())
            };
            let labels: Vec<String> = s
                .items
                .iter()
                .map(|c| {
                    let mut l = label(c);
                    if !c.sub_items.is_empty() {
                        let subs: Vec<String> = c.sub_items.iter().map(label).collect();
                        l.push_str(&format!("[{}]", subs.join(" ")));
                    }
                    l
                })
                .collect();
            out.push(format!(
                "  {} {}: {}",
                s.part.as_str(),
                norm(&s.heading.text),
                labels.join(" ")
            ));
        }
        for c in m
            .citations
            .iter()
            .filter(|c| d.range.contains_range(c.range))
        {
            let numbers: Vec<&str> = c.numbers.iter().map(|n| n.text.as_str()).collect();
            let revisions: Vec<String> = c
                .groups
                .iter()
                .map(|g| norm(&text[g.range.as_range()]))
                .collect();
            out.push(format!(
                "  cites {} {} {}",
                c.kind.as_str(),
                numbers.join(","),
                revisions.join(",")
            ));
        }
    }
    out
}

/// Exports `text`, reads the result back (`akn::read`, then the model), and
/// returns the XML and what differs in the essentials ("" when nothing).
/// Also checks that the catalogue's reader (`learn::from_akn`) finds each
/// document's identity and title.
fn round_trip(name: &str, text: &str) -> (String, String) {
    let c = Catalogue::builtin();
    let before = parse(text);
    let Ok(xml) = to_akn(text, &before, &options(&c)) else {
        return (String::new(), String::new());
    };
    let draft = resolution_ls::akn::read(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    let after = parse(&draft.text);
    let mut a = essentials(&before, text);
    let mut b = essentials(&after, &draft.text);
    // A report's excerpts are excerpts because of the report around them,
    // which is not exported.
    for line in a.iter_mut().chain(b.iter_mut()) {
        *line = line.replace("excerpt", "resolution");
    }
    let mut diff = String::new();
    if a != b {
        diff = similar::TextDiff::from_lines(&a.join("\n"), &b.join("\n"))
            .unified_diff()
            .header("draft", "read back")
            .to_string();
    }
    // The catalogue build reads the same identities and titles.
    let (built, _) = learn::from_akn(&xml, name, &c).unwrap();
    for d in &before.documents {
        let Some(identity) = &d.identity else {
            continue;
        };
        let Some(id) = resolution_ls::model::citations::parse_identity(&identity.text) else {
            continue;
        };
        if id.body.is_none() && d.conference.is_none() {
            continue; // The catalogue cannot key a text of no known body.
        }
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let found = built.iter().find(|t| t.identity == norm(&identity.text));
        match found {
            Some(t) => {
                let want = d.title.as_ref().map(|t| norm(&t.text));
                let got = t.title.as_ref().map(|(_, t)| norm(t));
                if want.is_some() && want != got {
                    diff.push_str(&format!("catalogue title: {want:?} != {got:?}\n"));
                }
            }
            None => diff.push_str(&format!(
                "the catalogue's reader did not find `{}` ({:?})\n",
                identity.text,
                built.iter().map(|t| &t.identity).collect::<Vec<_>>()
            )),
        }
    }
    (xml, diff)
}

#[test]
fn a_round_trip_keeps_identity_title_sections_labels_and_citations() {
    for (name, text) in fixtures() {
        let (_, diff) = round_trip(&name, &text);
        assert!(diff.is_empty(), "{name}:\n{diff}");
    }
    // The language fixtures too (Markdown, hard-wrapped lines, annexes,
    // Council texts).
    let dir = root().join("tests/fixtures/languages");
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let all = std::fs::read_to_string(entry.path()).unwrap();
        let text = all.split("==== expected").next().unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let (_, diff) = round_trip(&name, text);
        assert!(diff.is_empty(), "{name}:\n{diff}");
    }
}

// ------------------------------------------------------------ the command line

fn run(args: &[&str], dir: &Path) -> Output {
    common::resolution_ls(args, dir)
        .env("SOURCE_DATE_EPOCH", "1796083200")
        .output()
        .expect("binary runs")
}

fn text_of(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn export_writes_to_stdout_a_file_or_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = root().join("tests/fixtures/akn/en-two-documents.res");
    std::fs::copy(&fixture, dir.path().join("two.res")).unwrap();
    let out = run(&["export", "--to", "akn", "two.res"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", text_of(&out.stderr));
    let xml = text_of(&out.stdout);
    assert!(xml.contains("<documentCollection"), "{xml}");
    assert!(
        xml.contains("/documentCollection/deliberation/itu-wtdc/2026-12-01/two"),
        "{xml}"
    );
    // SOURCE_DATE_EPOCH dates the markup.
    assert!(xml.contains(r#"<FRBRdate date="2026-12-01" name="XMLMarkup"/>"#));
    let out = run(
        &["export", "--to", "akn", "two.res", "-o", "two.akn.xml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text_of(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("two.akn.xml")).unwrap(),
        xml
    );
    let out = run(
        &["export", "--to", "akn", "two.res", "--output-dir", "out"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text_of(&out.stderr));
    let one = dir.path().join("out/res-901.akn.xml");
    let two = dir.path().join("out/res-902.akn.xml");
    assert!(one.is_file() && two.is_file(), "{}", text_of(&out.stderr));
    validate(&[dir.path().join("two.akn.xml"), one, two]).unwrap();
    // Standard input, and an Akoma Ntoso file read and written again.
    let mut child = Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
        .args(["export", "--to", "akn", "-"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(
        child.stdin.as_mut().unwrap(),
        std::fs::read_to_string(&fixture).unwrap().as_bytes(),
    )
    .unwrap();
    let piped = child.wait_with_output().unwrap();
    assert!(text_of(&piped.stdout).contains("<documentCollection"));
    let out = run(
        &["export", "--to", "akn", "two.akn.xml", "-o", "again.xml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text_of(&out.stderr));
    validate(&[dir.path().join("again.xml")]).unwrap();
    // Nothing to export, and no such file: exit 2, said on stderr.
    std::fs::write(dir.path().join("empty.res"), "").unwrap();
    let out = run(&["export", "--to", "akn", "empty.res"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text_of(&out.stderr).contains("no document to export"),
        "{}",
        text_of(&out.stderr)
    );
    let out = run(&["export", "--to", "akn", "missing.res"], dir.path());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_reads_akoma_ntoso_and_locates_findings_by_eid_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/misnumbered-en.res"),
        dir.path().join("draft.res"),
    )
    .unwrap();
    let out = run(
        &["export", "--to", "akn", "draft.res", "-o", "draft.akn.xml"],
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text_of(&out.stderr));
    let xml = std::fs::read_to_string(dir.path().join("draft.akn.xml")).unwrap();
    // The same findings as the draft's, in the XML.
    let draft = run(&["check", "--format", "json", "draft.res"], dir.path());
    let akn = run(&["check", "--format", "json", "draft.akn.xml"], dir.path());
    assert_eq!(akn.status.code(), draft.status.code());
    let draft: serde_json::Value = serde_json::from_slice(&draft.stdout).unwrap();
    let akn: serde_json::Value = serde_json::from_slice(&akn.stdout).unwrap();
    let codes = |v: &serde_json::Value| -> Vec<String> {
        v["files"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!codes(&draft).is_empty());
    assert_eq!(codes(&draft), codes(&akn));
    assert_eq!(akn["files"][0]["format"], "akn");
    let lines: Vec<&str> = xml.lines().collect();
    let fused = akn["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "RLS0105")
        .expect("the fused label bc)");
    // Its eId, and its line and column in the XML: the `<num>` of that recital.
    let eid = fused["eId"].as_str().unwrap();
    assert!(eid.starts_with("recs_") && eid.contains("__rec_"), "{eid}");
    let line = fused["start"]["line"].as_u64().unwrap() as usize;
    let column = fused["start"]["column"].as_u64().unwrap() as usize;
    let at = &lines[line - 1][column - 1..];
    assert!(at.starts_with("bc)</num>"), "{}", lines[line - 1]);
    let recital = xml.find(&format!("eId=\"{eid}\"")).unwrap();
    let num = xml[recital..].find("<num>bc)</num>").unwrap();
    assert!(num < 80, "the label is that element's");
    assert_eq!(
        fused["start"]["byte"].as_u64().unwrap() as usize,
        recital + num + 5
    );
    // A finding inside a clause's text: the column counts in the XML line.
    let width = akn["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "RLS0202")
        .expect("the full-width semicolon");
    let line = width["start"]["line"].as_u64().unwrap() as usize;
    let column = width["start"]["column"].as_u64().unwrap() as usize;
    let chars: Vec<char> = lines[line - 1].chars().collect();
    assert_eq!(chars[column - 1], '；', "{}", lines[line - 1]);
    // SARIF: the region in the XML, the element as a logical location.
    let sarif = run(&["check", "--format", "sarif", "draft.akn.xml"], dir.path());
    let sarif: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "RLS0105")
        .unwrap();
    assert_eq!(result["properties"]["eId"], eid);
    assert_eq!(result["locations"][0]["logicalLocations"][0]["name"], eid);
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        fused["start"]["line"]
    );
    let _: serde_sarif::sarif::Sarif = serde_json::from_value(sarif).expect("valid SARIF");
    // The human output names the element; fixes are not offered on XML.
    let human = run(&["check", "draft.akn.xml"], dir.path());
    let shown = text_of(&human.stdout);
    assert!(shown.contains(&format!("draft.akn.xml:{line}:")), "{shown}");
    assert!(shown.contains(&format!("(eId {eid})")), "{shown}");
    assert!(shown.contains("<num>bc)</num>"), "{shown}");
    assert!(!shown.contains("fixable with --fix"), "{shown}");
    let concise = run(
        &["check", "--format", "concise", "draft.akn.xml"],
        dir.path(),
    );
    assert!(text_of(&concise.stdout).contains(&format!("(eId {eid})")));
    let fixed = run(&["check", "--fix", "draft.akn.xml"], dir.path());
    assert!(
        text_of(&fixed.stderr).contains("fixes are not applied"),
        "{}",
        text_of(&fixed.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("draft.akn.xml")).unwrap(),
        xml
    );
    // XML that is not well formed: exit 2 with the place.
    std::fs::write(dir.path().join("bad.akn.xml"), "<akomaNtoso><statement>").unwrap();
    let bad = run(&["check", "bad.akn.xml"], dir.path());
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text_of(&bad.stderr).contains("bad.akn.xml:1:"),
        "{}",
        text_of(&bad.stderr)
    );
}

// ------------------------------------------------------------ the real corpus

fn shared() -> PathBuf {
    root().join("../shared")
}

fn corpus_texts() -> Option<Vec<(String, String)>> {
    let mut texts = common::seeds()?;
    let dir = shared().join("corpus/pp18-en/txt");
    let mut pp18: Vec<(String, String)> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .map(|p| {
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    pp18.sort();
    texts.extend(pp18);
    Some(texts)
}

/// Every seed and PP-18 text: its name, its export and what the round trip
/// lost. Made once for the two tests that read them (parsing in a debug
/// build is what takes time).
fn corpus_exports() -> Option<&'static [(String, String, String)]> {
    static EXPORTS: std::sync::OnceLock<Option<Vec<(String, String, String)>>> =
        std::sync::OnceLock::new();
    EXPORTS
        .get_or_init(|| {
            let texts = corpus_texts()?;
            Some(
                texts
                    .iter()
                    .map(|(name, text)| {
                        let (xml, diff) = round_trip(name, text);
                        (name.clone(), xml, diff)
                    })
                    .collect(),
            )
        })
        .as_deref()
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn every_seed_and_pp18_text_exports_to_valid_akoma_ntoso_and_reads_back() {
    let Some(exports) = corpus_exports() else {
        return;
    };
    assert_eq!(exports.len(), 5 + 39, "five seeds and 39 PP-18 texts");
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, xml, diff) in exports {
        assert!(diff.is_empty(), "{name}:\n{diff}");
        let path = dir.path().join(format!("{name}.akn.xml"));
        std::fs::write(&path, xml).unwrap();
        paths.push(path);
    }
    if let Err(e) = validate(&paths) {
        panic!("exported Akoma Ntoso does not validate:\n{e}");
    }
}

/// One section of a statement: `recitals` or `hcontainer`, its heading,
/// its items' labels (`<num>`, or the label the reference left at the
/// start of the text).
#[derive(Debug, PartialEq)]
struct Sec {
    heading: String,
    nums: Vec<String>,
    /// Sub-items (`<point>`, `<item>`) under the items.
    subs: usize,
}

fn outline_of(xml: &str) -> Vec<(String, Vec<Sec>)> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let is = |n: &roxmltree::Node, name: &str| n.is_element() && n.tag_name().name() == name;
    let text = |n: roxmltree::Node| -> String {
        n.descendants()
            .filter(|d| d.is_text())
            .filter(|d| {
                !d.ancestors()
                    .any(|a| a.tag_name().name() == "authorialNote")
            })
            .map(|d| d.text().unwrap_or(""))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let label = regex::Regex::new(r"^([a-z]{1,4}\)|\d+(?:\.\d+)*)\s").unwrap();
    let mut out = Vec::new();
    for st in doc.descendants().filter(|n| is(n, "statement")) {
        let number = st
            .descendants()
            .find(|n| is(n, "FRBRnumber"))
            .and_then(|n| n.attribute("value"))
            .unwrap_or("")
            .to_string();
        let mut sections = Vec::new();
        for s in st
            .descendants()
            .filter(|n| is(n, "recitals") || is(n, "hcontainer"))
        {
            let heading = s
                .children()
                .find(|c| is(c, "intro") || is(c, "heading"))
                .map(text)
                .unwrap_or_default()
                .trim_end_matches([',', ':'])
                .to_lowercase();
            let item = if is(&s, "recitals") {
                "recital"
            } else {
                "paragraph"
            };
            let nums = s
                .children()
                .filter(|c| is(c, item))
                .map(|c| match c.children().find(|n| is(n, "num")) {
                    Some(n) => text(n),
                    None => {
                        let body = text(c);
                        label
                            .captures(&body)
                            .map_or("¶".to_string(), |m| m[1].to_string())
                    }
                })
                .collect();
            let subs = s
                .children()
                .filter(|c| is(c, item))
                .flat_map(|c| c.descendants())
                .filter(|d| is(d, "point") || is(d, "item"))
                .count();
            sections.push(Sec {
                heading,
                nums,
                subs,
            });
        }
        out.push((number, sections));
    }
    out
}

/// The figures ACCURACY.md records ("Akoma Ntoso export"): for each of the
/// 39 PP-18 texts, the export of its plain text against the reference
/// markup of the same text, section by section (heading, number of
/// recitals or paragraphs) and label by label.
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn pp18_exports_match_the_reference_markup() {
    let corpus = shared().join("corpus/pp18-en");
    let Ok(reference) = std::fs::read_to_string(corpus.join("pp18-final-acts-part.akn.xml")) else {
        eprintln!("no corpus at {}", corpus.display());
        return;
    };
    let reference = outline_of(&reference);
    let Some(exports) = corpus_exports() else {
        return;
    };
    let (mut sections, mut right, mut reference_wrong) = (0, 0, 0);
    let (mut labels, mut labels_right) = (0, 0);
    let (mut items_ref, mut items_ours) = (0, 0);
    let mut exact = 0;
    for (number, want) in &reference {
        let name = format!("pp18_{}", number.replace('-', "_"));
        let (_, xml, _) = exports
            .iter()
            .find(|(n, _, _)| *n == name)
            .unwrap_or_else(|| panic!("no text {name}.txt"));
        let got = outline_of(xml);
        assert_eq!(got.len(), 1, "{number}: one statement");
        assert_eq!(&got[0].0, number, "the FRBR number is the reference's");
        let got = &got[0].1;
        items_ref += want.iter().map(|s| s.nums.len()).sum::<usize>();
        items_ours += got.iter().map(|s| s.nums.len()).sum::<usize>();
        let mut at = 0;
        let mut right_here = 0;
        let mut report = Vec::new();
        for w in want {
            sections += 1;
            let Some(k) = got[at..].iter().position(|g| g.heading == w.heading) else {
                report.push(format!("  missing: {} ({})", w.heading, w.nums.len()));
                continue;
            };
            let g = &got[at + k];
            at += k + 1;
            if g.nums.len() == w.nums.len() {
                right += 1;
                right_here += 1;
                labels += w.nums.len();
                labels_right += w.nums.iter().zip(&g.nums).filter(|(a, b)| a == b).count();
                continue;
            }
            // The reference's defects (ACCURACY.md, "Structure"): a heading
            // glued into the section's last clause, which the reference
            // leaves in the section and the export makes a section of its
            // own; sub-items counted as clauses.
            let glued: usize = got[at..]
                .iter()
                .take_while(|f| !want.iter().any(|r| r.heading == f.heading))
                .map(|f| f.nums.len())
                .sum();
            let why = if g.nums.len() + g.subs == w.nums.len() {
                Some("the reference counts the sub-items as items")
            } else if glued > 0 && g.nums.len() + glued >= w.nums.len() {
                Some("a heading glued into its last clause is a section of its own here")
            } else if w.nums.len() > 20 && g.nums.len() < w.nums.len() {
                Some("the reference ran an annex into the section")
            } else {
                None
            };
            match why {
                Some(why) => {
                    reference_wrong += 1;
                    report.push(format!(
                        "  reference wrong: {} ({} in the reference, {} here; {why})",
                        w.heading,
                        w.nums.len(),
                        g.nums.len()
                    ));
                }
                None => report.push(format!(
                    "  differs: {} ({} in the reference, {} here)",
                    w.heading,
                    w.nums.len(),
                    g.nums.len()
                )),
            }
        }
        if right_here == want.len() {
            exact += 1;
        }
        println!(
            "{number}: {right_here}/{} sections right{}",
            want.len(),
            if report.is_empty() { "" } else { ":" }
        );
        for r in report {
            println!("{r}");
        }
    }
    println!(
        "TOTAL: {right}/{sections} sections with the reference's heading and number of items ({:.1}%); \
         {reference_wrong} where the reference is wrong; {} not explained; \
         in the sections right, {labels_right}/{labels} labels the same ({:.1}%); \
         {items_ours} recitals and paragraphs here, {items_ref} in the reference; \
         {exact}/{} statements with every section right",
        100.0 * right as f64 / sections as f64,
        sections - right - reference_wrong,
        100.0 * labels_right as f64 / labels.max(1) as f64,
        reference.len()
    );
    assert_eq!(reference.len(), 39);
    // The figures of ACCURACY.md may only rise.
    assert!(
        right >= 243
            && exact >= 11
            && sections - right - reference_wrong <= 1
            && labels_right == labels,
        "the export's structure fell: {right}/{sections} sections right, {reference_wrong} reference errors, {exact} statements"
    );
}

// ------------------------------------------------------------ any text

mod any_text {
    use super::*;
    use proptest::prelude::*;

    /// Lines a draft is made of, and characters XML treats specially.
    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("RESOLUTION 11 (REV. DUBAI, 2018)".to_string()),
            Just("第2号决议（2022年，布加勒斯特，修订版）".to_string()),
            Just("The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),".to_string()),
            Just("considering".to_string()),
            Just("resolves".to_string()),
            Just("a)\tthat Resolution 71 (Rev. Dubai, 2018) & <b> apply;".to_string()),
            Just("i)\tone[footnoteRef:1]1 thing; [1: 1\tA note & more.]".to_string()),
            Just("¹ A footnote line".to_string()),
            Just("1\tto act \"now\" <soon>;".to_string()),
            Just("ANNEX TO RESOLUTION 11 (REV. DUBAI, 2018)".to_string()),
            "[a-z \\t<>&\"'\\x0c\\u{1}\\u{fffe}¹²]{0,30}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Whatever the draft, the export is well-formed XML whose eIds are
        /// unique, and reading it back never panics.
        #[test]
        fn any_draft_exports_to_well_formed_xml(lines in proptest::collection::vec(line(), 0..24)) {
            let text = lines.join("\n");
            let c = Catalogue::builtin();
            let Ok(xml) = to_akn(&text, &parse(&text), &options(&c)) else {
                return Ok(());
            };
            let doc = roxmltree::Document::parse(&xml).map_err(|e| TestCaseError::fail(format!("{e}\n{xml}")))?;
            let mut eids: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("eId")).collect();
            let n = eids.len();
            eids.sort();
            eids.dedup();
            prop_assert_eq!(n, eids.len(), "duplicate eIds in\n{}", xml);
            let draft = resolution_ls::akn::read(&xml).unwrap();
            for offset in 0..=draft.text.len() {
                prop_assert!(draft.map.xml_offset(offset) <= xml.len() + 4);
            }
        }
    }
}

/// `check` reads markup another tool made: the reference markup of the
/// Final Acts gives about the findings its plain-text copies give, each
/// with its element.
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn check_reads_the_reference_markup_like_its_plain_text_copies() {
    let corpus = shared().join("corpus/pp18-en");
    if !corpus.is_dir() {
        eprintln!("no corpus at {}", corpus.display());
        return;
    }
    let findings = |path: &str| -> Vec<serde_json::Value> {
        let out = run(&["check", "--format", "json", path], &corpus);
        assert_ne!(out.status.code(), Some(2), "{}", text_of(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["findings"].as_array().unwrap().clone())
            .collect()
    };
    let akn = findings("pp18-final-acts-part.akn.xml");
    let txt = findings("txt");
    assert!(
        akn.iter().all(|f| f["eId"].is_string()),
        "every finding names its element"
    );
    let (a, t) = (akn.len() as f64, txt.len() as f64);
    assert!(
        (a - t).abs() <= t * 0.05,
        "{a} findings in the markup, {t} in the plain-text copies"
    );
}
