## Application
app-title = IPMS Readiness · IP compliance management system readiness
app-name = IPMS Readiness
app-language-switch = 中文
app-saved = Saved
app-saving = Saving…
app-dismiss = Dismiss

## Home
home-empty-title = No diagnosis yet
home-empty-body = This app walks you through every clause of GB/T 29490-2023, the Chinese standard for enterprise IP compliance management systems, and shows how far your company is from certification, with scores, a prerequisite check and a step-by-step plan. Everything stays on this computer, and the result prints as a diagnosis report for the client.
home-empty-body-self = This app takes you through every clause of GB/T 29490-2023, the Chinese standard for enterprise IP compliance management systems, and shows how far your company is from certification: scores, the conditions you must meet before applying, and a step-by-step plan. Everything stays on this computer, and the result prints as a self-assessment report for your management or board.
home-new = New diagnosis
home-open-demo = Open the demo

## Questionnaire
q-no-items = No items match the current filter.
q-all-departments = All departments
q-position = Item { $pos } of { $total }
q-interview-mode = Interview
q-find-placeholder = Find a clause or word (Ctrl+F)
q-weight = Weight
q-prerequisite = Certification prerequisite
q-suggested = Suggested from the 2013 diagnosis through the crosswalk; confirm by choosing a verdict.
q-na-reason = Why it does not apply (required)
q-note = Audit record / note (Enter: new line; Ctrl+Enter: done, next item)
q-note-self = Note: what you do today, which documents or records exist (Enter: new line; Ctrl+Enter: done, next item)
q-evidence-seen = Evidence seen (separate with semicolons)
q-method = Audit method
q-department = Department interviewed
q-guidance = What the auditor looks for
q-typical-evidence = Typical evidence
q-previous = ← Previous
q-next = Next →
q-keys-hint = Keys: 1–4 verdict · N n/a · Enter next · Ctrl+→ next unanswered · Tab to the note · Ctrl+1…6 tabs

## Dashboard
dash-overall = Overall score
dash-progress = Progress
dash-gaps = Gaps
dash-readiness = Certification
dash-ready = Ready to apply
dash-not-ready = Not ready to apply yet
dash-by-chapter = Score by chapter
dash-by-process = Score by IP process
dash-gates = Certification prerequisites
dash-gate-hard = required
dash-gate-advisory = advisory
dash-earliest-unknown = Earliest application date: enter when the system started operating, and the audit and review dates
dash-top-gaps = Top gaps
dash-no-gaps = No gaps found so far.
dash-how-computed = How is this computed?

## Plan
plan-bad-date = Enter the date as year-month-day, e.g. 2026-03-01.
plan-bad-weeks = The weeks for “{ $phase }” must be a whole number from { $min } to { $max }.
plan-target = Expected certificate: { $date }
plan-target-unknown = Enter the project start date to see when the certificate can be expected.
plan-start = Project start
plan-weeks = wk
plan-apply = Reschedule
plan-timeline = Project timeline
plan-col-clause = Clause
plan-col-action = Action
plan-col-owner = Owner
plan-col-priority = Priority
plan-col-due = Due
plan-col-status = Status
plan-actions = Actions ({ $count })
plan-documents = Documents to write
plan-no-documents = No new documents needed so far.
plan-notes = Notes
plan-save = Save
plan-cancel = Cancel

## Profile
profile-not-number = Enter a number.
profile-not-whole-number = Enter a whole number.
profile-size-class = Size class: { $reason }
profile-section-identity = The enterprise
profile-section-organisation = Organization and management systems
profile-section-portfolio = IP portfolio
profile-section-triage = Triage: what applies
profile-section-facts = The system so far (for the prerequisite check)
profile-triage-hint = Answering "no" marks the related items not applicable; switch back to "yes" or "not sure" to restore them.
profile-choose = Choose…
profile-licence = Valid business license
profile-systems = Management systems in place
profile-departments = Functions someone in the firm carries (the departments below are proposed from these)
profile-ip-function = Who does IP work today
facts-operation_started_on = System in operation since
facts-internal_audit_on = Last internal audit completed on
facts-management_review_on = Last management review held on
facts-ip_penalty_in_window = IP administrative penalty during operation or the year before
facts-trained_auditors = Trained internal auditors / IP leads (persons)
home-search = Find a client or diagnosis
home-no-match = No client or diagnosis matches “{ $query }”.
home-import = Import a file
home-export = Export
home-rename = Rename
home-delete = Delete
home-follow-up = Follow-up
home-progress = { $pct }% done
home-score = Score { $score }
home-org-name = Client name (an existing client is reused)
home-catalog = Standard
home-delete-confirm = Delete the diagnosis "{ $title }"? A backup is made first; restore it under Settings → Backups.
home-follow-up-hint = Start a new diagnosis from this one (e.g. a visit a year later): the profile carries over, and each item's previous verdict and note come in as a suggestion to confirm with Space or change. Choosing the 2023 edition turns 2013 results into suggestions too.
home-import-hint = Full path of the diagnosis file (.json):
home-export-hint = Save as (.json exchange file, .csv or .xlsx spreadsheet):
home-confirm = OK

