import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_CARD_PATH, AgentCard, Message, TaskState } from '@a2a-js/sdk';
import { ClientFactory, ClientFactoryOptions } from '@a2a-js/sdk/client';
import { AgentEvent, type AgentExecutor, DefaultRequestHandler, InMemoryTaskStore } from '@a2a-js/sdk/server';
import { agentCardHandler, jsonRpcHandler, UserBuilder } from '@a2a-js/sdk/server/express';
import { createTracer, jsonlStore, loadTraces, type Tracer } from '@handoff/core';
import { manualClock } from '@handoff/core/testing';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { handoffExecutor } from './handoff-executor.ts';
import { handoffInterceptor } from './handoff-interceptor.ts';
import { partsText } from './parts-text.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const text = (value: string) => [
  { content: { $case: 'text' as const, value }, metadata: undefined, filename: '', mediaType: '' },
];

/** The researcher agent answering with a message, or as a task with an artifact and a final status. */
function researcherExecutor(
  tracer: Tracer,
  style: 'message' | 'task',
  answer: (task: string) => string,
): AgentExecutor {
  return {
    async execute(context, bus) {
      const task = partsText(context.userMessage.parts);
      const output = await tracer.turn('researcher', async () => answer(task), {
        input: [{ role: 'user', content: task }],
      });
      if (style === 'message') {
        bus.publish(
          AgentEvent.message(
            Message.fromJSON({
              messageId: randomUUID(),
              contextId: context.contextId,
              role: 'ROLE_AGENT',
              parts: [{ text: output }],
            }),
          ),
        );
      } else {
        const ids = { taskId: context.taskId, contextId: context.contextId };
        bus.publish(
          AgentEvent.task({
            id: context.taskId,
            contextId: context.contextId,
            status: { state: TaskState.TASK_STATE_WORKING, message: undefined, timestamp: undefined },
            artifacts: [],
            history: [context.userMessage],
            metadata: undefined,
          }),
        );
        bus.publish(
          AgentEvent.artifactUpdate({
            ...ids,
            artifact: {
              artifactId: 'findings',
              name: 'findings',
              description: '',
              parts: text(output),
              metadata: undefined,
              extensions: [],
            },
            append: false,
            lastChunk: true,
            metadata: undefined,
          }),
        );
        bus.publish(
          AgentEvent.statusUpdate({
            ...ids,
            status: { state: TaskState.TASK_STATE_COMPLETED, message: undefined, timestamp: undefined },
            metadata: undefined,
          }),
        );
      }
      bus.finished();
    },
    async cancelTask() {},
  };
}

async function serve(executor: AgentExecutor, streaming = false): Promise<string> {
  const app = express();
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const card = AgentCard.fromJSON({
    name: 'researcher',
    description: 'Researches companies',
    version: '1.0.0',
    supportedInterfaces: [{ url: `${url}/a2a/jsonrpc`, protocolBinding: 'JSONRPC', protocolVersion: '1.0' }],
    capabilities: { streaming },
    defaultInputModes: ['text/plain'],
    defaultOutputModes: ['text/plain'],
    skills: [],
  });
  const handler = new DefaultRequestHandler(card, new InMemoryTaskStore(), executor);
  app.use(`/${AGENT_CARD_PATH}`, agentCardHandler({ agentCardProvider: handler }));
  app.use(
    '/a2a/jsonrpc',
    jsonRpcHandler({ requestHandler: handler, userBuilder: UserBuilder.noAuthentication }),
  );
  cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return url;
}

