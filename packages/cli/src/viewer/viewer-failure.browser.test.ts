import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import type { WorkflowSummary, WorkflowView } from './app/types.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { recordDeclaredCrash } from './testing/record-declared-crash.ts';
import { startViewer, type ViewerServer } from './viewer-server.ts';

const executablePath = findChromium();
const run = executablePath || process.env.CI ? describe : describe.skip;
const POLL = { timeout: 30_000 };
// The declared graph's name comes from the program: markup in it must stay text.
const GRAPH = '<img src=x onerror="window.__xss = 1">pipeline';

// A group chat whose code run failed while the coder reported a result anyway.
const CHAT = [
  { name: 'manager', role: 'user', content: 'Compute the mean of 3, 5 and 10, rounded to one decimal.' },
  {
    name: 'Coder',
    role: 'assistant',
    content: '```python\nvalues = [3, 5, 10]\nprint(round(sum(values) / len(valus), 1))\n```',
  },
  {
    name: 'Computer_terminal',
    role: 'user',
    content:
      "exitcode: 1 (execution failed)\nCode output: Traceback (most recent call last):\nNameError: name 'valus' is not defined",
  },
  { name: 'Coder', role: 'assistant', content: 'The mean of the values is 6.3.' },
  { name: 'Checker', role: 'assistant', content: 'Checked: the mean is 6.3. TERMINATE' },
];

let dir: string;
let browser: Browser;
let viewer: ViewerServer;

/** The summary of the one workflow whose name is `name`. */
async function summaryOf(name: string): Promise<WorkflowSummary> {
  const summaries = (await (await fetch(`${viewer.url}api/workflows`)).json()) as WorkflowSummary[];
  return summaries.find((s) => s.name === name)!;
}

run('viewer: why a run failed (declared graph, suspects) in headless Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-viewer-topology-'));
    await recordDeclaredCrash(join(dir, 'traces'), { file: 'crash.jsonl', name: 'invoices', graph: GRAPH });
    await writeFile(join(dir, 'chat.json'), JSON.stringify(CHAT));
    const code = await runCli(
      [
        'import',
        join(dir, 'chat.json'),
        '--format',
        'chat',
        '--failed',
        '--out',
        join(dir, 'traces', 'chat'),
      ],
      { out: () => {}, err: () => {} },
    );
    expect(code).toBe(0);
    browser = await chromium.launch({ executablePath: executablePath ?? 'chromium', args: CHROMIUM_ARGS });
    viewer = await startViewer({ path: join(dir, 'traces'), port: 0 });
  }, 180_000);
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('draws the declared next agent that never ran apart from the handoffs, live and in a report', async () => {
    const summary = await summaryOf('invoices');
    expect(summary.rootCause).toContain('ap_booker←invoice_extractor');
    const report = join(dir, 'report.html');
    expect(
      await runCli(['report', join(dir, 'traces'), '-o', report], { out: () => {}, err: () => {} }),
    ).toBe(0);
    const link = `#workflow=${encodeURIComponent(summary.workflowId)}`;
    for (const url of [viewer.url, `file://${report}`]) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url + link);
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

  it('shows the ranked suspects on the failure banner with their message numbers', async () => {
    const { workflowId } = (
      (await (await fetch(`${viewer.url}api/workflows`)).json()) as WorkflowSummary[]
    ).find((s) => s.name !== 'invoices')!;
    const { analysis } = (await (
      await fetch(`${viewer.url}api/workflow?id=${encodeURIComponent(workflowId)}`)
    ).json()) as WorkflowView;
    expect(analysis.suspects.length).toBeGreaterThan(0);
    expect(analysis.suspects.some((s) => s.sourceIndex !== undefined)).toBe(true);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${viewer.url}#workflow=${encodeURIComponent(workflowId)}`);
    const chips = page.getByTestId('suspect-chips').locator('.chip');
    await chips.first().waitFor(POLL);
    expect(await chips.allTextContents()).toEqual(
      analysis.suspects.map(
        (s, i) =>
          `${i + 1}. ${s.agent}${s.sourceIndex === undefined ? '' : ` · message ${s.sourceIndex + 1}`} (${s.confidence.toFixed(2)})`,
      ),
    );
    expect(await chips.first().getAttribute('title')).toBe(analysis.suspects[0]!.reason);
    await chips.first().click();
    await expect
      .poll(() => new URL(page.url()).hash, POLL)
      .toContain(`turn=${encodeURIComponent(analysis.suspects[0]!.turnId)}`);
    await page.close();
  }, 180_000);
});
