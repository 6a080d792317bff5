//! Parallel language versions across files: which files are versions of
//! each other (by the ITU document-name convention, by identity line, or as
//! the user says), their differences (the RLS08xx findings of
//! [`crate::analysis::rules::parallel`], for both files), and the clause of
//! the other version that says what the cursor's clause says (hover and
//! "go to the parallel clause").
//!
//! Files are `(key, &FileAnalysis)` pairs whatever the caller's key (a
//! path, a URI); related information of a finding names the other file by
//! its key.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::FileAnalysis;
use crate::analysis::rules::parallel::{
    self, compare, counterpart, document_pairs, identity_signature, pairs_within,
    IdentitySignature, Version,
};
use crate::analysis::{suppress, Config, Diagnostic};
use crate::catalogue::Catalogue;
use crate::domain::Language;
use crate::text::TextRange;

/// The language letters of the ITU document-name convention
/// (`PP22-DOC-0044-E.txt`), in the order ITU lists them.
pub const NAME_LETTERS: [(char, Language); 6] = [
    ('E', Language::English),
    ('F', Language::French),
    ('S', Language::Spanish),
    ('C', Language::Chinese),
    ('R', Language::Russian),
    ('A', Language::Arabic),
];

/// The name without its language letter and the language, when a file's
/// name follows the convention: `…-E.txt` → (`…/PP22-DOC-0044`, English).
pub fn name_version(path: &Path) -> Option<(PathBuf, Language)> {
    let stem = path.file_stem()?.to_str()?;
    let (base, letter) = stem.rsplit_once('-')?;
    let mut chars = letter.chars();
    let c = chars.next()?.to_ascii_uppercase();
    if chars.next().is_some() || base.is_empty() {
        return None;
    }
    let language = NAME_LETTERS.iter().find(|(l, _)| *l == c)?.1;
    Some((path.with_file_name(base), language))
}

/// The names the other language versions of `path` have under the
/// convention, in the same folder with the same extension (whether they
/// exist is for the caller to see).
pub fn name_siblings(path: &Path) -> Vec<PathBuf> {
    let Some((base, language)) = name_version(path) else {
        return Vec::new();
    };
    let Some(name) = base.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let lower = stem.ends_with(|c: char| c.is_ascii_lowercase());
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map_or(String::new(), |e| format!(".{e}"));
    NAME_LETTERS
        .iter()
        .filter(|(_, l)| *l != language)
        .map(|(c, _)| {
            let c = if lower { c.to_ascii_lowercase() } else { *c };
            path.with_file_name(format!("{name}-{c}{ext}"))
        })
        .collect()
}

/// How two files came to be paired.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairedBy {
    /// Their names differ only in the language letter.
    Name,
    /// A document of each has the same identity line (in two languages).
    Identity,
    /// The user said so (`--parallel`, `parallel` in `resolution-ls.toml`).
    Explicit,
}

impl PairedBy {
    /// Files paired by name or by the user pair their body documents in
    /// order when their identity lines do not pair them.
    fn by_order(self) -> bool {
        self != PairedBy::Identity
    }
}

/// The pairs of `paths` whose names differ only in the language letter.
pub fn pairs_by_name(paths: &[PathBuf]) -> Vec<(usize, usize)> {
    let versions: Vec<Option<(PathBuf, Language)>> =
        paths.iter().map(|p| name_version(p)).collect();
    let mut out = Vec::new();
    for i in 0..paths.len() {
        for j in i + 1..paths.len() {
            if let (Some((a, la)), Some((b, lb))) = (&versions[i], &versions[j]) {
                if a == b && la != lb {
                    out.push((i, j));
                }
            }
        }
    }
    out
}

/// The pairs of files that hold a version of the same document (the same
/// identity line, revision included) in two languages.
pub fn pairs_by_identity(files: &[&FileAnalysis], catalogue: &Catalogue) -> Vec<(usize, usize)> {
    let sigs: Vec<Vec<_>> = files
        .iter()
        .map(|f| {
            let m = f.model();
            (0..m.documents.len())
                .filter(|&d| m.documents[d].kind.is_body())
                .filter_map(|d| {
                    Some((
                        identity_signature(m, d, catalogue)?,
                        m.documents[d].language,
                    ))
                })
                .collect()
        })
        .collect();
    // Files grouped by signature: pairs come only from within a group, so
    // checking many files costs what their versions cost, not n².
    let mut groups: std::collections::HashMap<&IdentitySignature, Vec<(usize, Language)>> =
        std::collections::HashMap::new();
    for (i, sig) in sigs.iter().enumerate() {
        for (s, l) in sig {
            groups.entry(s).or_default().push((i, *l));
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for members in groups.values() {
        for (k, &(i, l)) in members.iter().enumerate() {
            for &(j, m) in &members[k + 1..] {
                if i != j && l != m {
                    out.insert((i.min(j), i.max(j)));
                }
            }
        }
    }
    out.into_iter().collect()
}

/// One file with the key findings about it use for related information.
#[derive(Clone, Copy)]
pub struct Keyed<'a> {
    pub key: &'a Arc<str>,
    pub file: &'a FileAnalysis,
}

/// The differences between two files that are versions of each other: the
/// first file's findings and the second's, each pointing at the other.
pub fn compare_files(
    a: Keyed,
    b: Keyed,
    by: PairedBy,
    catalogue: &Catalogue,
) -> parallel::Comparison {
    let mut out = parallel::Comparison::default();
    for (i, j) in document_pairs(a.file.model(), b.file.model(), catalogue, by.by_order()) {
        let c = compare(
            &version(a.file, i, Some(a.key), catalogue),
            &version(b.file, j, Some(b.key), catalogue),
        );
        out.first.extend(c.first);
        out.second.extend(c.second);
    }
    out
}

fn version<'a>(
    file: &'a FileAnalysis,
    document: usize,
    key: Option<&'a Arc<str>>,
    catalogue: &'a Catalogue,
) -> Version<'a> {
    Version {
        text: file.text(),
        model: file.model(),
        document,
        file: key,
        catalogue,
    }
}

