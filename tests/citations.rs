//! Citations: every finding (RLS04xx) in English and Chinese, fixes applied
//! and re-checked, the user catalogue, identity lines, and snapshots of what
//! is extracted from (and found in) every seed.

mod common;

use std::fmt::Write as _;

use resolution_ls::analysis::resolve::identity_entry;
use resolution_ls::analysis::rules::citations::{self, check};
use resolution_ls::analysis::{CitationConfig, Diagnostic, Severity};
use resolution_ls::catalogue::{Catalogue, Key, Kind, UserCatalogue};
use resolution_ls::domain::{Body, Language};
use resolution_ls::model::citations::{
    extract, identities, parse_identity, Citation, CitationKind, CitedBody,
};
use resolution_ls::model::{self, Model};
use resolution_ls::syntax::SourceFile;
use resolution_ls::text::apply_edits;

fn model_of(text: &str) -> Model {
    model::extract(&SourceFile::parse(text))
}

fn run(text: &str, catalogue: &Catalogue, config: &CitationConfig) -> Vec<Diagnostic> {
    let model = model_of(text);
    let cites = extract(text, model.language);
    check(&model, text, &cites, catalogue, config)
}

fn findings(text: &str) -> Vec<Diagnostic> {
    run(text, &Catalogue::builtin(), &CitationConfig::default())
}

fn codes(ds: &[Diagnostic]) -> Vec<&'static str> {
    ds.iter().map(|d| d.code).collect()
}

fn only<'a>(ds: &'a [Diagnostic], code: &str) -> Vec<&'a Diagnostic> {
    ds.iter().filter(|d| d.code == code).collect()
}

/// Applies the preferred fix of every finding with `code`.
fn fix_all(text: &str, ds: &[Diagnostic], code: &str) -> String {
    let edits: Vec<_> = ds
        .iter()
        .filter(|d| d.code == code)
        .flat_map(|d| d.fixes.iter().filter(|f| f.preferred).take(1))
        .flat_map(|f| f.edits.clone())
        .collect();
    assert!(!edits.is_empty(), "no fix for {code}");
    apply_edits(text, &edits)
}

// ---- fixtures --------------------------------------------------------------

const ZH_WTDC_22: &str = "\
世界电信发展大会（2022年，基加利），
忆及
a)	WTDC第77号决议（2017年，布宜诺斯艾利斯，修订版）；
b)	全权代表大会第101号决议(2010年,瓜达拉哈拉,修订版)；
c)	全权代表大会第71号决议（2018年，迪拜，修订版），
做出决议
继续开展工作。
";

const EN_WTDC_22: &str = "\
The World Telecommunication Development Conference (Kigali, 2022),
recalling
a)	Resolution 77 (Rev. Buenos Aires, 2017) of the World Telecommunication Development Conference;
b)	Resolution 101 (Rev. Guadalajara, 2010) of the Plenipotentiary Conference;
c)	Resolution 71 (Rev. Dubai, 2018) of the Plenipotentiary Conference,
resolves
to continue the work.
";

#[test]
fn outdated_chinese_is_fixed_in_its_own_style_and_rechecks_clean() {
    let ds = findings(ZH_WTDC_22);
    let outdated = only(&ds, "RLS0401");
    assert_eq!(outdated.len(), 2, "{ds:#?}");
    assert_eq!(outdated[0].severity, Severity::Warning);
    assert!(
        outdated[0].message.contains("（2022年，基加利，修订版）"),
        "{}",
        outdated[0].message
    );
    assert!(
        outdated[0]
            .message
            .contains("at this document's date (2022年，基加利)"),
        "{}",
        outdated[0].message
    );
    // PP-22 (October 2022) came after this conference (June 2022): PP 71
    // (Rev. Dubai, 2018) is not outdated for a WTDC-22 text.
    assert!(!outdated.iter().any(|d| d.message.contains("Resolution 71")));
    let fixed = fix_all(ZH_WTDC_22, &ds, "RLS0401");
    assert!(
        fixed.contains("WTDC第77号决议（2022年，基加利，修订版）；"),
        "{fixed}"
    );
    // Half-width stays half-width.
    assert!(
        fixed.contains("全权代表大会第101号决议(2018年,迪拜,修订版)；"),
        "{fixed}"
    );
    assert_eq!(codes(&findings(&fixed)), Vec::<&str>::new());
}

