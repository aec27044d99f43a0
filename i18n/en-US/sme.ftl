## Who uses the app: the enterprise itself or a consultancy

audience-question = First, who is using this app?
audience-hint = When the company assesses itself, every item is explained in plain words and the report is written as a self-assessment; a consultancy diagnosing a client keeps the auditor's wording and its own details. You can change this later in Settings.
audience-enterprise = Our own company (self-assessment)
audience-consultant = A consultancy (diagnosing a client)
audience-setting = Who uses the app

## Questionnaire: not in place yet

q-not-in-place-note = Not in place yet
q-missing-clause = Unanswered in this clause: × not in place yet
q-missing-chapter = Unanswered in this chapter: × not in place yet

## Profile: triage answers the profile's counts imply

triage-suggested-patents = Suggested: the profile lists { $count } patents, so "yes" is preselected (click to confirm or change)
triage-suggested-trademarks = Suggested: the profile lists { $count } trademarks, so "yes" is preselected (click to confirm or change)
triage-suggested-copyright = Suggested: the profile lists { $count } copyrights, so "yes" is preselected (click to confirm or change)
triage-suggested-trade_secrets = Suggested: the profile lists { $count } trade secrets, so "yes" is preselected (click to confirm or change)

## What first

todo-title = Do these first
todo-hint = What the app judges comes first: the conditions certification requires, then the most urgent work of the first phase. Owners and dates come from the action plan and can be changed on the Plan tab.
todo-none = No open actions.
todo-step-owner-due = { $owner } · by { $due }
todo-step-prerequisite = Required before certification
todo-step-scope = Write down what the system covers: which company, which sites, which products, which departments — one page is enough
todo-step-obligations = Make a list of the IP laws, contract terms and customer requirements the company has to meet
todo-step-policy = Write a one-page IP policy and have the general manager sign and issue it
todo-step-lead = Name one person responsible for IP (the management representative) in a letter signed by the general manager
todo-step-objectives = Set three to five measurable yearly IP objectives, such as patent filings or the share of contracts reviewed
todo-step-manual = Write the IP manual and a few procedures, approved and issued by the general manager
todo-step-internal-audit = Once the system has run for two or three months, have all departments checked internally (the internal audit)
todo-step-management-review = After the internal audit, the general manager chairs a management review meeting
todo-step-close-findings = Fix every problem the internal audit found and have the internal auditor confirm and sign it off
todo-step-action = { $action }
report-col-step = What to do
report-step-prerequisite = { $step } (required before certification)

## Glossary

glossary-title = Glossary
glossary-intro = The words of the standard and of auditors, in plain language. Wherever they appear in the questionnaire, hover over the word in the "Terms" line below the text to see what it means.
glossary-terms-label = Terms:
glossary-clause = see clause { $clause } of the standard

## Questionnaire: plain help

q-plain-heading = What this item asks
q-examples-heading = What the four verdicts look like in a factory of a few dozen people
q-example-line = { $verdict }: { $text }
q-show-auditor-text = Show the auditor's guidance and typical evidence
q-hide-auditor-text = Hide the auditor's guidance
q-show-plain-text = Show the plain explanation and examples
q-hide-plain-text = Hide the plain explanation

## Getting started with 贯标

guide-open = What is 贯标?
guide-back = Back
intro-tab = What is 贯标
intro-title = What 贯标 is and what it takes
intro-what = "贯标" means putting the way your company handles patents, trademarks, trade secrets and contracts in order according to the national standard GB/T 29490 (IP compliance management systems — requirements), writing it down, following it, and then having a certification body audit it. Passing brings an IP management system certificate, valid for three years with a surveillance audit every year.
intro-steps-title = The steps, roughly
intro-step-1 = 1. Check where you stand: go through the items in this app one by one (the diagnosis).
intro-step-2 = 2. Plan: name a person in charge, write an IP policy and objectives, decide which departments and activities the system covers.
intro-step-3 = 3. Write the documents: an IP manual, a few procedures and record forms, approved and issued by the general manager.
intro-step-4 = 4. Run it for three months: train the staff, work by the procedures and keep the records.
intro-step-5 = 5. Internal audit and management review: check everything yourselves once, then the general manager reviews it in a meeting.
intro-step-6 = 6. Apply for certification: the certification body reviews the documents, then audits on site, and issues the certificate when you pass.
intro-cost-title = How long and how much, roughly (estimate)
intro-cost-months = From kick-off to certificate: about { $months } months
intro-cost-consultant = A consultancy: about { $range } (you can also do it yourselves)
intro-cost-audit = The certification body's fee: about { $range }
intro-cost-note = These are ranges from public sources, not quotes. An estimate for your company is on the diagnosis's Dashboard.
intro-brings-title = What the certificate brings
intro-brings-1 = • Many provinces and cities pay certified firms a one-off reward or subsidy (those for your region are listed on the Dashboard).
intro-brings-2 = • It often counts in applications for high-tech enterprise status, "specialized and innovative" programs, government projects and tenders.
intro-brings-3 = • Above all: someone looks after patents, trademarks, confidentiality and contracts, with records, so fewer infringement and leak surprises.
intro-app = In this app: fill in the Profile, then answer the Questionnaire item by item (mark what you do not have as "not in place yet"); the Dashboard then tells you how far you are, what to do first, how long it takes, roughly what it costs and which rewards you may claim.
cost-yuan-range = ¥{ $low }–{ $high }
cost-missing-data = The cost data could not be read.

## Report: self-assessment

