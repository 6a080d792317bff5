//! Fast protocol tests: the server runs in this process over a socket pair,
//! driven by the same client as the stdio tests (`tests/common/lsp.rs`),
//! which drive the real binary; these check every feature's protocol shape
//! quickly.

mod common;

use common::lsp::{at, codes, col16, pos, Client};
use serde_json::{json, Value};

const EN: &str = "RESOLUTION 101 (REV. BUCHAREST, 2022)
Internet Protocol-based networks
The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),
recalling
a)\tResolution 102 (Rev. Dubai, 2018) of the Plenipotentiary Conference;
b)\tWTDC Resolution 23 (Rev. Kigali, 2022);
bc)\tthat networks grow;
cd)\tthat costs fall,
resolves
1\tto study recalling b) above;
2\tto act on recalling b) above.
";

#[test]
fn capabilities_and_encodings() {
    let mut c = Client::in_process();
    let init = c.initialize(json!({}), Value::Null);
    let caps = &init["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16");
    assert_eq!(caps["textDocumentSync"]["change"], 2);
    for provider in [
        "hoverProvider",
        "definitionProvider",
        "referencesProvider",
        "documentHighlightProvider",
        "documentSymbolProvider",
        "workspaceSymbolProvider",
        "foldingRangeProvider",
        "selectionRangeProvider",
        "inlayHintProvider",
    ] {
        assert_eq!(caps[provider], true, "{provider}");
    }
    let legend = caps["semanticTokensProvider"]["legend"]["tokenTypes"]
        .as_array()
        .unwrap();
    assert_eq!(legend.len(), 7);
    c.shutdown();

    let mut c = Client::in_process();
    let init = c.initialize(
        json!({ "general": { "positionEncodings": ["utf-32", "utf-8"] } }),
        Value::Null,
    );
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    c.shutdown();
}

#[test]
fn every_feature_answers_in_protocol_shape() {
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    let uri = "file:///tmp/inprocess-en.res";
    c.open(uri, EN);
    let diags = c.diagnostics(uri, 1);
    let codes: Vec<&str> = diags.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"RLS0105"), "{codes:?}");
    assert!(codes.contains(&"RLS0401"), "{codes:?}");
    for d in &diags {
        assert_eq!(d["source"], "resolution-ls");
        // No link until the project has a public address for its rule pages.
        assert!(
            d.get("codeDescription").is_none() || option_env!("RESOLUTION_LS_DOCS_URL").is_some(),
            "{d}"
        );
    }

    // Hover: a label knows its place.
    let hover = c.request("textDocument/hover", at(uri, 5, 0));
    assert_eq!(
        hover["contents"]["value"],
        "**b)** — letter label, clause 2 of 4 in *recalling* (preamble)"
    );
    // Hover: an internal reference shows the clause.
    let hover = c.request("textDocument/hover", at(uri, 9, col16(EN, 9, "b) above")));
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.contains("WTDC Resolution 23"), "{value}");

    // Definition of `recalling b) above` → the label b).
    let def = c.request(
        "textDocument/definition",
        at(uri, 10, col16(EN, 10, "b) above")),
    );
    assert_eq!(def["uri"], uri);
    assert_eq!(def["range"]["start"], pos(5, 0));

    // References of the clause b): both mentions, plus the label itself.
    let mut params = at(uri, 5, 0);
    params["context"] = json!({ "includeDeclaration": true });
    let refs = c.request("textDocument/references", params);
    let lines: Vec<u64> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [5, 9, 10]);

    // Document highlight: the label is written, the mentions read.
    let highlights = c.request(
        "textDocument/documentHighlight",
        at(uri, 9, col16(EN, 9, "b) above")),
    );
    let kinds: Vec<u64> = highlights
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_u64().unwrap())
        .collect();
    assert_eq!(kinds, [3, 2, 2]);

    // Folding: the document and its two sections.
    let folds = c.request(
        "textDocument/foldingRange",
        json!({ "textDocument": { "uri": uri } }),
    );
    let spans: Vec<(u64, u64)> = folds
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["startLine"].as_u64().unwrap(),
                f["endLine"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        spans.contains(&(3, 7)) && spans.contains(&(8, 10)),
        "{spans:?}"
    );

    // Selection: from the cited number outwards, each range containing the last.
    let sel = c.request(
        "textDocument/selectionRange",
        json!({ "textDocument": { "uri": uri }, "positions": [pos(4, col16(EN, 4, "102") + 1)] }),
    );
    let first = &sel[0];
    assert_eq!(first["range"]["start"], pos(4, col16(EN, 4, "102")));
    assert_eq!(first["range"]["end"], pos(4, col16(EN, 4, "102") + 3));
    let mut depth = 0;
    let mut node = first;
    while !node["parent"].is_null() {
        node = &node["parent"];
        depth += 1;
    }
    assert!(depth >= 4, "{sel}");

    // Semantic tokens: decode and check the first ones.
    let tokens = c.request(
        "textDocument/semanticTokens/full",
        json!({ "textDocument": { "uri": uri } }),
    );
    let data: Vec<u64> = tokens["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert_eq!(data.len() % 5, 0);
    // The title line, the title, the conference line, the heading `recalling`.
    assert_eq!(&data[..5], [0, 0, 37, 4, 0]);
    assert_eq!(&data[15..20], [1, 0, 9, 0, 0]);

    // Inlay hints: the short title after each citation.
    let hints = c
        .request(
            "textDocument/inlayHint",
            json!({ "textDocument": { "uri": uri }, "range": { "start": pos(0, 0), "end": pos(12, 0) } }),
        )
        ;
    let labels: Vec<&str> = hints
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.iter().any(|l| l.starts_with("Internet access")),
        "{labels:?}"
    );

    // Completion: English headings at the start of an empty line.
    let items = c.request("textDocument/completion", at(uri, 11, 0));
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"resolves") && labels.contains(&"3"),
        "{labels:?}"
    );

    // Workspace symbols: the open document, by number.
    let symbols = c.request("workspace/symbol", json!({ "query": "101" }));
    assert_eq!(symbols.as_array().unwrap().len(), 1, "{symbols}");

    // The reletter command asks the client to apply the edit.
    let done = c.request(
        "workspace/executeCommand",
        json!({ "command": "resolution-ls.reletterDocument", "arguments": [uri] }),
    );
    assert_eq!(done, json!({ "changed": true }));
    c.shutdown();
}

