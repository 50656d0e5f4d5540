import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problem } from '../../../shared/schemas/common.ts';
import {
  notificationPage,
  notificationParams,
  notificationQuery,
  notificationsMarkedRead,
} from '../../../shared/schemas/notifications.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { actorContextOf } from '../../platform/request-context.ts';
import { listNotificationsFor, markAllNotificationsRead, markNotificationRead } from './notifications.service.ts';
import { notificationsPolicy } from './notifications.policy.ts';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const tags = ['notifications'];
/** A user's own reminders: anyone signed in; the queries keep to the caller's own rows. */

export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/notifications',
    {
      config: { access: notificationsPolicy.route('list') },
      schema: {
        tags,
        summary: "The caller's reminders, newest first, with the number unread",
        querystring: notificationQuery,
        response: { 200: notificationPage, ...errors },
      },
    },
    async (request) => listNotificationsFor(db, actorContextOf(request).actor, request.query),
  );

  app.post(
    '/notifications/read-all',
    {
      config: { access: notificationsPolicy.route('markAllRead') },
      schema: { tags, summary: "Mark all the caller's reminders read", response: { 200: notificationsMarkedRead, ...errors } },
    },
    async (request) => markAllNotificationsRead(db, actorContextOf(request).actor),
  );

  app.post(
    '/notifications/:notificationId/read',
    {
      config: { access: notificationsPolicy.route('markRead') },
      schema: {
        tags,
        summary: 'Mark one of the caller’s reminders read',
        params: notificationParams,
        response: { 200: notificationsMarkedRead, ...errors },
      },
    },
    async (request) => markNotificationRead(db, actorContextOf(request).actor, request.params.notificationId),
  );
};
