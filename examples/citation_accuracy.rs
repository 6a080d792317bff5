//! Recall and precision of citation extraction and resolution against the
//! hand-made gold list (`tests/accuracy/citations-gold.tsv`, texts in
//! `../shared`) and the fixtures (`tests/fixtures/citations/*/*.expected.tsv`),
//! by language and by file, with every miss and false hit.
//!
//! Run: `cargo run --release --example citation_accuracy` (`RESOLUTION_SHARED`
//! points elsewhere than `../shared`; `-- --quiet` prints the totals only).
//!
//! Counting (as `tests/accuracy/README.md` suggests): a found number matches a
//! gold row when its citation overlaps the row's quote (at its occurrence) on
//! the same line and the numbers are equal without spaces; one to one. Every
//! found number left unmatched is a false hit (the gold lists every citation);
//! those on a `not-citations.tsv` quote are also counted apart. Resolution is
//! scored on matched rows: the product's body (`analysis::resolve`) against
//! `resolved_body`; Questions and Sector Recommendations, which the product
//! does not resolve, are counted apart.

#[path = "../tests/common/gold.rs"]
mod gold;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use gold::{all_spans, found, line_of, match_file, read_tsv, span_of, Expected, Row};
use resolution_ls::catalogue::Catalogue;
use resolution_ls::domain::Language;

#[derive(Default, Clone, Copy)]
struct Tally {
    gold: usize,
    matched: usize,
    found: usize,
    false_hits: usize,
    on_not: usize,
    resolvable: usize,
    resolved_right: usize,
    /// Gold `ambiguous` rows the product also leaves ambiguous.
    ambiguous_agreed: usize,
    unresolvable: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.gold += o.gold;
        self.matched += o.matched;
        self.found += o.found;
        self.false_hits += o.false_hits;
        self.on_not += o.on_not;
        self.resolvable += o.resolvable;
        self.resolved_right += o.resolved_right;
        self.ambiguous_agreed += o.ambiguous_agreed;
        self.unresolvable += o.unresolvable;
    }

    fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    fn precision(&self) -> f64 {
        ratio(self.found - self.false_hits, self.found)
    }

    fn line(&self, name: &str) -> String {
        format!(
            "{name:<44} {:>5} {:>5} {:>5} {:>5}  {:>6.3} {:>6.3}   {:>4}/{:<4} {:>6.3}  ({} not resolved by kind)",
            self.gold,
            self.found,
            self.missed(),
            self.false_hits,
            self.recall(),
            self.precision(),
            self.resolved_right,
            self.resolvable,
            ratio(self.resolved_right, self.resolvable),
            self.unresolvable,
        )
    }

    fn missed(&self) -> usize {
        self.gold - self.matched
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The language of a row: the fixture's folder (`fr/conseil.txt`), else
/// the script of the quote (the gold is English and Chinese).
fn lang_of(file: &str, s: &str) -> &'static str {
    if let Some((dir, _)) = file.split_once('/') {
        if let Some(l) = Language::from_code(dir) {
            return l.code();
        }
    }
    resolution_ls::model::language::detect(s).code()
}

struct Set {
    name: &'static str,
    /// file name as written in the table → path on disk.
    root: PathBuf,
    gold: Vec<Row>,
    not: Vec<Row>,
}

fn fixture_set(dir: &Path) -> Set {
    let mut gold = Vec::new();
    let mut not = Vec::new();
    let mut langs: Vec<_> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    langs.sort();
    for lang in langs {
        let mut files: Vec<_> = std::fs::read_dir(&lang)
            .map(|r| r.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".expected.tsv") {
                gold.extend(read_tsv(&f));
            } else if name.ends_with(".not-citations.tsv") {
                not.extend(read_tsv(&f));
            }
        }
    }
    Set {
        name: "fixtures",
        root: dir.to_path_buf(),
        gold,
        not,
    }
}

