//! `resolution-ls check PATH…`: checks drafts and prints findings like a
//! compiler does, or as JSON.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::report::{AknSource, FileReport};
use crate::analysis::{Config, Diagnostic, Severity};
use crate::catalogue::{Catalogue, Entry};
use crate::domain::Language;
use crate::files::docx::{self, ReadOptions, WordDocument};
use crate::files::{self, collect_files, read_draft};
use crate::ide::{self, FileAnalysis};
use crate::syntax::SourceFile;
use crate::tr;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Source lines with carets, like a compiler.
    #[default]
    Human,
    /// One line per finding: `path:line:column: severity[CODE] message`.
    Concise,
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
    /// drafts are *.res, *.resolution, *.txt and *.md); `-` reads a draft
    /// from standard input. An Akoma Ntoso file named here is checked
    /// statement by statement, its findings at the XML's lines with the
    /// element's eId.
    #[arg(required_unless_present = "parallel")]
    pub paths: Vec<PathBuf>,
    /// Two files that are the same text in two languages: they are checked,
    /// and compared (repeatable). Files named by the ITU convention
    /// (`…-E.txt`, `…-F.txt`) or with the same identity line are compared
    /// without it.
    #[arg(long, num_args = 2, value_names = ["A", "B"], action = clap::ArgAction::Append)]
    pub parallel: Vec<PathBuf>,
    /// The name a draft read from standard input is reported under.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
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
    /// Apply the certain fixes in place and report each change (with `-`,
    /// the fixed text goes to standard output and the report to standard error).
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
    /// Check only these rules: codes (`RLS0105`), prefixes (`RLS01`), names
    /// (`label-fused`) or `ALL`, comma-separated (default: all).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Option<Vec<String>>,
    /// Check these rules too, on top of --select.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub extend_select: Vec<String>,
    /// Do not check these rules (codes, prefixes or names).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
    /// Walk only files matching this glob (gitignore syntax; repeatable).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Skip files matching this glob when walking folders (repeatable).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Exit 0 even when errors are found (2 still means bad usage or input).
    #[arg(long)]
    pub exit_zero: bool,
    /// Exit 1 when more than this many warnings are found.
    #[arg(long, value_name = "N")]
    pub max_warnings: Option<usize>,
    /// After the findings, count them per rule.
    #[arg(long)]
    pub statistics: bool,
    /// The language the drafts are written in (ar, en, es, fr, ru, zh),
    /// when detection should not decide; `[rls-language xx]` in a document
    /// still wins.
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    /// The language findings and the summary are written in (ar, en, es,
    /// fr, ru, zh); default: each document's own language.
    #[arg(long = "lang", value_name = "LANG")]
    pub messages: Option<String>,
    /// The conference proposals (ADD, MOD, SUP, NOC) are for, as an
    /// edition code (`PP-26`, `WRC-27`): the revision a MOD names.
    #[arg(long, value_name = "EDITION")]
    pub proposal_conference: Option<String>,
    /// The configuration file to use (default: the nearest
    /// resolution-ls.toml above the first checked path).
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Read no configuration file.
    #[arg(long)]
    pub isolated: bool,
    /// In Word documents, read underlined text as inserted and struck-through
    /// text as deleted (the way proposals mark changes by hand), like
    /// tracked changes.
    #[arg(long)]
    pub word_formatting_as_changes: bool,
    /// Colour: auto (on a terminal), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// What a run checks with, from the configuration file and the flags
/// (flags win).
struct Settings {
    /// Per-code severity for every file (`None`: rule off).
    severity: std::collections::HashMap<String, Option<Severity>>,
    project: Option<files::ProjectConfig>,
    language: Option<Language>,
    /// The language findings are written in (`None`: each document's).
    messages: Option<Language>,
    catalogue_files: Vec<PathBuf>,
    exclude: Vec<String>,
    proposal_conference: Option<String>,
    /// Groups of files that are language versions of each other, as the
    /// user said (`--parallel`, `parallel` in the configuration).
    parallel: Vec<Vec<PathBuf>>,
}

impl Settings {
    /// The severities for one file: `per-file-ignores` turn more rules off.
    fn severity_for(&self, path: &Path) -> std::collections::HashMap<String, Option<Severity>> {
        let mut severity = self.severity.clone();
        if let Some(project) = &self.project {
            for code in project.ignored_for(path) {
                severity.insert(code.to_string(), None);
            }
        }
        severity
    }
}

