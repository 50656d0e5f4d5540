import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '../../test/support/server-process.ts';

const heapProbe = fileURLToPath(new URL('./heap-probe.mjs', import.meta.url));

export interface HeapReading {
  heapUsed: number;
  rss: number;
}

/** One server process of the soak: the compiled server as `npm start` runs it, with the heap probe loaded. */
export interface SoakInstance {
  readonly name: string;
  readonly baseUrl: string;
  /** Collects garbage in the process and answers its heap in use and resident size. */
  readHeap(): Promise<HeapReading>;
  /** Ends the process at once, as a crash or a pulled plug would: no shutdown, no drain. */
  kill(): Promise<void>;
  /** Shuts down gracefully (SIGTERM). */
  stop(): Promise<void>;
}

/** Starts one instance on the shared database with the shared key and SMTP server. */
export async function startSoakInstance(name: string, env: Record<string, string>): Promise<SoakInstance> {
  const server = await startServer(env, ['--expose-gc', '--import', heapProbe]);
  return instanceOf(name, server);
}

function instanceOf(name: string, server: RunningServer): SoakInstance {
  return {
    name,
    baseUrl: server.baseUrl,
    async readHeap() {
      const before = countReadings(server.output());
      server.child.kill('SIGUSR2');
      for (;;) {
        const readings = [...server.output().matchAll(/^soak-heap (\{.*\})$/gm)];
        if (readings.length > before) return JSON.parse(readings.at(-1)![1]!) as HeapReading;
        if (server.child.exitCode !== null) throw new Error(`Instance ${name} has exited.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill() {
      server.child.kill('SIGKILL');
      await server.exited;
    },
    async stop() {
      await server.stop();
    },
  };
}

function countReadings(output: string): number {
  return output.match(/^soak-heap /gm)?.length ?? 0;
}
