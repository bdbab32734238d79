import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import type { WorkflowSummary, WorkflowView } from './app/types.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { startViewer, type ViewerServer } from './viewer-server.ts';

const executablePath = findChromium();
const run = executablePath || process.env.CI ? describe : describe.skip;
const POLL = { timeout: 30_000 };

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

run('viewer: suspects of an imported chat log in headless Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-viewer-suspects-'));
    await writeFile(join(dir, 'chat.json'), JSON.stringify(CHAT));
    const code = await runCli(
      ['import', join(dir, 'chat.json'), '--format', 'chat', '--failed', '--out', join(dir, 'traces')],
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

  it('shows the ranked suspects on the failure banner with their message numbers', async () => {
    const [summary] = (await (await fetch(`${viewer.url}api/workflows`)).json()) as WorkflowSummary[];
    const { analysis } = (await (
      await fetch(`${viewer.url}api/workflow?id=${encodeURIComponent(summary!.workflowId)}`)
    ).json()) as WorkflowView;
    expect(analysis.suspects.length).toBeGreaterThan(0);
    expect(analysis.suspects.some((s) => s.sourceIndex !== undefined)).toBe(true);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(viewer.url);
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
