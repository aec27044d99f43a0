## Diagnosis report
report-title = IP Compliance Management System Diagnosis Report
report-checklist-title = IP Compliance Management System Internal Audit Checklist
report-subject = Readiness diagnosis against { $edition }
report-keywords = IP compliance management system,certification readiness,diagnosis report
report-confidential = For the client's internal use only
report-page = Page { $page } of { $total }
report-not-given = Not given
report-none = None
report-list-sep = {", "}

## Cover
report-cover-client = Client
report-cover-uscc = Unified social credit code
report-cover-assessor = Assessor
report-cover-assessor-org = Consultancy
report-cover-as-of = As of
report-cover-issued = Report date
report-cover-edition = Standard
report-cover-score = Overall score
report-cover-progress = { $progress }% of items assessed
report-cover-no-score = No score yet
report-cover-ready = Ready to apply for certification
report-cover-not-ready = Not yet ready to apply for certification
report-cover-earliest = Earliest application date: { $date }
report-cover-no-earliest = Earliest application date cannot be set yet
report-legacy-notice = This diagnosis uses GB/T 29490-2013 and serves only to map the client's existing documents. Since January 1, 2025, every certification application is to GB/T 29490-2023; 2013 certificates not converted by December 31, 2025, are suspended or withdrawn.

## Contents and sections
report-toc = Contents
report-sec-conclusion = Conclusion
report-sec-profile = Company profile
report-sec-method = Method and scoring
report-sec-scores = Scores
report-sec-gates = Certification prerequisites
report-sec-findings = Main findings
report-sec-plan = Corrective actions and roadmap to certification
report-sec-documents = Documents to write
report-sec-support = Support the client may claim
report-sec-compare = Comparison with the previous diagnosis
report-sec-signatures = Acknowledgement and signatures
report-sub-summary = Overview
report-sub-assessor = Assessor's opinion
report-sub-portfolio = IP portfolio
report-sub-chapters = Scores by chapter
report-sub-processes = Scores by IP process
report-sub-by-clause = By clause
report-sub-by-department = By department
report-sub-timeline = Roadmap to certification
report-sub-phases = Phases
report-sub-actions = Corrective actions

## Conclusion
report-summary = This diagnosis against { $edition } covered { $items ->
        [one] { $items } item
       *[other] { $items } items
    }: { $applicable } { $applicable ->
        [one] applies
       *[other] apply
    } and { $answered } { $answered ->
        [one] was
       *[other] were
    } assessed, for an overall score of { $score }. It found { $major ->
        [one] { $major } major nonconformity
       *[other] { $major } major nonconformities
    }, { $minor ->
        [one] { $minor } minor nonconformity
       *[other] { $minor } minor nonconformities
    } and { $observation ->
        [one] { $observation } observation
       *[other] { $observation } observations
    }.
report-summary-no-score = This diagnosis against { $edition } covers { $items } items; no applicable item has been assessed yet, so there is no score.
report-summary-ready = Certification prerequisites: every required condition is met; the application can be prepared.
report-summary-not-ready = Certification prerequisites: { $count ->
        [one] { $count } required condition is
       *[other] { $count } required conditions are
    } not met or still to be confirmed (see section { $section }).
report-no-conclusion = (The assessor has not written a conclusion yet.)
report-score-value = { $score } points

## The client
report-profile-region = Location
report-profile-size = Size class
report-profile-systems = Management systems in place
report-profile-no-systems = None (no other management system yet)
report-profile-departments = Departments
report-profile-ip-function = IP function
report-profile-ip-staff = IP staff
report-profile-licence = Business license
report-licence-valid = Valid
report-licence-invalid = Invalid or expired
report-value-persons = { $n ->
        [one] { $n } person
       *[other] { $n } persons
    }
report-value-wan = CNY { $n } × 10,000
report-col-ip-type = Type
report-col-count = Count

## Method
report-method-intro = The assessor rated each item of { $edition } by interview, document review, record sampling and observation on site. The verdicts and their points:
report-method-scope = Scope: { $items ->
        [one] { $items } item
       *[other] { $items } items
    }; { $applicable } { $applicable ->
        [one] applies
       *[other] apply
    } and { $na } { $na ->
        [one] does
       *[other] do
    } not ({ $triage } of them automatically, because the client has no such activity); { $answered } { $answered ->
        [one] was
       *[other] were
    } assessed ({ $progress }%). Items not assessed do not count towards the score.
report-method-priority = Action priority = item weight (1–3) × severity (observation 1, minor 2, major 3), from 1 to 9: 6 and above is high, 3–5 medium, below that low.
report-col-symbol = Symbol
report-col-verdict = Verdict
report-col-points = Points
report-col-meaning = Meaning
report-points-excluded = Not scored
report-meaning-conform = Requirement met, documents and records in place
report-meaning-observation = Largely met but could improve, or the activity has not occurred yet
report-meaning-minor = Documents or practice exist but are incomplete
report-meaning-major = Requirement missing entirely, or the system fails
report-meaning-na = The client has no such activity (reason required)

