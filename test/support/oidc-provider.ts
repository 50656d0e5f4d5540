/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 for single sign-on tests, with its
 * development login and consent pages, and a small HTTP driver that signs in through them.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccountClaims {
  email: string;
  email_verified: boolean;
  name: string;
  /** Group and role claims as identity providers send them; Samverka must never map them to roles. */
  groups?: string[];
  roles?: string[];
}

export interface TestOidcProvider {
  /** e.g. http://127.0.0.1:41234 */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or replaces an account that signs in with this login (its subject). */
  setAccount(subject: string, claims: TestAccountClaims): void;
  close(): Promise<void>;
}

export async function startTestOidcProvider(options: { redirectUri: string }): Promise<TestOidcProvider> {
  const accounts = new Map<string, TestAccountClaims>();
  // The issuer names the port, so the server listens before the provider exists.
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'samverka-test';
  const clientSecret = 'a-test-client-secret-that-is-long-enough-for-hs256';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups', 'roles'] },
    cookies: { keys: ['test-cookie-key-1'] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, subject) => {
      const claims = accounts.get(subject);
      if (!claims) return undefined;
      return { accountId: subject, claims: () => ({ sub: subject, ...claims }) };
    },
  });
  // Unknown logins and other expected refusals are answered to the browser; no need to print them.
  provider.on('server_error', () => {});
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => void handle(req, res));

  return {
    issuer,
    clientId,
    clientSecret,
    setAccount: (subject, claims) => accounts.set(subject, claims),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A minimal cookie jar for fetch: name=value pairs of one host. */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const isExpired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (isExpired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Follows the provider's redirects from the authorization URL, signs in on its development login
 * page as `login`, agrees on its consent page, and returns the address it finally sends the
 * browser to (the app's callback, with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.href.startsWith(callbackPrefix)) return url;
    const response = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt) {
      throw new Error(`Unexpected answer from the provider: ${response.status} ${html.slice(0, 300)}`);
    }
    url = new URL(action.replaceAll('&amp;', '&'), url);
    method = 'POST';
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
  }
  throw new Error('Too many steps at the provider');
}
