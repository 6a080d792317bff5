//! Fast protocol tests: the server runs in this process over an in-memory
//! pipe (`tokio::io::duplex`), and a small client speaks framed JSON-RPC to
//! it. The stdio tests (`lsp_stdio.rs`) drive the real binary; these check
//! every feature's protocol shape quickly.

use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream};

const WAIT: Duration = Duration::from_secs(20);

struct Client {
    to_server: DuplexStream,
    from_server: BufReader<DuplexStream>,
    /// Messages read but not yet consumed.
    backlog: Vec<Value>,
    next_id: i64,
    server: tokio::task::JoinHandle<bool>,
}

impl Client {
    async fn start() -> Client {
        // Two pipes: what the client writes, the server reads, and back.
        let (to_server, server_input) = tokio::io::duplex(1 << 16);
        let (server_output, from_server) = tokio::io::duplex(1 << 16);
        let server = tokio::spawn(resolution_ls::lsp::serve(server_input, server_output));
        Client {
            to_server,
            from_server: BufReader::new(from_server),
            backlog: Vec::new(),
            next_id: 1,
            server,
        }
    }

    async fn send(&mut self, value: Value) {
        let body = value.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.to_server.write_all(frame.as_bytes()).await.unwrap();
    }

    async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }))
            .await;
    }

    async fn read(&mut self) -> Value {
        let mut length = None;
        loop {
            let mut line = String::new();
            let n = self.from_server.read_line(&mut line).await.unwrap();
            assert!(n > 0, "server closed the stream");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            let (name, value) = line.split_once(": ").expect("header line");
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.parse::<usize>().unwrap());
            }
        }
        let mut body = vec![0; length.expect("Content-Length")];
        self.from_server.read_exact(&mut body).await.unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    /// The first message satisfying `pred`; the server's own requests are
    /// answered on the way (`applyEdit` is accepted).
    async fn wait_for(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i);
        }
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let msg = tokio::time::timeout_at(deadline, self.read())
                .await
                .unwrap_or_else(|_| panic!("timed out waiting for {what}: {:#?}", self.backlog));
            if msg.get("id").is_some() && msg.get("method").is_some() {
                let result = if msg["method"] == "workspace/applyEdit" {
                    json!({ "applied": true })
                } else {
                    Value::Null
                };
                let id = msg["id"].clone();
                self.send(json!({ "jsonrpc": "2.0", "id": id, "result": result }))
                    .await;
            }
            if pred(&msg) {
                return msg;
            }
            self.backlog.push(msg);
        }
    }

    async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }))
            .await;
        let reply = self
            .wait_for(method, |m| m["id"] == id && m.get("method").is_none())
            .await;
        assert!(reply.get("error").is_none(), "{method} failed: {reply}");
        reply["result"].clone()
    }

    async fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let result = self
            .request(
                "initialize",
                json!({ "processId": null, "rootUri": null, "capabilities": capabilities, "initializationOptions": options }),
            )
            .await;
        self.notify("initialized", json!({})).await;
        result
    }

    async fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "itu-resolution", "version": 1, "text": text } }),
        )
        .await;
    }

    async fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let msg = self
            .wait_for("publishDiagnostics", |m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && m["params"]["version"] == version
            })
            .await;
        msg["params"]["diagnostics"].as_array().unwrap().clone()
    }

    async fn shutdown(mut self) -> bool {
        assert_eq!(self.request("shutdown", Value::Null).await, Value::Null);
        self.notify("exit", Value::Null).await;
        tokio::time::timeout(WAIT, self.server)
            .await
            .expect("the server ends on exit")
            .unwrap()
    }
}

fn pos(line: usize, character: usize) -> Value {
    json!({ "line": line, "character": character })
}

fn at(uri: &str, line: usize, character: usize) -> Value {
    json!({ "textDocument": { "uri": uri }, "position": pos(line, character) })
}

/// UTF-16 column of `needle` in line `line` of `text`.
fn col16(text: &str, line: usize, needle: &str) -> usize {
    let l = text.lines().nth(line).unwrap();
    l[..l.find(needle).unwrap()].encode_utf16().count()
}

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

#[tokio::test]
async fn capabilities_and_encodings() {
    let mut c = Client::start().await;
    let init = c.initialize(json!({}), Value::Null).await;
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
    assert!(c.shutdown().await, "shutdown before exit: clean");

    let mut c = Client::start().await;
    let init = c
        .initialize(
            json!({ "general": { "positionEncodings": ["utf-32", "utf-8"] } }),
            Value::Null,
        )
        .await;
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    c.shutdown().await;
}

