import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { hierarchicalTeams } from './hierarchical-teams.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)(
  'hierarchical agent teams as subgraphs (%s)',
  (mode) => {
    it('records teams as nested agents, their routing, their workers and the results carried back', async () => {
      const { trace, analysis } = await tracePattern(hierarchicalTeams, mode);
      expectWellFormedTrace(trace);
      expect(turnAgents(trace)).toEqual([
        'supervisor',
        'research_team',
        'research_team/supervisor',
        'research_team/search',
        'research_team/supervisor',
        'research_team/web_scraper',
        'research_team/supervisor',
        'supervisor',
        'writing_team',
        'writing_team/supervisor',
        'writing_team/note_taker',
        'writing_team/supervisor',
        'writing_team/doc_writer',
        'writing_team/supervisor',
        'supervisor',
      ]);
      const report =
        'Emperor penguins breed in the Antarctic winter on sea ice, in colonies of over 10,000 birds.';
      expect(handoffLines(trace)).toEqual([
        'command supervisor > research_team: ',
        'edge research_team > research_team/supervisor: ',
        'command research_team/supervisor > research_team/search: ',
        'return research_team/search > research_team/supervisor: Emperor penguins breed in winter on Antarctic sea ice.',
        'command research_team/supervisor > research_team/web_scraper: ',
        'return research_team/web_scraper > research_team/supervisor: Colonies can hold over 10,000 birds (BAS, 2023).',
        'return research_team/web_scraper > research_team: Colonies can hold over 10,000 birds (BAS, 2023).',
        'return research_team > supervisor: Colonies can hold over 10,000 birds (BAS, 2023).',
        'command supervisor > writing_team: ',
        'edge writing_team > writing_team/supervisor: ',
        'command writing_team/supervisor > writing_team/note_taker: ',
        'return writing_team/note_taker > writing_team/supervisor: Outline: winter breeding; sea ice; colonies over 10,000.',
        'command writing_team/supervisor > writing_team/doc_writer: ',
        `return writing_team/doc_writer > writing_team/supervisor: ${report}`,
        `return writing_team/doc_writer > writing_team: ${report}`,
        `return writing_team > supervisor: ${report}`,
      ]);
      // Every routing decision is marked; every hand-back says which mechanism carried it.
      for (const handoff of trace.handoffs.filter((h) => h.content === ''))
        expect(handoff.metadata.routing).toBe(true);
      expect(analysis.failure?.summary).toBeUndefined();
    });
  },
);
