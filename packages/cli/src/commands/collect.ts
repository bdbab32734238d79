import { startOtlpReceiver } from '@handoff/otel';
import { UsageError } from '../load.ts';

/**
 * Receives OTLP/HTTP traces and writes them as Handoff traces under `dir` until `signal` aborts (or
 * SIGINT / SIGTERM); a thin shell around `startOtlpReceiver` from @handoff/otel.
 */
export async function collectCommand(
  options: { port?: string; dir: string; host?: string; maxBodyMb?: string },
  out: (text: string) => void,
  err: (text: string) => void,
  signal?: AbortSignal,
): Promise<number> {
  const port = Number(options.port ?? '4318');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: not a port: ${options.port}`);
  const maxBodyMb = Number(options.maxBodyMb ?? '16');
  if (!(maxBodyMb > 0)) throw new UsageError(`--max-body-mb: not a size: ${options.maxBodyMb}`);
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  try {
    receiver = await startOtlpReceiver({
      dir: options.dir,
      port,
      host: options.host ?? '127.0.0.1',
      maxBodyBytes: Math.round(maxBodyMb * 1024 * 1024),
      onProblem: (message) => err(`handoff collect: ${message}`),
    });
  } catch (error) {
    throw new UsageError(`cannot listen: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  out(
    `Receiving OTLP/HTTP traces on ${receiver.url} → ${options.dir} (view them: handoff view ${options.dir})`,
  );
  if (options.host && !/^(127\.|localhost$|::1$|\[::1\]$)/.test(options.host))
    err(`warning: listening on ${options.host}: anyone who can reach it can write traces here`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    signal?.addEventListener('abort', stop, { once: true });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await receiver.close();
  const { stats } = receiver;
  out(
    `Received ${stats.spans} spans in ${stats.requests} requests (${stats.rejected} rejected); ${stats.workflowsWritten} workflow writes`,
  );
  return 0;
}
