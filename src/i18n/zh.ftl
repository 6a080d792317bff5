# resolution-ls 中文消息。
# 引自草案的内容（编号、标题、引用、修订版）按草案原文显示。

joined = { $first }；{ $second }

## 标题和前言行（RLS05xx）

note-body-mismatch = 标识行表明这是 { $identity } 的文件，但会议行写的是 { $conference }
note-year-before-session = 会议行在会议届次（{ $session }）之前写了 { $year } 年
note-council-date = 日期行写的是 { $council } 年理事会，会议行写的是 { $session } 年
note-label-script = { $label } 使用了西里尔字母 { $letter }，而其他编号使用拉丁字母：此处应为拉丁字母 { $latin }
fix-write-latin = 改为拉丁字母 { $latin }
note-heading-missing = 自 { $label } 起的各项没有标题：编辑时丢失了一个标题
note-heading-inline = 标题 { $heading } 与其第一项 { $label } 在同一行
note-heading-glued = 标题 { $heading } 连在上一项的末尾
fix-heading-own-line = 将标题单独成行

## 通用短语

quoted = { $text }
range-to = { $first }至{ $last }
place-this-section = 本部分
place-this-clause = 本项
place-sub-items = { $label }的各分项
place-the-heading = 标题
kind-letter = 以字母编号 a)、b)、c)…
kind-number = 以数字编号 1、2、3…
kind-roman = 以罗马数字编号 i)、ii)、iii)…
fix-replace = 将 { $old } 改为 { $new }

## 文件（RLS00xx）

unreadable-text = 无法将此文本识别为标题、条款或段落；请检查是否有多余字符或断行

## 编号（RLS01xx）

label-wrong-kind-section = { $name }的各项{ $kind ->
        [letter] 以字母编号
        [roman] 以罗马数字编号
       *[number] 以数字编号
    }（{ $first }…）；{ $part ->
        [preamble] 序言部分各项
       *[operative] 执行部分各段
    }应{ $expected }
label-unneeded = { $label } 是{ $name }中唯一的一项：只有一项时不需要编号
fix-remove-label = 删除编号 { $label }
label-read-as = { $label }（读作 { $read }）
label-fused = { $shown } 看起来是旧编号 { $old } 和新编号 { $new } 连在一起（修订痕迹残留）；应为 { $new }
label-tracked-change = 编号由 { $old } 改为 { $new }，修订尚未接受
label-tracked-insert = 编号 { $new } 由修订插入，修订尚未接受
label-gap = { $shown } 跟在 { $previous } 之后：缺少 { $missing }；应为 { $expected }
label-repeated = { $shown } 在{ $place }中重复使用；应为 { $expected }
related-first-used = { $label } 首次使用于此
label-wrong-start = { $place }的编号从 { $shown } 开始；应为 { $expected }
label-comes-before = { $shown } 位于 { $other } 之前；应为 { $expected }
related-comes-later = { $label } 在后面，位于此处
label-comes-after = { $shown } 位于 { $previous } 之后；应为 { $expected }
related-is-here = { $label } 位于此处
label-wrong-kind = { $shown } 与{ $kind }的各项不一致；应为 { $expected }
label-style-mixed = { $label } 的写法与{ $place }的其他编号不同；应为 { $wanted }
fix-write-as = 将 { $label } 写作 { $wanted }
related-written-like-this = { $label } 的写法如此

## 标点（RLS02xx）

role-semi = 后面还有同一部分其他项的条款以 { $mark } 结尾
role-comma = 一部分的最后一项以 { $mark } 结尾
role-stop = 文件的最后一段以 { $mark } 结尾
half-width-in-chinese = 中文文本中使用了半角 { $mark }；应为 { $expected }
full-width-in-english = 英文文本中使用了全角 { $mark }；应为 { $expected }
clause-ends-with-but = 本项以 { $mark } 结尾，但{ $rule }
clause-ends-colon = 本项以 { $mark } 结尾，但后面没有列项；{ $rule }
clause-ends-without = 本项结尾没有标点；{ $rule }
fix-add-end = 在本项末尾加上 { $mark }
doubled-punctuation = 重复标点“{ $first }{ $second }”：应删去多余的“{ $first }”，只保留“{ $second }”
fix-remove-stray = 删除多余的 { $mark }

## 内部引用（RLS03xx）

reference-missing-clause = { $section }{ $label } 所指的项不存在：{ $name }只有{ $has }
reference-missing-section = 本文件没有“{ $section }”部分：该引用无所指
labels-none = 没有带编号的项
labels-only = { $label }
fix-reletter-section = 重新编号“{ $name }”
fix-reletter-section-as = 将“{ $name }”重新编号为 { $labels }
fix-reletter-document = 重新编号整个文件

