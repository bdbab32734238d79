// Profiles Handoff's LangGraph handler on the langgraph suite's supervisor graph (2,000 invokes):
// `pnpm --dir bench profile:langgraph` writes a .cpuprofile to bench/profiles/. --trivial profiles
// the trivial handler instead (the floor; --await with awaitHandlers on, as Handoff's), --none runs
// without callbacks, --null-store drops events at the store.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore } from '@handoff/core';
import { HandoffCallbackHandler } from '@handoff/langgraph';
import { HumanMessage } from '@langchain/core/messages';
import { supervisorGraph, TrivialHandler } from './langgraph-suite.ts';

const flag = (name: string) => process.argv.includes(name);
const tracer = createTracer({
  store: flag('--null-store')
    ? { name: 'null', append: () => {} }
    : jsonlStore({ dir: await mkdtemp(join(tmpdir(), 'prof-lg-')) }),
  flushOnExit: false,
});

const trivial = new TrivialHandler();
trivial.awaitHandlers = flag('--await');
const handler = flag('--trivial') ? trivial : new HandoffCallbackHandler({ tracer });
const graph = supervisorGraph();
const callbacks = flag('--none') ? [] : [handler];
const cpu = process.cpuUsage();
for (let i = 0; i < 2000; i++) {
  await graph.invoke(
    { messages: [new HumanMessage({ id: 'u', content: 'Brief me on Q3 2024 revenue in EUR.' })] },
    { callbacks },
  );
  if (i % 100 === 0) await tracer.flush();
}
await tracer.flush();
const used = process.cpuUsage(cpu);
console.log(
  `${((used.user + used.system) / 2000).toFixed(0)} µs CPU per invoke (${process.argv.slice(2).join(' ') || 'defaults'})`,
);
