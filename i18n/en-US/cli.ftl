## Command line
cli-catalog-valid = { $file }: valid, { $items } items.
cli-catalog-problems = { $count } problems found.
cli-legacy-note = Note: since 2026-01-01 certification is only to GB/T 29490-2023; the 2013 edition serves only to map legacy documents.
