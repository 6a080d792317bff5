//! The on-disk cache of what a folder of official texts taught, so that a
//! large folder is read once: the server's `officialTexts` folders (and
//! `resolution-ls catalogue --official`) learn through [`learn_folder`].
//!
//! One cache file per folder, `learnt-<hash of the folder's path>.tsv`,
//! under `$RESOLUTION_LS_CACHE_DIR`, else `$XDG_CACHE_HOME/resolution-ls`,
//! else `~/.cache/resolution-ls`. It is a user catalogue file
//! (docs/catalogue.md) whose comments say which file each record was
//! learnt from (fields separated by tabs):
//!
//! ```text
//! # resolution-ls learnt-catalogue cache, format 1, resolution-ls 0.1.0
//! # folder  /home/me/itu/pp-26
//! # file  /home/me/itu/pp-26/res101.txt  18234  1764547200123456789
//! resolution  PP  101  latest=Rev. Doha, 2026  …  source=/home/me/itu/pp-26/res101.txt:1  trust=official
//! ```
//!
//! A `# file` line gives the path, size in bytes and modification time (in
//! nanoseconds since 1970) the records after it were learnt from. A file
//! whose size or time differs, or that the cache does not name, is read
//! again; a file that could not be read is never cached (it is tried again
//! next time). A cache written by another version, for another folder, or
//! that does not load is ignored and rewritten: never an error.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use super::official::{learn_file, official_files};
use crate::catalogue::build::{learnt_entries, BuildProblem};
use crate::catalogue::{Catalogue, Entry};

/// The environment variable that names the cache folder (tests, or a
/// user who wants it elsewhere).
pub const CACHE_DIR_ENV: &str = "RESOLUTION_LS_CACHE_DIR";

/// The first line of a cache file: another version's cache is not read
/// (what it learnt may have changed).
fn header() -> String {
    format!(
        "# resolution-ls learnt-catalogue cache, format 1, resolution-ls {}",
        env!("CARGO_PKG_VERSION")
    )
}

/// Where caches go by default: `$RESOLUTION_LS_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/resolution-ls`, else `~/.cache/resolution-ls`; `None`
/// when none of these is set (nothing is cached then).
pub fn default_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    if let Some(dir) = var(CACHE_DIR_ENV) {
        return Some(dir);
    }
    if let Some(xdg) = var("XDG_CACHE_HOME") {
        return Some(xdg.join("resolution-ls"));
    }
    var("HOME").map(|h| h.join(".cache").join("resolution-ls"))
}

/// What a folder taught, and how.
#[derive(Debug, Default)]
pub struct FolderLearnt {
    pub folder: PathBuf,
    /// Every text's entries, file by file in name order; each entry's
    /// origin is the file and line it was read from.
    pub entries: Vec<Entry>,
    /// How many texts (records) the folder holds.
    pub texts: usize,
    /// Files of the folder.
    pub files: usize,
    /// Files read this time (new, changed, or no usable cache).
    pub read: usize,
    /// Files whose texts came from the cache.
    pub cached: usize,
    /// Files that could not be read, statements not understood; a cache
    /// that could not be written is a note.
    pub problems: Vec<BuildProblem>,
    /// The cache file, when there is a cache folder.
    pub cache_file: Option<PathBuf>,
}

/// One file as the cache records it.
struct Cached {
    size: u64,
    modified: u128,
    records: Vec<String>,
    entries: Vec<Entry>,
}

