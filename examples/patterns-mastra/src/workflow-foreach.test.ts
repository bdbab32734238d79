import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { sectionsForeach } from './workflow-foreach.ts';

const sections = [
  { section: 'Hives', brief: 'Rooftop hives need wind shelter and a water source within 50 metres.' },
  {
    section: 'Rules',
    brief: 'Most cities require registering each hive and keeping it 3 metres from a boundary.',
  },
];
const texts: Record<string, string> = {
  Hives: 'Shelter rooftop hives from wind and keep water within 50 metres.',
  Rules: 'Register every hive with the city and keep it 3 metres from the boundary.',
};

describe('.foreach() over a planner’s section briefs', () => {
  it('hands each writer run only its brief, and each section to the editor', async () => {
    const run = await runPattern((traced) =>
      sectionsForeach(traced, {
        planner: [{ text: JSON.stringify({ sections }) }],
        writer: [
          ({ lastUserMessage }) => ({ text: texts[lastUserMessage.includes('Hives') ? 'Hives' : 'Rules']! }),
        ],
        editor: [{ text: `Urban beekeeping. ${texts.Hives} ${texts.Rules}` }],
      }),
    );
    expect(run.result.status).toBe('success');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['planner', 'writer', 'writer', 'editor']);
    const [hives, rules] = sections;
    expect(
      handoffSummary(run.trace).sort((a, b) => `${a.to}${a.content}`.localeCompare(`${b.to}${b.content}`)),
    ).toEqual([
      // A writer step passes its section's name on unchanged: the handoff carries the text it wrote.
      { kind: 'step', from: 'writer', to: 'editor', inferred: false, content: texts.Rules },
      { kind: 'step', from: 'writer', to: 'editor', inferred: false, content: texts.Hives },
      {
        kind: 'step',
        from: 'planner',
        to: 'writer',
        inferred: false,
        content: `${hives!.section}\n${hives!.brief}`,
      },
      {
        kind: 'step',
        from: 'planner',
        to: 'writer',
        inferred: false,
        content: `${rules!.section}\n${rules!.brief}`,
      },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
