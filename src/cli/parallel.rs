//! Language versions among the checked files: paired by the ITU
//! document-name convention, by identity line, or as the user said
//! (`--parallel A B`, `parallel` in `resolution-ls.toml`); the differences
//! are added to both files' findings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::report::FileReport;
use crate::catalogue::Catalogue;
use crate::ide::parallel::{
    compare_files, pairs_by_identity, pairs_by_name, settle, Keyed, PairedBy,
};
use crate::ide::FileAnalysis;

fn canonical(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Compares every pair of reports that are versions of each other and adds
/// the differences to both.
pub(super) fn compare_versions(
    reports: &mut [FileReport],
    catalogue: &Catalogue,
    explicit: &[Vec<PathBuf>],
) {
    if reports.len() < 2 {
        return;
    }
    // Pairs, each with the strongest reason: the user's word, then the name.
    let mut pairs: BTreeMap<(usize, usize), PairedBy> = BTreeMap::new();
    let files: Vec<&FileAnalysis> = reports.iter().map(|r| &*r.file).collect();
    for (i, j) in pairs_by_identity(&files, catalogue) {
        pairs.insert((i, j), PairedBy::Identity);
    }
    let paths: Vec<PathBuf> = reports.iter().map(|r| r.path.clone()).collect();
    for (i, j) in pairs_by_name(&paths) {
        pairs.insert((i, j), PairedBy::Name);
    }
    if !explicit.is_empty() {
        let canon: Vec<PathBuf> = paths.iter().map(|p| canonical(p)).collect();
        for group in explicit {
            let members: Vec<usize> = group
                .iter()
                .filter_map(|p| {
                    let c = canonical(p);
                    canon.iter().position(|x| *x == c)
                })
                .collect();
            for (k, &i) in members.iter().enumerate() {
                for &j in &members[k + 1..] {
                    if i != j {
                        pairs.insert((i.min(j), i.max(j)), PairedBy::Explicit);
                    }
                }
            }
        }
    }
    if pairs.is_empty() {
        return;
    }
    let keys: Vec<Arc<str>> = paths
        .iter()
        .map(|p| Arc::from(p.display().to_string()))
        .collect();
    let mut found: Vec<Vec<crate::analysis::Diagnostic>> = vec![Vec::new(); reports.len()];
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); reports.len()];
    for (&(i, j), &by) in &pairs {
        let c = compare_files(
            Keyed {
                key: &keys[i],
                file: &reports[i].file,
            },
            Keyed {
                key: &keys[j],
                file: &reports[j].file,
            },
            by,
            catalogue,
        );
        found[i].extend(c.first);
        found[j].extend(c.second);
        partners[i].push(j);
        partners[j].push(i);
    }
    let shared: Vec<Arc<FileAnalysis>> = reports.iter().map(|r| r.file.clone()).collect();
    for (i, report) in reports.iter_mut().enumerate() {
        let extra = settle(&report.file, std::mem::take(&mut found[i]), &report.config);
        report.diagnostics.extend(extra);
        report
            .diagnostics
            .sort_by(|a, b| (a.range, a.code).cmp(&(b.range, b.code)));
        report.partners = partners[i]
            .iter()
            .map(|&j| (keys[j].clone(), shared[j].clone()))
            .collect();
    }
}