## Shell
app-settings = Settings
home-first-title = First diagnosis
home-follow-up-title = Follow-up visit
home-first-title-self = First self-assessment
home-follow-up-title-self = Follow-up self-assessment
tab-profile = Profile
tab-questionnaire = Questionnaire
tab-dashboard = Dashboard
tab-plan = Plan
tab-compare = Compare
tab-report = Report

## Settings
settings-appearance = Appearance
settings-language = Language
settings-theme = Theme
settings-theme-light = Light
settings-theme-dark = Dark
settings-data = Data
settings-data-folder = Data folder: { $path }
settings-data-move = To move your data, enter or choose a new folder and click "Move here": everything is copied there and the old folder stays untouched. On a USB stick you can also start with --data-dir or set IPMS_DATA_DIR (portable mode).
settings-backups = Backups
settings-no-backups = No backups yet. One is made on the first use each day and before every database upgrade.
settings-restore = Restore
settings-restore-confirm = Restoring replaces the current data with this backup (the current data is set aside first). Restore?
settings-about = About
settings-version = version
settings-font = Font for the window and reports: Noto Sans SC (SIL Open Font License 1.1)
settings-licence = Show the font license

## Compare
compare-with = Compare with
compare-none = This client has no earlier diagnosis. For a follow-up visit, click "Follow-up" on the earlier diagnosis at Home.
compare-chapter = Chapter
compare-before = Before
compare-after = Now
compare-delta = Change
compare-legend = Blue: this diagnosis; gray: the earlier one
compare-closed = Actions closed: { $count }
compare-improved = Items improved: { $count }
compare-regressed = Items regressed: { $count }

## Report
rep-heading = Reports and forms
rep-language = Report language
rep-kind = Printable
rep-sections = Sections
rep-sections-all = Select all
rep-sections-none = Clear all
rep-no-sections = Choose at least one section
rep-assessor = Assessor
rep-assessor-org = Assessor's organization
rep-conclusion = Conclusion (printed at the start of the report)
rep-path = Save as
rep-export = Export PDF
rep-working = Working…
rep-done = Saved: { $path }
rep-done-each = { $count ->
    [one] Saved 1 file in: { $path }
   *[other] Saved { $count } files in: { $path }
}
rep-export-anyway = Export anyway
rep-open-file = Open the file
rep-open-folder = Open the folder
report-kind-diagnosis = Diagnosis report
report-kind-diagnosis-self = Self-assessment report
report-kind-checklist = Interview checklist (filled)
report-kind-blank-checklist = Interview checklist (blank)
rep-all-departments-hint = All departments: one file with a form per department, each starting on a new page with its own page numbers and sign-off.
rep-each-department = One file per department
rep-each-department-hint = One file per department, written into the folder below, each named with the department and the date (e.g. "…-Checklist-Quality-2026-12-01").
err-store-quick-check = The database check found a problem and saving is paused; restore the latest backup under Settings → Backups
settings-move = Move here
settings-move-placeholder = Full path of the new data folder
settings-moved = The data was copied to { $path } and is used from there; the old folder is unchanged and can be deleted once you have checked.
settings-rewards = Certification reward data
settings-rewards-hint = Local rewards change often; reports list them only as possibilities. Give each entry its source and the date you checked it.
settings-policy-bundled = In use: the data shipped with the app
settings-policy-user = In use: your edited data
settings-rewards-checked = checked
settings-policy-edit = Edit
settings-policy-save = Check and save
settings-policy-reset = Back to the shipped data
settings-policy-import = Import
settings-rewards-import-placeholder = Full path of a reward data file (.toml)
settings-rewards-saved = The certification reward data was saved.
settings-costs = Cost estimate data
settings-costs-hint = Published ranges for consulting fees, certification fees, project length and audit days, and how the company's own staff days are worked out. The estimate and the report use this data; give each entry its source and the date you checked it.
settings-costs-import-placeholder = Full path of a cost data file (.toml)
settings-costs-saved = The cost estimate data was saved.
settings-costs-consultant-fee = Consulting fee { $range }
settings-costs-audit-fee = Certification fee { $range }
settings-costs-project-months = Project length { $range } months
settings-costs-audit-days = Up to { $employees } employees: initial audit { $days } auditor-days, each surveillance audit { $surveillance } · { $source } · checked { $checked }