/// Learns what `folder` teaches, reading only the files the cache in
/// `cache_dir` does not hold as they are now, and rewrites the cache when
/// anything changed. Blocking; never panics on a bad file or cache.
pub fn learn_folder(
    folder: &Path,
    cache_dir: Option<&Path>,
    catalogue: &Catalogue,
) -> FolderLearnt {
    let folder = folder
        .canonicalize()
        .unwrap_or_else(|_| folder.to_path_buf());
    let mut out = FolderLearnt {
        folder: folder.clone(),
        ..FolderLearnt::default()
    };
    if !folder.is_dir() {
        out.problems.push(BuildProblem {
            file: folder.display().to_string(),
            line: None,
            message: "not a folder of official texts (it does not exist, or is a file)".into(),
            error: true,
        });
        return out;
    }
    let (files, mut problems) = official_files(&folder);
    out.problems.append(&mut problems);
    out.files = files.len();
    out.cache_file = cache_dir.map(|d| d.join(cache_name(&folder)));
    let mut old = out
        .cache_file
        .as_deref()
        .map(|f| read_cache(f, &folder))
        .unwrap_or_default();
    let old_count = old.len();
    let mut new: Vec<(PathBuf, Cached)> = Vec::new();
    let mut changed = false;
    for file in files {
        let stamp = stamp(&file);
        let hit = stamp.and_then(|(size, modified)| {
            old.remove(&file)
                .filter(|c| c.size == size && c.modified == modified)
        });
        let cached = match hit {
            Some(c) => {
                out.cached += 1;
                c
            }
            None => {
                out.read += 1;
                changed = true;
                let (texts, mut problems) = learn_file(&file, catalogue);
                let failed = problems.iter().any(|p| p.error);
                out.problems.append(&mut problems);
                let records: Vec<String> = texts.iter().map(|t| t.record()).collect();
                let entries = texts.iter().flat_map(|t| t.entries()).collect();
                let cached = Cached {
                    size: stamp.map_or(0, |s| s.0),
                    modified: stamp.map_or(0, |s| s.1),
                    records,
                    entries,
                };
                let name = file.to_string_lossy();
                if failed || stamp.is_none() || name.contains(['\t', '\n', '\r']) {
                    // Not cached: tried again next time.
                    out.texts += cached.records.len();
                    out.entries.extend(cached.entries);
                    continue;
                }
                cached
            }
        };
        out.texts += cached.records.len();
        out.entries.extend(cached.entries.iter().cloned());
        new.push((file, cached));
    }
    // Files gone since the cache was written.
    changed |= !old.is_empty() || new.len() != old_count;
    if let (true, Some(path)) = (changed, out.cache_file.as_deref()) {
        if let Err(e) = write_cache(path, &folder, &new) {
            out.problems.push(BuildProblem {
                file: path.display().to_string(),
                line: None,
                message: format!(
                    "the cache could not be written ({e}); the folder will be read again next time"
                ),
                error: false,
            });
        }
    }
    out
}

/// The file's size and modification time (ns since 1970).
fn stamp(file: &Path) -> Option<(u64, u128)> {
    let meta = std::fs::metadata(file).ok()?;
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((meta.len(), modified.as_nanos()))
}

/// `learnt-<FNV-1a of the folder's path>.tsv`: stable across runs and
/// versions (std's hasher is not promised to be).
fn cache_name(folder: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in folder.to_string_lossy().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("learnt-{hash:016x}.tsv")
}

/// What a cache file holds for `folder`, by file; empty when it is
/// missing, of another version or folder, or unreadable. A file whose
/// records do not load is left out (and read again).
fn read_cache(path: &Path, folder: &Path) -> HashMap<PathBuf, Cached> {
    let mut out = HashMap::new();
    let Ok(text) = std::fs::read_to_string(path) else {
        return out;
    };
    let mut lines = text.lines();
    if lines.next() != Some(header().as_str()) {
        return out;
    }
    let folder_line = format!("# folder\t{}", folder.display());
    if lines.next() != Some(folder_line.as_str()) {
        return out;
    }
    let mut current: Option<(PathBuf, Cached, bool)> = None;
    let mut finish = |current: Option<(PathBuf, Cached, bool)>| {
        if let Some((file, cached, true)) = current {
            out.insert(file, cached);
        }
    };
    for line in lines {
        if let Some(rest) = line.strip_prefix("# file\t") {
            finish(current.take());
            let fields: Vec<&str> = rest.split('\t').collect();
            if let [file, size, modified] = fields[..] {
                if let (Ok(size), Ok(modified)) = (size.parse(), modified.parse()) {
                    let cached = Cached {
                        size,
                        modified,
                        records: Vec::new(),
                        entries: Vec::new(),
                    };
                    current = Some((PathBuf::from(file), cached, true));
                }
            }
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        } else if let Some((_, cached, good)) = current.as_mut() {
            let entries = learnt_entries(line);
            *good &= !entries.is_empty();
            cached.records.push(line.to_string());
            cached.entries.extend(entries);
        }
    }
    finish(current.take());
    out
}

