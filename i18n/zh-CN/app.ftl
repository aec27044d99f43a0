## 应用
app-title = IPMS Readiness · 知识产权合规管理体系贯标自诊
app-name = 贯标自诊
app-language-switch = English
app-saved = 已保存
app-saving = 正在保存…
app-dismiss = 关闭

## 首页
home-empty-title = 还没有诊断
home-empty-body = 本软件对照 GB/T 29490-2023《企业知识产权合规管理体系 要求》逐条诊断企业的知识产权管理现状，给出各章节得分、认证前提条件核查和贯标整改计划。所有数据只保存在本机，诊断结果可以打印成诊断报告交给企业。
home-empty-body-self = 本软件对照 GB/T 29490-2023《企业知识产权合规管理体系 要求》一条一条帮您看清公司的知识产权管理做到了哪一步：各部分得分、申请认证前必须具备的条件，以及按步骤排好的贯标计划。所有数据只保存在这台电脑上，结果可以打印成自评报告，交给总经理或董事会。
home-new = 新建诊断
home-open-demo = 打开示例诊断

## 逐条诊断
q-no-items = 当前筛选条件下没有诊断项。
q-all-departments = 全部部门
q-position = 第 { $pos } 项 / 共 { $total } 项
q-interview-mode = 访谈部门
q-find-placeholder = 查找条款号或关键词（Ctrl+F）
q-weight = 权重
q-prerequisite = 认证前提条件
q-suggested = 此判定由 2013 版诊断结果对照得出，请确认后再选择。
q-na-reason = 不适用的理由（必填）
q-note = 审核记录 / 备注（回车换行，Ctrl+回车 记完并到下一项）
q-note-self = 备注：现在的做法、有哪些文件或记录（回车换行，Ctrl+回车 记完并到下一项）
q-evidence-seen = 已查看的证据（多项用分号隔开）
q-method = 审核方法
q-department = 访谈部门
q-guidance = 审核要点
q-typical-evidence = 常见证据
q-previous = ← 上一项
q-next = 下一项 →
q-keys-hint = 快捷键：1–4 判定 · N 不适用 · 回车 下一项 · Ctrl+→ 下一个未答项 · Tab 切到备注 · Ctrl+1…6 切换页签

## 诊断概览
dash-overall = 总体得分
dash-progress = 完成进度
dash-gaps = 问题项
dash-readiness = 认证准备
dash-ready = 可以申请认证
dash-not-ready = 暂不具备申请条件
dash-by-chapter = 各章得分
dash-by-process = 各知识产权过程得分
dash-gates = 认证前提条件核查
dash-gate-hard = 必备条件
dash-gate-advisory = 建议条件
dash-earliest-unknown = 最早可申请日期：尚需填写体系运行起始日期等信息
dash-top-gaps = 主要问题点
dash-no-gaps = 目前没有发现问题项。
dash-how-computed = 得分是怎么算的？

## 整改计划
plan-bad-date = 日期格式应为 年-月-日，例如 2026-03-01。
plan-bad-weeks = “{ $phase }”的周数应为 { $min } 到 { $max } 之间的整数。
plan-target = 预计取得认证证书：{ $date }
plan-target-unknown = 填写项目启动日期后即可推算取证时间。
plan-start = 项目启动日期
plan-weeks = 周
plan-apply = 重新排期
plan-timeline = 贯标进度安排
plan-col-clause = 条款
plan-col-action = 整改措施
plan-col-owner = 责任部门/人
plan-col-priority = 优先级
plan-col-due = 完成期限
plan-col-status = 状态
plan-actions = 整改措施（{ $count } 项）
plan-documents = 需编写的文件清单
plan-no-documents = 暂无需要新编的文件。
plan-notes = 备注
plan-save = 保存
plan-cancel = 取消

