//! The words citations are made of, one table per language. Adding a
//! language is adding a table: the scanners in `extract.rs` compile their
//! patterns from these words.
//!
//! Words are regex fragments (already escaped where needed); every
//! alternative list is tried longest first.

use crate::domain::{Body, Language};

use super::CitationKind;

/// How citations are laid out in a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grammar {
    /// `Resolution 99 (Rev. Guadalajara, 2010)`: kind word, number, place
    /// then year. English, French, Spanish, Russian, Arabic.
    Western,
    /// `第101号决议（2010年，瓜达拉哈拉，修订版）`: number between 第 and 号,
    /// year before place.
    Chinese,
}

pub struct Lexicon {
    pub language: Language,
    pub grammar: Grammar,
    /// Kind words (Western: before the number; Chinese: after 号).
    pub kinds: &'static [(&'static str, CitationKind)],
    /// Words that join numbers in a list (`and`, `et`, `和`, `、`).
    pub list_separators: &'static [&'static str],
    /// Names and abbreviations of bodies, as written before a number
    /// (`WTDC`, `全权代表大会`) or after the link word (`of the …`).
    pub bodies: &'static [(&'static str, Body)],
    /// "this conference": `本届大会`, `this assembly`.
    pub this_conference: &'static [&'static str],
    /// What links a number to a body written after it (`of`, `of the`).
    pub after_link: &'static [&'static str],
    /// The revision marker written in this language (`Rev.`, `修订版`).
    pub revised_marker: &'static str,
    /// Part words before a citation: `resolves 2 of`, `§ 9.2.1 of`.
    pub parts_before: &'static [&'static str],
    /// Part words after a citation: `第9.2.1款`, `, § 9.2.1`.
    pub parts_after: &'static [&'static str],
    /// Possessives that make a citation a self-reference of the adopting
    /// body (`its Resolution 1380`, `sa Résolution`, `свою Резолюцию`):
    /// regex fragments, written right before the kind word (with or without
    /// a space: exports lose it).
    pub self_refs: &'static [&'static str],
    /// What, right after the numbers, makes the text a group's or
    /// committee's recommendation rather than a citation (`of the Expert
    /// Group`, `del Grupo de Trabajo`): a regex fragment anchored at the end
    /// of the numbers.
    pub group_after: &'static str,
}

/// Body names shared by every language: ITU abbreviations are written in
/// Latin letters everywhere.
const ABBREVIATIONS: [(&str, Body); 10] = [
    ("PP", Body::Pp),
    ("WTSA", Body::Wtsa),
    ("WTSC", Body::Wtsa),
    ("WTDC", Body::Wtdc),
    ("RA", Body::Ra),
    ("ITU-R", Body::Ra),
    ("WRC", Body::Wrc),
    ("WCIT", Body::Wcit),
    ("WTPF", Body::Wtpf),
    ("UNGA", Body::Unga),
];

