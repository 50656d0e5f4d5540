import { randomUUID } from 'node:crypto';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { accountRoutes } from './modules/account/account.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
import { consultationRoutes } from './modules/consultations/consultations.routes.ts';
import { checklistRoutes } from './modules/support-process/checklists.routes.ts';
import { supportProcessRoutes } from './modules/support-process/support-process.routes.ts';
import { caseTeamRoutes } from './modules/case-team/team.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { invitationAcceptanceRoutes } from './modules/invitations/invitation-acceptance.routes.ts';
import { invitationRoutes } from './modules/invitations/invitations.routes.ts';
import { journalRoutes } from './modules/journal/journal.routes.ts';
import { taskRoutes } from './modules/tasks/tasks.routes.ts';
import { measureRoutes } from './modules/measures/measures.routes.ts';
import { documentRoutes } from './modules/documents/documents.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { statisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { deadlineRoutes } from './modules/deadlines/deadlines.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { organisationRoutes } from './modules/organisations/organisations.routes.ts';
import { memberRoutes } from './modules/members/members.routes.ts';
import { roleRequestRoutes } from './modules/members/role-requests.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { personRoutes } from './modules/persons/persons.routes.ts';
import { duplicateRoutes } from './modules/duplicates/duplicates.routes.ts';
import { referenceRoutes } from './modules/reference/reference.routes.ts';
import { ssoRoutes } from './modules/sso/sso.routes.ts';
import { intakeRoutes } from './modules/intake/intake.routes.ts';
import { callRoutes } from './modules/calls/calls.routes.ts';
import { trainingRoutes } from './modules/trainings/trainings.routes.ts';
import { materialRoutes } from './modules/materials/materials.routes.ts';
import { trainingRegistrationRoutes } from './modules/trainings/training-registration.routes.ts';
import { trainingSelfRoutes } from './modules/trainings/training-self.routes.ts';
import { returnRoutes } from './modules/returns/returns.routes.ts';
import { referralRoutes } from './modules/referrals/referrals.routes.ts';
import { approvalRoutes } from './modules/approvals/approvals.routes.ts';
import { caseFlagRoutes } from './modules/case-flags/case-flags.routes.ts';
import { createExportWorker } from './modules/exports/export-worker.ts';
import { exportRoutes } from './modules/exports/exports.routes.ts';
import { registerExtractRoutes } from './modules/register-extract/register-extract.routes.ts';
import { retentionRoutes } from './modules/retention/retention.routes.ts';
import { authentication, registerCookies } from './platform/authentication.ts';
import { collectRoutes, type RouteEntry } from './platform/access.ts';
import { type Keyring, loadKeyring } from './platform/crypto.ts';
import { openApiTransform } from './platform/openapi-transform.ts';
import type { AppDeps } from './platform/deps.ts';
import { trackInFlight } from './platform/in-flight.ts';
import { loggerOptions } from './platform/logging.ts';
import { registerProblemHandlers } from './platform/problems.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { registerWebApp } from './platform/web-app.ts';
import { registerVersionChecks } from './platform/versions.ts';

export interface AppOptions {
  config: Config;
  database: Database;
  /** Folder of the built web app; tests that need no pages leave it at the default. */
  webFolder?: string;
  /** Keys for data encrypted at rest; by default from the configuration or the data folder's key file. */
  keyring?: Keyring;
  /** Where logs go instead of stdout; tests read them to prove nothing personal is logged. */
  logStream?: NodeJS.WritableStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when no request is under way; main awaits it on shutdown. */
    inFlightDrained(): Promise<void>;
    /** Every route with what it declares about access; the access sweep test walks it. */
    routeTable: readonly RouteEntry[];
    /** Starts the background-job worker now rather than at the first export (main does, at boot). */
    startBackgroundJobs(): Promise<void>;
  }
}

/** The whole server, ready to listen or to take app.inject() calls. */
export async function buildApp({ config, database, webFolder, logStream, keyring }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  app.decorate('routeTable', collectRoutes(app));
  // JSON only: text/plain is a body a cross-site form may send without a preflight.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.decorate('inFlightDrained', trackInFlight(app).drained);

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
    transform: openApiTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null },
    // swagger-ui's own policy (hashes for its scripts), without the outside hosts it allows.
    staticCSP: true,
    transformStaticCSP: (header) =>
      header
        .replaceAll(' https:', '')
        .replace(' validator.swagger.io', '')
        .replace(' upgrade-insecure-requests;', '')
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const deps: AppDeps = { db: database.db, config, keyring: keyring ?? loadKeyring(config).keyring };
  // Export jobs run in this server; the worker stops with it (after a job under way).
  const exportWorker = createExportWorker({
    database,
    db: deps.db,
    keyring: deps.keyring,
    pollingIntervalSeconds: config.jobPollingSeconds,
    // The kind of error only, never its text, which may quote values.
    onError: (error) => app.log.error({ errorName: error instanceof Error ? error.name : typeof error }, 'background job failed'),
  });
  app.decorate('startBackgroundJobs', () => exportWorker.start());
  app.addHook('onClose', () => exportWorker.stop());
  await app.register(healthRoutes, { database });
  await app.register(
    async (api) => {
      await api.register(authentication, deps);
      registerVersionChecks(api);
      await api.register(authRoutes, deps);
      await api.register(accountRoutes, deps);
      await api.register(invitationAcceptanceRoutes, deps);
      await api.register(referenceRoutes, deps);
      await api.register(caseRoutes, deps);
      await api.register(consultationRoutes, deps);
      await api.register(personRoutes, deps);
      await api.register(duplicateRoutes, deps);
      await api.register(supportProcessRoutes, deps);
      await api.register(checklistRoutes, deps);
      await api.register(caseTeamRoutes, deps);
      await api.register(referralRoutes, deps);
      await api.register(approvalRoutes, deps);
      await api.register(caseFlagRoutes, deps);
      await api.register(journalRoutes, deps);
      await api.register(taskRoutes, deps);
      await api.register(measureRoutes, deps);
      await api.register(documentRoutes, deps);
      await api.register(deadlineRoutes, deps);
      await api.register(notificationRoutes, deps);
      await api.register(dashboardRoutes, deps);
      await api.register(statisticsRoutes, deps);
      await api.register(organisationRoutes, deps);
      await api.register(memberRoutes, deps);
      await api.register(roleRequestRoutes, deps);
      await api.register(auditRoutes, deps);
      await api.register(invitationRoutes, deps);
      await api.register(ssoRoutes, deps);
      await api.register(intakeRoutes, deps);
      await api.register(callRoutes, deps);
      await api.register(trainingRoutes, deps);
      await api.register(trainingRegistrationRoutes, deps);
      await api.register(trainingSelfRoutes, deps);
      await api.register(materialRoutes, deps);
      await api.register(returnRoutes, deps);
      await api.register(exportRoutes, { ...deps, exportWorker });
      await api.register(registerExtractRoutes, deps);
      await api.register(retentionRoutes, deps);
    },
    { prefix: '/api' },
  );
  await registerWebApp(app, webFolder);
  return app;
}
