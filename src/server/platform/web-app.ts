import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problems.ts';
import { projectRoot } from '../project-root.ts';

export const webDistFolder = path.join(projectRoot, 'dist/web');

/**
 * Serves the built web app, with index.html for every other GET so client-side routes work on
 * reload. Unknown /api and /health paths get a problem+json 404 instead.
 */
export async function registerWebApp(app: FastifyInstance, folder = webDistFolder): Promise<void> {
  const hasBuild = existsSync(path.join(folder, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: folder,
      wildcard: false,
      index: false,
      setHeaders: (reply, filePath) => {
        // Vite puts a content hash in every asset's name, so they never change.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing asset is a 404, not the page: an old page asking for a replaced bundle must fail loudly.
    const isApi = ['/api', '/health', '/assets/'].some((prefix) => request.url.startsWith(prefix));
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    if (!isApi && wantsPage && hasBuild) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    }
    const detail = !isApi && !hasBuild ? 'The web app is not built. Run npm run build.' : 'No such resource.';
    return sendProblem(reply, request, { title: 'Not Found', status: 404, detail });
  });
}
