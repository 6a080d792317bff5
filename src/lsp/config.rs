//! The server's settings, from `initializationOptions` and
//! `workspace/didChangeConfiguration`. Anything wrong is reported back to
//! the user in words; nothing is silently ignored.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::domain::Language;
use crate::ide::HintPlacement;

use crate::analysis::Severity;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Per-code severity; `None` turns a rule off.
    pub severity: HashMap<String, Option<Severity>>,
    /// A user catalogue file (absolute, or relative to the first workspace folder).
    pub catalogue: Option<PathBuf>,
    /// Glob patterns of files to index besides the default draft extensions.
    pub file_patterns: Vec<String>,
    /// The language drafts are written in, when detection should not decide.
    pub language: Option<Language>,
    /// Where the titles of cited texts are shown (`inlayHints`:
    /// `endOfLine`, `afterCitation` or `off`).
    pub inlay_hints: HintPlacement,
    /// Folders of official texts (Final Acts…) the catalogue learns from
    /// (absolute, `~/…`, or relative to the first workspace folder).
    pub official_texts: Vec<PathBuf>,
    /// Where what those folders taught is cached (default: the user's
    /// cache folder, see [`crate::files::cache::default_dir`]).
    pub cache_directory: Option<PathBuf>,
    /// The language findings, hovers and fix titles are written in.
    pub message_language: MessageLanguage,
    /// The conference proposals are for (`proposalConference`: `PP-26`).
    pub proposal_conference: Option<String>,
}

/// `messageLanguage`: `document` (each document's own language, the
/// default), `editor` (the client's `locale` from `initialize`), or a
/// language code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MessageLanguage {
    #[default]
    Document,
    Editor,
    Fixed(Language),
}

/// Reads settings from a JSON value, accepting them either at the top level
/// or under `resolutionLs` (what VS Code sends). Returns the settings that
/// could be read and one message per problem.
pub fn parse(value: &Value) -> (Settings, Vec<String>) {
    let mut problems = Vec::new();
    let mut settings = Settings::default();
    let value = value.get("resolutionLs").unwrap_or(value);
    // Clients that serialise an empty table as `[]` (Neovim's Lua) mean "no
    // settings", as does `null`.
    if value.is_null() || value.as_array().is_some_and(|a| a.is_empty()) {
        return (settings, problems);
    }
    let Some(obj) = value.as_object() else {
        problems.push(format!("settings must be an object, got {value}"));
        return (settings, problems);
    };
    for (key, v) in obj {
        match key.as_str() {
            "severity" => {
                match v.as_object() {
                    Some(map) => {
                        for (code, level) in map {
                            if crate::analysis::rule(code).is_none() {
                                problems.push(format!("severity: unknown rule code `{code}` (see docs/diagnostics.md)"));
                                continue;
                            }
                            match level.as_str() {
                            Some("off") => {
                                settings.severity.insert(code.clone(), None);
                            }
                            Some(s) => match Severity::parse(s) {
                                Some(sev) => {
                                    settings.severity.insert(code.clone(), Some(sev));
                                }
                                None => problems.push(format!(
                                    "severity.{code}: `{s}` is not one of off, error, warning, info, hint"
                                )),
                            },
                            None => problems.push(format!("severity.{code}: expected a string, got {level}")),
                        }
                        }
                    }
                    None => problems.push(format!(
                        "severity: expected an object of code → level, got {v}"
                    )),
                }
            }
            "catalogue" => match v {
                Value::String(s) if !s.trim().is_empty() => {
                    settings.catalogue = Some(PathBuf::from(s))
                }
                Value::String(_) | Value::Null => {}
                other => problems.push(format!("catalogue: expected a file path, got {other}")),
            },
            "filePatterns" => match v.as_array() {
                Some(items) => {
                    for item in items {
                        match item.as_str() {
                            Some(p) => match globset_check(p) {
                                Ok(()) => settings.file_patterns.push(p.to_string()),
                                Err(e) => problems.push(format!("filePatterns: `{p}`: {e}")),
                            },
                            None => {
                                problems.push(format!("filePatterns: expected strings, got {item}"))
                            }
                        }
                    }
                }
                None => problems.push(format!(
                    "filePatterns: expected a list of glob patterns, got {v}"
                )),
            },
            "language" => match v {
                Value::String(s) if !s.trim().is_empty() => match Language::from_code(s) {
                    Some(l) => settings.language = Some(l),
                    None => problems.push(format!(
                        "language: `{s}` is no language (ar, en, es, fr, ru or zh)"
                    )),
                },
                Value::String(_) | Value::Null => {}
                other => problems.push(format!("language: expected a language code, got {other}")),
            },
            "proposalConference" => match v {
                Value::String(s) if s.trim().is_empty() => {}
                Value::String(s) => {
                    if crate::model::proposals::parse_edition(s).is_some() {
                        settings.proposal_conference = Some(s.trim().to_string());
                    } else {
                        problems.push(format!(
                            "proposalConference: `{s}` is no conference edition (PP-26, WRC-27, WTDC-29, WTSA-28, RA-27)"
                        ));
                    }
                }
                Value::Null => {}
                other => problems.push(format!(
                    "proposalConference: expected an edition code like PP-26, got {other}"
                )),
            },
            "inlayHints" => match v.as_str() {
                Some("endOfLine") => settings.inlay_hints = HintPlacement::EndOfLine,
                Some("afterCitation") => settings.inlay_hints = HintPlacement::AfterCitation,
                Some("off") => settings.inlay_hints = HintPlacement::Off,
                _ => problems.push(format!(
                    "inlayHints: expected endOfLine, afterCitation or off, got {v}"
                )),
            },
            "officialTexts" => {
                let items = match v {
                    Value::String(s) => vec![Value::String(s.clone())],
                    Value::Array(items) => items.clone(),
                    Value::Null => Vec::new(),
                    other => {
                        problems.push(format!(
                            "officialTexts: expected a list of folders, got {other}"
                        ));
                        Vec::new()
                    }
                };
                for item in items {
                    match item.as_str() {
                        Some(p) if !p.trim().is_empty() => {
                            settings.official_texts.push(PathBuf::from(p.trim()))
                        }
                        Some(_) => {}
                        None => {
                            problems.push(format!("officialTexts: expected folders, got {item}"))
                        }
                    }
                }
            }
            "cacheDirectory" => match v {
                Value::String(s) if !s.trim().is_empty() => {
                    settings.cache_directory = Some(PathBuf::from(s.trim()))
                }
                Value::String(_) | Value::Null => {}
                other => {
                    problems.push(format!("cacheDirectory: expected a folder, got {other}"))
                }
            },
            "messageLanguage" => match v {
                Value::String(s) if s.trim() == "document" || s.trim().is_empty() => {
                    settings.message_language = MessageLanguage::Document
                }
                Value::String(s) if s.trim() == "editor" => {
                    settings.message_language = MessageLanguage::Editor
                }
                Value::String(s) => match Language::from_code(s) {
                    Some(l) => settings.message_language = MessageLanguage::Fixed(l),
                    None => problems.push(format!(
                        "messageLanguage: expected document, editor, ar, en, es, fr, ru or zh, got `{s}`"
                    )),
                },
                Value::Null => {}
                other => problems.push(format!(
                    "messageLanguage: expected document, editor or a language code, got {other}"
                )),
            },
            // Client-side settings the extension also keeps in this section.
            "server" | "trace" => {}
            other => problems.push(format!(
                "unknown setting `{other}` (known: severity, catalogue, filePatterns, language, messageLanguage, inlayHints, officialTexts, cacheDirectory)"
            )),
        }
    }
    (settings, problems)
}

