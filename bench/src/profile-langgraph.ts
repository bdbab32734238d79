// Profiles Handoff's LangGraph handler on the langgraph suite's supervisor graph (2,000 invokes):
// `pnpm --dir bench profile:langgraph` writes a .cpuprofile to bench/profiles/. --trivial profiles
// the trivial handler instead (the floor; --await with awaitHandlers on, as Handoff's), --none runs
// without callbacks, --null-store drops events at the store.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore } from '@handoff/core';
import { HandoffCallbackHandler } from '@handoff/langgraph';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';

const flag = (name: string) => process.argv.includes(name);
const tracer = createTracer({
  store: flag('--null-store')
    ? { name: 'null', append: () => {} }
    : jsonlStore({ dir: await mkdtemp(join(tmpdir(), 'prof-lg-')) }),
  flushOnExit: false,
});

class TrivialHandler extends BaseCallbackHandler {
  name = 'trivial';
  override awaitHandlers = flag('--await');
  override handleChainStart() {}
  override handleChainEnd() {}
  override handleLLMStart() {}
  override handleLLMEnd() {}
  override handleToolStart() {}
  override handleToolEnd() {}
}

const supervisorModel = new FakeListChatModel({
  responses: ['Route: analyst first.', 'Route: writer next.', 'Done: EUR 4.2 billion in Q3 2024.'],
});
const agentModel = new FakeListChatModel({
  responses: ['Analysis: Q3 2024 revenue was EUR 4.2 billion.', 'Draft: revenue reached EUR 4.2 billion.'],
});
let id = 0;
const reply = async (model: FakeListChatModel, state: typeof MessagesAnnotation.State, name: string) => {
  const answer = await model.invoke(state.messages);
  return { messages: [new AIMessage({ id: `s${++id}`, name, content: String(answer.content) })] };
};
const next = (state: typeof MessagesAnnotation.State) => {
  const replies = state.messages.filter((m) => m.name === 'analyst' || m.name === 'writer').length;
  return replies === 0 ? 'analyst' : replies === 1 ? 'writer' : END;
};
const graph = new StateGraph(MessagesAnnotation)
  .addNode('supervisor', (state) => reply(supervisorModel, state, 'supervisor'))
  .addNode('analyst', (state) => reply(agentModel, state, 'analyst'))
  .addNode('writer', (state) => reply(agentModel, state, 'writer'))
  .addEdge(START, 'supervisor')
  .addConditionalEdges('supervisor', next, ['analyst', 'writer', END])
  .addEdge('analyst', 'supervisor')
  .addEdge('writer', 'supervisor')
  .compile({ name: 'bench-supervisor' });

const handler = flag('--trivial') ? new TrivialHandler() : new HandoffCallbackHandler({ tracer });
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