/// Reads the configuration file and layers the flags over it.
fn settings(args: &CheckArgs) -> Result<Settings, String> {
    let config_path = if args.isolated {
        None
    } else if let Some(path) = &args.config {
        Some(path.clone())
    } else {
        let start = args
            .paths
            .iter()
            .chain(&args.parallel)
            .find(|p| !is_stdin(p))
            .cloned()
            .unwrap_or_else(|| PathBuf::from("."));
        files::find_config(&start)
    };
    let project = config_path.map(|p| files::load_config(&p)).transpose()?;
    let mut severity = project
        .as_ref()
        .map(|p| p.severity.clone())
        .unwrap_or_default();
    if let Some(select) = &args.select {
        // --select replaces the configuration's selection, not its severities.
        severity.retain(|_, v| v.is_some());
        let enabled = crate::analysis::select_rules(Some(select), &[], &[])?;
        for rule in crate::analysis::rules() {
            if !enabled.contains(rule.code) {
                severity.insert(rule.code.to_string(), None);
            }
        }
    }
    for code in
        crate::analysis::select_rules(Some(&args.extend_select), &[], &[]).unwrap_or_default()
    {
        if severity.get(code) == Some(&None) {
            severity.remove(code);
        }
    }
    if !args.extend_select.is_empty() {
        // Unknown selectors are errors too.
        crate::analysis::select_rules(Some(&args.extend_select), &[], &[])?;
    }
    if !args.ignore.is_empty() {
        for code in crate::analysis::select_rules(Some(&args.ignore), &[], &[])? {
            severity.insert(code.to_string(), None);
        }
    }
    let language = match &args.language {
        Some(code) => Some(
            Language::from_code(code)
                .ok_or_else(|| format!("--language {code}: expected ar, en, es, fr, ru or zh"))?,
        ),
        None => project.as_ref().and_then(|p| p.language),
    };
    let messages = match &args.messages {
        Some(code) => Some(
            Language::from_code(code)
                .ok_or_else(|| format!("--lang {code}: expected ar, en, es, fr, ru or zh"))?,
        ),
        None => project.as_ref().and_then(|p| p.message_language),
    };
    if let Some(c) = &args.proposal_conference {
        if crate::model::proposals::parse_edition(c).is_none() {
            return Err(format!(
                "--proposal-conference {c}: expected a conference edition (PP-26, WRC-27, WTDC-29, WTSA-28, RA-27)"
            ));
        }
    }
    let proposal_conference = args
        .proposal_conference
        .clone()
        .or_else(|| project.as_ref().and_then(|p| p.proposal_conference.clone()));
    let mut catalogue_files = args.catalogue_files.clone();
    let mut exclude = args.exclude.clone();
    if let Some(p) = &project {
        catalogue_files.extend(p.catalogue.iter().cloned());
        exclude.extend(p.exclude.iter().cloned());
    }
    let mut parallel: Vec<Vec<PathBuf>> =
        args.parallel.chunks(2).map(<[PathBuf]>::to_vec).collect();
    if let Some(p) = &project {
        parallel.extend(p.parallel.iter().cloned());
    }
    Ok(Settings {
        severity,
        project,
        language,
        messages,
        catalogue_files,
        exclude,
        proposal_conference,
        parallel,
    })
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
    let settings = Settings {
        severity: Default::default(),
        project: None,
        language: None,
        messages: None,
        catalogue_files: Vec::new(),
        exclude: Vec::new(),
        proposal_conference: None,
        parallel: Vec::new(),
    };
    check_all(
        vec![Input::text(path.to_path_buf(), text.to_string())],
        &Catalogue::builtin(),
        &settings,
    )
    .pop()
    .expect("one report per text")
}

/// Reads the user's catalogue files (`--catalogue`, and
/// `resolution-catalogue.tsv` at the top of a checked folder) over the
/// built-in catalogue. A broken line is reported on stderr with its file and
/// line; the rest of the file still loads. A missing or unreadable file
/// named on the command line is an error.
fn user_catalogue(catalogue_files: &[PathBuf], paths: &[PathBuf]) -> anyhow::Result<Catalogue> {
    for file in catalogue_files {
        files::read_draft(file)?;
    }
    let (entries, problems) = files::load_user_catalogues(catalogue_files, paths);
    for problem in problems {
        eprintln!("warning: {problem}");
    }
    Ok(Catalogue::builtin().with_overlay(entries))
}

/// One file to check: its path, the text checked and, for an Akoma Ntoso
/// file, the XML that text was read from.
struct Input {
    path: PathBuf,
    text: String,
    akn: Option<Arc<AknSource>>,
    word: Option<Arc<WordDocument>>,
}

