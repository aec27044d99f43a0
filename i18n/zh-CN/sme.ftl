## 使用者：企业自评或辅导机构

audience-question = 先说一下，谁在用这个软件？
audience-hint = 企业自己做自评时，软件用大白话解释每一项，报告也按自评写；辅导机构为客户诊断时，保留审核员的措辞和机构信息。以后可以在“设置”里改。
audience-enterprise = 我们企业自己做（自评）
audience-consultant = 辅导机构（为客户诊断）
audience-setting = 使用者

## 问卷：尚未建立

q-not-in-place-note = 尚未建立
q-missing-clause = 本条款未答项标为“尚未建立”（×）
q-missing-chapter = 本章未答项标为“尚未建立”（×）

## 档案：由档案数字推断的分诊答案

triage-suggested-patents = 建议：档案里登记了 { $count } 件专利，所以先选了“是”（点选即可确认或更改）
triage-suggested-trademarks = 建议：档案里登记了 { $count } 件商标，所以先选了“是”（点选即可确认或更改）
triage-suggested-copyright = 建议：档案里登记了 { $count } 件著作权，所以先选了“是”（点选即可确认或更改）
triage-suggested-trade_secrets = 建议：档案里登记了 { $count } 项商业秘密，所以先选了“是”（点选即可确认或更改）

## 先做这几件事

todo-title = 先做这几件事
todo-hint = 按软件的判断，这几步最先做：认证前必须具备的条件排在最前，其次是第一阶段里最要紧的事。负责人和日期取自整改计划，可在“整改计划”里修改。
todo-none = 没有待办的整改事项。
todo-step-owner-due = { $owner } · { $due } 前
todo-step-prerequisite = 认证前必须完成
todo-step-scope = 写清楚体系管到哪里：哪家公司、哪些地址、哪些产品、哪些部门，一页纸即可
todo-step-obligations = 列一张清单：公司要遵守哪些知识产权法规、合同和客户要求
todo-step-policy = 写一页纸的知识产权方针，由总经理签字发布
todo-step-lead = 指定一位负责知识产权的人（管理者代表），由总经理发任命书
todo-step-objectives = 定三到五个能量化的年度知识产权目标，例如专利申请数、合同审查率
todo-step-manual = 编写知识产权手册和几份配套制度，由总经理批准后发布
todo-step-internal-audit = 体系运行两三个月后，组织一次覆盖全部部门的内部检查（内审）
todo-step-management-review = 内审之后，由总经理主持开一次管理评审会
todo-step-close-findings = 把内审发现的问题逐条整改完，并请内审员核实签字
todo-step-action = { $action }
report-col-step = 要做的事
report-step-prerequisite = { $step }（认证前必须完成）

## 术语表

glossary-title = 术语表
glossary-intro = 标准和审核员常用的词，用大白话解释。问卷里出现这些词时，把鼠标移到下方“术语”一行的词上即可看到解释。
glossary-terms-label = 术语：
glossary-clause = 见标准第 { $clause } 条

## 问卷：大白话说明

q-plain-heading = 这一项在问什么
q-examples-heading = 在一家几十人的工厂里，四种判定大概是这样
q-example-line = { $verdict }：{ $text }
q-show-auditor-text = 显示审核员的说明和典型证据
q-hide-auditor-text = 收起审核员的说明
q-show-plain-text = 显示大白话说明和示例
q-hide-plain-text = 收起大白话说明

## 贯标入门

guide-open = 贯标入门
guide-back = 返回
intro-tab = 贯标是什么
intro-title = 贯标是什么，要做哪些事
intro-what = “贯标”就是按国家标准 GB/T 29490《企业知识产权合规管理体系 要求》把公司管专利、商标、商业秘密和合同的做法理顺、写下来、照着做，再请认证机构来审核。审核通过后拿到的是知识产权管理体系认证证书，有效期三年，期间每年监督审核一次。
intro-steps-title = 大致步骤
intro-step-1 = 1. 自查：用这个软件逐条看公司现在做到哪一步（诊断）。
intro-step-2 = 2. 策划：指定负责人，写知识产权方针和目标，定清楚管哪些部门和业务。
intro-step-3 = 3. 写文件：知识产权手册、几份制度和记录表格，由总经理批准发布。
intro-step-4 = 4. 照着做满三个月：培训员工，按制度办事并留下记录。
intro-step-5 = 5. 内审和管理评审：自己先全面检查一次，再由总经理开会评审。
intro-step-6 = 6. 申请认证：认证机构先审文件，再到现场审核，合格后发证。
intro-cost-title = 大概多久、花多少钱（估算）
intro-cost-months = 从启动到拿证：约 { $months } 个月
intro-cost-consultant = 请辅导机构：约 { $range }（也可以自己做）
intro-cost-audit = 认证机构的认证费：约 { $range }
intro-cost-note = 以上是公开资料里的区间，不是报价。按您公司情况的估算在诊断的“诊断概览”页。
intro-brings-title = 证书能带来什么
intro-brings-1 = • 不少省市对通过认证的企业给一次性奖励或补贴（按您的地区在“诊断概览”页列出）。
intro-brings-2 = • 申报高新技术企业、专精特新、政府项目和投标时常作为加分项。
intro-brings-3 = • 更重要的是：专利、商标、保密和合同有人管、有记录，少踩侵权和泄密的坑。
intro-app = 在这个软件里：先填“企业概况”，再逐条回答“逐条诊断”（没有的就标“尚未建立”），“诊断概览”页会告诉您差多少、先做什么、要多久、大概花多少钱、能申请哪些奖励。
cost-yuan-range = { $low }–{ $high } 万元
cost-missing-data = 费用数据无法读取。

## 报告：自评模式

