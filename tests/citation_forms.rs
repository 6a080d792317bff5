//! Citation forms in six languages, over `tests/fixtures/citations/<lang>/`:
//! every expected citation (`*.expected.tsv`) is found with its kind,
//! number, revision and resolved body; nothing on a `*.not-citations.tsv`
//! quote is reported as a citation; every merged revision of
//! `*.residue.tsv` is flagged (RLS0404) with its "keep older" and "keep
//! newer" fixes giving the expected text. The columns are described in
//! `tests/accuracy/README.md`; the recall/precision report over the same
//! files and the gold is `examples/citation_accuracy.rs`.
//!
//! `KNOWN_GAPS` lists what does not work yet, each with the reason; the test
//! prints them and fails on any other mismatch.

#[path = "common/gold.rs"]
mod gold;

use std::path::PathBuf;

use gold::{all_spans, found, match_file, read_tsv, span_of, Expected, Found, Row};
use resolution_ls::analysis::{self, Config};
use resolution_ls::catalogue::Catalogue;
use resolution_ls::model::citations::CitationKind;
use resolution_ls::text::{apply_edits, TextRange};

/// (file, line, number or quote, what) that is known not to work yet.
const KNOWN_GAPS: &[(&str, usize, &str, &str)] = &[
    // `理事会2009年会议(理事会第1312号决议)`: the session is outside the
    // citation, before a parenthesis.
    (
        "zh/real-oddities.txt",
        5,
        "1312 `理事会第1312号决议`: revision",
        BEFORE,
    ),
];

const BEFORE: &str = "session written outside the citation: not read";

fn dir() -> PathBuf {
    gold::manifest().join("tests/fixtures/citations")
}

fn fixtures() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in ["en", "fr", "es", "ru", "ar", "zh"] {
        let mut files: Vec<_> = std::fs::read_dir(dir().join(lang))
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(dir().join(lang).join(&f)).unwrap();
            out.push((format!("{lang}/{}", f.trim_end_matches(".txt")), text));
        }
    }
    assert!(out.len() >= 20, "fixtures not found in {}", dir().display());
    out
}

fn table(stem: &str, what: &str) -> Vec<Row> {
    let path = dir().join(format!("{stem}.{what}.tsv"));
    if path.exists() {
        read_tsv(&path)
    } else {
        Vec::new()
    }
}

fn kind_ok(gold: &str, number: &str, k: CitationKind) -> bool {
    match gold {
        "resolution" => k == CitationKind::Resolution,
        "decision" => k == CitationKind::Decision,
        "recommendation" if number.contains('.') => k == CitationKind::SectorRecommendation,
        "recommendation" => k == CitationKind::Recommendation,
        "opinion" => k == CitationKind::Opinion,
        "question" => k == CitationKind::Question,
        "unga" => k == CitationKind::UnResolution,
        _ => false,
    }
}

/// What is wrong with a found citation against its row, if anything.
fn compare(row: &Row, f: &Found) -> Vec<String> {
    let mut out = Vec::new();
    if !kind_ok(row.get("kind"), row.get("number"), f.kind) {
        out.push(format!(
            "kind: want {}, found {}",
            row.get("kind"),
            f.kind.as_str()
        ));
    }
    let want = row.get("resolved_body");
    if f.resolved != "-" && !f.resolved.eq_ignore_ascii_case(want) {
        out.push(format!(
            "body: want {want}, found {} (says {})",
            f.resolved, f.body
        ));
    }
    if !row.get("residue").is_empty() {
        if !f.merged {
            out.push(format!(
                "residue {} not flagged as merged",
                row.get("residue")
            ));
        }
        return out;
    }
    let year: Option<u16> = row.get("revision_year").parse().ok();
    match (&f.revision, year) {
        (None, Some(y)) => out.push(format!("revision: want {y}, found none")),
        (Some((got, revised, place)), Some(y)) => {
            if *got != Some(y) {
                out.push(format!("year: want {y}, found {got:?}"));
            }
            let want_rev = row.get("revised") == "yes";
            if *revised != want_rev && !row.get("revised").is_empty() {
                out.push(format!("revised: want {want_rev}, found {revised}"));
            }
            let want_place = row.get("revision_place");
            if !want_place.is_empty() && place.as_deref() != Some(want_place) {
                out.push(format!("place: want {want_place}, found {place:?}"));
            }
        }
        _ => {}
    }
    out
}

fn known(file: &str, line: usize, what: &str) -> bool {
    KNOWN_GAPS
        .iter()
        .any(|(f, l, w, _)| *f == file && *l == line && what.contains(w))
}

