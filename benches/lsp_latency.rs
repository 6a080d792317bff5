//! Language-server latency, driving the real binary over stdio:
//! didChange → publishDiagnostics for 10 KB, 100 KB and 1 MB drafts (p50,
//! p99), didChange → completion answered (what typing with a completion
//! popup feels like), workspace indexing of 1,000 generated files and a
//! hover in that workspace; as yardsticks, a bare tree-sitter incremental
//! re-parse of the same edit (the new text made beforehand, as an editor
//! holds it) and this server's round-trip floor (a request it answers
//! without reading any document: `workspace/symbol` in an empty
//! workspace), below which no keystroke through it can go.
//! Run with `cargo bench --bench lsp_latency`; figures go to BENCHMARKS.md.
//! Not a test: nothing here asserts a time.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

#[path = "parse.rs"]
#[allow(dead_code)]
mod parse_bench;

struct Server {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
}

impl Server {
    fn start(debounce_ms: u64) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
            .env("RESOLUTION_LS_DEBOUNCE_MS", debounce_ms.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("server starts");
        let stdin = child.stdin.take().unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = channel();
        std::thread::spawn(move || loop {
            let mut len = 0;
            loop {
                let mut line = String::new();
                if out.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                if line.trim().is_empty() {
                    break;
                }
                if let Some(v) = line.trim().strip_prefix("Content-Length: ") {
                    len = v.parse().unwrap();
                }
            }
            let mut body = vec![0; len];
            if out.read_exact(&mut body).is_err() {
                return;
            }
            if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                return;
            }
        });
        Server { child, stdin, rx }
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn wait(&self, pred: impl Fn(&Value) -> bool) -> Value {
        loop {
            let v = self
                .rx
                .recv_timeout(Duration::from_secs(60))
                .expect("server answers");
            if pred(&v) {
                return v;
            }
        }
    }

    fn initialize(&mut self, root: Option<&str>) {
        let folders = root
            .map(|r| json!([{ "uri": r, "name": "ws" }]))
            .unwrap_or(Value::Null);
        self.send(json!({ "jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": { "processId": null, "rootUri": root, "workspaceFolders": folders, "capabilities": {} } }));
        self.wait(|v| v["id"] == 1);
        self.send(json!({ "jsonrpc": "2.0", "method": "initialized", "params": {} }));
    }

    fn stop(mut self) {
        self.send(json!({ "jsonrpc": "2.0", "id": 999, "method": "shutdown", "params": null }));
        self.wait(|v| v["id"] == 999);
        self.send(json!({ "jsonrpc": "2.0", "method": "exit", "params": null }));
        let _ = self.child.wait();
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

struct Keystrokes {
    publish_p50: Duration,
    publish_p99: Duration,
    completion_p50: Duration,
    completion_p99: Duration,
    bare_p50: Duration,
    floor_p50: Duration,
}

fn keystroke_latency(size: usize, rounds: usize) -> Keystrokes {
    let text = parse_bench::generated_draft(size);
    let mut server = Server::start(0);
    server.initialize(None);
    let uri = "file:///tmp/bench.res";
    server.send(json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": { "textDocument": { "uri": uri, "languageId": "itu-resolution", "version": 1, "text": text } } }));
    server
        .wait(|v| v["method"] == "textDocument/publishDiagnostics" && v["params"]["version"] == 1);
    // Type one character at a time into the middle of the draft.
    let line = text.lines().count() as u64 / 2;
    let keystroke = |server: &mut Server, version: i64| {
        server.send(json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "range": { "start": { "line": line, "character": 3 }, "end": { "line": line, "character": 3 } }, "text": "x" }] } }));
    };
    let mut samples = Vec::new();
    for i in 0..rounds {
        let version = i as i64 + 2;
        let start = Instant::now();
        keystroke(&mut server, version);
        server.wait(|v| {
            v["method"] == "textDocument/publishDiagnostics" && v["params"]["version"] == version
        });
        samples.push(start.elapsed());
    }
    samples.sort();
    // A keystroke, then a completion request at once: the request needs
    // the new version's model, which nothing has computed yet.
    let mut completions = Vec::new();
    for i in 0..rounds {
        let version = (rounds + i) as i64 + 2;
        let id = 100_000 + i as i64;
        let start = Instant::now();
        keystroke(&mut server, version);
        server.send(json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/completion",
            "params": { "textDocument": { "uri": uri }, "position": { "line": line + 1, "character": 0 } } }));
        server.wait(|v| v["id"] == id);
        completions.push(start.elapsed());
    }
    completions.sort();
    let mut floor = Vec::new();
    for i in 0..rounds {
        let id = 200_000 + i as i64;
        let start = Instant::now();
        server.send(
            json!({ "jsonrpc": "2.0", "id": id, "method": "workspace/symbol",
            "params": { "query": "no such symbol" } }),
        );
        server.wait(|v| v["id"] == id);
        floor.push(start.elapsed());
    }
    floor.sort();
    server.stop();
    // The yardstick: tree-sitter alone re-parsing the same edit, the new
    // text made beforehand.
    let at = text
        .match_indices('\n')
        .nth(line as usize - 1)
        .map_or(0, |(i, _)| i + 1)
        + 3;
    let mut typed = text.clone();
    typed.insert(at, 'x');
    let mut parser = tree_sitter::Parser::new();
    parser
        .set_language(&tree_sitter_resolution::LANGUAGE.into())
        .expect("the grammar loads");
    let tree = parser.parse(&text, None).expect("a tree");
    let point = tree_sitter::Point {
        row: line as usize,
        column: 3,
    };
    let edit = tree_sitter::InputEdit {
        start_byte: at,
        old_end_byte: at,
        new_end_byte: at + 1,
        start_position: point,
        old_end_position: point,
        new_end_position: tree_sitter::Point { column: 4, ..point },
    };
    let mut bare = Vec::new();
    for _ in 0..rounds {
        let start = Instant::now();
        let mut edited = tree.clone();
        edited.edit(&edit);
        let _ = parser.parse(&typed, Some(&edited));
        bare.push(start.elapsed());
    }
    bare.sort();
    Keystrokes {
        publish_p50: percentile(&samples, 0.5),
        publish_p99: percentile(&samples, 0.99),
        completion_p50: percentile(&completions, 0.5),
        completion_p99: percentile(&completions, 0.99),
        bare_p50: percentile(&bare, 0.5),
        floor_p50: percentile(&floor, 0.5),
    }
}

