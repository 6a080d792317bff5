//! What checking one file gives, for every output format.

use std::path::PathBuf;
use std::sync::Arc;

use crate::akn::SourceMap;
use crate::analysis::{Config, Diagnostic};
use crate::domain::Language;
use crate::files::docx::{Location, WordDocument};
use crate::ide::FileAnalysis;
use crate::model::Model;
use crate::text::{floor_char_boundary, LineIndex, TextRange};

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
    /// The Word document the text was read from, if it was.
    pub word: Option<Arc<WordDocument>>,
    /// For an Akoma Ntoso file: the XML, whose statements' text is what
    /// `file` holds, and the way back from that text to the XML.
    pub akn: Option<Arc<AknSource>>,
}

/// An Akoma Ntoso file checked through the text of its statements
/// ([`crate::akn::read()`]).
pub struct AknSource {
    pub xml: String,
    pub map: SourceMap,
    index: LineIndex,
}

impl AknSource {
    pub fn new(xml: String, map: SourceMap) -> AknSource {
        let index = LineIndex::new(&xml);
        AknSource { xml, map, index }
    }
}

/// A finding as the file on disk has it: for an Akoma Ntoso file, its
/// ranges in the XML and the `eId` of the element it is in.
pub struct Located {
    pub diagnostic: Diagnostic,
    pub eid: Option<String>,
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

    /// For a Word document, the paragraph at `offset` of the text.
    pub fn word_location(&self, offset: usize) -> Option<Location> {
        self.word.as_ref()?.location(offset)
    }

    /// The file as on disk (the XML of an Akoma Ntoso file) and its line
    /// index: what positions in the output refer to.
    pub fn source(&self) -> (&str, &LineIndex) {
        match &self.akn {
            Some(a) => (&a.xml, &a.index),
            None => (self.file.text(), self.file.line_index()),
        }
    }

    /// A range of the checked text as a range of the file on disk.
    pub fn source_range(&self, range: TextRange) -> TextRange {
        let Some(a) = &self.akn else {
            return range;
        };
        let text = self.file.text();
        let clamp = |x: usize| floor_char_boundary(&a.xml, x);
        let start = clamp(a.map.xml_offset(range.start));
        if range.is_empty() {
            return TextRange::empty(start);
        }
        // The end through the last character inside the range: the byte
        // after it may come from elsewhere (the next element).
        let last = floor_char_boundary(text, range.end.saturating_sub(1).max(range.start));
        let width = text[last..].chars().next().map_or(1, char::len_utf8);
        let end = clamp(a.map.xml_offset(last) + width).max(start);
        TextRange::new(start, end)
    }

    /// The `eId` of the element byte `offset` of the checked text is in
    /// (Akoma Ntoso files only).
    pub fn eid(&self, offset: usize) -> Option<&str> {
        self.akn.as_ref()?.map.eid(offset)
    }

    /// The findings located in the file on disk. For an Akoma Ntoso file
    /// the ranges are moved to the XML and the fixes left out (they edit
    /// the statements' text, not the XML).
    pub fn located(&self) -> Vec<Located> {
        self.diagnostics
            .iter()
            .map(|d| {
                if self.akn.is_none() {
                    return Located {
                        diagnostic: d.clone(),
                        eid: None,
                    };
                }
                let mut moved = d.clone();
                moved.range = self.source_range(d.range);
                for r in &mut moved.related {
                    if r.file.is_none() {
                        r.range = self.source_range(r.range);
                    }
                }
                moved.fixes.clear();
                Located {
                    diagnostic: moved,
                    eid: self.eid(d.range.start).map(str::to_string),
                }
            })
            .collect()
    }
}
