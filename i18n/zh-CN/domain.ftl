## 判定（审核员记录方式）
verdict-conform = 符合
verdict-observation = 观察项
verdict-minor = 一般不符合
verdict-major = 严重不符合
verdict-na = 不适用
verdict-unanswered = 未作答

## 部门
department-top-management = 最高管理者
department-ip-office = 知识产权部
department-research = 研发部
department-procurement = 采购部
department-production = 生产部
department-sales = 销售部
department-hr = 人力资源部
department-finance = 财务部
department-legal = 法务部
department-admin-it = 行政/信息部

## 知识产权过程
process-system = 体系管理
process-acquisition = 获取
process-maintenance = 维护
process-exploitation = 运用
process-protection = 保护
process-contract = 合同管理
process-confidentiality = 保密
process-initiation = 立项
process-research = 研究开发
process-procurement = 采购
process-production = 生产
process-sales = 销售和售后
process-compliance = 合规管理

## 贯标阶段
phase-kick-off = 项目启动
phase-diagnosis = 调查诊断
phase-planning = 体系策划
phase-documents = 文件编写
phase-issue-and-training = 发布宣贯
phase-training = 发布宣贯
phase-operation = 实施运行
phase-internal-audit = 内部审核
phase-management-review = 管理评审
phase-application = 认证申请
phase-stage-1 = 第一阶段审核
phase-stage-2 = 第二阶段审核
phase-certificate = 获得证书

## 审核方法
method-interview = 询问
method-document = 查阅
method-sampling = 抽样
method-observation = 观察

## 知识产权类型
ip-type-patent = 专利
ip-type-trademark = 商标
ip-type-copyright = 著作权
ip-type-trade-secret = 商业秘密

## 成文信息类型
evidence-document = 文件
evidence-record = 记录

## 初筛问题
triage-patents = 企业是否拥有专利，或计划申请专利？
triage-trademarks = 企业是否使用或注册了商标？
triage-copyright = 企业是否开发软件，或创作其他作品（设计图、文案、视频等）？
triage-trade_secrets = 企业是否有需要保密的技术或经营信息（配方、工艺、客户名单等）？
triage-rnd = 企业是否自己开展研发？
triage-export = 企业产品是否出口，或参加境外展会？
triage-licensing = 企业是否许可他人使用知识产权，或被许可使用他人的知识产权？
triage-outsourcing = 企业是否有委托加工或外包生产？
triage-standards = 企业是否参与标准制定？
triage-finance = 企业是否涉及投融资、知识产权质押或并购重组？
triage-answer-yes = 是
triage-answer-no = 否
triage-answer-unknown = 不确定
triage-na-reason = 初筛问题“{ $question }”回答为“否”，本条自动判为不适用

## 企业规模
size-micro = 微型企业
size-small = 小型企业
size-medium = 中型企业
size-large = 大型企业
size-unknown = 无法判定

## 知识产权工作机构现状
ip-function-none = 无专人负责
ip-function-part-time = 兼职人员
ip-function-full-time = 专职人员
ip-function-department = 知识产权部门

## 行业
industry-agriculture = 农、林、牧、渔业
industry-industry = 工业
industry-construction = 建筑业
industry-wholesale = 批发业
industry-retail = 零售业
industry-transport = 交通运输业
industry-warehousing = 仓储业
industry-postal = 邮政业
industry-accommodation = 住宿业
industry-catering = 餐饮业
industry-information-transmission = 信息传输业
industry-software-it = 软件和信息技术服务业
industry-real-estate = 房地产开发经营
industry-property-management = 物业管理
industry-leasing-business = 租赁和商务服务业
industry-other = 其他未列明行业

## 诊断状态
status-in-progress = 进行中
status-completed = 已完成

## 行动状态
action-status-open = 待办
action-status-in-progress = 进行中
action-status-done = 已完成
action-status-closed = 已关闭

## 优先级
priority-high = 高
priority-medium = 中
priority-low = 低

## The client's own organisation (职能分配表)
function-top-management = 最高管理者
function-ip-office = 知识产权管理
function-research = 研发
function-procurement = 采购
function-production = 生产
function-sales = 销售
function-hr = 人力资源
function-finance = 财务
function-legal = 法务与合同
function-admin-it = 行政与信息
org-role-representative = 管理者代表
org-role-ip-lead = 知识产权负责人
org-role-internal-auditor = 内审员
org-role-department-head = 部门负责人
org-role-other = 其他
org-unit-missing = 已删除的部门（{ $id }）
org-person-in-unit = { $person }（{ $unit }）
org-error-unit-unnamed = 第 { $n } 个部门没有名称。
org-error-unit-name-twice = 有两个部门都叫“{ $name }”，请改成不同的名称。
org-error-unit-without-function = 第 { $n } 个部门没有承担任何职能，请至少选一项主责或配合。
org-error-lead-twice = “{ $function }”有两个主责部门，请只保留一个，其余改为配合。
org-error-person-unnamed = 第 { $n } 位人员没有填写姓名。
org-error-person-unit-missing = 第 { $n } 位人员所属的部门已被删除，请重新选择。
