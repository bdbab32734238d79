import type { ModelCall } from '@handoff/core';
import type { ViewIndex } from '../view-index.ts';

export interface AgentTotals {
  agent: string;
  turns: number;
  modelCalls: number;
  inputTokens: number;
  outputTokens: number;
  /** Time spent waiting on models (sum of call latencies). */
  modelMs: number;
  /** Time the agent's turns ran (sum of turn durations). */
  busyMs: number;
  /** USD, when a price is known for every model the agent called. */
  cost: number | undefined;
}

export interface EdgeTotals {
  from: string;
  to: string;
  handoffs: number;
  findings: number;
  /** Characters handed over. */
  chars: number;
  /** Mean time from send to the receiver's turn. */
  meanWaitMs: number | undefined;
  /** Tokens (in + out) of the receiving turns' model calls: what handling this edge's handoffs cost. */
  receiverTokens: number;
  /** USD for those calls, when every model is priced. */
  receiverCost: number | undefined;
  lowestScore: number | undefined;
}

/** USD per million tokens, by model name. */
export type Prices = Record<string, { input: number; output: number }>;

/** The price of a model: its own entry, else the longest entry its name starts with (`gpt-4o` for `gpt-4o-2024-08-06`). */
function priceOf(prices: Prices, model: string): Prices[string] | undefined {
  if (prices[model]) return prices[model];
  let best: string | undefined;
  for (const key of Object.keys(prices))
    if (model.startsWith(key) && key.length > (best?.length ?? 0)) best = key;
  return best === undefined ? undefined : prices[best];
}

/** Per-agent and per-edge totals of a run: tokens, time, cost where prices are known, handoffs. */
export function runTotals(
  index: ViewIndex,
  prices: Prices = {},
): { agents: AgentTotals[]; edges: EdgeTotals[] } {
  const { trace, analysis } = index.view;
  const priced = Object.keys(prices).length > 0;
  const callCost = (call: ModelCall): number | undefined => {
    const price = priceOf(prices, call.model);
    return price
      ? ((call.usage.inputTokens ?? 0) * price.input + (call.usage.outputTokens ?? 0) * price.output) / 1e6
      : undefined;
  };
  const agents = new Map<string, AgentTotals>();
  for (const turn of trace.turns) {
    let totals = agents.get(turn.agent);
    if (!totals) {
      totals = {
        agent: turn.agent,
        turns: 0,
        modelCalls: 0,
        inputTokens: 0,
        outputTokens: 0,
        modelMs: 0,
        busyMs: 0,
        cost: priced ? 0 : undefined,
      };
      agents.set(turn.agent, totals);
    }
    totals.turns++;
    totals.busyMs += (turn.endedAt ?? turn.startedAt) - turn.startedAt;
    for (const call of turn.modelCalls) {
      totals.modelCalls++;
      const input = call.usage.inputTokens ?? 0;
      const output = call.usage.outputTokens ?? 0;
      totals.inputTokens += input;
      totals.outputTokens += output;
      totals.modelMs += call.latencyMs;
      const cost = callCost(call);
      totals.cost = cost !== undefined && totals.cost !== undefined ? totals.cost + cost : undefined;
    }
  }
  const edges: EdgeTotals[] = [];
  for (const ids of index.edgeSteps.values()) {
    const first = index.handoffs.get(ids[0]!)!;
    let chars = 0;
    let waited = 0;
    let received = 0;
    let findings = 0;
    let lowestScore: number | undefined;
    let receiverTokens = 0;
    let receiverCost: number | undefined = priced ? 0 : undefined;
    const receivers = new Set<string>();
    for (const id of ids) {
      const handoff = index.handoffs.get(id)!;
      chars += handoff.content.length;
      if (handoff.receivedAt !== undefined) {
        waited += handoff.receivedAt - handoff.sentAt;
        received++;
      }
      findings += index.findingsByHandoff.get(id)?.length ?? 0;
      const score = analysis.deliveries[id]?.score;
      if (score !== undefined && (lowestScore === undefined || score < lowestScore)) lowestScore = score;
      // A turn that received several handoffs of this edge counts once.
      const receiver = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
      if (!receiver || receivers.has(receiver.id)) continue;
      receivers.add(receiver.id);
      for (const call of receiver.modelCalls) {
        receiverTokens += (call.usage.inputTokens ?? 0) + (call.usage.outputTokens ?? 0);
        const cost = callCost(call);
        receiverCost = cost !== undefined && receiverCost !== undefined ? receiverCost + cost : undefined;
      }
    }
    edges.push({
      from: first.from,
      to: first.to,
      handoffs: ids.length,
      findings,
      chars,
      meanWaitMs: received > 0 ? waited / received : undefined,
      lowestScore,
      receiverTokens,
      receiverCost,
    });
  }
  return { agents: [...agents.values()], edges };
}