## 企业概况
profile-not-number = 请输入数字。
profile-not-whole-number = 请输入整数。
profile-size-class = 企业规模：{ $reason }
profile-section-identity = 企业基本情况
profile-section-organisation = 组织机构与管理体系
profile-section-portfolio = 知识产权状况
profile-section-triage = 适用性初筛
profile-section-facts = 体系运行情况（用于认证条件核查）
profile-triage-hint = 回答“否”的方面，相关条款将自动判为不适用；改回“是”或“不确定”即可恢复。
profile-choose = 请选择
profile-licence = 营业执照是否有效
profile-systems = 已建立的管理体系
profile-departments = 企业内有人承担的职能（据此建议下方的部门）
profile-ip-function = 知识产权工作现状
facts-operation_started_on = 体系开始运行日期
facts-internal_audit_on = 最近一次内部审核完成日期
facts-management_review_on = 最近一次管理评审日期
facts-ip_penalty_in_window = 运行期间及前一年内是否受到知识产权行政处罚
facts-trained_auditors = 经培训的内审员 / 知识产权负责人（人）
home-search = 按企业或诊断名称查找
home-no-match = 没有名称包含“{ $query }”的企业或诊断。
home-import = 导入诊断文件
home-export = 导出
home-rename = 重命名
home-delete = 删除
home-follow-up = 复诊
home-progress = 进度 { $pct }%
home-score = 得分 { $score }
home-org-name = 企业名称（已有的企业会自动归入）
home-catalog = 诊断依据
home-delete-confirm = 确定删除诊断“{ $title }”吗？删除前会自动备份，可在“设置 → 备份”中恢复。
home-follow-up-hint = 以本次诊断为起点新建一次诊断（例如一年后的复诊）：沿用企业概况，并把每项上次的判定和备注作为建议带入，逐项按空格确认或改判。选择 2023 版时，2013 版的结果也会转为建议判定。
home-import-hint = 诊断文件（.json）的完整路径：
home-export-hint = 保存到（.json 交换文件，.csv 或 .xlsx 表格）：
home-confirm = 确定

## 外框
app-settings = 设置
home-first-title = 首次诊断
home-follow-up-title = 复诊
home-first-title-self = 首次自评
home-follow-up-title-self = 再次自评
tab-profile = 企业概况
tab-questionnaire = 逐条诊断
tab-dashboard = 诊断概览
tab-plan = 整改计划
tab-compare = 对比
tab-report = 诊断报告

## 设置
settings-appearance = 外观
settings-language = 界面语言
settings-theme = 主题
settings-theme-light = 浅色
settings-theme-dark = 深色
settings-data = 数据
settings-data-folder = 数据文件夹：{ $path }
settings-data-move = 迁移数据：填写或选择新的文件夹后点击“迁移到此文件夹”，数据会完整复制过去，原文件夹保持不变。在 U 盘上使用时，也可用 --data-dir 参数或 IPMS_DATA_DIR 环境变量指定文件夹（便携模式）。
settings-backups = 备份
settings-no-backups = 暂无备份。每天首次使用和每次升级数据库前都会自动备份。
settings-restore = 恢复
settings-restore-confirm = 恢复后当前数据将被此备份替换（当前数据会先另存一份）。确定恢复吗？
settings-about = 关于
settings-version = 版本
settings-font = 界面与报告字体：Noto Sans SC（SIL Open Font License 1.1）
settings-licence = 查看字体许可

## 对比
compare-with = 与以下诊断对比
compare-none = 该企业还没有更早的诊断。复诊时可在首页对原诊断点击“复诊”。
compare-chapter = 章节
compare-before = 上次
compare-after = 本次
compare-delta = 变化
compare-legend = 蓝色：本次诊断；灰色：上次诊断
compare-closed = 已关闭的整改项：{ $count }
compare-improved = 改进的诊断项：{ $count }
compare-regressed = 退步的诊断项：{ $count }

