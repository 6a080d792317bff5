//! The checks: resolution of citations against the catalogue
//! ([`resolve`]), the rules ([`rules`], one family per module, each rule
//! with a stable code `RLS0101`… and its documentation), and suppression
//! markers ([`suppress`]). Findings are plain data with byte ranges and
//! certain fixes.
//!
//! Code blocks: RLS00xx the file itself, RLS01xx–RLS03xx structure
//! (labels, punctuation, internal references), RLS04xx citations, RLS05xx
//! headings and preface lines, RLS07xx proposals, RLS08xx parallel
//! language versions.

mod config;
mod diagnostic;
pub mod learn;
mod recheck;
pub mod resolve;
pub mod rules;
pub mod suppress;

pub use config::Config;
pub use diagnostic::{Diagnostic, Family, Fix, Related, Rule, Severity};
pub use recheck::recheck;
pub use rules::citations::CitationConfig;
pub use rules::proposals::ProposalConfig;
pub use rules::reletter::{reletter_document, reletter_document_title, reletter_section};

use crate::model::Model;

/// Every family of rules, in code order.
pub fn families() -> [&'static Family; 8] {
    [
        &rules::syntax::FAMILY,
        &rules::labels::FAMILY,
        &rules::punctuation::FAMILY,
        &rules::references::FAMILY,
        &rules::citations::FAMILY,
        &rules::layout::FAMILY,
        &rules::proposals::FAMILY,
        &rules::parallel::FAMILY,
    ]
}

/// Every rule the checker knows, in code order.
pub fn rules() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = families()
        .iter()
        .flat_map(|f| f.rules.iter().copied())
        .collect();
    all.sort_by_key(|r| r.code);
    all
}

/// The rule with this code (`RLS0105`) or name (`label-fused`).
pub fn rule(code_or_name: &str) -> Option<&'static Rule> {
    rules()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(code_or_name) || r.name == code_or_name)
}

/// The codes of the rules a run checks, from ruff-style selectors: codes
/// (`RLS0105`), prefixes (`RLS01`), names (`label-fused`) or `ALL`.
/// `select` replaces the default (every rule), `extend` adds to it,
/// `ignore` takes away. An unknown selector is an error that says what is
/// known.
pub fn select_rules(
    select: Option<&[String]>,
    extend: &[String],
    ignore: &[String],
) -> Result<std::collections::BTreeSet<&'static str>, String> {
    let matching = |selector: &str| -> Result<Vec<&'static str>, String> {
        let s = selector.trim();
        let found: Vec<&'static str> = rules()
            .into_iter()
            .filter(|r| {
                s.eq_ignore_ascii_case("ALL")
                    || r.name == s
                    || (!s.is_empty() && r.code.starts_with(&s.to_ascii_uppercase()))
            })
            .map(|r| r.code)
            .collect();
        if found.is_empty() {
            Err(format!(
                "`{s}` selects no rule: give a code (RLS0105), a prefix (RLS01), a name (label-fused) or ALL"
            ))
        } else {
            Ok(found)
        }
    };
    let mut enabled: std::collections::BTreeSet<&'static str> = match select {
        Some(list) => {
            let mut set = std::collections::BTreeSet::new();
            for s in list {
                set.extend(matching(s)?);
            }
            set
        }
        None => rules().into_iter().map(|r| r.code).collect(),
    };
    for s in extend {
        enabled.extend(matching(s)?);
    }
    for s in ignore {
        for code in matching(s)? {
            enabled.remove(code);
        }
    }
    Ok(enabled)
}

/// Runs every check on one file (its text and the model extracted from it)
/// and returns the findings sorted by range and code, so that output is
/// deterministic.
pub fn check(text: &str, model: &Model, config: &Config) -> Vec<Diagnostic> {
    check_unless(text, model, config, crate::model::Cancel::NEVER).unwrap_or_default()
}

