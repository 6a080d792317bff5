//! Core → protocol: byte ranges to positions in the negotiated encoding,
//! findings to diagnostics, and the `ide` layer's plain data to the
//! protocol's types. Nothing here decides anything; it converts.

use std::collections::HashMap;

use tower_lsp_server::ls_types as lsp;
use tower_lsp_server::ls_types::Uri;

use super::DOCS_URL;
use crate::analysis::{Diagnostic, Fix, Severity};
use crate::ide::{self, ActionKind, CompletionKind, FileAnalysis, FoldKind, SymbolKind, TokenKind};
use crate::text::{PositionEncoding, TextRange};

pub fn encoding_kind(encoding: PositionEncoding) -> lsp::PositionEncodingKind {
    match encoding {
        PositionEncoding::Utf8 => lsp::PositionEncodingKind::UTF8,
        PositionEncoding::Utf16 => lsp::PositionEncodingKind::UTF16,
        PositionEncoding::Utf32 => lsp::PositionEncodingKind::UTF32,
    }
}

pub fn position(file: &FileAnalysis, offset: usize, encoding: PositionEncoding) -> lsp::Position {
    let p = file.line_index().position(file.text(), offset, encoding);
    lsp::Position {
        line: p.line,
        character: p.col,
    }
}

pub fn range(file: &FileAnalysis, r: TextRange, encoding: PositionEncoding) -> lsp::Range {
    lsp::Range {
        start: position(file, r.start, encoding),
        end: position(file, r.end, encoding),
    }
}

pub fn severity(s: Severity) -> lsp::DiagnosticSeverity {
    match s {
        Severity::Error => lsp::DiagnosticSeverity::ERROR,
        Severity::Warning => lsp::DiagnosticSeverity::WARNING,
        Severity::Information => lsp::DiagnosticSeverity::INFORMATION,
        Severity::Hint => lsp::DiagnosticSeverity::HINT,
    }
}

/// One finding: its code, a link to the code's documentation, related
/// places (in this file, or at the start of another file whose text this
/// conversion does not have).
pub fn diagnostic(
    uri: &Uri,
    file: &FileAnalysis,
    d: &Diagnostic,
    encoding: PositionEncoding,
) -> lsp::Diagnostic {
    let related: Vec<lsp::DiagnosticRelatedInformation> = d
        .related
        .iter()
        .filter_map(|r| {
            let (uri, range) = match &r.file {
                None => (uri.clone(), range(file, r.range, encoding)),
                Some(other) => (other.parse().ok()?, lsp::Range::default()),
            };
            Some(lsp::DiagnosticRelatedInformation {
                location: lsp::Location { uri, range },
                message: r.message.to_string(),
            })
        })
        .collect();
    lsp::Diagnostic {
        range: range(file, d.range, encoding),
        severity: Some(severity(d.severity)),
        code: Some(lsp::NumberOrString::String(d.code.to_string())),
        code_description: DOCS_URL
            .and_then(|base| {
                format!("{}/{}.md", base.trim_end_matches('/'), d.code)
                    .parse()
                    .ok()
            })
            .map(|href| lsp::CodeDescription { href }),
        source: Some("resolution-ls".into()),
        message: d.message.to_string(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

pub fn diagnostics(
    uri: &Uri,
    file: &FileAnalysis,
    found: &[Diagnostic],
    encoding: PositionEncoding,
) -> Vec<lsp::Diagnostic> {
    found
        .iter()
        .map(|d| diagnostic(uri, file, d, encoding))
        .collect()
}

pub fn workspace_edit(
    uri: &Uri,
    file: &FileAnalysis,
    fix: &Fix,
    encoding: PositionEncoding,
) -> lsp::WorkspaceEdit {
    let edits = fix
        .edits
        .iter()
        .map(|e| lsp::TextEdit {
            range: range(file, e.range, encoding),
            new_text: e.new_text.clone(),
        })
        .collect();
    lsp::WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

pub fn code_action(
    uri: &Uri,
    file: &FileAnalysis,
    action: &ide::Action,
    found: &[Diagnostic],
    encoding: PositionEncoding,
) -> lsp::CodeActionOrCommand {
    let resolved: Vec<lsp::Diagnostic> = action
        .diagnostics
        .iter()
        .filter_map(|&i| found.get(i))
        .map(|d| diagnostic(uri, file, d, encoding))
        .collect();
    lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
        title: action.fix.title.to_string(),
        kind: Some(match action.kind {
            ActionKind::QuickFix => lsp::CodeActionKind::QUICKFIX,
            ActionKind::Refactor => lsp::CodeActionKind::REFACTOR_REWRITE,
        }),
        diagnostics: (!resolved.is_empty()).then_some(resolved),
        edit: Some(workspace_edit(uri, file, &action.fix, encoding)),
        is_preferred: action.fix.preferred.then_some(true),
        ..Default::default()
    })
}

pub fn hover(file: &FileAnalysis, h: ide::HoverInfo, encoding: PositionEncoding) -> lsp::Hover {
    lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value: h.markdown,
        }),
        range: Some(range(file, h.range, encoding)),
    }
}

pub fn document_symbol(
    file: &FileAnalysis,
    s: &ide::Symbol,
    encoding: PositionEncoding,
) -> lsp::DocumentSymbol {
    #[allow(deprecated)]
    lsp::DocumentSymbol {
        name: s.name.clone(),
        detail: s.detail.clone(),
        kind: match s.kind {
            SymbolKind::Document => lsp::SymbolKind::FILE,
            SymbolKind::PreambleSection => lsp::SymbolKind::NAMESPACE,
            SymbolKind::OperativeSection => lsp::SymbolKind::MODULE,
            SymbolKind::Clause => lsp::SymbolKind::ENUM_MEMBER,
            SymbolKind::Proposal => lsp::SymbolKind::EVENT,
        },
        tags: None,
        deprecated: None,
        range: range(file, s.range, encoding),
        selection_range: range(file, s.selection, encoding),
        children: Some(
            s.children
                .iter()
                .map(|c| document_symbol(file, c, encoding))
                .collect(),
        ),
    }
}

