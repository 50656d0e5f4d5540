/**
 * End-to-end support: the real server listening on 127.0.0.1 on a fresh test database with the
 * built web app, driven by Debian's Chromium through playwright-core, with axe for accessibility
 * and a watch on console errors and Content-Security-Policy violations.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Download, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { type Config, testConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/client.ts';
import { webDistFolder } from '../../src/server/platform/web-app.ts';
import { eq } from 'drizzle-orm';
import { users } from '../../src/server/db/schema/index.ts';
import { currentTotp } from '../../src/server/platform/totp.ts';
import { issueFormToken } from '../../src/server/modules/intake/intake-guard.ts';
import { createTestDatabase } from '../support/database.ts';
import { testKeyring, testPassword, testTotpSecret } from '../support/factories.ts';
import { sv as svTexts } from '../../src/web/i18n/sv.ts';
import { freePort } from '../support/server-process.ts';

export { sv } from '../../src/web/i18n/sv.ts';
export { en } from '../../src/web/i18n/en.ts';

/** A dictionary text with its {placeholders} filled in, as the web app's t() does. */
export function text(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export interface E2eServer {
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** e.g. http://127.0.0.1:41234, with no trailing slash. */
  baseUrl: string;
  close(): Promise<void>;
}

function assertWebBuild(): void {
  if (!existsSync(path.join(webDistFolder, 'index.html'))) {
    throw new Error(`The web app is not built (${webDistFolder}/index.html is missing): run npm run build first.`);
  }
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
}

/**
 * The whole server, listening on 127.0.0.1 on a free port, on a fresh test database (PGlite, or
 * PostgreSQL with SAMVERKA_TEST_DB=postgres), serving the built web app from dist/web.
 */
export async function startE2eServer(overrides: Partial<Config> = {}): Promise<E2eServer> {
  assertWebBuild();
  const { database, dispose } = await createTestDatabase();
  try {
    // The port is chosen before listening because publicUrl must name it; another process may
    // take it in between, so try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const publicUrl = `http://127.0.0.1:${port}`;
      const config = testConfig({ host: '127.0.0.1', port, publicUrl, secureCookies: false, ...overrides });
      const app = await buildApp({ config, database, webFolder: webDistFolder });
      try {
        await app.listen({ host: '127.0.0.1', port });
      } catch (error) {
        await app.close();
        if (isAddressInUse(error) && attempt < 5) continue;
        throw error;
      }
      return {
        app,
        db: database.db,
        config,
        baseUrl: publicUrl,
        close: async () => {
          await app.close();
          await dispose();
        },
      };
    }
  } catch (error) {
    await dispose();
    throw error;
  }
}

export interface E2eBrowser {
  /** This file's context in the run's Chromium. */
  context: BrowserContext;
  /** A new tab whose console errors and CSP violations are collected. */
  newPage(): Promise<Page>;
  /** Console errors, page errors, CSP violations and server errors seen since the last take. */
  takeProblems(): string[];
  close(): Promise<void>;
}

/**
 * Chromium logs every 4xx answer as "Failed to load resource". The app asks for them on purpose
 * (401 from /api/auth/me before sign-in, 404 for a case outside the caller's scope) and handles
 * them; those are not problems. 5xx answers and network failures are.
 */
const handledHttpError = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

// A string, not a function, so no transpiler helper can leak into the page.
const cspListener = `
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__samverkaCspViolation?.(
      event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' at ' + event.sourceFile + ':' + event.lineNumber,
    );
  });
`;

/**
 * A fresh context (no cookies, storage or cache) in the Chromium that test/support/browser-server.ts
 * started for the whole run.
 */
