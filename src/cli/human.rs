//! The human output of `check`: each finding as a compiler shows an error
//! (its line, carets under the range, related places, the fixes it has),
//! and the concise one-line-per-finding form.
//!
//! Columns are display columns: a tab runs to the next multiple of
//! [`TAB_WIDTH`], a wide (CJK) character takes two, so the carets sit under
//! the characters they mean in any terminal. A line wider than
//! [`MAX_WIDTH`] is shown as a window around the finding. No output line
//! ends with a blank.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use unicode_width::UnicodeWidthChar;

use super::report::FileReport;
use crate::analysis::rules::citations::fix_is_safe;
use crate::analysis::{reletter_document_title, Diagnostic, Severity};
use crate::domain::Language;
use crate::text::{LineIndex, PositionEncoding, TextRange};
use crate::tr;

/// Where a tab stops.
const TAB_WIDTH: usize = 4;
/// Source lines wider than this are cut to a window around the finding.
const MAX_WIDTH: usize = 100;
/// Information findings of one rule shown in full before the rest are
/// counted on one line.
const INFOS_SHOWN: usize = 2;

/// Colours, or none.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, severity: Severity, language: Language) -> String {
        let code = match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Information => "1;36",
            Severity::Hint => "1;32",
        };
        self.paint(code, &severity_word(severity, language))
    }

    fn gutter(self, text: &str) -> String {
        self.paint("1;34", text)
    }
}

/// Every finding of one file, in the compiler's manner; infos of one rule
/// beyond [`INFOS_SHOWN`] are counted, and the whole-document reletter is
/// offered once, at the end.
pub fn render_file(report: &FileReport, style: Style) -> String {
    let (text, index) = report.source();
    let path = report.path.display().to_string();
    let language = report.language();
    let mut out = String::new();
    let mut infos_seen: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut sections: std::collections::BTreeSet<(usize, usize)> = Default::default();
    let located = report.located();
    for l in &located {
        let d = &l.diagnostic;
        if report.akn.is_none() {
            // Relettering is an edit of a draft, not of the XML.
            sections.extend(d.section);
        }
        if matches!(d.severity, Severity::Information | Severity::Hint) {
            let seen = infos_seen.entry(d.code).or_default();
            seen.push(index.line_of(d.range.start) + 1);
            if seen.len() > INFOS_SHOWN {
                continue;
            }
        }
        out.push_str(&render_finding_in(
            &path,
            text,
            index,
            d,
            l.eid.as_deref(),
            style,
            language,
            Some(report),
        ));
        out.push('\n');
    }
    for (code, lines) in &infos_seen {
        if lines.len() > INFOS_SHOWN {
            let rest = &lines[INFOS_SHOWN..];
            let shown: Vec<String> = rest.iter().take(8).map(|l| l.to_string()).collect();
            let more = if rest.len() > 8 { ", …" } else { "" };
            let _ = writeln!(
                out,
                "{}[{code}]: {}\n",
                style.severity(Severity::Information, language),
                tr!(
                    language,
                    "human-more-like-this",
                    count = rest.len(),
                    path = &path,
                    lines = format!("{}{more}", shown.join(", "))
                )
            );
        }
    }
    if !sections.is_empty() {
        let model = report.model();
        let names: Vec<String> = sections
            .iter()
            .filter_map(|&(di, si)| model.documents.get(di)?.sections.get(si))
            .map(|s| {
                let title = tr!(
                    language,
                    "fix-reletter-section",
                    name = s.heading.short_name()
                );
                format!("\"{title}\"")
            })
            .collect();
        let _ = writeln!(
            out,
            "{}: {path}: {}\n",
            style.paint("1;32", &tr!(language, "human-help")),
            tr!(
                language,
                "human-reletter-hint",
                actions = names.join(", "),
                document = reletter_document_title().localized(language).into_string()
            ),
        );
    }
    out
}

/// One finding: header, location (with the element's `eId` in an Akoma
/// Ntoso file), the source line(s) with carets, related places and the
/// fixes it has.
pub fn render_finding(
    path: &str,
    text: &str,
    index: &LineIndex,
    d: &Diagnostic,
    eid: Option<&str>,
    style: Style,
    language: Language,
) -> String {
    render_finding_in(path, text, index, d, eid, style, language, None)
}

