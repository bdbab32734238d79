import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Message } from '@a2a-js/sdk';
import { ClientFactory, ClientFactoryOptions } from '@a2a-js/sdk/client';
import { handoffInterceptor, partsText } from '@handoff/a2a';
import { createTracer, jsonlStore, type Message as TraceMessage } from '@handoff/core';
import { draft, REFUSAL, REQUEST, REVISE, simulatedClock, TASK } from '@handoff/example-kit';
import type { RunningService, ServiceOptions } from './researcher-service.ts';
import { mockModelCall, simulatedTimeInterceptor } from './simulated-time.ts';

/** What a brief request answers: the workflow it recorded and the team's final answer. */
export interface BriefResult {
  workflowId: string;
  answer: string;
}

/**
 * The planner service: `POST /brief` runs the team — the planner delegates the research to the
 * researcher service over A2A, then the writer and the reviewer here, in process.
 */
export async function startPlannerService(
  options: ServiceOptions & { researcherUrl: string },
): Promise<RunningService> {
  const { fault } = options;
  const clock = simulatedClock();
  const tracer = createTracer({
    store: jsonlStore({ dir: options.traceDir, file: 'planner-service.jsonl' }),
    clock,
    writer: 'planner-service',
  });
  const researcher = await new ClientFactory(
    ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
      // handoffInterceptor's `after` runs last, once the clock caught up with the reply.
      clientConfig: { interceptors: [handoffInterceptor(tracer), simulatedTimeInterceptor(clock)] },
    }),
  ).createFromUrl(options.researcherUrl);

  /** A sub-agent in this process, called like a tool: delegation in, its answer back as a return. */
  const delegate = async (
    agent: 'writer' | 'reviewer',
    content: string,
    work: (prompt: string) => string,
  ) => {
    const planner = tracer.currentTurn();
    tracer.handoff({ from: 'planner', to: agent, kind: 'delegation', content });
    const prompt = agent === 'writer' ? `Write a briefing from: ${content}` : `Review this draft: ${content}`;
    const input: TraceMessage[] = [{ role: 'user', content: prompt }];
    let turnId: string | undefined;
    const output = await tracer.turn(
      agent,
      async (turn) => {
        turnId = turn.id;
        return mockModelCall(turn, clock, input, () => work(prompt));
      },
      { input },
    );
    tracer.handoff({
      from: agent,
      to: 'planner',
      kind: 'return',
      content: output,
      ...(turnId ? { fromTurnId: turnId } : {}),
      ...(planner ? { toTurnId: planner.id } : {}),
    });
    return output;
  };
  const writer = (prompt: string) =>
    fault === 'low_quality_output'
      ? REFUSAL
      : fault === 'handoff_loop'
        ? draft('182.40')
        : /EUR 4\.2 billion/.test(prompt) && !/Error|overview/.test(prompt)
          ? draft(/EUR (\d+\.\d\d)\./.exec(prompt)?.[1] ?? '182.40')
          : `Briefing: ${prompt.replace(/^Write a briefing from: /, '')}`;
  const reviewer = (prompt: string) =>
    fault === 'handoff_loop' ? REVISE : `APPROVED. ${prompt.replace(/^Review this draft: /, '')}`;

  const brief = async (): Promise<BriefResult> => {
    const workflowId = `two-services-${fault}-${randomUUID().slice(0, 8)}`;
    const input: TraceMessage[] = [
      {
        role: 'system',
        content: 'You plan the research and delegate to the researcher, the writer and the reviewer.',
      },
      { role: 'user', content: REQUEST },
    ];
    const answer = await tracer.workflow(
      'research-team',
      () =>
        tracer.turn(
          'planner',
          async (turn) => {
            mockModelCall(turn, clock, input, () => 'Delegating to the researcher.', {
              reasoning: 'Research first, then write, then review.',
            });
            const result = await researcher.sendMessage({
              tenant: '',
              message: Message.fromJSON({
                messageId: randomUUID(),
                role: 'ROLE_USER',
                parts: [{ text: TASK }],
              }),
              configuration: undefined,
              metadata: undefined,
            });
            let last = 'messageId' in result ? partsText(result.parts) : '';
            for (let round = 0; round < (fault === 'handoff_loop' ? 5 : 1); round++) {
              // Each round hands the writer what came back last: the findings, then the reviewer's note.
              last = await delegate('writer', last, writer);
              last = await delegate('reviewer', last, reviewer);
            }
            return last;
          },
          { input },
        ),
      { id: workflowId, input: REQUEST, metadata: { example: 'two-services', fault } },
    );
    return { workflowId, answer };
  };

  const server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/brief') {
      response.writeHead(404).end();
      return;
    }
    brief().then(
      (result) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await tracer.shutdown();
    },
  };
}
