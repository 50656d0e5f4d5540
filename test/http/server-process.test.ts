import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { demoPassword, demoTotpSecret } from '../../src/server/demo/demo-data.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { createConfiguredDatabase, createEmptyDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { compiledCli, repoRoot, type RunningServer, startServer } from '../support/server-process.ts';

// These start the command or the server as a child process: a busy machine may take minutes, and
// a timeout is not what they test.
const commandTimeout = 180_000;

const run = promisify(execFile);
let server: RunningServer | undefined;
let database: (TestDatabase & { url?: string }) | undefined;
const dataDirs: string[] = [];

afterEach(async () => {
  await server?.stop();
  server = undefined;
  await database?.dispose();
  database = undefined;
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * Where this run keeps its data: a fresh PostgreSQL database under test:pg, else a new PGlite
 * folder, which the process creates (initdb) — or, `asInitdbLeftIt`, a copy of one just made,
 * without the schema: the process still migrates it, and no second initdb runs.
 */
async function storageEnv({ asInitdbLeftIt = false } = {}): Promise<Record<string, string>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-start-'));
  dataDirs.push(dataDir);
  if (testDatabaseKind === 'pglite') {
    if (asInitdbLeftIt) await createConfiguredDatabase(dataDir, { migrated: false });
    return { SAMVERKA_DATA_DIR: dataDir };
  }
  database = await createEmptyDatabase();
  return { SAMVERKA_DATA_DIR: dataDir, DATABASE_URL: database.url! };
}

/** Signs in with the demo password and a code; a later sign-in of the same person takes the next step's code. */
async function countCasesAs(baseUrl: string, email: string, stepsAhead = 0): Promise<number> {
  const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  expect(signIn.status).toBe(200);
  const pending = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
  const code = await currentTotp(demoTotpSecret, Date.now() / 1000 + stepsAhead * 30);
  const second = await fetch(`${baseUrl}/api/auth/sign-in/second-factor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: pending },
    body: JSON.stringify({ code }),
  });
  expect(second.status).toBe(200);
  const cookie = second.headers.getSetCookie().find((c) => c.startsWith('samverka_session='))!.split(';')[0]!;
  const list = await fetch(`${baseUrl}/api/cases`, { headers: { cookie } });
  return ((await list.json()) as { total: number }).total;
}

/** Resolves once the server has printed `text` (its log lines are JSON on stdout at LOG_LEVEL=info). */
async function printed(running: RunningServer, text: string): Promise<void> {
  await expect.poll(() => running.output(), { timeout: 120_000, interval: 20 }).toContain(text);
}

describe('starting Samverka', { timeout: commandTimeout }, () => {
  it('on an empty database prints a one-time setup link and no password; on SIGTERM finishes a request in flight, then exits cleanly', async () => {
    server = await startServer({ ...(await storageEnv({ asInitdbLeftIt: true })), LOG_LEVEL: 'info' });
    const output = server.output();
    expect(output).toContain(`Samverka is running at ${server.baseUrl}`);
    expect(output).toMatch(new RegExp(`${server.baseUrl}/setup#token=[\\w-]{40,}`));
    expect(output).not.toMatch(/password[:=]/i);
    const meta = (await (await fetch(`${server.baseUrl}/api/meta`)).json()) as unknown;
    expect(meta).toMatchObject({ demo: false, needsSetup: true });

    const { port } = new URL(server.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d: Buffer) => {
      answer += d.toString();
      socket.end();
    });
    const body = JSON.stringify({ email: 'someone@samverka.test', password: 'not the password' });
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    // Send the headers and half the body; once the server has logged the request, it is under way.
    socket.write(
      `POST /api/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await printed(server, '"path":"/api/auth/sign-in"');
    server.child.kill('SIGTERM');
    await printed(server, '"msg":"shutting down"');
    // Write, not end: a client that half-closes its socket has abandoned the request.
    socket.write(body.slice(10));
    await new Promise((resolve) => socket.once('close', resolve));
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(await server.exited).toBe(0);
  });
});

describe('samverka migrate, then demo mode on the same data', { timeout: commandTimeout }, () => {
  it('applies the migrations once and reports the database; demo mode then loads the demo data once, however often it starts', async () => {
    // A folder that does not exist yet: the command creates the database, as on a new installation.
    const storage = await storageEnv();
    const env = { ...process.env, ...storage };
    const first = await run(process.execPath, [compiledCli, 'migrate'], { env, cwd: repoRoot });
    expect(first.stdout).toMatch(/[1-9]\d* migration\(s\) applied/);
    expect(first.stdout).toContain(testDatabaseKind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL');
    const second = await run(process.execPath, [compiledCli, 'migrate'], { env, cwd: repoRoot });
    expect(second.stdout).toContain('0 migration(s) applied');

    const demo = { ...storage, SAMVERKA_DEMO: 'true' };
    server = await startServer(demo);
    expect(server.output()).toContain('DEMO MODE');
    expect(server.output()).toContain('nationell@samverka.test');
    expect(server.output()).toContain(demoTotpSecret);
    expect(await (await fetch(`${server.baseUrl}/api/meta`)).json()).toMatchObject({ demo: true, needsSetup: false });
    const firstCount = await countCasesAs(server.baseUrl, 'nationell@samverka.test');
    expect(firstCount).toBeGreaterThanOrEqual(24);
    await server.stop();

    server = await startServer(demo);
    expect(await countCasesAs(server.baseUrl, 'nationell@samverka.test', 1)).toBe(firstCount);
    // A regional coordinator sees only their region's share.
    expect(await countCasesAs(server.baseUrl, 'stockholm@samverka.test')).toBeLessThan(firstCount);
  });

  // Through bin/samverka.mjs, as `npx samverka` runs it (the other tests run the compiled command).
  it('says what is wrong with a bad configuration', async () => {
    const attempt = run(process.execPath, [path.join(repoRoot, 'bin/samverka.mjs'), 'migrate'], {
      env: { ...process.env, DATABASE_URL: 'not a url' },
      cwd: repoRoot,
    });
    await expect(attempt).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('DATABASE_URL') });
  });
});
