//! The protocol handlers. Handlers are thin: convert in ([`from_proto`]),
//! call [`crate::ide`] on a blocking thread (a panic there becomes an error
//! reply, not a dead server), convert out ([`to_proto`]). The state they
//! share lives in [`super::state`].
//!
//! Notifications that change documents (`didOpen`, `didChange`,
//! `didClose`) apply their change before their first `.await`, so they
//! take effect in the order the client sent them.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use dashmap::DashMap;
use serde_json::Value;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::capabilities::{server_capabilities, ClientFlags};
use super::diagnostics;
use super::live::LiveText;
use super::publisher::{debounce, Publisher};
use super::state::{refusal, Doc, Shared, State};
use super::workspace::Index;
use super::{config, from_proto, to_proto, MAX_DOCUMENT_BYTES, RELETTER_COMMAND};
use crate::files;
use crate::ide::{self, FileAnalysis, Target};
use crate::text::{PositionEncoding, TextEdit, TextRange};

/// The language server. Cheap to clone: its state is shared behind an `Arc`.
#[derive(Clone)]
pub struct Backend {
    shared: Arc<Shared>,
    /// Set by `shutdown`, read by [`super::serve`] for the exit status.
    shutdown: Arc<AtomicBool>,
}

impl Backend {
    /// A server talking to `client`; spawns its diagnostics task (call it
    /// inside a Tokio runtime, as `LspService::new` does).
    pub fn new(client: Client) -> Backend {
        let (publisher, rx) = Publisher::new();
        super::state::LIVE.fetch_add(1, Ordering::SeqCst);
        let shared = Arc::new(Shared {
            client,
            docs: DashMap::new(),
            index: Index::default(),
            state: RwLock::new(State::default()),
            publisher,
            generation: AtomicU64::new(0),
            catalogues: DashMap::new(),
            projects: DashMap::new(),
            shared_catalogue: std::sync::Mutex::new(None),
            analysing: DashMap::new(),
            analyses: Default::default(),
            learning: AtomicU64::new(0),
            official_watched: AtomicBool::new(false),
            parallel_announced: DashMap::new(),
        });
        tokio::spawn(diagnostics::run(Arc::downgrade(&shared), rx));
        Backend {
            shared,
            shutdown: Arc::new(AtomicBool::new(false)),
        }
    }

    /// True once the client has asked for `shutdown`.
    pub fn shutdown_flag(&self) -> Arc<AtomicBool> {
        self.shutdown.clone()
    }

    /// `resolutionLs/analysisCounts`: how many analyses of open documents
    /// were started, finished (`rechecked`: of those, how many were made
    /// from the previous version's findings) and cancelled by a newer
    /// version, and how many run now. A test hook, and a way to see why
    /// the server is busy.
    pub async fn analysis_counts(&self) -> Result<Value> {
        let counts = &self.shared.analyses;
        Ok(serde_json::json!({
            "started": counts.started.load(Ordering::SeqCst),
            "finished": counts.finished.load(Ordering::SeqCst),
            "cancelled": counts.cancelled.load(Ordering::SeqCst),
            "rechecked": counts.rechecked.load(Ordering::SeqCst),
            "running": self.shared.analysing.len(),
        }))
    }

