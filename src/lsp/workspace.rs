//! The workspace index: every draft in the workspace folders, read and
//! analysed in the background (honouring `.gitignore`, also outside a git
//! repository), kept current by file-watcher events. It feeds workspace
//! symbols, references and definitions across files, and the catalogue
//! overlay (documents whose identity line names a revision, and the
//! statements of Akoma Ntoso files: `*.akn.xml`, `*.akn`, or `.xml` files
//! whose root is `akomaNtoso`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use dashmap::DashMap;
use tower_lsp_server::ls_types::Uri;

use crate::catalogue::{Catalogue, Entry};
use crate::files::official::{is_akoma_ntoso, learn_file};
use crate::files::{extra_patterns, is_draft, read_draft, walker};
use crate::ide::{self, FileAnalysis};

/// One indexed file.
pub struct Indexed {
    pub uri: Uri,
    /// A [`FileAnalysis::summary`]: the text and what features across
    /// files read.
    pub analysis: Arc<FileAnalysis>,
    /// What its identity lines teach the catalogue.
    pub taught: Arc<[Entry]>,
}

#[derive(Default)]
pub struct Index {
    files: DashMap<PathBuf, Indexed>,
    /// Akoma Ntoso files: what their statements teach the catalogue.
    learnt: DashMap<PathBuf, Arc<[Entry]>>,
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
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    continue;
                }
                if is_akoma_ntoso(path) {
                    count += usize::from(self.learn_akn(path));
                } else if is_draft(path, extra.as_ref()) && self.index_file(path) {
                    count += 1;
                }
            }
        }
        count
    }

    /// (Re)indexes one file; unreadable, binary or oversized files leave
    /// the index with a log line. Blocking.
    pub fn index_file(&self, path: &Path) -> bool {
        if is_akoma_ntoso(path) {
            return self.learn_akn(path);
        }
        let read = read_draft(path);
        let (Ok(text), Some(uri)) = (read.as_ref(), Uri::from_file_path(path)) else {
            if let Err(e) = read {
                tracing::info!("not indexed: {e:#}");
            }
            self.files.remove(path);
            return false;
        };
        let analysis = FileAnalysis::parse(text).analysed();
        let taught = ide::taught_entries(&analysis, uri.as_str()).into();
        // Closed files are many (thousands in a workspace): the index keeps
        // their text and what features across files read, not their trees.
        let analysis = Arc::new(analysis.summary());
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

    /// (Re)reads an Akoma Ntoso file: what its statements teach, with
    /// their file and line. A file that is not well formed teaches nothing
    /// (a log line says why). Blocking.
    fn learn_akn(&self, path: &Path) -> bool {
        let (texts, problems) = learn_file(path, &Catalogue::builtin());
        for p in &problems {
            tracing::info!("{p}");
        }
        let entries: Vec<Entry> = texts.iter().flat_map(|t| t.entries()).collect();
        self.files.remove(path);
        self.learnt.insert(path.to_path_buf(), entries.into());
        true
    }

    pub fn remove(&self, path: &Path) -> bool {
        let learnt = self.learnt.remove(path).is_some();
        self.files.remove(path).is_some() || learnt
    }

    /// Drops every file under `root` (a workspace folder that was removed).
    pub fn remove_under(&self, root: &Path) {
        self.files.retain(|path, _| !path.starts_with(root));
        self.learnt.retain(|path, _| !path.starts_with(root));
    }

    /// What the Akoma Ntoso files for which `skip` is false teach. The
    /// map's guards are released on return.
    pub fn learnt_snapshot(&self, skip: impl Fn(&Path) -> bool) -> Vec<Arc<[Entry]>> {
        self.learnt
            .iter()
            .filter(|f| !skip(f.key()))
            .map(|f| f.value().clone())
            .collect()
    }

    /// What the indexed file at `path` teaches the catalogue.
    pub fn taught(&self, path: &Path) -> Option<Arc<[Entry]>> {
        self.files.get(path).map(|f| f.taught.clone())
    }

    /// The indexed file's [`FileAnalysis::summary`].
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

    #[test]
    fn akoma_ntoso_files_teach_the_catalogue() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let akn = r#"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution" xml:lang="en">
    <preface>
      <docType>RESOLUTION</docType> <docNumber>101 (REV. DOHA, 2026)</docNumber>
      <container name="title"><p>Internet Protocol-based networks</p></container>
    </preface>
  </statement>
</akomaNtoso>
"#;
        std::fs::write(root.join("final-acts.xml"), akn).unwrap();
        std::fs::write(root.join("other.xml"), "<?xml version=\"1.0\"?><svg/>").unwrap();
        let index = Index::default();
        assert_eq!(index.index_roots(std::slice::from_ref(&root), &[]), 1);
        let learnt = index.learnt_snapshot(|_| false);
        assert_eq!(learnt.len(), 1);
        let catalogue = Catalogue::builtin().with_overlay(learnt[0].to_vec());
        let key = crate::catalogue::Key::new(
            crate::domain::Body::Pp,
            crate::catalogue::Kind::Resolution,
            101,
        );
        let latest = catalogue.latest(&key).unwrap();
        assert_eq!(latest.label(), "Rev. Doha, 2026");
        assert!(
            latest.provenance.location().ends_with("final-acts.xml:3"),
            "{}",
            latest.provenance.location()
        );
        assert!(index.remove(&root.join("final-acts.xml")));
        assert!(index.learnt_snapshot(|_| false).is_empty());
    }
}
