# Сообщения resolution-ls на русском языке.
# Аргументы, взятые из проекта (обозначения пунктов, заголовки, ссылки, редакции),
# показываются так, как они написаны в проекте.

joined = { $first }; { $second }

## Заголовки и вводные строки (RLS05xx)

note-body-mismatch = по строке идентификации это текст { $identity }, а в строке конференции указан орган { $conference }
note-year-before-session = в строке конференции перед сессией ({ $session }) стоит год { $year }
note-council-date = в строке даты указана сессия Совета { $council } года, а в строке конференции — { $session } год
note-label-script = обозначение { $label } написано кириллической буквой { $letter } среди латинских обозначений: по порядку ожидается латинская буква { $latin }
fix-write-latin = Написать латинскую букву { $latin }
note-heading-missing = у пунктов начиная с { $label } нет заголовка: заголовок потерян при редактировании
note-heading-inline = заголовок { $heading } стоит в одной строке со своим первым пунктом { $label }
note-heading-glued = заголовок { $heading } слит с концом предыдущего пункта
fix-heading-own-line = Перенести заголовок на отдельную строку

## Общие фразы

quoted = { $text }
range-to = с { $first } по { $last }
place-this-section = этот раздел
place-this-clause = этот пункт
place-sub-items = подпункты { $label }
place-the-heading = заголовка
kind-letter = буквами a), b), c)…
kind-number = цифрами 1, 2, 3…
kind-roman = римскими цифрами i), ii), iii)…
fix-replace = Заменить { $old } на { $new }

## Файл (RLS00xx)

unreadable-text = этот текст не удалось распознать как заголовок, пункт или абзац; проверьте, нет ли лишних символов или разорванной строки

## Обозначения пунктов (RLS01xx)

label-wrong-kind-section = пункты раздела { $name } { $kind ->
        [letter] обозначены буквами
        [roman] обозначены римскими цифрами
       *[number] обозначены цифрами
    } ({ $first }…); { $part ->
        [preamble] пункты преамбулы
       *[operative] пункты постановляющей части
    } обозначаются { $expected }
label-unneeded = { $label } — единственный пункт раздела { $name }: единственному пункту обозначение не нужно
fix-remove-label = Удалить обозначение { $label }
label-read-as = { $label } (читается как { $read })
label-fused = { $shown } похоже на старое обозначение { $old }, слитое с новым обозначением { $new } (остаток режима исправлений); ожидается { $new }
label-tracked-change = обозначение изменено с { $old } на { $new } исправлением, которое ещё не принято
label-tracked-insert = обозначение { $new } вставлено исправлением, которое ещё не принято
label-gap = { $shown } стоит после { $previous }: пропущено { $missing }; ожидается { $expected }
label-repeated = { $shown } встречается дважды ({ $place }); ожидается { $expected }
related-first-used = здесь { $label } встречается впервые
label-wrong-start = последовательность обозначений ({ $place }) начинается с { $shown }; ожидается { $expected }
label-comes-before = { $shown } стоит перед { $other }; ожидается { $expected }
related-comes-later = { $label } стоит дальше, здесь
label-comes-after = { $shown } стоит после { $previous }; ожидается { $expected }
related-is-here = { $label } находится здесь
label-wrong-kind = { $shown } не может стоять среди пунктов, обозначенных { $kind }; ожидается { $expected }
label-style-mixed = { $label } записано иначе, чем остальные обозначения ({ $place }); ожидается { $wanted }
fix-write-as = Записать { $label } как { $wanted }
related-written-like-this = { $label } записано так

## Пунктуация (RLS02xx)

role-semi = пункт, за которым следует другой пункт того же раздела, заканчивается на { $mark }
role-comma = последний пункт раздела заканчивается на { $mark }
role-stop = последний абзац документа заканчивается на { $mark }
half-width-in-chinese = полуширинный знак { $mark } в китайском тексте; ожидается { $expected }
full-width-in-english = полноширинный знак { $mark } в английском тексте; ожидается { $expected }
clause-ends-with-but = этот пункт заканчивается на { $mark }, но { $rule }
clause-ends-colon = этот пункт заканчивается на { $mark }, но за ним нет перечня; { $rule }
clause-ends-without = в конце этого пункта нет знака препинания; { $rule }
fix-add-end = Добавить { $mark } в конце пункта
doubled-punctuation = двойной знак препинания { $first }{ $second }: { $first } остался лишним; ожидается только { $second }
fix-remove-stray = Удалить лишний знак { $mark }

