import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { orchestrateSpecialists } from './specialized-orchestration.ts';

const explore = 'Find where the HTTP client timeout is set.';
const found = 'The timeout is timeoutMs = 5000 in src/http/config.ts.';
const change = `Set timeoutMs to 10000 in src/http/config.ts. Context: ${found}`;
const done = 'Changed timeoutMs from 5000 to 10000 in src/http/config.ts.';

describe('specialized orchestration (a main agent delegating to specialist subagents)', () => {
  it('records one delegation and one reply per specialist, the second carrying what the first found', async () => {
    const run = await runPattern(
      'specialized-orchestration',
      {
        orchestrator: [
          { tool: 'explore', input: { task: explore } },
          { tool: 'code', input: { task: change } },
          ({ lastToolResult }) => ({ text: `Done: ${lastToolResult}` }),
        ],
        explorer: [{ tool: 'readFile', input: { path: 'src/http/config.ts' } }, { text: found }],
        coder: [
          {
            tool: 'writeFile',
            input: { path: 'src/http/config.ts', content: 'export const timeoutMs = 10_000;' },
          },
          { text: done },
        ],
      },
      (agents) => orchestrateSpecialists('Double the HTTP client timeout.', agents),
    );
    expect(run.result).toBe(`Done: ${done}`);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['orchestrator', 'explorer', 'coder']);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'delegation', from: 'orchestrator', to: 'explorer', inferred: false, content: explore },
      { kind: 'return', from: 'explorer', to: 'orchestrator', inferred: false, content: found },
      { kind: 'delegation', from: 'orchestrator', to: 'coder', inferred: false, content: change },
      { kind: 'return', from: 'coder', to: 'orchestrator', inferred: false, content: done },
    ]);
    expect(run.trace.turns.slice(1).map((turn) => turn.toolCalls.map((call) => call.name))).toEqual([
      ['readFile'],
      ['writeFile'],
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