## Scores
report-col-chapter = Chapter
report-col-process = IP process
report-col-score = Score
report-col-progress = Assessed
report-chart-note = Values are weighted scores out of 100; chapters not yet assessed show no bar.

## Prerequisites
report-col-gate = Condition
report-col-gate-kind = Kind
report-col-status = Status
report-col-reason = Details
report-gate-hard = Required
report-gate-advisory = Advisory
report-gates-ready = Result: every required condition is met; the client is ready to apply for certification.
report-gates-not-ready = Result: not every required condition is met; the client is not yet ready to apply.
report-earliest = Earliest application date: { $date }. { $reason }
report-earliest-none = The earliest application date cannot be set yet. { $reason }

## Findings
report-col-no = No.
report-col-clause = Clause
report-col-finding = Finding
report-col-department = Department
report-finding-note = Observed: { $note }
report-finding-evidence = Evidence reviewed: { $evidence }
report-finding-unanswered = Prerequisite item not assessed yet; must be confirmed before certification.
report-no-findings = This diagnosis found no nonconformities or observations.
report-col-major = Major
report-col-minor = Minor
report-col-observation = Obs.
report-col-clauses = Clauses

## Actions and plan
report-plan-intro = The roadmap starts the project on { $start } and uses typical phase durations. The system must run for 3 months and complete an internal audit and a management review before the application.
report-plan-intro-running = The system has operated since { $start }; kick-off, diagnosis, planning, documents and their release with training were all done before that. The roadmap schedules the remaining phases from { $as_of }. The system must run for 3 months and complete an internal audit and a management review before the application.
report-col-phase = Phase
report-col-dates = Dates
report-col-weeks = Weeks
report-col-actions = Actions
report-col-action = Corrective action
report-col-owner = Owner
report-col-priority = Priority
report-col-due = Due
report-today = As-of date
report-no-actions = No corrective actions are open.
report-month = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
report-date-range = { $start } to { $end }
report-phase-done-before = Done before operation started

## Documents
report-documents-intro = These system documents must be written or revised to close the gaps; plan them for the documents phase (by { $due }).
report-col-document = Document
report-no-documents = No system documents need to be written or revised.

## Support
report-support-conditions = Conditions: { $text }
report-support-source = Source: { $text }
report-support-stale = Checked on { $date }, more than a year ago: confirm with the authority before applying.
report-no-support = No support measure matches the client's current situation.

## Comparison
report-compare-intro = Previous diagnosis: { $title } ({ $date }).
report-col-before = Before
report-col-after = Now
report-col-change = Change
report-compare-overall = Overall score
report-compare-progress = Items assessed
report-compare-improved = Items improved ({ $count })
report-compare-regressed = Items regressed ({ $count })
report-compare-closed = Actions closed ({ $count })
report-compare-none = None

## Signatures
report-sign-statement = This report reflects the documents provided and the on-site diagnosis as of the as-of date. The client acknowledges the findings and recommended actions listed.
report-sign-client = Client acknowledgement
report-sign-consultant = Consultancy
report-sign-signature = Signature:
report-sign-date = Date:
report-sign-stamp = (Company seal)

## Internal audit checklist
report-checklist-department = Department audited: { $department }
report-checklist-all = All departments
report-file-checklist = Checklist
report-file-blank-checklist = Blank checklist
report-checklist-auditor = Auditor:
report-checklist-date = Date:
report-checklist-escort = Accompanied by:
report-checklist-sign-head = Head of audited department:
report-checklist-sign-date = Date:
report-checklist-sign-note = The audit records above were reviewed and confirmed by the auditor and the head of the audited department.
report-checklist-legend = Verdicts: √ conform　△ observation　○ minor nonconformity　× major nonconformity　N/A not applicable
report-col-content = What to audit
report-col-method = Method / sample
report-col-record = Audit record
report-col-judgement = Verdict
report-checklist-empty = No items to audit for this department.
report-col-question = Audit point
report-col-observed = Observed
report-stat-major = Major NCs
report-stat-minor = Minor NCs
report-stat-observation = Observations
report-stat-actions = Open actions
report-checklist-evidence = Check: { $list }

## Errors
report-err-font = The bundled font could not be read; no report was made.
report-err-pdf = The PDF could not be written.
report-application-both = The plan schedules the application for { $planned }; if the open conditions are met in the usual time, the earliest possible date is { $date }. { $reason }

