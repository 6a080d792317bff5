/**
 * @file Tree-sitter grammar for ITU resolution drafts (English and Chinese).
 * @license MIT
 *
 * The grammar is line oriented: every line of the document is classified as
 * a heading, a clause (a line that starts with a label), a paragraph, a
 * footnote definition, or one of the top-level lines (identity line,
 * conference line, adoption history, annex heading).  Sections group a
 * heading with the lines that follow it.
 *
 * Whole-line classification is done with regular expressions that include
 * the line break: a whole-line token is always longer than the plain text
 * chunk of the same line, so maximal munch picks it only when the entire
 * line matches.  Labels, bullets, heading continuations and the end of the
 * last line (EOF without a line break) come from the external scanner in
 * src/scanner.c.
 */

/// <reference types="tree-sitter-cli/dsl" />
// @ts-check

// Horizontal white space inside a line (extras).  U+00A0 and U+3000 occur in
// Word exports.
const WS = '[ \\t\\u00A0\\u3000]';
// Clause punctuation: a line whose last non-space character is one of these
// is body text, never a heading.
const PUNCT = '；;。.，,';
// Superscript digits (footnote markers and references).
const SUP = '¹²³⁰⁴⁵⁶⁷⁸⁹';
// End of a whole-line token: trailing spaces and the line break.
// A line break is `\n`, `\r\n` or a lone `\r`, as in LSP.
const EOL = `${WS}*(\\r\\n?|\\n)`;

/** Alternation of literal phrases. */
const alt = (words) => `(${words.join('|')})`;

/** English phrase: leading capital allowed, any run of spaces between words. */
const en = (phrase) =>
  `[${phrase[0].toUpperCase()}${phrase[0]}]${phrase.slice(1).replace(/ /g, '[ \\t]+')}`;

// ---------------------------------------------------------------- keywords
// Only the keywords listed in DOMAIN.md.

const ZH_PREAMBLE = [
  '进一步考虑到', '进一步认识到',
  '忆及', '考虑到', '认识到', '注意到', '意识到', '铭记', '强调',
];

const ZH_OPERATIVE = [
  '进一步责成', '进一步请',
  '做出决议', '做出决定', '责成', '请', '鼓励', '呼吁', '要求',
];

const EN_PREAMBLE = [
  'recalling', 'considering further', 'considering also', 'considering',
  'recognizing further', 'further recognizing', 'recognizing',
  'noting further', 'noting', 'aware', 'bearing in mind', 'emphasizing',
  'having regard to', 'taking into account', 'acknowledging', 'convinced',
  'concerned', 'observing',
].map(en);

const EN_OPERATIVE = [
  'further resolves', 'resolves', 'further instructs', 'instructs',
  'further invites', 'invites', 'encourages', 'calls upon', 'requests',
  'urges',
].map(en);

// An addressee: the rest of the line, not ending with clause punctuation.
const ADDRESSEE_ZH = `([^\\r\\n]*[^${PUNCT} \\t\\u00A0\\u3000\\r\\n])?`;
const ADDRESSEE_EN = `(${WS}+[^\\r\\n]*[^${PUNCT} \\t\\u00A0\\u3000\\r\\n])?`;

const HEADING_RE = [
  `${alt(ZH_PREAMBLE)}${EOL}`,
  `${alt(ZH_OPERATIVE)}${ADDRESSEE_ZH}${EOL}`,
  `${alt(EN_PREAMBLE)}${EOL}`,
  `${alt(EN_OPERATIVE)}${ADDRESSEE_EN}${EOL}`,
];

// ------------------------------------------------------------ other lines

const OPEN = '[（(]';
const CLOSE = '[）)]';
const NOT_PAREN = '[^\\r\\n（）()]';
const PARENS = `${OPEN}${NOT_PAREN}*${CLOSE}`;
const YEAR = '[0-9][0-9][0-9][0-9]';

// MOD EUR/XX/1 RESOLUTION 28 (REV.WRC-15), ADD ACP/62A1/1 ...
const PROPOSAL = `((ADD|MOD|SUP|NOC)[ \\t]+[A-Z0-9][A-Za-z0-9/.\\-]*[ \\t]+)?`;

