//! `resolution-ls export --to akn DRAFT`: the draft in another format.
//! Akoma Ntoso (`akn`) is the one there is: a `<statement>` per document,
//! several documents in one `<documentCollection>`, or one file per
//! document with `--output-dir`.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::catalogue::Catalogue;
use crate::domain::Language;
use crate::export::akn::{self, Options};
use crate::files;
use crate::ide::FileAnalysis;
use crate::syntax::SourceFile;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    /// Akoma Ntoso 3.0 (AKN4UN): FRBR identifiers, preface, preamble,
    /// main body, footnotes as notes, citations as references.
    Akn,
}

#[derive(Clone, Debug, clap::Args)]
pub struct ExportArgs {
    /// The draft to export (plain text, Markdown, or Akoma Ntoso to read
    /// and write again); `-` reads it from standard input.
    pub draft: PathBuf,
    /// The format to write.
    #[arg(long = "to", value_enum, value_name = "FORMAT")]
    pub to: Target,
    /// Write to this file instead of standard output (every document of
    /// the draft in it: a `<documentCollection>` when there are several).
    #[arg(short, long, value_name = "FILE", conflicts_with = "output_dir")]
    pub output: Option<PathBuf>,
    /// Write one file per document into this folder, named after the
    /// document (`res-11.akn.xml`), made if missing.
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
    /// A user catalogue file to layer on the built-in catalogue (repeatable):
    /// it dates and attributes the citations.
    #[arg(long = "catalogue", value_name = "FILE")]
    pub catalogue_files: Vec<PathBuf>,
    /// The language the draft is written in (ar, en, es, fr, ru, zh), when
    /// detection should not decide.
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
}

/// The date of the markup: `SOURCE_DATE_EPOCH` when set (reproducible
/// output), else today.
fn markup_date() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    super::catalogue::date_of_epoch(secs)
}

/// The draft's text: as read, or, for an Akoma Ntoso file, the text of its
/// statements.
fn draft_text(path: &Path) -> anyhow::Result<String> {
    let text = if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        text
    } else {
        files::read_draft(path)?
    };
    if files::official::looks_like_akoma_ntoso(&text) {
        let draft =
            crate::akn::read(&text).map_err(|e| anyhow::anyhow!("{}:{e}", path.display()))?;
        return Ok(draft.text);
    }
    Ok(text)
}

/// Runs the command; returns the exit status (0 written, 2 bad usage or
/// input, or nothing to export).
pub fn run(args: &ExportArgs, out: &mut dyn Write) -> anyhow::Result<i32> {
    let language = match &args.language {
        Some(code) => match Language::from_code(code) {
            Some(l) => Some(l),
            None => {
                eprintln!("error: --language {code}: expected ar, en, es, fr, ru or zh");
                return Ok(2);
            }
        },
        None => None,
    };
    let text = match draft_text(&args.draft) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: {e:#}");
            return Ok(2);
        }
    };
    for file in &args.catalogue_files {
        if let Err(e) = files::read_draft(file) {
            eprintln!("error: {e:#}");
            return Ok(2);
        }
    }
    let (entries, problems) = files::load_user_catalogues(&args.catalogue_files, &[]);
    for problem in problems {
        eprintln!("warning: {problem}");
    }
    let catalogue = Catalogue::builtin().with_overlay(entries);
    let file = FileAnalysis::with_language(SourceFile::parse(&text), language);
    let name = args
        .draft
        .file_name()
        .and_then(|n| n.to_str())
        .map(|n| n.split('.').next().unwrap_or(n).to_string())
        .filter(|n| !n.is_empty() && n != "-")
        .unwrap_or_else(|| "draft".into());
    let options = Options {
        catalogue: &catalogue,
        date: markup_date(),
        name,
    };
    match args.to {
        Target::Akn => {}
    }
    if let Some(dir) = &args.output_dir {
        let exported = match akn::each_to_akn(file.text(), file.model(), &options) {
            Ok(e) => e,
            Err(e) => {
                eprintln!("error: {}: {e}", args.draft.display());
                return Ok(2);
            }
        };
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("error: {}: cannot make the folder: {e}", dir.display());
            return Ok(2);
        }
        for e in &exported {
            let path = dir.join(format!("{}.akn.xml", e.number));
            if let Err(err) = std::fs::write(&path, &e.xml) {
                eprintln!("error: {}: cannot write: {err}", path.display());
                return Ok(2);
            }
            eprintln!("wrote {}", path.display());
        }
        return Ok(0);
    }
    let xml = match akn::to_akn(file.text(), file.model(), &options) {
        Ok(xml) => xml,
        Err(e) => {
            eprintln!("error: {}: {e}", args.draft.display());
            return Ok(2);
        }
    };
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            if let Err(e) = std::fs::write(path, &xml) {
                eprintln!("error: {}: cannot write: {e}", path.display());
                return Ok(2);
            }
        }
        _ => out.write_all(xml.as_bytes())?,
    }
    Ok(0)
}
