import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { Command, getCurrentTaskInput, Send } from '@langchain/langgraph';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createAgent } from 'langchain';
import { z } from 'zod';
import { type RunOptions, runGraph } from './run-graph.ts';

/** How the handoff tool passes the task: as the worker's only message (`Send`), or as a state update. */
export type TaskPassing = 'send' | 'update';

/**
 * A handoff tool that takes the task as an argument (docs: multi-agent "Handoffs" → task description,
 * supervisor tutorial "Create delegation tasks"): with `Send`, the worker's input is the task alone;
 * with `update`, the worker sees the history with the supervisor's call, and the task in it.
 */
function createTaskDescriptionHandoffTool(agentName: string, passing: TaskPassing) {
  const name = `assign_to_${agentName}`;
  return tool(
    async ({ task_description }, config) => {
      const state = getCurrentTaskInput() as { messages: BaseMessage[] };
      if (passing === 'send') {
        const agentInput = { ...state, messages: [new HumanMessage({ content: task_description })] };
        return new Command({ goto: [new Send(agentName, agentInput)], graph: Command.PARENT });
      }
      const toolMessage = new ToolMessage({
        content: `Successfully transferred to ${agentName}`,
        name,
        tool_call_id: config.toolCall?.id ?? '',
      });
      return new Command({
        goto: agentName,
        graph: Command.PARENT,
        update: { messages: [...state.messages, toolMessage] },
      });
    },
    {
      name,
      description: `Assign a task to ${agentName}.`,
      schema: z.object({
        task_description: z
          .string()
          .describe('Description of what the next agent should do, including all of the relevant context.'),
      }),
    },
  );
}

/**
 * `createSupervisor` whose handoff tools take a task description: the supervisor writes the task,
 * the research and math agents each get only what they were asked.
 */
export function supervisorTaskHandoff(passing: TaskPassing) {
  return (options: RunOptions): Promise<unknown> => {
    const researchTask = 'Find the 2024 population of Lisbon and of Porto, citing sources.';
    const mathTask = 'Add 545,923 and 248,769 and give the total.';
    const assign = (id: string, agent: string, task: string) =>
      new AIMessage({
        id,
        content: '',
        tool_calls: [{ name: `assign_to_${agent}`, args: { task_description: task }, id: `call-${id}` }],
      });
    const llm = fakeModel()
      .respond(assign('sup-1', 'research_expert', researchTask))
      .respond(assign('sup-2', 'math_expert', mathTask))
      .respond(
        new AIMessage({ id: 'sup-3', content: 'Lisbon and Porto had 794,692 people together in 2024.' }),
      );
    const researchExpert = createAgent({
      model: fakeModel().respond(
        new AIMessage({
          id: 'research-1',
          content: 'Lisbon had 545,923 people in 2024 and Porto 248,769 (source: INE, 2024).',
        }),
      ),
      tools: [],
      name: 'research_expert',
    });
    const mathExpert = createAgent({
      model: fakeModel().respond(new AIMessage({ id: 'math-1', content: '545,923 + 248,769 = 794,692.' })),
      tools: [],
      name: 'math_expert',
    });
    const graph = createSupervisor({
      agents: [researchExpert.graph, mathExpert.graph] as never,
      llm,
      tools: [
        createTaskDescriptionHandoffTool('research_expert', passing),
        createTaskDescriptionHandoffTool('math_expert', passing),
      ],
      prompt: 'You manage a research expert and a math expert. Assign each a precise task.',
    }).compile({ name: `supervisor-task-${passing}` });
    return runGraph(
      graph,
      {
        messages: [
          new HumanMessage({
            id: 'user-1',
            content: 'How many people lived in Lisbon and Porto together in 2024?',
          }),
        ],
      },
      options,
    );
  };
}

export const supervisorTaskSend = supervisorTaskHandoff('send');
export const supervisorTaskUpdate = supervisorTaskHandoff('update');
