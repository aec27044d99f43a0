## Verdicts (as auditors record them)
verdict-conform = Conforming
verdict-observation = Observation
verdict-minor = Minor nonconformity
verdict-major = Major nonconformity
verdict-na = Not applicable
verdict-unanswered = Unanswered

## Departments
department-top-management = Top management
department-ip-office = IP office
department-research = R&D
department-procurement = Procurement
department-production = Production
department-sales = Sales
department-hr = Human resources
department-finance = Finance
department-legal = Legal
department-admin-it = Admin / IT

## IP processes
process-system = System management
process-acquisition = Acquisition
process-maintenance = Maintenance
process-exploitation = Exploitation
process-protection = Protection
process-contract = Contracts
process-confidentiality = Confidentiality
process-initiation = Project initiation
process-research = R&D
process-procurement = Procurement
process-production = Production
process-sales = Sales and after-sales
process-compliance = Compliance

## Project phases
phase-kick-off = Kick-off
phase-diagnosis = Diagnosis
phase-planning = System planning
phase-documents = Writing documents
phase-issue-and-training = Issue and training
phase-training = Issue and training
phase-operation = Operation
phase-internal-audit = Internal audit
phase-management-review = Management review
phase-application = Certification application
phase-stage-1 = Stage 1 audit
phase-stage-2 = Stage 2 audit
phase-certificate = Certificate

## Audit methods
method-interview = Interview
method-document = Document review
method-sampling = Record sampling
method-observation = Observation

## IP types
ip-type-patent = Patents
ip-type-trademark = Trademarks
ip-type-copyright = Copyright
ip-type-trade-secret = Trade secrets

## Documented information
evidence-document = Document
evidence-record = Record

## Triage
triage-patents = Does the company hold patents or plan to file any?
triage-trademarks = Does the company use or register trademarks?
triage-copyright = Does the company write software or create other works (drawings, copy, video)?
triage-trade_secrets = Does the company have technical or business information to keep secret (formulas, processes, customer lists)?
triage-rnd = Does the company do its own research and development?
triage-export = Does the company export or exhibit at fairs abroad?
triage-licensing = Does the company license IP to others or use others' IP under license?
triage-outsourcing = Does the company outsource production or processing?
triage-standards = Does the company take part in drafting standards?
triage-finance = Is the company involved in investment, IP pledges, mergers or restructuring?
triage-answer-yes = Yes
triage-answer-no = No
triage-answer-unknown = Not sure
triage-na-reason = Not applicable: the triage question "{ $question }" was answered "no"

## Size class
size-micro = Micro enterprise
size-small = Small enterprise
size-medium = Medium enterprise
size-large = Large enterprise
size-unknown = Cannot be determined

## IP function today
ip-function-none = Nobody in charge
ip-function-part-time = Part-time person
ip-function-full-time = Full-time person
ip-function-department = IP department

## Industries
industry-agriculture = Agriculture, forestry, animal husbandry, fishery
industry-industry = Industry (mining, manufacturing, utilities)
industry-construction = Construction
industry-wholesale = Wholesale
industry-retail = Retail
industry-transport = Transport
industry-warehousing = Warehousing
industry-postal = Postal services
industry-accommodation = Accommodation
industry-catering = Catering
industry-information-transmission = Information transmission
industry-software-it = Software and IT services
industry-real-estate = Real-estate development
industry-property-management = Property management
industry-leasing-business = Leasing and business services
industry-other = Other industries

## Assessment status
status-in-progress = In progress
status-completed = Completed

## Action status
action-status-open = Open
action-status-in-progress = In progress
action-status-done = Done
action-status-closed = Closed

## Priority
priority-high = High
priority-medium = Medium
priority-low = Low

## The client's own organisation (responsibility matrix)
function-top-management = Top management
function-ip-office = IP management
function-research = R&D
function-procurement = Purchasing
function-production = Production
function-sales = Sales
function-hr = Human resources
function-finance = Finance
function-legal = Legal and contracts
function-admin-it = Admin and IT
org-role-representative = Management representative
org-role-ip-lead = IP lead
org-role-internal-auditor = Internal auditor
org-role-department-head = Department head
org-role-other = Other
org-unit-missing = Removed department ({ $id })
org-person-in-unit = { $person } ({ $unit })
org-error-unit-unnamed = Department { $n } has no name.
org-error-unit-name-twice = Two departments are both called "{ $name }"; give them different names.
org-error-unit-without-function = Department { $n } takes on no function; choose at least one to lead or support.
org-error-lead-twice = "{ $function }" has two leading departments; keep one and make the others supporting.
org-error-person-unnamed = Person { $n } has no name.
org-error-person-unit-missing = The department of person { $n } was removed; choose another.
