// Prints the viewer's first paint (navigation until the graph and the timeline are drawn) on a trace
// directory, median of N runs, server cache warm, and the CPU time the page's main thread spent until
// then (Chromium's ThreadTime metric: less sensitive to a busy machine than the wall time):
// node --conditions=@handoff/source packages/cli/src/viewer/testing/measure-first-paint.ts <dir> [runs]
// [report.html]. With a report file it opens that instead of the live viewer. Run it in two checkouts,
// alternating, to compare them on a busy machine.
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../browser.ts';
import { startViewer } from '../viewer-server.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const [dir, runs = '5', report] = process.argv.slice(2);
if (!dir) throw new Error('usage: measure-first-paint.ts <trace dir> [runs] [report.html]');
const viewer = report ? undefined : await startViewer({ path: dir, port: 0 });
if (viewer) {
  await (await fetch(`${viewer.url}api/workflows`)).text();
  await (await fetch(viewer.url)).text();
}
const url = viewer?.url ?? pathToFileURL(report!).href;
const browser = await chromium.launch({ executablePath: findChromium() ?? 'chromium', args: CHROMIUM_ARGS });
const times: number[] = [];
const cpu: number[] = [];
const drawn: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  // The page's own clock at the first frame that has the graph and the timeline: later work (a report
  // reading the texts it withheld) does not count.
  await page.addInitScript(() => {
    const drawn = () => document.querySelector('[data-edge]') && document.querySelector('svg.timeline rect');
    const look = () => {
      if (!drawn()) return requestAnimationFrame(look);
      (window as unknown as { drawnAt: number }).drawnAt = performance.now();
    };
    requestAnimationFrame(look);
  });
  const started = Date.now();
  await page.goto(url);
  await page.locator('[data-edge]').first().waitFor({ timeout: 120_000 });
  await page.locator('svg.timeline rect').first().waitFor({ timeout: 120_000 });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  times.push(Date.now() - started);
  drawn.push(await page.evaluate(() => Math.round((window as unknown as { drawnAt: number }).drawnAt)));
  const { metrics } = await session.send('Performance.getMetrics');
  cpu.push((metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000);
  await page.close();
}
console.log(
  `first paint: median ${median(times)} ms over ${times.length} runs (${times.join(' ')}); ` +
    `drawn in the page's frame at ${median(drawn)} ms (${drawn.join(' ')}); ` +
    `main-thread CPU median ${Math.round(median(cpu))} ms (${cpu.map(Math.round).join(' ')})`,
);
await browser.close();
await viewer?.close();
