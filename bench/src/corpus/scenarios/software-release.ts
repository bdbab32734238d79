import { defineScenario } from '../scenario.ts';

export const softwareReleaseScenarios = [
  defineScenario({
    id: 'release-train-build-ids',
    title: 'A nested release team passes build ids, versions, serials and counters back and forth',
    domain: 'software release',
    mast: ['FM-1.1', 'FM-3.2'],
    nearMissOf: 'misunderstood_task: ids, versions and counters that look like changed constraints',
    request:
      'Ship release 7.4.2 of the Android app: build from tag v7.4.2-rc3, run the 1,486-test regression suite, and roll out to 10% of users.',
    topology: {
      shape: 'nested',
      top: 'release_manager',
      teams: { build_lead: ['build_runner'], rollout_lead: ['store_publisher'] },
    },
    agents: [
      {
        name: 'release_manager',
        description: 'Owns the release',
        instructions: 'Get the build verified, then the staged rollout done, and report.',
        replies: [
          {
            handoff: 'build_lead',
            message:
              'Build tag v7.4.2-rc3 for Android and run the 1,486-test regression suite; report the build id.',
          },
          {
            handoff: 'rollout_lead',
            message: 'Roll out build 20250611.3 (7.4.2, versionCode 70402) to 10% of Android users.',
          },
          {
            say: 'Release 7.4.2 is live for 10% of Android users: build 20250611.3 (versionCode 70402) from v7.4.2-rc3 passed all 1486 regression tests; rollout id RO-5512 started 14:05 UTC.',
          },
        ],
      },
      {
        name: 'build_lead',
        description: 'Runs builds and tests',
        instructions: 'Have the build runner build and test, then report.',
        replies: [
          {
            handoff: 'build_runner',
            message:
              'Build v7.4.2-rc3 (Android release variant) and run the full regression suite (1,486 tests).',
          },
          {
            say: 'Build 20250611.3 from v7.4.2-rc3: 1486/1486 tests passed, versionCode 70402, APK 48.2 MB.',
          },
        ],
      },
      {
        name: 'build_runner',
        description: 'CI runner',
        instructions: 'Run builds and test suites on CI.',
        replies: [
          {
            call: 'ci_build',
            args: { tag: 'v7.4.2-rc3', variant: 'release' },
            result: 'Build 20250611.3 OK: app-release.apk 48.2 MB, versionCode 70402, sha256 9f2c…e41a.',
          },
          {
            call: 'ci_test',
            args: { build: '20250611.3', suite: 'regression' },
            result: 'Regression suite on 20250611.3: 1486 passed, 0 failed, 0 skipped in 41m12s.',
          },
          { say: 'Build 20250611.3 (versionCode 70402, 48.2 MB) passed 1486 of 1486 regression tests.' },
        ],
      },
      {
        name: 'rollout_lead',
        description: 'Runs store rollouts',
        instructions: 'Have the store publisher run staged rollouts, then report.',
        replies: [
          {
            handoff: 'store_publisher',
            message: 'Publish versionCode 70402 to the production track at a 10% staged rollout.',
          },
          { say: 'Rollout RO-5512 of versionCode 70402 running at 10% since 14:05 UTC.' },
        ],
      },
      {
        name: 'store_publisher',
        description: 'Publishes to the app store',
        instructions: 'Publish builds to the store with the console tool.',
        replies: [
          {
            call: 'store_rollout',
            args: { version_code: 70402, track: 'production', fraction: 0.1 },
            result:
              'Rollout RO-5512: versionCode 70402 on production, userFraction 0.1, started 2025-06-11T14:05:09Z.',
          },
          { say: 'versionCode 70402 is rolling out to 10% (RO-5512), started 14:05 UTC.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'regression-run-ios-smoke-only',
    title: 'Asked for the full Android and iOS regression, the test runner runs the iOS smoke suite only',
    domain: 'software release',
    mast: ['FM-1.1', 'FM-2.6'],
    request:
      'Before we ship 7.5.0: run the full regression suite on Android and iOS for build 20250702.1 and tell me if it is green.',
    topology: {
      shape: 'nested',
      top: 'release_manager',
      teams: { qa_lead: ['test_runner'] },
    },
    agents: [
      {
        name: 'release_manager',
        description: 'Owns the release',
        instructions: 'Get QA’s verdict and decide.',
        replies: [
          {
            handoff: 'qa_lead',
            message:
              'Is build 20250702.1 (7.5.0) green on the full regression suite for both Android and iOS?',
          },
          { say: 'QA says 7.5.0 (build 20250702.1) is green: 212 of 212 tests passed. Go for release.' },
        ],
      },
      {
        name: 'qa_lead',
        description: 'Leads QA',
        instructions: 'Have the test runner run suites and report the verdict.',
        replies: [
          {
            handoff: 'test_runner',
            message:
              'Run the full regression suite (1,486 tests) on Android and on iOS for build 20250702.1.',
          },
          { say: 'Build 20250702.1 is green: 212/212 passed.' },
        ],
      },
      {
        name: 'test_runner',
        description: 'Runs test suites on devices',
        instructions: 'Run the suites you are asked for and report the results.',
        replies: [
          {
            call: 'run_suite',
            args: { build: '20250702.1', platform: 'ios', suite: 'smoke' },
            result: 'iOS smoke on 20250702.1: 212 passed, 0 failed (iPhone 15, iOS 18.5) in 6m40s.',
            reasoning: 'Smoke is quicker.',
          },
          { say: 'Build 20250702.1: 212 passed, 0 failed.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'qa_lead', to: 'test_runner' },
      agent: 'test_runner',
    },
  }),
  defineScenario({
    id: 'release-notes-cut-off',
    title: 'The release-notes writer hits its token limit mid-sentence; the cut notes are published',
    domain: 'software release',
    mast: ['FM-3.1'],
    request: 'Publish the release notes for 7.5.0 from the merged PRs (#1201–#1218) to the changelog page.',
    topology: {
      shape: 'supervisor',
      coordinator: 'release_manager',
      workers: ['notes_writer', 'publisher'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'release_manager',
        description: 'Owns the release',
        instructions: 'Have the notes written and published.',
        replies: [
          {
            handoff: 'notes_writer',
            message:
              'Write user-facing release notes for 7.5.0 from PRs #1201–#1218: new features, fixes, known issues.',
          },
          {
            handoff: 'publisher',
            message:
              'Publish to the changelog: "7.5.0 — New: offline mode for saved articles; dark mode follows the system setting. Fixed: crash when rotating during video playback (#1207); login loop on Android 15 (#1211); wrong currency symbol for"',
          },
          { say: 'Release notes for 7.5.0 are live on the changelog page (entry CL-750).' },
        ],
      },
      {
        name: 'notes_writer',
        description: 'Writes release notes',
        instructions: 'Write release notes from merged pull requests.',
        replies: [
          {
            call: 'merged_prs',
            args: { from: 1201, to: 1218 },
            result:
              '#1203 offline mode for saved articles; #1205 dark mode follows system; #1207 fix crash on rotate during video; #1211 fix login loop Android 15; #1214 fix currency symbol for CHF; #1218 known issue: widgets not refreshing on iPadOS 17.',
          },
          {
            say: '7.5.0 — New: offline mode for saved articles; dark mode follows the system setting. Fixed: crash when rotating during video playback (#1207); login loop on Android 15 (#1211); wrong currency symbol for',
            cutOff: true,
          },
        ],
      },
      {
        name: 'publisher',
        description: 'Publishes web content',
        instructions: 'Publish content to the website.',
        replies: [
          {
            call: 'publish_changelog',
            args: { version: '7.5.0' },
            result: 'Changelog entry CL-750 published at /changelog#7.5.0.',
          },
          { say: 'Published changelog entry CL-750 for 7.5.0.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'notes_writer', to: 'release_manager' },
      agent: 'notes_writer',
    },
  }),
];
