# رسائل resolution-ls باللغة العربية.
# تُعرض الوسائط المقتبسة من المشروع (رموز الفقرات، والعناوين، والإحالات، والمراجعات)
# كما يكتبها المشروع.

joined = { $first }؛ { $second }

## العناوين والأسطر التمهيدية (RLS05xx)

note-body-mismatch = يدل سطر التعريف على نص صادر عن { $identity }، لكن سطر المؤتمر يذكر { $conference }
note-year-before-session = يذكر سطر المؤتمر السنة { $year } قبل دورته ({ $session })
note-council-date = يذكر سطر التاريخ دورة المجلس لعام { $council }، ويذكر سطر المؤتمر { $session }
note-label-script = الرمز { $label } مكتوب بالحرف السيريلي { $letter } بين رموز لاتينية: المتوقع في التسلسل الحرف اللاتيني { $latin }
fix-write-latin = كتابة الحرف اللاتيني { $latin }
note-heading-missing = الفقرات ابتداءً من { $label } بلا عنوان: فُقد عنوان أثناء التحرير
note-heading-inline = العنوان { $heading } على السطر نفسه مع فقرته الأولى { $label }
note-heading-glued = العنوان { $heading } ملتصق بنهاية الفقرة التي تسبقه
fix-heading-own-line = وضع العنوان على سطر مستقل

## عبارات مشتركة

quoted = { $text }
range-to = من { $first } إلى { $last }
place-this-section = هذا القسم
place-this-clause = هذه الفقرة
place-sub-items = الفقرات الفرعية للفقرة { $label }
place-the-heading = العنوان
kind-letter = مرقّمة بالحروف a), b), c)…
kind-number = مرقّمة بالأرقام 1, 2, 3…
kind-roman = مرقّمة بالأرقام الرومانية i), ii), iii)…
fix-replace = وضع { $new } مكان { $old }

## الملف (RLS00xx)

unreadable-text = تعذّرت قراءة هذا النص بوصفه عنوانًا أو فقرة مرقّمة أو فقرة عادية؛ تحقق من وجود حروف شاردة أو سطر مكسور

## رموز الفقرات (RLS01xx)

label-wrong-kind-section = فقرات { $name } { $kind ->
        [letter] مرقّمة بالحروف
        [roman] مرقّمة بالأرقام الرومانية
       *[number] مرقّمة بالأرقام
    } ({ $first }…)؛ أما { $part ->
        [preamble] فقرات الديباجة
       *[operative] فقرات المنطوق
    } فتكون { $expected }
label-unneeded = الفقرة { $label } هي الفقرة الوحيدة في { $name }: الفقرة الوحيدة لا تحتاج إلى رمز
fix-remove-label = حذف الرمز { $label }
label-read-as = { $label } (يُقرأ { $read })
label-fused = يبدو أن { $shown } هو الرمز القديم { $old } والرمز الجديد { $new } وقد بقيا معًا (بقايا تعقّب التغييرات)؛ المتوقع { $new }
label-tracked-change = تغيّر الرمز من { $old } إلى { $new } بتعديل متتبَّع لم يُقبل بعد
label-tracked-insert = أُدرج الرمز { $new } بتعديل متتبَّع لم يُقبل بعد
label-gap = { $shown } يأتي بعد { $previous }: ينقص { $missing }؛ المتوقع { $expected }
label-repeated = { $shown } مستخدم مرتين في { $place }؛ المتوقع { $expected }
related-first-used = استُخدم { $label } أول مرة هنا
label-wrong-start = يبدأ تسلسل { $place } عند { $shown }؛ المتوقع { $expected }
label-comes-before = { $shown } يأتي قبل { $other }؛ المتوقع { $expected }
related-comes-later = { $label } يأتي لاحقًا، هنا
label-comes-after = { $shown } يأتي بعد { $previous }؛ المتوقع { $expected }
related-is-here = { $label } هنا
label-wrong-kind = { $shown } لا يناسب فقرات { $kind }؛ المتوقع { $expected }
label-style-mixed = { $label } مكتوب بشكل مختلف عن سائر الرموز ({ $place })؛ المتوقع { $wanted }
fix-write-as = كتابة { $label } بالشكل { $wanted }
related-written-like-this = { $label } مكتوب بهذا الشكل

