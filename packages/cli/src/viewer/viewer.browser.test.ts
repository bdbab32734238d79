import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore } from '@handoff/core';
import { recordResearchTeam } from '@handoff/core/testing';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { startViewer, type ViewerServer } from './viewer-server.ts';

const executablePath = findChromium();
// In CI the browser tests must run (CI installs chromium); elsewhere they need a local chromium.
const run = executablePath || process.env.CI ? describe : describe.skip;

const XSS = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss = \'img\'">',
  '<a href="javascript:window.__xss=\'link\'">click me</a>',
  `${'very long line without breaks '.repeat(400)}`,
].join('\n');

let dir: string;
let browser: Browser;
let viewer: ViewerServer;

async function hostileTrace(path: string) {
  const tracer = createTracer({ store: jsonlStore({ dir: path }), flushOnExit: false });
  await tracer.workflow('<b>hostile</b>', async () => {
    await tracer.turn('attacker', async () => XSS);
    tracer.handoff({ from: 'attacker', to: 'victim', content: XSS });
    await tracer.turn('victim', async () => `echo ${XSS}`, { input: [{ role: 'user', content: XSS }] });
  });
  await tracer.shutdown();
}

run('viewer in headless Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-viewer-'));
    await recordResearchTeam('stale_context', {
      store: jsonlStore({ dir: join(dir, 'traces'), file: 'stale.jsonl' }),
    });
    await recordResearchTeam('none', {
      store: jsonlStore({ dir: join(dir, 'traces'), file: 'healthy.jsonl' }),
    });
    await hostileTrace(join(dir, 'hostile'));
    browser = await chromium.launch({ executablePath: executablePath ?? 'chromium', args: CHROMIUM_ARGS });
    viewer = await startViewer({ path: join(dir, 'traces'), port: 0 });
  }, 60_000);
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the graph and the root cause, and the failing handoff with its message and evidence', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(viewer.url);
    await page.getByText('Stale context at boundary', { exact: false }).first().waitFor();
    // The graph is laid out after the summary renders: wait for it rather than racing it.
    await page.locator('[data-edge="researcher->writer"]').waitFor();
    expect(await page.locator('[data-node]').count()).toBe(4);
    expect(await page.locator('[data-edge="researcher->writer"]').count()).toBe(1);
    await page.locator('[data-edge="researcher->writer"]').click();
    const detail = page.getByTestId('detail');
    await expect.poll(() => detail.textContent()).toContain('writer←researcher');
    expect(await detail.textContent()).toContain('Share price EUR 182.40');
    expect(await detail.textContent()).toContain('176.1');
    await page.close();
  });

  it('lists the healthy workflow and switches to it', async () => {
    const page = await browser.newPage();
    await page.goto(viewer.url);
    await page.locator('[data-workflow="research-team-none"]').click();
    await page.getByText('Healthy run').waitFor();
    await page.close();
  });

  it('keeps XSS payloads inert in the live viewer and the static report', async () => {
    const hostile = await startViewer({ path: join(dir, 'hostile'), port: 0 });
    const report = join(dir, 'hostile.html');
    expect(
      await runCli(['report', join(dir, 'hostile'), '-o', report], { out: () => {}, err: () => {} }),
    ).toBe(0);
    for (const url of [hostile.url, `file://${report}`]) {
      const page = await browser.newPage();
      let dialogs = 0;
      page.on('dialog', async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      await page.goto(url);
      await page.locator('[data-node="victim"]').click();
      const detail = page.getByTestId('detail');
      await expect.poll(() => detail.textContent()).toContain('<script>window.__xss');
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(dialogs).toBe(0);
      await page.close();
    }
    await hostile.close();
  });

  it('opens the static report from file:// with no network request', async () => {
    const report = join(dir, 'report.html');
    expect(
      await runCli(['report', join(dir, 'traces'), '-o', report], { out: () => {}, err: () => {} }),
    ).toBe(0);
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`file://${report}`);
    await page.getByTestId('root-cause').waitFor();
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    await page.close();
  });

  it('refuses requests with a foreign Host header and serves no files', async () => {
    // fetch() may not set Host; a raw request can, as a DNS-rebinding page's would arrive.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(
        `${viewer.url}api/workflows`,
        { headers: { host: 'evil.example:4317' } },
        (response) => {
          response.resume();
          resolve(response.statusCode);
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(403);
    const traversal = await fetch(`${viewer.url}..%2f..%2fetc%2fpasswd`);
    expect(traversal.status).toBe(404);
    expect(new URL(viewer.url).hostname).toBe('127.0.0.1');
  });
});
