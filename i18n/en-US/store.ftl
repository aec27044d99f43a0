## Storage and exchange files

## Database errors
err-store-io = Cannot access { $path }: { $detail }
err-store-in-use = The database { $path } is in use by another open IPMS Readiness window or command. Close that window (or let the command finish) and try again; two copies open at once would overwrite each other's changes.
err-store-not-database = { $path } is not a database of this app. The file was not changed. { $backup ->
    [none] No checked backup was found; move the file away to start a new database.
   *[other] The newest good backup is { $backup }: restore it, or move the file away and start a new database.
}
err-store-empty = The database { $path } is empty (0 bytes): its contents were lost outside the app, for example by an interrupted copy or a sync tool. The app has not replaced or changed it. { $backup ->
    [none] No checked backup was found; move the file away to start a new database.
   *[other] The newest good backup is { $backup }: restore it, or move the file away and start a new database.
}
err-store-corrupt = The database { $path } is damaged ({ $detail }). To protect your data the app has not changed the file. Restore a backup, or move the file away and start a new database.
err-store-unreadable = Cannot read the database { $path }: { $detail }. The file was not changed; check its permissions and location.
err-store-read-only = The database{ $path ->
    [none] {""}
   *[other] {" "}{ $path }
} is open read-only (a write-protected folder or file, or another window holds it), so nothing can be saved here. Viewing, scoring, exporting and reports still work; to make changes, close the other window or put the data folder somewhere writable.
err-store-newer = The database { $path } was made by a newer version of the app (schema version { $found }; this version supports up to { $supported }). To avoid damaging it, this version will not open or change it; please update the app.
err-store-migration = Upgrading the database to schema version { $version } failed: { $detail }. The database is unchanged, and a backup was made before the upgrade.
err-store-disk-full = The disk is full{ $path ->
    [none] {""}
   *[other] {" "}({ $path })
}, so the change could not be written. Everything saved before is intact and nothing was damaged. Free some space (or move the data folder to another disk), then try again.
err-store-sqlite = Database error: { $detail }
err-store-backup = Backup failed: { $detail }
err-store-unknown-backup = There is no backup named "{ $name }".
err-store-unknown-assessment = There is no assessment with id { $id }. Run list to see all assessments.
err-store-completed = Assessment { $id } is completed: it is not moved to the new catalog version, so the report it produced stays as delivered. To assess against the new version, start a follow-up assessment (it carries every answer over).
err-store-unknown-catalog = There is no catalog with id "{ $id }", so this assessment cannot be scored or changed. Put the catalog file back into the catalogs folder.
err-store-unknown-item = Catalog "{ $catalog }" has no item "{ $item }".
err-store-unknown-verdict = Invalid verdict "{ $verdict }"; use conform, observation, minor, major, na or unanswered.
err-store-na-reason = Item { $item } needs a reason when it is marked not applicable.
err-store-invalid = Invalid value for "{ $field }": { $detail }
err-store-export = Cannot write { $path }: { $detail }
err-store-no-folder = The folder { $path } does not exist, so nothing was written. Check the path, or create the folder first.
err-store-bad-value = The database holds a value this version cannot read: table { $table }, record { $id }{ $item ->
    [none] {""}
   *[other] , item { $item }
}, field { $field } = "{ $value }". Nothing was changed and nothing was replaced by a default. Update the app, or restore a backup.
err-store-export-in-use = Cannot replace { $path }: the file is open in another program (a PDF viewer or Excel, for example). Close it there and try again; the existing file was left as it was.

