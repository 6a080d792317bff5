//! Word documents in the editor and on the command line alike: the fixed
//! copy (every chosen fix a tracked change) and where it goes.

use std::path::{Path, PathBuf};

use crate::analysis::Diagnostic;
use crate::files::docx::{self, FixOutcome, WordDocument};
use crate::text::TextRange;

/// What fixing a Word document did.
#[derive(Debug, Default)]
pub struct WordFix {
    /// The fixed copy's bytes, when at least one fix was written.
    pub copy: Option<Vec<u8>>,
    /// The fixes written: where (a span of the text) and their title.
    pub applied: Vec<(TextRange, String)>,
    /// The fixes not written: where, their title and why.
    pub skipped: Vec<(TextRange, String, String)>,
}

/// Chooses the fixes of `findings` (one round: preferred, safe unless
/// `unsafe_fixes`, none overlapping) and writes them into a copy of
/// `original` (the document's bytes) as tracked changes dated now.
pub fn fix_word_document(
    word: &WordDocument,
    findings: &[Diagnostic],
    unsafe_fixes: bool,
    original: &[u8],
) -> Result<WordFix, String> {
    let chosen = super::chosen_fixes(findings, unsafe_fixes);
    if chosen.is_empty() {
        return Ok(WordFix::default());
    }
    let edits: Vec<Vec<crate::text::TextEdit>> =
        chosen.iter().map(|(_, f)| f.edits.clone()).collect();
    let copy = word.fixed_copy(original, &edits, &docx::utc_now())?;
    let mut out = WordFix::default();
    for ((span, fix), outcome) in chosen.iter().zip(&copy.outcomes) {
        match outcome {
            FixOutcome::Applied => out.applied.push((*span, fix.title.to_string())),
            FixOutcome::Skipped(why) => {
                out.skipped
                    .push((*span, fix.title.to_string(), why.clone()))
            }
        }
    }
    if !out.applied.is_empty() {
        out.copy = Some(copy.bytes);
    }
    Ok(out)
}

/// Where the fixed copy of a Word document goes: `name.fixed.docx` beside it.
pub fn fixed_copy_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.fixed.docx"))
}
