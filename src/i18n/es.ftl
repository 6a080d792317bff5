# Mensajes de resolution-ls en español.
# Los argumentos citados del proyecto (identificadores, encabezamientos, citas, revisiones)
# se muestran tal como los escribe el proyecto.

joined = { $first }; { $second }

## Encabezamientos y líneas iniciales (RLS05xx)

note-body-mismatch = la línea de identificación indica un texto { $identity }, pero la línea de la conferencia indica: { $conference }
note-year-before-session = la línea de la conferencia indica { $year } antes de su reunión ({ $session })
note-council-date = la línea de fecha indica el Consejo de { $council }, y la línea de la conferencia, { $session }
note-label-script = { $label } está escrito con la letra cirílica { $letter } entre identificadores latinos: la secuencia espera la letra latina { $latin }
fix-write-latin = Escribir la letra latina { $latin }
note-heading-missing = los apartados a partir de { $label } no tienen encabezamiento: se perdió un encabezamiento durante la edición
note-heading-inline = el encabezamiento { $heading } está en la misma línea que su primer apartado { $label }
note-heading-glued = el encabezamiento { $heading } está pegado al final del apartado anterior
fix-heading-own-line = Poner el encabezamiento en una línea aparte

## Expresiones comunes

quoted = { $text }
range-to = { $first } a { $last }
place-this-section = esta sección
place-this-clause = este apartado
place-sub-items = los subapartados de { $label }
place-the-heading = el encabezamiento
kind-letter = identificados con letras a), b), c)…
kind-number = numerados 1, 2, 3…
kind-roman = numerados i), ii), iii)…
fix-replace = Sustituir { $old } por { $new }

## El archivo (RLS00xx)

unreadable-text = este texto no se pudo leer como encabezamiento, apartado o párrafo; compruebe si hay caracteres sueltos o una línea cortada

## Identificadores (RLS01xx)

label-wrong-kind-section = los apartados de { $name } están { $kind ->
        [letter] identificados con letras
        [roman] numerados con números romanos
       *[number] numerados
    } ({ $first }…); los { $part ->
        [preamble] apartados del preámbulo
       *[operative] párrafos de la parte dispositiva
    } van { $expected }
label-unneeded = { $label } es el único apartado de { $name }: un apartado único no necesita identificador
fix-remove-label = Eliminar el identificador { $label }
label-read-as = { $label } (leído como { $read })
label-fused = { $shown } parece unir el identificador antiguo { $old } y el nuevo { $new } (residuo del control de cambios); se esperaba { $new }
label-tracked-change = identificador cambiado de { $old } a { $new } por un cambio controlado aún no aceptado
label-tracked-insert = identificador { $new } insertado por un cambio controlado aún no aceptado
label-gap = { $shown } sigue a { $previous }: falta { $missing }; se esperaba { $expected }
label-repeated = { $shown } se usa dos veces en { $place }; se esperaba { $expected }
related-first-used = { $label } se usa aquí por primera vez
label-wrong-start = en { $place }, la secuencia empieza en { $shown }; se esperaba { $expected }
label-comes-before = { $shown } va antes de { $other }; se esperaba { $expected }
related-comes-later = { $label } va más adelante, aquí
label-comes-after = { $shown } va después de { $previous }; se esperaba { $expected }
related-is-here = { $label } está aquí
label-wrong-kind = { $shown } no corresponde entre apartados { $kind }; se esperaba { $expected }
label-style-mixed = { $label } está escrito de forma distinta a los demás identificadores en { $place }; se esperaba { $wanted }
fix-write-as = Escribir { $label } como { $wanted }
related-written-like-this = { $label } está escrito así

## Puntuación (RLS02xx)

