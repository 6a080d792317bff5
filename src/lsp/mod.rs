//! The language server: the only module that knows the Language Server
//! Protocol (`tower_lsp_server`, `ls_types`, JSON request types;
//! `tests/tidy.rs` enforces it).
//!
//! - `state`: the open documents (in a `DashMap`, each version's text,
//!   tree and analysis a [`crate::ide::FileAnalysis`]; a document too large
//!   to analyse keeps its text as a `ropey` rope), the workspace index,
//!   settings, the catalogue each document resolves against.
//! - `live`: the text a notification's changes apply to, one after another.
//! - `server`: the handlers, thin: convert in, call `ide`, convert out.
//! - `from_proto` / `to_proto`: every conversion, positions in the
//!   negotiated encoding (UTF-8 when offered, else UTF-16).
//! - `publisher` and `diagnostics`: the debounced diagnostics task.
//! - `transport`: drops malformed messages before they reach the
//!   transport, which would otherwise end the session.
//! - `capabilities`, `config`, `workspace`.
//!
//! Built on `tower-lsp-server` 0.23, the maintained continuation of
//! tower-lsp: tower-lsp 0.20 rejects `shutdown` sent with `"params": null`
//! and does not exit on `exit` while stdin stays open.

mod capabilities;
mod config;
mod diagnostics;
mod from_proto;
mod live;
mod parallel;
mod publisher;
mod server;
mod state;
mod to_proto;
mod transport;
mod word;
mod workspace;

use config::Settings;
use server::Backend;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::{LspService, Server};

/// Files larger than this are not analysed (a message says so).
const MAX_DOCUMENT_BYTES: usize = crate::files::MAX_FILE_BYTES as usize;
/// The language identifier clients give resolution drafts.
/// `workspace/executeCommand`: reletter every document of the file whose
/// URI is the first argument.
const RELETTER_COMMAND: &str = "resolution-ls.reletterDocument";
/// `workspace/executeCommand`: the arguments are a document URI and a
/// position; the result is the locations of the parallel clause in the
/// document's other language versions (empty when there is none).
const PARALLEL_COMMAND: &str = "resolution-ls.parallelClause";
/// `[uri]` → `{ "uri", "text", "paragraphs", "trackedChanges" }`.
const WORD_TEXT_COMMAND: &str = "resolution-ls.wordDocumentText";
/// `[uri]` → `{ "path", "applied", "skipped" }` (`path` null when nothing
/// was written).
const WORD_FIX_COMMAND: &str = "resolution-ls.fixWordDocument";
/// The scheme of a Word document's text view: `resolution-docx:/path/a.docx`.
const WORD_SCHEME: &str = "resolution-docx";

/// The file a document URI stands for: a `file:` URI's path, or the Word
/// document a `resolution-docx:` view shows.
fn local_path(uri: &tower_lsp_server::ls_types::Uri) -> Option<std::path::PathBuf> {
    use std::str::FromStr;
    use tower_lsp_server::ls_types::Uri;
    if uri.scheme().as_str() == WORD_SCHEME {
        let rest = uri.as_str().strip_prefix(WORD_SCHEME)?.strip_prefix(':')?;
        let file = Uri::from_str(&format!("file://{}", rest.trim_start_matches("//"))).ok()?;
        return file.to_file_path().map(|p| p.into_owned());
    }
    uri.to_file_path().map(|p| p.into_owned())
}

/// A request without parameters: the counts of analyses started, finished
/// and cancelled (see `Backend::analysis_counts`).
const ANALYSIS_COUNTS: &str = "resolutionLs/analysisCounts";
/// Where the rule pages (`docs/rules/<CODE>.md`) are published, given at
/// build time (`RESOLUTION_LS_DOCS_URL=https://…/docs/rules cargo build`):
/// a diagnostic links to `<base>/<CODE>.md`. Until the project has a public
/// address there is no link rather than one to a page that does not exist;
/// `resolution-ls rule CODE` prints the page.
const DOCS_URL: Option<&str> = option_env!("RESOLUTION_LS_DOCS_URL");

/// Serves LSP over `input`/`output` until the client says `exit` (or
/// closes `input`). True when the client asked for `shutdown` first: the
/// protocol wants exit status 0 then, 1 otherwise.
pub async fn serve(
    input: impl AsyncRead + Unpin + Send + 'static,
    output: impl AsyncWrite,
) -> bool {
    let (checked, forward_to) = tokio::io::duplex(1 << 16);
    tokio::spawn(transport::forward_valid_messages(input, forward_to));
    let mut shutdown = None;
    let (service, socket) = LspService::build(|client| {
        let backend = Backend::new(client);
        shutdown = Some(backend.shutdown_flag());
        backend
    })
    .custom_method(ANALYSIS_COUNTS, Backend::analysis_counts)
    .finish();
    Server::new(checked, output, socket).serve(service).await;
    shutdown.is_some_and(|f| f.load(std::sync::atomic::Ordering::SeqCst))
}

/// How many sessions' states are alive in this process: a session's state
/// (open documents, index, settings) is dropped once the session ends, so
/// that a process serving many sessions in turn (the tests, the fuzzer)
/// does not keep them all.
pub fn live_sessions() -> usize {
    state::LIVE.load(std::sync::atomic::Ordering::SeqCst)
}

/// Serves LSP on stdin/stdout (nothing else ever writes to stdout); see
/// [`serve`].
pub async fn run_stdio() -> bool {
    serve(tokio::io::stdin(), tokio::io::stdout()).await
}