#[test]
fn outdated_english_is_fixed_and_rechecks_clean() {
    let ds = findings(EN_WTDC_22);
    assert_eq!(codes(&ds), ["RLS0401", "RLS0401"], "{ds:#?}");
    let fixed = fix_all(EN_WTDC_22, &ds, "RLS0401");
    assert!(
        fixed.contains("Resolution 77 (Rev. Kigali, 2022) of the World"),
        "{fixed}"
    );
    assert!(
        fixed.contains("Resolution 101 (Rev. Dubai, 2018) of the Plenipotentiary"),
        "{fixed}"
    );
    assert_eq!(codes(&findings(&fixed)), Vec::<&str>::new());
}

#[test]
fn without_the_document_date_everything_known_counts() {
    let config = CitationConfig {
        as_of_document_conference: false,
        ..CitationConfig::default()
    };
    let ds = run(ZH_WTDC_22, &Catalogue::builtin(), &config);
    assert_eq!(only(&ds, "RLS0401").len(), 3, "{ds:#?}");
}

#[test]
fn original_adoption_is_information_and_tunable() {
    let text = "\
The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),
recalling
Resolution 2 (Kyoto, 1994) of the Plenipotentiary Conference, which established the forum,
resolves
to maintain the forum.
";
    let ds = findings(text);
    assert_eq!(codes(&ds), ["RLS0402"], "{ds:#?}");
    assert_eq!(ds[0].severity, Severity::Information);
    assert!(
        ds[0]
            .message
            .contains("latest known Rev. Bucharest, 2022 (PP-22)"),
        "{}",
        ds[0].message
    );
    assert!(!ds[0].fixes[0].preferred);
    let warn = CitationConfig {
        original_adoption: Some(Severity::Warning),
        ..CitationConfig::default()
    };
    assert_eq!(
        run(text, &Catalogue::builtin(), &warn)[0].severity,
        Severity::Warning
    );
    let off = CitationConfig {
        original_adoption: None,
        ..CitationConfig::default()
    };
    assert!(run(text, &Catalogue::builtin(), &off).is_empty());
    // Chinese, as in seed 001.
    let zh = "须保留依据全权代表大会第2号决议（1994年，京都）设立的WTPF。";
    assert_eq!(codes(&findings(zh)), ["RLS0402"]);
}

#[test]
fn impossible_wtdc_at_hammamet() {
    let en = findings("recalling WTDC Resolution 23 (Rev. Hammamet, 2016);\n");
    assert_eq!(codes(&en), ["RLS0403"], "{en:#?}");
    assert_eq!(en[0].severity, Severity::Error);
    let m = &en[0].message;
    assert!(m.contains("no WTDC met in 2016"), "{m}");
    assert!(m.contains("2014 (Dubai), 2017 (Buenos Aires)"), "{m}");
    assert!(m.contains("WTSA-16 (Hammamet, 2016)"), "{m}");
    let zh = findings("忆及世界电信发展大会第23号决议（2016年，亚斯敏-哈马马特，修订版）；\n");
    assert_eq!(codes(&zh), ["RLS0403"], "{zh:#?}");
}

#[test]
fn impossible_tokyo_for_kyoto_1994_and_a_year_the_body_met_elsewhere() {
    let zh = findings("依据全权代表大会第2号决议（1994年，东京）设立\n");
    assert_eq!(codes(&zh), ["RLS0403"], "{zh:#?}");
    assert!(
        zh[0].message.contains("in 1994 PP met at Kyoto (PP-94)"),
        "{}",
        zh[0].message
    );
    let en = findings("Resolution 2 (Tokyo, 1994) of the Plenipotentiary Conference\n");
    assert_eq!(codes(&en), ["RLS0403"]);
    let en = findings("WTDC Resolution 23 (Rev. Dubai, 2017)\n");
    assert_eq!(codes(&en), ["RLS0403"]);
    assert!(
        en[0]
            .message
            .contains("in 2017 WTDC met at Buenos Aires (WTDC-17)"),
        "{}",
        en[0].message
    );
    assert!(
        en[0].message.contains("WTDC met at Dubai in 2014"),
        "{}",
        en[0].message
    );
}

