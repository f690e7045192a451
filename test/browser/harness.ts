/**
 * Browser-test plumbing: build the production bundle ONCE per test run (into its own folder, so it
 * never disturbs anyone's dist/), serve it with `vite preview` on a free localhost port, and drive
 * Debian's Chromium through playwright-core with the flags STACK.md lists.
 *
 * One build for every browser test file of a run: vitest runs test files in parallel forks, so
 * either the global setup (globalSetup.ts, when vite.config.ts names it) builds before any file
 * starts and hands the folder over with `provide`, or the first file to ask builds under a lock
 * and the others wait for its stamp (see `ensureBuilt`). `buildApp()`/`serveApp()` with no folder
 * use OUT_DIR (the benchmark's).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, ConsoleMessage, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../src/server/startServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder globalSetup.ts built the app into (absent when no global setup ran). */
    accordBuild?: string;
    /** The address of the Chromium globalSetup.ts launched for the run's browser test files (absent without it). */
    accordChromium?: string;
  }
}

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
  for (const c of [process.env.ACCORD_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (c && existsSync(c)) return c;
  throw new Error('Chromium is missing: run scripts/ensure-chromium.sh (npm test does it for you).');
}

/** Builds the production bundle into `outDir` (emptied first). */
export async function buildApp(outDir: string = OUT_DIR): Promise<void> {
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

const STAMP = '.accord-build-complete';
const RUN_PREFIX = 'browser-dist-run-';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The build folder of one test run (a run is the vitest process). Each run has its own, so two
 * people running the tests at once in one working tree never empty each other's build.
 */
export function runBuildDir(runPid: number): string {
  return resolve(ARTEFACTS, `${RUN_PREFIX}${runPid}`);
}

/** Removes the build folders (and locks) of runs that have ended. */
export function pruneOldBuilds(): void {
  if (!existsSync(ARTEFACTS)) return;
  for (const name of readdirSync(ARTEFACTS)) {
    const m = new RegExp(`^${RUN_PREFIX}(\\d+)(\\.lock)?$`).exec(name);
    if (m && !alive(Number(m[1]))) rmSync(resolve(ARTEFACTS, name), { recursive: true, force: true });
  }
}

/**
 * The folder holding this run's build. With the global setup (globalSetup.ts), the folder it
 * built. Otherwise the first test file to ask builds while holding a lock directory (mkdir is
 * atomic) and the others wait for its completion stamp. Test files run in forks of the vitest
 * process, so `process.ppid` names the run.
 */
export async function ensureBuilt(): Promise<string> {
  // Imported here, not at the top: the benchmark (plain tsx, no vitest runner) imports this file too.
  const { inject } = await import('vitest');
  const provided = inject('accordBuild');
  if (provided) return provided;
  const outDir = runBuildDir(process.ppid);
  const stamp = resolve(outDir, STAMP);
  const lock = `${outDir}.lock`;
  mkdirSync(ARTEFACTS, { recursive: true });
  for (let waited = 0; waited < 300_000; waited += 200) {
    if (existsSync(stamp)) return outDir;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(200); // another file of this run is building
      continue;
    }
    try {
      pruneOldBuilds();
      if (!existsSync(stamp)) {
        await buildApp(outDir);
        writeFileSync(stamp, new Date().toISOString());
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return outDir;
  }
  throw new Error(`timed out waiting for the shared build in ${outDir}`);
}

export async function serveApp(outDir: string = OUT_DIR): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview did not report a port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Launches a Chromium of the caller's own (Debian's, with CHROMIUM_FLAGS). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/**
 * Chromium for a test file: in a test run, a connection to the run's own Chromium, which globalSetup.ts launched
 * once (`chromium.launchServer`); the file's contexts are its own, closed with it (`close()` disconnects). A
 * launch, a page and a close took 1.6–2.8 s on the loaded two-core machine (2026-12-06), a connection 0.5–0.7 s,
 * for each of 37 files. Without the global setup (the benchmark, plain tsx), a Chromium of its own.
 */
export async function launch(): Promise<Browser> {
  const shared = process.env.VITEST ? (await import('vitest')).inject('accordChromium') : undefined;
  if (shared) return chromium.connect(shared);
  return launchChromium();
}

/** From the library, through the confirmation, to the instructor view waiting for a file of one's own. */
export async function openInstructorViewForAFile(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#app[data-ready="true"]').waitFor();
  await page.locator('#instructor-own-file').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Open the instructor view' }).click();
  await page.getByRole('heading', { name: 'Instructor view: open a scenario file' }).waitFor();
}

/**
 * A picture of a screen for a person to look at, written to test-results/`file` only when ACCORD_SCREENSHOTS is set
 * (`ACCORD_SCREENSHOTS=1 npx vitest run test/browser/gameSizes.test.ts`). No test reads these pictures, and Chromium
 * paid dearly for them on every run: a 4K screen's took 2.3 s, a phone's whole debrief page 5.3 s, on the loaded
 * two-core machine (2026-12-07); the 38 of a run cost more than the checks of the screens they showed. A check that
 * reads pixels (`faintDrawingTexts`) takes its own screenshot.
 */
export async function keepScreenshot(target: Page | Locator, file: string, fullPage = false): Promise<void> {
  if (!process.env.ACCORD_SCREENSHOTS) return;
  await target.screenshot({ scale: 'css', path: resolve(ARTEFACTS, file), ...(fullPage ? { fullPage } : {}) });
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

/** Visible controls without an accessible name (aria-label, label, labelledby or text). */
export async function unnamedControls(page: Page): Promise<string[]> {
  return page.locator('button, select, input, textarea, a[href]').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => {
        const el = e as HTMLInputElement;
        const byId = (el.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join('');
        const label = [...(el.labels ?? [])].map((l) => l.textContent ?? '').join('');
        const name =
          el.getAttribute('aria-label') ??
          (byId || label || (el.tagName === 'BUTTON' || el.tagName === 'A' ? el.textContent : '') || el.title || '');
        return name.trim() === '';
      })
      .map((e) => e.outerHTML.slice(0, 120)),
  );
}

/**
 * For a browser test file: serves the shared build and launches Chromium before its tests, and closes
 * both after them (registers vitest's beforeAll/afterAll). Read them through the getters in tests.
 */
export function useServedApp(): { url: () => string; browser: () => Browser } {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveApp(await ensureBuilt());
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const missing = (what: string) => new Error(`${what} is not ready: call useServedApp() at the top of the file`);
  return {
    url: () =>
      server?.url ??
      (() => {
        throw missing('The served app');
      })(),
    browser: () =>
      browser ??
      (() => {
        throw missing('Chromium');
      })(),
  };
}

/**
 * What sticks out of the screen, scrolls sideways or is cut, as sentences (none: the layout fits):
 * the page wider than the screen; a visible element beyond the screen's left or right edge; an
 * element that hides or scrolls part of its content sideways (overflow hidden, clip or auto); an SVG
 * text beyond its drawing. Vertical scrolling is allowed (a long page scrolls down).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${String(e.getAttribute('class')).split(' ').join('.')}` : ''} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
    if (document.documentElement.scrollWidth > vw + 1)
      out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide on a ${vw} px screen`);
    for (const e of document.querySelectorAll('#app *')) {
      if (e.closest('.skip-link, .visually-hidden, [hidden]')) continue;
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(e);
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      if (r.right > vw + 1 || r.left < -1)
        out.push(`${name(e)} sticks out of the screen (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
      if (e instanceof SVGElement && !(e instanceof SVGSVGElement)) {
        const svg = e.ownerSVGElement?.getBoundingClientRect();
        if (e.tagName === 'text' && svg && (r.right > svg.right + 1 || r.left < svg.left - 1))
          out.push(`${name(e)} is cut at the chart's edge`);
        continue;
      }
      if (cs.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1)
        out.push(`${name(e)} hides or scrolls ${e.scrollWidth - e.clientWidth} px of its content sideways`);
    }
    return out;
  });
}

/**
 * Text the browser wrapped badly, as sentences (none: every line reads whole):
 * - a word split across two lines: a column too narrow for its words, where the browser breaks them letter by
 *   letter (an eight-party table's five columns on a 320 px phone did: "Poi/nts"). Each word of four letters or
 *   more is measured on its own; one that takes two line boxes was split;
 * - a closing punctuation mark (: ; , . ! ? ) » ·) that starts a line after the words it belongs to: a party's
 *   name as a flex box took a phone's whole line, and the sentence went on below with ": 42 points" (French
 *   spacing, a plain space before « : », did the same). Marks at the start of a block are not counted.
 * Hidden elements and drawings are skipped.
 */
export async function brokenWords(page: Page, selector = '#app'): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const root = document.querySelector(sel);
    if (!root) return out;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const rectOf = (n: Node, i: number): DOMRect | undefined => {
      range.setStart(n, i);
      range.setEnd(n, i + 1);
      return [...range.getClientRects()].find((r) => r.width > 0);
    };
    const whereOf = (parent: Element) => {
      const where = parent.closest('table, [id]');
      const cls = where?.getAttribute('class');
      return where
        ? ` of ${where.tagName.toLowerCase()}${where.id ? `#${where.id}` : ''}${cls ? `.${cls.split(' ').join('.')}` : ''}`
        : '';
    };
    // The block a text sits in: its nearest ancestor that is not laid out inline (an inline flex box counts as
    // inline: it sits in its sentence's line).
    const blocks = new Map<Element, Element | null>();
    const blockOf = (e: Element | null): Element | null => {
      if (!e) return null;
      let b = blocks.get(e);
      if (b === undefined) {
        b = getComputedStyle(e).display.startsWith('inline') ? blockOf(e.parentElement) : e;
        blocks.set(e, b);
      }
      return b;
    };
    // The last visible character so far: its line's top and height, and its block.
    let last: { top: number; height: number; block: Element | null } | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('svg, .skip-link, .visually-hidden, [hidden], script, style')) continue;
      if (parent.getClientRects().length === 0) continue;
      const text = n.textContent ?? '';
      for (const m of text.matchAll(/[^\s\-–—/]{4,}/gu)) {
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1)
          out.push(
            `“${m[0]}” is split across ${lines.size} lines in ${parent.tagName.toLowerCase()}${whereOf(parent)}`,
          );
      }
      // Measured only where it counts (a page of prose has thousands of characters): each mark of a sentence
      // (followed by a space or its end, not an address's "?join=…" or a number's "1,5") against the last
      // character before it, and this text's last character for the next text.
      const block = blockOf(parent);
      const lastBefore = (i: number) => {
        for (let j = i - 1; j >= 0; j--) if (!/\s/.test(text[j]!)) return j;
        return -1;
      };
      const lineOf = (i: number) => {
        const r = rectOf(n, i);
        return r ? { top: r.top, height: r.height, block } : null;
      };
      for (const m of text.matchAll(/[:;,.!?)»·](?=[\s:;,.!?)»·]|$)/gu)) {
        const r = rectOf(n, m.index);
        const j = lastBefore(m.index);
        const before = j >= 0 ? lineOf(j) : last;
        if (r && before && before.block === block && r.top > before.top + before.height / 2)
          out.push(
            `“${text.slice(m.index, m.index + 20).trim()}” starts a line after its words in ${parent.tagName.toLowerCase()}${whereOf(parent)}`,
          );
      }
      const end = lastBefore(text.length);
      if (end >= 0) last = lineOf(end) ?? last;
    }
    return out;
  }, selector);
}

