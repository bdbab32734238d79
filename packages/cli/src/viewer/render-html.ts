import type { DataSource } from './app/types.ts';
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
 * The viewer page. A static report embeds its data; the live page fetches it from the local server.
 * The Content-Security-Policy allows no network access beyond the page's own origin (none for a file).
 * The data is a JSON block, not a script: JSON.parse reads megabytes faster than the JS parser does.
 */
export async function renderHtml(data: DataSource, title = 'Handoff'): Promise<string> {
  const { script, css } = await bundleApp();
  const connect = data.mode === 'live' ? "'self'" : "'none'";
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
<script type="application/json" id="handoff-data">${scriptJson(data)}</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}
