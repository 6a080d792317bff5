//! What `resolution-ls catalogue build` learns from the official texts a
//! user holds, as plain data, and how it is written: one user catalogue
//! record ([`super::UserCatalogue`]) per text, each naming the file and line
//! it came from. The texts are read above this layer
//! (`analysis::learn` reads one text, `cli::catalogue` walks folders).

use std::fmt;

use super::{Entry, Key, UserCatalogue};
use crate::domain::Language;

/// The file extensions read when a folder is given.
pub const TEXT_EXTENSIONS: [&str; 4] = ["txt", "md", "markdown", "res"];
pub const XML_EXTENSIONS: [&str; 2] = ["xml", "akn"];

/// Files larger than this are skipped with a problem (an official text is
/// a few hundred kilobytes).
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// One text found in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuiltText {
    pub key: Key,
    /// `Rev. Dubai, 2018`, `Dubai, 2018`, `Geneva, 2015 #7`.
    pub revision: Option<String>,
    /// From the history line, oldest first, without the latest.
    pub earlier: Vec<String>,
    pub title: Option<(Language, String)>,
    /// The adopting meeting's date, as the conference line or revision says.
    pub year: Option<u16>,
    /// The identity line as written (`RESOLUTION 11 (REV. DUBAI, 2018)`).
    pub identity: String,
    pub file: String,
    /// 1-based line of the identity in `file`.
    pub line: usize,
}

/// Something a file could not give.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildProblem {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
    /// False for a note (a file without any identity line), true for a
    /// file that could not be read at all.
    pub error: bool,
}

impl fmt::Display for BuildProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// What a build found.
#[derive(Clone, Debug, Default)]
pub struct Built {
    pub texts: Vec<BuiltText>,
    pub problems: Vec<BuildProblem>,
    pub files_read: usize,
}

impl Built {
    /// The user catalogue file: a header, then one record per text.
    pub fn to_catalogue_file(&self, generated_on: &str) -> String {
        let mut out = String::new();
        out.push_str("# resolution-ls user catalogue, built by `resolution-ls catalogue build`");
        out.push_str(&format!(
            " from {} file(s) on {generated_on}.\n",
            self.files_read
        ));
        out.push_str(
            "# Each record names the file and line of the text it was read from (source=).\n",
        );
        out.push_str("# Format: docs/catalogue.md. Rebuild rather than edit.\n");
        for t in &self.texts {
            out.push_str(&t.record());
            out.push('\n');
        }
        out
    }
}

impl BuiltText {
    /// The record in the user catalogue format.
    pub fn record(&self) -> String {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ").trim().to_string();
        let mut fields = vec![
            self.key.kind.as_str().to_string(),
            self.key.body.code().to_string(),
            self.key.number.to_string(),
        ];
        if let Some(ed) = self.key.edition {
            fields.push(format!("edition={ed}"));
        }
        if let Some(r) = &self.revision {
            fields.push(format!("latest={r}"));
        }
        if !self.earlier.is_empty() {
            fields.push(format!("earlier={}", self.earlier.join("; ")));
        }
        if let Some((lang, title)) = &self.title {
            fields.push(format!("title_{}={}", lang.code(), clean(title)));
        }
        fields.push(format!("source={}:{}", clean(&self.file), self.line));
        fields.push("trust=official".into());
        fields.push(format!("doc={}", clean(&self.identity)));
        if let Some(y) = self.year {
            fields.push(format!("as_of={y}"));
        }
        fields.join("\t")
    }
}

impl BuiltText {
    /// What the text teaches, as catalogue entries whose origin is the
    /// file and line it was read from (hover and `resolution-ls catalogue`
    /// show them).
    pub fn entries(&self) -> Vec<Entry> {
        learnt_entries(&self.record())
    }
}

/// The entries of one learnt record ([`BuiltText::record`]), with its
/// `source=FILE:LINE` as their origin; nothing when the record does not
/// load (a cache written by another version, say).
pub fn learnt_entries(record: &str) -> Vec<Entry> {
    let source = record
        .split('\t')
        .find_map(|f| f.strip_prefix("source="))
        .unwrap_or("");
    let (file, line) = match source.rsplit_once(':') {
        Some((f, l)) if l.parse::<usize>().is_ok() => (f, l.parse().unwrap_or(0)),
        _ => (source, 0),
    };
    let (entries, problems) = UserCatalogue::parse_at(record, file, line);
    if problems.is_empty() {
        entries
    } else {
        Vec::new()
    }
}
