import { FindingKindSchema } from '@handoff/core';
import { z } from 'zod';

/** What a tool call returns in the script: a value, or an error its `execute` throws. */
export const ToolResultSchema = z.union([z.string(), z.object({ error: z.string() })]);

const Timing = {
  /** Simulated time the model takes before this reply (advances the tracer's clock). */
  waitMs: z.number().optional(),
  reasoning: z.string().optional(),
};

/** One reply of an agent's model, in the order the model is called. */
export const ReplySchema = z.union([
  /** A final text: the end of this turn; `cutOff` when the model stopped at its token limit. */
  z.object({ say: z.string(), cutOff: z.boolean().optional(), ...Timing }),
  /** A tool call; the tool's `execute` returns `result` (or throws its error). */
  z.object({
    call: z.string(),
    args: z.record(z.string(), z.unknown()),
    result: ToolResultSchema,
    /** Text the model writes beside the call. */
    text: z.string().optional(),
    ...Timing,
  }),
  /** A handoff to another agent (supervisor delegation, swarm transfer, network route), with its message. */
  z.object({ handoff: z.string(), message: z.string(), ...Timing }),
  /** Fan-out briefs, one per worker (the planner's structured output). */
  z.object({ plan: z.record(z.string(), z.string()), ...Timing }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export const AgentSpecSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  description: z.string(),
  instructions: z.string(),
  /**
   * How the program words the message this agent receives, `{input}` being the message and
   * `{request}` the user's request (pipelines, fan-out, branches). Default `{input}`.
   */
  prompt: z.string().optional(),
  replies: z.array(ReplySchema).min(1),
});
export type AgentSpec = z.infer<typeof AgentSpecSchema>;

/** Who talks to whom. Each runner turns a topology into its framework's idiom for it. */
export const TopologySchema = z.discriminatedUnion('shape', [
  /** Stages run in order, each receiving the previous one's output; optionally a revise loop. */
  z.object({
    shape: z.literal('pipeline'),
    order: z.array(z.string()).min(2),
    /** While `from`'s output starts with `while`, its output goes back to `to` (at most `max` rounds). */
    loop: z.object({ from: z.string(), to: z.string(), while: z.string(), max: z.number() }).optional(),
  }),
  /** A coordinator delegates to workers (tools / transfers) and gets their answers back. */
  z.object({
    shape: z.literal('supervisor'),
    coordinator: z.string(),
    workers: z.array(z.string()).min(1),
    /** LangGraph: `transfer_to_<agent>` tools (`plain`) or tools carrying a task description (`task`). */
    handoffTools: z.enum(['plain', 'task']).default('plain'),
  }),
  /** A router picks the next agent each round and decides when the work is complete. */
  z.object({ shape: z.literal('network'), coordinator: z.string(), workers: z.array(z.string()).min(1) }),
  /** Peers hand control to each other; the last one answers. */
  z.object({ shape: z.literal('swarm'), entry: z.string(), agents: z.array(z.string()).min(2) }),
  /** A planner writes one brief per worker; workers run in parallel; an aggregator merges. */
  z.object({
    shape: z.literal('fanout'),
    planner: z.string(),
    workers: z.array(z.string()).min(2),
    aggregator: z.string(),
  }),
  /** A classifier's output picks one route (the first whose label it contains); `after` runs next. */
  z.object({
    shape: z.literal('branch'),
    classifier: z.string(),
    routes: z.record(z.string(), z.string()),
    after: z.string().optional(),
  }),
  /** A top coordinator delegates to team leads, who delegate to their own workers. */
  z.object({
    shape: z.literal('nested'),
    top: z.string(),
    teams: z.record(z.string(), z.array(z.string()).min(1)),
  }),
]);
export type Topology = z.infer<typeof TopologySchema>;
export type Shape = Topology['shape'];

/** A bug in the program around the agents (not in what a model says). */
export const ProgramFaultSchema = z.object({
  /**
   * The message meant for `to` never reaches it: `to` is given `prompt` instead, or, with
   * `prompt: null`, is never started (a fan-out branch that is not sent).
   */
  lose: z.object({ to: z.string(), prompt: z.string().nullable() }).optional(),
  /** The program's own handling of `agent`'s answer throws `error` (pipelines), ending the run. */
  crash: z.object({ agent: z.string(), error: z.string() }).optional(),
});

export const DiagnosisSchema = z.object({
  kind: FindingKindSchema,
  boundary: z.object({ from: z.string(), to: z.string() }),
  /** The agent whose own turn introduced the fault. */
  agent: z.string(),
});
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

export const MastCodeSchema = z.enum([
  'FM-1.1',
  'FM-1.2',
  'FM-1.3',
  'FM-1.4',
  'FM-1.5',
  'FM-2.1',
  'FM-2.2',
  'FM-2.3',
  'FM-2.4',
  'FM-2.5',
  'FM-2.6',
  'FM-3.1',
  'FM-3.2',
  'FM-3.3',
]);

/** One multi-agent program of the corpus, independent of the framework it runs on. */
export const ScenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  domain: z.string(),
  /** MAST failure modes it injects; for healthy look-alikes, the ones it resembles. */
  mast: z.array(MastCodeSchema),
  request: z.string(),
  topology: TopologySchema,
  agents: z.array(AgentSpecSchema).min(2),
  program: ProgramFaultSchema.default({}),
  /** The root cause a correct diagnosis names, or `null` for a healthy run. */
  expected: DiagnosisSchema.nullable(),
  /** For a healthy look-alike: the fault it is a near miss of, in words. */
  nearMissOf: z.string().optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** Parses a scenario, checking that every agent the topology names has a script. */
export function defineScenario(input: ScenarioInput): Scenario {
  const scenario = ScenarioSchema.parse(input);
  const names = new Set(scenario.agents.map((agent) => agent.name));
  for (const name of topologyAgents(scenario.topology))
    if (!names.has(name)) throw new Error(`scenario ${scenario.id}: no agent named "${name}"`);
  if (scenario.program.crash && scenario.topology.shape !== 'pipeline')
    throw new Error(`scenario ${scenario.id}: program.crash is only supported in pipelines`);
  return scenario;
}

/** Every agent a topology names. */
export function topologyAgents(topology: Topology): string[] {
  switch (topology.shape) {
    case 'pipeline':
      return topology.order;
    case 'supervisor':
    case 'network':
      return [topology.coordinator, ...topology.workers];
    case 'swarm':
      return topology.agents;
    case 'fanout':
      return [topology.planner, ...topology.workers, topology.aggregator];
    case 'branch':
      return [
        topology.classifier,
        ...Object.values(topology.routes),
        ...(topology.after ? [topology.after] : []),
      ];
    case 'nested':
      return [
        topology.top,
        ...Object.entries(topology.teams).flatMap(([lead, workers]) => [lead, ...workers]),
      ];
  }
}
