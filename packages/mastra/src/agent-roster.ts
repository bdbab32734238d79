import { type GraphTopology, TOPOLOGY_END, TOPOLOGY_START } from '@handoff/core';

/** The fields of a Mastra `Agent` read here: its id and the sub-agents it may delegate to. */
export interface AgentLike {
  id: string;
  listAgents?(): unknown;
  /** Only on an `A2AAgent` (a remote agent over A2A). */
  getAgentCard?(): unknown;
}

/**
 * The agent a roster member's turns are named after: its id, or for a remote agent (which leaves no
 * run of its own here, so its turn is named by the `agent-<key>` tool) its key.
 */
const memberAgent = (key: string, member: AgentLike): string =>
  typeof member.getAgentCard === 'function' ? key : member.id;

/**
 * The rosters of an agent and of its sub-agents, as topologies named after each agent: the agent may
 * delegate to any sub-agent (by its key, through the `agent-<key>` tool) or answer itself, and each
 * sub-agent answers back. Rosters that resolve asynchronously (agents given as a function) are
 * left out: they depend on the request.
 */
export function rosterTopologies(root: AgentLike, seen = new Set<string>()): GraphTopology[] {
  if (seen.has(root.id)) return [];
  seen.add(root.id);
  const listed = root.listAgents?.();
  if (!listed || typeof listed !== 'object' || typeof (listed as { then?: unknown }).then === 'function')
    return [];
  const members = Object.entries(listed as Record<string, AgentLike>).filter(
    ([, member]) => typeof member?.id === 'string',
  );
  if (members.length === 0) return [];
  const lead = root.id;
  return [
    {
      name: lead,
      nodes: [
        { id: lead, agent: lead },
        ...members.map(([key, member]) => ({ id: key, agent: memberAgent(key, member) })),
      ],
      edges: [
        { from: TOPOLOGY_START, to: lead },
        ...members.flatMap(([key]) => [
          { from: lead, to: key, conditional: true, label: `agent-${key}` },
          { from: key, to: lead },
        ]),
        { from: lead, to: TOPOLOGY_END, conditional: true },
      ],
    },
    ...members.flatMap(([, member]) => rosterTopologies(member, seen)),
  ];
}
