//! Word documents through `workspace/executeCommand`, for any editor:
//! [`super::WORD_TEXT_COMMAND`] returns the text the checker reads from a `.docx`
//! (an editor shows it read-only under a `resolution-docx:` URI, which the
//! server analyses with the document's tracked changes), and
//! [`super::WORD_FIX_COMMAND`] writes the fixed copy beside it, every fix a
//! tracked change.

use std::path::PathBuf;
use std::str::FromStr;

use serde_json::{json, Value};
use tower_lsp_server::ls_types::Uri;

use super::state::Shared;
use super::WORD_SCHEME;
use crate::files::docx::{self, ReadOptions, WordDocument};
use crate::ide::FileAnalysis;
use crate::model::TrackedChange;

/// The `.docx` a command argument names: a `file:` or `resolution-docx:`
/// URI, or a path.
fn docx_path(arg: Option<&Value>) -> Result<PathBuf, String> {
    let s = arg.and_then(Value::as_str).ok_or_else(msg_expected_uri)?;
    let path = if s.starts_with(&format!("{WORD_SCHEME}:")) || s.starts_with("file:") {
        Uri::from_str(s).ok().and_then(|u| super::local_path(&u))
    } else {
        Some(PathBuf::from(s))
    };
    let path = path.ok_or_else(msg_expected_uri)?;
    if !docx::is_docx(&path) {
        return Err(msg_not_docx(&path.display().to_string()));
    }
    Ok(path)
}

/// The view's URI for a `.docx` path.
fn view_uri(path: &std::path::Path) -> String {
    let file = Uri::from_file_path(path).map_or_else(
        || format!("file://{}", path.display()),
        |u| u.as_str().to_string(),
    );
    format!("{WORD_SCHEME}:{}", file.trim_start_matches("file://"))
}

/// The tracked changes of the Word document a `resolution-docx:` view
/// shows, when the view holds its text; nothing for any other document.
pub(super) fn tracked_changes_for(shared: &Shared, uri: &Uri, text: &str) -> Vec<TrackedChange> {
    if uri.scheme().as_str() != WORD_SCHEME {
        return Vec::new();
    }
    let Ok(path) = docx_path(Some(&Value::String(uri.as_str().to_string()))) else {
        return Vec::new();
    };
    match WordDocument::read(&path, options_for(shared, uri)) {
        Ok(word) if word.text == text => word.tracked_changes,
        _ => Vec::new(),
    }
}

/// How the project reads Word documents (`word-formatting-as-changes`).
fn options_for(shared: &Shared, uri: &Uri) -> ReadOptions {
    ReadOptions {
        formatting_as_changes: shared
            .project_for(uri)
            .is_some_and(|p| p.word_formatting_as_changes),
    }
}

/// [`super::WORD_TEXT_COMMAND`]. Blocking.
pub(super) fn text(shared: &Shared, arguments: &[Value]) -> Result<Value, String> {
    let path = docx_path(arguments.first())?;
    let uri = Uri::from_str(&view_uri(&path)).map_err(|_| msg_expected_uri())?;
    let word =
        WordDocument::read(&path, options_for(shared, &uri)).map_err(|e| format!("{e:#}"))?;
    Ok(json!({
        "uri": view_uri(&path),
        "text": word.text,
        "paragraphs": word.paragraphs.iter().filter(|p| p.footnote.is_none()).count(),
        "trackedChanges": word.tracked_changes.len(),
    }))
}

/// [`super::WORD_FIX_COMMAND`]: checks the document as the server checks its
/// view (same settings and catalogue) and writes `name.fixed.docx`.
/// Blocking.
pub(super) fn fix(shared: &Shared, arguments: &[Value]) -> Result<Value, String> {
    let path = docx_path(arguments.first())?;
    let original = docx::read_bytes(&path).map_err(|e| format!("{e:#}"))?;
    let uri = Uri::from_str(&view_uri(&path)).map_err(|_| msg_expected_uri())?;
    let word = WordDocument::from_bytes(&original, options_for(shared, &uri))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let file = FileAnalysis::with_language(
        crate::syntax::SourceFile::parse(&word.text),
        shared.language_for(&uri),
    )
    .with_tracked_changes(word.tracked_changes.clone());
    let findings = file.check(&shared.config_for(&uri));
    let result = crate::ide::fix_word_document(&word, &findings, false, &original)?;
    let place = |span: &crate::text::TextRange| word.location(span.start).map(|l| l.describe());
    let applied: Vec<Value> = result
        .applied
        .iter()
        .map(|(span, title)| json!({ "title": title, "paragraph": place(span) }))
        .collect();
    let skipped: Vec<Value> = result
        .skipped
        .iter()
        .map(
            |(span, title, why)| json!({ "title": title, "paragraph": place(span), "reason": why }),
        )
        .collect();
    let written = match result.copy {
        Some(bytes) => {
            let target = crate::ide::fixed_copy_path(&path);
            std::fs::write(&target, bytes)
                .map_err(|e| msg_cannot_write(&target.display().to_string(), &e.to_string()))?;
            Some(target.display().to_string())
        }
        None => None,
    };
    Ok(json!({ "path": written, "applied": applied, "skipped": skipped }))
}

fn msg_expected_uri() -> String {
    "expected the Word document's URI (file: or resolution-docx:) or path as the first argument"
        .into()
}

fn msg_not_docx(path: &str) -> String {
    format!("{path}: not a Word document (.docx)")
}

fn msg_cannot_write(path: &str, detail: &str) -> String {
    format!("{path}: cannot write the fixed copy: {detail}")
}
