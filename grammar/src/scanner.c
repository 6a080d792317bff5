/*
 * External scanner for tree-sitter-resolution.
 *
 * Tokens:
 *   label                 a clause label at the start of a line: a) lk) bc)
 *                         i) iv) V) (a) （a） 1) 1 56 1. а) أ ), the bare letters of
 *                         Decision 641 ("a 秘书长", "c WTPF", "ab<TAB>"), – —
 *   bullet                a Markdown list bullet "- " / "• " at line start
 *   heading_continuation  the second line of a two-line heading
 *   _eof                  the end of the last line when it has no line break
 *   _invalid_char         a NUL byte or a byte that is not valid UTF-8, which
 *                         the generated lexer cannot match; kept as text
 *
 * The scanner is stateless (nothing to serialize) and allocation-free.  It
 * only emits a label or a bullet where the grammar allows one, i.e. at the
 * start of a line (or right after a bullet), so a label can never appear
 * mid-line.  All loops stop at the end of the line or at EOF, and the
 * look-ahead over the next line for heading_continuation is bounded by that
 * line's label (at most a few characters).
 */

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>

enum TokenType {
  LABEL,
  BULLET,
  HEADING_CONTINUATION,
  EOF_LINE_END,
  INVALID_CHAR,
  ERROR_SENTINEL,
};

/* Number of code points of the current line kept for the keyword check. */
#define HEAD_MAX 16

typedef struct {
  TSLexer *lexer;
  int32_t head[HEAD_MAX];
  unsigned head_len;
  int32_t last; /* last non-space character consumed on the line, 0 if none */
} Cursor;

static inline bool is_space(int32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x3000;
}

static inline bool is_digit(int32_t c) { return c >= '0' && c <= '9'; }
static inline bool is_lower(int32_t c) { return c >= 'a' && c <= 'z'; }
static inline bool is_upper(int32_t c) { return c >= 'A' && c <= 'Z'; }
static inline bool is_letter(int32_t c) { return is_lower(c) || is_upper(c); }
static inline bool is_open(int32_t c) { return c == '(' || c == 0xFF08; }
static inline bool is_close(int32_t c) { return c == ')' || c == 0xFF09; }
static inline bool is_dash(int32_t c) { return c == 0x2013 || c == 0x2014; }
/* Letters of the other scripts that label clauses: Cyrillic lower case
 * (а) б) в) in Russian drafts) and Arabic letters (أ ) ب ) ج ) in abjad
 * order). Always followed by `)`, optionally after one space. */
static inline bool is_cyrillic_lower(int32_t c) {
  return (c >= 0x0430 && c <= 0x044F) || c == 0x0451;
}
static inline bool is_arabic_letter(int32_t c) { return c >= 0x0621 && c <= 0x064A; }
/* - • * and U+F0B7, the Symbol-font bullet that Word exports leave behind */
static inline bool is_bullet_char(int32_t c) {
  return c == '-' || c == 0x2022 || c == 0xF0B7 || c == '*';
}

/* ；;。.，, */
static inline bool is_clause_punct(int32_t c) {
  return c == 0xFF1B || c == ';' || c == 0x3002 || c == '.' || c == 0xFF0C ||
         c == ',';
}

static inline bool at_eof(TSLexer *lexer) { return lexer->eof(lexer); }

static inline bool at_eol(TSLexer *lexer) {
  return at_eof(lexer) || lexer->lookahead == '\n' || lexer->lookahead == '\r';
}

static inline int32_t peek(Cursor *c) { return c->lexer->lookahead; }

/* Advances over one line break: `\r\n`, a lone `\r` or `\n`. */
static void advance_line_break(TSLexer *lexer) {
  if (lexer->lookahead == '\r') {
    lexer->advance(lexer, false);
    if (!at_eof(lexer) && lexer->lookahead == '\n') lexer->advance(lexer, false);
  } else if (lexer->lookahead == '\n') {
    lexer->advance(lexer, false);
  }
}

static void take(Cursor *c) {
  int32_t ch = c->lexer->lookahead;
  if (c->head_len < HEAD_MAX) c->head[c->head_len++] = ch;
  if (!is_space(ch) && ch != '\r' && ch != '\n') c->last = ch;
  c->lexer->advance(c->lexer, false);
}

