## 命令行
cli-catalog-valid = { $file }：有效，共 { $items } 条诊断项。
cli-catalog-problems = 发现 { $count } 处问题。
cli-legacy-note = 注意：自 2026 年 1 月 1 日起，认证只依据 GB/T 29490-2023 进行；2013 版仅用于对照旧版体系文件。
