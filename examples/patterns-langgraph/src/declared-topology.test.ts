import type { Trace } from '@handoff/core';
import { describe, expect, it } from 'vitest';
import { agentAsTool } from './agent-as-tool.ts';
import { conditionalRouting } from './conditional-routing.ts';
import { customSupervisor } from './custom-supervisor.ts';
import { evaluatorOptimizer } from './evaluator-optimizer.ts';
import { functionalApi } from './functional-api.ts';
import { handoffTools } from './handoff-tools.ts';
import { hierarchicalSupervisors } from './hierarchical-supervisors.ts';
import { hierarchicalTeams } from './hierarchical-teams.ts';
import { mapReduce } from './map-reduce.ts';
import { network } from './network.ts';
import { orchestratorWorker } from './orchestrator-worker.ts';
import { parallelization } from './parallelization.ts';
import { remoteGraphAgent } from './remote-graph.ts';
import { routingSupervisor } from './routing-supervisor.ts';
import { sequential } from './sequential.ts';
import { supervisor } from './supervisor.ts';
import { supervisorTaskSend, supervisorTaskUpdate } from './supervisor-task-handoff.ts';
import { swarm } from './swarm.ts';
import { type Pattern, tracePattern } from './trace-pattern.ts';

/** Every compiled graph the handler was given declares its agents: the turns that ran are among them. */
const DECLARED: Record<string, Pattern> = {
  conditionalRouting,
  customSupervisor,
  evaluatorOptimizer,
  handoffTools,
  hierarchicalSupervisors,
  mapReduce,
  network,
  orchestratorWorker,
  parallelization,
  remoteGraphAgent,
  routingSupervisor,
  sequential,
  supervisor,
  supervisorTaskSend,
  supervisorTaskUpdate,
  swarm,
};

const declaredAgents = (trace: Trace) =>
  new Set((trace.topology ?? []).flatMap((graph) => graph.nodes.flatMap((node) => node.agent ?? [])));
const ranAgents = (trace: Trace) => [...new Set(trace.turns.map((turn) => turn.agent))];
/** `graph: from -> to` (`~>` conditional, `[label]`), in the order the graph draws them. */
const edgeLines = (trace: Trace) =>
  (trace.topology ?? []).flatMap((graph) =>
    graph.edges.map(
      (edge) =>
        `${graph.name}: ${edge.from} ${edge.conditional ? '~>' : '->'} ${edge.to}${edge.label ? ` [${edge.label}]` : ''}`,
    ),
  );

describe.each(['invoke', 'stream', 'events'] as const)('declared topology (%s)', (mode) => {
  it.each(Object.entries(DECLARED))(
    '%s declares every agent that ran, named as its turns',
    async (_, pattern) => {
      const { trace } = await tracePattern(pattern, mode);
      const declared = declaredAgents(trace);
      expect(ranAgents(trace).filter((agent) => !declared.has(agent))).toEqual([]);
    },
  );

  it('draws a chain of static edges as it is written', async () => {
    const { trace } = await tracePattern(sequential, mode);
    expect(edgeLines(trace)).toEqual([
      'sequential: __start__ -> planner',
      'sequential: planner -> researcher',
      'sequential: researcher -> writer',
      'sequential: writer -> __end__',
    ]);
  });

  it("keeps a router's conditional edges and their path-map labels", async () => {
    const { trace } = await tracePattern(evaluatorOptimizer, mode);
    expect(edgeLines(trace)).toEqual([
      'evaluator-optimizer: __start__ -> llmCallGenerator',
      'evaluator-optimizer: llmCallGenerator -> llmCallEvaluator',
      'evaluator-optimizer: llmCallEvaluator ~> __end__ [Accepted]',
      'evaluator-optimizer: llmCallEvaluator ~> llmCallGenerator [Rejected + Feedback]',
    ]);
  });

  it('declares each createSupervisor team as its own graph, its agents named by path', async () => {
    const { trace } = await tracePattern(hierarchicalSupervisors, mode);
    expect(trace.topology?.map((graph) => [graph.name, graph.nodes.map((node) => node.agent)])).toEqual([
      ['top_level_supervisor', ['supervisor', 'research_team', 'writing_team']],
      ['top_level_supervisor|research_team', ['research_team/supervisor', 'research_team/research_expert']],
      ['top_level_supervisor|writing_team', ['writing_team/supervisor', 'writing_team/writing_expert']],
    ]);
  });

  it('leaves out what no compiled graph declares', async () => {
    // A prebuilt agent (`createAgent`) and a functional-API entrypoint: their control flow is code.
    expect((await tracePattern(agentAsTool, mode)).trace.topology).toBeUndefined();
    expect((await tracePattern(functionalApi, mode)).trace.topology).toBeUndefined();
    // A team invoked inside a node function is not a subgraph of the graph given: only the one
    // added as a node is declared.
    const { trace } = await tracePattern(hierarchicalTeams, mode);
    expect(trace.topology?.map((graph) => graph.name)).toEqual([
      'hierarchical-teams',
      'hierarchical-teams|research_team',
    ]);
    expect(ranAgents(trace).filter((agent) => !declaredAgents(trace).has(agent))).toEqual([
      'writing_team/supervisor',
      'writing_team/note_taker',
      'writing_team/doc_writer',
    ]);
  });
});
