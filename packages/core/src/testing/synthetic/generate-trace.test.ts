import { describe, expect, it } from 'vitest';
import { analyze } from '../../diagnose/analyze.ts';
import { expectWellFormedTrace } from '../expect-well-formed-trace.ts';
import { generateTrace, type SyntheticFault, type SyntheticShape } from './generate-trace.ts';

const SHAPES: SyntheticShape[] = ['chain', 'fanout', 'supervisor', 'loop'];

describe('generateTrace', () => {
  it('is deterministic for a seed', async () => {
    const a = await generateTrace({ seed: 7, shape: 'chain', faults: ['stale_context'] });
    const b = await generateTrace({ seed: 7, shape: 'chain', faults: ['stale_context'] });
    expect(a.trace).toEqual(b.trace);
    expect(a.expected).toEqual(b.expected);
  });

  for (const shape of SHAPES) {
    it(`builds well-formed healthy ${shape} traces that analyse as healthy`, async () => {
      for (const seed of [1, 2, 3]) {
        const { trace, expected } = await generateTrace({ seed, shape });
        expectWellFormedTrace(trace);
        expect(expected).toBeNull();
        expect((await analyze(trace)).failure).toBeNull();
      }
    });
  }

  const FAULTS: [SyntheticFault, SyntheticShape][] = [
    ['misunderstood_task', 'chain'],
    ['lost_message', 'fanout'],
    ['stale_context', 'chain'],
    ['low_quality_output', 'supervisor'],
    ['agent_error', 'chain'],
    ['handoff_loop', 'loop'],
  ];
  for (const [fault, shape] of FAULTS) {
    it(`injects ${fault} into a ${shape} and records where`, async () => {
      const { trace, expected } = await generateTrace({ seed: 11, shape, faults: [fault], agents: 5 });
      expect(expected?.kind).toBe(fault);
      expect((await analyze(trace)).failure?.kind).toBe(fault);
    });
  }
});