role-semi = un apartado seguido de otro apartado de su sección termina con { $mark }
role-comma = el último apartado de una sección termina con { $mark }
role-stop = el último párrafo del documento termina con { $mark }
half-width-in-chinese = { $mark } de ancho medio en texto chino; se esperaba { $expected }
full-width-in-english = { $mark } de ancho completo en texto inglés; se esperaba { $expected }
clause-ends-with-but = este apartado termina con { $mark }, pero { $rule }
clause-ends-colon = este apartado termina con { $mark }, pero no le sigue ninguna lista; { $rule }
clause-ends-without = este apartado termina sin puntuación; { $rule }
fix-add-end = Añadir { $mark } al final del apartado
doubled-punctuation = puntuación duplicada { $first }{ $second }: el { $first } sobra; solo se espera { $second }
fix-remove-stray = Eliminar el { $mark } sobrante

## Referencias internas (RLS03xx)

reference-missing-clause = { $section } { $label } remite a un apartado que no existe ({ $name }: { $has })
reference-missing-section = este documento no tiene la sección { $section }: la referencia no remite a ninguna parte
labels-none = ningún apartado con identificador
labels-only = solo { $label }
fix-reletter-section = Renumerar { $name }
fix-reletter-section-as = Renumerar { $name } como { $labels }
fix-reletter-document = Renumerar todo el documento

## Citas (RLS04xx)

quoted-code = `{ $text }`
place-identity-line = la línea de identificación
place-this-conference = la presente Conferencia
related-conference-line = la línea de la conferencia del documento
citation-merged = dos revisiones en una misma cita: { $revisions } — residuo del control de cambios; una cita menciona una sola revisión
citation-tracked-change = cita cambiada de «{ $old }» a «{ $new }» por un cambio controlado aún no aceptado
fix-keep-revision = { $which ->
        [older] Conservar la revisión más antigua: { $revision }
       *[newer] Conservar la revisión más reciente: { $revision }
    }
citation-this-conference = { $what } menciona { $cited }, pero según la línea de la conferencia del documento lo adopta { $body } ({ $place }, { $year })
fix-name-conference = Indicar la conferencia de este documento: { $revision }
meeting-met-there-in = { $body } se reunió en { $place } en { $years }
meeting-place-unknown = el catálogo no conoce el lugar { $place }; en { $year }, { $body } se reunió en { $met } ({ $edition })
meeting-impossible-place = ninguna reunión de { $body } en { $place } en { $year }: en { $year }, { $body } se reunió en { $met } ({ $edition })
meeting-none-in-year = ninguna reunión de { $body } en { $year }
meeting-none-in-year-near = ninguna reunión de { $body } en { $year } ({ $body } se reunió en { $near })
meeting-others-there = en { $place } en { $year } se reunieron: { $others }
meeting-unknown-outside-coverage = el catálogo no conoce ninguna reunión de { $body } en { $place } en { $year } (su lista de reuniones de { $body } solo está completa para { $from }–{ $to })
meeting-unknown = el catálogo no conoce ninguna reunión de { $body } en { $place } en { $year } (su lista de reuniones de { $body } está incompleta)
ambiguous-no-conference-line = { $what } se cita como texto de la presente Conferencia, pero el documento no tiene línea de la conferencia que indique cuál
ambiguous-body = no se indica qué órgano adoptó { $what } (ningún órgano antes ni después del número, ni «la presente Conferencia»)
ambiguous-all-met = { $meetings }: todas estas reuniones tuvieron lugar en el lugar y el año citados
ambiguous-none = { $what } no existe en el catálogo para ningún órgano
ambiguous-one = en el catálogo, { $what } es un texto de { $body }
ambiguous-many = en el catálogo, { $what } existe para { $bodies }
citation-unknown-number = { $key } no figura en el catálogo, que está incompleto: no se verifican sus revisiones
citation-no-revision-known = { $key } se cita en su versión { $cited }, que el catálogo no conoce (no conoce ninguna revisión de { $key })
citation-unconfirmed-revision = { $key } se cita en su versión { $cited }; puede que { $latest } haya aportado una revisión, lo que ningún texto oficial del catálogo confirma
citation-revision-after-catalogue = { $key } se cita en su versión { $cited }, posterior a lo que conoce el catálogo; la última que conoce es { $latest }
citation-revision-unknown = { $key } se cita en su versión { $cited }, que el catálogo no conoce; la última que conoce es { $latest }
citation-outdated-original = { $key } se cita en su adopción original ({ $cited }); se ha revisado desde entonces, última versión conocida: { $latest }. Citar a propósito la adopción original es correcto
citation-outdated-at = { $key } se cita en su versión { $cited }; en la fecha de este documento ({ $date }) ya se conocía una revisión posterior: { $latest }
citation-outdated = { $key } se cita en su versión { $cited }; se conoce una revisión posterior: { $latest }
fix-cite-latest = Citar la última revisión conocida: { $revision }
conference-line-merged = la línea de la conferencia nombra { $count } reuniones ({ $meetings }) — residuo del control de cambios; un documento lo adopta una sola conferencia
fix-keep-meeting = { $which ->
        [older] Conservar la reunión más antigua: { $meeting }
       *[newer] Conservar la reunión más reciente: { $meeting }
    }

