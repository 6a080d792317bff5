//! Reading drafts from disk: walking folders (honouring `.gitignore`),
//! refusing binary files and oversized inputs with a clear message.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

/// Extensions of drafts found when walking a folder. A file named on the
/// command line is always read, whatever its extension.
pub const DRAFT_EXTENSIONS: &[&str] = &["res", "resolution", "txt", "md"];

/// Larger files are refused: no resolution is anywhere near this, and a
/// stray dump should not stall a batch run.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Expands `paths` into the files to check, in a stable order.
pub fn collect_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_file() {
            files.push(path.clone());
            continue;
        }
        if !path.exists() {
            bail!("{}: no such file or folder", path.display());
        }
        let mut found = Vec::new();
        for entry in ignore::WalkBuilder::new(path).build() {
            let entry = entry.with_context(|| format!("walking {}", path.display()))?;
            let p = entry.path();
            if entry.file_type().is_some_and(|t| t.is_file()) && has_draft_extension(p) {
                found.push(p.to_path_buf());
            }
        }
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

fn has_draft_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DRAFT_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)))
}

/// Reads a draft as UTF-8 text, normalising nothing: ranges must match the
/// file as it is on disk. A byte-order mark is kept (it is part of the text).
pub fn read_draft(path: &Path) -> anyhow::Result<String> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if meta.len() > MAX_FILE_BYTES {
        bail!(
            "{}: {} bytes is larger than the {} MiB a draft may have",
            path.display(),
            meta.len(),
            MAX_FILE_BYTES >> 20
        );
    }
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if bytes.iter().take(8192).any(|&b| b == 0) {
        bail!(
            "{}: looks like a binary file (it contains NUL bytes), not a draft",
            path.display()
        );
    }
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{}: is not UTF-8 text (invalid byte at offset {}); save the draft as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}
