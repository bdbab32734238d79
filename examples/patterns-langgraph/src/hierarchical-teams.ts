import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, Command, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

const State = Annotation.Root({ ...MessagesAnnotation.spec, next: Annotation<string>() });
type TeamState = typeof State.State;

/** A supervisor node (docs: "make_supervisor_node"): a structured decision, `Command({ goto, update: { next } })`. */
function supervisorNode(decisions: string[]) {
  let turn = 0;
  return async (state: TeamState) => {
    const router = fakeModel()
      .structuredResponse({ next: decisions[turn++] ?? 'FINISH' })
      .withStructuredOutput({});
    const { next } = (await router.invoke(state.messages)) as { next: string };
    const goto = next === 'FINISH' ? END : next;
    return new Command({ goto, update: { next: goto } });
  };
}

/** A worker node: answers, reports as a named HumanMessage, and goes back to its supervisor. */
function workerNode(name: string, answer: string) {
  return async (state: TeamState) => {
    const model = fakeModel().respond(new AIMessage({ id: name, content: answer }));
    const result = await model.invoke(state.messages);
    return new Command({
      goto: 'supervisor',
      update: { messages: [new HumanMessage({ content: String(result.content), name })] },
    });
  };
}

function team(name: string, workers: Record<string, string>) {
  const names = Object.keys(workers);
  let graph = new StateGraph(State).addNode('supervisor', supervisorNode([...names]), {
    ends: [...names, END],
  });
  for (const [worker, answer] of Object.entries(workers))
    graph = graph.addNode(worker, workerNode(worker, answer), { ends: ['supervisor'] }) as never;
  return graph.addEdge(START, 'supervisor').compile({ name });
}

/**
 * Hierarchical agent teams (docs: tutorials "Hierarchical Agent Teams"): a top supervisor routes to
 * teams that are compiled subgraphs with their own supervisor and workers. The research team is a
 * node of the top graph; the writing team is called from a node function with the last message, as
 * the tutorial's `call_paper_writing_team` does.
 */
export function hierarchicalTeams(options: RunOptions): Promise<unknown> {
  const researchTeam = team('research_team', {
    search: 'Emperor penguins breed in winter on Antarctic sea ice.',
    web_scraper: 'Colonies can hold over 10,000 birds (BAS, 2023).',
  });
  const writingTeam = team('writing_team', {
    note_taker: 'Outline: winter breeding; sea ice; colonies over 10,000.',
    doc_writer:
      'Emperor penguins breed in the Antarctic winter on sea ice, in colonies of over 10,000 birds.',
  });
  const graph = new StateGraph(State)
    .addNode('supervisor', supervisorNode(['research_team', 'writing_team']), {
      ends: ['research_team', 'writing_team', END],
    })
    .addNode('research_team', researchTeam)
    .addNode(
      'writing_team',
      async (state: TeamState) => {
        const response = await writingTeam.invoke({ messages: [state.messages.at(-1)!] });
        return new Command({
          goto: 'supervisor',
          update: {
            messages: [
              new HumanMessage({ content: String(response.messages.at(-1)?.content), name: 'writing_team' }),
            ],
          },
        });
      },
      { ends: ['supervisor'] },
    )
    .addEdge(START, 'supervisor')
    .addEdge('research_team', 'supervisor')
    .compile({ name: 'hierarchical-teams' });
  return runGraph(
    graph,
    {
      messages: [
        new HumanMessage({ id: 'user-1', content: 'Write a short report on emperor penguin breeding.' }),
      ],
    },
    options,
  );
}
