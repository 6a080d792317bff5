//! RLS07xx: proposals to a conference (`MOD EUR/44A7/1`, `ADD`, `SUP`,
//! `NOC`), checked as secretariats check them by hand: identifiers unique
//! and in sequence, reasons after every change, MOD and SUP of texts that
//! exist in the revision the catalogue knows last, the identity line and
//! the history line of a MOD naming the coming conference, and an ADD
//! that does not take a number in use.
//!
//! The coming conference comes from the `proposal-conference` setting
//! (`PP-26`), else from the proposals document's header (`(PP-26)`),
//! else from the catalogue: the first meeting of the body it lists after
//! the last one whose revisions it holds. A file without proposal markers
//! gets nothing from this family.

use std::collections::HashMap;

use super::key_message;
use crate::analysis::{Diagnostic, Family, Fix, Rule, Severity};
use crate::catalogue::{Catalogue, Key};
use crate::domain::{Body, Language};
use crate::i18n::Message;
use crate::model::citations::{format_group, Identity};
use crate::model::proposals::{parse_edition, Action, Proposal, Target};
use crate::model::Model;
use crate::msg;
use crate::text::TextRange;

pub static ID_REPEATED: Rule = Rule {
    code: "RLS0701",
    name: "proposal-id-repeated",
    default_severity: Severity::Error,
    summary: "Two proposals with the same identifier (EUR/44A7/3 twice).",
    explanation: "Two proposals carry the same identifier (`EUR/44A7/3` twice): each marked part of a proposals document has its own. The related place is the first one.",
    examples: &["MOD\tEUR/44A7/1\nRESOLUTION 2 (REV. BUCHAREST, 2022)\nReasons:\tTo update.\nSUP\tEUR/44A7/1\nRESOLUTION 71 (REV. BUCHAREST, 2022)\nReasons:\tServed its purpose.\n", "MOD\tEUR/44A7/1\n第2号决议（2022年，布加勒斯特，修订版）\n理由：\t更新。\nSUP\tEUR/44A7/1\n第71号决议（2022年，布加勒斯特，修订版）\n理由：\t已完成使命。\n"],
};

pub static ID_SEQUENCE: Rule = Rule {
    code: "RLS0702",
    name: "proposal-id-sequence",
    default_severity: Severity::Warning,
    summary: "Proposal sequence numbers skip or go back (EUR/44A7/1, then EUR/44A7/3).",
    explanation: "Within one document and addendum, proposal sequence numbers count up by one in text order (`EUR/44A7/1`, `/2`, `/3`): a gap or a step back is a proposal lost or moved in editing. The fix (never preferred: other documents may cite the identifier) writes the expected number.",
    examples: &["MOD\tEUR/44A7/1\nRESOLUTION 2 (REV. BUCHAREST, 2022)\nReasons:\tTo update.\nSUP\tEUR/44A7/3\nRESOLUTION 71 (REV. BUCHAREST, 2022)\nReasons:\tServed its purpose.\n", "MOD\tEUR/44A7/1\n第2号决议（2022年，布加勒斯特，修订版）\n理由：\t更新。\nSUP\tEUR/44A7/3\n第71号决议（2022年，布加勒斯特，修订版）\n理由：\t已完成使命。\n"],
};

pub static ID_SERIES: Rule = Rule {
    code: "RLS0703",
    name: "proposal-id-series",
    default_severity: Severity::Warning,
    summary: "A proposal identifier names another proposer, document or addendum than the file's first one.",
    explanation: "Every identifier of a proposals document names the same proposer, document and addendum (`EUR/44A7/…`); one that names another (`EUR/44A6/2` among `EUR/44A7/…`) was copied from another addendum.",
    examples: &["MOD\tEUR/44A7/1\nRESOLUTION 2 (REV. BUCHAREST, 2022)\nReasons:\tTo update.\nSUP\tEUR/44A6/2\nRESOLUTION 71 (REV. BUCHAREST, 2022)\nReasons:\tServed its purpose.\n", "MOD\tEUR/44A7/1\n第2号决议（2022年，布加勒斯特，修订版）\n理由：\t更新。\nSUP\tEUR/44A6/2\n第71号决议（2022年，布加勒斯特，修订版）\n理由：\t已完成使命。\n"],
};