## 报告
rep-heading = 导出报告和表格
rep-language = 报告语言
rep-kind = 报告类型
rep-sections = 报告章节
rep-sections-all = 全选
rep-sections-none = 全不选
rep-no-sections = 请至少选择一个章节
rep-assessor = 诊断人员
rep-assessor-org = 诊断机构
rep-conclusion = 诊断结论（印在报告开头）
rep-path = 保存到
rep-export = 导出 PDF
rep-working = 正在生成…
rep-done = 已保存：{ $path }
rep-done-each = 已保存 { $count } 个文件到：{ $path }
rep-export-anyway = 仍然导出
rep-open-file = 打开文件
rep-open-folder = 打开所在文件夹
report-kind-diagnosis = 诊断报告
report-kind-diagnosis-self = 自评报告
report-kind-checklist = 内审检查表（含记录）
report-kind-blank-checklist = 内审检查表（空白）
rep-all-departments-hint = 全部部门：一个文件，每个部门一份检查表，各自另起一页、单独编页码并带签字栏。
rep-each-department = 每个部门单独一个文件
rep-each-department-hint = 每个部门一个文件，写入下面的文件夹，文件名含部门名称和日期（如“…-检查表-品质部-2026-12-01”）。
err-store-quick-check = 数据库检查发现问题，已暂停保存；请在“设置 → 备份”中恢复最近的备份
settings-move = 迁移到此文件夹
settings-move-placeholder = 新的数据文件夹完整路径
settings-moved = 数据已复制到 { $path }，今后从这里读写；原文件夹保持不变，可在确认后自行删除。
settings-rewards = 贯标认证奖励数据
settings-rewards-hint = 各地奖励政策变化频繁，报告中只作为“可能可以申请”的参考列出。请填写来源和核实日期。
settings-policy-bundled = 当前使用：软件自带数据
settings-policy-user = 当前使用：本机修改过的数据
settings-rewards-checked = 核实于
settings-policy-edit = 编辑
settings-policy-save = 校验并保存
settings-policy-reset = 恢复自带数据
settings-policy-import = 导入
settings-rewards-import-placeholder = 奖励数据文件（.toml）的完整路径
settings-rewards-saved = 认证奖励数据已保存。
settings-costs = 费用估算数据
settings-costs-hint = 辅导费、认证费、项目周期和认证审核人日的公开区间，以及公司自己投入人天的推算方法。估算和报告都用这里的数据；请为每一项填写来源和核实日期。
settings-costs-import-placeholder = 费用数据文件（.toml）的完整路径
settings-costs-saved = 费用估算数据已保存。
settings-costs-consultant-fee = 辅导费 { $range }
settings-costs-audit-fee = 认证费 { $range }
settings-costs-project-months = 项目周期 { $range } 个月
settings-costs-audit-days = { $employees } 人以内：初次认证审核 { $days } 人日，每次监督审核 { $surveillance } 人日 · { $source } · 核实于 { $checked }

## Consultancy branding (Settings)
branding-title = 咨询机构品牌
branding-hint = 机构名称、标志、主题色、页脚文字和 Word 字体用于所有交付文件（PDF 和 Word）。
branding-name = 机构名称
branding-name-placeholder = 如：华信知识产权咨询有限公司
branding-accent = 主题色
branding-accent-placeholder = 如 #1F3A5F；留空则用默认配色
branding-footer = 页脚文字
branding-footer-placeholder = 如：地址、电话，或“仅供客户内部使用”
branding-font-east-asian = Word 中文字体
branding-font-east-asian-placeholder = 留空：正文宋体，标题微软雅黑（英文报告用微软雅黑）
branding-font-latin = Word 西文字体
branding-font-latin-placeholder = 留空：中文报告用 Arial，英文报告用 Calibri
branding-logo = 标志
branding-logo-none = 未设置标志
branding-logo-stored = 已保存：{ $name }（数据文件夹的 branding 文件夹内）
branding-logo-placeholder = PNG 或 JPEG 文件的路径
branding-logo-import = 使用此标志
branding-logo-remove = 移除标志
branding-logo-hint = 标志印在封面和每页页眉上；文件不超过 2 MB，边长不超过 4000 像素。
branding-save = 保存品牌设置
branding-saved = 品牌设置已保存，此后生成的报告都会使用。
err-store-damaged-readonly = 数据库检查未通过，为保护现有数据暂停保存。请在“设置 → 备份”中恢复最近的备份。
app-browse = 浏览…
home-importing = 正在读取并校验诊断文件…
settings-restoring = 正在恢复备份…
settings-restored = 已恢复备份。恢复前的数据库已另存在数据文件夹中。
compare-completeness = 完成度：上次 { $before }%，本次 { $after }%
q-show-all = 全部判定
q-show-unanswered = 只看未作答
q-show-nonconforming = 只看 ○ 和 ×
q-show-observations = 只看 △ 观察项
q-show-na = 只看不适用
q-mark-clause = 本条款未答项全部判为符合
q-undo-mark = 撤销 { $clause } 的批量判定（Ctrl+Z）
q-suggested-previous = 此判定沿用上次诊断的结果，按空格确认，或直接选择新的判定。
q-previous-answer = 上次诊断：{ $verdict }
q-na-pending = 请填写不适用的理由，按回车确认；Esc 取消。
app-read-only = 只读
app-read-only-no-save = 当前为只读状态，修改未保存。
app-not-saved = 未保存
dash-application-same = 计划申请认证日期：{ $date }（按贯标计划，也是最早可申请的日期）
dash-application-both = 计划申请认证日期：{ $planned }（按贯标计划）；若尚未满足的条件按常规工期完成，最早可于 { $earliest } 申请。
app-catalogs-rejected = 以下自定义题库未能载入（其余题库照常使用）：

