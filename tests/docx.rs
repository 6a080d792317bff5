//! Word documents: what the reader extracts (paragraphs, tables,
//! footnotes, list numbering, tracked changes), what the rules say about
//! tracked changes, and the fixed copy with fixes as tracked changes.
//! The documents are built by the tests (`common::docx`).

mod common;

use common::docx::{bold, del, footnote_reference, ins, part, run, runs, Docx, ITU_NUMBERING};
use resolution_ls::analysis::Config;
use resolution_ls::files::docx::{FixOutcome, ReadOptions, WordDocument};
use resolution_ls::ide::FileAnalysis;

fn read(doc: &Docx) -> WordDocument {
    WordDocument::from_bytes(&doc.bytes(), ReadOptions::default()).unwrap()
}

fn codes(word: &WordDocument) -> Vec<(&'static str, String)> {
    FileAnalysis::parse(&word.text)
        .with_tracked_changes(word.tracked_changes.clone())
        .check(&Config::default())
        .into_iter()
        .map(|d| (d.code, d.message.to_string()))
        .collect()
}

#[test]
fn word_list_numbering_is_written_as_labels() {
    let doc = Docx::new()
        .numbering(ITU_NUMBERING)
        .text("RESOLUTION 999 (REV. BUCHAREST, 2022)")
        .text("The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),")
        .text("considering")
        .numbered(1, 0, &run("that one;"))
        .numbered(1, 1, &run("first,"))
        .numbered(1, 1, &run("second;"))
        .numbered(1, 0, &run("that two,"))
        .text("resolves")
        .numbered(2, 0, &run("to act;"))
        .numbered(2, 1, &run("here;"))
        .numbered(2, 0, &run("to act again."));
    let word = read(&doc);
    assert_eq!(
        word.text,
        "RESOLUTION 999 (REV. BUCHAREST, 2022)\nThe Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\nconsidering\na)\tthat one;\ni)\tfirst,\nii)\tsecond;\nb)\tthat two,\nresolves\n1\tto act;\na)\there;\n2\tto act again.\n"
    );
    assert_eq!(word.paragraphs.len(), 11);
    assert_eq!(word.paragraphs[3].number, 4);
    let loc = word.location(word.text.find("that one").unwrap()).unwrap();
    assert_eq!(loc.paragraph, 4);
    assert_eq!(loc.describe(), "paragraph 4 “a) that one;”");
}

#[test]
fn numbering_from_a_paragraph_style_and_restarts_per_list() {
    let styles = r#"<w:style w:type="paragraph" w:styleId="Lettered"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Call"><w:basedOn w:val="Lettered"/></w:style>"#;
    let doc = Docx::new()
        .numbering(ITU_NUMBERING)
        .styles(styles)
        .numbered(1, 0, &run("x;"))
        .numbered(1, 0, &run("y;"))
        .styled("Lettered", &run("first"))
        .styled("Call", &run("second"))
        .numbered(4, 0, &run("third"))
        .numbered(3, 0, &run("fourth"));
    // List 3 restarts where it is first used (its start override); list 4
    // has the same abstract numbering without an override: it continues
    // the count, as in Word; list 3 used again does not restart again.
    assert_eq!(
        read(&doc).text,
        "a)\tx;\nb)\ty;\na)\tfirst\nb)\tsecond\nc)\tthird\nd)\tfourth\n"
    );
}

#[test]
fn tables_give_their_cell_paragraphs_in_order() {
    let doc = Docx::new()
        .text("before")
        .table(&[&[&["r1c1"], &["r1c2 a", "r1c2 b"]], &[&["r2c1"], &[]]])
        .text("after");
    let word = read(&doc);
    assert_eq!(word.text, "before\nr1c1\nr1c2 a\nr1c2 b\nr2c1\nafter\n");
    let at = word.text.find("r1c2 b").unwrap();
    assert_eq!(word.location(at).unwrap().paragraph, 4);
}