pub static ENGLISH: Lexicon = Lexicon {
    language: Language::English,
    grammar: Grammar::Western,
    kinds: &[
        ("Resolutions", CitationKind::Resolution),
        ("Resolution", CitationKind::Resolution),
        ("Res\\.", CitationKind::Resolution),
        ("Decisions", CitationKind::Decision),
        ("Decision", CitationKind::Decision),
        ("Recommendations", CitationKind::Recommendation),
        ("Recommendation", CitationKind::Recommendation),
        ("Rec\\.", CitationKind::Recommendation),
        ("Opinions", CitationKind::Opinion),
        ("Opinion", CitationKind::Opinion),
        ("Questions", CitationKind::Question),
        ("Question", CitationKind::Question),
    ],
    list_separators: &[",\\s*and", ",", "and", "&", "or"],
    bodies: &[
        ("ITU Plenipotentiary Conference", Body::Pp),
        ("Plenipotentiary Conference", Body::Pp),
        ("ITU Plenipotentiary", Body::Pp),
        ("Plenipotentiary", Body::Pp),
        (
            "World Telecommunication Standardization Assembly",
            Body::Wtsa,
        ),
        ("World Telecommunication Development Conference", Body::Wtdc),
        ("Radiocommunication Assembly", Body::Ra),
        ("World Radiocommunication Conference", Body::Wrc),
        (
            "World Conference on International Telecommunications",
            Body::Wcit,
        ),
        ("World Telecommunication/ICT Policy Forum", Body::Wtpf),
        ("World Telecommunication Policy Forum", Body::Wtpf),
        ("Policy Forum", Body::Wtpf),
        ("Forum", Body::Wtpf),
        ("World Telecommunication Conference", Body::Wtdc),
        ("ITU Council", Body::Council),
        ("Council", Body::Council),
        ("United Nations General Assembly", Body::Unga),
        ("UN General Assembly", Body::Unga),
        ("General Assembly", Body::Unga),
    ],
    this_conference: &[
        "this Conference",
        "the present Conference",
        "this Assembly",
        "the present Assembly",
        "this Forum",
    ],
    after_link: &["of the", "of", "by the", "adopted by the"],
    revised_marker: "Rev.",
    parts_before: &[
        "further resolves",
        "resolves",
        "instructs",
        "paragraph",
        "para\\.",
        "section",
        "annex",
        "§",
    ],
    parts_after: &["§", "resolves", "paragraph", "annex"],
    self_refs: &["its"],
    group_after: r"(?i)^[ \t\x{A0}\x{202F}]*(?:of|by|from)\s+(?:the\s+|its\s+)?(?:\S+\s+){0,4}?(?:Group|Committee|Team)",
};

pub static FRENCH: Lexicon = Lexicon {
    language: Language::French,
    grammar: Grammar::Western,
    kinds: &[
        ("Résolutions", CitationKind::Resolution),
        ("Résolution", CitationKind::Resolution),
        ("Décisions", CitationKind::Decision),
        ("Décision", CitationKind::Decision),
        ("Recommandations", CitationKind::Recommendation),
        ("Recommandation", CitationKind::Recommendation),
        ("Avis", CitationKind::Opinion),
        ("Res\\.", CitationKind::Resolution),
        ("Rés\\.", CitationKind::Resolution),
        ("Déc\\.", CitationKind::Decision),
        ("Questions", CitationKind::Question),
        ("Question", CitationKind::Question),
    ],
    list_separators: &[",", "et", "ou"],
    bodies: &[
        ("Conférence de plénipotentiaires", Body::Pp),
        (
            "Assemblée mondiale de normalisation des télécommunications",
            Body::Wtsa,
        ),
        (
            "Conférence mondiale de développement des télécommunications",
            Body::Wtdc,
        ),
        ("Assemblée des radiocommunications", Body::Ra),
        ("Conférence mondiale des radiocommunications", Body::Wrc),
        (
            "Conférence mondiale des télécommunications internationales",
            Body::Wcit,
        ),
        (
            "Forum mondial des politiques de télécommunication/TIC",
            Body::Wtpf,
        ),
        (
            "Forum mondial des politiques de télécommunication",
            Body::Wtpf,
        ),
        ("Forum", Body::Wtpf),
        ("Conseil de l'UIT", Body::Council),
        ("Conseil", Body::Council),
        ("Assemblée générale des Nations Unies", Body::Unga),
        ("Assemblée générale", Body::Unga),
        ("AGNU", Body::Unga),
        ("AMNT", Body::Wtsa),
        ("CMDT", Body::Wtdc),
        ("FMPT", Body::Wtpf),
        ("CMR", Body::Wrc),
        ("CMTI", Body::Wcit),
        ("AR", Body::Ra),
        ("UIT-R", Body::Ra),
    ],
    this_conference: &[
        "la présente Conférence",
        "la présente Assemblée",
        "cette Conférence",
        "la présente session",
    ],
    after_link: &["de la", "du", "de l'", "de l’", "de", "des"],
    revised_marker: "Rév.",
    parts_before: &["point", "décide", "§"],
    parts_after: &["§"],
    self_refs: &["sa", "ses", "son"],
    group_after: r"(?i)^[ \t\x{A0}\x{202F}]*(?:du|de\s+la|des|de\s+l['’])\s*(?:\S+\s+){0,3}?(?:Groupe|Comité)",
};