## Внутренние ссылки (RLS03xx)

reference-missing-clause = ссылка { $section } { $label } указывает на несуществующий пункт: в разделе { $name } — { $has }
reference-missing-section = в этом документе нет раздела { $section }: ссылка никуда не ведёт
labels-none = нет пунктов с обозначениями
labels-only = только { $label }
fix-reletter-section = Перенумеровать раздел { $name }
fix-reletter-section-as = Перенумеровать раздел { $name } как { $labels }
fix-reletter-document = Перенумеровать весь документ

## Ссылки на тексты (RLS04xx)

quoted-code = `{ $text }`
place-identity-line = строка идентификации
place-this-conference = настоящая конференция
related-conference-line = строка конференции документа
citation-merged = две редакции в одной ссылке: { $revisions } — остаток режима исправлений; ссылка указывает одну редакцию
citation-tracked-change = ссылка изменена с «{ $old }» на «{ $new }» исправлением, которое ещё не принято
fix-keep-revision = { $which ->
        [older] Оставить более раннюю редакцию: { $revision }
       *[newer] Оставить более позднюю редакцию: { $revision }
    }
citation-this-conference = { $what }: указано { $cited }, но по строке конференции этот документ принимает { $body } ({ $place }, { $year })
fix-name-conference = Указать конференцию этого документа: { $revision }
meeting-met-there-in = собрания { $body } в г. { $place }: { $years }
meeting-place-unknown = каталогу неизвестно название места { $place }; в { $year } г. собрание { $body } прошло в г. { $met } ({ $edition })
meeting-impossible-place = в { $year } г. ни одно собрание { $body } не проходило в г. { $place }: в { $year } г. собрание { $body } прошло в г. { $met } ({ $edition })
meeting-none-in-year = в { $year } г. собраний { $body } не было
meeting-none-in-year-near = в { $year } г. собраний { $body } не было (ближайшие собрания { $body }: { $near })
meeting-others-there = в г. { $place } в { $year } г. проходили: { $others }
meeting-unknown-outside-coverage = каталогу неизвестно собрание { $body } в г. { $place } в { $year } г. (его список собраний { $body } полон только за { $from }–{ $to } гг.)
meeting-unknown = каталогу неизвестно собрание { $body } в г. { $place } в { $year } г. (его список собраний { $body } неполон)
ambiguous-no-conference-line = ссылка { $what } указывает на текст настоящей конференции, но в документе нет строки конференции, из которой видно, какой именно
ambiguous-body = не указано, какой орган принял { $what } (ни до, ни после номера нет органа, нет и слов «настоящей конференции»)
ambiguous-all-met = в указанном месте и в указанном году проходили все эти собрания: { $meetings }
ambiguous-none = в каталоге нет текста { $what } ни у одного органа
ambiguous-one = по каталогу { $what } — текст { $body }
ambiguous-many = в каталоге { $what } есть у нескольких органов: { $bodies }
citation-unknown-number = { $key } нет в каталоге, а каталог неполон: редакции этого текста не проверяются
citation-no-revision-known = { $key } цитируется в редакции { $cited }, которая каталогу неизвестна (каталогу не известна ни одна редакция { $key })
citation-unconfirmed-revision = { $key } цитируется в редакции { $cited }; возможно, текст был пересмотрен на { $latest }, но ни один официальный текст в каталоге этого не подтверждает
citation-revision-after-catalogue = { $key } цитируется в редакции { $cited }, более поздней, чем известно каталогу; последняя известная ему редакция — { $latest }
citation-revision-unknown = { $key } цитируется в редакции { $cited }, которая каталогу неизвестна; последняя известная ему редакция — { $latest }
citation-outdated-original = { $key } цитируется в первоначальной редакции ({ $cited }); с тех пор текст пересматривался, последняя известная редакция — { $latest }. Намеренная ссылка на первоначальную редакцию допустима
citation-outdated-at = { $key } цитируется в редакции { $cited }; на дату этого документа ({ $date }) уже была известна более поздняя редакция: { $latest }
citation-outdated = { $key } цитируется в редакции { $cited }; известна более поздняя редакция: { $latest }
fix-cite-latest = Сослаться на последнюю известную редакцию: { $revision }
conference-line-merged = в строке конференции названо собраний: { $count } ({ $meetings }) — остаток режима исправлений; документ принимает одна конференция
fix-keep-meeting = { $which ->
        [older] Оставить более раннее собрание: { $meeting }
       *[newer] Оставить более позднее собрание: { $meeting }
    }

