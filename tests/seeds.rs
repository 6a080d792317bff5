//! Every seed parses, and its outline is what a careful reader sees.

mod common;

use resolution_ls::cli::outline;
use resolution_ls::model::{self, FileKind, Model, Part};
use resolution_ls::syntax::SourceFile;

fn model_of(text: &str) -> Model {
    model::extract(&SourceFile::parse(text))
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn every_seed_parses_without_error_nodes_and_matches_its_outline_snapshot() {
    let Some(seeds) = common::seeds() else { return };
    assert!(!seeds.is_empty(), "../shared/seeds has no .txt files");
    for (name, text) in seeds {
        let file = SourceFile::parse(text.as_str());
        assert!(
            !file.root().has_error(),
            "{name}: syntax tree has ERROR nodes:\n{}",
            file.sexp()
        );
        let model = model::extract(&file);
        insta::assert_snapshot!(format!("outline_{name}"), outline::render(&model, &text));
    }
}

/// Section heading, part and clause count, in order, for one document.
fn shape(model: &Model, doc: usize) -> Vec<(String, Part, usize)> {
    model.documents[doc]
        .sections
        .iter()
        .map(|s| (s.heading.keyword.clone(), s.part, s.items.len()))
        .collect()
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_000_sections_and_clause_counts() {
    let Some(text) = common::seed("000") else {
        return;
    };
    let model = model_of(&text);
    assert_eq!(model.documents.len(), 1);
    let doc = &model.documents[0];
    let got: Vec<(String, usize)> = doc
        .sections
        .iter()
        .map(|s| (s.heading.text.clone(), s.items.len()))
        .collect();
    let want = [
        ("忆及", 18),
        ("意识到", 4),
        ("考虑到", 17),
        ("进一步考虑到", 3),
        ("认识到", 6),
        ("要求国际电联电信标准化部门", 1),
        ("要求三个部门", 1),
        ("做出决议", 7),
        ("责成秘书长", 3),
        ("责成电信发展局主任", 4),
        ("请国际电联理事会", 1),
        ("请成员国和部门成员", 3),
    ];
    let want: Vec<(String, usize)> = want.iter().map(|(h, n)| (h.to_string(), *n)).collect();
    assert_eq!(got, want);
    let recalling = &doc.sections[0];
    assert_eq!(
        recalling
            .items
            .first()
            .and_then(|c| c.label.as_ref())
            .map(|l| l.text.as_str()),
        Some("a)")
    );
    assert_eq!(
        recalling
            .items
            .last()
            .and_then(|c| c.label.as_ref())
            .map(|l| l.text.as_str()),
        Some("rq)")
    );
    let recognizing = &doc.sections[4];
    let subs: Vec<&str> = recognizing.items[0]
        .sub_items
        .iter()
        .filter_map(|c| c.label.as_ref())
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(subs, ["i)", "ii)", "iii)", "iv)"]);
    // In 考虑到, `i)` after `gh)` is the letter i, not a roman sub-item.
    let considering = &doc.sections[2];
    assert!(considering.items.iter().all(|c| c.sub_items.is_empty()));
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_001_is_a_letter_carrying_two_documents() {
    let Some(text) = common::seed("001") else {
        return;
    };
    let model = model_of(&text);
    assert_eq!(model.kind, FileKind::Letter);
    let bodies: Vec<_> = model
        .documents
        .iter()
        .filter(|d| d.kind.is_body())
        .collect();
    assert_eq!(bodies.len(), 2, "{}", outline::render(&model, &text));
    assert_eq!(
        bodies[0].identity.as_ref().map(|l| l.text.as_str()),
        Some("第2号决议（2022年，布加勒斯特，修订版）")
    );
    assert_eq!(
        bodies[1].identity.as_ref().map(|l| l.text.as_str()),
        Some("第641号决定")
    );
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_002_two_line_heading_is_one_heading() {
    let Some(text) = common::seed("002") else {
        return;
    };
    let model = model_of(&text);
    let headings: Vec<&str> = model
        .documents
        .iter()
        .flat_map(|d| &d.sections)
        .map(|s| s.heading.text.as_str())
        .collect();
    assert!(
        headings.contains(
            &"责成电信标准化局主任与电信发展局主任协作，在可用的划拨资源或捐赠资源范围内"
        ),
        "{headings:?}"
    );
}

#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the clone")]
#[test]
fn seed_004_is_a_report_whose_documents_are_excerpts() {
    let Some(text) = common::seed("004") else {
        return;
    };
    let model = model_of(&text);
    assert_eq!(model.kind, FileKind::Report);
    assert!(!model.documents.is_empty());
    assert!(
        model.documents.iter().all(|d| !d.kind.is_body()),
        "{}",
        outline::render(&model, &text)
    );
}

#[test]
fn english_and_chinese_versions_of_one_resolution_have_the_same_outline_shape() {
    let en = model_of(&common::fixture("shape-en.res"));
    let zh = model_of(&common::fixture("shape-zh.res"));
    let strip = |m: &Model| -> Vec<(Part, usize, Vec<Vec<String>>)> {
        m.documents[0]
            .sections
            .iter()
            .map(|s| {
                let labels = s
                    .items
                    .iter()
                    .map(|c| {
                        c.walk()
                            .map(|x| x.label.as_ref().map_or("¶".into(), |l| l.text.clone()))
                            .collect()
                    })
                    .collect();
                (s.part, s.items.len(), labels)
            })
            .collect()
    };
    assert_eq!(strip(&en), strip(&zh));
    assert_eq!(shape(&en, 0).len(), 6);
    for m in [&en, &zh] {
        let d = &m.documents[0];
        assert!(d.identity.is_some() && d.title.is_some() && d.conference.is_some());
    }
}