fn globset_check(pattern: &str) -> Result<(), String> {
    let mut builder = ignore::overrides::OverrideBuilder::new("/");
    builder.add(pattern).map(|_| ()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn empty_settings_in_any_shape_are_no_settings() {
        for empty in [
            json!(null),
            json!([]),
            json!({}),
            json!({ "resolutionLs": {} }),
        ] {
            assert_eq!(parse(&empty), (Settings::default(), Vec::new()), "{empty}");
        }
        assert_eq!(parse(&json!([1])).1.len(), 1);
    }

    #[test]
    fn good_and_bad_settings() {
        let (s, problems) = parse(&json!({
            "resolutionLs": {
                "severity": { "RLS0105": "error", "RLS0201": "off", "RLS9999": "info", "RLS0101": "loud" },
                "catalogue": "notes/resolution-catalogue.tsv",
                "filePatterns": ["*.draft"],
                "officialTexts": ["~/itu/pp-26", 7],
                "cacheDirectory": "/tmp/rls-cache",
                "colour": "blue"
            }
        }));
        assert_eq!(s.severity.get("RLS0105"), Some(&Some(Severity::Error)));
        assert_eq!(s.severity.get("RLS0201"), Some(&None));
        assert_eq!(
            s.catalogue,
            Some(PathBuf::from("notes/resolution-catalogue.tsv"))
        );
        assert_eq!(s.file_patterns, ["*.draft"]);
        assert_eq!(s.official_texts, [PathBuf::from("~/itu/pp-26")]);
        assert_eq!(s.cache_directory, Some(PathBuf::from("/tmp/rls-cache")));
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("officialTexts")));
        assert!(problems.iter().any(|p| p.contains("RLS9999")));
        assert!(problems.iter().any(|p| p.contains("loud")));
        assert!(problems.iter().any(|p| p.contains("colour")));
    }
}
