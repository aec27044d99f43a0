## Engine: profile, size class, gates, plan, support

## Shared
engine-sep-facts = {", "}
engine-sep-enum = {", "}
engine-name = { $name }

## Enterprise profile
profile-field-name = Organization name
profile-field-uscc = Unified social credit code
profile-field-province = Province
profile-field-city = City
profile-field-industry = Industry
profile-field-employees = Employees
profile-field-revenue_wan = Revenue (CNY 10k)
profile-field-assets_wan = Total assets (CNY 10k)
profile-field-taxable_income_wan = Prior-year taxable income (CNY 10k)
profile-field-other_systems = Other management systems
profile-field-ip_staff = IP staff
profile-field-invention_patents = Valid invention patents
profile-field-utility_models = Utility model patents
profile-field-designs = Design patents
profile-field-trademarks = Registered trademarks
profile-field-software_copyrights = Software copyrights
profile-field-other_copyrights = Other copyrights
profile-field-trade_secrets = Declared trade secrets

mgmt-system-iso-9001 = ISO 9001 quality management
mgmt-system-iso-14001 = ISO 14001 environmental management
mgmt-system-iso-45001 = ISO 45001 occupational health and safety
mgmt-system-iso-27001 = ISO 27001 information security
mgmt-system-none = None of these yet

err-profile-name-empty = Enter the organization's name.
err-profile-too-long = { $field ->
        [name] The organization name
        [province] The province
        [city] The city
       *[other] The list of other management systems
    } cannot be longer than { $max } characters.
err-profile-out-of-range = { $field ->
        [employees] Employees
        [revenue_wan] Revenue
        [assets_wan] Total assets
        [taxable_income_wan] Prior-year taxable income (enter 0 for a loss year)
        [ip_staff] IP staff
        [invention_patents] Invention patents
        [utility_models] Utility models
        [designs] Design patents
        [trademarks] Trademarks
        [software_copyrights] Software copyrights
        [other_copyrights] Other copyrights
        [trade_secrets] Trade secrets
       *[other] This value
    } must lie between { $min } and { $max }.
err-profile-uscc-length = A unified social credit code has 18 characters; this one has { $count }.
err-profile-uscc-character = Character { $position } of the unified social credit code, "{ $found }", is not allowed: use digits and capital letters except I, O, S, V and Z.
err-profile-uscc-division = Characters 3–8 of the unified social credit code must be the six-digit division code of the registering authority.
err-profile-uscc-check = The check character of the unified social credit code does not match: the first 17 characters give "{ $expected }", the code ends in "{ $found }". Check the business license.
err-profile-ip-staff = IP staff ({ $ip_staff }) cannot exceed the number of employees ({ $employees }).

## Size class
size-indicator-industry = the industry
size-indicator-employees = employees
size-indicator-revenue = revenue
size-indicator-assets = total assets
size-cmp-employees = { $value } employees { $op } { $bound }
size-cmp-revenue = revenue { $value } { $op } { $bound } (CNY 10k)
size-cmp-assets = total assets { $value } { $op } { $bound } (CNY 10k)
size-reason-micro = { $industry }. Below the small-enterprise threshold: { $below }. One indicator below it is enough: size class micro.
size-reason-small = { $industry }. Every small-enterprise threshold met: { $met }. Not every medium-enterprise threshold met: { $short }. Size class: small.
size-reason-medium = { $industry }. Under the SME ceiling: { $under }. Every medium-enterprise threshold met: { $met }. Size class: medium.
size-reason-large = { $industry }. At or above the SME ceiling on every indicator: { $met }. Size class: large (not an SME).
size-reason-unknown = { $industry }. No known indicator is below the small-enterprise threshold; give { $missing } to decide the size class.
size-reason-unknown-none = { $industry }. Give { $missing } to decide the size class.
size-reason-no-industry = No industry chosen yet, so the size class cannot be decided.
size-reason-no-table = The bundled size-class thresholds cannot be read, so the size class cannot be decided.

## Policy data files
err-policy-syntax = The policy data file has an error on line { $line }: { $detail }
err-policy-missing-text = Policy entry "{ $entry }": "{ $field }" needs both Chinese and English text.
err-policy-duplicate = Policy entry "{ $entry }" appears twice.
err-policy-missing-industry = The size-class thresholds lack the industry "{ $entry }".
err-policy-bounds = The thresholds of industry "{ $entry }" are inconsistent: every level must use the same indicators, positive values, and small ≤ medium ≤ ceiling.
err-policy-value = Policy entry "{ $entry }": the value of "{ $field }" is out of range.

