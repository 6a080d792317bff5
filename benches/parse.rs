//! Parsing and model extraction: the largest seed (when ../shared is
//! beside the clone), the project's examples, and a generated 1 MB draft.
//! Run with `cargo bench --bench parse`; figures go to BENCHMARKS.md.

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use resolution_ls::model;
use resolution_ls::syntax::SourceFile;

/// A clean draft of about `bytes` bytes: one Chinese resolution whose
/// preamble sections repeat the shapes of a real one (26 lettered clauses,
/// roman sub-items, citations of the latest known revisions, footnote
/// references, internal references), then an operative part. A correct
/// text, so that timings measure the pipeline rather than the cost of
/// reporting thousands of findings.
pub fn generated_draft(bytes: usize) -> String {
    let mut s = String::from(
        "第101号决议（2022年，布加勒斯特，修订版）\n基于互联网协议的网络\n国际电信联盟全权代表大会（2022年，布加勒斯特），\n",
    );
    let headings = [
        "忆及",
        "考虑到",
        "认识到",
        "注意到",
        "意识到",
        "铭记",
        "强调",
    ];
    let mut section = 0;
    while s.len() < bytes {
        s.push_str(headings[section % headings.len()]);
        s.push('\n');
        section += 1;
        for (i, letter) in ('a'..='z').enumerate() {
            let end = if letter == 'z' { "，" } else { "；" };
            s.push_str(&format!(
                "{letter})\t有关WTDC第23号决议（2022年，基加利，修订版）和全权代表大会第102号决议（2022年，布加勒斯特，修订版）的第{i}项内容[footnoteRef:1]1{end}\n"
            ));
            if i == 3 {
                s.push_str("i)\t基础设施、互操作性和标准化；\nii)\t互联网名称和寻址；\n");
            }
        }
    }
    s.push_str("做出决议\n");
    for n in 1..=9 {
        s.push_str(&format!("{n}\t继续开展研究，同时顾及上述忆及c)的内容；\n"));
    }
    s.push_str("10\t提供必要信息。\n");
    s
}

fn largest_seed() -> Option<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut best: Option<(String, String)> = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let text = std::fs::read_to_string(entry.path()).ok()?;
        if best.as_ref().is_none_or(|(_, b)| text.len() > b.len()) {
            best = Some((entry.file_name().to_string_lossy().into_owned(), text));
        }
    }
    best
}

fn bench_parse(c: &mut Criterion) {
    let mut inputs = vec![("generated-1MB".to_string(), generated_draft(1 << 20))];
    match largest_seed() {
        Some((name, text)) => inputs.insert(0, (format!("seed-{name}"), text)),
        None => eprintln!("seed benchmark not run: ../shared/seeds not found"),
    }
    let mut group = c.benchmark_group("parse+model");
    group.sample_size(20);
    for (name, text) in &inputs {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", name), text, |b, text| {
            b.iter(|| SourceFile::parse(text.as_str()))
        });
        let file = SourceFile::parse(text.as_str());
        group.bench_with_input(BenchmarkId::new("extract", name), &file, |b, file| {
            b.iter(|| model::extract(file))
        });
        let model = model::extract(&file);
        let config = resolution_ls::analysis::Config::default();
        group.bench_with_input(BenchmarkId::new("citations", name), text, |b, text| {
            b.iter(|| resolution_ls::model::citations::extract(text, model.language))
        });
        group.bench_with_input(BenchmarkId::new("all-checks", name), &file, |b, file| {
            b.iter(|| resolution_ls::analysis::check(file.text(), &model, &config))
        });
        // One keystroke in the middle of the file, re-parsed incrementally.
        let mid = resolution_ls::text::floor_char_boundary(text, text.len() / 2);
        let edit = resolution_ls::text::TextEdit {
            range: resolution_ls::text::TextRange::empty(mid),
            new_text: "x".into(),
        };
        group.bench_with_input(
            BenchmarkId::new("incremental-edit", name),
            &file,
            |b, file| b.iter(|| file.edit(std::slice::from_ref(&edit))),
        );
    }
    group.finish();
}

/// A keystroke in the middle of a clause line, from the edit to the new
/// version's findings: the whole file analysed again, against the previous
/// version's model and findings reused (`model::reextract`,
/// `analysis::recheck`), at three sizes. The previous version is dropped
/// first, as the server drops it when the new one arrives.
fn bench_keystroke(c: &mut Criterion) {
    use resolution_ls::analysis::Config;
    use resolution_ls::ide::FileAnalysis;
    use resolution_ls::text::{TextEdit, TextRange};
    let mut group = c.benchmark_group("keystroke");
    group.sample_size(10);
    for (name, size) in [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1 << 20)] {
        let text = generated_draft(size);
        // In the text of the middle clause line (`…的第3项内容[footnoteRef:1]1；`).
        let mid = resolution_ls::text::floor_char_boundary(&text, text.len() / 2);
        let at = mid + text[mid..].find("项内容").expect("a clause line") + "项".len();
        let edit = [TextEdit {
            range: TextRange::empty(at),
            new_text: "的".into(),
        }];
        let previous = || {
            let file = FileAnalysis::parse(&text);
            file.findings(1, Config::default);
            file
        };
        group.bench_function(BenchmarkId::new("whole-file", name), |b| {
            b.iter_batched(
                previous,
                |prev| FileAnalysis::parse(prev.edit(&edit).text()).findings(1, Config::default),
                criterion::BatchSize::PerIteration,
            )
        });
        // Typing: each keystroke's version is the next one's previous, as
        // in the server (the character is typed, then deleted, in turn).
        let delete = [TextEdit {
            range: TextRange::new(at, at + "的".len()),
            new_text: String::new(),
        }];
        group.bench_function(BenchmarkId::new("reusing-previous", name), |b| {
            let mut current = previous();
            let mut typed = false;
            b.iter_custom(|iters| {
                let mut spent = std::time::Duration::ZERO;
                for _ in 0..iters {
                    let started = std::time::Instant::now();
                    let next = current.edit(if typed { &delete } else { &edit });
                    drop(std::mem::replace(&mut current, next));
                    current.findings(1, Config::default);
                    // What the server converts positions with.
                    current.line_index();
                    spent += started.elapsed();
                    assert_eq!(current.reused_earlier(), (true, true));
                    typed = !typed;
                }
                spent
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_parse, bench_keystroke);
criterion_main!(benches);
