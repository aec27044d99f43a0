## Storage and exchange files

## 数据库错误
err-store-io = 无法访问 { $path }：{ $detail }
err-store-in-use = 数据库 { $path } 正被另一个已打开的 IPMS Readiness 窗口或命令使用。请先关闭那个窗口（或等命令结束）再试；同时打开两份会互相覆盖修改。
err-store-not-database = { $path } 不是本软件的数据库文件。文件未作任何改动。请从备份恢复，或将其移开后新建数据库。
err-store-corrupt = 数据库 { $path } 已损坏（{ $detail }）。为保护数据，软件没有改动该文件。请从备份恢复，或将其移开后新建数据库。
err-store-unreadable = 无法读取数据库 { $path }：{ $detail }。文件未作任何改动，请检查文件权限或存放位置。
err-store-read-only = 数据库 { $path } 是只读的，无法保存答案。请把数据文件夹放到可写的位置（例如不要直接在光盘或受保护的文件夹中运行）。
err-store-newer = 数据库 { $path } 由更新版本的软件创建（结构版本 { $found }，本版本最高支持 { $supported }）。为避免损坏数据，本版本不会打开或改动它，请升级软件。
err-store-migration = 数据库升级到结构版本 { $version } 时失败：{ $detail }。数据库保持原样，升级前已自动备份。
err-store-sqlite = 数据库操作失败：{ $detail }
err-store-backup = 备份失败：{ $detail }
err-store-unknown-backup = 找不到名为“{ $name }”的备份。
err-store-unknown-assessment = 没有编号为 { $id } 的诊断。可用 list 命令查看全部诊断。
err-store-unknown-catalog = 没有编号为“{ $id }”的诊断题库，该诊断无法计分或修改。请把对应题库文件放回 catalogs 文件夹。
err-store-unknown-item = 题库“{ $catalog }”中没有条目“{ $item }”。
err-store-unknown-verdict = 无效的判定“{ $verdict }”，可用：conform（符合）、observation（观察项）、minor（一般不符合）、major（严重不符合）、na（不适用）、unanswered（未作答）。
err-store-na-reason = 条目 { $item } 判为“不适用”时必须说明理由。
err-store-invalid = “{ $field }”的值无效：{ $detail }
err-store-export = 无法写入 { $path }：{ $detail }
err-store-export-in-use = 无法替换 { $path }：该文件正被其他程序打开（例如 PDF 阅读器或 Excel）。请先在那个程序中关闭它再试；原有文件保持不变。

## 导入错误：$place 为出错位置（JSON 路径或“行:列”）
err-import-too-large = 文件过大（{ $size } MB，上限 { $limit } MB），已拒绝导入：{ $place }
err-import-malformed = 文件格式有误，位置 { $place }：{ $value }。数据库未作任何改动。
err-import-too-deep = 文件嵌套层级过深（上限 { $limit } 层），位置 { $place }。数据库未作任何改动。
err-import-too-long = 文本过长（上限 { $limit } 个字符），位置 { $place }。数据库未作任何改动。
err-import-too-many = 列表条目过多（上限 { $limit } 条），位置 { $place }。数据库未作任何改动。
err-import-wrong-format = 这不是 IPMS Readiness 的诊断文件（{ $place } 为“{ $value }”）。
err-import-wrong-version = 诊断文件的格式版本为 { $found }，本软件只能读取版本 { $supported }，位置 { $place }。请用相同或更新版本的软件打开。
err-import-unknown-catalog = 文件使用的诊断题库“{ $value }”在本机不存在（{ $place }）。请先安装该题库。
err-import-unknown-item = 文件中的条目“{ $value }”不在该题库中（{ $place }）。数据库未作任何改动。
err-import-unknown-verdict = 文件中的判定“{ $value }”无效（{ $place }）。数据库未作任何改动。
err-import-duplicate-item = 条目“{ $value }”在文件中重复出现（{ $place }）。数据库未作任何改动。
err-import-invalid = 文件中的值无效（{ $place }）：{ $value }。数据库未作任何改动。

## 导出表格
store-sheet-findings = 诊断发现
store-sheet-plan = 整改计划
store-col-no = 序号
store-col-clause = 条款
store-col-item = 条目编号
store-col-question = 审核内容
store-col-verdict = 判定
store-col-note = 审核记录
store-col-na-reason = 不适用理由
store-col-evidence = 查看的证据
store-col-method = 审核方法
store-col-department = 受访部门
store-col-weight = 权重
store-col-priority = 优先级分值
store-col-action = 整改措施
store-col-owner = 责任部门
store-col-level = 优先级
store-col-phase = 实施阶段
store-col-start = 开始日期
store-col-due = 完成期限
store-col-status = 状态
store-col-notes = 备注

## 诊断状态
store-status-draft = 草稿
store-status-in-progress = 进行中
store-status-completed = 已完成

## 备份
store-backup-daily = 每日自动备份
store-backup-migration = 升级前备份
store-backup-manual = 手动备份
store-backup-pre-restore = 恢复前备份

## 命令行
store-default-title = { $org } 贯标诊断 { $date }
store-created = 已创建诊断“{ $title }”（题库 { $catalog }），编号：
store-answer-saved = 已保存 { $item }：{ $verdict }（{ $time }）
store-imported = 已从 { $file } 导入诊断“{ $title }”，编号：
store-exported = 已导出到 { $file }
store-score-overall = 总分
store-score-progress = 完成度
store-score-ready = 是否具备认证申请条件
store-score-earliest = 最早可申请日期
store-yes = 是
store-no = 否