## Scoring
score-formula = Each item scores by its verdict: conforming { $conform }, observation { $observation }, minor nonconformity { $minor }, major nonconformity { $major }. A clause, chapter, IP process or overall score = Σ(weight × score) ÷ Σ(weight) over the answered, applicable items, with weights (1–3) from the diagnosis checklist. Items that do not apply (including those excluded automatically by a triage "no") are left out; unanswered items are left out of the score as well and only lower the progress. Annex B prohibited-behavior checks count in the overall score and in the compliance-management process score.

## Certification gates
gate-business-licence = Legal entity with a valid business license
gate-operating-period = System operating for at least three months
gate-internal-audit = Internal audit completed after operation started
gate-management-review = Management review held after the internal audit
gate-no-penalty = No IP administrative penalty in the window
gate-prerequisites = Every prerequisite item conforms
gate-trained-auditor = A trained internal auditor or IP lead
gate-valid-right = At least one valid IP right
gate-status-passed = Passed
gate-status-failed = Failed
gate-status-unknown = To be confirmed
gate-kind-hard = Required
gate-kind-advisory = Advisory
gate-ready-yes = Ready to apply for certification
gate-ready-no = Not yet ready to apply for certification
gate-business-licence-passed = The organization confirms it holds a valid business license.
gate-business-licence-failed = The business license is invalid or expired; restore the legal standing before applying for certification.
gate-business-licence-unknown = Whether the business license is valid has not been confirmed yet.
gate-operating-period-unknown = The date the system started operating has not been recorded.
gate-operating-period-future = The system is planned to start operating on { $start } and is not running yet; three months of operation would be reached on { $enough }.
gate-operating-period-passed = The system has been operating since { $start } and reached three months on { $enough }.
gate-operating-period-failed = The system has been operating since { $start } and reaches three months only on { $enough }.
gate-internal-audit-unknown = No completion date of an internal audit has been recorded.
gate-internal-audit-future = The internal audit date { $date } lies after the assessment date, so it is not done yet.
gate-internal-audit-unverified = The internal audit was completed on { $date }, but without the operation start date it cannot be confirmed that it followed the start of operation.
gate-internal-audit-failed = The internal audit ({ $date }) predates the start of operation ({ $previous }); hold a new internal audit covering every clause and department after operation has started.
gate-internal-audit-passed = The internal audit was completed on { $date }, after operation started ({ $previous }).
gate-management-review-unknown = No management review date has been recorded.
gate-management-review-future = The management review date { $date } lies after the assessment date, so it is not done yet.
gate-management-review-unverified = The management review was held on { $date }, but without the internal audit date it cannot be confirmed that it followed the audit.
gate-management-review-failed = The management review ({ $date }) predates the internal audit ({ $previous }); hold a new management review after the audit.
gate-management-review-passed = The management review was held on { $date }, after the internal audit ({ $previous }).
gate-no-penalty-passed = No IP administrative penalty during operation or in the year before.
gate-no-penalty-failed = An IP administrative penalty was imposed during operation or in the year before; clear this with the certification body before applying.
gate-no-penalty-unknown = Whether any IP administrative penalty was imposed recently has not been confirmed.
gate-prerequisites-failed = { $count } of { $total } prerequisite items { $count ->
        [one] does
       *[other] do
    } not conform: { $items }.
gate-prerequisites-unknown = { $open } of { $total } prerequisite items { $open ->
        [one] is
       *[other] are
    } still unanswered and count as not met until answered: { $items }.
gate-prerequisites-failed-open = { $count } of { $total } prerequisite items { $count ->
        [one] does
       *[other] do
    } not conform and { $open } more { $open ->
        [one] is
       *[other] are
    } unanswered (counted as not met): { $items }.
gate-prerequisites-passed = { $total ->
        [one] The one prerequisite item conforms.
       *[other] All { $total } prerequisite items conform.
    }
gate-trained-auditor-failed = No internal auditor or IP lead has been trained and examined on the standard yet; schedule the training early.
gate-trained-auditor-passed = { $count ->
        [one] { $count } trained internal auditor or IP lead.
       *[other] { $count } trained internal auditors or IP leads.
    }
