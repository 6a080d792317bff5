//! The workspace index: every draft in the workspace folders, read and
//! analysed in the background (honouring `.gitignore`, also outside a git
//! repository), kept current by file-watcher events. It feeds workspace
//! symbols, references and definitions across files, and the catalogue
//! overlay (documents whose identity line names a revision).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dashmap::DashMap;
use tower_lsp_server::ls_types::Uri;

use crate::catalogue::Entry;
use crate::files::{extra_patterns, is_draft, read_draft, walker};
use crate::ide::{self, FileAnalysis};

/// One indexed file.
pub struct Indexed {
    pub uri: Uri,
    pub analysis: Arc<FileAnalysis>,
    /// What its identity lines teach the catalogue.
    pub taught: Arc<[Entry]>,
}

#[derive(Default)]
pub struct Index {
    files: DashMap<PathBuf, Indexed>,
}

impl Index {
    /// Walks `roots` and indexes every draft (the default extensions, plus
    /// files matching `patterns`). Blocking: run it with `spawn_blocking`.
    pub fn index_roots(&self, roots: &[PathBuf], patterns: &[String]) -> usize {
        let mut count = 0;
        for root in roots {
            let extra = extra_patterns(root, patterns);
            for entry in walker(root).build().flatten() {
                let path = entry.path();
                if entry.file_type().is_some_and(|t| t.is_file())
                    && is_draft(path, extra.as_ref())
                    && self.index_file(path)
                {
                    count += 1;
                }
            }
        }
        count
    }

    /// (Re)indexes one file; unreadable, binary or oversized files leave
    /// the index with a log line. Blocking.
    pub fn index_file(&self, path: &Path) -> bool {
        let read = read_draft(path);
        let (Ok(text), Some(uri)) = (read.as_ref(), Uri::from_file_path(path)) else {
            if let Err(e) = read {
                tracing::info!("not indexed: {e:#}");
            }
            self.files.remove(path);
            return false;
        };
        let analysis = Arc::new(FileAnalysis::parse(text).analysed());
        let taught = ide::taught_entries(&analysis, uri.as_str()).into();
        self.files.insert(
            path.to_path_buf(),
            Indexed {
                uri,
                analysis,
                taught,
            },
        );
        true
    }

    pub fn remove(&self, path: &Path) -> bool {
        self.files.remove(path).is_some()
    }

    /// Drops every file under `root` (a workspace folder that was removed).
    pub fn remove_under(&self, root: &Path) {
        self.files.retain(|path, _| !path.starts_with(root));
    }

    pub fn get(&self, path: &Path) -> Option<Arc<FileAnalysis>> {
        self.files.get(path).map(|f| f.analysis.clone())
    }

    /// Every indexed file for which `skip` is false: its URI, analysis and
    /// taught entries. The map's guards are released on return.
    pub fn snapshot(
        &self,
        skip: impl Fn(&Path) -> bool,
    ) -> Vec<(Uri, Arc<FileAnalysis>, Arc<[Entry]>)> {
        self.files
            .iter()
            .filter(|f| !skip(f.key()))
            .map(|f| (f.uri.clone(), f.analysis.clone(), f.taught.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gitignore_is_honoured_without_a_repository() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        std::fs::write(root.join(".gitignore"), "scratch.res\n").unwrap();
        let text = "considering\na)\tthat x,\nresolves\nto y.\n";
        for name in ["kept.res", "scratch.res", "notes.draft"] {
            std::fs::write(root.join(name), text).unwrap();
        }
        let index = Index::default();
        assert_eq!(index.index_roots(std::slice::from_ref(&root), &[]), 1);
        assert!(index.get(&root.join("kept.res")).is_some());
        assert_eq!(index.index_roots(&[root], &["*.draft".into()]), 2);
    }
}
