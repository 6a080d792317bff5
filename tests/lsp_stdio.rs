//! The real server binary driven over stdio, as an editor drives it.

mod common;

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Instant;

use common::lsp::{codes, encodings, Client, WAIT};
use serde_json::{json, Value};

const ZH: &str = "第77号决议（2022年，基加利，修订版）
宽带技术和应用
世界电信发展大会（2022年，基加利），
忆及
a)\t全权代表大会第101号决议（2018年，迪拜，修订版）；
bc)\tWTDC第23号决议（2022年，基加利，修订版）；
c)\t😀 WTDC第77号决议（2017年，布宜诺斯艾利斯，修订版），
做出决议
1\t继续开展研究；
2\t根据上述忆及c)开展工作。
";

#[test]
fn diagnostics_hover_definition_actions_and_exit_over_stdio() {
    let mut s = Client::binary();
    let init = s.initialize(encodings(&["utf-16"]), json!({}));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(
        init["capabilities"]["textDocumentSync"]["change"], 2,
        "incremental sync"
    );
    let uri = "file:///tmp/draft-zh.res";
    s.open(uri, ZH);
    let diags = s.diagnostics(uri, 1);
    let found = codes(&diags);
    assert!(found.contains(&"RLS0105"), "{found:?}");
    assert!(found.contains(&"RLS0401"), "{found:?}");
    let fused = diags.iter().find(|d| d["code"] == "RLS0105").unwrap();
    assert_eq!(
        fused["range"],
        json!({ "start": { "line": 5, "character": 0 }, "end": { "line": 5, "character": 3 } })
    );
    assert!(
        fused.get("codeDescription").is_none() || option_env!("RESOLUTION_LS_DOCS_URL").is_some(),
        "no link to a page that does not exist: {fused}"
    );
    // The outdated WTDC 77 citation sits after an emoji and CJK text: its
    // number starts at UTF-16 column 11 (the emoji counts 2), byte 16.
    let outdated = diags.iter().find(|d| d["code"] == "RLS0401").unwrap();
    let line = ZH.lines().nth(6).unwrap();
    let col = line[..line.find("77号").unwrap()].encode_utf16().count();
    assert_eq!(col, 11);
    assert_eq!(
        outdated["range"]["start"],
        json!({ "line": 6, "character": col })
    );

    // Hover on WTDC第23号决议 shows the title.
    let hover = s.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 5, "character": 8 } }),
    );
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("互联网接入") || text.contains("Internet access"),
        "{text}"
    );

    // Definition of the internal reference 上述忆及c) → clause c) of 忆及.
    let def = s.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 9, "character": 9 } }),
    );
    assert_eq!(
        def["range"]["start"],
        json!({ "line": 6, "character": 0 }),
        "{def}"
    );

    // The fused-label quick fix, applied, clears the finding.
    let actions = s.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": fused["range"], "context": { "diagnostics": [fused] } }),
    );
    let fix = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "将 bc) 改为 b)")
        .expect("fused-label fix, titled in the draft's language");
    let edit = &fix["edit"]["changes"][uri][0];
    // The edit replaces the letters only: `bc` → `b`, keeping `)`.
    assert_eq!(edit["newText"], "b");
    assert_eq!(edit["range"]["start"], json!({ "line": 5, "character": 0 }));
    s.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "range": edit["range"], "text": edit["newText"] }] }),
    );
    let after = s.diagnostics(uri, 2);
    assert!(!codes(&after).contains(&"RLS0105"), "{after:#?}");

    // Symbols: the outline has the document and its two sections.
    let symbols = s.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let sections: Vec<&str> = symbols[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(sections, ["忆及", "做出决议"]);
    s.shutdown();
}

