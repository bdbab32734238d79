import type { Tracer } from '@handoff/core';
import { type CompiledGraphLike, HandoffCallbackHandler } from '@handoff/langgraph';
import type { Callbacks } from '@langchain/core/callbacks/manager';

/**
 * How a pattern is run: `graph.invoke`; `graph.stream` with subgraph updates and message tokens; or
 * `graph.streamEvents` (v2), as a chat UI would.
 */
export type RunMode = 'invoke' | 'stream' | 'events';

export interface RunOptions {
  tracer: Tracer;
  mode: RunMode;
  /** `thread_id` and the like, for graphs with a checkpointer. */
  configurable?: Record<string, unknown>;
}

interface Runnable<I> {
  invoke(input: I, config?: object): Promise<unknown>;
  stream(input: I, config?: object): Promise<AsyncIterable<unknown>>;
  streamEvents(input: I, config: { version: 'v2'; callbacks?: Callbacks }): AsyncIterable<unknown>;
}

/** A compiled graph draws itself; a prebuilt agent (`createAgent`) declares no topology of agents. */
const isCompiledGraph = (value: object): value is CompiledGraphLike =>
  typeof (value as Partial<CompiledGraphLike>).getGraph === 'function' &&
  typeof (value as Partial<CompiledGraphLike>).getName === 'function';

/**
 * Runs a compiled graph the way an app would, with Handoff's handler as the README says: given the
 * graph, so its declared topology is recorded with each run.
 */
export async function runGraph<I>(graph: Runnable<I>, input: I, options: RunOptions): Promise<unknown> {
  const config = {
    callbacks: [
      new HandoffCallbackHandler({
        tracer: options.tracer,
        ...(isCompiledGraph(graph) ? { graph } : {}),
      }),
    ],
    ...(options.configurable ? { configurable: options.configurable } : {}),
  };
  if (options.mode === 'invoke') return graph.invoke(input, config);
  const chunks: unknown[] = [];
  if (options.mode === 'events') {
    for await (const event of graph.streamEvents(input, { version: 'v2', ...config })) chunks.push(event);
    return chunks;
  }
  const stream = await graph.stream(input, {
    ...config,
    streamMode: ['updates', 'messages'],
    subgraphs: true,
  });
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}