impl Input {
    /// A draft's text.
    fn text(path: PathBuf, text: String) -> Input {
        Input {
            path,
            text,
            akn: None,
            word: None,
        }
    }

    /// A file as read: a draft, or an Akoma Ntoso file whose statements'
    /// text is checked. XML that is not well formed is an error.
    fn read(path: PathBuf, text: String) -> anyhow::Result<Input> {
        if !files::official::looks_like_akoma_ntoso(&text) {
            return Ok(Input::text(path, text));
        }
        let draft =
            crate::akn::read(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
        if draft.statements.is_empty() {
            eprintln!(
                "note: {}: an Akoma Ntoso file without a <statement>: nothing to check",
                path.display()
            );
        }
        Ok(Input {
            path,
            text: draft.text,
            akn: Some(Arc::new(AknSource::new(text, draft.map))),
            word: None,
        })
    }
}

/// Checks every file; each file's citations also resolve against what the
/// other files teach the catalogue (a draft revising PP Resolution 101
/// teaches the others that revision), never against its own identity line.
fn check_all(inputs: Vec<Input>, base: &Catalogue, settings: &Settings) -> Vec<FileReport> {
    use rayon::prelude::*;
    // Parsing, extracting and checking are per file: on every core.
    type Analysed = (
        PathBuf,
        FileAnalysis,
        Option<Arc<AknSource>>,
        Option<Arc<WordDocument>>,
    );
    let analysed: Vec<Analysed> = inputs
        .into_par_iter()
        .map(|input| {
            let mut file =
                FileAnalysis::with_language(SourceFile::parse(&input.text), settings.language);
            if let Some(word) = &input.word {
                file = file.with_tracked_changes(word.tracked_changes.clone());
            }
            (input.path, file, input.akn, input.word)
        })
        .collect();
    let taught: Vec<Vec<Entry>> = analysed
        .par_iter()
        .map(|(path, file, _, _)| ide::taught_entries(file, &path.display().to_string()))
        .collect();
    let teaching = ide::Teaching::new(base, taught);
    let mut reports: Vec<FileReport> = analysed
        .into_par_iter()
        .enumerate()
        .map(|(i, (path, file, akn, word))| {
            let config = Config {
                catalogue: teaching.catalogue_for(i, &file),
                severity: settings.severity_for(&path),
                messages: settings.messages,
                proposals: crate::analysis::ProposalConfig {
                    conference: settings.proposal_conference.clone(),
                },
                ..Config::default()
            };
            let diagnostics = file.check(&config);
            FileReport {
                path,
                file: std::sync::Arc::new(file),
                config,
                diagnostics,
                partners: Vec::new(),
                akn,
                word,
            }
        })
        .collect();
    // Files that are language versions of each other are compared.
    super::parallel::compare_versions(&mut reports, base, &settings.parallel);
    reports
}

/// One file to check: its path, its text, and the Word document the text
/// was read from.
/// The path that stands for standard input.
fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Runs the command; returns the exit status: 0 no errors (or
/// `--exit-zero`), 1 errors found or more warnings than `--max-warnings`,
/// 2 bad usage or unreadable input.
pub fn run(args: &CheckArgs, out: &mut dyn Write) -> anyhow::Result<i32> {
    let from_stdin = args.paths.iter().any(|p| is_stdin(p));
    if from_stdin && args.paths.len() > 1 {
        eprintln!("error: `-` (standard input) cannot be checked together with other paths");
        return Ok(2);
    }
    let settings = match settings(args) {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(2);
        }
    };
    // The files named by --parallel are checked too.
    let mut paths = args.paths.clone();
    for p in &args.parallel {
        if !paths.contains(p) {
            paths.push(p.clone());
        }
    }
    let base = match user_catalogue(&settings.catalogue_files, &paths) {
        Ok(base) => base,
        Err(e) => {
            eprintln!("error: {e:#}");
            return Ok(2);
        }
    };
    let word_options = ReadOptions {
        formatting_as_changes: args.word_formatting_as_changes
            || settings
                .project
                .as_ref()
                .is_some_and(|p| p.word_formatting_as_changes),
    };
    let mut texts = Vec::new();
    let mut unreadable = false;
    if from_stdin {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("error: standard input: {e}");
            return Ok(2);
        }
        let name = args
            .stdin_filename
            .clone()
            .unwrap_or_else(|| PathBuf::from("<stdin>"));
        match Input::read(name, text) {
            Ok(input) => texts.push(input),
            Err(e) => {
                eprintln!("error: {e:#}");
                return Ok(2);
            }
        }
    } else {
        let root = std::env::current_dir().unwrap_or_default();
        let extra = settings
            .project
            .as_ref()
            .and_then(|p| files::extra_patterns(p.root(), &p.file_patterns));
        let collected = match files::include_exclude(&root, &args.include, &settings.exclude)
            .and_then(|filter| collect_files(&paths, extra.as_ref(), filter.as_ref()))
        {
            Ok(collected) => collected,
            Err(e) => {
                eprintln!("error: {e:#}");
                return Ok(2);
            }
        };
        for problem in &collected.problems {
            eprintln!("warning: skipped: {problem}");
        }
        if !collected.word_documents.is_empty() {
            eprintln!(
                "{}",
                msg_old_word_documents(
                    collected.word_documents.len(),
                    &collected.word_documents[0].display().to_string()
                )
            );
        }
        if collected.files.is_empty() {
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            eprintln!(
                "error: no drafts found in {} (drafts are *.{} files)",
                shown.join(", "),
                files::DRAFT_EXTENSIONS.join(", *.")
            );
            return Ok(2);
        }
        let mut seen = std::collections::HashSet::new();
        for path in &collected.files {
            // A file named twice (in a folder and by --parallel) is read once.
            if !seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())) {
                continue;
            }
            let read = if docx::is_docx(path) {
                WordDocument::read(path, word_options).map(|word| Input {
                    path: path.clone(),
                    text: word.text.clone(),
                    akn: None,
                    word: Some(Arc::new(word)),
                })
            } else {
                read_draft(path).and_then(|text| Input::read(path.clone(), text))
            };
            match read {
                Ok(input) => texts.push(input),
                Err(e) => {
                    eprintln!("error: {e:#}");
                    unreadable = true;
                }
            }
        }
    }
    let mut reports = check_all(texts, &base, &settings);
    if args.fix || args.diff {
        let mut fixed = Vec::new();
        let mut texts = Vec::new();
        // Machine-readable formats and fixed text on stdout keep stdout for
        // themselves: the report of what was fixed goes to stderr then.
        let report_to_stdout = args.format == Format::Human && !from_stdin;
        for report in &reports {
            if let Some(akn) = &report.akn {
                // The fixes edit the statements' text, not the XML.
                eprintln!(
                    "note: {}: an Akoma Ntoso file: fixes are not applied (fix the draft it was made from)",
                    report.path.display()
                );
                if from_stdin && !args.diff {
                    // What came in goes out, unchanged.
                    write!(out, "{}", akn.xml)?;
                }
                texts.push(Input {
                    path: report.path.clone(),
                    text: report.text().to_string(),
                    akn: report.akn.clone(),
                    word: None,
                });
                continue;
            }
            if let (Some(word), false) = (&report.word, args.diff) {
                // A Word document is never written: its fixes go to a copy,
                // as tracked changes.
                match fix_word_document(report, word, args.unsafe_fixes, word_options) {
                    Ok((input, lines, count)) => {
                        for line in lines {
                            if report_to_stdout {
                                writeln!(out, "{line}")?;
                            } else {
                                eprintln!("{line}");
                            }
                        }
                        if count > 0 {
                            fixed.push(count);
                        }
                        texts.push(input);
                    }
                    Err(e) => {
                        eprintln!("error: {}: {e:#}", report.path.display());
                        unreadable = true;
                        texts.push(Input {
                            path: report.path.clone(),
                            text: report.text().to_string(),
                            akn: None,
                            word: Some(word.clone()),
                        });
                    }
                }
                continue;
            }
            let (new_text, applied) =
                ide::fix_all_with(report.text(), &report.config, args.unsafe_fixes);
            texts.push(Input::text(report.path.clone(), new_text.clone()));
            if args.diff {
                if !applied.is_empty() {
                    write!(
                        out,
                        "{}",
                        super::fix::unified_diff(&report.path, report.text(), &new_text)
                    )?;
                }
                continue;
            }
            if from_stdin {
                write!(out, "{new_text}")?;
            } else if !applied.is_empty() {
                if let Err(e) = std::fs::write(&report.path, &new_text) {
                    texts.pop();
                    texts.push(Input::text(report.path.clone(), report.text().to_string()));
                    eprintln!(
                        "error: {}: cannot write the fixed text: {e}",
                        report.path.display()
                    );
                    unreadable = true;
                    continue;
                }
            }
            for change in &applied {
                let line = tr!(
                    report.language(),
                    "cli-fixed",
                    path = report.path.display().to_string(),
                    line = change.line,
                    title = &change.title
                );
                if report_to_stdout {
                    writeln!(out, "{line}")?;
                } else {
                    eprintln!("{line}");
                }
            }
            if !applied.is_empty() {
                fixed.push(applied.len());
            }
        }
        if args.diff {
            return Ok(if unreadable { 2 } else { 0 });
        }
        // The fixed files are checked again as a whole: what each teaches
        // the others is read from its fixed text.
        reports = check_all(texts, &base, &settings);
        let summary = tr!(
            summary_language(&settings, &reports),
            "cli-applied",
            fixes = fixed.iter().sum::<usize>(),
            files = fixed.len()
        );
        if report_to_stdout {
            writeln!(out, "{summary}")?;
        } else {
            eprintln!("{summary}");
        }
        if from_stdin {
            // The fixed text was the output; findings go to stderr.
            let mut err = std::io::stderr().lock();
            for report in &reports {
                write!(err, "{}", super::human::render_concise(report))?;
            }
            return Ok(exit_status(args, &reports, unreadable));
        }
    }
    let style = super::human::Style {
        color: match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
            }
        },
    };
    match args.format {
        Format::Human | Format::Concise => {
            for report in &reports {
                if args.outline {
                    writeln!(out, "{}:", report.path.display())?;
                    for line in super::outline::render(report.model(), report.text()).lines() {
                        writeln!(out, "  {line}")?;
                    }
                }
                if args.format == Format::Human {
                    write!(out, "{}", super::human::render_file(report, style))?;
                } else {
                    write!(out, "{}", super::human::render_concise(report))?;
                }
            }
            let language = summary_language(&settings, &reports);
            if args.statistics {
                write!(out, "{}", statistics(&reports, language))?;
            }
            writeln!(out, "{}", summary(&reports, language))?;
        }
        Format::Json => writeln!(
            out,
            "{}",
            pretty(&super::formats::json(&reports, args.outline))
        )?,
        Format::Sarif => writeln!(out, "{}", pretty(&super::formats::sarif(&reports)))?,
        Format::Github => write!(out, "{}", super::formats::github(&reports))?,
    }
    Ok(exit_status(args, &reports, unreadable))
}