pub static REASONS_MISSING: Rule = Rule {
    code: "RLS0704",
    name: "proposal-reasons-missing",
    default_severity: Severity::Warning,
    summary: "An ADD, MOD or SUP proposal with no Reasons: paragraph before the next proposal.",
    explanation: "Each ADD, MOD or SUP proposal is followed by a brief statement of its reasons (`Reasons:`, `Motifs:`, `Motivos:`, `Основания:`, `理由：`, `الأسباب:`) before the next marker, as the ITU guidelines for proposals ask; NOC needs none.",
    examples: &["SUP\tEUR/44A7/1\nRESOLUTION 71 (REV. BUCHAREST, 2022)\nMOD\tEUR/44A7/2\nRESOLUTION 2 (REV. DOHA, 2026)\nReasons:\tTo update.\n", "SUP\tEUR/44A7/1\n第71号决议（2022年，布加勒斯特，修订版）\nMOD\tEUR/44A7/2\n第2号决议（2026年，多哈，修订版）\n理由：\t更新。\n"],
};

pub static UNKNOWN_TEXT: Rule = Rule {
    code: "RLS0705",
    name: "proposal-unknown-text",
    default_severity: Severity::Information,
    summary: "A MOD, SUP or NOC of a number the catalogue does not know.",
    explanation: "MOD, SUP and NOC act on an existing text: the catalogue knows no text of that body with that number (a mistyped number, or a text the catalogue does not hold yet, so information only).",
    examples: &["SUP\tEUR/44A7/1\nRESOLUTION 987 (REV. BUCHAREST, 2022)\nReasons:\tServed its purpose.\n", "SUP\tEUR/44A7/1\n第987号决议（2022年，布加勒斯特，修订版）\n理由：\t已完成使命。\n"],
};

pub static REVISION_OUTDATED: Rule = Rule {
    code: "RLS0706",
    name: "proposal-revision-outdated",
    default_severity: Severity::Warning,
    summary: "A SUP or NOC quotes a revision older than the latest the catalogue knows.",
    explanation: "A SUP or NOC quotes the text as it stands: its identity line names the latest revision (`RESOLUTION 71 (REV. BUCHAREST, 2022)`), not an older one. The fix writes the latest known revision (not preferred: check the text quoted is that revision).",
    examples: &["SUP\tEUR/44A7/1\nRESOLUTION 71 (REV. DUBAI, 2018)\nReasons:\tServed its purpose.\n", "SUP\tEUR/44A7/1\n第71号决议（2018年，迪拜，修订版）\n理由：\t已完成使命。\n"],
};

pub static MOD_REVISION: Rule = Rule {
    code: "RLS0707",
    name: "proposal-mod-revision",
    default_severity: Severity::Warning,
    summary: "The identity line of a MOD does not name the coming conference as its revision.",
    explanation: "A MOD shows the text as the proposal would have it: its identity line names the coming conference as the revision (`RESOLUTION 130 (REV. DOHA, 2026)` in a proposal to PP-26). The coming conference is the `proposal-conference` setting, else the one the document's header names (`(PP-26)`), else the first meeting the catalogue lists after the last one whose revisions it knows; when it is known, the fix (preferred) writes it.",
    examples: &["MOD\tEUR/44A7/1\nRESOLUTION 71 (REV. BUCHAREST, 2022)\nStrategic plan\nReasons:\tTo update.\n", "MOD\tEUR/44A7/1\n第71号决议（2022年，布加勒斯特，修订版）\n战略规划\n理由：\t更新。\n"],
};

