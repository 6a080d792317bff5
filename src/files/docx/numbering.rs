//! Word's own list numbering: the label a paragraph with `w:numPr` (its
//! own, or its style's) shows, computed from `numbering.xml` the way Word
//! counts: one counter per list (`w:numId`) and level, a level's counter
//! restarting when a shallower level of the same list advances.

use std::collections::HashMap;

use roxmltree::{Document, Node};

use super::{attr, child, W};

/// One level of an abstract numbering definition.
#[derive(Clone, Debug, Default)]
struct Level {
    start: u32,
    format: String,
    /// `%1)`, `%1.%2`, `•`.
    text: String,
    /// What follows the label: a tab (the default), a space or nothing.
    suffix: &'static str,
    /// Show every level's number in decimal (`w:isLgl`).
    legal: bool,
    /// `w:lvlRestart`: restart after this (1-based) level only; 0: never.
    restart: Option<u32>,
}

/// A list (`w:num`): its levels, with any overrides applied.
#[derive(Clone, Debug, Default)]
struct List {
    /// The abstract numbering it instantiates: lists of one abstract
    /// numbering share their counters, as in Word.
    abstract_id: String,
    levels: HashMap<u32, Level>,
    /// Levels whose `w:startOverride` restarts the count where this list
    /// is first used.
    restarts: Vec<u32>,
    /// `w:numStyleLink`: the levels are those of a numbering style's list.
    style_link: Option<String>,
}

/// The numbering definitions of a document and the counters of the
/// paragraphs read so far.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    lists: HashMap<String, List>,
    /// Abstract numbering id → the counter of each level (0-based),
    /// `None` until used.
    counters: HashMap<String, Vec<Option<u32>>>,
    /// The (list, level) pairs whose start override has been applied.
    restarted: std::collections::HashSet<(String, u32)>,
    /// Style id → (numId, level) for styles that number their paragraphs,
    /// through `w:basedOn` too.
    styles: HashMap<String, (String, u32)>,
    /// The style of each paragraph style id's parent, for `w:basedOn`.
    based_on: HashMap<String, String>,
}

impl Numbering {
    /// Reads `numbering.xml` and `styles.xml` (either may be absent or
    /// broken: then no paragraph is numbered by it).
    pub(super) fn new(numbering_xml: Option<&str>, styles_xml: Option<&str>) -> Numbering {
        let mut n = Numbering::default();
        if let Some(doc) = numbering_xml.and_then(|x| super::parse_xml(x).ok()) {
            n.read_numbering(&doc);
        }
        if let Some(doc) = styles_xml.and_then(|x| super::parse_xml(x).ok()) {
            n.read_styles(&doc);
        }
        n.resolve_style_links();
        n
    }

    /// A list whose abstract numbering only names a numbering style
    /// (`w:numStyleLink`) takes the levels and counters of that style's list.
    fn resolve_style_links(&mut self) {
        let linked: Vec<(String, String)> = self
            .lists
            .iter()
            .filter(|(_, l)| l.levels.is_empty())
            .filter_map(|(id, l)| {
                let (num_id, _) = self.styles.get(l.style_link.as_ref()?)?;
                Some((id.clone(), num_id.clone()))
            })
            .collect();
        for (id, target) in linked {
            let Some(source) = self.lists.get(&target).cloned() else {
                continue;
            };
            if let Some(list) = self.lists.get_mut(&id) {
                list.levels = source.levels;
                list.abstract_id = source.abstract_id;
            }
        }
    }

