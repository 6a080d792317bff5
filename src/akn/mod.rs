//! Akoma Ntoso 3.0 as a format, in the AKN4UN manner the UN system uses for
//! deliberative texts: the names it gives things ([`language_code`],
//! [`actor`], [`WorkId`]), a small XML writer ([`Xml`]) for the exporter
//! above this layer (`export::akn`), and the reader ([`read()`]) that turns
//! each `<statement>` back into a draft's text with a map from that text to
//! the XML (the `eId` of the element and the byte of the source each part
//! came from). The catalogue build (`analysis::learn`) and `check` read
//! Akoma Ntoso through [`read()`]; docs/akn.md describes the mapping.

pub mod read;

pub use read::{read, Draft, ReadError, SourceMap, Statement};

use crate::catalogue::Kind;
use crate::domain::{Body, Language};

/// The Akoma Ntoso 3.0 namespace.
pub const NAMESPACE: &str = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/// The expression language as Akoma Ntoso writes it (ISO 639-2/B, as the
/// AKN4UN markup of the Final Acts does): `eng`, `fra`, `spa`, `rus`,
/// `zho`, `ara`.
pub fn language_code(language: Language) -> &'static str {
    match language {
        Language::English => "eng",
        Language::French => "fra",
        Language::Spanish => "spa",
        Language::Russian => "rus",
        Language::Chinese => "zho",
        Language::Arabic => "ara",
    }
}

/// A language from its ISO 639-2 code (`eng`, also `fre` and `chi`) or its
/// two-letter code (`en`, as in `xml:lang`), case-insensitive.
pub fn language_from_code(code: &str) -> Option<Language> {
    let code = code.trim();
    let code = code.split(['-', '_']).next().unwrap_or(code);
    Language::from_code(code).or_else(|| {
        Language::ALL.into_iter().find(|l| {
            language_code(*l).eq_ignore_ascii_case(code)
                || match l {
                    Language::French => code.eq_ignore_ascii_case("fre"),
                    Language::Chinese => code.eq_ignore_ascii_case("chi"),
                    _ => false,
                }
        })
    })
}

/// The author of a body's texts in FRBR identifiers and `TLCOrganization`
/// elements: `itu-pp`, `itu-wtsa`, `itu-wtdc`, `itu-ra`, `itu-wrc`,
/// `itu-council`… and `unga` for the UN General Assembly.
pub fn actor(body: Body) -> &'static str {
    match body {
        Body::Pp => "itu-pp",
        Body::Wtsa => "itu-wtsa",
        Body::Wtdc => "itu-wtdc",
        Body::Ra => "itu-ra",
        Body::Wrc => "itu-wrc",
        Body::Wcit => "itu-wcit",
        Body::Wtpf => "itu-wtpf",
        Body::Council => "itu-council",
        Body::Unga => "unga",
    }
}

/// The body an actor names (`itu-pp` → PP), the inverse of [`actor`].
pub fn body_of_actor(actor_name: &str) -> Option<Body> {
    Body::ALL.into_iter().find(|b| actor(*b) == actor_name)
}

/// The prefix of a text's FRBR number: `res`, `dec`, `rec`, `opi`.
pub fn kind_prefix(kind: Kind) -> &'static str {
    match kind {
        Kind::Resolution => "res",
        Kind::Decision => "dec",
        Kind::Recommendation => "rec",
        Kind::Opinion => "opi",
    }
}

