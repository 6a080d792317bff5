//! RLS08xx: parallel language versions that disagree.
//!
//! ITU publishes every text in six languages; a clause missing in one, a
//! citation of another revision or a different number is a real error that
//! is otherwise found by reading side by side. Two versions of one document
//! ([`Version`]) are compared section by section (headings matched across
//! languages through [`concept`]), clause by clause (labels by their place
//! in their script's sequence, so `a)`, `а)` and `أ)` are the same label),
//! citation by citation (by identity and revision, never by text) and
//! number by number (Arabic-Indic digits and thousands separators read as
//! numbers; dates' days and months left out, since languages write them in
//! words or in digits).
//!
//! Every difference is reported on both versions, each pointing at the other
//! as related information. Which documents are versions of each other is
//! decided by the caller ([`document_pairs`], [`pairs_within`], or an
//! explicit pairing).

use std::sync::Arc;

use crate::analysis::resolve::{identity_key, resolve_body};
use crate::analysis::rules::key_message;
use crate::analysis::{Diagnostic, Family, Related, Rule, Severity};
use crate::catalogue::{Catalogue, Key};
use crate::domain::Language;
use crate::i18n::Message;
use crate::model::citations::{english_place, Citation};
use crate::model::headings::match_keyword;
use crate::model::{letter_place, roman_value, Clause, Document, LabelKind, Model, Part, Section};
use crate::msg;
use crate::text::TextRange;

pub static SECTION_MISSING: Rule = Rule {
    code: "RLS0801",
    name: "parallel-section-missing",
    default_severity: Severity::Warning,
    summary: "A section one language version has and the other lacks.",
    explanation: "A section (`considering`, `instructs the Secretary-General`) of one language version has no counterpart in the other: a section lost or added in translation. Headings are matched across languages through the heading keyword tables (`considering` = `considérant` = `考虑到` = `учитывая`); a heading no table knows is matched by its part (preamble or operative) and place. Reported on both versions.",
    examples: &["RESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nthat one,\nconsidering\nthat two,\nresolves\nto act.\n\nRÉSOLUTION 85 (RÉV. KIGALI, 2022)\nInternet des objets\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nrappelant\nque un,\ndécide\nd'agir.\n", "第85号决议（2022年，基加利，修订版）\n物联网\n世界电信发展大会（2022年，基加利），\n忆及\n第一，\n考虑到\n第二，\n做出决议\n开展工作。\n\nRESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nthat one,\nresolves\nto act.\n"],
};

pub static SECTION_ORDER: Rule = Rule {
    code: "RLS0802",
    name: "parallel-section-order",
    default_severity: Severity::Warning,
    summary: "The two language versions have the same section in a different place.",
    explanation: "Both language versions have the section, but not at the same place in the order of sections (`considering` before `recognizing` in one, after it in the other). Reported on both versions.",
    examples: &["RESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\nthat one,\nrecognizing\nthat two,\nresolves\nto act.\n\nRÉSOLUTION 85 (RÉV. KIGALI, 2022)\nInternet des objets\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nreconnaissant\nque deux,\nconsidérant\nque un,\ndécide\nd'agir.\n", "第85号决议（2022年，基加利，修订版）\n物联网\n世界电信发展大会（2022年，基加利），\n认识到\n第二，\n考虑到\n第一，\n做出决议\n开展工作。\n\nRESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\nthat one,\nrecognizing\nthat two,\nresolves\nto act.\n"],
};

pub static CLAUSE_MISSING: Rule = Rule {
    code: "RLS0803",
    name: "parallel-clause-missing",
    default_severity: Severity::Warning,
    summary: "A section has more clauses in one language version than in the other.",
    explanation: "A section has a clause the other language version's section lacks. Clauses are paired by what they say that does not depend on the language (citations, numbers); the clause without a counterpart is the one reported, and the other version is told where it would be. Reported on both versions.",
    examples: &["RESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\na)\tthat one;\nb)\tthat two;\nc)\tthat three,\nresolves\nto act.\n\nRÉSOLUTION 85 (RÉV. KIGALI, 2022)\nInternet des objets\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nconsidérant\na)\tque un;\nb)\tque deux,\ndécide\nd'agir.\n", "第85号决议（2022年，基加利，修订版）\n物联网\n世界电信发展大会（2022年，基加利），\n考虑到\na)\t第一；\nb)\t第二，\n做出决议\n开展工作。\n\nRESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\na)\tthat one;\nb)\tthat two;\nc)\tthat three,\nresolves\nto act.\n"],
};

pub static LABEL_DIFFERS: Rule = Rule {
    code: "RLS0804",
    name: "parallel-label-differs",
    default_severity: Severity::Warning,
    summary: "The same clause has another label in the other language version.",
    explanation: "Two sections with as many clauses label the clause at the same place differently (`c)` in one, `d)` in the other, or a number against none). Letters are compared by their place in their own script (`c)`, `в)` and `ج)` are all the third letter), so each version keeps its own alphabet. Reported on both versions.",
    examples: &["RESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\na)\tthat one;\nb)\tthat two,\nresolves\nto act.\n\nRÉSOLUTION 85 (RÉV. KIGALI, 2022)\nInternet des objets\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nconsidérant\na)\tque un;\nc)\tque deux,\ndécide\nd'agir.\n", "第85号决议（2022年，基加利，修订版）\n物联网\n世界电信发展大会（2022年，基加利），\n考虑到\na)\t第一；\nc)\t第二，\n做出决议\n开展工作。\n\nRESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\na)\tthat one;\nb)\tthat two,\nresolves\nto act.\n"],
};

pub static CITATION_DIFFERS: Rule = Rule {
    code: "RLS0805",
    name: "parallel-citation-differs",
    default_severity: Severity::Warning,
    summary: "A clause cites another text, or another revision, than the same clause in the other language version.",
    explanation: "The same clause cites a text at another revision in the other language version (`Resolution 77 (Rev. Kigali, 2022)` against `Résolution 77 (Rév. Buenos Aires, 2017)`), or cites a text the other does not. Citations are compared by what they name (body, kind, number, place and year of the revision), never by their words. Reported on both versions.",
    examples: &["RESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 77 (Rev. Kigali, 2022) of this conference,\nresolves\nto act.\n\nRÉSOLUTION 85 (RÉV. KIGALI, 2022)\nInternet des objets\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nrappelant\nla Résolution 77 (Rév. Buenos Aires, 2017) de la présente Conférence,\ndécide\nd'agir.\n", "第85号决议（2022年，基加利，修订版）\n物联网\n世界电信发展大会（2022年，基加利），\n忆及\n本届大会第77号决议（2017年，布宜诺斯艾利斯，修订版），\n做出决议\n开展工作。\n\nRESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nrecalling\nResolution 77 (Rev. Kigali, 2022) of this conference,\nresolves\nto act.\n"],
};

