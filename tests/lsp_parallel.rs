//! Parallel language versions over the protocol: the differences are
//! published with a document's findings (its other version open or on
//! disk only), both files are told when either changes, hover shows the
//! same clause in the other language, and "go to the parallel clause"
//! answers `textDocument/implementation` and the
//! `resolution-ls.parallelClause` command.

mod common;

use std::path::Path;

use common::lsp::{at, codes, col16, pos, Client};
use serde_json::{json, Value};

fn planted(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/parallel/planted/en-zh")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// A folder holding the planted English–Chinese pair, named by the ITU
/// convention; the URIs of the two files.
fn pair_on_disk() -> (tempfile::TempDir, String, String, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let (en, zh) = (planted("PP22-R140-E.txt"), planted("PP22-R140-C.txt"));
    std::fs::write(dir.path().join("PP22-R140-E.txt"), &en).unwrap();
    std::fs::write(dir.path().join("PP22-R140-C.txt"), &zh).unwrap();
    let uri = |name: &str| format!("file://{}", dir.path().join(name).display());
    let (en_uri, zh_uri) = (uri("PP22-R140-E.txt"), uri("PP22-R140-C.txt"));
    (dir, en_uri, zh_uri, en, zh)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in the text"))
}

fn parallel_codes(diags: &[Value]) -> Vec<&str> {
    let mut found: Vec<&str> = codes(diags)
        .into_iter()
        .filter(|c| c.starts_with("RLS08"))
        .collect();
    found.sort();
    found
}

fn check_features(c: &mut Client) {
    let (_dir, en_uri, zh_uri, en, zh) = pair_on_disk();
    // Only the English version is open; the Chinese one is on disk.
    c.open(&en_uri, &en);
    let diags = c.diagnostics(&en_uri, 1);
    assert_eq!(
        parallel_codes(&diags),
        ["RLS0802", "RLS0803", "RLS0804", "RLS0805", "RLS0806"],
        "{diags:#?}"
    );
    // The number's finding points at the number in the Chinese file.
    let number = diags.iter().find(|d| d["code"] == "RLS0806").unwrap();
    let line = line_of(&en, "37 per cent");
    assert_eq!(number["range"]["start"], pos(line, col16(&en, line, "37")));
    let related = &number["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], zh_uri.as_str());
    let zh_line = line_of(&zh, "38%");
    assert_eq!(
        related["location"]["range"]["start"],
        pos(zh_line, col16(&zh, zh_line, "38"))
    );
    assert_eq!(related["message"], "the Chinese version");

    // Hover on the English clause shows the Chinese clause.
    let hover = c.request("textDocument/hover", at(&en_uri, line, 3));
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("**Chinese version (PP22-R140-C.txt)**"),
        "{value}"
    );
    assert!(value.contains("29亿人，即世界人口的38%"), "{value}");

    // Go to the parallel clause, as an editor asks for it…
    let found = c.request("textDocument/implementation", at(&en_uri, line, 3));
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["uri"], zh_uri.as_str());
    assert_eq!(found[0]["range"]["start"], pos(zh_line, 0));
    // …and as the command the VS Code extension runs.
    let by_command = c.request(
        "workspace/executeCommand",
        json!({ "command": "resolution-ls.parallelClause", "arguments": [en_uri, pos(line, 3)] }),
    );
    assert_eq!(by_command.as_array().unwrap(), found);
    // A heading goes to the heading of the same section there.
    let heading = line_of(&en, "recognizing");
    let found = c.request("textDocument/implementation", at(&en_uri, heading, 2));
    assert_eq!(
        found[0]["range"]["start"],
        pos(line_of(&zh, "认识到"), 0),
        "{found}"
    );
    // Outside any clause there is nothing to go to.
    let none = c.request("textDocument/implementation", at(&en_uri, 0, 0));
    assert!(none.is_null(), "{none}");
}

#[test]
fn in_process_differences_hover_and_go_to() {
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    check_features(&mut c);
    c.shutdown();
}

#[test]
fn binary_differences_hover_and_go_to() {
    let mut c = Client::binary();
    c.initialize(json!({}), Value::Null);
    check_features(&mut c);
    c.shutdown();
}

#[test]
fn either_file_changing_updates_both() {
    let mut c = Client::in_process();
    let init = c.initialize(json!({}), Value::Null);
    assert_eq!(init["capabilities"]["implementationProvider"], true);
    let commands = init["capabilities"]["executeCommandProvider"]["commands"]
        .as_array()
        .unwrap();
    assert!(commands.iter().any(|c| c == "resolution-ls.parallelClause"));
    let (_dir, en_uri, zh_uri, en, zh) = pair_on_disk();
    c.open(&en_uri, &en);
    c.open(&zh_uri, &zh);
    let zh_diags = c.diagnostics(&zh_uri, 1);
    assert!(parallel_codes(&zh_diags).contains(&"RLS0806"));
    // The Chinese version corrects its number: the English one, not
    // edited, is told so.
    let zh_line = line_of(&zh, "38%");
    let col = col16(&zh, zh_line, "38");
    c.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": zh_uri, "version": 2 },
            "contentChanges": [{ "range": { "start": pos(zh_line, col), "end": pos(zh_line, col + 2) }, "text": "37" }],
        }),
    );
    let en_diags = c.diagnostics_until(&en_uri, "the English findings without RLS0806", |d| {
        let found = parallel_codes(d);
        !found.contains(&"RLS0806") && found.contains(&"RLS0805")
    });
    assert_eq!(
        parallel_codes(&en_diags),
        ["RLS0802", "RLS0803", "RLS0804", "RLS0805"]
    );
    let zh_diags = c.diagnostics(&zh_uri, 2);
    assert!(!parallel_codes(&zh_diags).contains(&"RLS0806"));
    c.shutdown();
}