async function twoServices(style: 'message' | 'task' | 'stream', skewMs: number) {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-a2a-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  const clock = manualClock();
  const planner = createTracer({
    store: jsonlStore({ dir, file: 'planner.jsonl' }),
    clock,
    flushOnExit: false,
  });
  const researcher = createTracer({
    store: jsonlStore({ dir, file: 'researcher.jsonl' }),
    clock: { now: () => clock.now() + skewMs },
    flushOnExit: false,
  });
  const url = await serve(
    handoffExecutor(
      researcher,
      researcherExecutor(researcher, style === 'message' ? 'message' : 'task', (task) => {
        clock.advance(40);
        return `Findings for: ${task}`;
      }),
    ),
    style === 'stream',
  );
  const factory = new ClientFactory(
    ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
      clientConfig: { interceptors: [handoffInterceptor(planner)] },
    }),
  );
  const client = await factory.createFromUrl(url);
  const answer = await planner.workflow('research', () =>
    planner.turn('planner', async () => {
      clock.advance(10);
      const request = {
        tenant: '',
        message: Message.fromJSON({
          messageId: randomUUID(),
          role: 'ROLE_USER',
          parts: [{ text: 'ACME Q3 2024 revenue in EUR' }],
        }),
        configuration: undefined,
        metadata: undefined,
      };
      if (style === 'stream') {
        let streamed = '';
        for await (const event of client.sendMessageStream(request))
          if (event.payload?.$case === 'artifactUpdate')
            streamed += partsText(event.payload.value.artifact?.parts);
        clock.advance(10);
        return streamed;
      }
      const result = await client.sendMessage(request);
      clock.advance(10);
      return 'messageId' in result ? partsText(result.parts) : partsText(result.artifacts[0]?.parts);
    }),
  );
  await Promise.all([planner.shutdown(), researcher.shutdown()]);
  return { dir, answer };
}

describe('A2A across two services', () => {
  it.each(['message', 'task', 'stream'] as const)(
    'records the delegation and the reply of an agent answering with a %s as one workflow',
    async (style) => {
      const { dir, answer } = await twoServices(style, -3_000);
      expect(answer).toBe('Findings for: ACME Q3 2024 revenue in EUR');
      const { traces } = await loadTraces(dir);
      expect(traces).toHaveLength(1);
      const trace = traces[0]!;
      const planner = trace.turns.find((t) => t.agent === 'planner')!;
      const researcher = trace.turns.find((t) => t.agent === 'researcher')!;
      expect(researcher.parentTurnId).toBe(planner.id);
      expect(trace.handoffs.map((h) => ({ ...h }))).toMatchObject([
        {
          kind: 'delegation',
          from: 'planner',
          to: 'researcher',
          content: 'ACME Q3 2024 revenue in EUR',
          toTurnId: researcher.id,
        },
        { kind: 'return', from: 'researcher', to: 'planner', content: answer, toTurnId: planner.id },
      ]);
      // The researcher's clock ran 3 s slow: aligned by the handoff pair, its turn sits inside the planner's.
      expect(researcher.startedAt).toBeGreaterThanOrEqual(planner.startedAt);
      expect(researcher.endedAt!).toBeLessThanOrEqual(planner.endedAt!);
      expect(Object.values(trace.workflow.metadata.clockOffsetsMs as Record<string, number>)).toEqual([
        3_000,
      ]);
    },
    30_000,
  );

  it('sends nothing extra and records nothing outside a workflow', async () => {
    const tracer = createTracer({
      store: jsonlStore({ dir: await mkdtemp(join(tmpdir(), 'handoff-a2a-')) }),
      flushOnExit: false,
    });
    const interceptor = handoffInterceptor(tracer);
    const args = {
      input: {
        method: 'sendMessage' as const,
        value: {
          tenant: '',
          message: Message.fromJSON({ messageId: 'm', role: 'ROLE_USER', parts: [{ text: 'hi' }] }),
          configuration: undefined,
          metadata: undefined,
        },
      },
      agentCard: AgentCard.fromJSON({ name: 'researcher' }),
      options: { serviceParameters: { baggage: 'tenant=acme' } },
    };
    await interceptor.before(args);
    expect(args.options.serviceParameters).toEqual({ baggage: 'tenant=acme' });
    await tracer.shutdown();
    expect(tracer.stats.eventsWritten).toBe(0);
  });
});