/**
 * French spacing on a French page, as sentences (none: every mark is spaced the French way): a no-break space
 * before « : ; ! ? » and inside guillemets, where the page had a plain space or none. Accord's catalogs write
 * U+202F, checked sentence by sentence (test/i18n/catalogs.test.ts); a scenario's French may write U+00A0, the
 * other French rule. This finds what the code adds between sentences (an issue's title and its options joined
 * by ": ", red lines by "; "). A mark followed by a letter or a digit (a time, an address, "ligne:colonne") is
 * not a sentence's. Form fields, code and drawings are skipped, and so are the `foreign` texts (titles quoted in
 * their own language).
 */
export async function frenchSpacing(page: Page, foreign: readonly string[] = [], selector = '#app'): Promise<string[]> {
  return page.evaluate(
    ([sel, quoted]) => {
      const out: string[] = [];
      const root = document.querySelector(sel);
      if (!root) return out;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let text = '';
      const owners: Element[] = [];
      let lastBlock: Element | null = null;
      const blockOf = (e: Element): Element => {
        for (let x: Element | null = e; x; x = x.parentElement)
          if (!getComputedStyle(x).display.startsWith('inline')) return x;
        return root;
      };
      // The visible text in reading order, a line break between blocks, each character with its element: a mark
      // that opens a text node (": 42 points" after a name in a <strong>) is judged with what comes before it.
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('svg, code, pre, textarea, input, select, .skip-link, [hidden], script, style'))
          continue;
        if (parent.getClientRects().length === 0) continue;
        const block = blockOf(parent);
        if (block !== lastBlock) {
          text += '\n';
          owners.push(parent);
          lastBlock = block;
        }
        const t = n.textContent ?? '';
        text += t;
        for (let i = 0; i < t.length; i++) owners.push(parent);
      }
      // Titles quoted in their own language (an English article cited in a French scenario) keep their marks.
      for (const q of quoted) text = text.split(q).join('·'.repeat(q.length));
      const at = (i: number) => {
        const e = owners[i]?.closest('[id]');
        return e ? ` in #${e.id}` : '';
      };
      for (const m of text.matchAll(/([^\u00a0\u202f\n])([:;!?»])(?=\s|$)/gu))
        out.push(
          `“${text.slice(Math.max(0, m.index - 20), m.index + 10).trim()}”: ${m[2]} without a narrow no-break space${at(m.index)}`,
        );
      for (const m of text.matchAll(/«(?![\u00a0\u202f])/gu))
        out.push(`“${text.slice(m.index, m.index + 20).trim()}”: « without a narrow no-break space${at(m.index)}`);
      return out;
    },
    [selector, foreign] as const,
  );
}

