//! Structure checks (RLS01xx labels, RLS02xx punctuation, RLS03xx internal
//! references), their fixes, and suppression markers.
//!
//! Findings are compared as `code@line:col message` lines (1-based line,
//! column in characters), so a failing test shows exactly what changed.

mod common;

use resolution_ls::analysis::{
    self, reletter_document, reletter_section, Config, Diagnostic, Severity,
};
use resolution_ls::model::references::{internal_references, ClauseRef};
use resolution_ls::model::{self, LabelKind, Model};
use resolution_ls::syntax::SourceFile;
use resolution_ls::text::apply_edits;
use resolution_ls::text::{LineIndex, PositionEncoding};

fn parse(text: &str) -> (SourceFile, Model) {
    let file = SourceFile::parse(text);
    let model = model::extract(&file);
    (file, model)
}

fn diagnostics_with(text: &str, config: &Config) -> Vec<Diagnostic> {
    let (file, model) = parse(text);
    analysis::check(file.text(), &model, config)
}

/// Findings in English whatever the text's language: these tests are about
/// structure (tests/languages.rs and the CLI snapshots show the drafter's
/// language).
fn english() -> Config {
    Config {
        messages: Some(resolution_ls::domain::Language::English),
        ..Config::default()
    }
}

fn diagnostics(text: &str) -> Vec<Diagnostic> {
    diagnostics_with(text, &english())
}

fn render(text: &str, diags: &[Diagnostic]) -> String {
    let index = LineIndex::new(text);
    diags
        .iter()
        .map(|d| {
            let p = index.position(text, d.range.start, PositionEncoding::Utf32);
            format!("{}@{}:{} {}", d.code, p.line + 1, p.col + 1, d.message)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The findings of the structure rules (RLS01xx–RLS03xx), rendered.
fn findings(text: &str) -> String {
    let diags: Vec<Diagnostic> = diagnostics(text).into_iter().filter(is_structure).collect();
    render(text, &diags)
}

fn is_structure(d: &Diagnostic) -> bool {
    ["RLS01", "RLS02", "RLS03"]
        .iter()
        .any(|p| d.code.starts_with(p))
}

#[track_caller]
fn assert_lines(actual: &str, expected: &str) {
    let expected = expected.trim();
    assert!(
        actual.trim() == expected,
        "\n--- expected\n{expected}\n--- actual\n{actual}\n"
    );
}

/// Applies the preferred fix of every finding with code `code`.
fn apply_preferred(text: &str, code: &str) -> String {
    let edits: Vec<_> = diagnostics(text)
        .into_iter()
        .filter(|d| d.code == code)
        .filter_map(|d| d.fixes.into_iter().find(|f| f.preferred))
        .flat_map(|f| f.edits)
        .collect();
    apply_edits(text, &edits)
}

// ------------------------------------------------------------- labels

const EN_LABELS: &str = r#"RESOLUTION 7 (REV. KIGALI, 2022)
Labels
The World Telecommunication Development Conference (Kigali, 2022),
recalling
a)	Resolution 1 (Rev. Kigali, 2022);
c)	Resolution 2 (Rev. Kigali, 2022);
d)	Resolution 3 (Rev. Kigali, 2022),
considering
a)	that one;
b)	that two;
b)	that three;
c)	that four,
noting
b)	that one;
c)	that two,
recognizing
a)	that one;
c)	that two;
b)	that three;
d)	that four,
resolves
1	to do one thing;
2	to do another;
23	to do a third;
34	to do a fourth,
instructs the Secretary-General
1	to report.
"#;

#[test]
fn english_label_sequences() {
    assert_lines(
        &findings(EN_LABELS),
        "
RLS0101@6:1 c) follows a): b) is missing; expected b)
RLS0102@11:1 b) is used twice in this section; expected c)
RLS0103@14:1 the sequence of this section starts at b); expected a)
RLS0104@18:1 c) comes before b); expected b)
RLS0104@19:1 b) comes after c); expected d)
RLS0105@24:1 23 looks like the old label 2 and the new label 3 kept together (tracked-change residue); expected 3
RLS0105@25:1 34 looks like the old label 3 and the new label 4 kept together (tracked-change residue); expected 4
RLS0107@27:1 1 is the only clause of instructs the Secretary-General: a single clause needs no label
",
    );
}

#[test]
fn repeated_label_points_at_its_first_use() {
    let diags = diagnostics(EN_LABELS);
    let repeat = diags.iter().find(|d| d.code == "RLS0102").unwrap();
    let index = LineIndex::new(EN_LABELS);
    assert_eq!(repeat.related.len(), 1);
    assert_eq!(
        index.line_of(repeat.related[0].range.start) + 1,
        10,
        "{:?}",
        repeat.related
    );
    assert_eq!(repeat.severity, Severity::Warning);
    let unneeded = diags.iter().find(|d| d.code == "RLS0107").unwrap();
    assert_eq!(unneeded.severity, Severity::Information);
}

