//! `resolution-ls.toml`: one project configuration for the command line
//! and the language server, found by walking up from the checked file (or
//! the workspace folder) to the first folder that has one, as ruff finds
//! `ruff.toml`. Editor settings and command-line flags layer over it.
//!
//! ```toml
//! select = ["RLS01", "RLS02", "outdated-citation"]   # default: every rule
//! extend-select = []
//! ignore = ["RLS0402"]
//! language = "zh"                  # the drafts' language, when detection should not decide
//! message-language = "fr"          # findings in this language (default: each document's own)
//! catalogue = ["notes/resolution-catalogue.tsv"]      # relative to this file
//! file-patterns = ["*.draft"]      # more drafts to read besides *.res, *.txt, *.md
//! exclude = ["old/**"]             # never checked when walking folders
//! proposal-conference = "PP-26"    # the conference proposals (MOD, ADD…) are for
//! parallel = [["res85-en.txt", "res85-zh.txt"]]      # language versions of one text
//! word-formatting-as-changes = true  # in .docx, underline = inserted, strike-through = deleted
//!
//! [severity]                       # per code: error, warning, info, hint or off
//! RLS0105 = "error"
//!
//! [per-file-ignores]               # glob (relative to this file) = rules
//! "annexes/*.res" = ["RLS02"]
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::analysis::{select_rules, Severity};
use crate::domain::Language;

/// The names the configuration file may have, in the order they are tried
/// in each folder.
pub const CONFIG_NAMES: &[&str] = &["resolution-ls.toml", ".resolution-ls.toml"];

/// A configuration file as written.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    pub select: Option<Vec<String>>,
    #[serde(default)]
    pub extend_select: Vec<String>,
    #[serde(default)]
    pub ignore: Vec<String>,
    pub language: Option<String>,
    pub message_language: Option<String>,
    #[serde(default)]
    pub catalogue: Vec<PathBuf>,
    #[serde(default)]
    pub file_patterns: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    #[serde(default)]
    pub per_file_ignores: BTreeMap<String, Vec<String>>,
    /// The conference proposals are for, as an edition code (`PP-26`).
    pub proposal_conference: Option<String>,
    /// Groups of files (relative to this file) that are language versions
    /// of one text.
    #[serde(default)]
    pub parallel: Vec<Vec<PathBuf>>,
    /// In Word documents, read underlined text as inserted and
    /// struck-through text as deleted.
    #[serde(default)]
    pub word_formatting_as_changes: bool,
}

