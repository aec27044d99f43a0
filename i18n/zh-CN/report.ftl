## 诊断报告
report-title = 知识产权合规管理体系诊断报告
