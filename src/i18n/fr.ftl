# Messages de resolution-ls en français.
# Les arguments cités du projet (repères, intitulés, citations, révisions)
# sont affichés tels que le projet les écrit.

joined = { $first }; { $second }

## Intitulés et lignes liminaires (RLS05xx)

note-body-mismatch = la ligne d'identification indique un texte { $identity }, mais la ligne de la conférence indique : { $conference }
note-year-before-session = la ligne de la conférence indique { $year } avant sa session ({ $session })
note-council-date = la ligne de date indique le Conseil de { $council }, la ligne de la conférence { $session }
note-label-script = { $label } est écrit avec la lettre cyrillique { $letter } parmi des repères latins : la séquence attend la lettre latine { $latin }
fix-write-latin = Écrire la lettre latine { $latin }
note-heading-missing = les alinéas à partir de { $label } n'ont pas d'intitulé : un intitulé a été perdu lors de l'édition
note-heading-inline = l'intitulé { $heading } est sur la même ligne que son premier alinéa { $label }
note-heading-glued = l'intitulé { $heading } est collé à la fin de l'alinéa qui le précède
fix-heading-own-line = Mettre l'intitulé sur une ligne à part

## Expressions communes

quoted = { $text }
range-to = { $first } à { $last }
place-this-section = cette section
place-this-clause = cet alinéa
place-sub-items = les sous-alinéas de { $label }
place-the-heading = l'intitulé
kind-letter = désignés par des lettres a), b), c)…
kind-number = numérotés 1, 2, 3…
kind-roman = numérotés i), ii), iii)…
fix-replace = Remplacer { $old } par { $new }

## Le fichier (RLS00xx)

unreadable-text = ce texte n'a pas pu être lu comme un intitulé, un alinéa ou un paragraphe ; vérifiez s'il contient des caractères parasites ou une ligne coupée

## Repères (RLS01xx)

label-wrong-kind-section = les alinéas de { $name } sont { $kind ->
        [letter] désignés par des lettres
        [roman] numérotés en chiffres romains
       *[number] numérotés
    } ({ $first }…) ; les { $part ->
        [preamble] alinéas du préambule
       *[operative] paragraphes du dispositif
    } sont { $expected }
label-unneeded = { $label } est le seul alinéa de { $name } : un alinéa unique n'a pas besoin de repère
fix-remove-label = Supprimer le repère { $label }
label-read-as = { $label } (lu comme { $read })
label-fused = { $shown } semble réunir l'ancien repère { $old } et le nouveau repère { $new } (reste d'une modification suivie) ; attendu : { $new }
label-tracked-change = repère changé de { $old } en { $new } par une modification suivie non encore acceptée
label-tracked-insert = repère { $new } inséré par une modification suivie non encore acceptée
label-gap = { $shown } suit { $previous } : { $missing } manque ; attendu : { $expected }
label-repeated = { $shown } est utilisé deux fois dans { $place } ; attendu : { $expected }
related-first-used = { $label } est utilisé ici pour la première fois
label-wrong-start = dans { $place }, la séquence commence à { $shown } ; attendu : { $expected }
label-comes-before = { $shown } vient avant { $other } ; attendu : { $expected }
related-comes-later = { $label } vient plus loin, ici
label-comes-after = { $shown } vient après { $previous } ; attendu : { $expected }
related-is-here = { $label } est ici
label-wrong-kind = { $shown } n'a pas sa place parmi des alinéas { $kind } ; attendu : { $expected }
label-style-mixed = { $label } n'est pas écrit comme les autres repères dans { $place } ; attendu : { $wanted }
fix-write-as = Écrire { $label } sous la forme { $wanted }
related-written-like-this = { $label } est écrit ainsi

## Ponctuation (RLS02xx)