#[test]
fn fused_label_fix_replaces_only_the_label() {
    let fixed = apply_preferred(EN_LABELS, "RLS0105");
    assert!(
        fixed.contains("\n3\tto do a third;\n4\tto do a fourth,\n"),
        "{fixed}"
    );
    assert_eq!(fixed.len(), EN_LABELS.len() - 2);
}

const ZH_LABELS: &str = r#"第9号决议（2022年，基加利，修订版）
编号
世界电信发展大会（2022年，基加利），
忆及
a)	第1号决议；
b)	第2号决议；
c)	第3号决议；
dc)	第4号决议；
ed)	第5号决议，
考虑到
a)	甲；
c)	乙；
d)	丙，
注意到
a)	仅此一项，
做出决议
1	甲；
2	乙；
2	丙；
3	丁，
责成秘书长
1	甲；
2	乙；
32	丙。
"#;

#[test]
fn chinese_label_sequences() {
    assert_lines(
        &findings(ZH_LABELS),
        "
RLS0105@8:1 dc) looks like the old label c) and the new label d) kept together (tracked-change residue); expected d)
RLS0105@9:1 ed) looks like the old label d) and the new label e) kept together (tracked-change residue); expected e)
RLS0101@12:1 c) follows a): b) is missing; expected b)
RLS0107@15:1 a) is the only clause of 注意到: a single clause needs no label
RLS0102@19:1 2 is used twice in this section; expected 3
RLS0105@24:1 32 looks like the old label 2 and the new label 3 kept together (tracked-change residue); expected 3
",
    );
}

#[test]
fn labels_of_the_wrong_kind_for_their_place() {
    let en = r#"The World Telecommunication Development Conference (Kigali, 2022),
considering
1	that one;
2	that two,
resolves
a)	to do one thing;
b)	to do another.
"#;
    assert_lines(
        &findings(en),
        "
RLS0106@3:1 the clauses of considering are numbered (1…); preamble clauses are lettered a), b), c)…
RLS0106@6:1 the clauses of resolves are lettered (a)…); operative paragraphs are numbered 1, 2, 3…
",
    );
    let zh = r#"世界电信发展大会（2022年，基加利），
考虑到
a)	甲；
2	乙；
c)	丙，
做出决议
1	甲；
2	乙。
"#;
    assert_lines(
        &findings(zh),
        "RLS0106@4:1 2 does not belong among clauses lettered a), b), c)…; expected b)",
    );
    // The fix converts the section to letters.
    let (file, model) = parse(en);
    let d = analysis::check(file.text(), &model, &english())
        .into_iter()
        .find(|d| d.code == "RLS0106")
        .unwrap();
    let fixed = d.fixes[0].apply(en);
    assert!(
        fixed.contains("considering\na)\tthat one;\nb)\tthat two,\n"),
        "{fixed}"
    );
}

#[test]
fn mixed_label_styles_inside_a_section_but_not_across_documents() {
    let text = r#"世界电信发展大会（2022年，基加利），
考虑到
a)	甲；
b）	乙；
c)	丙，
认识到
a）	甲；
b）	乙，
做出决议
1	甲；
2	乙。
"#;
    assert_lines(
        &findings(text),
        "RLS0108@4:1 b） is written differently from the other labels of 考虑到; expected b)",
    );
    let fixed = apply_preferred(text, "RLS0108");
    assert!(fixed.contains("b)\t乙；"), "{fixed}");
    assert_eq!(findings(&fixed), "");
    let en = r#"The Council,
considering
(a)	that one;
b)	that two;
(c)	that three,
resolves
1	to act;
2	to report.
"#;
    assert_lines(
        &findings(en),
        "RLS0108@4:1 b) is written differently from the other labels of considering; expected (b)",
    );
}