fn main() {
    let quiet = std::env::args().any(|a| a == "--quiet");
    let catalogue = Catalogue::builtin();
    let manifest = gold::manifest();
    let shared = gold::shared();
    let mut sets = Vec::new();
    let gold_path = manifest.join("tests/accuracy/citations-gold.tsv");
    if shared.join("seeds").is_dir() {
        sets.push(Set {
            name: "gold",
            root: shared.clone(),
            gold: read_tsv(&gold_path),
            not: read_tsv(&manifest.join("tests/accuracy/not-citations.tsv")),
        });
    } else {
        println!(
            "gold texts not found at {} (set RESOLUTION_SHARED): gold not scored",
            shared.display()
        );
    }
    sets.push(fixture_set(&manifest.join("tests/fixtures/citations")));

    for set in &sets {
        let mut by_file: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
        for r in &set.gold {
            by_file.entry(r.get("file")).or_default().push(r);
        }
        let mut not_by_file: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
        for r in &set.not {
            not_by_file.entry(r.get("file")).or_default().push(r);
            by_file.entry(r.get("file")).or_default();
        }
        let mut per_file: Vec<(String, Tally)> = Vec::new();
        let mut per_lang: BTreeMap<&'static str, Tally> = BTreeMap::new();
        let mut total = Tally::default();
        let mut misses = Vec::new();
        let mut false_hits = Vec::new();
        let mut wrong_bodies = Vec::new();
        for (file, rows) in &by_file {
            let path = set.root.join(file);
            let Ok(text) = std::fs::read_to_string(&path) else {
                println!("cannot read {}", path.display());
                continue;
            };
            let expected: Vec<Expected> = rows
                .iter()
                .map(|r| Expected {
                    row: (*r).clone(),
                    span: span_of(
                        &text,
                        r.get("line").parse().unwrap_or(0),
                        r.get("quote"),
                        r.get("occurrence").parse().unwrap_or(1),
                    ),
                })
                .collect();
            let not: Vec<_> = not_by_file
                .get(file)
                .into_iter()
                .flatten()
                .flat_map(|r| all_spans(&text, r.get("line").parse().unwrap_or(0), r.get("quote")))
                .collect();
            let (model, found) = found(&text, &catalogue);
            let m = match_file(&expected, &found, &not);
            let mut t = Tally {
                gold: expected.len(),
                matched: m.pairs.len(),
                found: found.len(),
                false_hits: m.false_hits.len(),
                on_not: m.on_not_citations.len(),
                ..Tally::default()
            };
            let mut lang_t: BTreeMap<&'static str, Tally> = BTreeMap::new();
            for (gi, e) in expected.iter().enumerate() {
                let l = lang_of(file, e.row.get("quote"));
                lang_t.entry(l).or_default().gold += 1;
                if let Some(&(_, fi)) = m.pairs.iter().find(|(g, _)| *g == gi) {
                    let lt = lang_t.entry(l).or_default();
                    lt.matched += 1;
                    lt.found += 1;
                    let f = &found[fi];
                    let want = e.row.get("resolved_body");
                    if f.resolved == "-" {
                        lt.unresolvable += 1;
                        t.unresolvable += 1;
                    } else {
                        lt.resolvable += 1;
                        t.resolvable += 1;
                        if f.resolved.eq_ignore_ascii_case(want) {
                            lt.resolved_right += 1;
                            t.resolved_right += 1;
                            if want == "ambiguous" {
                                t.ambiguous_agreed += 1;
                            }
                        } else {
                            wrong_bodies.push(format!(
                                "  {file}:{} {} `{}`: gold {want}, found {} (says {})",
                                e.row.get("line"),
                                e.row.get("number"),
                                e.row.get("quote"),
                                f.resolved,
                                f.body
                            ));
                        }
                    }
                } else {
                    misses.push(format!(
                        "  {file}:{} {} {} `{}`{}",
                        e.row.get("line"),
                        e.row.get("kind"),
                        e.row.get("number"),
                        e.row.get("quote"),
                        if e.span.is_none() {
                            " (quote not on its line)"
                        } else {
                            ""
                        }
                    ));
                }
            }
            for &fi in &m.false_hits {
                let f = &found[fi];
                let c = &model.citations[f.citation];
                let quote = &text[c.range.as_range()];
                let (line, _) = line_of(&text, c.range.start);
                let l = lang_of(file, quote);
                let lt = lang_t.entry(l).or_default();
                lt.found += 1;
                lt.false_hits += 1;
                if m.on_not_citations.contains(&fi) {
                    lt.on_not += 1;
                }
                false_hits.push(format!(
                    "  {file}:{line} {} {} `{quote}`{}",
                    c.kind.as_str(),
                    f.number,
                    if m.on_not_citations.contains(&fi) {
                        " (a listed not-citation)"
                    } else {
                        ""
                    }
                ));
            }
            for (l, lt) in lang_t {
                per_lang.entry(l).or_default().add(&lt);
            }
            total.add(&t);
            per_file.push((file.to_string(), t));
        }
        println!("\n== {} ({} rows) ==", set.name, set.gold.len());
        let head = format!(
            "{:<44} {:>5} {:>5} {:>5} {:>5}  {:>6} {:>6}   {:>9} {:>6}",
            "", "gold", "found", "miss", "false", "recall", "prec.", "resolved", "ratio"
        );
        println!("{head}");
        for (l, t) in &per_lang {
            println!("{}", t.line(&format!("language {l}")));
        }
        println!("{}", total.line("TOTAL"));
        println!(
            "  extraction: recall {:.3}, precision {:.3}; false hits on listed not-citations: {}; \
             resolution right {}/{} = {:.3} ({} of them agreed ambiguous)",
            total.recall(),
            total.precision(),
            total.on_not,
            total.resolved_right,
            total.resolvable,
            ratio(total.resolved_right, total.resolvable),
            total.ambiguous_agreed
        );
        if quiet {
            continue;
        }
        println!("\nby file:");
        for (f, t) in &per_file {
            println!("{}", t.line(f));
        }
        println!("\nmissed ({}):", misses.len());
        for m in &misses {
            println!("{m}");
        }
        println!("\nfalse hits ({}):", false_hits.len());
        for m in &false_hits {
            println!("{m}");
        }
        println!("\nresolved to another body ({}):", wrong_bodies.len());
        for m in &wrong_bodies {
            println!("{m}");
        }
    }
}