pub static NUMBER_DIFFERS: Rule = Rule {
    code: "RLS0806",
    name: "parallel-number-differs",
    default_severity: Severity::Warning,
    summary: "A clause has a number (year, count, percentage) the same clause in the other language version does not.",
    explanation: "The same clause carries another number in the other language version (`25 per cent` against `30 %`, `2016` against `2017`). Numbers are read whatever their script or grouping (`1,000`, `1 000`, `١٠٠٠`, `第23号`); numbers inside citations are compared as citations, labels as labels; the day and month of a date are left out, since one language writes them in words and another in digits. Numbers written in words are not read. Reported on both versions.",
    examples: &["RESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\nthat 25 per cent of people are offline,\nresolves\nto act.\n\nRÉSOLUTION 85 (RÉV. KIGALI, 2022)\nInternet des objets\nLa Conférence mondiale de développement des télécommunications (Kigali, 2022),\nconsidérant\nque 30 pour cent des personnes ne sont pas connectées,\ndécide\nd'agir.\n", "第85号决议（2022年，基加利，修订版）\n物联网\n世界电信发展大会（2022年，基加利），\n考虑到\n30%的人没有连接，\n做出决议\n开展工作。\n\nRESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nconsidering\nthat 25 per cent of people are offline,\nresolves\nto act.\n"],
};

pub static PREFACE_DIFFERS: Rule = Rule {
    code: "RLS0807",
    name: "parallel-preface-differs",
    default_severity: Severity::Warning,
    summary: "The identity or conference line names another text, revision or meeting than in the other language version.",
    explanation: "Two files paired by their names or by the user carry identity lines that name another text or another revision (`RESOLUTION 140 (REV. BUCHAREST, 2022)` against `РЕЗОЛЮЦИЯ 140 (ПЕРЕСМ. ДУБАЙ, 2018 г.)`), or conference lines that name another body, place or year. Places are compared whatever their language (`Bucharest` = `Bucarest` = `布加勒斯特`). Reported on both versions.",
    examples: &["RESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nresolves\nto act.\n\nRÉSOLUTION 85 (RÉV. KIGALI, 2022)\nInternet des objets\nLa Conférence mondiale de développement des télécommunications (Buenos Aires, 2017),\ndécide\nd'agir.\n", "第85号决议（2022年，基加利，修订版）\n物联网\n世界电信发展大会（2017年，布宜诺斯艾利斯），\n做出决议\n开展工作。\n\nRESOLUTION 85 (REV. KIGALI, 2022)\nInternet of Things\nThe World Telecommunication Development Conference (Kigali, 2022),\nresolves\nto act.\n"],
};

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS08",
    title: "Parallel language versions",
    intro: "Two documents that are the same text in two languages are compared: the same sections in the same order, the same clauses and labels in each, the same citations (by identity and revision), the same numbers.
Versions are paired by their identity line (same body, kind, number and revision, in different languages; also two documents of one file), by the ITU document-name convention (`PP22-DOC-0044-E.txt` and `PP22-DOC-0044-F.txt`: `-E`, `-F`, `-S`, `-C`, `-R`, `-A` before the extension), or explicitly (`check --parallel A B`, `parallel` in `resolution-ls.toml`).
Each difference is reported in both files, each pointing at the other as related information. See [parallel.md](parallel.md).",
    rules: &[
        &SECTION_MISSING,
        &SECTION_ORDER,
        &CLAUSE_MISSING,
        &LABEL_DIFFERS,
        &CITATION_DIFFERS,
        &NUMBER_DIFFERS,
        &PREFACE_DIFFERS,
    ],
};

/// The user-visible messages of this family (`parallel-*` in
/// `src/i18n/*.ftl`), one function per message.
mod msg {
    use crate::domain::Language;
    use crate::i18n::{Arg, Message};
    use crate::msg;

    /// `the Chinese version`, inside a sentence.
    fn version(l: Language) -> Message {
        msg!("parallel-version", language = l.code())
    }

    pub fn section_missing_here(section: &str, other: Language) -> Message {
        msg!(
            "parallel-section-missing-here",
            section = section,
            other = version(other)
        )
    }

    pub fn section_missing_there(section: &str, other: Language) -> Message {
        msg!(
            "parallel-section-missing-there",
            section = section,
            other = version(other)
        )
    }

    pub fn section_order(section: &str, here: usize, there: usize, other: Language) -> Message {
        msg!(
            "parallel-section-order",
            section = section,
            here = here,
            there = there,
            other = version(other)
        )
    }

    pub fn clause_missing_here(clause: &Arg, section: &str, other: Language) -> Message {
        msg!(
            "parallel-clause-missing-here",
            clause = clause.clone(),
            section = section,
            other = version(other)
        )
    }

    pub fn clause_missing_there(clause: &Arg, section: &str, other: Language) -> Message {
        msg!(
            "parallel-clause-missing-there",
            clause = clause.clone(),
            section = section,
            other = version(other)
        )
    }

    pub fn label_differs(here: &Arg, there: &Arg, other: Language) -> Message {
        msg!(
            "parallel-label-differs",
            here = here.clone(),
            there = there.clone(),
            other = version(other)
        )
    }

    pub fn citation_revision(text: &Message, here: &str, there: &str, other: Language) -> Message {
        msg!(
            "parallel-citation-revision",
            text = text.clone(),
            here = here,
            there = there,
            other = version(other)
        )
    }

    pub fn citation_only_here(cited: &str, other: Language) -> Message {
        msg!(
            "parallel-citation-only-here",
            cited = cited,
            other = version(other)
        )
    }

    pub fn citation_only_there(cited: &str, other: Language) -> Message {
        msg!(
            "parallel-citation-only-there",
            cited = cited,
            other = version(other)
        )
    }

    pub fn number_differs(here: &str, there: &str, other: Language) -> Message {
        msg!(
            "parallel-number-differs",
            here = here,
            there = there,
            other = version(other)
        )
    }

    pub fn number_only_here(here: &str, other: Language) -> Message {
        msg!(
            "parallel-number-only-here",
            here = here,
            other = version(other)
        )
    }

    pub fn number_only_there(there: &str, other: Language) -> Message {
        msg!(
            "parallel-number-only-there",
            there = there,
            other = version(other)
        )
    }

    pub fn identity_differs(here: &str, there: &str, other: Language) -> Message {
        msg!(
            "parallel-identity-differs",
            here = here,
            there = there,
            other = version(other)
        )
    }

    pub fn conference_differs(here: &str, there: &str, other: Language) -> Message {
        msg!(
            "parallel-conference-differs",
            here = here,
            there = there,
            other = version(other)
        )
    }

    /// The related place's label: `the Chinese version`.
    pub fn related_here(other: Language) -> Message {
        msg!("parallel-related", language = other.code())
    }

    /// A clause's label as written, or a word for none.
    pub fn label(text: Option<&str>) -> Arg {
        match text {
            Some(t) => Arg::from(t),
            None => Arg::from(msg!("parallel-unlabelled")),
        }
    }
}

