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
q-note = Audit record / note
q-evidence-seen = Evidence seen (separate with semicolons)
q-method = Audit method
q-department = Department interviewed
q-guidance = What the auditor looks for
q-typical-evidence = Typical evidence
q-previous = ← Previous
q-next = Next →
q-keys-hint = Keys: 1 conform · 2 observation · 3 minor · 4 major · N n/a · Enter next
