//! The long differential test (issue 16): random edit scripts (insert,
//! delete, replace; CJK, emoji, CRLF, lone CR, form feed) sent to the real
//! server binary over stdio as incremental `didChange` notifications; after
//! each script the published diagnostics and the document symbols must equal
//! those a second server gives for a fresh open of the final text.
//!
//! Sized from the environment: `RLS_DIFF_EDITS` edits in all (default 400,
//! so CI stays fast), `RLS_DIFF_SCRIPT` edits per script (default 40),
//! `RLS_DIFF_SEED` (default 16). A failure prints the seed, the script
//! number, the base text and the final text.

mod common;

use std::process::{Command, Stdio};
use std::time::Instant;

use common::lsp::{encodings, Client};
use common::{env_number, Rng};
use serde_json::{json, Value};

/// Fragments that make and break structure in every script the drafts use.
const FRAGMENTS: &[&str] = &[
    "\n",
    "\r\n",
    "\r",
    "\u{c}",
    "\n\r",
    "a)\t",
    "b)\t",
    "bc)\t",
    "1\t",
    "12 ",
    "- ",
    "忆及\n",
    "考虑到\r",
    "做出决议\r\n",
    "resolves\n",
    "considering\r",
    "第23号决议（2022年，基加利）",
    "Resolution 77 (Rev. Buenos Aires, 2017)",
    "WTDC第77号决议（2017年，布宜诺斯艾利斯，修订版）",
    "resolves 2 above",
    "（",
    "）",
    "(",
    "；",
    "。",
    ",",
    "[footnoteRef:1]",
    "[1: 1\tnote]",
    "😀",
    "🎉x",
    "é",
    "ñ",
    "учитывая\n",
    "إذ يضع في اعتباره\n",
    " ",
    "\t",
    "x",
];

const BASES: &[&str] = &[
    include_str!("fixtures/lsp-en.res"),
    include_str!("fixtures/shape-en.res"),
    include_str!("fixtures/shape-zh.res"),
    include_str!("fixtures/seed-like-000.txt"),
];

/// The LSP position (line, UTF-16 column) of byte `offset`: lines end at
/// `\n`, `\r\n` and a lone `\r`. Written here, independently of the crate.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut col) = (0, 0);
    let mut chars = text[..offset].chars().peekable();
    let rest_starts_with_lf = text[offset..].starts_with('\n');
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                line += 1;
                col = 0;
            }
            '\r' => {
                // `\r\n` counts once, at its `\n`.
                let lf_next =
                    chars.peek() == Some(&'\n') || (chars.peek().is_none() && rest_starts_with_lf);
                if !lf_next {
                    line += 1;
                    col = 0;
                }
            }
            c => col += c.len_utf16(),
        }
    }
    (line, col)
}

/// A char boundary at or before `offset`, and never between `\r` and `\n`
/// (no LSP position names that place).
fn snap(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    if at > 0 && text.as_bytes()[at - 1] == b'\r' && text[at..].starts_with('\n') {
        at -= 1;
    }
    at
}

fn random_edit(rng: &mut Rng, text: &str) -> (usize, usize, String) {
    let start = snap(text, rng.below(text.len() + 1));
    let kind = if text.len() > 6000 { 1 } else { rng.below(3) };
    let end = match kind {
        0 => start, // insert
        _ => snap(text, start + 1 + rng.below(24)).max(start),
    };
    let new_text = if kind == 1 {
        String::new() // delete
    } else {
        let mut s = String::new();
        for _ in 0..1 + rng.below(3) {
            s.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        }
        s
    };
    (start, end, new_text)
}

