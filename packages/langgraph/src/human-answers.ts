import type { Message, Tracer, TurnHandle, WorkflowHandle } from '@handoff/core';
import { isCommand } from './convert.ts';
import { valuesText } from './payload-text.ts';

/** The participant that answers an `interrupt()`: not an agent of the graph, it has no turns. */
export const HUMAN = 'human';

/** An `interrupt()` waiting for a human: the turn that asked, in which run, and what it asked. */
interface Question {
  workflowId: string;
  turnId: string;
  agent: string;
  /** The task's checkpoint namespace: the resumed run re-runs the task under the same one. */
  checkpointNs: string | undefined;
  id: string | undefined;
  value: unknown;
}

/** The human's answer to a question, for the turn that receives it. */
export interface HumanAnswer {
  content: string;
  payload?: unknown;
  metadata: Record<string, unknown>;
}

interface Resumed {
  value: unknown;
  questions: Question[];
  /** No question is known (asked in another process): the first turn of the resumed run asked it. */
  firstTurn: boolean;
}

// Per tracer, not per handler: apps often pass a new handler with each call, and the answer comes
// in a call of its own.
const waiting = new WeakMap<Tracer, Map<string, Question[]>>();

/**
 * Human in the loop: a task that calls `interrupt()` asks a question, and the run resumed on the same
 * thread with `Command({ resume })` carries the answer back to it. The answer is a handoff from
 * `human` to the agent that asked, received by the turn the resumed run opens for that task.
 */
export class HumanAnswers {
  private readonly tracer: Tracer;
  private readonly threads = new Map<string, string>();
  private readonly resumed = new Map<string, Resumed>();
  private readonly asked = new WeakSet<object>();

  constructor(tracer: Tracer) {
    this.tracer = tracer;
  }

  private questions(threadId: string): Question[] {
    let byThread = waiting.get(this.tracer);
    if (!byThread) {
      byThread = new Map();
      waiting.set(this.tracer, byThread);
    }
    let list = byThread.get(threadId);
    if (!list) {
      list = [];
      byThread.set(threadId, list);
    }
    return list;
  }

  /** A root run of `threadId` starts: what its workflow records of a resumption, if it is one. */
  resumes(
    threadId: string | undefined,
    inputs: unknown,
  ): { resumed: Resumed; metadata: Record<string, unknown> } | undefined {
    if (!isCommand(inputs) || (inputs as { resume?: unknown }).resume === undefined) return undefined;
    const questions = threadId === undefined ? [] : this.questions(threadId).splice(0);
    const resumed = {
      value: (inputs as { resume?: unknown }).resume,
      questions,
      firstTurn: questions.length === 0,
    };
    const asked = [...new Set(questions.map((q) => q.workflowId))];
    return { resumed, metadata: { resumed: true, ...(asked.length > 0 ? { resumes: asked } : {}) } };
  }

  started(workflow: WorkflowHandle, threadId: string | undefined, resumed: Resumed | undefined): void {
    if (threadId !== undefined) this.threads.set(workflow.id, threadId);
    if (resumed) this.resumed.set(workflow.id, resumed);
  }

  ended(workflow: WorkflowHandle): void {
    this.threads.delete(workflow.id);
    this.resumed.delete(workflow.id);
  }

  /** A task's `interrupt()` stopped its turn: remember the question for the run that answers it. */
  ask(
    turn: TurnHandle,
    error: object,
    checkpointNs: string | undefined,
    interrupts: { id?: string; value?: unknown }[],
  ): void {
    // The same interrupt passes through every enclosing run; the innermost task asked it.
    if (this.asked.has(error)) return;
    this.asked.add(error);
    const threadId = this.threads.get(turn.workflow.id);
    if (threadId === undefined) return;
    for (const interrupt of interrupts)
      this.questions(threadId).push({
        workflowId: turn.workflow.id,
        turnId: turn.id,
        agent: turn.agent,
        checkpointNs,
        id: interrupt.id,
        value: interrupt.value,
      });
  }

  /** The answer a turn of a resumed run receives: it re-runs the task that asked. */
  answerFor(
    workflow: WorkflowHandle,
    agent: string,
    checkpointNs: string | undefined,
  ): HumanAnswer | undefined {
    const resumed = this.resumed.get(workflow.id);
    if (!resumed) return undefined;
    if (resumed.firstTurn) {
      resumed.firstTurn = false;
      return answer(resumed.value, undefined);
    }
    const index = resumed.questions.findIndex(
      (q) => q.agent === agent && (q.checkpointNs === undefined || q.checkpointNs === checkpointNs),
    );
    if (index < 0) return undefined;
    const [question] = resumed.questions.splice(index, 1);
    return answer(valueFor(resumed.value, question as Question), question);
  }
}

/** `Command({ resume: { [interruptId]: value } })` answers several questions at once. */
function valueFor(resume: unknown, question: Question): unknown {
  if (question.id && resume && typeof resume === 'object' && question.id in resume)
    return (resume as Record<string, unknown>)[question.id];
  return resume;
}

function answer(value: unknown, question: Question | undefined): HumanAnswer {
  return {
    content: typeof value === 'string' ? value : valuesText(value),
    ...(typeof value === 'string' ? {} : { payload: value }),
    metadata: {
      human: true,
      ...(question
        ? { question: question.value, askedIn: { workflowId: question.workflowId, turnId: question.turnId } }
        : {}),
    },
  };
}

/** What the resumed task was given: `interrupt()` returned the answer. */
export function answerMessage(answer: HumanAnswer): Message {
  return { role: 'user', name: HUMAN, content: answer.content };
}
