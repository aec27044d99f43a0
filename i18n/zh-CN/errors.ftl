## 错误
err-catalog-invalid = 诊断题库文件有误：{ $detail }
err-settings-write = 无法保存设置文件 { $path }：{ $detail }
err-unknown-language = 不支持的语言“{ $tag }”，请使用 zh-CN 或 en-US。
err-unknown-catalog = 没有编号为“{ $id }”的诊断题库。请用 catalog list 查看可用题库。
