import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, END, Send, START, StateGraph } from '@langchain/langgraph';
import { type RunOptions, runGraph } from './run-graph.ts';

interface Section {
  name: string;
  description: string;
}

/**
 * Orchestrator-worker (docs: workflows "Orchestrator-Worker"): an orchestrator plans sections with
 * structured output, `Send` hands each section object to a worker, a synthesizer joins the sections.
 */
export function orchestratorWorker(options: RunOptions): Promise<unknown> {
  const plan: Section[] = [
    { name: 'Habitat', description: 'Where emperor penguins live and breed' },
    { name: 'Diet', description: 'What emperor penguins eat and how they hunt' },
  ];
  const written: Record<string, string> = {
    Habitat: '## Habitat\nEmperor penguins live and breed on the sea ice around Antarctica.',
    Diet: '## Diet\nEmperor penguins eat fish, krill and squid, diving deep to hunt.',
  };
  const planner = fakeModel().structuredResponse({ sections: plan }).withStructuredOutput({});
  const State = Annotation.Root({
    topic: Annotation<string>(),
    sections: Annotation<Section[]>(),
    completedSections: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
    finalReport: Annotation<string>(),
  });
  const WorkerState = Annotation.Root({
    section: Annotation<Section>(),
    completedSections: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
  });
  const graph = new StateGraph(State)
    .addNode('orchestrator', async (state: typeof State.State) => {
      const report = (await planner.invoke([
        { role: 'system', content: 'Generate a plan for the report.' },
        { role: 'user', content: `Here is the report topic: ${state.topic}` },
      ])) as { sections: Section[] };
      return { sections: report.sections };
    })
    .addNode('llmCall', async (state: typeof WorkerState.State) => {
      const model = fakeModel().respond(
        new AIMessage({ id: `section-${state.section.name}`, content: written[state.section.name] ?? '' }),
      );
      const section = await model.invoke([
        { role: 'system', content: 'Write a report section.' },
        {
          role: 'user',
          content: `Here is the section name: ${state.section.name} and description: ${state.section.description}`,
        },
      ]);
      return { completedSections: [String(section.content)] };
    })
    .addNode('synthesizer', async (state: typeof State.State) => ({
      finalReport: state.completedSections.join('\n\n---\n\n'),
    }))
    .addEdge(START, 'orchestrator')
    .addConditionalEdges('orchestrator', (state: typeof State.State) =>
      state.sections.map((section) => new Send('llmCall', { section })),
    )
    .addEdge('llmCall', 'synthesizer')
    .addEdge('synthesizer', END)
    .compile({ name: 'orchestrator-worker' });
  return runGraph(graph, { topic: 'Emperor penguins' }, options);
}
