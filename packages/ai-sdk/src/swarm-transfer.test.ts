import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { generateText, hasToolCall, type ModelMessage, tool, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handoffMiddleware } from './handoff-middleware.ts';
import { handoffTelemetry } from './handoff-telemetry.ts';
import { scriptedModel } from './testing/scripted-model.ts';

describe.each([
  ['with the telemetry integration', false],
  ['middleware only', true],
])('swarm-style handoff tools (transfer_to_<agent>), %s', (_, standalone) => {
  it('records a transfer to the agent the tool names, received by its next turn', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const integration = handoffTelemetry({ tracer });
    const scripts: Record<string, Parameters<typeof scriptedModel>[1]> = {
      triage: [
        {
          text: 'The customer wants a refund for order 7730; billing handles that.',
          tool: 'transfer_to_billing',
          input: {},
        },
      ],
      billing: [{ text: 'Refund of EUR 49 for order 7730 issued.' }],
    };
    const history: ModelMessage[] = [{ role: 'user', content: 'I want my EUR 49 back for order 7730.' }];
    await tracer.workflow('support', async () => {
      let active = 'triage';
      for (let turn = 0; turn < 3; turn++) {
        const peer = active === 'triage' ? 'billing' : 'triage';
        const result = await generateText({
          model: wrapLanguageModel({
            model: scriptedModel(`${active}-llm`, scripts[active]!),
            middleware: handoffMiddleware({ tracer, agent: active, standalone }),
          }),
          messages: history,
          tools: {
            [`transfer_to_${peer}`]: tool({
              inputSchema: z.object({}),
              execute: async () => `Transferred to ${peer}.`,
            }),
          },
          stopWhen: hasToolCall(`transfer_to_${peer}`),
          telemetry: standalone ? { isEnabled: false } : { functionId: active, integrations: [integration] },
        });
        history.push(...result.responseMessages);
        const transfer = result.toolCalls.find((call) => call.toolName.startsWith('transfer_to_'));
        if (!transfer) return result.text;
        active = transfer.toolName.slice('transfer_to_'.length);
      }
      return '';
    });
    await tracer.flush();
    const trace = store.traces()[0] as Trace;
    expectWellFormedTrace(trace);
    expect(trace.turns.map((turn) => turn.agent)).toEqual(['triage', 'billing']);
    expect(trace.handoffs.map((h) => [h.kind, h.from, h.to, h.inferred ?? false, h.content])).toEqual([
      [
        'transfer',
        'triage',
        'billing',
        false,
        'The customer wants a refund for order 7730; billing handles that.',
      ],
    ]);
    expect(trace.handoffs[0]?.toTurnId).toBe(trace.turns[1]?.id);
    expect(trace.turns.map((turn) => [turn.status, turn.output])).toEqual([
      ['ok', 'The customer wants a refund for order 7730; billing handles that.'],
      ['ok', 'Refund of EUR 49 for order 7730 issued.'],
    ]);
    expect(trace.turns[0]?.toolCalls.map((call) => [call.name, call.result])).toEqual([
      ['transfer_to_billing', 'Transferred to billing.'],
    ]);
  });
});
