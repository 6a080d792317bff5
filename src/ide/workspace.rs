//! What files teach each other: a draft whose identity line names a
//! revision (`RESOLUTION 101 (REV. DOHA, 2026)`) teaches the catalogue that
//! revision, for the citations of every *other* file — never its own, or a
//! draft revising a resolution would call its own citations of the previous
//! revision outdated. The command line and the server both build the
//! catalogue a file resolves against here.

use crate::analysis::resolve::identity_entry;
use crate::catalogue::{Catalogue, Entry};

use super::FileAnalysis;

/// What `file` teaches the catalogue: the revisions its identity lines
/// name, with `source` (a path or URI) as provenance.
pub fn taught_entries(file: &FileAnalysis, source: &str) -> Vec<Entry> {
    let builtin = Catalogue::builtin();
    file.identities()
        .iter()
        .filter_map(|id| identity_entry(id, source, &builtin))
        .collect()
}

/// The catalogue a file's citations resolve against: `base` (the built-in
/// catalogue with the user's files) and what the other files teach.
pub fn catalogue_with<'a>(
    base: &Catalogue,
    taught_by_others: impl IntoIterator<Item = &'a [Entry]>,
) -> Catalogue {
    let entries: Vec<Entry> = taught_by_others
        .into_iter()
        .flat_map(|e| e.iter().cloned())
        .collect();
    if entries.is_empty() {
        return base.clone();
    }
    base.with_overlay(entries)
}
