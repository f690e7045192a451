/**
 * Browser-test plumbing: build the production bundle once (into its own folder, so it never
 * disturbs anyone's dist/), serve it with `vite preview` on a free localhost port, and drive
 * Debian's Chromium through playwright-core with the flags STACK.md lists.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import { chromium } from 'playwright-core';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(ROOT, 'test-results/browser-dist');
export const ARTEFACTS = resolve(ROOT, 'test-results');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  for (const c of [process.env.ACCORD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (c && existsSync(c)) return c;
  throw new Error('Chromium is missing: run scripts/ensure-chromium.sh (npm test does it for you).');
}

export async function buildApp(): Promise<void> {
  await build({ root: ROOT, logLevel: 'error', build: { outDir: OUT_DIR, emptyOutDir: true } });
}

export async function serveApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({ root: ROOT, logLevel: 'error', build: { outDir: OUT_DIR }, preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not report a port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** Collects console errors and page errors, to assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
