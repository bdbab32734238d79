import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { implementFeature } from './orchestrator-worker.ts';
import { runPattern } from './run-pattern.ts';

const plan = {
  files: [
    {
      purpose: 'A login form that posts the email and password',
      filePath: 'src/login-form.tsx',
      changeType: 'create',
    },
    {
      purpose: 'Check the password against the stored bcrypt hash',
      filePath: 'src/auth.ts',
      changeType: 'modify',
    },
  ],
  estimatedComplexity: 'medium',
};
const change = (file: string) => ({ explanation: `Implemented ${file}.`, code: `// ${file}\nexport {};` });

describe('orchestrator-worker (Output.object plan → one worker per file)', () => {
  it('infers one handoff per worker carrying only its file of the plan', async () => {
    const run = await runPattern(
      'feature',
      {
        architect: [{ text: JSON.stringify(plan) }],
        create_worker: [{ text: JSON.stringify(change('src/login-form.tsx')) }],
        modify_worker: [{ text: JSON.stringify(change('src/auth.ts')) }],
      },
      (agents) => implementFeature('Users can log in with their email and password.', agents),
    );
    expect(run.result.changes).toHaveLength(2);
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent).sort()).toEqual([
      'architect',
      'create_worker',
      'modify_worker',
    ]);
    const [login, auth] = plan.files;
    expect(handoffSummary(run.trace).sort((a, b) => a.to.localeCompare(b.to))).toEqual([
      {
        kind: 'step',
        from: 'architect',
        to: 'create_worker',
        inferred: true,
        content: `${login!.filePath}\n${login!.purpose}`,
      },
      {
        kind: 'step',
        from: 'architect',
        to: 'modify_worker',
        inferred: true,
        content: `${auth!.filePath}\n${auth!.purpose}`,
      },
    ]);
    const payloads = Object.fromEntries(run.trace.handoffs.map((h) => [h.to, h.payload]));
    expect(payloads).toEqual({ create_worker: login, modify_worker: auth });
    expect(run.analysis.failure).toBeNull();
  });
});