## علامات الترقيم (RLS02xx)

role-semi = الفقرة التي تليها فقرة أخرى من قسمها تنتهي بالعلامة { $mark }
role-comma = الفقرة الأخيرة من القسم تنتهي بالعلامة { $mark }
role-stop = الفقرة الأخيرة من الوثيقة تنتهي بالعلامة { $mark }
half-width-in-chinese = العلامة { $mark } نصف العرض في نص صيني؛ المتوقع { $expected }
full-width-in-english = العلامة { $mark } كاملة العرض في نص إنكليزي؛ المتوقع { $expected }
clause-ends-with-but = تنتهي هذه الفقرة بالعلامة { $mark }، لكن { $rule }
clause-ends-colon = تنتهي هذه الفقرة بالعلامة { $mark } ولا تليها قائمة؛ { $rule }
clause-ends-without = تنتهي هذه الفقرة دون علامة ترقيم؛ { $rule }
fix-add-end = إضافة { $mark } في نهاية الفقرة
doubled-punctuation = علامة ترقيم مكررة { $first }{ $second }: العلامة { $first } زائدة؛ المتوقع { $second } فقط
fix-remove-stray = حذف العلامة الزائدة { $mark }

## الإحالات الداخلية (RLS03xx)

reference-missing-clause = الإحالة { $section } { $label } تشير إلى فقرة غير موجودة: فقرات { $name }: { $has }
reference-missing-section = ليس في هذه الوثيقة قسم { $section }: الإحالة لا تشير إلى شيء
labels-none = لا توجد فقرة ذات رمز
labels-only = { $label } فقط
fix-reletter-section = إعادة ترقيم { $name }
fix-reletter-section-as = إعادة ترقيم { $name } بالشكل { $labels }
fix-reletter-document = إعادة ترقيم الوثيقة كلها

## الإحالات إلى النصوص (RLS04xx)

quoted-code = `{ $text }`
place-identity-line = سطر التعريف
place-this-conference = هذا المؤتمر
related-conference-line = سطر المؤتمر في الوثيقة
citation-merged = مراجعتان في إحالة واحدة: { $revisions } — بقايا تعقّب التغييرات؛ الإحالة تذكر مراجعة واحدة
citation-tracked-change = تغيّر الاستشهاد من «{ $old }» إلى «{ $new }» بتعديل متتبَّع لم يُقبل بعد
fix-keep-revision = { $which ->
        [older] الإبقاء على المراجعة الأقدم: { $revision }
       *[newer] الإبقاء على المراجعة الأحدث: { $revision }
    }
