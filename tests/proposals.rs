//! Proposals (`MOD EUR/44A7/1`, `ADD`, `SUP`, `NOC`): the fixtures in
//! `tests/fixtures/proposals/`, each in English and another language, give
//! exactly the findings they plant (clean ones give none), and their
//! outline and findings match the snapshots. Files without proposals get
//! nothing from the RLS07xx family.

mod common;

use std::path::Path;

use resolution_ls::analysis::{Config, ProposalConfig};
use resolution_ls::catalogue::Catalogue;
use resolution_ls::cli::human::annotate;
use resolution_ls::cli::outline;
use resolution_ls::ide::{self, FileAnalysis, SymbolKind};
use resolution_ls::model::proposals::{Action, Target};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/proposals")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn codes(text: &str, config: &Config) -> Vec<&'static str> {
    let file = FileAnalysis::parse(text);
    let mut codes: Vec<&'static str> = file.check(config).iter().map(|d| d.code).collect();
    codes.sort();
    codes
}

/// Every fixture and the codes it must raise, no more, no fewer.
const EXPECTED: &[(&str, &[&str])] = &[
    ("en-clean.txt", &[]),
    ("fr-clean.txt", &[]),
    ("zh-clean.txt", &[]),
    ("es-clean.txt", &[]),
    ("ru-clean.txt", &[]),
    ("ar-clean.txt", &[]),
    ("en-ids.txt", &["RLS0701", "RLS0702", "RLS0703"]),
    ("zh-ids.txt", &["RLS0701", "RLS0702", "RLS0703"]),
    ("en-reasons.txt", &["RLS0704"]),
    ("ru-reasons.txt", &["RLS0704"]),
    ("en-catalogue.txt", &["RLS0705", "RLS0706", "RLS0709"]),
    ("es-catalogue.txt", &["RLS0705", "RLS0706", "RLS0709"]),
    ("en-mod.txt", &["RLS0404", "RLS0707"]),
    ("zh-mod.txt", &["RLS0404", "RLS0707"]),
    ("en-history.txt", &["RLS0708"]),
    ("zh-history.txt", &["RLS0708"]),
    ("en-conference.txt", &["RLS0710"]),
    ("zh-conference.txt", &["RLS0710"]),
];

