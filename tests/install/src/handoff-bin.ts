import { type ChildProcess, spawn } from 'node:child_process';
import { type CommandResult, cleanEnv, runCommand } from './run-command.ts';
import type { ScratchApp } from './scratch-app.ts';

/**
 * How a user runs an installed bin with each package manager. `npx --no` never fetches a package of
 * that name from the registry, and `--` keeps npx from taking `--help`/`--version` for itself.
 */
function binCommand(app: ScratchApp, args: string[]): [string, string[]] {
  return app.manager === 'npm' ? ['npx', ['--no', '--', 'handoff', ...args]] : ['pnpm', ['handoff', ...args]];
}

/** Runs the installed `handoff` bin in the app to its end. */
export function handoff(app: ScratchApp, args: string[], timeoutMs = 120_000): Promise<CommandResult> {
  const [command, fullArgs] = binCommand(app, args);
  return runCommand(command, fullArgs, { cwd: app.dir, timeoutMs });
}

export interface LongRunning {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves with the first match of `pattern` in the output; rejects when the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM to the whole process group (the package manager and the bin it started). */
  stop(): Promise<number | null>;
}

/** Starts the installed `handoff` bin in the background (for `view`). */
export function startHandoff(app: ScratchApp, args: string[]): LongRunning {
  const [command, fullArgs] = binCommand(app, args);
  const child = spawn(command, fullArgs, {
    cwd: app.dir,
    env: cleanEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (!match) return;
          done();
          resolve(match);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        exited.then((code) => {
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`exited ${code} before printing ${pattern}; output:\n${output}`));
        });
        check();
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
