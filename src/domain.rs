//! Vocabulary shared by every layer: the languages texts are written in and
//! the ITU bodies that adopt resolutions.

use std::fmt;

/// The six ITU languages. Structure and citations are understood for
/// English and Chinese; the others are detected so that nothing is flagged
/// in a language the checks do not read.
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

    /// Guesses the language of `text` from its letters: CJK ideographs for
    /// Chinese, Cyrillic for Russian, Arabic script for Arabic, otherwise
    /// Latin (English unless French/Spanish markers dominate).
    pub fn detect(text: &str) -> Language {
        let (mut cjk, mut latin, mut cyrillic, mut arabic) = (0usize, 0usize, 0usize, 0usize);
        for ch in text.chars().take(200_000) {
            match ch as u32 {
                0x4E00..=0x9FFF | 0x3400..=0x4DBF => cjk += 1,
                0x0400..=0x04FF => cyrillic += 1,
                0x0600..=0x06FF => arabic += 1,
                _ if ch.is_ascii_alphabetic() => latin += 1,
                _ => {}
            }
        }
        // Ideographs carry several Latin letters' worth of text each.
        let scores = [
            (cjk * 3, Language::Chinese),
            (cyrillic, Language::Russian),
            (arabic, Language::Arabic),
        ];
        let best = scores
            .iter()
            .max_by_key(|(n, _)| *n)
            .copied()
            .unwrap_or((0, Language::English));
        if best.0 > latin {
            return best.1;
        }
        let lower = text.get(..text.len().min(20_000)).unwrap_or(text);
        let french = ["Résolution", "considérant", "décide", "la présente"]
            .iter()
            .filter(|w| lower.contains(*w))
            .count();
        let spanish = ["Resolución", "considerando", "resuelve", "encarga"]
            .iter()
            .filter(|w| lower.contains(*w))
            .count();
        match (french, spanish) {
            (f, s) if f >= 2 && f > s => Language::French,
            (f, s) if s >= 2 && s > f => Language::Spanish,
            _ => Language::English,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_chinese_even_with_latin_acronyms() {
        assert_eq!(
            Language::detect("有关WTDC第23号决议（2022年，基加利，修订版）的ITU-T D.50建议书"),
            Language::Chinese
        );
        assert_eq!(
            Language::detect("recalling\na) Resolution 101 (Rev. Dubai, 2018);"),
            Language::English
        );
    }
}