role-semi = un alinéa suivi d'un autre alinéa de sa section se termine par { $mark }
role-comma = le dernier alinéa d'une section se termine par { $mark }
role-stop = le dernier paragraphe du document se termine par { $mark }
half-width-in-chinese = { $mark } demi-chasse dans un texte chinois ; attendu : { $expected }
full-width-in-english = { $mark } pleine chasse dans un texte anglais ; attendu : { $expected }
clause-ends-with-but = cet alinéa se termine par { $mark }, mais { $rule }
clause-ends-colon = cet alinéa se termine par { $mark }, mais aucune liste ne suit ; { $rule }
clause-ends-without = cet alinéa se termine sans ponctuation ; { $rule }
fix-add-end = Ajouter { $mark } à la fin de l'alinéa
doubled-punctuation = ponctuation doublée { $first }{ $second } : le { $first } est un reste ; seul { $second } est attendu
fix-remove-stray = Supprimer le { $mark } en trop

## Renvois internes (RLS03xx)

reference-missing-clause = { $section } { $label } renvoie à un alinéa qui n'existe pas ({ $name } : { $has })
reference-missing-section = ce document n'a pas de section { $section } : le renvoi ne mène nulle part
labels-none = aucun alinéa avec repère
labels-only = seulement { $label }
fix-reletter-section = Renuméroter { $name }
fix-reletter-section-as = Renuméroter { $name } en { $labels }
fix-reletter-document = Renuméroter tout le document

## Citations (RLS04xx)

quoted-code = `{ $text }`
place-identity-line = la ligne d'identification
place-this-conference = la présente Conférence
related-conference-line = la ligne de la conférence du document
citation-merged = deux révisions dans une même citation : { $revisions } — reste d'une modification suivie ; une citation ne mentionne qu'une révision
citation-tracked-change = citation changée de « { $old } » en « { $new } » par une modification suivie non encore acceptée
fix-keep-revision = { $which ->
        [older] Garder la révision la plus ancienne : { $revision }
       *[newer] Garder la révision la plus récente : { $revision }
    }