#[test]
fn footnotes_are_written_as_word_exports_them_and_read_as_footnotes() {
    let doc = Docx::new()
        .text("considering")
        .p(&format!(
            "{}{}{}",
            run("a)\tthat developing countries"),
            footnote_reference(5),
            run(" need help;")
        ))
        .text("b)\tthat more is needed,")
        .text("resolves")
        .text("to help.")
        .footnote(5, "These include the least developed countries.");
    let word = read(&doc);
    assert_eq!(
        word.text,
        "considering\na)\tthat developing countries[footnoteRef:1] need help; [1: 1\tThese include the least developed countries.]\nb)\tthat more is needed,\nresolves\nto help.\n"
    );
    let file = FileAnalysis::parse(&word.text);
    let model = file.model();
    assert_eq!(model.footnotes.len(), 1, "{model:?}");
    assert_eq!(model.footnote_refs.len(), 1);
    let at = word.text.find("least developed").unwrap();
    let loc = word.location(at).unwrap();
    assert_eq!(loc.footnote, Some(1));
    assert_eq!(
        loc.describe(),
        "footnote 1 “1 These include the least developed…”"
    );
    assert!(codes(&word).is_empty(), "{:?}", codes(&word));
}

#[test]
fn a_tracked_change_in_a_label_is_reported_for_what_it_is() {
    // Exported without accepting, this is the fused `lk)`.
    let doc = Docx::new()
        .text("considering")
        .text("a)\tthat one;")
        .text("b)\tthat two;")
        .p(&format!(
            "{}{}{}",
            del("d"),
            ins("c"),
            run(")\tthat three,")
        ))
        .text("resolves")
        .text("1\tto act;")
        .text("2\tto act again.");
    let word = read(&doc);
    assert!(word.text.contains("\nc)\tthat three,\n"), "{}", word.text);
    assert_eq!(word.tracked_changes.len(), 1);
    let found = codes(&word);
    assert_eq!(
        found,
        vec![(
            "RLS0109",
            "label changed from d) to c) by a tracked change, not yet accepted".to_string()
        )]
    );
}

#[test]
fn a_tracked_change_in_a_citation_is_reported_for_what_it_is() {
    let doc = Docx::new()
        .text("resolves")
        .p(&format!(
            "{}{}{}{}",
            run("1\tto apply Resolution 123 (Rev. "),
            del("Busan, 2014"),
            ins("Dubai, 2018"),
            run(") of the Plenipotentiary Conference;")
        ))
        .text("2\tto act.");
    let word = read(&doc);
    let found = codes(&word);
    assert!(
        found.iter().any(|(c, m)| *c == "RLS0409"
            && m == "citation changed from “Resolution 123 (Rev. Busan, 2014) of the Plenipotentiary Conference” to “Resolution 123 (Rev. Dubai, 2018) of the Plenipotentiary Conference” by a tracked change, not yet accepted"),
        "{found:?}"
    );
    assert!(!found.iter().any(|(c, _)| *c == "RLS0404"), "{found:?}");
}

#[test]
fn deleted_paragraphs_and_moves_leave_the_accepted_text() {
    let deleted_clause = format!(
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:del w:id=\"7\" w:author=\"X\" w:date=\"2026-11-02T10:00:00Z\"/></w:rPr></w:pPr>{}</w:p>",
        del("that gone;")
    );
    let doc = Docx::new()
        .numbering(ITU_NUMBERING)
        .text("considering")
        .numbered(1, 0, &run("that one;"))
        .raw(&deleted_clause)
        .numbered(1, 0, &format!("{}<w:moveTo w:id=\"8\" w:author=\"X\" w:date=\"2026-11-02T10:00:00Z\">{}</w:moveTo>", run("that "), run("two,")))
        .p(&format!("<w:moveFrom w:id=\"9\" w:author=\"X\" w:date=\"2026-11-02T10:00:00Z\">{}</w:moveFrom>{}", run("old "), run("resolves")))
        .text("1\tto act;")
        .text("2\tto act again.");
    let word = read(&doc);
    assert_eq!(
        word.text,
        "considering\na)\tthat one;\nb)\tthat two,\nresolves\n1\tto act;\n2\tto act again.\n"
    );
    assert!(codes(&word).is_empty(), "{:?}", codes(&word));
}