pub static SPANISH: Lexicon = Lexicon {
    language: Language::Spanish,
    grammar: Grammar::Western,
    kinds: &[
        ("Resoluciones", CitationKind::Resolution),
        ("Resolución", CitationKind::Resolution),
        ("Decisiones", CitationKind::Decision),
        ("Decisión", CitationKind::Decision),
        // Council decisions are "Acuerdos" in Spanish.
        ("Acuerdos", CitationKind::Decision),
        ("Acuerdo", CitationKind::Decision),
        ("Res\\.", CitationKind::Resolution),
        ("Recomendaciones", CitationKind::Recommendation),
        ("Recomendación", CitationKind::Recommendation),
        ("Opiniones", CitationKind::Opinion),
        ("Opinión", CitationKind::Opinion),
        ("Cuestiones", CitationKind::Question),
        ("Cuestión", CitationKind::Question),
    ],
    list_separators: &[",", "y", "e", "o"],
    bodies: &[
        ("Conferencia de Plenipotenciarios", Body::Pp),
        (
            "Asamblea Mundial de Normalización de las Telecomunicaciones",
            Body::Wtsa,
        ),
        (
            "Conferencia Mundial de Desarrollo de las Telecomunicaciones",
            Body::Wtdc,
        ),
        ("Asamblea de Radiocomunicaciones", Body::Ra),
        ("Conferencia Mundial de Radiocomunicaciones", Body::Wrc),
        (
            "Conferencia Mundial de Telecomunicaciones Internacionales",
            Body::Wcit,
        ),
        (
            "Foro Mundial de Política de las Telecomunicaciones/TIC",
            Body::Wtpf,
        ),
        (
            "Foro Mundial de Política de las Telecomunicaciones",
            Body::Wtpf,
        ),
        ("Foro", Body::Wtpf),
        ("Consejo de la UIT", Body::Council),
        ("Consejo", Body::Council),
        ("Asamblea General de las Naciones Unidas", Body::Unga),
        ("Asamblea General", Body::Unga),
        ("AMNT", Body::Wtsa),
        ("CMDT", Body::Wtdc),
        ("CMR", Body::Wrc),
        ("CMTI", Body::Wcit),
        ("FMPT", Body::Wtpf),
        ("UIT-R", Body::Ra),
    ],
    this_conference: &[
        "la presente Conferencia",
        "esta Conferencia",
        "la presente Asamblea",
        "esta Asamblea",
    ],
    after_link: &["de la", "del", "de"],
    revised_marker: "Rev.",
    parts_before: &["resuelve", "§"],
    parts_after: &["§"],
    self_refs: &["su", "sus"],
    group_after: r"(?i)^[ \t\x{A0}\x{202F}]*(?:del|de\s+la|de\s+los|de\s+las)\s+(?:\S+\s+){0,3}?(?:Grupo|Comité)",
};