#[tokio::test]
async fn every_feature_answers_in_protocol_shape() {
    let mut c = Client::start().await;
    c.initialize(json!({}), Value::Null).await;
    let uri = "file:///tmp/inprocess-en.res";
    c.open(uri, EN).await;
    let diags = c.diagnostics(uri, 1).await;
    let codes: Vec<&str> = diags.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"RLS0105"), "{codes:?}");
    assert!(codes.contains(&"RLS0401"), "{codes:?}");
    for d in &diags {
        assert_eq!(d["source"], "resolution-ls");
        assert!(d["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .ends_with(&d["code"].as_str().unwrap().to_lowercase()));
    }

    // Hover: a label knows its place.
    let hover = c.request("textDocument/hover", at(uri, 5, 0)).await;
    assert_eq!(
        hover["contents"]["value"],
        "**b)** — letter label, clause 2 of 4 in *recalling* (preamble)"
    );
    // Hover: an internal reference shows the clause.
    let hover = c
        .request("textDocument/hover", at(uri, 9, col16(EN, 9, "b) above")))
        .await;
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.contains("WTDC Resolution 23"), "{value}");

    // Definition of `recalling b) above` → the label b).
    let def = c
        .request(
            "textDocument/definition",
            at(uri, 10, col16(EN, 10, "b) above")),
        )
        .await;
    assert_eq!(def["uri"], uri);
    assert_eq!(def["range"]["start"], pos(5, 0));

    // References of the clause b): both mentions, plus the label itself.
    let mut params = at(uri, 5, 0);
    params["context"] = json!({ "includeDeclaration": true });
    let refs = c.request("textDocument/references", params).await;
    let lines: Vec<u64> = refs
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [5, 9, 10]);

    // Document highlight: the label is written, the mentions read.
    let highlights = c
        .request(
            "textDocument/documentHighlight",
            at(uri, 9, col16(EN, 9, "b) above")),
        )
        .await;
    let kinds: Vec<u64> = highlights
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["kind"].as_u64().unwrap())
        .collect();
    assert_eq!(kinds, [3, 2, 2]);

    // Folding: the document and its two sections.
    let folds = c
        .request(
            "textDocument/foldingRange",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await;
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
    let sel = c
        .request(
            "textDocument/selectionRange",
            json!({ "textDocument": { "uri": uri }, "positions": [pos(4, col16(EN, 4, "102") + 1)] }),
        )
        .await;
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
    let tokens = c
        .request(
            "textDocument/semanticTokens/full",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await;
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
        .await;
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
    let items = c.request("textDocument/completion", at(uri, 11, 0)).await;
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
    let symbols = c
        .request("workspace/symbol", json!({ "query": "101" }))
        .await;
    assert_eq!(symbols.as_array().unwrap().len(), 1, "{symbols}");

    // The reletter command asks the client to apply the edit.
    let done = c
        .request(
            "workspace/executeCommand",
            json!({ "command": "resolution-ls.reletterDocument", "arguments": [uri] }),
        )
        .await;
    assert_eq!(done, json!({ "changed": true }));
    c.shutdown().await;
}

#[tokio::test]
async fn code_actions_apply_and_stale_changes_are_ignored() {
    let mut c = Client::start().await;
    c.initialize(json!({}), Value::Null).await;
    let uri = "file:///tmp/inprocess-actions.res";
    c.open(uri, EN).await;
    let diags = c.diagnostics(uri, 1).await;
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
        .await;
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    for wanted in [
        "Replace bc) by c)",
        "Reletter recalling",
        "Silence RLS0105 on this line",
        "Reletter the whole document",
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
    )
    .await;
    let after = c.diagnostics(uri, 2).await;
    assert!(!after.iter().any(|d| d["code"] == "RLS0105"), "{after:#?}");
    // A change that comes late (version 2 again) is dropped: the outline
    // still reads a) b) c) d).
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": "garbage" }] }),
    )
    .await;
    let symbols = c
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        )
        .await;
    let labels: Vec<&str> = symbols[0]["children"][0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["a)", "b)", "c)", "d)"]);
    c.shutdown().await;
}