/// [`render_finding`], with the report whose other language versions the
/// related places may be in.
#[allow(clippy::too_many_arguments)]
fn render_finding_in(
    path: &str,
    text: &str,
    index: &LineIndex,
    d: &Diagnostic,
    eid: Option<&str>,
    style: Style,
    language: Language,
    others: Option<&FileReport>,
) -> String {
    // In a Word document: the paragraph, after the line and column.
    let place = others
        .and_then(|r| r.word_location(d.range.start))
        .map(|l| l.describe());
    let start = index.position(text, d.range.start, PositionEncoding::Utf32);
    let line = start.line as usize;
    let number = (line + 1).to_string();
    let pad = " ".repeat(number.len());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}: {}",
        style.severity(d.severity, language),
        style.paint("1", &format!("[{}]", d.code)),
        d.message
    );
    let element = eid.map_or(String::new(), |e| format!(" (eId {e})"));
    let _ = writeln!(
        out,
        "{pad}{} {path}:{}:{}{element}{}",
        style.gutter("-->"),
        line + 1,
        start.col + 1,
        place.map(|p| format!(" ({p})")).unwrap_or_default()
    );
    let _ = writeln!(out, "{pad} {}", style.gutter("|"));
    let line_range = index.line_range(text, line);
    let span = TextRange::new(
        d.range.start.max(line_range.start),
        d.range.end.min(line_range.end).max(d.range.start),
    );
    let (shown, carets) = source_and_carets(text, line_range, span);
    let _ = writeln!(
        out,
        "{} {} {}",
        style.gutter(&number),
        style.gutter("|"),
        shown
    );
    let _ = writeln!(
        out,
        "{pad} {} {}",
        style.gutter("|"),
        style.paint(caret_colour(d.severity), &carets)
    );
    for r in &d.related {
        match (&r.file, others) {
            // A place in another file: its path, line and column there.
            (Some(key), Some(report)) => {
                let there = report.file_of(r);
                let at = there.line_index().position(
                    there.text(),
                    r.range.start,
                    PositionEncoding::Utf32,
                );
                let _ = writeln!(
                    out,
                    "{pad} {} {}",
                    style.gutter("="),
                    tr!(
                        language,
                        "human-note-in",
                        message = r.message.as_str(),
                        file = key.as_ref(),
                        line = at.line + 1,
                        column = at.col + 1
                    )
                );
            }
            _ => {
                let at = index.position(text, r.range.start, PositionEncoding::Utf32);
                let _ = writeln!(
                    out,
                    "{pad} {} {}",
                    style.gutter("="),
                    tr!(
                        language,
                        "human-note",
                        message = r.message.as_str(),
                        line = at.line + 1,
                        column = at.col + 1
                    )
                );
            }
        }
    }
    let fixes: Vec<&str> = d
        .fixes
        .iter()
        .filter(|f| f.title.id() != "fix-reletter-document")
        .map(|f| f.title.as_str())
        .collect();
    if !fixes.is_empty() {
        // Rewriting a citation changes what the text says: `--fix` leaves
        // it to `--unsafe-fixes` (the editor offers it as an action).
        let kind = if fix_is_safe(d.code) {
            tr!(language, "human-fixes", count = fixes.len())
        } else {
            tr!(language, "human-unsafe-fixes", count = fixes.len())
        };
        let _ = writeln!(
            out,
            "{pad} {} {}",
            style.gutter("="),
            tr!(
                language,
                "human-fix-line",
                kind = kind,
                fixes = fixes.join(" | ")
            )
        );
    }
    out
}

/// `error`, `warning`, `info`, `hint` in `language`.
pub fn severity_word(severity: Severity, language: Language) -> String {
    match severity {
        Severity::Error => tr!(language, "severity-error"),
        Severity::Warning => tr!(language, "severity-warning"),
        Severity::Information => tr!(language, "severity-info"),
        Severity::Hint => tr!(language, "severity-hint"),
    }
}

fn caret_colour(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Information => "1;36",
        Severity::Hint => "1;32",
    }
}

/// The source line as displayed (tabs expanded, cut to a window around
/// `span` when too wide) and the caret line under it.
fn source_and_carets(text: &str, line: TextRange, span: TextRange) -> (String, String) {
    // Display column of every character's start.
    let mut cells: Vec<(usize, char, usize)> = Vec::new(); // (byte, char, width)
    let mut column = 0;
    for (i, c) in text[line.start..line.end].char_indices() {
        let width = match c {
            '\t' => TAB_WIDTH - column % TAB_WIDTH,
            c if c.is_control() => 1,
            c => c.width().unwrap_or(1),
        };
        cells.push((line.start + i, c, width));
        column += width;
    }
    let total = column;
    let column_at = |byte: usize| -> usize {
        cells
            .iter()
            .take_while(|(b, _, _)| *b < byte)
            .map(|(_, _, w)| w)
            .sum()
    };
    let caret_start = column_at(span.start);
    let caret_end = column_at(span.end).max(caret_start + 1);
    // The window of columns shown.
    let (from, to) = if total <= MAX_WIDTH {
        (0, total)
    } else {
        let room = MAX_WIDTH - 2;
        let wanted = (caret_end - caret_start).min(room);
        let before = (room - wanted) / 3;
        let from = caret_start.saturating_sub(before);
        let to = (from + room).min(total);
        (to.saturating_sub(room), to)
    };
    let mut shown = String::new();
    let mut carets = String::new();
    if from > 0 {
        shown.push('…');
        carets.push(' ');
    }
    let mut col = 0;
    for &(_, c, width) in &cells {
        let here = col;
        col += width;
        if here < from || col > to {
            continue;
        }
        match c {
            '\t' => shown.push_str(&" ".repeat(width)),
            c if c.is_control() => shown.push('\u{fffd}'),
            c => shown.push(c),
        }
        let under = if here >= caret_start && here < caret_end {
            '^'
        } else {
            ' '
        };
        carets.push_str(&under.to_string().repeat(width));
    }
    if to < total {
        shown.push('…');
    }
    // A finding past the last character (a missing final mark) gets its
    // caret just after it.
    if !carets.contains('^') {
        let target = caret_start.saturating_sub(from) + usize::from(from > 0);
        while carets.len() < target {
            carets.push(' ');
        }
        carets.push('^');
    }
    (shown.trim_end().to_string(), carets.trim_end().to_string())
}