/**
 * Menus (selects) under `selector` whose closed face cuts an option's name at its edge, as "Everything,
 * including source co": a menu the system draws keeps its choice on one line; one the page draws
 * (appearance: base-select) may wrap it. Every option is tried, since any may be chosen: its name's width in
 * the menu's font against the menu's room (its arrow aside, 4 px of slack), and, where wider, whether the menu
 * grows a line to show it whole. The menus are left as they were.
 */
export async function cutMenuNames(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const ARROW = 20;
    const measure = document.createElement('canvas').getContext('2d')!;
    const out: string[] = [];
    for (const menu of document.querySelectorAll<HTMLSelectElement>(`${sel} select`)) {
      if (menu.getClientRects().length === 0) continue;
      const style = getComputedStyle(menu);
      measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const px = (v: string) => Number.parseFloat(v);
      const line = style.lineHeight === 'normal' ? 1.2 * px(style.fontSize) : px(style.lineHeight);
      const kept = menu.selectedIndex;
      for (const option of menu.options) {
        // Chosen, as the trainee may: a menu sized to its choice grows, one of a fixed width may wrap.
        menu.selectedIndex = option.index;
        const room = menu.clientWidth - px(style.paddingLeft) - px(style.paddingRight) - ARROW;
        const width = measure.measureText(option.text).width;
        const lines = (menu.clientHeight - px(style.paddingTop) - px(style.paddingBottom)) / line;
        if (width > room + 4 && lines < 1.5)
          out.push(`#${menu.id}: “${option.text}” needs ${Math.round(width)} px, has ${Math.round(room)}`);
      }
      menu.selectedIndex = kept;
    }
    return out;
  }, selector);
}

