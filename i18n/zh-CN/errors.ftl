## 错误
err-catalog-invalid = 诊断题库文件有误：{ $detail }
err-settings-write = 无法保存设置文件 { $path }：{ $detail }
err-unknown-language = 不支持的语言“{ $tag }”，请使用 zh-CN 或 en-US。
err-unknown-catalog = 没有编号为“{ $id }”的诊断题库。请用 catalog list 查看可用题库。
err-rewards-invalid = 认证奖励数据有误，未保存：{ $detail }
err-rewards-io = 无法读写认证奖励数据文件 { $path }：{ $detail }
err-move-data = 无法把数据复制到 { $path }：{ $detail }。原数据未作任何改动。
