//! RLS02xx: how clauses end, and punctuation of the wrong width.
//!
//! A clause ends with `;` (`；`), the last clause of a section with `,`
//! (`，`), the last paragraph of the document with `.` (`。`). A clause with
//! sub-items ends in its last sub-item; its introduction (`…例如：`) is not
//! checked. Sections whose heading ends with a colon introduce lists whose
//! items may end differently, so their ends are not checked either.
//! Chinese text takes full-width punctuation, English text half-width.

use crate::analysis::suppress::marker_ranges;
use crate::analysis::{Diagnostic, Family, Fix, Rule, Severity};
use crate::i18n::Message;
use crate::model::{Clause, Model};
use crate::msg;
use crate::text::TextEdit;
use crate::text::TextRange;

pub static CLAUSE_END: Rule = Rule {
    code: "RLS0201",
    name: "clause-end",
    default_severity: Severity::Warning,
    summary: "A clause does not end with ; (；), the last clause of a section with , (，), or the last paragraph of the document with . (。).",
    explanation: "A clause that ends without punctuation, or with the mark of another role (`；` on the last clause of a section, `，` in the middle of one, `；` at the end of the document), or with a colon that nothing follows. Preferred fix: add or replace the final mark (none for a colon, where something may be missing).",
    examples: &["considering\na)\tthat one\nb)\tthat two,\nresolves\nto act.\n", "考虑到\na)\t第一\nb)\t第二，\n做出决议\n继续。\n"],
};

pub static PUNCTUATION_WIDTH: Rule = Rule {
    code: "RLS0202",
    name: "punctuation-width",
    default_severity: Severity::Warning,
    summary: "Half-width punctuation in Chinese text, or full-width punctuation in English text.",
    explanation: "Half-width `;` (and a half-width final mark) in Chinese text; full-width `；，。：` in English text. Half-width commas and parentheses inside Chinese citations are accepted (`(2014年,迪拜)` occurs in published copies). Preferred fix: replace the mark.",
    examples: &["considering\na)\tthat one；\nb)\tthat two,\nresolves\nto act.\n", "考虑到\na)\t第一;\nb)\t第二，\n做出决议\n继续。\n"],
};

pub static DOUBLED_PUNCTUATION: Rule = Rule {
    code: "RLS0203",
    name: "doubled-punctuation",
    default_severity: Severity::Warning,
    summary: "Two punctuation marks where one belongs (，； or 。； left over from an edit).",
    explanation: "Two marks where one belongs, left over from an edit: `，；`, `。；`, `,;`, `groups.;` (not `etc.,`). Preferred fix: remove the first, stray mark.",
    examples: &["considering\na)\tthat one,;\nb)\tthat two,\nresolves\nto act.\n", "考虑到\na)\t第一，；\nb)\t第二，\n做出决议\n继续。\n"],
};

/// The family of rules in this module, for documentation and selection.
pub static FAMILY: Family = Family {
    prefix: "RLS02",
    title: "Punctuation",
    intro: "A clause ends with `;` (`；`), the last clause of a section with `,` (`，`), the last paragraph of the document with `.` (`。`).
A clause with sub-items ends in its last sub-item; its introduction (`…例如：`) is not judged.
Items of a section whose heading ends with a colon (`…以便：`) are not judged at their end.
`…”；` is read at the `；`, `…。”` at the `。`; footnote references and suppression markers at the end of a line are skipped.
Chinese text (a clause with Chinese characters) takes full-width marks, English text half-width ones.
Excerpts get no punctuation findings.",
    rules: &[&CLAUSE_END, &PUNCTUATION_WIDTH, &DOUBLED_PUNCTUATION],
};

/// What the end of a clause says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// `;` — more clauses follow in the section.
    Semi,
    /// `,` — the last clause of a section.
    Comma,
    /// `.` — the last paragraph of the document.
    Stop,
}

impl Role {
    fn of(c: char) -> Option<Role> {
        match c {
            // Arabic texts close clauses with `؛` and sections with `،`.
            ';' | '；' | '؛' => Some(Role::Semi),
            ',' | '，' | '،' => Some(Role::Comma),
            '.' | '。' => Some(Role::Stop),
            _ => None,
        }
    }

    fn mark(self, chinese: bool) -> char {
        match (self, chinese) {
            (Role::Semi, false) => ';',
            (Role::Semi, true) => '；',
            (Role::Comma, false) => ',',
            (Role::Comma, true) => '，',
            (Role::Stop, false) => '.',
            (Role::Stop, true) => '。',
        }
    }

    /// What a clause in this role ends with, naming the mark `expected`
    /// (`؛` in Arabic text, `；` in Chinese).
    fn rule(self, expected: char) -> Message {
        let mark = expected.to_string();
        match self {
            Role::Semi => msg!("role-semi", mark = mark),
            Role::Comma => msg!("role-comma", mark = mark),
            Role::Stop => msg!("role-stop", mark = mark),
        }
    }
}

