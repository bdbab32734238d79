import { describe, expect, it } from 'vitest';
import { recordResearchTeam } from '../testing/research-team-fixture.ts';
import { analyze } from './analyze.ts';

const EXPECTED = [
  ['misunderstood_task', 'planner', 'researcher'],
  ['stale_context', 'researcher', 'writer'],
  ['low_quality_output', 'writer', 'reviewer'],
  ['lost_message', 'planner', 'researcher'],
  ['agent_error', 'researcher', 'writer'],
  ['handoff_loop', 'writer', 'reviewer'],
] as const;

describe('analyze on the research team', () => {
  it('finds no failure and no error finding in the healthy run', async () => {
    const analysis = await analyze(await recordResearchTeam('none'));
    expect(analysis.failure).toBeNull();
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(Object.values(analysis.deliveries).map((d) => d.verdict)).toEqual([
      'understood',
      'understood',
      'understood',
    ]);
  });

  for (const [kind, from, to] of EXPECTED) {
    it(`names ${kind} at ${to}←${from} as the root cause`, async () => {
      const analysis = await analyze(await recordResearchTeam(kind));
      expect(analysis.failure).toMatchObject({ kind, boundary: { from, to } });
      expect(analysis.failure?.chain[0]).toEqual({ from, to });
      expect(analysis.failure?.confidence).toBeGreaterThan(0.5);
      expect(analysis.failure?.evidence.length).toBeGreaterThan(0);
    });
  }

  it('reports the stale read with both versions and how stale it was', async () => {
    const { failure } = await analyze(await recordResearchTeam('stale_context'));
    expect(failure?.summary).toBe(
      'Stale context at boundary writer←researcher: "tool:market_data({"ticker":"ACME"})" v1 used 11.5 s after v2 superseded it',
    );
    expect(failure?.evidence[0]).toMatchObject({
      actual: expect.stringContaining('182.4'),
      expected: expect.stringContaining('176.1'),
    });
  });

  it('names what changed in a misunderstood task', async () => {
    const { failure } = await analyze(await recordResearchTeam('misunderstood_task'));
    expect(failure?.summary).toContain('"2024" became "2023"');
    expect(failure?.summary).toContain('"EUR" became "USD"');
  });

  it('reports the reviewer that passed a bad draft as unchecked output beside the low-quality finding', async () => {
    const { findings } = await analyze(await recordResearchTeam('low_quality_output'));
    expect(findings).toContainEqual(
      expect.objectContaining({
        kind: 'unchecked_output',
        boundary: { from: 'writer', to: 'reviewer' },
        mast: 'FM-3.3',
      }),
    );
  });

  it('chains the failure to the final output', async () => {
    const { failure } = await analyze(await recordResearchTeam('misunderstood_task'));
    expect(failure?.chain.map((b) => `${b.from}>${b.to}`)).toEqual([
      'planner>researcher',
      'researcher>writer',
      'writer>reviewer',
    ]);
  });
});
