//! Parallel language versions in the editor: a document's other versions
//! (open, indexed, or on disk only), the differences published with its
//! own findings, the parallel clause in hover, and "go to the parallel
//! clause" (`textDocument/implementation` and the
//! [`super::PARALLEL_COMMAND`] command).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tower_lsp_server::ls_types as lsp;
use tower_lsp_server::ls_types::Uri;

use super::state::Shared;
use super::to_proto;
use crate::ide::parallel::{
    compare_files, hover_markdown, name_siblings, pairs_by_identity, parallel_places, settle,
    Keyed, PairedBy, ParallelPlace, Partner,
};
use crate::ide::FileAnalysis;
use crate::text::PositionEncoding;

/// One other version of a document.
pub(super) struct Found {
    pub uri: Uri,
    pub key: Arc<str>,
    pub file: Arc<FileAnalysis>,
    pub by: PairedBy,
}

fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The analysis of a file the server may not have open: open or indexed,
/// else read from disk (refused files are skipped).
fn load(shared: &Shared, path: &Path) -> Option<(Uri, Arc<FileAnalysis>)> {
    let uri = Uri::from_file_path(path)?;
    if let Some(file) = shared.analysis(&uri) {
        return Some((uri, file));
    }
    if !path.is_file() {
        return None;
    }
    let text = crate::files::read_draft(path).ok()?;
    let file = FileAnalysis::with_language(
        crate::syntax::SourceFile::parse(&text),
        shared.language_for(&uri),
    );
    Some((uri, Arc::new(file)))
}

/// The other language versions of `uri`: named by the project's
/// `parallel` groups, by the ITU document-name convention, or holding a
/// document with the same identity line in another language.
pub(super) fn partners(shared: &Shared, uri: &Uri, file: &FileAnalysis) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let add = |out: &mut Vec<Found>, found_uri: Uri, f: Arc<FileAnalysis>, by: PairedBy| {
        if &found_uri == uri || out.iter().any(|x| x.uri == found_uri) {
            return;
        }
        out.push(Found {
            key: Arc::from(found_uri.as_str()),
            uri: found_uri,
            file: f,
            by,
        });
    };
    let path = uri.to_file_path().map(|p| p.into_owned());
    if let Some(path) = &path {
        if let Some(project) = shared.project_for(uri) {
            let me = canonical(path);
            for group in &project.parallel {
                if !group.iter().any(|p| canonical(p) == me) {
                    continue;
                }
                for other in group.iter().filter(|p| canonical(p) != me) {
                    if let Some((u, f)) = load(shared, other) {
                        add(&mut out, u, f, PairedBy::Explicit);
                    }
                }
            }
        }
        for sibling in name_siblings(path) {
            if let Some((u, f)) = load(shared, &sibling) {
                add(&mut out, u, f, PairedBy::Name);
            }
        }
    }
    let catalogue = shared.catalogue_for(uri);
    for (other_uri, other) in shared.all_files() {
        if &other_uri == uri || out.iter().any(|x| x.uri == other_uri) {
            continue;
        }
        if !pairs_by_identity(&[file, &other], &catalogue).is_empty() {
            add(&mut out, other_uri, other, PairedBy::Identity);
        }
    }
    out
}

/// The differences between `uri` and its other versions, as protocol
/// diagnostics whose related places point into the other files.
pub(super) fn diagnostics(
    shared: &Shared,
    uri: &Uri,
    file: &FileAnalysis,
    encoding: PositionEncoding,
) -> Vec<lsp::Diagnostic> {
    let found = partners(shared, uri, file);
    if found.is_empty() {
        return Vec::new();
    }
    let key: Arc<str> = Arc::from(uri.as_str());
    let catalogue = shared.catalogue_for(uri);
    let mut all = Vec::new();
    for p in &found {
        let c = compare_files(
            Keyed { key: &key, file },
            Keyed {
                key: &p.key,
                file: &p.file,
            },
            p.by,
            &catalogue,
        );
        all.extend(c.first);
    }
    let config = shared.config_for(uri);
    settle(file, all, &config)
        .iter()
        .map(|d| {
            let mut out = to_proto::diagnostic(uri, file, d, encoding);
            // A related place in another file: its range read in that file.
            for (rel, info) in d
                .related
                .iter()
                .zip(out.related_information.iter_mut().flatten())
            {
                let Some(other) = &rel.file else { continue };
                if let Some(p) = found.iter().find(|p| &p.key == other) {
                    info.location.range = to_proto::range(&p.file, rel.range, encoding);
                }
            }
            out
        })
        .collect()
}

