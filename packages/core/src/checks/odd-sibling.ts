/**
 * One of several workers a sender briefed at once that calls the tool they all call with a setting
 * the others agree on otherwise (three desks told "reserve = estimate MINUS the AOP deductible": two
 * post `basis: "net_of_deductible"`, the third `basis: "ground_up"`), where nothing it was shown
 * names its setting: it read the common brief its own way.
 */
import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { AgentTurn } from '../model/trace.ts';
import { nameWords } from './task-words.ts';

export interface OddSetting {
  call: string;
  key: string;
  value: string;
  /** What the sibling workers set. */
  others: string;
}

/** Calls that only look set nothing the work turns on. */
const LOOKS = /^(?:get|list|check|read|fetch|find|search|lookup|query|show|view|describe|status|pull)\b/i;
/** A setting: a short code or word, no figure in it (queues, ids and amounts differ by design). */
const SETTING = /^[A-Za-z][A-Za-z _-]{1,30}$/;

/** The settings each call of a turn gives, by tool and key. */
function settingsOf(turn: AgentTurn): Map<string, string> {
  const out = new Map<string, string>();
  for (const call of turn.toolCalls) {
    if (LOOKS.test(nameWords(call.name)) || !call.args || typeof call.args !== 'object') continue;
    for (const [key, value] of Object.entries(call.args as Record<string, unknown>))
      if (typeof value === 'string' && SETTING.test(value.trim()))
        out.set(`${call.name}\u0000${key}`, value.trim());
  }
  return out;
}

export function oddSiblingSetting(index: TraceIndex, turnId: string): OddSetting | undefined {
  const turn = index.turns.get(turnId);
  const into = index.into.get(turnId)?.[0];
  if (!turn || !into?.fromTurnId) return undefined;
  const siblings = (index.outOf.get(into.fromTurnId) ?? [])
    .filter((h) => h.toTurnId && h.toTurnId !== turnId && h.to !== turn.agent)
    .map((h) => index.turns.get(h.toTurnId!))
    .filter((t): t is AgentTurn => t !== undefined);
  if (siblings.length < 2) return undefined;
  const own = settingsOf(turn);
  if (own.size === 0) return undefined;
  const shown = index.inputTextOf(turnId).toLowerCase();
  const theirs = siblings.map(settingsOf);
  for (const [slot, value] of own) {
    const others = theirs.map((settings) => settings.get(slot)).filter((v): v is string => v !== undefined);
    // Every other worker that made the call set it, at least two of them, all alike.
    if (others.length < 2 || others.length < theirs.length || new Set(others).size !== 1) continue;
    if (others[0] === value) continue;
    // Its own brief may ask for its own setting.
    const words = nameWords(value)
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length >= 3);
    if (words.some((w) => shown.includes(w))) continue;
    const [call, key] = slot.split('\u0000') as [string, string];
    return { call, key, value, others: others[0]! };
  }
  return undefined;
}
