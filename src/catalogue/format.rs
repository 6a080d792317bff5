//! The catalogue file format (`docs/catalogue.md`), shared by the embedded
//! files and the user's `resolution-catalogue.tsv`: one record a line,
//! fields separated by a tab (or by two or more spaces), `#` comments.
//!
//! ```text
//! conference  WTDC  2025  Baku  edition=WTDC-25  source=https://…  as_of=2025-11
//! place       Baku  zh=巴库  source=…
//! coverage    WTDC  1994  2025
//! resolution  WTDC  23  latest=Rev. Baku, 2025  title_en=…  source=…  as_of=2025-11
//! ```
//!
//! A broken line is reported with its file and line number and skipped;
//! every other line still loads. Parsing never panics.

use std::fmt;
use std::sync::Arc;

use super::{
    Conference, Coverage, Entry, Key, Kind, KnownRevision, Origin, Place, Provenance,
    ResolutionEntry, Trust,
};
use crate::domain::{Body, Language};

/// A line of a catalogue file that could not be read (or was read only in
/// part).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A user catalogue file: extends and overrides the built-in catalogue.
pub struct UserCatalogue;

impl UserCatalogue {
    /// Reads a user catalogue file. Returns the entries of every good line
    /// and one problem per bad line; never panics.
    pub fn parse(text: &str, file_name: &str) -> (Vec<Entry>, Vec<Problem>) {
        parse_records(text, Source::File(Arc::from(file_name)))
    }

    /// Reads records that all state what one place of one file shows (a
    /// text learnt from an official document): every entry's origin is
    /// `file` at `line`, whatever line of `text` it is on.
    pub fn parse_at(text: &str, file: &str, line: usize) -> (Vec<Entry>, Vec<Problem>) {
        parse_records(text, Source::At(Arc::from(file), line))
    }

    /// The file names looked for in a workspace folder, in order.
    pub const FILE_NAMES: [&'static str; 2] =
        ["resolution-catalogue.tsv", ".resolution-catalogue.tsv"];
}

#[derive(Clone)]
pub(crate) enum Source {
    Builtin(&'static str),
    File(Arc<str>),
    /// One place of one file, whatever the record's line.
    At(Arc<str>, usize),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Builtin(f) => format!("catalogue/{f}"),
            Source::File(f) => f.to_string(),
            Source::At(f, line) => format!("{f}:{line}"),
        }
    }

    fn origin(&self, line: usize) -> Origin {
        match self {
            Source::Builtin(file) => Origin::Builtin { file, line },
            Source::File(file) => Origin::File {
                file: file.clone(),
                line,
            },
            Source::At(file, at) => Origin::File {
                file: file.clone(),
                line: *at,
            },
        }
    }
}

pub(crate) fn parse_records(text: &str, source: Source) -> (Vec<Entry>, Vec<Problem>) {
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut notes = Vec::new();
        match parse_line(line, &source, line_no, &mut notes) {
            Ok(mut new) => entries.append(&mut new),
            Err(message) => notes.insert(0, message),
        }
        problems.extend(notes.into_iter().map(|message| Problem {
            file: source.name(),
            line: line_no,
            message,
        }));
    }
    (entries, problems)
}

fn split_fields(line: &str) -> Vec<&str> {
    if line.contains('\t') {
        return line
            .split('\t')
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .collect();
    }
    // Two or more spaces also separate fields (editors that turn tabs
    // into spaces).
    let mut fields = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("  ") {
        fields.push(rest[..at].trim());
        rest = rest[at..].trim_start();
    }
    fields.push(rest.trim());
    fields.retain(|f| !f.is_empty());
    fields
}

struct Fields<'a> {
    positional: Vec<&'a str>,
    named: Vec<(&'a str, &'a str)>,
}

impl<'a> Fields<'a> {
    fn get(&self, key: &str) -> Option<&'a str> {
        self.named
            .iter()
            .rev()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .filter(|v| !v.is_empty())
    }
}

