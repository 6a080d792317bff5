//! The language server: the only place (with `convert`) that knows the
//! protocol. Handlers are thin: convert in, call [`crate::editor`], convert
//! out. Documents live in a `DashMap`; no map guard is ever held across an
//! `.await`.

mod config;
mod convert;
mod handlers;
mod workspace;

use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use dashmap::DashMap;
use ropey::Rope;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LspService, Server};

use crate::analysis::{self, Config};
use crate::catalogue::{Catalogue, Entry};
use crate::editor::Analysis;
use crate::syntax::SourceFile;
use crate::text::PositionEncoding;

pub use config::Settings;

/// Files larger than this are not analysed (a clear message says so).
pub const MAX_DOCUMENT_BYTES: usize = crate::cli::input::MAX_FILE_BYTES as usize;
/// How long the text must rest before diagnostics are computed, unless
/// `RESOLUTION_LS_DEBOUNCE_MS` says otherwise (the latency benchmark sets
/// it to 0 to measure the pipeline itself).
pub const DEBOUNCE: Duration = Duration::from_millis(200);

fn debounce() -> Duration {
    static DEBOUNCE_SETTING: std::sync::OnceLock<Duration> = std::sync::OnceLock::new();
    *DEBOUNCE_SETTING.get_or_init(|| {
        std::env::var("RESOLUTION_LS_DEBOUNCE_MS")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .map_or(DEBOUNCE, Duration::from_millis)
    })
}
pub const LANGUAGE_ID: &str = "itu-resolution";
pub const RELETTER_COMMAND: &str = "resolution-ls.reletterDocument";
/// Where each code is documented; a diagnostic links to `#<code>`.
pub const DOCS_URL: &str = "https://example.invalid/resolution-ls/docs/diagnostics.md";

/// Serves LSP on stdin/stdout until the client says `exit`.
pub async fn run_stdio() {
    let (service, socket) = LspService::new(Backend::new);
    Server::new(tokio::io::stdin(), tokio::io::stdout(), socket)
        .serve(service)
        .await;
}

/// One open document.
struct Doc {
    version: i32,
    /// The live text, for converting edit positions in O(log n).
    rope: Rope,
    analysis: Arc<Analysis>,
    /// Too large or binary: tracked but not analysed.
    disabled: bool,
}

#[derive(Default)]
struct State {
    encoding: PositionEncoding,
    settings: Settings,
    roots: Vec<PathBuf>,
    /// Entries of the user's catalogue file.
    user_entries: Vec<Entry>,
}

#[derive(Clone)]
pub struct Backend {
    client: Client,
    docs: Arc<DashMap<Uri, Doc>>,
    index: Arc<workspace::Index>,
    state: Arc<RwLock<State>>,
}

impl Backend {
    fn new(client: Client) -> Backend {
        Backend {
            client,
            docs: Arc::new(DashMap::new()),
            index: Arc::new(workspace::Index::default()),
            state: Arc::new(RwLock::new(State::default())),
        }
    }

    fn encoding(&self) -> PositionEncoding {
        self.state.read().map(|s| s.encoding).unwrap_or_default()
    }

    /// The analysis of an open document, unless it is disabled.
    fn analysis(&self, uri: &Uri) -> Option<Arc<Analysis>> {
        let doc = self.docs.get(uri)?;
        (!doc.disabled).then(|| doc.analysis.clone())
    }

    /// The catalogue a document's citations resolve against: built-in, the
    /// user's file, and every other workspace document's identity line.
    fn catalogue_for(&self, uri: &Uri) -> Catalogue {
        let mut entries: Vec<Entry> = self
            .state
            .read()
            .map(|s| s.user_entries.clone())
            .unwrap_or_default();
        let builtin = Catalogue::builtin();
        let open: Vec<(Uri, Arc<Analysis>)> = self
            .docs
            .iter()
            .filter(|d| d.key() != uri && !d.disabled)
            .map(|d| (d.key().clone(), d.analysis.clone()))
            .collect();
        for (other, analysis) in &open {
            entries.extend(workspace::taught_entries(other, analysis, &builtin));
        }
        entries.extend(self.index.taught_entries(uri, &open, &builtin));
        builtin.with_overlay(entries)
    }

    fn config_for(&self, uri: &Uri) -> Config {
        let severity = self
            .state
            .read()
            .map(|s| s.settings.severity.clone())
            .unwrap_or_default();
        Config {
            severity,
            catalogue: self.catalogue_for(uri),
            ..Config::default()
        }
    }

    /// Publishes diagnostics for `uri` once its text has rested, computed
    /// off the async runtime, and only if the document has not moved on.
    fn schedule_diagnostics(&self, uri: Uri, version: i32) {
        let this = self.clone();
        tokio::spawn(async move {
            tokio::time::sleep(debounce()).await;
            let current = this
                .docs
                .get(&uri)
                .filter(|d| d.version == version)
                .map(|d| (d.analysis.clone(), d.disabled));
            let Some((analysis, disabled)) = current else {
                return;
            };
            if disabled {
                this.client
                    .publish_diagnostics(uri, Vec::new(), Some(version))
                    .await;
                return;
            }
            let config = this.config_for(&uri);
            let encoding = this.encoding();
            let uri2 = uri.clone();
            let computed = tokio::task::spawn_blocking(move || {
                let diags = analysis.diagnostics(&config);
                handlers::to_lsp_diagnostics(&uri2, &analysis, &diags, encoding)
            })
            .await;
            let Ok(diagnostics) = computed else {
                tracing::error!("diagnostics task failed for {}", uri.as_str());
                return;
            };
            if this.docs.get(&uri).map(|d| d.version) != Some(version) {
                return;
            }
            this.client
                .publish_diagnostics(uri, diagnostics, Some(version))
                .await;
        });
    }