static inline void cursor_init(Cursor *c, TSLexer *lexer) {
  c->lexer = lexer;
  c->head_len = 0;
  c->last = 0;
}

static inline void mark(Cursor *c, bool do_mark) {
  if (do_mark) c->lexer->mark_end(c->lexer);
}

static inline bool can_start_label(int32_t ch) {
  return is_open(ch) || is_letter(ch) || is_digit(ch) || is_dash(ch) ||
         is_cyrillic_lower(ch) || is_arabic_letter(ch);
}

/*
 * Recognize a label at the current position (the first non-space character
 * of the line, or right after a bullet).  When do_mark is set, the token end
 * is marked right after the label; the separator and the text after it are
 * only looked at.
 */
static bool scan_label(Cursor *c, bool do_mark) {
  TSLexer *lexer = c->lexer;
  if (at_eof(lexer)) return false;
  int32_t ch = peek(c);

  /* (a) （a） (1) */
  if (is_open(ch)) {
    take(c);
    unsigned n = 0;
    if (is_digit(peek(c))) {
      while (!at_eof(lexer) && is_digit(peek(c)) && n < 4) {
        take(c);
        n++;
      }
      if (n > 3) return false;
    } else {
      /* Lowercase only: `(ITU) …` at a line start is text, not a label. */
      while (!at_eof(lexer) && is_letter(peek(c)) && n < 5) {
        if (peek(c) < 'a' || peek(c) > 'z') return false;
        take(c);
        n++;
      }
      if (n == 0 || n > 4) return false;
    }
    if (at_eof(lexer) || !is_close(peek(c))) return false;
    take(c);
    mark(c, do_mark);
    return true;
  }

  /* a) lk) iv) V)  and the bare style of Decision 641: "a 秘书长", "ab\t" */
  if (is_letter(ch)) {
    unsigned n = 0;
    bool all_lower = true;
    while (!at_eof(lexer) && is_letter(peek(c)) && n < 5) {
      if (!is_lower(peek(c))) all_lower = false;
      take(c);
      n++;
    }
    if (n > 4 || at_eof(lexer)) return false;
    if (is_close(peek(c))) {
      take(c);
      mark(c, do_mark);
      return true;
    }
    if (!all_lower) return false;
    if (peek(c) == '\t' && n <= 2) {
      mark(c, do_mark);
      return true;
    }
    if (peek(c) == ' ' && n == 1) {
      mark(c, do_mark);
      take(c);
      /* "a 秘书长…", and "c WTPF-26…" (same list in seed 001) */
      return !at_eof(lexer) && (peek(c) > 0x7F || is_upper(peek(c)));
    }
    return false;
  }

  /* а) б)  and Arabic أ ) ب ) هـ ) : one letter, then `)` */
  if (is_cyrillic_lower(ch) || is_arabic_letter(ch)) {
    bool arabic = is_arabic_letter(ch);
    take(c);
    if (arabic && !at_eof(lexer) && peek(c) == 0x0640) take(c); /* هـ */
    if (arabic && !at_eof(lexer) && peek(c) == ' ') take(c);
    if (at_eof(lexer) || !is_close(peek(c))) return false;
    take(c);
    mark(c, do_mark);
    return true;
  }

  /* 1) 12）  and numbers followed by a space or tab and more text: 1 56 10 */
  if (is_digit(ch)) {
    unsigned n = 0;
    while (!at_eof(lexer) && is_digit(peek(c)) && n < 4) {
      take(c);
      n++;
    }
    if (n > 3 || at_eof(lexer)) return false;
    if (is_close(peek(c))) {
      take(c);
      mark(c, do_mark);
      return true;
    }
    if (is_space(peek(c))) {
      mark(c, do_mark);
      while (!at_eof(lexer) && is_space(peek(c))) take(c);
      return !at_eol(lexer);
    }
    /* A Markdown ordered list: "1. to continue…" (not "1.2", not "2018.") */
    if (peek(c) == '.' && n <= 2) {
      take(c);
      if (at_eof(lexer) || !is_space(peek(c))) return false;
      mark(c, do_mark);
      while (!at_eof(lexer) && is_space(peek(c))) take(c);
      return !at_eol(lexer);
    }
    return false;
  }

  /* – — followed by a tab or space */
  if (is_dash(ch)) {
    take(c);
    mark(c, do_mark);
    return !at_eof(lexer) && is_space(peek(c));
  }

  return false;
}