#[test]
fn roman_or_letter_is_decided_by_the_neighbours() {
    // `i)` after `h)` is the letter i; `i)` after `a)` opens roman
    // sub-items; `v)` between `u)` and `w)` is a letter, `v)` after `iv)`
    // a numeral.
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
considering
a)	that one;
b)	that two;
c)	that three;
d)	that four;
e)	that five;
f)	that six;
g)	that seven;
h)	that eight;
i)	that nine;
j)	that ten;
k)	that eleven;
l)	that twelve;
m)	that thirteen;
n)	that fourteen;
o)	that fifteen;
p)	that sixteen;
q)	that seventeen;
r)	that eighteen;
s)	that nineteen;
t)	that twenty;
u)	that twenty-one;
v)	that twenty-two;
w)	that twenty-three,
recognizing
a)	that there are needs, for example:
i)	one;
ii)	two;
iii)	three;
iv)	four;
v)	five;
b)	that they grow,
resolves
to act.
"#;
    assert_eq!(findings(text), "");
    let (_, model) = parse(text);
    let doc = &model.documents[0];
    let considering = &doc.sections[0];
    assert_eq!(considering.items.len(), 23);
    assert!(considering
        .items
        .iter()
        .all(|c| c.sub_items.is_empty() && c.label.as_ref().unwrap().kind == LabelKind::Letter));
    let recognizing = &doc.sections[1];
    assert_eq!(recognizing.items.len(), 2);
    let subs: Vec<LabelKind> = recognizing.items[0]
        .sub_items
        .iter()
        .map(|c| c.label.as_ref().unwrap().kind)
        .collect();
    assert_eq!(subs, vec![LabelKind::Roman; 5]);
}

#[test]
fn sub_item_sequences_are_checked_too() {
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
considering
a)	that there are needs, for example:
i)	one;
iii)	three;
b)	that they grow,
resolves
to act.
"#;
    assert_lines(
        &findings(text),
        "RLS0101@5:1 iii) follows i): ii) is missing; expected ii)",
    );
}

// --------------------------------------------------------- punctuation

#[test]
fn english_clause_ends() {
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
recalling
a)	Resolution 1 (Rev. Kigali, 2022)
b)	Resolution 2 (Rev. Kigali, 2022);
considering
a)	that one,
b)	that two：
c)	that three；
d)	that four, etc.
resolves
1	to act;
2	to act again,;
3	to report，and to publish;
"#;
    assert_lines(
        &findings(text),
        "
RLS0201@3:35 this clause ends without punctuation; a clause followed by another clause of its section ends with ;
RLS0201@4:36 this clause ends with ;, but the last clause of a section ends with ,
RLS0201@6:12 this clause ends with ,, but a clause followed by another clause of its section ends with ;
RLS0201@7:12 this clause ends with ： but no list follows; a clause followed by another clause of its section ends with ;
RLS0202@8:14 full-width ； in English text; expected ;
RLS0201@9:18 this clause ends without punctuation; the last clause of a section ends with ,
RLS0203@12:15 doubled punctuation ,;: the , is left over; expected only ;
RLS0202@13:12 full-width ， in English text; expected ,
RLS0201@13:27 this clause ends with ;, but the last paragraph of the document ends with .
",
    );
}

#[test]
fn punctuation_fixes_give_a_clean_text() {
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
recalling
a)	Resolution 1 (Rev. Kigali, 2022)
b)	Resolution 2 (Rev. Kigali, 2022);
resolves
1	to act,;
2	to report，and to publish;
"#;
    let mut fixed = text.to_string();
    for code in ["RLS0201", "RLS0202", "RLS0203"] {
        fixed = apply_preferred(&fixed, code);
    }
    assert_eq!(
        fixed,
        r#"The World Telecommunication Development Conference (Kigali, 2022),
recalling
a)	Resolution 1 (Rev. Kigali, 2022);
b)	Resolution 2 (Rev. Kigali, 2022),
resolves
1	to act;
2	to report, and to publish.
"#
    );
    assert_eq!(findings(&fixed), "");
}

#[test]
fn chinese_clause_ends() {
    let text = r#"世界电信发展大会（2022年，基加利），
忆及
a)	第1号决议（2022年，基加利）
b)	第2号决议；
c)	第3号决议，；
d)	第4号决议;
e)	第5号决议。；
f)	引述“甲乙丙”；
g)	第7号决议；
做出决议
1	甲，
2	乙；
3	丙；
"#;
    assert_lines(
        &findings(text),
        "
RLS0201@3:19 this clause ends without punctuation; a clause followed by another clause of its section ends with ；
RLS0203@5:9 doubled punctuation ，；: the ， is left over; expected only ；
RLS0202@6:9 half-width ; in Chinese text; expected ；
RLS0203@7:9 doubled punctuation 。；: the 。 is left over; expected only ；
RLS0201@9:9 this clause ends with ；, but the last clause of a section ends with ，
RLS0201@11:4 this clause ends with ，, but a clause followed by another clause of its section ends with ；
RLS0201@13:4 this clause ends with ；, but the last paragraph of the document ends with 。
",
    );
}

