//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod docx;
pub mod lsp;

use std::path::PathBuf;

/// The user's real documents in `../shared/seeds`, sorted by name, or
/// `None` (after saying so) on a clone without `../shared` beside it.
pub fn seeds() -> Option<Vec<(String, String)>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("seed tests not run: ../shared/seeds not found");
        return None;
    };
    let mut seeds: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("seed is UTF-8");
            (name, text)
        })
        .collect();
    seeds.sort();
    Some(seeds)
}

/// A seed by its number prefix (`"000"`).
pub fn seed(prefix: &str) -> Option<String> {
    seeds()?
        .into_iter()
        .find(|(name, _)| name.starts_with(prefix))
        .map(|(_, text)| text)
}

pub fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A number from the environment (`1_000_000` allowed), or `default`:
/// how long tests that can run long run.
pub fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// SplitMix64: a small, seeded, reproducible generator.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The command-line binary, to be run in `dir` with `args`.
pub fn resolution_ls(args: &[&str], dir: &std::path::Path) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_resolution-ls"));
    command.args(args).current_dir(dir);
    command
}