## Acciones del editor

fix-reletter-every-document = Renumerar todos los documentos
fix-silence = Silenciar { $code } en esta línea

## Línea de comandos

severity-error = error
severity-warning = advertencia
severity-info = info
severity-hint = sugerencia
human-help = ayuda
human-note = nota: { $message } (línea { $line }, columna { $column })
human-note-in = nota: { $message } ({ $file }:{ $line }:{ $column })
human-fix-line = ayuda: { $kind }: { $fixes }
human-fixes = { $count ->
        [one] corrección
       *[other] correcciones
    }
human-unsafe-fixes = { $count ->
        [one] corrección no segura (--unsafe-fixes)
       *[other] correcciones no seguras (--unsafe-fixes)
    }
human-more-like-this = { $count ->
        [one] { $count } caso más
       *[other] { $count } casos más
    } como este en { $path } ({ $count ->
        [one] línea
       *[other] líneas
    } { $lines })
human-reletter-hint = Para ordenar estos identificadores, junto con las referencias a esos apartados: { $actions }; «{ $document }» lo hace en todas las secciones a la vez (acciones de código del editor)
cli-fixed = corregido { $path }:{ $line }: { $title }
cli-applied = { $fixes ->
        [one] se aplicó { $fixes } corrección
       *[other] se aplicaron { $fixes } correcciones
    } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }
cli-summary = { $files ->
        [one] { $files } archivo comprobado
       *[other] { $files } archivos comprobados
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } advertencia
       *[other] { $warnings } advertencias
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
    }
cli-summary-fixable = ; { $count ->
        [one] { $count } corregible
       *[other] { $count } corregibles
    } con --fix
cli-summary-unsafe = ; { $count } más con --fix --unsafe-fixes (cambian lo que dice una cita)
cli-statistics-legend = [*] corregible con --fix

## Información al pasar el cursor

hover-reference-no-section = **{ $section } { $label }** — este documento no tiene la sección `{ $section }`
hover-reference-no-clause = **{ $section } { $label }** — este apartado no existe en este documento
hover-clauses-unlabelled = { $count ->
        [one] un párrafo, sin identificador
       *[other] { $count } párrafos sin identificador
    }
hover-clauses-one-label = { $count ->
        [one] 1 apartado, con el identificador { $label }
       *[other] { $count } apartados, uno con el identificador { $label }
    }
hover-clauses-labelled = { $count } apartados, de { $first } a { $last }
hover-heading = **{ $heading }** — { $part ->
        [preamble] Sección del preámbulo
       *[operative] Sección de la parte dispositiva
    }: { $clauses }
hover-heading-addressed = **{ $heading }** — { $part ->
        [preamble] Sección del preámbulo
       *[operative] Sección de la parte dispositiva
    }, dirigida a { $addressee }: { $clauses }