#[test]
fn sub_items_carry_the_punctuation_and_list_headings_are_not_judged() {
    // The intro `例如：` is not a clause end; the last sub-item of the last
    // clause of a section ends with `，`; items under a heading ending with
    // a colon may end as they like.
    let text = r#"世界电信发展大会（2022年，基加利），
认识到
a)	基于IP的网络已经发展成为广泛使用的媒介，例如：
i)	基础设施；
ii)	互联网名称和寻址；
b)	需要继续开展能力建设，例如：
i)	培训；
ii)	讲习班，
呼吁电信标准化局主任与电信发展局主任合作，以便：
i)	继续向区域组提供具体帮助
ii)	鼓励开发计算机化应用工具
请成员国
1	参与国际电联的工作；
2	提高认识。
"#;
    assert_eq!(findings(text), "");
    let wrong = text.replace("ii)\t讲习班，", "ii)\t讲习班；");
    assert_lines(
        &findings(&wrong),
        "RLS0201@8:8 this clause ends with ；, but the last clause of a section ends with ，",
    );
}

#[test]
fn quoted_text_and_footnotes_at_the_end_of_a_clause() {
    let text = r#"世界电信发展大会（2022年，基加利），
考虑到
a)	WTDC第23号决议指出，“运营商费用的构成依赖于连接类型”；
b)	发展中国家[footnoteRef:1]1的需求； [1: 1	这些国家包括最不发达国家。] 

c)	联大决议欢迎“信息通信技术的发展。”，
做出决议
1	继续研究¹；
2	提供帮助。
"#;
    assert_eq!(findings(text), "");
}

// ---------------------------------------------- internal references

#[test]
fn english_internal_references_resolve_or_are_flagged() {
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
recognizing
a)	that one;
b)	that two;
c)	that three,
resolves
1	to act;
2	to act in line with recognizing c) above;
3	to report on resolves 1 to 2,
instructs the Secretary-General
1	to implement resolves 9 above;
2	to take into account considering b) above;
3	to implement instructs the Secretary-General 1 above, resolves 2 of Resolution 44 and Resolution 44 (Rev. Hammamet, 2016) resolves 7,
invites Member States
1	to consider recognizing d);
2	to act.
"#;
    assert_lines(
        &findings(text),
        "
RLS0301@11:25 resolves 9 refers to a clause that does not exist: resolves has 1 to 3
RLS0302@12:24 this document has no section considering: the reference points nowhere
RLS0301@15:27 recognizing d) refers to a clause that does not exist: recognizing has a) to c)
",
    );
    let (file, model) = parse(text);
    let refs = internal_references(&model, file.text());
    let shown: Vec<String> = refs
        .iter()
        .map(|r| {
            format!(
                "{} -> {}",
                &text[r.range.start..r.range.end],
                r.target.as_ref().map_or("none".to_string(), |t| format!(
                    "{}:{}:{:?}",
                    t.document, t.section, t.path
                ))
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            "recognizing c) above -> 0:0:[2]",
            "resolves 1 to 2 -> 0:1:[0]",
            "resolves 1 to 2 -> 0:1:[1]",
            "resolves 9 above -> none",
            "considering b) above -> none",
            "instructs the Secretary-General 1 above -> 0:2:[0]",
            "recognizing d) -> none",
        ]
    );
    let dangling = diagnostics(text)
        .into_iter()
        .find(|d| d.code == "RLS0301")
        .unwrap();
    assert_eq!(
        dangling.related.len(),
        1,
        "the message points at the section"
    );
}

#[test]
fn chinese_internal_references_resolve_or_are_flagged() {
    let text = r#"世界电信发展大会（2022年，基加利），
认识到
a)	甲；
b)	乙；
c)	丙，
做出决议
1	甲；
2	根据上述认识到c)的内容开展工作；
3	根据本决议“做出决议1至2”采取措施，参见上述做出决议1-2及第9.2款；
4	落实上述做出决议9所述的报告；
5	落实第2号决议（2022年，布加勒斯特，修订版）做出决议7的规定，
责成国际电联理事会
1	继续确定会期；
2	为起草上述做出决议4所述报告通过一项程序；
3	责成国际电联理事会2所述的程序应公开；
4	落实上述注意到a)。
"#;
    assert_lines(
        &findings(text),
        "
RLS0301@10:11 做出决议 9 refers to a clause that does not exist: 做出决议 has 1 to 5
RLS0302@16:5 this document has no section 注意到: the reference points nowhere
",
    );
    let (file, model) = parse(text);
    let refs = internal_references(&model, file.text());
    let shown: Vec<String> = refs
        .iter()
        .map(|r| {
            format!(
                "{} {} -> {:?}",
                &text[r.range.start..r.range.end],
                r.label,
                r.target.as_ref().map(|t| (t.section, t.path.clone()))
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            "上述认识到c) c -> Some((0, [2]))",
            "本决议“做出决议1至2” 1 -> Some((1, [0]))",
            "本决议“做出决议1至2” 2 -> Some((1, [1]))",
            "上述做出决议1-2 1 -> Some((1, [0]))",
            "上述做出决议1-2 2 -> Some((1, [1]))",
            "上述做出决议9所述 9 -> None",
            "上述做出决议4所述 4 -> Some((1, [3]))",
            "责成国际电联理事会2所述 2 -> Some((2, [1]))",
            "上述注意到a) a -> None",
        ]
    );
}

