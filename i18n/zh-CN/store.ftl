## Storage and exchange files

## 数据库错误
err-store-io = 无法访问 { $path }：{ $detail }
err-store-in-use = 数据库 { $path } 正被另一个已打开的 IPMS Readiness 窗口或命令使用。请先关闭那个窗口（或等命令结束）再试；同时打开两份会互相覆盖修改。
err-store-not-database = { $path } 不是本软件的数据库文件。文件未作任何改动。{ $backup ->
    [none] 没有找到可用的备份；请将该文件移开后新建数据库。
   *[other] 最新的完好备份是 { $backup }：请从它恢复，或将该文件移开后新建数据库。
}
err-store-empty = 数据库 { $path } 是空文件（0 字节），内容已在软件之外丢失（例如复制中断或同步软件覆盖）。软件没有替换或改动它。{ $backup ->
    [none] 没有找到可用的备份；请将该文件移开后新建数据库。
   *[other] 最新的完好备份是 { $backup }：请从它恢复，或将该文件移开后新建数据库。
}
err-store-corrupt = 数据库 { $path } 已损坏（{ $detail }）。为保护数据，软件没有改动该文件。请从备份恢复，或将其移开后新建数据库。
err-store-unreadable = 无法读取数据库 { $path }：{ $detail }。文件未作任何改动，请检查文件权限或存放位置。
err-store-read-only = 数据库{ $path ->
    [none] {""}
   *[other] {" "}{ $path }
} 以只读方式打开（文件夹或文件受写保护，或另一个窗口正在使用），此处无法保存任何修改。查看、计分、导出和生成报告仍可使用；如需修改，请关闭另一个窗口，或把数据文件夹放到可写的位置（例如不要直接在光盘上运行）。
err-store-newer = 数据库 { $path } 由更新版本的软件创建（结构版本 { $found }，本版本最高支持 { $supported }）。为避免损坏数据，本版本不会打开或改动它，请升级软件。
err-store-migration = 数据库升级到结构版本 { $version } 时失败：{ $detail }。数据库保持原样，升级前已自动备份。
err-store-disk-full = 磁盘空间已满{ $path ->
    [none] {""}
   *[other] （{ $path }）
}，本次修改未能写入。此前保存的内容完好无损，数据库没有损坏。请先腾出空间（或把数据文件夹移到其他磁盘）再试。
err-store-sqlite = 数据库操作失败：{ $detail }
err-store-backup = 备份失败：{ $detail }
err-store-unknown-backup = 找不到名为“{ $name }”的备份。
err-store-unknown-assessment = 没有编号为 { $id } 的诊断。可用 list 命令查看全部诊断。
err-store-completed = 诊断 { $id } 已完成：为保持已交付的报告不变，不迁移到新版目录。如需按新版目录复评，请新建一次跟进诊断（会带入全部答案）。
err-store-unknown-catalog = 没有编号为“{ $id }”的诊断题库，该诊断无法计分或修改。请把对应题库文件放回 catalogs 文件夹。
err-store-unknown-item = 题库“{ $catalog }”中没有条目“{ $item }”。
err-store-unknown-verdict = 无效的判定“{ $verdict }”，可用：conform（符合）、observation（观察项）、minor（一般不符合）、major（严重不符合）、na（不适用）、unanswered（未作答）。
err-store-na-reason = 条目 { $item } 判为“不适用”时必须说明理由。
err-store-invalid = “{ $field }”的值无效：{ $detail }
err-store-export = 无法写入 { $path }：{ $detail }
err-store-no-folder = 文件夹 { $path } 不存在，未写入任何文件。请检查路径，或先创建该文件夹。
err-store-bad-value = 数据库中有本版本无法识别的值：表 { $table }，记录 { $id }{ $item ->
    [none] {""}
   *[other] ，条目 { $item }
}，字段 { $field } =“{ $value }”。软件没有改动任何数据，也没有用默认值替代。请升级软件，或从备份恢复。
err-store-export-in-use = 无法替换 { $path }：该文件正被其他程序打开（例如 PDF 阅读器或 Excel）。请先在那个程序中关闭它再试；原有文件保持不变。