#[test]
fn merged_revision_both_fixes() {
    let zh = "忆及WTDC第23号决议（2017年，布宜诺斯艾利斯2022年，基加利，修订版）；\n";
    let ds = findings(zh);
    assert_eq!(codes(&ds), ["RLS0404"], "{ds:#?}");
    let d = ds[0].clone();
    assert_eq!(d.fixes.len(), 2);
    let older = d.fixes.iter().find(|f| f.title.contains("older")).unwrap();
    let newer = d.fixes.iter().find(|f| f.title.contains("newer")).unwrap();
    assert!(newer.preferred && !older.preferred);
    let kept_old = older.apply(zh);
    let kept_new = newer.apply(zh);
    assert_eq!(
        kept_old,
        "忆及WTDC第23号决议（2017年，布宜诺斯艾利斯，修订版）；\n"
    );
    assert_eq!(kept_new, "忆及WTDC第23号决议（2022年，基加利，修订版）；\n");
    assert_eq!(codes(&findings(&kept_new)), Vec::<&str>::new());
    assert_eq!(codes(&findings(&kept_old)), ["RLS0401"]);

    let en = "MOD EUR/XX/1 recalling Resolution 101 (REV. DUBAI, 2018BUCHAREST, 2022) of the Plenipotentiary Conference\n";
    let ds = findings(en);
    let merged = only(&ds, "RLS0404");
    assert_eq!(merged.len(), 1, "{ds:#?}");
    let texts: Vec<String> = merged[0]
        .fixes
        .iter()
        .map(|f| f.edits[0].new_text.clone())
        .collect();
    assert_eq!(texts, ["(REV. DUBAI, 2018)", "(REV. BUCHAREST, 2022)"]);
}

#[test]
fn merged_residue_in_a_conference_line() {
    let zh = "\
国际电信联盟全权代表大会（2018年，迪拜2022年，布加勒斯特），
忆及
全权代表大会第102号决议（2022年，布加勒斯特，修订版），
做出决议
继续开展工作。
";
    let ds = findings(zh);
    assert_eq!(codes(&ds), ["RLS0404"], "{ds:#?}");
    let newer = ds[0].fixes.iter().find(|f| f.preferred).unwrap().apply(zh);
    assert!(
        newer.starts_with("国际电信联盟全权代表大会（2022年，布加勒斯特），"),
        "{newer}"
    );
    let older = ds[0].fixes.iter().find(|f| !f.preferred).unwrap().apply(zh);
    assert!(
        older.starts_with("国际电信联盟全权代表大会（2018年，迪拜），"),
        "{older}"
    );
    assert_eq!(codes(&findings(&newer)), Vec::<&str>::new());
}

