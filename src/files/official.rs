//! Official texts on disk (Final Acts, the resolutions of a conference, as
//! plain text, Markdown or Akoma Ntoso XML): which files of a folder are
//! read, and what one file teaches the catalogue (through
//! [`crate::analysis::learn`]). `resolution-ls catalogue build`, the
//! server's `officialTexts` folders and the Akoma Ntoso files of a
//! workspace all learn here.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::analysis::learn;
use crate::catalogue::build::{
    BuildProblem, Built, BuiltText, MAX_FILE_BYTES, TEXT_EXTENSIONS, XML_EXTENSIONS,
};
use crate::catalogue::Catalogue;

/// Reads every file under `paths` (folders recursively, in name order) and
/// returns the texts found. Never panics; unreadable files become problems.
pub fn build_catalogue(paths: &[PathBuf], catalogue: &Catalogue) -> Built {
    let mut files = Vec::new();
    let mut built = Built::default();
    for p in paths {
        collect(p, true, &mut files, &mut built.problems);
    }
    for file in files {
        built.files_read += 1;
        let (mut texts, mut problems) = learn_file(&file, catalogue);
        built.texts.append(&mut texts);
        built.problems.append(&mut problems);
    }
    built
}

/// The files of `folder` an official-texts build reads (recursively, in
/// name order, hidden files and folders skipped), and the folders that
/// could not be listed.
pub fn official_files(folder: &Path) -> (Vec<PathBuf>, Vec<BuildProblem>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    collect(folder, false, &mut files, &mut problems);
    (files, problems)
}

/// What one file teaches: its texts, and a problem when it cannot be read
/// (an error) or holds no identity line (a note). Blocking.
pub fn learn_file(file: &Path, catalogue: &Catalogue) -> (Vec<BuiltText>, Vec<BuildProblem>) {
    let name = file.display().to_string();
    let problem = |message: String, error: bool| BuildProblem {
        file: name.clone(),
        line: None,
        message,
        error,
    };
    let mut bytes = Vec::new();
    let read = std::fs::File::open(file).and_then(|f| {
        f.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map(|_| ())
    });
    if let Err(e) = read {
        return (Vec::new(), vec![problem(format!("cannot read: {e}"), true)]);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return (
            Vec::new(),
            vec![problem(
                format!(
                    "skipped: larger than the {} MiB of an official text",
                    MAX_FILE_BYTES >> 20
                ),
                true,
            )],
        );
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let message = format!(
                "not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                e.utf8_error().valid_up_to()
            );
            return (Vec::new(), vec![problem(message, true)]);
        }
    };
    let is_xml = extension(file).is_some_and(|e| XML_EXTENSIONS.contains(&e.as_str()))
        || text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with("<?xml");
    let mut problems = Vec::new();
    let result = if is_xml {
        learn::from_akn(&text, &name, catalogue).map(|(texts, mut notes)| {
            problems.append(&mut notes);
            texts
        })
    } else {
        Ok(learn::from_text(&text, &name, catalogue))
    };
    match result {
        Ok(texts) if texts.is_empty() => {
            problems.push(problem(
                "no identity line (`RESOLUTION 101 (REV. BUCHAREST, 2022)`) found: nothing learnt"
                    .into(),
                false,
            ));
            (texts, problems)
        }
        Ok(texts) => (texts, problems),
        Err(p) => {
            problems.push(p);
            (Vec::new(), problems)
        }
    }
}

/// An Akoma Ntoso file of a workspace: named `*.akn.xml` or `*.akn`, or an
/// `.xml` file whose root element is `akomaNtoso` (the first few
/// kilobytes are read to tell). Blocking.
pub fn is_akoma_ntoso(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if name.ends_with(".akn.xml") || name.ends_with(".akn") {
        return true;
    }
    if !name.ends_with(".xml") {
        return false;
    }
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(8192).read_to_end(&mut head));
    read.is_ok() && root_is_akoma_ntoso(&String::from_utf8_lossy(&head))
}

/// Whether a file read as `text` is Akoma Ntoso rather than a draft: its
/// root element is `akomaNtoso` (the name does not decide: a `.akn.xml`
/// that is not XML is read as what it is). `check` and `export` read such
/// a file's statements ([`crate::akn::read()`]).
pub fn looks_like_akoma_ntoso(text: &str) -> bool {
    let head = match text.char_indices().nth(8192) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    root_is_akoma_ntoso(head)
}

/// True when the first element of `xml` (after the declaration, comments
/// and a doctype) is `akomaNtoso`, with or without a prefix.
fn root_is_akoma_ntoso(xml: &str) -> bool {
    let mut rest = xml.trim_start_matches('\u{feff}');
    loop {
        let Some(at) = rest.find('<') else {
            return false;
        };
        rest = &rest[at..];
        if rest.starts_with("<!--") {
            match rest.find("-->") {
                Some(end) => rest = &rest[end + 3..],
                None => return false,
            }
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            match rest.find('>') {
                Some(end) => rest = &rest[end + 1..],
                None => return false,
            }
        } else {
            let name: String = rest[1..]
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '>' && *c != '/')
                .collect();
            let local = name.rsplit(':').next().unwrap_or("");
            return local == "akomaNtoso";
        }
    }
}

fn extension(p: &Path) -> Option<String> {
    p.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

fn collect(
    path: &Path,
    explicit: bool,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<BuildProblem>,
) {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            problems.push(BuildProblem {
                file: path.display().to_string(),
                line: None,
                message: format!("cannot read: {e}"),
                error: true,
            });
            return;
        }
    };
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                problems.push(BuildProblem {
                    file: path.display().to_string(),
                    line: None,
                    message: format!("cannot list folder: {e}"),
                    error: true,
                });
                return;
            }
        };
        entries.sort();
        for e in entries {
            let hidden = e
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                collect(&e, false, files, problems);
            }
        }
    } else if explicit
        || extension(path).is_some_and(|e| {
            TEXT_EXTENSIONS.contains(&e.as_str()) || XML_EXTENSIONS.contains(&e.as_str())
        })
    {
        files.push(path.to_path_buf());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn akoma_ntoso_is_known_by_its_root() {
        assert!(root_is_akoma_ntoso(
            "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<akomaNtoso xmlns=\"x\"><act/></akomaNtoso>"
        ));
        assert!(root_is_akoma_ntoso("<an:akomaNtoso xmlns:an=\"x\"/>"));
        assert!(!root_is_akoma_ntoso("<?xml version=\"1.0\"?><html/>"));
        assert!(!root_is_akoma_ntoso("not xml"));
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("a.xml");
        std::fs::write(&plain, "<?xml version=\"1.0\"?><akomaNtoso/>").unwrap();
        assert!(is_akoma_ntoso(&plain));
        std::fs::write(&plain, "<?xml version=\"1.0\"?><svg/>").unwrap();
        assert!(!is_akoma_ntoso(&plain));
        assert!(is_akoma_ntoso(&dir.path().join("b.akn.xml")));
    }
}
