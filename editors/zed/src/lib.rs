//! Zed extension for ITU resolution drafts: tells Zed how to start
//! `resolution-ls` (the project's language server, stdio, no arguments).
//!
//! Where the binary comes from, in order: `lsp.resolution-ls.binary.path`
//! in Zed's settings, else `resolution-ls` on the worktree's PATH. The
//! server's settings (`severity`, `catalogue`, `filePatterns`,
//! `officialTexts`, `cacheDirectory`) are read from
//! `lsp.resolution-ls.initialization_options` and `lsp.resolution-ls.settings`.

use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct ResolutionExtension;

impl zed::Extension for ResolutionExtension {
    fn new() -> Self {
        ResolutionExtension
    }

    fn language_server_command(
        &mut self,
        language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(language_server_id.as_ref(), worktree)
            .ok()
            .and_then(|s| s.binary);
        let args = binary
            .as_ref()
            .and_then(|b| b.arguments.clone())
            .unwrap_or_default();
        let command = match binary.and_then(|b| b.path) {
            Some(path) => path,
            None => worktree.which("resolution-ls").ok_or_else(|| {
                "resolution-ls was not found on PATH: install it (`cargo install --path .` in a clone \
                 of the project) or set lsp.resolution-ls.binary.path in Zed's settings"
                    .to_string()
            })?,
        };
        Ok(zed::Command {
            command,
            args,
            env: worktree.shell_env(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        Ok(LspSettings::for_worktree(language_server_id.as_ref(), worktree)
            .ok()
            .and_then(|s| s.initialization_options))
    }

    fn language_server_workspace_configuration(
        &mut self,
        language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        // The server reads its settings at the top level or under `resolutionLs`.
        Ok(LspSettings::for_worktree(language_server_id.as_ref(), worktree)
            .ok()
            .and_then(|s| s.settings))
    }
}

zed::register_extension!(ResolutionExtension);