## Import errors: $place is where (a JSON path or "line:column")
err-import-too-large = The file is too large ({ $size } MB; the limit is { $limit } MB) and was not imported: { $place }
err-import-malformed = The file is malformed at { $place }: { $value }. Nothing in the database was changed.
err-import-profile-name-empty = { $place }: the organization's name is empty. Nothing in the database was changed.
err-import-profile-too-long = { $place }: the value is longer than { $max } characters. Nothing in the database was changed.
err-import-profile-out-of-range = { $place }: the value must lie between { $min } and { $max }. Nothing in the database was changed.
err-import-profile-uscc-length = { $place }: a unified social credit code has 18 characters; this one has { $count }. Nothing in the database was changed.
err-import-profile-uscc-character = { $place }: character { $position } of the unified social credit code, "{ $found }", is not allowed (digits and capital letters except I, O, S, V and Z). Nothing in the database was changed.
err-import-profile-uscc-division = { $place }: characters 3–8 of the unified social credit code must be a six-digit division code. Nothing in the database was changed.
err-import-profile-uscc-check = { $place }: the check character of the unified social credit code should be "{ $expected }", but the code ends in "{ $found }". Nothing in the database was changed.
err-import-profile-ip-staff = { $place }: IP staff ({ $ip_staff }) cannot exceed employees ({ $employees }). Nothing in the database was changed.
err-import-not-utf8 = This is not a UTF-8 JSON file (at { $place }): it looks like a binary file or text in another encoding such as UTF-16. Export the assessment again from IPMS Readiness, or save the file as UTF-8. Nothing in the database was changed.
err-import-na-reason = An answer marked not applicable has no reason ({ $place }). Nothing in the database was changed.
err-import-too-deep = The file is nested too deeply (limit { $limit } levels) at { $place }. Nothing in the database was changed.
err-import-too-long = A text is too long (limit { $limit } characters) at { $place }. Nothing in the database was changed.
err-import-too-many = A list has too many entries (limit { $limit }) at { $place }. Nothing in the database was changed.
err-import-wrong-format = This is not an IPMS Readiness assessment file ({ $place } is "{ $value }").
err-import-wrong-version = The assessment file has format version { $found } at { $place }; this app reads version { $supported } only. Open it with the same or a newer version of the app.
err-import-unknown-catalog = The file uses the catalog "{ $value }", which is not installed here ({ $place }). Install that catalog first.
err-import-unknown-item = The item "{ $value }" is not in the file's catalog ({ $place }). Nothing in the database was changed.
err-import-catalog-version = The file was made with version "{ $found }" of its catalog, but the loaded catalog is version "{ $loaded }" ({ $place }). Install the matching catalog version, then import again. Nothing in the database was changed.
err-import-unknown-verdict = The verdict "{ $value }" is not valid ({ $place }). Nothing in the database was changed.
err-import-duplicate-item = The item "{ $value }" appears twice in the file ({ $place }). Nothing in the database was changed.
err-import-duplicate-key = The key "{ $value }" appears twice in the same object ({ $place }); it is unclear which one is meant, so the file was not imported. Nothing in the database was changed.
err-import-invalid = Invalid value at { $place }: { $value }. Nothing in the database was changed.

## Exported tables
store-sheet-findings = Findings
store-sheet-plan = Action plan
store-col-no = No.
store-col-clause = Clause
store-col-item = Item
store-col-question = What is checked
store-col-verdict = Verdict
store-col-note = Audit notes
store-col-na-reason = Reason not applicable
store-col-evidence = Evidence seen
store-col-method = Method
store-col-department = Department interviewed
store-col-weight = Weight
store-col-priority = Priority score
store-col-action = Action
store-col-owner = Owner
store-col-level = Priority
store-col-phase = Phase
store-col-start = Start
store-col-due = Due
store-col-status = Status
store-col-notes = Notes

## Assessment status
store-status-draft = Draft
store-status-in-progress = In progress
store-status-completed = Completed

## Backups
store-backup-daily = Daily automatic backup
store-backup-migration = Before upgrade
store-backup-manual = Manual backup
store-backup-pre-restore = Before restore

## Command line
store-default-title = { $org } readiness diagnosis { $date }
store-created = Created the assessment "{ $title }" (catalog { $catalog }); its id:
store-answer-saved = Saved { $item }: { $verdict } ({ $time })
store-imported = Imported the assessment "{ $title }" from { $file }; its id:
store-exported = Exported to { $file }
store-score-overall = Overall score
store-score-progress = Progress
store-score-ready = Ready to apply for certification
store-score-earliest = Earliest application date
store-yes = Yes
store-no = No

## A catalog changed under an assessment
store-drift-version = The catalog { $catalog } is now version { $loaded }; this assessment was made with version { $stored }.
store-drift-content = The catalog { $catalog } still says version { $version }, but its content was edited after this assessment was made (clauses, questions or items changed); check that the verdicts still fit.
store-drift-orphaned = { $count ->
    [one] One answer is
   *[other] { $count } answers are
} kept but not scored, because the catalog no longer has { $count ->
    [one] its item
   *[other] their items
}: { $items }

## Moving an assessment to the current catalog version
store-upgrade-same = This assessment already uses { $catalog } version { $version }; there is nothing to move.
store-upgrade-header = Moving from { $catalog } version { $from } to version { $to }:
store-upgrade-carried = { $count ->
    [one] 1 answer carries over unchanged.
   *[other] { $count } answers carry over unchanged.
}
store-upgrade-retired = { $count ->
    [one] 1 answered item is retired in { $to }; its answer is kept but no longer asked or scored: { $items }
   *[other] { $count } answered items are retired in { $to }; their answers are kept but no longer asked or scored: { $items }
}
store-upgrade-dropped = { $count ->
    [one] 1 answered item is not in { $to }; its answer is kept and listed as orphaned: { $items }
   *[other] { $count } answered items are not in { $to }; their answers are kept and listed as orphaned: { $items }
}
store-upgrade-weight = Weight of { $item }: { $from } → { $to }{ $answered ->
    [yes] {" "}(answered; the score changes)
   *[other] {""}
}
store-upgrade-added = { $count ->
    [one] 1 new item to answer: { $items }
   *[other] { $count } new items to answer: { $items }
}
store-upgrade-no-scoring-change = No weights changed and no items were added.
store-upgrade-unknown-from = There is no record of version { $from }, so changed weights and new items cannot be listed.
