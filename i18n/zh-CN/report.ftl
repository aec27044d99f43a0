## 诊断报告
report-title = 知识产权合规管理体系诊断报告
report-checklist-title = 知识产权合规管理体系内审检查表
report-subject = 依据 { $edition } 的贯标诊断
report-keywords = 知识产权合规管理体系,贯标,诊断报告
report-confidential = 本报告仅供委托单位内部使用
report-page = 第 { $page } 页 / 共 { $total } 页
report-not-given = 未填写
report-none = 无
report-list-sep = {"、"}

## 封面
report-cover-client = 受诊断单位
report-cover-uscc = 统一社会信用代码
report-cover-assessor = 诊断人员
report-cover-assessor-org = 诊断机构
report-cover-as-of = 诊断基准日
report-cover-issued = 报告日期
report-cover-edition = 依据标准
report-cover-score = 综合得分
report-cover-progress = 评价完成度 { $progress }%
report-cover-no-score = 暂无得分
report-cover-ready = 已具备认证申请条件
report-cover-not-ready = 尚不具备认证申请条件
report-cover-earliest = 最早可申请认证日期：{ $date }
report-cover-no-earliest = 暂无法确定最早申请日期
report-legacy-notice = 本次诊断依据 GB/T 29490-2013，仅用于对照企业原有体系文件。自 2025 年 1 月 1 日起，认证申请一律依据 GB/T 29490-2023；2025 年 12 月 31 日前未完成转换的 2013 版证书予以暂停或撤销。

## 目录与章节
report-toc = 目　录
report-sec-conclusion = 诊断结论
report-sec-profile = 企业基本情况
report-sec-method = 诊断方法与评分说明
report-sec-scores = 诊断评价
report-sec-gates = 认证条件核查
report-sec-findings = 主要问题点
report-sec-plan = 整改建议与认证路线图
report-sec-documents = 文件清单
report-sec-support = 可争取的扶持政策
report-sec-compare = 与上次诊断的对比
report-sec-signatures = 确认与签署
report-sub-summary = 总体情况
report-sub-assessor = 诊断人员意见
report-sub-portfolio = 知识产权状况
report-sub-chapters = 各章得分
report-sub-processes = 各知识产权过程得分
report-sub-by-clause = 按条款列示
report-sub-by-department = 按部门汇总
report-sub-timeline = 认证路线图
report-sub-phases = 阶段安排
report-sub-actions = 整改措施

## 诊断结论
report-summary = 本次诊断依据 { $edition }，共评价 { $items } 个条目，其中适用 { $applicable } 项、已评价 { $answered } 项，综合得分 { $score }。发现严重不符合 { $major } 项、一般不符合 { $minor } 项、观察项 { $observation } 项。
report-summary-no-score = 本次诊断依据 { $edition }，共 { $items } 个条目，目前尚无已评价的适用条目，暂无法给出得分。
report-summary-ready = 认证条件核查：各项必要条件均已满足，可着手准备认证申请。
report-summary-not-ready = 认证条件核查：尚有 { $count } 项必要条件未满足或待确认，详见第 { $section } 章。
report-no-conclusion = （诊断人员尚未填写诊断结论。）
report-score-value = { $score } 分

## 企业基本情况
report-profile-region = 所在地区
report-profile-size = 企业规模
report-profile-systems = 已建立的管理体系
report-profile-no-systems = 无（尚未建立其他管理体系）
report-profile-departments = 组织机构
report-profile-ip-function = 知识产权工作机构
report-profile-ip-staff = 知识产权工作人员
report-profile-licence = 营业执照
report-licence-valid = 有效
report-licence-invalid = 无效或已过期
report-value-persons = { $n } 人
report-value-wan = { $n } 万元
report-col-ip-type = 类别
report-col-count = 数量

## 评分说明
report-method-intro = 诊断人员依据 { $edition }，采用询问、查阅文件、抽样记录和现场观察等方法，对每个条目逐一判定。判定标识与得分如下：
report-method-scope = 评价范围：共 { $items } 个条目；适用 { $applicable } 项，不适用 { $na } 项（其中因企业不涉及相关业务自动判为不适用 { $triage } 项）；已评价 { $answered } 项，完成度 { $progress }%。未评价的条目不计入得分。
report-method-priority = 整改优先级 = 条目权重（1–3）× 问题严重程度（观察项 1、一般不符合 2、严重不符合 3），取值 1–9：6 及以上为高，3–5 为中，其余为低。
report-col-symbol = 标识
report-col-verdict = 判定
report-col-points = 得分
report-col-meaning = 含义
report-points-excluded = 不计分
report-meaning-conform = 要求已落实，文件与记录齐全
report-meaning-observation = 基本符合，但存在改进空间，或相关活动尚未发生
report-meaning-minor = 已有文件或做法，但不完整、不规范
report-meaning-major = 要求完全缺失，或体系性失效
report-meaning-na = 企业不涉及该业务（须注明理由）

## 诊断评价
report-col-chapter = 章节
report-col-process = 知识产权过程
report-col-score = 得分
report-col-progress = 完成度
report-chart-note = 图中数值为加权得分（满分 100）；未评价的章节不显示条形。

