//! Node kinds and field names of the grammar (`grammar/grammar.js`).
//! `tests/tidy.rs` checks each against `grammar/src/node-types.json`.

pub const SOURCE_FILE: &str = "source_file";
pub const SECTION: &str = "section";
pub const HEADING: &str = "heading";
pub const HEADING_LINE: &str = "heading_line";
pub const HEADING_CONTINUATION: &str = "heading_continuation";
pub const CLAUSE: &str = "clause";
pub const PARAGRAPH: &str = "paragraph";
pub const LABEL: &str = "label";
pub const BULLET: &str = "bullet";
pub const TEXT: &str = "text";
pub const IDENTITY_LINE: &str = "identity_line";
pub const CONFERENCE_LINE: &str = "conference_line";
pub const ADOPTION_HISTORY: &str = "adoption_history";
pub const ANNEX_HEADING: &str = "annex_heading";
pub const FOOTNOTE_DEFINITION: &str = "footnote_definition";
pub const FOOTNOTE_MARKER: &str = "footnote_marker";
pub const FOOTNOTE_REFERENCE: &str = "footnote_reference";
pub const INLINE_FOOTNOTE: &str = "inline_footnote";
pub const BOOKMARK: &str = "bookmark";

pub const ALL: &[&str] = &[
    SOURCE_FILE,
    SECTION,
    HEADING,
    HEADING_LINE,
    HEADING_CONTINUATION,
    CLAUSE,
    PARAGRAPH,
    LABEL,
    BULLET,
    TEXT,
    IDENTITY_LINE,
    CONFERENCE_LINE,
    ADOPTION_HISTORY,
    ANNEX_HEADING,
    FOOTNOTE_DEFINITION,
    FOOTNOTE_MARKER,
    FOOTNOTE_REFERENCE,
    INLINE_FOOTNOTE,
    BOOKMARK,
];

pub const FIELD_HEADING: &str = "heading";
pub const FIELD_LINE: &str = "line";
pub const FIELD_CONTINUATION: &str = "continuation";
pub const FIELD_LABEL: &str = "label";
pub const FIELD_BULLET: &str = "bullet";
pub const FIELD_BODY: &str = "body";
pub const FIELD_MARKER: &str = "marker";
