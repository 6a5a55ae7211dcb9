import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's chromium package; CHROMIUM_PATH points elsewhere (another OS, another build). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch the system Chromium. Playwright's own browser downloads are never used. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

export interface PageOptions {
  readonly width: number;
  readonly height: number;
  readonly colorScheme?: 'light' | 'dark';
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every console message of type "error", with the address it came from; the browser's own /favicon.ico request excepted. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions thrown in the page. */
  readonly pageErrors: string[];
  /** Requests that failed at the network level or were answered with status 400 or above. */
  readonly failedRequests: string[];
  /** Every request the page made, as "METHOD url", in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Open `url` in a fresh context (its own viewport, colour scheme and storage)
 * and wait for the load event. Problems are recorded from before the first
 * request, so nothing the page does on load is missed.
 */
export async function openPage(browser: Browser, url: string, options: PageOptions): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const source = m.location().url;
    // Chromium fetches /favicon.ico by itself when the page declares no icon;
    // the page did not ask for it, so its 404 is not the page's error.
    if (m.text().startsWith('Failed to load resource') && new URL(source, url).pathname === '/favicon.ico') return;
    consoleErrors.push(source ? `${m.text()} (${source})` : m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message));
  page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'failed';
    // Cancelled because the page went elsewhere (e.g. a background chunk fetch when a test navigates): not a failure a reader meets.
    if (error === 'net::ERR_ABORTED') return;
    failedRequests.push(`${r.method()} ${r.url()}: ${error}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (e) {
    await context.close();
    throw e;
  }
  return { page, context, consoleErrors, pageErrors, failedRequests, requests, close: () => context.close() };
}