#[test]
fn underline_and_strike_through_are_read_as_changes_when_asked() {
    let struck = "<w:r><w:rPr><w:strike/></w:rPr><w:t>d</w:t></w:r>";
    let underlined = "<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t>c</w:t></w:r>";
    let doc = Docx::new()
        .text("considering")
        .text("a)\tthat one;")
        .text("b)\tthat two;")
        .p(&format!("{struck}{underlined}{}", run(")\tthat three,")))
        .text("resolves")
        .text("1\tto act;")
        .text("2\tto act again.");
    let plain = read(&doc);
    assert!(plain.text.contains("\ndc)\tthat three,"), "{}", plain.text);
    let marked = WordDocument::from_bytes(
        &doc.bytes(),
        ReadOptions {
            formatting_as_changes: true,
        },
    )
    .unwrap();
    assert!(marked.text.contains("\nc)\tthat three,"), "{}", marked.text);
    assert_eq!(codes(&marked)[0].0, "RLS0109");
}

#[test]
fn broken_documents_are_errors_never_panics() {
    let err = |bytes: &[u8]| WordDocument::from_bytes(bytes, ReadOptions::default()).unwrap_err();
    assert!(err(b"plain text").contains("not a readable .docx"));
    assert!(err(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).contains("Word 97-2003"));
    let good = Docx::new().text("considering").bytes();
    // Every truncation of a real archive.
    for cut in (0..good.len()).step_by(7) {
        let _ = WordDocument::from_bytes(&good[..cut], ReadOptions::default());
    }
    let no_document = common::docx::zip_parts(&[("a.txt".into(), "x".into())]);
    assert!(err(&no_document).contains("no main document part"));
    let broken = common::docx::zip_parts(&[(
        "word/document.xml".into(),
        "<w:document xmlns:w=\"x\"><w:body>".into(),
    )]);
    assert!(
        err(&broken).contains("not well-formed XML"),
        "{}",
        err(&broken)
    );
    let other = common::docx::zip_parts(&[(
        "word/document.xml".into(),
        "<document><body/></document>".into(),
    )]);
    assert!(err(&other).contains("not a WordprocessingML document"));
    let entity = common::docx::zip_parts(&[(
        "word/document.xml".into(),
        "<!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><d>&b;</d>".into(),
    )]);
    assert!(err(&entity).contains("not well-formed XML"));
}

#[test]
fn a_zip_bomb_stops_at_the_part_limit() {
    let huge = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        .to_string()
        + &" ".repeat((resolution_ls::files::docx::MAX_PART_BYTES + 10) as usize);
    let bytes = common::docx::zip_parts(&[("word/document.xml".into(), huge)]);
    assert!(bytes.len() < 1 << 20, "{}", bytes.len());
    let err = WordDocument::from_bytes(&bytes, ReadOptions::default()).unwrap_err();
    assert!(err.contains("larger than 64 MiB uncompressed"), "{err}");
}

