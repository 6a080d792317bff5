//! Drafts and catalogue files on disk, for the command line and the
//! server alike: one walker (honouring `.gitignore` also outside a git
//! repository), one reader that refuses binary, oversized and non-regular
//! files with a clear message, and one way to find the user's catalogue.
//! Word documents (`.docx`) are read too ([`docx`]): their text, with
//! a map back to paragraphs and runs.

mod config;
pub mod docx;

pub use config::{find_config, load_config, parse_config, ConfigFile, ProjectConfig, CONFIG_NAMES};
pub mod cache;
pub mod official;

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use ignore::overrides::Override;

use crate::catalogue::{Entry, UserCatalogue};

/// Extensions of drafts found when walking a folder. A file named on the
/// command line is always read, whatever its extension.
pub const DRAFT_EXTENSIONS: &[&str] = &["res", "resolution", "txt", "md"];

/// Larger files are refused: no resolution is anywhere near this, and a
/// stray dump should not stall a batch run.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// What walking the checked paths found.
#[derive(Debug, Default)]
pub struct Collected {
    /// Drafts to check, in a stable order.
    pub files: Vec<PathBuf>,
    /// Word 97-2003 documents (`.doc`) met while walking folders (not read).
    pub word_documents: Vec<PathBuf>,
    /// Folders or entries that could not be read: the walk went on.
    pub problems: Vec<String>,
}

/// Expands `paths` into the drafts to check. A file named on the command
/// line is always taken; folders are walked with [`walker`], keeping
/// drafts (the default extensions, Word documents, or files the `extra` patterns name)
/// that `filter` admits (include/exclude globs). A folder that
/// cannot be read is reported and skipped; a path that does not exist is
/// an error.
pub fn collect_files(
    paths: &[PathBuf],
    extra: Option<&Override>,
    filter: Option<&Override>,
) -> anyhow::Result<Collected> {
    let mut collected = Collected::default();
    for path in paths {
        if path.is_file() {
            collected.files.push(path.clone());
            continue;
        }
        if !path.exists() {
            bail!("{}: no such file or folder", path.display());
        }
        if !path.is_dir() {
            bail!(
                "{}: not a regular file or folder (a pipe, socket or device), not a draft",
                path.display()
            );
        }
        let mut found = Vec::new();
        let mut walk = walker(path);
        if let Some(filter) = filter {
            // On the walk, so that an excluded folder is not even entered.
            walk.overrides(filter.clone());
        }
        for entry in walk.build() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    collected.problems.push(format!("{e}"));
                    continue;
                }
            };
            let p = entry.path();
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            if is_draft(p, extra) || docx::is_docx(p) {
                found.push(p.to_path_buf());
            } else if is_word_document(p) {
                collected.word_documents.push(p.to_path_buf());
            }
        }
        found.sort();
        collected.files.extend(found);
    }
    Ok(collected)
}

/// `.doc`: a Word 97-2003 document, which is not read (`.docx` is).
pub fn is_word_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("doc"))
}

/// Include and exclude globs (gitignore syntax, relative to `root`) as one
/// matcher: a file must match an include, when there is one, and no
/// exclude.
pub fn include_exclude(
    root: &Path,
    include: &[String],
    exclude: &[String],
) -> anyhow::Result<Option<Override>> {
    if include.is_empty() && exclude.is_empty() {
        return Ok(None);
    }
    let mut builder = ignore::overrides::OverrideBuilder::new(root);
    for glob in include {
        builder
            .add(glob)
            .with_context(|| format!("--include {glob}: not a valid glob"))?;
    }
    for glob in exclude {
        builder
            .add(&format!("!{glob}"))
            .with_context(|| format!("--exclude {glob}: not a valid glob"))?;
    }
    Ok(Some(builder.build()?))
}

/// Reads a draft as UTF-8 text (a Word document's extracted text),
/// normalising nothing: ranges must match the
/// file as it is on disk. A byte-order mark is kept (it is part of the
/// text). Only regular files are read, and never more than
/// [`MAX_FILE_BYTES`] (the size in the metadata is 0 for `/proc` files).
pub fn read_draft(path: &Path) -> anyhow::Result<String> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if is_word_document(path) {
        bail!("{}: {}", path.display(), msg_old_word_document());
    }
    if docx::is_docx(path) {
        return Ok(docx::WordDocument::read(path, docx::ReadOptions::default())?.text);
    }
    if !meta.is_file() {
        bail!(
            "{}: not a regular file (a folder, device or pipe), not a draft",
            path.display()
        );
    }
    let file =
        std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_BYTES) as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        bail!(
            "{}: larger than the {} MiB a draft may have",
            path.display(),
            MAX_FILE_BYTES >> 20
        );
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        bail!(
            "{}: UTF-16 text; save the draft as UTF-8 (resolution-ls reads UTF-8)",
            path.display()
        );
    }
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
    let by_extension = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DRAFT_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)));
    by_extension || extra.is_some_and(|o| o.matched(path, false).is_whitelist())
}

