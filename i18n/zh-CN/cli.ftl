## 命令行
cli-catalog-valid = { $file }：有效，共 { $items } 条诊断项。
cli-catalog-problems = 发现 { $count } 处问题。
cli-legacy-note = 注意：自 2025 年 1 月 1 日起，认证申请一律依据 GB/T 29490-2023，2025 年 12 月 31 日前未转换的 2013 版证书予以暂停或撤销；2013 版仅用于对照旧版体系文件。
cli-restore-none = { $dir } 中没有备份。
cli-restore-good = 已检查，可以恢复
cli-restore-bad = 已损坏或无法读取，不能恢复
cli-restore-done = 已从备份 { $name } 恢复。
cli-restore-aside = 被替换的文件已原样保留为 { $path }。
cli-restore-hint = 如需恢复，请运行：ipms-readiness --data-dir "{ $dir }" restore { $name }
cli-report-each-department = --each-department 只用于全部部门的检查表（不指定 --department），并且 --out 须为已存在的文件夹：每个部门写一个文件。
cli-report-missing-glyphs = 提示：内置字体缺少 { $count } 个字符的字形，报告中以 { $marker } 代替：{ $chars }。如读者需要看到这些字符，请在文本中改用其他写法。

## catalog upgrade
cli-catalog-upgrade-dry-run = 试运行：未做任何更改。去掉 --dry-run 再运行一次即可迁移本诊断。
cli-catalog-upgrade-backup = 迁移前已备份：{ $backup }