struct Workspace {
    indexing: Duration,
    first_hover: Duration,
    hover_p50: Duration,
}

fn indexing(files: usize) -> Workspace {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..files {
        // Each file defines its own resolution (identity line), which the
        // catalogue overlay learns.
        let text = parse_bench::generated_draft(2_000)
            .replace("第101号决议", &format!("第{}号决议", 1000 + i));
        std::fs::write(dir.path().join(format!("draft-{i:04}.res")), text).unwrap();
    }
    let root = format!("file://{}", dir.path().display());
    let mut server = Server::start(0);
    let start = Instant::now();
    server.initialize(Some(&root));
    // Indexing runs in the background; workspace/symbol answers from the
    // index, so poll until it lists every file.
    let mut id = 10;
    loop {
        id += 1;
        server.send(json!({ "jsonrpc": "2.0", "id": id, "method": "workspace/symbol", "params": { "query": "" } }));
        let reply = server.wait(|v| v["id"] == id);
        if reply["result"].as_array().map_or(0, |a| a.len()) >= files {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let indexing = start.elapsed();
    // Hover a citation in an open draft: the first builds the catalogue
    // overlay from every indexed identity line, the next ones reuse it.
    let uri = format!("{root}/open.res");
    let text = "世界电信发展大会（2022年，基加利），\n忆及\na)\tWTDC第23号决议（2022年，基加利，修订版），\n做出决议\n继续。\n";
    server.send(json!({ "jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": { "textDocument": { "uri": uri, "languageId": "itu-resolution", "version": 1, "text": text } } }));
    let mut hovers = Vec::new();
    for _ in 0..50 {
        id += 1;
        let start = Instant::now();
        server.send(json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/hover",
            "params": { "textDocument": { "uri": uri }, "position": { "line": 2, "character": 8 } } }));
        let reply = server.wait(|v| v["id"] == id);
        assert!(
            reply["result"]["contents"]["value"].as_str().is_some(),
            "{reply}"
        );
        hovers.push(start.elapsed());
    }
    let first_hover = hovers[0];
    hovers.sort();
    server.stop();
    Workspace {
        indexing,
        first_hover,
        hover_p50: percentile(&hovers, 0.5),
    }
}

fn main() {
    // `cargo test --benches` runs benches once with --bench absent: keep it quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let rounds = if quick { 5 } else { 200 };
    println!("| draft | didChange → publishDiagnostics p50 | p99 | didChange → completion p50 | p99 | bare tree-sitter incremental re-parse p50 | the server's round-trip floor p50 |");
    println!("|---|---|---|---|---|---|---|");
    for (name, size) in [("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1 << 20)] {
        let k = keystroke_latency(size, if size > 500_000 { rounds / 4 } else { rounds });
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} |",
            ms(k.publish_p50),
            ms(k.publish_p99),
            ms(k.completion_p50),
            ms(k.completion_p99),
            ms(k.bare_p50),
            ms(k.floor_p50)
        );
    }
    let files = if quick { 50 } else { 1000 };
    let w = indexing(files);
    println!(
        "\nworkspace of {files} generated files (2 KB each): indexed in {}; hover in it: first {}, then p50 {}",
        ms(w.indexing),
        ms(w.first_hover),
        ms(w.hover_p50)
    );
}
