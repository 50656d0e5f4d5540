import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { buildUser, createCaseAs, signInAs } from '../support/factories.ts';

let t: TestApp;
let logs = '';
let webFolder: string;

beforeAll(async () => {
  webFolder = mkdtempSync(path.join(tmpdir(), 'samverka-web-'));
  writeFileSync(path.join(webFolder, 'index.html'), '<!doctype html><title>Samverka</title>');
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  t = await startTestApp({ logLevel: 'info' }, { webFolder, logStream: stream });
});
afterAll(async () => {
  await t.close();
  rmSync(webFolder, { recursive: true, force: true });
});

describe('health', () => {
  it('live and ready answer without a session', async () => {
    expect((await t.app.inject({ url: '/health/live' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/health/ready' })).json()).toEqual({ status: 'ok' });
  });
});

describe('API description', () => {
  it('serves OpenAPI 3.1 describing the case endpoints', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/cases', '/api/cases/{caseId}', '/api/auth/sign-in']));
    expect(doc.paths['/api/cases']).toHaveProperty('post.requestBody');
  });

  it('serves interactive documentation', async () => {
    const response = await t.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
  });
});

describe('errors', () => {
  it('answers unknown API paths with a problem+json 404 and no stack', async () => {
    const response = await t.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, instance: '/api/nothing-here' });
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });

  // That every non-public route answers 401 without a session is swept in test/security/route-access.test.ts.
  it('answers a request without a session with a problem+json 401', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/cases' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 401 });
  });

  it('gives every response a request id', async () => {
    const response = await t.app.inject({ url: '/health/live' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('security headers', () => {
  it.each(['/api/meta', '/cases', '/health/live'])('%s has a strict CSP and the usual headers', async (url) => {
    const response = await t.app.inject({ url });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
  });
});

describe('web app', () => {
  it('serves index.html for client-side routes', async () => {
    const response = await t.app.inject({ url: '/cases/new' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<title>Samverka</title>');
  });
});

describe('logs', () => {
  it('hold no e-mail address, code name, password or session token', async () => {
    const user = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'mitt' });
    const cookie = await signInAs(t.app, user);
    await createCaseAs(t.app, cookie, { municipalityCode: '0380', person: { codeName: 'Hemligt Kodnamn', isChild: true } });
    await t.app.inject({ url: '/api/cases?sort=codeName', headers: { cookie } });
    await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: 'wrong-password-typed' } });
    expect(logs).toContain('/api/cases');
    for (const secret of [user.email, 'Hemligt Kodnamn', 'wrong-password-typed', cookie.split('=')[1]!, 'sort=codeName']) {
      expect(logs).not.toContain(secret);
    }
  });
});

describe('web app assets', () => {
  it('answers a missing bundle with 404, not the page', async () => {
    const response = await t.app.inject({ url: '/assets/index-old.js' });
    expect(response.statusCode).toBe(404);
  });
});

describe('API documentation page', () => {
  it('loads nothing from other hosts and cannot be framed', async () => {
    const csp = String((await t.app.inject({ url: '/api/docs/' })).headers['content-security-policy']);
    expect(csp).not.toMatch(/https:|validator\.swagger\.io|unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