/// A text's FRBR number: `res-11`, `res-66-1`, `res-70-125` (the number as
/// written, every character other than a letter or digit made a `-`).
pub fn frbr_number(prefix: &str, number: &str) -> String {
    let mut out = String::from(prefix);
    out.push('-');
    let mut dash = false;
    for c in number.trim().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash {
            out.push('-');
            dash = true;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A work identifier, `/akn/un/statement/deliberation/itu-pp/2018-11-16/res-11`:
/// who adopted the text, when (the last day of the meeting that adopted
/// this revision, or only its year when the catalogue does not know the
/// day) and its number. The date is left out when nothing dates the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkId {
    pub actor: String,
    /// `2018-11-16` or `2018`.
    pub date: Option<String>,
    /// `res-11`.
    pub number: String,
}

impl WorkId {
    /// The work's IRI (`FRBRuri` of the work).
    pub fn uri(&self) -> String {
        match &self.date {
            Some(date) => format!(
                "/akn/un/statement/deliberation/{}/{date}/{}",
                self.actor, self.number
            ),
            None => format!(
                "/akn/un/statement/deliberation/{}/{}",
                self.actor, self.number
            ),
        }
    }

    /// The IRI of the work's expression in `language` at `date`
    /// (`…/res-11/eng@2018-11-16`).
    pub fn expression(&self, language: Language, date: Option<&str>) -> String {
        format!(
            "{}/{}@{}",
            self.uri(),
            language_code(language),
            date.unwrap_or_default()
        )
    }
}

/// A date for an XML `date` attribute (`xsd:date`): `2018-11-16` as is, a
/// year alone as its first day.
pub fn xsd_date(date: &str) -> String {
    if date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit()) {
        format!("{date}-01-01")
    } else {
        date.to_string()
    }
}

// ---------------------------------------------------------------- writing

/// Text escaped for an XML text node. Characters XML 1.0 forbids (C0
/// controls other than tab and line breaks, a form feed from Word) become
/// spaces.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if is_forbidden(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text escaped for a double-quoted attribute value.
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if is_forbidden(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn is_forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// An indented XML document, written element by element: block elements
/// one per line, inline content ([`Xml::leaf`]) on the line of its element.
#[derive(Debug, Default)]
pub struct Xml {
    out: String,
    depth: usize,
}

impl Xml {
    /// A document starting with the XML declaration.
    pub fn new() -> Xml {
        Xml {
            out: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".to_string(),
            depth: 0,
        }
    }

    /// A fragment, indented from `depth`.
    pub fn fragment(depth: usize) -> Xml {
        Xml {
            out: String::new(),
            depth,
        }
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            self.out.push_str(&escape_attr(v));
            self.out.push('"');
        }
    }

    /// `<name attrs>` on its own line; what follows is indented.
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.start_tag(name, attrs);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    /// `</name>` on its own line.
    pub fn close(&mut self, name: &str) {
        self.depth = self.depth.saturating_sub(1);
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// `<name attrs/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.start_tag(name, attrs);
        self.out.push_str("/>\n");
    }

    /// `<name attrs>inline</name>` on one line; `inline` is XML already
    /// (escaped text and inline elements).
    pub fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], inline: &str) {
        self.start_tag(name, attrs);
        self.out.push('>');
        self.out.push_str(inline);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }

    /// XML written elsewhere (a fragment), as is.
    pub fn raw(&mut self, xml: &str) {
        self.out.push_str(xml);
    }

    pub fn depth(&self) -> usize {
        self.depth
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_identifiers() {
        assert_eq!(frbr_number("res", "11"), "res-11");
        assert_eq!(frbr_number("res", "66-1"), "res-66-1");
        assert_eq!(frbr_number("res", "70/125"), "res-70-125");
        let id = WorkId {
            actor: actor(Body::Pp).into(),
            date: Some("2018-11-16".into()),
            number: "res-11".into(),
        };
        assert_eq!(
            id.uri(),
            "/akn/un/statement/deliberation/itu-pp/2018-11-16/res-11"
        );
        assert_eq!(
            id.expression(Language::Chinese, Some("2018-11-16")),
            "/akn/un/statement/deliberation/itu-pp/2018-11-16/res-11/zho@2018-11-16"
        );
        assert_eq!(xsd_date("2018"), "2018-01-01");
    }

    #[test]
    fn languages_both_ways() {
        for l in Language::ALL {
            assert_eq!(language_from_code(language_code(l)), Some(l));
            assert_eq!(language_from_code(l.code()), Some(l));
        }
        assert_eq!(language_from_code("en-GB"), Some(Language::English));
        assert_eq!(language_from_code("fre"), Some(Language::French));
        for b in Body::ALL {
            assert_eq!(body_of_actor(actor(b)), Some(b));
        }
    }

    #[test]
    fn escaping_keeps_xml_well_formed() {
        assert_eq!(escape_text("a < b & c\u{c}"), "a &lt; b &amp; c ");
        assert_eq!(escape_attr("\"x\"\n"), "&quot;x&quot;&#10;");
    }
}
