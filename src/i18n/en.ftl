# resolution-ls messages in English.
# Arguments quoted from the draft (labels, headings, citations, revisions)
# are shown as the draft writes them.

joined = { $first }; { $second }

## Headings and preface lines (RLS05xx)

note-body-mismatch = the identity line is a { $identity } text but the conference line names the { $conference }
note-year-before-session = the conference line says { $year } before its session ({ $session })
note-council-date = the date line says the Council of { $council }, the conference line { $session }
note-label-script = { $label } is written with the Cyrillic letter { $letter } among Latin labels: the sequence expects the Latin { $latin }
fix-write-latin = Write the Latin letter { $latin }
note-heading-missing = the clauses from { $label } have no heading: a heading was lost in editing
note-heading-inline = the heading { $heading } is on the same line as its first clause { $label }
note-heading-glued = the heading { $heading } is glued to the end of the clause before it
fix-heading-own-line = Put the heading on its own line

## Shared phrases

quoted = { $text }
range-to = { $first } to { $last }
place-this-section = this section
place-this-clause = this clause
place-sub-items = the sub-items of { $label }
place-the-heading = the heading
kind-letter = lettered a), b), c)…
kind-number = numbered 1, 2, 3…
kind-roman = numbered i), ii), iii)…
fix-replace = Replace { $old } by { $new }

## The file (RLS00xx)

unreadable-text = this text could not be read as a heading, clause or paragraph; check for stray characters or a broken line

## Labels (RLS01xx)

label-wrong-kind-section = the clauses of { $name } are { $kind ->
        [letter] lettered
        [roman] numbered with roman numerals
       *[number] numbered
    } ({ $first }…); { $part ->
        [preamble] preamble clauses
       *[operative] operative paragraphs
    } are { $expected }
label-unneeded = { $label } is the only clause of { $name }: a single clause needs no label
fix-remove-label = Remove the label { $label }
label-read-as = { $label } (read as { $read })
label-fused = { $shown } looks like the old label { $old } and the new label { $new } kept together (tracked-change residue); expected { $new }
label-tracked-change = label changed from { $old } to { $new } by a tracked change, not yet accepted
label-tracked-insert = label { $new } inserted by a tracked change, not yet accepted
label-gap = { $shown } follows { $previous }: { $missing } is missing; expected { $expected }
label-repeated = { $shown } is used twice in { $place }; expected { $expected }
related-first-used = { $label } is first used here
label-wrong-start = the sequence of { $place } starts at { $shown }; expected { $expected }
label-comes-before = { $shown } comes before { $other }; expected { $expected }
related-comes-later = { $label } comes later, here
label-comes-after = { $shown } comes after { $previous }; expected { $expected }
related-is-here = { $label } is here
label-wrong-kind = { $shown } does not belong among clauses { $kind }; expected { $expected }
label-style-mixed = { $label } is written differently from the other labels of { $place }; expected { $wanted }
fix-write-as = Write { $label } as { $wanted }
related-written-like-this = { $label } is written like this

## Punctuation (RLS02xx)

role-semi = a clause followed by another clause of its section ends with { $mark }
role-comma = the last clause of a section ends with { $mark }
role-stop = the last paragraph of the document ends with { $mark }
half-width-in-chinese = half-width { $mark } in Chinese text; expected { $expected }
full-width-in-english = full-width { $mark } in English text; expected { $expected }
clause-ends-with-but = this clause ends with { $mark }, but { $rule }
clause-ends-colon = this clause ends with { $mark } but no list follows; { $rule }
clause-ends-without = this clause ends without punctuation; { $rule }
fix-add-end = Add { $mark } at the end of the clause
doubled-punctuation = doubled punctuation { $first }{ $second }: the { $first } is left over; expected only { $second }
fix-remove-stray = Remove the stray { $mark }

## Internal references (RLS03xx)

reference-missing-clause = { $section } { $label } refers to a clause that does not exist: { $name } has { $has }
reference-missing-section = this document has no section { $section }: the reference points nowhere
labels-none = no labelled clause
labels-only = only { $label }
fix-reletter-section = Reletter { $name }
fix-reletter-section-as = Reletter { $name } as { $labels }
fix-reletter-document = Reletter the whole document

## Citations (RLS04xx)

