//! What a draft becomes in other formats, from its model and the catalogue:
//! [`akn`] writes Akoma Ntoso 3.0 (`resolution-ls export --to akn`).
//! Plain data in, a string out; the command line writes it.

pub mod akn;