/// One language version of a document, as the comparison reads it.
#[derive(Clone, Copy)]
pub struct Version<'a> {
    pub text: &'a str,
    pub model: &'a Model,
    /// The index of the document in `model.documents`.
    pub document: usize,
    /// How the *other* version's findings name this file in their related
    /// information: `None` when both versions are in the same file.
    pub file: Option<&'a Arc<str>>,
    pub catalogue: &'a Catalogue,
}

impl<'a> Version<'a> {
    fn doc(&self) -> Option<&'a Document> {
        self.model.documents.get(self.document)
    }

    fn language(&self) -> Language {
        self.doc().map_or(self.model.language, |d| d.language)
    }
}

/// The findings of one comparison: those of the first version and those of
/// the second.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub first: Vec<Diagnostic>,
    pub second: Vec<Diagnostic>,
}

/// A heading's meaning across languages: the English keyword its table
/// entry stands for. `considérant`, `considerando`, `учитывая`, `考虑到`
/// and `إذ يضع في اعتباره` are all `considering`. Near-synonyms a
/// translator may choose between share one meaning.
pub fn concept(heading: &str) -> Option<&'static str> {
    let (k, _) = match_keyword(heading.trim())?;
    Some(match k.text {
        "recalling" | "rappelant" | "recordando" | "напоминая" | "忆及" | "回顾" | "إذ يذكر"
        | "وإذ يذكر" | "إذ يشير" => "recalling",
        "recalling further" | "recalling also" | "rappelant en outre" => "recalling further",
        "considering"
        | "considérant"
        | "considerando"
        | "учитывая"
        | "考虑到"
        | "إذ يضع في اعتباره"
        | "وإذ يضع في اعتباره" => "considering",
        "considering further"
        | "considering also"
        | "further considering"
        | "considérant en outre"
        | "considérant également"
        | "considerando además"
        | "учитывая далее"
        | "учитывая также"
        | "进一步考虑到" => "considering further",
        "recognizing" | "reconnaissant" | "reconociendo" | "признавая" | "认识到" | "承认"
        | "acknowledging" | "إذ يعترف" | "وإذ يعترف" => "recognizing",
        "recognizing further"
        | "recognizing also"
        | "further recognizing"
        | "reconnaissant en outre"
        | "reconociendo además"
        | "признавая далее"
        | "进一步认识到" => "recognizing further",
        "noting"
        | "notant"
        | "observando"
        | "отмечая"
        | "注意到"
        | "prenant note"
        | "tomando nota"
        | "принимая к сведению"
        | "observing"
        | "constatant"
        | "إذ يلاحظ"
        | "وإذ يلاحظ" => "noting",
        "noting further"
        | "noting also"
        | "further noting"
        | "notant en outre"
        | "observando además"
        | "отмечая далее"
        | "进一步注意到"
        | "إذ يلاحظ كذلك" => "noting further",
        "noting with satisfaction"
        | "notant avec satisfaction"
        | "observando con satisfacción"
        | "отмечая с удовлетворением"
        | "满意地注意到" => "noting with satisfaction",
        "aware" | "conscient" | "consciente" | "сознавая" | "意识到" | "了解到" | "إذ يدرك"
        | "وإذ يدرك" => "aware",
        "bearing in mind"
        | "mindful"
        | "ayant à l'esprit"
        | "teniendo presente"
        | "имея в виду"
        | "памятуя"
        | "铭记" => "bearing in mind",
        "taking into account"
        | "taking into consideration"
        | "having regard to"
        | "tenant compte"
        | "teniendo en cuenta"
        | "принимая во внимание"
        | "إذ يأخذ في الاعتبار" => "taking into account",
        "emphasizing"
        | "stressing"
        | "soulignant"
        | "destacando"
        | "subrayando"
        | "подчеркивая"
        | "强调"
        | "إذ يؤكد" => "emphasizing",
        "convinced"
        | "convaincu"
        | "convaincue"
        | "convencida"
        | "convencido"
        | "будучи убеждена"
        | "深信" => "convinced",
        "concerned"
        | "noting with concern"
        | "préoccupé"
        | "préoccupée"
        | "preocupada"
        | "выражая обеспокоенность"
        | "关切" => "concerned",
        "reaffirming" | "réaffirmant" | "reafirmando" | "вновь подтверждая" | "重申" => {
            "reaffirming"
        }
        "welcoming"
        | "se félicitant"
        | "acogiendo con satisfacción"
        | "приветствуя"
        | "欢迎"
        | "一致欢迎"
        | "إذ يرحب" => "welcoming",
        "having examined"
        | "having considered"
        | "ayant examiné"
        | "habiendo examinado"
        | "рассмотрев"
        | "经审议" => "having examined",
        "resolves" | "décide" | "resuelve" | "решает" | "做出决议" | "يقرر" => {
            "resolves"
        }
        "further resolves"
        | "décide en outre"
        | "resuelve además"
        | "решает далее"
        | "进一步做出决议"
        | "يقرر كذلك" => "further resolves",
        "decides" | "decide" | "постановляет" | "做出决定" | "决定" => "decides",
        "further decides" => "further decides",
        "instructs" | "charge" | "encarga" | "поручает" | "责成" | "يكلف" => {
            "instructs"
        }
        "further instructs"
        | "charge en outre"
        | "encarga además"
        | "поручает далее"
        | "进一步责成" => "further instructs",
        "invites" | "invite" | "invita" | "предлагает" | "请" | "يدعو" => "invites",
        "further invites"
        | "invite en outre"
        | "invita además"
        | "предлагает далее"
        | "进一步请" => "further invites",
        "encourages" | "encourage" | "alienta" | "призывает" | "鼓励" | "يشجع" => {
            "encourages"
        }
        "calls upon" | "calls on" | "exhorte" | "exhorta" | "呼吁" => "calls upon",
        "requests" | "prie" | "demande" | "pide" | "solicita" | "просит" | "要求" | "يطلب" => {
            "requests"
        }
        "urges" | "insta" | "настоятельно призывает" | "敦促" | "يحث" => {
            "urges"
        }
        "recommends" | "recommande" | "recomienda" | "рекомендует" | "建议" | "يوصي" => {
            "recommends"
        }
        "approves" => "approves",
        _ => return None,
    })
}

/// What identifies a document across languages: its identity line's key
/// and the revision it names (place in English, year, revised or not).
pub type IdentitySignature = (Key, Option<(Option<String>, Option<u16>, bool)>);

/// The identity signature of document `di`, if its identity line names a
/// text whose body can be told.
pub fn identity_signature(
    model: &Model,
    di: usize,
    catalogue: &Catalogue,
) -> Option<IdentitySignature> {
    let doc = model.documents.get(di)?;
    let line = doc.identity.as_ref()?;
    let identity = model
        .identities
        .iter()
        .find(|i| line.range.contains_range(i.range) || i.range.intersects(line.range))?;
    let mut identity = identity.clone();
    if identity.body.is_none() {
        identity.body = doc.body;
    }
    let key = identity_key(&identity, catalogue)?;
    let revision = identity
        .group
        .as_ref()
        .and_then(|g| g.cited())
        .map(|r| (r.place.as_deref().map(place_key), r.year, r.revised));
    Some((key, revision))
}