/// Writes the fixed copy of a Word document (every chosen fix as a tracked
/// change) beside it; returns the copy as the next check's input, the
/// lines reporting each fix, and how many were written. With nothing
/// written, no copy is made and the input is the original.
fn fix_word_document(
    report: &FileReport,
    word: &Arc<WordDocument>,
    unsafe_fixes: bool,
    options: ReadOptions,
) -> anyhow::Result<(Input, Vec<String>, usize)> {
    let unchanged = Input {
        akn: None,
        path: report.path.clone(),
        text: report.text().to_string(),
        word: Some(word.clone()),
    };
    if ide::chosen_fixes(&report.diagnostics, unsafe_fixes).is_empty() {
        return Ok((unchanged, Vec::new(), 0));
    }
    let original = docx::read_bytes(&report.path)?;
    let result = ide::fix_word_document(word, &report.diagnostics, unsafe_fixes, &original)
        .map_err(|e| anyhow::anyhow!(e))?;
    let index = report.file.line_index();
    let at = |span: &crate::text::TextRange| {
        let place = word
            .location(span.start)
            .map(|l| format!(" ({})", l.describe()))
            .unwrap_or_default();
        format!(
            "{}:{}{place}",
            report.path.display(),
            index.line_of(span.start) + 1
        )
    };
    let mut lines: Vec<String> = result
        .applied
        .iter()
        .map(|(span, title)| msg_word_fixed(&at(span), title))
        .collect();
    lines.extend(
        result
            .skipped
            .iter()
            .map(|(span, title, why)| msg_word_not_fixed(&at(span), title, why)),
    );
    let Some(bytes) = result.copy else {
        return Ok((unchanged, lines, 0));
    };
    let target = ide::fixed_copy_path(&report.path);
    std::fs::write(&target, &bytes).map_err(|e| {
        anyhow::anyhow!(msg_cannot_write_copy(
            &target.display().to_string(),
            &e.to_string()
        ))
    })?;
    lines.push(msg_wrote_copy(
        &target.display().to_string(),
        &report.path.display().to_string(),
    ));
    let fixed = WordDocument::from_bytes(&bytes, options)
        .map_err(|e| anyhow::anyhow!("{}: {e}", target.display()))?;
    let input = Input {
        akn: None,
        path: target,
        text: fixed.text.clone(),
        word: Some(Arc::new(fixed)),
    };
    Ok((input, lines, result.applied.len()))
}