hover-conference-line = **Línea de la conferencia** — quién adopta este documento
hover-body = Órgano: { $name } ({ $code })
hover-catalogue = El catálogo: { $known }
hover-session = Reunión: { $place }, { $year }
hover-judged-as-of = Las citas se evalúan según la situación en { $year }
hover-identity-line = **{ $identity }** — línea de identificación de este documento
hover-text = Texto: { $key }
hover-latest-known = Última revisión que conoce el catálogo: { $revision }
hover-not-in-catalogue-new = No figura en el catálogo: es un texto nuevo o uno que el catálogo no conoce
hover-clause-of = apartado { $index } de { $count }
hover-sub-item-of = subapartado { $index } de { $count } dentro de { $parent }
hover-label = **{ $label }** — identificador { $kind ->
        [letter] de letra
        [roman] romano
        [number] numérico
       *[other] { $kind }
    }, { $place } en *{ $heading }* ({ $part ->
        [preamble] preámbulo
       *[operative] parte dispositiva
    })
hover-unga = **Resolución { $numbers } de la Asamblea General de las Naciones Unidas**

    No es un texto de la UIT: no se verifica con el catálogo de la UIT.
hover-question = **Cuestión { $numbers }** (Cuestión de una Comisión de Estudio: `N/G` = Cuestión N de la Comisión de Estudio G)
hover-recommendation = **Recomendación { $numbers }** (Recomendación de un Sector de la UIT; no figura en el catálogo)
hover-body-not-said = **{ $kind } { $numbers }** — órgano no indicado
hover-no-text-of-number = El catálogo no contiene ningún texto con ese número.
hover-in-catalogue = En el catálogo:
hover-no-title = (sin título registrado)
hover-body-named = indicado en la cita
hover-body-this-conference = la presente Conferencia (línea de la conferencia del documento)
hover-body-deduced = deducido: el único órgano de ese tipo que se reunió en el lugar y el año citados
hover-body-unresolved = sin determinar
hover-body-how = Órgano: { $name } ({ $code }), { $how }
hover-cited = Versión citada: { $revision }
hover-not-in-catalogue = No figura en el catálogo (que está incompleto).
hover-latest = Última versión conocida: { $revision } — { $source } ({ $trust })
hover-latest-untrusted = Última versión conocida: { $revision } — { $source } ({ $trust }: solo a título informativo)
hover-source = Fuente: { $source }
hover-latest-at-conference = Última versión conocida en la conferencia de este documento: { $revision }
hover-earlier = Versiones anteriores: { $revisions }
hover-status = Estado: { $status }
hover-knows-up-to = El catálogo abarca { $body } hasta { $meeting }
hover-catalogue-entry = Entrada del catálogo: { $location }

## Autocompletado

completion-new-resolution = Nueva resolución ({ $code })
completion-new-resolution-detail = identificación, título, línea de la conferencia, un preámbulo y una parte dispositiva en { $language ->
        [ar] árabe
        [zh] chino
        [fr] francés
        [ru] ruso
        [es] español
       *[en] inglés
    }
completion-heading = encabezamiento de sección { $part ->
        [preamble] del preámbulo
       *[operative] de la parte dispositiva
    }
completion-next-label = siguiente identificador en esta sección
cited-key = { $kind ->
        [resolution] Resolución
        [decision] Decisión
        [recommendation] Recomendación
       *[opinion] Opinión
    } { $number } ({ $body })

## Propuestas (RLS07xx)

