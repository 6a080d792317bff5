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

/// The path from the top of the clone, with `/` on every platform (the
/// checks compare it with `src/lsp/` and the like; Windows writes `\`).
fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
        .replace('\\', "/")
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
        // The one ignore allowed: tests of the user's material in
        // `../shared`, ignored (and said so) on a clone without it.
        for line in text
            .lines()
            .filter(|l| l.contains("cfg_attr(") && l.contains("ignore"))
        {
            assert!(
                file.ends_with("tidy.rs") || line.contains("cfg_attr(not(shared_corpus), ignore"),
                "{}: `{line}`: only tests needing ../shared may be ignored",
                rel(&file)
            );
        }
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

// ---- layers -----------------------------------------------------------------

/// The layers of `src/`, bottom first. A module may import only modules of
/// layers below its own; modules of one layer do not import each other.
/// This is the one place the order is written: `ARCHITECTURE.md` and
/// `src/lib.rs` are checked against it.
const LAYERS: &[&[&str]] = &[
    &["text"],
    &["domain"],
    &["i18n"],
    &["catalogue"],
    &["syntax"],
    &["akn"],
    &["model"],
    &["analysis"],
    &["export"],
    &["files"],
    &["ide"],
    &["cli", "lsp"],
];

/// The module path of a source file: `src/analysis/rules/labels.rs` →
/// `["analysis", "rules", "labels"]`; `mod.rs` names its folder.
fn module_path(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(root().join("src")).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    match last.as_str() {
        "mod.rs" | "lib.rs" | "main.rs" => {}
        name => parts.push(name.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// The code of a file without comments and string literals (so that a
/// path named in a doc comment or a message is not an import).
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_string = false;
        let mut prev = ' ';
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if !in_string && c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            if c == '"' && prev != '\\' {
                in_string = !in_string;
            } else if !in_string {
                out.push(c);
            }
            prev = c;
        }
        out.push('\n');
    }
    out
}

/// Every absolute module path (`["analysis", "rules", "labels", …]`) that
/// the code of a file at `module` names through `crate::` or `super::`,
/// with `use` groups expanded one level.
fn referenced_paths(module: &[String], code: &str) -> Vec<Vec<String>> {
    let ident = |s: &str| -> usize {
        s.char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
            .map_or(s.len(), |(i, _)| i)
    };
    let mut out = Vec::new();
    let mut i = 0;
    let bytes = code.as_bytes();
    while i < code.len() {
        let rest = &code[i..];
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        let (mut base, mut at) = if starts_word && rest.starts_with("crate::") {
            (Vec::new(), i + "crate::".len())
        } else if starts_word && rest.starts_with("super::") {
            let mut base = module.to_vec();
            let mut at = i;
            while code[at..].starts_with("super::") {
                base.pop();
                at += "super::".len();
            }
            (base, at)
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // Segments, then maybe a `{…}` group.
        loop {
            let seg_len = ident(&code[at..]);
            if seg_len == 0 {
                break;
            }
            base.push(code[at..at + seg_len].to_string());
            at += seg_len;
            if !code[at..].starts_with("::") {
                break;
            }
            at += 2;
        }
        if code[at..].starts_with('{') {
            let mut depth = 0;
            let mut item = String::new();
            for c in code[at..].chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth == 1 && (c == ',' || c == '{') || depth == 0 {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && name != "self" {
                        let mut p = base.clone();
                        p.push(name);
                        out.push(p);
                    }
                    item.clear();
                    if depth == 0 {
                        break;
                    }
                } else if depth == 1 {
                    item.push(c);
                }
            }
        }
        out.push(base);
        i = at.max(i + 1);
    }
    out
}

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top))
}