## Editable Word deliverables
report-err-docx = The Word document could not be written.
report-err-image = A chart image could not be drawn; the Word document was not saved.
report-kind-work-plan = Implementation work plan
workplan-title = IP Compliance Management System Implementation Work Plan
workplan-sec-overview = Project overview
workplan-overview = Following the gap diagnosis of { $as_of }, { $client } will set up and run an IP compliance management system to { $edition }. The project starts on { $start } and plans to apply for certification on { $application }. This plan sets out the project organization, the phases and their deliverables, each department's actions, the documents to write, the training and the key dates, for both parties to confirm and follow.
workplan-overview-no-date = Following the gap diagnosis of { $as_of }, { $client } will set up and run an IP compliance management system to { $edition }. The project starts on { $start }; the application date is still open. This plan sets out the project organization, the phases and their deliverables, each department's actions, the documents to write, the training and the key dates, for both parties to confirm and follow.
workplan-overview-running = Following the gap diagnosis of { $as_of }, { $client }'s IP compliance management system to { $edition } has operated since { $start }. This plan schedules the remaining phases from { $as_of } and plans to apply for certification on { $application }. It sets out the project organization, the phases and their deliverables, each department's actions, the documents still to write, the training and the key dates, for both parties to confirm and follow.
workplan-overview-running-no-date = Following the gap diagnosis of { $as_of }, { $client }'s IP compliance management system to { $edition } has operated since { $start }. This plan schedules the remaining phases from { $as_of }; the application date is still open. It sets out the project organization, the phases and their deliverables, each department's actions, the documents still to write, the training and the key dates, for both parties to confirm and follow.
workplan-sec-organisation = Project organization
workplan-sub-steering = Steering group
workplan-sub-working = Working group
workplan-steering-intro = Top management chairs the steering group, joined by the management representative and the IP lead. It approves the plan, provides resources, coordinates the departments and answers for how the system runs.
workplan-working-intro = The IP lead runs the working group of department heads and internal auditors. Each department writes its documents, carries out its actions, keeps its records and supports the audits; the consultant guides throughout.
workplan-no-people = The client has not named the people of the system yet. Enter the management representative, the IP lead and the department heads in the client profile; the tables below then list them.
workplan-col-role = Role
workplan-col-name = Name
workplan-col-duty = Duties
workplan-duty-representative = Sets up and runs the system on behalf of top management, approves the system documents, reports on performance, and is the contact for the certification body
workplan-duty-ip-lead = Drives the project day to day: document writing, awareness training, registers and preparing the internal audit
workplan-duty-internal-auditor = Qualifies through internal auditor training, audits to plan and follows up nonconformities
workplan-duty-department-head = Leads the department's actions and documents, keeps its records, supports internal and certification audits
workplan-duty-other = Takes part as assigned
workplan-consultant = Consultant
workplan-duty-consultant = Diagnoses, guides the plan, reviews the system documents, trains, and coaches the internal audit, management review and certification audits
workplan-sec-phases = Phases and deliverables
workplan-col-deliverables = Deliverables
workplan-deliverable-kick-off = Kick-off minutes; appointment of the steering and working groups
workplan-deliverable-diagnosis = Diagnosis report; list of main findings
workplan-deliverable-planning = IP policy and objectives, system design, responsibility matrix
workplan-deliverable-documents = IP manual, procedures, record forms (see the documents to write)
workplan-deliverable-issue-and-training = Release order for the system documents; awareness training and test records
workplan-deliverable-training = Release order for the system documents; awareness training and test records
workplan-deliverable-operation = Department operating records, IP registers, contract review and search records
workplan-deliverable-internal-audit = Audit plan, audit checklists, nonconformity reports, internal audit report
workplan-deliverable-management-review = Review plan, inputs, management review report and improvement actions
workplan-deliverable-application = Certification application with its attachments
workplan-deliverable-stage-1 = Stage 1 audit report; corrections
workplan-deliverable-stage-2 = Stage 2 audit report; nonconformity corrections
workplan-deliverable-certificate = Certificate
workplan-sec-actions = Actions by department
workplan-sec-documents = Documents to write
workplan-sec-training = Training plan
workplan-col-training = Training
workplan-col-audience = Attendees
workplan-training-management = Management briefing: requirements and leadership duties
workplan-training-awareness = Awareness training on the system documents
workplan-training-auditor = Internal auditor training
workplan-audience-management = Top management, management representative, department heads
workplan-audience-all = All staff (in groups by department)
workplan-audience-auditors = Internal auditors: { $names }
workplan-audience-auditors-to-name = Internal auditors to be named (at least one per main department)
workplan-sec-milestones = Key dates
workplan-col-milestone = Milestone
workplan-col-date = Date
workplan-sec-signatures = Sign-off
workplan-sign-statement = Both parties confirm the organization, schedule and responsibilities in this plan and will carry out the project accordingly; changes to the schedule are agreed in writing.
report-unverified-legend = † Clause titles marked with a dagger have not yet been checked word for word against the published standard; quote the standard itself.
