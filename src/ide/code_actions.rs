//! Code actions, assembled from the core's certain fixes: every fix of the
//! findings under the cursor (fused label, punctuation, reletter section,
//! update an outdated citation, keep the older or newer revision…), "Silence
//! RLSxxxx on this line" for each of them, and "Reletter the whole
//! document" when the document's labels are out of order anywhere.

use super::FileAnalysis;
use crate::analysis::{reletter_document, reletter_section, suppress, Diagnostic, Fix};
use crate::domain::Language;
use crate::msg;
use crate::text::{TextEdit, TextRange};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionKind {
    QuickFix,
    /// Rewrites more than the finding (reletter a whole document).
    Refactor,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub fix: Fix,
    pub kind: ActionKind,
    /// Indexes into the findings passed to [`code_actions`] that this
    /// action resolves.
    pub diagnostics: Vec<usize>,
}

/// Actions for the byte range `range`, given the file's current findings.
/// Titles are in `messages`, or in the language of the document at `range`.
pub fn code_actions(
    file: &FileAnalysis,
    range: TextRange,
    findings: &[Diagnostic],
    messages: Option<Language>,
) -> Vec<Action> {
    let language = messages.unwrap_or_else(|| file.model().language_at(range.start));
    let mut out: Vec<Action> = Vec::new();
    let touching = findings
        .iter()
        .enumerate()
        .filter(|(_, d)| d.range.intersects(range) || d.range.contains_inclusive(range.start));
    for (i, d) in touching {
        for fix in &d.fixes {
            match out.iter_mut().find(|a| a.fix == *fix) {
                Some(a) => a.diagnostics.push(i),
                None => out.push(Action {
                    fix: fix.clone(),
                    kind: ActionKind::QuickFix,
                    diagnostics: vec![i],
                }),
            }
        }
        // A sequence finding: reletter its section (made now, once per
        // section, rather than carried by every finding).
        if let Some((di, si)) = d.section {
            let title = file
                .model()
                .documents
                .get(di)
                .and_then(|doc| doc.sections.get(si))
                .map(|s| {
                    msg!("fix-reletter-section", name = s.heading.short_name()).localized(language)
                });
            match out
                .iter_mut()
                .find(|a| Some(&a.fix.title) == title.as_ref())
            {
                Some(a) => a.diagnostics.push(i),
                None => {
                    if let Some(mut fix) = reletter_section(file.model(), file.text(), di, si) {
                        fix.title.localize(language);
                        out.push(Action {
                            fix,
                            kind: ActionKind::QuickFix,
                            diagnostics: vec![i],
                        });
                    }
                }
            }
        }
        if let Some(mut fix) = silence(file, d) {
            fix.title.localize(language);
            match out.iter_mut().find(|a| a.fix.title == fix.title) {
                Some(a) => a.diagnostics.push(i),
                None => out.push(Action {
                    fix,
                    kind: ActionKind::QuickFix,
                    diagnostics: vec![i],
                }),
            }
        }
    }
    let model = file.model();
    if let Some(di) = model
        .documents
        .iter()
        .position(|d| d.range.contains_inclusive(range.start))
    {
        if let Some(mut fix) = reletter_document(model, file.text(), di) {
            fix.title.localize(language);
            if !out.iter().any(|a| a.fix.edits == fix.edits) {
                out.push(Action {
                    fix,
                    kind: ActionKind::Refactor,
                    diagnostics: Vec::new(),
                });
            }
        }
    }
    out
}

/// Reletters every document of the file in one fix (the server's
/// `resolution-ls.reletterDocument` command). `None` when every label is
/// already in order.
pub fn reletter_all(file: &FileAnalysis, messages: Option<Language>) -> Option<Fix> {
    let model = file.model();
    let edits: Vec<TextEdit> = (0..model.documents.len())
        .filter_map(|di| reletter_document(model, file.text(), di))
        .flat_map(|f| f.edits)
        .collect();
    (!edits.is_empty()).then(|| Fix {
        title: msg!("fix-reletter-every-document").localized(messages.unwrap_or(model.language)),
        edits,
        preferred: false,
    })
}