## 引用（RLS04xx）

quoted-code = “{ $text }”
place-identity-line = 标识行
place-this-conference = 本次大会
related-conference-line = 本文件的会议行
citation-merged = 一处引用中有两个修订版：{ $revisions }——修订痕迹残留；一处引用只应指明一个修订版
citation-tracked-change = 引用由“{ $old }”改为“{ $new }”，修订尚未接受
fix-keep-revision = { $which ->
        [older] 保留较早的修订版：{ $revision }
       *[newer] 保留较新的修订版：{ $revision }
    }
citation-this-conference = { $what }写的是 { $cited }，但本文件的会议行表明其由 { $body }（{ $place }，{ $year }）通过
fix-name-conference = 写明本文件的会议：{ $revision }
meeting-met-there-in = { $body } 于 { $years } 年在 { $place } 举行会议
meeting-place-unknown = 目录中没有地名 { $place }；{ $year } 年 { $body } 在 { $met } 举行会议（{ $edition }）
meeting-impossible-place = { $year } 年 { $body } 没有在 { $place } 举行会议：{ $year } 年 { $body } 在 { $met } 举行会议（{ $edition }）
meeting-none-in-year = { $year } 年没有举行 { $body } 会议
meeting-none-in-year-near = { $year } 年没有举行 { $body } 会议（{ $body } 举行会议的年份：{ $near }）
meeting-others-there = { $year } 年在 { $place } 举行的会议：{ $others }
meeting-unknown-outside-coverage = 目录中没有 { $year } 年在 { $place } 举行的 { $body } 会议（目录中的 { $body } 会议清单仅涵盖 { $from }–{ $to } 年）
meeting-unknown = 目录中没有 { $year } 年在 { $place } 举行的 { $body } 会议（目录中的 { $body } 会议清单不完整）
ambiguous-no-conference-line = { $what } 被引为本次大会的文件，但本文件没有会议行说明是哪次大会
ambiguous-body = 未说明 { $what } 由哪个机构通过（编号前后没有机构名称，也没有“本次大会”）
ambiguous-all-met = { $meetings } 都在所引的地点和年份举行了会议
ambiguous-none = 目录中任何机构都没有 { $what }
ambiguous-one = 在目录中，{ $what } 属于 { $body }
ambiguous-many = 在目录中，{ $bodies } 都有 { $what }
citation-unknown-number = 目录中没有 { $key }（目录并不完整）：不检查其修订版
citation-no-revision-known = { $key } 引用的是 { $cited }，目录中没有该修订版（目录中没有 { $key } 的任何修订版）
citation-unconfirmed-revision = { $key } 引用的是 { $cited }；{ $latest } 可能已对其修订，但目录中没有正式文本可以证实
citation-revision-after-catalogue = { $key } 引用的是 { $cited }，晚于目录所知；目录所知的最新修订版是 { $latest }
citation-revision-unknown = { $key } 引用的是 { $cited }，目录中没有该修订版；目录所知的最新修订版是 { $latest }
citation-outdated-original = { $key } 引用的是其最初通过的版本（{ $cited }）；此后已经修订，已知最新修订版为 { $latest }。如有意引用最初版本，则无需修改
citation-outdated-at = { $key } 引用的是 { $cited }；在本文件的日期（{ $date }）已有更新的修订版：{ $latest }
citation-outdated = { $key } 引用的是 { $cited }；已有更新的修订版：{ $latest }
fix-cite-latest = 引用已知最新修订版：{ $revision }
conference-line-merged = 会议行中写了 { $count } 次会议（{ $meetings }）——修订痕迹残留；一个文件只由一次大会通过
fix-keep-meeting = { $which ->
        [older] 保留较早的会议：{ $meeting }
       *[newer] 保留较新的会议：{ $meeting }
    }

## 编辑器操作

fix-reletter-every-document = 重新编号所有文件
fix-silence = 在本行忽略 { $code }

## 命令行

severity-error = 错误
severity-warning = 警告
severity-info = 信息
severity-hint = 提示
human-help = 帮助
human-note = 注：{ $message }（第 { $line } 行，第 { $column } 列）
human-note-in = 注：{ $message }（{ $file }:{ $line }:{ $column }）
human-fix-line = 帮助：{ $kind }：{ $fixes }
human-fixes = { $count ->
       *[other] 修正
    }
human-unsafe-fixes = { $count ->
       *[other] 需确认的修正（--unsafe-fixes）
    }
