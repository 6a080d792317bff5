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
/// name, with `source` (a path or URI) as provenance. The identity lines
/// of proposals (`MOD EUR/44A7/1`, `ADD …`) teach nothing: a proposal is
/// not an adopted text.
pub fn taught_entries(file: &FileAnalysis, source: &str) -> Vec<Entry> {
    let builtin = Catalogue::builtin();
    let model = file.model();
    file.identities()
        .iter()
        .filter(|id| id.proposal.is_none() && model.proposal_for(id.range).is_none())
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

/// Whether `citations` cite a number that `taught` (what their file
/// teaches) defines: only then can the file's own entries change a
/// verdict on it, and its catalogue must hold them. Any other file
/// resolves against the one catalogue of everything taught.
pub fn cites_own_teaching(
    citations: &[crate::model::citations::Citation],
    taught: &[Entry],
) -> bool {
    let own_numbers: Vec<u32> = taught
        .iter()
        .filter_map(|e| match e {
            Entry::Resolution(r) => Some(r.key.number),
            _ => None,
        })
        .collect();
    !own_numbers.is_empty()
        && citations.iter().any(|c| {
            c.numbers
                .iter()
                .any(|n| n.value().is_some_and(|v| own_numbers.contains(&v)))
        })
}

/// The catalogues of a set of files that teach each other, without building
/// one per file: one shared catalogue holds what every file teaches, and a
/// file gets a catalogue of its own (everything but what it teaches) only
/// when it cites a number it also teaches — otherwise its own entries
/// cannot change how its citations resolve, and the shared one is the same.
pub struct Teaching {
    base: Catalogue,
    shared: Catalogue,
    taught: Vec<Vec<Entry>>,
}

impl Teaching {
    /// `taught[i]` is what file `i` teaches ([`taught_entries`]).
    pub fn new(base: &Catalogue, taught: Vec<Vec<Entry>>) -> Teaching {
        let shared = catalogue_with(base, taught.iter().map(Vec::as_slice));
        Teaching {
            base: base.clone(),
            shared,
            taught,
        }
    }

    /// The catalogue file `i` (analysed as `file`) resolves against.
    pub fn catalogue_for(&self, i: usize, file: &FileAnalysis) -> Catalogue {
        let own = self.taught.get(i).map_or(&[][..], Vec::as_slice);
        if !cites_own_teaching(file.citations(), own) {
            return self.shared.clone();
        }
        catalogue_with(
            &self.base,
            self.taught
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, t)| t.as_slice()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_share_one_catalogue_unless_they_cite_what_they_teach() {
        let texts = [
            "RESOLUTION 901 (REV. DOHA, 2026)\nT\nThe Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nrecalling\nResolution 902 (Doha, 2026),\nresolves\nto act.\n",
            "RESOLUTION 902 (DOHA, 2026)\nT\nThe Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),\nrecalling\nResolution 902 (Doha, 2026) and Resolution 901 (Rev. Doha, 2026),\nresolves\nto act.\n",
            "recalling\nResolution 901 (Rev. Doha, 2026) of the Plenipotentiary Conference,\nresolves\nto act.\n",
        ];
        let files: Vec<FileAnalysis> = texts.iter().map(|t| FileAnalysis::parse(t)).collect();
        let taught: Vec<Vec<Entry>> = files
            .iter()
            .enumerate()
            .map(|(i, f)| taught_entries(f, &format!("f{i}")))
            .collect();
        assert_eq!(taught.iter().map(Vec::len).collect::<Vec<_>>(), [1, 1, 0]);
        let teaching = Teaching::new(&Catalogue::builtin(), taught);
        let (c0, c1, c2) = (
            teaching.catalogue_for(0, &files[0]),
            teaching.catalogue_for(1, &files[1]),
            teaching.catalogue_for(2, &files[2]),
        );
        // File 0 cites 902, not its own 901: the shared catalogue.
        assert!(c0.same_as(&c2));
        // File 1 cites its own 902: a catalogue without what it teaches.
        assert!(!c1.same_as(&c2));
        let key = |n| {
            crate::catalogue::Key::new(
                crate::domain::Body::Pp,
                crate::catalogue::Kind::Resolution,
                n,
            )
        };
        assert!(c1
            .entry(&key(902))
            .is_none_or(|e| e.revisions.iter().all(|r| r.year != Some(2026))));
        assert!(c2.entry(&key(902)).is_some());
    }
}
