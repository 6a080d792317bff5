//! Machine-readable outputs of `check`: JSON, SARIF 2.1.0 (code scanning)
//! and GitHub workflow annotations.

use serde_json::{json, Value};

use super::report::FileReport;
use crate::analysis::{Diagnostic, Severity};
use crate::files::docx::Location;
use crate::text::{LineIndex, PositionEncoding};

/// 1-based line and UTF-16 column, as JSON and SARIF consumers expect.
fn position(index: &LineIndex, text: &str, offset: usize) -> (u32, u32) {
    let p = index.position(text, offset, PositionEncoding::Utf16);
    (p.line + 1, p.col + 1)
}

pub fn json(reports: &[FileReport], outline: bool) -> Value {
    let files: Vec<Value> = reports
        .iter()
        .map(|r| {
            let (source, index) = r.source();
            let pos = |offset: usize| {
                let (line, column) = position(index, source, offset);
                json!({ "line": line, "column": column, "byte": offset })
            };
            let findings: Vec<Value> = r
                .located()
                .iter()
                .map(|located| {
                    let d = &located.diagnostic;
                    let mut finding = json!({
                        "code": d.code,
                        "severity": d.severity.as_str(),
                        "message": d.message,
                        "start": pos(d.range.start),
                        "end": pos(d.range.end),
                        "related": d.related.iter().map(|rel| {
                            // A place in another file is read in its text.
                            let there = r.file_of(rel);
                            let pos = |offset: usize| {
                                let (line, column) = position(there.line_index(), there.text(), offset);
                                json!({ "line": line, "column": column, "byte": offset })
                            };
                            json!({
                                "file": rel.file.as_deref(),
                                "message": rel.message,
                                "start": pos(rel.range.start),
                                "end": pos(rel.range.end),
                            })
                        }).collect::<Vec<_>>(),
                        "fixes": d.fixes.iter().map(|f| json!({
                            "title": f.title,
                            "preferred": f.preferred,
                            "edits": f.edits.iter().map(|e| json!({
                                "start": pos(e.range.start),
                                "end": pos(e.range.end),
                                "new_text": e.new_text,
                            })).collect::<Vec<_>>(),
                        })).collect::<Vec<_>>(),
                    });
                    if let Some(eid) = &located.eid {
                        finding["eId"] = Value::String(eid.clone());
                    }
                    if let Some(place) = r.word_location(d.range.start) {
                        finding["paragraph"] = paragraph_json(&place);
                    }
                    finding
                })
                .collect();
            let mut file = json!({
                "path": r.path.display().to_string(),
                "kind": r.model().kind.as_str(),
                "language": r.model().language.code(),
                "findings": findings,
            });
            if r.akn.is_some() {
                // Positions are in the XML; the findings name their element.
                file["format"] = Value::String("akn".into());
            }
            if outline {
                file["outline"] = Value::String(super::outline::render(r.model(), r.text()));
            }
            file
        })
        .collect();
    json!({ "version": 1, "position_encoding": "utf-16 columns; line and column are 1-based; byte is 0-based", "files": files })
}

/// Where a finding is in a Word document: the paragraph's number, its
/// footnote (if it is in one) and the start of its text.
fn paragraph_json(place: &Location) -> Value {
    json!({
        "number": place.paragraph,
        "footnote": place.footnote,
        "quote": place.quote,
    })
}

fn sarif_level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

