//! The rules, one family per module. Each rule is a [`Rule`] value next to
//! the logic that raises it: its stable code, its name, and the page that
//! explains it (what it checks, why, an example, the fix), from which
//! `docs/diagnostics.md` is generated.
//!
//! - [`syntax`]: text the grammar could not read (RLS00xx).
//! - [`labels`]: clause lettering and numbering (RLS01xx).
//! - [`punctuation`]: how clauses end (RLS02xx).
//! - [`references`]: internal references that point nowhere (RLS03xx).
//! - [`citations`]: citations against the catalogue and the citing
//!   document's own conference (RLS04xx).
//! - [`layout`]: headings out of place or missing, preface lines that
//!   disagree (RLS05xx), as the model found them.
//! - [`proposals`]: proposal markers (`MOD EUR/44A7/1`), their identifiers,
//!   reasons and revisions (RLS07xx).
//! - [`parallel`]: two language versions of one document that disagree
//!   (RLS08xx).
//! - [`reletter`]: the relettering fixes the label rules offer.
//!
//! Excerpts (`DocumentKind::Excerpt`) are quoted out of their resolution:
//! they get no sequence or punctuation findings.

pub mod citations;
pub mod labels;
pub mod layout;
pub mod parallel;
pub mod proposals;
pub mod punctuation;
pub mod references;
pub mod reletter;
pub mod syntax;

/// A cited text's key in the reader's language: `WTDC Resolution 77`,
/// `WTDC第77号决议`. Keys with an edition or a Sector prefix keep their
/// English form.
pub(crate) fn key_message(key: &crate::catalogue::Key) -> crate::i18n::Message {
    if key.edition.is_some() || key.body == crate::domain::Body::Ra {
        return crate::msg!("quoted", text = key.to_string());
    }
    let kind = match key.kind {
        crate::catalogue::Kind::Resolution => "resolution",
        crate::catalogue::Kind::Decision => "decision",
        crate::catalogue::Kind::Recommendation => "recommendation",
        crate::catalogue::Kind::Opinion => "opinion",
    };
    crate::msg!(
        "cited-key",
        body = key.body.code(),
        kind = kind,
        number = key.number.to_string()
    )
}