/// A server; its log goes to `$RLS_DIFF_LOG.NAME` when that is set.
fn server(name: &str) -> Client {
    let mut command = Command::new(env!("CARGO_BIN_EXE_resolution-ls"));
    command.env("RESOLUTION_LS_DEBOUNCE_MS", "30");
    match std::env::var("RLS_DIFF_LOG") {
        Ok(log) => {
            let file = std::fs::File::create(format!("{log}.{name}")).expect("log file");
            command.env("RESOLUTION_LS_LOG", "debug").stderr(file)
        }
        Err(_) => command.stderr(Stdio::null()),
    };
    let mut client = Client::binary_with(&mut command);
    client.initialize(encodings(&["utf-16"]), json!({}));
    client
}

fn diagnostics_at(client: &mut Client, uri: &str, version: u64) -> Value {
    let msg = client.wait_for("publishDiagnostics", |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && m["params"]["version"] == version
    });
    msg["params"]["diagnostics"].clone()
}

fn symbols(client: &mut Client, uri: &str) -> Value {
    client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    )
}

fn close(client: &mut Client, uri: &str) {
    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
}

#[test]
fn incremental_edits_give_what_a_fresh_open_gives() {
    let total = env_number("RLS_DIFF_EDITS", 400);
    let per_script = env_number("RLS_DIFF_SCRIPT", 40).max(1);
    let seed = env_number("RLS_DIFF_SEED", 16);
    let mut rng = Rng(seed);
    let mut edited = server("edited");
    let mut fresh = server("fresh");
    let started = Instant::now();
    let (mut done, mut script) = (0u64, 0u64);
    while done < total {
        let uri = format!("file:///differential/d{script}.res");
        let base = BASES[rng.below(BASES.len())];
        let mut text = base.to_string();
        edited.open(&uri, &text);
        let mut version = 1u64;
        let edits = per_script.min(total - done);
        for _ in 0..edits {
            // Several changes in one notification now and then: each range
            // is relative to the text the previous one left.
            let count = if rng.below(8) == 0 { 2 } else { 1 };
            let mut changes = Vec::new();
            for _ in 0..count {
                let (start, end, new_text) = random_edit(&mut rng, &text);
                let (sl, sc) = position(&text, start);
                let (el, ec) = position(&text, end);
                changes.push(json!({
                    "range": {
                        "start": { "line": sl, "character": sc },
                        "end": { "line": el, "character": ec },
                    },
                    "text": new_text,
                }));
                text.replace_range(start..end, &new_text);
            }
            version += 1;
            edited.notify(
                "textDocument/didChange",
                json!({
                    "textDocument": { "uri": uri, "version": version },
                    "contentChanges": changes,
                }),
            );
        }
        if script % 100 == 0 {
            eprintln!(
                "differential: script {script}, {done} edits so far, {:.0?}",
                started.elapsed()
            );
        }
        let got = diagnostics_at(&mut edited, &uri, version);
        let got_symbols = symbols(&mut edited, &uri);
        fresh.open(&uri, &text);
        let want = diagnostics_at(&mut fresh, &uri, 1);
        let want_symbols = symbols(&mut fresh, &uri);
        let context =
            || format!("seed {seed}, script {script}\nbase:\n{base:?}\nfinal text:\n{text:?}");
        assert_eq!(got, want, "diagnostics differ; {}", context());
        assert_eq!(got_symbols, want_symbols, "symbols differ; {}", context());
        close(&mut edited, &uri);
        close(&mut fresh, &uri);
        edited.clear_backlog();
        fresh.clear_backlog();
        done += edits;
        script += 1;
    }
    eprintln!(
        "differential: {done} edits in {script} scripts (seed {seed}) in {:.1?}: incremental == fresh",
        started.elapsed()
    );
    edited.shutdown();
    fresh.shutdown();
}

#[test]
fn positions_follow_lsp_line_ends() {
    assert_eq!(position("a\rb", 2), (1, 0));
    assert_eq!(position("a\r\nb", 3), (1, 0));
    assert_eq!(position("a\r\nb", 1), (0, 1));
    assert_eq!(position("😀x\ny", 5), (0, 3));
    assert_eq!(position("a\u{c}b", 2), (0, 2));
    assert_eq!(snap("a\r\nb", 2), 1);
}
