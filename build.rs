//! Tells the tests whether `../shared` (the user's seeds and the real
//! corpus, beside the clone in CI) is there: tests that read it are
//! `#[cfg_attr(not(shared_corpus), ignore = …)]`, so a clone without it
//! shows them as ignored instead of passing them silently. The product
//! itself never reads `../shared`.

use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(shared_corpus)");
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    println!("cargo::rerun-if-changed={}", shared.display());
    println!("cargo::rerun-if-changed=build.rs");
    if shared.join("seeds").is_dir() {
        println!("cargo::rustc-cfg=shared_corpus");
    }
}