#[test]
fn code_actions_apply_and_stale_changes_are_ignored() {
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    let uri = "file:///tmp/inprocess-actions.res";
    c.open(uri, EN);
    let diags = c.diagnostics(uri, 1);
    let fused = diags
        .iter()
        .find(|d| d["code"] == "RLS0105")
        .unwrap()
        .clone();
    let actions = c
        .request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": uri }, "range": fused["range"], "context": { "diagnostics": [fused] } }),
        )
        ;
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    // One section is out of order: relettering it is relettering the whole
    // document, offered once.
    for wanted in [
        "Replace bc) by c)",
        "Reletter recalling",
        "Silence RLS0105 on this line",
    ] {
        assert!(titles.contains(&wanted), "{wanted} not in {titles:?}");
    }
    let reletter = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Reletter recalling")
        .unwrap();
    let mut edits = reletter["edit"]["changes"][uri].as_array().unwrap().clone();
    // Apply from the end so that earlier positions stay valid.
    edits.reverse();
    let changes: Vec<Value> = edits
        .iter()
        .map(|e| json!({ "range": e["range"], "text": e["newText"] }))
        .collect();
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": changes }),
    );
    let after = c.diagnostics(uri, 2);
    assert!(!after.iter().any(|d| d["code"] == "RLS0105"), "{after:#?}");
    // A change that comes late (version 2 again) is dropped: the outline
    // still reads a) b) c) d).
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": "garbage" }] }),
    )
    ;
    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let labels: Vec<&str> = symbols[0]["children"][0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["a)", "b)", "c)", "d)"]);
    c.shutdown();
}

