//! The protocol handlers: convert in, call the editor layer, convert out.

use std::collections::HashMap;
use std::sync::Arc;

use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::LanguageServer;

use super::convert::{offset, range, text_range};
use super::{capabilities, negotiate_encoding, Backend, DOCS_URL, RELETTER_COMMAND};
use crate::analysis::{Diagnostic as CoreDiagnostic, Fix, Severity};
use crate::editor::{
    ActionKind, Analysis, CompletionKind as CoreCompletionKind, SymbolKind as CoreSymbolKind,
    Target, TokenKind,
};
use crate::text::{PositionEncoding, TextRange};

pub fn to_lsp_diagnostics(
    uri: &Uri,
    analysis: &Analysis,
    diags: &[CoreDiagnostic],
    encoding: PositionEncoding,
) -> Vec<Diagnostic> {
    let (index, text) = (&analysis.index, analysis.text());
    diags
        .iter()
        .map(|d| Diagnostic {
            range: range(index, text, d.range, encoding),
            severity: Some(match d.severity {
                Severity::Error => DiagnosticSeverity::ERROR,
                Severity::Warning => DiagnosticSeverity::WARNING,
                Severity::Information => DiagnosticSeverity::INFORMATION,
                Severity::Hint => DiagnosticSeverity::HINT,
            }),
            code: Some(NumberOrString::String(d.code.to_string())),
            code_description: format!("{DOCS_URL}#{}", d.code.to_lowercase())
                .parse()
                .ok()
                .map(|href| CodeDescription { href }),
            source: Some("resolution-ls".into()),
            message: d.message.clone(),
            related_information: (!d.related.is_empty()).then(|| {
                d.related
                    .iter()
                    .filter_map(|r| {
                        let uri = match &r.file {
                            None => uri.clone(),
                            Some(other) => other.parse().ok()?,
                        };
                        // Ranges in other files cannot be converted without
                        // their text; point at their start line.
                        let range = if r.file.is_none() {
                            range(index, text, r.range, encoding)
                        } else {
                            Range::default()
                        };
                        Some(DiagnosticRelatedInformation {
                            location: Location { uri, range },
                            message: r.message.clone(),
                        })
                    })
                    .collect()
            }),
            tags: None,
            data: None,
        })
        .collect()
}

fn workspace_edit(
    uri: &Uri,
    analysis: &Analysis,
    fix: &Fix,
    encoding: PositionEncoding,
) -> WorkspaceEdit {
    let edits = fix
        .edits
        .iter()
        .map(|e| TextEdit {
            range: range(&analysis.index, analysis.text(), e.range, encoding),
            new_text: e.new_text.clone(),
        })
        .collect();
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

pub fn token_legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TokenKind::ALL
            .iter()
            .map(|k| match k {
                TokenKind::Heading => SemanticTokenType::KEYWORD,
                TokenKind::Label => SemanticTokenType::ENUM_MEMBER,
                TokenKind::Citation => SemanticTokenType::TYPE,
                TokenKind::Footnote => SemanticTokenType::COMMENT,
                TokenKind::Title => SemanticTokenType::CLASS,
                TokenKind::Conference => SemanticTokenType::NAMESPACE,
            })
            .collect(),
        token_modifiers: Vec::new(),
    }
}

fn symbol(
    analysis: &Analysis,
    s: &crate::editor::Symbol,
    encoding: PositionEncoding,
) -> DocumentSymbol {
    let (index, text) = (&analysis.index, analysis.text());
    #[allow(deprecated)]
    DocumentSymbol {
        name: if s.name.trim().is_empty() {
            "¶".into()
        } else {
            s.name.clone()
        },
        detail: s.detail.clone(),
        kind: match s.kind {
            CoreSymbolKind::Document => SymbolKind::FILE,
            CoreSymbolKind::PreambleSection => SymbolKind::NAMESPACE,
            CoreSymbolKind::OperativeSection => SymbolKind::MODULE,
            CoreSymbolKind::Clause => SymbolKind::ENUM_MEMBER,
        },
        tags: None,
        deprecated: None,
        range: range(index, text, s.range, encoding),
        selection_range: range(index, text, s.selection, encoding),
        children: Some(
            s.children
                .iter()
                .map(|c| symbol(analysis, c, encoding))
                .collect(),
        ),
    }
}

