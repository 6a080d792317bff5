//! The syntax layer: a parsed file is a value (text + tree-sitter tree).
//! Parsing never fails; anything the grammar cannot read becomes ERROR or
//! MISSING nodes that the model reports.
//!
//! Edits re-parse incrementally: the old tree is edited with
//! [`tree_sitter::InputEdit`]s and handed to the parser, which reuses every
//! subtree the edit did not touch. The re-parse can wait until the tree is
//! needed ([`EditedTree`]).

pub mod kinds;

use std::cell::RefCell;
use std::sync::Arc;

use tree_sitter::{InputEdit, Node, Parser, Point, Tree};

use crate::text::{TextEdit, TextRange};

/// An immutable parsed file: the text, held once, and its tree-sitter
/// tree. Cloning is cheap: both are shared until changed.
///
/// The text is one string, not a rope: the model, the checks and every
/// request read it as one, and a rope beside it would hold the text twice
/// for as long as the file is open. An edit copies the text once (a
/// `memcpy`, tens of microseconds for a megabyte), and the tree is
/// re-parsed incrementally.
#[derive(Clone)]
pub struct SourceFile {
    /// A `String` behind the `Arc`, so that the text an edit makes is
    /// moved in, not copied again.
    text: Arc<String>,
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
    let bytes = text.as_bytes();
    let mut read = |offset: usize, _: Point| -> &[u8] { bytes.get(offset..).unwrap_or(&[]) };
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
        SourceFile::from_text(Arc::new(text.to_owned()))
    }

    /// Parses a text already shared (no copy).
    pub fn from_text(text: Arc<String>) -> SourceFile {
        let tree = run_parser(&text, None);
        SourceFile { text, tree }
    }

    /// The whole text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The whole text, shared.
    pub fn text_arc(&self) -> Arc<String> {
        self.text.clone()
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
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
    /// one; ranges are clamped to the text and to character boundaries)
    /// and re-parses incrementally, reusing the old tree. Costs one copy
    /// of the text plus the re-parse of what the edits touched.
    pub fn edit(&self, edits: &[TextEdit]) -> SourceFile {
        let (text, tree) = self.edit_unparsed(edits);
        SourceFile::reparse(text, &tree)
    }

    /// The text `edits` make and this file's tree edited to match it, not
    /// parsed again: the re-parse waits until the tree is needed
    /// ([`SourceFile::reparse`]), once for any number of edits.
    pub fn edit_unparsed(&self, edits: &[TextEdit]) -> (Arc<String>, EditedTree) {
        self.edited_tree().edit(&self.text, edits)
    }

    /// This file's tree, to be edited ([`EditedTree::edit`]) with edits of
    /// its text.
    pub fn edited_tree(&self) -> EditedTree {
        EditedTree(self.tree.clone())
    }

    /// `text` parsed incrementally from `tree`, an earlier text's tree
    /// edited to match it.
    pub fn reparse(text: Arc<String>, tree: &EditedTree) -> SourceFile {
        let tree = run_parser(&text, Some(&tree.0));
        SourceFile { text, tree }
    }

    /// The S-expression of the tree, for tests.
    pub fn sexp(&self) -> String {
        self.root().to_sexp()
    }
}

/// The tree of an earlier text, edited ([`InputEdit`]s) to match a later
/// one but not parsed again: [`SourceFile::reparse`] re-parses it
/// incrementally when the tree is needed. Cloning is cheap (shared).
#[derive(Clone)]
pub struct EditedTree(Tree);

impl EditedTree {
    /// `edits` applied in order to `text` (the text this tree matches), as
    /// [`crate::text::apply_edits_in_order`] applies them: the new text,
    /// made in one copy, and the tree edited to match it.
    pub fn edit(mut self, text: &str, edits: &[TextEdit]) -> (Arc<String>, EditedTree) {
        let text = match edits {
            // A keystroke: the new text made in one copy, in three pieces.
            [edit] => {
                let (start, old_end) = edit.clamped(text);
                self.0
                    .edit(&input_edit(text, start, old_end, &edit.new_text));
                crate::text::apply_edits_in_order(text, edits)
            }
            _ => {
                let inserted: usize = edits.iter().map(|e| e.new_text.len()).sum();
                let mut edited = String::with_capacity(text.len() + inserted);
                edited.push_str(text);
                for edit in edits {
                    let (start, old_end) = edit.clamped(&edited);
                    self.0
                        .edit(&input_edit(&edited, start, old_end, &edit.new_text));
                    edited.replace_range(start..old_end, &edit.new_text);
                }
                edited
            }
        };
        (Arc::new(text), self)
    }
}

pub fn node_range(node: Node<'_>) -> TextRange {
    TextRange::new(node.start_byte(), node.end_byte())
}

/// The replacement of `text[start..old_end]` by `new_text`, for the tree.
fn input_edit(text: &str, start: usize, old_end: usize, new_text: &str) -> InputEdit {
    let start_position = point_at(text, start);
    InputEdit {
        start_byte: start,
        old_end_byte: old_end,
        new_end_byte: start + new_text.len(),
        start_position,
        old_end_position: point_after(start_position, &text[start..old_end]),
        new_end_position: point_after(start_position, new_text),
    }
}

/// The tree-sitter point of a byte offset: the row as tree-sitter's lexer
/// counts it (`\n` ends one) and the byte column. The analysis reads byte
/// offsets only, never points; they are kept consistent for the parser.
fn point_at(text: &str, offset: usize) -> Point {
    let before = &text.as_bytes()[..offset];
    let row = memchr::memchr_iter(b'\n', before).count();
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    Point {
        row,
        column: offset - line_start,
    }
}

/// The point after `written`, written at `at`.
fn point_after(at: Point, written: &str) -> Point {
    let bytes = written.as_bytes();
    match memchr::memrchr(b'\n', bytes) {
        Some(last) => Point {
            row: at.row + memchr::memchr_iter(b'\n', bytes).count(),
            column: bytes.len() - last - 1,
        },
        None => Point {
            row: at.row,
            column: at.column + bytes.len(),
        },
    }
}