/* "- " / "• " followed by something on the line. */
static bool scan_bullet(Cursor *c) {
  TSLexer *lexer = c->lexer;
  if (at_eof(lexer) || !is_bullet_char(peek(c))) return false;
  take(c);
  lexer->mark_end(lexer);
  if (at_eof(lexer) || !is_space(peek(c))) return false;
  while (!at_eof(lexer) && is_space(peek(c))) take(c);
  return !at_eol(lexer);
}

/* ---------------------------------------------------------------------- */
/* Heading keywords: a line that is itself a heading is never the           */
/* continuation of the heading above it.  Same lists as grammar.js.         */

static const int32_t ZH_KEYWORDS[][5] = {
    {0x8FDB, 0x4E00, 0x6B65, 0},         /* 进一步 */
    {0x5FC6, 0x53CA, 0},                 /* 忆及 */
    {0x8003, 0x8651, 0x5230, 0},         /* 考虑到 */
    {0x8BA4, 0x8BC6, 0x5230, 0},         /* 认识到 */
    {0x6CE8, 0x610F, 0x5230, 0},         /* 注意到 */
    {0x610F, 0x8BC6, 0x5230, 0},         /* 意识到 */
    {0x94ED, 0x8BB0, 0},                 /* 铭记 */
    {0x5F3A, 0x8C03, 0},                 /* 强调 */
    {0x505A, 0x51FA, 0x51B3, 0x8BAE, 0}, /* 做出决议 */
    {0x505A, 0x51FA, 0x51B3, 0x5B9A, 0}, /* 做出决定 */
    {0x8D23, 0x6210, 0},                 /* 责成 */
    {0x8BF7, 0},                         /* 请 */
    {0x9F13, 0x52B1, 0},                 /* 鼓励 */
    {0x547C, 0x5401, 0},                 /* 呼吁 */
    {0x8981, 0x6C42, 0},                 /* 要求 */
};

/* First words of the English keywords. */
static const char *const EN_FIRST_WORDS[] = {
    "recalling", "considering", "recognizing", "further",   "noting",
    "aware",     "bearing",     "emphasizing", "having",    "taking",
    "acknowledging", "convinced", "concerned", "observing", "resolves",
    "instructs", "invites",     "encourages",  "calls",     "requests",
    "urges",
};

static bool starts_with_heading_keyword(const Cursor *c) {
  for (unsigned k = 0; k < sizeof(ZH_KEYWORDS) / sizeof(ZH_KEYWORDS[0]); k++) {
    const int32_t *kw = ZH_KEYWORDS[k];
    unsigned i = 0;
    while (kw[i] != 0 && i < c->head_len && c->head[i] == kw[i]) i++;
    if (kw[i] == 0) return true;
  }

  /* English: the first word, case-folded, must be a whole word. */
  char word[HEAD_MAX + 1] = {0};
  unsigned n = 0;
  while (n < c->head_len && is_letter(c->head[n])) {
    int32_t ch = c->head[n];
    word[n] = (char)(is_upper(ch) ? ch - 'A' + 'a' : ch);
    n++;
  }
  if (n == 0 || n == HEAD_MAX) return false;
  word[n] = '\0';
  for (unsigned k = 0; k < sizeof(EN_FIRST_WORDS) / sizeof(EN_FIRST_WORDS[0]); k++) {
    const char *kw = EN_FIRST_WORDS[k];
    unsigned i = 0;
    while (kw[i] != '\0' && kw[i] == word[i]) i++;
    if (kw[i] == '\0' && word[i] == '\0') return true;
  }
  return false;
}

/*
 * Look (without producing a token) over the rest of the current line, the
 * next line and the label at the start of the line after it.  Called at the
 * start of a line that begins with a heading keyword: whether the next line
 * is a heading_continuation depends on those two lines, so the token lexed
 * here (the heading_line) must carry them as look-ahead.  Otherwise an
 * incremental reparse could reuse the heading and miss a continuation that an
 * edit below it created or removed.
 */
