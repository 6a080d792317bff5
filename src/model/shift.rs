//! Moving a model's byte ranges past an edit, so that what an edit did not
//! touch is reused instead of extracted again (see [`super::reextract`]).

use super::citations::{
    Citation, CitedNumber, CitedPart, CitedSession, Identity, Proposal, Revision, RevisionGroup,
};
use super::references::InternalReference;
use super::{
    ConferenceLine, Document, Footnote, FootnoteRef, Heading, Label, Line, Model, Note, Section,
    Session,
};
use crate::model::Clause;
use crate::text::TextRange;

/// One replacement: the old text's bytes `start..old_end` became
/// `start..start + (old_end - start) + delta`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    pub start: usize,
    pub old_end: usize,
    pub delta: isize,
}

impl Shift {
    /// Every offset moved by `delta`: from a window's offsets to the
    /// file's, or back.
    pub fn translate(delta: isize) -> Shift {
        Shift {
            start: 0,
            old_end: 0,
            delta,
        }
    }

    /// A range before the replaced bytes stays, one after them moves, one
    /// around them grows or shrinks with them; a range that ends where text
    /// was inserted grows with it. (Ranges that start inside the replaced
    /// bytes are the caller's to extract again.)
    pub fn range(&self, r: TextRange) -> TextRange {
        let moved = |at: usize| at.saturating_add_signed(self.delta);
        let start = if r.start >= self.old_end {
            moved(r.start)
        } else {
            r.start
        };
        let end = if r.end < self.start || (r.end == self.start && self.start < self.old_end) {
            r.end
        } else {
            moved(r.end.max(self.old_end))
        };
        TextRange::new(start, end.max(start))
    }

    /// Like [`Shift::range`], except that a range starting where text was
    /// inserted keeps its start: the text typed at the start of a clause's
    /// text is the clause's.
    pub fn range_keeping_start(&self, r: TextRange) -> TextRange {
        let moved = self.range(r);
        if r.start == self.start {
            TextRange::new(r.start, moved.end.max(r.start))
        } else {
            moved
        }
    }
}

/// Every byte range a value holds, moved by a [`Shift`].
pub trait Shifted {
    fn shift(&mut self, s: &Shift);
}

impl Shifted for TextRange {
    fn shift(&mut self, s: &Shift) {
        *self = s.range(*self);
    }
}

impl<T: Shifted> Shifted for Option<T> {
    fn shift(&mut self, s: &Shift) {
        if let Some(v) = self {
            v.shift(s);
        }
    }
}

impl<A: smallvec::Array> Shifted for smallvec::SmallVec<A>
where
    A::Item: Shifted,
{
    fn shift(&mut self, s: &Shift) {
        for v in self {
            v.shift(s);
        }
    }
}

impl<T: Shifted> Shifted for Vec<T> {
    fn shift(&mut self, s: &Shift) {
        for v in self {
            v.shift(s);
        }
    }
}

/// A value whose ranges all lie inside one range: when that range ends
/// before an edit, nothing in it moves.
pub trait Spanned {
    fn span(&self) -> TextRange;
}

/// Shifts the values of `v`, sorted by position and not nested in one
/// another, skipping those that end before the edit (nothing in them
/// moves): a keystroke moves what comes after it, not the whole file.
fn shift_after<T: Shifted + Spanned>(v: &mut [T], s: &Shift) {
    let first = v.partition_point(|x| x.span().end < s.start);
    for x in &mut v[first..] {
        x.shift(s);
    }
}

macro_rules! spanned {
    ($($t:ty),*) => {
        $(impl Spanned for $t {
            fn span(&self) -> TextRange {
                self.range
            }
        })*
    };
}

spanned!(
    Clause,
    Section,
    Document,
    Citation,
    InternalReference,
    Footnote,
    FootnoteRef
);

impl Spanned for TextRange {
    fn span(&self) -> TextRange {
        *self
    }
}

/// The fields of a struct that hold ranges, in one line per type.
macro_rules! shifted {
    ($t:ty: $($field:ident),*) => {
        impl Shifted for $t {
            fn shift(&mut self, s: &Shift) {
                $(self.$field.shift(s);)*
            }
        }
    };
}

shifted!(Line: range);
shifted!(Session: range);
shifted!(ConferenceLine: range, sessions);
shifted!(Heading: range, keyword_range);
shifted!(Label: range);
impl Shifted for Clause {
    /// What is typed at the start of a clause's text (or of an unlabelled
    /// clause) is part of it.
    fn shift(&mut self, s: &Shift) {
        self.range = match self.label {
            Some(_) => s.range(self.range),
            None => s.range_keeping_start(self.range),
        };
        self.label.shift(s);
        let first = self.lines.partition_point(|l| l.end < s.start);
        for line in &mut self.lines[first..] {
            *line = s.range_keeping_start(*line);
        }
        shift_after(&mut self.sub_items, s);
    }
}

impl Shifted for Section {
    fn shift(&mut self, s: &Shift) {
        self.range.shift(s);
        self.heading.shift(s);
        shift_after(&mut self.items, s);
    }
}

impl Shifted for Document {
    fn shift(&mut self, s: &Shift) {
        self.range.shift(s);
        self.identity.shift(s);
        self.title.shift(s);
        self.history.shift(s);
        self.conference.shift(s);
        shift_after(&mut self.sections, s);
        self.annexes.shift(s);
    }
}
shifted!(Footnote: range, body);
shifted!(FootnoteRef: range);
shifted!(CitedNumber: range);
shifted!(Revision: place_range, year_range, range);
shifted!(RevisionGroup: range, revisions);
shifted!(CitedPart: range);
shifted!(CitedSession: range);
shifted!(Citation: body_range, numbers, groups, part, session, range);
shifted!(Proposal: range);
shifted!(Identity: number, group, proposal, range);
shifted!(InternalReference: range, label_range);

impl Shifted for Note {
    fn shift(&mut self, s: &Shift) {
        self.range.shift(s);
        if let Some((_, edits)) = &mut self.fix {
            for (range, _) in edits {
                range.shift(s);
            }
        }
    }
}

impl Shifted for Model {
    /// Proposals and tracked changes are not moved: a model that has any
    /// is extracted again after an edit (see [`super::reextract`]).
    fn shift(&mut self, s: &Shift) {
        shift_after(&mut self.documents, s);
        shift_after(&mut self.footnotes, s);
        shift_after(&mut self.footnote_refs, s);
        shift_after(&mut self.syntax_errors, s);
        shift_after(&mut self.citations, s);
        self.identities.shift(s);
        shift_after(&mut self.references, s);
        self.notes.shift(s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_before_after_and_around_an_edit() {
        // "abcdef": "cd" (2..4) replaced by "XYZ".
        let s = Shift {
            start: 2,
            old_end: 4,
            delta: 1,
        };
        assert_eq!(s.range(TextRange::new(0, 2)), TextRange::new(0, 2));
        assert_eq!(s.range(TextRange::new(4, 6)), TextRange::new(5, 7));
        assert_eq!(s.range(TextRange::new(1, 5)), TextRange::new(1, 6));
        assert_eq!(s.range(TextRange::new(0, 4)), TextRange::new(0, 5));
        // An insertion at 3: a range ending there grows, one starting there moves.
        let s = Shift {
            start: 3,
            old_end: 3,
            delta: 2,
        };
        assert_eq!(s.range(TextRange::new(0, 3)), TextRange::new(0, 5));
        assert_eq!(s.range(TextRange::new(3, 4)), TextRange::new(5, 6));
        assert_eq!(s.range(TextRange::new(0, 2)), TextRange::new(0, 2));
    }
}
