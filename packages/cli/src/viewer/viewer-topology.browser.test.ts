import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import type { WorkflowSummary } from './app/types.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { recordDeclaredCrash } from './testing/record-declared-crash.ts';
import { startViewer, type ViewerServer } from './viewer-server.ts';

const executablePath = findChromium();
const run = executablePath || process.env.CI ? describe : describe.skip;
const POLL = { timeout: 30_000 };
// The declared graph's name comes from the program: markup in it must stay text.
const GRAPH = '<img src=x onerror="window.__xss = 1">pipeline';

let dir: string;
let browser: Browser;
let viewer: ViewerServer;

run('viewer: the declared graph in headless Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-viewer-topology-'));
    await recordDeclaredCrash(join(dir, 'traces'), { file: 'crash.jsonl', name: 'invoices', graph: GRAPH });
    browser = await chromium.launch({ executablePath: executablePath ?? 'chromium', args: CHROMIUM_ARGS });
    viewer = await startViewer({ path: join(dir, 'traces'), port: 0 });
  }, 180_000);
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('draws the declared next agent that never ran apart from the handoffs, live and in a report', async () => {
    const [summary] = (await (await fetch(`${viewer.url}api/workflows`)).json()) as WorkflowSummary[];
    expect(summary!.rootCause).toContain('ap_booker←invoice_extractor');
    const report = join(dir, 'report.html');
    expect(
      await runCli(['report', join(dir, 'traces'), '-o', report], { out: () => {}, err: () => {} }),
    ).toBe(0);
    for (const url of [viewer.url, `file://${report}`]) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url);
      await page.getByTestId('never-ran').waitFor(POLL);
      expect(await page.getByTestId('never-ran').textContent()).toBe(
        `The declared graph (${GRAPH}) has ap_booker run after invoice_extractor; ap_booker never ran.`,
      );
      // Observed handoffs stay selectable edges; the declared ones are drawn, dotted, and select nothing.
      expect(
        await page.locator('[data-edge]').evaluateAll((edges) => edges.map((e) => e.dataset.edge)),
      ).toEqual(['mail_reader->invoice_extractor']);
      const untaken = page.locator('[data-untaken-edge="invoice_extractor->ap_booker"]');
      expect(await untaken.getAttribute('class')).toContain('untaken-cause');
      expect(await untaken.getAttribute('tabindex')).toBeNull();
      expect(await untaken.getAttribute('aria-label')).toBe(
        `ap_booker←invoice_extractor: declared in ${GRAPH}, never taken · the root cause sits here: the run stopped before the declared next agent ran`,
      );
      const dash = await untaken
        .locator('.untaken-line')
        .evaluate((line) => getComputedStyle(line).strokeDasharray);
      expect(dash).not.toBe('none');
      const booker = page.locator('[data-declared-node="ap_booker"]');
      expect(await booker.locator('.node-meta').textContent()).toBe('never ran');
      expect(await page.locator('[data-node="ap_booker"]').count()).toBe(0);
      expect(await page.getByTestId('graph-legend').textContent()).toContain(
        'declared next, never reached (root cause)',
      );
      expect(await page.getByTestId('graph-legend').textContent()).toContain('declared agent that never ran');
      // The graph name's markup is text: no element was made from it and nothing ran.
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      await page.close();
    }
  }, 180_000);
});