/** Text fields under `selector` whose value does not show whole (a default the instructor should read, cut). */
export async function cutFields(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLInputElement>(`${sel} input[type="text"]`)]
        .filter((field) => field.getClientRects().length > 0 && field.scrollWidth > field.clientWidth + 1)
        .map((field) => `#${field.id}: “${field.value}” needs ${field.scrollWidth} px, has ${field.clientWidth}`),
    selector,
  );
}

/**
 * A form's answers out of place under `selector`: an answer box (`.ws-field`: a question's label, then its box)
 * not under its question at the same left edge, or a name (`.ws-rank`: a label beside its menu) touching its menu.
 */
export async function misplacedAnswers(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((form) => {
    const out: string[] = [];
    for (const field of form.querySelectorAll('.ws-field')) {
      const question = field.querySelector('label')!.getBoundingClientRect();
      const answer = field.querySelector('textarea, input')!.getBoundingClientRect();
      if (answer.top < question.bottom || Math.abs(answer.left - question.left) > 1)
        out.push(`${field.textContent?.slice(0, 40)}: the answer box is not under its question`);
    }
    for (const label of form.querySelectorAll<HTMLLabelElement>('.ws-rank label')) {
      const name = label.getBoundingClientRect();
      const menu = document.getElementById(label.htmlFor)!.getBoundingClientRect();
      if (menu.left - name.right < 4 && menu.top < name.bottom) out.push(`${label.textContent}: touches its menu`);
    }
    return out;
  });
}