pub static MOD_HISTORY: Rule = Rule {
    code: "RLS0708",
    name: "proposal-mod-history",
    default_severity: Severity::Warning,
    summary: "The history line of a MOD does not end with the coming conference.",
    explanation: "The history line of a modified text (`(Istanbul, 2002; …; Kigali, 2022)`) gains the conference that revises it: in a MOD it ends with the coming conference. Preferred fix: add it.",
    examples: &["WORLD TELECOMMUNICATION DEVELOPMENT CONFERENCE (WTDC-25)\nMOD\tEUR/3A1/1\nRESOLUTION 1 (REV. BAKU, 2025)\nRules of procedure\n(Buenos Aires, 2017; Kigali, 2022)\nReasons:\tTo update.\n", "世界电信发展大会（WTDC-25）\nMOD\tEUR/3A1/1\n第1号决议（2025年，巴库，修订版）\n议事规则\n（2017年，布宜诺斯艾利斯；2022年，基加利）\n理由：\t更新。\n"],
};

pub static NUMBER_TAKEN: Rule = Rule {
    code: "RLS0709",
    name: "proposal-number-taken",
    default_severity: Severity::Error,
    summary: "An ADD of a new text takes a number already in use.",
    explanation: "An ADD brings a new text: a number the catalogue already knows for that body belongs to another text (write `DRAFT NEW RESOLUTION [EUR-1]` and let the conference number it, or make the proposal a MOD).",
    examples: &["ADD\tEUR/44A7/1\nRESOLUTION 71 (DOHA, 2026)\nA new subject\nReasons:\tA new subject.\n", "ADD\tEUR/44A7/1\n第71号决议（2026年，多哈）\n新议题\n理由：\t新议题。\n"],
};

pub static MOD_CONFERENCE: Rule = Rule {
    code: "RLS0710",
    name: "proposal-mod-conference",
    default_severity: Severity::Warning,
    summary: "The conference line of a MOD does not name the coming conference.",
    explanation: "In a MOD the conference line, like the identity line, names the coming conference (`The Plenipotentiary Conference … (Doha, 2026),` in a proposal to PP-26): the conference that would adopt the modified text. When the coming conference is known (see RLS0707) the fix (preferred) writes it; otherwise only a conference line older than the identity line's revision is reported.",
    examples: &["PLENIPOTENTIARY CONFERENCE (PP-26)\nMOD\tEUR/44A7/1\nRESOLUTION 130 (REV. DOHA, 2026)\nStrengthening the role of ITU\nThe Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),\nresolves\nto continue.\nReasons:\tTo update.\n", "全权代表大会（PP-26）\nMOD\tEUR/44A7/1\n第130号决议（2026年，多哈，修订版）\n加强国际电联的作用\n国际电信联盟全权代表大会（2022年，布加勒斯特），\n做出决议\n继续。\n理由：\t更新。\n"],
};

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS07",
    title: "Proposals",
    intro: "Proposals to a conference mark each part of the text with `ADD`, `MOD`, `SUP` or `NOC` and an identifier (`EUR/44A7/1`: proposer, document, addendum, sequence), in every language, often followed by `Reasons:` (`Motifs:`, `Motivos:`, `Основания:`, `理由：`, `الأسباب:`); a new resolution reads `DRAFT NEW RESOLUTION [EUR-1]`. The markers are part of the model (the outline, symbols and hover show them); these checks apply only to files that have them.",
    rules: &[
        &ID_REPEATED,
        &ID_SEQUENCE,
        &ID_SERIES,
        &REASONS_MISSING,
        &UNKNOWN_TEXT,
        &REVISION_OUTDATED,
        &MOD_REVISION,
        &MOD_HISTORY,
        &NUMBER_TAKEN,
        &MOD_CONFERENCE,
    ],
};

/// What the proposal checks may be told.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProposalConfig {
    /// The conference the proposals are for, as an edition code (`PP-26`,
    /// `WRC-27`): the `proposal-conference` setting.
    pub conference: Option<String>,
}

/// The meeting a MOD must name.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Coming {
    body: Body,
    year: u16,
    place: Option<String>,
    /// Where it was learnt, for messages.
    source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Setting,
    Header,
    Catalogue,
}