fn is_full_width(c: char) -> bool {
    matches!(c, '；' | '，' | '。' | '：')
}

fn half_of(c: char) -> char {
    match c {
        '；' => ';',
        '，' => ',',
        '。' => '.',
        '：' => ':',
        other => other,
    }
}

fn full_of(c: char) -> char {
    match c {
        ';' => '；',
        ',' => '，',
        '.' => '。',
        ':' => '：',
        other => other,
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

fn is_ideograph(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF)
}

const CLOSING_QUOTES: &[char] = &['”', '"', '’', '\'', '」', '』'];
const ABBREVIATIONS: &[&str] = &[
    "etc", "e.g", "i.e", "al", "rev", "res", "no", "nos", "vol", "cf", "art", "para", "paras",
];

struct Cx<'a> {
    model: &'a Model,
    text: &'a str,
    markers: Vec<TextRange>,
    /// The document's language, for clauses without letters.
    chinese_document: bool,
    out: &'a mut Vec<Diagnostic>,
}

pub(crate) fn check_document(model: &Model, text: &str, di: usize, out: &mut Vec<Diagnostic>) {
    for si in 0..model.documents[di].sections.len() {
        check_section(model, text, di, si, out);
    }
}

/// The clauses of section `si` of document `di` only (how a clause ends
/// depends on its place in the section and of the section in the
/// document, nothing else).
pub(crate) fn check_section(
    model: &Model,
    text: &str,
    di: usize,
    si: usize,
    out: &mut Vec<Diagnostic>,
) {
    let doc = &model.documents[di];
    let Some(section) = doc.sections.get(si) else {
        return;
    };
    let chinese_document = doc.language == crate::domain::Language::Chinese;
    // Markers never span lines, so the section's own are all it needs.
    let markers = marker_ranges(crate::text::slice(text, section.range))
        .into_iter()
        .map(|m| TextRange::new(m.start + section.range.start, m.end + section.range.start))
        .collect();
    let mut cx = Cx {
        model,
        text,
        markers,
        chinese_document,
        out,
    };
    let last_section = doc.sections.len().saturating_sub(1);
    let list_heading = section.heading.text.trim_end().ends_with([':', '：']);
    let n = section.items.len();
    for (ii, item) in section.items.iter().enumerate() {
        let role = if ii + 1 < n {
            Role::Semi
        } else if si == last_section {
            Role::Stop
        } else {
            Role::Comma
        };
        // An unlabelled introduction before labelled paragraphs.
        let intro =
            item.label.is_none() && section.items[ii + 1..].iter().any(|c| c.label.is_some());
        cx.clause(item, role, !(list_heading || intro));
    }
}