/// `PP Resolution 140 (Rev. Bucharest, 2022)` for messages.
fn identity_name(sig: &IdentitySignature) -> String {
    let (key, revision) = sig;
    match revision {
        Some((place, year, revised)) => {
            let mut r = String::new();
            if *revised {
                r.push_str("Rev. ");
            }
            if let Some(p) = place {
                r.push_str(&english_place(p).unwrap_or_else(|| p.clone()));
            }
            if let Some(y) = year {
                if !r.is_empty() && !r.ends_with(' ') {
                    r.push_str(", ");
                }
                r.push_str(&y.to_string());
            }
            format!("{key} ({r})")
        }
        None => key.to_string(),
    }
}

fn place_key(p: &str) -> String {
    english_place(p).unwrap_or_else(|| crate::model::headings::fold(p))
}

/// The body documents of two files that are versions of each other: those
/// with the same identity signature; when `by_order` (the files were paired
/// by name or by the user) and identity pairs none, the body documents in
/// order.
pub fn document_pairs(
    a: &Model,
    b: &Model,
    catalogue: &Catalogue,
    by_order: bool,
) -> Vec<(usize, usize)> {
    let bodies = |m: &Model| -> Vec<usize> {
        (0..m.documents.len())
            .filter(|&i| m.documents[i].kind.is_body())
            .collect()
    };
    let (da, db) = (bodies(a), bodies(b));
    let mut pairs = Vec::new();
    for &i in &da {
        let Some(sig) = identity_signature(a, i, catalogue) else {
            continue;
        };
        if let Some(&j) = db
            .iter()
            .find(|&&j| identity_signature(b, j, catalogue).as_ref() == Some(&sig))
        {
            pairs.push((i, j));
        }
    }
    if pairs.is_empty() && by_order {
        pairs = da.into_iter().zip(db).collect();
    }
    pairs
}