fn exit_status(args: &CheckArgs, reports: &[FileReport], unreadable: bool) -> i32 {
    let count = |s: Severity| {
        reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .filter(|d| d.severity == s)
            .count()
    };
    if unreadable {
        2
    } else if args.exit_zero {
        0
    } else if count(Severity::Error) > 0
        || args
            .max_warnings
            .is_some_and(|max| count(Severity::Warning) > max)
    {
        1
    } else {
        0
    }
}

/// Whether a finding has a preferred fix `--fix` applies (`Some(true)`),
/// one that needs `--unsafe-fixes` (`Some(false)`), or none.
fn fixable(d: &Diagnostic) -> Option<bool> {
    d.fixes
        .iter()
        .any(|f| f.preferred)
        .then(|| crate::analysis::rules::citations::fix_is_safe(d.code))
}

/// The language of lines about every file: `--lang`, else the files'
/// language when they share one, else English.
fn summary_language(settings: &Settings, reports: &[FileReport]) -> Language {
    if let Some(language) = settings.messages {
        return language;
    }
    let mut languages = reports.iter().map(FileReport::language);
    match languages.next() {
        Some(first) if languages.all(|l| l == first) => first,
        _ => Language::English,
    }
}

/// `checked 3 files: 1 error, 4 warnings, 2 infos; 3 fixable with --fix`.
fn summary(reports: &[FileReport], language: Language) -> String {
    let all = || reports.iter().flat_map(|r| &r.diagnostics);
    let count = |s: Severity| all().filter(|d| d.severity == s).count();
    let infos = count(Severity::Information) + count(Severity::Hint);
    // Fixes apply to drafts, not to Akoma Ntoso files.
    let drafts = || {
        reports
            .iter()
            .filter(|r| r.akn.is_none())
            .flat_map(|r| &r.diagnostics)
    };
    let safe = drafts().filter(|d| fixable(d) == Some(true)).count();
    let unsafe_ = drafts().filter(|d| fixable(d) == Some(false)).count();
    let mut line = tr!(
        language,
        "cli-summary",
        files = reports.len(),
        errors = count(Severity::Error),
        warnings = count(Severity::Warning),
        infos = infos
    );
    if safe > 0 {
        line.push_str(&tr!(language, "cli-summary-fixable", count = safe));
    }
    if unsafe_ > 0 {
        line.push_str(&tr!(language, "cli-summary-unsafe", count = unsafe_));
    }
    line
}

