//! `resolution-ls catalogue` (what the catalogue holds, and up to which
//! meeting of each body), `resolution-ls catalogue BODY NUMBER`,
//! `resolution-ls catalogue --conferences BODY`: what the catalogue knows,
//! with where each fact comes from; and `resolution-ls catalogue build
//! PATH… [--output FILE]`, which learns a user catalogue from official texts.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context};
use serde_json::{json, Value};

use crate::catalogue::{Catalogue, Key, Kind, ResolutionEntry, UserCatalogue};
use crate::domain::{Body, Language};
pub use crate::files::official::build_catalogue;
use crate::text::date::{self, Date};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum CatalogueFormat {
    #[default]
    Text,
    Json,
}

#[derive(Clone, Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct CatalogueArgs {
    #[command(subcommand)]
    pub command: Option<CatalogueCommand>,
    /// The body: PP, WTSA, WTDC, RA, WRC, WCIT, WTPF or Council. Without
    /// it, a summary: how many texts per body, and up to which meeting.
    pub body: Option<String>,
    /// The number: `101`, `Decision 641`, `Recommendation 22`,
    /// `ITU-R 66`, `Opinion 1 (2013)`.
    #[arg(requires = "body", num_args = 1..)]
    pub number: Vec<String>,
    /// List the known meetings of BODY instead.
    #[arg(long, value_name = "BODY", conflicts_with_all = ["body", "number"])]
    pub conferences: Option<String>,
    /// Language of titles and revisions: en, zh, fr, es, ru, ar.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// A user catalogue file to layer on the built-in one (repeatable).
    #[arg(long = "catalogue", value_name = "FILE")]
    pub catalogue_files: Vec<PathBuf>,
    /// A folder of official texts to learn from, as the language server's
    /// `officialTexts` setting does (repeatable; what it taught is cached
    /// under $RESOLUTION_LS_CACHE_DIR, $XDG_CACHE_HOME/resolution-ls or
    /// ~/.cache/resolution-ls).
    #[arg(long = "official", value_name = "FOLDER")]
    pub official: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CatalogueFormat::Text)]
    pub format: CatalogueFormat,
}

#[derive(Clone, Debug, clap::Subcommand)]
pub enum CatalogueCommand {
    /// Learn a user catalogue from official texts: plain text, Markdown,
    /// Akoma Ntoso XML (folders are read recursively).
    Build(BuildArgs),
}

#[derive(Clone, Debug, clap::Args)]
pub struct BuildArgs {
    /// Files or folders of official texts.
    #[arg(required = true, num_args = 1..)]
    pub paths: Vec<PathBuf>,
    /// Where to write the catalogue (default: standard output). Name it
    /// `resolution-catalogue.tsv` in a workspace folder to have it used.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Runs the command, printing to stdout. Exit status: 0 found, 1 not in
/// the catalogue; errors (bad body, unreadable file) are `Err`.
pub fn run(args: CatalogueArgs) -> anyhow::Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    run_to(&args, &mut out, &mut std::io::stderr())
}

