//! `resolution-ls check PATH…`: checks drafts and prints findings like a
//! compiler does, or as JSON.

use std::io::Write;
use std::path::{Path, PathBuf};

use annotate_snippets::{Level, Renderer, Snippet};

use super::report::FileReport;
use crate::analysis::{Config, Diagnostic, Severity};
use crate::catalogue::{Catalogue, Entry};
use crate::files::{self, collect_files, read_draft};
use crate::ide::{self, FileAnalysis};
use crate::text::{LineIndex, PositionEncoding};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Source lines with carets, like a compiler.
    #[default]
    Human,
    /// One JSON object for the whole run, with fixes as byte and line/column edits.
    Json,
    /// SARIF 2.1.0, for code-scanning in CI systems.
    Sarif,
    /// GitHub Actions annotations (`::warning file=…::…`).
    Github,
}

#[derive(Clone, Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check (folders are walked, honouring .gitignore;
    /// drafts are *.res, *.resolution, *.txt and *.md).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Also print the outline (documents, sections and their clause labels).
    #[arg(long)]
    pub outline: bool,
    /// A user catalogue file to layer on the built-in catalogue (repeatable;
    /// `resolution-catalogue.tsv` at the top of a checked folder is read too).
    #[arg(long = "catalogue", value_name = "FILE")]
    pub catalogue_files: Vec<PathBuf>,
    /// Apply the certain fixes in place and report each change.
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Show the certain fixes as a unified diff; change nothing.
    #[arg(long)]
    pub diff: bool,
    /// With --fix or --diff, also apply the fixes that change what a
    /// citation says (rewriting it to another revision, keeping one side of
    /// a merged revision, naming this conference's meeting).
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Colour: auto (on a terminal), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Checks one text alone, with the built-in catalogue (what the fuzz
/// targets and quick callers need; `run` checks files together).
pub fn check_text(path: &Path, text: &str) -> FileReport {
    check_all(
        vec![(path.to_path_buf(), text.to_string())],
        &Catalogue::builtin(),
    )
    .pop()
    .expect("one report per text")
}

/// Reads the user's catalogue files (`--catalogue`, and
/// `resolution-catalogue.tsv` at the top of a checked folder) over the
/// built-in catalogue. A broken line is reported on stderr with its file and
/// line; the rest of the file still loads. A missing or unreadable file
/// named on the command line is an error.
fn user_catalogue(args: &CheckArgs) -> anyhow::Result<Catalogue> {
    for file in &args.catalogue_files {
        files::read_draft(file)?;
    }
    let (entries, problems) = files::load_user_catalogues(&args.catalogue_files, &args.paths);
    for problem in problems {
        eprintln!("warning: {problem}");
    }
    Ok(Catalogue::builtin().with_overlay(entries))
}

/// Checks every file; each file's citations also resolve against what the
/// other files teach the catalogue (a draft revising PP Resolution 101
/// teaches the others that revision), never against its own identity line.
fn check_all(texts: Vec<(PathBuf, String)>, base: &Catalogue) -> Vec<FileReport> {
    let analysed: Vec<(PathBuf, FileAnalysis)> = texts
        .into_iter()
        .map(|(path, text)| (path, FileAnalysis::parse(&text)))
        .collect();
    let taught: Vec<Vec<Entry>> = analysed
        .iter()
        .map(|(path, file)| ide::taught_entries(file, &path.display().to_string()))
        .collect();
    analysed
        .into_iter()
        .enumerate()
        .map(|(i, (path, file))| {
            let others = taught
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, t)| t.as_slice());
            let config = Config {
                catalogue: ide::catalogue_with(base, others),
                ..Config::default()
            };
            let diagnostics = file.check(&config);
            FileReport {
                path,
                file,
                config,
                diagnostics,
            }
        })
        .collect()
}

