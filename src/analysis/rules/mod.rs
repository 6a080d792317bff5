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