#[test]
fn imports_follow_the_layer_order() {
    let mut wrong = Vec::new();
    for file in rust_files(&root().join("src")) {
        let module = module_path(&file);
        let Some(top) = module.first() else { continue };
        let Some(own) = layer_of(top) else {
            wrong.push(format!(
                "{}: module `{top}` is in no layer of LAYERS",
                rel(&file)
            ));
            continue;
        };
        let code = code_only(&std::fs::read_to_string(&file).unwrap());
        for path in referenced_paths(&module, &code) {
            let Some(target) = path.first() else { continue };
            if target == top {
                continue;
            }
            match layer_of(target) {
                Some(layer) if layer < own => {}
                Some(_) => wrong.push(format!(
                    "{}: `{top}` may not use `crate::{}` (layer order in tests/tidy.rs)",
                    rel(&file),
                    path.join("::")
                )),
                None => {}
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn sibling_modules_import_each_other_without_circles() {
    // Edges between the children of one module, from every file below.
    let mut edges: std::collections::BTreeMap<
        Vec<String>,
        std::collections::BTreeSet<(String, String)>,
    > = Default::default();
    for file in rust_files(&root().join("src")) {
        let module = module_path(&file);
        let code = code_only(&std::fs::read_to_string(&file).unwrap());
        for path in referenced_paths(&module, &code) {
            // The deepest common parent of the two, and the children of it
            // that each lies in.
            let common = module.iter().zip(&path).take_while(|(a, b)| a == b).count();
            if common >= module.len() || common >= path.len() {
                continue; // A module naming its own descendant or ancestor.
            }
            let parent = module[..common].to_vec();
            edges
                .entry(parent)
                .or_default()
                .insert((module[common].clone(), path[common].clone()));
        }
    }
    let mut circles = Vec::new();
    for (parent, pairs) in &edges {
        let nodes: std::collections::BTreeSet<&String> =
            pairs.iter().flat_map(|(a, b)| [a, b]).collect();
        for start in &nodes {
            // Is `start` reachable from itself?
            let mut stack: Vec<&String> = pairs
                .iter()
                .filter(|(a, _)| a == *start)
                .map(|(_, b)| b)
                .collect();
            let mut seen = std::collections::BTreeSet::new();
            while let Some(n) = stack.pop() {
                if n == *start {
                    circles.push(format!(
                        "{}: `{start}` imports itself through its siblings",
                        if parent.is_empty() {
                            "crate".to_string()
                        } else {
                            parent.join("::")
                        }
                    ));
                    break;
                }
                if seen.insert(n) {
                    stack.extend(pairs.iter().filter(|(a, _)| a == n).map(|(_, b)| b));
                }
            }
        }
    }
    assert!(circles.is_empty(), "{}\n{edges:#?}", circles.join("\n"));
}

#[test]
fn the_layers_are_the_modules_of_lib_rs_and_architecture_md() {
    let lib = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    let mut declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    declared.sort();
    let mut layered: Vec<&str> = LAYERS.iter().flat_map(|l| l.iter().copied()).collect();
    layered.sort();
    assert_eq!(
        declared, layered,
        "src/lib.rs and LAYERS name different modules"
    );
    let architecture = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let mut last = 0;
    for layer in LAYERS {
        for module in *layer {
            let heading = format!("### `{module}`");
            let at = architecture
                .find(&heading)
                .unwrap_or_else(|| panic!("ARCHITECTURE.md has no heading {heading}"));
            assert!(
                at >= last,
                "ARCHITECTURE.md lists `{module}` out of the layer order"
            );
            last = at;
        }
    }
}

#[test]
fn docs_diagnostics_md_is_generated_from_the_rules() {
    let path = root().join("docs/diagnostics.md");
    let generated = resolution_ls::analysis::diagnostics_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert!(
        on_disk == generated,
        "docs/diagnostics.md is not what the rules say: run `UPDATE_DOCS=1 cargo test --test tidy`"
    );
}

#[test]
fn every_rule_example_raises_its_rule() {
    use resolution_ls::analysis::Config;
    use resolution_ls::ide::FileAnalysis;
    let mut wrong = Vec::new();
    for rule in resolution_ls::analysis::rules() {
        // RLS0001 guards against text the grammar cannot read, and the
        // grammar reads any text today: no example can show it.
        if rule.code != "RLS0001" {
            assert!(
                rule.examples.len() >= 2,
                "{}: give an English and another example",
                rule.code
            );
        }
        for example in rule.examples {
            let found = FileAnalysis::example(example).check(&Config::default());
            if !found.iter().any(|d| d.code == rule.code) {
                let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
                wrong.push(format!("{}: {example:?} gives {codes:?}", rule.code));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn docs_rules_has_one_generated_page_per_rule() {
    let dir = root().join("docs/rules");
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut stale = Vec::new();
    let mut expected_names = Vec::new();
    for rule in resolution_ls::analysis::rules() {
        let path = dir.join(format!("{}.md", rule.code));
        expected_names.push(format!("{}.md", rule.code));
        let page = resolution_ls::cli::rule::page(rule);
        if update {
            std::fs::write(&path, &page).unwrap();
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(page.as_str()) {
            stale.push(rel(&path));
        }
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    on_disk.sort();
    expected_names.sort();
    assert!(
        stale.is_empty() && on_disk == expected_names,
        "docs/rules is not what the rules say ({stale:?}; files {on_disk:?}): run `UPDATE_DOCS=1 cargo test --test tidy`"
    );
}

/// No placeholder address anywhere a user or a packager reads one: the
/// project has no public URL yet, and a made-up one is worse than none.
#[test]
fn no_placeholder_addresses_in_editor_or_package_files() {
    let mut found = Vec::new();
    let mut stack = vec![root().join("editors"), root().join("grammar")];
    let files = [root().join("Cargo.toml"), root().join("README.md")];
    let mut all: Vec<PathBuf> = files.to_vec();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() {
                if !matches!(
                    name.as_ref(),
                    "node_modules" | "target" | "src" | ".vscode-test"
                ) {
                    stack.push(path);
                }
            } else if ["toml", "json", "el", "lua", "md", "sh", "scm", "ts", "js"]
                .iter()
                .any(|e| name.ends_with(&format!(".{e}")))
                && name != "check-configs.sh"
            {
                all.push(path);
            }
        }
    }
    for path in all {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if text.contains("example.invalid") {
            found.push(rel(&path));
        }
    }
    assert!(found.is_empty(), "example.invalid in {found:?}");
}