quoted-code = `{ $text }`
place-identity-line = the identity line
place-this-conference = this conference
related-conference-line = the document's conference line
citation-merged = two revisions in one citation: { $revisions } — tracked-change residue; a citation names one revision
citation-tracked-change = citation changed from “{ $old }” to “{ $new }” by a tracked change, not yet accepted
fix-keep-revision = { $which ->
        [older] Keep the older revision: { $revision }
       *[newer] Keep the newer revision: { $revision }
    }
citation-this-conference = { $what } names { $cited }, but the document's conference line says it is adopted by { $body } ({ $place }, { $year })
fix-name-conference = Name this document's conference: { $revision }
meeting-met-there-in = { $body } met at { $place } in { $years }
meeting-place-unknown = the catalogue does not know the place name { $place }; in { $year } { $body } met at { $met } ({ $edition })
meeting-impossible-place = no { $body } met at { $place } in { $year }: in { $year } { $body } met at { $met } ({ $edition })
meeting-none-in-year = no { $body } met in { $year }
meeting-none-in-year-near = no { $body } met in { $year } ({ $body } met in { $near })
meeting-others-there = at { $place } in { $year } met { $others }
meeting-unknown-outside-coverage = the catalogue knows no { $body } meeting at { $place } in { $year } (its list of { $body } meetings is complete for { $from }–{ $to } only)
meeting-unknown = the catalogue knows no { $body } meeting at { $place } in { $year } (its list of { $body } meetings is incomplete)
ambiguous-no-conference-line = { $what } is cited as this conference's, but the document has no conference line to say which
ambiguous-body = which body adopted { $what } is not said (no body before or after the number, no "this conference")
ambiguous-all-met = { $meetings } all met at the cited place and year
ambiguous-none = the catalogue has no { $what } of any body
ambiguous-one = in the catalogue, { $what } is { $body }'s
ambiguous-many = in the catalogue, { $what } exists for { $bodies }
citation-unknown-number = { $key } is not in the catalogue, which is incomplete: its revisions are not checked
citation-no-revision-known = { $key } is cited at { $cited }, which is not known to the catalogue (it knows no revision of { $key })
citation-unconfirmed-revision = { $key } is cited at { $cited }; { $latest } may have revised it, which no official text in the catalogue confirms
citation-revision-after-catalogue = { $key } is cited at { $cited }, which is later than the catalogue knows; the latest it knows is { $latest }
citation-revision-unknown = { $key } is cited at { $cited }, which is not known to the catalogue; the latest it knows is { $latest }
citation-outdated-original = { $key } is cited at its original adoption ({ $cited }); it was revised since, latest known { $latest }. Citing the original adoption on purpose is fine
citation-outdated-at = { $key } is cited at { $cited }; a later revision was known at this document's date ({ $date }): { $latest }
citation-outdated = { $key } is cited at { $cited }; a later revision is known: { $latest }
fix-cite-latest = Cite the latest known revision: { $revision }
conference-line-merged = the conference line names { $count } meetings ({ $meetings }) — tracked-change residue; a document is adopted by one conference
fix-keep-meeting = { $which ->
        [older] Keep the older meeting: { $meeting }
       *[newer] Keep the newer meeting: { $meeting }
    }

## Editor actions

fix-reletter-every-document = Reletter every document
fix-silence = Silence { $code } on this line

## Command line

severity-error = error
severity-warning = warning
severity-info = info
severity-hint = hint
human-help = help
human-note = note: { $message } (line { $line }, column { $column })
human-note-in = note: { $message } ({ $file }:{ $line }:{ $column })
human-fix-line = help: { $kind }: { $fixes }
human-fixes = { $count ->
        [one] fix
       *[other] fixes
    }
human-unsafe-fixes = { $count ->
        [one] unsafe fix (--unsafe-fixes)
       *[other] unsafe fixes (--unsafe-fixes)
    }
human-more-like-this = { $count } more like this in { $path } ({ $count ->
        [one] line
       *[other] lines
    } { $lines })
