/**
 * Browser test harness: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * a fresh profile per run, and a real server on 127.0.0.1 over a fixture store.
 * When /usr/bin/chromium is absent the suite is skipped with a message, except under CI where it must run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';

/** Debian's Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** Where screenshots go (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** Launch flags: headless, no sandbox (root in containers), nothing phoning home. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Why the browser suite cannot run here, or null when it can. Throws under CI when Chromium is missing. */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI) throw new Error(`Expected ${CHROMIUM} under CI (apt-get install -y chromium), got none`);
  return `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium); they always run under CI`;
}

/** A browser and a server over a store. */
export interface Session {
  readonly server: RunningServer;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors and console errors seen so far. */
  readonly errors: string[];
  /** Save a screenshot as test-artifacts/<name>.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Start a server on a free port over `store` and open a fresh Chromium profile.
 * @example const s = await openSession(store); await s.page.goto(s.server.url); await s.close();
 */
export async function openSession(store: Store, token = 'browser-test-token'): Promise<Session> {
  const server = await startServer({ store, port: 0, token, log: () => undefined });
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 }, locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server, context, page, errors,
    shot: async (name) => {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    },
    close: async () => {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Count canvas pixels in the map's orange-to-brown colour range (provinces with documents).
 * @returns number of coloured pixels sampled on a 4-pixel grid
 */
export async function colouredPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (root) => {
    const canvas = root.querySelector('canvas');
    if (!canvas) return 0;
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let y = 0; y < height; y += 4) {
      for (let x = 0; x < width; x += 4) {
        const i = (y * width + x) * 4;
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        // visualMap inRange colours run from #fdae6b to #a63603: red high, blue low, red > green > blue.
        if (r > 150 && b < 120 && r - g > 40 && g > b) n++;
      }
    }
    return n;
  });
}