#[test]
fn wild_requests_get_answers_not_errors() {
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    let uri = "file:///tmp/inprocess-wild.res";
    c.open(uri, "忆及\na)\t😀第一；\nb)\t第二，\n做出决议\n继续。");
    c.diagnostics(uri, 1);
    // Unknown documents: nothing, no error.
    let unknown = c.request("textDocument/hover", at("file:///nowhere.res", 0, 0));
    assert_eq!(unknown, Value::Null);
    // Positions past a line's end, past the document's end, inside a surrogate pair.
    for (line, character) in [
        (1, 999),
        (99, 0),
        (1, 4),
        (u32::MAX as usize, u32::MAX as usize),
    ] {
        c.request("textDocument/hover", at(uri, line, character));
        c.request("textDocument/completion", at(uri, line, character));
        c.request("textDocument/definition", at(uri, line, character));
    }
    // An inverted range.
    c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": { "start": pos(3, 0), "end": pos(0, 0) }, "context": { "diagnostics": [] } }),
    )
    ;
    // An edit whose range lies past the end is clamped, then applied.
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [
            { "range": { "start": pos(40, 3), "end": pos(50, 0) }, "text": "\n" }
        ] }),
    );
    c.diagnostics(uri, 2);
    // An unknown command is an error with a message, not a crash.
    let id = 9999;
    c.send(json!({ "jsonrpc": "2.0", "id": id, "method": "workspace/executeCommand", "params": { "command": "nope", "arguments": [] } }))
        ;
    let reply = c.wait_for("executeCommand", |m| m["id"] == id);
    assert!(reply["error"]["message"].as_str().unwrap().contains("nope"));
    c.shutdown();
}

#[test]
fn settings_from_initialization_and_changes() {
    let mut c = Client::in_process();
    c.initialize(json!({}), json!({ "severity": { "RLS0105": "off" } }));
    let uri = "file:///tmp/inprocess-settings.res";
    c.open(uri, EN);
    let diags = c.diagnostics(uri, 1);
    assert!(
        !diags.iter().any(|d| d["code"] == "RLS0105"),
        "off: {diags:#?}"
    );
    // An empty change (what some clients send) keeps the settings.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": {} }),
    );
    // A new setting, and two bad ones reported to the user.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resolutionLs": {
            "severity": { "RLS0105": "error", "RLS0401": "loud" },
            "colour": "blue" } } }),
    );
    let message = c.wait_for("showMessage", |m| m["method"] == "window/showMessage");
    let text = message["params"]["message"].as_str().unwrap();
    assert!(text.contains("loud") && text.contains("colour"), "{text}");
    let diags = c.wait_for("re-published diagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["code"] == "RLS0105")
    });
    let fused = diags["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "RLS0105")
        .unwrap()
        .clone();
    assert_eq!(fused["severity"], 1, "now an error");
    c.shutdown();
}

#[test]
fn a_nul_typed_into_a_draft_stops_its_analysis_until_removed() {
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    let uri = "file:///tmp/inprocess-nul.res";
    c.open(
        uri,
        "considering\na)\tthat x;\nc)\tthat y,\nresolves\nto z.\n",
    );
    assert!(!c.diagnostics(uri, 1).is_empty());
    let range = json!({ "start": pos(1, 2), "end": pos(1, 2) });
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "range": range, "text": "\u{0}" }] }),
    )
    ;
    let message = c.wait_for("binary warning", |m| m["method"] == "window/showMessage");
    assert!(message["params"]["message"]
        .as_str()
        .unwrap()
        .contains("binary"));
    assert!(c.diagnostics(uri, 2).is_empty());
    let range = json!({ "start": pos(1, 2), "end": pos(1, 3) });
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "range": range, "text": "" }] }),
    )
    ;
    let back = c.diagnostics(uri, 3);
    assert!(back.iter().any(|d| d["code"] == "RLS0101"), "{back:#?}");
    c.shutdown();
}

/// LSP lines end at `\n`, `\r\n` and `\r` only: a form feed, NEL or U+2028
/// is text. An edit after one must land where the client says.
#[test]
fn edits_after_a_form_feed_or_line_separator_land_on_the_right_line() {
    for odd in ["\u{c}", "\u{85}", "\u{2028}", "\u{b}"] {
        let mut c = Client::in_process();
        c.initialize(json!({}), Value::Null);
        let before = format!("considering\na)\tthat x;{odd}\nb)\tthat y,\nresolves\nto z.\n");
        let after = format!("considering\na)\tthat x;{odd}\ncb)\tthat y,\nresolves\nto z.\n");
        c.open("file:///edited.res", &before);
        c.diagnostics("file:///edited.res", 1);
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": "file:///edited.res", "version": 2 }, "contentChanges": [
                { "range": { "start": pos(2, 0), "end": pos(2, 0) }, "text": "c" }
            ] }),
        );
        let edited = c.diagnostics("file:///edited.res", 2);
        c.open("file:///fresh.res", &after);
        let fresh = c.diagnostics("file:///fresh.res", 1);
        assert!(
            edited
                .iter()
                .any(|d| d["code"] == "RLS0105" && d["range"]["start"]["line"] == 2),
            "{odd:?}: {edited:#?}"
        );
        assert_eq!(edited, fresh, "{odd:?}");
        c.shutdown();
    }
}