#[test]
fn incremental_cjk_and_emoji_edits_stay_in_step_and_stale_versions_are_ignored() {
    let mut s = Client::binary();
    s.initialize(encodings(&["utf-16"]), json!({}));
    let uri = "file:///tmp/edit.res";
    s.open(uri, "考虑到\na)\t😀第一；\nb)\t第二，\n做出决议\n继续。\n");
    let initial = s.diagnostics(uri, 1);
    assert!(initial.is_empty(), "{initial:#?}");
    // Insert a clause after the emoji line: UTF-16 column 6 is the end of "a)\t😀第一；".
    s.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [
            { "range": { "start": { "line": 1, "character": 7 }, "end": { "line": 1, "character": 7 } }, "text": "\nc)\t插入；" },
            { "range": { "start": { "line": 1, "character": 3 }, "end": { "line": 1, "character": 5 } }, "text": "🎉" }
        ] }),
    );
    let diags = s.diagnostics(uri, 2);
    // a) c) b): c) is out of order.
    assert!(
        codes(&diags).iter().any(|c| c.starts_with("RLS010")),
        "{diags:#?}"
    );
    // A stale version is ignored: the text does not change.
    s.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 1 }, "contentChanges": [{ "text": "garbage" }] }),
    );
    let symbols = s.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let labels: Vec<&str> = symbols[0]["children"][0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["a)", "c)", "b)"]);
    // Hover on the new emoji's line, past its end: clamped, no error.
    s.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 1, "character": 999 } }),
    );
    s.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 99, "character": 0 } }),
    );
    s.shutdown();
}

#[test]
fn utf8_is_negotiated_when_offered() {
    let mut s = Client::binary();
    let init = s.initialize(encodings(&["utf-8", "utf-16"]), json!({}));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let uri = "file:///tmp/u8.res";
    s.open(uri, "忆及\na)\t第一，；\nb)\t第二，\n做出决议\n继续。\n");
    let diags = s.diagnostics(uri, 1);
    let doubled = diags
        .iter()
        .find(|d| d["code"] == "RLS0203")
        .expect("doubled punctuation");
    // `a)\t第一` is 3 + 6 bytes: the stray `，` starts at UTF-8 column 9 (UTF-16 would say 5).
    assert_eq!(
        doubled["range"]["start"],
        json!({ "line": 1, "character": 9 })
    );
    s.shutdown();
}

#[test]
fn completion_configuration_errors_and_binary_documents() {
    let mut s = Client::binary();
    s.initialize(
        encodings(&[]),
        json!({ "severity": { "RLS0105": "off", "RLS0101": "loud" } }),
    );
    let warning = s.wait_for("showMessage", |m| m["method"] == "window/showMessage");
    assert!(
        warning["params"]["message"]
            .as_str()
            .unwrap()
            .contains("loud"),
        "{warning}"
    );
    let uri = "file:///tmp/c.res";
    s.open(uri, "RESOLUTION 1 (KIGALI, 2022)\nT\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\nbc)\tthat x;\n");
    let diags = s.diagnostics(uri, 1);
    assert!(
        !codes(&diags).contains(&"RLS0105"),
        "RLS0105 is off: {diags:#?}"
    );
    let items = s.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 5, "character": 0 } }),
    );
    let labels: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(
        labels.contains(&"resolves") && labels.contains(&"recalling"),
        "{labels:?}"
    );

    let bin = "file:///tmp/bin.res";
    s.open(bin, "a\u{0}b");
    let msg = s.wait_for("binary warning", |m| {
        m["method"] == "window/showMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("binary")
    });
    assert!(msg["params"]["message"]
        .as_str()
        .unwrap()
        .contains("bin.res"));
    assert!(s.diagnostics(bin, 1).is_empty());
    s.shutdown();
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_000_hover_shows_wtdc_23_and_reletter_fixes_recalling_in_one_step() {
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from) else {
        return;
    };
    let path = dir.join("../shared/seeds/000_64240273032ad6eb.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("seed tests not run: ../shared/seeds not found");
        return;
    };
    let mut s = Client::binary();
    s.initialize(encodings(&["utf-16"]), json!({}));
    let uri = "file:///tmp/seed-000.txt";
    s.open(uri, &text);
    let diags = s.diagnostics(uri, 1);
    assert_eq!(
        codes(&diags).iter().filter(|c| **c == "RLS0105").count(),
        20,
        "{:?}",
        codes(&diags)
    );
    // Hover over `WTDC）第23号决议（…）` in 忆及 h).
    let (line, line_text) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("h)"))
        .unwrap();
    let col = line_text[..line_text.find("第23号决议").unwrap()]
        .encode_utf16()
        .count()
        + 2;
    let hover = s.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": col } }),
    );
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("WTDC") && value.contains("国际互联网连接"),
        "{value}"
    );
    // "Reletter 忆及" fixes the whole section in one edit.
    let (lk_line, _) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.starts_with("lk)"))
        .unwrap();
    let range = json!({ "start": { "line": lk_line, "character": 0 }, "end": { "line": lk_line, "character": 3 } });
    let actions = s.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": range, "context": { "diagnostics": [] } }),
    );
    let reletter = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "重新编号“忆及”")
        .expect("Reletter 忆及, titled in the draft's language");
    let edits = reletter["edit"]["changes"][uri].as_array().unwrap().clone();
    assert_eq!(edits.len(), 7, "lk) … rq) become l) … r)");
    // Apply them in one change (from the end, so positions stay valid).
    let mut sorted = edits.clone();
    sorted.sort_by_key(|e| {
        std::cmp::Reverse((
            e["range"]["start"]["line"].as_u64(),
            e["range"]["start"]["character"].as_u64(),
        ))
    });
    let changes: Vec<Value> = sorted
        .iter()
        .map(|e| json!({ "range": e["range"], "text": e["newText"] }))
        .collect();
    s.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": changes }),
    );
    let after = s.diagnostics(uri, 2);
    let recalling_end = text.lines().position(|l| l.starts_with("意识到")).unwrap();
    let left: Vec<&Value> = after
        .iter()
        .filter(|d| {
            d["code"] == "RLS0105"
                && (d["range"]["start"]["line"].as_u64().unwrap() as usize) < recalling_end
        })
        .collect();
    assert!(left.is_empty(), "{left:#?}");
    s.shutdown();
}

