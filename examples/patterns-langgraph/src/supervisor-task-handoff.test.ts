import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { supervisorTaskSend, supervisorTaskUpdate } from './supervisor-task-handoff.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

const patterns = { send: supervisorTaskSend, update: supervisorTaskUpdate };

describe.each([
  ['send', 'invoke'],
  ['send', 'stream'],
  ['send', 'events'],
  ['update', 'invoke'],
  ['update', 'stream'],
  ['update', 'events'],
] as const)(
  'createSupervisor with task-description handoff tools, task passed by %s (%s)',
  (passing, mode) => {
    it("records the tool's task argument as the handoff's content, never the tool call", async () => {
      const { trace, analysis } = await tracePattern(patterns[passing], mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual([
        'supervisor',
        'research_expert',
        'supervisor',
        'math_expert',
        'supervisor',
      ]);
      expect(handoffLines(trace)).toEqual([
        'transfer supervisor > research_expert: Find the 2024 population of Lisbon and of Porto, citing sources.',
        'return research_expert > supervisor: Lisbon had 545,923 people in 2024 and Porto 248,769 (source: INE, 2024).',
        'transfer supervisor > math_expert: Add 545,923 and 248,769 and give the total.',
        'return math_expert > supervisor: 545,923 + 248,769 = 794,692.',
      ]);
      expect(trace.handoffs[0]).toMatchObject({
        task: 'Find the 2024 population of Lisbon and of Porto, citing sources.',
        payload: { task_description: 'Find the 2024 population of Lisbon and of Porto, citing sources.' },
      });
      for (const handoff of trace.handoffs)
        expect(handoff.content).not.toMatch(/assign_to|call-sup|"task_description"/);
      expect(analysis.failure?.summary).toBeUndefined();
      expect(
        analysis.findings.filter((f) => f.kind === 'lost_message' || f.kind === 'misunderstood_task'),
      ).toEqual([]);
    });
  },
);