    fn read_numbering(&mut self, doc: &Document) {
        let root = doc.root_element();
        type Abstract = (HashMap<u32, Level>, Option<String>);
        let mut abstracts: HashMap<String, Abstract> = HashMap::new();
        for a in root
            .children()
            .filter(|c| c.has_tag_name((W, "abstractNum")))
        {
            let Some(id) = attr(a, "abstractNumId") else {
                continue;
            };
            let levels = a
                .children()
                .filter(|c| c.has_tag_name((W, "lvl")))
                .filter_map(|l| Some((attr(l, "ilvl")?.parse().ok()?, read_level(l))))
                .collect();
            let link = child(a, "numStyleLink")
                .and_then(|l| attr(l, "val"))
                .map(str::to_string);
            abstracts.insert(id.to_string(), (levels, link));
        }
        for num in root.children().filter(|c| c.has_tag_name((W, "num"))) {
            let Some(id) = attr(num, "numId") else {
                continue;
            };
            let Some(abstract_id) = child(num, "abstractNumId").and_then(|a| attr(a, "val")) else {
                continue;
            };
            let (mut levels, style_link) = abstracts.get(abstract_id).cloned().unwrap_or_default();
            let mut restarts = Vec::new();
            for o in num
                .children()
                .filter(|c| c.has_tag_name((W, "lvlOverride")))
            {
                let Some(ilvl) = attr(o, "ilvl").and_then(|v| v.parse::<u32>().ok()) else {
                    continue;
                };
                if let Some(l) = child(o, "lvl") {
                    levels.insert(ilvl, read_level(l));
                }
                if let Some(start) = child(o, "startOverride")
                    .and_then(|s| attr(s, "val"))
                    .and_then(|v| v.parse().ok())
                {
                    levels.entry(ilvl).or_default().start = start;
                    restarts.push(ilvl);
                }
            }
            self.lists.insert(
                id.to_string(),
                List {
                    abstract_id: abstract_id.to_string(),
                    levels,
                    restarts,
                    style_link,
                },
            );
        }
    }

    fn read_styles(&mut self, doc: &Document) {
        let mut own: HashMap<String, (Option<String>, Option<u32>)> = HashMap::new();
        for style in doc
            .root_element()
            .children()
            .filter(|c| c.has_tag_name((W, "style")))
        {
            let Some(id) = attr(style, "styleId") else {
                continue;
            };
            if let Some(parent) = child(style, "basedOn").and_then(|b| attr(b, "val")) {
                self.based_on.insert(id.to_string(), parent.to_string());
            }
            if let Some(num_pr) = child(style, "pPr").and_then(|p| child(p, "numPr")) {
                let num_id = child(num_pr, "numId").and_then(|n| attr(n, "val"));
                let ilvl = child(num_pr, "ilvl")
                    .and_then(|n| attr(n, "val"))
                    .and_then(|v| v.parse().ok());
                own.insert(id.to_string(), (num_id.map(str::to_string), ilvl));
            }
        }
        for id in own.keys().chain(self.based_on.keys()) {
            // Walk up `basedOn` (at most a few steps; a loop ends it).
            let mut at = id.as_str();
            let mut found = (None, None);
            for _ in 0..16 {
                if let Some((n, l)) = own.get(at) {
                    found.0 = found.0.or_else(|| n.clone());
                    found.1 = found.1.or(*l);
                }
                match self.based_on.get(at) {
                    Some(parent) => at = parent,
                    None => break,
                }
            }
            if let (Some(num_id), level) = found {
                self.styles.insert(id.clone(), (num_id, level.unwrap_or(0)));
            }
        }
    }

    /// The label (with its suffix) of the paragraph whose properties are
    /// `ppr`, advancing the counters; `None` for an unnumbered paragraph.
    pub(super) fn label(&mut self, ppr: Option<Node>) -> Option<String> {
        let ppr = ppr?;
        let own = child(ppr, "numPr");
        let style = child(ppr, "pStyle")
            .and_then(|s| attr(s, "val"))
            .and_then(|s| self.styles.get(s).cloned());
        let num_id = own
            .and_then(|n| child(n, "numId"))
            .and_then(|n| attr(n, "val"))
            .map(str::to_string)
            .or_else(|| style.as_ref().map(|s| s.0.clone()))?;
        let ilvl: u32 = own
            .and_then(|n| child(n, "ilvl"))
            .and_then(|n| attr(n, "val"))
            .and_then(|v| v.parse().ok())
            .or_else(|| style.as_ref().map(|s| s.1))
            .unwrap_or(0)
            .min(8);
        // numId 0 removes numbering (a paragraph taken out of a list).
        if num_id == "0" {
            return None;
        }
        let list = self.lists.get(&num_id)?;
        let level = list.levels.get(&ilvl)?.clone();
        let counters = self
            .counters
            .entry(list.abstract_id.clone())
            .or_insert_with(|| vec![None; 9]);
        let i = ilvl as usize;
        if list.restarts.contains(&ilvl) && self.restarted.insert((num_id.clone(), ilvl)) {
            counters[i] = None;
        }
        counters[i] = Some(match counters[i] {
            Some(n) => n.saturating_add(1),
            None => level.start,
        });
        for (deeper, counter) in counters.iter_mut().enumerate().skip(i + 1) {
            let restarts = list
                .levels
                .get(&(deeper as u32))
                .and_then(|l| l.restart)
                .is_none_or(|after| after != 0 && (ilvl + 1) <= after);
            if restarts {
                *counter = None;
            }
        }
        if level.format == "none" {
            return Some(String::new());
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                    chars.next();
                    let at = (d.max(1) - 1) as usize;
                    let shown = list.levels.get(&(at as u32));
                    let value = counters
                        .get(at)
                        .copied()
                        .flatten()
                        .or_else(|| shown.map(|l| l.start))
                        .unwrap_or(1);
                    let format = if level.legal && at != i {
                        "decimal"
                    } else {
                        shown.map_or("decimal", |l| l.format.as_str())
                    };
                    label.push_str(&format_number(value, format));
                    continue;
                }
            }
            // Bullets drawn from a symbol font's private-use characters.
            label.push(if ('\u{F000}'..='\u{F0FF}').contains(&c) {
                '•'
            } else {
                c
            });
        }
        if label.is_empty() {
            return Some(String::new());
        }
        label.push_str(level.suffix);
        Some(label)
    }
}