#[test]
fn the_fixed_copy_holds_each_fix_as_a_tracked_change_keeping_formatting() {
    // `bc)`: a fused label left in the text, in bold.
    let doc = Docx::new()
        .text("considering")
        .text("a)\tthat one;")
        .text("b)\tthat two;")
        .p(&format!("{}{}", bold("bc)"), runs("\tthat three,")))
        .text("resolves")
        .text("1\tto act;")
        .text("2\tto act again.");
    let bytes = doc.bytes();
    let word = WordDocument::from_bytes(&bytes, ReadOptions::default()).unwrap();
    let findings = FileAnalysis::parse(&word.text).check(&Config::default());
    let chosen = resolution_ls::ide::chosen_fixes(&findings, false);
    assert_eq!(chosen.len(), 1, "{findings:?}");
    let edits: Vec<_> = chosen.iter().map(|(_, f)| f.edits.clone()).collect();
    let copy = word
        .fixed_copy(&bytes, &edits, "2026-12-01T09:00:00Z")
        .unwrap();
    assert_eq!(copy.outcomes, vec![FixOutcome::Applied]);
    let xml = part(&copy.bytes, "word/document.xml");
    assert!(xml.contains("w:author=\"resolution-ls\""), "{xml}");
    assert!(xml.contains("w:date=\"2026-12-01T09:00:00Z\""), "{xml}");
    // The bold run keeps its formatting on both sides of the split.
    assert!(
        xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">c)</w:t>"),
        "{xml}"
    );
    // Only the `b` is deleted (in bold), nothing inserted.
    assert!(
        xml.contains("<w:r><w:rPr><w:b/></w:rPr><w:delText xml:space=\"preserve\">b</w:delText></w:r></w:del>"),
        "{xml}"
    );
    assert!(!xml.contains("<w:ins "), "{xml}");
    let fixed = WordDocument::from_bytes(&copy.bytes, ReadOptions::default()).unwrap();
    assert_eq!(
        fixed.text,
        "considering\na)\tthat one;\nb)\tthat two;\nc)\tthat three,\nresolves\n1\tto act;\n2\tto act again.\n"
    );
    assert!(!fixed.tracked_changes.is_empty());
    // Rejecting the changes gives the original text back.
    let rejected: String = {
        let mut t = fixed.text.clone();
        for c in fixed.tracked_changes.iter().rev() {
            t.replace_range(c.range.start..c.range.end, &c.deleted);
        }
        t
    };
    assert_eq!(rejected, word.text);
    // Every other part is copied as it was.
    assert_eq!(
        part(&copy.bytes, "[Content_Types].xml"),
        part(&bytes, "[Content_Types].xml")
    );
}

#[test]
fn fixes_wordmade_text_cannot_hold_are_skipped_and_said_so() {
    let doc = Docx::new()
        .text("considering")
        .p(&format!("{}{}", ins("a)\tthat one"), run(";")))
        .text("resolves")
        .text("1\tto act;")
        .text("2\tto act again.");
    let bytes = doc.bytes();
    let word = WordDocument::from_bytes(&bytes, ReadOptions::default()).unwrap();
    let inside_insertion = resolution_ls::text::TextEdit {
        range: resolution_ls::text::TextRange::new(
            word.text.find("one").unwrap(),
            word.text.find("one").unwrap() + 3,
        ),
        new_text: "two".into(),
    };
    let across_paragraphs = resolution_ls::text::TextEdit {
        range: resolution_ls::text::TextRange::new(0, word.text.find("resolves").unwrap()),
        new_text: "x".into(),
    };
    let copy = word
        .fixed_copy(
            &bytes,
            &[vec![inside_insertion], vec![across_paragraphs]],
            "2026-12-01T09:00:00Z",
        )
        .unwrap();
    assert!(
        matches!(&copy.outcomes[0], FixOutcome::Skipped(why) if why.contains("tracked change"))
    );
    assert!(
        matches!(&copy.outcomes[1], FixOutcome::Skipped(why) if why.contains("more than one paragraph"))
    );
}

#[test]
fn runs_helper_round_trips() {
    let doc = Docx::new().p(&runs("a)\tb"));
    assert_eq!(read(&doc).text, "a)\tb\n");
}

// The command line.