#[test]
fn every_form_in_every_language() {
    let catalogue = Catalogue::builtin();
    let mut failures = Vec::new();
    let mut gaps = Vec::new();
    let mut report = |file: &str, line: usize, what: String| {
        if known(file, line, &what) {
            gaps.push(format!("{file}:{line}: {what}"));
        } else {
            failures.push(format!("{file}:{line}: {what}"));
        }
    };
    for (stem, text) in fixtures() {
        let expected: Vec<Expected> = table(&stem, "expected")
            .into_iter()
            .map(|row| {
                let span = span_of(
                    &text,
                    row.get("line").parse().unwrap(),
                    row.get("quote"),
                    row.get("occurrence").parse().unwrap_or(1),
                );
                Expected { row, span }
            })
            .collect();
        let not_rows = table(&stem, "not-citations");
        let not: Vec<TextRange> = not_rows
            .iter()
            .flat_map(|r| all_spans(&text, r.get("line").parse().unwrap(), r.get("quote")))
            .collect();
        let (model, found) = found(&text, &catalogue);
        let m = match_file(&expected, &found, &not);
        let file = format!("{stem}.txt");
        for &gi in &m.missed {
            let row = &expected[gi].row;
            let line = row.get("line").parse().unwrap();
            report(
                &file,
                line,
                format!("{} `{}` not found", row.get("number"), row.get("quote")),
            );
        }
        for &(gi, fi) in &m.pairs {
            let row = &expected[gi].row;
            let line = row.get("line").parse().unwrap();
            for problem in compare(row, &found[fi]) {
                report(
                    &file,
                    line,
                    format!("{} `{}`: {problem}", row.get("number"), row.get("quote")),
                );
            }
        }
        for &fi in &m.on_not_citations {
            let c = &model.citations[found[fi].citation];
            let (line, _) = gold::line_of(&text, c.range.start);
            report(
                &file,
                line,
                format!("`{}` is a not-citation", &text[c.range.as_range()]),
            );
        }
        for &fi in &m.false_hits {
            if m.on_not_citations.contains(&fi) {
                continue;
            }
            let c = &model.citations[found[fi].citation];
            let (line, _) = gold::line_of(&text, c.range.start);
            report(
                &file,
                line,
                format!("`{}` found, not expected", &text[c.range.as_range()]),
            );
        }

        // Residue: flagged, with both fixes.
        let findings = analysis::check(&text, &model, &Config::default());
        for row in table(&stem, "residue") {
            let line: usize = row.get("line").parse().unwrap();
            let what = format!("{} residue `{}`", row.get("context"), row.get("quote"));
            let Some(span) = span_of(&text, line, row.get("quote"), 1) else {
                report(&file, line, format!("{what}: quote not on its line"));
                continue;
            };
            let Some(d) = findings
                .iter()
                .find(|d| d.code == "RLS0404" && d.range.intersects(span))
            else {
                report(&file, line, format!("{what}: not flagged"));
                continue;
            };
            let want = |replacement: &str| {
                let mut t = text.clone();
                t.replace_range(span.as_range(), replacement);
                t
            };
            let results: Vec<String> = d
                .fixes
                .iter()
                .map(|f| apply_edits(&text, &f.edits))
                .collect();
            for (which, col) in [("keep older", "keep_older"), ("keep newer", "keep_newer")] {
                let replacement = row.get(col);
                if replacement.is_empty() {
                    if d.fixes.len() > 1 {
                        report(
                            &file,
                            line,
                            format!("{what}: {which} offered though the text lost it"),
                        );
                    }
                    continue;
                }
                if !results.contains(&want(replacement)) {
                    let titles: Vec<&str> = d.fixes.iter().map(|f| f.title.as_str()).collect();
                    report(
                        &file,
                        line,
                        format!("{what}: no fix gives `{replacement}` (fixes: {titles:?})"),
                    );
                }
            }
        }
    }
    if !gaps.is_empty() {
        eprintln!("known gaps ({}):\n  {}", gaps.len(), gaps.join("\n  "));
    }
    // A gap that works now is taken off the list, so the list stays true.
    for (f, l, w, _) in KNOWN_GAPS {
        let prefix = format!("{f}:{l}: ");
        assert!(
            gaps.iter().any(|g| g.starts_with(&prefix) && g.contains(w)),
            "{f}:{l} ({w}) works now: take it off KNOWN_GAPS"
        );
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
