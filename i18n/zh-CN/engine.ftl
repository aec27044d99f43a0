## Engine: profile, size class, gates, plan, support

## 通用
engine-sep-facts = {"，"}
engine-sep-enum = {"、"}
engine-name = { $name }

## 企业基本情况
profile-field-name = 企业名称
profile-field-uscc = 统一社会信用代码
profile-field-province = 所在省份
profile-field-city = 所在城市
profile-field-industry = 所属行业
profile-field-employees = 从业人员（人）
profile-field-revenue_wan = 营业收入（万元）
profile-field-assets_wan = 资产总额（万元）
profile-field-taxable_income_wan = 上年度应纳税所得额（万元）
profile-field-other_systems = 其他管理体系
profile-field-ip_staff = 知识产权工作人员（人）
profile-field-invention_patents = 有效发明专利（件）
profile-field-utility_models = 实用新型专利（件）
profile-field-designs = 外观设计专利（件）
profile-field-trademarks = 注册商标（件）
profile-field-software_copyrights = 软件著作权（件）
profile-field-other_copyrights = 其他作品著作权（件）
profile-field-trade_secrets = 已认定商业秘密（项）

mgmt-system-iso-9001 = ISO 9001 质量管理体系
mgmt-system-iso-14001 = ISO 14001 环境管理体系
mgmt-system-iso-45001 = ISO 45001 职业健康安全管理体系
mgmt-system-iso-27001 = ISO 27001 信息安全管理体系
mgmt-system-none = 以上均未建立

err-profile-name-empty = 请填写企业名称。
err-profile-too-long = { $field ->
        [name] 企业名称
        [province] 所在省份
        [city] 所在城市
       *[other] 其他管理体系
    }不能超过 { $max } 个字符。
err-profile-out-of-range = { $field ->
        [employees] 从业人员
        [revenue_wan] 营业收入
        [assets_wan] 资产总额
        [taxable_income_wan] 上年度应纳税所得额（亏损年度请填 0）
        [ip_staff] 知识产权工作人员
        [invention_patents] 有效发明专利数
        [utility_models] 实用新型专利数
        [designs] 外观设计专利数
        [trademarks] 注册商标数
        [software_copyrights] 软件著作权数
        [other_copyrights] 其他作品著作权数
        [trade_secrets] 商业秘密数
       *[other] 该项数值
    }应在 { $min } 到 { $max } 之间。
err-profile-uscc-length = 统一社会信用代码应为 18 位，现为 { $count } 位。
err-profile-uscc-character = 统一社会信用代码第 { $position } 位“{ $found }”无效：只能使用数字和大写字母（不含 I、O、S、V、Z）。
err-profile-uscc-division = 统一社会信用代码第 3–8 位应为登记管理机关的行政区划代码（6 位数字）。
err-profile-uscc-check = 统一社会信用代码校验位不符：按前 17 位计算应为“{ $expected }”，实为“{ $found }”，请核对营业执照。
err-profile-ip-staff = 知识产权工作人员（{ $ip_staff } 人）不能多于从业人员（{ $employees } 人）。

## 企业规模划型
size-indicator-industry = 所属行业
size-indicator-employees = 从业人员
size-indicator-revenue = 营业收入
size-indicator-assets = 资产总额
size-cmp-employees = 从业人员 { $value } 人 { $op } { $bound } 人
size-cmp-revenue = 营业收入 { $value } 万元 { $op } { $bound } 万元
size-cmp-assets = 资产总额 { $value } 万元 { $op } { $bound } 万元
size-reason-micro = { $industry }：{ $below }，低于小型企业标准；按规定只要有一项指标低于小型企业标准即为微型企业。
size-reason-small = { $industry }：各项指标均达到小型企业标准（{ $met }），但未同时达到中型企业标准（{ $short }），划为小型企业。
size-reason-medium = { $industry }：低于中小企业上限（{ $under }），且同时达到中型企业标准（{ $met }），划为中型企业。
size-reason-large = { $industry }：各项指标均达到中小企业上限（{ $met }），不属于中小微企业，划为大型企业。
size-reason-unknown = { $industry }：已知指标均未低于小型企业标准，还需提供{ $missing }才能判定规模。
size-reason-unknown-none = { $industry }：请提供{ $missing }以判定企业规模。
size-reason-no-industry = 尚未选择所属行业，无法判定企业规模。
size-reason-no-table = 内置的企业划型标准数据无法读取，暂无法判定企业规模。