## 导入错误：$place 为出错位置（JSON 路径或“行:列”）
err-import-too-large = 文件过大（{ $size } MB，上限 { $limit } MB），已拒绝导入：{ $place }
err-import-malformed = 文件格式有误，位置 { $place }：{ $value }。数据库未作任何改动。
err-import-profile-name-empty = { $place }：企业名称为空。数据库未作任何改动。
err-import-profile-too-long = { $place }：内容超过 { $max } 个字符。数据库未作任何改动。
err-import-profile-out-of-range = { $place }：数值应在 { $min } 到 { $max } 之间。数据库未作任何改动。
err-import-profile-uscc-length = { $place }：统一社会信用代码应为 18 位，现为 { $count } 位。数据库未作任何改动。
err-import-profile-uscc-character = { $place }：统一社会信用代码第 { $position } 位“{ $found }”无效（只能使用数字和除 I、O、S、V、Z 外的大写字母）。数据库未作任何改动。
err-import-profile-uscc-division = { $place }：统一社会信用代码第 3–8 位应为 6 位行政区划代码。数据库未作任何改动。
err-import-profile-uscc-check = { $place }：统一社会信用代码校验位应为“{ $expected }”，实为“{ $found }”。数据库未作任何改动。
err-import-profile-ip-staff = { $place }：知识产权工作人员（{ $ip_staff } 人）不能多于从业人员（{ $employees } 人）。数据库未作任何改动。
err-import-not-utf8 = 这不是 UTF-8 编码的 JSON 文件（位置 { $place }）：它像是二进制文件，或是 UTF-16 等其他编码的文本。请从 IPMS Readiness 重新导出，或将文件另存为 UTF-8 编码。数据库未作任何改动。
err-import-na-reason = 有一条答案判为“不适用”却没有说明理由（{ $place }）。数据库未作任何改动。
err-import-too-deep = 文件嵌套层级过深（上限 { $limit } 层），位置 { $place }。数据库未作任何改动。
err-import-too-long = 文本过长（上限 { $limit } 个字符），位置 { $place }。数据库未作任何改动。
err-import-too-many = 列表条目过多（上限 { $limit } 条），位置 { $place }。数据库未作任何改动。
err-import-wrong-format = 这不是 IPMS Readiness 的诊断文件（{ $place } 为“{ $value }”）。
err-import-wrong-version = 诊断文件的格式版本为 { $found }，本软件只能读取版本 { $supported }，位置 { $place }。请用相同或更新版本的软件打开。
err-import-unknown-catalog = 文件使用的诊断题库“{ $value }”在本机不存在（{ $place }）。请先安装该题库。
err-import-catalog-version = 该文件基于题库版本“{ $found }”制作，但当前加载的题库版本为“{ $loaded }”（{ $place }）。请装入对应版本的题库后再导入。数据库未作任何改动。
err-import-unknown-item = 文件中的条目“{ $value }”不在该题库中（{ $place }）。数据库未作任何改动。
err-import-unknown-verdict = 文件中的判定“{ $value }”无效（{ $place }）。数据库未作任何改动。
err-import-duplicate-item = 条目“{ $value }”在文件中重复出现（{ $place }）。数据库未作任何改动。
err-import-duplicate-key = 同一对象中键“{ $value }”出现了两次（{ $place }），无法判断以哪个为准，因此未导入该文件。数据库未作任何改动。
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

## A catalogue changed under an assessment
store-drift-version = 题库 { $catalog } 现为版本 { $loaded }，本诊断基于版本 { $stored } 制作。
store-drift-content = 题库 { $catalog } 的版本号仍是 { $version }，但内容在本诊断制作之后被修改过（条款、问题或条目有变动）；请核对判定是否仍然适用。
store-drift-orphaned = 有 { $count } 条答案已保留但不计分，因为题库中已没有对应条目：{ $items }

## Moving an assessment to the current catalog version
store-upgrade-same = 本诊断已使用 { $catalog } 的 { $version } 版，无需迁移。
store-upgrade-header = 从 { $catalog } 的 { $from } 版迁移到 { $to } 版：
store-upgrade-carried = { $count } 条答案原样保留。
store-upgrade-retired = { $count } 个已作答的条目在 { $to } 版中已停用，答案保留，但不再提问、不再计分：{ $items }
store-upgrade-dropped = { $count } 个已作答的条目在 { $to } 版中不存在，答案保留并列为孤立答案：{ $items }
store-upgrade-weight = { $item } 的权重：{ $from } → { $to }{ $answered ->
    [yes] （已作答，得分会变化）
   *[other] {""}
}
store-upgrade-added = 新增 { $count } 个待回答的条目：{ $items }
store-upgrade-no-scoring-change = 没有条目改变权重，也没有新增条目。
store-upgrade-unknown-from = 没有 { $from } 版的记录，无法列出权重变化和新增条目。