#[test]
fn this_conference_must_agree_with_the_conference_line() {
    let zh = "\
世界电信发展大会（2022年，基加利），
忆及
本届大会第50号决议（2017年，布宜诺斯艾利斯，修订版），
做出决议
继续开展工作。
";
    let ds = findings(zh);
    assert_eq!(codes(&ds), ["RLS0405"], "{ds:#?}");
    let d = &ds[0];
    assert!(
        d.message
            .contains("`本届大会` names 2017年，布宜诺斯艾利斯，修订版"),
        "{}",
        d.message
    );
    assert!(d.message.contains("WTDC (Kigali, 2022)"), "{}", d.message);
    assert_eq!(d.related.len(), 1);
    assert_eq!(
        &zh[d.related[0].range.as_range()],
        "世界电信发展大会（2022年，基加利），"
    );
    let fixed = d.fixes[0].apply(zh);
    assert!(
        fixed.contains("本届大会第50号决议（2022年，基加利，修订版），"),
        "{fixed}"
    );
    assert_eq!(codes(&findings(&fixed)), Vec::<&str>::new());

    let en = "\
The World Telecommunication Standardization Assembly (Hammamet, 2016),
recalling
Resolutions 44 (Rev. Dubai, 2012) and 76 (Rev. Hammamet, 2016) of this assembly,
resolves
to continue.
";
    let ds = findings(en);
    assert_eq!(codes(&ds), ["RLS0405"], "{ds:#?}");
    assert_eq!(ds[0].fixes[0].edits[0].new_text, "(Rev. Hammamet, 2016)");
    // An identity line must agree too.
    let id = "\
RESOLUTION 44 (REV. DUBAI, 2012)
Bridging the standardization gap
The World Telecommunication Standardization Assembly (Hammamet, 2016),
recalling
that the gap remains,
resolves
to continue.
";
    let ds = findings(id);
    assert_eq!(codes(&ds), ["RLS0405"], "{ds:#?}");
    assert!(
        ds[0].message.starts_with("the identity line names"),
        "{}",
        ds[0].message
    );
    assert_eq!(
        ds[0].fixes[0].apply(id).lines().next(),
        Some("RESOLUTION 44 (REV. HAMMAMET, 2016)")
    );
}

#[test]
fn ambiguous_body_says_which_bodies_have_the_number() {
    let en = findings("in accordance with Resolution 44, and\n");
    assert_eq!(codes(&en), ["RLS0406"], "{en:#?}");
    // WTSA 44 and WTDC 44 (Istanbul, 2002, cited in the PP-18 Final Acts).
    assert!(
        en[0]
            .message
            .contains("Resolution 44 exists for WTSA, WTDC"),
        "{}",
        en[0].message
    );
    let zh = findings("根据第2号决议开展工作。\n");
    assert_eq!(codes(&zh), ["RLS0406"]);
    assert!(
        zh[0].message.contains("exists for PP, WTSA, WTDC, RA"),
        "{}",
        zh[0].message
    );
    // Two bodies met at Dubai in 2012: do not guess.
    let both = findings("as in Resolution 1 (Dubai, 2012), the\n");
    assert_eq!(codes(&both), ["RLS0406"], "{both:#?}");
    assert!(
        both[0]
            .message
            .contains("WTSA-12 (Dubai, 2012), WCIT-12 (Dubai, 2012)"),
        "{}",
        both[0].message
    );
    // One body met there: that is no guess.
    assert!(findings("第2号决议（2022年，布加勒斯特，修订版）\n").is_empty());
    // "This conference" with no conference line.
    let orphan = findings("Resolution 5 of this conference\n");
    assert_eq!(codes(&orphan), ["RLS0406"]);
    assert!(
        orphan[0].message.contains("no conference line"),
        "{}",
        orphan[0].message
    );
}

#[test]
fn a_newer_revision_at_a_real_conference_is_unknown_not_impossible() {
    let en = findings("Resolution 2 (Rev. Doha, 2026) of the Plenipotentiary Conference\n");
    assert_eq!(codes(&en), ["RLS0407"], "{en:#?}");
    assert_eq!(en[0].severity, Severity::Information);
    assert!(
        en[0]
            .message
            .contains("the latest it knows is Rev. Bucharest, 2022 (PP-22)"),
        "{}",
        en[0].message
    );
    let zh = findings("全权代表大会第2号决议（2026年，多哈，修订版）\n");
    assert_eq!(codes(&zh), ["RLS0407"], "{zh:#?}");
    // WTDC-25 met at Baku; its Chinese name is not verified: unknown, not impossible.
    let baku = findings("WTDC第23号决议（2025年，巴库，修订版）\n");
    assert_eq!(codes(&baku), ["RLS0407"], "{baku:#?}");
    // A meeting outside the years the catalogue covers is unknown too.
    let old = findings("Resolution 46 (Nairobi, 1982) of the Plenipotentiary Conference\n");
    assert_eq!(codes(&old), ["RLS0407"], "{old:#?}");
    // A number the catalogue has never seen.
    let unknown = findings("WTDC Resolution 999 (Rev. Kigali, 2022)\n");
    assert_eq!(codes(&unknown), ["RLS0408"], "{unknown:#?}");
}