## Действия редактора

fix-reletter-every-document = Перенумеровать все документы
fix-silence = Отключить { $code } в этой строке

## Командная строка

severity-error = ошибка
severity-warning = предупреждение
severity-info = замечание
severity-hint = подсказка
human-help = справка
human-note = примечание: { $message } (строка { $line }, столбец { $column })
human-note-in = примечание: { $message } ({ $file }:{ $line }:{ $column })
human-fix-line = справка: { $kind }: { $fixes }
human-fixes = { $count ->
        [one] исправление
        [few] исправления
        [many] исправления
       *[other] исправления
    }
human-unsafe-fixes = { $count ->
        [one] небезопасное исправление (--unsafe-fixes)
        [few] небезопасные исправления (--unsafe-fixes)
        [many] небезопасные исправления (--unsafe-fixes)
       *[other] небезопасные исправления (--unsafe-fixes)
    }
human-more-like-this = { $count ->
        [one] ещё { $count } такое же замечание в { $path } (стр. { $lines })
        [few] ещё { $count } таких же замечания в { $path } (стр. { $lines })
        [many] ещё { $count } таких же замечаний в { $path } (стр. { $lines })
       *[other] ещё { $count } таких же замечания в { $path } (стр. { $lines })
    }
human-reletter-hint = действия { $actions } расставляют эти обозначения по порядку и вместе с ними исправляют ссылки на пункты; "{ $document }" обрабатывает сразу все разделы (действия с кодом в редакторе)
cli-fixed = исправлено { $path }:{ $line }: { $title }
cli-applied = применено { $fixes ->
        [one] { $fixes } исправление
        [few] { $fixes } исправления
        [many] { $fixes } исправлений
       *[other] { $fixes } исправления
    } в { $files ->
        [one] { $files } файле
        [few] { $files } файлах
        [many] { $files } файлах
       *[other] { $files } файла
    }
cli-summary = { $files ->
        [one] проверен { $files } файл
        [few] проверено { $files } файла
        [many] проверено { $files } файлов
       *[other] проверено { $files } файла
    }: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }, { $infos ->
        [one] { $infos } замечание
        [few] { $infos } замечания
        [many] { $infos } замечаний
       *[other] { $infos } замечания
    }
cli-summary-fixable = ; можно исправить с помощью --fix: { $count }
cli-summary-unsafe = ; ещё { $count } — с помощью --fix --unsafe-fixes (такие исправления меняют содержание ссылки)
cli-statistics-legend = [*] можно исправить с помощью --fix

## Всплывающие подсказки

hover-reference-no-section = **{ $section } { $label }** — в этом документе нет раздела `{ $section }`
hover-reference-no-clause = **{ $section } { $label }** — в этом документе нет такого пункта
hover-clauses-unlabelled = { $count ->
        [one] { $count } абзац без обозначения
        [few] { $count } абзаца без обозначений
        [many] { $count } абзацев без обозначений
       *[other] { $count } абзаца без обозначений
    }
hover-clauses-one-label = { $count ->
        [one] { $count } пункт, обозначен только { $label }
        [few] { $count } пункта, обозначен только { $label }
        [many] { $count } пунктов, обозначен только { $label }
       *[other] { $count } пункта, обозначен только { $label }
    }
hover-clauses-labelled = пунктов: { $count }, с { $first } по { $last }
hover-heading = **{ $heading }** — { $part ->
        [preamble] раздел преамбулы
       *[operative] раздел постановляющей части
    }: { $clauses }
hover-heading-addressed = **{ $heading }** — { $part ->
        [preamble] раздел преамбулы
       *[operative] раздел постановляющей части
    } (адресат: { $addressee }): { $clauses }
