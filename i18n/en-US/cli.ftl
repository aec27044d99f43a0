## Command line
cli-catalog-valid = { $file }: valid, { $items } items.
cli-catalog-problems = { $count } problems found.
cli-legacy-note = Note: since 2025-01-01 every certification application is to GB/T 29490-2023, and 2013 certificates not converted by 2025-12-31 are suspended or withdrawn; the 2013 edition serves only to map legacy documents.