#[test]
fn un_resolutions_questions_and_sector_recommendations_are_never_checked() {
    let text = "联大第70/125号决议、联大68/302号决议、第3/2号课题、ITU-T D.50建议书、Question 7/2、Recommendation ITU-T D.50";
    let cites = extract(text, Language::Chinese);
    let kinds: Vec<CitationKind> = cites.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            CitationKind::UnResolution,
            CitationKind::UnResolution,
            CitationKind::Question,
            CitationKind::SectorRecommendation,
            CitationKind::Question,
            CitationKind::SectorRecommendation,
        ]
    );
    assert!(findings(text).is_empty());
}

#[test]
fn user_catalogue_with_a_broken_line_still_teaches_the_checker() {
    let file = "\
# our delegation's notes
place\tBaku\tzh=巴库\tsource=delegation glossary
resolution\tWTDC\t23\tlatest=Rev. Baku, 2025\tsource=WTDC-25 Final Report\tas_of=2025-12
resolution\tWTDC\t23\tlatest=Rev. Baku 2025
";
    let (entries, problems) = UserCatalogue::parse(file, "resolution-catalogue.tsv");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, 4);
    assert!(
        problems[0]
            .to_string()
            .starts_with("resolution-catalogue.tsv:4: revision `Rev. Baku 2025`"),
        "{}",
        problems[0]
    );
    let catalogue = Catalogue::builtin().with_overlay(entries);
    let text = "\
世界电信发展大会（2025年，巴库），
忆及
WTDC第23号决议（2022年，基加利，修订版），
做出决议
继续开展工作。
";
    let ds = run(text, &catalogue, &CitationConfig::default());
    assert_eq!(codes(&ds), ["RLS0401"], "{ds:#?}");
    assert!(
        ds[0].message.contains("（2025年，巴库，修订版）")
            && !ds[0].message.contains("resolution-catalogue.tsv"),
        "{}",
        ds[0].message
    );
    let fixed = fix_all(text, &ds, "RLS0401");
    assert!(
        fixed.contains("WTDC第23号决议（2025年，巴库，修订版）"),
        "{fixed}"
    );
    assert!(run(&fixed, &catalogue, &CitationConfig::default()).is_empty());
}

#[test]
fn workspace_identities_extend_the_catalogue() {
    let draft = "\
RESOLUTION 130 (REV. DOHA, 2026)
Strengthening the role of ITU in building confidence and security
The Plenipotentiary Conference of the International Telecommunication Union (Doha, 2026),
recalling
that security matters,
resolves
to continue.
";
    let model = model_of(draft);
    let ids = identities(&model);
    assert_eq!(ids.len(), 1);
    assert_eq!(ids[0].body, Some(Body::Pp));
    assert_eq!(&draft[ids[0].number.range.as_range()], "130");
    let catalogue = Catalogue::builtin();
    let entry = identity_entry(&ids[0], "drafts/res130.res", &catalogue).unwrap();
    let layered = catalogue.with_overlay(vec![entry]);
    let citing = "忆及本届大会第130号决议（2026年，多哈，修订版）；\n";
    // Unknown to the built-in catalogue, known once the draft is open.
    assert_eq!(codes(&findings(citing)), ["RLS0407"]);
    assert!(run(citing, &layered, &CitationConfig::default()).is_empty());
    let other = "Resolution 130 (Rev. Bucharest, 2022) of the Plenipotentiary Conference\n";
    let ds = run(other, &layered, &CitationConfig::default());
    assert_eq!(codes(&ds), ["RLS0401"], "{ds:#?}");
    assert!(
        ds[0].message.contains("Rev. Doha, 2026"),
        "{}",
        ds[0].message
    );
    assert_eq!(
        layered
            .latest(&Key::new(Body::Pp, Kind::Resolution, 130))
            .map(|r| r.label())
            .as_deref(),
        Some("Rev. Doha, 2026")
    );
}