/// Counts per rule, most frequent first (`--statistics`).
fn statistics(reports: &[FileReport], language: Language) -> String {
    let mut counts: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for r in reports {
        for d in &r.diagnostics {
            let entry = counts.entry(d.code).or_default();
            entry.0 += 1;
            if r.akn.is_none() && fixable(d) == Some(true) {
                entry.1 += 1;
            }
        }
    }
    let mut rows: Vec<(&str, (usize, usize))> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let mut out = String::new();
    for (code, (n, fixable)) in rows {
        let name = crate::analysis::rule(code).map_or("", |r| r.name);
        let mark = if fixable > 0 { " [*]" } else { "" };
        out.push_str(&format!("{n:>6}  {code}  {name}{mark}\n"));
    }
    if out.contains("[*]") {
        out.push_str(&tr!(language, "cli-statistics-legend"));
        out.push('\n');
    }
    out
}

fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

// Messages of Word documents (English; one function each so that they can
// move to the message files).

fn msg_old_word_documents(count: usize, example: &str) -> String {
    format!(
        "note: {count} Word 97-2003 document(s) (.doc) not checked (save them as .docx), e.g. {example}"
    )
}

fn msg_word_fixed(at: &str, title: &str) -> String {
    format!("fixed {at}: {title} (a tracked change)")
}

fn msg_word_not_fixed(at: &str, title: &str, why: &str) -> String {
    format!("not fixed {at}: {title}: {why}")
}

fn msg_cannot_write_copy(path: &str, detail: &str) -> String {
    format!("{path}: cannot write the fixed copy: {detail}")
}

fn msg_wrote_copy(copy: &str, original: &str) -> String {
    format!(
        "wrote {copy} (the fixes as tracked changes by {}; {original} is unchanged)",
        docx::TRACKED_CHANGE_AUTHOR
    )
}
