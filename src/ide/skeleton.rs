//! A new resolution's skeleton in each of the six languages: identity,
//! title, conference line, a preamble and an operative section, with
//! placeholders in brackets. Offered as a completion in an empty file.

use crate::domain::Language;

/// The skeleton of a Plenipotentiary Conference resolution in `language`.
/// Words are those of real ITU texts in that language.
pub fn skeleton(language: Language) -> &'static str {
    match language {
        Language::English => "RESOLUTION [number] ([place], [year])
[Title]
The Plenipotentiary Conference of the International Telecommunication Union ([place], [year]),
recalling
a)\t[…];
b)\t[…],
considering
[…],
resolves
1\tto […];
2\tto […],
instructs the Secretary-General
to […].
",
        Language::French => "RÉSOLUTION [numéro] ([lieu], [année])
[Titre]
La Conférence de plénipotentiaires de l'Union internationale des télécommunications ([lieu], [année]),
rappelant
a)\t[…];
b)\t[…],
considérant
[…],
décide
1\tde […];
2\tde […],
charge le Secrétaire général
de […].
",
        Language::Spanish => "RESOLUCIÓN [número] ([lugar], [año])
[Título]
La Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones ([lugar], [año]),
recordando
a)\t[…];
b)\t[…],
considerando
[…],
resuelve
1\t[…];
2\t[…],
encarga al Secretario General
[…].
",
        Language::Russian => "РЕЗОЛЮЦИЯ [номер] ([место], [год] г.)
[Название]
Полномочная конференция Международного союза электросвязи ([место], [год] г.),
напоминая
a)\t[…];
b)\t[…],
учитывая
[…],
решает
1\t[…];
2\t[…],
поручает Генеральному секретарю
[…].
",
        Language::Arabic => "القرار [الرقم] ([المكان]، [السنة])
[العنوان]
إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات ([المكان]، [السنة])،
إذ يذكّر
أ )\t[…]؛
ب )\t[…]،
وإذ يضع في اعتباره
[…]،
يقرر
1\t[…]؛
2\t[…]،
يكلف الأمين العام
[…].
",
        Language::Chinese => "第[编号]号决议（[年份]年，[地点]）
[标题]
国际电信联盟全权代表大会（[年份]年，[地点]），
忆及
a)\t[…]；
b)\t[…]，
考虑到
[…]，
做出决议
1\t[…]；
2\t[…]，
责成秘书长
[…]。
",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Part;

    #[test]
    fn every_skeleton_has_its_sections_in_its_language_and_no_finding() {
        for language in Language::ALL {
            let text = skeleton(language);
            let file = crate::ide::FileAnalysis::parse(text);
            let model = file.model();
            assert_eq!(model.documents.len(), 1, "{language:?}");
            let doc = &model.documents[0];
            assert_eq!(doc.language, language, "{language:?}");
            // The placeholders are brackets a drafter replaces; what is
            // there already must raise nothing.
            assert!(
                file.check(&crate::analysis::Config::default()).is_empty(),
                "{language:?}"
            );
            let parts: Vec<Part> = doc.sections.iter().map(|s| s.part).collect();
            assert_eq!(
                parts,
                [
                    Part::Preamble,
                    Part::Preamble,
                    Part::Operative,
                    Part::Operative
                ],
                "{language:?}: {:?}",
                doc.sections
                    .iter()
                    .map(|s| &s.heading.text)
                    .collect::<Vec<_>>()
            );
        }
    }
}