/// Like [`check`], stopping early (`None`) when `cancel` says the findings
/// are no longer wanted; it is asked between documents and rule families.
pub fn check_unless(
    text: &str,
    model: &Model,
    config: &Config,
    cancel: crate::model::Cancel<'_>,
) -> Option<Vec<Diagnostic>> {
    let mut out = rules::syntax::check(model);
    for (di, doc) in model.documents.iter().enumerate() {
        cancel.go_on()?;
        if !doc.kind.is_body() {
            continue;
        }
        rules::labels::check_document(model, text, di, &mut out);
        rules::punctuation::check_document(model, text, di, &mut out);
    }
    rules::labels::check_tracked_changes(model, text, &mut out);
    rules::citations::check_tracked_changes(model, text, &mut out);
    cancel.go_on()?;
    rules::references::check(model, text, &model.references, &mut out);
    rules::layout::check(model, &mut out);
    cancel.go_on()?;
    // Two language versions of one document in one file are compared here;
    // versions in two files are compared by the front ends (`ide::parallel`).
    out.extend(rules::parallel::check_within(
        model,
        text,
        &config.catalogue,
    ));
    out.extend(rules::citations::check(
        model,
        text,
        &model.citations,
        &config.catalogue,
        &config.citations,
    ));
    rules::proposals::check(model, text, &config.catalogue, &config.proposals, &mut out);
    // Markers written in the text (`[rls-ignore RLS0103]`) silence findings
    // of every rule, so they are applied after all checks have run.
    suppress::apply(model, text, &mut out);
    finish(model, config, &mut out);
    out.sort_by(|a, b| (a.range, a.code).cmp(&(b.range, b.code)));
    Some(out)
}

/// The user's severities (dropping the findings of rules turned off), and
/// every message in the language it is read in.
fn finish(model: &Model, config: &Config, out: &mut Vec<Diagnostic>) {
    out.retain_mut(|d| match config.severity_of(d.code, d.severity) {
        Some(severity) => {
            d.severity = severity;
            true
        }
        None => false,
    });
    for d in out {
        let language = config
            .messages
            .unwrap_or_else(|| model.language_at(d.range.start));
        d.localize(language);
        d.compact();
    }
}

/// `docs/diagnostics.md`, generated from the rules (a tidy test keeps the
/// file equal to this).
pub fn diagnostics_markdown() -> String {
    let mut out = String::from(DOCS_HEADER);
    for family in families() {
        out.push_str(&format!("\n## {} ({}xx)\n\n", family.title, family.prefix));
        if !family.intro.is_empty() {
            out.push_str(family.intro);
            out.push_str("\n\n");
        }
        out.push_str("| code | name | default severity | what it checks |\n|---|---|---|---|\n");
        for rule in family.rules {
            out.push_str(&format!(
                "| <a id=\"{}\"></a>[{}](rules/{}.md) | {} | {} | {} |\n",
                rule.code.to_ascii_lowercase(),
                rule.code,
                rule.code,
                rule.name,
                rule.default_severity.as_str(),
                rule.explanation
            ));
        }
    }
    out
}

const DOCS_HEADER: &str = "# Diagnostics

<!-- Generated from the rules in src/analysis/rules/ by `UPDATE_DOCS=1 cargo test --test tidy`; edit the rules, not this file. -->

Every finding carries a stable code.
Codes never change meaning; a retired code is never reused.
Severities are defaults: set any code to `off`, `error`, `warning`, `info` or `hint` in the editor settings (`resolutionLs.severity`) or the server's `initializationOptions.severity`.
Any finding can be silenced on one line or in one document with a marker written in the text, or for the workspace in the configuration: see [suppression.md](suppression.md).

Blocks: RLS00xx the file itself, RLS01xx labels, RLS02xx punctuation, RLS03xx internal references, RLS04xx citations, RLS05xx headings and preface lines, RLS07xx proposals, RLS08xx parallel language versions.
";