    fn reschedule_all(&self) {
        let open: Vec<(Uri, i32)> = self
            .docs
            .iter()
            .map(|d| (d.key().clone(), d.version))
            .collect();
        for (uri, version) in open {
            self.schedule_diagnostics(uri, version);
        }
    }

    async fn apply_settings(&self, value: &serde_json::Value) {
        let (settings, mut problems) = config::parse(value);
        let roots = self
            .state
            .read()
            .map(|s| s.roots.clone())
            .unwrap_or_default();
        let (entries, catalogue_problems) =
            workspace::load_user_catalogue(settings.catalogue.as_deref(), &roots);
        problems.extend(catalogue_problems);
        if let Ok(mut state) = self.state.write() {
            state.settings = settings;
            state.user_entries = entries;
        }
        if !problems.is_empty() {
            let message = format!("resolution-ls settings: {}", problems.join("; "));
            tracing::warn!("{message}");
            self.client
                .show_message(MessageType::WARNING, message)
                .await;
        }
        self.reschedule_all();
    }

    fn open(&self, uri: Uri, version: i32, text: String) -> Option<String> {
        let problem = if text.len() > MAX_DOCUMENT_BYTES {
            Some(format!(
                "{} is {} MiB, larger than the {} MiB resolution-ls analyses; it is not checked",
                uri.as_str(),
                text.len() >> 20,
                MAX_DOCUMENT_BYTES >> 20
            ))
        } else if text.contains('\0') {
            Some(format!(
                "{} looks like a binary file (it contains NUL characters); it is not checked",
                uri.as_str()
            ))
        } else {
            None
        };
        let disabled = problem.is_some();
        let analysis = Arc::new(Analysis::new(SourceFile::parse(if disabled {
            ""
        } else {
            text.as_str()
        })));
        self.docs.insert(
            uri,
            Doc {
                version,
                rope: Rope::from_str(&text),
                analysis,
                disabled,
            },
        );
        problem
    }

    /// Applies content changes in order to the open document. Returns the
    /// new version, or `None` when the change was stale or unknown.
    fn change(
        &self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
    ) -> Option<i32> {
        let encoding = self.encoding();
        let mut doc = self.docs.get_mut(uri)?;
        if version <= doc.version {
            tracing::warn!(
                "ignored stale change to {} (version {version} after {})",
                uri.as_str(),
                doc.version
            );
            return None;
        }
        let mut edits = Vec::new();
        let mut full = false;
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = convert::rope_offset(&doc.rope, range.start, encoding);
                    let end = convert::rope_offset(&doc.rope, range.end, encoding).max(start);
                    let (start_char, end_char) =
                        (doc.rope.byte_to_char(start), doc.rope.byte_to_char(end));
                    doc.rope.remove(start_char..end_char);
                    doc.rope.insert(start_char, &change.text);
                    edits.push(analysis::TextEdit {
                        range: crate::text::TextRange::new(start, end),
                        new_text: change.text,
                    });
                }
                None => {
                    doc.rope = Rope::from_str(&change.text);
                    full = true;
                    edits.clear();
                }
            }
        }
        doc.version = version;
        let was_disabled = doc.disabled;
        let len = doc.rope.len_bytes();
        // A NUL makes the text binary: check what changed, or everything
        // when the whole text was replaced or was binary before.
        let has_nul = if full || was_disabled {
            doc.rope.chars().any(|c| c == '\0')
        } else {
            edits.iter().any(|e| e.new_text.contains('\0'))
        };
        doc.disabled = len > MAX_DOCUMENT_BYTES || has_nul;
        let file = if doc.disabled {
            SourceFile::parse("")
        } else if full || was_disabled {
            SourceFile::parse(doc.rope.to_string())
        } else {
            // Incremental: the old tree is edited and reused.
            doc.analysis.file.edit(&edits)
        };
        debug_assert!(
            doc.disabled || file.text().len() == len,
            "rope and syntax text diverged"
        );
        doc.analysis = Arc::new(Analysis::new(file));
        Some(version)
    }
}

/// Capabilities, with the position encoding chosen from what the client offers.
fn capabilities(encoding: PositionEncoding) -> ServerCapabilities {
    let encoding_kind = match encoding {
        PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => PositionEncodingKind::UTF32,
    };
    ServerCapabilities {
        position_encoding: Some(encoding_kind),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_highlight_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::REFACTOR_REWRITE,
            ]),
            ..Default::default()
        })),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["（".into(), "(".into(), "第".into(), " ".into()]),
            ..Default::default()
        }),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        selection_range_provider: Some(SelectionRangeProviderCapability::Simple(true)),
        inlay_hint_provider: Some(OneOf::Left(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: handlers::token_legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                ..Default::default()
            },
        )),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![RELETTER_COMMAND.to_string()],
            ..Default::default()
        }),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..Default::default()
    }
}

/// UTF-8 when the client offers it (no conversion cost), else UTF-16, the
/// protocol's default.
fn negotiate_encoding(params: &InitializeParams) -> PositionEncoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(list) if list.contains(&PositionEncodingKind::UTF8) => PositionEncoding::Utf8,
        _ => PositionEncoding::Utf16,
    }
}
