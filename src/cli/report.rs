//! What checking one file gives, for every output format.

use std::path::PathBuf;
use std::sync::Arc;

use crate::analysis::{Config, Diagnostic};
use crate::domain::Language;
use crate::ide::FileAnalysis;
use crate::model::Model;

/// The result of checking one file.
pub struct FileReport {
    pub path: PathBuf,
    pub file: Arc<FileAnalysis>,
    /// The configuration it was checked with (its catalogue includes what
    /// the other files teach), for re-checks and fixes.
    pub config: Config,
    pub diagnostics: Vec<Diagnostic>,
    /// The file's other language versions, by the key its findings' related
    /// information names them with (positions there are read in their text).
    pub partners: Vec<(Arc<str>, Arc<FileAnalysis>)>,
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

    /// The file a related place is in: this one, or the other version it
    /// names.
    pub fn file_of(&self, related: &crate::analysis::Related) -> &FileAnalysis {
        related
            .file
            .as_ref()
            .and_then(|k| self.partners.iter().find(|(key, _)| key == k))
            .map_or(&self.file, |(_, f)| f)
    }
}
