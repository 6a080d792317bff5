//! One JSON-RPC client for every protocol test. It drives either the real
//! binary over its stdin/stdout ([`Client::binary`]) or the server in this
//! process over a loopback TCP connection ([`Client::in_process`]); the tests read the
//! same either way. Every byte the server writes is parsed as a framed
//! JSON-RPC message: anything else on the server's stdout fails the test.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub const WAIT: Duration = Duration::from_secs(20);

/// How the server runs.
enum Server {
    Process(Child),
    /// The server's thread returns whether `shutdown` came before `exit`.
    InProcess(JoinHandle<bool>),
}

pub struct Client {
    server: Server,
    writer: Box<dyn Write + Send>,
    messages: Receiver<Value>,
    /// Messages read but not yet consumed by a wait.
    backlog: Vec<Value>,
    next_id: i64,
    /// Every byte the server wrote.
    raw: Arc<Mutex<Vec<u8>>>,
}

/// Copies what it reads into a shared buffer.
struct Tee<R> {
    inner: R,
    copy: Arc<Mutex<Vec<u8>>>,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.copy.lock().unwrap().extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

/// Reads framed messages on a thread; a byte that is not part of a
/// well-formed `Content-Length` frame of JSON fails the test.
fn reader(output: impl Read + Send + 'static) -> Receiver<Value> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut r = BufReader::new(output);
        loop {
            let mut length = None;
            loop {
                let mut line = String::new();
                if r.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let line = line.trim_end_matches(['\r', '\n']);
                if line.is_empty() {
                    break;
                }
                let (name, value) = line
                    .split_once(": ")
                    .unwrap_or_else(|| panic!("not a header line from the server: {line:?}"));
                if name.eq_ignore_ascii_case("Content-Length") {
                    length = Some(value.parse::<usize>().expect("numeric Content-Length"));
                }
            }
            let mut body = vec![0; length.expect("Content-Length header")];
            if r.read_exact(&mut body).is_err() {
                return;
            }
            let value: Value = serde_json::from_slice(&body).expect("body is JSON");
            assert_eq!(value["jsonrpc"], "2.0", "{value}");
            if tx.send(value).is_err() {
                return;
            }
        }
    });
    rx
}

impl Client {
    /// The real binary, its stderr discarded.
    pub fn binary() -> Client {
        Client::binary_with(Command::new(env!("CARGO_BIN_EXE_resolution-ls")).stderr(Stdio::null()))
    }

    /// The real binary started by `command` (its stdin and stdout are taken).
    pub fn binary_with(command: &mut Command) -> Client {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("server starts");
        let writer = Box::new(child.stdin.take().unwrap());
        let stdout = child.stdout.take().unwrap();
        Client::with(Server::Process(child), writer, stdout)
    }