/// One line per finding: `path:line:column: severity[CODE] message`, and
/// in a Word document the paragraph after the message.
pub fn render_concise(report: &FileReport) -> String {
    let (text, index) = report.source();
    let mut out = String::new();
    for l in report.located() {
        let d = &l.diagnostic;
        let at = index.position(text, d.range.start, PositionEncoding::Utf32);
        let element = l.eid.map_or(String::new(), |e| format!(" (eId {e})"));
        let place = report
            .word_location(d.range.start)
            .map(|l| format!(" ({})", l.describe()))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}] {}{element}{place}",
            report.path.display(),
            at.line + 1,
            at.col + 1,
            d.severity.as_str(),
            d.code,
            d.message
        );
    }
    out
}

/// `text` with each finding drawn under the line it starts on: carets
/// under its range (tabs kept, wide characters two columns, so they line up
/// in an editor and a terminal), then, when `with_code`, the severity and
/// code, then the message. Rule pages and the fixture tests show findings
/// this way.
pub fn annotate(text: &str, findings: &[Diagnostic], with_code: bool) -> String {
    let index = LineIndex::new(text);
    let mut out = String::new();
    for line in 0..index.line_count() {
        let range = index.line_range(text, line);
        let line_text = &text[range.start..range.end];
        if line + 1 == index.line_count() && line_text.is_empty() {
            break;
        }
        let _ = writeln!(out, "{line_text}");
        for d in findings
            .iter()
            .filter(|d| index.line_of(d.range.start) == line)
        {
            let prefix: String = text[range.start..d.range.start]
                .chars()
                .map(|c| match c {
                    '\t' => "\t".to_string(),
                    c => " ".repeat(c.width().unwrap_or(0)),
                })
                .collect();
            let end = d.range.end.min(range.end).max(d.range.start);
            let width: usize = text[d.range.start..end]
                .chars()
                .map(|c| c.width().unwrap_or(1).max(1))
                .sum();
            let code = if with_code {
                format!("{} {}: ", d.severity.as_str(), d.code)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "{prefix}{} {code}{}",
                "^".repeat(width.max(1)),
                d.message
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(line: &str, needle: &str) -> (String, String) {
        let at = line.find(needle).unwrap();
        source_and_carets(
            line,
            TextRange::new(0, line.len()),
            TextRange::new(at, at + needle.len()),
        )
    }

    #[test]
    fn carets_sit_under_the_characters_after_tabs_and_wide_characters() {
        let (src, carets) = shown("a)\t第一；\tlk)", "lk)");
        assert_eq!(src, "a)  第一；  lk)");
        assert_eq!(carets, "            ^^^");
        let (src, carets) = shown("忆及\tb)\t第23号决议", "第23号");
        assert_eq!(src, "忆及    b)  第23号决议");
        assert_eq!(carets, "            ^^^^^^");
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_finding() {
        let line = format!(
            "{}第23号决议（2017年）{}",
            "这是一段很长的文字".repeat(12),
            "后面还有".repeat(12)
        );
        let (src, carets) = shown(&line, "第23号决议");
        assert!(src.starts_with('…') && src.ends_with('…'), "{src}");
        assert!(src.contains("第23号决议"), "{src}");
        let caret_at = carets.find('^').unwrap();
        let text_at: usize = src
            .chars()
            .take_while(|_| true)
            .scan(0, |w, c| {
                let here = *w;
                *w += c.width().unwrap_or(1);
                Some((here, c))
            })
            .find(|(_, c)| *c == '第')
            .map(|(w, _)| w)
            .unwrap();
        assert_eq!(caret_at, text_at);
        assert!(src.chars().map(|c| c.width().unwrap_or(1)).sum::<usize>() <= MAX_WIDTH);
    }
}