#[test]
fn every_fixture_gives_exactly_what_it_plants() {
    let mut wrong = Vec::new();
    for (name, expected) in EXPECTED {
        let got = codes(&fixture(name), &Config::default());
        if got != *expected {
            wrong.push(format!("{name}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn outlines_and_findings_match_their_snapshots() {
    for (name, _) in EXPECTED {
        let text = fixture(name);
        let file = FileAnalysis::parse(&text);
        let findings = file.check(&Config::default());
        let shown = format!(
            "{}\n{}",
            outline::render(file.model(), &text),
            annotate(&text, &findings, true)
        );
        insta::assert_snapshot!(
            format!("proposals_{}", name.trim_end_matches(".txt")),
            shown
        );
    }
}

#[test]
fn markers_identifiers_targets_and_reasons_are_structure() {
    let text = fixture("en-clean.txt");
    let file = FileAnalysis::parse(&text);
    let model = file.model();
    let got: Vec<(Action, String, &str, bool)> = model
        .proposals
        .iter()
        .map(|p| {
            (
                p.action,
                p.id.as_ref().map(|i| i.text.clone()).unwrap_or_default(),
                p.target.as_str(),
                p.reasons.is_some(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Action::Mod, "EUR/44A7/1".to_string(), "document", true),
            (Action::Add, "EUR/44A7/2".to_string(), "document", true),
            (Action::Sup, "EUR/44A7/3".to_string(), "document", true),
            (Action::Noc, "EUR/44A7/4".to_string(), "document", false),
        ]
    );
    let id = model.proposals[0].id.as_ref().unwrap();
    assert_eq!(
        (id.proposer.as_str(), id.document, id.addendum, id.sequence),
        ("EUR", Some(44), Some(7), 1)
    );
    assert!(model.proposals[1].new_draft.is_some());
    // The markers and reasons are not clauses of the documents they mark.
    assert_eq!(model.documents.len(), 4);
    let resolves = &model.documents[0].sections[1];
    assert_eq!(resolves.items.len(), 2);
    let addressed = model.addressed.as_ref().unwrap();
    assert_eq!((addressed.body.code(), addressed.year), ("PP", 2026));
}

#[test]
fn markers_in_pdf_layouts_and_on_sections_and_clauses() {
    // A PDF gives the marker and the identifier on two lines, or the
    // identifier first (PP-02 style); a marker may stand before a section
    // or a clause.
    let text = "\
MOD
EUR/XX/1
RESOLUTION 28 (REV.WRC-27)
Revision of references
The World Radiocommunication Conference (Geneva, 2027),
considering
a)\tthat one;
b)\tthat two,
resolves
1\tto act;
ADD\tEUR/XX/2
2\tto report.
Reasons:\tUpdate.
SEN/56/3
ADD
DRAFT NEW RESOLUTION [SEN-1]
Support for NEPAD
";
    let file = FileAnalysis::parse(text);
    let model = file.model();
    let got: Vec<(String, Target)> = model
        .proposals
        .iter()
        .map(|p| (p.label(), p.target))
        .collect();
    assert_eq!(
        got,
        [
            ("MOD EUR/XX/1".to_string(), Target::Document(0)),
            ("ADD EUR/XX/2".to_string(), Target::Clause(0, 1)),
            ("ADD SEN/56/3".to_string(), Target::Document(1)),
        ]
    );
    let resolves = &model.documents[0].sections[1];
    assert_eq!(resolves.items.len(), 2, "{resolves:?}");
    assert!(model.proposals[0].id.as_ref().unwrap().document.is_none());
}

#[test]
fn the_coming_conference_fix_writes_it_and_the_setting_wins() {
    let text = fixture("en-mod.txt");
    let (fixed, _) = ide::fix_all(&text, &Config::default());
    assert!(
        fixed.contains("RESOLUTION 130 (REV. DOHA, 2026)"),
        "{fixed}"
    );
    let zh = fixture("zh-mod.txt");
    let (fixed, _) = ide::fix_all(&zh, &Config::default());
    assert!(
        fixed.contains("第130号决议（2026年，多哈，修订版）"),
        "{fixed}"
    );
    let conference = fixture("zh-conference.txt");
    let (fixed, _) = ide::fix_all(&conference, &Config::default());
    assert!(
        fixed.contains("国际电信联盟全权代表大会（2026年，多哈），"),
        "{fixed}"
    );
    let history = fixture("en-history.txt");
    let (fixed, _) = ide::fix_all(&history, &Config::default());
    assert!(
        fixed.contains("Buenos Aires, 2017; Kigali, 2022; Baku, 2025)"),
        "{fixed}"
    );

    // Without a header, the setting names the conference.
    let text = "MOD\tEUR/44A7/1\nRESOLUTION 130 (REV. DOHA, 2026)\nTitle\nReasons:\tUpdate.\n";
    assert!(codes(text, &Config::default()).is_empty());
    let config = Config {
        proposals: ProposalConfig {
            conference: Some("PP-30".into()),
        },
        ..Config::default()
    };
    let file = FileAnalysis::parse(text);
    let found = file.check(&config);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, "RLS0707");
    assert!(found[0].message.contains("2030"), "{}", found[0].message);
}

#[test]
fn a_merged_mod_identity_says_which_side_is_the_proposal() {
    let text = fixture("en-mod.txt");
    let file = FileAnalysis::parse(&text);
    let merged: Vec<_> = file
        .check(&Config::default())
        .into_iter()
        .filter(|d| d.code == "RLS0404")
        .collect();
    assert_eq!(merged.len(), 1);
    let d = &merged[0];
    assert!(
        d.message
            .contains("in MOD EUR/44A7/2, DOHA, 2026 is the proposal's revision"),
        "{}",
        d.message
    );
    let titles: Vec<&str> = d.fixes.iter().map(|f| f.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Keep the revision being modified: (REV. BUCHAREST, 2022)",
            "Keep the proposal's revision: (REV. DOHA, 2026)"
        ]
    );
}

#[test]
fn proposal_identity_lines_teach_the_catalogue_nothing() {
    let file = FileAnalysis::parse(&fixture("en-mod.txt"));
    assert!(ide::taught_entries(&file, "proposals.txt").is_empty());
    let adopted = FileAnalysis::parse("RESOLUTION 130 (REV. DOHA, 2026)\nTitle\n");
    assert_eq!(ide::taught_entries(&adopted, "adopted.txt").len(), 1);
}

#[test]
fn symbols_and_hover_show_marker_and_identifier() {
    let text = fixture("en-clean.txt");
    let file = FileAnalysis::parse(&text);
    let symbols = ide::document_symbols(&file);
    let top: Vec<(&str, SymbolKind, usize)> = symbols
        .iter()
        .map(|s| (s.name.as_str(), s.kind, s.children.len()))
        .collect();
    assert_eq!(
        top,
        [
            ("MOD EUR/44A7/1", SymbolKind::Proposal, 1),
            ("ADD EUR/44A7/2", SymbolKind::Proposal, 1),
            ("SUP EUR/44A7/3", SymbolKind::Proposal, 1),
            ("NOC EUR/44A7/4", SymbolKind::Proposal, 1),
        ]
    );
    assert_eq!(
        symbols[0].children[0].name,
        "RESOLUTION 130 (REV. DOHA, 2026)"
    );
    let at = text.find("MOD\tEUR").unwrap() + 5;
    let hover = ide::hover(&file, at, &Catalogue::builtin(), None).unwrap();
    assert!(
        hover
            .markdown
            .starts_with("**MOD EUR/44A7/1** — a proposal that modifies the text"),
        "{}",
        hover.markdown
    );
    assert!(
        hover.markdown.contains("- Addendum: 7"),
        "{}",
        hover.markdown
    );
    assert!(hover.markdown.contains("Reasons:"), "{}", hover.markdown);
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seeds_and_the_corpus_have_no_proposals_and_no_rls07_findings() {
    let Some(seeds) = common::seeds() else { return };
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pp18-en/txt");
    let mut texts = seeds;
    for entry in std::fs::read_dir(&corpus).expect("corpus folder") {
        let path = entry.unwrap().path();
        texts.push((
            path.display().to_string(),
            std::fs::read_to_string(&path).unwrap(),
        ));
    }
    assert!(texts.len() > 39);
    for (name, text) in texts {
        let file = FileAnalysis::parse(&text);
        assert!(
            file.model().proposals.is_empty(),
            "{name}: {:?}",
            file.model().proposals
        );
        let rls07: Vec<_> = file
            .check(&Config::default())
            .into_iter()
            .filter(|d| d.code.starts_with("RLS07"))
            .collect();
        assert!(rls07.is_empty(), "{name}: {rls07:?}");
    }
}

#[test]
fn cut_and_mangled_proposals_never_panic() {
    // Every prefix (in steps) of every fixture, and the fixtures with their
    // line ends made lone `\r`, are checked without a panic.
    for (name, _) in EXPECTED {
        let text = fixture(name);
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(3).collect();
        for cut in cuts {
            let file = FileAnalysis::parse(&text[..cut]);
            let _ = file.check(&Config::default());
            let _ = ide::document_symbols(&file);
        }
        let cr = text.replace('\n', "\r");
        let file = FileAnalysis::parse(&cr);
        let _ = file.check(&Config::default());
        for p in &file.model().proposals {
            let _ = ide::hover(&file, p.range.start, &Catalogue::builtin(), None);
        }
    }
}
