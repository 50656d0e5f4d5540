/**
 * An open-loop load at an even pace: one request every 1/rate seconds, spread over up to
 * `connections` keep-alive connections, each one's latency counted from the moment it was due
 * (so a server that falls behind shows it in the latencies; nothing is left out).
 *
 * autocannon with a rate starts all its connections at once and each sends once a second on its
 * own timer, so 100 connections at 100 requests/s arrive as a burst of 100 every second; the last
 * of a burst waits for the 99 before it. That is the worst case of the same load; this is the
 * even one. bench/scale.ts prints both.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadFigures {
  p50: number;
  p99: number;
  /** Answered requests per second. */
  perSecond: number;
  answered: number;
  /** Requests due in the measured seconds. */
  due: number;
}

export async function pacedLoad(options: {
  url: string;
  path: () => string;
  headers: Record<string, string>;
  connections: number;
  rate: number;
  seconds: number;
}): Promise<LoadFigures> {
  const { url, path, headers, connections, rate, seconds } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const one = (requestPath: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request({ host: target.hostname, port: target.port, path: requestPath, headers, agent }, (response) => {
        if (response.statusCode !== 200) reject(new Error(`GET ${requestPath}: ${response.statusCode}`));
        response.resume();
        response.on('end', () => resolve(performance.now()));
      });
      request.on('error', reject);
      request.end();
    });
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const interval = 1000 / rate;
  const due = Math.round(rate * seconds);
  const start = performance.now();
  for (let k = 0; k < due; k++) {
    const dueAt = start + k * interval;
    const wait = dueAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(one(path()).then((done) => void latencies.push(done - dueAt)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]!;
  return { p50: at(0.5), p99: at(0.99), perSecond: latencies.length / elapsed, answered: latencies.length, due };
}