impl Cx<'_> {
    fn clause(&mut self, clause: &Clause, role: Role, check_end: bool) {
        let chinese = self.is_chinese(clause);
        let mut terminal = None;
        if clause.sub_items.is_empty() {
            if check_end {
                terminal = self.end(clause, role, chinese);
            }
        } else {
            let n = clause.sub_items.len();
            for (j, sub) in clause.sub_items.iter().enumerate() {
                self.clause(sub, if j + 1 < n { Role::Semi } else { role }, check_end);
            }
        }
        for &line in &clause.lines {
            self.scan(line, chinese, terminal);
        }
    }

    /// A clause is Chinese when its ideographs outweigh its Latin letters
    /// (an ideograph carries about three letters' worth of text), so that
    /// `ITU-T`, `IPv6` in Chinese text or a quoted `本届大会` in English
    /// text do not change its language.
    fn is_chinese(&self, clause: &Clause) -> bool {
        let (mut cjk, mut latin) = (0usize, 0usize);
        for &l in clause.walk().flat_map(|c| &c.lines) {
            for (i, c) in crate::text::slice(self.text, l).char_indices() {
                if self.in_marker(l.start + i).is_some() {
                    continue;
                }
                if is_ideograph(c) {
                    cjk += 1;
                } else if c.is_ascii_alphabetic() {
                    latin += 1;
                }
            }
        }
        if cjk == 0 && latin == 0 {
            return self.chinese_document;
        }
        cjk > 0 && cjk * 3 >= latin
    }

    fn in_marker(&self, offset: usize) -> Option<TextRange> {
        self.markers
            .iter()
            .find(|m| m.start <= offset && offset < m.end)
            .copied()
    }

    /// The footnote reference that holds the character before `end`.
    /// The model's references are in text order and apart: found by
    /// binary search, not a walk of the whole file's.
    fn footnote_ref_ending_at(&self, end: usize) -> Option<&crate::model::FootnoteRef> {
        let refs = &self.model.footnote_refs;
        let first_reaching = refs.partition_point(|r| r.range.end < end);
        refs.get(first_reaching)
            .filter(|r| r.range.start < end && end <= r.range.end)
    }

    /// The end of the meaningful text of `line`: before trailing blanks,
    /// suppression markers and footnote references.
    fn effective_end(&self, line: TextRange) -> usize {
        let mut end = line.end;
        loop {
            let s = crate::text::slice(self.text, TextRange::new(line.start, end));
            let Some(c) = s.chars().next_back() else {
                return end;
            };
            let at = end - c.len_utf8();
            if c.is_whitespace() || "¹²³⁰⁴⁵⁶⁷⁸⁹".contains(c) {
                end = at;
            } else if let Some(m) = self.in_marker(at) {
                end = m.start.max(line.start);
            } else if let Some(r) = self.footnote_ref_ending_at(end) {
                end = r.range.start.max(line.start);
            } else {
                return end;
            }
        }
    }

    /// Checks the final punctuation; returns the offset of the mark judged,
    /// so that the scan of the line does not judge it again.
    fn end(&mut self, clause: &Clause, role: Role, chinese: bool) -> Option<usize> {
        let lines: Vec<(TextRange, usize)> = clause
            .lines
            .iter()
            .map(|&l| (l, self.effective_end(l)))
            .filter(|(l, end)| *end > l.start)
            .collect();
        let mut last = *lines.last()?;
        if role == Role::Stop {
            // After the full stop that ends the document, what follows is
            // not part of it (an annex list Word left in the same block,
            // `第641号决定附件：2件` in a letter): judge the full stop.
            let ends_with_stop = |&(l, end): &(TextRange, usize)| {
                crate::text::slice(self.text, TextRange::new(l.start, end)).ends_with(['。', '.'])
            };
            if let Some(stop) = lines.iter().rev().find(|l| ends_with_stop(l)) {
                last = *stop;
            }
        }
        let (line, end) = last;
        let s = crate::text::slice(self.text, TextRange::new(line.start, end));
        let mut chars = s.char_indices().rev();
        let (i, last) = chars.next()?;
        let mut at = line.start + i;
        let mut mark = last;
        if CLOSING_QUOTES.contains(&last) {
            // `…”；` is read at the `；`; `…。”` at the `。` inside the quote.
            match chars.next() {
                Some((j, c)) if Role::of(c).is_some() => {
                    at = line.start + j;
                    mark = c;
                }
                _ => {}
            }
        }
        // Arabic clauses take the Arabic semicolon and comma.
        let arabic = s
            .chars()
            .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c))
            .count()
            > s.chars().filter(char::is_ascii_alphabetic).count();
        let expected = match (role.mark(chinese), arabic) {
            (';', true) => '؛',
            (',', true) => '،',
            (m, _) => m,
        };
        let range = TextRange::new(at, at + mark.len_utf8());
        let insert = |title: Message| Fix {
            title,
            edits: vec![TextEdit {
                range: TextRange::empty(end),
                new_text: expected.to_string(),
            }],
            preferred: true,
        };
        let replace = |title: Message| Fix {
            title,
            edits: vec![TextEdit {
                range,
                new_text: expected.to_string(),
            }],
            preferred: true,
        };
        let found = match Role::of(mark) {
            Some(Role::Stop) if mark == '.' && self.after_abbreviation(at) => None,
            other => other,
        };
        match found {
            Some(r) if r == role => {
                let wrong_width = if chinese {
                    !is_full_width(mark)
                } else {
                    is_full_width(mark)
                };
                if wrong_width {
                    let message = if chinese {
                        msg!(
                            "half-width-in-chinese",
                            mark = mark.to_string(),
                            expected = expected.to_string()
                        )
                    } else {
                        msg!(
                            "full-width-in-english",
                            mark = mark.to_string(),
                            expected = expected.to_string()
                        )
                    };
                    self.out.push(
                        Diagnostic::new(&PUNCTUATION_WIDTH, range, message).with_fix(replace(
                            msg!(
                                "fix-replace",
                                old = mark.to_string(),
                                new = expected.to_string()
                            ),
                        )),
                    );
                }
            }
            Some(_) => {
                self.out.push(
                    Diagnostic::new(
                        &CLAUSE_END,
                        range,
                        msg!(
                            "clause-ends-with-but",
                            mark = mark.to_string(),
                            rule = role.rule(expected)
                        ),
                    )
                    .with_fix(replace(msg!(
                        "fix-replace",
                        old = mark.to_string(),
                        new = expected.to_string()
                    ))),
                );
            }
            None if matches!(mark, ':' | '：') => {
                // A colon announces something that does not follow: the
                // right repair is not certain, so no fix.
                self.out.push(Diagnostic::new(
                    &CLAUSE_END,
                    range,
                    msg!(
                        "clause-ends-colon",
                        mark = mark.to_string(),
                        rule = role.rule(expected)
                    ),
                ));
            }
            None => {
                let last_range = TextRange::new(line.start + i, end);
                self.out.push(
                    Diagnostic::new(
                        &CLAUSE_END,
                        last_range,
                        msg!("clause-ends-without", rule = role.rule(expected)),
                    )
                    .with_fix(insert(msg!("fix-add-end", mark = expected.to_string()))),
                );
                return None;
            }
        }
        Some(at)
    }

    /// `etc.` / `e.g.`: a full stop that belongs to an abbreviation.
    fn after_abbreviation(&self, dot: usize) -> bool {
        let before = crate::text::slice(self.text, TextRange::new(dot.saturating_sub(8), dot));
        let word: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        ABBREVIATIONS.contains(&word.to_ascii_lowercase().as_str())
    }

    /// Doubled punctuation and punctuation of the wrong width inside a line.
    fn scan(&mut self, line: TextRange, chinese: bool, skip: Option<usize>) {
        let s = crate::text::slice(self.text, line);
        let chars: Vec<(usize, char)> = s
            .char_indices()
            .map(|(i, c)| (line.start + i, c))
            .filter(|&(at, _)| self.in_marker(at).is_none())
            .collect();
        let mut k = 0;
        while k < chars.len() {
            let (at, c) = chars[k];
            // The next mark after blanks.
            let next = chars[k + 1..]
                .iter()
                .find(|(_, c)| !matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}'))
                .copied();
            if let Some((nat, n)) = next.filter(|&(_, n)| is_second(n)).filter(|_| is_first(c)) {
                if c != '.' || (n != '.' && self.stray_full_stop(at)) {
                    self.out.push(
                        Diagnostic::new(
                            &DOUBLED_PUNCTUATION,
                            TextRange::new(at, at + c.len_utf8()),
                            msg!(
                                "doubled-punctuation",
                                first = c.to_string(),
                                second = n.to_string()
                            ),
                        )
                        .with_fix(Fix {
                            title: msg!("fix-remove-stray", mark = c.to_string()),
                            edits: vec![TextEdit {
                                range: TextRange::new(at, nat),
                                new_text: String::new(),
                            }],
                            preferred: true,
                        }),
                    );
                    // The second mark is the one kept; judge its width below.
                    k += 1;
                    continue;
                }
            }
            if Some(at) != skip {
                self.width(&chars, k, chinese);
            }
            k += 1;
        }
    }

    fn stray_full_stop(&self, dot: usize) -> bool {
        !self.after_abbreviation(dot) && {
            let before = crate::text::slice(self.text, TextRange::new(dot.saturating_sub(4), dot));
            before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphabetic())
        }
    }

    fn width(&mut self, chars: &[(usize, char)], k: usize, chinese: bool) {
        let (at, c) = chars[k];
        let range = TextRange::new(at, at + c.len_utf8());
        if chinese {
            // Only `;` is judged inside Chinese text: half-width commas and
            // parentheses occur in published citations (`(2014年,迪拜)`).
            if c != ';' {
                return;
            }
            let neighbour_cjk = k.checked_sub(1).is_some_and(|p| is_cjk(chars[p].1))
                || chars.get(k + 1).is_some_and(|&(_, n)| is_cjk(n));
            if !neighbour_cjk {
                return;
            }
            let full = full_of(c);
            self.out.push(
                Diagnostic::new(
                    &PUNCTUATION_WIDTH,
                    range,
                    msg!(
                        "half-width-in-chinese",
                        mark = c.to_string(),
                        expected = full.to_string()
                    ),
                )
                .with_fix(Fix {
                    title: msg!("fix-replace", old = c.to_string(), new = full.to_string()),
                    edits: vec![TextEdit {
                        range,
                        new_text: full.to_string(),
                    }],
                    preferred: true,
                }),
            );
        } else if is_full_width(c) {
            let half = half_of(c);
            let space = chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            let new_text = if space {
                format!("{half} ")
            } else {
                half.to_string()
            };
            self.out.push(
                Diagnostic::new(
                    &PUNCTUATION_WIDTH,
                    range,
                    msg!(
                        "full-width-in-english",
                        mark = c.to_string(),
                        expected = half.to_string()
                    ),
                )
                .with_fix(Fix {
                    title: msg!("fix-replace", old = c.to_string(), new = half.to_string()),
                    edits: vec![TextEdit { range, new_text }],
                    preferred: true,
                }),
            );
        }
    }
}

fn is_first(c: char) -> bool {
    matches!(c, '，' | '；' | '。' | '、' | '：' | ',' | ';' | '.')
}

fn is_second(c: char) -> bool {
    matches!(c, '，' | '；' | '。' | ',' | ';')
}