const COMMON_KEYS: [&str; 6] = ["source", "as_of", "note", "from", "trust", "doc"];
const CONFERENCE_KEYS: [&str; 10] = [
    "edition", "zh", "fr", "es", "ru", "ar", "aka", "dates", "end", "verified",
];
const PLACE_KEYS: [&str; 6] = ["zh", "fr", "es", "ru", "ar", "aka"];
const TEXT_KEYS: [&str; 12] = [
    "latest", "evidence", "earlier", "edition", "title_en", "title_zh", "title_fr", "title_es",
    "title_ru", "title_ar", "status", "replace",
];

fn parse_line(
    line: &str,
    source: &Source,
    line_no: usize,
    notes: &mut Vec<String>,
) -> Result<Vec<Entry>, String> {
    let raw = split_fields(line);
    let record = raw[0].to_ascii_lowercase();
    let mut fields = Fields {
        positional: Vec::new(),
        named: Vec::new(),
    };
    for f in &raw[1..] {
        match f.split_once('=') {
            Some((k, v)) if !k.contains(' ') => fields.named.push((k.trim(), v.trim())),
            _ if fields.named.is_empty() => fields.positional.push(f),
            _ => {
                return Err(format!(
                    "field `{f}` after a key=value field is not key=value (is a tab missing, or a title split by two spaces?)"
                ))
            }
        }
    }
    if !line.contains('\t') && raw.len() == 1 {
        return Err(format!(
            "`{line}`: expected fields separated by tabs (record type, then its fields)"
        ));
    }
    let allowed: Vec<&str> = match record.as_str() {
        "conference" => CONFERENCE_KEYS.to_vec(),
        "place" => PLACE_KEYS.to_vec(),
        "coverage" => Vec::new(),
        _ => TEXT_KEYS.to_vec(),
    };
    for (k, _) in &fields.named {
        if !allowed.contains(k) && !COMMON_KEYS.contains(k) {
            notes.push(format!("unknown key `{k}` ignored"));
        }
    }
    // The built-in files say how far each source is trusted; a user's
    // own file is taken at its word unless it says otherwise.
    let trust = match fields.get("trust") {
        Some(t) => Trust::parse(t).ok_or_else(|| {
            format!("trust=`{t}`: expected official, copy, secondary or unverified")
        })?,
        None => match source {
            Source::Builtin(_) => Trust::Secondary,
            Source::File(_) | Source::At(..) => Trust::Official,
        },
    };
    let provenance = Arc::new(Provenance {
        source: fields.get("source").unwrap_or("").to_string(),
        as_of: fields.get("as_of").map(str::to_string),
        detail: None,
        origin: source.origin(line_no),
        trust,
        document: fields.get("doc").map(str::to_string),
    });
    match record.as_str() {
        "conference" => {
            let conference = parse_conference(&fields, provenance)?;
            let mut out = Vec::new();
            if let Some(name) = &conference.place {
                // The place's names in other languages, given on the line.
                let mut place = Place {
                    name: name.clone(),
                    names: vec![(Language::English, name.clone())],
                    aliases: Vec::new(),
                };
                add_place_names(&mut place, &fields);
                out.push(Entry::Place(place));
            }
            out.push(Entry::Conference(conference));
            Ok(out)
        }
        "place" => parse_place(&fields).map(|p| vec![Entry::Place(p)]),
        "coverage" => parse_coverage(&fields, provenance).map(|c| vec![Entry::Coverage(c)]),
        other => match Kind::parse(other) {
            Some(kind) => parse_text(kind, &fields, provenance).map(|r| vec![Entry::Resolution(r)]),
            None => Err(format!(
                "unknown record type `{}` (expected conference, place, coverage, resolution, decision, recommendation or opinion)",
                raw[0]
            )),
        },
    }
}

fn positional<'a>(fields: &Fields<'a>, i: usize, what: &str) -> Result<&'a str, String> {
    fields
        .positional
        .get(i)
        .copied()
        .ok_or_else(|| format!("missing {what}"))
}

fn body(s: &str) -> Result<Body, String> {
    Body::from_code(s).ok_or_else(|| {
        format!(
            "unknown body `{s}` (expected PP, WTSA, WTDC, RA, WRC, WCIT, WTPF, Council or UNGA)"
        )
    })
}