/// A configuration file read and checked: paths made absolute, selectors
/// resolved to codes.
#[derive(Clone, Debug)]
pub struct ProjectConfig {
    /// The file it was read from.
    pub path: PathBuf,
    /// Per-code severity: `None` turns a rule off (not selected, ignored,
    /// or `off`).
    pub severity: HashMap<String, Option<Severity>>,
    pub language: Option<Language>,
    /// The language findings are written in (`None`: each document's).
    pub message_language: Option<Language>,
    pub catalogue: Vec<PathBuf>,
    pub file_patterns: Vec<String>,
    pub exclude: Vec<String>,
    /// The conference proposals are for (`PP-26`), checked.
    pub proposal_conference: Option<String>,
    /// Groups of files that are language versions of one text (absolute
    /// paths, or relative to the folder the configuration is in).
    pub parallel: Vec<Vec<PathBuf>>,
    /// In Word documents, read underlined text as inserted and
    /// struck-through text as deleted (`word-formatting-as-changes`).
    pub word_formatting_as_changes: bool,
    per_file_ignores: Vec<(globset::GlobMatcher, Vec<&'static str>)>,
}

impl ProjectConfig {
    /// The folder the file's relative paths and globs start from.
    pub fn root(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The codes `per-file-ignores` turns off for `file`.
    pub fn ignored_for(&self, file: &Path) -> Vec<&'static str> {
        let relative = file.strip_prefix(self.root()).unwrap_or(file);
        let relative = relative.strip_prefix(".").unwrap_or(relative);
        self.per_file_ignores
            .iter()
            .filter(|(glob, _)| glob.is_match(relative) || glob.is_match(file))
            .flat_map(|(_, codes)| codes.iter().copied())
            .collect()
    }
}

/// The configuration file that applies to `start` (a file or a folder):
/// the first of [`CONFIG_NAMES`] in its folder or the nearest one above.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let start = if start.is_dir() {
        start.to_path_buf()
    } else {
        start.parent()?.to_path_buf()
    };
    let start = std::fs::canonicalize(&start).unwrap_or(start);
    start.ancestors().find_map(|dir| {
        CONFIG_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// Reads and checks a configuration file. An error names the file, the
/// line and what is wrong (an unknown key, a selector that selects nothing,
/// a severity that is not one).
pub fn load_config(path: &Path) -> Result<ProjectConfig, String> {
    let text = super::read_draft(path).map_err(|e| format!("{e:#}"))?;
    parse_config(path, &text)
}

/// [`load_config`] on text already read.
pub fn parse_config(path: &Path, text: &str) -> Result<ProjectConfig, String> {
    let shown = path.display();
    let file: ConfigFile = toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        match line {
            Some(line) => format!("{shown}:{line}: {}", e.message()),
            None => format!("{shown}: {}", e.message()),
        }
    })?;
    // Problems about a key's value point at the line that sets it.
    let at = |key: &str| -> String {
        let line = text
            .lines()
            .position(|l| {
                let l = l.trim_start().trim_start_matches('"');
                l.starts_with(key)
                    && l[key.len()..]
                        .trim_start_matches('"')
                        .trim_start()
                        .starts_with('=')
            })
            .map_or(String::new(), |i| format!(":{}", i + 1));
        format!("{shown}{line}")
    };
    let enabled =
        select_rules(file.select.as_deref(), &file.extend_select, &file.ignore).map_err(|e| {
            format!(
                "{}: {e}",
                at(if file.select.is_some() {
                    "select"
                } else {
                    "ignore"
                })
            )
        })?;
    let mut severity: HashMap<String, Option<Severity>> = crate::analysis::rules()
        .into_iter()
        .filter(|r| !enabled.contains(r.code))
        .map(|r| (r.code.to_string(), None))
        .collect();
    for (code, level) in &file.severity {
        let Some(rule) = crate::analysis::rule(code) else {
            return Err(format!("{}: `{code}` is no rule code", at(code)));
        };
        let value = if level == "off" {
            None
        } else {
            Some(Severity::parse(level).ok_or_else(|| {
                format!(
                    "{}: `{level}` is no severity (error, warning, info, hint or off)",
                    at(code)
                )
            })?)
        };
        severity.insert(rule.code.to_string(), value);
    }
    let language = match &file.language {
        None => None,
        Some(code) => Some(Language::from_code(code).ok_or_else(|| {
            format!(
                "{}: `{code}` is no language (ar, en, es, fr, ru or zh)",
                at("language")
            )
        })?),
    };
    let message_language = match &file.message_language {
        None => None,
        Some(code) => Some(Language::from_code(code).ok_or_else(|| {
            format!(
                "{}: message-language: `{code}` is no language (ar, en, es, fr, ru or zh)",
                at("message-language")
            )
        })?),
    };
    if let Some(c) = &file.proposal_conference {
        if crate::model::proposals::parse_edition(c).is_none() {
            return Err(format!(
                "{}: `{c}` is no conference edition (PP-26, WRC-27, WTDC-29, WTSA-28, RA-27)",
                at("proposal-conference")
            ));
        }
    }
    let root = path.parent().unwrap_or(Path::new("."));
    let mut per_file_ignores = Vec::new();
    for (glob, selectors) in &file.per_file_ignores {
        let matcher = globset::Glob::new(glob)
            .map_err(|e| format!("{}: {e}", at(glob)))?
            .compile_matcher();
        let codes =
            select_rules(Some(selectors), &[], &[]).map_err(|e| format!("{}: {e}", at(glob)))?;
        per_file_ignores.push((matcher, codes.into_iter().collect()));
    }
    if let Some(group) = file.parallel.iter().find(|g| g.len() < 2) {
        return Err(format!(
            "{}: {}",
            at("parallel"),
            msg_parallel_group_too_small(group.len())
        ));
    }
    Ok(ProjectConfig {
        parallel: file
            .parallel
            .iter()
            .map(|g| g.iter().map(|p| root.join(p)).collect())
            .collect(),
        path: path.to_path_buf(),
        severity,
        language,
        message_language,
        catalogue: file.catalogue.iter().map(|p| root.join(p)).collect(),
        file_patterns: file.file_patterns,
        exclude: file.exclude,
        proposal_conference: file.proposal_conference,
        word_formatting_as_changes: file.word_formatting_as_changes,
        per_file_ignores,
    })
}

