import { describe, expect, it } from 'vitest';
import { agentSuffix, pleasantries } from './rewrites.ts';
import { scenarios } from './scenarios/index.ts';

const loop = scenarios.find((s) => s.topology.shape === 'pipeline' && s.topology.loop)!;
const branch = scenarios.find((s) => s.topology.shape === 'branch')!;

describe('meaning-preserving rewrites', () => {
  it('wrap answers and handoff messages in pleasantries, leaving what the program parses alone', () => {
    const chatty = pleasantries(loop);
    const topology = loop.topology as Extract<typeof loop.topology, { shape: 'pipeline' }>;
    for (const [i, agent] of chatty.agents.entries())
      for (const [j, reply] of agent.replies.entries()) {
        const was = loop.agents[i]!.replies[j]!;
        if (!('say' in reply) || !('say' in was)) continue;
        expect(reply.say).toContain(was.say);
        // A reviewer's verdict keeps its start ("REVISE"): the program routes on it.
        if (agent.name === topology.loop!.from) expect(reply.say.startsWith(was.say)).toBe(true);
        else if (!/^\s*[{[]/.test(was.say)) expect(reply.say.length).toBeGreaterThan(was.say.length);
      }
    const classifier = (branch.topology as Extract<typeof branch.topology, { shape: 'branch' }>).classifier;
    expect(pleasantries(branch).agents.find((a) => a.name === classifier)).toEqual(
      branch.agents.find((a) => a.name === classifier),
    );
  });
  it('rename every agent everywhere, the expected diagnosis too', () => {
    const renamed = agentSuffix(loop);
    expect(renamed.agents.map((a) => a.name)).toEqual(loop.agents.map((a) => `${a.name}_agent`));
    expect(renamed.id).toBe(loop.id);
    if (loop.expected) expect(renamed.expected?.agent).toBe(`${loop.expected.agent}_agent`);
  });
});
