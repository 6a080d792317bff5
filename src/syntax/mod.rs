//! The syntax layer: a parsed file is a value (text + tree-sitter tree).
//! Parsing never fails; anything the grammar cannot read becomes ERROR or
//! MISSING nodes that the model reports.
//!
//! Edits re-parse incrementally: the old tree is edited with
//! [`tree_sitter::InputEdit`]s and handed to the parser, which reuses every
//! subtree the edit did not touch.

pub mod kinds;

use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

use ropey::Rope;
use tree_sitter::{InputEdit, Node, Parser, Point, Tree};

use crate::text::{TextEdit, TextRange};

/// An immutable parsed file: the text (a rope, so that an edit costs what
/// the edit costs) and its tree-sitter tree. Cloning is cheap: the rope
/// and the tree are both shared until changed.
#[derive(Clone)]
pub struct SourceFile {
    rope: Rope,
    /// The text as one string, made on first use: the model and the checks
    /// read it, a keystroke does not need it.
    text: OnceLock<Arc<str>>,
    tree: Tree,
}

impl std::fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceFile")
            .field("len", &self.rope.len_bytes())
            .finish_non_exhaustive()
    }
}

thread_local! {
    // A parser is cheap to keep and costly to set up; one per thread lets
    // blocking analysis tasks parse in parallel without locking.
    static PARSER: RefCell<Parser> = RefCell::new(new_parser());
}

fn new_parser() -> Parser {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_resolution::LANGUAGE.into())
        .expect("the bundled grammar's ABI is supported by the linked tree-sitter");
    parser
}

/// Parses the rope chunk by chunk (no contiguous copy of the text).
fn run_parser(rope: &Rope, old: Option<&Tree>) -> Tree {
    let len = rope.len_bytes();
    let mut read = |offset: usize, _: Point| -> &[u8] {
        if offset >= len {
            return &[];
        }
        let (chunk, chunk_start, _, _) = rope.chunk_at_byte(offset);
        &chunk.as_bytes()[offset - chunk_start..]
    };
    PARSER.with(|parser| {
        let mut parser = parser.borrow_mut();
        // Without a timeout or cancellation flag tree-sitter always returns a tree.
        match parser.parse_with_options(&mut read, old, None) {
            Some(tree) => tree,
            None => {
                parser.reset();
                parser
                    .parse_with_options(&mut read, None, None)
                    .expect("parsing without a timeout returns a tree")
            }
        }
    })
}

impl SourceFile {
    pub fn parse(text: &str) -> SourceFile {
        SourceFile::from_rope(Rope::from_str(text))
    }

    pub fn from_rope(rope: Rope) -> SourceFile {
        let tree = run_parser(&rope, None);
        SourceFile {
            rope,
            text: OnceLock::new(),
            tree,
        }
    }

    /// The whole text (made contiguous on first use).
    pub fn text(&self) -> &str {
        self.text.get_or_init(|| {
            // One allocation of the right size, then chunk by chunk.
            let mut text = String::with_capacity(self.rope.len_bytes());
            for chunk in self.rope.chunks() {
                text.push_str(chunk);
            }
            Arc::from(text)
        })
    }

    /// The whole text, shared.
    pub fn text_arc(&self) -> Arc<str> {
        self.text();
        self.text.get().cloned().unwrap_or_else(|| Arc::from(""))
    }

    /// The text as a rope, for position conversions that must not copy it.
    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    pub fn len(&self) -> usize {
        self.rope.len_bytes()
    }

    pub fn is_empty(&self) -> bool {
        self.rope.len_bytes() == 0
    }

    pub fn tree(&self) -> &Tree {
        &self.tree
    }

    pub fn root(&self) -> Node<'_> {
        self.tree.root_node()
    }

    pub fn node_text(&self, node: Node<'_>) -> &str {
        crate::text::slice(self.text(), node_range(node))
    }

    /// Applies `edits` (each relative to the text as left by the previous
    /// one) and re-parses incrementally, reusing the old tree. Costs what
    /// the edits cost, plus the re-parse of what they touched.
    pub fn edit(&self, edits: &[TextEdit]) -> SourceFile {
        let mut rope = self.rope.clone();
        let mut tree = self.tree.clone();
        for edit in edits {
            let start = rope_char_boundary(&rope, edit.range.start);
            let old_end = rope_char_boundary(&rope, edit.range.end).max(start);
            let start_position = point_at(&rope, start);
            let old_end_position = point_at(&rope, old_end);
            let (start_char, old_end_char) = (rope.byte_to_char(start), rope.byte_to_char(old_end));
            rope.remove(start_char..old_end_char);
            rope.insert(start_char, &edit.new_text);
            let new_end = start + edit.new_text.len();
            tree.edit(&InputEdit {
                start_byte: start,
                old_end_byte: old_end,
                new_end_byte: new_end,
                start_position,
                old_end_position,
                new_end_position: point_at(&rope, new_end),
            });
        }
        let tree = run_parser(&rope, Some(&tree));
        SourceFile {
            rope,
            text: OnceLock::new(),
            tree,
        }
    }

    /// The S-expression of the tree, for tests.
    pub fn sexp(&self) -> String {
        self.root().to_sexp()
    }
}

pub fn node_range(node: Node<'_>) -> TextRange {
    TextRange::new(node.start_byte(), node.end_byte())
}

/// The greatest char boundary of the rope that is `<= offset` (clamped).
fn rope_char_boundary(rope: &Rope, offset: usize) -> usize {
    let offset = offset.min(rope.len_bytes());
    rope.char_to_byte(rope.byte_to_char(offset))
}

/// The tree-sitter point of a byte offset: the line (LSP's: `\n`, `\r\n`
/// or `\r` ends one) and the byte column. The analysis reads byte offsets
/// only, never tree-sitter points, so a lone `\r` (a line end for the rope,
/// not for tree-sitter's lexer) shifts no range anyone reads.
fn point_at(rope: &Rope, offset: usize) -> Point {
    let row = rope.byte_to_line(offset);
    Point {
        row,
        column: offset - rope.line_to_byte(row),
    }
}