/// A frame with a wrong `Content-Length` costs at most the message after
/// it; a `$/` request is answered with an error, not silence.
#[test]
fn a_mis_sized_message_does_not_deafen_the_server() {
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    let body = r#"{"jsonrpc":"2.0","id":900,"method":"textDocument/hover","params":{}}"#;
    c.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len() - 7).as_bytes());
    let lost = json!({ "jsonrpc": "2.0", "method": "$/setTrace", "params": { "value": "off" } });
    c.send(lost);
    let reply = c.request_reply("$/customRequest", json!({}));
    assert_eq!(reply["error"]["code"], -32601, "{reply}");
    let body = r#"{"jsonrpc":"2.0","id":901,"method":"textDocument/hover","params":{}}"#;
    c.send_raw(format!("Content-Length: {}\r\n\r\n{body}", body.len() + 40).as_bytes());
    c.notify("$/setTrace", json!({ "value": "off" }));
    c.shutdown();
}

/// The server reads the project's resolution-ls.toml (the nearest above the
/// document), and the editor's settings win over it.
#[test]
fn the_project_configuration_file_applies_in_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(dir.path()).unwrap();
    std::fs::create_dir_all(root.join("drafts")).unwrap();
    std::fs::write(
        root.join("resolution-ls.toml"),
        "ignore = [\"RLS0401\"]\n[severity]\nlabel-fused = \"error\"\n",
    )
    .unwrap();
    let text = "considering\na)\tthat x;\nb)\tthat y;\nbc)\tthat z,\nresolves\nto act.\n";
    let path = root.join("drafts/d.res");
    std::fs::write(&path, text).unwrap();
    let uri = format!("file://{}", path.display());
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    c.open(&uri, text);
    let diags = c.diagnostics(&uri, 1);
    let fused = diags
        .iter()
        .find(|d| d["code"] == "RLS0105")
        .expect("RLS0105");
    assert_eq!(
        fused["severity"], 1,
        "error, from resolution-ls.toml: {fused}"
    );
    // The editor's settings win.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resolutionLs": { "severity": { "RLS0105": "info" } } } }),
    );
    let diags = c.diagnostics_until(&uri, "RLS0105 as info", |d| {
        d.iter()
            .any(|d| d["code"] == "RLS0105" && d["severity"] == 3)
    });
    assert!(!diags.is_empty());
    // A broken configuration is said once, and not used.
    std::fs::write(root.join("resolution-ls.toml"), "selcet = []\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [ { "uri": format!("file://{}", root.join("resolution-ls.toml").display()), "type": 2 } ] }),
    );
    let shown = c.wait_for("a message about the configuration", |m| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|s| s.contains("resolution-ls.toml:1: unknown field `selcet`"))
    });
    assert_eq!(shown["params"]["type"], 2);
    c.shutdown();
}

/// A draft of PP-26 citing Resolution 101 at Dubai, 2018: current for the
/// built-in catalogue, outdated once an official text of its Doha revision
/// is known.
const CITES_101: &str = "RESOLUTION 200 (REV. DOHA, 2026)
Connect 2030
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),
recalling
a)\tResolution 101 (Rev. Dubai, 2018) of the Plenipotentiary Conference;
b)\tthat networks grow,
resolves
1\tto study;
2\tto act.
";

const RES101_DOHA: &str = "RESOLUTION 101 (REV. DOHA, 2026)

Internet Protocol-based networks

The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),

considering
a)\tthat networks grow,

resolves
1\tto study.
";

/// Waits for the server's log line on the official texts it read.
fn official_texts_log(c: &mut Client) -> String {
    let log = c.wait_for("the official texts' log line", |m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|t| t.contains("official texts:"))
    });
    log["params"]["message"].as_str().unwrap().to_string()
}

fn outdated(c: &mut Client, uri: &str) -> Value {
    let diags = c.diagnostics_until(uri, "RLS0401", |d| d.iter().any(|d| d["code"] == "RLS0401"));
    diags.into_iter().find(|d| d["code"] == "RLS0401").unwrap()
}

