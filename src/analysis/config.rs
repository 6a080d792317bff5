//! Checker configuration: what the user may tune without rebuilding.
//! The server fills it from `initializationOptions` and
//! `workspace/didChangeConfiguration`; the CLI from flags.

use std::collections::HashMap;

use super::rules::citations::CitationConfig;
use super::rules::proposals::ProposalConfig;
use super::Severity;
use crate::catalogue::Catalogue;
use crate::domain::Language;

#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Per-code severity: `Some(severity)` overrides the rule's default,
    /// `None` turns the rule off for the whole workspace.
    pub severity: HashMap<String, Option<Severity>>,
    /// What citations are resolved against: the built-in catalogue, with the
    /// user's catalogue file and the workspace's documents layered on top.
    pub catalogue: Catalogue,
    pub citations: CitationConfig,
    /// The language findings are written in; `None`: each document's own.
    pub messages: Option<Language>,
    pub proposals: ProposalConfig,
}

impl Config {
    /// The severity a finding of `code` gets, or `None` when the rule is off.
    pub fn severity_of(&self, code: &str, default: Severity) -> Option<Severity> {
        match self.severity.get(code) {
            Some(setting) => *setting,
            None => Some(default),
        }
    }
}