## Consultancy branding (Settings)
branding-title = Consultancy branding
branding-hint = Your name, logo, accent color, footer text and Word fonts appear on every deliverable, PDF and Word alike.
branding-name = Consultancy name
branding-name-placeholder = e.g. Brightline IP Consulting LLC
branding-accent = Accent color
branding-accent-placeholder = e.g. #1F3A5F; leave empty for the default colors
branding-footer = Footer text
branding-footer-placeholder = e.g. address and phone, or "For the client's internal use"
branding-font-east-asian = Word Chinese font
branding-font-east-asian-placeholder = Empty: SimSun body and Microsoft YaHei headings (Microsoft YaHei in English reports)
branding-font-latin = Word Latin font
branding-font-latin-placeholder = Empty: Arial in Chinese reports, Calibri in English ones
branding-logo = Logo
branding-logo-none = No logo set
branding-logo-stored = Stored: { $name } (in the branding folder of the data folder)
branding-logo-placeholder = Path of a PNG or JPEG file
branding-logo-import = Use this logo
branding-logo-remove = Remove logo
branding-logo-hint = The logo prints on the cover and in every page header; at most 2 MB and 4000 pixels on a side.
branding-save = Save branding
branding-saved = Branding saved; every report made from now on uses it.
err-store-damaged-readonly = The database check failed, so nothing is saved to protect the data. Restore the latest backup under Settings → Backups.
app-browse = Browse…
home-importing = Reading and checking the file…
settings-restoring = Restoring the backup…
settings-restored = The backup was restored. The database as it was before is kept aside in the data folder.
compare-completeness = Completeness: earlier { $before }%, this one { $after }%
q-show-all = All verdicts
q-show-unanswered = Unanswered only
q-show-nonconforming = ○ and × only
q-show-observations = △ observations only
q-show-na = Not applicable only
q-mark-clause = Unanswered in this clause: √ conform
q-undo-mark = Undo the marking of { $clause } (Ctrl+Z)
q-suggested-previous = Carried over from the previous diagnosis: press Space to confirm, or choose another verdict.
q-previous-answer = Previous diagnosis: { $verdict }
q-na-pending = Type why it does not apply, then press Enter; Esc cancels.
app-read-only = Read-only
app-read-only-no-save = Read-only: the change was not saved.
app-not-saved = Not saved
dash-application-same = Planned application date: { $date } (the plan's date, which is also the earliest possible)
dash-application-both = Planned application date: { $planned } (the plan); at the earliest { $earliest }, if the open conditions are met in the usual time.
app-catalogs-rejected = These user catalogs could not be loaded (the others work as usual):

## Profile: the client's departments and people
org-title = Departments and people (responsibility matrix)
org-hint-proposed = This is a proposal based on the functions ticked above. Rename and regroup it to match the client's own departments: click a function to switch between lead, supporting and not involved. Any change saves it as the client's own matrix.
org-hint-recorded = The client's own responsibility matrix. Click a function to switch between lead, supporting and not involved; interview lists, checklists and action owners follow these departments and people.
org-unit-name = Department name
org-function-lead = { $function } (lead)
org-function-support = { $function } (supporting)
org-unassigned = No department takes on: { $functions }. Assign them, or their clauses stay out of interview lists and checklists; their actions go to the department that leads IP management until then.
org-add-unit = Add department
org-use-proposal = Back to the proposal
org-remove = Remove
org-people = People
org-no-people = No people recorded yet. Record at least the management representative, the IP lead and the internal auditors.
org-person-name = Name
org-no-unit = No department
org-add-person = Add person

## Plan: editing actions
plan-text-required = Describe the action.
plan-bad-priority = Priority must be a whole number from 1 to 9.
plan-owner-required = Choose an owning department or person.
plan-priority-choice = { $priority } ({ $level })
plan-col-phase = Phase
plan-due-free-placeholder = YYYY-MM-DD (empty: end of phase)
plan-delete = Delete this action
plan-add-action = Add your own action
plan-phase-done = { $phase } (done)
plan-due-after-application = { $count ->
    [one] 1 action is due after the planned application date { $date }: every gap must be closed before applying, so bring the due date forward or move the application.
   *[other] { $count } actions are due after the planned application date { $date }: every gap must be closed before applying, so bring the due dates forward or move the application.
}
plan-due-late = This is after the planned application date { $date }; the action must be done before applying.
app-second-window = This data folder is open in another window, so this window is read-only: you can view, score, export and print reports, but not make changes. What the other window saves shows up here by itself; once that window is closed, this one starts saving again.
app-second-window-free = The other window was closed: this window saves again and shows the latest data.

## Questionnaire: unverified clause titles
q-unverified-title = † This clause title is not yet confirmed by two independent sources (see the catalog's sources).

## Dashboard: moving to a newer catalog version
dash-upgrade-offer = This diagnosis was made with catalog version { $from }; version { $to } is loaded. Moving keeps every answer; this is what would change:
dash-upgrade-button = Move to version { $to } (a backup is made first)
dash-upgrade-done = Moved to the current catalog version. What changed:

## Report format (editable Word deliverables)
rep-format = File format
rep-format-pdf = PDF (print, send)
rep-format-docx = Word (editable)
