import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The samverka command compiled into one module by scripts/build-server.mjs. The tests run it with
 * plain Node rather than through bin/samverka.mjs, which compiles the TypeScript with tsx at every
 * start (more than a second of CPU a call, dozens of calls a run); server-process.test.ts runs
 * bin/samverka.mjs itself once.
 */
export const compiledCli = path.join(repoRoot, 'dist/server/cli.js');

/**
 * Compiles the server and the command (dist/server/main.js and cli.js) when their sources changed.
 * global-setup.ts calls it once per run, before any test file starts, so no two workers build at once.
 */
export function buildServer(): void {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: repoRoot, stdio: 'ignore' });
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the process printed on stdout so far. */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/**
 * Starts the compiled server as `npm start` does (global-setup.ts built dist/server/main.js from
 * the current sources; outside vitest call buildServer first), and waits until it says it is
 * running. `nodeArgs` go to node before the script.
 */
export async function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, 'dist/server/main.js'], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => (stdout.includes('Samverka is running at') && stdout.endsWith('\n\n') ? resolve() : undefined);
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => stdout,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
