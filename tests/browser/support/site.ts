import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { ensureBuilt } from './build';
import { serve } from './server';
import type { Served } from './server';
import type { Snapshot } from './snapshot';
import { snapshotDist } from './snapshot';

export interface Site {
  readonly browser: Browser;
  readonly server: Served;
}

/**
 * The built site served from a private copy (a build started meanwhile cannot
 * swap it) and one Chromium, for a test file: set up before its tests, closed
 * after. Read `browser` and `server` inside tests, once set up.
 */
export function servedSite(timeoutMs = 240_000): Site {
  let browser: Browser | undefined;
  let server: Served | undefined;
  let snapshot: Snapshot | undefined;
  beforeAll(async () => {
    snapshot = await snapshotDist(await ensureBuilt());
    server = await serve(snapshot.dir);
    browser = await launchChromium();
  }, timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await snapshot?.remove();
  });
  const ready = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`servedSite: the ${what} is read before the file's beforeAll has run`);
    return v;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get server() {
      return ready(server, 'server');
    },
  };
}