fn cli(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    common::resolution_ls(args, dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// A proposal: Word numbering in the preamble, a fused label typed by hand
/// (`bc)`, bold), a tracked change in a label and one in a citation, a
/// footnote and a table.
fn proposal() -> Docx {
    Docx::new()
        .numbering(ITU_NUMBERING)
        .text("considering")
        .numbered(1, 0, &run("that one;"))
        .numbered(1, 0, &run("that two,"))
        .text("recognizing")
        .text("a)\tthat three;")
        .text("b)\tthat four;")
        .p(&format!("{}{}", bold("bc)"), runs("\tthat five;")))
        .p(&format!("{}{}{}", del("e"), ins("d"), runs(")\tthat six,")))
        .text("resolves")
        .p(&format!(
            "{}{}{}{}{}",
            run("1\tto apply Resolution 123 (Rev. "),
            del("Busan, 2014"),
            ins("Dubai, 2018"),
            run(") of the Plenipotentiary Conference"),
            footnote_reference(2)
        ))
        .footnote(2, "As revised.")
        .table(&[&[&["2\tto act."]]])
}

#[test]
fn check_reads_a_word_document_and_locates_findings_by_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    proposal().write(&dir.path().join("proposal.docx"));
    let out = cli(&["check", "proposal.docx"], dir.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("--> proposal.docx:7:1 (paragraph 7 “bc) that five;”)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("label changed from e) to d) by a tracked change, not yet accepted"),
        "{stdout}"
    );
    let concise = cli(
        &["check", "--format", "concise", "proposal.docx"],
        dir.path(),
    );
    let concise = String::from_utf8_lossy(&concise.stdout);
    assert!(
        concise.contains("proposal.docx:8:1: info[RLS0109] label changed from e) to d) by a tracked change, not yet accepted (paragraph 8 “d) that six,”)"),
        "{concise}"
    );
    let json = cli(&["check", "--format", "json", "proposal.docx"], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let findings = json["files"][0]["findings"].as_array().unwrap();
    let fused = findings.iter().find(|f| f["code"] == "RLS0105").unwrap();
    assert_eq!(fused["start"]["line"], 7);
    assert_eq!(fused["paragraph"]["number"], 7);
    assert_eq!(fused["paragraph"]["quote"], "bc) that five;");
    let cited = findings.iter().find(|f| f["code"] == "RLS0409").unwrap();
    assert_eq!(cited["paragraph"]["number"], 10);
    let sarif = cli(&["check", "--format", "sarif", "proposal.docx"], dir.path());
    let sarif: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let result = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "RLS0105")
        .unwrap();
    let location = &result["locations"][0];
    assert_eq!(location["physicalLocation"]["region"]["startLine"], 7);
    assert_eq!(
        location["logicalLocations"][0]["name"],
        "paragraph 7 “bc) that five;”"
    );
    assert_eq!(location["logicalLocations"][0]["kind"], "element");
    assert_eq!(location["logicalLocations"][0]["properties"]["number"], 7);
    let github = cli(
        &["check", "--format", "github", "proposal.docx"],
        dir.path(),
    );
    let github = String::from_utf8_lossy(&github.stdout);
    assert!(
        github.contains(
            "::warning file=proposal.docx,line=7,col=1,endLine=7,endColumn=4,title=RLS0105::"
        ) && github.contains("(paragraph 7 “bc) that five;”)"),
        "{github}"
    );
}