fn read_level(l: Node) -> Level {
    let val = |name: &str| child(l, name).and_then(|c| attr(c, "val"));
    Level {
        start: val("start").and_then(|v| v.parse().ok()).unwrap_or(1),
        format: val("numFmt").unwrap_or("decimal").to_string(),
        text: val("lvlText").unwrap_or_default().to_string(),
        suffix: match val("suff") {
            Some("space") => " ",
            Some("nothing") => "",
            _ => "\t",
        },
        legal: child(l, "isLgl")
            .is_some_and(|c| attr(c, "val").is_none_or(|v| v != "0" && v != "false")),
        restart: val("lvlRestart").and_then(|v| v.parse().ok()),
    }
}

/// A counter as Word shows it in `format` (`w:numFmt`).
pub(super) fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n, 'a'),
        "upperLetter" => letters(n, 'A'),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" if n < 10 => format!("0{n}"),
        "russianLower" => cyrillic(n, false),
        "russianUpper" => cyrillic(n, true),
        "chineseCounting"
        | "chineseCountingThousand"
        | "ideographTraditional"
        | "taiwaneseCounting"
        | "chineseLegalSimplified" => chinese(n),
        "decimalEnclosedParen" => format!("({n})"),
        "bullet" | "none" => String::new(),
        _ => n.to_string(),
    }
}

/// Word's letters: a…z, then aa…zz, aaa… (the letter repeated).
fn letters(n: u32, a: char) -> String {
    if n == 0 {
        return "0".into();
    }
    let i = (n - 1) % 26;
    let times = ((n - 1) / 26 + 1).min(64) as usize;
    let c = char::from_u32(a as u32 + i).unwrap_or(a);
    std::iter::repeat_n(c, times).collect()
}

fn roman(mut n: u32) -> String {
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in table {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

/// Word's Russian letters: а б в г д е ж з и к л м н о п р с т у ф х ц ч
/// ш щ э ю я (no ё, й, ъ, ы, ь), then doubled.
fn cyrillic(n: u32, upper: bool) -> String {
    const LOWER: [char; 28] = [
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т',
        'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
    ];
    if n == 0 {
        return "0".into();
    }
    let c = LOWER[((n - 1) % 28) as usize];
    let c = if upper {
        c.to_uppercase().next().unwrap_or(c)
    } else {
        c
    };
    let times = ((n - 1) / 28 + 1).min(64) as usize;
    std::iter::repeat_n(c, times).collect()
}

/// 一 二 … 十 十一 … 九十九; larger numbers in digits.
fn chinese(n: u32) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=99 => {
            let (tens, ones) = (n / 10, n % 10);
            let mut s = String::new();
            if tens > 1 {
                s.push(DIGITS[tens as usize]);
            }
            s.push('十');
            if ones > 0 {
                s.push(DIGITS[ones as usize]);
            }
            s
        }
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_shown_as_word_shows_them() {
        assert_eq!(format_number(1, "lowerLetter"), "a");
        assert_eq!(format_number(26, "lowerLetter"), "z");
        assert_eq!(format_number(27, "lowerLetter"), "aa");
        assert_eq!(format_number(4, "lowerRoman"), "iv");
        assert_eq!(format_number(14, "upperRoman"), "XIV");
        assert_eq!(format_number(3, "decimal"), "3");
        assert_eq!(format_number(10, "russianLower"), "к");
        assert_eq!(format_number(12, "chineseCounting"), "十二");
        assert_eq!(format_number(20, "chineseCounting"), "二十");
        assert_eq!(format_number(7, "bullet"), "");
    }
}
