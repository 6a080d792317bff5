//! What the server offers, with the position encoding chosen from what the
//! client offers ([`super::from_proto::negotiate_encoding`]).

use tower_lsp_server::ls_types::*;

use super::{to_proto, PARALLEL_COMMAND, RELETTER_COMMAND};
use crate::text::PositionEncoding;

pub fn server_capabilities(encoding: PositionEncoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(to_proto::encoding_kind(encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(false)),
                ..Default::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        // "Go to the parallel clause" (lsp::parallel).
        implementation_provider: Some(ImplementationProviderCapability::Simple(true)),
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
            // `（` `(` open a revision, `第` a Chinese number, a space an
            // English number after `Resolution`.
            trigger_characters: Some(vec!["（".into(), "(".into(), "第".into(), " ".into()]),
            ..Default::default()
        }),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        selection_range_provider: Some(SelectionRangeProviderCapability::Simple(true)),
        inlay_hint_provider: Some(OneOf::Left(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: to_proto::token_legend(),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                range: None,
                ..Default::default()
            },
        )),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![
                RELETTER_COMMAND.to_string(),
                PARALLEL_COMMAND.to_string(),
                super::WORD_TEXT_COMMAND.to_string(),
                super::WORD_FIX_COMMAND.to_string(),
            ],
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

/// What the server needs to know of the client's capabilities.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClientFlags {
    /// It accepts `client/registerCapability` for file watching.
    pub watch_files: bool,
    /// It answers `workspace/configuration`.
    pub configuration: bool,
    /// Its file watchers take a folder and a pattern (`RelativePattern`):
    /// `officialTexts` folders outside the workspace can be watched.
    pub relative_patterns: bool,
}

impl ClientFlags {
    pub fn of(params: &InitializeParams) -> ClientFlags {
        let workspace = params.capabilities.workspace.as_ref();
        ClientFlags {
            watch_files: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.dynamic_registration)
                .unwrap_or(false),
            configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
            relative_patterns: workspace
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|w| w.relative_pattern_support)
                .unwrap_or(false),
        }
    }
}