#[test]
fn fix_writes_a_copy_with_tracked_changes_and_leaves_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("proposal.docx");
    proposal().write(&original);
    let before = std::fs::read(&original).unwrap();
    let out = cli(&["check", "--fix", "proposal.docx"], dir.path());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("fixed proposal.docx:7 (paragraph 7 “bc) that five;”): "),
        "{stdout}"
    );
    assert!(
        stdout.contains("wrote proposal.fixed.docx (the fixes as tracked changes by resolution-ls; proposal.docx is unchanged)"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(&original).unwrap(), before);
    let copy = std::fs::read(dir.path().join("proposal.fixed.docx")).unwrap();
    let fixed = WordDocument::from_bytes(&copy, ReadOptions::default()).unwrap();
    assert!(fixed.text.contains("\nc)\tthat five;\n"), "{}", fixed.text);
    let xml = part(&copy, "word/document.xml");
    assert!(xml.contains("w:author=\"resolution-ls\""));
    // The drafter's own tracked changes are still there.
    assert!(xml.contains("w:author=\"Drafter\""));
    // The copy is checked after the fix: the fused label is gone, and the
    // fix is itself a tracked change not yet accepted.
    assert!(
        stdout.contains("label changed from bc) to c) by a tracked change, not yet accepted"),
        "{stdout}"
    );
    assert!(!stdout.contains("RLS0105"), "{stdout}");
    // Nothing left to fix: no copy written again, the original untouched.
    let again = cli(&["check", "--fix", "proposal.fixed.docx"], dir.path());
    assert!(
        !String::from_utf8_lossy(&again.stdout).contains("wrote"),
        "{}",
        String::from_utf8_lossy(&again.stdout)
    );
    assert!(!dir.path().join("proposal.fixed.fixed.docx").exists());
}

#[test]
fn a_folder_of_word_documents_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    proposal().write(&dir.path().join("a.docx"));
    std::fs::write(
        dir.path().join("b.res"),
        "considering\na)\tthat x;\nb)\tthat y,\nresolves\nto z.\n",
    )
    .unwrap();
    let out = cli(&["check", "--format", "json", "."], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["./a.docx", "./b.res"]);
}

#[test]
fn a_list_linked_to_a_numbering_style_takes_its_levels() {
    // Word's list styles: abstract numbering 30 only names the style,
    // whose own list (2, decimal) holds the levels and the count.
    let numbering = format!(
        "{ITU_NUMBERING}<w:abstractNum w:abstractNumId=\"30\"><w:numStyleLink w:val=\"ITUList\"/></w:abstractNum><w:num w:numId=\"9\"><w:abstractNumId w:val=\"30\"/></w:num>"
    );
    let styles = r#"<w:style w:type="numbering" w:styleId="ITUList"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>"#;
    let doc = Docx::new()
        .numbering(&numbering)
        .styles(styles)
        .numbered(2, 0, &run("one"))
        .numbered(9, 0, &run("two"));
    assert_eq!(read(&doc).text, "1\tone\n2\ttwo\n");
}

#[test]
fn formatting_as_changes_from_the_flag_or_the_project_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let struck = "<w:r><w:rPr><w:strike/></w:rPr><w:t>e</w:t></w:r>";
    let underlined = "<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t>d</w:t></w:r>";
    Docx::new()
        .text("considering")
        .text("a)\tthat one;")
        .text("b)\tthat two;")
        .text("c)\tthat three;")
        .p(&format!("{struck}{underlined}{}", runs(")\tthat four,")))
        .text("resolves")
        .text("1\tto act;")
        .text("2\tto act again.")
        .write(&dir.path().join("marked.docx"));
    let concise = |args: &[&str]| {
        let mut all = vec!["check", "--format", "concise"];
        all.extend_from_slice(args);
        all.push("marked.docx");
        String::from_utf8_lossy(&cli(&all, dir.path()).stdout).into_owned()
    };
    let plain = concise(&["--isolated"]);
    assert!(plain.contains("[RLS0105]"), "{plain}");
    let flag = concise(&["--isolated", "--word-formatting-as-changes"]);
    assert!(
        flag.contains("[RLS0109] label changed from e) to d)") && !flag.contains("RLS0105"),
        "{flag}"
    );
    std::fs::write(
        dir.path().join("resolution-ls.toml"),
        "word-formatting-as-changes = true\n",
    )
    .unwrap();
    let configured = concise(&[]);
    assert!(configured.contains("[RLS0109]"), "{configured}");
}
