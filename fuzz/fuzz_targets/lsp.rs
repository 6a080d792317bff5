//! The server's text path, through the LSP layer: a session over an
//! in-memory stream opens a document with any text, applies content changes
//! at any ranges (lines and columns past the end, inside surrogate pairs or
//! CRLF, reversed ranges, whole-text replacements), then asks for symbols,
//! folding ranges, code actions and hover, and shuts down. Nothing may panic
//! (libFuzzer's panic hook aborts even on a panic the server would catch)
//! and the session must end with `shutdown` answered.
#![no_main]

use std::sync::OnceLock;
use std::time::Duration;

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Arbitrary, Debug)]
struct Change {
    /// None: the whole text is replaced.
    range: Option<(u8, u16, u8, u16)>,
    text: String,
}

#[derive(Arbitrary, Debug)]
struct Session {
    text: String,
    utf8: bool,
    changes: Vec<Vec<Change>>,
    probe: (u8, u16),
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        // The findings are computed at once, not after a typing pause.
        std::env::set_var("RESOLUTION_LS_DEBOUNCE_MS", "0");
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime")
    })
}

fn frame(out: &mut Vec<u8>, value: Value) {
    let body = value.to_string();
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body.as_bytes());
}

fn pos(line: u8, character: u16) -> Value {
    json!({ "line": line, "character": character })
}

fuzz_target!(|s: Session| {
    let uri = "file:///fuzz.res";
    let mut input = Vec::new();
    let encodings = if s.utf8 {
        json!(["utf-8", "utf-16"])
    } else {
        json!(["utf-16"])
    };
    frame(
        &mut input,
        json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "processId": null, "rootUri": null,
            "capabilities": { "general": { "positionEncodings": encodings } } } }),
    );
    frame(
        &mut input,
        json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }),
    );
    frame(
        &mut input,
        json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": { "uri": uri, "languageId": "itu-resolution", "version": 1, "text": s.text } } }),
    );
    for (i, changes) in s.changes.iter().take(12).enumerate() {
        let changes: Vec<Value> = changes
            .iter()
            .take(4)
            .map(|c| match c.range {
                Some((sl, sc, el, ec)) => json!({
                    "range": { "start": pos(sl, sc), "end": pos(el, ec) }, "text": c.text }),
                None => json!({ "text": c.text }),
            })
            .collect();
        frame(
            &mut input,
            json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": { "uri": uri, "version": 2 + i }, "contentChanges": changes } }),
        );
    }
    let doc = json!({ "uri": uri });
    let whole = json!({ "start": pos(0, 0), "end": pos(255, 65535) });
    let at = pos(s.probe.0, s.probe.1);
    let requests = [
        (
            "textDocument/documentSymbol",
            json!({ "textDocument": doc }),
        ),
        ("textDocument/foldingRange", json!({ "textDocument": doc })),
        (
            "textDocument/codeAction",
            json!({ "textDocument": doc, "range": whole,
            "context": { "diagnostics": [] } }),
        ),
        (
            "textDocument/hover",
            json!({ "textDocument": doc, "position": at }),
        ),
    ];
    for (i, (method, params)) in requests.into_iter().enumerate() {
        frame(
            &mut input,
            json!({ "jsonrpc": "2.0", "id": 10 + i, "method": method, "params": params }),
        );
    }
    frame(
        &mut input,
        json!({ "jsonrpc": "2.0", "id": 99, "method": "shutdown", "params": null }),
    );
    frame(
        &mut input,
        json!({ "jsonrpc": "2.0", "method": "exit", "params": null }),
    );

    let ended = runtime().block_on(async move {
        let (mut client_end, server_in) = tokio::io::duplex(1 << 20);
        let (server_out, mut client_out) = tokio::io::duplex(1 << 20);
        let server = tokio::spawn(resolution_ls::lsp::serve(server_in, server_out));
        let reader = tokio::spawn(async move {
            let mut all = Vec::new();
            let _ = client_out.read_to_end(&mut all).await;
            all
        });
        client_end.write_all(&input).await.expect("write");
        // The input stays open: the server must end on `exit`.
        let done = tokio::time::timeout(Duration::from_secs(60), server).await;
        drop(client_end);
        let output = reader.await.unwrap_or_default();
        (done, output)
    });
    let (done, output) = ended;
    // `exit` is sent without waiting for the reply to `shutdown` (a fuzz
    // input cannot wait), so the server may end before answering it, with
    // the unclean status LSP gives that: what is checked is that it ends,
    // without panicking, and that its output is well-framed protocol.
    done.expect("the session hung")
        .expect("the server task panicked");
    let output = String::from_utf8_lossy(&output);
    assert!(
        output.is_empty() || output.starts_with("Content-Length: "),
        "not protocol on the output: {output:.200}"
    );
});
