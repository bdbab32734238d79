import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlStore } from '@handoff/core';
import { type FixtureFault, recordResearchTeam } from '@handoff/core/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import type { WorkflowSummary, WorkflowView } from './app/types.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { recordSmallRun } from './testing/record-small-run.ts';
import { writeLargeTraces } from './testing/write-large-traces.ts';
import { startViewer, type ViewerServer } from './viewer-server.ts';

const executablePath = findChromium();
const run = executablePath || process.env.CI ? describe : describe.skip;
const POLL = { timeout: 30_000 };
const LONG = 'synthetic-4242-chain';

let dir: string;
let browser: Browser;
let viewer: ViewerServer;
let summaries: WorkflowSummary[];

async function workflow(id: string): Promise<WorkflowView> {
  return (await (
    await fetch(`${viewer.url}api/workflow?id=${encodeURIComponent(id)}`)
  ).json()) as WorkflowView;
}

/** Opens one workflow by link and waits for its graph. */
async function open(id: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${viewer.url}#workflow=${encodeURIComponent(id)}`);
  await page.locator('.workflow-header h1').waitFor();
  await page.locator('[data-node]').first().waitFor();
  return page;
}

const selectedHandoff = (page: Page) => new URL(page.url()).hash.match(/handoff=([^&]+)/)?.[1];