#[test]
fn workspace_documents_answer_definition_references_and_symbols() {
    let dir = tempfile::tempdir().unwrap();
    let draft = "RESOLUTION 101 (REV. DOHA, 2026)\nInternet Protocol-based networks\n\
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nresolves\nto continue.\n";
    std::fs::write(dir.path().join("draft-101.res"), draft).unwrap();
    std::fs::write(dir.path().join("ignored.bin"), [0u8, 1, 2]).unwrap();
    // Not a default draft extension: indexed only because filePatterns names it.
    std::fs::write(
        dir.path().join("notes.draft"),
        "RESOLUTION 102 (REV. DOHA, 2026)\nInternet governance notes\n\
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nresolves\nto continue.\n",
    )
    .unwrap();
    let root = format!("file://{}", dir.path().display());
    let mut s = Client::binary();
    let id = 99;
    s.send(
        json!({ "jsonrpc": "2.0", "id": id, "method": "initialize", "params": {
        "processId": null, "rootUri": root, "capabilities": {},
        "workspaceFolders": [{ "uri": root, "name": "ws" }] } }),
    );
    s.wait_for("initialize", |m| m["id"] == id);
    s.notify("initialized", json!({}));
    let uri = format!("{root}/cites.res");
    let text = "RESOLUTION 7 (REV. DOHA, 2026)\nT\n\
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\
recalling\nResolution 101 (Rev. Dubai, 2018) of the Plenipotentiary Conference,\nresolves\nto apply it.\n";
    s.open(&uri, text);
    // Once the workspace is indexed, the draft's revision makes Busan 2014 outdated.
    let deadline = Instant::now() + WAIT;
    loop {
        let diags = s.diagnostics(&uri, 1);
        if codes(&diags).contains(&"RLS0401") {
            break;
        }
        assert!(Instant::now() < deadline, "never outdated: {diags:#?}");
    }
    let def = s.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 4, "character": 12 } }),
    );
    assert!(
        def["uri"].as_str().unwrap().ends_with("draft-101.res"),
        "{def}"
    );
    let refs = s.request(
        "textDocument/references",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 4, "character": 12 }, "context": { "includeDeclaration": true } }),
    );
    // The citation here and the declaration (the draft's identity line).
    let mut files: Vec<&str> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["uri"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    files.sort();
    assert_eq!(files, ["cites.res", "draft-101.res"], "{refs}");
    let symbols = s.request("workspace/symbol", json!({ "query": "internet" }));
    let names: Vec<&str> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["RESOLUTION 101 (REV. DOHA, 2026) — Internet Protocol-based networks"]
    );
    s.shutdown();
}