human-reletter-hint = { $actions } put those labels in order, references to the clauses with them; "{ $document }" does every section at once (editor code actions)
cli-fixed = fixed { $path }:{ $line }: { $title }
cli-applied = applied { $fixes ->
        [one] { $fixes } fix
       *[other] { $fixes } fixes
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
cli-summary = checked { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
    }
cli-summary-fixable = ; { $count } fixable with --fix
cli-summary-unsafe = ; { $count } more with --fix --unsafe-fixes (they change what a citation says)
cli-statistics-legend = [*] fixable with --fix

## Hover

hover-reference-no-section = **{ $section } { $label }** — this document has no section `{ $section }`
hover-reference-no-clause = **{ $section } { $label }** — no such clause in this document
hover-clauses-unlabelled = { $count ->
        [one] one paragraph, unlabelled
       *[other] { $count } unlabelled paragraphs
    }
hover-clauses-one-label = { $count ->
        [one] 1 clause, labelled { $label }
       *[other] { $count } clauses, one labelled { $label }
    }
hover-clauses-labelled = { $count } clauses, { $first } to { $last }
hover-heading = **{ $heading }** — { $part ->
        [preamble] Preamble section
       *[operative] Operative section
    }: { $clauses }
hover-heading-addressed = **{ $heading }** — { $part ->
        [preamble] Preamble section
       *[operative] Operative section
    }, addressed to { $addressee }: { $clauses }
hover-conference-line = **Conference line** — who adopts this document
hover-body = Body: { $name } ({ $code })
hover-catalogue = The catalogue: { $known }
hover-session = Session: { $place }, { $year }
hover-judged-as-of = Citations are judged as of { $year }
hover-identity-line = **{ $identity }** — this document's identity line
hover-text = Text: { $key }
hover-latest-known = Latest revision the catalogue knows: { $revision }
hover-not-in-catalogue-new = Not in the catalogue: a new text, or one it does not know
hover-clause-of = clause { $index } of { $count }
hover-sub-item-of = sub-item { $index } of { $count } under { $parent }
hover-label = **{ $label }** — { $kind ->
        [letter] letter
        [roman] roman
        [number] number
       *[other] { $kind }
    } label, { $place } in *{ $heading }* ({ $part ->
        [preamble] preamble
       *[operative] operative
    })
hover-unga = **United Nations General Assembly resolution { $numbers }**

    Not an ITU text: not checked against the ITU catalogue.
hover-question = **Question { $numbers }** (a study Group Question: `N/G` = Question N of Study Group G)
hover-recommendation = **Recommendation { $numbers }** (an ITU Sector Recommendation; not in the catalogue)
hover-body-not-said = **{ $kind } { $numbers }** — body not said
hover-no-text-of-number = The catalogue has no text of that number.
hover-in-catalogue = In the catalogue:
hover-no-title = (no title recorded)
hover-body-named = named in the citation
hover-body-this-conference = this conference (the document's conference line)
hover-body-deduced = deduced: the only such body that met at the cited place and year
hover-body-unresolved = unresolved
hover-body-how = Body: { $name } ({ $code }), { $how }
hover-cited = Cited: { $revision }
hover-not-in-catalogue = Not in the catalogue (which is incomplete).
hover-latest = Latest known: { $revision } — { $source } ({ $trust })
hover-latest-untrusted = Latest known: { $revision } — { $source } ({ $trust }: informs only)
hover-source = Source: { $source }
hover-latest-at-conference = Latest known at this document's conference: { $revision }
hover-earlier = Earlier: { $revisions }
hover-status = Status: { $status }
hover-knows-up-to = The catalogue knows { $body } up to { $meeting }
hover-catalogue-entry = Catalogue entry: { $location }

## Completion

completion-new-resolution = New resolution ({ $code })
completion-new-resolution-detail = identity, title, conference line, a preamble and an operative section in { $language ->
        [ar] Arabic
        [zh] Chinese
        [fr] French
        [ru] Russian
        [es] Spanish
       *[en] English
    }
completion-heading = { $part ->
        [preamble] preamble
       *[operative] operative
    } section heading
completion-next-label = next label in this section
cited-key = { $body } { $kind ->
        [resolution] Resolution
        [decision] Decision
        [recommendation] Recommendation
       *[opinion] Opinion
    } { $number }

## Proposals (RLS07xx)

proposal-reasons-missing = { $proposal } has no reasons: a Reasons: paragraph is expected before the next proposal
proposal-id-repeated = identifier { $id } is used twice: each proposal has its own
proposal-first-here = first used here
proposal-id-series = { $id } names another proposer, document or addendum: this file's proposals are { $series }/…
proposal-first-series = the file's first identifier
proposal-id-sequence = { $id } follows { $previous }: expected { $expected }
proposal-id-sequence-first = { $id } is the first of its series: expected { $expected }
fix-proposal-renumber = Renumber as { $id }
proposal-unknown-text = { $action } of { $key }, which the catalogue does not know: check the number
proposal-number-taken = { $key } already exists ({ $latest }): a new text takes a number not in use, or the proposal is a MOD
proposal-number-taken-undated = { $key } already exists: a new text takes a number not in use, or the proposal is a MOD
proposal-revision-outdated = a { $action } quotes the text as it stands: the latest known revision is { $latest } ({ $source })
fix-proposal-write = Write { $text }
proposal-source-setting = the proposal-conference setting
proposal-source-header = the document's header
proposal-source-catalogue = the catalogue's next meeting
proposal-mod-revision = { $proposal } names the revision it proposes: expected { $coming }, the coming { $body } conference (from { $source })
proposal-mod-revision-known = { $proposal } names a revision the text already has: a MOD names the coming conference as its revision
proposal-mod-history = the history line of { $proposal } does not end with the coming conference ({ $year })
fix-proposal-history = Add { $text }
proposal-mod-conference = the conference line of { $proposal } names the conference that would adopt the text: expected { $coming }
proposal-mod-conference-behind = the conference line of { $proposal } is older than its identity line's revision ({ $year }): both name the coming conference
citation-merged-mod = two revisions in one citation: { $revisions } — tracked-change residue; in { $proposal }, { $proposed } is the proposal's revision and { $modified } the text it modifies
fix-keep-proposal-revision = Keep the proposal's revision: { $revision }
fix-keep-modified-revision = Keep the revision being modified: { $revision }
hover-proposal = **{ $proposal }** — a proposal that { $kind ->
        [add] adds new text
        [mod] modifies the text
        [sup] suppresses the text
       *[noc] leaves the text unchanged
    }
hover-proposal-proposer = Proposer: { $proposer }
hover-proposal-document = Document: { $document }
hover-proposal-unnumbered = Document: not numbered yet
hover-proposal-addendum = Addendum: { $addendum }
hover-proposal-sequence = Proposal: { $sequence }
hover-proposal-marks = Marks { $kind ->
        [document] the document
        [section] a section
        [clause] a clause
        [new] a new text
       *[text] the text
    }: { $what }
hover-proposal-no-reasons = No reasons given before the next proposal.

## Parallel language versions

parallel-version = the { $language ->
        [ar] Arabic
        [zh] Chinese
        [fr] French
        [ru] Russian
        [es] Spanish
       *[en] English
    } version
parallel-related = the { $language ->
        [ar] Arabic
        [zh] Chinese
        [fr] French
        [ru] Russian
        [es] Spanish
       *[en] English
    } version
parallel-section-missing-here = section { $section } has no counterpart in { $other }
parallel-section-missing-there = { $other } has a section { $section } about here that this version lacks
parallel-section-order = section { $section } is section { $here } here but section { $there } in { $other }
parallel-clause-missing-here = clause { $clause } of { $section } has no counterpart in { $other }
parallel-clause-missing-there = { $other } has a clause { $clause } in { $section } that this version lacks
parallel-label-differs = this clause is labelled { $here } here but { $there } in { $other }
parallel-citation-revision = { $text } is cited at { $here } here but at { $there } in { $other }
parallel-citation-only-here = { $cited } is cited here but not in the same clause of { $other }
parallel-citation-only-there = { $other } cites { $cited } in this clause; this version does not
parallel-number-differs = the number { $here } here is { $there } in { $other }
parallel-number-only-here = the number { $here } is not in the same clause of { $other }
parallel-number-only-there = { $other } has the number { $there } in this clause; this version does not
parallel-unlabelled = (unlabelled)
parallel-hover-title = { $language ->
        [ar] Arabic
        [zh] Chinese
        [fr] French
        [ru] Russian
        [es] Spanish
       *[en] English
    } version ({ $file })
parallel-identity-differs = this version is { $here }; { $other } is { $there }
parallel-conference-differs = this version is adopted by { $here }; { $other } by { $there }