#[test]
fn identity_lines_parse() {
    for (line, number, revised) in [
        ("第2号决议（2022年，布加勒斯特，修订版）", "2", true),
        ("RESOLUTION 101 (REV. BUCHAREST, 2022)", "101", true),
        ("MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15)", "28", true),
        ("Resolution 196 (Busan, 2014)", "196", false),
    ] {
        let id = parse_identity(line).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(&line[id.number.range.as_range()], number);
        assert_eq!(id.revision().map(|r| r.revised), Some(revised), "{line}");
    }
}

#[test]
fn every_rule_is_listed_in_code_order() {
    let mut last = "";
    for rule in citations::FAMILY.rules {
        assert!(
            rule.code.starts_with("RLS04") && rule.code > last,
            "{}",
            rule.code
        );
        last = rule.code;
    }
}

// ---- seeds -----------------------------------------------------------------

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

fn body_str(b: CitedBody) -> String {
    match b {
        CitedBody::Known(b) => b.code().to_string(),
        CitedBody::ThisConference => "this-conference".into(),
        CitedBody::Ambiguous => "?".into(),
    }
}

/// One line per citation: where, what, which body, each number with its
/// revision(s), the part, and the text.
fn render_citations(text: &str, cites: &[Citation]) -> String {
    let mut out = String::new();
    for c in cites {
        let numbers: Vec<String> = c
            .numbers
            .iter()
            .map(|n| {
                let revs = c
                    .group_of(c.numbers.iter().position(|m| m == n).unwrap())
                    .map(|g| {
                        let rs: Vec<String> = g
                            .revisions
                            .iter()
                            .map(|r| {
                                format!(
                                    "{}{}{}",
                                    if r.revised { "rev " } else { "" },
                                    r.place.clone().or(r.meeting.clone()).unwrap_or_default(),
                                    r.year.map(|y| format!(" {y}")).unwrap_or_default()
                                )
                            })
                            .collect();
                        format!(" ({})", rs.join(" + "))
                    })
                    .unwrap_or_default();
                format!("{}{revs}", n.text)
            })
            .collect();
        let _ = writeln!(
            out,
            "L{} {} {} {} [{}]{} «{}»",
            line_of(text, c.range.start),
            c.language,
            c.kind.as_str(),
            body_str(c.body),
            numbers.join("; "),
            c.part
                .as_ref()
                .map(|p| format!(" part={}", p.label))
                .unwrap_or_default(),
            &text[c.range.as_range()]
        );
    }
    out
}

