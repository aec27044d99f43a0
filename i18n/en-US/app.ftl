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