rep-assessor-self = 填表人
rep-conclusion-self = 自评概要（印在报告开头）
rep-use-written-conclusion = 填入软件拟写的结论
rep-conclusion-fallback = 不写也可以：留空时，报告打印软件根据本次结果拟写的结论。
rep-use-written-conclusion-self = 填入软件拟写的概要
rep-conclusion-fallback-self = 不写也可以：留空时，报告打印软件根据本次结果拟写的自评概要。

## 根据结果拟写的结论

conclusion-how-far-enterprise = 本次自评共回答 { $answered } / { $applicable } 个适用项，综合得分 { $score } 分（满分 100）。发现问题 { $findings } 项，其中严重不符合 { $major } 项、一般不符合 { $minor } 项、观察项 { $observation } 项。
conclusion-how-far-consultant = 本次诊断共评价 { $answered } / { $applicable } 个适用项，综合得分 { $score } 分（满分 100）。发现问题 { $findings } 项，其中严重不符合 { $major } 项、一般不符合 { $minor } 项、观察项 { $observation } 项。
conclusion-nothing-enterprise = 本次自评尚未回答任何适用项，暂无法评分。
conclusion-nothing-consultant = 本次诊断尚未评价任何适用项，暂无法评分。
conclusion-ready = 认证前必须具备的条件均已满足，可以向认证机构提出申请。
conclusion-not-ready-date = 目前尚不具备申请认证的条件；按整改计划完成各项工作后，预计可于 { $date } 提出认证申请。
conclusion-not-ready = 目前尚不具备申请认证的条件，且暂时无法推算申请日期（见“认证前提条件”一节）。
conclusion-first = 建议最先做：{ $steps }。
conclusion-step-sep = ；
conclusion-text = { $how_far }{ $when }{ $first }
report-title-self = 知识产权合规管理体系自评报告
report-sub-self-conclusion = 自评结论
report-cover-prepared-by = 填表人
report-confidential-self = 企业内部自评资料，供管理层决策参考
report-sign-statement-self = 本报告由企业按 GB/T 29490 自行评价编制，反映自评基准日的情况，供管理层决定是否开展贯标及如何安排。
report-sign-prepared = 编制
report-sign-approved = 审批（总经理）

## 多久、多少钱（估算）

cost-title = 要多久、花多少钱（估算）
cost-estimate-note = 以下均为估算，不是报价：区间取自公开资料，按贵公司人数、知识产权数量和本次发现的问题推算。
cost-staff-days = 公司自己投入的人力：约 { $days } 人天（全部阶段合计）
cost-months = 从启动到拿证：约 { $months } 个月
cost-consultant = 如请辅导机构，辅导费：约 { $range }
cost-audit = 认证机构的认证费：约 { $range }
cost-audit-days = 初次认证审核：约 { $days } 人日
cost-source = 来源：{ $source }（核对于 { $date }）
cost-source-staff = 人天的推算：{ $source }（核对于 { $date }）
cost-missing-audit-days = 认证审核人日：没有找到认证机构公开的人日表，请直接向认证机构询价。
cost-missing-employees = 未填从业人数：人天按 50 人左右的企业估算。
cost-missing-consultant-fee = 没有适用于贵公司的辅导费公开数据。
cost-missing-audit-fee = 没有适用于贵公司的认证费公开数据。
cost-missing-project-months = 没有适用于贵公司的项目周期公开数据。
report-sec-cost = 贯标周期与费用估算

## 能申请哪些奖励和支持

claims-title = 能申请哪些奖励和支持
claims-hint = 按“企业概况”里填写的省份和城市挑选；金额和条件以主管部门最新文件为准，申请前请先咨询所列部门。
claims-no-region = 先在“企业概况”里填写省份和城市，这里才能列出当地的奖励。
claims-none = 没有找到适用于贵公司所在地的地方奖励资料。
claims-level-national = 全国
claims-level-province = 省级
claims-level-city = 市级
claims-level-district = 区县级
claims-non-monetary = 非资金支持
claims-possible = 可能适用（所在区县未填写或不一致，请核实）
claims-stale = 资料可能过时（政策已超过两年或久未核对），请向主管部门核实
claims-office = 咨询：{ $office }
claims-source = 来源：{ $source }（{ $year } 年政策，核对于 { $date }）
claims-source-undated = 来源：{ $source }（政策年份不详，核对于 { $date }）

## 自评报告里换掉诊断机构的说法（ReportDoc::tr 在自评时优先用 “-self” 版本）
report-subject-self = 依据 { $edition } 的贯标自评
report-cover-client-self = 企业名称
report-cover-as-of-self = 自评基准日
report-sec-conclusion-self = 自评概要
report-sec-method-self = 自评方法与评分说明
report-sec-scores-self = 自评得分
report-sec-compare-self = 与上次自评的对比
report-sec-support-self = 公司可争取的扶持政策
report-legacy-notice-self = 本次自评依据 GB/T 29490-2013，仅用于对照公司原有的体系文件。自 2025 年 1 月 1 日起，认证申请一律依据 GB/T 29490-2023；2025 年 12 月 31 日前未完成转换的 2013 版证书予以暂停或撤销。
report-summary-self = 本次自评依据 { $edition }，共 { $items } 个条目，其中适用 { $applicable } 项、已回答 { $answered } 项，综合得分 { $score }。发现严重不符合 { $major } 项、一般不符合 { $minor } 项、观察项 { $observation } 项。
report-summary-no-score-self = 本次自评依据 { $edition }，共 { $items } 个条目，目前还没有回答任何适用条目，暂无法给出得分。
report-method-intro-self = 公司依据 { $edition } 逐条自查：问相关负责人、翻文件、查记录、到现场看，对每个条目给出判定。判定标识与得分如下：
report-today-self = 自评基准日