pub fn workspace_symbol(
    uri: &Uri,
    file: &FileAnalysis,
    s: ide::WorkspaceSymbol,
    encoding: PositionEncoding,
) -> lsp::SymbolInformation {
    #[allow(deprecated)]
    lsp::SymbolInformation {
        name: s.name,
        kind: lsp::SymbolKind::FILE,
        tags: None,
        deprecated: None,
        location: lsp::Location {
            uri: uri.clone(),
            range: range(file, s.range, encoding),
        },
        container_name: None,
    }
}

pub fn completion_item(
    file: &FileAnalysis,
    order: usize,
    c: ide::Completion,
    encoding: PositionEncoding,
) -> lsp::CompletionItem {
    lsp::CompletionItem {
        label: c.label,
        kind: Some(match c.kind {
            CompletionKind::Heading => lsp::CompletionItemKind::KEYWORD,
            CompletionKind::Label => lsp::CompletionItemKind::ENUM_MEMBER,
            CompletionKind::Citation => lsp::CompletionItemKind::REFERENCE,
            CompletionKind::Skeleton => lsp::CompletionItemKind::SNIPPET,
        }),
        // The order the core chose (the next label first), not the client's
        // alphabetical one.
        sort_text: Some(format!("{order:04}")),
        preselect: (order == 0).then_some(true),
        detail: c.detail,
        text_edit: Some(lsp::CompletionTextEdit::Edit(lsp::TextEdit {
            range: range(file, c.replace, encoding),
            new_text: c.insert_text,
        })),
        ..Default::default()
    }
}

pub fn folding_range(file: &FileAnalysis, f: ide::Fold) -> lsp::FoldingRange {
    let index = file.line_index();
    lsp::FoldingRange {
        start_line: index.line_of(f.range.start) as u32,
        end_line: index.line_of(f.range.end) as u32,
        kind: Some(match f.kind {
            FoldKind::Footnote => lsp::FoldingRangeKind::Comment,
            FoldKind::Document | FoldKind::Section | FoldKind::Clause => {
                lsp::FoldingRangeKind::Region
            }
        }),
        ..Default::default()
    }
}

/// A chain of ranges, innermost first, as nested selection ranges.
pub fn selection_range(
    file: &FileAnalysis,
    chain: &[TextRange],
    encoding: PositionEncoding,
) -> lsp::SelectionRange {
    let mut selection: Option<lsp::SelectionRange> = None;
    for r in chain.iter().rev() {
        selection = Some(lsp::SelectionRange {
            range: range(file, *r, encoding),
            parent: selection.map(Box::new),
        });
    }
    selection.unwrap_or(lsp::SelectionRange {
        range: lsp::Range::default(),
        parent: None,
    })
}

pub fn inlay_hint(
    file: &FileAnalysis,
    h: ide::InlayHint,
    encoding: PositionEncoding,
) -> lsp::InlayHint {
    lsp::InlayHint {
        position: position(file, h.offset, encoding),
        label: lsp::InlayHintLabel::String(h.label),
        kind: None,
        text_edits: None,
        tooltip: Some(lsp::InlayHintTooltip::String(h.tooltip)),
        padding_left: Some(true),
        padding_right: None,
        data: None,
    }
}

pub fn token_legend() -> lsp::SemanticTokensLegend {
    lsp::SemanticTokensLegend {
        token_types: TokenKind::ALL
            .iter()
            .map(|k| match k {
                TokenKind::Heading => lsp::SemanticTokenType::KEYWORD,
                TokenKind::Label => lsp::SemanticTokenType::ENUM_MEMBER,
                TokenKind::Citation => lsp::SemanticTokenType::TYPE,
                TokenKind::Footnote => lsp::SemanticTokenType::COMMENT,
                TokenKind::Title => lsp::SemanticTokenType::CLASS,
                TokenKind::Conference => lsp::SemanticTokenType::NAMESPACE,
                TokenKind::Reference => lsp::SemanticTokenType::VARIABLE,
            })
            .collect(),
        token_modifiers: Vec::new(),
    }
}

/// The protocol's relative encoding of tokens. A token that runs over
/// several lines is split at each line end (clients need not support
/// multi-line tokens).
pub fn semantic_tokens(
    file: &FileAnalysis,
    tokens: &[ide::Token],
    encoding: PositionEncoding,
) -> lsp::SemanticTokens {
    let (index, text) = (file.line_index(), file.text());
    let mut data = Vec::new();
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    for token in tokens {
        let r = token.range;
        for line in index.line_of(r.start)..=index.line_of(r.end) {
            let lr = index.line_range(text, line);
            let (s, e) = (r.start.max(lr.start), r.end.min(lr.end));
            if e <= s {
                continue;
            }
            let piece = TextRange::new(s, e);
            let start = position(file, piece.start, encoding);
            let end = position(file, piece.end, encoding);
            let delta_line = start.line - prev_line;
            data.push(lsp::SemanticToken {
                delta_line,
                delta_start: if delta_line == 0 {
                    start.character - prev_col
                } else {
                    start.character
                },
                length: end.character - start.character,
                token_type: token.kind.index(),
                token_modifiers_bitset: 0,
            });
            (prev_line, prev_col) = (start.line, start.character);
        }
    }
    lsp::SemanticTokens {
        result_id: None,
        data,
    }
}
