import { pickRoute } from './runners/pick-route.ts';
import type { Reply, Scenario } from './scenario.ts';

const handoffsOf = (replies: Reply[]) =>
  replies.flatMap((reply) => ('handoff' in reply ? [reply.handoff] : []));

/** The agents a scenario's program runs (each should have at least one turn in the trace). */
export function expectedAgents(scenario: Scenario): string[] {
  const topology = scenario.topology;
  const replies = (name: string) => scenario.agents.find((agent) => agent.name === name)?.replies ?? [];
  const neverStarted = (name: string) =>
    scenario.program.lose?.to === name && scenario.program.lose.prompt === null;
  const reached = (start: string[]): string[] => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen.has(name) || neverStarted(name)) continue;
      seen.add(name);
      queue.push(...handoffsOf(replies(name)));
    }
    return [...seen];
  };
  switch (topology.shape) {
    case 'pipeline': {
      // A crash ends the run after the agent whose answer the program failed on.
      const crash = scenario.program.crash;
      const end = crash ? topology.order.indexOf(crash.agent) + 1 : topology.order.length;
      return topology.order.slice(0, end).filter((name) => !neverStarted(name));
    }
    case 'fanout':
      return [topology.planner, ...topology.workers, topology.aggregator].filter(
        (name) => !neverStarted(name),
      );
    case 'branch': {
      const label = replies(topology.classifier).find((reply) => 'say' in reply);
      const route = pickRoute(label && 'say' in label ? label.say : '', topology.routes);
      return [topology.classifier, route, ...(topology.after ? [topology.after] : [])];
    }
    case 'supervisor':
    case 'network':
      return reached([topology.coordinator]);
    case 'nested':
      return reached([topology.top]);
    case 'swarm':
      return reached([topology.entry]);
  }
}