#[test]
fn reletter_section_updates_references_to_moved_clauses() {
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
considering
a)	that one;
c)	that two;
d)	that three,
resolves
1	to act in line with considering c) above and considering d) above;
2	to recall considering a) above.
"#;
    let (file, model) = parse(text);
    let fix = reletter_section(&model, file.text(), 0, 0).expect("section is out of order");
    let fixed = fix.apply(text);
    assert_eq!(
        fixed,
        text.replace("c)\tthat two", "b)\tthat two")
            .replace("d)\tthat three", "c)\tthat three")
            .replace(
                "considering c) above and considering d) above",
                "considering b) above and considering c) above"
            )
    );
    assert_eq!(findings(&fixed), "");
    // Nothing to do on an ordered section.
    assert!(reletter_section(&model, file.text(), 0, 1).is_none());
}

// ---------------------------------------------------------- excerpts

#[test]
fn excerpts_get_no_sequence_or_punctuation_findings() {
    let text = r#"Introduction
This report lists the resolutions relevant to ITU-D.
Conclusion
Many resolutions ask for collaboration.
Table 1
Annex
	RESOLUTION 50
Cybersecurity
	noting
4	that ITU-T should work closely with ITU-D
instructs
the Director of the Telecommunication Standardization Bureau
1	to continue to maintain an inventory;
8	to support the BDT Director on resolves 9 above;
"#;
    let (_, model) = parse(text);
    assert!(
        model.documents.iter().all(|d| !d.kind.is_body()),
        "{model:#?}"
    );
    assert_eq!(findings(text), "");
}

// ------------------------------------------------------ clean text

const CLEAN_EN: &str = r#"RESOLUTION 64 (REV. KIGALI, 2022)
IP address allocation and facilitating the transition to IPv6
(Minneapolis, 1998; Antalya, 2006; Kigali, 2022)
The World Telecommunication Development Conference (Kigali, 2022),
recalling
a)	Resolution 102 (Rev. Dubai, 2018) of the Plenipotentiary Conference;
b)	Resolution 69 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly,
considering
a)	that IPv4 addresses are running out, e.g. in developing countries¹;
b)	that the transition to IPv6 needs, in particular:
i)	capacity building;
ii)	test-bed laboratories;
iii)	"guidelines on deployment";
c)	that many developing countries need assistance,
noting
that the ITU-T studies of IPv6 deployment continue,
resolves
1	to encourage the transition to IPv6;
2	to support capacity building, in particular as described in considering b) above;
3	to share information on IPv6 deployment, as set out in resolves 1 to 2,
instructs the Director of the Telecommunication Development Bureau, in collaboration with
the Director of the Telecommunication Standardization Bureau, within available resources
1	to organize workshops on IPv6 for developing countries;
2	to report on the implementation of resolves 3 above,
invites Member States
1	to participate in the work on IPv6 – in ITU-T and ITU-D;
2	to share their experience with the Director of the Telecommunication Development Bureau.

¹ These include the least developed countries, small island developing states, landlocked developing countries and countries with economies in transition.
"#;

#[test]
fn a_clean_english_resolution_has_no_findings() {
    let (file, model) = parse(CLEAN_EN);
    let doc = &model.documents[0];
    assert!(doc.kind.is_body());
    assert_eq!(doc.sections.len(), 6, "{model:#?}");
    assert_eq!(
        doc.sections[4].items.len(),
        2,
        "the two-line heading is one heading"
    );
    assert!(doc.sections[4]
        .heading
        .text
        .ends_with("within available resources"));
    assert_eq!(doc.sections[1].items[1].sub_items.len(), 3);
    assert_eq!(
        render(
            CLEAN_EN,
            &analysis::check(file.text(), &model, &Config::default())
        ),
        ""
    );
    let refs = internal_references(&model, file.text());
    assert_eq!(refs.len(), 4);
    assert!(refs.iter().all(|r| r.target.is_some()), "{refs:#?}");
}

// -------------------------------------------------------- suppression

