## 错误
err-catalog-invalid = 诊断题库文件有误：{ $detail }
err-settings-write = 无法保存设置文件 { $path }：{ $detail }
err-unknown-language = 不支持的语言“{ $tag }”，请使用 zh-CN 或 en-US。
err-unknown-catalog = 没有编号为“{ $id }”的诊断题库。请用 catalog list 查看可用题库。
err-rewards-invalid = 认证奖励数据有误，未保存：{ $detail }
err-rewards-io = 无法读写认证奖励数据文件 { $path }：{ $detail }
err-costs-invalid = 费用估算数据有误，未保存：{ $detail }
err-costs-io = 无法读写费用估算数据文件 { $path }：{ $detail }
err-move-data = 无法把数据复制到 { $path }：{ $detail }。原数据未作任何改动。

## Catalogue problems: $place is the file (and line), $item the item id or "none"
err-catalog-syntax = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：TOML 格式或字段有误：{ $value }
err-catalog-missing-header = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：找不到题库头文件（catalog.toml）
err-catalog-duplicate-clause = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：条款 { $value } 重复列出
err-catalog-duplicate-item = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：该条目编号重复使用
err-catalog-unknown-clause = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：条款 { $value } 不在条款树中
err-catalog-missing-text = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：{ $value } 需要非空的中文和英文文本
err-catalog-weight = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：权重 { $value } 超出 1–3 的范围
err-catalog-ip-type = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：附录 B 的条目必须注明 ip_type
err-catalog-no-items = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：题库中没有任何条目
err-catalog-reserved-id = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：编号 { $value } 属于内置题库，请换一个编号
err-catalog-crosswalk = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：新旧版对照表：{ $value }
err-catalog-bad-id = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：“{ $value }”不是有效的题库编号（请用 1–64 个字符：小写字母、数字、点、下划线、连字符）
err-catalog-duplicate-catalog = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：编号 { $value } 已被用户题库 { $other } 使用，本文件未加载
err-catalog-not-a-file = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：不是普通文件（管道、设备或失效的链接），已跳过
err-catalog-too-large = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：文件大小 { $value } MB，超过上限 { $other } MB，已跳过
err-catalog-unsourced = { $place }：条款 { $value } 标记为已核实，但列出的来源不足两个；请补充来源，或设为 verified = false
err-catalog-duplicate-question = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：条款 { $value } 中另有一个条目提出了同样的问题

## Catalogue sub-point coverage (catalog check)
err-catalog-duplicate-subpoint = { $place }：子项 { $value } 重复列出
err-catalog-unknown-subpoint = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：所覆盖的子项 { $value } 不在其条款的子项清单中
err-catalog-uncovered-subpoint = { $place }：子项 { $value } 没有条目覆盖；请补充条目，或在某个条目的 covers 中列出该字母
err-catalog-no-covers = { $place }{ $item ->
    [none] {""}
   *[other] ：条目 { $item }
}：其条款列有字母子项，请写明本条目覆盖哪些子项（covers = [...]；只针对条款总述的写 []）

## catalog upgrade
err-catalog-upgrade-not-earlier = 本诊断使用的是 { $catalog } 的 { $stored } 版，它不是当前加载的 { $loaded } 版之前的版本，无法迁移。请用制作它的软件版本打开，或新建一次跟进诊断。

## Consultancy branding
branding-err-colour = “{ $value }”不是有效的颜色，请按 #1F3A5F 的格式填写六位十六进制色值。
branding-err-too-long = { $field ->
    [name] 机构名称
    [footer] 页脚文字
   *[font] 字体名称
}最多 { $max } 个字。
branding-err-font = 字体名称“{ $value }”含有字体名里不能有的字符。
branding-err-logo-unreadable = 无法读取标志文件 { $path }：{ $detail }。请在“设置”中重新选择标志。
branding-err-logo-too-big = 标志文件 { $path } 有 { $size } KB，最多 { $max } KB，请先把图片缩小。
branding-err-logo-not-image = { $path } 不是 PNG 或 JPEG 图片。
branding-err-logo-too-large = 标志图片 { $path } 为 { $width }×{ $height } 像素，边长最多 { $max } 像素，请先把图片缩小。
branding-err-logo-write = 无法把标志保存到 { $path }：{ $detail }