fn year(s: &str) -> Result<u16, String> {
    match s.trim().parse::<u16>() {
        Ok(y) if (1850..=2100).contains(&y) => Ok(y),
        _ => Err(format!("`{s}` is not a year")),
    }
}

fn language_of(key: &str) -> Option<Language> {
    Language::from_code(key.strip_prefix("title_").unwrap_or(key))
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty())
}

fn parse_conference(fields: &Fields, provenance: Arc<Provenance>) -> Result<Conference, String> {
    let body = body(positional(fields, 0, "body")?)?;
    let year = year(positional(fields, 1, "year")?)?;
    let place = positional(fields, 2, "place (`-` when unknown)")?;
    let place = (place != "-").then(|| place.to_string());
    let end = match fields.get("end") {
        Some(d) => Some(parse_date(d, year)?),
        None => None,
    };
    Ok(Conference {
        body,
        year,
        place,
        edition: fields.get("edition").map(str::to_string),
        dates: fields.get("dates").map(str::to_string),
        end,
        verified: fields.get("verified").map(str::to_string),
        note: fields.get("note").map(str::to_string),
        provenance,
    })
}

fn parse_date(s: &str, year: u16) -> Result<(u8, u8), String> {
    let parts: Vec<&str> = s.split('-').collect();
    let bad = || format!("`{s}` is not a date YYYY-MM-DD in {year}");
    if parts.len() != 3 || parts[0].parse::<u16>().ok() != Some(year) {
        return Err(bad());
    }
    let month: u8 = parts[1].parse().map_err(|_| bad())?;
    let day: u8 = parts[2].parse().map_err(|_| bad())?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    Ok((month, day))
}

fn parse_place(fields: &Fields) -> Result<Place, String> {
    let name = positional(fields, 0, "place name (English)")?.to_string();
    let mut place = Place {
        names: vec![(Language::English, name.clone())],
        name,
        aliases: Vec::new(),
    };
    add_place_names(&mut place, fields);
    Ok(place)
}

fn add_place_names(place: &mut Place, fields: &Fields) {
    for (k, v) in &fields.named {
        if let Some(lang) =
            language_of(k).filter(|l| *l != Language::English && !k.starts_with("title_"))
        {
            for (i, name) in list(v).enumerate() {
                if i == 0 {
                    place.names.push((lang, name.to_string()));
                } else {
                    place.aliases.push(name.to_string());
                }
            }
        }
    }
    if let Some(aka) = fields.get("aka") {
        place.aliases.extend(list(aka).map(str::to_string));
    }
}

fn parse_coverage(fields: &Fields, provenance: Arc<Provenance>) -> Result<Coverage, String> {
    let body = body(positional(fields, 0, "body")?)?;
    let from = year(positional(fields, 1, "first year")?)?;
    let to = year(positional(fields, 2, "last year")?)?;
    if from > to {
        return Err(format!("coverage {from}–{to} runs backwards"));
    }
    Ok(Coverage {
        body,
        from,
        to,
        provenance,
    })
}

fn parse_text(
    kind: Kind,
    fields: &Fields,
    provenance: Arc<Provenance>,
) -> Result<ResolutionEntry, String> {
    let body = body(positional(fields, 0, "body")?)?;
    let number_text = positional(fields, 1, "number")?;
    let number: u32 = number_text
        .trim()
        .parse()
        .map_err(|_| format!("`{number_text}` is not a number"))?;
    let edition = match fields.get("edition") {
        Some(y) => Some(year(y)?),
        None => None,
    };
    if kind == Kind::Opinion && edition.is_none() {
        return Err(
            "an opinion needs edition=YEAR (opinions are numbered afresh at every forum)".into(),
        );
    }
    let key = Key {
        body,
        kind,
        number,
        edition,
    };
    let mut entry = ResolutionEntry::new(key, provenance.clone());
    let mut specs: Vec<&str> = Vec::new();
    if let Some(p) = fields.positional.get(2) {
        specs.push(p);
    }
    if let Some(e) = fields.get("earlier") {
        specs.extend(list(e));
    }
    for spec in specs {
        entry
            .revisions
            .push(parse_revision_spec(spec, provenance.clone())?);
    }
    if let Some(l) = fields.get("latest") {
        // What shows the latest revision, when the record says.
        let latest_provenance = match fields.get("evidence") {
            Some(e) => Arc::new(Provenance {
                detail: Some(e.to_string()),
                ..(*provenance).clone()
            }),
            None => provenance.clone(),
        };
        entry
            .revisions
            .push(parse_revision_spec(l, latest_provenance)?);
    }
    entry.revisions.sort_by_key(KnownRevision::order);
    for (k, v) in &fields.named {
        if k.starts_with("title_") && !v.is_empty() {
            if let Some(lang) = language_of(k) {
                entry.titles.push((lang, v.to_string()));
            }
        }
    }
    entry.status = fields.get("status").map(str::to_string);
    entry.note = fields.get("note").map(str::to_string);
    match fields.get("replace") {
        None => {}
        Some("revisions") => entry.replace_revisions = true,
        Some(other) => return Err(format!("replace=`{other}`: the only value is `revisions`")),
    }
    Ok(entry)
}