#[test]
fn markers_silence_one_rule_on_one_line_or_in_a_document() {
    let text = r#"世界电信发展大会（2022年，基加利），
忆及
a)	第1号决议；
c)	第2号决议； [rls-ignore RLS0101]
d)	第3号决议，
考虑到
a)	甲，；
[rls-ignore RLS0203]
b)	乙，；
c)	丙，
做出决议
1	甲；
2	乙；
32	丙。
"#;
    assert_lines(
        &findings(text),
        "
RLS0203@7:5 doubled punctuation ，；: the ， is left over; expected only ；
RLS0105@14:1 32 looks like the old label 2 and the new label 3 kept together (tracked-change residue); expected 3
",
    );
    // Only the codes named are silenced.
    let other = text.replace("[rls-ignore RLS0101]", "[rls-ignore RLS0203]");
    assert!(
        findings(&other).contains("RLS0101@4:1"),
        "{}",
        findings(&other)
    );
    // A document marker silences the code everywhere in the document.
    let doc = text.replace("忆及\n", "忆及\n[rls-ignore-document RLS0105 RLS0203]\n");
    assert_eq!(findings(&doc), "");
    // A bare marker silences every code on its line.
    let bare = text.replace("32\t丙。", "32\t丙。[rls-ignore]");
    assert!(!findings(&bare).contains("RLS0105"), "{}", findings(&bare));
}

#[test]
fn markers_never_become_clause_text() {
    // A trailing marker does not hide the final `；`, a marker line does
    // not end a clause without punctuation, and an unknown code silences
    // nothing else.
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
considering
a)	that one; [rls-ignore RLS0999]
b)	that two,
[rls-ignore RLS0999]
resolves
1	to act;
2	to report. [rls-ignore-document RLS0999]
"#;
    assert_eq!(findings(text), "");
}

#[test]
fn configuration_turns_a_rule_off_for_the_workspace() {
    let mut config = Config::default();
    config.severity.insert("RLS0105".to_string(), None);
    config
        .severity
        .insert("RLS0101".to_string(), Some(Severity::Error));
    let diags = diagnostics_with(ZH_LABELS, &config);
    assert!(diags.iter().all(|d| d.code != "RLS0105"));
    assert!(diags
        .iter()
        .any(|d| d.code == "RLS0101" && d.severity == Severity::Error));
}

#[test]
fn every_structure_rule_is_registered_once() {
    let codes: Vec<&str> = analysis::rules().iter().map(|r| r.code).collect();
    let structure = [
        &analysis::rules::labels::FAMILY,
        &analysis::rules::punctuation::FAMILY,
        &analysis::rules::references::FAMILY,
    ];
    for rule in structure.iter().flat_map(|f| f.rules.iter()) {
        assert_eq!(
            codes.iter().filter(|c| **c == rule.code).count(),
            1,
            "{}",
            rule.code
        );
    }
}