/// [`run`] with explicit output streams.
pub fn run_to(
    args: &CatalogueArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<i32> {
    if let Some(CatalogueCommand::Build(b)) = &args.command {
        return build(b, out, err);
    }
    let language = parse_language(&args.lang)?;
    let mut catalogue = Catalogue::builtin();
    if !args.official.is_empty() {
        let cache = crate::files::cache::default_dir();
        let mut learnt = Vec::new();
        for folder in &args.official {
            let found = crate::files::cache::learn_folder(folder, cache.as_deref(), &catalogue);
            for p in found.problems.iter().filter(|p| p.error) {
                writeln!(err, "warning: {p}")?;
            }
            writeln!(
                err,
                "{}: {} text(s) from {} file(s) ({} read, {} from the cache)",
                found.folder.display(),
                found.texts,
                found.files,
                found.read,
                found.cached
            )?;
            learnt.extend(found.entries);
        }
        catalogue = catalogue.with_overlay(learnt);
    }
    for file in &args.catalogue_files {
        let text =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        let (entries, problems) = UserCatalogue::parse(&text, &file.display().to_string());
        for p in &problems {
            writeln!(err, "warning: {p}")?;
        }
        catalogue = catalogue.with_overlay(entries);
    }
    if let Some(body) = &args.conferences {
        let body = parse_body(body)?;
        return conferences(&catalogue, body, language, args.format, out);
    }
    let Some(body) = args.body.as_deref() else {
        return summary(&catalogue, args.format, out);
    };
    let body = parse_body(body)?;
    if args.number.is_empty() {
        bail!(
            "which {body} text? e.g. `resolution-ls catalogue {} 101`",
            body.code()
        );
    }
    let key = parse_key(body, &args.number.join(" "))?;
    let Some(entry) = catalogue.entry(&key) else {
        match args.format {
            CatalogueFormat::Text => writeln!(
                out,
                "{key} is not in the catalogue (which is incomplete); bodies with {} {}: {}",
                key.kind,
                key.number,
                list(catalogue.bodies_with(key.kind, key.number))
            )?,
            CatalogueFormat::Json => writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json!({ "key": key.to_string(), "found": false }))?
            )?,
        }
        return Ok(1);
    };
    match args.format {
        CatalogueFormat::Text => text_entry(&catalogue, entry, language, out)?,
        CatalogueFormat::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json_entry(&catalogue, entry, language))?
        )?,
    }
    Ok(0)
}