#[test]
fn official_texts_make_a_citation_outdated_and_are_cached() {
    let texts = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let res101 = texts.path().join("res101.txt");
    std::fs::write(&res101, RES101_DOHA).unwrap();
    std::fs::write(texts.path().join("notes.txt"), "no identity line here\n").unwrap();
    let settings = json!({ "resolutionLs": {
        "officialTexts": [texts.path()],
        "cacheDirectory": cache.path(),
    } });
    let uri = "file:///tmp/inprocess-official-texts.res";
    let citation = col16(CITES_101, 4, "Resolution 101");

    // Without the folder, the citation is current.
    let mut c = Client::in_process();
    c.initialize(json!({}), Value::Null);
    c.open(uri, CITES_101);
    let diags = c.diagnostics(uri, 1);
    assert!(!codes(&diags).contains(&"RLS0401"), "{diags:#?}");
    c.shutdown();

    // First start: both files are read; the citation is outdated, and the
    // hover names the file and line the fact was read from.
    let mut c = Client::in_process();
    c.initialize(json!({}), settings.clone());
    let log = official_texts_log(&mut c);
    assert!(
        log.contains("1 text(s) from 2 file(s) in 1 folder(s): 2 file(s) read, 0 from the cache"),
        "{log}"
    );
    c.open(uri, CITES_101);
    let d = outdated(&mut c, uri);
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("Rev. Doha, 2026"), "{message}");
    assert!(!message.contains('/'), "no path in a message: {message}");
    let hover = c.request("textDocument/hover", at(uri, 4, citation + 2));
    let value = hover["contents"]["value"].as_str().unwrap();
    let source = format!("{}:1", res101.canonicalize().unwrap().display());
    assert!(value.contains(&source), "{value}");
    c.shutdown();

    // Second start: nothing is read, everything comes from the cache (a
    // file that teaches nothing too).
    let mut c = Client::in_process();
    c.initialize(json!({}), settings.clone());
    let log = official_texts_log(&mut c);
    assert!(log.contains("0 file(s) read, 2 from the cache"), "{log}");
    c.open(uri, CITES_101);
    outdated(&mut c, uri);
    c.shutdown();

    // A changed file is read again (settings sent after initialization,
    // to a client that watches folders outside the workspace).
    std::fs::write(
        &res101,
        RES101_DOHA.replace("networks grow", "networks keep growing"),
    )
    .unwrap();
    let mut c = Client::in_process();
    let watching = json!({ "workspace": { "didChangeWatchedFiles": {
        "dynamicRegistration": true, "relativePatternSupport": true } } });
    c.initialize(watching, Value::Null);
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": settings }),
    );
    let log = official_texts_log(&mut c);
    assert!(log.contains("1 file(s) read, 1 from the cache"), "{log}");
    let registration = c.wait_for("the official texts' watcher", |m| {
        m["method"] == "client/registerCapability"
            && m["params"]["registrations"][0]["id"] == "resolution-ls-watch-official-texts"
    });
    let watcher = &registration["params"]["registrations"][0]["registerOptions"]["watchers"][0];
    assert!(
        watcher["globPattern"]["baseUri"]
            .as_str()
            .is_some_and(|u| u.starts_with("file://")),
        "{watcher}"
    );
    c.open(uri, CITES_101);
    outdated(&mut c, uri);
    // Changed while the server runs: read again when the watcher says so.
    std::fs::write(
        &res101,
        RES101_DOHA.replace("REV. DOHA, 2026", "REV. DUBAI, 2018"),
    )
    .unwrap();
    let changed = format!("file://{}", res101.display());
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": changed, "type": 2 }] }),
    );
    let log = official_texts_log(&mut c);
    assert!(log.contains("1 file(s) read, 1 from the cache"), "{log}");
    c.diagnostics_until(uri, "no RLS0401 once Doha is gone", |d| {
        !d.iter().any(|d| d["code"] == "RLS0401")
    });
    c.shutdown();
}