## 认证条件
report-col-gate = 条件
report-col-gate-kind = 性质
report-col-status = 状态
report-col-reason = 说明
report-gate-hard = 必要
report-gate-advisory = 建议
report-gates-ready = 结论：各项必要条件均已满足，已具备认证申请条件。
report-gates-not-ready = 结论：必要条件未全部满足，尚不具备认证申请条件。
report-earliest = 最早可申请认证日期：{ $date }。{ $reason }
report-earliest-none = 暂无法确定最早申请日期。{ $reason }

## 主要问题点
report-col-no = 序号
report-col-clause = 条款
report-col-finding = 问题描述
report-col-department = 部门
report-finding-note = 现场记录：{ $note }
report-finding-evidence = 查阅证据：{ $evidence }
report-finding-unanswered = 前提条目，尚未评价，须在认证前确认。
report-no-findings = 本次诊断未发现不符合项或观察项。
report-col-major = 严重
report-col-minor = 一般
report-col-observation = 观察
report-col-clauses = 涉及条款

## 整改与计划
report-plan-intro = 以下路线图以 { $start } 为项目启动日，按各阶段的典型周期排定；体系须有效运行满 3 个月、完成内部审核和管理评审后方可申请认证。
report-plan-intro-running = 体系已于 { $start } 开始运行，此前的启动、诊断、策划、文件编写和发布培训各阶段均已完成；以下路线图自 { $as_of } 起排定余下阶段。体系须有效运行满 3 个月、完成内部审核和管理评审后方可申请认证。
report-col-phase = 阶段
report-col-dates = 起止日期
report-col-weeks = 周数
report-col-actions = 措施数
report-col-action = 整改措施
report-col-owner = 责任部门
report-col-priority = 优先级
report-col-due = 完成期限
report-today = 诊断基准日
report-no-actions = 目前没有待整改的措施。
report-month = { $month }月
report-date-range = { $start } 至 { $end }
report-phase-done-before = 体系运行前已完成

## 文件清单
report-documents-intro = 下列文件是整改所需新编或修订的体系文件，建议在“文件编写”阶段（{ $due } 前）完成。
report-col-document = 文件名称
report-no-documents = 无需新编或修订体系文件。

## 扶持政策
report-support-conditions = 条件：{ $text }
report-support-source = 依据：{ $text }
report-support-stale = 该信息核实于 { $date }，已超过一年，申请前请向主管部门重新核实。
report-no-support = 根据企业目前的情况，暂未匹配到可争取的扶持政策。

## 对比
report-compare-intro = 上次诊断：{ $title }（{ $date }）。
report-col-before = 上次
report-col-after = 本次
report-col-change = 变化
report-compare-overall = 综合得分
report-compare-progress = 评价完成度
report-compare-improved = 改善的条目（{ $count } 项）
report-compare-regressed = 退步的条目（{ $count } 项）
report-compare-closed = 已关闭的整改措施（{ $count } 项）
report-compare-none = 无

## 签署
report-sign-statement = 本报告基于诊断基准日企业提供的资料和现场诊断情况编制。受诊断单位已知悉报告所列问题点及整改建议。
report-sign-client = 受诊断单位确认
report-sign-consultant = 诊断机构
report-sign-signature = 负责人签字：
report-sign-date = 日期：
report-sign-stamp = （盖章）

## 内审检查表
report-checklist-department = 受审核部门：{ $department }
report-checklist-all = 全部部门
report-file-checklist = 检查表
report-file-blank-checklist = 空白检查表
report-checklist-auditor = 审核员：
report-checklist-date = 审核日期：
report-checklist-escort = 陪同人员：
report-checklist-sign-head = 受审核部门负责人：
report-checklist-sign-date = 日期：
report-checklist-sign-note = 以上审核记录经审核员与受审核部门负责人共同确认。
report-checklist-legend = 判定：√ 符合　△ 观察项　○ 一般不符合　× 严重不符合　N/A 不适用
report-col-content = 审核内容
report-col-method = 审核方法/抽样
report-col-record = 审核记录
report-col-judgement = 判定
report-checklist-empty = 该部门没有需要审核的条目。
report-col-question = 审核要点
report-col-observed = 现场记录
report-stat-major = 严重不符合
report-stat-minor = 一般不符合
report-stat-observation = 观察项
report-stat-actions = 待整改措施
report-checklist-evidence = 查阅：{ $list }

## 错误
report-err-font = 无法读取内置字体，报告未能生成。
report-err-pdf = PDF 文件未能生成。
report-application-both = 按贯标计划，拟于 { $planned } 申请认证；若尚未满足的条件按常规工期完成，最早可于 { $date } 申请。{ $reason }

