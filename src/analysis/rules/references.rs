//! RLS03xx: internal references that point nowhere.

use crate::analysis::{Diagnostic, Family, Rule, Severity};
use crate::i18n::Message;
use crate::model::references::InternalReference;
use crate::model::sequence::{analyse, Verdict};
use crate::model::{Clause, Model};
use crate::msg;

pub static REFERENCE_MISSING_CLAUSE: Rule = Rule {
    code: "RLS0301",
    name: "reference-missing-clause",
    default_severity: Severity::Warning,
    summary: "An internal reference names a clause its section does not have (resolves 9 above, with resolves 1 to 8).",
    explanation: "The section exists but has no clause with that label (`上述做出决议9所述` when 做出决议 has 1 to 8). The related place is the section's heading.",
    examples: &["considering\na)\tthat one;\nb)\tthat two,\nresolves\n1\tto act under resolves 3 above;\n2\tto report.\n", "考虑到\na)\t第一；\nb)\t第二，\n做出决议\n1\t根据上述做出决议3开展工作；\n2\t报告。\n"],
};

pub static REFERENCE_MISSING_SECTION: Rule = Rule {
    code: "RLS0302",
    name: "reference-missing-section",
    default_severity: Severity::Warning,
    summary:
        "An internal reference (… above, 上述…, …所述) names a section the document does not have.",
    explanation: "A reference that says it points inside the document (`above`, `below`, `of this resolution`, `上述`, `以上`, `所述`, `本决议“…”`) names a section the document does not have.",
    examples: &["considering
a)	that one;
b)	that two,
resolves
to act under recognizing c) above.
", "考虑到
a)	第一；
b)	第二，
做出决议
根据上述认识到c)开展工作。
"],
};

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS03",
    title: "Internal references",
    intro: "A clause of the same document named by its section and label: `recognizing c) above`, `resolves 9 above`, `instructs the Secretary-General 2 above`, `resolves 1 to 3`, `上述认识到c)`, `上述做出决议2`, `做出决议9所述`, `责成国际电联理事会2所述`, `本决议“做出决议1至3”`.
A section is named by its heading written in full or by its keyword; where several sections share it, the nearest one at or before the reference is meant.
A clause named by the new value of a fused label (`c` for `bc)`) is that clause.
`Resolution 44 (Rev. Hammamet, 2016) resolves 2`, `resolves 2 of Resolution 44` and `第2号决议（…）做出决议2` name clauses of other texts and are not internal references.
Relettering (the fixes of RLS01xx) rewrites every internal reference to a clause whose label changes, so that no reference moves to another clause.
References inside excerpts are not flagged.",
    rules: &[&REFERENCE_MISSING_CLAUSE, &REFERENCE_MISSING_SECTION],
};

/// Flags references to clauses or sections the document does not have.
/// References inside excerpts are not flagged: the text they point to is
/// not all quoted.
pub(crate) fn check(
    model: &Model,
    text: &str,
    refs: &[InternalReference],
    out: &mut Vec<Diagnostic>,
) {
    for r in refs {
        let Some(doc) = model.documents.get(r.document) else {
            continue;
        };
        if !doc.kind.is_body() || r.target.is_some() {
            continue;
        }
        match r.section {
            Some(si) => {
                let section = &doc.sections[si];
                let name = section.heading.short_name();
                let has = describe_labels(&section.items);
                let shown = crate::text::slice(text, r.label_range);
                out.push(
                    Diagnostic::new(
                        &REFERENCE_MISSING_CLAUSE,
                        r.label_range,
                        msg!(
                            "reference-missing-clause",
                            section = &r.section_name,
                            label = shown,
                            name = &name,
                            has = has
                        ),
                    )
                    .with_related(
                        section.heading.range,
                        msg!("related-is-here", label = &name),
                    ),
                );
            }
            None if r.explicit => {
                out.push(Diagnostic::new(
                    &REFERENCE_MISSING_SECTION,
                    r.range,
                    msg!("reference-missing-section", section = &r.section_name),
                ));
            }
            None => {}
        }
    }
}

/// `1 to 8`, `a) to f)`, `a), c), d)`, or `a single unlabelled clause`.
fn describe_labels(items: &[Clause]) -> Message {
    let labels: Vec<&str> = items
        .iter()
        .filter_map(|c| c.label.as_ref())
        .map(|l| l.text.as_str())
        .collect();
    match labels.as_slice() {
        [] => msg!("labels-none"),
        [one] => msg!("labels-only", label = *one),
        [first, .., last] => {
            let ordered =
                analyse(items).is_some_and(|g| g.verdicts.iter().all(|v| *v == Verdict::Ok));
            if ordered {
                msg!("range-to", first = *first, last = *last)
            } else {
                msg!("quoted", text = labels.join(", "))
            }
        }
    }
}
