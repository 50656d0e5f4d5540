import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Tracks requests under way. On shutdown Fastify stops taking new ones, but its close resolves
 * while a started request may still be reading its body: main waits on this before closing the
 * database, so that request still gets its answer.
 */
export function trackInFlight(app: FastifyInstance): { drained: () => Promise<void> } {
  const underWay = new Set<FastifyRequest>();
  let waiters: (() => void)[] = [];
  // A request can end by its response or by the client going away; count it out once.
  const finish = async (request: FastifyRequest) => {
    if (!underWay.delete(request) || underWay.size > 0) return;
    for (const wake of waiters) wake();
    waiters = [];
  };
  app.addHook('onRequest', async (request) => {
    underWay.add(request);
  });
  app.addHook('onResponse', finish);
  app.addHook('onRequestAbort', finish);
  return {
    drained: () => (underWay.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}
