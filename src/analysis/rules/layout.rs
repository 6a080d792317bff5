//! RLS05xx: headings out of place, and preface lines that disagree.
//!
//! The model finds these while reading the structure (`Model::notes`):
//! a heading written on the same line as its first clause, a heading glued
//! to the end of the clause before it (text copied from a PDF), labelled
//! clauses with no heading, and a conference line whose body or year
//! contradicts the identity line. The fixes put the heading on its own line.

use crate::analysis::{Diagnostic, Family, Fix, Rule, Severity};
use crate::model::{Model, NoteKind};
use crate::text::TextEdit;

pub static HEADING_INLINE: Rule = Rule {
    code: "RLS0501",
    name: "heading-inline",
    default_severity: Severity::Warning,
    summary: "A heading on the same line as its first clause (considering a) that …).",
    explanation: "A heading on the same line as its first clause (`considering a) that …`, `учитывая a) что …`), text flattened from HTML or PDF. Preferred fix: put the heading on its own line.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nconsidering a) that one;\nb)\tthat two,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\n考虑到 a) 第一；\nb)\t第二，\n做出决议\n继续。\n"],
};

pub static HEADING_GLUED: Rule = Rule {
    code: "RLS0502",
    name: "heading-glued",
    default_severity: Severity::Warning,
    summary: "A heading glued to the end of the clause before it (…, instructs the Director …).",
    explanation: "A heading glued to the end of the clause before it (`… within its mandate, instructs the Director of the Telecommunication Development Bureau`), copied from a PDF. Preferred fix: put the heading on its own line.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\nconsidering\na)\tthat one;\nb)\tthat work goes on within its mandate, instructs the Director of the Telecommunication Development Bureau\n1\tto act;\n2\tto report.\n", "世界电信发展大会（2022年，基加利），\n考虑到\na)\t第一；\nb)\t第二，责成电信发展局主任\n1\t开展工作；\n2\t报告。\n"],
};

pub static HEADING_MISSING: Rule = Rule {
    code: "RLS0503",
    name: "heading-missing",
    default_severity: Severity::Warning,
    summary: "Labelled clauses after the conference line with no heading before them.",
    explanation: "Labelled clauses right after the conference line (or a footer) with no heading: a heading lost in editing. The clauses keep a section of their own in the outline.",
    examples: &["The World Telecommunication Development Conference (Kigali, 2022),\na)\tthat one;\nb)\tthat two,\nresolves\nto act.\n", "世界电信发展大会（2022年，基加利），\na)\t第一；\nb)\t第二，\n做出决议\n继续。\n"],
};

pub static CONFERENCE_MISMATCH: Rule = Rule {
    code: "RLS0504",
    name: "conference-mismatch",
    default_severity: Severity::Warning,
    summary: "The conference line names another body or year than the identity line.",
    explanation: "The conference line names another body or year than the identity line (`The Council 2019 (Geneva, 2018),` under a 2019 Council text).",
    examples: &["R 1390
Council Working Group on languages
(C19)
The Council 2019 (Geneva, 2018),
noting
that the working group met twice,
resolves
to continue its work.
", "第1390号决议
理事会语言工作组
（C19）
理事会2019年（2018年，日内瓦），
注意到
工作组开会两次，
做出决议
继续。
"],
};

pub static LABEL_SCRIPT: Rule = Rule {
    code: "RLS0505",
    name: "label-script",
    default_severity: Severity::Warning,
    summary: "A label written in another script than its sequence (Cyrillic с) among a) b)).",
    explanation: "A label written in another script than the rest of its sequence: a Cyrillic `с)` (or `а)`, `е)`, `о)`…) among Latin `a) b)`, which Russian texts use for preamble clauses. Preferred fix: write the Latin letter.",
    examples: &["considering\na)\tthat one;\nb)\tthat two;\n\u{441})\tthat three,\nresolves\nto act.\n", "учитывая\na)\tчто одно;\nb)\tчто другое;\n\u{441})\tчто третье,\nрешает\nдей\u{441}твовать.\n"],
};

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS05",
    title: "Headings and preface lines",
    intro: "Headings are recognised by their shape and place in all six languages (a short line without clause punctuation,
after the conference line, opening clauses or a paragraph); these findings flag the ones a PDF or HTML copy put in
the wrong place. The structure is understood either way: the outline shows the section.",
    rules: &[
        &HEADING_INLINE,
        &HEADING_GLUED,
        &HEADING_MISSING,
        &CONFERENCE_MISMATCH,
        &LABEL_SCRIPT,
    ],
};

pub(crate) fn check(model: &Model, out: &mut Vec<Diagnostic>) {
    for note in &model.notes {
        let rule = match note.kind {
            NoteKind::HeadingInline => &HEADING_INLINE,
            NoteKind::HeadingGlued => &HEADING_GLUED,
            NoteKind::HeadingMissing => &HEADING_MISSING,
            NoteKind::ConferenceMismatch => &CONFERENCE_MISMATCH,
            NoteKind::LabelScript => &LABEL_SCRIPT,
        };
        let mut d = Diagnostic::new(rule, note.range, note.message.clone());
        if let Some((title, edits)) = &note.fix {
            d = d.with_fix(Fix {
                title: title.clone(),
                edits: edits
                    .iter()
                    .map(|(range, new_text)| TextEdit {
                        range: *range,
                        new_text: new_text.clone(),
                    })
                    .collect(),
                preferred: true,
            });
        }
        out.push(d);
    }
}
