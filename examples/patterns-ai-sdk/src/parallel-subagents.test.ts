import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { exploreInParallel } from './parallel-subagents.ts';
import { runPattern } from './run-pattern.ts';

const summaries: Record<string, string> = {
  'the payment module': 'Payments: Stripe client in src/pay, retries twice, no idempotency keys.',
  'the email module': 'Email: SES client in src/mail, templates in mjml, queue-based sending.',
};

describe('parallel subagents (two tool calls in one step)', () => {
  it('records a delegation and a reply for each subagent run', async () => {
    const run = await runPattern(
      'parallel-subagents',
      {
        lead: [
          {
            tool: 'explore',
            input: { area: 'the payment module' },
            parallel: [{ tool: 'explore', input: { area: 'the email module' } }],
          },
          { text: 'Both modules call external services without idempotency.' },
        ],
        explorer: [({ lastUserMessage }) => ({ text: summaries[lastUserMessage] ?? 'unknown area' })],
      },
      (agents) => exploreInParallel('Map the services our backend calls.', agents),
    );
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['lead', 'explorer', 'explorer']);
    expect(
      handoffSummary(run.trace).sort((a, b) =>
        `${a.kind}${a.content}`.localeCompare(`${b.kind}${b.content}`),
      ),
    ).toEqual([
      { kind: 'delegation', from: 'lead', to: 'explorer', inferred: false, content: 'the email module' },
      { kind: 'delegation', from: 'lead', to: 'explorer', inferred: false, content: 'the payment module' },
      {
        kind: 'return',
        from: 'explorer',
        to: 'lead',
        inferred: false,
        content: summaries['the email module'],
      },
      {
        kind: 'return',
        from: 'explorer',
        to: 'lead',
        inferred: false,
        content: summaries['the payment module'],
      },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