#[test]
fn an_akoma_ntoso_file_in_the_workspace_teaches_the_catalogue() {
    let root = tempfile::tempdir().unwrap();
    let akn = r#"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <documentCollection name="finalActs">
    <collectionBody>
      <component>
        <statement name="resolution" xml:lang="en">
          <preface>
            <p><docType>RESOLUTION</docType> <docNumber>101 (REV. DOHA, 2026)</docNumber></p>
            <container name="title"><p>Internet Protocol-based networks</p></container>
          </preface>
        </statement>
      </component>
    </collectionBody>
  </documentCollection>
</akomaNtoso>
"#;
    // An `.xml` file is read when its root is `akomaNtoso`.
    std::fs::write(root.path().join("pp26-final-acts.xml"), akn).unwrap();
    let root_uri = format!("file://{}", root.path().display());
    let mut c = Client::in_process();
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": root_uri, "capabilities": {} }),
    );
    c.notify("initialized", json!({}));
    let uri = format!("{root_uri}/draft.res");
    c.open(&uri, CITES_101);
    let d = outdated(&mut c, &uri);
    assert!(
        d["message"].as_str().unwrap().contains("Rev. Doha, 2026"),
        "{d}"
    );
    let citation = col16(CITES_101, 4, "Resolution 101");
    let hover = c.request("textDocument/hover", at(&uri, 4, citation + 2));
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.contains("pp26-final-acts.xml:6"), "{value}");
    c.shutdown();
}

/// Findings and hovers are in the draft's language by default; the
/// `messageLanguage` setting asks for the editor's `locale` or a fixed
/// language instead.
#[test]
fn messages_follow_the_draft_the_locale_or_the_setting() {
    let zh = "考虑到\na)\t第一；\nbc)\t第二；\nc)\t第三，\n做出决议\n继续。\n";
    let fused_message = |diags: &[Value]| -> String {
        diags
            .iter()
            .find(|d| d["code"] == "RLS0105")
            .map(|d| d["message"].as_str().unwrap().to_string())
            .unwrap_or_default()
    };
    // Default: the draft's own language, whatever the editor's locale.
    let mut c = Client::in_process();
    c.request(
        "initialize",
        json!({ "processId": null, "rootUri": null, "capabilities": {}, "locale": "fr-FR" }),
    );
    c.notify("initialized", json!({}));
    let uri = "file:///tmp/inprocess-messages.res";
    c.open(uri, zh);
    let message = fused_message(&c.diagnostics(uri, 1));
    assert!(message.contains("看起来是旧编号"), "{message}");
    let hover = c.request("textDocument/hover", at(uri, 2, 1));
    let hover = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(hover.contains("字母编号"), "{hover}");
    // `editor`: the client's locale (French).
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resolutionLs": { "messageLanguage": "editor" } } }),
    );
    let diags = c.wait_for("French findings", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| {
                    d["code"] == "RLS0105" && d["message"].as_str().unwrap().contains("repère")
                })
    });
    let actions = c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri },
                "range": { "start": pos(2, 0), "end": pos(2, 3) },
                "context": { "diagnostics": diags["params"]["diagnostics"] } }),
    );
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    assert!(
        titles.iter().any(|t| t.starts_with("Remplacer bc)")),
        "{titles:?}"
    );
    // A fixed language.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resolutionLs": { "messageLanguage": "en" } } }),
    );
    c.wait_for("English findings", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| {
                    d["code"] == "RLS0105"
                        && d["message"]
                            .as_str()
                            .unwrap()
                            .contains("looks like the old label")
                })
    });
    c.shutdown();
}

const PROPOSALS: &str = "MOD\tEUR/44A7/1
RESOLUTION 130 (REV. BUCHAREST, 2022)
Strengthening the role of ITU
Reasons:\tTo update.
SUP\tEUR/44A7/2
RESOLUTION 71 (REV. BUCHAREST, 2022)
Reasons:\tServed its purpose.
";

#[test]
fn proposals_in_symbols_hover_and_the_conference_setting() {
    let mut c = Client::in_process();
    c.initialize(json!({}), json!({ "proposalConference": "PP-30" }));
    let uri = "file:///tmp/inprocess-proposals.txt";
    c.open(uri, PROPOSALS);
    let diags = c.diagnostics(uri, 1);
    assert_eq!(codes(&diags), ["RLS0707"], "{diags:?}");
    let message = diags[0]["message"].as_str().unwrap();
    assert!(message.contains("Rev. 2030"), "{message}");
    assert!(message.contains("proposal-conference setting"), "{message}");

    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let top: Vec<(&str, u64)> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["kind"].as_u64().unwrap()))
        .collect();
    // 24: the protocol's Event kind.
    assert_eq!(top, [("MOD EUR/44A7/1", 24), ("SUP EUR/44A7/2", 24)]);
    assert_eq!(
        symbols[0]["children"][0]["name"],
        "RESOLUTION 130 (REV. BUCHAREST, 2022)"
    );
    assert_eq!(symbols[0]["selectionRange"]["start"], pos(0, 0));

    let hover = c.request("textDocument/hover", at(uri, 4, 6));
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.starts_with("**SUP EUR/44A7/2** — a proposal that suppresses the text"),
        "{value}"
    );
    assert!(value.contains("- Proposer: EUR"), "{value}");
    assert!(value.contains("Reasons:\tServed its purpose."), "{value}");
    c.shutdown();
}

