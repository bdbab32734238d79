import type { AgentTurn, Handoff } from '../model/trace.ts';
import { textMemo } from '../util/text-memo.ts';
import { textOf } from '../util/text-of.ts';

/** Keys whose values are plumbing (ids, tool names, routing), never words meant for the receiver. */
const PLUMBING_KEY =
  /^(id|ids|type|role|tool_?call_?id|tool_?call_?ids|call_?id|run_?id|thread_?id|message_?id|tool_?name|goto|next|graph|node|status|lc|lc_\w+|kwargs_type|response_metadata|usage_metadata|additional_kwargs|invalid_tool_calls)$/i;
/** Strings that are identifiers: call ids, UUIDs, long opaque tokens, snake_case tool names. */
const IDENTIFIER =
  /^(?:(?:call|toolu|tool|run|msg|chatcmpl|resp|req|item|fc)[_-][\w-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f-]{27,}|[A-Za-z0-9_-]{24,}|[a-z]+(?:_[a-z0-9]+)+)$/;

/**
 * The words a handoff carries for its receiver to read: its task, else its content. Structured
 * content (a JSON object or list) counts by its values, not its JSON text, and routing plumbing —
 * a bare routing decision, tool-call ids, tool names, keys — carries no words at all.
 */
export function handoffText(handoff: Handoff, sender?: AgentTurn): string {
  if (handoff.metadata.routing === true) return '';
  const text = handoff.task ?? handoff.content;
  const words = structuredText(text);
  if (words.trim() !== '') return words;
  if (handoff.payload !== undefined) return valuesText(handoff.payload);
  // A handoff recorded as the bare name of the tool that made it: the tool call's arguments are
  // the message (a transfer tool that takes the task as an argument).
  const call = sender?.toolCalls.findLast((candidate) => candidate.name === text.trim());
  return call ? valuesText(call.args) : '';
}

/** A JSON text by its values; any other text as it is. */
export const structuredText: (text: string) => string = textMemo((text) => {
  const trimmed = text.trim();
  if (IDENTIFIER.test(trimmed)) return ''; // a bare tool name or call id says nothing
  if (!/^[[{]/.test(trimmed)) return text;
  try {
    return valuesText(JSON.parse(trimmed));
  } catch {
    return text;
  }
});

/** The readable values of structured data, one per line, without keys or identifiers. */
export function valuesText(value: unknown): string {
  const out: string[] = [];
  const visit = (item: unknown, depth: number): void => {
    if (depth > 32 || item === null || item === undefined) return;
    if (typeof item === 'string') {
      const trimmed = item.trim();
      if (trimmed !== '' && !IDENTIFIER.test(trimmed)) out.push(structuredText(trimmed));
      return;
    }
    if (typeof item === 'number' || typeof item === 'boolean') {
      out.push(String(item));
      return;
    }
    if (Array.isArray(item)) {
      for (const element of item) visit(element, depth + 1);
      return;
    }
    if (typeof item === 'object') {
      for (const [key, element] of Object.entries(item as Record<string, unknown>)) {
        if (PLUMBING_KEY.test(key)) continue;
        // A number says what it counts by its key: { pallets: 2 } reads "2 pallets".
        if (typeof element === 'number')
          out.push(
            `${element} ${key
              .replace(/([a-z])([A-Z])/g, '$1 $2')
              .replace(/[_-]+/g, ' ')
              .toLowerCase()}`,
          );
        else visit(element, depth + 1);
      }
      return;
    }
    out.push(textOf(item));
  };
  visit(value, 0);
  return out.join('\n');
}