/// Runs the command; returns the exit status: 0 no errors, 1 errors found,
/// 2 bad usage or unreadable input.
pub fn run(args: &CheckArgs, out: &mut dyn Write) -> anyhow::Result<i32> {
    let files = match collect_files(&args.paths) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e:#}");
            return Ok(2);
        }
    };
    let base = match user_catalogue(args) {
        Ok(base) => base,
        Err(e) => {
            eprintln!("error: {e:#}");
            return Ok(2);
        }
    };
    let mut texts = Vec::new();
    let mut unreadable = false;
    for path in &files {
        match read_draft(path) {
            Ok(text) => texts.push((path.clone(), text)),
            Err(e) => {
                eprintln!("error: {e:#}");
                unreadable = true;
            }
        }
    }
    let mut reports = check_all(texts, &base);
    if args.fix || args.diff {
        let mut fixed = Vec::new();
        let mut texts = Vec::new();
        for report in &reports {
            let (new_text, applied) =
                ide::fix_all_with(report.text(), &report.config, args.unsafe_fixes);
            texts.push((report.path.clone(), new_text.clone()));
            if applied.is_empty() {
                continue;
            }
            if args.diff {
                write!(
                    out,
                    "{}",
                    super::fix::unified_diff(&report.path, report.text(), &new_text)
                )?;
                continue;
            }
            if let Err(e) = std::fs::write(&report.path, &new_text) {
                texts.pop();
                texts.push((report.path.clone(), report.text().to_string()));
                eprintln!(
                    "error: {}: cannot write the fixed text: {e}",
                    report.path.display()
                );
                unreadable = true;
                continue;
            }
            for change in &applied {
                let line = format!(
                    "fixed {}:{}: {}",
                    report.path.display(),
                    change.line,
                    change.title
                );
                // Machine-readable formats keep stdout for themselves.
                if args.format == Format::Human {
                    writeln!(out, "{line}")?;
                } else {
                    eprintln!("{line}");
                }
            }
            fixed.push(applied.len());
        }
        if args.fix {
            // The fixed files are checked again as a whole: what each
            // teaches the others is read from its fixed text.
            reports = check_all(texts, &base);
            let summary = format!(
                "applied {} fix(es) in {} file(s)",
                fixed.iter().sum::<usize>(),
                fixed.len()
            );
            if args.format == Format::Human {
                writeln!(out, "{summary}")?;
            } else {
                eprintln!("{summary}");
            }
        }
        if args.diff {
            return Ok(if unreadable { 2 } else { 0 });
        }
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
        }
    };
    match args.format {
        Format::Human => print_human(&reports, args.outline, color, out)?,
        Format::Json => writeln!(
            out,
            "{}",
            pretty(&super::formats::json(&reports, args.outline))
        )?,
        Format::Sarif => writeln!(out, "{}", pretty(&super::formats::sarif(&reports)))?,
        Format::Github => write!(out, "{}", super::formats::github(&reports))?,
    }
    let errors = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| d.severity == Severity::Error);
    Ok(if unreadable {
        2
    } else if errors {
        1
    } else {
        0
    })
}

fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// annotate-snippets underlines warnings with `-`; findings a drafter must
/// act on get a caret `^` like a compiler's.
fn caret_level(severity: Severity) -> Level {
    match severity {
        Severity::Error | Severity::Warning => Level::Error,
        other => level(other),
    }
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Information => Level::Info,
        Severity::Hint => Level::Help,
    }
}

fn print_human(
    reports: &[FileReport],
    outline: bool,
    color: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for report in reports {
        let path = report.path.display().to_string();
        if outline {
            writeln!(out, "{path}:")?;
            for line in super::outline::render(report.model(), report.text()).lines() {
                writeln!(out, "  {line}")?;
            }
        }
        let index = report.file.line_index();
        for d in &report.diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                _ => infos += 1,
            }
            writeln!(
                out,
                "{}\n",
                render_one(&renderer, &path, report.text(), index, d)
            )?;
        }
    }
    writeln!(
        out,
        "checked {} file(s): {errors} error(s), {warnings} warning(s), {infos} note(s)",
        reports.len()
    )
}

/// One finding as a compiler-style snippet: the lines it touches, a caret
/// under the range, related places as notes.
fn render_one(
    renderer: &Renderer,
    path: &str,
    text: &str,
    index: &LineIndex,
    d: &Diagnostic,
) -> String {
    let first = index.line_of(d.range.start);
    let last = index.line_of(d.range.end.max(d.range.start));
    let src_start = index.line_start(first);
    let src_end = index
        .line_range(text, last)
        .end
        .max(d.range.end.min(text.len()));
    let source = crate::text::slice(text, crate::text::TextRange::new(src_start, src_end));
    let span = (d.range.start - src_start).min(source.len())
        ..(d.range.end.saturating_sub(src_start)).min(source.len());
    let lvl = level(d.severity);
    let fixes: Vec<String> = d
        .fixes
        .iter()
        .map(|f| {
            if crate::analysis::rules::citations::fix_is_safe(d.code) {
                format!("fix available: {}", f.title)
            } else {
                format!("unsafe fix available (--unsafe-fixes): {}", f.title)
            }
        })
        .collect();
    let related: Vec<String> = d
        .related
        .iter()
        .map(|r| {
            let at = index.position(text, r.range.start, PositionEncoding::Utf32);
            format!(
                "{} (line {}, column {})",
                r.message,
                at.line + 1,
                at.col + 1
            )
        })
        .collect();
    let mut message = lvl.title(&d.message).id(d.code).snippet(
        Snippet::source(source)
            .line_start(first + 1)
            .origin(path)
            .fold(true)
            .annotation(caret_level(d.severity).span(span).label("")),
    );
    for note in &related {
        message = message.footer(Level::Note.title(note));
    }
    for fix in &fixes {
        message = message.footer(Level::Help.title(fix));
    }
    let rendered = renderer.render(message).to_string();
    rendered
}