rep-assessor-self = Prepared by
rep-conclusion-self = Summary (printed at the start of the report)
rep-use-written-conclusion = Start from the conclusion the app wrote
rep-conclusion-fallback = You may leave it empty: the report then prints the conclusion the app wrote from the results.
rep-use-written-conclusion-self = Start from the summary the app wrote
rep-conclusion-fallback-self = You may leave it empty: the report then prints the summary the app wrote from the results.

## The conclusion written from the results

conclusion-how-far-enterprise = This self-assessment answered { $answered } of { $applicable } applicable items, with an overall score of { $score } out of 100. It found { $findings } problems: { $major } major nonconformities, { $minor } minor ones and { $observation } observations.
conclusion-how-far-consultant = This diagnosis assessed { $answered } of { $applicable } applicable items, with an overall score of { $score } out of 100. It found { $findings } problems: { $major } major nonconformities, { $minor } minor ones and { $observation } observations.
conclusion-nothing-enterprise = No applicable item has been answered in this self-assessment yet, so there is no score.
conclusion-nothing-consultant = No applicable item has been assessed in this diagnosis yet, so there is no score.
conclusion-ready = Every condition required before certification is met: the company can apply to a certification body.
conclusion-not-ready-date = The company is not ready to apply for certification yet; once the action plan is carried out, it can expect to apply on { $date }.
conclusion-not-ready = The company is not ready to apply for certification yet, and no application date can be worked out for now (see the section on certification prerequisites).
conclusion-first = Do these first: { $steps }.
conclusion-step-sep = {"; "}
conclusion-text = { $how_far } { $when } { $first }
report-title-self = IP Compliance Management System Self-Assessment Report
report-sub-self-conclusion = Conclusion of the self-assessment
report-cover-prepared-by = Prepared by
report-confidential-self = Internal self-assessment, for management's decisions
report-sign-statement-self = The company prepared this report itself against GB/T 29490; it shows the situation on the as-of date and helps management decide whether and how to go for certification.
report-sign-prepared = Prepared by
report-sign-approved = Approved (general manager)

## How long and how much (estimate)

cost-title = How long and how much (estimate)
cost-estimate-note = All figures are estimates, not quotes: ranges from public sources, worked out from your head count, your IP rights and the gaps this assessment found.
cost-staff-days = Your own staff's time: about { $days } person-days (all phases)
cost-months = From kick-off to certificate: about { $months } months
cost-consultant = A consultancy, if you hire one: about { $range }
cost-audit = The certification body's fee: about { $range }
cost-audit-days = Initial certification audit: about { $days } auditor-days
cost-source = Source: { $source } (checked { $date })
cost-source-staff = Person-days worked out by: { $source } (checked { $date })
cost-missing-audit-days = Audit days: no published table of auditor-days was found; ask the certification body for a quote.
cost-missing-employees = No head count given: person-days assume a firm of about 50 people.
cost-missing-consultant-fee = No published consultancy fee applies to your company.
cost-missing-audit-fee = No published certification fee applies to your company.
cost-missing-project-months = No published project duration applies to your company.
report-sec-cost = Time and cost estimate

## What you may claim

claims-title = Rewards and support you may claim
claims-hint = Chosen by the province and city in the Profile; amounts and conditions follow the authority's latest notice, so ask the office listed before you apply.
claims-no-region = Enter the province and city in the Profile to see the local rewards here.
claims-none = No local reward data was found for your company's location.
claims-level-national = National
claims-level-province = Province
claims-level-city = City
claims-level-district = District
claims-non-monetary = Not money
claims-possible = May apply (your district is not given or differs; please check)
claims-stale = May be out of date (the policy is over two years old or was not checked for long); check with the authority
claims-office = Ask: { $office }
claims-source = Source: { $source } ({ $year } policy, checked { $date })
claims-source-undated = Source: { $source } (policy year unknown, checked { $date })

## A self-assessment's own words where a consultancy's report says "diagnosis" (ReportDoc::tr
## uses the "-self" message when the enterprise assesses itself)
report-subject-self = Self-assessment against { $edition }
report-cover-client-self = Company
report-cover-as-of-self = Assessed as of
report-sec-conclusion-self = Self-assessment summary
report-sec-method-self = How the company assessed itself
report-sec-scores-self = Scores
report-sec-compare-self = Comparison with the previous self-assessment
report-sec-support-self = Support the company may claim
report-legacy-notice-self = This self-assessment uses GB/T 29490-2013 and serves only to map the company's existing documents. Since January 1, 2025, every certification application is to GB/T 29490-2023; 2013 certificates not converted by December 31, 2025, are suspended or withdrawn.
report-summary-self = This self-assessment against { $edition } covered { $items ->
        [one] { $items } item
       *[other] { $items } items
    }: { $applicable } { $applicable ->
        [one] applies
       *[other] apply
    } and { $answered } { $answered ->
        [one] was
       *[other] were
    } answered, for an overall score of { $score }. It found { $major ->
        [one] { $major } major nonconformity
       *[other] { $major } major nonconformities
    }, { $minor ->
        [one] { $minor } minor nonconformity
       *[other] { $minor } minor nonconformities
    } and { $observation ->
        [one] { $observation } observation
       *[other] { $observation } observations
    }.
report-summary-no-score-self = This self-assessment against { $edition } covers { $items } items; no applicable item has been answered yet, so there is no score.
report-method-intro-self = The company went through each item of { $edition } itself, asking the people responsible, reading documents, checking records and looking on site. The verdicts and their points:
report-today-self = Assessed as of
