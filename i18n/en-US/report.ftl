## Diagnosis report
report-title = IP Compliance Management System Diagnosis Report