static void look_past_heading(Cursor *c) {
  TSLexer *lexer = c->lexer;
  for (int line = 0; line < 2; line++) {
    while (!at_eol(lexer)) lexer->advance(lexer, false);
    if (at_eof(lexer)) return;
    advance_line_break(lexer);
  }
  Cursor next;
  cursor_init(&next, lexer);
  while (!at_eof(lexer) && is_space(peek(&next))) take(&next);
  if (!at_eof(lexer) && is_bullet_char(peek(&next))) {
    take(&next);
    while (!at_eof(lexer) && is_space(peek(&next))) take(&next);
  }
  scan_label(&next, false);
}

/* At the start of a line that is neither a label nor a bullet line. */
static void look_past_line_start(Cursor *c) {
  while (c->head_len < HEAD_MAX && !at_eol(c->lexer)) take(c);
  if (starts_with_heading_keyword(c)) look_past_heading(c);
}

/*
 * The rest of the current line is a heading continuation when it does not
 * end with clause punctuation, is not itself a heading, and the next line
 * starts with a label (optionally after a bullet).
 */
static bool scan_continuation(Cursor *c) {
  TSLexer *lexer = c->lexer;
  while (!at_eol(lexer)) take(c);
  if (at_eof(lexer)) return false;
  if (c->last == 0 || is_clause_punct(c->last)) return false;
  if (starts_with_heading_keyword(c)) {
    /* This line is itself a heading: look ahead for its own continuation. */
    look_past_heading(c);
    return false;
  }

  advance_line_break(lexer);
  lexer->mark_end(lexer);

  Cursor next;
  cursor_init(&next, lexer);
  while (!at_eof(lexer) && is_space(peek(&next))) take(&next);
  if (!at_eof(lexer) && is_bullet_char(peek(&next))) {
    take(&next);
    if (at_eof(lexer) || !is_space(peek(&next))) return false;
    while (!at_eof(lexer) && is_space(peek(&next))) take(&next);
  }
  if (!scan_label(&next, false)) return false;

  lexer->result_symbol = HEADING_CONTINUATION;
  return true;
}

/* ---------------------------------------------------------------------- */

void *tree_sitter_resolution_external_scanner_create(void) { return NULL; }

void tree_sitter_resolution_external_scanner_destroy(void *payload) {
  (void)payload;
}

unsigned tree_sitter_resolution_external_scanner_serialize(void *payload,
                                                           char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_resolution_external_scanner_deserialize(void *payload,
                                                         const char *buffer,
                                                         unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

bool tree_sitter_resolution_external_scanner_scan(void *payload, TSLexer *lexer,
                                                  const bool *valid_symbols) {
  (void)payload;

  /* Error recovery: every symbol is valid.  Let the internal lexer work. */
  if (valid_symbols[ERROR_SENTINEL]) return false;

  /* The same white space the grammar's extras skip (a line break is not). */
  while (!at_eof(lexer) && is_space(lexer->lookahead)) {
    lexer->advance(lexer, true);
  }

  if (valid_symbols[INVALID_CHAR] && !at_eof(lexer) && lexer->lookahead <= 0) {
    lexer->advance(lexer, false);
    lexer->mark_end(lexer);
    lexer->result_symbol = INVALID_CHAR;
    return true;
  }

  if (at_eof(lexer)) {
    if (valid_symbols[EOF_LINE_END]) {
      lexer->mark_end(lexer);
      lexer->result_symbol = EOF_LINE_END;
      return true;
    }
    return false;
  }

  bool want_label = valid_symbols[LABEL];
  bool want_bullet = valid_symbols[BULLET];
  bool want_continuation = valid_symbols[HEADING_CONTINUATION];
  if (!want_label && !want_bullet && !want_continuation) return false;

  int32_t ch = lexer->lookahead;
  if (ch == '\n' || ch == '\r') return false;

  Cursor c;
  cursor_init(&c, lexer);

  if (is_bullet_char(ch)) {
    if (scan_bullet(&c)) {
      /* A bullet line is never a heading continuation. */
      if (!want_bullet) return false;
      lexer->result_symbol = BULLET;
      return true;
    }
  } else if (can_start_label(ch)) {
    if (scan_label(&c, true)) {
      /* A label line is never a heading continuation. */
      if (!want_label) return false;
      lexer->result_symbol = LABEL;
      return true;
    }
  }

  if (!want_continuation) {
    if (want_label) look_past_line_start(&c);
    return false;
  }
  return scan_continuation(&c);
}