#[tokio::test]
async fn wild_requests_get_answers_not_errors() {
    let mut c = Client::start().await;
    c.initialize(json!({}), Value::Null).await;
    let uri = "file:///tmp/inprocess-wild.res";
    c.open(uri, "忆及\na)\t😀第一；\nb)\t第二，\n做出决议\n继续。")
        .await;
    c.diagnostics(uri, 1).await;
    // Unknown documents: nothing, no error.
    let unknown = c
        .request("textDocument/hover", at("file:///nowhere.res", 0, 0))
        .await;
    assert_eq!(unknown, Value::Null);
    // Positions past a line's end, past the document's end, inside a surrogate pair.
    for (line, character) in [
        (1, 999),
        (99, 0),
        (1, 4),
        (u32::MAX as usize, u32::MAX as usize),
    ] {
        c.request("textDocument/hover", at(uri, line, character))
            .await;
        c.request("textDocument/completion", at(uri, line, character))
            .await;
        c.request("textDocument/definition", at(uri, line, character))
            .await;
    }
    // An inverted range.
    c.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri }, "range": { "start": pos(3, 0), "end": pos(0, 0) }, "context": { "diagnostics": [] } }),
    )
    .await;
    // An edit whose range lies past the end is clamped, then applied.
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [
            { "range": { "start": pos(40, 3), "end": pos(50, 0) }, "text": "\n" }
        ] }),
    )
    .await;
    c.diagnostics(uri, 2).await;
    // An unknown command is an error with a message, not a crash.
    let id = 9999;
    c.send(json!({ "jsonrpc": "2.0", "id": id, "method": "workspace/executeCommand", "params": { "command": "nope", "arguments": [] } }))
        .await;
    let reply = c.wait_for("executeCommand", |m| m["id"] == id).await;
    assert!(reply["error"]["message"].as_str().unwrap().contains("nope"));
    c.shutdown().await;
}

#[tokio::test]
async fn settings_from_initialization_and_changes() {
    let mut c = Client::start().await;
    c.initialize(json!({}), json!({ "severity": { "RLS0105": "off" } }))
        .await;
    let uri = "file:///tmp/inprocess-settings.res";
    c.open(uri, EN).await;
    let diags = c.diagnostics(uri, 1).await;
    assert!(
        !diags.iter().any(|d| d["code"] == "RLS0105"),
        "off: {diags:#?}"
    );
    // An empty change (what some clients send) keeps the settings.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": {} }),
    )
    .await;
    // A new setting, and two bad ones reported to the user.
    c.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "resolutionLs": {
            "severity": { "RLS0105": "error", "RLS0401": "loud" },
            "colour": "blue" } } }),
    )
    .await;
    let message = c
        .wait_for("showMessage", |m| m["method"] == "window/showMessage")
        .await;
    let text = message["params"]["message"].as_str().unwrap();
    assert!(text.contains("loud") && text.contains("colour"), "{text}");
    let diags = c
        .wait_for("re-published diagnostics", |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["diagnostics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|d| d["code"] == "RLS0105")
        })
        .await;
    let fused = diags["params"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "RLS0105")
        .unwrap()
        .clone();
    assert_eq!(fused["severity"], 1, "now an error");
    c.shutdown().await;
}

#[tokio::test]
async fn a_nul_typed_into_a_draft_stops_its_analysis_until_removed() {
    let mut c = Client::start().await;
    c.initialize(json!({}), Value::Null).await;
    let uri = "file:///tmp/inprocess-nul.res";
    c.open(
        uri,
        "considering\na)\tthat x;\nc)\tthat y,\nresolves\nto z.\n",
    )
    .await;
    assert!(!c.diagnostics(uri, 1).await.is_empty());
    let range = json!({ "start": pos(1, 2), "end": pos(1, 2) });
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "range": range, "text": "\u{0}" }] }),
    )
    .await;
    let message = c
        .wait_for("binary warning", |m| m["method"] == "window/showMessage")
        .await;
    assert!(message["params"]["message"]
        .as_str()
        .unwrap()
        .contains("binary"));
    assert!(c.diagnostics(uri, 2).await.is_empty());
    let range = json!({ "start": pos(1, 2), "end": pos(1, 3) });
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "range": range, "text": "" }] }),
    )
    .await;
    let back = c.diagnostics(uri, 3).await;
    assert!(back.iter().any(|d| d["code"] == "RLS0101"), "{back:#?}");
    c.shutdown().await;
}
