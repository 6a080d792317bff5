//! What checking one file gives, for every output format.

use std::path::PathBuf;

use crate::analysis::{Config, Diagnostic};
use crate::domain::Language;
use crate::ide::FileAnalysis;
use crate::model::Model;

/// The result of checking one file.
pub struct FileReport {
    pub path: PathBuf,
    pub file: FileAnalysis,
    /// The configuration it was checked with (its catalogue includes what
    /// the other files teach), for re-checks and fixes.
    pub config: Config,
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    pub fn text(&self) -> &str {
        self.file.text()
    }

    pub fn model(&self) -> &Model {
        self.file.model()
    }

    /// The language its findings and the words around them are shown in.
    pub fn language(&self) -> Language {
        self.config.messages.unwrap_or(self.model().language)
    }
}
