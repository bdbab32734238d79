import type { AgentTurn } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';

/** Codes that name one option among several: seats (WS1, C14), units (TRK-214), rooms (R-305). */
const CODE = /\b[A-Z]{1,4}-?\d{1,5}[A-Z]?\b/g;
/** Reasoning that turns options down ("WS1 is taken") does not pick what it names. */
const DECLINES =
  /\b(?:not|no|none|taken|unavailable|sold|full|booked|occupied|instead|except|rather than|other than|too|exceeds?|over (?:the )?(?:cap|budget|limit)|can'?t|cannot)\b/i;

const codesOf = (text: string): Set<string> => new Set(text.match(CODE) ?? []);

/**
 * A model call whose reasoning picks options from what the turn's tools listed ("WS1 plus companion
 * B1 … Hold those") while the tool call it made acts on other options of that list (C14, C15),
 * none of the ones it picked: the action does not follow the reasoning (FM-2.6).
 */
export function actionAgainstReasoning(
  turn: AgentTurn,
): { picked: string[]; acted: string[]; call: string } | undefined {
  const listed = new Set<string>();
  const calls = [...turn.toolCalls].sort((a, b) => a.startedAt - b.startedAt);
  for (const model of turn.modelCalls) {
    // Options the turn's tools had listed before this model call.
    for (const call of calls)
      if ((call.endedAt ?? call.startedAt) <= model.startedAt)
        for (const code of codesOf(textOf(call.result))) listed.add(code);
    const reasoning = model.reasoning ?? '';
    if (!reasoning || model.toolCalls.length === 0 || DECLINES.test(reasoning)) continue;
    const picked = [...codesOf(reasoning)].filter((code) => listed.has(code));
    if (picked.length === 0) continue;
    for (const call of model.toolCalls) {
      const args = textOf(call.args);
      const acted = [...codesOf(args)].filter((code) => listed.has(code));
      if (
        acted.length > 0 &&
        !acted.some((code) => picked.includes(code)) &&
        !picked.some((code) => args.includes(code))
      )
        return { picked, acted, call: `${call.name} ${args}`.slice(0, 120) };
    }
  }
  return undefined;
}