// The word of an identity line in the six languages (upper and title case).
const IDENTITY_WORDS = [
  'RESOLUTION', 'Resolution', 'DECISION', 'Decision', 'RECOMMENDATION', 'Recommendation',
  'RÉSOLUTION', 'Résolution', 'DÉCISION', 'Décision', 'RECOMMANDATION', 'Recommandation',
  'RESOLUCIÓN', 'Resolución', 'DECISIÓN', 'Decisión', 'RECOMENDACIÓN', 'Recomendación',
  'РЕЗОЛЮЦИЯ', 'Резолюция', 'РЕШЕНИЕ', 'Решение', 'РЕКОМЕНДАЦИЯ', 'Рекомендация',
  'القرار', 'المقرر', 'التوصية',
];
// A footnote mark after the number: RESOLUTION ITU-R 52-1[*]
const STAR = '(\\[\\*+\\]|\\*+)?';

const IDENTITY_RE = [
  // 第2号决议（2022年，布加勒斯特，修订版） / 第641号决定 / ITU-R第66-1号决议
  `${PROPOSAL}(ITU-R${WS}*)?第[0-9]+(-[0-9]+)?号(决议|决定|建议|意见)(${WS}*${PARENS})?${EOL}`,
  // RESOLUTION 101 (REV. BUCHAREST, 2022) / DECISION 641 / RESOLUTION ITU-R 66-1
  // RÉSOLUTION 71 (RÉV. DUBAÏ, 2018) / РЕЗОЛЮЦИЯ 71 / القرار 71 (المراجَع في دبي، 2018)
  `${PROPOSAL}${alt(IDENTITY_WORDS)}[ \\t]+((ITU|UIT|МСЭ)-R[ \\t]+)?[0-9]+(-[0-9]+)?${STAR}(${WS}*[（(][^\\r\\n()（）]*[)）])?${EOL}`,
  // Council compendium headers: R 1305, Res. 1305, Rés. 1238, Рез. 1332
  `(R|Res\\.|Rés\\.|Рез\\.)[ \\t]*[0-9][0-9][0-9]?[0-9]?${EOL}`,
];

const CONFERENCE_RE = [
  // 世界电信发展大会（2022年，基加利）， / 国际电联理事会，
  `([^ \\t\\u00A0\\u3000\\r\\n${PUNCT}：:（）()\\[][^\\r\\n${PUNCT}：:（）()\\[]*)?(大会|全会|理事会|论坛)(${WS}*${PARENS})?${WS}*[，,]${EOL}`,
  // The World Telecommunication Development Conference (Kigali, 2022),
  `The[ \\t]+([^\\r\\n();]*[ \\t])?(Conference|Assembly|Council|Forum)[^\\r\\n();]*\\([^\\r\\n()]*${YEAR}[^\\r\\n()]*\\)${WS}*,${EOL}`,
  // The Plenipotentiary Conference of the International Telecommunication Union
  // (Bucharest, 2022),
  `The[ \\t]+([^\\r\\n();]*[ \\t])?(Conference|Assembly|Council|Forum)[^\\r\\n();]*${EOL}${WS}*\\([^\\r\\n()]*${YEAR}[^\\r\\n()]*\\)${WS}*,${EOL}`,
  // The Council, / The ITU Radiocommunication Assembly,
  `The[ \\t]+([^\\r\\n();,]*[ \\t])?(Council|Assembly|Conference)${WS}*,${EOL}`,
  // Le Conseil, / El Consejo, / Совет, / إن المجلس،
  `(Le[ \\t]+Conseil|El[ \\t]+Consejo|Совет|(إن[ \\t]+)?المجلس)${WS}*[,،]${EOL}`,
  // La Conférence de plénipotentiaires … (Dubaï, 2018), / La Conferencia … (Busán, 2014),
  `(La|Le|L'|El)[ \\t]+([^\\r\\n();]*[ \\t])?(Conférence|Conference|Conferencia|Assemblée|Assemblee|Asamblea|Conseil|Consejo|Forum|Foro)[^\\r\\n();]*\\([^\\r\\n()]*${YEAR}[^\\r\\n()]*\\)${WS}*,${EOL}`,
  // Полномочная конференция … (Дубай, 2018 г.),
  `[А-Я][^\\r\\n();]*([Кк]онференция|[Аа]ссамблея|Совет|[Фф]орум)[^\\r\\n();]*\\([^\\r\\n()]*${YEAR}[^\\r\\n()]*\\)${WS}*,${EOL}`,
  // إن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات (دبي، 2018)،
  `إن[ \\t]+[^\\r\\n();]*\\([^\\r\\n()]*${YEAR}[^\\r\\n()]*\\)${WS}*[،,]${EOL}`,
];

