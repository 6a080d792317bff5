//! `resolution-ls rule CODE` (or `rule --all`): a rule's page — what it
//! checks, why, examples with the finding drawn under them, the fix — the
//! same text as `docs/rules/<CODE>.md`, generated from the rule itself.

use std::fmt::Write as _;
use std::io::Write;

use crate::analysis::{self, Config, Rule};
use crate::ide::FileAnalysis;

#[derive(Clone, Debug, clap::Args)]
pub struct RuleArgs {
    /// A code (`RLS0105`) or a name (`label-fused`).
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    pub rule: Option<String>,
    /// Every rule's page, in code order.
    #[arg(long)]
    pub all: bool,
}

/// Prints the page(s); exit 0, or 2 for a code no rule has.
pub fn run(args: &RuleArgs, out: &mut dyn Write) -> anyhow::Result<i32> {
    let rules: Vec<&'static Rule> = if args.all {
        analysis::rules()
    } else {
        let wanted = args.rule.as_deref().unwrap_or_default();
        match analysis::rule(wanted) {
            Some(rule) => vec![rule],
            None => {
                eprintln!("error: no rule `{wanted}` (codes RLS0001…; `resolution-ls rule --all` lists them)");
                return Ok(2);
            }
        }
    };
    for (i, rule) in rules.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write!(out, "{}", page(rule))?;
    }
    Ok(0)
}

/// A rule's page in Markdown.
pub fn page(rule: &Rule) -> String {
    let family = analysis::families()
        .into_iter()
        .find(|f| f.rules.iter().any(|r| r.code == rule.code));
    let mut out = String::new();
    let _ = writeln!(out, "# {} {}\n", rule.code, rule.name);
    let _ = writeln!(
        out,
        "Default severity: {}. Family: {}.\n",
        rule.default_severity.as_str(),
        family.map_or_else(String::new, |f| format!("{} ({}xx)", f.title, f.prefix))
    );
    let _ = writeln!(out, "{}\n", rule.summary);
    let _ = writeln!(
        out,
        "## What it checks, and the fix\n\n{}\n",
        rule.explanation
    );
    if let Some(f) = family.filter(|f| !f.intro.is_empty()) {
        let _ = writeln!(out, "## About {}\n\n{}\n", f.title.to_lowercase(), f.intro);
    }
    if !rule.examples.is_empty() {
        let _ = writeln!(out, "## Examples\n");
        for example in rule.examples {
            let _ = writeln!(out, "```text\n{}```\n", annotate(example, rule.code));
        }
    }
    let _ = writeln!(
        out,
        "Turn it off: `--ignore {}`, `ignore = [\"{}\"]` in resolution-ls.toml, or `[rls-ignore {}]` on the line.",
        rule.code, rule.code, rule.code
    );
    out
}

/// The example with this rule's findings drawn under the lines they start
/// on (carets and message). An example with tracked changes (CriticMarkup)
/// is shown as written, then as accepted with the findings.
fn annotate(marked: &str, code: &str) -> String {
    let file = FileAnalysis::example(marked);
    let findings: Vec<_> = file
        .check(&Config::default())
        .into_iter()
        .filter(|d| d.code == code)
        .collect();
    let shown = super::human::annotate(file.text(), &findings, false);
    if file.text() == marked {
        shown
    } else {
        format!("{marked}\n{shown}")
    }
}
