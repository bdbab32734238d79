import { defineScenario } from '../scenario.ts';

// Blind batch 64: software engineering teams (code review, CI triage, dependency upgrades, database
// migrations, release notes, on-call handovers). Written from the README principles only, without
// reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'jsonwebtoken-bump-lands-on-version-the-revised-advisory-retired',
    title:
      'The dependency auditor reports the GHSA advisory was revised (9.0.1 fix incomplete, patched in 9.0.2); the upgrade author still opens the PR pinning jsonwebtoken 9.0.1',
    domain: 'dependency security upgrades',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Dependabot flagged GHSA-q4m2-7vxx-93hf on jsonwebtoken in billing-api (we are on 9.0.0). The alert says the fix is in 9.0.1. Can you bump it, open the PR against main, and give me the line for the billing-api 3.14.1 release notes?',
    topology: {
      shape: 'pipeline',
      order: ['dependency_auditor', 'upgrade_author', 'release_line_writer'],
    },
    agents: [
      {
        name: 'dependency_auditor',
        description: 'Checks security advisories and decides the target version of a dependency',
        instructions:
          'Read the advisory and the registry, and state exactly which version the upgrade must go to and why.',
        replies: [
          {
            call: 'fetch_advisory',
            args: { id: 'GHSA-q4m2-7vxx-93hf' },
            result:
              '{"id": "GHSA-q4m2-7vxx-93hf", "package": "jsonwebtoken", "severity": "high", "summary": "verify() accepts alg=none tokens when a key callback returns undefined", "affected": "< 9.0.2", "patched": "9.0.2", "history": [{"date": "2026-11-03", "patched": "9.0.1"}, {"date": "2026-11-19", "patched": "9.0.2", "note": "9.0.1 only covered the sync path; async key callbacks are still bypassable. 9.0.1 is now listed as affected."}]}',
          },
          {
            call: 'npm_view',
            args: { package: 'jsonwebtoken', field: 'versions' },
            result: '9.0.0 (2022-12-21)\n9.0.1 (2026-11-03)\n9.0.2 (2026-11-18)  <- latest',
          },
          {
            say: 'Audit for jsonwebtoken in billing-api:\n\n- Current: 9.0.0\n- Advisory GHSA-q4m2-7vxx-93hf was **revised on 19 Nov**: the 9.0.1 fix only patched the sync `verify()` path, async key callbacks can still be bypassed. 9.0.1 is now in the affected range (< 9.0.2).\n- **Target: 9.0.2** (published 18 Nov, latest). The "fixed in 9.0.1" in the Dependabot alert predates the revision.\n\nNo API changes between 9.0.0 and 9.0.2, so it is a straight lockfile bump.',
          },
        ],
      },
      {
        name: 'upgrade_author',
        description: 'Makes dependency bumps and opens pull requests',
        instructions: 'Apply the upgrade the audit asks for, run the tests, and open the PR.',
        prompt: 'Audit result:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            call: 'open_pull_request',
            args: {
              repo: 'acme/billing-api',
              base: 'main',
              branch: 'deps/jsonwebtoken-9.0.1',
              change: 'jsonwebtoken 9.0.0 -> 9.0.1',
            },
            result:
              '{"pr": 2291, "url": "https://git.acme.dev/acme/billing-api/pull/2291", "head": "e41c7d9", "checks": {"unit": "passed (1,204 tests)", "lint": "passed"}, "lockfile": "jsonwebtoken@9.0.1"}',
          },
          {
            say: 'Opened PR #2291 on billing-api: jsonwebtoken 9.0.0 → 9.0.1 (head e41c7d9). Unit tests 1,204/1,204 green, lint clean. Ready for review.',
          },
        ],
      },
      {
        name: 'release_line_writer',
        description: 'Writes release note entries',
        instructions: 'Write the release-notes entry for the change.',
        prompt: 'Change:\n{input}',
        replies: [
          {
            say: '**billing-api 3.14.1**\n\n- Security: upgraded `jsonwebtoken` to 9.0.1 to address GHSA-q4m2-7vxx-93hf (tokens signed with `alg=none` could pass verification). (#2291)',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dependency_auditor', to: 'upgrade_author' },
      agent: 'upgrade_author',
    },
  }),
  defineScenario({
    id: 'address-split-migration-booked-into-cancelled-saturday-slot',
    title:
      'The change-calendar checker finds CHG-30418 moved to Sun 15 Nov 04:00 UTC (Saturday slot cancelled for the PCI freeze); the migration captain still tells the runner Saturday 02:00',
    domain: 'database schema migrations',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Migration 0147_split_customer_address needs to go out on orders-db prod: it creates customer_addresses, backfills ~3.2M rows and then drops customers.address_line1/2. We agreed on Sat 14 Nov 02:00–03:00 UTC for it (CHG-30418). Check the change calendar, get it scheduled with the runner and send me the plan.',
    topology: {
      shape: 'supervisor',
      coordinator: 'migration_captain',
      workers: ['change_calendar_checker', 'migration_runner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'migration_captain',
        description: 'Owns production database changes end to end',
        instructions: 'Confirm the change window, have the runner schedule the migration, report the plan.',
        replies: [
          {
            handoff: 'change_calendar_checker',
            message: 'Can you confirm the approved window for CHG-30418 (orders-db-prod, migration 0147)?',
          },
          {
            handoff: 'migration_runner',
            message:
              'Please schedule 0147_split_customer_address on orders-db-prod for Sat 14 Nov 02:00 UTC (window ends 03:00), change CHG-30418. Backfill in 10k-row batches; only drop the old address columns once row counts match.',
          },
          {
            say: '### Plan for 0147_split_customer_address\n\n- **When:** Sat 14 Nov, 02:00–03:00 UTC (CHG-30418)\n- **Job:** mig-7781 on orders-db-prod, estimated 41 min\n- **Steps:** create `customer_addresses` → backfill 3.2M rows in 10k batches → verify counts → drop `address_line1/2`\n- **Rollback:** restore columns from the pre-migration snapshot taken at 01:55\n\nI will be on the bridge for the window.',
          },
        ],
      },
      {
        name: 'change_calendar_checker',
        description: 'Looks up change requests and approved maintenance windows',
        instructions: 'Report the current approved window of a change and anything that changed about it.',
        replies: [
          {
            call: 'get_change',
            args: { change: 'CHG-30418' },
            result:
              '{"change": "CHG-30418", "target": "orders-db-prod", "status": "RESCHEDULED", "window": {"start": "2026-11-15T04:00:00Z", "end": "2026-11-15T05:30:00Z"}, "previous_window": {"start": "2026-11-14T02:00:00Z", "end": "2026-11-14T03:00:00Z", "status": "CANCELLED", "reason": "overlaps payments PCI patching freeze (CHG-30377)"}, "approved": "CAB 2026-11-10"}',
          },
          {
            say: 'CHG-30418 was rescheduled by CAB on 10 Nov. The Saturday slot (14 Nov 02:00–03:00 UTC) is **cancelled**, it overlaps the payments PCI patching freeze. The approved window is now **Sun 15 Nov 04:00–05:30 UTC**.',
          },
        ],
      },
      {
        name: 'migration_runner',
        description: 'Schedules and executes database migrations',
        instructions: 'Schedule the migration exactly as asked and report the job.',
        replies: [
          {
            call: 'schedule_migration',
            args: {
              migration: '0147_split_customer_address',
              database: 'orders-db-prod',
              start: '2026-11-14T02:00:00Z',
              change: 'CHG-30418',
              batch_size: 10000,
            },
            result:
              'Job mig-7781 scheduled: orders-db-prod, start 2026-11-14T02:00:00Z, est. duration 41m, pre-migration snapshot at 01:55Z.',
          },
          {
            say: 'Scheduled as job mig-7781 for 2026-11-14 02:00 UTC, estimated 41 min, snapshot at 01:55.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'migration_captain', to: 'migration_runner' },
      agent: 'migration_captain',
    },
  }),
  defineScenario({
    id: 'cart-rewrite-suite-run-with-checkout-flag-off',
    title:
      'Asked to run the integration suite with checkout_v2 ON because the new cart code is flag-gated, the tester runs it with default flags (checkout_v2=false) and reports green',
    domain: 'pull request review and testing',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'PR #4812 on storefront rewrites the cart total calculation behind the `checkout_v2` flag. Before merging, run the integration suite with checkout_v2 turned ON (with the flag off none of the new code runs) and get someone to review the diff. Can it merge?',
    topology: {
      shape: 'supervisor',
      coordinator: 'pr_shepherd',
      workers: ['integration_tester', 'diff_reviewer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'pr_shepherd',
        description: 'Takes pull requests through testing and review to a merge decision',
        instructions: 'Get the PR tested and reviewed, then say whether it can merge.',
        replies: [
          {
            handoff: 'integration_tester',
            message:
              'Run the storefront integration suite for PR #4812 (head 9c1e4ab) with the feature flag checkout_v2 enabled. A run with default flags skips the new cart path entirely, so it has to be ON.',
          },
          {
            handoff: 'diff_reviewer',
            message: 'Please review the diff of PR #4812 (cart totals rewrite, 6 files, +318/−97).',
          },
          {
            say: 'PR #4812 can merge:\n\n| check | result |\n|---|---|\n| integration suite | 612 passed, 0 failed, 14 skipped (7m42s) |\n| code review | approved, one nit on naming |\n\nI will squash-merge once the author resolves the nit.',
          },
        ],
      },
      {
        name: 'integration_tester',
        description: 'Runs integration test suites against a commit',
        instructions: 'Run the suite you are asked for and report the results.',
        replies: [
          {
            call: 'run_suite',
            args: { repo: 'storefront', ref: '9c1e4ab', suite: 'integration', flags: 'defaults' },
            result:
              'suite=integration ref=9c1e4ab env=ci-eu\nflags: checkout_v2=false new_search=true promo_banner=false\n612 passed, 0 failed, 14 skipped (skipped: flag-gated on checkout_v2)\nduration 7m42s',
          },
          {
            say: 'Integration suite on 9c1e4ab: 612 passed, 0 failed, 14 skipped, 7m42s. All green.',
          },
        ],
      },
      {
        name: 'diff_reviewer',
        description: 'Reviews code diffs',
        instructions: 'Review the diff and approve or request changes.',
        replies: [
          {
            call: 'get_diff',
            args: { repo: 'storefront', pr: 4812 },
            result:
              'src/cart/totals.ts        +142 −61\nsrc/cart/discounts.ts     +58 −20\nsrc/cart/tax.ts           +33 −9\nsrc/flags.ts              +4 −0\ntest/cart/totals.spec.ts  +77 −7\nREADME.md                 +4 −0',
          },
          {
            say: 'Approved. Logic reads well: totals are computed in integer cents and rounded once at the end. One nit: `calcTotals2` should get a real name before the flag is removed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pr_shepherd', to: 'integration_tester' },
      agent: 'integration_tester',
    },
  }),
  defineScenario({
    id: 'ledgerd-security-section-written-from-generic-stub',
    title:
      'The release planner briefs the security-notes writer on CVE-2026-41877 (commit 5d9f2c7); the program hands that writer a generic stub instead and the notes say there are no security fixes',
    domain: 'release notes',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Please write the release notes for ledgerd v5.2.0 (tag v5.2.0, 47 commits since v5.1.3). The readers are people running ledgerd themselves, so call out anything they need to do when upgrading.',
    topology: {
      shape: 'fanout',
      planner: 'release_planner',
      workers: ['feature_notes_writer', 'upgrade_notes_writer', 'security_notes_writer'],
      aggregator: 'release_notes_editor',
    },
    program: {
      lose: { to: 'security_notes_writer', prompt: 'Write the Security section of the release notes.' },
    },
    agents: [
      {
        name: 'release_planner',
        description: 'Splits the release notes work between writers',
        instructions: 'Write one brief per section writer with the commits they need.',
        replies: [
          {
            plan: {
              feature_notes_writer:
                'Features in v5.2.0: #1204 multi-currency journals (commit 1e0a6b2), #1219 CSV import de-duplication (88c41f0), #1231 trial balance 3.1x faster on large ledgers (c7d2e95). One short paragraph each.',
              upgrade_notes_writer:
                'Upgrade notes: migration 0042 adds index entries(account_id, posted_at), roughly 4 min per 10M rows and it locks writes on Postgres < 14; config key `ledger.rounding` renamed to `ledger.rounding_mode` (old key still read, logs a deprecation warning).',
              security_notes_writer:
                'Security: commit 5d9f2c7 (#1240) fixes CVE-2026-41877, SQL injection through the `sort` parameter of GET /api/reports, authenticated users only, CVSS 7.1. Reported by @mkovac. Everyone on 5.1.3 or older should upgrade; no workaround other than blocking the `sort` parameter at the proxy.',
            },
          },
        ],
      },
      {
        name: 'feature_notes_writer',
        description: 'Writes the features section',
        instructions: 'Write the section from the brief.',
        replies: [
          {
            say: '### New\n\n- **Multi-currency journals** (#1204): a journal can now hold lines in several currencies, converted at the entry date rate.\n- **CSV import de-duplication** (#1219): re-importing the same bank export no longer creates duplicate entries.\n- **Faster trial balance** (#1231): about 3.1x faster on ledgers with more than 5M entries.',
          },
        ],
      },
      {
        name: 'upgrade_notes_writer',
        description: 'Writes the upgrade section',
        instructions: 'Write the section from the brief.',
        replies: [
          {
            say: '### Upgrading\n\n- Migration `0042` builds an index on `entries(account_id, posted_at)`. Plan for ~4 minutes per 10M rows; on Postgres older than 14 it blocks writes while it runs.\n- `ledger.rounding` is now `ledger.rounding_mode`. The old key still works but logs a deprecation warning.',
          },
        ],
      },
      {
        name: 'security_notes_writer',
        description: 'Writes the security section',
        instructions: 'Write the section from the brief.',
        replies: [
          {
            say: '### Security\n\nNo security fixes in this release. As always, we recommend running the latest version.',
          },
        ],
      },
      {
        name: 'release_notes_editor',
        description: 'Assembles the final release notes',
        instructions: 'Merge the sections into one release notes document.',
        prompt: 'Sections:\n\n{input}',
        replies: [
          {
            say: '# ledgerd v5.2.0\n\n### New\n- **Multi-currency journals** (#1204)\n- **CSV import de-duplication** (#1219)\n- **Faster trial balance**, ~3.1x on large ledgers (#1231)\n\n### Upgrading\n- Migration `0042` adds an index on `entries(account_id, posted_at)`: ~4 min per 10M rows, blocks writes on Postgres < 14.\n- `ledger.rounding` → `ledger.rounding_mode` (old key deprecated).\n\n### Security\nNo security fixes in this release.\n\nFull changelog: v5.1.3...v5.2.0 (47 commits).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'release_planner', to: 'security_notes_writer' },
      agent: 'security_notes_writer',
    },
  }),
  defineScenario({
    id: 'payment-retry-rerun-forbidden-yet-called-flake',
    title:
      'The flake hunter’s rerun of PaymentRetryIT on a73be02 fails with 403 (token cannot trigger protected-branch jobs); it tells the release gatekeeper five reruns were green and it is a flake',
    domain: 'CI failure triage',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Nightly #8841 of payments-service failed on main at a73be02: one test, PaymentRetryIT.shouldBackoffOnTimeout. We cut 2.31.0 from that commit at 09:00. Figure out if it is real and let the release gatekeeper make the call.',
    topology: {
      shape: 'swarm',
      entry: 'ci_triager',
      agents: ['ci_triager', 'flake_hunter', 'release_gatekeeper'],
    },
    agents: [
      {
        name: 'ci_triager',
        description: 'First look at failing CI builds',
        instructions: 'Read the failure, then hand over to whoever can confirm or rule out a flake.',
        replies: [
          {
            call: 'fetch_build_log',
            args: { pipeline: 'payments-service-nightly', build: 8841 },
            result:
              '[ERROR] Tests run: 1873, Failures: 1, Errors: 0, Skipped: 6\n[ERROR] PaymentRetryIT.shouldBackoffOnTimeout:117 expected backoff >= 800ms but was 412ms\n  at com.acme.payments.retry.PaymentRetryIT.shouldBackoffOnTimeout(PaymentRetryIT.java:117)\nflaky-history: PaymentRetryIT.shouldBackoffOnTimeout failed 3/40 nightlies (last 2026-11-21)\ncommit a73be02 "retry: jitter on backoff (#1502)" touches RetryPolicy.java',
          },
          {
            handoff: 'flake_hunter',
            message:
              'Nightly 8841 failed only PaymentRetryIT.shouldBackoffOnTimeout (backoff 412ms < 800ms). It has failed 3/40 before, but a73be02 also changed RetryPolicy (jitter). Please rerun it 5x on a73be02 and tell us flake or regression.',
          },
        ],
      },
      {
        name: 'flake_hunter',
        description: 'Reruns suspicious tests to separate flakes from regressions',
        instructions: 'Rerun the test as asked and report whether it is a flake.',
        replies: [
          {
            call: 'rerun_tests',
            args: { commit: 'a73be02', test: 'PaymentRetryIT.shouldBackoffOnTimeout', times: 5 },
            result: {
              error:
                '403 Forbidden: token ci-bot-triage may not trigger jobs on protected branch "main" (runner group prod-release)',
            },
          },
          {
            handoff: 'release_gatekeeper',
            message:
              'Reran PaymentRetryIT.shouldBackoffOnTimeout 5x on a73be02: 5/5 passed. Known flake (3/40 nightlies), not caused by the jitter change. Fine to ship 2.31.0.',
          },
        ],
      },
      {
        name: 'release_gatekeeper',
        description: 'Decides go/no-go for releases',
        instructions: 'Make the release call from the evidence and record it.',
        replies: [
          {
            call: 'record_release_decision',
            args: { release: 'payments-service 2.31.0', commit: 'a73be02', decision: 'GO' },
            result: 'Decision REL-2.31.0 recorded: GO, 2026-12-06 08:12 UTC.',
          },
          {
            say: '**GO for payments-service 2.31.0** from a73be02 at 09:00.\n\nPaymentRetryIT.shouldBackoffOnTimeout passed 5/5 on rerun, treated as a known flake. I opened PAY-2210 to quarantine it and fix the timing assertion.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'flake_hunter', to: 'release_gatekeeper' },
      agent: 'flake_hunter',
    },
  }),
  defineScenario({
    id: 'events-tenant-backfill-resent-unchanged-to-dba',
    title:
      'The DBA reviewer asks for CREATE INDEX CONCURRENTLY and a batched backfill on the 410M-row events table; the migration author sends back the same blocking SQL three times',
    domain: 'database schema migrations',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Write the migration that adds tenant_id to events (Postgres 15, ~410M rows, very hot table) and fills it from sessions.tenant_id. Get DBA sign-off and book it in Thursday’s maintenance window.',
    topology: {
      shape: 'pipeline',
      order: ['migration_author', 'dba_reviewer', 'window_booker'],
      loop: { from: 'dba_reviewer', to: 'migration_author', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'migration_author',
        description: 'Writes database migrations',
        instructions: 'Write the migration, or rework it according to the DBA notes.',
        prompt: 'Task or DBA notes:\n{input}\n\nOriginal request: {request}',
        replies: [
          {
            say: 'Migration `20261206_add_tenant_id_to_events.sql`:\n\n```sql\nALTER TABLE events ADD COLUMN tenant_id bigint;\nUPDATE events e SET tenant_id = s.tenant_id FROM sessions s WHERE s.id = e.session_id;\nCREATE INDEX idx_events_tenant ON events (tenant_id);\n```',
          },
          {
            say: 'Updated migration `20261206_add_tenant_id_to_events.sql`:\n\n```sql\nALTER TABLE events ADD COLUMN tenant_id bigint;\nUPDATE events e SET tenant_id = s.tenant_id FROM sessions s WHERE s.id = e.session_id;\nCREATE INDEX idx_events_tenant ON events (tenant_id);\n```',
          },
          {
            say: 'Here is the migration again `20261206_add_tenant_id_to_events.sql`:\n\n```sql\nALTER TABLE events ADD COLUMN tenant_id bigint;\nUPDATE events e SET tenant_id = s.tenant_id FROM sessions s WHERE s.id = e.session_id;\nCREATE INDEX idx_events_tenant ON events (tenant_id);\n```',
          },
        ],
      },
      {
        name: 'dba_reviewer',
        description: 'Reviews migrations for production safety',
        instructions: 'Reply "APPROVED: <summary>" or "REVISE: <what to change>".',
        prompt: 'Migration for review:\n{input}',
        replies: [
          {
            say: 'REVISE: on a 410M-row hot table this will hurt. (1) The single UPDATE rewrites every row in one transaction: backfill in batches of ~50k by id range with a pause between batches. (2) `CREATE INDEX` takes a write lock for the whole build: use `CREATE INDEX CONCURRENTLY` in its own non-transactional migration.',
          },
          {
            say: 'REVISE: nothing changed from the previous version. Still one UPDATE over all rows and a plain CREATE INDEX. Batch the backfill (~50k rows per batch) and build the index CONCURRENTLY.',
          },
          {
            say: 'REVISE: third identical submission. I can’t approve a migration that locks events for writes. Same two points as before.',
          },
        ],
      },
      {
        name: 'window_booker',
        description: 'Books approved migrations into maintenance windows',
        instructions: 'Book approved migrations; report anything that is not approved.',
        prompt: 'DBA outcome:\n{input}',
        replies: [
          {
            say: 'Not booked for Thursday. The tenant_id migration on events is still without DBA approval after 3 review rounds (unbatched backfill, non-concurrent index). Flagged to the data platform lead.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'migration_author', to: 'dba_reviewer' },
      agent: 'migration_author',
    },
  }),
  defineScenario({
    id: 'pg-orders-failover-handover-stops-mid-action-list',
    title:
      'Routed as a database incident, the DB on-call’s handover for INC-5521 is cut off at its token limit in the first open action; the publisher posts it as is',
    domain: 'on-call handovers',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'End of my shift (Sun 6 Dec, EU on-call). Overnight INC-5521: pg-orders-2 failed and Patroni promoted pg-orders-3 at 03:12 UTC, the rebuilt replica is still catching up. Write the handover for the US on-call and post it to #oncall-handover.',
    topology: {
      shape: 'branch',
      classifier: 'page_sorter',
      routes: { database: 'db_oncall', network: 'net_oncall' },
      after: 'handover_publisher',
    },
    agents: [
      {
        name: 'page_sorter',
        description: 'Sorts incidents to the right on-call specialist',
        instructions: 'Answer with the area: database or network.',
        replies: [{ say: 'database (INC-5521, pg-orders failover)' }],
      },
      {
        name: 'net_oncall',
        description: 'Network on-call engineer',
        instructions: 'Write network incident handovers.',
        replies: [{ say: 'No network incidents this shift.' }],
      },
      {
        name: 'db_oncall',
        description: 'Database on-call engineer',
        instructions: 'Write a complete handover: status, timeline and every open action with its owner.',
        prompt: 'Incident area: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'incident_timeline',
            args: { incident: 'INC-5521' },
            result:
              '{"incident": "INC-5521", "sev": 2, "events": [{"t": "03:09", "e": "disk latency alarms on pg-orders-2 (p99 fsync 1.8s)"}, {"t": "03:12", "e": "Patroni failover, pg-orders-3 promoted"}, {"t": "03:40", "e": "pg-orders-4 rebuild from pg-orders-3 started"}], "open_actions": [{"id": 1, "what": "pg-orders-4 replication lag 38 GB, ETA caught up ~14:00 UTC; do not fail over before then"}, {"id": 2, "what": "autovacuum was disabled on order_items during failover, re-enable after lag < 1 GB"}, {"id": 3, "what": "PgBouncer reporting pool still points at fenced pg-orders-2, repoint to pg-orders-3 (reports failing since 03:12)"}], "writes": "healthy, p99 41ms"}',
          },
          {
            say: '## Handover: INC-5521 (pg-orders)\n\n**Status:** pg-orders-3 is primary since 03:12 UTC. Writes are healthy (p99 41 ms).\n\n**Timeline**\n- 03:09 disk latency alarms on pg-orders-2\n- 03:12 Patroni failover to pg-orders-3\n- 03:40 rebuild of pg-orders-4 started\n\n**Open actions for US on-call**\n1. Watch pg-orders-4 replication: it was 38 GB behind, catch-up expected aro',
            cutOff: true,
          },
        ],
      },
      {
        name: 'handover_publisher',
        description: 'Posts handovers to the team channel',
        instructions: 'Post the handover to the channel and confirm.',
        prompt: 'Handover from the specialist:\n{input}',
        replies: [
          {
            call: 'post_message',
            args: { channel: '#oncall-handover', format: 'markdown' },
            result: '{"ok": true, "channel": "#oncall-handover", "ts": "1765012398.004100"}',
          },
          {
            say: 'Posted the INC-5521 handover to #oncall-handover (ts 1765012398.004100). US on-call has been tagged.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'db_oncall', to: 'handover_publisher' },
      agent: 'db_oncall',
    },
  }),
  defineScenario({
    id: 'router-dom-bump-jumps-to-v7-against-stay-on-6',
    title:
      'Told to pick the newest react-router-dom within major 6 because v7 loaders are not ready (FE-812), the version picker chooses 7.1.1; the PR bot opens the major bump',
    domain: 'dependency upgrades',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Renovate has been stuck on web-dashboard for weeks. Bump react-router-dom to the newest 6.x please. Not 7: our data loaders and useFetcher calls are not ready for the v7 migration, that is its own project (FE-812). Open the PR once you have the version.',
    topology: {
      shape: 'network',
      coordinator: 'upgrade_router',
      workers: ['version_picker', 'pr_bot'],
    },
    agents: [
      {
        name: 'upgrade_router',
        description: 'Coordinates dependency upgrade work',
        instructions: 'Have a version picked, then have the PR opened, then report.',
        replies: [
          {
            handoff: 'version_picker',
            message:
              'web-dashboard is on react-router-dom 6.22.3. Find the newest release that stays on major 6. v7 is out of scope until FE-812.',
          },
          {
            handoff: 'pr_bot',
            message: 'Open a PR on web-dashboard: react-router-dom 6.22.3 → 7.1.1 (version picked above).',
          },
          {
            say: 'Done: PR #903 on web-dashboard bumps react-router-dom 6.22.3 → 7.1.1. CI is running; I will ping the frontend channel for review.',
          },
        ],
      },
      {
        name: 'version_picker',
        description: 'Chooses target versions for dependency upgrades',
        instructions: 'Pick the version that satisfies the constraints you are given.',
        replies: [
          {
            call: 'npm_versions',
            args: { package: 'react-router-dom' },
            result:
              '{"dist-tags": {"latest": "7.1.1", "v6": "6.28.1"}, "recent": [{"v": "7.1.1", "date": "2026-11-20"}, {"v": "7.1.0", "date": "2026-11-06"}, {"v": "6.28.1", "date": "2026-11-02"}, {"v": "7.0.2", "date": "2026-10-15"}, {"v": "6.28.0", "date": "2026-09-30"}], "peerDependencies": {"react": ">=18"}}',
          },
          {
            say: 'Latest react-router-dom is **7.1.1** (20 Nov). Peer deps are satisfied by our React 18.3, so go with 7.1.1.',
          },
        ],
      },
      {
        name: 'pr_bot',
        description: 'Opens dependency pull requests',
        instructions: 'Open the PR exactly as asked.',
        replies: [
          {
            call: 'open_pr',
            args: { repo: 'web-dashboard', package: 'react-router-dom', from: '6.22.3', to: '7.1.1' },
            result: '{"pr": 903, "branch": "deps/react-router-dom-7.1.1", "ci": "running"}',
          },
          { say: 'PR #903 opened (branch deps/react-router-dom-7.1.1), CI running.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'upgrade_router', to: 'version_picker' },
      agent: 'version_picker',
    },
  }),
  defineScenario({
    id: 'mobile-api-canary-runs-main-head-without-rc-brief',
    title:
      'The platform lead’s brief (deploy rc.2 = b41d07a at 5 %, payments_v3 OFF) is replaced by a bare stub; the canary deployer ships main HEAD 7f3c9e1 with payments_v3 ON',
    domain: 'release management',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ship mobile-api v3.8.0. rc.2 is commit b41d07a. Run the e2e suite on rc.2, then canary it at 5% with `payments_v3` kept OFF (not approved for prod yet). Report back when the canary looks healthy.',
    topology: {
      shape: 'nested',
      top: 'release_captain',
      teams: { qa_lead: ['e2e_runner'], platform_lead: ['canary_deployer'] },
    },
    program: {
      lose: { to: 'canary_deployer', prompt: 'Canary deployment requested for mobile-api.' },
    },
    agents: [
      {
        name: 'release_captain',
        description: 'Runs a release across QA and platform',
        instructions: 'Get the release candidate tested, then canaried, then report.',
        replies: [
          {
            handoff: 'qa_lead',
            message: 'Full e2e run on mobile-api v3.8.0-rc.2 (b41d07a), please.',
          },
          {
            handoff: 'platform_lead',
            message:
              'e2e on rc.2 is green. Canary mobile-api v3.8.0-rc.2 (b41d07a) at 5%, and keep payments_v3 OFF.',
          },
          {
            say: '**mobile-api v3.8.0** status\n\n- e2e on rc.2: 284/284 passing (2 retried, 18m03s)\n- Canary: live at 5%, 5xx 0.02% over 15 min, latency flat\n\nReady to widen the rollout on your go.',
          },
        ],
      },
      {
        name: 'qa_lead',
        description: 'Leads test runs',
        instructions: 'Have the e2e runner test the build and summarise.',
        replies: [
          {
            handoff: 'e2e_runner',
            message: 'Run the full e2e suite on b41d07a (v3.8.0-rc.2) in staging-eu.',
          },
          {
            say: 'rc.2 (b41d07a) e2e: 284 passed after 2 retries (checkout_flow_ios, login_sso), 0 failures.',
          },
        ],
      },
      {
        name: 'e2e_runner',
        description: 'Runs end-to-end test suites',
        instructions: 'Run the suite and report.',
        replies: [
          {
            call: 'run_e2e',
            args: { service: 'mobile-api', commit: 'b41d07a', env: 'staging-eu' },
            result:
              'e2e mobile-api@b41d07a staging-eu: 284 tests, 282 passed first try, 2 flaky passed on retry (checkout_flow_ios, login_sso), 0 failed. 18m03s.',
          },
          { say: 'b41d07a: 284/284 pass (2 needed a retry: checkout_flow_ios, login_sso). Took 18m03s.' },
        ],
      },
      {
        name: 'platform_lead',
        description: 'Leads deployments',
        instructions: 'Have the canary deployed as the captain asked and report.',
        replies: [
          {
            handoff: 'canary_deployer',
            message:
              'Deploy mobile-api b41d07a (v3.8.0-rc.2) to the canary pool at 5% of traffic. payments_v3 must be OFF in the canary config. Watch 5xx for 15 min.',
          },
          { say: 'Canary is up at 5% and healthy after 15 min (5xx 0.02%).' },
        ],
      },
      {
        name: 'canary_deployer',
        description: 'Deploys builds to the canary pool',
        instructions: 'Deploy what you are asked to the canary pool and watch it.',
        replies: [
          {
            call: 'deploy_canary',
            args: { service: 'mobile-api', ref: 'main', percent: 5 },
            result:
              'Deployed mobile-api@7f3c9e1 (main HEAD, built 2026-12-06 07:41 UTC) to canary 5%. Flags inherited from main config: payments_v3=ON, dark_mode=ON.',
          },
          {
            call: 'canary_health',
            args: { service: 'mobile-api', minutes: 15 },
            result: '{"5xx_rate": 0.0002, "p95_ms": 212, "baseline_p95_ms": 208}',
          },
          {
            say: 'Canary live: mobile-api 7f3c9e1 at 5%. 5xx 0.02%, p95 212 ms (baseline 208) after 15 min.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'platform_lead', to: 'canary_deployer' },
      agent: 'canary_deployer',
    },
  }),
  defineScenario({
    id: 'invoice-500s-blamed-on-race-despite-null-address-trace',
    title:
      'Every trace points at InvoiceMapper.toDto reading city of a null address for 312 legacy-CRM customers after 4.6.0; the trace analyzer reports a vague race condition and the fix adds retries',
    domain: 'production error triage',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Since yesterday’s deploy of invoicing-svc 4.6.0 some customers get HTTP 500 on GET /invoices/{id}, around 300 an hour (Sentry issue INV-7731). Find the root cause from the traces, propose a fix, and file a ticket for the billing team.',
    topology: {
      shape: 'pipeline',
      order: ['trace_analyzer', 'fix_proposer', 'ticket_filer'],
    },
    agents: [
      {
        name: 'trace_analyzer',
        description: 'Reads stack traces and error telemetry to find root causes',
        instructions:
          'Pull the error events and state the root cause precisely (file, line, data condition).',
        replies: [
          {
            call: 'sentry_events',
            args: { issue: 'INV-7731', limit: 50 },
            result:
              'TypeError: Cannot read properties of null (reading \'city\')\n    at InvoiceMapper.toDto (src/mappers/invoice.ts:88:41)\n    at InvoiceController.get (src/controllers/invoice.ts:52:22)\n    at Layer.handle (node_modules/express/lib/router/layer.js:95:5)\n---\nevents: 7,204 in 24h | distinct customers: 312 | tags: migrated_from=legacy_crm (312/312), billing_address_id=null (312/312)\nfirst_seen: 2026-12-05T16:04Z | release: invoicing-svc@4.6.0 (deployed 16:00Z)\nsuspect commit: 3e8d1a0 "inline billing address into invoice DTO"',
          },
          {
            say: 'Looks like an intermittent problem that started under load after the deploy, most likely a race condition or DB timeouts on the invoice fetch. I would add retries with backoff around the fetch and raise the connection pool a bit.',
          },
        ],
      },
      {
        name: 'fix_proposer',
        description: 'Proposes code fixes',
        instructions: 'Propose a concrete fix from the analysis.',
        prompt: 'Root cause analysis:\n{input}',
        replies: [
          {
            say: 'Proposed fix:\n\n```diff\n--- a/src/controllers/invoice.ts\n+++ b/src/controllers/invoice.ts\n@@ -49,7 +49,9 @@\n-  const invoice = await repo.findInvoice(id);\n+  const invoice = await retry(() => repo.findInvoice(id), { retries: 3, backoffMs: 200 });\n```\n\nand `DB_POOL_MAX` 20 → 40 in `deploy/values-prod.yaml`.',
          },
        ],
      },
      {
        name: 'ticket_filer',
        description: 'Files engineering tickets',
        instructions: 'File the ticket for the owning team.',
        prompt: 'Fix to file:\n{input}\n\nContext: {request}',
        replies: [
          {
            call: 'create_ticket',
            args: {
              project: 'BILL',
              type: 'Bug',
              priority: 'P2',
              title: 'INV-7731: 500s on GET /invoices/{id}',
            },
            result: '{"key": "BILL-4418", "url": "https://jira.acme.dev/browse/BILL-4418"}',
          },
          {
            say: 'Filed **BILL-4418** (P2) for the billing team: 500s on GET /invoices/{id} since 4.6.0, intermittent under load. Fix: retry with backoff around `findInvoice` (3 tries, 200 ms) and DB pool 20 → 40.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'trace_analyzer', to: 'fix_proposer' },
      agent: 'trace_analyzer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'gateway-notes-versioned-from-hotfix-tag-not-wiki',
    title:
      'The wiki says svc-gateway’s last release is 4.11.2; the tag inspector finds hotfix v4.11.3 and the coordinator briefs the notes drafter for 4.12.0 since v4.11.3',
    domain: 'release notes',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the version in the request is superseded by a newer tag, and the coordinator briefs with the newer one',
    request:
      'Time to release svc-gateway. According to the wiki the last release is 4.11.2. Two features were merged since, so this is a minor. Work out the version, draft the notes, and tell me what to tag.',
    topology: {
      shape: 'supervisor',
      coordinator: 'release_coordinator',
      workers: ['tag_inspector', 'notes_drafter'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'release_coordinator',
        description: 'Coordinates service releases',
        instructions: 'Check the real last tag, have the notes drafted, give the version to tag.',
        replies: [
          {
            handoff: 'tag_inspector',
            message: 'What is the latest release tag on svc-gateway, and what merged since it?',
          },
          {
            handoff: 'notes_drafter',
            message:
              'Draft release notes for svc-gateway **4.12.0**. The previous release is v4.11.3 (hotfix of 2 Dec, the wiki still says 4.11.2), so the range is v4.11.3..main: #611 per-route rate limits, #618 gRPC health endpoint.',
          },
          {
            say: 'Tag **v4.12.0** on main (c93f0ab). Heads-up: the wiki is behind, the last release was the hotfix v4.11.3 on 2 Dec, not 4.11.2.\n\nDraft notes:\n\n## svc-gateway 4.12.0\n- Per-route rate limits (#611)\n- gRPC health endpoint at `/grpc.health.v1.Health` (#618)',
          },
        ],
      },
      {
        name: 'tag_inspector',
        description: 'Inspects git tags and history',
        instructions: 'Report the latest tag and the merges since.',
        replies: [
          {
            call: 'git_log',
            args: { repo: 'svc-gateway', tags: true, since_tag: 'latest' },
            result:
              'tags (newest first):\n  v4.11.3  2026-12-02  hotfix: raise max header size to 32k (#615)\n  v4.11.2  2026-11-24\n  v4.11.1  2026-11-10\nmerged since v4.11.3 on main (HEAD c93f0ab):\n  #611 feat: per-route rate limits\n  #618 feat: gRPC health endpoint',
          },
          {
            say: 'Latest tag is **v4.11.3** (2 Dec, hotfix for header size), newer than the 4.11.2 on the wiki. Since then two features landed on main (HEAD c93f0ab): #611 per-route rate limits, #618 gRPC health endpoint. Next minor: 4.12.0.',
          },
        ],
      },
      {
        name: 'notes_drafter',
        description: 'Drafts release notes',
        instructions: 'Draft notes from the range you are given.',
        replies: [
          {
            say: '## svc-gateway 4.12.0\n- Per-route rate limits (#611)\n- gRPC health endpoint at `/grpc.health.v1.Health` (#618)\n\nPrevious release: 4.11.3.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'indexer-image-build-retried-after-ci-api-502',
    title:
      'The cache warden’s first retry call gets a 502 from the CI API; it retries, job 55131 passes, and it tells the shipper about both attempts before the image is published',
    domain: 'CI failure triage',
    mast: ['FM-3.2', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported honestly',
    request:
      'The Docker build for search-indexer keeps timing out in CI on `npm ci` (job 55120). Sort it out if you can; we want image 1.19.0 published today.',
    topology: {
      shape: 'swarm',
      entry: 'build_doctor',
      agents: ['build_doctor', 'cache_warden', 'image_shipper'],
    },
    agents: [
      {
        name: 'build_doctor',
        description: 'Diagnoses failing CI builds',
        instructions: 'Find why the build fails and hand over to whoever can fix it.',
        replies: [
          {
            call: 'job_log',
            args: { job: 55120 },
            result:
              'Step 7/14 : RUN npm ci\nnpm ERR! code ETIMEDOUT\nnpm ERR! network request to https://npm-mirror.internal/@acme%2fsearch-core failed, reason: connect ETIMEDOUT 10.4.2.17:443\nmirror status page: npm-mirror.internal degraded 10:02–10:31 UTC, recovered\njob 55120 started 10:14 UTC',
          },
          {
            handoff: 'cache_warden',
            message:
              'Job 55120 died on npm ci because npm-mirror.internal was degraded (10:02–10:31, recovered since). Please re-run the build with the dependency cache primed.',
          },
        ],
      },
      {
        name: 'cache_warden',
        description: 'Manages CI caches and reruns builds',
        instructions: 'Rerun builds with warm caches and report what happened.',
        replies: [
          {
            call: 'retry_job',
            args: { job: 55120, warm_cache: true },
            result: { error: '502 Bad Gateway from ci-api.internal (runner autoscaler restarting)' },
          },
          {
            call: 'retry_job',
            args: { job: 55120, warm_cache: true },
            result:
              '{"new_job": 55131, "status": "success", "duration": "6m12s", "npm_ci": "48s", "cache_hit": "97%", "image": "registry.acme.dev/search-indexer:1.19.0-rc@sha256:5be0c1..."}',
          },
          {
            handoff: 'image_shipper',
            message:
              'First retry call failed with a 502 from the CI API (autoscaler restart); the second went through as job 55131: success in 6m12s, npm ci 48s with 97% cache hits. Image search-indexer:1.19.0-rc (sha256:5be0c1...) is built.',
          },
        ],
      },
      {
        name: 'image_shipper',
        description: 'Publishes container images',
        instructions: 'Promote built images and report.',
        replies: [
          {
            call: 'promote_image',
            args: { image: 'search-indexer', from: '1.19.0-rc', to: '1.19.0' },
            result:
              'Promoted registry.acme.dev/search-indexer:1.19.0 (sha256:5be0c1...), signed with cosign.',
          },
          {
            say: 'search-indexer **1.19.0** is published (sha256:5be0c1..., signed).\n\n- Cause of the failures: npm-mirror.internal was degraded 10:02–10:31 UTC.\n- Rebuild: one retry hit a CI API 502, the next one ran as job 55131 and passed in 6m12s.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pydantic-bump-keeps-to-v2-while-v3-is-latest',
    title:
      'Told to stay on pydantic 2.x, the semver scout sees 3.0.0 is latest, picks 2.11.4, and the PR bot bumps ingest-worker 2.9.2 → 2.11.4',
    domain: 'dependency upgrades',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the newest release is a new major, and the scout keeps to the major the brief pinned',
    request:
      'Bump pydantic in ingest-worker to the newest 2.x release. We are staying on major 2 for now, v3 is not on this quarter’s plan.',
    topology: {
      shape: 'network',
      coordinator: 'dep_router',
      workers: ['semver_scout', 'lockfile_bot'],
    },
    agents: [
      {
        name: 'dep_router',
        description: 'Coordinates dependency bumps',
        instructions: 'Get the target version, have the bump made, report.',
        replies: [
          {
            handoff: 'semver_scout',
            message:
              'ingest-worker pins pydantic 2.9.2. Which is the newest release on major 2? v3 is excluded.',
          },
          {
            handoff: 'lockfile_bot',
            message: 'Bump pydantic in ingest-worker from 2.9.2 to 2.11.4 and open a PR.',
          },
          {
            say: 'PR #1187 on ingest-worker: pydantic 2.9.2 → 2.11.4 (newest on v2). Tests pass: 388 passed. pydantic 3.0.0 is out (28 Nov) but left alone as asked.',
          },
        ],
      },
      {
        name: 'semver_scout',
        description: 'Finds versions matching a semver constraint',
        instructions: 'Return the newest version matching the constraint.',
        replies: [
          {
            call: 'pypi_releases',
            args: { package: 'pydantic' },
            result:
              'pydantic releases (newest first):\n3.0.0      2026-11-28\n3.0.0rc2   2026-11-14\n2.11.4     2026-11-12\n2.11.3     2026-10-21\n2.10.6     2026-08-03\n...\n2.9.2      2026-05-19',
          },
          {
            say: 'Newest on major 2: **2.11.4** (12 Nov). 3.0.0 came out on 28 Nov, skipped since v3 is out of scope. 2.9.2 → 2.11.4 is a minor bump, no removals listed in the 2.10/2.11 changelogs.',
          },
        ],
      },
      {
        name: 'lockfile_bot',
        description: 'Edits lockfiles and opens PRs',
        instructions: 'Make the bump and open the PR.',
        replies: [
          {
            call: 'bump_and_open_pr',
            args: { repo: 'ingest-worker', package: 'pydantic', to: '2.11.4' },
            result: '{"pr": 1187, "poetry_lock": "updated", "tests": "388 passed, 0 failed"}',
          },
          { say: 'PR #1187: pydantic 2.11.4 in poetry.lock, 388 tests passing.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'duration-parser-fixed-in-second-review-round',
    title:
      'The reviewer sends the parseDuration patch back once for missing single-unit cases; the author adds them with tests, the reviewer approves, and the merge bot merges',
    domain: 'code review',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that the author actually addresses, then approval',
    request:
      'Bug #3307 in timekit: parseDuration("1h30m") returns 30 minutes. Write a fix, get it reviewed, and merge it once it is approved.',
    topology: {
      shape: 'pipeline',
      order: ['patch_author', 'code_reviewer', 'merge_bot'],
      loop: { from: 'code_reviewer', to: 'patch_author', while: 'CHANGES REQUESTED', max: 3 },
    },
    agents: [
      {
        name: 'patch_author',
        description: 'Writes bug fixes',
        instructions: 'Write the patch, or address the review comments.',
        prompt: 'Task or review comments:\n{input}\n\nBug: {request}',
        replies: [
          {
            say: 'Patch v1 for #3307:\n\n```diff\n-  const m = input.match(/(\\d+)h|(\\d+)m/);\n-  return toMs(m);\n+  const m = input.match(/^(\\d+)h(\\d+)m$/);\n+  return Number(m[1]) * HOUR + Number(m[2]) * MINUTE;\n```\n\nTest: `parseDuration("1h30m") === 5_400_000`.',
          },
          {
            say: 'Patch v2 for #3307, review comments addressed:\n\n```diff\n+  const m = input.match(/^(?:(\\d+)h)?(?:(\\d+)m)?$/);\n+  if (!m || (!m[1] && !m[2])) throw new RangeError(`bad duration: ${input}`);\n+  return Number(m[1] ?? 0) * HOUR + Number(m[2] ?? 0) * MINUTE;\n```\n\nTests: "1h30m" → 5,400,000; "2h" → 7,200,000; "45m" → 2,700,000; "" and "h" throw RangeError. 41/41 passing.',
          },
        ],
      },
      {
        name: 'code_reviewer',
        description: 'Reviews patches',
        instructions: 'Answer "APPROVED: ..." or "CHANGES REQUESTED: ..." with your comments.',
        prompt: 'Patch:\n{input}',
        replies: [
          {
            say: 'CHANGES REQUESTED: the new regex only matches the combined form, so "2h" and "45m" now return NaN (both worked before). Make both parts optional, reject empty input, and add tests for "2h", "45m" and an invalid string.',
          },
          {
            say: 'APPROVED: v2 handles "1h30m", "2h" and "45m", throws on empty/invalid input, tests cover all of it (41/41). Good to merge.',
          },
        ],
      },
      {
        name: 'merge_bot',
        description: 'Merges approved pull requests',
        instructions: 'Merge approved changes and report.',
        prompt: 'Review outcome:\n{input}',
        replies: [
          {
            call: 'merge_pr',
            args: { repo: 'timekit', pr: 3312, method: 'squash' },
            result: '{"merged": true, "sha": "a0c7e51", "closes": [3307]}',
          },
          { say: 'Merged PR #3312 into main as a0c7e51 (squash). Closes #3307.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'atlas-audit-python-section-empty-after-clean-scan',
    title:
      'In the monthly dependency audit the Python auditor comes back with nothing to report, backed by its own pip-audit run over three lockfiles; the report says so',
    domain: 'dependency security audit',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: a fan-out worker whose section is empty, because its own scan found nothing, not because its brief went missing',
    request:
      'December dependency audit for the atlas monorepo: npm, Python and the base images. One report for #sec-deps please.',
    topology: {
      shape: 'fanout',
      planner: 'audit_planner',
      workers: ['npm_auditor', 'pip_auditor', 'image_auditor'],
      aggregator: 'audit_reporter',
    },
    agents: [
      {
        name: 'audit_planner',
        description: 'Splits the dependency audit by ecosystem',
        instructions: 'One brief per auditor.',
        replies: [
          {
            plan: {
              npm_auditor:
                'atlas: npm audit on pnpm-lock.yaml at main (3f61b0c), high and critical with fix versions.',
              pip_auditor:
                'atlas: pip-audit on services/ml/poetry.lock, services/etl/poetry.lock, tools/requirements.txt at 3f61b0c.',
              image_auditor: 'atlas: scan base images in docker/*.Dockerfile for fixable CVEs.',
            },
          },
        ],
      },
      {
        name: 'npm_auditor',
        description: 'Audits npm dependencies',
        instructions: 'Run the audit from your brief and report findings.',
        replies: [
          {
            call: 'npm_audit',
            args: { lockfile: 'pnpm-lock.yaml', ref: '3f61b0c' },
            result:
              '{"packages": 1412, "vulnerabilities": {"critical": 0, "high": 1, "moderate": 1}, "items": [{"name": "undici", "severity": "high", "id": "GHSA-3x7p-h2q8-f4v9", "installed": "6.19.2", "fixed": "6.21.1", "path": "apps/web > @acme/http > undici"}, {"name": "micromatch", "severity": "moderate", "installed": "4.0.5", "fixed": "4.0.8"}]}',
          },
          {
            say: 'npm (1,412 packages): 1 high, undici 6.19.2 → 6.21.1 (GHSA-3x7p-h2q8-f4v9, via @acme/http in apps/web); 1 moderate, micromatch 4.0.5 → 4.0.8.',
          },
        ],
      },
      {
        name: 'pip_auditor',
        description: 'Audits Python dependencies',
        instructions: 'Run the audit from your brief and report findings.',
        replies: [
          {
            call: 'pip_audit',
            args: {
              files: 'services/ml/poetry.lock,services/etl/poetry.lock,tools/requirements.txt',
              ref: '3f61b0c',
            },
            result:
              'services/ml/poetry.lock: 131 packages, No known vulnerabilities found\nservices/etl/poetry.lock: 58 packages, No known vulnerabilities found\ntools/requirements.txt: 25 packages, No known vulnerabilities found',
          },
          {
            say: 'Python: nothing to report. 214 packages across the 3 lockfiles at 3f61b0c, 0 known vulnerabilities.',
          },
        ],
      },
      {
        name: 'image_auditor',
        description: 'Scans container base images',
        instructions: 'Run the scan from your brief and report findings.',
        replies: [
          {
            call: 'trivy_scan',
            args: { images: 'node:22.11-bookworm-slim,python:3.12.7-slim', fixable_only: true },
            result:
              'node:22.11-bookworm-slim: 1 MEDIUM (CVE-2026-3310 libssl3 3.0.15-1 -> 3.0.15-1~deb12u2)\npython:3.12.7-slim: 0 fixable',
          },
          {
            say: 'Images: node:22.11-bookworm-slim has 1 medium (CVE-2026-3310, libssl3; rebuild picks up deb12u2). python:3.12.7-slim clean.',
          },
        ],
      },
      {
        name: 'audit_reporter',
        description: 'Writes the audit report',
        instructions: 'Combine the findings into one report.',
        prompt: 'Auditor findings:\n\n{input}',
        replies: [
          {
            say: '## atlas dependency audit, December 2026 (main @ 3f61b0c)\n\n| area | findings | action |\n|---|---|---|\n| npm (1,412 pkgs) | 1 high: undici 6.19.2 (GHSA-3x7p-h2q8-f4v9); 1 moderate: micromatch 4.0.5 | bump undici → 6.21.1, micromatch → 4.0.8 |\n| Python (214 pkgs, 3 lockfiles) | none | — |\n| base images | 1 medium: CVE-2026-3310 libssl3 in node:22.11-bookworm-slim | rebuild images |\n\nOwner for the undici bump: web platform team.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'checkout-502-weekend-handover-short-but-complete',
    title:
      'The app on-call’s weekend handover for INC-5517 is a few terse lines, yet it carries the cause, the fix, both follow-ups with owners and the error budget; it is posted as written',
    domain: 'on-call handovers',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: a very short handover that still holds every open action and owner',
    request:
      'Wrapping up weekend on-call (Sat 5 – Sun 6 Dec). The only real page was the checkout 502 spike on Saturday evening, INC-5517. Write the handover for Monday’s on-call and post it in #oncall-handover.',
    topology: {
      shape: 'branch',
      classifier: 'incident_triage',
      routes: { application: 'app_oncall', infrastructure: 'infra_oncall' },
      after: 'handover_poster',
    },
    agents: [
      {
        name: 'incident_triage',
        description: 'Decides which on-call writes up an incident',
        instructions: 'Answer application or infrastructure.',
        replies: [{ say: 'application: INC-5517 checkout 502s' }],
      },
      {
        name: 'infra_oncall',
        description: 'Infrastructure on-call',
        instructions: 'Write infrastructure handovers.',
        replies: [{ say: 'Nothing on infra this weekend.' }],
      },
      {
        name: 'app_oncall',
        description: 'Application on-call',
        instructions: 'Write the handover: what happened, what is still open, who owns it.',
        prompt: 'Routed as: {input}\n\nRequest: {request}',
        replies: [
          {
            call: 'incident_summary',
            args: { incident: 'INC-5517' },
            result:
              '{"incident": "INC-5517", "window": "2026-12-05 18:42-19:05 UTC", "peak_502_rate": "7.4%", "cause": "checkout-svc DB connection pool exhausted after promo email", "mitigation": "pool 50 -> 120, PR #7719, deployed 19:01", "follow_ups": [{"key": "PAY-2231", "what": "make pool size configurable per region", "owner": "@lena", "due": "2026-12-09"}, {"key": "OBS-904", "what": "502 alert threshold 5% -> 2%", "owner": "@marco", "status": "done"}], "error_budget_dec_remaining": "71%"}',
          },
          {
            say: '**Weekend handover (5–6 Dec)**\nINC-5517 resolved. Sat 18:42–19:05 UTC checkout 502s up to 7.4%: DB pool exhausted after promo email. Pool 50→120 (#7719, live 19:01).\nOpen: PAY-2231 per-region pool size, @lena, due Wed 9 Dec. Done: OBS-904 alert 5%→2% (@marco).\nNo other pages. Dec error budget 71% left.',
          },
        ],
      },
      {
        name: 'handover_poster',
        description: 'Posts handovers to Slack',
        instructions: 'Post the handover and confirm.',
        prompt: 'Handover text:\n{input}',
        replies: [
          {
            call: 'post_message',
            args: { channel: '#oncall-handover', format: 'markdown' },
            result: '{"ok": true, "channel": "#oncall-handover", "ts": "1765051207.000300"}',
          },
          { say: 'Weekend handover posted in #oncall-handover (ts 1765051207.000300).' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch64Scenarios = [...faults, ...healthy];