/** The smallest font size (px) of any visible text under `selector`, outside drawings. */
export async function smallestText(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let least = Infinity;
    const root = document.querySelector(sel);
    if (!root) return least;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || (n.textContent ?? '').trim() === '' || parent.closest('svg, .skip-link, .visually-hidden'))
        continue;
      const r = parent.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      least = Math.min(least, Number.parseFloat(getComputedStyle(parent).fontSize));
    }
    return least;
  }, selector);
}

/**
 * The checkboxes and radio buttons under `selector` drawn smaller than the text of their own label (less than 0.9 of
 * its font size): a browser draws them at a fixed 13 px whatever the page's text, so beside projector mode's 56 px
 * text on a 4K screen a box is a speck. Each is given as "its label's text: box px < font px".
 */
export async function smallChoices(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const small: string[] = [];
    for (const box of document.querySelectorAll<HTMLInputElement>(
      `${sel} input[type='checkbox'], ${sel} input[type='radio']`,
    )) {
      const r = box.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const label = box.closest('label') ?? (box.id ? document.querySelector(`label[for="${box.id}"]`) : null);
      const font = Number.parseFloat(getComputedStyle(label ?? box).fontSize);
      const side = Math.min(r.width, r.height);
      if (side < 0.9 * font)
        small.push(
          `${(label?.textContent ?? box.name).trim().slice(0, 40)}: ${side.toFixed(0)} px < ${font.toFixed(0)} px`,
        );
    }
    return small;
  }, selector);
}

/**
 * Browser contexts kept for a test file's whole run, one per set of options (a screen's size, touch, language),
 * for pages that keep nothing on the device that would change what the next page of that context shows: the
 * instructor's console, class board and projectors (they read the instructor key and write nothing back). The
 * caller closes each page; the contexts close after the file. A fresh context and its first page cost Chromium
 * 4.1 CPU s with the library loaded, a new page of a kept context 2.3 (its renderer, HTTP and code caches warm;
 * 4 rounds each, 2026-12-07): a file that opens 20 screens at 9 sizes saves 11 contexts. `prepare` runs once
 * for each new context (an init script, say).
 */
export function keptContexts(
  browser: () => Browser,
  prepare: (context: BrowserContext) => Promise<unknown> = async () => undefined,
): (options: Parameters<Browser['newContext']>[0]) => Promise<Page> {
  const contexts = new Map<string, Promise<BrowserContext>>();
  afterAll(async () => {
    for (const context of contexts.values()) await (await context).close();
    contexts.clear();
  });
  return async (options) => {
    const key = JSON.stringify(options ?? {});
    let context = contexts.get(key);
    if (!context) {
      context = browser()
        .newContext(options)
        .then(async (made) => {
          await prepare(made);
          return made;
        });
      contexts.set(key, context);
    }
    return (await context).newPage();
  };
}

/** A phone (touch) `width`×`height` in `browser`: its own context, a page and the errors it reports. */
export async function phoneIn(
  browser: Browser,
  width = 390,
  height = 844,
): Promise<{ context: BrowserContext; phone: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  return { context, phone, errors: watchErrors(phone) };
}

