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
