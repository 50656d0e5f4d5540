import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config.ts';

/**
 * pino options that keep personal data out of the logs: requests are logged by method and path
 * only (query strings can hold search words), and cookies and credentials are removed wherever
 * they appear.
 */
export function loggerOptions(config: Config, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.email',
        '*.personalNumber',
        '*.name',
        '*.codeName',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