/**
 * For a browser test file of the classroom: the shared build served by a classroom server of its
 * own (a fresh data folder, clocks and computers `timeScale` times as long) and Chromium, started
 * before its tests and closed after them. `api` calls the server's HTTP API as the instructor.
 * `host`: the interface it listens on (default 127.0.0.1; '0.0.0.0' every one, as `npm start`).
 */
export function useClassroomServer(
  timeScale: number,
  { host = '127.0.0.1' }: { host?: string } = {},
): {
  server: () => RunningServer;
  browser: () => Browser;
  base: () => string;
  api(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
} {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    const build = await ensureBuilt();
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { startServer } = await import('../../src/server/startServer.ts');
    dataDir = mkdtempSync(resolve(tmpdir(), 'accord-browser-'));
    server = await startServer({ port: 0, host, dataDir, staticDir: build, timeScale });
    browser = await launch();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const ready = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`${what} is not ready: call useClassroomServer() at the top of the file`);
    return x;
  };
  const base = () => `http://127.0.0.1:${ready(server, 'The classroom server').port}`;
  return {
    server: () => ready(server, 'The classroom server'),
    browser: () => ready(browser, 'Chromium'),
    base,
    async api(method, path, body) {
      const res = await fetch(`${base()}${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${ready(server, 'The classroom server').instructorKey}`,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
  };
}

/**
 * On the instructor's device (the key already read from its address): the scenario card's "Play across
 * devices" form, `computers` played by the computer, a fast pace; the page becomes the table's
 * projector. Returns the table's join code, as the projector shows it.
 */
export async function createTableOnProjector(
  page: Page,
  base: string,
  scenarioId: string,
  computers: readonly string[],
): Promise<string> {
  await page.goto(`${base}/`);
  await page.locator(`[data-scenario="${scenarioId}"] >> text=Play across devices…`).click();
  await page.locator('#create-table').waitFor();
  for (const party of computers) await page.selectOption(`#who-${party}`, 'computer');
  await page.selectOption('#table-pace', 'fast');
  await page.click('#create-table');
  await page.locator('#join-code-big').waitFor();
  return (await page.locator('#join-code-big').innerText()).trim();
}

/**
 * A slow network in front of a server: a local TCP relay that holds every chunk `delayMs` in each
 * direction (a congested classroom Wi-Fi), order kept. Chromium's own throttling does not reliably
 * reach WebSocket frames; this does. Returns the base address through the relay, and `hold`: from then
 * on what the server sends the device waits until `release` (order kept), so a test can look at a
 * screen while a move is on its way however slowly the machine runs it, not only within `delayMs`.
 */
export async function slowLink(
  base: string,
  delayMs: number,
): Promise<{ base: string; hold: () => void; release: () => void; close: () => Promise<void> }> {
  const target = new URL(base);
  const sockets = new Set<Socket>();
  let held: (() => void)[] | null = null;
  const later = (toDevice: boolean, f: () => void) =>
    setTimeout(() => (toDevice && held ? held.push(f) : f()), delayMs);
  const relay = (from: Socket, to: Socket, toDevice: boolean) => {
    from.on('data', (d) => later(toDevice, () => to.write(d)));
    from.on('end', () => later(toDevice, () => to.end()));
    from.on('error', () => to.destroy());
    from.on('close', () => later(toDevice, () => to.destroy()));
  };
  const server = createServer((device) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [device, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    relay(device, upstream, false);
    relay(upstream, device, true);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    base: `http://127.0.0.1:${port}`,
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const f of waiting) f();
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/**
 * The files of a language's sentences this page has fetched, by language (src/i18n/load.ts: English
 * comes with the page, each other language is a file of its own).
 */
export function sentenceFiles(page: Page): () => string[] {
  const seen = new Set<string>();
  page.on('request', (r) => {
    const m = /\/assets\/(en|fr)-[\w-]+\.js$/.exec(r.url());
    if (m) seen.add(m[1]!);
  });
  return () => [...seen].sort();
}

/**
 * The texts of the drawings (SVG) under `selector` that the screen shows faintly, as sentences (none: each
 * stands out from what is behind it): read from the pixels of a screenshot, the darkest against the lightest
 * within each text's box, which must differ by a contrast ratio of at least 3. Computed styles cannot tell:
 * a forced-colours mode (Windows' high-contrast themes) repaints the page after them, and a chart's text drawn
 * black then lay on a forced black background. Texts outside the screen are scrolled to.
 * One screenshot of the screen serves every text wholly on it, each read within its own box (its whole pixels:
 * the box's fractional edges rounded inwards, so no pixel outside it counts). A screenshot clipped to each text
 * took 18.9 s for the debrief's 35 texts on the loaded two-core machine (2026-12-07): three round trips and an
 * image each.
 */
export async function faintDrawingTexts(page: Page, selector: string): Promise<string[]> {
  const out: string[] = [];
  const texts = page.locator(`${selector} svg text`);
  // Its own words, not its tooltip's (a <title> inside it); and whether it shows, as Playwright's isVisible() tells
  // (rendered, visibility visible, a box of some size), read for all at once.
  const found = await texts.evaluateAll((els) =>
    els.map((e) => {
      const words = [...e.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join('')
        .trim();
      const r = e.getBoundingClientRect();
      const shows = e.checkVisibility() && getComputedStyle(e).visibility === 'visible' && r.width > 0 && r.height > 0;
      return { words, shows };
    }),
  );
  const words = found.map((f) => f.words);
  const waiting = found.flatMap((f, i) => (f.words !== '' && f.shows ? [i] : []));
  while (waiting.length > 0) {
    // The first text waiting brought into view, and with it every other text now wholly on the screen.
    await texts.nth(waiting[0]!).scrollIntoViewIfNeeded();
    const screen = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    const boxes = await texts.evaluateAll((els, wanted) => {
      return wanted.map((i) => {
        const r = els[i]!.getBoundingClientRect();
        return { i, x: r.x, y: r.y, width: r.width, height: r.height };
      });
    }, waiting);
    const onScreen = boxes.filter(
      (b, k) => k === 0 || (b.x >= 0 && b.y >= 0 && b.x + b.width <= screen.width && b.y + b.height <= screen.height),
    );
    for (const b of onScreen) waiting.splice(waiting.indexOf(b.i), 1);
    const shown = onScreen.filter((b) => b.width >= 1 && b.height >= 1);
    if (shown.length === 0) continue;
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    const ratios = await page.evaluate(
      async ({ b64, boxes, cssWidth }) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const k = bitmap.width / cssWidth;
        const lin = (v: number) => (v <= 10.31 ? v / 3294.6 : ((v / 255 + 0.055) / 1.055) ** 2.4);
        return boxes.map((b) => {
          // The whole pixels inside the box (at least one); a text beyond the screen's edge (the first, too
          // large to bring wholly into view) is read where it shows.
          const x0 = Math.max(0, Math.ceil(b.x * k - 1e-3));
          const y0 = Math.max(0, Math.ceil(b.y * k - 1e-3));
          const x1 = Math.max(x0 + 1, Math.min(bitmap.width, Math.floor((b.x + b.width) * k + 1e-3)));
          const y1 = Math.max(y0 + 1, Math.min(bitmap.height, Math.floor((b.y + b.height) * k + 1e-3)));
          const px = ctx.getImageData(x0, y0, x1 - x0, y1 - y0).data;
          let lo = Infinity;
          let hi = -Infinity;
          for (let j = 0; j < px.length; j += 4) {
            const l = 0.2126 * lin(px[j]!) + 0.7152 * lin(px[j + 1]!) + 0.0722 * lin(px[j + 2]!);
            lo = Math.min(lo, l);
            hi = Math.max(hi, l);
          }
          return (hi + 0.05) / (lo + 0.05);
        });
      },
      { b64: png.toString('base64'), boxes: shown, cssWidth: screen.width },
    );
    for (const [k, b] of shown.entries())
      if (ratios[k]! < 3)
        out.push(`“${words[b.i]!.slice(0, 40)}” is drawn faintly (contrast ${ratios[k]!.toFixed(2)} within its box)`);
  }
  return out;
}
