//! Findings and editor features shown under the text they are about, in the
//! manner of rust-analyzer's `check(fixture, expect![[…]])`: each finding is
//! a line of carets under its range, with its code and message. Run
//! `UPDATE_EXPECT=1 cargo test --test annotated` to rewrite the expectations
//! after a deliberate change, then read the diff.

use expect_test::{expect, Expect};
use resolution_ls::analysis::Config;
use resolution_ls::catalogue::Catalogue;
use resolution_ls::cli::human::annotate;
use resolution_ls::ide::{self, FileAnalysis};

fn check(fixture: &str, expect: Expect) {
    let file = FileAnalysis::parse(fixture);
    let findings = file.check(&Config::default());
    expect.assert_eq(&annotate(fixture, &findings, true));
}

/// Hover at the `$0` cursor.
fn check_hover(fixture: &str, expect: Expect) {
    let at = fixture.find("$0").expect("a $0 cursor");
    let text = fixture.replacen("$0", "", 1);
    let file = FileAnalysis::parse(&text);
    let hover = ide::hover(&file, at, &Catalogue::builtin(), None).map(|h| h.markdown);
    expect.assert_eq(&hover.unwrap_or_else(|| "(no hover)".into()));
}

#[test]
fn a_gap_and_a_fused_label_in_english() {
    check(
        "considering
a)\tthat one;
c)\tthat two;
cd)\tthat three,
resolves
1\tto act;
2\tto report.
",
        expect![[r#"
            considering
            a)	that one;
            c)	that two;
            ^^ warning RLS0101: c) follows a): b) is missing; expected b)
            cd)	that three,
            ^^^ warning RLS0105: cd) looks like the old label c) and the new label d) kept together (tracked-change residue); expected d)
            resolves
            1	to act;
            2	to report.
        "#]],
    );
}

#[test]
fn fused_labels_and_a_stray_mark_in_chinese() {
    check(
        "考虑到
a)\t第一；
bc)\t第二；，
做出决议
继续。
",
        expect![[r#"
            考虑到
            a)	第一；
            bc)	第二；，
            ^^^ warning RLS0105: bc) 看起来是旧编号 c) 和新编号 b) 连在一起（修订痕迹残留）；应为 b)
               	    ^^ warning RLS0203: 重复标点“；，”：应删去多余的“；”，只保留“，”
            做出决议
            继续。
        "#]],
    );
}

#[test]
fn an_internal_reference_to_a_missing_paragraph() {
    check(
        "recalling
a)\tthat one;
b)\tthat two,
resolves
1\tto act under resolves 3 above;
2\tto report.
",
        expect![[r#"
            recalling
            a)	that one;
            b)	that two,
            resolves
            1	to act under resolves 3 above;
             	                      ^ warning RLS0301: resolves 3 refers to a clause that does not exist: resolves has 1 to 2
            2	to report.
        "#]],
    );
}

#[test]
fn merged_revisions_and_an_outdated_citation() {
    check(
        "世界电信发展大会（2022年，基加利），
忆及
a)\t第23号决议（2017年，布宜诺斯艾利斯2022年，基加利，修订版）；
b)\tWTDC第77号决议（2017年，布宜诺斯艾利斯，修订版），
做出决议
继续。
",
        expect![[r#"
            世界电信发展大会（2022年，基加利），
            忆及
            a)	第23号决议（2017年，布宜诺斯艾利斯2022年，基加利，修订版）；
              	          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error RLS0404: 一处引用中有两个修订版：2017年，布宜诺斯艾利斯 / 2022年，基加利——修订痕迹残留；一处引用只应指明一个修订版
            b)	WTDC第77号决议（2017年，布宜诺斯艾利斯，修订版），
              	      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning RLS0401: WTDC第77号决议 引用的是 2017年，布宜诺斯艾利斯，修订版；在本文件的日期（2022年，基加利）已有更新的修订版：（2022年，基加利，修订版）
            做出决议
            继续。
        "#]],
    );
}

#[test]
fn a_clean_text_has_nothing_under_it() {
    check(
        "RESOLUTION 1 (REV. KIGALI, 2022)
Rules of procedure
The World Telecommunication Development Conference (Kigali, 2022),
considering
a)\tthat rules are needed;
b)\tthat they should be short,
resolves
1\tto adopt the rules;
2\tto review them.
",
        expect![[r#"
            RESOLUTION 1 (REV. KIGALI, 2022)
            Rules of procedure
            The World Telecommunication Development Conference (Kigali, 2022),
            considering
            a)	that rules are needed;
            b)	that they should be short,
            resolves
            1	to adopt the rules;
            2	to review them.
        "#]],
    );
}

#[test]
fn hover_on_a_chinese_citation_names_the_text_and_its_latest_revision() {
    check_hover(
        "世界电信发展大会（2022年，基加利），
忆及
WTDC第2$03号决议（2017年，布宜诺斯艾利斯，修订版），
做出决议
继续。
",
        expect![[r#"
            **WTDC Resolution 23** — 为发展中国家提供的互联网接入和可用性及国际互联网连接收费原则

            *Internet access and availability for developing countries and charging principles for international Internet connection*

            - 机构：世界电信发展大会（WTDC），引用中写明
            - 所引版本：2017年，布宜诺斯艾利斯，修订版
            - 已知最新：Rev. Kigali, 2022 — WTDC-22 text, as of 2022（official）
            - 来源：shared/seeds/003_67ced0d6a6d51b82.txt (WTDC-22 text) ('WTDC第23号决议（2022年，基加利，修订版）') ; https://internetdistinction.com/wsisimpacts/wsis/wtdc/wtdc-2014/wtdc-2014_23/ ; https://internetdistinction.com/wsisimpacts/wsis/plenipotentiary/pp_101
            - 更早的版本：Rev. Buenos Aires, 2017; Rev. Dubai, 2014; Rev. Hyderabad, 2010
            - 状态：in force
            - 目录所知的 WTDC 会议截至 WTDC-25 (Baku, 2025)
            - 目录条目：built-in catalogue/additions.tsv:246"#]],
    );
}
