import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { type GraphTopology, TOPOLOGY_END, TOPOLOGY_START } from '../model/trace.ts';
import { createTracer, type Tracer } from '../recorder/create-tracer.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { failureSummary } from '../testing/failure-summary.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { pipelineTopology } from './pipeline-topology.ts';

async function record(
  topology: GraphTopology | undefined,
  script: (tracer: Tracer, clock: ReturnType<typeof manualClock>) => Promise<unknown>,
) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer
    .workflow('irrigation', () => script(tracer, clock), topology ? { topology } : {})
    .catch(() => undefined);
  await tracer.flush();
  const trace = store.traces()[0]!;
  return { trace, analysis: await analyze(trace) };
}

/** A reader hands the planner its readings; the program's range check throws on the planner's plan. */
const crashAfterPlanner = async (tracer: Tracer, clock: ReturnType<typeof manualClock>) => {
  const readings = await tracer.turn('reader', async () => 'Block B7: 21 % moisture, field capacity 32 %.');
  tracer.handoff({ from: 'reader', to: 'planner', content: readings });
  clock.advance(100);
  await tracer.turn('planner', async () => 'target=140 minutes=95');
  throw new RangeError('target moisture 140 is outside 0–100 %');
};

const failureOf = (analysis: Awaited<ReturnType<typeof analyze>>) => failureSummary(analysis.failure);

describe('a declared topology', () => {
  it('is recorded with the workflow and folded into the trace', async () => {
    const { trace } = await record(pipelineTopology(['reader', 'planner', 'valves']), crashAfterPlanner);
    expect(trace.topology).toEqual([
      {
        name: 'pipeline',
        nodes: [
          { id: 'reader', agent: 'reader' },
          { id: 'planner', agent: 'planner' },
          { id: 'valves', agent: 'valves' },
        ],
        edges: [
          { from: TOPOLOGY_START, to: 'reader' },
          { from: 'reader', to: 'planner' },
          { from: 'planner', to: 'valves' },
          { from: 'valves', to: TOPOLOGY_END },
        ],
      },
    ]);
  });

  it('names the declared next agent of a crash where nothing was handed on', async () => {
    const { analysis } = await record(pipelineTopology(['reader', 'planner', 'valves']), crashAfterPlanner);
    expect(failureOf(analysis)).toBe('agent_error planner → valves (planner)');
  });

  it('keeps (output) without a topology, or when the crashing agent was declared last', async () => {
    expect(failureOf((await record(undefined, crashAfterPlanner)).analysis)).toBe(
      'agent_error planner → (output) (planner)',
    );
    expect(
      failureOf((await record(pipelineTopology(['reader', 'planner']), crashAfterPlanner)).analysis),
    ).toBe('agent_error planner → (output) (planner)');
  });

  it('does not guess between two declared successors of the crashing agent', async () => {
    const routed: GraphTopology = {
      name: 'irrigation',
      nodes: ['reader', 'planner', 'valves', 'agronomist'].map((id) => ({ id, agent: id })),
      edges: [
        { from: TOPOLOGY_START, to: 'reader' },
        { from: 'reader', to: 'planner' },
        { from: 'planner', to: 'valves', conditional: true, label: 'dry' },
        { from: 'planner', to: 'agronomist', conditional: true, label: 'unsure' },
      ],
    };
    expect(failureOf((await record(routed, crashAfterPlanner)).analysis)).toBe(
      'agent_error planner → (output) (planner)',
    );
    // Conditional edges that all lead to one node leave no choice.
    const single = { ...routed, edges: routed.edges.filter((edge) => edge.to !== 'agronomist') };
    expect(failureOf((await record(single, crashAfterPlanner)).analysis)).toBe(
      'agent_error planner → valves (planner)',
    );
  });

  it('leaves a run that ended normally as it was', async () => {
    const { analysis } = await record(pipelineTopology(['reader', 'planner', 'valves']), async (tracer) => {
      const readings = await tracer.turn('reader', async () => 'Block B7: 21 % moisture.');
      tracer.handoff({ from: 'reader', to: 'planner', content: readings });
      return tracer.turn('planner', async () => 'target=28 minutes=95');
    });
    expect(analysis.failure).toBeNull();
  });

  it('names a step that never ran by its id when its agent is not known', async () => {
    const workflow: GraphTopology = {
      name: 'program',
      nodes: [{ id: 'read', agent: 'reader' }, { id: 'plan', agent: 'planner' }, { id: 'program-valves' }],
      edges: [
        { from: 'read', to: 'plan' },
        { from: 'plan', to: 'program-valves' },
      ],
    };
    expect(failureOf((await record(workflow, crashAfterPlanner)).analysis)).toBe(
      'agent_error planner → program-valves (planner)',
    );
  });
});