## Profile: the client's departments and people
org-title = 部门与人员（职能分配表）
org-hint-proposed = 下面是按上方勾选的职能自动给出的建议。请按企业自己的部门名称修改：点击职能可在“主责 → 配合 → 不承担”之间切换；改动任何一项即保存为本企业的职能分配表。
org-hint-recorded = 本企业的职能分配表。点击职能可在“主责 → 配合 → 不承担”之间切换；访谈清单、检查表和整改责任人都按这里的部门和人员生成。
org-unit-name = 部门名称
org-function-lead = { $function }（主责）
org-function-support = { $function }（配合）
org-unassigned = 还没有部门承担：{ $functions }。请分配给某个部门，否则这些职能的条款不会出现在访谈清单和检查表中；相关整改措施暂由负责知识产权管理的部门承担。
org-add-unit = 添加部门
org-use-proposal = 恢复为自动建议
org-remove = 删除
org-people = 人员
org-no-people = 还没有登记人员。建议至少登记管理者代表、知识产权负责人和内审员。
org-person-name = 姓名
org-no-unit = 未指定部门
org-add-person = 添加人员

## Plan: editing actions
plan-text-required = 请填写整改措施的内容。
plan-bad-priority = 优先级应为 1 到 9 之间的整数。
plan-owner-required = 请选择责任部门或责任人。
plan-priority-choice = { $priority }（{ $level }）
plan-col-phase = 所属阶段
plan-due-free-placeholder = 年-月-日（留空为阶段结束日）
plan-delete = 删除此措施
plan-add-action = 添加自定义措施
plan-phase-done = { $phase }（已完成）
plan-due-after-application = { $count } 项措施的完成期限晚于计划申请日期 { $date }：申请认证前须完成全部整改，请提前期限或推迟申请。
plan-due-late = 此期限晚于计划申请日期 { $date }，申请前须完成这项整改。
app-second-window = 这个数据文件夹已在另一个窗口中打开，本窗口只读：可以查看、打分、导出和出报告，但不能修改。另一个窗口保存的内容会自动显示在这里；关闭那个窗口后，本窗口会自动恢复保存。
app-second-window-free = 另一个窗口已关闭，本窗口已恢复保存，内容已更新为最新。

## Questionnaire: unverified clause titles
q-unverified-title = † 该条款标题尚未经两个独立来源核实（见目录的来源说明）。

## Dashboard: moving to a newer catalog version
dash-upgrade-offer = 本诊断使用的是 { $from } 版目录，当前已加载 { $to } 版。迁移会保留全部答案，变化如下：
dash-upgrade-button = 迁移到 { $to } 版（先自动备份）
dash-upgrade-done = 已迁移到当前目录版本。变化如下：

## Report format (editable Word deliverables)
rep-format = 文件格式
rep-format-pdf = PDF（打印、发送）
rep-format-docx = Word（可编辑）
