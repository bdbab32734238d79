import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeFiles } from '@handoff/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeTraces } from '../testing/write-large-traces.ts';
import type { WorkflowView } from './types.ts';
import { indexView } from './view-index.ts';
import { hasTexts, restoreTexts, withholdTexts } from './withheld-texts.ts';

let dir: string;
let views: WorkflowView[];
// What the page receives: JSON, where an absent field and an undefined one are the same.
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-withheld-'));
  await writeLargeTraces(dir, { handoffs: 60, workflows: 8 });
  views = (await analyzeFiles(dir)).workflows.map(({ trace, analysis }) => ({ trace: trace!, analysis }));
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a workflow outline for the first paint', () => {
  it('gives back the whole workflow with the texts it withheld', () => {
    expect(views.length).toBeGreaterThan(5);
    for (const view of views) {
      const { outline, texts } = throughJson(withholdTexts(view));
      expect(restoreTexts(outline, texts)).toEqual(throughJson(view));
    }
  });

  it('keeps the texts of the root cause and the structure of everything else', () => {
    // The longest run whose root cause sits on a handoff.
    const view = views
      .filter((v) => indexView(v).failingHandoffId)
      .sort((a, b) => b.trace.handoffs.length - a.trace.handoffs.length)[0]!;
    const { outline } = withholdTexts(view);
    const cause = indexView(view).failingHandoffId!;
    const handoff = view.trace.handoffs.find((x) => x.id === cause)!;
    expect(outline.trace.handoffs.find((x) => x.id === cause)).toEqual(handoff);
    expect(outline.trace.turns.find((t) => t.id === handoff.toTurnId)).toEqual(
      view.trace.turns.find((t) => t.id === handoff.toTurnId),
    );
    expect(hasTexts(outline, cause)).toBe(true);

    const other = outline.trace.handoffs.find((x) => x.id !== cause && x.toTurnId !== handoff.toTurnId)!;
    expect(other.content).toBe('');
    expect(hasTexts(outline, other.id)).toBe(false);
    const turn = outline.trace.turns.find((t) => t.id === other.toTurnId)!;
    expect(turn.input).toEqual([]);
    expect(turn.output).toBeUndefined();
    // The graph and the timeline still have every handoff, turn, model call and tool call, with times.
    expect(outline.trace.handoffs.map((x) => [x.id, x.from, x.to, x.sentAt])).toEqual(
      view.trace.handoffs.map((x) => [x.id, x.from, x.to, x.sentAt]),
    );
    const spans = (v: WorkflowView) =>
      v.trace.turns.flatMap((t) => [
        [t.id, t.agent, t.startedAt, t.endedAt, t.status],
        ...t.modelCalls.map((c) => [c.id, c.model, c.startedAt, c.endedAt, c.usage]),
        ...t.toolCalls.map((c) => [c.id, c.name, c.startedAt, c.endedAt, c.error]),
      ]);
    expect(spans(outline)).toEqual(spans(view));
    expect(outline.analysis.findings.map((f) => f.summary)).toEqual(
      view.analysis.findings.map((f) => f.summary),
    );
  });

  it('says a whole workflow has every text', () => {
    expect(hasTexts(views[0]!, 'anything')).toBe(true);
  });
});