// -------------------------------------------------------------- seeds

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_000_findings_are_what_a_careful_reader_raises() {
    let Some(text) = common::seed("000") else {
        return;
    };
    assert_lines(
        &findings(&text),
        "
RLS0105@15:1 lk) looks like the old label k) and the new label l) kept together (tracked-change residue); expected l)
RLS0105@16:1 ml) looks like the old label l) and the new label m) kept together (tracked-change residue); expected m)
RLS0105@17:1 nm) looks like the old label m) and the new label n) kept together (tracked-change residue); expected n)
RLS0105@18:1 on) looks like the old label n) and the new label o) kept together (tracked-change residue); expected o)
RLS0105@19:1 po) looks like the old label o) and the new label p) kept together (tracked-change residue); expected p)
RLS0105@20:1 qp) looks like the old label p) and the new label q) kept together (tracked-change residue); expected q)
RLS0105@21:1 rq) looks like the old label q) and the new label r) kept together (tracked-change residue); expected r)
RLS0203@25:45 doubled punctuation ，；: the ， is left over; expected only ；
RLS0105@30:1 bc) looks like the old label b) and the new label c) kept together (tracked-change residue); expected c)
RLS0105@31:1 cd) looks like the old label c) and the new label d) kept together (tracked-change residue); expected d)
RLS0105@32:1 de) looks like the old label d) and the new label e) kept together (tracked-change residue); expected e)
RLS0105@33:1 ef) looks like the old label e) and the new label f) kept together (tracked-change residue); expected f)
RLS0105@34:1 fg) looks like the old label f) and the new label g) kept together (tracked-change residue); expected g)
RLS0105@35:1 gh) looks like the old label g) and the new label h) kept together (tracked-change residue); expected h)
RLS0105@37:1 hj) looks like the old label h) and the new label j) kept together (tracked-change residue); expected j)
RLS0105@38:1 ik) looks like the old label i) and the new label k) kept together (tracked-change residue); expected k)
RLS0105@39:1 jl) looks like the old label j) and the new label l) kept together (tracked-change residue); expected l)
RLS0105@40:1 km) looks like the old label k) and the new label m) kept together (tracked-change residue); expected m)
RLS0203@40:75 doubled punctuation ，；: the ， is left over; expected only ；
RLS0203@58:60 doubled punctuation ，；: the ， is left over; expected only ；
RLS0105@71:1 56 looks like the old label 5 and the new label 6 kept together (tracked-change residue); expected 6
RLS0105@72:1 67 looks like the old label 6 and the new label 7 kept together (tracked-change residue); expected 7
RLS0105@76:1 32 looks like the old label 2 and the new label 3 kept together (tracked-change residue); expected 3
RLS0203@86:106 doubled punctuation 。；: the 。 is left over; expected only ；
",
    );
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seeds_001_to_004_give_no_structure_findings() {
    for prefix in ["001", "002", "003", "004"] {
        let Some(text) = common::seed(prefix) else {
            return;
        };
        assert_eq!(findings(&text), "", "seed {prefix}");
    }
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_internal_references_resolve_to_the_clauses_they_name() {
    // (seed, [(reference as written, heading of the section it names, clause index)])
    type Case = (&'static str, &'static [(&'static str, &'static str, usize)]);
    let cases: [Case; 3] = [
        ("000", &[("上述认识到c)", "认识到", 2)]),
        (
            "001",
            &[
                ("上述做出决议9所述", "做出决议", 8),
                ("责成国际电联理事会2所述", "责成国际电联理事会", 1),
            ],
        ),
        (
            "002",
            &[
                ("本决议“做出决议1至3”", "做出决议", 0),
                ("本决议“做出决议1至3”", "做出决议", 2),
            ],
        ),
    ];
    for (prefix, want) in cases {
        let Some(text) = common::seed(prefix) else {
            return;
        };
        let (file, model) = parse(&text);
        let refs = internal_references(&model, file.text());
        let got: Vec<(String, String, usize)> = refs
            .iter()
            .map(|r| {
                let t = r
                    .target
                    .as_ref()
                    .unwrap_or_else(|| panic!("seed {prefix}: {r:?} does not resolve"));
                let section = &model.documents[t.document].sections[t.section];
                (
                    text[r.range.start..r.range.end].to_string(),
                    section.heading.text.clone(),
                    t.path[0],
                )
            })
            .collect();
        let want: Vec<(String, String, usize)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
            .collect();
        assert_eq!(got, want, "seed {prefix}");
    }
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn relettering_seed_000_clears_the_lettering_and_keeps_references_on_their_clauses() {
    let Some(text) = common::seed("000") else {
        return;
    };
    let (file, model) = parse(&text);
    let before: Vec<(String, Option<ClauseRef>)> = internal_references(&model, file.text())
        .into_iter()
        .map(|r| (r.section_name, r.target))
        .collect();
    assert!(
        !before.is_empty() && before.iter().all(|(_, t)| t.is_some()),
        "{before:?}"
    );
    let fix = reletter_document(&model, file.text(), 0).expect("seed 000 needs relettering");
    let fixed = fix.apply(&text);
    // The fix touches labels only: every line keeps its text after the label.
    for (old, new) in text.lines().zip(fixed.lines()) {
        let tail = |l: &str| {
            l.split_once('\t')
                .map(|(_, t)| t.to_string())
                .unwrap_or(l.to_string())
        };
        assert_eq!(tail(old), tail(new));
    }
    let lettering: Vec<Diagnostic> = diagnostics(&fixed)
        .into_iter()
        .filter(|d| d.code.starts_with("RLS01"))
        .collect();
    assert_eq!(render(&fixed, &lettering), "");
    let (file2, model2) = parse(&fixed);
    let after: Vec<(String, Option<ClauseRef>)> = internal_references(&model2, file2.text())
        .into_iter()
        .map(|r| (r.section_name, r.target))
        .collect();
    assert_eq!(before, after);
    // 认识到 d) still names the clause that was c).
    assert!(fixed.contains("同时铭记上述认识到c)的内容"));
    let recognizing = model2.documents[0]
        .sections
        .iter()
        .position(|s| s.heading.text == "认识到")
        .unwrap();
    assert_eq!(
        after[0].1,
        Some(ClauseRef {
            document: 0,
            section: recognizing,
            path: vec![2]
        })
    );
    // Relettered labels read a) … r) in 忆及 and 1 … 7 in 做出决议.
    let labels = |si: usize| -> Vec<String> {
        model2.documents[0].sections[si]
            .items
            .iter()
            .filter_map(|c| c.label.as_ref())
            .map(|l| l.value.clone())
            .collect()
    };
    assert_eq!(labels(0).concat(), "abcdefghijklmnopqr");
    assert_eq!(labels(2).concat(), "abcdefghijklmnopq");
    assert_eq!(labels(7), ["1", "2", "3", "4", "5", "6", "7"]);
}

#[test]
fn relettering_moves_references_with_their_clauses() {
    // `上述认识到c)` names c); after a new clause b) is inserted and the
    // section relettered, the reference must name d).
    let text = r#"世界电信发展大会（2022年，基加利），
认识到
a)	甲；
b)	新插入的一项；
b)	乙；
c)	丙，
做出决议
1	根据上述认识到c)开展工作；
2	提供帮助。
"#;
    let (file, model) = parse(text);
    let fix = reletter_document(&model, file.text(), 0).unwrap();
    let fixed = fix.apply(text);
    assert!(fixed.contains("c)\t乙；\nd)\t丙，"), "{fixed}");
    assert!(fixed.contains("根据上述认识到d)开展工作"), "{fixed}");
}

