; Zed's capture names for the nodes of grammar/ (same nodes as
; grammar/queries/highlights.scm, which uses Neovim/Helix names).

(identity_line) @title
(annex_heading) @title
(conference_line) @emphasis
(adoption_history) @comment

(heading_line) @keyword
(heading_continuation) @keyword

(label) @punctuation.list_marker
(bullet) @punctuation.list_marker

(footnote_marker) @link_text
(footnote_reference) @link_text
(inline_footnote) @comment

(bookmark) @comment