hover-conference-line = **Строка конференции** — кто принимает этот документ
hover-body = Орган: { $name } ({ $code })
hover-catalogue = Каталог: { $known }
hover-session = Сессия: { $place }, { $year }
hover-judged-as-of = Ссылки оцениваются по состоянию на { $year } г.
hover-identity-line = **{ $identity }** — строка идентификации этого документа
hover-text = Текст: { $key }
hover-latest-known = Последняя редакция, известная каталогу: { $revision }
hover-not-in-catalogue-new = Нет в каталоге: это новый текст или текст, неизвестный каталогу
hover-clause-of = пункт { $index } из { $count }
hover-sub-item-of = подпункт { $index } из { $count } в пункте { $parent }
hover-label = **{ $label }** — { $kind ->
        [letter] буквенное
        [roman] римское
        [number] цифровое
       *[other] { $kind }
    } обозначение, { $place } в разделе *{ $heading }* ({ $part ->
        [preamble] преамбула
       *[operative] постановляющая часть
    })
hover-unga = **Резолюция { $numbers } Генеральной Ассамблеи Организации Объединенных Наций**

    Не текст МСЭ: не сверяется с каталогом МСЭ.
hover-question = **Вопрос { $numbers }** (Вопрос исследовательской комиссии: `N/G` = Вопрос N Исследовательской комиссии G)
hover-recommendation = **Рекомендация { $numbers }** (Рекомендация Сектора МСЭ; нет в каталоге)
hover-body-not-said = **{ $kind } { $numbers }** — орган не указан
hover-no-text-of-number = В каталоге нет текста с таким номером.
hover-in-catalogue = В каталоге:
hover-no-title = (название не записано)
hover-body-named = указан в ссылке
hover-body-this-conference = настоящая конференция (строка конференции документа)
hover-body-deduced = выведен: единственный такой орган, собиравшийся в указанном месте в указанном году
hover-body-unresolved = не определён
hover-body-how = Орган: { $name } ({ $code }), { $how }
hover-cited = Указано: { $revision }
hover-not-in-catalogue = Нет в каталоге (каталог неполон).
hover-latest = Последняя известная редакция: { $revision } — { $source } ({ $trust })
hover-latest-untrusted = Последняя известная редакция: { $revision } — { $source } ({ $trust }: только для сведения)
hover-source = Источник: { $source }
hover-latest-at-conference = Последняя редакция, известная на момент конференции этого документа: { $revision }
hover-earlier = Предыдущие редакции: { $revisions }
hover-status = Статус: { $status }
hover-knows-up-to = Каталогу известны собрания { $body } до { $meeting } включительно
hover-catalogue-entry = Запись в каталоге: { $location }

## Автодополнение

completion-new-resolution = Новая резолюция ({ $code })
completion-new-resolution-detail = строка идентификации, название, строка конференции, раздел преамбулы и раздел постановляющей части на { $language ->
        [ar] арабском
        [zh] китайском
        [fr] французском
        [ru] русском
        [es] испанском
       *[en] английском
    } языке
completion-heading = заголовок раздела { $part ->
        [preamble] преамбулы
       *[operative] постановляющей части
    }
completion-next-label = следующее обозначение в этом разделе
cited-key = { $kind ->
        [resolution] Резолюция
        [decision] Решение
        [recommendation] Рекомендация
       *[opinion] Мнение
    } { $number } ({ $body })

## Предложения (RLS07xx)