gate-trained-auditor-unknown = The number of trained internal auditors has not been recorded.
gate-trained-auditor-named = { $count ->
    [one] The organization lists 1 internal auditor ({ $names }); confirm they have been trained and examined on the standard, and enter the number under "The system so far".
   *[other] The organization lists { $count } internal auditors ({ $names }); confirm they have been trained and examined on the standard, and enter the number under "The system so far".
}
gate-trained-auditor-failed-named = { $count ->
    [one] { $names } is listed as an internal auditor, but the number of trained auditors recorded is 0: arrange the training and examination, then update the number.
   *[other] { $names } are listed as internal auditors, but the number of trained auditors recorded is 0: arrange the training and examination, then update the number.
}
gate-valid-right-passed = The organization holds { $count ->
        [one] { $count } valid patent, trademark or registered copyright.
       *[other] { $count } valid patents, trademarks or registered copyrights.
    }
gate-valid-right-failed = The organization holds no valid patent, trademark or registered copyright yet; certification bodies usually expect at least one valid IP right.
gate-earliest-licence = No application date can be set until the business license is in order.
gate-earliest-penalty = An IP administrative penalty must be cleared with the certification body before an application date can be set.
gate-earliest-now = Every timing condition is met: the application is possible from { $date } (the other required gates must pass as well).
gate-earliest-operation = The system must operate for three months ({ $enough }), so the earliest application date is { $date }.
gate-earliest-review = An internal audit and a management review are still to come; with the usual durations the earliest application date is { $date }.

## Readiness plan
plan-milestone-operation-start = System starts operating
plan-milestone-operation-three-months = Three months of operation
plan-milestone-internal-audit-done = Internal audit completed
plan-milestone-management-review-done = Management review completed
plan-milestone-application = Certification application submitted
plan-milestone-certificate = Certificate expected

## Support the firm may claim
-seed-policy = CNIPA's Opinions on IP Support for the Development of Small and Micro Enterprises (Guo Zhi Fa Guan Zi [2014] No. 57)
support-disclaimer = Support the organization may be able to claim, for orientation only: eligibility depends on the conditions at the time of application and on local policy; the authorities' official notices prevail.
support-likelihood-likely = Condition appears to be met
support-likelihood-possible = Depends on the details
support-regional-title = Certification funding in { $region }
support-regional-detail = { $amount } (information checked on { $checked }).
support-regional-detail-stale = { $amount } (information checked on { $checked }, more than a year ago; confirm the current policy with the local office).

support-fee-reduction-title = Patent fee reduction
support-fee-reduction-detail = { $known ->
        [yes] Prior-year taxable income of { $income } (CNY 10k) is below 100, so patent fees may be reduced on request to CNIPA: by 85 % for a single applicant, 70 % for joint applicants.
       *[other] If prior-year taxable income is below CNY 1 million, patent fees may be reduced on request: by 85 % for a single applicant, 70 % for joint applicants. Enter the taxable income to check.
    }
support-fee-reduction-conditions = Prior-year taxable income below CNY 1 million (the threshold since 1 July 2019) and a fee-reduction filing; covers application, substantive-examination and reexamination fees and the annual fees of the first ten years from grant.
support-fee-reduction-source = Measures for Patent Fee Reduction (Cai Shui [2016] No. 78), with the eligibility change of 1 July 2019

support-expedited-examination-title = Priority examination of patents
support-expedited-examination-detail = Core patent applications needed urgently may be examined with priority: for inventions, a first office action within 45 days of acceptance and a decision within one year; utility models and designs within two months.
support-expedited-examination-conditions = The application must fall under a case listed in the Measures for Priority Examination (for example a key national or local industry, implementation prepared or infringement under way, or a first Chinese filing also filed abroad), with the request and supporting documents. { $size ->
        [micro] The 2014 No. 57 opinions call for priority examination of small and micro firms' core patent applications.
        [small] The 2014 No. 57 opinions call for priority examination of small and micro firms' core patent applications.
       *[other] {""}
    }
support-expedited-examination-source = Measures for the Administration of Priority Examination of Patents (CNIPA Order No. 76, in force 1 August 2017)