proposal-reasons-missing = { $proposal } no tiene motivos: se espera un párrafo «Motivos:» antes de la propuesta siguiente
proposal-id-repeated = el identificador { $id } se usa dos veces: cada propuesta tiene el suyo
proposal-first-here = primer uso aquí
proposal-id-series = { $id } indica otro autor, documento o addéndum: las propuestas de este archivo son { $series }/…
proposal-first-series = el primer identificador del archivo
proposal-id-sequence = { $id } sigue a { $previous }: se esperaba { $expected }
proposal-id-sequence-first = { $id } es el primero de su serie: se esperaba { $expected }
fix-proposal-renumber = Renumerar como { $id }
proposal-unknown-text = { $action } de { $key }, que el catálogo no conoce: compruebe el número
proposal-number-taken = { $key } ya existe ({ $latest }): un texto nuevo toma un número libre, o la propuesta es un MOD
proposal-number-taken-undated = { $key } ya existe: un texto nuevo toma un número libre, o la propuesta es un MOD
proposal-revision-outdated = un { $action } cita el texto vigente: la última revisión conocida es { $latest } ({ $source })
fix-proposal-write = Escribir { $text }
proposal-source-setting = el ajuste proposal-conference
proposal-source-header = el encabezado del documento
proposal-source-catalogue = la próxima reunión que conoce el catálogo
proposal-mod-revision = { $proposal } indica la revisión que propone: se esperaba { $coming }, la próxima conferencia { $body } (según { $source })
proposal-mod-revision-known = { $proposal } indica una revisión que el texto ya tiene: un MOD indica la próxima conferencia como revisión
proposal-mod-history = la línea de historia de { $proposal } no termina con la próxima conferencia ({ $year })
fix-proposal-history = Añadir { $text }
proposal-mod-conference = la línea de la conferencia de { $proposal } nombra la conferencia que adoptaría el texto: se esperaba { $coming }
proposal-mod-conference-behind = la línea de la conferencia de { $proposal } es anterior a la revisión de su línea de identidad ({ $year }): ambas nombran la próxima conferencia
citation-merged-mod = dos revisiones en una cita: { $revisions } — restos del control de cambios; en { $proposal }, { $proposed } es la revisión propuesta y { $modified } la del texto que modifica
fix-keep-proposal-revision = Conservar la revisión propuesta: { $revision }
fix-keep-modified-revision = Conservar la revisión del texto modificado: { $revision }
hover-proposal = **{ $proposal }** — una propuesta que { $kind ->
        [add] añade un texto
        [mod] modifica el texto
        [sup] suprime el texto
       *[noc] no modifica el texto
    }
hover-proposal-proposer = Autor: { $proposer }
hover-proposal-document = Documento: { $document }
hover-proposal-unnumbered = Documento: aún sin número
hover-proposal-addendum = Addéndum: { $addendum }
hover-proposal-sequence = Propuesta: { $sequence }
hover-proposal-marks = Se refiere a { $kind ->
        [document] el documento
        [section] una sección
        [clause] un párrafo
        [new] un texto nuevo
       *[text] el texto
    }: { $what }
hover-proposal-no-reasons = No hay motivos antes de la propuesta siguiente.

## Versiones lingüísticas paralelas

parallel-version = la versión { $language ->
        [ar] árabe
        [zh] china
        [fr] francesa
        [ru] rusa
        [es] española
       *[en] inglesa
    }
parallel-related = la versión { $language ->
        [ar] árabe
        [zh] china
        [fr] francesa
        [ru] rusa
        [es] española
       *[en] inglesa
    }
parallel-section-missing-here = la sección «{ $section }» no tiene equivalente en { $other }
parallel-section-missing-there = { $other } tiene aquí una sección «{ $section }» que esta versión no tiene
parallel-section-order = la sección «{ $section }» es la sección { $here } aquí pero la sección { $there } en { $other }
parallel-clause-missing-here = el apartado { $clause } de «{ $section }» no tiene equivalente en { $other }
parallel-clause-missing-there = { $other } tiene un apartado { $clause } en «{ $section }» que esta versión no tiene
parallel-label-differs = este apartado está numerado { $here } aquí pero { $there } en { $other }
parallel-citation-revision = { $text } se cita aquí en su versión { $here }, pero en su versión { $there } en { $other }
parallel-citation-only-here = { $cited } se cita aquí, pero no en el mismo apartado de { $other }
parallel-citation-only-there = { $other } cita { $cited } en este apartado; esta versión no lo cita
parallel-number-differs = el número { $here } aquí es { $there } en { $other }
parallel-number-only-here = el número { $here } no figura en el mismo apartado de { $other }
parallel-number-only-there = { $other } tiene el número { $there } en este apartado; esta versión no lo tiene
parallel-unlabelled = (sin número)
parallel-hover-title = Versión { $language ->
        [ar] árabe
        [zh] china
        [fr] francesa
        [ru] rusa
        [es] española
       *[en] inglesa
    } ({ $file })
parallel-identity-differs = esta versión es { $here }; { $other } es { $there }
parallel-conference-differs = esta versión la adopta { $here }; { $other }, { $there }
