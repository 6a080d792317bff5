//! What one open draft keeps in memory, against the size of its text: the
//! heap bytes each part of a `FileAnalysis` holds once analysed (its text,
//! the model, the findings, the line index), counted
//! by dhat's allocator, for generated Chinese drafts and (with `../shared`)
//! the English PP-18 drafts of `scripts/lsp_drive.py`. tree-sitter's tree
//! is allocated by its C library, which dhat does not see: it is estimated
//! apart, from the resident memory that eight more parses of the same text
//! add beyond what dhat counts (Linux, 4 KiB pages; `valgrind --tool=massif`
//! gives 1.43 MB for the English 1 MB draft's tree, where this gives 1.69:
//! the allocator's own overhead is in the estimate).
//! Run with `cargo bench --bench memory`; figures go to BENCHMARKS.md.

use resolution_ls::analysis::Config;
use resolution_ls::ide::FileAnalysis;
use resolution_ls::syntax::SourceFile;

#[path = "parse.rs"]
#[allow(dead_code)]
mod parse_bench;

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

fn live() -> usize {
    dhat::HeapStats::get().curr_bytes
}

fn mb(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{:.0} KB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

fn measure(name: &str, text: &str) {
    // Everything built once per process (catalogue, regexes, automata,
    // messages) first, by analysing the same kind of text once.
    FileAnalysis::parse(text).findings(1, Config::default);
    let start = live();
    let file = FileAnalysis::new(SourceFile::parse(text));
    let held_text = live() - start;
    file.model();
    let model = live() - start - held_text;
    file.findings(1, Config::default);
    let findings = live() - start - held_text - model;
    file.line_index();
    let total = live() - start;
    let line_index = total - held_text - model - findings;
    let tree = tree_in_child(name);
    println!(
        "| {name} | {} | {} | {} | {} | {} | {} | {:.1}× | {} | {} |",
        mb(text.len()),
        mb(held_text),
        mb(model),
        mb(findings),
        mb(line_index),
        mb(total),
        total as f64 / text.len() as f64,
        tree.map_or("not measured".into(), mb),
        tree.map_or("".into(), |t| format!(
            "{:.1}×",
            (total + t) as f64 / text.len() as f64
        )),
    );
}

/// What tree-sitter's tree of `text` holds (C heap, with the allocator's
/// overhead), estimated from resident memory: `None` where
/// `/proc/self/statm` is not.
fn tree_bytes(text: &str) -> Option<usize> {
    let resident = || -> Option<usize> {
        let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
        Some(statm.split_whitespace().nth(1)?.parse::<usize>().ok()? * 4096)
    };
    const COPIES: usize = 8;
    let (rss_before, heap_before) = (resident()?, live());
    let files: Vec<SourceFile> = (0..COPIES).map(|_| SourceFile::parse(text)).collect();
    let (rss_after, heap_after) = (resident()?, live());
    drop(files);
    let rust_side = heap_after - heap_before;
    Some(
        rss_after
            .saturating_sub(rss_before)
            .saturating_sub(rust_side)
            / COPIES,
    )
}

/// The drafts measured: generated ones, and (with `../shared`) English.
fn drafts() -> Vec<(&'static str, String)> {
    let mut drafts = vec![
        ("generated 10 KB", parse_bench::generated_draft(10_000)),
        ("generated 1 MB", parse_bench::generated_draft(1 << 20)),
    ];
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pp18-en/txt");
    let mut texts: Vec<_> = std::fs::read_dir(&corpus)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    texts.sort();
    if texts.is_empty() {
        eprintln!("English rows not run: ../shared/corpus/pp18-en/txt not found");
        return drafts;
    }
    // As scripts/lsp_drive.py builds them: the texts one after another.
    let mut english = String::new();
    for path in texts.iter().cycle() {
        if english.len() >= 1_000_000 {
            break;
        }
        english.push_str(&std::fs::read_to_string(path).unwrap_or_default());
        english.push('\n');
    }
    drafts.push(("English 1 MB (PP-18 texts)", english));
    drafts
}

/// The tree estimate of one draft, made in a process of its own: memory
/// another measurement freed would be reused without showing.
const TREE_OF: &str = "RLS_MEMORY_TREE_OF";

fn tree_in_child(name: &str) -> Option<usize> {
    let out = std::process::Command::new(std::env::current_exe().ok()?)
        .env(TREE_OF, name)
        .output()
        .ok()?;
    String::from_utf8(out.stdout).ok()?.trim().parse().ok()
}

fn main() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let drafts = drafts();
    if let Ok(name) = std::env::var(TREE_OF) {
        if let Some((_, text)) = drafts.iter().find(|(n, _)| *n == name) {
            if let Some(bytes) = tree_bytes(text) {
                println!("{bytes}");
            }
        }
        return;
    }
    println!("| draft | text | the file's text | model | findings | line index | total (Rust heap) | total / text | tree-sitter's tree (estimate) | with the tree / text |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for (name, text) in &drafts {
        measure(name, text);
    }
}
