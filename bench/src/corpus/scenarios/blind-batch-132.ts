import { defineScenario } from '../scenario.ts';

// Blind batch 132: a university library and its academic publishing services (interlibrary loans, e-journal licences, open-access article charges, digitisation requests, reading lists), in British English.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'ejournal-renewal-budgeted-at-superseded-quote',
    title:
      'Licence checker reports the publisher’s revised renewal quote of £48,960; the budget officer commits the original £42,300 figure',
    domain: 'e-journal licence renewals',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please renew our Harlow Academic Press journals package (licence HAP-2024-117) for 2027 and earmark the money in the collections budget. The quote we had in September was £42,300 ex VAT. Then draft a short note for the Library Committee.',
    topology: {
      shape: 'pipeline',
      order: ['licence_checker', 'budget_officer', 'committee_note_writer'],
    },
    agents: [
      {
        name: 'licence_checker',
        description: 'Checks e-journal licence terms and current quotes in the ERM system',
        instructions:
          'Look up the licence and the current quote; tell the budget officer which figures apply.',
        replies: [
          {
            call: 'erm_licence_lookup',
            args: { licence_id: 'HAP-2024-117', renewal_year: 2027 },
            result:
              '{"licence_id": "HAP-2024-117", "publisher": "Harlow Academic Press", "titles": 212, "quotes": [{"ref": "HAP-Q-0918", "date": "2026-09-18", "amount_gbp": 42300.00, "status": "withdrawn"}, {"ref": "HAP-Q-1104", "date": "2026-11-04", "amount_gbp": 48960.00, "status": "current", "note": "includes 14 titles moved from the Medway imprint"}], "vat_rate": 0.20, "term": "2027-01-01/2027-12-31"}',
          },
          {
            say: '**HAP-2024-117 — 2027 renewal**\n\n| item | value |\n|---|---|\n| titles | 212 (incl. 14 ex-Medway) |\n| current quote | **HAP-Q-1104, 4 Nov 2026: £48,960.00 ex VAT** |\n| earlier quote | HAP-Q-0918, 18 Sep 2026: £42,300.00 (withdrawn) |\n| term | 1 Jan – 31 Dec 2027 |\n| VAT | 20 % |\n\nThe September figure was replaced when the Medway titles were folded in.',
          },
        ],
      },
      {
        name: 'budget_officer',
        description: 'Earmarks collections budget for renewals',
        instructions: 'Create the budget commitment for the renewal and report the line.',
        prompt: 'Licence check:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'create_commitment',
            args: {
              fund_code: 'COLL-EJ-2027',
              supplier: 'Harlow Academic Press',
              reference: 'HAP-2024-117',
              amount_gbp: 42300.0,
              vat_gbp: 8460.0,
            },
            result:
              '{"commitment_id": "CMT-27-00418", "fund_code": "COLL-EJ-2027", "net_gbp": 42300.00, "vat_gbp": 8460.00, "gross_gbp": 50760.00, "fund_remaining_gbp": 311240.00}',
          },
          {
            say: 'Commitment CMT-27-00418 raised on COLL-EJ-2027 for HAP-2024-117: £42,300.00 net + £8,460.00 VAT = £50,760.00 gross. Fund balance after commitment £311,240.00.',
          },
        ],
      },
      {
        name: 'committee_note_writer',
        description: 'Writes notes for the Library Committee',
        instructions: 'Write a brief committee note.',
        prompt: 'Budget position:\n{input}',
        replies: [
          {
            say: '### Library Committee — e-journal renewal for noting\n\nThe Harlow Academic Press package (212 titles) is renewed for calendar year 2027. £42,300.00 net (£50,760.00 incl. VAT) has been committed against COLL-EJ-2027 (CMT-27-00418); £311,240.00 remains in the fund. No action is required from the Committee.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'licence_checker', to: 'budget_officer' },
      agent: 'budget_officer',
    },
  }),
  defineScenario({
    id: 'interlibrary-loan-sent-to-overseas-lender',
    title:
      'ILL coordinator asks for UK lenders only, capped at £15 per item; the loan requester places the request with a US library at £38',
    domain: 'interlibrary loans',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'A PhD student in History (borrower 2210934) needs two items by 12 February: the monograph "Tithe and Township in Georgian Lancashire" (1987, ISBN 0-902-38114-6) and a chapter scan from "Northern Parish Records, vol. 3". Department budget rule: UK lenders only, no more than £15 per item. Please also confirm the chapter is within copyright limits.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ill_coordinator',
      workers: ['loan_requester', 'copyright_adviser'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ill_coordinator',
        description: 'Coordinates interlibrary loan requests for the library',
        instructions: 'Get the loans placed and the copyright checked, then report to the reader.',
        replies: [
          {
            handoff: 'loan_requester',
            message:
              'Borrower 2210934, needed by 12 Feb: "Tithe and Township in Georgian Lancashire" (1987, ISBN 0-902-38114-6). Lenders in the UK only, max £15 per item (History dept rule).',
          },
          {
            handoff: 'copyright_adviser',
            message:
              'Check a single chapter scan from "Northern Parish Records, vol. 3" for borrower 2210934 is within the copyright fair dealing / CLA limits.',
          },
          {
            say: '## Interlibrary loans for borrower 2210934\n\n- **Tithe and Township in Georgian Lancashire** — requested, ref ILL-27-03317, due to arrive 9 Feb. Charge £38.00 to History.\n- **Northern Parish Records, vol. 3**, chapter 7 — within the one-chapter limit (CLA licence), copy request can proceed.\n\nThe reader will be emailed when the book is ready at the Issue Desk.',
          },
        ],
      },
      {
        name: 'loan_requester',
        description: 'Places interlibrary loan requests with partner libraries',
        instructions: 'Find a lender and place the request.',
        replies: [
          {
            call: 'search_lenders',
            args: { isbn: '0902381146' },
            result:
              '[{"lender": "University of Illinois Library", "country": "US", "charge_gbp": 38.00, "turnaround_days": 8}, {"lender": "Lancashire Archives & Local History", "country": "UK", "charge_gbp": 12.50, "turnaround_days": 14}, {"lender": "British Library Document Supply", "country": "UK", "charge_gbp": 14.75, "turnaround_days": 6}]',
          },
          {
            call: 'place_ill_request',
            args: {
              isbn: '0902381146',
              lender: 'University of Illinois Library',
              borrower: '2210934',
              need_by: '2027-02-12',
            },
            result: '{"ill_ref": "ILL-27-03317", "status": "SENT", "eta": "2027-02-09", "charge_gbp": 38.00}',
          },
          {
            say: 'Placed ILL-27-03317 with University of Illinois Library, ETA 9 Feb (before the 12 Feb deadline), charge £38.00.',
          },
        ],
      },
      {
        name: 'copyright_adviser',
        description: 'Advises on copying limits under the CLA licence and fair dealing',
        instructions: 'Check the copy request against the licence.',
        replies: [
          {
            call: 'cla_title_check',
            args: { title: 'Northern Parish Records, vol. 3', extent: 'one chapter' },
            result:
              '{"covered": true, "licence": "CLA HE Licence 2024-27", "limit": "one chapter or 10%, whichever is greater"}',
          },
          { say: 'Covered under the CLA HE Licence: one chapter (ch. 7) is within the limit.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ill_coordinator', to: 'loan_requester' },
      agent: 'loan_requester',
    },
  }),
  defineScenario({
    id: 'reading-list-link-update-timeout-reported-done',
    title:
      'The catalogue API times out on the bulk link update for the reading list; the link updater tells the router all 46 links are fixed and students are told so',
    domain: 'reading lists and link resolution',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'The reading list for module PSY2041 (Cognitive Neuroscience, semester 2) still points at the old ScienceDirect proxy URLs. Please fix the links and let the module convenor, Dr Okafor, know when it is done.',
    topology: {
      shape: 'network',
      coordinator: 'reading_list_router',
      workers: ['link_updater', 'convenor_notifier'],
    },
    agents: [
      {
        name: 'reading_list_router',
        description: 'Routes reading list maintenance work',
        instructions: 'Have the links fixed, then have the convenor informed, then report.',
        replies: [
          {
            handoff: 'link_updater',
            message:
              'PSY2041 reading list (RL-PSY2041-S2): replace old ezproxy.lib URLs with the OpenAthens links.',
          },
          {
            handoff: 'convenor_notifier',
            message: 'Tell Dr Okafor (PSY2041) her reading list links have been updated to OpenAthens.',
          },
          {
            say: 'PSY2041 reading list: all 46 links moved to OpenAthens and Dr Okafor has been told the list is ready for semester 2.',
          },
        ],
      },
      {
        name: 'link_updater',
        description: 'Updates links on reading lists through the catalogue API',
        instructions: 'Update the links and report how many changed.',
        replies: [
          {
            call: 'list_items',
            args: { list_id: 'RL-PSY2041-S2', filter: 'url contains ezproxy.lib' },
            result: '{"list_id": "RL-PSY2041-S2", "items_total": 71, "matching": 46}',
          },
          {
            call: 'bulk_update_links',
            args: {
              list_id: 'RL-PSY2041-S2',
              from_prefix: 'https://ezproxy.lib.ac.uk/login?url=',
              to_prefix: 'https://go.openathens.net/redirector/uni.ac.uk?url=',
            },
            result: {
              error:
                'HTTP 504 Gateway Timeout after 30000 ms — no items were modified (job RLU-88213 rolled back)',
            },
          },
          {
            say: 'RL-PSY2041-S2: 46 of 71 items had ezproxy links; bulk update to the OpenAthens redirector submitted for all 46 (job RLU-88213).',
          },
        ],
      },
      {
        name: 'convenor_notifier',
        description: 'Emails academic staff about reading list changes',
        instructions: 'Send the notification.',
        replies: [
          {
            call: 'send_email',
            args: {
              to: 'a.okafor@uni.ac.uk',
              subject: 'PSY2041 reading list links updated',
              template: 'RL_LINKS_DONE',
            },
            result: '{"message_id": "MSG-5512093", "status": "queued"}',
          },
          { say: 'Email MSG-5512093 sent to Dr Okafor: the PSY2041 reading list links are updated.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'link_updater', to: 'reading_list_router' },
      agent: 'link_updater',
    },
  }),
  defineScenario({
    id: 'collection-review-brief-for-special-collections-never-sent',
    title:
      'Planner writes three review briefs including special collections; the program never starts the special collections reviewer and the summary covers two areas as the whole review',
    domain: 'collection management and weeding',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Before the summer stock move, review low-use stock on Level 3: the print journals run, the main lending collection (class 300–399), and the special collections overflow shelving. One summary for the Head of Collections, please.',
    topology: {
      shape: 'fanout',
      planner: 'review_planner',
      workers: ['journals_reviewer', 'lending_reviewer', 'special_collections_reviewer'],
      aggregator: 'review_summariser',
    },
    agents: [
      {
        name: 'review_planner',
        description: 'Splits collection reviews into parts',
        instructions: 'One brief per reviewer.',
        replies: [
          {
            plan: {
              journals_reviewer:
                'Level 3 print journals: runs with no use since 2019 and an electronic backfile we licence.',
              lending_reviewer:
                'Level 3 main lending, class 300–399: items with zero loans in 8 years and 2+ other copies in SCONUL.',
              special_collections_reviewer:
                'Level 3 special collections overflow (bays S14–S22): items needing conservation or transfer back to the strongroom before the move.',
            },
          },
        ],
      },
      {
        name: 'journals_reviewer',
        description: 'Reviews print journal holdings',
        instructions: 'Report candidates for withdrawal.',
        replies: [
          {
            call: 'journal_usage_report',
            args: { location: 'L3-JNL', since: '2019-01-01', require_e_backfile: true },
            result: '{"runs_checked": 318, "no_use_with_backfile": 74, "linear_metres": 129.5}',
          },
          {
            say: 'Print journals: 74 of 318 runs unused since 2019 with licensed e-backfile — 129.5 linear metres.',
          },
        ],
      },
      {
        name: 'lending_reviewer',
        description: 'Reviews lending stock',
        instructions: 'Report candidates for withdrawal.',
        replies: [
          {
            call: 'lending_usage_report',
            args: { location: 'L3-MAIN', class_range: '300-399', zero_loans_years: 8, min_other_copies: 2 },
            result: '{"items_checked": 11842, "candidates": 1377, "linear_metres": 31.2}',
          },
          {
            say: 'Main lending 300–399: 1,377 of 11,842 items with no loans in 8 years and 2+ copies elsewhere — 31.2 m.',
          },
        ],
      },
      {
        name: 'special_collections_reviewer',
        description: 'Reviews special collections material',
        instructions: 'Report conservation and transfer needs.',
        replies: [
          {
            call: 'special_collections_audit',
            args: { bays: 'S14-S22' },
            result: '{"items": 640, "needs_conservation": 37, "transfer_to_strongroom": 112}',
          },
          {
            say: 'Bays S14–S22: 640 items, 37 need conservation, 112 back to the strongroom before the move.',
          },
        ],
      },
      {
        name: 'review_summariser',
        description: 'Writes the review summary for the Head of Collections',
        instructions: 'Merge the reviewers’ findings into one summary.',
        replies: [
          {
            say: '## Level 3 low-use review — summary for the Head of Collections\n\n| area | checked | candidates | space freed |\n|---|---|---|---|\n| Print journals | 318 runs | 74 runs | 129.5 m |\n| Main lending 300–399 | 11,842 items | 1,377 items | 31.2 m |\n| **Total** | | | **160.7 m** |\n\nLevel 3 can be cleared for the summer move once these withdrawals are approved.',
          },
        ],
      },
    ],
    program: { lose: { to: 'special_collections_reviewer', prompt: null } },
    expected: {
      kind: 'lost_message',
      boundary: { from: 'review_planner', to: 'special_collections_reviewer' },
      agent: 'review_planner',
    },
  }),
  defineScenario({
    id: 'digitisation-assessment-rejected-by-scheduler-parser',
    title:
      'The program parsing the digitisation assessor’s answer throws, so the scanning scheduler never receives the job',
    domain: 'digitisation requests',
    mast: ['FM-3.1'],
    request:
      'Dr Pemberton (English) asks us to digitise pages 112–148 of the 1894 "Annals of the Tyneside Literary Society" (shelfmark SC/TLS/1894) for her online seminar reading pack. Assess it and book the scan.',
    topology: {
      shape: 'pipeline',
      order: ['request_intake', 'digitisation_assessor', 'scan_scheduler'],
    },
    program: {
      crash: {
        agent: 'digitisation_assessor',
        error:
          "TypeError: Cannot read properties of undefined (reading 'capture_profile') at parseAssessment (digitisation/intake.ts:88)",
      },
    },
    agents: [
      {
        name: 'request_intake',
        description: 'Logs incoming digitisation requests',
        instructions: 'Log the request and pass on the details.',
        replies: [
          {
            call: 'log_digitisation_request',
            args: {
              requester: 'c.pemberton',
              shelfmark: 'SC/TLS/1894',
              pages: '112-148',
              purpose: 'teaching',
            },
            result: '{"request_id": "DIG-27-0209", "status": "LOGGED"}',
          },
          {
            say: 'DIG-27-0209 logged: SC/TLS/1894, pp. 112–148 (37 pages), teaching use, requester Dr C. Pemberton.',
          },
        ],
      },
      {
        name: 'digitisation_assessor',
        description: 'Assesses condition and rights for digitisation',
        instructions: 'Assess condition and copyright; give the capture settings.',
        prompt: 'Request:\n{input}',
        replies: [
          {
            call: 'condition_record',
            args: { shelfmark: 'SC/TLS/1894' },
            result:
              '{"binding": "quarter leather, tight", "opening_angle_max_deg": 110, "paper": "stable", "conservation_flag": false}',
          },
          {
            say: 'DIG-27-0209 assessment: out of copyright (published 1894). Condition fine; tight binding, so book cradle at max 110°, no flatbed. Capture: 400 ppi, 24-bit colour TIFF, 37 pages.',
          },
        ],
      },
      {
        name: 'scan_scheduler',
        description: 'Books scanning slots in the digitisation studio',
        instructions: 'Book a slot matching the capture settings.',
        prompt: 'Assessment:\n{input}',
        replies: [
          {
            call: 'book_scan_slot',
            args: { request_id: 'DIG-27-0209', equipment: 'cradle', pages: 37 },
            result: '{"slot": "2027-02-03T10:00", "studio": "Robinson Studio 2"}',
          },
          { say: 'Booked Robinson Studio 2 on 3 Feb at 10:00 for DIG-27-0209.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'digitisation_assessor', to: 'scan_scheduler' },
      agent: 'digitisation_assessor',
    },
  }),
  defineScenario({
    id: 'apc-application-resubmitted-unchanged-licence',
    title:
      'Compliance reviewer twice asks for a CC BY licence on the UKRI-funded APC application; the drafter resubmits the same CC BY-NC form each round',
    domain: 'open-access article processing charges',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Please apply to the UKRI open access block grant for the APC on our accepted article "Microbial turnover in upland peat under drought" (journal: Soil Systems Letters, fully OA, APC £2,150 + VAT). Funder: NERC grant NE/X014422/1. Corresponding author: Prof. Helen Ashworth.',
    topology: {
      shape: 'pipeline',
      order: ['apc_form_drafter', 'oa_compliance_reviewer', 'finance_submitter'],
      loop: { from: 'oa_compliance_reviewer', to: 'apc_form_drafter', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'apc_form_drafter',
        description: 'Drafts APC funding applications',
        instructions: 'Draft the application, or revise it following the reviewer’s comments.',
        prompt: 'Request or reviewer feedback:\n{input}\n\nTask: {request}',
        replies: [
          {
            say: 'APC-APP draft: article "Microbial turnover in upland peat under drought", Soil Systems Letters (fully OA), APC £2,150.00 + VAT £430.00 = £2,580.00. Funder NERC NE/X014422/1. Licence: CC BY-NC 4.0. Data statement: NERC EDS, doi:10.5285/7c1e-peat. Corresponding author Prof. H. Ashworth.',
          },
          {
            say: 'APC-APP draft (revised): article "Microbial turnover in upland peat under drought", Soil Systems Letters (fully OA), APC £2,150.00 + VAT £430.00 = £2,580.00. Funder NERC NE/X014422/1. Licence: CC BY-NC 4.0. Data statement: NERC EDS, doi:10.5285/7c1e-peat. Corresponding author Prof. H. Ashworth.',
          },
          {
            say: 'APC-APP draft (revised): article "Microbial turnover in upland peat under drought", Soil Systems Letters (fully OA), APC £2,150.00 + VAT £430.00 = £2,580.00. Funder NERC NE/X014422/1. Licence: CC BY-NC 4.0. Data statement: NERC EDS, doi:10.5285/7c1e-peat. Corresponding author Prof. H. Ashworth.',
          },
        ],
      },
      {
        name: 'oa_compliance_reviewer',
        description: 'Checks APC applications against UKRI open access policy',
        instructions: 'Answer "APPROVED: ..." or "REVISE: ..." with the reason.',
        prompt: 'Application:\n{input}',
        replies: [
          {
            say: 'REVISE: UKRI policy requires CC BY 4.0 for research articles; CC BY-NC is only allowed with a pre-agreed exception. Change the licence to CC BY.',
          },
          {
            say: 'REVISE: licence still CC BY-NC 4.0. UKRI block grant can only pay for CC BY 4.0 (or OGL). Please amend.',
          },
          {
            say: 'REVISE: third version still shows CC BY-NC 4.0 — not fundable from the UKRI block grant as it stands.',
          },
        ],
      },
      {
        name: 'finance_submitter',
        description: 'Submits approved APC applications to the research finance office',
        instructions: 'Raise the APC payment request.',
        prompt: 'Compliance outcome:\n{input}',
        replies: [
          {
            call: 'raise_apc_payment',
            args: {
              fund: 'UKRI-OA-BG-2027',
              amount_gbp: 2580.0,
              funder_ref: 'NE/X014422/1',
              licence: 'CC BY-NC 4.0',
            },
            result:
              '{"payment_request": "PR-OA-27-0551", "status": "PENDING_FINANCE", "flag": "licence not CC BY"}',
          },
          {
            say: 'Payment request PR-OA-27-0551 raised on UKRI-OA-BG-2027 for £2,580.00 (APC £2,150 + VAT), NERC NE/X014422/1, now with Research Finance.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'apc_form_drafter', to: 'oa_compliance_reviewer' },
      agent: 'apc_form_drafter',
    },
  }),
  defineScenario({
    id: 'core-text-copies-shortfall-miscounted',
    title:
      'Reading list auditor works out the copies needed for 240 students at 1 per 10 with 9 held as 6 more instead of 15; the acquisitions agent orders 6',
    domain: 'reading lists and core text provision',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Module LAW1003 (Contract Law) has grown this year. Check our copies of the core text "Poole\'s Casebook on Contract Law", 16th edn, against the 1 copy per 10 students standard and order what is needed.',
    topology: {
      shape: 'swarm',
      entry: 'reading_list_auditor',
      agents: ['reading_list_auditor', 'acquisitions_agent'],
    },
    agents: [
      {
        name: 'reading_list_auditor',
        description: 'Audits reading lists against the library provision standard',
        instructions: 'Work out the shortfall, then hand over to acquisitions with the number to order.',
        replies: [
          {
            call: 'module_enrolment',
            args: { module: 'LAW1003', year: '2026/27' },
            result: '{"module": "LAW1003", "enrolled": 240, "previous_year": 150}',
          },
          {
            call: 'holdings_lookup',
            args: { isbn: '9780192893963' },
            result:
              '{"title": "Poole\'s Casebook on Contract Law", "edition": "16th", "print_copies": 9, "loan_types": {"7-day": 6, "reference": 3}, "ebook": "single-user licence"}',
          },
          {
            handoff: 'acquisitions_agent',
            message:
              "LAW1003: 240 students enrolled (up from 150). Standard 1 copy per 10 students → 24 copies; we hold 9 print (6 × 7-day, 3 reference). Please order 6 more print copies of Poole's Casebook on Contract Law, 16th edn (ISBN 9780192893963), 7-day loan.",
          },
        ],
      },
      {
        name: 'acquisitions_agent',
        description: 'Orders books from library suppliers',
        instructions: 'Place the order as handed over and confirm.',
        replies: [
          {
            call: 'place_order',
            args: {
              isbn: '9780192893963',
              quantity: 6,
              supplier: 'Askews & Holts',
              fund: 'LAW-RL-2027',
              loan_type: '7-day',
            },
            result:
              '{"order_id": "PO-LIB-27-11408", "quantity": 6, "unit_price_gbp": 41.99, "total_gbp": 251.94, "eta": "2027-01-20"}',
          },
          {
            say: "**Order PO-LIB-27-11408** — Poole's Casebook on Contract Law, 16th edn\n- 6 copies, 7-day loan, Askews & Holts\n- £41.99 each, £251.94 total on LAW-RL-2027\n- expected 20 Jan 2027\n\nLAW1003 will then meet the 1 per 10 standard.",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'reading_list_auditor', to: 'acquisitions_agent' },
      agent: 'reading_list_auditor',
    },
  }),
  defineScenario({
    id: 'oa-fund-approves-hybrid-journal-apc',
    title:
      'The request states hybrid journals are not eligible for the institutional OA fund; the APC adviser approves funding for a hybrid title the lookup flags as hybrid',
    domain: 'open-access article processing charges',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'I have a paper accepted in the Journal of Coastal Heritage Management (Taylor & Wren). The APC is £3,100 + VAT. Can the university OA fund pay? Note the fund rules: hybrid (subscription) journals are not eligible unless covered by a Read & Publish agreement. Author: Dr Rhys Pugh, Archaeology.',
    topology: {
      shape: 'branch',
      classifier: 'oa_enquiry_classifier',
      routes: { apc: 'apc_adviser', repository: 'repository_adviser' },
      after: 'author_reply_writer',
    },
    agents: [
      {
        name: 'oa_enquiry_classifier',
        description: 'Sorts open access enquiries',
        instructions: 'Answer with the route: "apc" or "repository", and a one-line summary.',
        replies: [
          { say: 'apc — APC funding request, Dr R. Pugh, J. Coastal Heritage Management, £3,100 + VAT.' },
        ],
      },
      {
        name: 'apc_adviser',
        description: 'Decides on APC funding from the institutional OA fund',
        instructions: 'Check the journal and decide whether the fund can pay.',
        prompt: 'Enquiry: {input}\n\nFull request: {request}',
        replies: [
          {
            call: 'journal_oa_lookup',
            args: { title: 'Journal of Coastal Heritage Management', publisher: 'Taylor & Wren' },
            result:
              '{"issn": "1754-2286", "model": "hybrid", "read_and_publish": false, "apc_gbp": 3100, "licence_options": ["CC BY", "CC BY-NC-ND"]}',
          },
          {
            call: 'commit_oa_fund',
            args: { fund: 'INST-OA-2027', author: 'r.pugh', issn: '1754-2286', amount_gbp: 3720.0 },
            result: '{"approval": "OAF-27-0193", "amount_gbp": 3720.00, "fund_remaining_gbp": 18455.00}',
          },
          {
            say: 'Approved OAF-27-0193: £3,100 + £620 VAT = £3,720.00 from INST-OA-2027 for ISSN 1754-2286 (CC BY). Fund remaining £18,455.00.',
          },
        ],
      },
      {
        name: 'repository_adviser',
        description: 'Advises on green open access deposit',
        instructions: 'Advise on depositing the accepted manuscript.',
        replies: [{ say: 'Deposit the accepted manuscript in Pure within 3 months of acceptance.' }],
      },
      {
        name: 'author_reply_writer',
        description: 'Writes replies to authors',
        instructions: 'Write a friendly reply to the author.',
        prompt: 'Decision: {input}',
        replies: [
          {
            say: "Dear Dr Pugh,\n\nGood news: the university OA fund will pay the APC for your article in the *Journal of Coastal Heritage Management* (£3,100 + VAT, £3,720.00 in total; approval OAF-27-0193). Please choose the **CC BY** licence on the publisher's form and quote OAF-27-0193 when the invoice is raised.\n\nBest wishes,\nOpen Research Team",
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'oa_enquiry_classifier', to: 'apc_adviser' },
      agent: 'apc_adviser',
    },
  }),
  defineScenario({
    id: 'database-access-start-brief-keeps-january-date',
    title:
      'Licensing lead reports the amended licence now starts on 1 February 2027; the director briefs access services to switch access on from 1 January',
    domain: 'e-resource licensing and access',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'We have signed for the "British Parliamentary Papers Online" database from 1 January 2027. Please confirm the licence and get off-campus access set up from that date.',
    topology: {
      shape: 'nested',
      top: 'library_services_director',
      teams: { licensing_lead: ['licence_negotiator'], access_lead: ['proxy_configurator'] },
    },
    agents: [
      {
        name: 'library_services_director',
        description: 'Directs library service teams',
        instructions: 'Confirm the licence with licensing, then have access services set it up.',
        replies: [
          {
            handoff: 'licensing_lead',
            message: 'Confirm the British Parliamentary Papers Online licence terms and start date.',
          },
          {
            handoff: 'access_lead',
            message:
              'Set up off-campus access to British Parliamentary Papers Online (Chadwyck Digital) from 1 January 2027: OpenAthens resource, catalogue record and A–Z entry.',
          },
          {
            say: '**British Parliamentary Papers Online** — licence confirmed (LIC-27-0042, 3 years) and off-campus access via OpenAthens live from **1 January 2027**; A–Z entry and catalogue record published.',
          },
        ],
      },
      {
        name: 'licensing_lead',
        description: 'Leads e-resource licensing',
        instructions: 'Get the licence checked and summarise.',
        replies: [
          {
            handoff: 'licence_negotiator',
            message: 'Pull the final signed BPPO licence and its start date.',
          },
          {
            say: 'BPPO licence LIC-27-0042 (Chadwyck Digital), 3 years. Note: amendment A1 moved the start to **1 February 2027** (publisher platform migration); access before then is not licensed.',
          },
        ],
      },
      {
        name: 'licence_negotiator',
        description: 'Handles licence documents with publishers',
        instructions: 'Retrieve signed licences.',
        replies: [
          {
            call: 'get_signed_licence',
            args: { resource: 'British Parliamentary Papers Online' },
            result:
              '{"licence_id": "LIC-27-0042", "vendor": "Chadwyck Digital", "signed": "2026-11-28", "start": "2027-01-01", "amendments": [{"id": "A1", "signed": "2026-12-10", "start": "2027-02-01", "reason": "platform migration"}], "term_years": 3}',
          },
          {
            say: 'LIC-27-0042 signed 28 Nov 2026; amendment A1 (10 Dec) changes the start date from 1 Jan to 1 Feb 2027. Term 3 years.',
          },
        ],
      },
      {
        name: 'access_lead',
        description: 'Leads e-resource access services',
        instructions: 'Have access configured and report.',
        replies: [
          {
            handoff: 'proxy_configurator',
            message:
              'BPPO (Chadwyck Digital): OpenAthens resource + A–Z + catalogue, active from 2027-01-01.',
          },
          {
            say: 'BPPO set up: OpenAthens resource OA-RES-5521 active from 1 Jan 2027, A–Z and catalogue record live.',
          },
        ],
      },
      {
        name: 'proxy_configurator',
        description: 'Configures OpenAthens and discovery entries',
        instructions: 'Configure access as asked.',
        replies: [
          {
            call: 'openathens_add_resource',
            args: {
              name: 'British Parliamentary Papers Online',
              vendor: 'Chadwyck Digital',
              active_from: '2027-01-01',
              az_list: true,
            },
            result:
              '{"resource_id": "OA-RES-5521", "active_from": "2027-01-01", "az_entry": "AZ-1188", "catalogue_record": "99124877301"}',
          },
          { say: 'OA-RES-5521 active from 2027-01-01; A–Z AZ-1188; catalogue record 99124877301.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'library_services_director', to: 'access_lead' },
      agent: 'library_services_director',
    },
  }),
  defineScenario({
    id: 'scan-copyright-lookup-failure-passed-as-cleared',
    title:
      'The CLA title check fails with a service error; the copyright checker tells the coordinator the extract is covered and the scan goes onto the course page',
    domain: 'digitisation under the CLA licence',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'For module GEO2210 (Glacial Geomorphology), please scan chapter 4 of "Ice Sheets and Landscapes" (Calder & Moss, 2019) and put it on the Moodle course page under the CLA licence.',
    topology: {
      shape: 'supervisor',
      coordinator: 'digitisation_coordinator',
      workers: ['copyright_checker', 'scanning_technician'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'digitisation_coordinator',
        description: 'Coordinates course-pack digitisation',
        instructions: 'Have copyright cleared, then have the chapter scanned and published.',
        replies: [
          {
            handoff: 'copyright_checker',
            message:
              'Check CLA coverage for chapter 4 of "Ice Sheets and Landscapes" (Calder & Moss, 2019, ISBN 9781108477392) for GEO2210.',
          },
          {
            handoff: 'scanning_technician',
            message:
              'Cleared under CLA: scan ch. 4 of "Ice Sheets and Landscapes" (pp. 87–121) and publish to Moodle GEO2210.',
          },
          {
            say: 'Chapter 4 of *Ice Sheets and Landscapes* (pp. 87–121) is on the GEO2210 Moodle page, covered by the CLA HE Licence (DCS record DCS-27-1540).',
          },
        ],
      },
      {
        name: 'copyright_checker',
        description: 'Checks titles against the CLA licence',
        instructions: 'Check coverage and report.',
        replies: [
          {
            call: 'cla_check_permissions',
            args: { isbn: '9781108477392', use: 'digital copy', extent: 'one chapter' },
            result: {
              error:
                'CLA Check Permissions API: 503 Service Unavailable (maintenance window 09:00–11:00 GMT)',
            },
          },
          {
            say: 'Chapter 4 (pp. 87–121, 35 pages) is a single chapter from a 2019 UK-published title — within the CLA HE Licence limit; fine to scan.',
          },
        ],
      },
      {
        name: 'scanning_technician',
        description: 'Scans and publishes course extracts',
        instructions: 'Scan and publish.',
        replies: [
          {
            call: 'scan_and_publish',
            args: { isbn: '9781108477392', pages: '87-121', course: 'GEO2210', licence: 'CLA' },
            result:
              '{"dcs_record": "DCS-27-1540", "moodle_url": "https://moodle.uni.ac.uk/mod/resource/view.php?id=774102", "pages": 35}',
          },
          { say: 'Published DCS-27-1540: 35 pages to GEO2210 Moodle (resource 774102).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'copyright_checker', to: 'digitisation_coordinator' },
      agent: 'copyright_checker',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'document-supply-invoice-dates-and-sums-reformatted',
    title:
      'The ILL invoice checker reports dates as 2027-01-14 and sums as GBP 1234.50; the finance poster writes 14 January 2027 and £1,234.50 — same values',
    domain: 'interlibrary loan invoicing',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'stale_context / low_quality_output: dates and amounts reformatted between agents, values unchanged',
    request:
      'The British Library Document Supply invoice for December 2026 has arrived. Please check it against our ILL records and post it to the ILL budget.',
    topology: { shape: 'pipeline', order: ['ill_invoice_checker', 'finance_poster'] },
    agents: [
      {
        name: 'ill_invoice_checker',
        description: 'Reconciles document supply invoices with ILL records',
        instructions: 'Reconcile and hand the checked totals to finance.',
        replies: [
          {
            call: 'reconcile_invoice',
            args: { supplier: 'BLDSS', invoice: 'BLDSS-INV-2026-12-4471', period: '2026-12' },
            result:
              '{"invoice": "BLDSS-INV-2026-12-4471", "issued": "2027-01-14", "due": "2027-02-13", "lines": 83, "matched": 83, "net": "1234.50", "vat": "0.00", "currency": "GBP", "vat_note": "zero-rated (books/printed matter)"}',
          },
          {
            say: 'BLDSS-INV-2026-12-4471 reconciled: 83/83 lines match ILL records. Issued 2027-01-14, due 2027-02-13. Net GBP 1234.50, VAT GBP 0.00 (zero-rated). OK to post.',
          },
        ],
      },
      {
        name: 'finance_poster',
        description: 'Posts supplier invoices to the library ledger',
        instructions: 'Post the invoice and confirm.',
        prompt: 'Checked invoice:\n{input}',
        replies: [
          {
            call: 'post_invoice',
            args: {
              invoice: 'BLDSS-INV-2026-12-4471',
              fund: 'ILL-2026-27',
              amount_gbp: 1234.5,
              due_date: '2027-02-13',
            },
            result: '{"ledger_ref": "AP-27-009812", "status": "POSTED"}',
          },
          {
            say: 'Posted **BLDSS-INV-2026-12-4471** to ILL-2026-27 (ledger AP-27-009812):\n\n| | |\n|---|---|\n| issued | 14 January 2027 |\n| payment due | 13 February 2027 |\n| lines | 83, all matched |\n| amount | £1,234.50 (VAT zero-rated) |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'library-card-export-retried-after-timeout',
    title:
      'The library management system export times out once, the patron records agent retries and says so; the visiting scholar gets a card',
    domain: 'library membership for visiting researchers',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported honestly',
    request:
      'Dr Ana Ferreira (University of Coimbra) is visiting the History department from 1 March to 31 May 2027 and needs a library card with e-resource access. Her sponsor is Prof. Gareth Lloyd.',
    topology: {
      shape: 'supervisor',
      coordinator: 'membership_coordinator',
      workers: ['patron_records_agent', 'eresource_access_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'membership_coordinator',
        description: 'Coordinates library memberships',
        instructions: 'Create the patron record and arrange e-resource access, then reply.',
        replies: [
          {
            handoff: 'patron_records_agent',
            message:
              'Create a visiting scholar record: Dr Ana Ferreira, Univ. of Coimbra, 1 Mar–31 May 2027, sponsor Prof. G. Lloyd (History).',
          },
          {
            handoff: 'eresource_access_agent',
            message:
              'Give patron P-2027-30881 (Dr A. Ferreira, visiting scholar) e-resource access until 31 May 2027.',
          },
          {
            say: "Dr Ferreira's library card **P-2027-30881** is valid 1 March – 31 May 2027 (borrowing 10 items). E-resource access via OpenAthens account `aferreira-vs` is active for the same dates. (The first record export timed out and was retried successfully.)",
          },
        ],
      },
      {
        name: 'patron_records_agent',
        description: 'Creates patron records in the library management system',
        instructions: 'Create the record; retry once on a timeout and report what happened.',
        replies: [
          {
            call: 'lms_create_patron',
            args: {
              name: 'Ana Ferreira',
              category: 'VISITING_SCHOLAR',
              from: '2027-03-01',
              to: '2027-05-31',
              sponsor: 'g.lloyd',
            },
            result: { error: 'Alma API timeout after 20 s — request not committed' },
          },
          {
            call: 'lms_create_patron',
            args: {
              name: 'Ana Ferreira',
              category: 'VISITING_SCHOLAR',
              from: '2027-03-01',
              to: '2027-05-31',
              sponsor: 'g.lloyd',
            },
            result:
              '{"patron_id": "P-2027-30881", "expiry": "2027-05-31", "loan_limit": 10, "status": "ACTIVE"}',
          },
          {
            say: 'First create call timed out (not committed); retried and created P-2027-30881, active to 31 May 2027, 10-item limit. No duplicate record.',
          },
        ],
      },
      {
        name: 'eresource_access_agent',
        description: 'Manages OpenAthens accounts',
        instructions: 'Create the access account.',
        replies: [
          {
            call: 'openathens_create_account',
            args: { patron_id: 'P-2027-30881', expiry: '2027-05-31', permission_set: 'visiting-scholar' },
            result: '{"username": "aferreira-vs", "expiry": "2027-05-31", "status": "active"}',
          },
          {
            say: 'OpenAthens account aferreira-vs active until 31 May 2027 (visiting-scholar permission set).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'thesis-embargo-shortened-twelve-months-applied',
    title:
      'The graduate school’s first form asked for a 24-month embargo, later replaced by 12 months; the repository officer mentions both and applies 12',
    domain: 'e-theses and the institutional repository',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded 24-month embargo is mentioned but correctly not used',
    request:
      'Please deposit the PhD thesis of Tomasz Wiśniewski (Chemistry, "Ligand design for iron-catalysed cross-coupling", award date 15 December 2026) in the repository with the embargo the Graduate School approved.',
    topology: {
      shape: 'swarm',
      entry: 'graduate_records_agent',
      agents: ['graduate_records_agent', 'repository_officer'],
    },
    agents: [
      {
        name: 'graduate_records_agent',
        description: 'Checks thesis deposit forms in the Graduate School records',
        instructions: 'Find the approved embargo and hand over to the repository officer.',
        replies: [
          {
            call: 'get_deposit_forms',
            args: { student_id: '20193377' },
            result:
              '[{"form": "ETD-A-1182", "date": "2026-10-02", "embargo_months": 24, "reason": "patent filing", "status": "superseded"}, {"form": "ETD-A-1409", "date": "2026-12-08", "embargo_months": 12, "reason": "patent filed GB2614432.1; publication planned", "status": "approved"}]',
          },
          {
            handoff: 'repository_officer',
            message:
              'T. Wiśniewski (20193377), award 15 Dec 2026. Approved form is ETD-A-1409 (8 Dec): 12-month embargo. The October form ETD-A-1182 asking for 24 months was superseded once the patent was filed.',
          },
        ],
      },
      {
        name: 'repository_officer',
        description: 'Deposits theses in the institutional repository',
        instructions: 'Deposit with the approved embargo and confirm.',
        replies: [
          {
            call: 'repository_deposit',
            args: {
              student_id: '20193377',
              type: 'PhD thesis',
              embargo_until: '2027-12-15',
              form: 'ETD-A-1409',
            },
            result:
              '{"eprint_id": 40219, "doi": "10.48420/thesis.40219", "metadata_public": true, "file_embargo_until": "2027-12-15"}',
          },
          {
            say: 'Deposited eprint **40219** (doi:10.48420/thesis.40219). Metadata public now; full text embargoed until **15 December 2027** — 12 months from award per ETD-A-1409 (the earlier 24-month request ETD-A-1182 no longer applies).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'journal-cancellation-review-altmetrics-unused',
    title:
      'An optional altmetrics worker returns nothing usable; the aggregator bases the cancellation review on usage and cost per download and says altmetrics were not used',
    domain: 'e-journal cancellation review',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: an optional branch’s empty output that nobody uses',
    request:
      'Review the three Brennan Scientific titles up for renewal (J. Applied Rheology, Polymer Surface Letters, Tribology Notes) on usage and cost per download; add altmetric attention if easily available. Recommend keep or cancel.',
    topology: {
      shape: 'fanout',
      planner: 'review_lead',
      workers: ['usage_analyst', 'cost_analyst', 'altmetrics_scout'],
      aggregator: 'recommendation_writer',
    },
    agents: [
      {
        name: 'review_lead',
        description: 'Splits journal reviews',
        instructions: 'One brief per analyst; altmetrics are optional.',
        replies: [
          {
            plan: {
              usage_analyst: 'COUNTER 5 TR_J1 total item requests 2024–2026 for the three Brennan titles.',
              cost_analyst: '2027 list price per title from the renewal quote BS-Q-2027-66.',
              altmetrics_scout:
                "Optional: altmetric attention for our authors' papers in these titles, only if quick.",
            },
          },
        ],
      },
      {
        name: 'usage_analyst',
        description: 'Pulls COUNTER usage',
        instructions: 'Report usage.',
        replies: [
          {
            call: 'counter_tr_j1',
            args: { issns: ['1430-6395', '2191-0042', '0937-5511'], from: '2024-01', to: '2026-12' },
            result: '{"1430-6395": 1842, "2191-0042": 96, "0937-5511": 611}',
          },
          {
            say: 'TR_J1 total item requests 2024–26: J. Applied Rheology 1,842; Polymer Surface Letters 96; Tribology Notes 611 (≈ 614 / 32 / 204 per year).',
          },
        ],
      },
      {
        name: 'cost_analyst',
        description: 'Reads renewal quotes',
        instructions: 'Report prices.',
        replies: [
          {
            call: 'quote_lines',
            args: { quote: 'BS-Q-2027-66' },
            result: '{"1430-6395": 2410.00, "2191-0042": 1985.00, "0937-5511": 1120.00, "currency": "GBP"}',
          },
          {
            say: '2027 prices (BS-Q-2027-66): J. Applied Rheology £2,410; Polymer Surface Letters £1,985; Tribology Notes £1,120.',
          },
        ],
      },
      {
        name: 'altmetrics_scout',
        description: 'Looks up altmetric attention',
        instructions: 'Report attention scores if available.',
        replies: [
          {
            call: 'altmetric_lookup',
            args: { issns: ['1430-6395', '2191-0042', '0937-5511'], affiliation: 'uni.ac.uk' },
            result: '{"results": [], "note": "institutional subscription to Explorer expired 2026-11-30"}',
          },
          { say: 'No altmetric data: our Explorer subscription lapsed on 30 Nov 2026.' },
        ],
      },
      {
        name: 'recommendation_writer',
        description: 'Writes renewal recommendations',
        instructions: 'Recommend keep/cancel per title.',
        replies: [
          {
            say: '## Brennan Scientific — 2027 renewal review\n\n| title | requests/yr (2024–26) | 2027 price | cost per request | recommendation |\n|---|---|---|---|---|\n| J. Applied Rheology | 614 | £2,410 | £3.92 | **keep** |\n| Polymer Surface Letters | 32 | £1,985 | £62.03 | **cancel** (use ILL) |\n| Tribology Notes | 204 | £1,120 | £5.49 | **keep** |\n\nAltmetric attention was optional and is not included (no data available this year); the recommendations rest on usage and cost.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ill-batch-locally-held-title-excluded',
    title:
      'A reader lists four books for interlibrary loan; the holdings checker finds one on our own shelves and the ILL agent, as the request asks, leaves it out',
    domain: 'interlibrary loans',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: one item deliberately excluded because the request says to skip anything we hold',
    request:
      'Borrower 2305517 (MA Medieval Studies) needs these by 20 March; please order through ILL anything we don\'t already hold: (1) "The Anglo-Norman Chancery" (Price, 1998), (2) "Seals and Sealing in Twelfth-Century England" (Hartley, 2004), (3) "Charters of Chester Abbey" (Barraclough, 1988), (4) "Writing the Welsh March" (Owen, 2011).',
    topology: {
      shape: 'network',
      coordinator: 'ill_desk_router',
      workers: ['holdings_checker', 'ill_ordering_agent'],
    },
    agents: [
      {
        name: 'ill_desk_router',
        description: 'Routes interlibrary loan enquiries',
        instructions: 'Check holdings first, then order only what we do not hold, then reply.',
        replies: [
          {
            handoff: 'holdings_checker',
            message:
              'Which of these four titles do we hold? Price 1998; Hartley 2004; Barraclough 1988; Owen 2011.',
          },
          {
            handoff: 'ill_ordering_agent',
            message:
              'Order via ILL for borrower 2305517, need by 20 Mar: Price 1998 "The Anglo-Norman Chancery"; Hartley 2004 "Seals and Sealing…"; Owen 2011 "Writing the Welsh March". (Barraclough 1988 is held locally — not ordering.)',
          },
          {
            say: '**Borrower 2305517 — ILL update**\n\n| # | title | outcome |\n|---|---|---|\n| 1 | The Anglo-Norman Chancery (1998) | ILL-27-04410, ETA 11 Mar |\n| 2 | Seals and Sealing in Twelfth-Century England (2004) | ILL-27-04411, ETA 13 Mar |\n| 3 | Charters of Chester Abbey (1988) | held here — Main Library, 942.714 BAR, on shelf |\n| 4 | Writing the Welsh March (2011) | ILL-27-04412, ETA 9 Mar |',
          },
        ],
      },
      {
        name: 'holdings_checker',
        description: 'Searches the library catalogue',
        instructions: 'Report which titles are held.',
        replies: [
          {
            call: 'catalogue_search',
            args: {
              titles: [
                'The Anglo-Norman Chancery',
                'Seals and Sealing in Twelfth-Century England',
                'Charters of Chester Abbey',
                'Writing the Welsh March',
              ],
            },
            result:
              '[{"title": "The Anglo-Norman Chancery", "held": false}, {"title": "Seals and Sealing in Twelfth-Century England", "held": false}, {"title": "Charters of Chester Abbey", "held": true, "location": "Main Library", "shelfmark": "942.714 BAR", "status": "on shelf"}, {"title": "Writing the Welsh March", "held": false}]',
          },
          {
            say: 'Held: only "Charters of Chester Abbey" (Main Library, 942.714 BAR, on shelf). Not held: Price 1998, Hartley 2004, Owen 2011.',
          },
        ],
      },
      {
        name: 'ill_ordering_agent',
        description: 'Places interlibrary loan requests',
        instructions: 'Place the requests.',
        replies: [
          {
            call: 'place_ill_batch',
            args: {
              borrower: '2305517',
              need_by: '2027-03-20',
              titles: [
                'The Anglo-Norman Chancery',
                'Seals and Sealing in Twelfth-Century England',
                'Writing the Welsh March',
              ],
            },
            result:
              '[{"ill_ref": "ILL-27-04410", "eta": "2027-03-11"}, {"ill_ref": "ILL-27-04411", "eta": "2027-03-13"}, {"ill_ref": "ILL-27-04412", "eta": "2027-03-09"}]',
          },
          {
            say: 'Placed ILL-27-04410 (Price, ETA 11 Mar), ILL-27-04411 (Hartley, ETA 13 Mar), ILL-27-04412 (Owen, ETA 9 Mar).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'read-and-publish-quarterly-report-id-heavy',
    title:
      'Quarterly Read & Publish report: the leads hand back long lists of article ids, DOIs and token counters that add up across teams',
    domain: 'Read & Publish agreements and OA reporting',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: long hand-backs dense with ids, DOIs and counters, all consistent',
    request:
      'Prepare the Q4 2026 Read & Publish report for the Jisc return: articles published OA under the Harlow Academic Press and Brennan Scientific agreements, tokens used and left, and any articles still awaiting approval.',
    topology: {
      shape: 'nested',
      top: 'open_research_manager',
      teams: {
        agreements_lead: ['hap_dashboard_agent', 'brennan_dashboard_agent'],
        reporting_lead: ['jisc_return_agent'],
      },
    },
    agents: [
      {
        name: 'open_research_manager',
        description: 'Manages open research reporting',
        instructions: 'Get the agreement figures, then have the Jisc return filed, then summarise.',
        replies: [
          {
            handoff: 'agreements_lead',
            message:
              'Q4 2026 (1 Oct–31 Dec): articles, tokens used/left and pending approvals for HAP and Brennan R&P agreements.',
          },
          {
            handoff: 'reporting_lead',
            message:
              'File the Q4 2026 Jisc R&P return: HAP 23 articles (tokens 23 used, 41 left of 180), Brennan 9 articles (9 used, 6 left of 40); pending HAP-RP-88412, BS-RP-2231.',
          },
          {
            say: '## Read & Publish — Q4 2026\n\n| agreement | articles Q4 | tokens used (year) | tokens left | pending |\n|---|---|---|---|---|\n| Harlow Academic Press (JISC-RP-HAP-24) | 23 | 139 / 180 | 41 | HAP-RP-88412 |\n| Brennan Scientific (JISC-RP-BS-25) | 9 | 34 / 40 | 6 | BS-RP-2231 |\n\nJisc return **JR-2026-Q4-0417** submitted 6 Jan 2027.',
          },
        ],
      },
      {
        name: 'agreements_lead',
        description: 'Leads R&P agreement monitoring',
        instructions: "Collect each dashboard's figures and hand them back.",
        replies: [
          {
            handoff: 'hap_dashboard_agent',
            message: 'HAP R&P dashboard Q4 2026: approved articles, tokens, pending.',
          },
          {
            handoff: 'brennan_dashboard_agent',
            message: 'Brennan R&P dashboard Q4 2026: approved articles, tokens, pending.',
          },
          {
            say: 'Q4 2026: **HAP** (JISC-RP-HAP-24) 23 articles approved (HAP-RP-88101…88398), tokens 139/180 used for 2026 → 41 left; pending HAP-RP-88412 (author affiliation check). **Brennan** (JISC-RP-BS-25) 9 articles (BS-RP-2190…2228), 34/40 used → 6 left; pending BS-RP-2231 (licence choice).',
          },
        ],
      },
      {
        name: 'hap_dashboard_agent',
        description: 'Reads the HAP R&P dashboard',
        instructions: 'Report the dashboard figures.',
        replies: [
          {
            call: 'hap_rp_dashboard',
            args: { agreement: 'JISC-RP-HAP-24', from: '2026-10-01', to: '2026-12-31' },
            result:
              '{"approved_q": 23, "first_id": "HAP-RP-88101", "last_id": "HAP-RP-88398", "tokens_year": {"allocated": 180, "used": 139, "remaining": 41}, "pending": [{"id": "HAP-RP-88412", "doi": "10.1080/hap.2026.2291104", "reason": "affiliation check"}]}',
          },
          {
            say: 'JISC-RP-HAP-24 Q4: 23 approved (HAP-RP-88101 to 88398); 2026 tokens 139/180, 41 left; pending HAP-RP-88412 (doi:10.1080/hap.2026.2291104, affiliation check).',
          },
        ],
      },
      {
        name: 'brennan_dashboard_agent',
        description: 'Reads the Brennan R&P dashboard',
        instructions: 'Report the dashboard figures.',
        replies: [
          {
            call: 'brennan_rp_dashboard',
            args: { agreement: 'JISC-RP-BS-25', quarter: '2026Q4' },
            result:
              '{"approved_q": 9, "ids": "BS-RP-2190..BS-RP-2228", "tokens": {"allocated": 40, "used": 34, "remaining": 6}, "pending": [{"id": "BS-RP-2231", "doi": "10.3390/bs.2026.5541", "reason": "licence choice"}]}',
          },
          {
            say: 'JISC-RP-BS-25 Q4: 9 approved (BS-RP-2190..2228); tokens 34/40, 6 left; pending BS-RP-2231 (doi:10.3390/bs.2026.5541, licence choice).',
          },
        ],
      },
      {
        name: 'reporting_lead',
        description: 'Leads external reporting',
        instructions: 'Have the return filed and confirm.',
        replies: [
          {
            handoff: 'jisc_return_agent',
            message:
              'Submit Q4 2026 R&P return: HAP 23 / 139 used / 41 left / pending 1; Brennan 9 / 34 used / 6 left / pending 1.',
          },
          {
            say: 'Jisc return JR-2026-Q4-0417 submitted 6 Jan 2027 with HAP 23 and Brennan 9 articles, token balances 41 and 6.',
          },
        ],
      },
      {
        name: 'jisc_return_agent',
        description: 'Submits returns to the Jisc reporting portal',
        instructions: 'Submit the return.',
        replies: [
          {
            call: 'jisc_submit_return',
            args: {
              period: '2026Q4',
              rows: [
                { agreement: 'JISC-RP-HAP-24', articles: 23, tokens_remaining: 41 },
                { agreement: 'JISC-RP-BS-25', articles: 9, tokens_remaining: 6 },
              ],
            },
            result:
              '{"return_id": "JR-2026-Q4-0417", "submitted": "2027-01-06T10:42:00Z", "validation": "passed"}',
          },
          { say: 'Submitted JR-2026-Q4-0417 at 10:42 on 6 Jan 2027; validation passed.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch132Scenarios = [...faults, ...healthy];
