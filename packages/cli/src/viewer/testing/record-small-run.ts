import { createTracer, jsonlStore } from '@handoff/core';
import { manualClock } from '@handoff/core/testing';

/**
 * A two-agent run at a chosen time, for the viewer's browser tests: planner hands a plan to
 * researcher, who starts `idleMs` later (an idle gap on the timeline) and calls a tool and a model.
 */
export async function recordSmallRun(
  dir: string,
  options: {
    file: string;
    name: string;
    at: number;
    framework?: string;
    idleMs?: number;
    feedback?: { correct: boolean; comment?: string };
    /** Record the handoff as inferred from data flow rather than seen. */
    inferred?: boolean;
  },
): Promise<void> {
  const clock = manualClock(options.at);
  const tracer = createTracer({ store: jsonlStore({ dir, file: options.file }), clock, flushOnExit: false });
  const workflow = tracer.startWorkflow(options.name, {
    metadata: options.framework ? { framework: options.framework } : {},
  });
  const plan = 'Find the Q3 2024 revenue of ACME in EUR.';
  const planner = workflow.startTurn({
    agent: 'planner',
    input: [{ role: 'user', content: 'Brief me on ACME.' }],
  });
  clock.advance(400);
  planner.recordModelCall({
    model: 'mock-model',
    input: [{ role: 'user', content: 'Brief me on ACME.' }],
    output: plan,
    usage: { inputTokens: 120, outputTokens: 30 },
    startedAt: clock.now() - 350,
    endedAt: clock.now(),
  });
  planner.provideContext({ key: 'quote', value: { ticker: 'ACME', price: 182.4 }, source: 'explicit' });
  planner.end({ output: plan });
  clock.advance(20);
  workflow.sendHandoff({
    kind: 'edge',
    from: 'planner',
    to: 'researcher',
    fromTurnId: planner.id,
    content: plan,
    ...(options.inferred ? { inferred: true } : {}),
  });
  clock.advance(options.idleMs ?? 100);
  workflow.provideContext({ key: 'quote', value: { ticker: 'ACME', price: 176.1 }, source: 'explicit' });
  const researcher = workflow.startTurn({ agent: 'researcher', input: [{ role: 'user', content: plan }] });
  // It reads the first quote although a newer one exists: a stale read to compare.
  researcher.readContext('quote', { version: 1 });
  clock.advance(100);
  const tool = researcher.startToolCall({ name: 'search', args: { query: 'ACME Q3 2024 revenue' } });
  clock.advance(600);
  tool.end({ result: 'ACME Q3 2024 revenue: EUR 4.2 billion.' });
  clock.advance(500);
  const answer = 'ACME Q3 2024 revenue was EUR 4.2 billion.';
  researcher.recordModelCall({
    model: 'mock-model',
    // The model is shown the plan without its currency: a difference to compare.
    input: [
      { role: 'system', content: 'You are a researcher.' },
      { role: 'user', content: plan.replace(' in EUR', '') },
    ],
    output: answer,
    usage: { inputTokens: 300, outputTokens: 45 },
    startedAt: clock.now() - 480,
    endedAt: clock.now(),
  });
  researcher.end({ output: answer });
  workflow.end({ output: answer });
  if (options.feedback) tracer.feedback(workflow.id, options.feedback);
  await tracer.shutdown();
}