    /// Runs `f` on a blocking thread with the analysis of `uri` (nothing
    /// when the document is unknown or refused).
    async fn with_file<T: Send + 'static>(
        &self,
        uri: &Uri,
        f: impl FnOnce(&Shared, &Uri, &FileAnalysis, PositionEncoding) -> Option<T> + Send + 'static,
    ) -> Result<Option<T>> {
        let Some(file) = self.shared.analysis(uri) else {
            return Ok(None);
        };
        let (shared, uri) = (self.shared.clone(), uri.clone());
        blocking(move || {
            let encoding = shared.encoding();
            f(&shared, &uri, &file, encoding)
        })
        .await
    }

    /// [`super::PARALLEL_COMMAND`]: the locations of the parallel
    /// clause of the position given (a URI and a position).
    async fn parallel_clause(&self, arguments: Vec<Value>) -> Result<Option<Value>> {
        let uri = arguments
            .first()
            .and_then(|v| serde_json::from_value::<Uri>(v.clone()).ok());
        let position = arguments
            .get(1)
            .and_then(|v| serde_json::from_value::<Position>(v.clone()).ok());
        let (Some(uri), Some(position)) = (uri, position) else {
            return Err(Error::invalid_params(
                "expected the document URI and a position as arguments",
            ));
        };
        let found = self
            .with_file(&uri, move |s, uri, file, enc| {
                let at = from_proto::offset(file, position, enc);
                Some(super::parallel::locations(s, uri, file, at, enc))
            })
            .await?
            .unwrap_or_default();
        Ok(Some(serde_json::to_value(found).unwrap_or_default()))
    }

    /// Opens a document; returns why it is refused, if it is.
    fn open(&self, uri: Uri, version: i32, text: String) -> Option<String> {
        let refused = refusal(&uri, text.len(), text.contains('\0'));
        let (analysis, raw) = match refused {
            Some(_) => (FileAnalysis::parse(""), Some(ropey::Rope::from_str(&text))),
            None => {
                // A Word document's text view: its tracked changes too.
                let tracked = super::word::tracked_changes_for(&self.shared, &uri, &text);
                // Parsed with the model, by the diagnostics task, not here
                // on the async runtime.
                let analysis =
                    FileAnalysis::unparsed(Arc::new(text), self.shared.language_for(&uri))
                        .with_tracked_changes(tracked);
                (analysis, None)
            }
        };
        self.shared.catalogues.remove(&uri);
        self.shared.docs.insert(
            uri,
            Doc {
                version,
                analysis: Arc::new(analysis),
                taught: Arc::from(Vec::new()),
                refused: refused.clone(),
                raw,
            },
        );
        refused
    }

    /// Applies content changes in order, converting each range with the
    /// text as left by the previous change, and re-parses incrementally.
    /// Costs one copy of the text (made by [`FileAnalysis::edit`]) and the
    /// re-parse of what the edits touched.
    fn change(
        &self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Changed {
        let encoding = self.shared.encoding();
        // Before the document's guard: this may read a configuration file.
        let language = self.shared.language_for(uri);
        // The new version is built outside the document map's guard (a
        // re-parse of a large draft must not block the other handlers and
        // the diagnostics task, which look the document up), from a
        // snapshot taken under a short read guard: texts, ropes and analyses
        // are shared, cloning them is cheap.
        let (base_version, base, raw, was_refused) = {
            let Some(doc) = self.shared.docs.get(uri) else {
                return Changed::Unknown;
            };
            if version <= doc.version {
                tracing::warn!(
                    "ignored stale change to {} (version {version}, have {})",
                    uri.as_str(),
                    doc.version
                );
                return Changed::Stale;
            }
            (
                doc.version,
                doc.analysis.clone(),
                doc.raw.clone(),
                doc.refused.is_some(),
            )
        };
        // A refused document keeps its text as a rope only (its analysis is
        // of nothing).
        let mut live = match raw {
            Some(raw) => LiveText::Rope(raw),
            None => LiveText::Version(&base),
        };
        let mut edits: Vec<TextEdit> = Vec::new();
        let mut full = was_refused;
        for change in changes {
            let Some(range) = change.range else {
                live.replace(change.text);
                full = true;
                edits.clear();
                continue;
            };
            let start = live.offset(range.start, encoding, &edits);
            let end = live.offset(range.end, encoding, &edits).max(start);
            live.apply(start, end, &change.text);
            edits.push(TextEdit {
                range: TextRange::new(start, end),
                new_text: change.text,
            });
        }
        // A NUL makes the text binary; too large is refused whatever it holds.
        let len = live.len(&edits);
        let has_nul = len <= MAX_DOCUMENT_BYTES && live.has_nul(&edits);
        let refused = refusal(uri, len, has_nul);
        let (analysis, raw) = if refused.is_some() {
            (
                Arc::new(FileAnalysis::parse("")),
                Some(live.into_rope(&edits)),
            )
        } else if full {
            let text = Arc::new(live.into_string(&edits));
            (Arc::new(FileAnalysis::unparsed(text, language)), None)
        } else {
            // Incremental: the earlier model is reused where the edit allows.
            let next = Arc::new(base.edit(&edits));
            debug_assert_eq!(
                next.text().len(),
                len,
                "live text and analysed text diverged"
            );
            (next, None)
        };
        let Some(mut doc) = self.shared.docs.get_mut(uri) else {
            return Changed::Unknown;
        };
        if doc.version != base_version {
            // Another change was applied meanwhile (notifications are
            // handled in order, so this does not happen): this one was
            // computed from an older text and is dropped.
            tracing::warn!(
                "dropped change to {} (version {version}): the text moved on",
                uri.as_str()
            );
            return Changed::Stale;
        }
        doc.version = version;
        doc.refused = refused;
        doc.analysis = analysis;
        doc.raw = raw;
        match &doc.refused {
            Some(why) if !was_refused => Changed::NowRefused(why.clone()),
            _ => Changed::Applied,
        }
    }

    async fn apply_settings(&self, value: &Value) {
        let (settings, mut problems) = config::parse(value);
        let (roots, reindex, relearn) = {
            let mut state = self.shared.state.write().unwrap_or_else(|e| e.into_inner());
            let reindex =
                state.initialized && settings.file_patterns != state.settings.file_patterns;
            let relearn = settings.official_texts != state.settings.official_texts
                || settings.cache_directory != state.settings.cache_directory;
            state.settings = settings;
            (state.roots.clone(), reindex, relearn)
        };
        problems.extend(self.reload_user_catalogue().await);
        self.report(&problems, "settings").await;
        // The stated language may have changed: the documents are read again.
        self.shared.reanalyse_open_documents();
        self.shared.invalidate(None);
        if reindex {
            self.index_in_background(roots);
        }
        if relearn {
            self.learn_official_texts();
        }
    }

    /// Reads the `officialTexts` folders on a blocking thread (each from
    /// its cache where the cache holds it), then layers what they teach
    /// into every document's catalogue and re-checks the open documents.
    /// A client log line says how many files were read and how many came
    /// from the cache; files that could not be read are shown.
    fn learn_official_texts(&self) {
        let shared = self.shared.clone();
        let ticket = shared.learning.fetch_add(1, Ordering::SeqCst) + 1;
        let (folders, cache) = {
            let state = self.shared.state.read().unwrap_or_else(|e| e.into_inner());
            let home = std::env::var_os("HOME").map(PathBuf::from);
            let resolve = |p: &PathBuf| -> PathBuf {
                if let (Ok(rest), Some(home)) = (p.strip_prefix("~"), home.as_ref()) {
                    return home.join(rest);
                }
                match state.roots.first() {
                    Some(root) if p.is_relative() => root.join(p),
                    _ => p.clone(),
                }
            };
            let folders: Vec<PathBuf> = state.settings.official_texts.iter().map(resolve).collect();
            let cache = match &state.settings.cache_directory {
                Some(dir) => Some(resolve(dir)),
                None => files::cache::default_dir(),
            };
            (folders, cache)
        };
        let this = self.clone();
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            let learnt = tokio::task::spawn_blocking(move || {
                let builtin = crate::catalogue::Catalogue::builtin();
                folders
                    .into_iter()
                    .map(|f| {
                        let learnt = files::cache::learn_folder(&f, cache.as_deref(), &builtin);
                        (f, learnt)
                    })
                    .collect::<Vec<_>>()
            })
            .await;
            let learnt = match learnt {
                Ok(l) => l,
                Err(e) => {
                    tracing::error!("reading the official texts failed: {e}");
                    return;
                }
            };
            let entries: Vec<crate::catalogue::Entry> = learnt
                .iter()
                .flat_map(|(_, l)| l.entries.iter().cloned())
                .collect();
            let rewatch = {
                let mut state = shared.state.write().unwrap_or_else(|e| e.into_inner());
                if shared.learning.load(Ordering::SeqCst) != ticket {
                    return; // The settings changed meanwhile: a newer reading runs.
                }
                state.official_entries = entries.into();
                // As configured (resolved) and canonical: a watched change
                // may name either.
                let folders: Vec<(PathBuf, PathBuf)> = learnt
                    .iter()
                    .map(|(f, l)| (f.clone(), l.folder.clone()))
                    .collect();
                let changed = folders != state.official_folders;
                state.official_folders = folders;
                state.initialized && changed
            };
            shared.invalidate(None);
            if rewatch {
                this.watch_official_texts();
            }
            let learnt: Vec<files::cache::FolderLearnt> =
                learnt.into_iter().map(|(_, l)| l).collect();
            if learnt.is_empty() {
                return;
            }
            let sum =
                |f: fn(&files::cache::FolderLearnt) -> usize| learnt.iter().map(f).sum::<usize>();
            let message = format!(
                "resolution-ls official texts: {} text(s) from {} file(s) in {} folder(s): {} file(s) read, {} from the cache, in {:.0?}",
                sum(|l| l.texts),
                sum(|l| l.files),
                learnt.len(),
                sum(|l| l.read),
                sum(|l| l.cached),
                started.elapsed()
            );
            tracing::info!("{message}");
            shared.client.log_message(MessageType::INFO, message).await;
            let (errors, notes): (Vec<_>, Vec<_>) = learnt
                .iter()
                .flat_map(|l| l.problems.iter())
                .partition(|p| p.error);
            for note in &notes {
                tracing::info!("official texts: {note}");
            }
            if !errors.is_empty() {
                let shown: Vec<String> = errors.iter().take(5).map(|p| p.to_string()).collect();
                let more = errors.len().saturating_sub(shown.len());
                let message = format!(
                    "resolution-ls officialTexts: {}{}",
                    shown.join("; "),
                    if more > 0 {
                        format!(" (and {more} more)")
                    } else {
                        String::new()
                    }
                );
                shared
                    .client
                    .show_message(MessageType::WARNING, message)
                    .await;
            }
        });
    }

    /// Reads the user's catalogue file again; returns its problems.
    async fn reload_user_catalogue(&self) -> Vec<String> {
        let shared = self.shared.clone();
        let loaded = blocking(move || {
            let (configured, roots) = {
                let state = shared.state.read().unwrap_or_else(|e| e.into_inner());
                (state.settings.catalogue.clone(), state.roots.clone())
            };
            // The configured file (relative paths from the first workspace
            // folder), else `resolution-catalogue.tsv` atop each folder.
            let (explicit, folders) = match configured {
                Some(p) if p.is_absolute() => (vec![p], Vec::new()),
                Some(p) => (
                    vec![roots.first().map_or(p.clone(), |r| r.join(&p))],
                    Vec::new(),
                ),
                None => (Vec::new(), roots),
            };
            let (entries, problems) = files::load_user_catalogues(&explicit, &folders);
            shared
                .state
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .user_entries = entries;
            Some(problems)
        })
        .await;
        loaded.ok().flatten().unwrap_or_default()
    }

    /// Tells the user what is wrong with their settings or catalogue.
    async fn report(&self, problems: &[String], what: &str) {
        if problems.is_empty() {
            return;
        }
        let message = format!("resolution-ls {what}: {}", problems.join("; "));
        tracing::warn!("{message}");
        self.shared
            .client
            .show_message(MessageType::WARNING, message)
            .await;
    }

    /// Asks the client for the `resolutionLs` section (clients that send
    /// `didChangeConfiguration` without settings expect to be asked).
    fn pull_settings(&self) {
        let this = self.clone();
        tokio::spawn(async move {
            let item = ConfigurationItem {
                scope_uri: None,
                section: Some("resolutionLs".into()),
            };
            let asked = this.shared.client.configuration(vec![item]);
            match tokio::time::timeout(Duration::from_secs(5), asked).await {
                Ok(Ok(values)) => {
                    if let Some(value) = values.into_iter().next().filter(|v| !is_blank(v)) {
                        this.apply_settings(&value).await;
                    }
                }
                Ok(Err(e)) => tracing::info!("workspace/configuration failed: {e}"),
                Err(_) => tracing::info!("workspace/configuration: no answer within 5 s"),
            }
        });
    }

    /// Indexes `roots` on a blocking thread, then re-checks the open
    /// documents (their citations may resolve differently now).
    fn index_in_background(&self, roots: Vec<PathBuf>) {
        if roots.is_empty() {
            return;
        }
        let shared = self.shared.clone();
        tokio::spawn(async move {
            let patterns = shared.settings().file_patterns;
            let started = std::time::Instant::now();
            let s = shared.clone();
            let count = tokio::task::spawn_blocking(move || s.index.index_roots(&roots, &patterns))
                .await
                .unwrap_or(0);
            tracing::info!(
                "indexed {count} workspace file(s) in {:?}",
                started.elapsed()
            );
            shared.invalidate(None);
        });
    }

    /// Asks the client to report changes in the `officialTexts` folders
    /// (when it takes a folder and a pattern, and once initialized): a
    /// changed file is read again, the rest comes from the cache. The
    /// previous registration, if any, is replaced.
    fn watch_official_texts(&self) {
        let (folders, flags, initialized) = {
            let state = self.shared.state.read().unwrap_or_else(|e| e.into_inner());
            let folders: Vec<PathBuf> = state
                .official_folders
                .iter()
                .map(|(_, c)| c.clone())
                .collect();
            (folders, state.client, state.initialized)
        };
        if !(flags.watch_files && flags.relative_patterns && initialized) {
            return;
        }
        let client = self.shared.client.clone();
        let registered = self
            .shared
            .official_watched
            .swap(!folders.is_empty(), Ordering::SeqCst);
        const ID: &str = "resolution-ls-watch-official-texts";
        tokio::spawn(async move {
            if registered {
                let _ = client
                    .unregister_capability(vec![Unregistration {
                        id: ID.into(),
                        method: "workspace/didChangeWatchedFiles".into(),
                    }])
                    .await;
            }
            let watchers: Vec<FileSystemWatcher> = folders
                .iter()
                .filter_map(Uri::from_file_path)
                .map(|uri| FileSystemWatcher {
                    glob_pattern: GlobPattern::Relative(RelativePattern {
                        base_uri: OneOf::Right(uri),
                        pattern: "**/*.{txt,md,markdown,res,xml,akn}".into(),
                    }),
                    kind: None,
                })
                .collect();
            if watchers.is_empty() {
                return;
            }
            let registration = Registration {
                id: ID.into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                    watchers,
                })
                .ok(),
            };
            if let Err(e) = client.register_capability(vec![registration]).await {
                tracing::info!("client did not accept watching the official texts: {e}");
            }
        });
    }

    /// Asks the client to report changes to drafts, catalogue files and
    /// files matching the user's `filePatterns` (as set at initialization).
    fn register_file_watcher(&self) {
        let client = self.shared.client.clone();
        let extensions = files::DRAFT_EXTENSIONS.join(",");
        let mut globs = vec![format!("**/*.{{{extensions},tsv,xml,akn}}")];
        globs.extend(files::CONFIG_NAMES.iter().map(|n| format!("**/{n}")));
        for p in self.shared.settings().file_patterns {
            globs.push(if p.contains('/') {
                p
            } else {
                format!("**/{p}")
            });
        }
        tokio::spawn(async move {
            let watchers = globs
                .into_iter()
                .map(|glob| FileSystemWatcher {
                    glob_pattern: GlobPattern::String(glob),
                    kind: None,
                })
                .collect();
            let registration = Registration {
                id: "resolution-ls-watch".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                    watchers,
                })
                .ok(),
            };
            if let Err(e) = client.register_capability(vec![registration]).await {
                tracing::info!("client did not accept file watching: {e}");
            }
        });
    }
}