citation-this-conference = { $what } cite { $cited }, mais la ligne de la conférence du document indique une adoption par { $body } ({ $place }, { $year })
fix-name-conference = Indiquer la conférence de ce document : { $revision }
meeting-met-there-in = { $body } a siégé à { $place } en { $years }
meeting-place-unknown = le catalogue ne connaît pas le lieu { $place } ; en { $year }, { $body } a siégé à { $met } ({ $edition })
meeting-impossible-place = aucune réunion de { $body } à { $place } en { $year } : en { $year }, { $body } a siégé à { $met } ({ $edition })
meeting-none-in-year = aucune réunion de { $body } en { $year }
meeting-none-in-year-near = aucune réunion de { $body } en { $year } ({ $body } a siégé en { $near })
meeting-others-there = à { $place } en { $year } ont siégé : { $others }
meeting-unknown-outside-coverage = le catalogue ne connaît aucune réunion de { $body } à { $place } en { $year } (sa liste des réunions de { $body } n'est complète que pour { $from }–{ $to })
meeting-unknown = le catalogue ne connaît aucune réunion de { $body } à { $place } en { $year } (sa liste des réunions de { $body } est incomplète)
ambiguous-no-conference-line = { $what } est cité comme un texte de la présente Conférence, mais le document n'a pas de ligne de la conférence indiquant laquelle
ambiguous-body = l'organe qui a adopté { $what } n'est pas indiqué (aucun organe avant ou après le numéro, pas de « la présente Conférence »)
ambiguous-all-met = { $meetings } : toutes ces réunions ont eu lieu au lieu et en l'année cités
ambiguous-none = { $what } n'existe dans le catalogue pour aucun organe
ambiguous-one = dans le catalogue, { $what } est un texte de { $body }
ambiguous-many = dans le catalogue, { $what } existe pour { $bodies }
citation-unknown-number = { $key } ne figure pas dans le catalogue, qui est incomplet : ses révisions ne sont pas vérifiées
citation-no-revision-known = { $key } : la version citée, { $cited }, est inconnue du catalogue (il ne connaît aucune révision de { $key })
citation-unconfirmed-revision = { $key } : la version citée est { $cited } ; { $latest } a peut-être apporté une révision, ce qu'aucun texte officiel du catalogue ne confirme
citation-revision-after-catalogue = { $key } : la version citée, { $cited }, est postérieure à ce que connaît le catalogue ; la dernière qu'il connaît est { $latest }
citation-revision-unknown = { $key } : la version citée, { $cited }, est inconnue du catalogue ; la dernière qu'il connaît est { $latest }
citation-outdated-original = { $key } : la version citée est l'adoption initiale ({ $cited }) ; le texte a été révisé depuis, dernière version connue : { $latest }. Citer volontairement l'adoption initiale est correct
citation-outdated-at = { $key } : la version citée est { $cited } ; une révision plus récente était connue à la date de ce document ({ $date }) : { $latest }
citation-outdated = { $key } : la version citée est { $cited } ; une révision plus récente est connue : { $latest }
fix-cite-latest = Citer la dernière révision connue : { $revision }
conference-line-merged = la ligne de la conférence nomme { $count } réunions ({ $meetings }) — reste d'une modification suivie ; un document est adopté par une seule conférence
fix-keep-meeting = { $which ->
        [older] Garder la réunion la plus ancienne : { $meeting }
       *[newer] Garder la réunion la plus récente : { $meeting }
    }

## Actions de l'éditeur

fix-reletter-every-document = Renuméroter tous les documents
fix-silence = Désactiver { $code } sur cette ligne

## Ligne de commande

severity-error = erreur
severity-warning = avertissement
severity-info = info
severity-hint = suggestion
human-help = aide
human-note = note : { $message } (ligne { $line }, colonne { $column })
human-note-in = note : { $message } ({ $file }:{ $line }:{ $column })
human-fix-line = aide : { $kind } : { $fixes }
human-fixes = { $count ->
        [one] correction
       *[other] corrections
    }
human-unsafe-fixes = { $count ->
        [one] correction non sûre (--unsafe-fixes)
       *[other] corrections non sûres (--unsafe-fixes)
    }
human-more-like-this = encore { $count } { $count ->
        [one] cas semblable
       *[other] cas semblables
    } dans { $path } ({ $count ->
        [one] ligne
       *[other] lignes
    } { $lines })
human-reletter-hint = Pour remettre ces repères dans l'ordre, avec les renvois à ces alinéas : { $actions } ; « { $document } » traite toutes les sections à la fois (actions de code de l'éditeur)
cli-fixed = corrigé { $path }:{ $line }: { $title }
cli-applied = { $fixes ->
        [one] { $fixes } correction appliquée
       *[other] { $fixes } corrections appliquées
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
cli-summary = { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
    }
cli-summary-fixable = ; { $count ->
        [one] { $count } corrigible
       *[other] { $count } corrigibles
    } avec --fix
cli-summary-unsafe = ; { $count } de plus avec --fix --unsafe-fixes (ces corrections modifient le contenu d'une citation)
cli-statistics-legend = [*] corrigible avec --fix

## Survol

hover-reference-no-section = **{ $section } { $label }** — ce document n'a pas de section `{ $section }`
hover-reference-no-clause = **{ $section } { $label }** — cet alinéa n'existe pas dans ce document
hover-clauses-unlabelled = { $count ->
        [one] { $count } paragraphe, sans repère
       *[other] { $count } paragraphes sans repère
    }
hover-clauses-one-label = { $count ->
        [one] { $count } alinéa, avec le repère { $label }
       *[other] { $count } alinéas, dont un avec le repère { $label }
    }
hover-clauses-labelled = { $count } alinéas, de { $first } à { $last }
hover-heading = **{ $heading }** — { $part ->
        [preamble] Section du préambule
       *[operative] Section du dispositif
    } : { $clauses }
hover-heading-addressed = **{ $heading }** — { $part ->
        [preamble] Section du préambule
       *[operative] Section du dispositif
    }, adressée à { $addressee } : { $clauses }
hover-conference-line = **Ligne de la conférence** — qui adopte ce document
hover-body = Organe : { $name } ({ $code })
hover-catalogue = Le catalogue : { $known }
hover-session = Session : { $place }, { $year }
hover-judged-as-of = Les citations sont évaluées selon l'état en { $year }
hover-identity-line = **{ $identity }** — ligne d'identification de ce document
hover-text = Texte : { $key }
hover-latest-known = Dernière révision connue du catalogue : { $revision }
hover-not-in-catalogue-new = Absent du catalogue : texte nouveau, ou texte qu'il ne connaît pas
hover-clause-of = alinéa { $index } sur { $count }
hover-sub-item-of = sous-alinéa { $index } sur { $count } de { $parent }
hover-label = **{ $label }** — repère { $kind ->
        [letter] par lettre
        [roman] en chiffres romains
        [number] numérique
       *[other] { $kind }
    }, { $place } dans *{ $heading }* ({ $part ->
        [preamble] préambule
       *[operative] dispositif
    })
hover-unga = **Résolution { $numbers } de l'Assemblée générale des Nations Unies**

    Ce n'est pas un texte de l'UIT : il n'est pas vérifié dans le catalogue de l'UIT.
hover-question = **Question { $numbers }** (Question d'une commission d'études : `N/G` = Question N de la Commission d'études G)
hover-recommendation = **Recommandation { $numbers }** (Recommandation d'un Secteur de l'UIT ; absente du catalogue)
hover-body-not-said = **{ $kind } { $numbers }** — organe non indiqué
hover-no-text-of-number = Le catalogue ne contient aucun texte portant ce numéro.
hover-in-catalogue = Dans le catalogue :
hover-no-title = (aucun titre enregistré)
hover-body-named = indiqué dans la citation
hover-body-this-conference = la présente Conférence (ligne de la conférence du document)
hover-body-deduced = déduit : le seul organe de ce type ayant siégé au lieu et en l'année cités
hover-body-unresolved = non déterminé
hover-body-how = Organe : { $name } ({ $code }), { $how }
hover-cited = Version citée : { $revision }
hover-not-in-catalogue = Absent du catalogue (qui est incomplet).
hover-latest = Dernière version connue : { $revision } — { $source } ({ $trust })
hover-latest-untrusted = Dernière version connue : { $revision } — { $source } ({ $trust } : à titre indicatif seulement)
hover-source = Source : { $source }
hover-latest-at-conference = Dernière version connue à la conférence de ce document : { $revision }
hover-earlier = Versions antérieures : { $revisions }
hover-status = Statut : { $status }
hover-knows-up-to = Le catalogue couvre { $body } jusqu'à { $meeting }
hover-catalogue-entry = Entrée du catalogue : { $location }

## Complétion

completion-new-resolution = Nouvelle résolution ({ $code })
completion-new-resolution-detail = identification, titre, ligne de la conférence, un préambule et un dispositif en { $language ->
        [ar] arabe
        [zh] chinois
        [fr] français
        [ru] russe
        [es] espagnol
       *[en] anglais
    }
completion-heading = intitulé de section du { $part ->
        [preamble] préambule
       *[operative] dispositif
    }
completion-next-label = repère suivant dans cette section
cited-key = { $kind ->
        [resolution] Résolution
        [decision] Décision
        [recommendation] Recommandation
       *[opinion] Avis
    } { $number } ({ $body })

## Propositions (RLS07xx)

proposal-reasons-missing = { $proposal } n'a pas de motifs : un paragraphe « Motifs: » est attendu avant la proposition suivante
proposal-id-repeated = l'identificateur { $id } est utilisé deux fois : chaque proposition a le sien
proposal-first-here = première utilisation ici
proposal-id-series = { $id } désigne un autre auteur, document ou addendum : les propositions de ce fichier sont { $series }/…
proposal-first-series = le premier identificateur du fichier
proposal-id-sequence = { $id } suit { $previous } : { $expected } attendu
proposal-id-sequence-first = { $id } est le premier de sa série : { $expected } attendu
fix-proposal-renumber = Renuméroter en { $id }
proposal-unknown-text = { $action } de { $key }, que le catalogue ne connaît pas : vérifier le numéro
proposal-number-taken = { $key } existe déjà ({ $latest }) : un nouveau texte prend un numéro libre, ou la proposition est un MOD
proposal-number-taken-undated = { $key } existe déjà : un nouveau texte prend un numéro libre, ou la proposition est un MOD
proposal-revision-outdated = un { $action } cite le texte en vigueur : la dernière révision connue est { $latest } ({ $source })
fix-proposal-write = Écrire { $text }
proposal-source-setting = le réglage proposal-conference
proposal-source-header = l'en-tête du document
proposal-source-catalogue = la prochaine réunion connue du catalogue
proposal-mod-revision = { $proposal } indique la révision qu'il propose : { $coming } attendu, la prochaine conférence { $body } (d'après { $source })
proposal-mod-revision-known = { $proposal } indique une révision que le texte a déjà : un MOD indique la prochaine conférence comme révision
proposal-mod-history = la ligne d'historique de { $proposal } ne se termine pas par la prochaine conférence ({ $year })
fix-proposal-history = Ajouter { $text }
proposal-mod-conference = la ligne de la conférence de { $proposal } nomme la conférence qui adopterait le texte : { $coming } attendu
proposal-mod-conference-behind = la ligne de la conférence de { $proposal } est antérieure à la révision de sa ligne d'identité ({ $year }) : toutes deux nomment la prochaine conférence
citation-merged-mod = deux révisions dans une citation : { $revisions } — reste de suivi des modifications ; dans { $proposal }, { $proposed } est la révision proposée et { $modified } celle du texte modifié
fix-keep-proposal-revision = Garder la révision proposée : { $revision }
fix-keep-modified-revision = Garder la révision du texte modifié : { $revision }
hover-proposal = **{ $proposal }** — une proposition qui { $kind ->
        [add] ajoute un texte
        [mod] modifie le texte
        [sup] supprime le texte
       *[noc] ne change pas le texte
    }
hover-proposal-proposer = Auteur : { $proposer }
hover-proposal-document = Document : { $document }
hover-proposal-unnumbered = Document : pas encore numéroté
hover-proposal-addendum = Addendum : { $addendum }
hover-proposal-sequence = Proposition : { $sequence }
hover-proposal-marks = Porte sur { $kind ->
        [document] le document
        [section] une section
        [clause] un alinéa
        [new] un nouveau texte
       *[text] le texte
    } : { $what }
hover-proposal-no-reasons = Aucun motif avant la proposition suivante.

## Versions linguistiques parallèles

parallel-version = la version { $language ->
        [ar] arabe
        [zh] chinoise
        [fr] française
        [ru] russe
        [es] espagnole
       *[en] anglaise
    }
parallel-related = la version { $language ->
        [ar] arabe
        [zh] chinoise
        [fr] française
        [ru] russe
        [es] espagnole
       *[en] anglaise
    }
parallel-section-missing-here = la section « { $section } » n'a pas d'équivalent dans { $other }
parallel-section-missing-there = { $other } a ici une section « { $section } » que cette version n'a pas
parallel-section-order = la section « { $section } » est la section { $here } ici mais la section { $there } dans { $other }
parallel-clause-missing-here = l'alinéa { $clause } de « { $section } » n'a pas d'équivalent dans { $other }
parallel-clause-missing-there = { $other } a un alinéa { $clause } dans « { $section } » que cette version n'a pas
parallel-label-differs = cet alinéa est numéroté { $here } ici mais { $there } dans { $other }
parallel-citation-revision = { $text } est cité ici dans sa version { $here }, mais dans sa version { $there } dans { $other }
parallel-citation-only-here = { $cited } est cité ici, mais pas dans le même alinéa de { $other }
parallel-citation-only-there = { $other } cite { $cited } dans cet alinéa ; cette version ne le cite pas
parallel-number-differs = le nombre { $here } ici est { $there } dans { $other }
parallel-number-only-here = le nombre { $here } ne figure pas dans le même alinéa de { $other }
parallel-number-only-there = { $other } contient le nombre { $there } dans cet alinéa ; cette version ne le contient pas
parallel-unlabelled = (sans numéro)
parallel-hover-title = Version { $language ->
        [ar] arabe
        [zh] chinoise
        [fr] française
        [ru] russe
        [es] espagnole
       *[en] anglaise
    } ({ $file })
parallel-identity-differs = cette version est { $here } ; { $other } est { $there }
parallel-conference-differs = cette version est adoptée par { $here } ; { $other } par { $there }