/// Checks that `raw` is nothing but `Content-Length`-framed JSON-RPC 2.0
/// messages, back to back, with no byte before, between or after them.
/// Returns how many messages there were.
fn assert_only_frames(raw: &[u8]) -> usize {
    let mut rest = raw;
    let mut count = 0;
    while !rest.is_empty() {
        let end = rest
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(rest)));
        let header = std::str::from_utf8(&rest[..end]).expect("ASCII headers");
        let mut length = None;
        for line in header.split("\r\n") {
            let (name, value) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("not a header: {line:?}"));
            match name {
                "Content-Length" => length = Some(value.parse::<usize>().expect("a number")),
                "Content-Type" => {}
                other => panic!("unexpected header {other:?}"),
            }
        }
        let length = length.expect("Content-Length header");
        let body = &rest[end + 4..end + 4 + length];
        let value: Value = serde_json::from_slice(body).expect("the body is JSON");
        assert_eq!(value["jsonrpc"], "2.0");
        rest = &rest[end + 4 + length..];
        count += 1;
    }
    count
}

#[test]
fn stdout_carries_nothing_but_framed_json_rpc_even_with_trace_logs() {
    let mut command = Command::new(env!("CARGO_BIN_EXE_resolution-ls"));
    command
        .env("RESOLUTION_LS_LOG", "trace")
        .stderr(Stdio::piped());
    let mut s = Client::binary_with(&mut command);
    let mut stderr = s.child().unwrap().stderr.take().unwrap();
    let logs = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    s.initialize(encodings(&["utf-16"]), json!({}));
    let uri = "file:///tmp/frames.res";
    s.open(uri, ZH);
    s.diagnostics(uri, 1);
    s.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 5, "character": 8 } }),
    );
    s.request(
        "textDocument/semanticTokens/full",
        json!({ "textDocument": { "uri": uri } }),
    );
    // A body that is not JSON and one that is not JSON-RPC are dropped (the
    // transport would end the session on them); the session goes on, and a
    // method nobody knows gets an error reply.
    s.send_raw(b"Content-Length: 9\r\n\r\n{not json");
    s.send_raw(b"Content-Length: 16\r\n\r\n{\"garbage\":true}");
    s.send(json!({ "jsonrpc": "2.0", "id": 777, "method": "resolution/unknown", "params": {} }));
    let reply = s.wait_for("method not found", |m| m["id"] == 777);
    assert_eq!(reply["error"]["code"], -32601, "{reply}");
    s.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [
            { "range": { "start": { "line": 6, "character": 3 }, "end": { "line": 6, "character": 5 } }, "text": "🎉" }
        ] }),
    );
    s.diagnostics(uri, 2);
    let raw = s.shutdown();
    let frames = assert_only_frames(&raw);
    // initialize, 2 publications, hover, tokens, the error, shutdown.
    assert!(frames >= 7, "{frames} frames");
    let logs = logs.join().unwrap();
    assert!(
        logs.contains("TRACE") || logs.contains("DEBUG"),
        "logs go to stderr: {logs}"
    );
}

#[test]
fn huge_documents_are_refused_with_a_message_and_no_analysis() {
    let mut s = Client::binary();
    s.initialize(encodings(&["utf-16"]), json!({}));
    let uri = "file:///tmp/huge.res";
    // 17 MiB of clauses: over the 16 MiB limit.
    let clause = "a)\tthat this line repeats;\n";
    let huge = clause.repeat((17 << 20) / clause.len() + 1);
    s.open(uri, &huge);
    let message = s.wait_for("refusal", |m| m["method"] == "window/showMessage");
    let text = message["params"]["message"].as_str().unwrap();
    assert!(
        text.contains("huge.res") && text.contains("16 MiB"),
        "{text}"
    );
    assert!(s.diagnostics(uri, 1).is_empty());
    assert_eq!(
        s.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": 3, "character": 0 } })
        ),
        Value::Null
    );
    // Replaced by a draft of ordinary size, it is analysed again.
    s.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": "considering\na)\tthat x;\nc)\tthat y,\nresolves\nto z.\n" }] }),
    );
    let diags = s.diagnostics(uri, 2);
    assert!(codes(&diags).contains(&"RLS0101"), "{diags:#?}");
    s.shutdown();
}

