import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { hierarchicalSupervisors } from './hierarchical-supervisors.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'supervisor of createSupervisor teams (%s)',
  (mode) => {
    it('records nested agents by path and the handoffs inside each team', async () => {
      const { trace, analysis } = await tracePattern(hierarchicalSupervisors, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual([
        'supervisor',
        'research_team',
        'research_team/supervisor',
        'research_team/research_expert',
        'research_team/supervisor',
        'supervisor',
        'writing_team',
        'writing_team/supervisor',
        'writing_team/writing_expert',
        'writing_team/supervisor',
        'supervisor',
      ]);
      const answer = 'Emperor penguins plunge 565 metres deep and hold their breath for 27 minutes.';
      expect(handoffLines(trace)).toEqual([
        'transfer supervisor > research_team: ',
        'edge research_team > research_team/supervisor: ',
        'transfer research_team/supervisor > research_team/research_expert: ',
        'return research_team/research_expert > research_team/supervisor: Emperor penguins dive to 565 metres and stay under for up to 27 minutes.',
        'return research_team/supervisor > research_team: Research: emperor penguins dive to 565 metres, up to 27 minutes.',
        'return research_team > supervisor: Research: emperor penguins dive to 565 metres, up to 27 minutes.',
        'transfer supervisor > writing_team: ',
        'edge writing_team > writing_team/supervisor: ',
        'transfer writing_team/supervisor > writing_team/writing_expert: ',
        `return writing_team/writing_expert > writing_team/supervisor: ${answer}`,
        `return writing_team/supervisor > writing_team: ${answer}`,
        `return writing_team > supervisor: ${answer}`,
      ]);
      // Team members run inside their team's turn.
      const team = trace.turns.find((turn) => turn.agent === 'research_team');
      const members = trace.turns.filter((turn) => turn.agent.startsWith('research_team/'));
      expect(members.every((turn) => turn.parentTurnId === team?.id)).toBe(true);
      // The team's own supervisor did the model work, not the team node.
      expect(team?.modelCalls).toEqual([]);
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