impl Backend {
    fn at(&self, uri: &Uri, pos: Position) -> Option<(Arc<Analysis>, usize, PositionEncoding)> {
        let analysis = self.analysis(uri)?;
        let encoding = self.encoding();
        let at = offset(&analysis.index, analysis.text(), pos, encoding);
        Some((analysis, at, encoding))
    }

    /// Every analysed document: open ones first, then indexed files.
    fn all_documents(&self) -> Vec<(Uri, Arc<Analysis>)> {
        let mut out: Vec<(Uri, Arc<Analysis>)> = self
            .docs
            .iter()
            .filter(|d| !d.disabled)
            .map(|d| (d.key().clone(), d.analysis.clone()))
            .collect();
        let open: Vec<Uri> = out.iter().map(|(u, _)| u.clone()).collect();
        out.extend(self.index.snapshot(&open));
        out
    }

    fn location(&self, uri: &Uri, r: TextRange) -> Option<Location> {
        let analysis = self.analysis(uri).or_else(|| {
            let path = uri.to_file_path()?;
            self.index
                .files
                .get(path.as_ref())
                .map(|f| f.analysis.clone())
        })?;
        Some(Location {
            uri: uri.clone(),
            range: range(&analysis.index, analysis.text(), r, self.encoding()),
        })
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = negotiate_encoding(&params);
        let mut roots: Vec<std::path::PathBuf> = params
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
        if let Ok(mut state) = self.state.write() {
            state.encoding = encoding;
            state.roots = roots;
        }
        if let Some(options) = &params.initialization_options {
            self.apply_settings(options).await;
        }
        Ok(InitializeResult {
            capabilities: capabilities(encoding),
            server_info: Some(ServerInfo {
                name: "resolution-ls".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let this = self.clone();
        tokio::spawn(async move {
            let watchers = vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String("**/*.{res,resolution,txt,md,tsv}".into()),
                kind: None,
            }];
            let registration = Registration {
                id: "resolution-ls-watch".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: serde_json::to_value(DidChangeWatchedFilesRegistrationOptions {
                    watchers,
                })
                .ok(),
            };
            if let Err(e) = this.client.register_capability(vec![registration]).await {
                tracing::info!("client did not accept file watching: {e}");
            }
        });
        let this = self.clone();
        tokio::spawn(async move {
            let (roots, patterns) = this
                .state
                .read()
                .map(|s| (s.roots.clone(), s.settings.file_patterns.clone()))
                .unwrap_or_default();
            if roots.is_empty() {
                return;
            }
            let index = this.index.clone();
            let started = std::time::Instant::now();
            let count = tokio::task::spawn_blocking(move || index.index_roots(&roots, &patterns))
                .await
                .unwrap_or(0);
            tracing::info!(
                "indexed {count} workspace file(s) in {:?}",
                started.elapsed()
            );
            this.reschedule_all();
        });
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        if let Some(problem) = self.open(doc.uri.clone(), doc.version, doc.text) {
            self.client
                .show_message(MessageType::WARNING, problem)
                .await;
        }
        self.schedule_diagnostics(doc.uri, doc.version);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        if let Some(version) =
            self.change(&uri, params.text_document.version, params.content_changes)
        {
            self.schedule_diagnostics(uri, version);
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.docs.remove(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        self.apply_settings(&params.settings).await;
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let index = self.index.clone();
        let changes: Vec<(std::path::PathBuf, FileChangeType)> = params
            .changes
            .into_iter()
            .filter_map(|c| Some((c.uri.to_file_path()?.into_owned(), c.typ)))
            .collect();
        let catalogue_changed = changes
            .iter()
            .any(|(p, _)| p.extension().is_some_and(|e| e == "tsv"));
        let _ = tokio::task::spawn_blocking(move || {
            for (path, typ) in changes {
                if path.extension().is_some_and(|e| e == "tsv") {
                    continue;
                }
                if typ == FileChangeType::DELETED {
                    index.remove(&path);
                } else if index.files.contains_key(&path) || super::workspace::is_draft(&path, None)
                {
                    index.index_file(&path);
                }
            }
        })
        .await;
        if catalogue_changed {
            let settings = self
                .state
                .read()
                .map(|s| s.settings.clone())
                .unwrap_or_default();
            let roots = self
                .state
                .read()
                .map(|s| s.roots.clone())
                .unwrap_or_default();
            let (entries, problems) =
                super::workspace::load_user_catalogue(settings.catalogue.as_deref(), &roots);
            if let Ok(mut state) = self.state.write() {
                state.user_entries = entries;
            }
            if !problems.is_empty() {
                self.client
                    .show_message(
                        MessageType::WARNING,
                        format!("resolution-ls catalogue: {}", problems.join("; ")),
                    )
                    .await;
            }
        }
        self.reschedule_all();
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let Some((analysis, at, encoding)) = self.at(&p.text_document.uri, p.position) else {
            return Ok(None);
        };
        let catalogue = self.catalogue_for(&p.text_document.uri);
        Ok(analysis.hover(at, &catalogue).map(|h| Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: h.markdown,
            }),
            range: Some(range(&analysis.index, analysis.text(), h.range, encoding)),
        }))
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let uri = p.text_document.uri;
        let Some((analysis, at, _)) = self.at(&uri, p.position) else {
            return Ok(None);
        };
        let catalogue = self.catalogue_for(&uri);
        let workspace: Vec<(Uri, crate::citations::Identity)> = self
            .all_documents()
            .into_iter()
            .filter(|(u, _)| *u != uri)
            .flat_map(|(u, a)| a.identities().into_iter().map(move |id| (u.clone(), id)))
            .collect();
        let location = match analysis.definition(at, &catalogue, &workspace) {
            Some(Target::Here(r)) => self.location(&uri, r),
            Some(Target::Document(other, r)) => self.location(&other, r),
            Some(Target::Catalogue(..)) | None => None,
        };
        Ok(location.map(GotoDefinitionResponse::Scalar))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let uri = p.text_document.uri;
        let Some((analysis, at, _)) = self.at(&uri, p.position) else {
            return Ok(None);
        };
        let catalogue = self.catalogue_for(&uri);
        let Some(key) = analysis.cited_key(at, &catalogue) else {
            return Ok(None);
        };
        let all = self.all_documents();
        let documents: Vec<crate::citations::DocumentCitations<'_, Uri>> = all
            .iter()
            .map(|(u, a)| crate::citations::DocumentCitations {
                key: u.clone(),
                model: &a.model,
                citations: &a.citations,
            })
            .collect();
        let found = crate::citations::references(&key, &documents, &catalogue);
        Ok(Some(
            found
                .into_iter()
                .filter_map(|(u, r)| self.location(&u, r))
                .collect(),
        ))
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let Some((analysis, at, encoding)) = self.at(&p.text_document.uri, p.position) else {
            return Ok(None);
        };
        let ranges = analysis.highlights(at);
        Ok((!ranges.is_empty()).then(|| {
            ranges
                .into_iter()
                .map(|r| DocumentHighlight {
                    range: range(&analysis.index, analysis.text(), r, encoding),
                    kind: Some(DocumentHighlightKind::TEXT),
                })
                .collect()
        }))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(analysis) = self.analysis(&params.text_document.uri) else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let symbols = analysis
            .symbols()
            .iter()
            .map(|s| symbol(&analysis, s, encoding))
            .collect();
        Ok(Some(DocumentSymbolResponse::Nested(symbols)))
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let query = params.query.to_lowercase();
        let encoding = self.encoding();
        let mut out = Vec::new();
        for (uri, analysis) in self.all_documents() {
            for doc in &analysis.model.documents {
                let Some(identity) = &doc.identity else {
                    continue;
                };
                let name = match &doc.title {
                    Some(title) => format!("{} — {}", identity.text, title.text),
                    None => identity.text.clone(),
                };
                if !query.is_empty() && !name.to_lowercase().contains(&query) {
                    continue;
                }
                #[allow(deprecated)]
                out.push(SymbolInformation {
                    name,
                    kind: SymbolKind::FILE,
                    tags: None,
                    deprecated: None,
                    location: Location {
                        uri: uri.clone(),
                        range: range(&analysis.index, analysis.text(), identity.range, encoding),
                    },
                    container_name: None,
                });
            }
        }
        Ok(Some(WorkspaceSymbolResponse::Flat(out)))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let Some(analysis) = self.analysis(&uri) else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let wanted = text_range(&analysis.index, analysis.text(), params.range, encoding);
        let config = self.config_for(&uri);
        let a = analysis.clone();
        let diagnostics = tokio::task::spawn_blocking(move || a.diagnostics(&config))
            .await
            .unwrap_or_default();
        let lsp_diags = to_lsp_diagnostics(&uri, &analysis, &diagnostics, encoding);
        let actions = analysis.code_actions(wanted, &diagnostics);
        let response = actions
            .into_iter()
            .map(|action| {
                let related: Vec<Diagnostic> = lsp_diags
                    .iter()
                    .zip(&diagnostics)
                    .filter(|(_, d)| {
                        Some(d.code) == action.code
                            && d.fixes.iter().any(|f| f.title == action.fix.title)
                            || (action.code == Some(d.code)
                                && action.fix.title.starts_with("Silence"))
                    })
                    .map(|(l, _)| l.clone())
                    .take(1)
                    .collect();
                CodeActionOrCommand::CodeAction(CodeAction {
                    title: action.fix.title.clone(),
                    kind: Some(match action.kind {
                        ActionKind::QuickFix => CodeActionKind::QUICKFIX,
                        ActionKind::Refactor => CodeActionKind::REFACTOR_REWRITE,
                    }),
                    diagnostics: (!related.is_empty()).then_some(related),
                    edit: Some(workspace_edit(&uri, &analysis, &action.fix, encoding)),
                    is_preferred: action.fix.preferred.then_some(true),
                    ..Default::default()
                })
            })
            .collect();
        Ok(Some(response))
    }

    async fn execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        if params.command != RELETTER_COMMAND {
            return Err(tower_lsp_server::jsonrpc::Error::invalid_params(format!(
                "unknown command {}",
                params.command
            )));
        }
        let uri: Option<Uri> = params
            .arguments
            .first()
            .and_then(|v| serde_json::from_value(v.clone()).ok());
        let Some(uri) = uri else {
            return Err(tower_lsp_server::jsonrpc::Error::invalid_params(
                "expected the document URI as the first argument",
            ));
        };
        let Some(analysis) = self.analysis(&uri) else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let fixes: Vec<Fix> = (0..analysis.model.documents.len())
            .filter_map(|di| {
                crate::analysis::structure::reletter_document(&analysis.model, analysis.text(), di)
            })
            .collect();
        if fixes.is_empty() {
            return Ok(Some(serde_json::json!({ "changed": false })));
        }
        let all = Fix {
            title: "Reletter every document".into(),
            edits: fixes.into_iter().flat_map(|f| f.edits).collect(),
            preferred: false,
        };
        let edit = workspace_edit(&uri, &analysis, &all, encoding);
        let applied = self
            .client
            .apply_edit(edit)
            .await
            .map(|r| r.applied)
            .unwrap_or(false);
        Ok(Some(serde_json::json!({ "changed": applied })))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let p = params.text_document_position;
        let Some((analysis, at, encoding)) = self.at(&p.text_document.uri, p.position) else {
            return Ok(None);
        };
        let catalogue = self.catalogue_for(&p.text_document.uri);
        let items = analysis
            .completions(at, &catalogue)
            .into_iter()
            .map(|c| CompletionItem {
                label: c.label,
                kind: Some(match c.kind {
                    CoreCompletionKind::Heading => CompletionItemKind::KEYWORD,
                    CoreCompletionKind::Label => CompletionItemKind::ENUM_MEMBER,
                    CoreCompletionKind::Citation => CompletionItemKind::REFERENCE,
                }),
                detail: c.detail,
                text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                    range: range(&analysis.index, analysis.text(), c.replace, encoding),
                    new_text: c.insert_text,
                })),
                ..Default::default()
            })
            .collect();
        Ok(Some(CompletionResponse::Array(items)))
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let Some(analysis) = self.analysis(&params.text_document.uri) else {
            return Ok(None);
        };
        Ok(Some(
            analysis
                .folding()
                .into_iter()
                .map(|r| FoldingRange {
                    start_line: analysis.index.line_of(r.start) as u32,
                    end_line: analysis.index.line_of(r.end) as u32,
                    kind: Some(FoldingRangeKind::Region),
                    ..Default::default()
                })
                .collect(),
        ))
    }

    async fn selection_range(
        &self,
        params: SelectionRangeParams,
    ) -> Result<Option<Vec<SelectionRange>>> {
        let Some(analysis) = self.analysis(&params.text_document.uri) else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let (index, text) = (&analysis.index, analysis.text());
        let out = params
            .positions
            .into_iter()
            .map(|pos| {
                let at = offset(index, text, pos, encoding);
                // Innermost first: sub-item, clause, section, document.
                let mut chain: Vec<TextRange> = Vec::new();
                if let Some(doc) = analysis.model.document_at(at) {
                    chain.push(doc.range);
                    if let Some(section) =
                        doc.sections.iter().find(|s| s.range.contains_inclusive(at))
                    {
                        chain.push(section.range);
                        if let Some(clause) = section
                            .items
                            .iter()
                            .find(|c| c.range.contains_inclusive(at))
                        {
                            chain.push(clause.range);
                            chain.extend(
                                clause
                                    .sub_items
                                    .iter()
                                    .find(|c| c.range.contains_inclusive(at))
                                    .map(|c| c.range),
                            );
                        }
                    }
                }
                let mut selection: Option<SelectionRange> = None;
                for r in chain {
                    selection = Some(SelectionRange {
                        range: range(index, text, r, encoding),
                        parent: selection.map(Box::new),
                    });
                }
                selection.unwrap_or(SelectionRange {
                    range: Range {
                        start: pos,
                        end: pos,
                    },
                    parent: None,
                })
            })
            .collect();
        Ok(Some(out))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let uri = params.text_document.uri;
        let Some(analysis) = self.analysis(&uri) else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let wanted = text_range(&analysis.index, analysis.text(), params.range, encoding);
        let catalogue = self.catalogue_for(&uri);
        Ok(Some(
            analysis
                .inlay_hints(wanted, &catalogue)
                .into_iter()
                .map(|(at, title)| InlayHint {
                    position: super::convert::position(
                        &analysis.index,
                        analysis.text(),
                        at,
                        encoding,
                    ),
                    label: InlayHintLabel::String(title),
                    kind: None,
                    text_edits: None,
                    tooltip: None,
                    padding_left: Some(true),
                    padding_right: None,
                    data: None,
                })
                .collect(),
        ))
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let Some(analysis) = self.analysis(&params.text_document.uri) else {
            return Ok(None);
        };
        let encoding = self.encoding();
        let (index, text) = (&analysis.index, analysis.text());
        let mut data = Vec::new();
        let (mut prev_line, mut prev_col) = (0u32, 0u32);
        for (r, kind) in analysis.semantic_tokens() {
            let token_type = TokenKind::ALL.iter().position(|k| *k == kind).unwrap_or(0) as u32;
            // Tokens may not span lines: split at line ends.
            let (first, last) = (index.line_of(r.start), index.line_of(r.end));
            for line in first..=last {
                let lr = index.line_range(text, line);
                let piece = TextRange::new(r.start.max(lr.start), r.end.min(lr.end));
                if piece.is_empty() {
                    continue;
                }
                let start = super::convert::position(index, text, piece.start, encoding);
                let end = super::convert::position(index, text, piece.end, encoding);
                let delta_line = start.line - prev_line;
                let delta_start = if delta_line == 0 {
                    start.character - prev_col
                } else {
                    start.character
                };
                data.push(SemanticToken {
                    delta_line,
                    delta_start,
                    length: end.character - start.character,
                    token_type,
                    token_modifiers_bitset: 0,
                });
                (prev_line, prev_col) = (start.line, start.character);
            }
        }
        Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
            result_id: None,
            data,
        })))
    }
}