pub(crate) fn check(
    model: &Model,
    text: &str,
    catalogue: &Catalogue,
    config: &ProposalConfig,
    out: &mut Vec<Diagnostic>,
) {
    if model.proposals.is_empty() {
        return;
    }
    identifiers(model, out);
    for p in &model.proposals {
        if p.action.changes_text() && p.reasons.is_none() {
            out.push(Diagnostic::new(
                &REASONS_MISSING,
                p.range,
                msg_reasons_missing(&p.label()),
            ));
        }
        let Some(di) = (match p.target {
            Target::Document(d) => Some(d),
            _ => None,
        }) else {
            continue;
        };
        let Some(doc) = model.documents.get(di) else {
            continue;
        };
        let Some(line) = doc.identity.as_ref() else {
            continue;
        };
        let Some(identity) = model
            .identities
            .iter()
            .find(|i| line.range.contains_range(i.range))
        else {
            continue;
        };
        let body = crate::analysis::resolve::identity_body(identity, catalogue)
            .or(model.addressed.as_ref().map(|a| a.body))
            .or_else(|| configured(config).map(|(b, _)| b));
        let Some(body) = body else { continue };
        let Some(kind) = identity.kind.catalogue_kind() else {
            continue;
        };
        let Some(number) = identity.number.value() else {
            continue;
        };
        let key = Key::new(body, kind, number);
        let known = catalogue.entry(&key).is_some();
        match p.action {
            Action::Add => {
                if known {
                    let latest = catalogue.latest(&key).map(|r| r.label());
                    out.push(Diagnostic::new(
                        &NUMBER_TAKEN,
                        identity.number.range,
                        msg_number_taken(&key, latest.as_deref()),
                    ));
                }
            }
            Action::Mod | Action::Sup | Action::Noc => {
                if !known {
                    out.push(Diagnostic::new(
                        &UNKNOWN_TEXT,
                        identity.number.range,
                        msg_unknown_text(p.action.as_str(), &key),
                    ));
                    if p.action != Action::Mod {
                        continue;
                    }
                }
                if p.action == Action::Mod {
                    let coming = coming(body, model, catalogue, config);
                    mod_revision(doc, catalogue, p, identity, body, coming.as_ref(), out);
                    if let Some(c) = &coming {
                        mod_history(text, catalogue, p, doc, c, out);
                    }
                    mod_conference(
                        text,
                        catalogue,
                        p,
                        doc,
                        identity,
                        body,
                        coming.as_ref(),
                        out,
                    );
                } else if known {
                    outdated(catalogue, p, identity, doc.language, &key, out);
                }
            }
        }
    }
}

fn configured(config: &ProposalConfig) -> Option<(Body, u16)> {
    let (b, y, _) = parse_edition(config.conference.as_deref()?)?;
    Some((b, y))
}

/// The conference the proposals are for, for texts of `body`.
fn coming(
    body: Body,
    model: &Model,
    catalogue: &Catalogue,
    config: &ProposalConfig,
) -> Option<Coming> {
    let place_of = |year: u16| {
        catalogue
            .meetings_in(body, year)
            .next()
            .and_then(|m| m.place.clone())
    };
    if let Some((b, year)) = configured(config).filter(|(b, _)| *b == body) {
        return Some(Coming {
            body: b,
            year,
            place: place_of(year),
            source: Source::Setting,
        });
    }
    if let Some(a) = model.addressed.as_ref().filter(|a| a.body == body) {
        return Some(Coming {
            body,
            year: a.year,
            place: place_of(a.year),
            source: Source::Header,
        });
    }
    let last = catalogue.known_up_to(body)?;
    let next = catalogue
        .conferences(body)
        .iter()
        .find(|c| c.date() > last.date())?;
    Some(Coming {
        body,
        year: next.year,
        place: next.place.clone(),
        source: Source::Catalogue,
    })
}

