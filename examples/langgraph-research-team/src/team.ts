import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import {
  AIMessage,
  type BaseMessage,
  HumanMessage,
  SystemMessage,
  ToolMessage,
} from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { Annotation, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { z } from 'zod';

export type AgentName = 'planner' | 'researcher' | 'writer' | 'reviewer';

export const TeamState = Annotation.Root({
  ...MessagesAnnotation.spec,
  task: Annotation<string>(),
  findings: Annotation<string>(),
  draft: Annotation<string>(),
  verdict: Annotation<string>(),
  revisions: Annotation<number>({ reducer: (a, b) => a + b, default: () => 0 }),
});

export interface TeamOptions {
  models: Record<AgentName, BaseChatModel>;
  webSearch: (query: string) => Promise<string>;
  marketData: (ticker: string) => Promise<{ ticker: string; price: number; currency: string }>;
  /** The researcher sees only the latest message (a history-trimming bug that can drop the task). */
  trimResearcherHistory?: boolean;
  maxRevisions?: number;
}

const text = (message: BaseMessage) => (typeof message.content === 'string' ? message.content : message.text);

/**
 * The team as a StateGraph: planner → researcher → writer → reviewer, and back to the writer while
 * the reviewer asks for revisions. The researcher runs a small tool loop (web_search, market_data).
 */
export function buildTeam(options: TeamOptions) {
  const tools = {
    web_search: tool(async ({ query }: { query: string }) => options.webSearch(query), {
      name: 'web_search',
      description: 'Search the web',
      schema: z.object({ query: z.string() }),
    }),
    market_data: tool(
      async ({ ticker }: { ticker: string }) => JSON.stringify(await options.marketData(ticker)),
      {
        name: 'market_data',
        description: 'Latest share price for a ticker',
        schema: z.object({ ticker: z.string() }),
      },
    ),
  };
  const researcherModel =
    options.models.researcher.bindTools?.(Object.values(tools)) ?? options.models.researcher;

  return new StateGraph(TeamState)
    .addNode('planner', async (state) => {
      const reply = await options.models.planner.invoke([
        new SystemMessage('You turn requests into precise research tasks.'),
        ...state.messages,
      ]);
      const extra = options.trimResearcherHistory
        ? [new HumanMessage({ id: 'continue-1', content: 'Continue.' })]
        : [];
      return { messages: [reply, ...extra], task: text(reply) };
    })
    .addNode('researcher', async (state) => {
      const prompt: BaseMessage[] = options.trimResearcherHistory
        ? state.messages.slice(-1)
        : [
            new SystemMessage('You research companies with tools and cite every source.'),
            new HumanMessage({ id: 'task-1', content: state.task }),
          ];
      for (let step = 0; step < 6; step++) {
        const reply = (await researcherModel.invoke(prompt)) as AIMessage;
        prompt.push(reply);
        if (!reply.tool_calls?.length) return { messages: [reply], findings: text(reply) };
        for (const call of reply.tool_calls) {
          // Both tools take a tool call and answer with a ToolMessage.
          const selected = tools[call.name as keyof typeof tools] as unknown as {
            invoke(input: unknown): Promise<ToolMessage>;
          };
          try {
            prompt.push(await selected.invoke({ ...call, type: 'tool_call' }));
          } catch (error) {
            prompt.push(
              new ToolMessage({
                tool_call_id: call.id ?? call.name,
                content: `Error: ${error instanceof Error ? error.message : String(error)}`,
              }),
            );
          }
        }
      }
      return { findings: 'The researcher gave up.' };
    })
    .addNode('writer', async (state) => {
      const reply = await options.models.writer.invoke([
        new SystemMessage('You write short briefings that keep every figure and source.'),
        new HumanMessage(`Write a briefing from: ${state.findings}`),
        // A revision round shows the writer its last draft and the reviewer's feedback.
        ...(state.verdict
          ? [new AIMessage(state.draft), new HumanMessage(`Reviewer: ${state.verdict}`)]
          : []),
      ]);
      return { messages: [reply], draft: text(reply) };
    })
    .addNode('reviewer', async (state) => {
      const reply = await options.models.reviewer.invoke([
        new SystemMessage('You check drafts and approve them or ask for a revision.'),
        new HumanMessage(`Review this draft: ${state.draft}`),
      ]);
      return { messages: [reply], verdict: text(reply), revisions: 1 };
    })
    .addEdge(START, 'planner')
    .addEdge('planner', 'researcher')
    .addEdge('researcher', 'writer')
    .addEdge('writer', 'reviewer')
    .addConditionalEdges('reviewer', (state) =>
      /revise/i.test(state.verdict) && state.revisions < (options.maxRevisions ?? 5) ? 'writer' : END,
    )
    .compile({ name: 'research-team' });
}
