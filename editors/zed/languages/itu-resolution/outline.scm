; The outline panel: the identity line, then one entry per section heading.
(identity_line) @name @item
(section
  heading: (heading
    line: (heading_line) @name)) @item