fn identifiers(model: &Model, out: &mut Vec<Diagnostic>) {
    let ids: Vec<_> = model
        .proposals
        .iter()
        .filter_map(|p| p.id.as_ref())
        .collect();
    let mut first: HashMap<&str, TextRange> = HashMap::new();
    let mut repeated = vec![false; ids.len()];
    for (k, id) in ids.iter().enumerate() {
        if let Some(r) = first.get(id.text.as_str()) {
            repeated[k] = true;
            out.push(
                Diagnostic::new(&ID_REPEATED, id.range, msg_id_repeated(&id.text))
                    .with_related(*r, msg_first_here()),
            );
        } else {
            first.insert(&id.text, id.range);
        }
    }
    let Some(series) = ids.first().map(|i| i.series()) else {
        return;
    };
    // The last sequence number seen in each series.
    let mut last: HashMap<&str, u32> = HashMap::new();
    for (k, id) in ids.iter().enumerate() {
        if id.series() != series {
            out.push(
                Diagnostic::new(&ID_SERIES, id.range, msg_id_series(&id.text, series))
                    .with_related(ids[0].range, msg_first_series()),
            );
        }
        if repeated[k] {
            continue;
        }
        let expected = last.get(id.series()).map_or(1, |n| n + 1);
        let previous = last.get(id.series()).copied();
        if id.sequence != expected && (previous.is_some() || id.sequence < 1) {
            let want = format!("{}/{expected}", id.series());
            out.push(
                Diagnostic::new(
                    &ID_SEQUENCE,
                    id.range,
                    msg_id_sequence(
                        &id.text,
                        previous.map(|n| format!("{}/{n}", id.series())).as_deref(),
                        &want,
                    ),
                )
                .with_fix(Fix::replace(
                    msg_fix_renumber(&want),
                    id.sequence_range,
                    expected.to_string(),
                    false,
                )),
            );
        }
        last.insert(id.series(), id.sequence.max(previous.unwrap_or(0)));
    }
}

fn outdated(
    catalogue: &Catalogue,
    p: &Proposal,
    identity: &Identity,
    language: Language,
    key: &Key,
    out: &mut Vec<Diagnostic>,
) {
    let Some(group) = &identity.group else { return };
    if group.is_merged() {
        return;
    }
    let (Some(cited), Some(latest)) = (group.cited(), catalogue.latest(key)) else {
        return;
    };
    let (Some(cy), Some(ly)) = (cited.year, latest.year) else {
        return;
    };
    if cy >= ly {
        return;
    }
    let mut d = Diagnostic::new(
        &REVISION_OUTDATED,
        group.range,
        msg_outdated(
            p.action.as_str(),
            &latest.label(),
            &latest.provenance.for_message(),
        ),
    );
    let place = if group.style.meeting_form {
        None
    } else {
        match &latest.place {
            Some(pl) => catalogue.place_name(pl, language).map(str::to_string),
            None => None,
        }
    };
    if place.is_some() || group.style.meeting_form {
        let new_text = format_group(
            &group.style,
            language,
            place.as_deref(),
            latest.year,
            latest.revised,
        );
        d = d.with_fix(Fix::replace(
            msg_fix_write(&new_text),
            group.range,
            new_text,
            false,
        ));
    }
    out.push(d);
}

