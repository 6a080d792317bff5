; Highlights for ITU resolution drafts.
; Only standard capture names (checked with `tree-sitter highlight --check`).

; Top-level lines
(identity_line) @markup.heading
(annex_heading) @markup.heading
(conference_line) @markup.italic
(adoption_history) @comment

; Section headings: preamble and operative keywords with their addressee
(heading_line) @keyword
(heading_continuation) @keyword

; Clause labels and list bullets
(label) @markup.list.numbered
(bullet) @punctuation.special

; Footnotes
(footnote_marker) @markup.link
(footnote_reference) @markup.link
(inline_footnote) @comment

; Word residue
(bookmark) @comment