run('viewer: one workflow in headless Chromium', () => {
  let smallId: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-viewer-workflow-'));
    const faults: FixtureFault[] = [
      'stale_context',
      'misunderstood_task',
      'lost_message',
      'handoff_loop',
      'none',
    ];
    for (const fault of faults)
      await recordResearchTeam(fault, {
        store: jsonlStore({ dir: join(dir, 'team'), file: `${fault}.jsonl` }),
      });
    await writeLargeTraces(join(dir, 'long'), { handoffs: 2000 });
    await recordSmallRun(join(dir, 'small'), {
      file: 'inferred.jsonl',
      name: 'inferred-run',
      at: Date.UTC(2026, 1, 3),
      inferred: true,
    });
    await recordSmallRun(join(dir, 'small'), {
      file: 'judged.jsonl',
      name: 'judged-run',
      at: Date.UTC(2026, 1, 2),
      feedback: { correct: false, comment: 'revenue is for the wrong quarter' },
    });
    await recordSmallRun(join(dir, 'small'), {
      file: 'idle.jsonl',
      name: 'idle-run',
      at: Date.UTC(2026, 1, 1),
      idleMs: 60_000,
    });
    browser = await chromium.launch({ executablePath: executablePath ?? 'chromium', args: CHROMIUM_ARGS });
    viewer = await startViewer({ path: dir, port: 0 });
    summaries = (await (await fetch(`${viewer.url}api/workflows`)).json()) as WorkflowSummary[];
    smallId = summaries.find((s) => s.name === 'idle-run')!.workflowId;
  });
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe('long workflows', () => {
    it('groups the findings of a 2,000-handoff run by kind and boundary, with counts that add up', async () => {
      const { analysis, trace } = await workflow(LONG);
      expect(trace.handoffs.length).toBeGreaterThanOrEqual(2000);
      const page = await open(LONG);
      const groups = page.locator('[data-group]');
      const count = await groups.count();
      expect(count).toBeGreaterThan(1);
      expect(count).toBeLessThan(analysis.findings.length / 10);
      const sizes = await groups
        .locator('.finding-row')
        .evaluateAll((rows) =>
          rows.map((row) => Number(row.querySelector('.count')?.textContent?.slice(1) ?? 1)),
        );
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(analysis.findings.length);
      expect(await page.getByTestId('findings').locator('.card-title').textContent()).toBe(
        `Findings (${analysis.findings.length} in ${count} groups)`,
      );
      // The page stays a page (it was 48,779 px tall with every finding listed).
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
      await page.close();
    });

    it('opens a group as pages of 20', async () => {
      const page = await open(LONG);
      const group = page.locator('[data-group]').first();
      const size = Number((await group.locator('.count').textContent())!.slice(1));
      expect(size).toBeGreaterThan(20);
      await group.locator('.finding-row').click();
      expect(await group.locator('.finding-member').count()).toBe(20);
      const pages = Math.ceil(size / 20);
      await expect.poll(() => group.locator('.pager').textContent(), POLL).toContain(`page 1 of ${pages}`);
      await group.getByRole('button', { name: 'next ›' }).click();
      await expect.poll(() => group.locator('.pager').textContent(), POLL).toContain(`page 2 of ${pages}`);
      expect(await group.locator('.finding-member').first().textContent()).toMatch(/^21\. /);
      await page.close();
    });

    it('paints a 2,000-handoff run from its outline, then shows the message of any handoff', async () => {
      const { trace } = await workflow(LONG);
      const report = join(dir, 'long.html');
      expect(
        await runCli(['report', join(dir, 'long'), '-o', report], { out: () => {}, err: () => {} }),
      ).toBe(0);
      // Not the root cause: the outline the page paints first has no text for this handoff.
      const handoff = trace.handoffs[trace.handoffs.length - 2]!;
      for (const url of [`${viewer.url}#workflow=${LONG}`, `file://${report}`]) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(`${url.split('#')[0]}#workflow=${LONG}&handoff=${handoff.id}`);
        const detail = page.getByTestId('detail');
        await expect.poll(() => detail.textContent(), POLL).toContain(handoff.content);
        expect(await page.locator('[data-edge]').count()).toBeGreaterThan(0);
        await page.close();
      }
    });

    it('steps through the handoffs of an edge, the failing ones first', async () => {
      const { trace, analysis } = await workflow(LONG);
      const page = await open(LONG);
      const edge = trace.handoffs[0]!;
      const onEdge = trace.handoffs.filter((x) => x.from === edge.from && x.to === edge.to);
      await page.locator(`[data-edge="${edge.from}->${edge.to}"]`).click();
      const stepper = page.getByTestId('edge-stepper');
      await expect
        .poll(() => stepper.textContent(), POLL)
        .toContain(`handoff 1 of ${onEdge.length} on this edge`);
      const flagged = (id: string | undefined) =>
        analysis.findings.some((f) => f.handoffId === id && f.severity === 'error');
      // Clicking the edge opens a handoff with an error finding, not the edge's first handoff.
      expect(onEdge.some((x) => flagged(x.id))).toBe(true);
      await expect.poll(() => flagged(selectedHandoff(page)), POLL).toBe(true);
      const first = selectedHandoff(page);
      await stepper.getByRole('button', { name: 'next handoff on this edge' }).click();
      await expect.poll(() => stepper.textContent(), POLL).toContain(`handoff 2 of ${onEdge.length}`);
      await expect.poll(() => selectedHandoff(page), POLL).not.toBe(first);
      await page.close();
    });

    it('zooms and pans the timeline, with ticks that follow, and merges bars too close to tell apart', async () => {
      const page = await open(LONG);
      const timeline = page.getByTestId('timeline');
      const ticks = () => timeline.locator('.tick').allTextContents();
      const before = await ticks();
      expect(before.length).toBeGreaterThanOrEqual(3);
      expect(await timeline.locator('[data-cluster]').count()).toBeGreaterThan(0);
      expect(await timeline.locator('.bar-group').count()).toBeLessThan(100);
      await timeline.getByRole('button', { name: 'zoom in', exact: true }).click();
      await timeline.getByRole('button', { name: 'zoom in', exact: true }).click();
      await expect.poll(() => timeline.getByTestId('timeline-zoom').textContent(), POLL).toContain('4.0×');
      const zoomed = await ticks();
      expect(zoomed).not.toEqual(before);
      const box = (await timeline.locator('svg.timeline').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 10);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 250, box.y + 10, { steps: 5 });
      await page.mouse.up();
      await expect.poll(ticks, POLL).not.toEqual(zoomed);
      // A cluster of merged bars is reachable by keyboard too: Enter zooms into it.
      await timeline.getByRole('button', { name: 'fit the whole run', exact: true }).click();
      await expect.poll(() => timeline.getByTestId('timeline-zoom').textContent(), POLL).toContain('1.0×');
      await timeline.locator('[data-cluster]').first().focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => timeline.getByTestId('timeline-zoom').textContent(), POLL)
        .not.toContain('1.0×');
      await page.close();
    });

    it('keeps the timeline zoom when traces change while it is open', async () => {
      const page = await open(smallId);
      const timeline = page.getByTestId('timeline');
      await timeline.getByRole('button', { name: 'zoom in', exact: true }).click();
      await expect.poll(() => timeline.getByTestId('timeline-zoom').textContent(), POLL).toContain('2.0×');
      const before = Number((await page.getByTestId('list-count').textContent())!.split(' ')[0]);
      await recordSmallRun(join(dir, 'small'), {
        file: 'late.jsonl',
        name: 'late-run',
        at: Date.UTC(2026, 1, 4),
      });
      // The page refetches on the server's change event: the new run appears in the list.
      await expect
        .poll(() => page.getByTestId('list-count').textContent(), POLL)
        .toBe(`${before + 1} workflows`);
      expect(await timeline.getByTestId('timeline-zoom').textContent()).toContain('2.0×');
      await page.close();
      // Records a run and waits for the server to notice it: slow on a busy 2-core machine.
    }, 180_000);

    it('collapses an idle minute, labels lanes in full and nests model and tool calls in their turn', async () => {
      const page = await open(smallId);
      const timeline = page.getByTestId('timeline');
      const gap = timeline.locator('[data-gap]');
      expect(await gap.count()).toBe(1);
      expect(Number(await gap.getAttribute('data-gap'))).toBeGreaterThanOrEqual(60_000);
      const plot = (await timeline.locator('svg.timeline').boundingBox())!;
      const gapBox = (await gap.locator('rect').boundingBox())!;
      expect(gapBox.width).toBeLessThan(30);
      expect(plot.width).toBeGreaterThan(400);
      expect(
        await timeline
          .locator('.lane-label')
          .evaluateAll((labels) => labels.map((l) => l.getAttribute('title'))),
      ).toEqual(['planner', 'researcher']);
      const bar = (await timeline.locator('[data-turn]').nth(1).locator('.bar').boundingBox())!;
      const spans = timeline.locator('[data-turn]').nth(1).locator('.span');
      expect(await timeline.locator('[data-turn]').nth(1).locator('.span-model').count()).toBe(1);
      expect(await timeline.locator('[data-turn]').nth(1).locator('.span-tool').count()).toBe(1);
      for (const span of await spans.all()) {
        const box = (await span.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(bar.x - 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(bar.x + bar.width + 0.5);
        expect(box.y).toBeGreaterThan(bar.y);
      }
      await page.close();
    });
  });

  describe('one meaning per sign', () => {
    it('writes boundaries receiver←sender and words the status from the diagnosis', async () => {
      const page = await open('research-team-stale_context');
      const detail = page.getByTestId('detail');
      await expect.poll(() => detail.locator('h3').textContent(), POLL).toContain('writer←researcher');
      expect(await detail.locator('h3').textContent()).not.toContain('→');
      for (const step of await page.locator('.chain-step:not(.chain-end)').allTextContents())
        expect(step).toMatch(/^[\w-]+←[\w-]+$/);
      // The run ended "ok", but it failed.
      expect((await workflow('research-team-stale_context')).trace.workflow.status).toBe('ok');
      expect(await page.locator('.workflow-header .badge').textContent()).toBe('failed');
      expect(
        await page.locator('[data-workflow="research-team-stale_context"] .status-word').textContent(),
      ).toBe('failed');
      expect(await page.locator('[data-workflow="research-team-none"] .status-word').textContent()).toBe(
        'healthy',
      );
      await page.close();
    });

    it('never shows the root-cause handoff as good news', async () => {
      const { analysis } = await workflow('research-team-stale_context');
      const page = await open('research-team-stale_context');
      const detail = page.getByTestId('detail');
      await detail.locator('.badge', { hasText: 'root cause' }).waitFor();
      await expect.poll(() => selectedHandoff(page), POLL).toBeDefined();
      const verdict = analysis.deliveries[analysis.failure!.handoffId ?? selectedHandoff(page)!]!.verdict;
      expect(verdict).toBe('understood');
      const badge = detail.locator('.badge', { hasText: 'task understood' });
      expect(await badge.getAttribute('class')).not.toContain('badge-good');
      await page.close();
    });

    it('marks the agent responsible for the fault: the receiver of a misunderstood task', async () => {
      const { analysis } = await workflow('research-team-misunderstood_task');
      const page = await open('research-team-misunderstood_task');
      expect(await page.locator('.node-responsible').count()).toBe(1);
      expect(await page.locator('.node-responsible').getAttribute('data-node')).toBe(
        analysis.failure!.boundary.to,
      );
      expect(await page.getByTestId('root-cause').textContent()).toContain(
        `responsible agent ${analysis.failure!.boundary.to}`,
      );
      await page.close();
    });

    it('says a lost message was handed to the turn but never reached the model', async () => {
      const page = await open('research-team-lost_message');
      const times = page.getByTestId('handoff-times');
      await expect.poll(() => times.textContent(), POLL).toContain("never reached researcher's model");
      expect(await times.textContent()).not.toMatch(/\breceived\b/);
      await page.close();
    });

    it('dashes an edge inferred from data flow and says so in the legend and the detail', async () => {
      const inferred = summaries.find((s) => s.name === 'inferred-run')!;
      const page = await open(inferred.workflowId);
      const edge = page.locator('[data-edge="planner->researcher"]');
      expect(await edge.getAttribute('class')).toContain('edge-inferred');
      expect(
        await edge.locator('.edge-line').evaluate((line) => getComputedStyle(line).strokeDasharray),
      ).not.toBe('none');
      expect(await page.getByTestId('graph-legend').textContent()).toContain('inferred from data flow');
      await edge.click();
      await expect
        .poll(() => page.getByTestId('detail').locator('h3').textContent(), POLL)
        .toContain('inferred from data flow');
      // A recorded handoff is drawn solid.
      const recorded = await open(smallId);
      expect(
        await recorded
          .locator('[data-edge="planner->researcher"] .edge-line')
          .evaluate((line) => getComputedStyle(line).strokeDasharray),
      ).toBe('none');
      await recorded.close();
      await page.close();
    });

    it('explains edge labels and colours in a legend', async () => {
      const page = await open('research-team-handoff_loop');
      const legend = await page.getByTestId('graph-legend').textContent();
      expect(legend).toContain('root-cause boundary');
      expect(legend).toContain('responsible agent');
      expect(legend).toContain('lowest delivery score');
      for (const label of await page.locator('.edge-label').allTextContents())
        expect(label).toMatch(/^(#\d+|\d+×)( · \d\.\d\d)?$/);
      await page.close();
    });
  });

  describe('keyboard and links', () => {
    it('reaches nodes, edges, findings and timeline bars with Tab', async () => {
      const page = await open('research-team-stale_context');
      const kinds = new Set<string>();
      const wanted = ['node', 'edge', 'bar', 'mark', 'finding'];
      for (let i = 0; i < 80 && !wanted.every((kind) => kinds.has(kind)); i++) {
        await page.keyboard.press('Tab');
        kinds.add(
          await page.evaluate(() => {
            const active = document.activeElement as HTMLElement | null;
            if (!active) return 'none';
            if (active.dataset.node !== undefined) return 'node';
            if (active.dataset.edge !== undefined) return 'edge';
            if (active.dataset.turn !== undefined) return 'bar';
            if (active.dataset.handoffMark !== undefined) return 'mark';
            if (active.classList.contains('finding-row')) return 'finding';
            return 'other';
          }),
        );
      }
      for (const kind of wanted) expect(kinds).toContain(kind);
      await page.close();
    });

    it('moves along the handoffs with the arrow keys, keeping focus and aria-current on the selection', async () => {
      const { trace } = await workflow('research-team-handoff_loop');
      const id = 'research-team-handoff_loop';
      const at = 2;
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${viewer.url}#workflow=${id}&handoff=${encodeURIComponent(trace.handoffs[at]!.id)}`);
      const current = page.locator('.edge[aria-current="true"]');
      const edgeOf = (n: number) => `${trace.handoffs[n]!.from}->${trace.handoffs[n]!.to}`;
      await expect.poll(() => current.getAttribute('data-edge'), POLL).toBe(edgeOf(at));
      await current.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => selectedHandoff(page), POLL).toBe(trace.handoffs[at + 1]!.id);
      await expect.poll(() => current.getAttribute('data-edge'), POLL).toBe(edgeOf(at + 1));
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-edge')), POLL)
        .toBe(edgeOf(at + 1));
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => selectedHandoff(page), POLL).toBe(trace.handoffs[at]!.id);
      // Enter on another edge selects a handoff on it.
      const other = trace.handoffs.find((x) => `${x.from}->${x.to}` !== edgeOf(at))!;
      await page.locator(`[data-edge="${other.from}->${other.to}"]`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => current.getAttribute('data-edge'), POLL).toBe(`${other.from}->${other.to}`);
      await expect
        .poll(() => page.getByTestId('detail').locator('h3').textContent(), POLL)
        .toContain(`${other.to}←${other.from}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('run-summary').waitFor();
      await page.close();
    });
  });

  describe('compare', () => {
    it('diffs what was sent with what the receiver’s model saw', async () => {
      const page = await open(smallId);
      await page.locator('[data-edge="planner->researcher"]').click();
      await page.getByTestId('compare-sent-seen').click();
      const diff = page.getByTestId('diff');
      await diff.waitFor();
      expect(await diff.locator('.diff-title').first().textContent()).toContain('sent by planner');
      expect(await diff.locator('.diff-title').nth(1).textContent()).toContain(
        "seen by researcher's model (user)",
      );
      expect((await diff.locator('del').allTextContents()).join('')).toContain('EUR');
      expect(await diff.locator('ins').count()).toBe(0);
      await page.close();
      // Delivered word for word: said in one line, not as two equal columns.
      const same = await open('research-team-stale_context');
      await same.getByTestId('compare-sent-seen').click();
      await expect.poll(() => same.getByTestId('diff').textContent(), POLL).toContain('identical');
      await same.close();
      const lost = await open('research-team-lost_message');
      await lost.getByTestId('compare-sent-seen').click();
      await expect.poll(() => lost.getByTestId('detail').textContent(), POLL).toContain('None of the');
      await lost.close();
    });

    it('diffs the context version a turn used with the newer one', async () => {
      const page = await open('research-team-stale_context');
      await page.getByTestId('compare-evidence').first().click();
      const diff = page.getByTestId('diff');
      // Left: the newer version (expected), right: the one the turn used (actual), each marking its own.
      expect(await diff.locator('pre').first().textContent()).toContain('176.1');
      expect((await diff.locator('del').allTextContents()).join('')).toContain('176');
      expect(await diff.locator('pre').nth(1).textContent()).toContain('182.4');
      expect((await diff.locator('ins').allTextContents()).join('')).toContain('182');
      await page.close();
      const small = await open(smallId);
      await small.locator('[data-node="researcher"]').click();
      await small.getByTestId('compare-versions').click();
      const versions = small.getByTestId('diff');
      expect(await versions.locator('.diff-title').first().textContent()).toContain('v1 (used)');
      expect((await versions.locator('del').allTextContents()).join('')).toContain('182');
      expect((await versions.locator('ins').allTextContents()).join('')).toContain('176');
      await small.close();
    });

    it('totals tokens and time per agent and handoffs per boundary', async () => {
      const { trace } = await workflow(smallId);
      const page = await open(smallId);
      // Escape leaves the root cause for the run's summary.
      await page.locator('[data-node="planner"]').focus();
      await page.keyboard.press('Escape');
      await page.getByTestId('run-summary').waitFor();
      const rows = page.getByTestId('agent-totals').locator('tbody tr');
      expect(await rows.count()).toBe(2);
      for (const row of await rows.all()) {
        const cells = await row.locator('td').allTextContents();
        const turns = trace.turns.filter((t) => t.agent === cells[0]);
        const input = turns.flatMap((t) => t.modelCalls).reduce((n, c) => n + (c.usage.inputTokens ?? 0), 0);
        expect(Number(cells[2]!.replace(/\D/g, ''))).toBe(input);
      }
      const edge = await page
        .getByTestId('edge-totals')
        .locator('tbody tr')
        .first()
        .locator('td')
        .allTextContents();
      expect(edge.slice(0, 2)).toEqual(['researcher←planner', '1']);
      // The receiver's tokens: what handling the edge's handoffs cost.
      const receiver = trace.turns.find((t) => t.id === trace.handoffs[0]!.toTurnId)!;
      const spent = receiver.modelCalls.reduce(
        (n, c) => n + (c.usage.inputTokens ?? 0) + (c.usage.outputTokens ?? 0),
        0,
      );
      expect(spent).toBeGreaterThan(0);
      expect(Number(edge[6]!.replace(/\D/g, ''))).toBe(spent);
      await page.close();
    });
  });

  describe('feedback and cost', () => {
    it('words a run whose answer was marked wrong as such and quotes the feedback', async () => {
      const judged = summaries.find((s) => s.name === 'judged-run')!;
      const page = await open(judged.workflowId);
      const view = await workflow(judged.workflowId);
      const expected = view.analysis.failure ? 'failed' : 'wrong answer';
      expect(await page.locator('.workflow-header .badge').textContent()).toBe(expected);
      expect(await page.getByTestId('feedback').textContent()).toContain('answer marked wrong');
      expect(await page.getByTestId('feedback').textContent()).toContain('revenue is for the wrong quarter');
      await page.getByTestId('filter-status').selectOption(expected);
      await expect.poll(() => page.locator('[data-workflow]').count(), POLL).toBeGreaterThan(0);
      expect(await page.locator(`[data-workflow="${judged.workflowId}"]`).count()).toBe(1);
      await page.close();
    });

    it('lists the ranked suspects of a run marked wrong and opens the turn of each', async () => {
      const judged = summaries.find((s) => s.name === 'judged-run')!;
      const { analysis } = await workflow(judged.workflowId);
      expect(analysis.suspects.length).toBeGreaterThan(0);
      const page = await open(judged.workflowId);
      const chips = page.getByTestId('suspect-chips').locator('.chip');
      expect(await chips.count()).toBe(analysis.suspects.length);
      const last = analysis.suspects.at(-1)!;
      await chips.last().click();
      await expect
        .poll(() => new URL(page.url()).hash, POLL)
        .toContain(`turn=${encodeURIComponent(last.turnId)}`);
      expect(await page.getByTestId('suspect-note').textContent()).toContain(
        `suspect ${analysis.suspects.length} of ${analysis.suspects.length}`,
      );
      await page.locator('[data-node="planner"]').focus();
      await page.keyboard.press('Escape');
      const list = page.getByTestId('suspects');
      await list.waitFor();
      expect(await list.locator('li').count()).toBe(analysis.suspects.length);
      expect(await list.locator('li').first().textContent()).toContain(analysis.suspects[0]!.reason);
      await page.close();
    });

    it('totals cost per agent in a report made with --prices', async () => {
      const prices = join(dir, 'prices.json');
      await writeFile(prices, JSON.stringify({ mock: { input: 2.5, output: 10 } }));
      const report = join(dir, 'priced.html');
      expect(
        await runCli(
          ['report', join(dir, 'small'), '--workflow', smallId, '--prices', prices, '-o', report],
          {
            out: () => {},
            err: () => {},
          },
        ),
      ).toBe(0);
      const { trace } = await workflow(smallId);
      const page = await browser.newPage();
      await page.goto(`file://${report}#workflow=${encodeURIComponent(smallId)}`);
      await page.locator('[data-node="planner"]').focus();
      await page.keyboard.press('Escape');
      const table = page.getByTestId('agent-totals');
      await table.waitFor();
      expect(await table.locator('th').last().textContent()).toBe('cost');
      for (const row of await table.locator('tbody tr').all()) {
        const cells = await row.locator('td').allTextContents();
        const calls = trace.turns.filter((t) => t.agent === cells[0]).flatMap((t) => t.modelCalls);
        // "mock" prices "mock-model" by prefix.
        const cost = calls.reduce(
          (n, c) => n + ((c.usage.inputTokens ?? 0) * 2.5 + (c.usage.outputTokens ?? 0) * 10) / 1e6,
          0,
        );
        expect(cells.at(-1)).toBe(`$${cost.toFixed(4)}`);
      }
      await page.close();
    });

    it('refuses a prices file that is not prices', async () => {
      const prices = join(dir, 'bad-prices.json');
      await writeFile(prices, JSON.stringify({ mock: { input: 'cheap' } }));
      const errors: string[] = [];
      const code = await runCli(
        ['report', join(dir, 'small'), '--prices', prices, '-o', join(dir, 'x.html')],
        {
          out: () => {},
          err: (text) => errors.push(text),
        },
      );
      expect(code).toBe(2);
      expect(errors.join('\n')).toContain('--prices');
    });
  });

  describe('layout', () => {
    it('keeps edge labels clear of each other and of the nodes, inside the graph', async () => {
      for (const id of ['research-team-handoff_loop', 'research-team-stale_context', LONG]) {
        const page = await open(id);
        const boxes = await page.evaluate(() => {
          const rect = (e: Element) => e.getBoundingClientRect();
          return {
            labels: [...document.querySelectorAll('.edge-label-box')].map(rect),
            texts: [...document.querySelectorAll('.edge-label')].map(rect),
            nodes: [...document.querySelectorAll('[data-node] rect')].map(rect),
            svg: rect(document.querySelector('svg.graph')!),
          };
        });
        const overlap = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 0.5 &&
          b.left < a.right - 0.5 &&
          a.top < b.bottom - 0.5 &&
          b.top < a.bottom - 0.5;
        boxes.labels.forEach((label, i) => {
          for (const other of boxes.labels.slice(i + 1)) expect(overlap(label, other)).toBe(false);
          for (const node of boxes.nodes) expect(overlap(label, node)).toBe(false);
          expect(label.left).toBeGreaterThanOrEqual(boxes.svg.left);
          expect(label.right).toBeLessThanOrEqual(boxes.svg.right);
          // The text fits its box (not clipped by it).
          expect(boxes.texts[i]!.width).toBeLessThanOrEqual(label.width);
        });
        await page.close();
      }
    });

    it('draws the selected edge’s arrowhead at the normal size', async () => {
      const page = await open('research-team-stale_context');
      const size = await page.evaluate(() =>
        ['normal', 'chain', 'selected'].map((kind) => {
          const marker = document.getElementById(`arrow-${kind}`)!;
          return `${marker.getAttribute('markerUnits')} ${marker.getAttribute('markerWidth')}`;
        }),
      );
      expect(new Set(size)).toEqual(new Set(['userSpaceOnUse 11']));
      const selected = page.locator('.edge[aria-current="true"] .edge-line');
      expect(await selected.getAttribute('marker-end')).toBe('url(#arrow-selected)');
      await page.close();
    });

    it('shows the run’s summary in the right panel of a healthy run', async () => {
      const page = await open('research-team-none');
      const summary = page.getByTestId('run-summary');
      await summary.waitFor();
      expect(await summary.locator('h3').textContent()).toContain('healthy');
      expect(await summary.getByTestId('agent-totals').locator('tbody tr').count()).toBe(4);
      await page.close();
    });
  });
});