fn mod_revision(
    doc: &crate::model::Document,
    catalogue: &Catalogue,
    p: &Proposal,
    identity: &Identity,
    body: Body,
    coming: Option<&Coming>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(group) = &identity.group else { return };
    // Merged residue is RLS0404's, which says which side is the proposal's.
    if group.is_merged() {
        return;
    }
    let Some(cited) = group.cited() else { return };
    match coming {
        Some(c) => {
            if cited.year == Some(c.year) {
                return;
            }
            let label = match &c.place {
                Some(pl) => format!("Rev. {pl}, {}", c.year),
                None => format!("Rev. {}", c.year),
            };
            let mut d = Diagnostic::new(
                &MOD_REVISION,
                group.range,
                msg_mod_revision(&p.label(), &label, body, c.source),
            );
            let place = if group.style.meeting_form {
                None
            } else {
                c.place
                    .as_deref()
                    .and_then(|pl| catalogue.place_name(pl, doc.language))
                    .map(str::to_string)
            };
            if place.is_some() || group.style.meeting_form {
                let new_text = format_group(
                    &group.style,
                    doc.language,
                    place.as_deref(),
                    Some(c.year),
                    true,
                );
                d = d.with_fix(Fix::replace(
                    msg_fix_write(&new_text),
                    group.range,
                    new_text,
                    true,
                ));
            }
            out.push(d);
        }
        None => {
            // Without a known coming conference, only a revision the
            // catalogue already holds is certainly not the proposal's.
            let Some(last) = catalogue.known_up_to(body) else {
                return;
            };
            if cited.year.is_some_and(|y| y <= last.year) {
                out.push(Diagnostic::new(
                    &MOD_REVISION,
                    group.range,
                    msg_mod_revision_unknown(&p.label()),
                ));
            }
        }
    }
}

fn mod_history(
    text: &str,
    catalogue: &Catalogue,
    p: &Proposal,
    doc: &crate::model::Document,
    coming: &Coming,
    out: &mut Vec<Diagnostic>,
) {
    let Some(history) = &doc.history else { return };
    let h = crate::text::slice(text, history.range);
    // Council date lines `(C09)` are not adoption histories.
    if h.contains("(C") || h.contains("（C") {
        return;
    }
    if crate::model::lines::last_year(h) == Some(coming.year) {
        return;
    }
    let Some(close) = h.rfind([')', '）']) else {
        return;
    };
    let chinese = h.ends_with('）') || doc.language == Language::Chinese;
    let place = coming
        .place
        .as_deref()
        .and_then(|pl| catalogue.place_name(pl, doc.language));
    let mut d = Diagnostic::new(
        &MOD_HISTORY,
        history.range,
        msg_mod_history(&p.label(), coming.year),
    );
    if let Some(place) = place {
        let insert = if chinese {
            format!("；{}年，{place}", coming.year)
        } else if doc.language == Language::Arabic {
            format!("؛ {place}، {}", coming.year)
        } else {
            format!("; {place}, {}", coming.year)
        };
        let at = history.range.start + close;
        d = d.with_fix(Fix::replace(
            msg_fix_history(&insert),
            TextRange::empty(at),
            insert,
            true,
        ));
    }
    out.push(d);
}

#[allow(clippy::too_many_arguments)]
fn mod_conference(
    text: &str,
    catalogue: &Catalogue,
    p: &Proposal,
    doc: &crate::model::Document,
    identity: &Identity,
    body: Body,
    coming: Option<&Coming>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(conf) = doc.conference.as_ref().filter(|c| c.body == Some(body)) else {
        return;
    };
    // Merged meetings are RLS0404's.
    if conf.sessions.len() != 1 {
        return;
    }
    let Some(session) = conf.session() else {
        return;
    };
    match coming {
        Some(c) => {
            if session.year == c.year {
                return;
            }
            let mut d = Diagnostic::new(
                &MOD_CONFERENCE,
                session.range,
                msg_mod_conference(&p.label(), c.place.as_deref(), c.year),
            );
            let place = c
                .place
                .as_deref()
                .and_then(|pl| catalogue.place_name(pl, doc.language));
            let written = crate::text::slice(text, session.range);
            if let Some(place) = place.filter(|_| written.contains(session.place.as_str())) {
                let new_text = written.replacen(session.place.as_str(), place, 1).replacen(
                    &session.year.to_string(),
                    &c.year.to_string(),
                    1,
                );
                d = d.with_fix(Fix::replace(
                    msg_fix_write(&new_text),
                    session.range,
                    new_text,
                    true,
                ));
            }
            out.push(d);
        }
        None => {
            let Some(year) = identity.revision().and_then(|r| r.year) else {
                return;
            };
            if year > session.year {
                out.push(Diagnostic::new(
                    &MOD_CONFERENCE,
                    session.range,
                    msg_mod_conference_behind(&p.label(), year),
                ));
            }
        }
    }
}