## 政策数据文件
err-policy-syntax = 政策数据文件第 { $line } 行有误：{ $detail }
err-policy-missing-text = 政策数据“{ $entry }”的“{ $field }”须同时填写中文和英文。
err-policy-duplicate = 政策数据“{ $entry }”重复出现。
err-policy-missing-industry = 划型标准缺少行业“{ $entry }”的数据。
err-policy-bounds = 行业“{ $entry }”的划型标准不一致：各档须使用相同指标，数值为正，且小型 ≤ 中型 ≤ 上限。
err-policy-value = 政策数据“{ $entry }”的“{ $field }”数值超出合理范围。

## 评分
score-formula = 每个条目按判定计分：符合 { $conform } 分，观察项 { $observation } 分，一般不符合 { $minor } 分，严重不符合 { $major } 分。条款、章节、知识产权过程和总体得分 = Σ（权重 × 得分）÷ Σ（权重），只统计已作答且适用的条目，权重（1–3）取自诊断清单。不适用的条目（包括因初筛回答“否”而自动判为不适用的）不计入；未作答的条目也不计入得分，只降低完成度。附录 B 禁止性行为自查条目计入总体得分和“合规管理”过程得分。

## 认证申请条件
gate-business-licence = 依法设立并持有有效营业执照
gate-operating-period = 体系运行满三个月
gate-internal-audit = 体系运行后已完成内部审核
gate-management-review = 内部审核后已完成管理评审
gate-no-penalty = 近期未受知识产权行政处罚
gate-prerequisites = 前提条款全部符合
gate-trained-auditor = 有经过培训的内审员或知识产权负责人
gate-valid-right = 至少拥有一项有效知识产权
gate-status-passed = 通过
gate-status-failed = 未通过
gate-status-unknown = 待确认
gate-kind-hard = 必备条件
gate-kind-advisory = 建议条件
gate-ready-yes = 已具备申请认证的条件
gate-ready-no = 尚不具备申请认证的条件
gate-business-licence-passed = 企业已确认持有有效的营业执照。
gate-business-licence-failed = 营业执照无效或已过期，须先恢复合法经营资格才能申请认证。
gate-business-licence-unknown = 尚未确认营业执照是否有效。
gate-operating-period-unknown = 尚未记录体系开始运行的日期。
gate-operating-period-future = 体系计划于 { $start } 开始运行，目前尚未运行；运行满三个月的日期为 { $enough }。
gate-operating-period-passed = 体系自 { $start } 起运行，已于 { $enough } 满三个月。
gate-operating-period-failed = 体系自 { $start } 起运行，到 { $enough } 才满三个月。
gate-internal-audit-unknown = 尚未记录内部审核的完成日期。
gate-internal-audit-future = 内部审核日期 { $date } 晚于评估基准日，尚未完成。
gate-internal-audit-unverified = 内部审核于 { $date } 完成，但未记录体系开始运行的日期，无法确认内审在运行之后。
gate-internal-audit-failed = 内部审核（{ $date }）早于体系开始运行（{ $previous }），须在运行后重新开展覆盖全部条款和部门的内部审核。
gate-internal-audit-passed = 内部审核于 { $date } 完成，在体系开始运行（{ $previous }）之后。
gate-management-review-unknown = 尚未记录管理评审日期。
gate-management-review-future = 管理评审日期 { $date } 晚于评估基准日，尚未完成。
gate-management-review-unverified = 管理评审于 { $date } 完成，但未记录内部审核日期，无法确认评审在内审之后。
gate-management-review-failed = 管理评审（{ $date }）早于内部审核（{ $previous }），须在内审之后重新开展管理评审。
gate-management-review-passed = 管理评审于 { $date } 完成，在内部审核（{ $previous }）之后。
gate-no-penalty-passed = 体系运行期间及前一年未受到知识产权行政处罚。
gate-no-penalty-failed = 体系运行期间或前一年受到过知识产权行政处罚，申请前须先与认证机构确认。
gate-no-penalty-unknown = 尚未确认近期是否受到知识产权行政处罚。
gate-prerequisites-failed = { $total } 项前提条款中有 { $count } 项未达到符合：{ $items }。
gate-prerequisites-unknown = { $total } 项前提条款中有 { $open } 项尚未作答，作答前按未满足计：{ $items }。
gate-prerequisites-failed-open = { $total } 项前提条款中有 { $count } 项未达到符合，另有 { $open } 项尚未作答（按未满足计）：{ $items }。
gate-prerequisites-passed = { $total } 项前提条款全部符合。
gate-trained-auditor-failed = 尚无经过标准培训和考核的内审员或知识产权负责人，建议尽早安排培训。
gate-trained-auditor-passed = 已有 { $count } 名经过培训的内审员或知识产权负责人。
gate-trained-auditor-unknown = 尚未记录经过培训的内审员人数。
gate-trained-auditor-named = 企业组织中登记了 { $count } 名内审员（{ $names }）；请确认均已经过标准培训和考核，并在“体系运行情况”中填写人数。
gate-trained-auditor-failed-named = 已登记 { $count } 名内审员（{ $names }），但记录的已培训人数为 0：安排培训并考核合格后更新人数。
gate-valid-right-passed = 企业拥有 { $count } 项有效的专利、商标或著作权登记。
gate-valid-right-failed = 企业尚无有效的专利、商标或著作权登记；认证机构通常要求至少拥有一项有效知识产权。
gate-earliest-licence = 营业执照问题解决之前，无法确定认证申请日期。
gate-earliest-penalty = 存在知识产权行政处罚，须先与认证机构确认，之后再确定申请日期。
gate-earliest-now = 时间方面的条件均已满足，最早可于 { $date } 申请认证（其他必备条件须同时满足）。
gate-earliest-operation = 体系须运行满三个月（{ $enough }），最早可于 { $date } 申请认证。
gate-earliest-review = 还需完成内部审核和管理评审，按常规工期最早可于 { $date } 申请认证。

