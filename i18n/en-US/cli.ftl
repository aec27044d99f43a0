## Command line
cli-catalog-valid = { $file }: valid, { $items ->
        [one] { $items } item
       *[other] { $items } items
    }.
cli-catalog-problems = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } found.
cli-legacy-note = Note: since 2025-01-01 every certification application is to GB/T 29490-2023, and 2013 certificates not converted by 2025-12-31 are suspended or withdrawn; the 2013 edition serves only to map legacy documents.
cli-restore-none = There are no backups in { $dir }.
cli-restore-good = checked, can be restored
cli-restore-bad = damaged or unreadable, cannot be restored
cli-restore-done = Restored the backup { $name }.
cli-restore-aside = The file it replaced was kept unchanged as { $path }.
cli-restore-hint = To restore it, run: ipms-readiness --data-dir "{ $dir }" restore { $name }
cli-report-each-department = --each-department works only for checklists of all departments (no --department), with --out naming an existing folder: one file is written per department.
cli-report-missing-glyphs = Warning: the bundled font has no glyph for { $count ->
    [one] one character
   *[other] { $count } characters
}, printed as { $marker } in the report: { $chars }. Replace them in the text if the reader needs them.

## catalog upgrade
cli-catalog-upgrade-dry-run = Dry run: nothing was changed. Run it again without --dry-run to move the assessment.
cli-catalog-upgrade-backup = A backup was made before the move: { $backup }