pub static RUSSIAN: Lexicon = Lexicon {
    language: Language::Russian,
    grammar: Grammar::Western,
    kinds: &[
        // The word inflects: Резолюция, Резолюции, Резолюцию, Резолюцией, Резолюциям…
        ("Резолюци[а-я]*", CitationKind::Resolution),
        ("Рез\\.", CitationKind::Resolution),
        ("Решени[а-я]*", CitationKind::Decision),
        ("Реш\\.", CitationKind::Decision),
        ("Рекомендаци[а-я]*", CitationKind::Recommendation),
        ("Мнени[а-я]*", CitationKind::Opinion),
        ("Вопрос[а-я]*", CitationKind::Question),
    ],
    list_separators: &[",", "и", "или"],
    bodies: &[
        ("Полномочной конференции", Body::Pp),
        ("Полномочная конференция", Body::Pp),
        ("ПК", Body::Pp),
        (
            "Всемирной ассамблеи по стандартизации электросвязи",
            Body::Wtsa,
        ),
        ("Всемирной конференции по развитию электросвязи", Body::Wtdc),
        ("Ассамблеи радиосвязи", Body::Ra),
        ("Всемирной конференции радиосвязи", Body::Wrc),
        (
            "Всемирной конференции по международной электросвязи",
            Body::Wcit,
        ),
        (
            "Всемирного форума по политике в области электросвязи/ИКТ",
            Body::Wtpf,
        ),
        (
            "Всемирного форума по политике в области электросвязи",
            Body::Wtpf,
        ),
        ("Форума", Body::Wtpf),
        ("ВФПЭ", Body::Wtpf),
        ("ВАСЭ", Body::Wtsa),
        ("ВКРЭ", Body::Wtdc),
        ("АР", Body::Ra),
        ("ВКР", Body::Wrc),
        ("ВКМЭ", Body::Wcit),
        ("МСЭ-R", Body::Ra),
        ("Совета МСЭ", Body::Council),
        ("Совета", Body::Council),
        (
            "Генеральной Ассамблеи Организации Объединенных Наций",
            Body::Unga,
        ),
        ("Генеральной Ассамблеи ООН", Body::Unga),
        ("Генеральной Ассамблеи", Body::Unga),
    ],
    this_conference: &[
        "настоящей Конференции",
        "настоящей Ассамблеи",
        "настоящей сессии",
    ],
    after_link: &[],
    revised_marker: "Пересм.",
    parts_before: &["пункт[а-я]*"],
    parts_after: &[],
    self_refs: &["сво[а-я]{1,3}"],
    group_after: r"(?i)^[ \t\x{A0}\x{202F}]*(?:\S+\s+){0,2}?(?:Групп[а-я]*|Комитет[а-я]*)",
};

pub static ARABIC: Lexicon = Lexicon {
    language: Language::Arabic,
    grammar: Grammar::Western,
    // The article and prepositions are written fused to the word, with a
    // conjunction in front: القرار, بالقرار, وبالقرار, للقرار, والقرار,
    // duals and plurals (القرارين, القرارات). `قراره` is "its resolution":
    // a self-reference of the adopting body (handled in `extract.rs`).
    kinds: &[
        (
            "(?:[وف]?(?:بال|لل|ال|كال))قرار(?:ات|ين|ان)?",
            CitationKind::Resolution,
        ),
        ("(?:[وف]?(?:ب|ل)?)قرار(?:ه|يه)", CitationKind::Resolution),
        (
            "(?:[وف]?(?:بال|لل|ال|كال))مقرر(?:ات|ين|ان)?",
            CitationKind::Decision,
        ),
        (
            "(?:[وف]?(?:بال|لل|ال|كال))توصي(?:ة|ات|تين|تان)",
            CitationKind::Recommendation,
        ),
        (
            "(?:[وف]?(?:بال|لل|ال|كال))رأي(?:ين|ان)?",
            CitationKind::Opinion,
        ),
        (
            "(?:[وف]?(?:بال|لل|ال|كال))مسأل(?:ة|تين|تان)",
            CitationKind::Question,
        ),
    ],
    list_separators: &["،", ",", "و"],
    bodies: &[
        ("لمؤتمر المندوبين المفوضين", Body::Pp),
        ("مؤتمر المندوبين المفوضين", Body::Pp),
        ("للمؤتمر العالمي لتنمية الاتصالات", Body::Wtdc),
        ("المؤتمر العالمي لتنمية الاتصالات", Body::Wtdc),
        ("للجمعية العالمية لتقييس الاتصالات", Body::Wtsa),
        ("الجمعية العالمية لتقييس الاتصالات", Body::Wtsa),
        ("لجمعية الاتصالات الراديوية", Body::Ra),
        ("جمعية الاتصالات الراديوية", Body::Ra),
        ("للمؤتمر العالمي للاتصالات الراديوية", Body::Wrc),
        ("المؤتمر العالمي للاتصالات الراديوية", Body::Wrc),
        ("للمؤتمر العالمي للاتصالات الدولية", Body::Wcit),
        (
            "للمنتدى العالمي لسياسات الاتصالات/تكنولوجيا المعلومات والاتصالات",
            Body::Wtpf,
        ),
        ("للمنتدى العالمي لسياسات الاتصالات", Body::Wtpf),
        ("للمنتدى", Body::Wtpf),
        ("لمجلس الاتحاد", Body::Council),
        ("للمجلس", Body::Council),
        ("المجلس", Body::Council),
        ("للجمعية العامة للأمم المتحدة", Body::Unga),
        ("الجمعية العامة للأمم المتحدة", Body::Unga),
        ("للجمعية العامة", Body::Unga),
    ],
    this_conference: &["لهذا المؤتمر", "هذا المؤتمر", "لهذه الجمعية", "هذه الجمعية"],
    after_link: &[],
    revised_marker: "المراجَع في",
    parts_before: &[],
    parts_after: &[],
    self_refs: &[],
    group_after: r"^[ \t\x{A0}\x{202F}]*(?:ل|لل|ل?ال)?(?:فريق|لجنة|أفرقة)",
};

