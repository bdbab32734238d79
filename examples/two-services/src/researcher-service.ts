import { randomUUID } from 'node:crypto';
import { Message } from '@a2a-js/sdk';
import { AgentEvent, type AgentExecutor } from '@a2a-js/sdk/server';
import { handoffExecutor, partsText } from '@handoff/a2a';
import { createTracer, jsonlStore, type TurnHandle } from '@handoff/core';
import {
  type Fault,
  findings,
  GENERIC_FINDINGS,
  GENERIC_RESULT,
  PRICES,
  RATE_LIMIT,
  SEARCH_RESULT,
  simulatedClock,
  WRONG_YEAR_FINDINGS,
  WRONG_YEAR_RESULT,
} from '@handoff/example-kit';
import { serveA2a } from './a2a-server.ts';
import { catchUp, mockModelCall, SIMULATED_NOW_HEADER, simulatedLead } from './simulated-time.ts';

export interface ServiceOptions {
  traceDir: string;
  fault: Fault;
  /** This service's machine clock reads `skewMs` off (recorded times only; the merge aligns them). */
  skewMs?: number;
  port?: number;
}

export interface RunningService {
  url: string;
  /** Stops serving and flushes the trace file. */
  close(): Promise<void>;
}

/** The researcher: an A2A agent with two tools (web search, market data), scripted like a mock model. */
export async function startResearcherService(options: ServiceOptions): Promise<RunningService> {
  const { fault } = options;
  const clock = simulatedClock();
  const skewMs = options.skewMs ?? 0;
  const tracer = createTracer({
    store: jsonlStore({ dir: options.traceDir, file: 'researcher-service.jsonl' }),
    clock: { now: () => clock.now() + skewMs },
    writer: 'researcher-service',
  });
  const tool = (turn: TurnHandle, name: string, args: Record<string, unknown>, run: () => unknown) => {
    const call = turn.startToolCall({ name, args });
    try {
      const result = run();
      call.end({ result });
      return result;
    } catch (error) {
      call.end({ error });
      return undefined;
    }
  };
  const research = (turn: TurnHandle, task: string): string => {
    const search = (query: string) =>
      tool(turn, 'web_search', { query }, () => {
        if (fault === 'agent_error') throw new Error(RATE_LIMIT);
        if (/2023/.test(query)) return WRONG_YEAR_RESULT;
        return /acme/i.test(query) ? SEARCH_RESULT : GENERIC_RESULT;
      });
    let marketCalls = 0;
    const marketData = () =>
      tool(turn, 'market_data', { ticker: 'ACME' }, () => {
        // A refresh a second later sees the price after it moved.
        if (marketCalls++ > 0) clock.wait(1_000);
        return { ticker: 'ACME', price: PRICES[marketCalls > 1 ? 1 : 0], currency: 'EUR' };
      });
    if (!/ACME/.test(task)) {
      search('latest company news');
      return GENERIC_FINDINGS;
    }
    if (fault === 'misunderstood_task') {
      search('ACME Corp 2023 revenue'); // "the user wants last year"
      return WRONG_YEAR_FINDINGS;
    }
    search('ACME Corp Q3 2024 revenue EUR');
    if (fault === 'agent_error') return `Error: ${RATE_LIMIT}`;
    marketData();
    if (fault === 'stale_context') {
      marketData();
      clock.wait(12_000); // writes up the first price it saw; the write-up takes 12 s
    }
    return findings('182.40');
  };
  const executor: AgentExecutor = {
    async execute(context, bus) {
      catchUp(
        clock,
        (context.context.state.get('headers') as Record<string, unknown>)?.[SIMULATED_NOW_HEADER],
      );
      // The lost message: the service passes the model a generic prompt instead of the task it got.
      const task = fault === 'lost_message' ? 'Continue.' : partsText(context.userMessage.parts);
      const input = [
        { role: 'system' as const, content: 'You research companies with tools and cite every source.' },
        { role: 'user' as const, content: task },
      ];
      const output = await tracer.turn(
        'researcher',
        // The model decides which tools to call, then writes up what they returned.
        async (turn) => mockModelCall(turn, clock, input, () => research(turn, task)),
        { input },
      );
      const reply = Message.fromJSON({
        messageId: randomUUID(),
        contextId: context.contextId,
        role: 'ROLE_AGENT',
        parts: [{ text: output }],
      });
      reply.metadata = { [SIMULATED_NOW_HEADER]: simulatedLead(clock) };
      bus.publish(AgentEvent.message(reply));
      bus.finished();
    },
    async cancelTask() {},
  };
  const { url, server } = await serveA2a('researcher', handoffExecutor(tracer, executor), options.port);
  return {
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await tracer.shutdown();
    },
  };
}