human-more-like-this = { $path } 中还有 { $count } 处同类问题（第 { $lines } 行）
human-reletter-hint = { $actions } 可将这些编号排好顺序，并同时更新引用这些项的内容；“{ $document }”一次处理所有部分（编辑器代码操作）
cli-fixed = 已修正 { $path }:{ $line }：{ $title }
cli-applied = 已在 { $files } 个文件中进行 { $fixes } 处修正
cli-summary = 已检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告，{ $infos } 条信息
cli-summary-fixable = ；{ $count } 处可用 --fix 修正
cli-summary-unsafe = ；另有 { $count } 处可用 --fix --unsafe-fixes 修正（会改变引用的内容）
cli-statistics-legend = [*] 可用 --fix 修正

## 悬停提示

hover-reference-no-section = **{ $section }{ $label }** — 本文件没有“{ $section }”部分
hover-reference-no-clause = **{ $section }{ $label }** — 本文件中没有该项
hover-clauses-unlabelled = { $count } 段，无编号
hover-clauses-one-label = { $count } 项，编号 { $label }
hover-clauses-labelled = { $count } 项，{ $first }至{ $last }
hover-heading = **{ $heading }** — { $part ->
        [preamble] 序言部分
       *[operative] 执行部分
    }：{ $clauses }
hover-heading-addressed = **{ $heading }** — { $part ->
        [preamble] 序言部分
       *[operative] 执行部分
    }，对象为{ $addressee }：{ $clauses }
hover-conference-line = **会议行** — 通过本文件的机构
hover-body = 机构：{ $name }（{ $code }）
hover-catalogue = 目录：{ $known }
hover-session = 会议：{ $place }，{ $year }
hover-judged-as-of = 引用按 { $year } 年的情况判断
hover-identity-line = **{ $identity }** — 本文件的标识行
hover-text = 文本：{ $key }
hover-latest-known = 目录所知的最新修订版：{ $revision }
hover-not-in-catalogue-new = 不在目录中：是新文本，或目录不知道的文本
hover-clause-of = 第 { $index } 项，共 { $count } 项
hover-sub-item-of = { $parent }下第 { $index } 个分项，共 { $count } 个
hover-label = **{ $label }** — { $kind ->
        [letter] 字母
        [roman] 罗马数字
        [number] 数字
       *[other] { $kind }
    }编号，{ $place }，位于 *{ $heading }*（{ $part ->
        [preamble] 序言部分
       *[operative] 执行部分
    }）
hover-unga = **联合国大会第 { $numbers } 号决议**

    不是国际电联的文本：不对照国际电联目录检查。
hover-question = **第 { $numbers } 号课题**（研究组课题：`N/G` 即第 G 研究组第 N 号课题）
hover-recommendation = **{ $numbers } 建议书**（国际电联部门建议书；不在目录中）
hover-body-not-said = **{ $kind } { $numbers }** — 未说明通过机构
hover-no-text-of-number = 目录中没有该编号的文本。
hover-in-catalogue = 目录中有：
hover-no-title = （未记录标题）
hover-body-named = 引用中写明
hover-body-this-conference = 本次大会（本文件的会议行）
hover-body-deduced = 推断：在所引地点和年份举行会议的唯一此类机构
hover-body-unresolved = 无法确定
hover-body-how = 机构：{ $name }（{ $code }），{ $how }
hover-cited = 所引版本：{ $revision }
hover-not-in-catalogue = 不在目录中（目录并不完整）。
hover-latest = 已知最新：{ $revision } — { $source }（{ $trust }）
hover-latest-untrusted = 已知最新：{ $revision } — { $source }（{ $trust }：仅供参考）
hover-source = 来源：{ $source }
hover-latest-at-conference = 本文件的会议时已知的最新版本：{ $revision }
hover-earlier = 更早的版本：{ $revisions }
hover-status = 状态：{ $status }
hover-knows-up-to = 目录所知的 { $body } 会议截至 { $meeting }
hover-catalogue-entry = 目录条目：{ $location }

## 补全

completion-new-resolution = 新决议（{ $code }）
completion-new-resolution-detail = 标识行、标题、会议行、一个序言部分和一个执行部分，使用{ $language ->
        [ar] 阿拉伯文
        [zh] 中文
        [fr] 法文
        [ru] 俄文
        [es] 西班牙文
       *[en] 英文
    }
completion-heading = { $part ->
        [preamble] 序言部分
       *[operative] 执行部分
    }标题
completion-next-label = 本部分的下一个编号
cited-key = { $body }第{ $number }号{ $kind ->
        [resolution] 决议
        [decision] 决定
        [recommendation] 建议
       *[opinion] 意见
    }

## 提案（RLS07xx）