## 贯标计划
plan-milestone-operation-start = 体系开始运行
plan-milestone-operation-three-months = 体系运行满三个月
plan-milestone-internal-audit-done = 完成内部审核
plan-milestone-management-review-done = 完成管理评审
plan-milestone-application = 提交认证申请
plan-milestone-certificate = 预计取得认证证书

## 可申请的支持政策
-seed-policy = 《国家知识产权局关于知识产权支持小微企业发展的若干意见》（国知发管字〔2014〕57号）
support-disclaimer = 以下是企业可能申请的支持措施，仅供参考：能否享受取决于申报时的具体条件和当地政策，请以主管部门的正式通知为准。
support-likelihood-likely = 条件基本符合
support-likelihood-possible = 视具体条件而定
support-regional-title = { $region }贯标认证资助
support-regional-detail = { $amount }（信息核对日期：{ $checked }）。
support-regional-detail-stale = { $amount }（信息核对于 { $checked }，已超过一年，请向当地主管部门核实最新政策）。

support-fee-reduction-title = 专利费用减缴
support-fee-reduction-detail = { $known ->
        [yes] 企业上年度应纳税所得额为 { $income } 万元，低于 100 万元，可向国家知识产权局请求减缴专利费用：单个申请人减缴 85%，多个申请人共同申请减缴 70%。
       *[other] 如企业上年度应纳税所得额低于 100 万元，可请求减缴专利费用：单个申请人减缴 85%，多个申请人共同申请减缴 70%。请补充应纳税所得额以便判断。
    }
support-fee-reduction-conditions = 上年度应纳税所得额低于 100 万元（2019 年 7 月 1 日起的标准），并办理费减备案；可减缴申请费、实质审查费、复审费和授权当年起前十年的年费。
support-fee-reduction-source = 《专利收费减缴办法》（财税〔2016〕78号）及 2019 年 7 月 1 日起的减缴条件调整

support-expedited-examination-title = 专利优先审查
support-expedited-examination-detail = 对亟需获权的核心专利申请可请求优先审查：发明专利在同意优先审查后 45 日内发出第一次审查意见通知书、一年内结案；实用新型和外观设计两个月内结案。
support-expedited-examination-conditions = 申请须属于《专利优先审查管理办法》列明的情形（如属国家或地方重点发展产业、已准备实施或他人正在实施、同一主题先在中国申请再向国外申请等），并按规定提交请求和证明材料。{ $size ->
        [micro] 国知发管字〔2014〕57号要求对小微企业的核心专利申请予以优先审查。
        [small] 国知发管字〔2014〕57号要求对小微企业的核心专利申请予以优先审查。
       *[other] {""}
    }
support-expedited-examination-source = 《专利优先审查管理办法》（国家知识产权局令第76号，2017 年 8 月 1 日起施行）

support-filing-abroad-title = 海外获权与 PPH 帮扶
support-filing-abroad-detail = 企业产品出口或参加境外展会，可利用专利审查高速路（PPH）加快在国外获得专利权；{ -seed-policy }提出开展面向小微企业的 PPH 推广帮扶和海外获权援助。
support-filing-abroad-conditions = 须有对应的中国专利申请或授权作为基础；具体帮扶项目以当地知识产权部门的通知为准。
support-filing-abroad-source = { -seed-policy }