/// What a `didChange` did.
enum Changed {
    Applied,
    /// The change made the document too large or binary.
    NowRefused(String),
    Stale,
    Unknown,
}

/// `null`, `{}`, `[]`: no settings (Neovim's Lua sends an empty table as `[]`).
fn is_blank(value: &Value) -> bool {
    value.is_null()
        || value.as_object().is_some_and(|o| o.is_empty())
        || value.as_array().is_some_and(|a| a.is_empty())
}

/// Runs `f` on a blocking thread; a panic becomes an internal error.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Option<T> + Send + 'static,
) -> Result<Option<T>> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        tracing::error!("request failed: {e}");
        Error {
            message: format!("resolution-ls failed on this request: {e}").into(),
            ..Error::internal_error()
        }
    })
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = from_proto::negotiate_encoding(&params);
        let mut roots: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
            .collect();
        #[allow(deprecated)]
        if roots.is_empty() {
            roots.extend(
                params
                    .root_uri
                    .as_ref()
                    .and_then(|u| u.to_file_path())
                    .map(|p| p.into_owned()),
            );
        }
        {
            let mut state = self.shared.state.write().unwrap_or_else(|e| e.into_inner());
            state.encoding = encoding;
            state.roots = roots;
            state.client = ClientFlags::of(&params);
            state.locale = params
                .locale
                .as_deref()
                .and_then(crate::i18n::language_of_locale);
        }
        if let Some(options) = params.initialization_options.filter(|o| !is_blank(o)) {
            self.apply_settings(&options).await;
        }
        Ok(InitializeResult {
            capabilities: server_capabilities(encoding),
            server_info: Some(ServerInfo {
                name: "resolution-ls".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let (roots, flags) = {
            let mut state = self.shared.state.write().unwrap_or_else(|e| e.into_inner());
            state.initialized = true;
            (state.roots.clone(), state.client)
        };
        if flags.watch_files {
            self.register_file_watcher();
            // When the folders were read before `initialized` (else the
            // reading asks for the watcher when it ends).
            self.watch_official_texts();
        }
        self.index_in_background(roots);
    }

    async fn shutdown(&self) -> Result<()> {
        self.shutdown.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let refused = self.open(doc.uri.clone(), doc.version, doc.text);
        // The first findings of a document need no debounce.
        self.shared.publisher.schedule(doc.uri, Duration::ZERO);
        if let Some(why) = refused {
            self.shared
                .client
                .show_message(MessageType::WARNING, why)
                .await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let changed = self.change(&uri, params.text_document.version, params.content_changes);
        if let Changed::Applied | Changed::NowRefused(_) = changed {
            self.shared.publisher.schedule(uri, debounce());
        }
        if let Changed::NowRefused(why) = changed {
            self.shared
                .client
                .show_message(MessageType::WARNING, why)
                .await;
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let closed = self.shared.docs.remove(&uri);
        self.shared.catalogues.remove(&uri);
        self.shared.parallel_announced.remove(&uri);
        if closed.is_some_and(|(_, doc)| !doc.taught.is_empty()) {
            self.shared.invalidate(None);
        }
        self.shared
            .client
            .publish_diagnostics(uri, Vec::new(), None)
            .await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        if !is_blank(&params.settings) {
            self.apply_settings(&params.settings).await;
        } else if self
            .shared
            .state
            .read()
            .is_ok_and(|s| s.client.configuration)
        {
            self.pull_settings();
        }
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        let paths = |folders: Vec<WorkspaceFolder>| -> Vec<PathBuf> {
            folders
                .into_iter()
                .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
                .collect()
        };
        let (added, removed) = (paths(params.event.added), paths(params.event.removed));
        {
            let mut state = self.shared.state.write().unwrap_or_else(|e| e.into_inner());
            state.roots.retain(|r| !removed.contains(r));
            state.roots.extend(added.iter().cloned());
        }
        for root in &removed {
            self.shared.index.remove_under(root);
        }
        self.shared.invalidate(None);
        self.index_in_background(added);
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let changes: Vec<(PathBuf, FileChangeType)> = params
            .changes
            .into_iter()
            .filter_map(|c| Some((c.uri.to_file_path()?.into_owned(), c.typ)))
            .collect();
        let settings = self.shared.settings();
        let roots = self
            .shared
            .state
            .read()
            .map(|s| s.roots.clone())
            .unwrap_or_default();
        let catalogue_changed = changes
            .iter()
            .any(|(p, _)| p.extension().is_some_and(|e| e == "tsv"));
        let config_changed = changes.iter().any(|(p, _)| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| files::CONFIG_NAMES.contains(&n))
        });
        let official = self
            .shared
            .state
            .read()
            .map(|s| s.official_folders.clone())
            .unwrap_or_default();
        if changes.iter().any(|(p, _)| {
            official
                .iter()
                .any(|(f, c)| p.starts_with(f) || p.starts_with(c))
        }) {
            // Read again through the cache: only what changed is read.
            self.learn_official_texts();
        }
        let shared = self.shared.clone();
        let index_changed = blocking(move || {
            let mut changed = false;
            for (path, typ) in changes {
                if typ == FileChangeType::DELETED {
                    changed |= shared.index.remove(&path);
                } else if files::admitted(&path, &roots, &settings.file_patterns) {
                    changed |= shared.index.index_file(&path);
                } else {
                    changed |= shared.index.remove(&path);
                }
            }
            Some(changed)
        })
        .await
        .ok()
        .flatten()
        .unwrap_or(false);
        if catalogue_changed {
            let problems = self.reload_user_catalogue().await;
            self.report(&problems, "catalogue").await;
        }
        if config_changed {
            self.shared.projects.clear();
            self.shared.reanalyse_open_documents();
        }
        if catalogue_changed || index_changed || config_changed {
            self.shared.invalidate(None);
        }
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        self.with_file(&p.text_document.uri, move |s, uri, file, enc| {
            let at = from_proto::offset(file, p.position, enc);
            let h = ide::hover(file, at, &s.catalogue_for(uri), s.messages_for(uri));
            // The same clause in the other language versions, after what
            // the hover says of the clause itself.
            let h = super::parallel::with_parallel_hover(s, uri, file, at, h)?;
            Some(to_proto::hover(file, h, enc))
        })
        .await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        self.with_file(&p.text_document.uri, move |s, uri, file, enc| {
            let at = from_proto::offset(file, p.position, enc);
            let workspace = s.all_files();
            let location = match ide::definition(file, at, &s.catalogue_for(uri), &workspace)? {
                Target::Here(r) => s.location(uri, r, enc),
                Target::Document(other, r) => s.location(&other, r, enc),
                Target::Catalogue(..) => None,
            };
            location.map(GotoDefinitionResponse::Scalar)
        })
        .await
    }

    /// "Go to the parallel clause": the same clause in the document's other
    /// language versions (`implementation`, which editors offer without a
    /// custom client).
    async fn goto_implementation(
        &self,
        params: tower_lsp_server::ls_types::request::GotoImplementationParams,
    ) -> Result<Option<tower_lsp_server::ls_types::request::GotoImplementationResponse>> {
        let p = params.text_document_position_params;
        self.with_file(&p.text_document.uri, move |s, uri, file, enc| {
            let at = from_proto::offset(file, p.position, enc);
            let found = super::parallel::locations(s, uri, file, at, enc);
            (!found.is_empty()).then_some(GotoDefinitionResponse::Array(found))
        })
        .await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let include_declaration = params.context.include_declaration;
        self.with_file(&p.text_document.uri, move |s, uri, file, enc| {
            let at = from_proto::offset(file, p.position, enc);
            let workspace = s.all_files();
            let catalogue = s.catalogue_for(uri);
            let found = ide::references(uri, file, at, &catalogue, &workspace, include_declaration);
            Some(
                found
                    .into_iter()
                    .filter_map(|(u, r)| s.location(&u, r, enc))
                    .collect(),
            )
        })
        .await
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params;
        self.with_file(&p.text_document.uri, move |s, uri, file, enc| {
            let at = from_proto::offset(file, p.position, enc);
            let found = ide::highlights(file, at, &s.catalogue_for(uri));
            (!found.is_empty()).then(|| {
                found
                    .into_iter()
                    .map(|h| DocumentHighlight {
                        range: to_proto::range(file, h.range, enc),
                        kind: Some(if h.declaration {
                            DocumentHighlightKind::WRITE
                        } else {
                            DocumentHighlightKind::READ
                        }),
                    })
                    .collect()
            })
        })
        .await
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        self.with_file(&params.text_document.uri, |_, _, file, enc| {
            let symbols = ide::document_symbols(file)
                .iter()
                .map(|s| to_proto::document_symbol(file, s, enc))
                .collect();
            Some(DocumentSymbolResponse::Nested(symbols))
        })
        .await
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let shared = self.shared.clone();
        blocking(move || {
            let enc = shared.encoding();
            let found = shared.all_files().into_iter().flat_map(|(uri, file)| {
                ide::workspace_symbols(&file, &params.query)
                    .into_iter()
                    .map(|s| to_proto::workspace_symbol(&uri, &file, s, enc))
                    .collect::<Vec<_>>()
            });
            Some(WorkspaceSymbolResponse::Flat(found.collect()))
        })
        .await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        self.with_file(&params.text_document.uri, move |s, uri, file, enc| {
            let wanted = from_proto::text_range(file, params.range, enc);
            let found = s.findings(uri, file);
            let actions = ide::code_actions(file, wanted, &found, s.messages_for(uri));
            Some(
                actions
                    .iter()
                    .map(|a| to_proto::code_action(uri, file, a, &found, enc))
                    .collect(),
            )
        })
        .await
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        use super::{WORD_FIX_COMMAND, WORD_TEXT_COMMAND};
        if params.command == super::PARALLEL_COMMAND {
            return self.parallel_clause(params.arguments).await;
        }
        if params.command == WORD_TEXT_COMMAND || params.command == WORD_FIX_COMMAND {
            let shared = self.shared.clone();
            let fix = params.command == WORD_FIX_COMMAND;
            let arguments = params.arguments;
            let done = blocking(move || {
                Some(if fix {
                    super::word::fix(&shared, &arguments)
                } else {
                    super::word::text(&shared, &arguments)
                })
            })
            .await?;
            return match done {
                Some(Ok(value)) => Ok(Some(value)),
                Some(Err(why)) => Err(Error::invalid_params(why)),
                None => Ok(None),
            };
        }
        if params.command != RELETTER_COMMAND {
            return Err(Error::invalid_params(format!(
                "unknown command `{}` (known: {RELETTER_COMMAND}, {}, {WORD_TEXT_COMMAND}, {WORD_FIX_COMMAND})",
                params.command,
                super::PARALLEL_COMMAND
            )));
        }
        let Some(uri) = params
            .arguments
            .first()
            .and_then(|v| serde_json::from_value::<Uri>(v.clone()).ok())
        else {
            return Err(Error::invalid_params(
                "expected the document URI as the first argument",
            ));
        };
        let edit = self
            .with_file(&uri, |s, uri, file, enc| {
                let fix = ide::reletter_all(file, s.messages_for(uri))?;
                Some(to_proto::workspace_edit(uri, file, &fix, enc))
            })
            .await?;
        let Some(edit) = edit else {
            return Ok(Some(serde_json::json!({ "changed": false })));
        };
        let applied = self
            .shared
            .client
            .apply_edit(edit)
            .await
            .map(|r| r.applied)
            .unwrap_or(false);
        Ok(Some(serde_json::json!({ "changed": applied })))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let p = params.text_document_position;
        self.with_file(&p.text_document.uri, move |s, uri, file, enc| {
            let at = from_proto::offset(file, p.position, enc);
            let items = ide::completions(file, at, &s.catalogue_for(uri), s.messages_for(uri))
                .into_iter()
                .enumerate()
                .map(|(i, c)| to_proto::completion_item(file, i, c, enc))
                .collect();
            Some(CompletionResponse::Array(items))
        })
        .await
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        self.with_file(&params.text_document.uri, |_, _, file, _| {
            Some(
                ide::folding_ranges(file)
                    .into_iter()
                    .map(|f| to_proto::folding_range(file, f))
                    .collect(),
            )
        })
        .await
    }

    async fn selection_range(
        &self,
        params: SelectionRangeParams,
    ) -> Result<Option<Vec<SelectionRange>>> {
        self.with_file(&params.text_document.uri, move |_, _, file, enc| {
            let ranges = params.positions.iter().map(|pos| {
                let chain = ide::selection_ranges(file, from_proto::offset(file, *pos, enc));
                to_proto::selection_range(file, &chain, enc)
            });
            Some(ranges.collect())
        })
        .await
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        self.with_file(&params.text_document.uri, move |s, uri, file, enc| {
            let wanted = from_proto::text_range(file, params.range, enc);
            let placement = s.settings().inlay_hints;
            let hints = ide::inlay_hints(file, wanted, &s.catalogue_for(uri), placement)
                .into_iter()
                .map(|h| to_proto::inlay_hint(file, h, enc))
                .collect();
            Some(hints)
        })
        .await
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        self.with_file(&params.text_document.uri, |_, _, file, enc| {
            let tokens = ide::semantic_tokens(file);
            Some(SemanticTokensResult::Tokens(to_proto::semantic_tokens(
                file, &tokens, enc,
            )))
        })
        .await
    }
}
