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
];
