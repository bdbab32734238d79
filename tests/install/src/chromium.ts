import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium (CI installs it; playwright-core downloads no browser here). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (as .ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Opens `url`, waits for `text` to render, and returns what went wrong on the way: uncaught page errors,
 * console errors, and requests that left the page's own origin (or any request, for a file:// page).
 */
export async function renderProblems(browser: Browser, url: string, text: string): Promise<string[]> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const origin = url.startsWith('file:') ? 'file://' : new URL(url).origin;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) problems.push(`request outside ${origin}: ${request.url()}`);
  });
  try {
    await page.goto(url);
    await page.getByText(text, { exact: false }).first().waitFor({ timeout: 60_000 });
  } catch (error) {
    problems.push(`"${text}" never rendered: ${String(error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}
