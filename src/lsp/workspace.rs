//! The workspace index: every draft in the workspace folders, read and
//! analysed in the background (honouring `.gitignore`, also outside a git
//! repository), kept current by file-watcher events. It feeds workspace
//! symbols, references and definitions across files, and the catalogue
//! overlay (documents whose identity line names a revision).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dashmap::DashMap;
use ignore::overrides::Override;
use tower_lsp_server::ls_types::Uri;

use crate::catalogue::{Catalogue, Entry, UserCatalogue};
use crate::ide::FileAnalysis;

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
        let read = crate::cli::input::read_draft(path);
        let (Ok(text), Some(uri)) = (read.as_ref(), Uri::from_file_path(path)) else {
            if let Err(e) = read {
                tracing::info!("not indexed: {e:#}");
            }
            self.files.remove(path);
            return false;
        };
        let analysis = Arc::new(FileAnalysis::parse(text).analysed());
        let taught = taught_entries(&uri, &analysis, &Catalogue::builtin()).into();
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

    #[cfg(test)]
    pub fn contains(&self, path: &Path) -> bool {
        self.files.contains_key(path)
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

/// A directory walk that honours `.gitignore`, `.ignore` and the global git
/// excludes even when the folder is not a git repository (drafters' folders
/// often are not), and skips hidden files.
pub fn walker(root: &Path) -> ignore::WalkBuilder {
    let mut builder = ignore::WalkBuilder::new(root);
    builder.require_git(false);
    builder
}

/// The user's extra file patterns as a matcher rooted at `root`.
pub fn extra_patterns(root: &Path, patterns: &[String]) -> Option<Override> {
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
pub fn is_draft(path: &Path, extra: Option<&Override>) -> bool {
    let by_extension = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        crate::cli::input::DRAFT_EXTENSIONS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(e))
    });
    by_extension || extra.is_some_and(|o| o.matched(path, false).is_whitelist())
}

/// Whether a file reported by the file watcher belongs in the index: under
/// a workspace folder, a draft, and not ignored — the walk of each folder
/// between the workspace folder and the file (which applies every ignore
/// file above it) yields the next one down. Blocking.
pub fn admitted(path: &Path, roots: &[PathBuf], patterns: &[String]) -> bool {
    let Some(root) = roots.iter().find(|r| path.starts_with(r)) else {
        return false;
    };
    if !is_draft(path, extra_patterns(root, patterns).as_ref()) || !path.is_file() {
        return false;
    }
    let mut child = path;
    while let Some(parent) = child.parent().filter(|p| p.starts_with(root)) {
        let yielded = walker(parent)
            .max_depth(Some(1))
            .build()
            .flatten()
            .any(|e| e.path() == child);
        if !yielded {
            return false;
        }
        child = parent;
    }
    true
}

/// What one file teaches the catalogue: the revisions its identity lines
/// name, with the file as provenance.
pub fn taught_entries(uri: &Uri, analysis: &FileAnalysis, builtin: &Catalogue) -> Vec<Entry> {
    analysis
        .identities()
        .iter()
        .filter_map(|id| crate::citations::identity_entry(id, uri.as_str(), builtin))
        .collect()
}

/// Loads the user's catalogue: the configured file (relative paths are
/// taken from the first workspace folder), else `resolution-catalogue.tsv`
/// at the top of a workspace folder. Problems come back as messages.
pub fn load_user_catalogue(
    configured: Option<&Path>,
    roots: &[PathBuf],
) -> (Vec<Entry>, Vec<String>) {
    let mut candidates: Vec<PathBuf> = Vec::new();
    let explicit = configured.is_some();
    match configured {
        Some(p) if p.is_absolute() => candidates.push(p.to_path_buf()),
        Some(p) => candidates.push(roots.first().map_or_else(|| p.to_path_buf(), |r| r.join(p))),
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
        match crate::cli::input::read_draft(&path) {
            Ok(text) => {
                let (found, file_problems) =
                    UserCatalogue::parse(&text, &path.display().to_string());
                entries.extend(found);
                problems.extend(file_problems.iter().map(|p| p.to_string()));
            }
            Err(e) => problems.push(format!("catalogue: {e:#}")),
        }
    }
    (entries, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gitignore_is_honoured_without_a_repository() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        std::fs::write(root.join(".gitignore"), "drafts-old/\nscratch.res\n").unwrap();
        std::fs::create_dir(root.join("drafts-old")).unwrap();
        let text = "considering\na)\tthat x,\nresolves\nto y.\n";
        for name in [
            "kept.res",
            "scratch.res",
            "drafts-old/old.res",
            "notes.draft",
        ] {
            std::fs::write(root.join(name), text).unwrap();
        }
        let index = Index::default();
        assert_eq!(index.index_roots(std::slice::from_ref(&root), &[]), 1);
        assert!(index.contains(&root.join("kept.res")));
        let roots = [root.clone()];
        assert!(admitted(&root.join("kept.res"), &roots, &[]));
        assert!(!admitted(&root.join("scratch.res"), &roots, &[]));
        assert!(!admitted(&root.join("drafts-old/old.res"), &roots, &[]));
        assert!(!admitted(&root.join("notes.draft"), &roots, &[]));
        assert!(admitted(
            &root.join("notes.draft"),
            &roots,
            &["*.draft".into()]
        ));
        assert_eq!(index.index_roots(&roots, &["*.draft".into()]), 2);
    }
}