// (Minneapolis, 1998; Antalya, 2006; Bucharest, 2022), possibly over up to
// three lines; (第十次全体会议上通过) / (adopted at the tenth plenary meeting).
const HISTORY_LINE = `${EOL}${WS}*${NOT_PAREN}+`;
// Council date lines: (C09), (C-1985, dernière mod. C-1999).
const ADOPTION_RE =
  `${OPEN}(${NOT_PAREN}*(${YEAR}|通过|adopted|Adopted)${NOT_PAREN}*(${HISTORY_LINE})?(${HISTORY_LINE})?|C-?[0-9][0-9]${NOT_PAREN}*)${CLOSE}${EOL}`;

const ANNEX_RE = `(附件|Annex|ANNEX)(${WS}*[A-Z0-9]+)?${EOL}`;

// A run of plain text: words separated by horizontal space, never starting
// or ending with space, never containing `[` or superscript digits (those
// start inline nodes).
const CHUNK_CHAR = `[^ \\t\\u00A0\\u3000\\r\\n\\[${SUP}]`;
const CHUNK_RE = `${CHUNK_CHAR}+(${WS}+${CHUNK_CHAR}+)*`;

const re = (source) => new RegExp(source);

module.exports = grammar({
  name: 'resolution',

  externals: $ => [
    $.label,
    $.bullet,
    $.heading_continuation,
    $._eof,
    $._invalid_char,
    $._error_sentinel,
  ],

  extras: $ => [
    /[ \t\u00A0\u3000]/,
    $.bookmark,
  ],

  rules: {
    source_file: $ => repeat(choice(
      $.section,
      $._top_line,
      $._body_line,
      $._newline,
    )),

    // A heading and the lines that belong to it.  prec.right: a section
    // takes every following body line until a heading or a top-level line.
    section: $ => prec.right(seq(
      field('heading', $.heading),
      repeat(choice($._body_line, $._newline)),
    )),

    heading: $ => seq(
      field('line', $.heading_line),
      optional(field('continuation', $.heading_continuation)),
    ),

    heading_line: _ => token(prec(2, choice(...HEADING_RE.map(re)))),

    _top_line: $ => choice(
      $.identity_line,
      $.conference_line,
      $.adoption_history,
      $.annex_heading,
    ),

    identity_line: _ => token(prec(3, choice(...IDENTITY_RE.map(re)))),
    conference_line: _ => token(prec(1, choice(...CONFERENCE_RE.map(re)))),
    adoption_history: _ => token(prec(1, re(ADOPTION_RE))),
    annex_heading: _ => token(prec(3, re(ANNEX_RE))),

    _body_line: $ => choice(
      $.clause,
      $.paragraph,
      $.footnote_definition,
    ),

    clause: $ => seq(
      optional(field('bullet', $.bullet)),
      field('label', $.label),
      optional(field('body', $.text)),
      $._line_end,
    ),

    paragraph: $ => seq(
      optional(field('bullet', $.bullet)),
      field('body', $.text),
      $._line_end,
    ),

    footnote_definition: $ => seq(
      field('marker', $.footnote_marker),
      optional(field('body', $.text)),
      $._line_end,
    ),

    // Superscript digits at the start of a line.  Higher lexical precedence
    // than the superscript footnote_reference, which is only valid in text.
    footnote_marker: _ => token(prec(1, re(`[${SUP}]+`))),

    text: $ => repeat1(choice(
      $._chunk,
      $.footnote_reference,
      $.inline_footnote,
      $._open_bracket,
      $._invalid_char,
    )),

    _chunk: _ => token(re(CHUNK_RE)),

    // A `[` that starts no inline node is plain text.
    _open_bracket: _ => '[',

    footnote_reference: _ => token(choice(
      re('\\[footnoteRef:[ \\t]*[0-9]+[ \\t]*\\]'),
      re(`[${SUP}]+`),
    )),

    // Word's inline footnote body: [1: 1<TAB>text]
    inline_footnote: _ => token(re('\\[[0-9]+:[^\\[\\]\\r\\n]*\\]')),

    // Word residue, e.g. [bookmark: _GoBack]
    bookmark: _ => token(re('\\[bookmark:[^\\[\\]\\r\\n]*\\]')),

    _line_end: $ => choice($._newline, $._eof),

    // LSP's line ends: `\n`, `\r\n` and a lone `\r` (old Mac files, some
    // Word exports).  Maximal munch takes `\r\n` as one break.
    _newline: _ => token(choice('\r\n', '\r', '\n')),
  },
});
