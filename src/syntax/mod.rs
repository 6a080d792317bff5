//! The syntax layer: a parsed file is a value (text + tree-sitter tree).
//! Parsing never fails; anything the grammar cannot read becomes ERROR or
//! MISSING nodes that the model reports.
//!
//! Edits re-parse incrementally: the old tree is edited with
//! [`tree_sitter::InputEdit`]s and handed to the parser, which reuses every
//! subtree the edit did not touch.

pub mod kinds;

use std::cell::RefCell;
use std::sync::Arc;

use tree_sitter::{InputEdit, Node, Parser, Point, Tree};

use crate::analysis::TextEdit;
use crate::text::{floor_char_boundary, TextRange};

/// An immutable parsed file. Cloning is cheap (the text is shared and a
/// tree-sitter tree is reference-counted).
#[derive(Clone)]
pub struct SourceFile {
    text: Arc<str>,
    tree: Tree,
}

impl std::fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceFile")
            .field("len", &self.text.len())
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

fn run_parser(text: &str, old: Option<&Tree>) -> Tree {
    PARSER.with(|parser| {
        let mut parser = parser.borrow_mut();
        // Without a timeout or cancellation flag tree-sitter always returns a tree.
        match parser.parse(text, old) {
            Some(tree) => tree,
            None => {
                parser.reset();
                parser
                    .parse(text, None)
                    .expect("parsing without a timeout returns a tree")
            }
        }
    })
}

impl SourceFile {
    pub fn parse(text: impl Into<Arc<str>>) -> SourceFile {
        let text = text.into();
        let tree = run_parser(&text, None);
        SourceFile { text, tree }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn shared_text(&self) -> Arc<str> {
        self.text.clone()
    }

    pub fn tree(&self) -> &Tree {
        &self.tree
    }

    pub fn root(&self) -> Node<'_> {
        self.tree.root_node()
    }

    pub fn node_text(&self, node: Node<'_>) -> &str {
        crate::text::slice(&self.text, node_range(node))
    }

    /// Applies `edits` (each relative to the text as left by the previous
    /// one) and re-parses incrementally, reusing the old tree.
    pub fn edit(&self, edits: &[TextEdit]) -> SourceFile {
        let mut text = self.text.to_string();
        let mut tree = self.tree.clone();
        for edit in edits {
            let start = floor_char_boundary(&text, edit.range.start);
            let old_end = floor_char_boundary(&text, edit.range.end).max(start);
            let start_position = point_at(&text, start);
            let old_end_position = point_at(&text, old_end);
            text.replace_range(start..old_end, &edit.new_text);
            let new_end = start + edit.new_text.len();
            tree.edit(&InputEdit {
                start_byte: start,
                old_end_byte: old_end,
                new_end_byte: new_end,
                start_position,
                old_end_position,
                new_end_position: point_at(&text, new_end),
            });
        }
        let tree = run_parser(&text, Some(&tree));
        SourceFile {
            text: text.into(),
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

/// The tree-sitter point (row, byte column) of a byte offset.
fn point_at(text: &str, offset: usize) -> Point {
    let before = &text.as_bytes()[..offset];
    let row = before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    Point {
        row,
        column: offset - line_start,
    }
}