support-filing-abroad-title = Filing abroad and PPH assistance
support-filing-abroad-detail = For exports or trade fairs abroad, the Patent Prosecution Highway (PPH) speeds up grants in other countries; the { -seed-policy } call for PPH promotion and help with filing abroad for small and micro firms.
support-filing-abroad-conditions = Requires a corresponding Chinese application or patent; the local IP office announces the actual assistance programs.
support-filing-abroad-source = { -seed-policy }

support-filing-subsidy-title = Patent filing subsidies
support-filing-subsidy-detail = Many localities subsidize patent filings and grants, with a tilt towards small and micro firms.
support-filing-subsidy-conditions = { $size ->
        [unknown] This measure targets small and micro firms; complete the size indicators to confirm the size class.{" "}
       *[other] {""}
    }Scope and amounts vary by locality and change often; confirm with the local IP office.
support-filing-subsidy-source = { -seed-policy }

support-first-invention-title = Reward for the first invention patent
support-first-invention-detail = The organization holds no valid invention patent yet; the { -seed-policy } call for a reward for a small or micro firm's first granted invention patent.
support-first-invention-conditions = A small or micro firm with the invention patent granted; whether a reward exists, and how much, depends on local policy.
support-first-invention-source = { -seed-policy }

support-certification-reward-title = Funding or reward for certification
support-certification-reward-detail = The { -seed-policy } allow funding and rewards for small and micro firms that pass IP-management-system certification; amounts differ by province, city and district and have ranged from about CNY 10,000 to 300,000.
support-certification-reward-conditions = { $size ->
        [unknown] This measure targets small and micro firms; complete the size indicators to confirm the size class.{" "}
       *[other] {""}
    }Requires a valid IP-management-system certificate; ask the provincial, city or district IP office for this year's call.
support-certification-reward-source = { -seed-policy }

support-pledge-financing-title = IP pledge financing
support-pledge-financing-detail = With valid patents or registered trademarks the organization can explore IP-backed loans, licensing, assignment or contribution as equity; some localities run risk-compensation funds, interest subsidies or IP-insurance subsidies.
support-pledge-financing-conditions = The pledged rights must be valid with clear ownership, valued and registered as pledged; loan amounts and subsidies depend on the bank and local policy.
support-pledge-financing-source = { -seed-policy }

support-service-vouchers-title = Patent service vouchers and purchased services
support-service-vouchers-detail = Some localities buy services for small and micro firms through "patent service vouchers" (patent agency, search and analysis, standard implementation coaching), and patent attorneys are encouraged to file one application a year free of charge for such firms.
support-service-vouchers-conditions = { $size ->
        [unknown] This measure targets small and micro firms; complete the size indicators to confirm the size class.{" "}
       *[other] {""}
    }Subject to the local call; vouchers are usually redeemed at designated service providers.
support-service-vouchers-source = { -seed-policy }

support-standard-diagnosis-title = Expert gap diagnosis and implementation guidance
support-standard-diagnosis-detail = The { -seed-policy } call for expert teams to diagnose small and micro firms against the standard on request and to guide their implementation plan.
support-standard-diagnosis-conditions = { $size ->
        [unknown] This measure targets small and micro firms; complete the size indicators to confirm the size class.{" "}
       *[other] {""}
    }Ask the local IP office or service center whether such a program is running.
support-standard-diagnosis-source = { -seed-policy }

support-information-services-title = Patent information and training
support-information-services-detail = Public service platforms offer free or low-cost patent searches and information alerts, and managers and R&D leads of small and micro firms are included in national IP training plans.
support-information-services-conditions = { $size ->
        [unknown] This measure targets small and micro firms; complete the size indicators to confirm the size class.{" "}
       *[other] {""}
    }Apply through the local patent information service point or training base.
support-information-services-source = { -seed-policy }

support-rights-protection-title = Enforcement assistance and fast mediation
support-rights-protection-detail = IP rights-protection assistance centers help small and micro firms whose rights are infringed to plan enforcement, and fast mediation of patent disputes shortens the process and lowers its cost.
support-rights-protection-conditions = { $size ->
        [unknown] This measure targets small and micro firms; complete the size indicators to confirm the size class.{" "}
       *[other] {""}
    }Apply to the local IP rights-protection assistance or protection center.
support-rights-protection-source = { -seed-policy }

## Command line: size class
err-classify-industry = Unknown industry code "{ $code }". Available codes: { $codes }
err-classify-amount = { $option } { $value } is invalid: give a number of at least 0 (in CNY 10k).