#[test]
fn watched_files_and_workspace_folders_keep_the_index_current() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let uri_of = |p: &std::path::Path| format!("file://{}", p.display());
    let (root1, root2) = (uri_of(first.path()), uri_of(second.path()));
    let mut s = Client::binary();
    s.send(json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": null, "rootUri": root1,
        "capabilities": { "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } },
        "workspaceFolders": [{ "uri": root1, "name": "one" }] } }));
    s.wait_for("initialize", |m| m["id"] == 1);
    s.notify("initialized", json!({}));
    let registration = s.wait_for("file watcher registration", |m| {
        m["method"] == "client/registerCapability"
    });
    assert_eq!(
        registration["params"]["registrations"][0]["registerOptions"]["watchers"][0]["globPattern"],
        "**/*.{res,resolution,txt,md,tsv,xml,akn}"
    );
    let uri = format!("{root1}/cites.res");
    let text = "RESOLUTION 7 (REV. DOHA, 2026)\nT\n\
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\
recalling\nResolution 101 (Rev. Dubai, 2018) of the Plenipotentiary Conference,\nresolves\nto apply it.\n";
    s.open(&uri, text);
    let outdated = |d: &[Value]| d.iter().any(|d| d["code"] == "RLS0401");
    let diags = s.diagnostics(&uri, 1);
    assert!(
        !outdated(&diags),
        "nothing newer than Dubai 2018 is known yet: {diags:#?}"
    );

    // A draft revising PP Resolution 101 appears on disk.
    let draft = "RESOLUTION 101 (REV. DOHA, 2026)\nInternet Protocol-based networks\n\
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nresolves\nto continue.\n";
    let path = first.path().join("draft-101.res");
    std::fs::write(&path, draft).unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri_of(&path), "type": 1 }] }),
    );
    s.diagnostics_until(&uri, "RLS0401 once the draft is indexed", outdated);
    // An ignored file is not indexed: a second draft in .gitignore changes nothing.
    std::fs::write(first.path().join(".gitignore"), "scratch.res\n").unwrap();
    std::fs::write(
        first.path().join("scratch.res"),
        draft.replace("101", "102"),
    )
    .unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": format!("{root1}/scratch.res"), "type": 1 }] }),
    );
    // Deleted: the citation is current again.
    std::fs::remove_file(&path).unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri_of(&path), "type": 3 }] }),
    );
    s.diagnostics_until(&uri, "no RLS0401 once the draft is gone", |d| !outdated(d));
    let symbols = s.request("workspace/symbol", json!({ "query": "102" }));
    assert_eq!(symbols, json!([]), "scratch.res is ignored");

    // An Akoma Ntoso file (an `.xml` whose root is `akomaNtoso`) teaches
    // the catalogue too, and stops when it is deleted.
    let akn = first.path().join("final-acts.xml");
    std::fs::write(
        &akn,
        "<?xml version=\"1.0\"?>\n<akomaNtoso><statement xml:lang=\"en\"><preface>\
<docType>RESOLUTION</docType> <docNumber>101 (REV. DOHA, 2026)</docNumber></preface></statement></akomaNtoso>\n",
    )
    .unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri_of(&akn), "type": 1 }] }),
    );
    s.diagnostics_until(&uri, "RLS0401 once the AKN file is read", outdated);
    std::fs::remove_file(&akn).unwrap();
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri_of(&akn), "type": 3 }] }),
    );
    s.diagnostics_until(&uri, "no RLS0401 once the AKN file is gone", |d| {
        !outdated(d)
    });

    // A second workspace folder holding the draft (multi-root).
    std::fs::write(second.path().join("draft-101.res"), draft).unwrap();
    s.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({ "event": { "added": [{ "uri": root2, "name": "two" }], "removed": [] } }),
    );
    s.diagnostics_until(&uri, "RLS0401 from the second folder", outdated);
    let symbols = s.request("workspace/symbol", json!({ "query": "101" }));
    assert!(
        symbols[0]["location"]["uri"]
            .as_str()
            .unwrap()
            .starts_with(&root2),
        "{symbols}"
    );
    s.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({ "event": { "added": [], "removed": [{ "uri": root2, "name": "two" }] } }),
    );
    s.diagnostics_until(&uri, "no RLS0401 once the folder is removed", |d| {
        !outdated(d)
    });
    s.shutdown();
}