export async function launchBrowser(): Promise<E2eBrowser> {
  const endpoint = inject('chromiumEndpoint');
  if (!endpoint) throw new Error('No Chromium is running: the e2e project starts it in test/support/browser-server.ts.');
  let problems: string[] = [];
  const browser = await chromium.connect(endpoint);
  let context: BrowserContext;
  try {
    context = await browser.newContext();
  } catch (error) {
    await browser.close();
    throw error;
  }
  await context.exposeBinding('__samverkaCspViolation', (_source, text: string) => {
    problems.push(`CSP violation: ${text}`);
  });
  await context.addInitScript({ content: cspListener });

  const watch = (page: Page) => {
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !handledHttpError.test(text)) {
        problems.push(`console error on ${page.url()}: ${text}`);
      } else if (/Content[- ]Security[- ]Policy/i.test(text)) {
        problems.push(`CSP message on ${page.url()}: ${text}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 500) problems.push(`HTTP ${response.status()} from ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      // The app aborts a request on purpose when a newer one supersedes it (useLoad, the unread count).
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  return {
    context,
    newPage: () => context.newPage(),
    takeProblems: () => {
      const taken = problems;
      problems = [];
      return taken;
    },
    close: async () => {
      try {
        await context.close();
      } finally {
        // Disconnects; the browser itself stays for the next file.
        await browser.close();
      }
    },
  };
}

export interface E2eEnvironment {
  readonly server: E2eServer;
  readonly browser: E2eBrowser;
  /** A fresh tab for the current test; it is closed after the test. */
  readonly page: Page;
  /** An absolute URL on the server for a path such as /cases. */
  url(pathname: string): string;
}

/**
 * Registers the hooks of an end-to-end test file: a server and a browser context for the whole file, a
 * fresh tab per test, and a failed test for any console error or CSP violation it caused.
 */
export function useE2e(overrides: Partial<Config> = {}): E2eEnvironment {
  let server: E2eServer | undefined;
  let browser: E2eBrowser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startE2eServer(overrides);
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    // Every test starts signed out, in Swedish.
    await browser!.context.clearCookies();
    page = await browser!.newPage();
  });

  afterEach(async () => {
    await page?.close();
    page = undefined;
    const problems = browser?.takeProblems() ?? [];
    if (problems.length > 0) {
      throw new Error(`Console errors or CSP violations in the browser:\n  ${problems.join('\n  ')}`);
    }
  });

  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The e2e ${what} is not running (did beforeAll fail?)`);
    return value;
  };
  return {
    get server() {
      return need(server, 'server');
    },
    get browser() {
      return need(browser, 'browser');
    },
    get page() {
      return need(page, 'page');
    },
    url: (pathname) => `${need(server, 'server').baseUrl}${pathname}`,
  };
}

/**
 * The bytes of a finished download. Read through Playwright's stream: the browser runs in another
 * process (test/support/browser-server.ts), where download.path() is not available.
 */
export async function downloadedFile(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  return Buffer.concat((await stream.toArray()) as Buffer[]);
}

const a11yTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now and fails, listing every violation, unless there are none.
 * axe is loaded into the page once and stays while the app navigates on the client side; calling
 * axe.run directly skips @axe-core/playwright's second page per check (for frames the app does not
 * have), which took most of the end-to-end tests' time.
 */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    a11yTags,
  );
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes.map(
      (node) => `    at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    );
    return [`${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help} — ${violation.helpUrl}`, ...nodes].join(
      '\n',
    );
  });
  if (report.length > 0) {
    throw new Error(`${report.length} accessibility violation(s) on ${label}:\n${report.join('\n')}`);
  }
}

/** The element that has focus, described for assertions. */
export interface FocusedElement {
  tag: string;
  id: string;
  text: string;
  type: string | null;
  /** The accessible name for form controls: the text of the first label. */
  label: string;
  /** Whether a focus indicator is drawn: an outline that is not none/transparent, or a box-shadow. */
  focusVisible: boolean;
}

export async function focusedElement(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const hasOutline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const labels = (element as HTMLInputElement).labels;
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      text: (element.textContent ?? '').trim(),
      type: element.getAttribute('type'),
      label: labels?.[0]?.textContent?.trim() ?? '',
      focusVisible: hasOutline || hasShadow,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, failing after `max` presses.
 * Keyboard only: the way someone without a mouse moves through the page.
 */
export async function tabTo(
  page: Page,
  matches: (focused: FocusedElement) => boolean,
  { max = 30, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<FocusedElement> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await focusedElement(page);
    if (focused && matches(focused)) return focused;
    seen.push(focused ? `${focused.tag}#${focused.id} "${focused.text || focused.label}"` : '(body)');
  }
  throw new Error(`No matching element after ${max} presses of Tab; focus went through:\n  ${seen.join('\n  ')}`);
}

/**
 * The second step of sign-in in the browser: types the current TOTP code of the secret (by
 * default every test person's) and continues. A code's time step is accepted once, so the
 * person's last used step is forgotten first, letting a test sign the same person in again.
 */
export async function enterSignInCode(page: Page, db: Db, email: string, secret = testTotpSecret): Promise<void> {
  const field = page.getByLabel(svTexts['signIn.code']);
  await field.waitFor();
  await db.update(users).set({ totpLastStep: null }).where(eq(users.email, email));
  await field.fill(await currentTotp(secret));
  await page.getByRole('button', { name: svTexts['signIn.codeSubmit'] }).click();
}

/**
 * Signs in through the sign-in page with a password and a fresh code (by default the test
 * person's), and waits for the page the app lands on (the case list by default).
 */
export async function signInThroughForm(
  e2e: E2eEnvironment,
  email: string,
  landing = '**/cases',
  credentials: { password: string; totpSecret: string } = { password: testPassword, totpSecret: testTotpSecret },
): Promise<void> {
  const { page } = e2e;
  await page.goto(e2e.url('/sign-in'));
  await page.getByLabel(svTexts['signIn.email']).fill(email);
  await page.getByLabel(svTexts['signIn.password']).fill(credentials.password);
  await page.getByRole('button', { name: svTexts['signIn.submit'] }).click();
  await enterSignInCode(page, e2e.server.db, email, credentials.totpSecret);
  await page.waitForURL(landing);
}

/**
 * A person takes longer than the form's minimum fill time (three seconds); the test does not wait
 * for it. The page asks the server for its form token as usual and gets one issued a minute ago,
 * sealed with the server's key; the server checks it like any other.
 */
export async function serveFormTokenFromAMinuteAgo(page: Page): Promise<void> {
  await page.route('**/api/intake/form-token', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { token: issueFormToken(testKeyring, new Date(Date.now() - 60_000)) } });
  });
}
