/**
 * An open-loop load: requests at random (Poisson) moments averaging `rate` a second over at most
 * `connections` keep-alive connections, each timed from the moment it was due, so time spent
 * waiting for a free connection counts (no coordinated omission).
 *
 * This is what "100 people, each asking once a second" looks like to a server. autocannon's rate
 * limit is not: each of its connections has its own one-second timer, all started together, so
 * every second all 100 connections send at the same instant (a burst of 100), and the queue that
 * burst makes is most of what its latencies measure.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface OpenLoopOptions {
  url: string;
  /** The path of the next request (e.g. another case each time). */
  nextPath: () => string;
  headers: Record<string, string>;
  /** Requests a second, on average. */
  rate: number;
  durationSeconds: number;
  connections: number;
  /** A request not answered this long after it was due counts as a timeout. */
  timeoutMs?: number;
}

export interface OpenLoopResult {
  /** Milliseconds from due to answered, of every answered request, sorted. */
  latencies: number[];
  sent: number;
  answered: number;
  timeouts: number;
  /** Answers other than 2xx, and connection errors. */
  failures: number;
}

/** Runs the load and waits for the last request (or its timeout). */
export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const { url, nextPath, headers, rate, durationSeconds, connections, timeoutMs = 10_000 } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let sent = 0;
  let timeouts = 0;
  let failures = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const end = start + durationSeconds * 1000;
  let due = start;

  while (true) {
    // Exponential gaps make the arrivals a Poisson process.
    due += (-Math.log(1 - Math.random()) / rate) * 1000;
    if (due >= end) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sent++;
    const dueAt = due;
    pending.push(
      request(agent, `${url}${nextPath()}`, headers, timeoutMs).then(
        (status) => {
          if (status >= 200 && status < 300) latencies.push(performance.now() - dueAt);
          else failures++;
        },
        (error: unknown) => {
          if (error instanceof TimeoutError) timeouts++;
          else failures++;
        },
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, sent, answered: latencies.length, timeouts, failures };
}

class TimeoutError extends Error {}

function request(agent: http.Agent, target: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(target, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new TimeoutError('timeout')));
    req.on('error', reject);
  });
}

/** The p-th percentile of sorted values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