/// `[rls-ignore CODE]` for the finding's first line: at the end of a
/// clause's line, or on a line of its own above a heading, identity, title
/// or conference line (text after those would change how they are read).
/// `None` when the line already carries that marker.
fn silence(file: &FileAnalysis, d: &Diagnostic) -> Option<Fix> {
    let text = file.text();
    let index = file.line_index();
    let line = index.line_of(d.range.start);
    let line_range = index.line_range(text, line);
    let markers = suppress::marker_ranges(text);
    let already = markers.iter().any(|m| {
        let marker = crate::text::slice(text, *m);
        let on_line = line_range.contains_range(*m)
            || (line > 0 && index.line_of(m.start) == line - 1 && {
                let prev = index.line_range(text, line - 1);
                crate::text::slice(text, prev).trim() == marker
            });
        on_line && marker.contains(d.code)
    });
    if already {
        return None;
    }
    let in_clause_text = file
        .clause_at(d.range.start)
        .is_some_and(|(section, clause)| {
            !section.heading.range.contains_inclusive(d.range.start)
                && clause.range.contains_inclusive(line_range.end)
        });
    let edit = if in_clause_text {
        TextEdit {
            range: TextRange::empty(line_range.end),
            new_text: format!(" [rls-ignore {}]", d.code),
        }
    } else {
        let indent_end = line_range.start + crate::text::slice(text, line_range).len()
            - crate::text::slice(text, line_range).trim_start().len();
        let indent = &text[line_range.start..indent_end];
        TextEdit {
            range: TextRange::empty(line_range.start),
            new_text: format!("{indent}[rls-ignore {}]\n", d.code),
        }
    };
    Some(Fix {
        title: msg!("fix-silence", code = d.code),
        edits: vec![edit],
        preferred: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Config;

    fn actions_at(text: &str, needle: &str) -> (FileAnalysis, Vec<Diagnostic>, Vec<Action>) {
        let file = FileAnalysis::parse(text);
        let config = Config {
            messages: Some(Language::English),
            ..Config::default()
        };
        let found = file.check(&config);
        let at = text.find(needle).unwrap();
        let actions = code_actions(
            &file,
            TextRange::new(at, at + needle.len()),
            &found,
            Some(Language::English),
        );
        (file, found, actions)
    }

    #[test]
    fn fused_label_fix_and_silence_and_reletter_document() {
        let text = "考虑到\na)\t第一；\nbc)\t第二；\nc)\t第三，\n做出决议\n继续。\n";
        let (_, found, actions) = actions_at(text, "bc)");
        let titles: Vec<&str> = actions.iter().map(|a| a.fix.title.as_str()).collect();
        assert!(titles.contains(&"Replace bc) by b)"), "{titles:?}");
        assert!(
            titles.contains(&"Silence RLS0105 on this line"),
            "{titles:?}"
        );
        let fused = actions
            .iter()
            .find(|a| a.fix.title == "Replace bc) by b)")
            .unwrap();
        assert_eq!(found[fused.diagnostics[0]].code, "RLS0105");
        let fixed = fused.fix.apply(text);
        assert!(!FileAnalysis::parse(&fixed)
            .check(&Config::default())
            .iter()
            .any(|d| d.code == "RLS0105"));
    }

    /// Every silence action, applied, removes its finding and adds none.
    #[test]
    fn silencing_silences_exactly_the_finding() {
        let texts = [
            include_str!("../../tests/fixtures/shape-zh.res"),
            include_str!("../../tests/fixtures/shape-en.res"),
            include_str!("../../tests/fixtures/seed-like-000.txt"),
            include_str!("../../examples/misnumbered-en.res"),
            include_str!("../../examples/misnumbered-zh.res"),
        ];
        for text in texts {
            let file = FileAnalysis::parse(text);
            let found = file.check(&Config::default());
            for d in &found {
                let Some(fix) = silence(&file, d) else {
                    continue;
                };
                let after = FileAnalysis::parse(&fix.apply(text));
                let now = after.check(&Config::default());
                let (code, line) = (d.code, file.line_index().line_of(d.range.start));
                let shift = fix.edits[0].new_text.ends_with('\n') as usize;
                assert!(
                    !now.iter().any(|n| n.code == code
                        && after.line_index().line_of(n.range.start) == line + shift),
                    "{code} on line {line} still reported after {:?}",
                    fix.edits
                );
                assert!(
                    now.len() < found.len(),
                    "silencing {code} on line {line} added findings: {:#?}",
                    now.iter()
                        .filter(|n| !found
                            .iter()
                            .any(|f| f.code == n.code && f.message == n.message))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}