/// Writes the cache next to its final place, then renames it there (a
/// reader never sees half a file).
fn write_cache(path: &Path, folder: &Path, files: &[(PathBuf, Cached)]) -> std::io::Result<()> {
    let mut text = header();
    text.push('\n');
    text.push_str(&format!("# folder\t{}\n", folder.display()));
    text.push_str("# What each file taught (path, size, modification time in ns); format: docs/catalogue.md\n");
    for (file, cached) in files {
        text.push_str(&format!(
            "# file\t{}\t{}\t{}\n",
            file.display(),
            cached.size,
            cached.modified
        ));
        for r in &cached.records {
            text.push_str(r);
            text.push('\n');
        }
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    // One temporary name per writer, also between servers of one process.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = path.with_extension(format!("tsv.{}-{n}.tmp", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Key;
    use crate::domain::Body;

    const RES101: &str = "RESOLUTION 101 (REV. DOHA, 2026)\n\nInternet Protocol-based networks\n\nThe Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\n\nconsidering\na)\tthat networks grow,\n\nresolves\n1\tto study.\n";

    fn res(n: u32) -> Key {
        Key::new(Body::Pp, crate::catalogue::Kind::Resolution, n)
    }

    #[test]
    fn a_folder_is_read_once_then_from_the_cache() {
        let texts = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        let c = Catalogue::builtin();
        std::fs::write(texts.path().join("res101.txt"), RES101).unwrap();
        std::fs::write(
            texts.path().join("res102.txt"),
            RES101.replace("RESOLUTION 101", "RESOLUTION 102"),
        )
        .unwrap();
        let first = learn_folder(texts.path(), Some(cache.path()), &c);
        assert_eq!(
            (first.files, first.read, first.cached, first.texts),
            (2, 2, 0, 2)
        );
        let cache_file = first.cache_file.clone().unwrap();
        assert!(cache_file.is_file(), "{:?}", first.problems);
        let layered = c.with_overlay(first.entries.clone());
        let latest = layered.latest(&res(101)).unwrap();
        assert_eq!(latest.label(), "Rev. Doha, 2026");
        let at = latest.provenance.location();
        assert!(at.ends_with("res101.txt:1"), "{at}");

        // A restart: nothing is read, the same entries come back.
        let second = learn_folder(texts.path(), Some(cache.path()), &c);
        assert_eq!((second.read, second.cached, second.texts), (0, 2, 2));
        assert_eq!(second.entries, first.entries);

        // A changed file and a new one are read again; a gone one leaves.
        std::fs::write(
            texts.path().join("res101.txt"),
            RES101.replace("REV. DOHA, 2026", "REV. BUCHAREST, 2022"),
        )
        .unwrap();
        std::fs::write(
            texts.path().join("res130.txt"),
            RES101.replace("RESOLUTION 101", "RESOLUTION 130"),
        )
        .unwrap();
        std::fs::remove_file(texts.path().join("res102.txt")).unwrap();
        let third = learn_folder(texts.path(), Some(cache.path()), &c);
        assert_eq!((third.files, third.read, third.cached), (2, 2, 0));
        let fourth = learn_folder(texts.path(), Some(cache.path()), &c);
        assert_eq!((fourth.read, fourth.cached), (0, 2));
        let layered = Catalogue::from_entries(fourth.entries);
        assert_eq!(
            layered.latest(&res(101)).unwrap().label(),
            "Rev. Bucharest, 2022"
        );
        assert!(layered.entry(&res(102)).is_none());
        assert!(layered.entry(&res(130)).is_some());
    }

    #[test]
    fn a_broken_cache_is_ignored_and_rebuilt() {
        let texts = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        let c = Catalogue::builtin();
        std::fs::write(texts.path().join("res101.txt"), RES101).unwrap();
        std::fs::write(texts.path().join("latin1.txt"), b"R\xe9solution\n").unwrap();
        let first = learn_folder(texts.path(), Some(cache.path()), &c);
        assert_eq!(first.read, 2);
        assert!(first
            .problems
            .iter()
            .any(|p| p.error && p.file.ends_with("latin1.txt")));
        let file = first.cache_file.unwrap();
        let good = std::fs::read_to_string(&file).unwrap();
        // The unreadable file is not cached: it is tried again.
        assert!(!good.contains("latin1.txt"), "{good}");
        for broken in [
            String::new(),
            "\u{0}\u{1}garbage".to_string(),
            good.replace("resolution\tPP", "resolution\tXX"),
            good.replace("# file\t", "# file\tx\t"),
            good.lines().take(3).collect::<Vec<_>>().join("\n"),
        ] {
            std::fs::write(&file, &broken).unwrap();
            let again = learn_folder(texts.path(), Some(cache.path()), &c);
            assert_eq!(again.texts, 1, "{broken}");
            assert_eq!(again.cached, 0, "{broken}");
            assert_eq!(std::fs::read_to_string(&file).unwrap(), good);
        }
        // A cache folder that cannot be made is a note, not a failure.
        let blocked = cache.path().join("blocked");
        std::fs::write(&blocked, "a file, not a folder").unwrap();
        let learnt = learn_folder(texts.path(), Some(&blocked), &c);
        assert_eq!(learnt.texts, 1);
        assert!(learnt
            .problems
            .iter()
            .any(|p| !p.error && p.message.contains("cache")));
    }
}