/// `catalogue build`: exit 0 when every file was read, 2 when some could
/// not be (the others are still in the output).
fn build(args: &BuildArgs, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<i32> {
    let catalogue = Catalogue::builtin();
    let start = std::time::Instant::now();
    let built = build_catalogue(&args.paths, &catalogue);
    let today = today();
    let text = built.to_catalogue_file(&today);
    let mut errors = 0;
    for p in &built.problems {
        if p.error {
            errors += 1;
            writeln!(err, "error: {p}")?;
        } else {
            writeln!(err, "note: {p}")?;
        }
    }
    // The written file must load: check it with the loader itself.
    let (_, problems) = UserCatalogue::parse(&text, "built catalogue");
    for p in &problems {
        writeln!(err, "warning: {p}")?;
    }
    match &args.output {
        Some(path) => {
            std::fs::write(path, &text).with_context(|| format!("writing {}", path.display()))?;
            writeln!(
                err,
                "{} text(s) from {} file(s) written to {} in {:.1?}{}",
                built.texts.len(),
                built.files_read,
                path.display(),
                start.elapsed(),
                if errors > 0 {
                    format!("; {errors} file(s) could not be read")
                } else {
                    String::new()
                }
            )?;
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(if errors > 0 { 2 } else { 0 })
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    date_of_epoch(date::now_epoch_secs())
}

/// The date (UTC, `YYYY-MM-DD`) of `secs` seconds after 1970-01-01.
pub(crate) fn date_of_epoch(secs: u64) -> String {
    Date::from_epoch_secs(secs).to_string()
}

/// `resolution-ls catalogue`: per body, how many texts, how many
/// meetings, and up to which meeting the catalogue holds revisions.
fn summary(
    catalogue: &Catalogue,
    format: CatalogueFormat,
    out: &mut dyn Write,
) -> anyhow::Result<i32> {
    let rows: Vec<(Body, usize, usize, Option<String>)> = Body::ALL
        .iter()
        .filter(|&&b| b != Body::Unga)
        .map(|&b| {
            (
                b,
                catalogue.entries_of(b).len(),
                catalogue.conferences(b).len(),
                catalogue.known_up_to(b).map(|c| c.label()),
            )
        })
        .collect();
    match format {
        CatalogueFormat::Text => {
            writeln!(
                out,
                "The catalogue (incomplete: a missing text or revision is unknown, not absent)"
            )?;
            writeln!(
                out,
                "  {:<8} {:>6} {:>9}  known up to",
                "body", "texts", "meetings"
            )?;
            for (b, texts, meetings, known) in &rows {
                writeln!(
                    out,
                    "  {:<8} {texts:>6} {meetings:>9}  {}",
                    b.code(),
                    known.as_deref().unwrap_or("no dated revision")
                )?;
            }
            let total: usize = rows.iter().map(|r| r.1).sum();
            writeln!(out, "  {total} texts. `resolution-ls catalogue BODY NUMBER` shows one with its sources.")?;
        }
        CatalogueFormat::Json => {
            let value = json!({
                "bodies": rows.iter().map(|(b, texts, meetings, known)| json!({
                    "body": b.code(),
                    "texts": texts,
                    "meetings": meetings,
                    "known_up_to": known,
                })).collect::<Vec<_>>(),
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        }
    }
    Ok(0)
}

fn list(bodies: &[Body]) -> String {
    if bodies.is_empty() {
        return "none".into();
    }
    bodies
        .iter()
        .map(|b| b.code())
        .collect::<Vec<_>>()
        .join(", ")
}

fn parse_language(code: &str) -> anyhow::Result<Language> {
    Language::from_code(code)
        .with_context(|| format!("unknown language `{code}` (expected en, zh, fr, es, ru or ar)"))
}

fn parse_body(s: &str) -> anyhow::Result<Body> {
    match Body::from_code(s) {
        Some(b) => Ok(b),
        None => {
            bail!("unknown body `{s}` (expected PP, WTSA, WTDC, RA, WRC, WCIT, WTPF or Council)")
        }
    }
}

/// `101`, `Resolution 101`, `Decision 641`, `ITU-R 66`, `66-1`,
/// `Opinion 1 (2013)`, `Opinion 1 2013`.
fn parse_key(body: Body, s: &str) -> anyhow::Result<Key> {
    let mut words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let mut kind = Kind::Resolution;
    if let Some(k) = words
        .first()
        .and_then(|w| Kind::parse(w.trim_end_matches('s')))
    {
        kind = k;
        words.remove(0);
    }
    if words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("ITU-R"))
    {
        words.remove(0);
    }
    let Some(number) = words.first() else {
        bail!("no number in `{s}`");
    };
    let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
    let Ok(number) = digits.parse::<u32>() else {
        bail!("`{s}` is not a number");
    };
    if kind == Kind::Opinion {
        let Some(year) = words.get(1).and_then(|y| y.parse::<u16>().ok()) else {
            bail!("an opinion needs its forum's year: `Opinion {number} (2013)`");
        };
        return Ok(Key::opinion(body, number, year));
    }
    Ok(Key::new(body, kind, number))
}

fn revision_text(
    catalogue: &Catalogue,
    body: Body,
    r: &crate::catalogue::KnownRevision,
    language: Language,
) -> String {
    let written = catalogue
        .revision_text(r, language)
        .unwrap_or_else(|| r.label());
    let written = match r.index {
        Some(i) => format!("-{i} ({written})"),
        None => written,
    };
    let edition = match (&r.place, r.year) {
        (Some(p), Some(y)) => catalogue
            .meetings_at(body, p, y)
            .and_then(|m| m.edition.clone()),
        _ => None,
    };
    match edition {
        Some(e) => format!("{written} [{e}]"),
        None => written,
    }
}

fn text_entry(
    catalogue: &Catalogue,
    entry: &ResolutionEntry,
    language: Language,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let key = entry.key;
    writeln!(out, "{key}")?;
    if let Some(title) = catalogue.title(&key, language) {
        writeln!(out, "  title: {title}")?;
    }
    for (lang, title) in &entry.titles {
        if Some(title.as_str()) != catalogue.title(&key, language) {
            writeln!(out, "  title ({lang}): {title}")?;
        }
    }
    if let Some(status) = &entry.status {
        writeln!(out, "  status: {status}")?;
    }
    match catalogue.known_up_to(key.body) {
        Some(c) => writeln!(
            out,
            "  the catalogue holds {} revisions up to {}",
            key.body,
            c.label()
        )?,
        None => writeln!(out, "  the catalogue holds no dated {} revision", key.body)?,
    }
    if entry.revisions.is_empty() {
        writeln!(out, "  revisions: none known")?;
    } else {
        writeln!(out, "  revisions, latest first:")?;
        for r in entry.revisions.iter().rev() {
            writeln!(
                out,
                "    {}",
                revision_text(catalogue, key.body, r, language)
            )?;
            let p = &r.provenance;
            writeln!(
                out,
                "      {} [{}]",
                p.for_message(),
                if p.trust.is_trusted() {
                    format!("{}: trusted", p.trust)
                } else {
                    format!("{}: informs, never makes a citation outdated", p.trust)
                }
            )?;
            if !p.source.is_empty() {
                writeln!(out, "      source: {}", p.source)?;
            }
            if let Some(d) = &p.detail {
                writeln!(out, "      evidence: {d}")?;
            }
            writeln!(out, "      read from: {}", p.location())?;
        }
    }
    if let Some(note) = &entry.note {
        writeln!(out, "  note: {note}")?;
    }
    Ok(())
}

fn json_entry(catalogue: &Catalogue, entry: &ResolutionEntry, language: Language) -> Value {
    let key = entry.key;
    json!({
        "key": key.to_string(),
        "found": true,
        "body": key.body.code(),
        "kind": key.kind.as_str(),
        "number": key.number,
        "edition": key.edition,
        "title": catalogue.title(&key, language),
        "titles": entry.titles.iter().map(|(l, t)| (l.code().to_string(), Value::from(t.as_str()))).collect::<serde_json::Map<_, _>>(),
        "status": entry.status,
        "note": entry.note,
        "known_up_to": catalogue.known_up_to(key.body).map(|c| c.label()),
        "revisions": entry.revisions.iter().rev().map(|r| json!({
            "text": catalogue.revision_text(r, language),
            "label": r.label(),
            "place": r.place,
            "year": r.year,
            "revised": r.revised,
            "index": r.index,
            "source": r.provenance.source,
            "as_of": r.provenance.as_of,
            "detail": r.provenance.detail,
            "trust": r.provenance.trust.as_str(),
            "trusted": r.provenance.trust.is_trusted(),
            "document": r.provenance.document,
            "location": r.provenance.location(),
        })).collect::<Vec<_>>(),
    })
}

fn conferences(
    catalogue: &Catalogue,
    body: Body,
    language: Language,
    format: CatalogueFormat,
    out: &mut dyn Write,
) -> anyhow::Result<i32> {
    let list = catalogue.conferences(body);
    let coverage = catalogue.coverage(body);
    match format {
        CatalogueFormat::Text => {
            writeln!(out, "{} ({body})", body.name(language))?;
            match coverage {
                Some(c) => writeln!(
                    out,
                    "  complete for {}–{} ({})",
                    c.from,
                    c.to,
                    c.provenance.short()
                )?,
                None => writeln!(out, "  this list is incomplete")?,
            }
            for m in list {
                let place = m.place.as_deref().unwrap_or("place unknown");
                let local = m
                    .place
                    .as_deref()
                    .and_then(|p| catalogue.place_name(p, language))
                    .filter(|l| *l != place)
                    .map(|l| format!(" ({l})"))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "  {:<10} {} {place}{local}{}{}",
                    m.edition.as_deref().unwrap_or(""),
                    m.year,
                    m.dates
                        .as_deref()
                        .map(|d| format!(" — {d}"))
                        .unwrap_or_default(),
                    m.verified
                        .as_deref()
                        .map(|v| format!(" [verified: {v}]"))
                        .unwrap_or_default(),
                )?;
            }
        }
        CatalogueFormat::Json => {
            let value = json!({
                "body": body.code(),
                "coverage": coverage.map(|c| json!({"from": c.from, "to": c.to})),
                "conferences": list.iter().map(|m| {
                    let place = m.place.as_deref().and_then(|p| catalogue.place(p));
                    json!({
                        "edition": m.edition,
                        "year": m.year,
                        "place": m.place,
                        "names": place.map(|p| p.names.iter().map(|(l, n)| (l.code().to_string(), Value::from(n.as_str()))).collect::<serde_json::Map<_, _>>()),
                        "dates": m.dates,
                        "end": m.end.map(|(mo, d)| format!("{}-{mo:02}-{d:02}", m.year)),
                        "verified": m.verified,
                        "source": m.provenance.source,
                        "as_of": m.provenance.as_of,
                    })
                }).collect::<Vec<_>>(),
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        }
    }
    Ok(if list.is_empty() { 1 } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: CatalogueArgs,
    }

    fn run_args(argv: &[&str]) -> (i32, String, String) {
        let cli =
            Cli::try_parse_from(std::iter::once("catalogue").chain(argv.iter().copied())).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run_to(&cli.args, &mut out, &mut err).unwrap();
        (
            code,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn prints_an_entry_in_chinese() {
        let (code, out, _) = run_args(&["WTDC", "77", "--lang", "zh"]);
        assert_eq!(code, 0);
        assert!(
            out.starts_with("WTDC Resolution 77\n  title: 发展宽带技术和应用"),
            "{out}"
        );
        assert!(
            out.contains("    2022年，基加利，修订版 [WTDC-22]"),
            "{out}"
        );
        // Every revision with its source and trust; the cataloguer's
        // notes stay in the listing, apart from the source line.
        assert!(
            out.contains("the catalogue holds WTDC revisions up to WTDC-25 (Baku, 2025)"),
            "{out}"
        );
        assert!(out.contains(": trusted]"), "{out}");
        assert!(out.contains("      source: "), "{out}");
        assert!(
            out.contains("      read from: built-in catalogue/"),
            "{out}"
        );
    }

    #[test]
    fn summary_says_up_to_which_meeting() {
        let (code, out, _) = run_args(&[]);
        assert_eq!(code, 0);
        assert!(out.contains("WTSA"), "{out}");
        assert!(out.contains("known up to"), "{out}");
        assert!(out.contains("PP-22 (Bucharest, 2022)"), "{out}");
    }

    #[test]
    fn json_and_kinds() {
        let (code, out, _) = run_args(&["Council", "Decision", "641", "--format", "json"]);
        assert_eq!(code, 0);
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["kind"], "decision");
        let (code, _, _) = run_args(&["WTPF", "Opinion", "1", "(2013)"]);
        assert_eq!(code, 0);
        let (code, out, _) = run_args(&["WTDC", "999"]);
        assert_eq!(code, 1);
        assert!(out.contains("not in the catalogue"));
    }

    #[test]
    fn conferences_and_a_user_file() {
        let (code, out, _) = run_args(&["--conferences", "WTDC", "--lang", "zh"]);
        assert_eq!(code, 0);
        assert!(
            out.contains("WTDC-22    2022 Kigali (基加利) — 6-16 June 2022"),
            "{out}"
        );
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("resolution-catalogue.tsv");
        std::fs::write(
            &file,
            "resolution\tWTDC\t23\tlatest=Rev. Baku, 2025\tsource=WTDC-25\nbroken line\n",
        )
        .unwrap();
        let (code, out, err) = run_args(&["WTDC", "23", "--catalogue", file.to_str().unwrap()]);
        assert_eq!(code, 0);
        assert!(out.contains("Rev. Baku, 2025"), "{out}");
        assert!(err.contains("resolution-catalogue.tsv:2:"), "{err}");
    }
}
