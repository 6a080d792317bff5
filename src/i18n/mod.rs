//! What the drafter reads, in the six ITU languages: one Fluent message
//! file per language (`src/i18n/<code>.ftl`), compiled into the binary.
//!
//! A [`Message`] is a message id with its arguments and its text in one
//! language. Rules and features build it in English; the layer that knows
//! which language the drafter reads (the document's, or the one a setting,
//! the editor's locale or `--lang` asks for) calls [`Message::localize`].
//! Arguments quoted from the text (labels, citations, revisions) are passed
//! as the document writes them; only the sentence around them changes.
//!
//! `tests/tidy.rs` keeps the six files in step: every message in every
//! language, with the same arguments, and every id used in the code
//! defined.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::Language;

/// The message files, in [`Language::ALL`] order.
pub const SOURCES: [(Language, &str); 6] = [
    (Language::English, include_str!("en.ftl")),
    (Language::Chinese, include_str!("zh.ftl")),
    (Language::French, include_str!("fr.ftl")),
    (Language::Spanish, include_str!("es.ftl")),
    (Language::Russian, include_str!("ru.ftl")),
    (Language::Arabic, include_str!("ar.ftl")),
];

fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(language, source)| {
                let id: unic_langid::LanguageIdentifier =
                    language.code().parse().expect("a language code");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No isolation marks around arguments: terminals and
                // editors show them as stray characters.
                bundle.set_use_isolating(false);
                // The files are part of the binary and checked by tidy
                // tests; a syntax error is a build defect, not user input.
                let resource =
                    FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, errors)| {
                        panic!("{language}.ftl does not parse: {errors:?}")
                    });
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("{language}.ftl: {errors:?}"));
                bundle
            })
            .collect()
    })
}

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text quoted from the draft or computed from it, shown as is.
    Text(String),
    /// A count or number, for plural forms.
    Number(i64),
    /// A phrase that is itself a message (`the heading`), rendered in the
    /// same language as the message that holds it.
    Message(Box<Message>),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

/// A message in one language, remembering its id and arguments so that it
/// can be rendered again in another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
    language: Language,
    text: String,
}

impl Message {
    /// The message `id` with `args`, in English until localised.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        Message::in_language(Language::English, id, args)
    }

    pub fn in_language(
        language: Language,
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    ) -> Message {
        let text = render(language, id, &args);
        Message {
            id,
            args,
            language,
            text,
        }
    }

    /// Renders the message again in `language`.
    pub fn localize(&mut self, language: Language) {
        if self.language != language {
            self.text = render(language, self.id, &self.args);
            self.language = language;
        }
    }

    /// Gives back the room its text and arguments reserved while being
    /// made: a file's findings are kept as long as the file is open.
    pub fn compact(&mut self) {
        self.text.shrink_to_fit();
        self.args.shrink_to_fit();
        for (_, arg) in &mut self.args {
            match arg {
                Arg::Text(s) => s.shrink_to_fit(),
                Arg::Message(m) => m.compact(),
                Arg::Number(_) => {}
            }
        }
    }

    pub fn localized(mut self, language: Language) -> Message {
        self.localize(language);
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    pub fn language(&self) -> Language {
        self.language
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn into_string(self) -> String {
        self.text
    }
}

impl std::ops::Deref for Message {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}
impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl From<Message> for String {
    fn from(m: Message) -> String {
        m.text
    }
}

/// The text of message `id` in `language`. A message missing from a
/// language falls back to English (tidy tests keep that from happening);
/// an id missing everywhere is shown as the id.
pub fn render(language: Language, id: &str, args: &[(&'static str, Arg)]) -> String {
    let all = bundles();
    let bundle = &all[Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0)];
    let (bundle, pattern) = match bundle.get_message(id).and_then(|m| m.value()) {
        Some(p) => (bundle, p),
        None => match all[0].get_message(id).and_then(|m| m.value()) {
            Some(p) => (&all[0], p),
            None => {
                debug_assert!(false, "no message `{id}`");
                return id.to_string();
            }
        },
    };
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        let value = match arg {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Message(m) => FluentValue::from(render(language, m.id, &m.args)),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(
        errors.is_empty(),
        "message `{id}` in {language}: {errors:?}"
    );
    text.into_owned()
}

/// The message in English with its arguments:
/// `msg!("label-gap", shown = label.text, expected = e)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new(
            $id,
            vec![$((stringify!($key), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// The text of a message in `language`:
/// `tr!(language, "cli-summary-fixable", count = n)`.
#[macro_export]
macro_rules! tr {
    ($language:expr, $id:literal $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::i18n::render(
            $language,
            $id,
            &[$((stringify!($key), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// The language of a locale tag as editors send it (`zh-CN`, `fr`,
/// `pt-BR`): one of the six, or `None`.
pub fn language_of_locale(locale: &str) -> Option<Language> {
    let primary = locale
        .split(['-', '_', '.'])
        .next()
        .unwrap_or_default()
        .trim();
    Language::from_code(primary)
}
