//! Structure in the six ITU languages.
//!
//! - Fixture tests: each file in `tests/fixtures/languages/` holds an input,
//!   a line `==== expected`, and the expected outline and structure
//!   findings. `UPDATE_FIXTURES=1 cargo test --test languages` rewrites the
//!   expected part (review the diff).
//! - `structure_accuracy_report`: the outline of every text of
//!   `../shared/corpus/pp18-en/` against its Akoma Ntoso markup, printed with
//!   `cargo test --release --test languages structure_accuracy_report -- --nocapture`
//!   (figures in ACCURACY.md); it fails if the figures fall.

mod common;

use std::path::{Path, PathBuf};

use regex::Regex;
use resolution_ls::analysis::{self, Config, Diagnostic};
use resolution_ls::cli::outline;
use resolution_ls::model::{self, Model, NoteKind};
use resolution_ls::syntax::SourceFile;
use resolution_ls::text::apply_edits;
use resolution_ls::text::{LineIndex, PositionEncoding};

const SEPARATOR: &str = "==== expected\n";

fn parse(text: &str) -> (SourceFile, Model) {
    let file = SourceFile::parse(text);
    let model = model::extract(&file);
    (file, model)
}

fn is_structure(d: &Diagnostic) -> bool {
    ["RLS01", "RLS02", "RLS03", "RLS05"]
        .iter()
        .any(|p| d.code.starts_with(p))
}

