import { describe, expect, it } from 'vitest';
import { readBaseline } from './baseline.ts';
import { FRAMEWORKS, MODES } from './runners/run-context.ts';
import { defineScenario, topologyAgents } from './scenario.ts';
import { scenarios } from './scenarios/index.ts';

describe('scenario specs', () => {
  it('rejects a topology that names an agent without a script', () => {
    expect(() =>
      defineScenario({
        id: 'broken',
        title: 'broken',
        domain: 'test',
        mast: ['FM-1.1'],
        request: 'r',
        topology: { shape: 'pipeline', order: ['a', 'missing'] },
        agents: [
          { name: 'a', description: 'a', instructions: 'a', replies: [{ say: 'x' }] },
          { name: 'b', description: 'b', instructions: 'b', replies: [{ say: 'y' }] },
        ],
        expected: null,
      }),
    ).toThrow(/no agent named "missing"/);
  });

  it('gives every scenario a unique id, and every expected diagnosis agents of its own program', () => {
    expect(new Set(scenarios.map((scenario) => scenario.id)).size).toBe(scenarios.length);
    for (const scenario of scenarios) {
      const names = topologyAgents(scenario.topology);
      if (!scenario.expected) {
        expect(scenario.nearMissOf, `${scenario.id} says which fault it is a near miss of`).toBeTruthy();
        continue;
      }
      const { boundary, agent } = scenario.expected;
      expect(names, scenario.id).toEqual(expect.arrayContaining([boundary.from, boundary.to, agent]));
    }
  });

  it('lists in the baseline only runs the corpus has', async () => {
    const known = new Set(
      scenarios.flatMap((scenario) =>
        FRAMEWORKS.flatMap((framework) => MODES.map((mode) => `${scenario.id}|${framework}|${mode}`)),
      ),
    );
    const vanished = [...(await readBaseline())].filter((id) => !known.has(id));
    expect(vanished, 'baseline runs of renamed or removed scenarios').toEqual([]);
  });
});