citation-this-conference = { $what } يذكر { $cited }، لكن سطر المؤتمر في الوثيقة يفيد بأن الجهة التي تعتمدها هي { $body } ({ $place }، { $year })
fix-name-conference = ذكر مؤتمر هذه الوثيقة: { $revision }
meeting-met-there-in = اجتماعات { $body } في { $place }: { $years }
meeting-place-unknown = لا يعرف الفهرس اسم المكان { $place }؛ في عام { $year } عُقد اجتماع { $body } في { $met } ({ $edition })
meeting-impossible-place = لم يُعقد أي اجتماع لـ { $body } في { $place } عام { $year }: في عام { $year } عُقد اجتماع { $body } في { $met } ({ $edition })
meeting-none-in-year = لم يُعقد أي اجتماع لـ { $body } في عام { $year }
meeting-none-in-year-near = لم يُعقد أي اجتماع لـ { $body } في عام { $year } (عُقدت اجتماعات { $body } في { $near })
meeting-others-there = عُقد في { $place } عام { $year }: { $others }
meeting-unknown-outside-coverage = لا يعرف الفهرس أي اجتماع لـ { $body } في { $place } عام { $year } (قائمته لاجتماعات { $body } كاملة للفترة { $from }–{ $to } فقط)
meeting-unknown = لا يعرف الفهرس أي اجتماع لـ { $body } في { $place } عام { $year } (قائمته لاجتماعات { $body } غير كاملة)
ambiguous-no-conference-line = يُستشهد بـ { $what } على أنه من نصوص هذا المؤتمر، لكن ليس في الوثيقة سطر مؤتمر يبيّن أي مؤتمر هو
ambiguous-body = لم يُذكر أي هيئة اعتمدت { $what } (لا هيئة قبل الرقم أو بعده، ولا عبارة «هذا المؤتمر»)
ambiguous-all-met = عُقدت الاجتماعات { $meetings } كلها في المكان والسنة المذكورين
ambiguous-none = ليس في الفهرس { $what } لأي هيئة
ambiguous-one = في الفهرس، { $what } من نصوص { $body }
ambiguous-many = في الفهرس، { $what } موجود لدى { $bodies }
citation-unknown-number = { $key } غير موجود في الفهرس، وهو فهرس غير كامل: لا يجري التحقق من مراجعاته
citation-no-revision-known = الإحالة إلى { $key } تذكر { $cited }، وهي مراجعة لا يعرفها الفهرس (لا يعرف الفهرس أي مراجعة لـ { $key })
citation-unconfirmed-revision = الإحالة إلى { $key } تذكر { $cited }؛ ربما روجع النص في { $latest }، لكن لا يؤكد ذلك أي نص رسمي في الفهرس
citation-revision-after-catalogue = الإحالة إلى { $key } تذكر { $cited }، وهي أحدث مما يعرفه الفهرس؛ أحدث مراجعة يعرفها هي { $latest }
citation-revision-unknown = الإحالة إلى { $key } تذكر { $cited }، وهي مراجعة لا يعرفها الفهرس؛ أحدث مراجعة يعرفها هي { $latest }
citation-outdated-original = الإحالة إلى { $key } تذكر اعتماده الأصلي ({ $cited })؛ وقد روجع منذ ذلك الحين، وأحدث مراجعة معروفة هي { $latest }. لا بأس بالإحالة إلى الاعتماد الأصلي عن قصد
citation-outdated-at = الإحالة إلى { $key } تذكر { $cited }؛ وفي تاريخ هذه الوثيقة ({ $date }) كانت هناك مراجعة أحدث معروفة: { $latest }
citation-outdated = الإحالة إلى { $key } تذكر { $cited }؛ هناك مراجعة أحدث معروفة: { $latest }
fix-cite-latest = الإحالة إلى أحدث مراجعة معروفة: { $revision }
conference-line-merged = عدد الاجتماعات المذكورة في سطر المؤتمر: { $count } ({ $meetings }) — بقايا تعقّب التغييرات؛ الوثيقة يعتمدها مؤتمر واحد
fix-keep-meeting = { $which ->
        [older] الإبقاء على الاجتماع الأقدم: { $meeting }
       *[newer] الإبقاء على الاجتماع الأحدث: { $meeting }
    }

## إجراءات المحرر

fix-reletter-every-document = إعادة ترقيم كل الوثائق
fix-silence = تجاهل { $code } في هذا السطر

## سطر الأوامر

severity-error = خطأ
severity-warning = تحذير
severity-info = معلومات
severity-hint = تلميح
human-help = مساعدة
human-note = ملاحظة: { $message } (السطر { $line }، العمود { $column })
human-note-in = ملاحظة: { $message } ({ $file }:{ $line }:{ $column })
human-fix-line = مساعدة: { $kind }: { $fixes }
human-fixes = { $count ->
        [zero] إصلاحات
        [one] إصلاح
        [two] إصلاحان
        [few] إصلاحات
        [many] إصلاحات
       *[other] إصلاحات
    }
human-unsafe-fixes = { $count ->
        [zero] إصلاحات غير آمنة (--unsafe-fixes)
        [one] إصلاح غير آمن (--unsafe-fixes)
        [two] إصلاحان غير آمنين (--unsafe-fixes)
        [few] إصلاحات غير آمنة (--unsafe-fixes)
        [many] إصلاحات غير آمنة (--unsafe-fixes)
       *[other] إصلاحات غير آمنة (--unsafe-fixes)
    }
human-more-like-this = { $count ->
        [zero] { $count } ملاحظات أخرى مماثلة في { $path } (الأسطر { $lines })
        [one] ملاحظة أخرى مماثلة في { $path } (السطر { $lines })
        [two] ملاحظتان أخريان مماثلتان في { $path } (السطران { $lines })
        [few] { $count } ملاحظات أخرى مماثلة في { $path } (الأسطر { $lines })
        [many] { $count } ملاحظةً أخرى مماثلة في { $path } (الأسطر { $lines })
       *[other] { $count } ملاحظة أخرى مماثلة في { $path } (الأسطر { $lines })
    }
