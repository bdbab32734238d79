import { defineScenario } from '../scenario.ts';

export const codeReviewScenarios = [
  defineScenario({
    id: 'latency-helper-zero-division',
    title: "The coder's helper divides by zero; the executor reports the failing test; the reviewer approves",
    domain: 'code review',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'PR #418: add average_latency(samples) to metrics/latency.py; it must return 0.0 for an empty window. Implement, test and review it.',
    topology: { shape: 'pipeline', order: ['coder', 'executor', 'reviewer'] },
    agents: [
      {
        name: 'coder',
        description: 'Writes the code',
        instructions: 'Implement the change and hand the code on for testing.',
        replies: [
          {
            say: 'metrics/latency.py:\n```python\ndef average_latency(samples: list[float]) -> float:\n    """Mean latency of a window, in ms."""\n    return sum(samples) / len(samples)\n```\nReady for the test run.',
          },
        ],
      },
      {
        name: 'executor',
        description: 'Runs the test suite',
        instructions: 'Run the tests against the code you are given and report the results verbatim.',
        prompt: 'Code under test:\n{input}',
        replies: [
          {
            call: 'run_tests',
            args: { path: 'tests/test_latency.py' },
            result:
              'tests/test_latency.py::test_mean PASSED\ntests/test_latency.py::test_single PASSED\ntests/test_latency.py::test_empty_window FAILED\nE   ZeroDivisionError: division by zero\nmetrics/latency.py:3: in average_latency\n1 failed, 2 passed in 0.41s',
          },
          {
            say: 'Test run: 1 failed, 2 passed. test_empty_window failed with ZeroDivisionError: division by zero at metrics/latency.py:3 in average_latency.',
          },
        ],
      },
      {
        name: 'reviewer',
        description: 'Reviews and merges',
        instructions: 'Review the change with the test results and decide.',
        prompt: 'Test report:\n{input}\n\nPR description: {request}',
        replies: [{ say: 'Approved. average_latency is small and readable; merging PR #418.' }],
      },
    ],
    expected: { kind: 'agent_error', boundary: { from: 'coder', to: 'executor' }, agent: 'coder' },
  }),
  defineScenario({
    id: 'cart-discount-review-loop',
    title: 'The reviewer repeats the same change request although each revision adds what it asks for',
    domain: 'code review',
    mast: ['FM-1.3', 'FM-2.5', 'FM-3.3'],
    request:
      'PR #902: apply_discount(cart, code) must ignore expired codes and never make the total negative. Implement and get it reviewed.',
    topology: {
      shape: 'pipeline',
      order: ['coder', 'reviewer'],
      loop: { from: 'reviewer', to: 'coder', while: 'REVISE', max: 5 },
    },
    agents: [
      {
        name: 'coder',
        description: 'Writes the code',
        instructions: 'Implement the change; address every review comment.',
        prompt: 'Task: {request}\n\nLatest review note: {input}',
        replies: [
          {
            say: 'def apply_discount(cart, code):\n    if code.expired:\n        return cart.total\n    return max(0, cart.total - code.amount)',
          },
          {
            say: 'Added tests: test_expired_code_ignored, test_total_never_negative (amount 50 on a 30 total gives 0).',
          },
          { say: 'Added test_empty_cart: an empty cart with code SAVE10 returns 0.00.' },
          { say: 'Renamed the tests to the team convention and added a docstring with the empty-cart case.' },
          { say: 'Parametrised test_empty_cart over three codes (SAVE10, EXPIRED5, FREESHIP).' },
        ],
      },
      {
        name: 'reviewer',
        description: 'Reviews code',
        instructions: 'Review; answer "APPROVED" or "REVISE: <what to change>".',
        prompt: 'Revision to review:\n{input}',
        replies: [{ say: 'REVISE: add a unit test for the empty-cart case.' }],
      },
    ],
    expected: { kind: 'handoff_loop', boundary: { from: 'reviewer', to: 'coder' }, agent: 'reviewer' },
  }),
  defineScenario({
    id: 'pr-review-fanout-error-words',
    title: 'Three reviewers in parallel discuss exceptions, retries and error counts of a healthy PR',
    domain: 'code review',
    mast: ['FM-3.2'],
    nearMissOf: 'agent_error: error words in outputs that report no error',
    request:
      'Review PR #1177 (retry logic for the payment webhook client) for security, performance and style, and summarise for the author.',
    topology: {
      shape: 'fanout',
      planner: 'review_planner',
      workers: ['security_reviewer', 'performance_reviewer', 'style_reviewer'],
      aggregator: 'review_summarizer',
    },
    agents: [
      {
        name: 'review_planner',
        description: 'Plans reviews',
        instructions: 'Write one brief per reviewer as JSON.',
        replies: [
          {
            plan: {
              security_reviewer: 'Review PR #1177 for security: secrets, signature checks, unsafe retries.',
              performance_reviewer:
                'Review PR #1177 for performance: retry backoff, timeouts, connection reuse.',
              style_reviewer: 'Review PR #1177 for style and tests: lint, naming, test coverage.',
            },
          },
        ],
      },
      {
        name: 'security_reviewer',
        description: 'Security review',
        instructions: 'Review for security issues.',
        replies: [
          {
            say: 'Security: OK. The old client raised InvalidSignatureError only after retrying; the PR now checks the HMAC before any retry. No secrets in code.',
          },
        ],
      },
      {
        name: 'performance_reviewer',
        description: 'Performance review',
        instructions: 'Review for performance issues.',
        replies: [
          {
            call: 'run_benchmark',
            args: { pr: 1177, scenario: 'webhook burst 500 rps' },
            result:
              'p50 41 ms, p99 180 ms (before: p99 2,400 ms). TimeoutError: 0 of 30,000 requests. 3 retries max with jittered backoff 200–1600 ms.',
          },
          {
            say: 'Performance: good. Under 500 rps p99 fell from 2,400 ms to 180 ms; TimeoutError count 0 of 30,000; at most 3 retries with jittered backoff.',
          },
        ],
      },
      {
        name: 'style_reviewer',
        description: 'Style and test review',
        instructions: 'Review style and tests.',
        replies: [
          {
            call: 'run_linter',
            args: { pr: 1177 },
            result:
              'eslint: 0 errors, 2 warnings (prefer-const in retry.ts:14, 22). Tests: 48 passed, 0 failed.',
          },
          {
            say: 'Style: 0 errors, 2 warnings (prefer-const at retry.ts:14 and 22). Tests: 48 passed, 0 failed, including test_gives_up_after_3_errors.',
          },
        ],
      },
      {
        name: 'review_summarizer',
        description: 'Summarises reviews for the author',
        instructions: 'Summarise the reviews for the author.',
        prompt: 'Reviews:\n{input}',
        replies: [
          {
            say: 'PR #1177 looks good to merge after two small fixes: use const at retry.ts:14 and 22. Security: the HMAC is now verified before any retry (the old InvalidSignatureError-after-retry path is gone). Performance: p99 180 ms at 500 rps, no TimeoutError in 30,000 requests. Tests: 48/48 pass.',
          },
        ],
      },
    ],
    expected: null,
  }),
];