/// The open documents among `uri`'s other versions: their findings change
/// when `uri` does.
pub(super) fn open_partners(shared: &Shared, uri: &Uri, file: &FileAnalysis) -> Vec<Uri> {
    partners(shared, uri, file)
        .into_iter()
        .filter(|p| shared.docs.contains_key(&p.uri))
        .map(|p| p.uri)
        .collect()
}

/// The parallel clauses of the clause at `offset`, in every other version
/// (and, in a bilingual file, in its other documents).
fn places(
    shared: &Shared,
    uri: &Uri,
    file: &FileAnalysis,
    offset: usize,
) -> Vec<(ParallelPlace, Option<Arc<FileAnalysis>>)> {
    let found = partners(shared, uri, file);
    let key: Arc<str> = Arc::from(uri.as_str());
    let partners: Vec<Partner> = found
        .iter()
        .map(|p| Partner {
            file: Keyed {
                key: &p.key,
                file: &p.file,
            },
            by: p.by,
        })
        .collect();
    let catalogue = shared.catalogue_for(uri);
    parallel_places(Keyed { key: &key, file }, &partners, offset, &catalogue)
        .into_iter()
        .map(|place| {
            let other = found
                .iter()
                .find(|p| p.key == place.key)
                .map(|p| p.file.clone());
            (place, other)
        })
        .collect()
}

/// Where the parallel clauses are, as protocol locations.
pub(super) fn locations(
    shared: &Shared,
    uri: &Uri,
    file: &FileAnalysis,
    offset: usize,
    encoding: PositionEncoding,
) -> Vec<lsp::Location> {
    places(shared, uri, file, offset)
        .into_iter()
        .filter_map(|(place, other)| {
            let target = other.as_deref().unwrap_or(file);
            Some(lsp::Location {
                uri: place.key.parse().ok()?,
                range: to_proto::range(target, place.range, encoding),
            })
        })
        .collect()
}

/// The hover section showing the parallel clauses, in Markdown.
pub(super) fn hover(
    shared: &Shared,
    uri: &Uri,
    file: &FileAnalysis,
    offset: usize,
) -> Option<String> {
    let found: Vec<ParallelPlace> = places(shared, uri, file, offset)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let language = shared
        .messages_for(uri)
        .unwrap_or_else(|| file.model().language_at(offset));
    hover_markdown(&found, language, |key| {
        key.parse::<Uri>()
            .ok()
            .and_then(|u| u.to_file_path().map(|p| p.into_owned()))
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| key.to_string())
    })
}

/// `hover` with the parallel clauses after it (or alone, when the clause
/// itself has nothing to show).
pub(super) fn with_parallel_hover(
    shared: &Shared,
    uri: &Uri,
    file: &FileAnalysis,
    offset: usize,
    hover: Option<crate::ide::HoverInfo>,
) -> Option<crate::ide::HoverInfo> {
    let Some(parallel) = self::hover(shared, uri, file, offset) else {
        return hover;
    };
    Some(match hover {
        Some(mut h) => {
            h.markdown.push_str("\n\n---\n\n");
            h.markdown.push_str(&parallel);
            h
        }
        None => {
            let range = file
                .clause_at(offset)
                .map(|(_, c)| crate::analysis::rules::parallel::clause_span(c))
                .unwrap_or_else(|| crate::text::TextRange::empty(offset));
            crate::ide::HoverInfo {
                markdown: parallel,
                range,
            }
        }
    })
}
