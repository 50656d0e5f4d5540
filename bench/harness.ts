import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testConfig } from '../src/server/config.ts';
import { sessionCookieName } from '../src/server/platform/sessions.ts';
import { currentTotp } from '../src/server/platform/totp.ts';
import { testTotpSecret } from '../test/support/factories.ts';
import type { ServerReport, ServerSpec } from './server-process.ts';

/** Signs in as a person would: password, then a code from their authenticator (the test secret); returns the session token. */
export async function signIn(baseUrl: string, credentials: { email: string; password: string }): Promise<string> {
  const first = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (first.status !== 200) throw new Error(`Sign-in failed: ${first.status} ${await first.text()}`);
  const pending = first.headers.getSetCookie().find((c) => c.startsWith('samverka_pending='))?.split(';')[0];
  if (!pending) throw new Error('Sign-in set no pending cookie.');
  const second = await fetch(`${baseUrl}/api/auth/sign-in/second-factor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: pending },
    body: JSON.stringify({ code: await currentTotp(testTotpSecret) }),
  });
  if (second.status !== 200) throw new Error(`Second factor failed: ${second.status} ${await second.text()}`);
  const name = sessionCookieName(testConfig());
  const cookie = second.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!cookie) throw new Error('Sign-in set no session cookie.');
  return cookie.slice(name.length + 1).split(';')[0]!;
}

const serverProcessFile = fileURLToPath(new URL('./server-process.ts', import.meta.url));

/**
 * Starts a server in a child process (which inherits tsx's loader through execArgv), so the load
 * generator does not share its event loop. `stop` is pushed onto `cleanups`.
 */
export async function spawnServer(spec: ServerSpec, cleanups: (() => Promise<void>)[], execArgv: string[] = []): Promise<{ url: string }> {
  const child = fork(serverProcessFile, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, ...execArgv] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  cleanups.push(stop);
  const report = await new Promise<ServerReport>((resolve, reject) => {
    child.once('message', (message) => resolve(message as ServerReport));
    child.once('exit', (code) => reject(new Error(`The ${spec.kind} server process exited (${code}) before listening.`)));
    child.send(spec);
  });
  if ('error' in report) throw new Error(`The ${spec.kind} server did not start:\n${report.error}`);
  return { url: `http://127.0.0.1:${report.port}` };
}