// ---------------------------------------------------------------- CLI

#[test]
fn check_prints_codes_and_json_carries_the_fix_edits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.res");
    std::fs::write(&path, ZH_LABELS).unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_resolution-ls"))
            .args(args)
            .arg(&path)
            .output()
            .expect("binary runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // A Chinese draft is reported in Chinese; `--lang en` asks for English.
    let human = run(&["check", "--color", "never"]);
    assert!(
        human.contains("警告[RLS0105]: dc) 看起来是旧编号 c)"),
        "{human}"
    );
    assert!(human.contains("已检查 1 个文件"), "{human}");
    let human = run(&["check", "--color", "never", "--lang", "en"]);
    assert!(
        human.contains("warning[RLS0105]: dc) looks like the old label c)"),
        "{human}"
    );
    assert!(human.contains("checked 1 file: "), "{human}");
    let json: serde_json::Value =
        serde_json::from_str(&run(&["check", "--format", "json", "--lang", "en"])).unwrap();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    let fused = findings.iter().find(|f| f["code"] == "RLS0105").unwrap();
    let fix = &fused["fixes"][0];
    assert_eq!(fix["title"], "Replace dc) by d)");
    assert_eq!(fix["preferred"], true);
    assert_eq!(fix["edits"][0]["new_text"], "d");
    assert_eq!(fix["edits"][0]["start"]["line"], 8);
    let titles: Vec<&str> = fused["fixes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["title"].as_str().unwrap())
        .collect();
    // The section's reletter is made when asked for (a code action), not
    // carried by every finding of the section.
    assert_eq!(titles, ["Replace dc) by d)"]);
}

#[test]
fn citations_of_other_texts_are_not_internal_references() {
    let text = r#"The World Telecommunication Development Conference (Kigali, 2022),
considering
a)	that Resolution 44 (Rev. Geneva, 2022) resolves 1 to 3 remain valid;
b)	that resolves 2 of Resolution 139 applies;
c)	that § 9.2.1 of Resolution 1 and resolves 2.1 of Decision 5 apply;
d)	that the Tunis Agenda, paragraphs 27 c) and 50 d), applies,
resolves
1	to act;
2	to report.
"#;
    let (file, model) = parse(text);
    assert_eq!(internal_references(&model, file.text()), vec![]);
    assert_eq!(findings(text), "");
    let zh = r#"世界电信发展大会（2022年，基加利），
做出决议
1	落实第2号决议（2022年，布加勒斯特，修订版）做出决议7的规定；
2	落实《突尼斯议程》第27 c)和第50 d)段及第9.2款。
"#;
    let (file, model) = parse(zh);
    assert_eq!(internal_references(&model, file.text()), vec![]);
    assert_eq!(findings(zh), "");
}

/// Issue 16: the section and document reletter fixes touch every label of
/// a section; carried by every finding they made findings quadratic in the
/// clauses of a section (2,000 clauses needed 2 GB). They are made when
/// asked for, so what the findings carry stays linear.
#[test]
fn findings_stay_linear_in_the_clauses_of_a_section() {
    fn draft(n: usize) -> String {
        // Every clause labelled `a)`: a repeated label at each one.
        let mut s = String::from("considering\n");
        for _ in 0..n {
            s.push_str("a)\tthat x;\n");
        }
        s.push_str("b)\tthat y,\nresolves\nto act.\n");
        s
    }
    let edits = |n: usize| -> usize {
        diagnostics(&draft(n))
            .iter()
            .flat_map(|d| &d.fixes)
            .map(|f| f.edits.len())
            .sum()
    };
    let (small, large) = (edits(200), edits(400));
    assert!(
        large <= 2 * small + 10,
        "edits carried: {small} for 200 clauses, {large} for 400"
    );
    assert!(large <= 3 * 400, "{large} edits carried for 400 clauses");
}