/// Whether a file reported by the file watcher belongs in the index: under
/// a workspace folder, a draft or an Akoma Ntoso file, and not ignored — the walk of each folder
/// between the workspace folder and the file (which applies every ignore
/// file above it) yields the next one down. Blocking.
pub fn admitted(path: &Path, roots: &[PathBuf], patterns: &[String]) -> bool {
    let Some(root) = roots.iter().find(|r| path.starts_with(r)) else {
        return false;
    };
    let wanted =
        is_draft(path, extra_patterns(root, patterns).as_ref()) || official::is_akoma_ntoso(path);
    // Like the walk, which follows no link: the file itself and every folder
    // between it and the workspace folder must be what they say, not a link
    // (which may lead out of the workspace, to `/proc` or a device).
    let is_plain = |p: &Path, dir: bool| {
        std::fs::symlink_metadata(p).is_ok_and(|m| {
            let t = m.file_type();
            if dir {
                t.is_dir()
            } else {
                t.is_file()
            }
        })
    };
    if !wanted || !is_plain(path, false) {
        return false;
    }
    if path
        .ancestors()
        .skip(1)
        .take_while(|a| a.starts_with(root) && *a != root.as_path())
        .any(|a| !is_plain(a, true))
    {
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

/// Loads the user's catalogue files: every file of `explicit` (a missing
/// one is a problem), and `resolution-catalogue.tsv` at the top of each of
/// `folders` when it is there. A broken line is a problem naming its file
/// and line; the rest of the file still loads. Problems come back as
/// messages for the caller to show.
pub fn load_user_catalogues(
    explicit: &[PathBuf],
    folders: &[PathBuf],
) -> (Vec<Entry>, Vec<String>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let found_in_folders = folders
        .iter()
        .filter(|f| f.is_dir())
        .flat_map(|f| UserCatalogue::FILE_NAMES.iter().map(move |n| f.join(n)))
        .filter(|p| p.is_file());
    for path in explicit.iter().cloned().chain(found_in_folders) {
        match read_draft(&path) {
            Ok(text) => {
                let (found, file_problems) =
                    UserCatalogue::parse(&text, &path.display().to_string());
                entries.extend(found);
                problems.extend(file_problems.iter().map(|p| p.to_string()));
            }
            Err(e) if !path.exists() => {
                problems.push(format!("catalogue: {} does not exist", path.display()));
                drop(e);
            }
            Err(e) => problems.push(format!("catalogue: {e:#}")),
        }
    }
    (entries, problems)
}

fn msg_old_word_document() -> String {
    "a Word 97-2003 document; resolution-ls reads Word documents (.docx), plain-text and Markdown drafts (save it as .docx)".into()
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
        let found = collect_files(std::slice::from_ref(&root), None, None).unwrap();
        assert_eq!(found.files, vec![root.join("kept.res")]);
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
    }

    #[cfg(unix)]
    #[test]
    fn watcher_events_follow_no_link_out_of_the_workspace() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ws");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        let text = "considering\na)\tthat x,\nresolves\nto y.\n";
        std::fs::write(root.join("sub/real.res"), text).unwrap();
        std::fs::write(outside.join("secret.res"), text).unwrap();
        symlink(outside.join("secret.res"), root.join("out.res")).unwrap();
        symlink(&outside, root.join("linked")).unwrap();
        symlink(root.join("sub/real.res"), root.join("inside.res")).unwrap();
        if Path::new("/proc/self/pagemap").exists() {
            symlink("/proc/self/pagemap", root.join("pagemap.res")).unwrap();
        }
        symlink("/dev/zero", root.join("zero.res")).unwrap();
        let roots = [root.clone()];
        assert!(admitted(&root.join("sub/real.res"), &roots, &[]));
        for link in [
            "out.res",
            "linked/secret.res",
            "inside.res",
            "pagemap.res",
            "zero.res",
        ] {
            assert!(!admitted(&root.join(link), &roots, &[]), "{link}");
        }
        // The initial walk agrees.
        let found = collect_files(std::slice::from_ref(&root), None, None).unwrap();
        assert_eq!(found.files, vec![root.join("sub/real.res")]);
    }

    #[test]
    fn only_regular_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_draft(dir.path()).unwrap_err().to_string();
        assert!(err.contains("not a regular file"), "{err}");
        let utf16 = dir.path().join("u16.res");
        std::fs::write(&utf16, b"\xff\xfec\x00o\x00").unwrap();
        let err = read_draft(&utf16).unwrap_err().to_string();
        assert!(
            err.contains("UTF-16 text; save the draft as UTF-8"),
            "{err}"
        );
        if Path::new("/dev/null").exists() {
            let err = collect_files(&[PathBuf::from("/dev/null")], None, None)
                .unwrap_err()
                .to_string();
            assert!(err.contains("not a regular file or folder"), "{err}");
        }
        if Path::new("/dev/zero").exists() {
            let err = read_draft(Path::new("/dev/zero")).unwrap_err().to_string();
            assert!(err.contains("not a regular file"), "{err}");
        }
    }
}
