import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { UsageError } from '../load.ts';
import { readPrices } from '../viewer/read-prices.ts';
import { DEFAULT_VIEWER_PORT, startViewer } from '../viewer/viewer-server.ts';

/** Starts the live viewer and keeps running until interrupted. */
export async function viewCommand(
  path: string,
  options: { port?: string; open?: boolean; prices?: string },
  out: (text: string) => void,
): Promise<number> {
  try {
    await stat(path);
  } catch {
    throw new UsageError(`no such file or directory: ${path}`);
  }
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new UsageError(`--port: not a port number: ${options.port}`);
  const prices = options.prices ? await readPrices(options.prices) : undefined;
  const viewer = await startViewer({
    path,
    ...(port === undefined ? {} : { port }),
    ...(prices ? { prices } : {}),
  }).catch((error) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new UsageError(
      `port ${port ?? DEFAULT_VIEWER_PORT} on 127.0.0.1 is in use (another handoff view?); ` +
        'choose another with --port <n>, or --port 0 for any free port',
      { cause: error },
    );
  });
  out(`Handoff viewer on ${viewer.url} (traces in ${path}; updates live). Ctrl+C to stop.`);
  if (options.open) {
    const opener =
      process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
    spawn(opener, [viewer.url], { stdio: 'ignore', detached: true })
      .on('error', () => out(`could not open a browser; visit ${viewer.url}`))
      .unref();
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await viewer.close();
  return 0;
}
