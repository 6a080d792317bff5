//! Invariants of the code base, as tests (rust-analyzer's tidy idea).

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in ignore::WalkBuilder::new(dir).build().flatten() {
        if entry.path().extension().is_some_and(|e| e == "rs") {
            out.push(entry.path().to_path_buf());
        }
    }
    out.sort();
    out
}

fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn only_the_lsp_layer_knows_the_protocol() {
    let forbidden = ["tower_lsp_server", "ls_types", "lsp_types"];
    for file in rust_files(&root().join("src")) {
        let r = rel(&file);
        if r.starts_with("src/lsp/") || r == "src/main.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{r} names `{word}`: protocol types belong in src/lsp only"
            );
        }
    }
}

#[test]
fn nothing_but_the_cli_prints_to_stdout() {
    for file in rust_files(&root().join("src")) {
        let r = rel(&file);
        if r.starts_with("src/cli") || r == "src/main.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for bad in ["println!", "print!(", "dbg!(", "std::io::stdout"] {
                assert!(
                    !code.contains(bad),
                    "{r}:{}: `{bad}` outside the CLI; stdout belongs to the protocol",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn every_rule_is_documented_in_docs_diagnostics_md() {
    let docs = std::fs::read_to_string(root().join("docs/diagnostics.md")).unwrap();
    for rule in resolution_ls::analysis::rules() {
        let row = format!("| {} | {} |", rule.code, rule.name);
        assert!(
            docs.contains(&row),
            "docs/diagnostics.md has no row starting `{row}`"
        );
    }
}

#[test]
fn rule_codes_are_unique_and_well_formed() {
    let rules = resolution_ls::analysis::rules();
    let mut codes: Vec<&str> = rules.iter().map(|r| r.code).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), rules.len(), "duplicate rule code");
    for code in codes {
        assert!(
            code.len() == 7
                && code.starts_with("RLS")
                && code[3..].bytes().all(|b| b.is_ascii_digit()),
            "{code}"
        );
    }
}

#[test]
fn node_kinds_used_by_the_model_exist_in_the_grammar() {
    let node_types = std::fs::read_to_string(root().join("grammar/src/node-types.json")).unwrap();
    for kind in resolution_ls::syntax::kinds::ALL {
        assert!(
            node_types.contains(&format!("\"type\": \"{kind}\"")),
            "grammar has no node kind `{kind}`"
        );
    }
}

#[test]
fn no_ignored_or_should_panic_tests() {
    for file in rust_files(&root().join("tests"))
        .into_iter()
        .chain(rust_files(&root().join("src")))
    {
        let text = std::fs::read_to_string(&file).unwrap();
        for bad in ["#[ignore", "#[should_panic"] {
            let needle = bad.to_string();
            // This file names the attributes to forbid them.
            if file.ends_with("tidy.rs") {
                continue;
            }
            assert!(
                !text.contains(&needle),
                "{}: `{bad}`; assert known-wrong behaviour with a FIXME instead",
                rel(&file)
            );
        }
    }
}