proposal-reasons-missing = { $proposal }没有理由：下一项提案之前应有“理由：”段落
proposal-id-repeated = 标识符{ $id }使用了两次：每项提案各有其标识符
proposal-first-here = 首次使用处
proposal-id-series = { $id }指明了另一个提案方、文件或补遗：本文件的提案为{ $series }/…
proposal-first-series = 本文件的第一个标识符
proposal-id-sequence = { $id }在{ $previous }之后：应为{ $expected }
proposal-id-sequence-first = { $id }是其系列中的第一个：应为{ $expected }
fix-proposal-renumber = 重新编号为{ $id }
proposal-unknown-text = 对{ $key }的{ $action }，目录中没有该案文：请核对编号
proposal-number-taken = { $key }已存在（{ $latest }）：新案文应使用未被占用的编号，否则提案应为MOD
proposal-number-taken-undated = { $key }已存在：新案文应使用未被占用的编号，否则提案应为MOD
proposal-revision-outdated = { $action }引用的是现行案文：已知最新修订版为{ $latest }（{ $source }）
fix-proposal-write = 写为{ $text }
proposal-source-setting = proposal-conference设置
proposal-source-header = 文件标题
proposal-source-catalogue = 目录所知的下一届会议
proposal-mod-revision = { $proposal }应标明其提出的修订版：应为{ $coming }，即下一届{ $body }大会（依据：{ $source }）
proposal-mod-revision-known = { $proposal }标明的是案文已有的修订版：MOD应以下一届大会为修订版
proposal-mod-history = { $proposal }的历史行未以下一届大会（{ $year }）结尾
fix-proposal-history = 添加{ $text }
proposal-mod-conference = { $proposal }的大会行应指明将通过该案文的大会：应为{ $coming }
proposal-mod-conference-behind = { $proposal }的大会行早于其标识行的修订版（{ $year }）：两者都应指明下一届大会
citation-merged-mod = 一处引用中有两个修订版：{ $revisions }——修订痕迹残留；在{ $proposal }中，{ $proposed }是提案的修订版，{ $modified }是被修改案文的修订版
fix-keep-proposal-revision = 保留提案的修订版：{ $revision }
fix-keep-modified-revision = 保留被修改案文的修订版：{ $revision }
hover-proposal = **{ $proposal }**——{ $kind ->
        [add] 增加新案文
        [mod] 修改案文
        [sup] 删除案文
       *[noc] 不修改案文
    }的提案
hover-proposal-proposer = 提案方：{ $proposer }
hover-proposal-document = 文件：{ $document }
hover-proposal-unnumbered = 文件：尚未编号
hover-proposal-addendum = 补遗：{ $addendum }
hover-proposal-sequence = 提案：{ $sequence }
hover-proposal-marks = 涉及{ $kind ->
        [document] 整个文件
        [section] 一个部分
        [clause] 一个条款
        [new] 新案文
       *[text] 案文
    }：{ $what }
hover-proposal-no-reasons = 下一项提案之前没有理由。

## 平行语文本

parallel-version = { $language ->
        [ar] 阿拉伯文
        [zh] 中文
        [fr] 法文
        [ru] 俄文
        [es] 西班牙文
       *[en] 英文
    }本
parallel-related = { $language ->
        [ar] 阿拉伯文
        [zh] 中文
        [fr] 法文
        [ru] 俄文
        [es] 西班牙文
       *[en] 英文
    }本
parallel-section-missing-here = “{ $section }”部分在{ $other }中没有对应部分
parallel-section-missing-there = { $other }在此处有“{ $section }”部分，本文本缺少该部分
parallel-section-order = “{ $section }”部分在此为第{ $here }部分，在{ $other }中为第{ $there }部分
parallel-clause-missing-here = “{ $section }”的第{ $clause }项在{ $other }中没有对应项
parallel-clause-missing-there = { $other }在“{ $section }”中有第{ $clause }项，本文本缺少该项
parallel-label-differs = 此项在此编为{ $here }，在{ $other }中编为{ $there }
parallel-citation-revision = 此处引用{ $text }的{ $here }，{ $other }引用的是{ $there }
parallel-citation-only-here = 此处引用了{ $cited }，{ $other }的同一项未引用
parallel-citation-only-there = { $other }在此项中引用了{ $cited }，本文本未引用
parallel-number-differs = 此处的数字{ $here }在{ $other }中为{ $there }
parallel-number-only-here = 数字{ $here }不在{ $other }的同一项中
parallel-number-only-there = { $other }此项中有数字{ $there }，本文本没有
parallel-unlabelled = （无编号）
parallel-hover-title = { $language ->
        [ar] 阿拉伯文
        [zh] 中文
        [fr] 法文
        [ru] 俄文
        [es] 西班牙文
       *[en] 英文
    }本（{ $file }）
parallel-identity-differs = 本文本为{ $here }；{ $other }为{ $there }
parallel-conference-differs = 本文本由{ $here }通过；{ $other }由{ $there }通过