    /// The server in this process, on its own Tokio runtime, over a
    /// loopback TCP connection (not a Unix socket pair: the release workflow
    /// runs these tests on Windows too): fast, and a panic in it shows in the
    /// test's output.
    pub fn in_process() -> Client {
        let listener = TcpListener::bind("127.0.0.1:0").expect("loopback listener");
        let ours = TcpStream::connect(listener.local_addr().unwrap()).expect("loopback connect");
        let (theirs, _) = listener.accept().expect("loopback accept");
        ours.set_nodelay(true).unwrap();
        theirs.set_nodelay(true).unwrap();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            let clean = runtime.block_on(async move {
                theirs.set_nonblocking(true).unwrap();
                let stream = tokio::net::TcpStream::from_std(theirs).unwrap();
                let (input, output) = stream.into_split();
                resolution_ls::lsp::serve(input, output).await
            });
            runtime.shutdown_background();
            clean
        });
        let writer = Box::new(ours.try_clone().unwrap());
        Client::with(Server::InProcess(thread), writer, ours)
    }

    fn with(
        server: Server,
        writer: Box<dyn Write + Send>,
        output: impl Read + Send + 'static,
    ) -> Client {
        let raw = Arc::new(Mutex::new(Vec::new()));
        let messages = reader(Tee {
            inner: output,
            copy: raw.clone(),
        });
        Client {
            server,
            writer,
            messages,
            backlog: Vec::new(),
            next_id: 1,
            raw,
        }
    }

    /// The server process (for its stderr); `None` in process.
    pub fn child(&mut self) -> Option<&mut Child> {
        match &mut self.server {
            Server::Process(child) => Some(child),
            Server::InProcess(_) => None,
        }
    }

    /// Writes bytes as they are, framed or not.
    /// The messages received so far that no `wait_for` has taken.
    pub fn backlog(&self) -> &[Value] {
        &self.backlog
    }

    /// Forgets the messages no `wait_for` has taken (a long test keeps
    /// its memory bounded).
    pub fn clear_backlog(&mut self) {
        self.backlog.clear();
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn send(&mut self, value: Value) {
        let body = value.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.send_raw(frame.as_bytes());
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Waits for the first message satisfying `pred`, answering the
    /// server's own requests on the way (`applyEdit` is accepted).
    pub fn wait_for(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(msg) => {
                    if msg.get("id").is_some() && msg.get("method").is_some() {
                        let id = msg["id"].clone();
                        let result = if msg["method"] == "workspace/applyEdit" {
                            json!({ "applied": true })
                        } else {
                            Value::Null
                        };
                        self.send(json!({ "jsonrpc": "2.0", "id": id, "result": result }));
                    }
                    if pred(&msg) {
                        return msg;
                    }
                    self.backlog.push(msg);
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; got {:#?}", self.backlog)
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server closed its output while waiting for {what}")
                }
            }
        }
    }

    /// Sends a request and returns its whole reply (result or error).
    pub fn request_reply(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.wait_for(method, |m| m["id"] == id && m.get("method").is_none())
    }

    /// Sends a request and returns its result; an error fails the test.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let reply = self.request_reply(method, params);
        assert!(reply.get("error").is_none(), "{method} failed: {reply}");
        reply["result"].clone()
    }

    pub fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": null,
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "itu-resolution", "version": 1, "text": text } }),
        );
    }

    /// The diagnostics published for `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let msg = self.wait_for("publishDiagnostics", |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        msg["params"]["diagnostics"].as_array().unwrap().clone()
    }

    /// Waits until a publication for `uri` satisfies `pred` (versions and
    /// re-publications are not counted).
    pub fn diagnostics_until(
        &mut self,
        uri: &str,
        what: &str,
        pred: impl Fn(&[Value]) -> bool,
    ) -> Vec<Value> {
        let msg = self.wait_for(what, |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && pred(m["params"]["diagnostics"].as_array().unwrap())
        });
        msg["params"]["diagnostics"].as_array().unwrap().clone()
    }

    /// `shutdown` then `exit`, with the input left open: the server must
    /// end on `exit` alone, cleanly. Returns every byte it wrote.
    pub fn shutdown(mut self) -> Vec<u8> {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(10);
        match self.server {
            Server::Process(mut child) => loop {
                if let Some(status) = child.try_wait().unwrap() {
                    assert!(status.success(), "server exited with {status}");
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "server did not exit after `exit`"
                );
                std::thread::sleep(Duration::from_millis(20));
            },
            Server::InProcess(thread) => {
                while !thread.is_finished() {
                    assert!(Instant::now() < deadline, "server did not end after `exit`");
                    std::thread::sleep(Duration::from_millis(20));
                }
                assert!(thread.join().unwrap(), "shutdown came before exit: clean");
            }
        }
        // Let the reader thread drain the pipe.
        std::thread::sleep(Duration::from_millis(50));
        let raw = self.raw.lock().unwrap().clone();
        raw
    }
}

/// Client capabilities offering these position encodings.
pub fn encodings(list: &[&str]) -> Value {
    json!({ "general": { "positionEncodings": list } })
}

pub fn pos(line: usize, character: usize) -> Value {
    json!({ "line": line, "character": character })
}

/// A position in a document, as `textDocument/…` requests take it.
pub fn at(uri: &str, line: usize, character: usize) -> Value {
    json!({ "textDocument": { "uri": uri }, "position": pos(line, character) })
}

/// UTF-16 column of `needle` in line `line` of `text`.
pub fn col16(text: &str, line: usize, needle: &str) -> usize {
    let l = text.lines().nth(line).unwrap();
    l[..l.find(needle).unwrap()].encode_utf16().count()
}

pub fn codes(diags: &[Value]) -> Vec<&str> {
    diags.iter().map(|d| d["code"].as_str().unwrap()).collect()
}
