//! The workspace index: every draft in the workspace folders, parsed in the
//! background (honouring `.gitignore`), kept current by file-watcher events.
//! It feeds workspace symbols, references across files, and the catalogue
//! overlay (documents whose identity line names them).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dashmap::DashMap;
use tower_lsp_server::ls_types::Uri;

use crate::catalogue::{Catalogue, Entry, UserCatalogue};
use crate::editor::Analysis;
use crate::syntax::SourceFile;

pub struct Indexed {
    pub uri: Uri,
    pub analysis: Arc<Analysis>,
}

#[derive(Default)]
pub struct Index {
    pub files: DashMap<PathBuf, Indexed>,
}

impl Index {
    /// Walks `roots` and indexes every draft (the default extensions, plus
    /// files matching the user's `filePatterns`). Blocking: run it with
    /// `spawn_blocking`.
    pub fn index_roots(&self, roots: &[PathBuf], patterns: &[String]) -> usize {
        let mut count = 0;
        for root in roots {
            let extra = extra_patterns(root, patterns);
            for entry in ignore::WalkBuilder::new(root).build().flatten() {
                let path = entry.path();
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                if is_draft(path, extra.as_ref()) && self.index_file(path) {
                    count += 1;
                }
            }
        }
        count
    }

    /// (Re)indexes one file; unreadable, binary or oversized files are
    /// dropped from the index with a log line.
    pub fn index_file(&self, path: &Path) -> bool {
        match crate::cli::input::read_draft(path) {
            Ok(text) => {
                let Some(uri) = Uri::from_file_path(path) else {
                    return false;
                };
                let analysis = Arc::new(Analysis::new(SourceFile::parse(text)));
                self.files
                    .insert(path.to_path_buf(), Indexed { uri, analysis });
                true
            }
            Err(e) => {
                tracing::info!("not indexed: {e:#}");
                self.files.remove(path);
                false
            }
        }
    }

    pub fn remove(&self, path: &Path) {
        self.files.remove(path);
    }

    /// Catalogue entries taught by indexed files other than `uri` and the
    /// open documents (whose live text wins over the copy on disk).
    pub fn taught_entries(
        &self,
        uri: &Uri,
        open: &[(Uri, Arc<Analysis>)],
        builtin: &Catalogue,
    ) -> Vec<Entry> {
        let indexed: Vec<(Uri, Arc<Analysis>)> = self
            .files
            .iter()
            .filter(|f| &f.uri != uri && !open.iter().any(|(u, _)| u == &f.uri))
            .map(|f| (f.uri.clone(), f.analysis.clone()))
            .collect();
        indexed
            .iter()
            .flat_map(|(u, a)| taught_entries(u, a, builtin))
            .collect()
    }

    /// Every indexed file not open in the editor.
    pub fn snapshot(&self, open: &[Uri]) -> Vec<(Uri, Arc<Analysis>)> {
        self.files
            .iter()
            .filter(|f| !open.contains(&f.uri))
            .map(|f| (f.uri.clone(), f.analysis.clone()))
            .collect()
    }
}

/// The user's extra file patterns as a matcher rooted at `root`.
fn extra_patterns(root: &Path, patterns: &[String]) -> Option<ignore::overrides::Override> {
    if patterns.is_empty() {
        return None;
    }
    let mut builder = ignore::overrides::OverrideBuilder::new(root);
    for p in patterns {
        // Patterns were validated when the settings were read.
        let _ = builder.add(p);
    }
    builder.build().ok()
}

/// A draft: one of the default extensions, or a file the user's patterns name.
pub fn is_draft(path: &Path, extra: Option<&ignore::overrides::Override>) -> bool {
    let by_extension = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        crate::cli::input::DRAFT_EXTENSIONS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(e))
    });
    by_extension || extra.is_some_and(|o| o.matched(path, false).is_whitelist())
}

/// What one document teaches the catalogue: the revisions its identity
/// lines name.
pub fn taught_entries(uri: &Uri, analysis: &Analysis, builtin: &Catalogue) -> Vec<Entry> {
    analysis
        .identities()
        .iter()
        .filter_map(|id| crate::citations::identity_entry(id, uri.as_str(), builtin))
        .collect()
}

/// Loads the user's catalogue: the configured file (relative paths are
/// taken from the first workspace folder), else `resolution-catalogue.tsv`
/// at the top of a workspace folder. Problems are returned as messages.
pub fn load_user_catalogue(
    configured: Option<&Path>,
    roots: &[PathBuf],
) -> (Vec<Entry>, Vec<String>) {
    let mut candidates: Vec<PathBuf> = Vec::new();
    let explicit = configured.is_some();
    match configured {
        Some(p) if p.is_absolute() => candidates.push(p.to_path_buf()),
        Some(p) => candidates.extend(
            roots
                .first()
                .map(|r| r.join(p))
                .or_else(|| Some(p.to_path_buf())),
        ),
        None => {
            for root in roots {
                for name in UserCatalogue::FILE_NAMES {
                    candidates.push(root.join(name));
                }
            }
        }
    }
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for path in candidates {
        if !path.is_file() {
            if explicit {
                problems.push(format!("catalogue: {} does not exist", path.display()));
            }
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let (found, file_problems) =
                    UserCatalogue::parse(&text, &path.display().to_string());
                entries.extend(found);
                problems.extend(file_problems.iter().map(|p| p.to_string()));
            }
            Err(e) => problems.push(format!("catalogue: {}: {e}", path.display())),
        }
    }
    (entries, problems)
}