proposal-reasons-missing = у { $proposal } нет оснований: перед следующим предложением ожидается абзац «Основания:»
proposal-id-repeated = идентификатор { $id } использован дважды: у каждого предложения свой
proposal-first-here = первое использование здесь
proposal-id-series = { $id } указывает другого автора, документ или дополнительный документ: предложения этого файла — { $series }/…
proposal-first-series = первый идентификатор файла
proposal-id-sequence = { $id } следует за { $previous }: ожидалось { $expected }
proposal-id-sequence-first = { $id } — первый в своей серии: ожидалось { $expected }
fix-proposal-renumber = Перенумеровать в { $id }
proposal-unknown-text = { $action } для { $key }, которого нет в каталоге: проверьте номер
proposal-number-taken = { $key } уже существует ({ $latest }): новый текст получает свободный номер, или предложение — это MOD
proposal-number-taken-undated = { $key } уже существует: новый текст получает свободный номер, или предложение — это MOD
proposal-revision-outdated = { $action } цитирует действующий текст: последний известный пересмотр — { $latest } ({ $source })
fix-proposal-write = Написать { $text }
proposal-source-setting = настройка proposal-conference
proposal-source-header = заголовок документа
proposal-source-catalogue = следующее собрание, известное каталогу
proposal-mod-revision = { $proposal } указывает предлагаемый пересмотр: ожидалось { $coming }, предстоящая конференция { $body } (по данным: { $source })
proposal-mod-revision-known = { $proposal } указывает пересмотр, который у текста уже есть: MOD указывает предстоящую конференцию как пересмотр
proposal-mod-history = строка истории { $proposal } не заканчивается предстоящей конференцией ({ $year })
fix-proposal-history = Добавить { $text }
proposal-mod-conference = строка конференции { $proposal } называет конференцию, которая приняла бы текст: ожидалось { $coming }
proposal-mod-conference-behind = строка конференции { $proposal } старше пересмотра в строке идентификации ({ $year }): обе называют предстоящую конференцию
citation-merged-mod = два пересмотра в одной ссылке: { $revisions } — остаток режима исправлений; в { $proposal } { $proposed } — предлагаемый пересмотр, а { $modified } — пересмотр изменяемого текста
fix-keep-proposal-revision = Оставить предлагаемый пересмотр: { $revision }
fix-keep-modified-revision = Оставить пересмотр изменяемого текста: { $revision }
hover-proposal = **{ $proposal }** — предложение, которое { $kind ->
        [add] добавляет текст
        [mod] изменяет текст
        [sup] исключает текст
       *[noc] оставляет текст без изменений
    }
hover-proposal-proposer = Автор: { $proposer }
hover-proposal-document = Документ: { $document }
hover-proposal-unnumbered = Документ: ещё без номера
hover-proposal-addendum = Дополнительный документ: { $addendum }
hover-proposal-sequence = Предложение: { $sequence }
hover-proposal-marks = Относится к { $kind ->
        [document] документу
        [section] разделу
        [clause] пункту
        [new] новому тексту
       *[text] тексту
    }: { $what }
hover-proposal-no-reasons = Перед следующим предложением нет оснований.

## Параллельные языковые версии

parallel-version = версии на { $language ->
        [ar] арабском
        [zh] китайском
        [fr] французском
        [ru] русском
        [es] испанском
       *[en] английском
    } языке
parallel-related = версия на { $language ->
        [ar] арабском
        [zh] китайском
        [fr] французском
        [ru] русском
        [es] испанском
       *[en] английском
    } языке
parallel-section-missing-here = у раздела «{ $section }» нет соответствия в { $other }
parallel-section-missing-there = в { $other } здесь есть раздел «{ $section }», которого нет в этой версии
parallel-section-order = раздел «{ $section }» здесь идет { $here }-м, а в { $other } — { $there }-м
parallel-clause-missing-here = у пункта { $clause } раздела «{ $section }» нет соответствия в { $other }
parallel-clause-missing-there = в { $other } в разделе «{ $section }» есть пункт { $clause }, которого нет в этой версии
parallel-label-differs = этот пункт обозначен здесь { $here }, а в { $other } — { $there }
parallel-citation-revision = { $text } цитируется здесь в редакции { $here }, а в { $other } — в редакции { $there }
parallel-citation-only-here = { $cited } цитируется здесь, но не в том же пункте в { $other }
parallel-citation-only-there = в { $other } в этом пункте цитируется { $cited }; в этой версии — нет
parallel-number-differs = здесь число { $here }, а в { $other } — { $there }
parallel-number-only-here = числа { $here } нет в том же пункте в { $other }
parallel-number-only-there = в { $other } в этом пункте есть число { $there }; в этой версии его нет
parallel-unlabelled = (без обозначения)
parallel-hover-title = Версия на { $language ->
        [ar] арабском
        [zh] китайском
        [fr] французском
        [ru] русском
        [es] испанском
       *[en] английском
    } языке ({ $file })
parallel-identity-differs = эта версия — { $here }; в { $other } — { $there }
parallel-conference-differs = эта версия принята { $here }; в { $other } — { $there }