/// Documents of one file that are versions of each other: body documents
/// with the same identity signature in different languages.
pub fn pairs_within(model: &Model, catalogue: &Catalogue) -> Vec<(usize, usize)> {
    let sigs: Vec<Option<IdentitySignature>> = (0..model.documents.len())
        .map(|i| {
            model.documents[i]
                .kind
                .is_body()
                .then(|| identity_signature(model, i, catalogue))
                .flatten()
        })
        .collect();
    let mut pairs = Vec::new();
    for i in 0..sigs.len() {
        for j in i + 1..sigs.len() {
            if sigs[i].is_some()
                && sigs[i] == sigs[j]
                && model.documents[i].language != model.documents[j].language
            {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

/// Compares the pairs of documents inside one file (a bilingual file):
/// every finding lands in the same file.
pub(crate) fn check_within(model: &Model, text: &str, catalogue: &Catalogue) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, j) in pairs_within(model, catalogue) {
        let v = |document| Version {
            text,
            model,
            document,
            file: None,
            catalogue,
        };
        let c = compare(&v(i), &v(j));
        out.extend(c.first);
        out.extend(c.second);
    }
    out
}

/// One section as the comparison sees it.
struct Sec<'a> {
    section: &'a Section,
    part: Part,
    concept: Option<&'static str>,
}

fn sections<'a>(v: &Version<'a>) -> Vec<Sec<'a>> {
    v.doc()
        .map(|d| {
            d.sections
                .iter()
                .filter(|s| !s.heading.text.trim().is_empty() || !s.items.is_empty())
                .map(|s| Sec {
                    section: s,
                    part: s.part,
                    concept: concept(&s.heading.text),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// How well two sections match: 3 the same meaning, 2 one heading
/// unknown, 1 the same part only, 0 not at all.
fn section_score(a: &Sec, b: &Sec) -> u32 {
    if a.part != b.part {
        return 0;
    }
    match (a.concept, b.concept) {
        (Some(x), Some(y)) if x == y => 3,
        (Some(_), Some(_)) => 1,
        _ => 2,
    }
}

/// The best order-keeping matching of two sequences under `score` (0: no
/// match), as index pairs.
fn align<T>(a: &[T], b: &[T], score: impl Fn(&T, &T) -> u32) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    // best[i][j]: the best total for a[i..] and b[j..].
    let mut best = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let s = score(&a[i], &b[j]);
            let diag = if s > 0 { s + best[i + 1][j + 1] } else { 0 };
            best[i][j] = diag.max(best[i + 1][j]).max(best[i][j + 1]);
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        let s = score(&a[i], &b[j]);
        if s > 0 && best[i][j] == s + best[i + 1][j + 1] {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if best[i][j] == best[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// Compares two language versions of one document; clean pairs give
/// nothing.
pub fn compare(a: &Version, b: &Version) -> Comparison {
    let mut cx = Cx {
        a,
        b,
        out: Comparison::default(),
    };
    cx.preface();
    let (sa, sb) = (sections(a), sections(b));
    let (mut matched, moved) = section_pairs(&sa, &sb);
    for &(i, j) in &moved {
        let name_a = sa[i].section.heading.short_name();
        let name_b = sb[j].section.heading.short_name();
        cx.pair(
            &SECTION_ORDER,
            sa[i].section.heading.range,
            msg::section_order(&name_a, i + 1, j + 1, b.language()),
            sb[j].section.heading.range,
            msg::section_order(&name_b, j + 1, i + 1, a.language()),
        );
    }
    let used_a = |i: usize| matched.iter().chain(&moved).any(|p| p.0 == i);
    let used_b = |j: usize| matched.iter().chain(&moved).any(|p| p.1 == j);
    for i in (0..sa.len()).filter(|&i| !used_a(i)) {
        let at = place_in_other(&matched, i, &sb, b, true);
        let name = sa[i].section.heading.short_name();
        cx.pair(
            &SECTION_MISSING,
            heading_or_start(sa[i].section),
            msg::section_missing_here(&name, b.language()),
            at,
            msg::section_missing_there(&name, a.language()),
        );
    }
    for j in (0..sb.len()).filter(|&j| !used_b(j)) {
        let at = place_in_other(&matched, j, &sa, a, false);
        let name = sb[j].section.heading.short_name();
        cx.pair(
            &SECTION_MISSING,
            at,
            msg::section_missing_there(&name, b.language()),
            heading_or_start(sb[j].section),
            msg::section_missing_here(&name, a.language()),
        );
    }
    matched.extend(moved);
    matched.sort();
    for (i, j) in matched {
        cx.sections(sa[i].section, sb[j].section);
    }
    cx.out
}

/// The sections of two versions that match: in order, and (second) the
/// ones with the same meaning found in another order.
#[allow(clippy::type_complexity)]
fn section_pairs(sa: &[Sec], sb: &[Sec]) -> (Vec<(usize, usize)>, Vec<(usize, usize)>) {
    let matched = align(sa, sb, section_score);
    let used_a: Vec<bool> = (0..sa.len())
        .map(|i| matched.iter().any(|p| p.0 == i))
        .collect();
    let mut used_b: Vec<bool> = (0..sb.len())
        .map(|j| matched.iter().any(|p| p.1 == j))
        .collect();
    // Unmatched sections with the same meaning on both sides are in
    // another order; the others are missing.
    let mut moved = Vec::new();
    for i in (0..sa.len()).filter(|&i| !used_a[i]) {
        let Some(c) = sa[i].concept else { continue };
        if let Some(j) = (0..sb.len()).find(|&j| !used_b[j] && sb[j].concept == Some(c)) {
            used_b[j] = true;
            moved.push((i, j));
        }
    }
    (matched, moved)
}

/// The clauses of two matching sections that are versions of each other:
/// in order when the sections have as many, else paired by what they say
/// in every language (citations, numbers).
fn clause_pairs(a: &Version, sa: &Section, b: &Version, sb: &Section) -> Vec<(usize, usize)> {
    if sa.items.len() == sb.items.len() {
        return (0..sa.items.len()).map(|i| (i, i)).collect();
    }
    let fa: Vec<Fingerprint> = sa.items.iter().map(|c| fingerprint(a, c)).collect();
    let fb: Vec<Fingerprint> = sb.items.iter().map(|c| fingerprint(b, c)).collect();
    align(&fa, &fb, |x, y| if x == y { 3 } else { 1 })
}

/// The place in version `b` that says what `offset` in version `a` says:
/// the same clause (or sub-item), or the same section's heading when
/// `offset` is on a heading. `None` when `offset` is outside the document's
/// sections or the other version has no counterpart.
pub fn counterpart(a: &Version, b: &Version, offset: usize) -> Option<TextRange> {
    let (sa, sb) = (sections(a), sections(b));
    let i = sa
        .iter()
        .position(|s| s.section.range.contains_inclusive(offset))?;
    let (matched, moved) = section_pairs(&sa, &sb);
    let &(_, j) = matched.iter().chain(&moved).find(|p| p.0 == i)?;
    let (x, y) = (sa[i].section, sb[j].section);
    if x.heading.range.contains_inclusive(offset) || offset < x.heading.range.end {
        return Some(heading_or_start(y));
    }
    let ci = x
        .items
        .iter()
        .position(|c| c.range.contains_inclusive(offset))?;
    let &(_, cj) = clause_pairs(a, x, b, y).iter().find(|p| p.0 == ci)?;
    let (ca, cb) = (&x.items[ci], &y.items[cj]);
    // A sub-item maps to the sub-item at the same place when both clauses
    // have as many.
    if ca.sub_items.len() == cb.sub_items.len() {
        if let Some(k) = ca
            .sub_items
            .iter()
            .position(|s| s.range.contains_inclusive(offset))
        {
            return Some(clause_span(&cb.sub_items[k]));
        }
    }
    Some(clause_span(cb))
}

/// A clause from its label to the end of its text.
pub fn clause_span(c: &Clause) -> TextRange {
    TextRange::new(c.range.start, c.end().max(c.range.start))
}

fn heading_or_start(s: &Section) -> TextRange {
    if s.heading.range.is_empty() {
        TextRange::empty(s.range.start)
    } else {
        s.heading.range
    }
}

/// Where a section missing on the other side would be there: the heading
/// of the next matched section, else the end of the last one, else the
/// document's start.
fn place_in_other(
    matched: &[(usize, usize)],
    index: usize,
    other: &[Sec],
    version: &Version,
    from_first: bool,
) -> TextRange {
    let (mine, theirs): (Vec<usize>, Vec<usize>) = matched
        .iter()
        .map(|&(i, j)| if from_first { (i, j) } else { (j, i) })
        .unzip();
    if let Some(k) = mine.iter().position(|&m| m > index) {
        return heading_or_start(other[theirs[k]].section);
    }
    if let Some(last) = theirs.last() {
        return TextRange::empty(other[*last].section.range.end);
    }
    TextRange::empty(version.doc().map_or(0, |d| d.range.start))
}

struct Cx<'a, 'b> {
    a: &'b Version<'a>,
    b: &'b Version<'a>,
    out: Comparison,
}

impl Cx<'_, '_> {
    /// One difference, reported on both versions, each pointing at the other.
    fn pair(
        &mut self,
        rule: &'static Rule,
        range_a: TextRange,
        message_a: crate::i18n::Message,
        range_b: TextRange,
        message_b: crate::i18n::Message,
    ) {
        let mut da = Diagnostic::new(rule, range_a, message_a);
        da.related.push(Related {
            file: self.b.file.cloned(),
            range: range_b,
            message: msg::related_here(self.b.language()),
        });
        let mut db = Diagnostic::new(rule, range_b, message_b);
        db.related.push(Related {
            file: self.a.file.cloned(),
            range: range_a,
            message: msg::related_here(self.a.language()),
        });
        self.out.first.push(da);
        self.out.second.push(db);
    }

    /// The identity lines name the same text and revision, the conference
    /// lines the same body and meeting.
    fn preface(&mut self) {
        let (a, b) = (self.a, self.b);
        let (Some(da), Some(db)) = (a.doc(), b.doc()) else {
            return;
        };
        if let (Some(la), Some(lb)) = (&da.identity, &db.identity) {
            let sa = identity_signature(a.model, a.document, a.catalogue);
            let sb = identity_signature(b.model, b.document, b.catalogue);
            if let (Some(x), Some(y)) = (&sa, &sb) {
                if x != y {
                    let (na, nb) = (identity_name(x), identity_name(y));
                    self.pair(
                        &PREFACE_DIFFERS,
                        la.range,
                        msg::identity_differs(&na, &nb, b.language()),
                        lb.range,
                        msg::identity_differs(&nb, &na, a.language()),
                    );
                }
            }
        }
        if let (Some(ca), Some(cb)) = (&da.conference, &db.conference) {
            let meeting = |c: &crate::model::ConferenceLine| {
                c.session()
                    .map(|s| (c.body, english_place(&s.place), s.place.clone(), s.year))
            };
            if let (Some(x), Some(y)) = (meeting(ca), meeting(cb)) {
                // What is not read on both sides (a body, a place no table
                // knows) is not held against either.
                let body_differs = matches!((x.0, y.0), (Some(p), Some(q)) if p != q);
                let place_differs = matches!((&x.1, &y.1), (Some(p), Some(q)) if p != q);
                if body_differs || place_differs || x.3 != y.3 {
                    let shown = |m: &(Option<crate::domain::Body>, Option<String>, String, u16)| {
                        let place = m.1.clone().unwrap_or_else(|| m.2.clone());
                        match m.0 {
                            Some(body) => format!("{body} ({place}, {})", m.3),
                            None => format!("({place}, {})", m.3),
                        }
                    };
                    let (na, nb) = (shown(&x), shown(&y));
                    self.pair(
                        &PREFACE_DIFFERS,
                        ca.range,
                        msg::conference_differs(&na, &nb, b.language()),
                        cb.range,
                        msg::conference_differs(&nb, &na, a.language()),
                    );
                }
            }
        }
    }

    fn sections(&mut self, sa: &Section, sb: &Section) {
        let (a, b) = (self.a, self.b);
        let fa: Vec<Fingerprint> = sa.items.iter().map(|c| fingerprint(a, c)).collect();
        let fb: Vec<Fingerprint> = sb.items.iter().map(|c| fingerprint(b, c)).collect();
        let same_count = sa.items.len() == sb.items.len();
        let pairs = clause_pairs(a, sa, b, sb);
        if !same_count {
            let name_a = sa.heading.short_name();
            let name_b = sb.heading.short_name();
            for i in (0..sa.items.len()).filter(|i| !pairs.iter().any(|p| p.0 == *i)) {
                let c = &sa.items[i];
                let label = label_text(c);
                let at = clause_place(&pairs, i, sb, true);
                self.pair(
                    &CLAUSE_MISSING,
                    clause_head(c),
                    msg::clause_missing_here(&label, &name_a, b.language()),
                    at,
                    msg::clause_missing_there(&label, &name_b, a.language()),
                );
            }
            for j in (0..sb.items.len()).filter(|j| !pairs.iter().any(|p| p.1 == *j)) {
                let c = &sb.items[j];
                let label = label_text(c);
                let at = clause_place(&pairs, j, sa, false);
                self.pair(
                    &CLAUSE_MISSING,
                    at,
                    msg::clause_missing_there(&label, &name_a, b.language()),
                    clause_head(c),
                    msg::clause_missing_here(&label, &name_b, a.language()),
                );
            }
        }
        for (i, j) in pairs {
            let (ca, cb) = (&sa.items[i], &sb.items[j]);
            if same_count {
                self.labels(ca, cb);
            }
            self.citations(ca, cb, &fa[i], &fb[j]);
            self.numbers(ca, cb, &fa[i], &fb[j]);
        }
    }

    fn labels(&mut self, ca: &Clause, cb: &Clause) {
        if label_value(ca) != label_value(cb) {
            let (ta, tb) = (label_text(ca), label_text(cb));
            let (b_lang, a_lang) = (self.b.language(), self.a.language());
            self.pair(
                &LABEL_DIFFERS,
                clause_head(ca),
                msg::label_differs(&ta, &tb, b_lang),
                clause_head(cb),
                msg::label_differs(&tb, &ta, a_lang),
            );
            return;
        }
        if ca.sub_items.len() == cb.sub_items.len() {
            for (x, y) in ca.sub_items.iter().zip(&cb.sub_items) {
                self.labels(x, y);
            }
        }
    }

    fn citations(&mut self, ca: &Clause, cb: &Clause, fa: &Fingerprint, fb: &Fingerprint) {
        let (a_lang, b_lang) = (self.a.language(), self.b.language());
        let mut only_a: Vec<&Cited> = fa.citations.iter().collect();
        let mut only_b: Vec<&Cited> = Vec::new();
        for c in &fb.citations {
            if let Some(k) = only_a.iter().position(|x| x.sig == c.sig) {
                only_a.remove(k);
            } else {
                only_b.push(c);
            }
        }
        for x in only_a {
            if let Some(k) = only_b.iter().position(|y| y.sig.0 == x.sig.0) {
                let y = only_b.remove(k);
                self.pair(
                    &CITATION_DIFFERS,
                    x.range,
                    msg::citation_revision(&x.name, &x.revision, &y.revision, b_lang),
                    y.range,
                    msg::citation_revision(&y.name, &y.revision, &x.revision, a_lang),
                );
            } else {
                self.pair(
                    &CITATION_DIFFERS,
                    x.range,
                    msg::citation_only_here(&x.written, b_lang),
                    clause_head(cb),
                    msg::citation_only_there(&x.written, a_lang),
                );
            }
        }
        for y in only_b {
            self.pair(
                &CITATION_DIFFERS,
                clause_head(ca),
                msg::citation_only_there(&y.written, b_lang),
                y.range,
                msg::citation_only_here(&y.written, a_lang),
            );
        }
    }

    fn numbers(&mut self, ca: &Clause, cb: &Clause, fa: &Fingerprint, fb: &Fingerprint) {
        let (a_lang, b_lang) = (self.a.language(), self.b.language());
        let mut only_a: Vec<&Num> = fa.numbers.iter().collect();
        let mut only_b: Vec<&Num> = Vec::new();
        for n in &fb.numbers {
            if let Some(k) = only_a.iter().position(|x| x.value == n.value) {
                only_a.remove(k);
            } else {
                only_b.push(n);
            }
        }
        let common = only_a.len().min(only_b.len());
        for (x, y) in only_a.iter().zip(&only_b) {
            self.pair(
                &NUMBER_DIFFERS,
                x.range,
                msg::number_differs(&x.value, &y.value, b_lang),
                y.range,
                msg::number_differs(&y.value, &x.value, a_lang),
            );
        }
        for x in &only_a[common..] {
            self.pair(
                &NUMBER_DIFFERS,
                x.range,
                msg::number_only_here(&x.value, b_lang),
                clause_head(cb),
                msg::number_only_there(&x.value, a_lang),
            );
        }
        for y in &only_b[common..] {
            self.pair(
                &NUMBER_DIFFERS,
                clause_head(ca),
                msg::number_only_there(&y.value, b_lang),
                y.range,
                msg::number_only_here(&y.value, a_lang),
            );
        }
    }
}

/// The clause's label, or its first line when it has none: where a finding
/// about the whole clause is shown (not its whole text).
fn clause_head(c: &Clause) -> TextRange {
    match &c.label {
        Some(l) if !l.range.is_empty() => l.range,
        // An unlabelled clause: its first line.
        _ => c.lines.first().copied().unwrap_or(c.range),
    }
}

/// Where a clause missing on the other side would be there: the next
/// paired clause's label, else the end of the section's last clause.
fn clause_place(
    pairs: &[(usize, usize)],
    index: usize,
    other: &Section,
    from_first: bool,
) -> TextRange {
    let next = pairs
        .iter()
        .map(|&(i, j)| if from_first { (i, j) } else { (j, i) })
        .find(|&(mine, _)| mine > index);
    if let Some((_, theirs)) = next {
        return clause_head(&other.items[theirs]);
    }
    match other.items.last() {
        Some(c) => TextRange::empty(c.end()),
        None => heading_or_start(other),
    }
}

fn label_text(c: &Clause) -> crate::i18n::Arg {
    msg::label(c.label.as_ref().map(|l| l.text.as_str()))
}

/// A label's value across scripts: its kind and place in its sequence.
fn label_value(c: &Clause) -> Option<(LabelKind, String)> {
    let l = c.label.as_ref()?;
    let value = match l.kind {
        LabelKind::Letter => letter_place(&l.value).map_or_else(
            || crate::model::headings::fold(&l.value),
            |(_, n)| n.to_string(),
        ),
        LabelKind::Roman => {
            roman_value(&l.value).map_or_else(|| l.value.to_ascii_lowercase(), |n| n.to_string())
        }
        LabelKind::Number => parse_number(&l.value).unwrap_or_else(|| l.value.clone()),
        LabelKind::Dash => String::new(),
    };
    Some((l.kind, value))
}

/// What a clause says that does not depend on its language.
#[derive(Debug, PartialEq, Eq)]
struct Fingerprint {
    citations: Vec<Cited>,
    numbers: Vec<Num>,
}

#[derive(Debug)]
struct Cited {
    /// (what, revision), both language-independent.
    sig: (String, String),
    /// `WTDC Resolution 77`, in the message's language.
    name: Message,
    /// The revision as this version writes it: `(Rev. Kigali, 2022)`,
    /// `（2022年，基加利，修订版）`.
    revision: String,
    /// The whole citation as this version writes it.
    written: String,
    range: TextRange,
}

impl PartialEq for Cited {
    fn eq(&self, other: &Cited) -> bool {
        self.sig == other.sig
    }
}
impl Eq for Cited {}

#[derive(Debug)]
struct Num {
    /// Normalised: ASCII digits, `.` for a decimal point, `%` kept.
    value: String,
    range: TextRange,
}

impl PartialEq for Num {
    fn eq(&self, other: &Num) -> bool {
        self.value == other.value
    }
}
impl Eq for Num {}

fn fingerprint(v: &Version, clause: &Clause) -> Fingerprint {
    let range = TextRange::new(clause.range.start, clause.end().max(clause.range.start));
    let doc = v.doc();
    let conference = doc.and_then(|d| d.conference.as_ref());
    let cites: Vec<&Citation> = v
        .model
        .citations
        .iter()
        .filter(|c| range.contains_range(c.range))
        .collect();
    let mut citations = Vec::new();
    for c in &cites {
        let body = resolve_body(c, conference, v.catalogue).body;
        for (i, n) in c.numbers.iter().enumerate() {
            let (what, name) = match body.and_then(|b| c.key(i, b)) {
                Some(key) => (format!("{key:?}"), key_message(&key)),
                None => (
                    format!("{:?} {}", c.kind, n.text),
                    msg!("quoted", text = format!("{} {}", kind_word(c), n.text)),
                ),
            };
            let group = c.group_of(i);
            let (sig_rev, revision) = match group.and_then(|g| g.cited()) {
                Some(r) => {
                    let place = r.place.as_deref().map(place_key);
                    let sig = format!("{place:?}/{:?}/{}", r.year, r.revised);
                    let shown = group
                        .and_then(|g| v.text.get(g.range.as_range()))
                        .unwrap_or("")
                        .trim()
                        .to_string();
                    (sig, shown)
                }
                None => (String::new(), String::new()),
            };
            let written = v
                .text
                .get(c.range.as_range())
                .map_or_else(String::new, |t| shorten(t.trim(), 120));
            citations.push(Cited {
                sig: (what, sig_rev),
                name,
                revision,
                written,
                range: c.range,
            });
        }
    }
    let mut skip: Vec<TextRange> = cites.iter().map(|c| c.range).collect();
    skip.extend(v.model.footnote_refs.iter().map(|f| f.range));
    skip.extend(v.model.footnotes.iter().map(|f| f.range));
    skip.extend(v.model.footnotes.iter().map(|f| f.body));
    // Labels of sub-items are compared as labels.
    skip.extend(
        clause
            .walk()
            .filter_map(|c| c.label.as_ref())
            .map(|l| l.range),
    );
    let language = v.language();
    let mut numbers = Vec::new();
    for line in clause.walk().flat_map(|c| c.lines.iter()) {
        for (value, r) in numbers_in(v.text, *line, language) {
            if !skip.iter().any(|s| s.intersects(r)) {
                numbers.push(Num { value, range: r });
            }
        }
    }
    numbers.sort_by_key(|n| n.range.start);
    numbers.dedup_by_key(|n| n.range.start);
    Fingerprint { citations, numbers }
}

/// `s` cut after `max` characters.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

fn kind_word(c: &Citation) -> &'static str {
    match c.kind {
        crate::model::citations::CitationKind::Resolution => "Resolution",
        crate::model::citations::CitationKind::Decision => "Decision",
        crate::model::citations::CitationKind::Recommendation => "Recommendation",
        crate::model::citations::CitationKind::Opinion => "Opinion",
        crate::model::citations::CitationKind::Question => "Question",
        crate::model::citations::CitationKind::SectorRecommendation => "Recommendation",
        crate::model::citations::CitationKind::UnResolution => "UN resolution",
    }
}

/// A digit in any of the scripts ITU texts use, as its value.
fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
        _ => None,
    }
}

/// A written number (`1,000`, `1 000`, `١٠٠٠`, `2,5`) as ASCII digits with
/// `.` for a decimal point.
fn parse_number(s: &str) -> Option<String> {
    let found = numbers_in(s, TextRange::new(0, s.len()), Language::English);
    match found.as_slice() {
        [(v, _)] => Some(v.clone()),
        _ => None,
    }
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая",
    "май",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
];

fn is_month_word(word: &str) -> bool {
    let w = crate::model::headings::fold(word);
    !w.is_empty()
        && MONTHS
            .iter()
            .any(|m| w.starts_with(m) && w.len() <= m.len() + 4)
}

/// The numbers written in `range` of `text`: normalised value and range.
/// A number glued to Latin letters (`U4SSC`, `5G`) is a name, not a
/// number; a day or month of a date is left out (languages write dates
/// differently).
fn numbers_in(text: &str, range: TextRange, language: Language) -> Vec<(String, TextRange)> {
    let Some(s) = text.get(range.start..range.end) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if digit(c).is_none() {
            k += 1;
            continue;
        }
        let glued_before = k > 0 && chars[k - 1].1.is_alphabetic() && chars[k - 1].1.is_ascii();
        // Read digits with group separators and one decimal mark.
        let mut digits = String::new();
        let mut decimal: Option<String> = None;
        let mut end_k = k;
        let mut j = k;
        while j < chars.len() {
            let ch = chars[j].1;
            if let Some(d) = digit(ch) {
                match &mut decimal {
                    Some(frac) => frac.push(char::from_digit(d, 10).unwrap_or('0')),
                    None => digits.push(char::from_digit(d, 10).unwrap_or('0')),
                }
                end_k = j;
                j += 1;
                continue;
            }
            let is_sep = matches!(
                ch,
                ',' | '.'
                    | ' '
                    | '\u{a0}'
                    | '\u{202f}'
                    | '\u{2009}'
                    | '\u{066C}'
                    | '\u{066B}'
                    | '،'
            );
            if !is_sep || decimal.is_some() {
                break;
            }
            // How many digits follow the separator?
            let run = chars[j + 1..]
                .iter()
                .take_while(|(_, c)| digit(*c).is_some())
                .count();
            if run == 0 {
                break;
            }
            let after_run = chars.get(j + 1 + run).map(|p| p.1);
            let grouping = run == 3
                && !digits.is_empty()
                && digits.len() <= 3
                && after_run.is_none_or(|c| digit(c).is_none());
            let spacey = matches!(ch, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}');
            if ch == '\u{066C}' || (grouping && (ch == ',' || ch == '.' || spacey)) {
                // A thousands separator: keep reading the group.
                if spacey && digits.len() > 3 {
                    break;
                }
                j += 1;
                continue;
            }
            if spacey || ch == '،' {
                break;
            }
            if (ch == ',' || ch == '.' || ch == '\u{066B}') && run <= 2 {
                decimal = Some(String::new());
                j += 1;
                continue;
            }
            break;
        }
        let end = chars[end_k].0 + chars[end_k].1.len_utf8();
        let next = chars.get(end_k + 1).map(|p| p.1);
        let glued_after = next.is_some_and(|c| c.is_ascii_alphabetic());
        k = end_k + 1;
        if glued_before || glued_after {
            continue;
        }
        let trimmed = digits.trim_start_matches('0');
        let mut value = if trimmed.is_empty() { "0" } else { trimmed }.to_string();
        if let Some(frac) = decimal.filter(|f| !f.trim_end_matches('0').is_empty()) {
            value.push('.');
            value.push_str(frac.trim_end_matches('0'));
        }
        let r = TextRange::new(range.start + start, range.start + end);
        if is_date_part(s, start, end, &value, language) {
            continue;
        }
        if let Some(zeros) = scale_after(&s[end..]) {
            value = shift(&value, zeros);
        }
        out.push((value, r));
    }
    out
}

/// The power of ten a scale word after a number stands for: `2.9 billion`,
/// `2,9 milliards`, `29亿`, `2,9 млрд`, `2.9 مليار`.
fn scale_after(after: &str) -> Option<u32> {
    let t = after.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    if t.starts_with('亿') {
        return Some(8);
    }
    if t.starts_with('万') {
        return Some(4);
    }
    let word: String = t
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == ' ')
        .collect::<String>()
        .to_lowercase();
    const BILLION: &[&str] = &[
        "billion",
        "milliard",
        "mil millones",
        "миллиард",
        "млрд",
        "مليار",
    ];
    const MILLION: &[&str] = &[
        "million",
        "millón",
        "millones",
        "миллион",
        "млн",
        "مليون",
        "ملايين",
    ];
    if BILLION.iter().any(|w| word.starts_with(w)) {
        Some(9)
    } else if MILLION.iter().any(|w| word.starts_with(w)) {
        Some(6)
    } else {
        None
    }
}

/// A normalised number times ten to the `zeros`: `2.9`, 9 → `2900000000`.
fn shift(value: &str, zeros: u32) -> String {
    let (int, frac) = value.split_once('.').unwrap_or((value, ""));
    let zeros = zeros as usize;
    let mut digits = format!("{int}{frac}");
    let point = int.len() + zeros;
    while digits.len() < point {
        digits.push('0');
    }
    let (i, f) = digits.split_at(point);
    let i = i.trim_start_matches('0');
    let i = if i.is_empty() { "0" } else { i };
    let f = f.trim_end_matches('0');
    if f.is_empty() {
        i.to_string()
    } else {
        format!("{i}.{f}")
    }
}

/// A day or month of a date: a number up to 31 next to a month name, or in
/// Chinese a number followed by 月 or 日.
fn is_date_part(s: &str, start: usize, end: usize, value: &str, language: Language) -> bool {
    let n: u32 = value.parse().unwrap_or(0);
    if n == 0 || n > 31 {
        return false;
    }
    let after = s[end..].trim_start();
    if language == Language::Chinese && after.starts_with(['月', '日']) {
        return true;
    }
    let word_after: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let before = s[..start].trim_end();
    let word_before: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    is_month_word(&word_after) || is_month_word(&word_before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(s: &str, l: Language) -> Vec<String> {
        numbers_in(s, TextRange::new(0, s.len()), l)
            .into_iter()
            .map(|(v, _)| v)
            .collect()
    }

    #[test]
    fn numbers_are_read_whatever_their_writing() {
        assert_eq!(
            values("1,000 and 1 000 and 1.000", Language::English),
            ["1000", "1000", "1000"]
        );
        assert_eq!(values("٢٠٢٢ و ٢٥٪", Language::Arabic), ["2022", "25"]);
        assert_eq!(
            values("2,5 % et 2.5 per cent", Language::French),
            ["2.5", "2.5"]
        );
        assert_eq!(values("第23号决议", Language::Chinese), ["23"]);
        assert_eq!(values("U4SSC and 5G and SDG 11", Language::English), ["11"]);
        assert_eq!(values("a), 2020-2023", Language::English), ["2020", "2023"]);
        assert_eq!(values("2.9 billion", Language::English), ["2900000000"]);
        assert_eq!(values("29亿人", Language::Chinese), ["2900000000"]);
        assert_eq!(values("2,9 milliards", Language::French), ["2900000000"]);
        assert_eq!(values("2,9 млрд", Language::Russian), ["2900000000"]);
    }

    #[test]
    fn days_and_months_are_left_out() {
        assert_eq!(values("on 15 May 2016", Language::English), ["2016"]);
        assert_eq!(values("于2016年5月15日", Language::Chinese), ["2016"]);
        assert_eq!(values("le 15 mai 2016", Language::French), ["2016"]);
        assert_eq!(values("15 мая 2016 г.", Language::Russian), ["2016"]);
        assert_eq!(
            values("Resolution 15 of 2016", Language::English),
            ["15", "2016"]
        );
    }

    #[test]
    fn headings_share_a_meaning_across_languages() {
        for h in [
            "considering",
            "considérant",
            "considerando",
            "учитывая",
            "考虑到",
        ] {
            assert_eq!(concept(h), Some("considering"), "{h}");
        }
        for h in [
            "instructs the Secretary-General",
            "charge le Secrétaire général",
            "责成秘书长",
            "поручает Генеральному секретарю",
            "يكلف الأمين العام",
        ] {
            assert_eq!(concept(h), Some("instructs"), "{h}");
        }
        assert_eq!(concept("no such heading"), None);
    }

    #[test]
    fn align_prefers_same_meaning_and_keeps_order() {
        let s = |v: &[u32]| v.to_vec();
        let pairs = align(&s(&[1, 2, 3]), &s(&[1, 3, 2]), |x, y| u32::from(x == y) * 3);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0], (0, 0));
    }
}