pub static CHINESE: Lexicon = Lexicon {
    language: Language::Chinese,
    grammar: Grammar::Chinese,
    kinds: &[
        ("决议", CitationKind::Resolution),
        ("决定", CitationKind::Decision),
        ("建议书", CitationKind::Recommendation),
        ("建议", CitationKind::Recommendation),
        ("意见", CitationKind::Opinion),
        ("课题", CitationKind::Question),
    ],
    list_separators: &["、", "和", "以及", "及", "与", "或"],
    bodies: &[
        ("全权代表大会", Body::Pp),
        ("世界电信标准化全会", Body::Wtsa),
        ("世界电信发展大会", Body::Wtdc),
        ("无线电通信全会", Body::Ra),
        ("世界无线电通信大会", Body::Wrc),
        ("国际电信世界大会", Body::Wcit),
        ("政策论坛", Body::Wtpf),
        ("国际电联理事会", Body::Council),
        ("理事会", Body::Council),
        ("联合国大会", Body::Unga),
        ("联大", Body::Unga),
    ],
    this_conference: &["本届大会", "本届全会", "本次大会", "本次全会", "本届论坛"],
    after_link: &[],
    revised_marker: "修订版",
    parts_before: &[],
    parts_after: &["第", "做出决议", "附件"],
    self_refs: &["其"],
    group_after: "",
};

/// Every table, in the order they are tried.
pub static ALL: [&Lexicon; 6] = [&ENGLISH, &CHINESE, &FRENCH, &SPANISH, &RUSSIAN, &ARABIC];

pub fn for_language(language: Language) -> &'static Lexicon {
    ALL.iter()
        .copied()
        .find(|l| l.language == language)
        .unwrap_or(&ENGLISH)
}

/// The abbreviations every language writes in Latin letters.
pub fn abbreviations() -> &'static [(&'static str, Body)] {
    &ABBREVIATIONS
}

/// Every revision marker of every language, as regex alternatives.
/// Exports may break the marker with a space (`Re v.`, `Ré v.`).
pub const REVISED_MARKERS: &str = r"(?:[Rr][Ee]\s?[Vv](?:\.|\s)|[Rr][EéÉ]\s?[Vv]\.|[Пп][Ее][Рр][Ее][Сс][Мм]\.|المراج\x{064E}?ع\s+في)";
