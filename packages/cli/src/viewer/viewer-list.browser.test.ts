import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import type { WorkflowSummary } from './app/types.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { recordSmallRun } from './testing/record-small-run.ts';
import { writeLargeTraces } from './testing/write-large-traces.ts';
import { startViewer, type ViewerServer } from './viewer-server.ts';

const executablePath = findChromium();
const run = executablePath || process.env.CI ? describe : describe.skip;
const POLL = { timeout: 30_000 };

let dir: string;
let browser: Browser;
let viewer: ViewerServer;
let summaries: WorkflowSummary[];

const JUNE_2025 = Date.UTC(2025, 5, 12, 9, 30);
const MARCH_2026 = Date.UTC(2026, 2, 3, 14, 5);

/** The workflow ids the list renders, top to bottom, from its top (a virtual list renders a window). */
async function listed(page: Page): Promise<(string | null)[]> {
  await page.getByTestId('workflow-list').evaluate((list) => list.scrollTo(0, 0));
  await page.locator('.virtual-row[data-index="0"]').waitFor();
  return page.locator('.virtual-row').evaluateAll((rows) =>
    rows
      .map((row) => ({
        index: Number(row.getAttribute('data-index')),
        id: row.querySelector('[data-workflow]')?.getAttribute('data-workflow') ?? null,
      }))
      .sort((a, b) => a.index - b.index)
      .map((row) => row.id),
  );
}

async function open(url = viewer.url, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await page.locator('[data-workflow]').first().waitFor();
  return page;
}

