; A section (a heading and the lines that belong to it) folds.
(section) @fold
