import type { DataSource } from './app/types.ts';
import { withholdTexts } from './app/withheld-texts.ts';
import { bundleApp } from './bundle-app.ts';

/** JSON safe inside a <script> element: no `</script>`, no HTML comment openers, no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The viewer page. A static report embeds its data; the live page carries the list and the outline of
 * the workflow it opens, and fetches the rest from the local server.
 * The Content-Security-Policy allows no network access beyond the page's own origin (none for a file).
 * The data is a JSON block, not a script: JSON.parse reads megabytes faster than the JS parser does.
 * A report's workflows go in as outlines, and the texts withheld from them in a block after the
 * script, which the page parses once it has painted.
 */
export async function renderHtml(data: DataSource, title = 'Handoff'): Promise<string> {
  const { script, css } = await bundleApp();
  const connect = data.mode === 'live' ? "'self'" : "'none'";
  let embedded = data;
  let texts = '';
  if (data.mode === 'static') {
    const split = data.workflows.map(withholdTexts);
    embedded = { ...data, workflows: split.map((s) => s.outline) };
    texts = `\n<script type="application/json" id="handoff-texts">${scriptJson(split.map((s) => s.texts))}</script>`;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src ${connect}">
<title>${title.replace(/[<>&"]/g, '')}</title>
<style>${css}</style>
</head>
<body>
<div id="app"></div>
<script type="application/json" id="handoff-data">${scriptJson(embedded)}</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>${texts}
</body>
</html>
`;
}
