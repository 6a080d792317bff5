//! Typing into a big draft does not pile up analyses (issue 16, item 3):
//! an analysis of a version that is no longer current stops, and at most
//! one runs per document. Observed through `resolutionLs/analysisCounts`
//! (started, finished, cancelled, running), with the real binary.

mod common;

use std::process::{Command, Stdio};

use common::lsp::{encodings, pos, Client};
use serde_json::{json, Value};

/// A draft big enough that its analysis (in a debug build) takes far longer
/// than a round trip of a request: many sections of clauses with
/// references and citations.
fn big_draft() -> String {
    let mut text = String::from(
        "RESOLUTION 1 (REV. KIGALI, 2022)\nRules of procedure\n\
         The World Telecommunication Development Conference (Kigali, 2022),\n",
    );
    for _ in 0..1500 {
        text.push_str(
            "considering\na)\tthat Resolution 77 (Rev. Buenos Aires, 2017) applies;\n\
             b)\tthat considering a) above is met;\nc)\tthat rules are needed,\n\
             resolves\n1\tto adopt the rules in resolves 2;\n2\tto review them,\n",
        );
    }
    text
}

fn counts(client: &mut Client) -> Value {
    client.request("resolutionLs/analysisCounts", Value::Null)
}

fn count(v: &Value, key: &str) -> u64 {
    v[key].as_u64().unwrap_or_else(|| panic!("{key} in {v}"))
}

/// Polls the counts until the `n`th analysis runs (the request is answered
/// while the analysis runs on its blocking thread).
fn wait_until_running(client: &mut Client, n: u64) -> Value {
    for _ in 0..200_000 {
        let c = counts(client);
        if count(&c, "running") == 1 && count(&c, "started") == n {
            return c;
        }
    }
    panic!("no analysis started");
}

#[test]
fn a_newer_version_cancels_the_running_analysis() {
    let mut client = Client::binary_with(
        Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
            .env("RESOLUTION_LS_DEBOUNCE_MS", "0")
            .stderr(Stdio::null()),
    );
    client.initialize(encodings(&["utf-16"]), json!({}));
    let uri = "file:///big.res";
    client.open(uri, &big_draft());
    let edits = 6;
    for k in 0..edits {
        let running = wait_until_running(&mut client, 1 + k);
        // Nothing has piled up: at most one analysis at a time, and every
        // earlier one has ended (finished or cancelled).
        assert_eq!(
            count(&running, "started"),
            count(&running, "finished") + count(&running, "cancelled") + 1,
            "{running}"
        );
        // Type a character on line 4 while that analysis runs.
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": 2 + k },
                "contentChanges": [{
                    "range": { "start": pos(4, 0), "end": pos(4, 0) },
                    "text": "x",
                }],
            }),
        );
    }
    let last = 1 + edits;
    client.wait_for("diagnostics of the last version", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && m["params"]["version"] == last
    });
    let done = counts(&mut client);
    let (started, finished, cancelled) = (
        count(&done, "started"),
        count(&done, "finished"),
        count(&done, "cancelled"),
    );
    assert_eq!(count(&done, "running"), 0, "{done}");
    assert_eq!(started, finished + cancelled, "{done}");
    // Every version overtaken while analysed was cancelled, not finished:
    // only the last one finished.
    assert_eq!(finished, 1, "{done}");
    assert_eq!(cancelled, edits, "{done}");
    // No findings were published for an overtaken version.
    let stale: Vec<&Value> = client
        .backlog()
        .iter()
        .filter(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["version"].as_u64().is_some_and(|v| v < last)
        })
        .collect();
    assert!(stale.is_empty(), "{stale:?}");
    client.shutdown();
}

#[test]
fn the_first_keystroke_after_opening_is_checked_from_the_findings_before() {
    // Opening a draft teaches the catalogue its identity line, which used
    // to make every document's findings stale, the draft's own included:
    // its first keystroke was checked whole (70–100 ms at 1 MB).
    let mut client = Client::binary_with(
        Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
            .env("RESOLUTION_LS_DEBOUNCE_MS", "0")
            .stderr(Stdio::null()),
    );
    client.initialize(encodings(&["utf-16"]), json!({}));
    let uri = "file:///teaches.res";
    let text = "RESOLUTION 999 (REV. DUBAI, 2018)\nAn example\n\
        The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),\n\
        considering\na)\tthat Resolution 77 (Rev. Busan, 2014) applies;\nb)\tthat rules are needed,\n\
        resolves\n1\tto adopt the rules;\n2\tto review them.\n";
    client.open(uri, text);
    client.diagnostics(uri, 1);
    // Typed inside clause a), twice.
    for (version, at) in [(2, 10), (3, 11)] {
        client.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "range": { "start": pos(4, at), "end": pos(4, at) }, "text": "x" }],
            }),
        );
        client.diagnostics(uri, version);
    }
    let c = counts(&mut client);
    assert_eq!(count(&c, "rechecked"), 2, "{c}");
    // A draft that cites the number it teaches is checked whole after it
    // learns it (its own entry is in its catalogue).
    let uri = "file:///cites-itself.res";
    // (Another number: a draft with the same identity line is the first
    // one's language version, whose publications schedule each other.)
    let text = text.replace("RESOLUTION 999", "RESOLUTION 998").replace(
        "Resolution 77 (Rev. Busan, 2014)",
        "Resolution 998 (Busan, 2014)",
    );
    client.open(uri, &text);
    client.diagnostics(uri, 1);
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{ "range": { "start": pos(4, 10), "end": pos(4, 10) }, "text": "x" }],
        }),
    );
    client.diagnostics(uri, 2);
    let c = counts(&mut client);
    assert_eq!(count(&c, "rechecked"), 2, "{c}");
    client.shutdown();
}
