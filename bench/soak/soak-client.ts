/**
 * The soak's side of the network: a round-robin balancer over the instances that are up (the
 * runner takes a killed one out a moment later, as a load balancer's health check would), and a
 * client that retries what is safe to retry — reads, and creates sent with an Idempotency-Key —
 * on another instance when a connection fails, and counts everything it sees.
 */

export class Balancer {
  private readonly live: string[] = [];
  private turn = 0;

  add(baseUrl: string): void {
    this.live.push(baseUrl);
  }

  remove(baseUrl: string): void {
    const at = this.live.indexOf(baseUrl);
    if (at >= 0) this.live.splice(at, 1);
  }

  pick(): string {
    if (this.live.length === 0) throw new Error('No instance is up.');
    return this.live[this.turn++ % this.live.length]!;
  }
}

/** What the soak saw of one kind of request. */
export interface RouteStats {
  count: number;
  byStatus: Record<string, number>;
  latenciesMs: number[];
}

export class SoakStats {
  readonly routes = new Map<string, RouteStats>();
  /** Connections refused or cut (the killed instance), each followed by a retry where safe. */
  networkErrors = 0;
  retries = 0;
  /** Requests that got no answer in time. */
  timeouts = 0;
  /** Writes without an Idempotency-Key whose connection failed: their outcome is unknown, so they are not retried. */
  unknownOutcomes = 0;

  record(label: string, status: number, latencyMs: number): void {
    let route = this.routes.get(label);
    if (!route) this.routes.set(label, (route = { count: 0, byStatus: {}, latenciesMs: [] }));
    route.count++;
    route.byStatus[status] = (route.byStatus[status] ?? 0) + 1;
    route.latenciesMs.push(latencyMs);
  }

  /** Answers with a status of 500 or more, over every route. */
  serverErrors(): number {
    let n = 0;
    for (const route of this.routes.values()) {
      for (const [status, count] of Object.entries(route.byStatus)) if (Number(status) >= 500) n += count;
    }
    return n;
  }

  requests(): number {
    return [...this.routes.values()].reduce((sum, route) => sum + route.count, 0);
  }
}

export interface SoakResponse {
  status: number;
  body: unknown;
}

export interface SoakRequest {
  /** What the statistics call this request, e.g. 'GET /cases/:id'. */
  label: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  cookie: string;
  body?: unknown;
  idempotencyKey?: string;
}

const maxAttempts = 8;
const requestTimeoutMs = 30_000;

/**
 * Sends a request through the balancer. A connection that fails is retried on the next instance
 * when that is safe; a write without an Idempotency-Key is not, and answers null (outcome unknown).
 */
export async function send(balancer: Balancer, stats: SoakStats, request: SoakRequest): Promise<SoakResponse | null> {
  const retrySafe = request.method === 'GET' || request.idempotencyKey !== undefined;
  for (let attempt = 1; ; attempt++) {
    const baseUrl = balancer.pick();
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}/api${request.path}`, {
        method: request.method,
        headers: {
          cookie: request.cookie,
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(request.idempotencyKey === undefined ? {} : { 'idempotency-key': request.idempotencyKey }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const text = await response.text();
      stats.record(request.label, response.status, performance.now() - started);
      const isJson = response.headers.get('content-type')?.includes('json') ?? false;
      return { status: response.status, body: isJson && text ? JSON.parse(text) : text };
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        stats.timeouts++;
        return null;
      }
      stats.networkErrors++;
      if (!retrySafe) {
        stats.unknownOutcomes++;
        return null;
      }
      if (attempt >= maxAttempts) throw new Error(`${request.label}: no instance answered after ${attempt} attempts`, { cause: error });
      stats.retries++;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