/// A SARIF 2.1.0 log with one run: every rule the checker knows, and one
/// result per finding with its region (1-based lines, UTF-16 columns, as
/// declared in `columnKind`) and fixes as artifact changes.
pub fn sarif(reports: &[FileReport]) -> Value {
    let rules: Vec<Value> = crate::analysis::rules()
        .iter()
        .map(|r| {
            json!({
                "id": r.code,
                "name": r.name,
                "shortDescription": { "text": r.summary },
                // The rule's page itself, as `resolution-ls rule CODE` prints it.
                "fullDescription": { "text": r.explanation },
                "help": { "text": super::rule::page(r) },
                "defaultConfiguration": { "level": sarif_level(r.default_severity) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for r in reports {
        let (source, index) = r.source();
        let uri = r.path.display().to_string().replace('\\', "/");
        let region = |start: usize, end: usize| {
            let (sl, sc) = position(index, source, start);
            let (el, ec) = position(index, source, end);
            json!({ "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec, "charOffset": start, "charLength": end - start })
        };
        for located in r.located() {
            let d = &located.diagnostic;
            let mut result = json!({
                "ruleId": d.code,
                "level": sarif_level(d.severity),
                "message": { "text": d.message },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": uri },
                    "region": region(d.range.start, d.range.end),
                }}],
            });
            if let Some(eid) = &located.eid {
                // An Akoma Ntoso file: the element, as a logical location
                // and as a property.
                result["locations"][0]["logicalLocations"] =
                    json!([{ "name": eid, "kind": "element" }]);
                result["properties"] = json!({ "eId": eid });
            }
            // In a Word document the region is in the extracted text; the
            // paragraph is a logical location (an element of the document).
            if let Some(place) = r.word_location(d.range.start) {
                let name = place.describe();
                result["locations"][0]["logicalLocations"] = json!([{
                    "name": name,
                    "fullyQualifiedName": format!("{uri}#{name}"),
                    "kind": "element",
                    "properties": paragraph_json(&place),
                }]);
            }
            if !d.related.is_empty() {
                result["relatedLocations"] = d
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, rel)| {
                        let there = r.file_of(rel);
                        let (sl, sc) = position(there.line_index(), there.text(), rel.range.start);
                        let (el, ec) = position(there.line_index(), there.text(), rel.range.end);
                        let (start, end) = (rel.range.start, rel.range.end);
                        json!({
                            "id": i,
                            "message": { "text": rel.message },
                            "physicalLocation": {
                                "artifactLocation": { "uri": rel.file.as_deref().map_or_else(|| uri.clone(), |f| f.replace('\\', "/")) },
                                "region": { "startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec, "charOffset": start, "charLength": end - start },
                            },
                        })
                    })
                    .collect();
            }
            if !d.fixes.is_empty() {
                result["fixes"] = d
                    .fixes
                    .iter()
                    .map(|f| {
                        json!({
                            "description": { "text": f.title },
                            "artifactChanges": [{
                                "artifactLocation": { "uri": uri },
                                "replacements": f.edits.iter().map(|e| json!({
                                    "deletedRegion": region(e.range.start, e.range.end),
                                    "insertedContent": { "text": e.new_text },
                                })).collect::<Vec<_>>(),
                            }],
                        })
                    })
                    .collect();
            }
            results.push(result);
        }
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "resolution-ls",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "utf16CodeUnits",
            "results": results,
        }],
    })
}

/// GitHub Actions workflow commands: one `::warning file=…::message` line
/// per finding, which GitHub shows as annotations on the pull request.
pub fn github(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let (source, index) = r.source();
        for located in r.located() {
            let mut d = located.diagnostic;
            if let Some(eid) = located.eid {
                d.message = crate::msg!("quoted", text = format!("{} (eId {eid})", d.message));
            }
            out.push_str(&github_line(
                &r.path.display().to_string(),
                index,
                source,
                &d,
                r.word_location(d.range.start).as_ref(),
            ));
            out.push('\n');
        }
    }
    out
}

fn github_line(
    path: &str,
    index: &LineIndex,
    text: &str,
    d: &Diagnostic,
    place: Option<&Location>,
) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "notice",
    };
    let (line, col) = position(index, text, d.range.start);
    let (end_line, end_col) = position(index, text, d.range.end);
    format!(
        "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
        escape_property(path),
        escape_property(d.code),
        escape_data(&match place {
            Some(place) => format!("{} ({})", d.message, place.describe()),
            None => d.message.to_string(),
        })
    )
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