support-filing-subsidy-title = 专利申请资助
support-filing-subsidy-detail = 多地对专利申请和授权给予资助，并向小微企业倾斜。
support-filing-subsidy-conditions = { $size ->
        [unknown] 本项措施面向小型和微型企业，请先补充规模指标确认划型。
       *[other] {""}
    }资助范围和标准各地不同、调整频繁，请向当地知识产权主管部门核实。
support-filing-subsidy-source = { -seed-policy }

support-first-invention-title = 首件发明专利奖励
support-first-invention-detail = 企业尚无有效发明专利；{ -seed-policy }提出，结合科技型中小企业专利“消零”行动，对小微企业获得授权的首件发明专利予以奖励。
support-first-invention-conditions = 须为小微企业且发明专利已获授权；是否设立奖励及奖励标准以当地政策为准。
support-first-invention-source = { -seed-policy }

support-certification-reward-title = 贯标认证资助或奖励
support-certification-reward-detail = { -seed-policy }提出，对通过知识产权管理体系认证的小微企业可予以合理资助和奖励；各省、市、区标准不同，以往约为 1 万元至 30 万元。
support-certification-reward-conditions = { $size ->
        [unknown] 本项措施面向小型和微型企业，请先补充规模指标确认划型。
       *[other] {""}
    }须通过知识产权管理体系认证并持有有效证书；请向所在地省、市、区知识产权主管部门了解当年的申报通知。
support-certification-reward-source = { -seed-policy }

support-pledge-financing-title = 知识产权质押融资
support-pledge-financing-detail = 企业持有有效的专利或注册商标，可探索知识产权质押贷款、许可转让、作价入股等融资方式；部分地区设有风险补偿基金、贷款贴息或知识产权保险补贴。
support-pledge-financing-conditions = 质押的知识产权须有效且权属清晰，经评估并办理质押登记；贷款额度和贴息由银行及当地政策决定。
support-pledge-financing-source = { -seed-policy }

support-service-vouchers-title = 专利服务券等政府购买服务
support-service-vouchers-detail = 部分地区以“专利服务券”等政府购买服务方式，支持小微企业使用专利代理、检索分析、贯标辅导等服务，并倡导专利代理人每年为小微企业免费代理专利申请。
support-service-vouchers-conditions = { $size ->
        [unknown] 本项措施面向小型和微型企业，请先补充规模指标确认划型。
       *[other] {""}
    }以所在地的发放通知为准，通常须在指定服务机构使用。
support-service-vouchers-source = { -seed-policy }

support-standard-diagnosis-title = 专家对标诊断与贯标指导
support-standard-diagnosis-detail = { -seed-policy }提出，组织专家团队为有需求的小微企业开展对标诊断，并指导制定贯标工作方案。
support-standard-diagnosis-conditions = { $size ->
        [unknown] 本项措施面向小型和微型企业，请先补充规模指标确认划型。
       *[other] {""}
    }请向当地知识产权主管部门或服务机构咨询是否开展相关项目。
support-standard-diagnosis-source = { -seed-policy }

support-information-services-title = 专利信息与培训服务
support-information-services-detail = 依托公共服务平台免费或低成本提供专利检索查新和信息推送服务，并将小微企业经理人、研发负责人纳入知识产权培训计划。
support-information-services-conditions = { $size ->
        [unknown] 本项措施面向小型和微型企业，请先补充规模指标确认划型。
       *[other] {""}
    }通过当地知识产权信息公共服务网点或培训基地申请。
support-information-services-source = { -seed-policy }

support-rights-protection-title = 维权援助与纠纷快速调解
support-rights-protection-detail = 知识产权维权援助中心可帮助被侵权的小微企业制定维权方案；专利侵权纠纷快速调解机制可缩短处理时间、降低维权成本。
support-rights-protection-conditions = { $size ->
        [unknown] 本项措施面向小型和微型企业，请先补充规模指标确认划型。
       *[other] {""}
    }向当地知识产权维权援助中心或保护中心提出申请。
support-rights-protection-source = { -seed-policy }

## 命令行：企业划型
err-classify-industry = 未知的行业代码“{ $code }”。可用的代码：{ $codes }
err-classify-amount = { $option } 的取值 { $value } 无效：须为不小于 0 的数字（单位：万元）。
