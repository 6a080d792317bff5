//! Vocabulary shared by every layer: the languages texts are written in and
//! the ITU bodies that adopt resolutions.

use std::fmt;

/// The six ITU languages; structure and citations are read in all six.
/// Which one a text is written in is decided by
/// `model::language::detect` (letters and structure words).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    Chinese,
    French,
    Spanish,
    Russian,
    Arabic,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::English,
        Language::Chinese,
        Language::French,
        Language::Spanish,
        Language::Russian,
        Language::Arabic,
    ];

    /// `en`, `zh`, … (case-insensitive).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Russian => "ru",
            Language::Arabic => "ar",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An ITU body that adopts resolutions (or, for the UN General Assembly,
/// one that is cited but never checked against the ITU catalogue).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Body {
    /// Plenipotentiary Conference.
    Pp,
    /// World Telecommunication Standardization Assembly.
    Wtsa,
    /// World Telecommunication Development Conference.
    Wtdc,
    /// Radiocommunication Assembly.
    Ra,
    /// World Radiocommunication Conference.
    Wrc,
    /// World Conference on International Telecommunications.
    Wcit,
    /// World Telecommunication/ICT Policy Forum.
    Wtpf,
    /// ITU Council.
    Council,
    /// United Nations General Assembly (cited, never checked).
    Unga,
}

impl Body {
    pub const ALL: [Body; 9] = [
        Body::Pp,
        Body::Wtsa,
        Body::Wtdc,
        Body::Ra,
        Body::Wrc,
        Body::Wcit,
        Body::Wtpf,
        Body::Council,
        Body::Unga,
    ];

    /// The short code used in the catalogue files and in messages.
    pub fn code(self) -> &'static str {
        match self {
            Body::Pp => "PP",
            Body::Wtsa => "WTSA",
            Body::Wtdc => "WTDC",
            Body::Ra => "RA",
            Body::Wrc => "WRC",
            Body::Wcit => "WCIT",
            Body::Wtpf => "WTPF",
            Body::Council => "Council",
            Body::Unga => "UNGA",
        }
    }

    pub fn from_code(code: &str) -> Option<Body> {
        Body::ALL
            .into_iter()
            .find(|b| b.code().eq_ignore_ascii_case(code.trim()))
    }

    pub fn name(self, language: Language) -> &'static str {
        match (self, language) {
            (Body::Pp, Language::Chinese) => "全权代表大会",
            (Body::Wtsa, Language::Chinese) => "世界电信标准化全会",
            (Body::Wtdc, Language::Chinese) => "世界电信发展大会",
            (Body::Ra, Language::Chinese) => "无线电通信全会",
            (Body::Wrc, Language::Chinese) => "世界无线电通信大会",
            (Body::Wcit, Language::Chinese) => "国际电信世界大会",
            (Body::Wtpf, Language::Chinese) => "世界电信/信息通信技术政策论坛",
            (Body::Council, Language::Chinese) => "国际电联理事会",
            (Body::Unga, Language::Chinese) => "联合国大会",
            (Body::Pp, _) => "Plenipotentiary Conference",
            (Body::Wtsa, _) => "World Telecommunication Standardization Assembly",
            (Body::Wtdc, _) => "World Telecommunication Development Conference",
            (Body::Ra, _) => "Radiocommunication Assembly",
            (Body::Wrc, _) => "World Radiocommunication Conference",
            (Body::Wcit, _) => "World Conference on International Telecommunications",
            (Body::Wtpf, _) => "World Telecommunication/ICT Policy Forum",
            (Body::Council, _) => "ITU Council",
            (Body::Unga, _) => "United Nations General Assembly",
        }
    }
}

impl fmt::Display for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