/// Findings about a file from comparisons with its other versions, as the
/// file's own findings are: markers written in the file (`[rls-ignore …]`)
/// and the configured severities apply, messages are in the configured
/// language or the file's own; sorted by range and code.
pub fn settle(file: &FileAnalysis, mut found: Vec<Diagnostic>, config: &Config) -> Vec<Diagnostic> {
    suppress::apply(file.model(), file.text(), &mut found);
    found.retain_mut(|d| match config.severity_of(d.code, d.severity) {
        Some(severity) => {
            d.severity = severity;
            true
        }
        None => false,
    });
    // Written in the language asked for, else in the file's own.
    for d in &mut found {
        let language = config
            .messages
            .unwrap_or_else(|| file.model().language_at(d.range.start));
        d.localize(language);
    }
    found.sort_by(|x, y| (x.range, x.code).cmp(&(y.range, y.code)));
    found
}

/// The same place in another version: which file (by key) and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParallelPlace {
    pub key: Arc<str>,
    pub range: TextRange,
    pub language: Language,
    /// The clause's text (or the heading), cut for a hover.
    pub text: String,
}

/// A file's other versions, each with how it was paired.
pub struct Partner<'a> {
    pub file: Keyed<'a>,
    pub by: PairedBy,
}

/// The clause (or heading) of every other version that says what `offset`
/// in `file` says: versions in other files, and in a bilingual file the
/// other documents of the same file.
pub fn parallel_places(
    file: Keyed,
    partners: &[Partner],
    offset: usize,
    catalogue: &Catalogue,
) -> Vec<ParallelPlace> {
    let model = file.file.model();
    let Some(di) = model
        .documents
        .iter()
        .position(|d| d.range.contains_inclusive(offset))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let here = version(file.file, di, None, catalogue);
    for (i, j) in pairs_within(model, catalogue) {
        let other = if i == di {
            j
        } else if j == di {
            i
        } else {
            continue;
        };
        let there = version(file.file, other, None, catalogue);
        if let Some(range) = counterpart(&here, &there, offset) {
            out.push(place(file, other, range));
        }
    }
    for p in partners {
        for (i, j) in document_pairs(model, p.file.file.model(), catalogue, p.by.by_order()) {
            if i != di {
                continue;
            }
            let there = version(p.file.file, j, None, catalogue);
            if let Some(range) = counterpart(&here, &there, offset) {
                out.push(place(p.file, j, range));
            }
        }
    }
    out
}

fn place(file: Keyed, document: usize, range: TextRange) -> ParallelPlace {
    let language = file
        .file
        .model()
        .documents
        .get(document)
        .map_or(file.file.model().language, |d| d.language);
    let text = super::short(crate::text::slice(file.file.text(), range), 400);
    ParallelPlace {
        key: file.key.clone(),
        range,
        language,
        text,
    }
}

/// The hover section that shows the parallel versions of a clause, in
/// Markdown, written in `language`; `None` when there is none.
pub fn hover_markdown(
    places: &[ParallelPlace],
    language: Language,
    name_of: impl Fn(&str) -> String,
) -> Option<String> {
    if places.is_empty() {
        return None;
    }
    let blocks: Vec<String> = places
        .iter()
        .map(|p| {
            let title = crate::tr!(
                language,
                "parallel-hover-title",
                language = p.language.code(),
                file = name_of(&p.key)
            );
            let quoted: Vec<String> = p.text.lines().map(|l| format!("> {l}")).collect();
            format!("**{title}**\n\n{}", quoted.join("\n"))
        })
        .collect();
    Some(blocks.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_itu_convention() {
        let (base, l) = name_version(Path::new("/d/PP22-DOC-0044-E.txt")).unwrap();
        assert_eq!(base, PathBuf::from("/d/PP22-DOC-0044"));
        assert_eq!(l, Language::English);
        assert!(name_version(Path::new("/d/res-101.txt")).is_none());
        assert!(name_version(Path::new("/d/-E.txt")).is_none());
        let siblings = name_siblings(Path::new("/d/PP22-DOC-0044-E.txt"));
        assert_eq!(siblings.len(), 5);
        assert!(siblings.contains(&PathBuf::from("/d/PP22-DOC-0044-F.txt")));
        let paths = [
            PathBuf::from("a/x-E.txt"),
            PathBuf::from("a/x-F.txt"),
            PathBuf::from("b/x-C.txt"),
            PathBuf::from("a/y-E.txt"),
        ];
        assert_eq!(pairs_by_name(&paths), [(0, 1)]);
    }
}
