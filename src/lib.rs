//! resolution-ls: a language server and checker for ITU resolution drafts.
//!
//! Layers, from the bottom up (each may use only the ones above it):
//!
//! - [`text`]: byte ranges and the line index (UTF-8/16/32 columns).
//! - [`domain`]: the six languages and the bodies that adopt texts.
//! - [`i18n`]: messages in the six languages (Fluent files).
//! - [`syntax`]: the tree-sitter grammar wrapped as an immutable value;
//!   parsing never fails, edits re-parse incrementally.
//! - [`akn`]: Akoma Ntoso as a format — its names, an XML writer, and the
//!   reader of statements as drafts with a map back to the XML.
//! - [`model`]: plain data extracted once per parse — documents, sections,
//!   clauses, labels, footnotes — with byte ranges.
//! - [`catalogue`] and [`citations`]: what resolutions exist and what a
//!   citation in the text refers to.
//! - [`analysis`]: the rules, each with a stable code, returning findings
//!   and certain fixes as plain data.
//! - [`export`]: a draft in other formats (Akoma Ntoso), from its model.
//! - [`ide`]: editor features over the analysis (hover, definition,
//!   symbols, code actions…), still protocol-free: plain data in and out,
//!   byte offsets; [`ide::FileAnalysis`] holds one analysed version of a file.
//! - [`lsp`] and [`cli`]: the only places that know about the Language
//!   Server Protocol or the terminal. `tests/tidy.rs` enforces this.
//!
//! Invariants: the core takes and returns byte offsets; no function in the
//! core panics on user input; nothing but the protocol is written to
//! stdout in the server.

pub mod akn;
pub mod analysis;
pub mod catalogue;

pub mod cli;
pub mod domain;
pub mod export;
pub mod files;
pub mod i18n;
pub mod ide;
pub mod lsp;
pub mod model;
pub mod syntax;
pub mod text;