human-reletter-hint = الإجراءات { $actions } ترتّب هذه الرموز وتعدّل معها الإحالات إلى فقراتها؛ أما "{ $document }" فيعالج كل الأقسام دفعة واحدة (إجراءات التعليمات البرمجية في المحرر)
cli-fixed = أُصلح { $path }:{ $line }: { $title }
cli-applied = تم تطبيق { $fixes ->
        [zero] { $fixes } إصلاحات
        [one] إصلاح واحد
        [two] إصلاحين
        [few] { $fixes } إصلاحات
        [many] { $fixes } إصلاحًا
       *[other] { $fixes } إصلاح
    } في { $files ->
        [zero] { $files } ملفات
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }
cli-summary = تم فحص { $files ->
        [zero] { $files } ملفات
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }: { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }، { $infos ->
        [zero] لا معلومات
        [one] معلومة واحدة
        [two] معلومتان
        [few] { $infos } معلومات
        [many] { $infos } معلومةً
       *[other] { $infos } معلومة
    }
cli-summary-fixable = ؛ يمكن إصلاح { $count } باستخدام --fix
cli-summary-unsafe = ؛ ويمكن إصلاح { $count } أخرى باستخدام --fix --unsafe-fixes (وهي تغيّر مضمون الإحالة)
cli-statistics-legend = [*] يمكن إصلاحه باستخدام --fix

## التلميحات عند التمرير

hover-reference-no-section = **{ $section } { $label }** — ليس في هذه الوثيقة قسم `{ $section }`
hover-reference-no-clause = **{ $section } { $label }** — لا توجد فقرة كهذه في هذه الوثيقة
hover-clauses-unlabelled = { $count ->
        [zero] لا فقرات
        [one] فقرة واحدة بلا رمز
        [two] فقرتان بلا رمز
        [few] { $count } فقرات بلا رموز
        [many] { $count } فقرةً بلا رموز
       *[other] { $count } فقرة بلا رموز
    }
hover-clauses-one-label = { $count ->
        [zero] { $count } فقرات، إحداها برمز { $label }
        [one] فقرة واحدة، رمزها { $label }
        [two] فقرتان، إحداهما برمز { $label }
        [few] { $count } فقرات، إحداها برمز { $label }
        [many] { $count } فقرةً، إحداها برمز { $label }
       *[other] { $count } فقرة، إحداها برمز { $label }
    }
hover-clauses-labelled = عدد الفقرات: { $count }، من { $first } إلى { $last }
hover-heading = **{ $heading }** — { $part ->
        [preamble] قسم من الديباجة
       *[operative] قسم من المنطوق
    }: { $clauses }
hover-heading-addressed = **{ $heading }** — { $part ->
        [preamble] قسم من الديباجة
       *[operative] قسم من المنطوق
    }، موجّه إلى { $addressee }: { $clauses }
hover-conference-line = **سطر المؤتمر** — الجهة التي تعتمد هذه الوثيقة
hover-body = الهيئة: { $name } ({ $code })
hover-catalogue = الفهرس: { $known }
hover-session = الدورة: { $place }، { $year }
hover-judged-as-of = تُقيَّم الإحالات وفق الوضع في عام { $year }
hover-identity-line = **{ $identity }** — سطر التعريف في هذه الوثيقة
hover-text = النص: { $key }
hover-latest-known = أحدث مراجعة يعرفها الفهرس: { $revision }
hover-not-in-catalogue-new = غير موجود في الفهرس: نص جديد، أو نص لا يعرفه الفهرس
hover-clause-of = الفقرة { $index } من { $count }
hover-sub-item-of = الفقرة الفرعية { $index } من { $count } تحت { $parent }
hover-label = **{ $label }** — رمز { $kind ->
        [letter] حرفي
        [roman] روماني
        [number] رقمي
       *[other] { $kind }
    }، { $place } في *{ $heading }* ({ $part ->
        [preamble] الديباجة
       *[operative] المنطوق
    })
hover-unga = **قرار الجمعية العامة للأمم المتحدة { $numbers }**

    ليس نصًا صادرًا عن الاتحاد الدولي للاتصالات: لا تجري مقارنته بفهرس الاتحاد.
