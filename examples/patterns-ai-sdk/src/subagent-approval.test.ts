import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { subagentWithApproval } from './subagent-approval.ts';
import { mode } from './traced-agents.ts';

const task = 'Find how many hours a day adult cats sleep, with a source.';
const findings = 'Adult cats sleep 12 to 16 hours a day (vetmed.example).';

// Middleware only: tool approvals are not seen (the telemetry integration records them).
describe.skipIf(mode === 'standalone')(
  'human approval of a delegation (toolApproval: user-approval on the subagent tool)',
  () => {
    it("records the human's approval as a decision handed to the agent that asked, then the delegation", async () => {
      const run = await runPattern(
        'subagent-approval',
        {
          assistant: [
            { tool: 'research', input: { task } },
            ({ lastToolResult }) => ({ text: `Here is what I found: ${lastToolResult}` }),
          ],
          researcher: [{ text: findings }],
        },
        (agents) =>
          subagentWithApproval('How long do cats sleep?', agents, () => ({
            approved: true,
            reason: 'Fine, one search only.',
          })),
      );
      expect(run.result).toBe(`Here is what I found: ${findings}`);
      expectWellFormedTrace(run.trace);
      expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['assistant', 'assistant', 'researcher']);
      expect(handoffSummary(run.trace)).toEqual([
        // An approval only lets the tool run: a decision (routing), its reason kept in the payload.
        { kind: 'return', from: 'human', to: 'assistant', inferred: false, content: '' },
        { kind: 'delegation', from: 'assistant', to: 'researcher', inferred: false, content: task },
        { kind: 'return', from: 'researcher', to: 'assistant', inferred: false, content: findings },
      ]);
      const [approval] = run.trace.handoffs;
      expect(approval?.toTurnId).toBe(run.trace.turns[1]?.id);
      expect(approval?.payload).toEqual({
        approved: true,
        reason: 'Fine, one search only.',
        toolName: 'research',
        input: { task },
      });
      expect(approval?.metadata).toMatchObject({
        human: true,
        routing: true,
        question: { toolName: 'research' },
        askedIn: { workflowId: run.trace.workflow.id, turnId: run.trace.turns[0]?.id },
      });
      // The call that asked ends marked with its open request.
      expect(run.trace.turns[0]?.metadata.awaitingApproval).toEqual([
        { approvalId: approval?.metadata.approvalId, toolName: 'research', input: { task } },
      ]);
      expect(run.analysis.failure).toBeNull();
    });

    it('records a denial with its reason, which the model is shown, and no delegation', async () => {
      const reason = 'No paid research today; answer from what you know.';
      const answer = 'Cats sleep a lot, often more than half the day.';
      const run = await runPattern(
        'subagent-denied',
        {
          assistant: [{ tool: 'research', input: { task } }, { text: answer }],
          researcher: [{ text: findings }],
        },
        (agents) =>
          subagentWithApproval('How long do cats sleep?', agents, () => ({ approved: false, reason })),
      );
      expect(run.result).toBe(answer);
      expectWellFormedTrace(run.trace);
      expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['assistant', 'assistant']);
      expect(handoffSummary(run.trace)).toEqual([
        { kind: 'return', from: 'human', to: 'assistant', inferred: false, content: reason },
      ]);
      expect(run.analysis.failure).toBeNull();
    });
  },
);