#[test]
fn word_documents_through_commands_a_text_view_and_a_fixed_copy() {
    use common::docx::{bold, del, ins, run, runs, Docx};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("proposal.docx");
    Docx::new()
        .text("considering")
        .text("a)\tthat one;")
        .text("b)\tthat two;")
        .p(&format!("{}{}", bold("bc)"), runs("\tthat three;")))
        .p(&format!(
            "{}{}{}",
            del("e"),
            ins("d"),
            runs(")\tthat four,")
        ))
        .text("resolves")
        .text("1\tto act;")
        .p(&run("2\tto act again."))
        .write(&path);
    let before = std::fs::read(&path).unwrap();
    let mut c = Client::in_process();
    let init = c.initialize(json!({}), Value::Null);
    let commands = init["capabilities"]["executeCommandProvider"]["commands"].clone();
    assert!(
        commands
            .as_array()
            .unwrap()
            .contains(&json!("resolution-ls.wordDocumentText"))
            && commands
                .as_array()
                .unwrap()
                .contains(&json!("resolution-ls.fixWordDocument")),
        "{commands}"
    );
    let file_uri = format!("file://{}", path.display());
    let view = c.request(
        "workspace/executeCommand",
        json!({ "command": "resolution-ls.wordDocumentText", "arguments": [file_uri] }),
    );
    let text = view["text"].as_str().unwrap().to_string();
    assert!(
        text.contains("\nbc)\tthat three;\nd)\tthat four,\n"),
        "{text}"
    );
    assert_eq!(view["trackedChanges"], 1);
    let view_uri = view["uri"].as_str().unwrap().to_string();
    assert!(view_uri.starts_with("resolution-docx:/"), "{view_uri}");
    // The view is analysed with the document's tracked changes.
    c.open(&view_uri, &text);
    let diags = c.diagnostics(&view_uri, 1);
    assert!(
        codes(&diags).contains(&"RLS0105") && codes(&diags).contains(&"RLS0109"),
        "{diags:?}"
    );
    // A settings change reads the open documents again: the view keeps
    // its tracked changes (it lost them, and RLS0109 with them).
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resolutionLs": { "severity": { "RLS0105": "error" } } } }),
    );
    let diags = c.diagnostics_until(&view_uri, "re-published diagnostics", |d| {
        d.iter()
            .any(|d| d["code"] == "RLS0105" && d["severity"] == 1)
    });
    assert!(codes(&diags).contains(&"RLS0109"), "{diags:?}");
    let hover = c.request("textDocument/hover", at(&view_uri, 3, 0));
    assert!(!hover.is_null(), "{hover}");
    let fixed = c.request(
        "workspace/executeCommand",
        json!({ "command": "resolution-ls.fixWordDocument", "arguments": [view_uri] }),
    );
    let written = fixed["path"].as_str().unwrap();
    assert!(written.ends_with("proposal.fixed.docx"), "{fixed}");
    assert_eq!(fixed["applied"].as_array().unwrap().len(), 1, "{fixed}");
    assert_eq!(
        fixed["applied"][0]["paragraph"],
        "paragraph 4 “bc) that three;”"
    );
    let copy = std::fs::read(written).unwrap();
    assert!(common::docx::part(&copy, "word/document.xml").contains("w:author=\"resolution-ls\""));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Not a Word document: an error that says so.
    let id = 9998;
    c.send(json!({ "jsonrpc": "2.0", "id": id, "method": "workspace/executeCommand", "params": { "command": "resolution-ls.fixWordDocument", "arguments": ["file:///tmp/x.res"] } }));
    let reply = c.wait_for("executeCommand", |m| m["id"] == id);
    assert!(
        reply["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not a Word document"),
        "{reply}"
    );
    c.shutdown();
}