hover-question = **المسألة { $numbers }** (مسألة من مسائل لجان الدراسات: `N/G` = المسألة N للجنة الدراسات G)
hover-recommendation = **التوصية { $numbers }** (توصية صادرة عن أحد قطاعات الاتحاد؛ غير موجودة في الفهرس)
hover-body-not-said = **{ $kind } { $numbers }** — الهيئة غير مذكورة
hover-no-text-of-number = ليس في الفهرس نص بهذا الرقم.
hover-in-catalogue = في الفهرس:
hover-no-title = (لم يُسجَّل عنوان)
hover-body-named = مذكورة في الإحالة
hover-body-this-conference = هذا المؤتمر (سطر المؤتمر في الوثيقة)
hover-body-deduced = مستنتجة: الهيئة الوحيدة من هذا النوع التي اجتمعت في المكان والسنة المذكورين
hover-body-unresolved = لم تُحدَّد
hover-body-how = الهيئة: { $name } ({ $code })، { $how }
hover-cited = المُحال إليه: { $revision }
hover-not-in-catalogue = غير موجود في الفهرس (وهو فهرس غير كامل).
hover-latest = أحدث مراجعة معروفة: { $revision } — { $source } ({ $trust })
hover-latest-untrusted = أحدث مراجعة معروفة: { $revision } — { $source } ({ $trust }: للعلم فقط)
hover-source = المصدر: { $source }
hover-latest-at-conference = أحدث مراجعة معروفة وقت مؤتمر هذه الوثيقة: { $revision }
hover-earlier = مراجعات سابقة: { $revisions }
hover-status = الحالة: { $status }
hover-knows-up-to = يعرف الفهرس اجتماعات { $body } حتى { $meeting }
hover-catalogue-entry = مدخل الفهرس: { $location }

## الإكمال التلقائي

completion-new-resolution = قرار جديد ({ $code })
completion-new-resolution-detail = سطر التعريف، والعنوان، وسطر المؤتمر، وقسم من الديباجة وقسم من المنطوق باللغة { $language ->
        [ar] العربية
        [zh] الصينية
        [fr] الفرنسية
        [ru] الروسية
        [es] الإسبانية
       *[en] الإنكليزية
    }
completion-heading = عنوان قسم { $part ->
        [preamble] الديباجة
       *[operative] المنطوق
    }
completion-next-label = الرمز التالي في هذا القسم
cited-key = { $kind ->
        [resolution] القرار
        [decision] المقرر
        [recommendation] التوصية
       *[opinion] الرأي
    } { $number } ({ $body })

## المقترحات (RLS07xx)

proposal-reasons-missing = ليس لـ { $proposal } أسباب: يُنتظر فقرة "الأسباب:" قبل المقترح التالي
proposal-id-repeated = المعرّف { $id } مستعمل مرتين: لكل مقترح معرّفه
proposal-first-here = أول استعمال هنا
proposal-id-series = { $id } يسمي مقدِّماً أو وثيقة أو إضافة أخرى: مقترحات هذا الملف هي { $series }/…
proposal-first-series = أول معرّف في الملف
proposal-id-sequence = { $id } يلي { $previous }: المتوقع { $expected }
proposal-id-sequence-first = { $id } هو الأول في سلسلته: المتوقع { $expected }
fix-proposal-renumber = إعادة الترقيم إلى { $id }
proposal-unknown-text = { $action } لـ { $key } الذي لا يعرفه الفهرس: تحقق من الرقم
proposal-number-taken = { $key } موجود فعلاً ({ $latest }): يأخذ النص الجديد رقماً غير مستعمل، أو يكون المقترح MOD
proposal-number-taken-undated = { $key } موجود فعلاً: يأخذ النص الجديد رقماً غير مستعمل، أو يكون المقترح MOD
proposal-revision-outdated = يقتبس { $action } النص الساري: آخر مراجعة معروفة هي { $latest } ({ $source })
fix-proposal-write = كتابة { $text }
proposal-source-setting = الإعداد proposal-conference
proposal-source-header = ترويسة الوثيقة
proposal-source-catalogue = الاجتماع التالي الذي يعرفه الفهرس
proposal-mod-revision = يذكر { $proposal } المراجعة التي يقترحها: المتوقع { $coming }، مؤتمر { $body } المقبل (وفقاً لـ { $source })
proposal-mod-revision-known = يذكر { $proposal } مراجعة موجودة في النص: يذكر MOD المؤتمر المقبل بوصفه المراجعة
proposal-mod-history = سطر التاريخ في { $proposal } لا ينتهي بالمؤتمر المقبل ({ $year })
fix-proposal-history = إضافة { $text }
proposal-mod-conference = سطر المؤتمر في { $proposal } يسمي المؤتمر الذي سيعتمد النص: المتوقع { $coming }
proposal-mod-conference-behind = سطر المؤتمر في { $proposal } أقدم من مراجعة سطر التعريف ({ $year }): كلاهما يسمي المؤتمر المقبل
citation-merged-mod = مراجعتان في إشارة واحدة: { $revisions } — بقايا تتبع التغييرات؛ في { $proposal }، { $proposed } هي مراجعة المقترح و{ $modified } مراجعة النص المعدَّل
fix-keep-proposal-revision = الإبقاء على مراجعة المقترح: { $revision }
fix-keep-modified-revision = الإبقاء على مراجعة النص المعدَّل: { $revision }
hover-proposal = **{ $proposal }** — مقترح { $kind ->
        [add] يضيف نصاً جديداً
        [mod] يعدّل النص
        [sup] يحذف النص
       *[noc] لا يغيّر النص
    }
