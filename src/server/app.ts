import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { referenceRoutes } from './modules/reference/reference.routes.ts';
import { authentication, registerCookies } from './platform/authentication.ts';
import { loggerOptions } from './platform/logging.ts';
import { registerProblemHandlers } from './platform/problems.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { registerWebApp } from './platform/web-app.ts';

export interface AppOptions {
  config: Config;
  database: Database;
  /** Folder of the built web app; tests that need no pages leave it at the default. */
  webFolder?: string;
}

/** The whole server, ready to listen or to take app.inject() calls. */
export async function buildApp({ config, database, webFolder }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    // On shutdown, close idle keep-alive sockets at once and let in-flight requests finish.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await registerSecurityHeaders(app, { secure: config.secureCookies });
  await registerCookies(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samverka API',
        version: '0.1.0',
        description: 'Case coordination for the national support process against prostitution and human trafficking.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'samverka_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const deps = { db: database.db, config };
  await app.register(healthRoutes, { database });
  await app.register(
    async (api) => {
      await api.register(authentication, deps);
      await api.register(authRoutes, deps);
      await api.register(referenceRoutes, deps);
      await api.register(caseRoutes, deps);
    },
    { prefix: '/api' },
  );
  await registerWebApp(app, webFolder);
  return app;
}
