// Prints the viewer's first paint (navigation until the graph and the timeline are drawn) on a trace
// directory, median of N runs, server cache warm: node --conditions=@handoff/source
// packages/cli/src/viewer/testing/measure-first-paint.ts <dir> [runs]. Run it in two checkouts, alternating,
// to compare them on a busy machine.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../browser.ts';
import { startViewer } from '../viewer-server.ts';

const [dir, runs = '5'] = process.argv.slice(2);
if (!dir) throw new Error('usage: measure-first-paint.ts <trace dir> [runs]');
const viewer = await startViewer({ path: dir, port: 0 });
await (await fetch(`${viewer.url}api/workflows`)).text();
await (await fetch(viewer.url)).text();
const browser = await chromium.launch({ executablePath: findChromium() ?? 'chromium', args: CHROMIUM_ARGS });
const times: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const started = Date.now();
  await page.goto(viewer.url);
  await page.locator('[data-edge]').first().waitFor({ timeout: 120_000 });
  await page.locator('svg.timeline rect').first().waitFor({ timeout: 120_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  times.push(Date.now() - started);
  await page.close();
}
times.sort((a, b) => a - b);
console.log(
  `first paint: median ${times[Math.floor(times.length / 2)]} ms over ${times.length} runs (${times.join(' ')})`,
);
await browser.close();
await viewer.close();