/// The outline, then every structure finding as `code@line:col message`,
/// then what the preferred fixes make of the text.
fn expected_for(text: &str) -> String {
    let (file, model) = parse(text);
    let mut out = outline::render(&model, text);
    for doc in &model.documents {
        out.push_str(&format!(
            "document: language {} body {} year {}\n",
            doc.language,
            doc.body.map_or("?".to_string(), |b| b.code().to_string()),
            doc.year.map_or("?".to_string(), |y| y.to_string())
        ));
    }
    let diags: Vec<Diagnostic> = analysis::check(file.text(), &model, &Config::default())
        .into_iter()
        .filter(is_structure)
        .collect();
    let index = LineIndex::new(text);
    for d in &diags {
        let p = index.position(text, d.range.start, PositionEncoding::Utf32);
        out.push_str(&format!(
            "finding {}@{}:{} {}\n",
            d.code,
            p.line + 1,
            p.col + 1,
            d.message
        ));
    }
    let edits: Vec<_> = diags
        .iter()
        .filter_map(|d| d.fixes.iter().find(|f| f.preferred))
        .flat_map(|f| f.edits.clone())
        .collect();
    if !edits.is_empty() {
        out.push_str("fixed:\n");
        out.push_str(&apply_edits(text, &edits));
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/languages")
}

#[test]
fn fixtures_in_six_languages() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir())
        .expect("fixture folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "res"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 6, "fixtures missing");
    let mut failures = Vec::new();
    for path in paths {
        let all = std::fs::read_to_string(&path).expect("fixture");
        let (input, expected) = all.split_once(SEPARATOR).unwrap_or((all.as_str(), ""));
        let actual = expected_for(input);
        if update {
            std::fs::write(&path, format!("{input}{SEPARATOR}{actual}")).expect("write");
        } else if actual != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Right-to-left text keeps exact positions: every label and heading range
/// of an Arabic fixture slices to the text it names.
#[test]
fn arabic_ranges_are_exact() {
    let path = fixture_dir().join("ar-resolution.res");
    let all = std::fs::read_to_string(path).expect("fixture");
    let input = all.split(SEPARATOR).next().unwrap_or("");
    let (_, model) = parse(input);
    let doc = &model.documents[0];
    assert!(!doc.sections.is_empty());
    for s in &doc.sections {
        assert_eq!(&input[s.heading.range.as_range()], s.heading.text);
        for c in &s.items {
            if let Some(l) = &c.label {
                assert_eq!(&input[l.range.as_range()], l.text);
            }
        }
    }
    let index = LineIndex::new(input);
    let s = &doc.sections[0];
    let utf16 = index.position(input, s.heading.range.end, PositionEncoding::Utf16);
    let utf8 = index.position(input, s.heading.range.end, PositionEncoding::Utf8);
    assert!(
        utf8.col > utf16.col,
        "Arabic letters are 2 bytes, 1 UTF-16 unit"
    );
}

// ------------------------------------------------------------ accuracy

/// One section of the reference: its heading and its clause count.
#[derive(Debug, Clone, PartialEq)]
struct RefSection {
    heading: String,
    count: usize,
}

fn norm_heading(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches([',', ':'])
        .to_lowercase()
}

fn akn_sections(xml: &str) -> Vec<(String, Vec<RefSection>)> {
    let comp = Regex::new(r#"<component eId="cmp_([a-z]+_[0-9]+)">"#).unwrap();
    let section =
        Regex::new(r#"(?s)<(recitals|hcontainer)\b[^>]*>(.*?)</(?:recitals|hcontainer)>"#).unwrap();
    let italic = Regex::new(r"(?s)<i>(.*?)</i>").unwrap();
    let tag = Regex::new(r"<[^>]+>").unwrap();
    let starts: Vec<(usize, String)> = comp
        .captures_iter(xml)
        .map(|c| (c.get(0).unwrap().start(), c[1].to_string()))
        .collect();
    let mut out = Vec::new();
    for (i, (start, id)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(xml.len(), |s| s.0);
        let block = &xml[*start..end];
        let mut sections = Vec::new();
        for c in section.captures_iter(block) {
            let kind = &c[1];
            let inner = &c[2];
            let heading = italic
                .captures(inner)
                .map(|h| tag.replace_all(&h[1], "").to_string())
                .unwrap_or_default();
            let count = if kind == "recitals" {
                inner.matches("<recital ").count() + inner.matches("<recital>").count()
            } else {
                inner.matches("<paragraph ").count()
            };
            sections.push(RefSection {
                heading: norm_heading(&heading),
                count,
            });
        }
        out.push((id.clone(), sections));
    }
    out
}

#[test]
fn structure_accuracy_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pp18-en");
    let Ok(xml) = std::fs::read_to_string(root.join("pp18-final-acts-part.akn.xml")) else {
        println!("no corpus at {}", root.display());
        return;
    };
    let (mut total, mut right, mut ref_wrong) = (0, 0, 0);
    let mut files_exact = 0;
    let statements = akn_sections(&xml);
    for (id, reference) in &statements {
        let path = root.join("txt").join(format!("pp18_{id}.txt"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("{id}: no text");
            continue;
        };
        let (_, model) = parse(&text);
        let glued: Vec<usize> = model
            .notes
            .iter()
            .filter(|n| matches!(n.kind, NoteKind::HeadingGlued | NoteKind::HeadingInline))
            .map(|n| n.range.start)
            .collect();
        let found: Vec<(String, usize, bool, usize)> = model
            .documents
            .iter()
            .flat_map(|d| d.sections.iter())
            .map(|s| {
                (
                    norm_heading(&s.heading.text),
                    s.items.len(),
                    glued.contains(&s.heading.range.start),
                    s.items.iter().map(|c| c.sub_items.len()).sum::<usize>(),
                )
            })
            .collect();
        let mut lines = Vec::new();
        let mut ok_here = 0;
        let mut at = 0;
        for r in reference {
            total += 1;
            let hit = found[at..].iter().position(|f| f.0 == r.heading);
            match hit {
                Some(k) if found[at + k].1 == r.count => {
                    right += 1;
                    ok_here += 1;
                    at += k + 1;
                }
                Some(k) => {
                    // A heading the PDF conversion glued into a clause of
                    // this section is a section of its own here: the
                    // reference counts fewer or more clauses than the text has.
                    let next_glued = found.get(at + k + 1).is_some_and(|f| f.2);
                    let f = &found[at + k];
                    if f.1 + f.3 == r.count {
                        ref_wrong += 1;
                        lines.push(format!(
                            "  reference wrong: {} ({} in AKN, {} here; the reference counts the {} sub-items i), ii)… as clauses of the section)",
                            r.heading, r.count, f.1, f.3
                        ));
                    } else if next_glued {
                        ref_wrong += 1;
                        lines.push(format!(
                            "  reference wrong: {} ({} in AKN, {} here; a heading glued into its last clause starts a section of its own here: {})",
                            r.heading,
                            r.count,
                            found[at + k].1,
                            found[at + k + 1].0
                        ));
                    } else {
                        lines.push(format!(
                            "  count differs: {} ({} in AKN, {} here)",
                            r.heading,
                            r.count,
                            found[at + k].1
                        ));
                    }
                    at += k + 1;
                }
                None => lines.push(format!("  missing: {} ({})", r.heading, r.count)),
            }
        }
        for f in &found {
            if f.2 && !reference.iter().any(|r| r.heading == f.0) {
                lines.push(format!(
                    "  reference wrong: heading glued into a clause in the source, found here as a section: {} ({})",
                    f.0, f.1
                ));
            }
        }
        if ok_here == reference.len() {
            files_exact += 1;
        }
        println!(
            "{id}: {ok_here}/{} sections right{}",
            reference.len(),
            if lines.is_empty() { "" } else { ":" }
        );
        for l in lines {
            println!("{l}");
        }
    }
    println!(
        "TOTAL: {right}/{total} sections with the right heading and clause count ({:.1}%); {ref_wrong} where the reference is wrong; {files_exact}/{} files exact",
        100.0 * right as f64 / total.max(1) as f64,
        statements.len()
    );
    // The figures of ACCURACY.md may only rise.
    assert!(
        right >= 243 && total - right - ref_wrong <= 1,
        "structure accuracy fell: {right}/{total} right, {ref_wrong} reference errors"
    );
}

/// Relettering keeps the document's script: an Arabic sequence is
/// relettered in abjad order, a Cyrillic one in Cyrillic.
#[test]
fn relettering_keeps_the_script() {
    for (name, want) in [
        ("ar-reletter.res", ["أ )", "ب )", "ج )", "د )"]),
        ("ru-cyrillic-labels.res", ["а)", "б)", "в)", "в)"]),
    ] {
        let all = std::fs::read_to_string(fixture_dir().join(name)).expect("fixture");
        let input = all.split(SEPARATOR).next().unwrap_or("");
        let (file, model) = parse(input);
        let diag = analysis::check(file.text(), &model, &Config::default())
            .into_iter()
            .find(|d| d.code == "RLS0101")
            .expect("a gap");
        let (di, si) = diag.section.expect("a sequence finding names its section");
        let fix = &resolution_ls::analysis::reletter_section(&model, file.text(), di, si)
            .expect("a reletter fix");
        let fixed = apply_edits(input, &fix.edits);
        for w in want {
            assert!(
                fixed.contains(w),
                "{name}: {w} missing after {}:\n{fixed}",
                fix.title
            );
        }
        assert!(!fixed.contains("c)") && !fixed.contains("d )"), "{fixed}");
    }
}

/// A stated language (the hook for a server or CLI setting) applies where
/// no in-text marker says otherwise; detection decides the rest.
#[test]
fn stated_language_and_markers() {
    use resolution_ls::domain::Language;
    let text =
        "RESOLUTION 1 (DUBAI, 2018)\nTitle\nThe Council,\nconsidering\na) that x;\nb) that y,\n";
    let file = SourceFile::parse(text);
    assert_eq!(
        model::extract(&file).documents[0].language,
        Language::English
    );
    let stated = model::extract_with_language(&file, Some(Language::French));
    assert_eq!(stated.language, Language::French);
    assert_eq!(stated.documents[0].language, Language::French);
    let marked = format!("[rls-language es]\n{text}");
    let file = SourceFile::parse(marked.as_str());
    let m = model::extract_with_language(&file, Some(Language::French));
    assert_eq!(m.language, Language::Spanish);
    // Accent-stripped French and Spanish fragments.
    for (t, l) in [
        (
            "considerant\na) que la Conference doit agir;",
            Language::French,
        ),
        (
            "considerando\na) que la Conferencia debe actuar;",
            Language::Spanish,
        ),
        ("учитывая,\na) что", Language::Russian),
        ("إذ يذكر\nأ ) بالقرار 71؛", Language::Arabic),
        ("忆及\na) 第71号决议；", Language::Chinese),
    ] {
        let file = SourceFile::parse(t);
        assert_eq!(model::extract(&file).language, l, "{t}");
    }
}

// ------------------------------------------------ incremental, six languages

mod incremental {
    use proptest::prelude::*;
    use resolution_ls::model;
    use resolution_ls::syntax::SourceFile;
    use resolution_ls::text::TextEdit;
    use resolution_ls::text::{floor_char_boundary, TextRange};

    const BASE: &str = "RÉSOLUTION 71 (RÉV. DUBAÏ, 2018)
Plan stratégique
(Minneapolis, 1998; Dubaï, 2018)
La Conférence de plénipotentiaires de l'Union internationale des télécommunications (Dubaï, 2018),
considérant a) que le plan est examiné;
b) que les ressources sont limitées,
R 1305
(C09)
Совет,
учитывая,
a) что цели Союза;
с) что МСЭ проводит мероприятия,
القرار 71 (المراجَع في دبي، 2018)
إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،
إذ يضع في اعتباره
أ ) أن مقاصد الاتحاد؛
هـ ) أن الاتحاد،
*resolves*
1. to continue, instructs the Secretary-General
1 to report.
";

    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("\n".to_string()),
            Just("а)\t".to_string()),
            Just("أ ) ".to_string()),
            Just("هـ )".to_string()),
            Just("1. ".to_string()),
            Just("* ".to_string()),
            Just("Le Conseil,\n".to_string()),
            Just("(C09)\n".to_string()),
            Just("учитывая,\n".to_string()),
            Just("RESOLUCIÓN 1\n".to_string()),
            Just("، ".to_string()),
            "[a-zа-я)(. \t\n*_]{0,6}",
            "\\PC{0,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn incremental_reparse_equals_fresh_parse(
            edits in prop::collection::vec((0.0..1.0f64, 0.0..0.05f64, fragment()), 1..6)
        ) {
            let mut file = SourceFile::parse(BASE);
            for (at, len, new_text) in &edits {
                let text = file.text();
                let start = floor_char_boundary(text, (at * text.len() as f64) as usize);
                let end = floor_char_boundary(text, start + (len * text.len() as f64) as usize)
                    .max(start);
                let edit = TextEdit { range: TextRange::new(start, end), new_text: new_text.clone() };
                file = file.edit(std::slice::from_ref(&edit));
                let fresh = SourceFile::parse(file.text());
                prop_assert_eq!(file.sexp(), fresh.sexp(), "after {:?}", edit);
                // The model is total on whatever the edit left.
                let _ = model::extract(&file);
            }
        }
    }
}