// ---- messages: one function per message, ids in src/i18n/*.ftl --------

fn msg_reasons_missing(label: &str) -> Message {
    msg!("proposal-reasons-missing", proposal = label)
}

fn msg_id_repeated(id: &str) -> Message {
    msg!("proposal-id-repeated", id = id)
}

fn msg_first_here() -> Message {
    msg!("proposal-first-here")
}

fn msg_id_series(id: &str, series: &str) -> Message {
    msg!("proposal-id-series", id = id, series = series)
}

fn msg_first_series() -> Message {
    msg!("proposal-first-series")
}

fn msg_id_sequence(id: &str, previous: Option<&str>, expected: &str) -> Message {
    match previous {
        Some(prev) => msg!(
            "proposal-id-sequence",
            id = id,
            previous = prev,
            expected = expected
        ),
        None => msg!("proposal-id-sequence-first", id = id, expected = expected),
    }
}

fn msg_fix_renumber(id: &str) -> Message {
    msg!("fix-proposal-renumber", id = id)
}

fn msg_unknown_text(action: &str, key: &Key) -> Message {
    msg!(
        "proposal-unknown-text",
        action = action,
        key = key_message(key)
    )
}

fn msg_number_taken(key: &Key, latest: Option<&str>) -> Message {
    match latest {
        Some(l) => msg!("proposal-number-taken", key = key_message(key), latest = l),
        None => msg!("proposal-number-taken-undated", key = key_message(key)),
    }
}

fn msg_outdated(action: &str, latest: &str, source: &str) -> Message {
    msg!(
        "proposal-revision-outdated",
        action = action,
        latest = latest,
        source = source
    )
}

fn msg_fix_write(text: &str) -> Message {
    msg!("fix-proposal-write", text = text)
}

fn msg_source(source: Source) -> Message {
    match source {
        Source::Setting => msg!("proposal-source-setting"),
        Source::Header => msg!("proposal-source-header"),
        Source::Catalogue => msg!("proposal-source-catalogue"),
    }
}

fn msg_mod_revision(label: &str, coming: &str, body: Body, source: Source) -> Message {
    msg!(
        "proposal-mod-revision",
        proposal = label,
        coming = coming,
        body = body.code(),
        source = msg_source(source)
    )
}

fn msg_mod_revision_unknown(label: &str) -> Message {
    msg!("proposal-mod-revision-known", proposal = label)
}

fn msg_mod_history(label: &str, year: u16) -> Message {
    msg!(
        "proposal-mod-history",
        proposal = label,
        year = year.to_string()
    )
}

fn msg_fix_history(insert: &str) -> Message {
    msg!(
        "fix-proposal-history",
        text = insert.trim_start_matches([';', '；', '؛', ' '])
    )
}

fn msg_mod_conference(label: &str, place: Option<&str>, year: u16) -> Message {
    let coming = match place {
        Some(p) => format!("{p}, {year}"),
        None => year.to_string(),
    };
    msg!("proposal-mod-conference", proposal = label, coming = coming)
}

fn msg_mod_conference_behind(label: &str, year: u16) -> Message {
    msg!(
        "proposal-mod-conference-behind",
        proposal = label,
        year = year.to_string()
    )
}

/// RLS0404 for a merged revision in a MOD identity line: which side is
/// the proposal's.
pub(crate) fn msg_merged_sides(
    revisions: &str,
    label: &str,
    proposal: &str,
    modified: &str,
) -> Message {
    msg!(
        "citation-merged-mod",
        revisions = revisions,
        proposal = label,
        proposed = proposal,
        modified = modified
    )
}

pub(crate) fn msg_fix_keep_proposal(text: &str) -> Message {
    msg!("fix-keep-proposal-revision", revision = text)
}

pub(crate) fn msg_fix_keep_modified(text: &str) -> Message {
    msg!("fix-keep-modified-revision", revision = text)
}
