//! The command line: `check` (the batch checker), `export`, `catalogue`
//! and `rule`. Everything here prints to stdout on purpose; the server
//! never calls into this module.

pub mod catalogue;
pub mod check;
pub mod export;
pub mod fix;
pub mod formats;
pub mod human;
pub mod outline;
mod parallel;
pub mod report;
pub mod rule;