run('viewer: finding a run among 300', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-viewer-list-'));
    await writeLargeTraces(dir, { workflows: 300 });
    await recordSmallRun(dir, {
      file: 'lg-1.jsonl',
      name: 'billing-team',
      framework: 'langgraph',
      at: JUNE_2025,
    });
    await recordSmallRun(dir, {
      file: 'lg-2.jsonl',
      name: 'billing-team',
      framework: 'langgraph',
      at: JUNE_2025 + 60_000,
    });
    await recordSmallRun(dir, {
      file: 'ms-1.jsonl',
      name: 'billing-team',
      framework: 'mastra',
      at: MARCH_2026,
    });
    browser = await chromium.launch({ executablePath: executablePath ?? 'chromium', args: CHROMIUM_ARGS });
    viewer = await startViewer({ path: dir, port: 0 });
    summaries = (await (await fetch(`${viewer.url}api/workflows`)).json()) as WorkflowSummary[];
  });
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('virtualises the list: all 303 are counted, a screenful is rendered', async () => {
    const page = await open();
    expect(await page.getByTestId('list-count').textContent()).toBe(`${summaries.length} workflows`);
    expect(summaries.length).toBe(303);
    const rendered = await page.locator('[data-workflow]').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(40);
    await page.close();
  });

  it('searches by name and agent, and filters by status, failure kind, agent and framework', async () => {
    const page = await open();
    await page.getByLabel('search workflows').fill('supervisor');
    const supervisors = summaries.filter((s) => s.name.includes('supervisor')).length;
    await expect
      .poll(() => page.getByTestId('list-count').textContent(), POLL)
      .toBe(`${supervisors} of ${summaries.length} workflows`);
    for (const id of await listed(page)) expect(id).toContain('supervisor');
    await page.getByLabel('search workflows').fill('');

    await page.getByTestId('filter-status').selectOption('healthy');
    const healthy = summaries.filter((s) => !s.rootKind && s.status === 'ok').length;
    await expect
      .poll(() => page.getByTestId('list-count').textContent(), POLL)
      .toBe(`${healthy} of ${summaries.length} workflows`);
    const words = await page.locator('[data-workflow] .status-word').allTextContents();
    expect(new Set(words)).toEqual(new Set(['healthy']));
    await page.getByTestId('filter-status').selectOption('');

    await page.getByTestId('filter-kind').selectOption('lost_message');
    const lost = summaries.filter((s) => s.rootKind === 'lost_message');
    await expect
      .poll(() => page.getByTestId('list-count').textContent(), POLL)
      .toBe(`${lost.length} of ${summaries.length} workflows`);
    expect(lost.length).toBeGreaterThan(0);
    await page.getByTestId('filter-kind').selectOption('');

    await page.getByTestId('filter-framework').selectOption('langgraph');
    await expect
      .poll(() => page.getByTestId('list-count').textContent(), POLL)
      .toBe(`2 of ${summaries.length} workflows`);
    await page.getByTestId('filter-agent').selectOption('researcher');
    await expect
      .poll(() => page.getByTestId('list-count').textContent(), POLL)
      .toBe(`2 of ${summaries.length} workflows`);
    await page.getByTestId('filter-agent').selectOption('pharmacist');
    await expect
      .poll(() => page.getByTestId('list-count').textContent(), POLL)
      .toBe(`0 of ${summaries.length} workflows`);
    await page.close();
  });

  it('filters by start time and shows real dates, full names on hover', async () => {
    const page = await open();
    await page.getByTestId('filter-from').fill('2025-06-01T00:00');
    await page.getByTestId('filter-to').fill('2025-12-31T23:59');
    await expect
      .poll(() => page.getByTestId('list-count').textContent(), POLL)
      .toBe(`2 of ${summaries.length} workflows`);
    const item = page.locator('[data-workflow]').first();
    // The date is shown, not just a clock time, and the hover title names the framework.
    expect(await item.textContent()).toContain('2025');
    expect(await item.getAttribute('title')).toContain('billing-team · langgraph');
    expect(await item.locator('.framework').textContent()).toBe('langgraph');
    await page.close();
  });

  it('sorts by handoffs, by name and newest first', async () => {
    const page = await open();
    await page.getByTestId('sort').selectOption('handoffs');
    const most = Math.max(...summaries.map((s) => s.handoffs));
    const handoffsOf = (id: string | null) => summaries.find((s) => s.workflowId === id)!.handoffs;
    await expect.poll(async () => handoffsOf((await listed(page))[0]!), POLL).toBe(most);
    const counts = (await listed(page)).map(handoffsOf);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByTestId('sort').selectOption('newest');
    // The newest run (March 2026) leads; the synthetic runs all started on 1 January 2026.
    await expect
      .poll(async () => (await listed(page))[0], POLL)
      .toBe(summaries.find((s) => s.startedAt === MARCH_2026)!.workflowId);
    await page.close();
  });

  it('lists the workflows in the same order in the live viewer and the static report', async () => {
    const report = join(dir, 'report.html');
    expect(await runCli(['report', dir, '-o', report], { out: () => {}, err: () => {} })).toBe(0);
    const live = await open();
    const file = await open(`file://${report}`);
    const first = await listed(live);
    expect(first.length).toBeGreaterThan(5);
    expect(await listed(file)).toEqual(first);
    await live.close();
    await file.close();
    // Writes a report of the whole directory and opens two pages: slow on a busy 2-core machine.
  }, 180_000);

  it('opens the workflow and handoff a link names, and keeps the selection in the URL', async () => {
    const target = summaries.find((s) => s.startedAt === JUNE_2025)!;
    const page = await open();
    await page
      .locator(`[data-workflow="${target.workflowId}"]`)
      .waitFor({ state: 'detached', timeout: 5_000 })
      .catch(() => {});
    await page.getByLabel('search workflows').fill('billing');
    await page.locator(`[data-workflow="${target.workflowId}"]`).click();
    await page.locator('[data-edge="planner->researcher"]').click();
    await expect.poll(() => page.url(), POLL).toContain('handoff=');
    const link = page.url();
    expect(link).toContain(`workflow=${encodeURIComponent(target.workflowId)}`);
    const other = await open(link);
    await other.getByTestId('detail').waitFor();
    expect(await other.locator('.workflow-header h1').textContent()).toBe('billing-team');
    expect(await other.getByTestId('detail').locator('h3').textContent()).toContain('researcher←planner');
    expect(await other.locator(`[data-workflow="${target.workflowId}"]`).getAttribute('aria-current')).toBe(
      'true',
    );
    expect(await other.locator('[data-edge="planner->researcher"]').getAttribute('aria-current')).toBe(
      'true',
    );
    await page.close();
    await other.close();
  });

  it('moves through the list with the arrow keys', async () => {
    const page = await open();
    const ids = await listed(page);
    await page.locator(`[data-workflow="${ids[0]}"]`).click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url(), POLL).toContain(`workflow=${encodeURIComponent(ids[1]!)}`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-workflow')), POLL)
      .toBe(ids[1]);
    await page.close();
  });

  it('stacks the list above the workflow on a phone instead of squeezing it', async () => {
    const page = await open(viewer.url, { width: 390, height: 844 });
    await page.locator('.workflow-header h1').waitFor();
    const sidebar = await page.locator('.sidebar').boundingBox();
    const main = await page.locator('main.workflow').boundingBox();
    const title = await page.locator('.workflow-header h1').boundingBox();
    expect(sidebar!.width).toBeGreaterThan(370);
    expect(main!.width).toBeGreaterThan(370);
    const list = await page.getByTestId('workflow-list').boundingBox();
    expect(main!.y).toBeGreaterThanOrEqual(sidebar!.y + sidebar!.height - 1);
    expect(main!.y).toBeGreaterThanOrEqual(list!.y + list!.height - 1);
    // Text reads in lines, not one letter per line.
    expect(title!.width).toBeGreaterThan(100);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });
});