## Editable Word deliverables
report-err-docx = Word 文件未能生成。
report-err-image = 图表图片未能生成，Word 文件未保存。
report-kind-work-plan = 贯标工作方案
workplan-title = 知识产权合规管理体系贯标工作方案
workplan-sec-overview = 项目概况
workplan-overview = 根据 { $as_of } 的对标诊断结果，{ $client } 将按 { $edition } 建立并运行知识产权合规管理体系。项目自 { $start } 启动，计划于 { $application } 提交认证申请。本方案明确项目组织、各阶段安排与交付成果、各部门整改措施、需编写的文件、培训安排和关键节点，供双方确认后执行。
workplan-overview-no-date = 根据 { $as_of } 的对标诊断结果，{ $client } 将按 { $edition } 建立并运行知识产权合规管理体系。项目自 { $start } 启动，认证申请日期待定。本方案明确项目组织、各阶段安排与交付成果、各部门整改措施、需编写的文件、培训安排和关键节点，供双方确认后执行。
workplan-overview-running = 根据 { $as_of } 的对标诊断结果，{ $client } 按 { $edition } 建立的知识产权合规管理体系已于 { $start } 开始运行。本方案自 { $as_of } 起安排余下各阶段，计划于 { $application } 提交认证申请；方案明确项目组织、各阶段安排与交付成果、各部门整改措施、需补充的文件、培训安排和关键节点，供双方确认后执行。
workplan-overview-running-no-date = 根据 { $as_of } 的对标诊断结果，{ $client } 按 { $edition } 建立的知识产权合规管理体系已于 { $start } 开始运行。本方案自 { $as_of } 起安排余下各阶段，认证申请日期待定；方案明确项目组织、各阶段安排与交付成果、各部门整改措施、需补充的文件、培训安排和关键节点，供双方确认后执行。
workplan-sec-organisation = 项目组织
workplan-sub-steering = 贯标领导小组
workplan-sub-working = 贯标工作小组
workplan-steering-intro = 领导小组由最高管理者任组长，管理者代表和知识产权负责人参加，负责批准方案、配置资源、协调各部门，并对体系运行结果负责。
workplan-working-intro = 工作小组由知识产权负责人牵头，各部门负责人和内审员参加，负责本部门文件编写、整改落实、记录留存和内审配合；咨询顾问全程指导。
workplan-no-people = 企业尚未指定体系人员。请在企业信息中填写管理者代表、知识产权负责人和各部门负责人，方案中的人员表随之生成。
workplan-col-role = 职务
workplan-col-name = 姓名
workplan-col-duty = 职责
workplan-duty-representative = 代表最高管理者组织体系的建立和运行，批准体系文件，向最高管理者报告运行情况，负责对外联络
workplan-duty-ip-lead = 日常推进贯标工作：组织文件编写、宣贯培训、台账建立和内审准备
workplan-duty-internal-auditor = 参加内审员培训并取得资格，按计划实施内部审核，跟踪不符合项整改
workplan-duty-department-head = 组织本部门整改和文件编写，保存运行记录，配合内部审核和认证审核
workplan-duty-other = 按分工参与贯标工作
workplan-consultant = 咨询顾问
workplan-duty-consultant = 诊断评估，指导方案实施，审核体系文件，开展培训，辅导内审、管理评审和认证审核
workplan-sec-phases = 实施阶段与交付成果
workplan-col-deliverables = 交付成果
workplan-deliverable-kick-off = 项目启动会纪要、贯标领导小组和工作小组任命文件
workplan-deliverable-diagnosis = 诊断报告、主要问题清单
workplan-deliverable-planning = 知识产权方针和目标、体系策划方案、职责分配表
workplan-deliverable-documents = 知识产权手册、程序文件、记录表单（见文件清单）
workplan-deliverable-issue-and-training = 体系文件发布令、宣贯培训记录和考核记录
workplan-deliverable-training = 体系文件发布令、宣贯培训记录和考核记录
workplan-deliverable-operation = 各部门运行记录、知识产权台账、合同审查和检索记录
workplan-deliverable-internal-audit = 内审计划、内审检查表、不符合项报告、内审报告
workplan-deliverable-management-review = 管理评审计划、输入材料、管理评审报告和改进措施
workplan-deliverable-application = 认证申请书及随附材料
workplan-deliverable-stage-1 = 第一阶段审核报告、问题整改记录
workplan-deliverable-stage-2 = 第二阶段审核报告、不符合项整改材料
workplan-deliverable-certificate = 认证证书
workplan-sec-actions = 各部门整改措施
workplan-sec-documents = 文件清单
workplan-sec-training = 培训计划
workplan-col-training = 培训内容
workplan-col-audience = 参加人员
workplan-training-management = 管理层培训：标准要求与管理职责
workplan-training-awareness = 体系文件宣贯培训
workplan-training-auditor = 内审员培训
workplan-audience-management = 最高管理者、管理者代表、各部门负责人
workplan-audience-all = 全体员工（按部门分批）
workplan-audience-auditors = 内审员：{ $names }
workplan-audience-auditors-to-name = 拟任内审员（每个主要部门至少一名，尚待指定）
workplan-sec-milestones = 关键节点
workplan-col-milestone = 节点
workplan-col-date = 日期
workplan-sec-signatures = 双方确认
workplan-sign-statement = 双方已确认本方案的组织、进度和职责安排，并按方案推进贯标工作；进度如需调整，由双方协商后书面确认。
report-unverified-legend = † 标注的条款标题尚未与标准正式文本逐字核对，引用时请以标准原文为准。