/// A `parallel` group names fewer than two files.
fn msg_parallel_group_too_small(n: usize) -> String {
    format!("a `parallel` group names {n} file(s); give two or more versions of one text")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_configuration_is_read_with_its_selectors_resolved() {
        let text = r#"
select = ["RLS01", "outdated-citation"]
ignore = ["label-unneeded"]
language = "zh"
catalogue = ["notes/cat.tsv"]

[severity]
RLS0105 = "error"

[per-file-ignores]
"annexes/*.res" = ["RLS01"]
"#;
        let config = parse_config(Path::new("/p/resolution-ls.toml"), text).unwrap();
        assert_eq!(config.severity.get("RLS0105"), Some(&Some(Severity::Error)));
        assert_eq!(config.severity.get("RLS0107"), Some(&None), "ignored");
        assert_eq!(config.severity.get("RLS0201"), Some(&None), "not selected");
        assert!(!config.severity.contains_key("RLS0401"), "selected by name");
        assert_eq!(config.language, Some(Language::Chinese));
        assert_eq!(config.catalogue, [PathBuf::from("/p/notes/cat.tsv")]);
        assert!(config
            .ignored_for(Path::new("/p/annexes/a.res"))
            .contains(&"RLS0105"));
        assert!(config.ignored_for(Path::new("/p/main.res")).is_empty());
        let config = parse_config(
            Path::new("/p/resolution-ls.toml"),
            "parallel = [[\"a-en.txt\", \"b/a-zh.txt\"]]\n",
        )
        .unwrap();
        assert_eq!(
            config.parallel,
            [vec![
                PathBuf::from("/p/a-en.txt"),
                PathBuf::from("/p/b/a-zh.txt")
            ]]
        );
        let err = parse_config(Path::new("c.toml"), "parallel = [[\"a.txt\"]]\n").unwrap_err();
        assert!(err.starts_with("c.toml:1: a `parallel` group"), "{err}");
    }

    #[test]
    fn bad_keys_and_values_are_reported_with_file_and_line() {
        let err =
            parse_config(Path::new("c.toml"), "select = [\"RLS01\"]\nselcet = []\n").unwrap_err();
        assert!(err.starts_with("c.toml:2: unknown field `selcet`"), "{err}");
        let err =
            parse_config(Path::new("c.toml"), "\n[severity]\nRLS0105 = \"loud\"\n").unwrap_err();
        assert!(err.starts_with("c.toml:3: `loud` is no severity"), "{err}");
        let err = parse_config(Path::new("c.toml"), "ignore = [\"RLS99\"]\n").unwrap_err();
        assert!(
            err.starts_with("c.toml:1: `RLS99` selects no rule"),
            "{err}"
        );
        let err = parse_config(Path::new("c.toml"), "language = \"xx\"\n").unwrap_err();
        assert!(err.starts_with("c.toml:1: `xx` is no language"), "{err}");
    }
}
