## 命令行
cli-catalog-valid = { $file }：有效，共 { $items } 条诊断项。
cli-catalog-problems = 发现 { $count } 处问题。
cli-legacy-note = 注意：自 2025 年 1 月 1 日起，认证申请一律依据 GB/T 29490-2023，2025 年 12 月 31 日前未转换的 2013 版证书予以暂停或撤销；2013 版仅用于对照旧版体系文件。
