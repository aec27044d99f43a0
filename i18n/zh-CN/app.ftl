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
q-note = 审核记录 / 备注
q-evidence-seen = 已查看的证据（多项用分号隔开）
q-method = 审核方法
q-department = 访谈部门
q-guidance = 审核要点
q-typical-evidence = 常见证据
q-previous = ← 上一项
q-next = 下一项 →
q-keys-hint = 快捷键：1 符合 · 2 观察项 · 3 一般不符合 · 4 严重不符合 · N 不适用 · 回车 下一项