fn render_findings(text: &str, ds: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in ds {
        let _ = writeln!(
            out,
            "L{} {} {} «{}»\n    {}",
            line_of(text, d.range.start),
            d.code,
            d.severity.as_str(),
            &text[d.range.as_range()],
            d.message
        );
        for f in &d.fixes {
            let edits: Vec<String> = f.edits.iter().map(|e| e.new_text.clone()).collect();
            let _ = writeln!(
                out,
                "    fix{}: {} → {}",
                if f.preferred { "*" } else { "" },
                f.title,
                edits.join(" | ")
            );
        }
    }
    out
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_citations_and_findings_match_their_snapshots() {
    let Some(seeds) = common::seeds() else { return };
    let catalogue = Catalogue::builtin();
    for (name, text) in seeds {
        let model = model_of(&text);
        let cites = extract(&text, model.language);
        insta::assert_snapshot!(format!("citations_{name}"), render_citations(&text, &cites));
        let ds = check(
            &model,
            &text,
            &cites,
            &catalogue,
            &CitationConfig::default(),
        );
        insta::assert_snapshot!(
            format!("citation_findings_{name}"),
            render_findings(&text, &ds)
        );
    }
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_000_list_and_merged_revisions() {
    let Some(text) = common::seed("000") else {
        return;
    };
    let cites = extract(&text, Language::Chinese);
    let list = cites
        .iter()
        .find(|c| c.numbers.len() == 5)
        .expect("the five-number list");
    let numbers: Vec<&str> = list
        .numbers
        .iter()
        .map(|n| &text[n.range.as_range()])
        .collect();
    assert_eq!(numbers, ["102", "130", "133", "180", "197"]);
    assert_eq!(list.body, CitedBody::ThisConference);
    assert!(list.groups[0].is_merged());
    let merged = cites
        .iter()
        .filter(|c| c.groups.iter().any(|g| g.is_merged()))
        .count();
    assert_eq!(merged, 7);
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_003_wtdc_77_is_outdated_and_the_fix_works() {
    let Some(text) = common::seed("003") else {
        return;
    };
    let ds = findings(&text);
    let d = ds
        .iter()
        .find(|d| d.code == "RLS0401" && d.message.contains("WTDC Resolution 77"))
        .expect("WTDC 77 flagged outdated");
    assert!(
        d.message.contains("（2022年，基加利，修订版）"),
        "{}",
        d.message
    );
    let fixed = d.fixes[0].apply(&text);
    assert!(fixed.contains("WTDC第77号决议（2022年，基加利，修订版）"));
    assert!(!findings(&fixed).iter().any(|d| d.code == "RLS0401"));
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_004_english_annex_citations() {
    let Some(text) = common::seed("004") else {
        return;
    };
    let cites = extract(&text, Language::Chinese);
    let english: Vec<String> = cites
        .iter()
        .filter(|c| c.language == Language::English && c.kind == CitationKind::Resolution)
        .map(|c| text[c.range.as_range()].replace('\u{a0}', " "))
        .collect();
    for want in [
        "Resolution 196 (Busan, 2014)",
        "Resolution 177 (Rev. Busan, 2014) of the Plenipotentiary Conference",
        "WTDC Resolution 63 (Rev. Dubai, 2014)",
        "[Resolutions 44 (Rev. Hammamet, 2016)] and [76 (Rev. Hammamet, 2016)] of this assembly",
    ] {
        assert!(
            english.iter().any(|e| e == want),
            "{want} not in {english:#?}"
        );
    }
}

/// Issue 11: a citation is judged at its document's own date — its
/// conference's session, or without a conference line the year its date or
/// history line gives — and an undated draft as of today.
#[test]
fn citations_are_judged_at_the_documents_own_date() {
    let ra_2015 = "The Radiocommunication Assembly (Geneva, 2015),\nconsidering\nthat Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference applies,\nresolves\nto act.\n";
    assert!(
        !codes(&findings(ra_2015)).contains(&"RLS0401"),
        "current when adopted: {:?}",
        findings(ra_2015)
    );
    let council_2015 = "R 1380\nA Council text\n(C15)\nThe Council,\nconsidering\nthat Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference applies,\nresolves\nto act.\n";
    assert!(
        !codes(&findings(council_2015)).contains(&"RLS0401"),
        "dated by its (C15) line: {:?}",
        findings(council_2015)
    );
    let undated = "considering\nthat Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference applies,\nresolves\nto act.\n";
    let ds = findings(undated);
    let outdated = only(&ds, "RLS0401");
    assert_eq!(outdated.len(), 1, "{ds:?}");
    assert!(
        outdated[0].message.contains("a later revision is known"),
        "{}",
        outdated[0].message
    );
    let wtdc_2022 = "The World Telecommunication Development Conference (Kigali, 2022),\nconsidering\nthat Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference applies,\nresolves\nto act.\n";
    let ds = findings(wtdc_2022);
    let outdated = only(&ds, "RLS0401");
    assert_eq!(outdated.len(), 1, "{ds:?}");
    assert!(
        outdated[0]
            .message
            .contains("at this document's date (Kigali, 2022)"),
        "{}",
        outdated[0].message
    );
}
