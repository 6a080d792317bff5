//! What one open draft keeps in memory, against the size of its text: the
//! heap bytes each part of a `FileAnalysis` holds once analysed (its text,
//! the model, the findings, the line index), counted
//! by dhat's allocator, for generated Chinese drafts and (with `../shared`)
//! the English PP-18 drafts of `scripts/lsp_drive.py`. tree-sitter's tree
//! is allocated by its C library and is not counted here (the process's
//! peak RSS in BENCHMARKS.md includes it).
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
    println!(
        "| {name} | {} | {} | {} | {} | {} | {} | {:.1}× |",
        mb(text.len()),
        mb(held_text),
        mb(model),
        mb(findings),
        mb(line_index),
        mb(total),
        total as f64 / text.len() as f64
    );
}

fn main() {
    let _profiler = dhat::Profiler::builder().testing().build();
    println!(
        "| draft | text | the file's text | model | findings | line index | total | total / text |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (name, size) in [("generated 10 KB", 10_000), ("generated 1 MB", 1 << 20)] {
        measure(name, &parse_bench::generated_draft(size));
    }
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/pp18-en/txt");
    let mut texts: Vec<_> = std::fs::read_dir(&corpus)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    texts.sort();
    if texts.is_empty() {
        eprintln!("English rows not run: ../shared/corpus/pp18-en/txt not found");
        return;
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
    measure("English 1 MB (PP-18 texts)", &english);
}
