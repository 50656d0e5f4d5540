import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the end-to-end tests' Chromium listens for Playwright (BrowserServer.wsEndpoint). */
    chromiumEndpoint?: string;
  }
}

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs once per `vitest run --project e2e`: starts Debian's Chromium (or CHROMIUM_PATH) for every
 * end-to-end test file, which each opens a fresh browser context in it (test/e2e/support.ts). A
 * Chromium of its own per file took seconds of each file's time to start and stop; a context is as
 * fresh (no cookies, storage or cache from another) and takes milliseconds.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