/// `Rev. Kigali, 2022`, `Kyoto, 1994`, `Rev. 2019`, `2009`,
/// `Geneva, 2015 #7` (ITU-R revision index 7).
pub(crate) fn parse_revision_spec(
    spec: &str,
    provenance: Arc<Provenance>,
) -> Result<KnownRevision, String> {
    let bad = || {
        format!(
            "revision `{spec}`: expected `[Rev. ][PLACE, ]YEAR[ #INDEX]`, e.g. `Rev. Kigali, 2022`"
        )
    };
    let mut s = spec.trim();
    let mut index = None;
    if let Some((head, idx)) = s.rsplit_once('#') {
        index = Some(idx.trim().parse::<u16>().map_err(|_| bad())?);
        s = head.trim();
    }
    let mut revised = index.is_some_and(|i| i > 0);
    for marker in ["Rev.", "REV.", "rev.", "Rev ", "REV "] {
        if let Some(rest) = s.strip_prefix(marker) {
            revised = true;
            s = rest.trim();
            break;
        }
    }
    let (place, year_text) = match s.rsplit_once(',') {
        Some((p, y)) => (Some(p.trim()), y.trim()),
        None => (None, s),
    };
    let year = year(year_text).map_err(|_| bad())?;
    let place = place.filter(|p| !p.is_empty()).map(str::to_string);
    Ok(KnownRevision {
        place,
        year: Some(year),
        revised,
        index,
        provenance,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_line_is_reported_and_the_rest_loads() {
        let text = "# my additions\n\
                    resolution\tWTDC\t23\tlatest=Rev. Baku, 2025\tsource=WTDC-25 final acts\tas_of=2025-11\n\
                    resolution\tWTDX\t24\tlatest=Rev. Baku, 2025\n\
                    resolution  WTDC  77  latest=Rev. Baku, 2025\n\
                    resolution\tPP\tabc\n\
                    conference\tWTDC\t2025\tBaku\tend=2025-11-28\n";
        let (entries, problems) = UserCatalogue::parse(text, "resolution-catalogue.tsv");
        // The conference line yields its place and itself.
        assert_eq!(entries.len(), 4, "{problems:?}");
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 5]);
        assert!(problems[0]
            .to_string()
            .starts_with("resolution-catalogue.tsv:3: unknown body `WTDX`"));
    }

    #[test]
    fn revision_specs() {
        let p = Arc::new(Provenance {
            source: String::new(),
            as_of: None,
            detail: None,
            origin: Origin::Document { key: "x".into() },
            ..Provenance::default()
        });
        let r = parse_revision_spec("Rev. Kigali, 2022", p.clone()).unwrap();
        assert_eq!(
            (r.place.as_deref(), r.year, r.revised),
            (Some("Kigali"), Some(2022), true)
        );
        let r = parse_revision_spec("Geneva, 2015 #7", p.clone()).unwrap();
        assert_eq!((r.index, r.revised), (Some(7), true));
        let r = parse_revision_spec("2009", p.clone()).unwrap();
        assert_eq!((r.place, r.revised), (None, false));
        assert!(parse_revision_spec("Kigali", p).is_err());
    }
}