hover-proposal-proposer = المقدِّم: { $proposer }
hover-proposal-document = الوثيقة: { $document }
hover-proposal-unnumbered = الوثيقة: لم تُرقَّم بعد
hover-proposal-addendum = الإضافة: { $addendum }
hover-proposal-sequence = المقترح: { $sequence }
hover-proposal-marks = يتعلق بـ{ $kind ->
        [document] الوثيقة كلها
        [section] قسم
        [clause] فقرة
        [new] نص جديد
       *[text] النص
    }: { $what }
hover-proposal-no-reasons = لا أسباب قبل المقترح التالي.

## الصيغ اللغوية الموازية

parallel-version = الصيغة { $language ->
        [ar] العربية
        [zh] الصينية
        [fr] الفرنسية
        [ru] الروسية
        [es] الإسبانية
       *[en] الإنكليزية
    }
parallel-related = الصيغة { $language ->
        [ar] العربية
        [zh] الصينية
        [fr] الفرنسية
        [ru] الروسية
        [es] الإسبانية
       *[en] الإنكليزية
    }
parallel-section-missing-here = القسم «{ $section }» ليس له مقابل في { $other }
parallel-section-missing-there = في { $other } قسم «{ $section }» هنا لا يوجد في هذه الصيغة
parallel-section-order = القسم «{ $section }» هو القسم { $here } هنا ولكنه القسم { $there } في { $other }
parallel-clause-missing-here = الفقرة { $clause } من «{ $section }» ليس لها مقابل في { $other }
parallel-clause-missing-there = في { $other } فقرة { $clause } في «{ $section }» لا توجد في هذه الصيغة
parallel-label-differs = رقم هذه الفقرة هنا { $here } ولكنه { $there } في { $other }
parallel-citation-revision = يُستشهد هنا بـ{ $text } في صيغة { $here } ولكن في صيغة { $there } في { $other }
parallel-citation-only-here = يُستشهد هنا بـ{ $cited } ولكن ليس في الفقرة نفسها من { $other }
parallel-citation-only-there = يُستشهد في { $other } بـ{ $cited } في هذه الفقرة؛ ولا يُستشهد به في هذه الصيغة
parallel-number-differs = العدد { $here } هنا هو { $there } في { $other }
parallel-number-only-here = العدد { $here } غير موجود في الفقرة نفسها من { $other }
parallel-number-only-there = في { $other } العدد { $there } في هذه الفقرة؛ وليس في هذه الصيغة
parallel-unlabelled = (بدون رقم)
parallel-hover-title = الصيغة { $language ->
        [ar] العربية
        [zh] الصينية
        [fr] الفرنسية
        [ru] الروسية
        [es] الإسبانية
       *[en] الإنكليزية
    } ({ $file })
parallel-identity-differs = هذه الصيغة هي { $here }؛ وفي { $other } { $there }
parallel-conference-differs = اعتمد هذه الصيغة { $here }؛ وفي { $other } { $there }
