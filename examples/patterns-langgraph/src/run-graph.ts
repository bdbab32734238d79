import type { Callbacks } from '@langchain/core/callbacks/manager';

/** How a pattern is run: `graph.invoke`, or `graph.stream` with subgraph updates and message tokens. */
export type RunMode = 'invoke' | 'stream';

export interface RunOptions {
  callbacks: Callbacks;
  mode: RunMode;
}

interface Runnable<I> {
  invoke(input: I, config?: object): Promise<unknown>;
  stream(input: I, config?: object): Promise<AsyncIterable<unknown>>;
}

/** Runs a compiled graph the way an app would, passing Handoff's callbacks as the README says. */
export async function runGraph<I>(graph: Runnable<I>, input: I, options: RunOptions): Promise<unknown> {
  if (options.mode === 'invoke') return graph.invoke(input, { callbacks: options.callbacks });
  const chunks: unknown[] = [];
  const stream = await graph.stream(input, {
    callbacks: options.callbacks,
    streamMode: ['updates', 'messages'],
    subgraphs: true,
  });
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}
