//! What one open draft keeps in memory, against the size of its text: the
//! heap bytes each part of a `FileAnalysis` holds once analysed (its text,
//! the model, the findings, the line index), then after a keystroke (the
//! section window the re-extraction carries to the next), counted by
//! dhat's allocator, for generated Chinese drafts and (with `../shared`)
//! the English PP-18 drafts of `scripts/lsp_drive.py`. No tree of the
//! whole file is kept once the model is extracted; the window's
//! tree-sitter tree is allocated by its C library, which dhat does not
//! see: it is estimated apart, from the resident memory that eight more
//! parses of the window's text add beyond what dhat counts (Linux, 4 KiB
//! pages; the allocator's own overhead is in the estimate).
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

/// A character typed into a clause line from the middle of the text on:
/// the first whose keystroke re-extracts from the earlier version (not a
/// line whose section the whole file reads otherwise than its window, as
/// where a PDF conversion lost a heading), carrying a window to the next.
fn keystroke(text: &str) -> resolution_ls::text::TextEdit {
    let analysed = FileAnalysis::parse(text);
    analysed.model();
    let mid = resolution_ls::text::floor_char_boundary(text, text.len() / 2);
    let mut at = mid;
    for line in text[mid..].split_inclusive('\n') {
        // A clause line: a label (`a)`, `1`, `第3项`…) then text.
        let long = line.chars().count() > 60;
        let labelled = line.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '（')
            && line.chars().take(6).any(|c| [')', '\t', '）'].contains(&c));
        if long && labelled {
            let column = line.char_indices().nth(40).map_or(0, |(i, _)| i);
            let edit = resolution_ls::text::TextEdit {
                range: resolution_ls::text::TextRange::empty(at + column),
                new_text: "x".into(),
            };
            let typed = analysed.edit(std::slice::from_ref(&edit));
            typed.model();
            if typed.reused_earlier().0 {
                return edit;
            }
        }
        at += line.len();
    }
    panic!("no clause line past the middle of the text takes a keystroke alone");
}

fn measure(name: &str, text: &str) {
    // Everything built once per process (catalogue, regexes, automata,
    // messages) first, by analysing the same kind of text once.
    let edit = keystroke(text);
    let warm = FileAnalysis::parse(text);
    warm.findings(1, Config::default);
    warm.edit(std::slice::from_ref(&edit))
        .findings(1, Config::default);
    drop(warm);
    let start = live();
    let file = FileAnalysis::new(SourceFile::parse(text));
    let held_text = live() - start;
    file.model();
    let model = live() - start - held_text;
    file.findings(1, Config::default);
    let findings = live() - start - held_text - model;
    file.line_index();
    let opened = live() - start;
    let line_index = opened - held_text - model - findings;
    // Then typing: the version after a keystroke, the earlier one dropped
    // as the server drops it; it holds the section window it read.
    let typed = file.edit(&[edit]);
    drop(file);
    typed.findings(1, Config::default);
    typed.line_index();
    let total = live() - start;
    let window = typed.carried_window();
    let window_text = window.map_or("", |w| resolution_ls::text::slice(typed.text(), w));
    let tree = tree_in_child(name);
    println!(
        "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {:.1}× | {} | {:.1}× |",
        mb(text.len()),
        mb(held_text),
        mb(model),
        mb(findings),
        mb(line_index),
        mb(opened),
        mb(window_text.len()),
        mb(total),
        total as f64 / text.len() as f64,
        tree.map_or("not measured".into(), mb),
        (total + tree.unwrap_or(0)) as f64 / text.len() as f64,
    );
    assert_eq!(
        typed.reused_earlier(),
        (true, true),
        "{name}: the keystroke was not re-extracted from the earlier version"
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
    // Enough copies for a small window's trees to show in whole pages.
    let copies = (8_000_000 / text.len().max(1)).clamp(8, 2_000);
    let (rss_before, heap_before) = (resident()?, live());
    let files: Vec<SourceFile> = (0..copies).map(|_| SourceFile::parse(text)).collect();
    let (rss_after, heap_after) = (resident()?, live());
    drop(files);
    let rust_side = heap_after - heap_before;
    Some(
        rss_after
            .saturating_sub(rss_before)
            .saturating_sub(rust_side)
            / copies,
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
        // The tree kept while typing: the carried section window's.
        if let Some((_, text)) = drafts.iter().find(|(n, _)| *n == name) {
            let typed = FileAnalysis::parse(text);
            typed.model();
            let typed = typed.edit(&[keystroke(text)]);
            typed.model();
            let window = typed
                .carried_window()
                .map_or("", |w| resolution_ls::text::slice(typed.text(), w));
            if let Some(bytes) = tree_bytes(window) {
                println!("{bytes}");
            }
        }
        return;
    }
    println!("| draft | text | the file's text | model | findings | line index | opened (Rust heap) | section window | after a keystroke (Rust heap) | / text | the window's tree (estimate) | with the tree / text |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, text) in &drafts {
        measure(name, text);
    }
}
