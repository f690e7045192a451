/**
 * `npm run bench -- browser`: the browser game's figures against the issue's targets, measured on
 * the production build in headless Chromium.
 *   - bundle size by chunk (raw and gzip) and every request the first page makes until the library
 *     is interactive, from the browser's network log (≤ 450 kB gzip; no room, debrief or Phaser code);
 *   - navigation → interactive library (< 1.5 s); a phone (CPU 4× slower) to its join form (< 1.5 s),
 *     and over a link adding 0.3 s each way (< 3 s);
 *   - at a classroom table, the phone and the projector's laptop CPU 4× slower: Take my seat → the seat
 *     screen (< 1 s), a tap on Propose → the move in the phone's log (< 0.5 s) and the projector's (< 1 s);
 *   - frame time p95 in the room at 1080p while computer players move (< 20 ms), and its spread
 *     over several runs at fast pace (median of the p95s < 20 ms), with what the long frames did (a
 *     computer's move in them or just before, the main thread held: the browser's long animation
 *     frames), the load average beside each run, and one more run under Chrome's trace (the main
 *     thread's frame work, commits, WebGL read-backs);
 *   - longest main-thread block while the debrief's analysis runs (< 100 ms; Web Worker);
 *   - the game review of the finished game, every party, in its Web Worker (< 1 s);
 *   - the workers' chart data and instructor analysis for 8^8 ≈ 1.7 × 10^7 packages (exact frontier)
 *     and 7^10 ≈ 2.8 × 10^8 packages (sampled; measured on Node, the same code the workers run);
 *   - the instructor view's analysis of 8^8 packages in the browser's worker: time to the analysis
 *     shown (< 5 s), frames drawn meanwhile and the longest (< 100 ms).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  OUT_DIR,
  ROOT,
  buildApp,
  launch,
  openInstructorViewForAFile,
  serveApp,
  slowLink,
} from '../test/browser/harness.ts';
import { bigScenario, bigScenarioFile } from '../test/game/bigScenario.ts';
import { initialState } from '../src/engine/index.ts';
import { chartData } from '../src/game/widgets/chart/chartData.ts';
import { instructorAnalysis } from '../src/game/instructor/instructorAnalysis.ts';

/** Runs of the frame-time measurement at fast pace, for their spread (issue 17). */
const FAST_RUNS = 5;
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const row = (what: string, target: string, measured: string, ok: boolean) =>
  console.log(`${ok ? 'ok  ' : 'MISS'} ${what.padEnd(46)} target ${target.padEnd(10)} measured ${measured}`);
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

function bundleSizes(): void {
  const dir = join(OUT_DIR, 'assets');
  console.log('Chunks (raw / gzip):');
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(js|css)$/.test(f)) continue;
    const raw = statSync(join(dir, f)).size;
    const gz = gzipSync(readFileSync(join(dir, f))).length;
    console.log(`  ${f.padEnd(48)} ${kB(raw).padStart(10)} ${kB(gz).padStart(10)}`);
  }
}

/**
 * Every request the page makes from navigation until the library is interactive, from the
 * browser's own network log (Playwright's request events, which workers' requests reach too):
 * not a list of the files we expect. Each response body is awaited before anything is summed.
 */
async function firstPage(page: Page, url: string): Promise<void> {
  const bodies: Promise<{ url: string; raw: number; gzip: number; status: number }>[] = [];
  let interactive = false;
  let late = 0;
  page.on('requestfinished', (request) => {
    if (interactive) {
      late++;
      return;
    }
    bodies.push(
      (async () => {
        const response = await request.response();
        const body = (await response?.body().catch(() => null)) ?? Buffer.alloc(0);
        return { url: request.url(), raw: body.length, gzip: gzipSync(body).length, status: response?.status() ?? 0 };
      })(),
    );
  });
  let failed = 0;
  page.on('requestfailed', () => failed++);
  await page.goto(url);
  await page.locator('#app[data-ready="true"]').waitFor();
  interactive = true;
  const fetched = await Promise.all(bodies);
  const total = fetched.reduce((t, f) => t + f.gzip, 0);
  const phaser = fetched.some((f) => /phaser/i.test(f.url));
  const heavy = fetched.filter((f) =>
    /(roomScreen|debriefScreen|instructorScreen|analysisWorker|tableScene)/.test(f.url),
  );
  console.log(`First page: ${fetched.length} requests until the library is interactive (network log):`);
  for (const f of fetched)
    console.log(
      `  ${f.url.replace(url, '/').padEnd(70)} ${kB(f.raw).padStart(10)} ${kB(f.gzip).padStart(10)}${f.status === 200 ? '' : ` (HTTP ${f.status})`}`,
    );
  if (failed > 0) console.log(`  (${failed} failed requests)`);
  console.log(`  (${late} more requests finished after the library was interactive)`);
  const rules = fetched.filter((f) => /(engine|computerTurn|gameRulesModule)-/.test(f.url));
  row(
    'first page download (gzip), every request',
    '≤ 450 kB',
    `${kB(total)}${phaser ? ' (includes Phaser!)' : ', no Phaser'}${heavy.length > 0 ? ', includes room/debrief/instructor code!' : ''}${rules.length > 0 ? ', includes the engine or the bots!' : ', no engine, analysis or bots'}`,
    total <= 450 * 1024 && !phaser && heavy.length === 0 && rules.length === 0,
  );
  console.log(
    `  before the engine, the analysis and the bots left it (3340cc4, this bench): 17 requests, 325.5 kB gzip, of which the engine and analysis chunk 21.4 kB and the bots 15.1 kB`,
  );
  // What remains is mostly the bundled scenarios' full texts (src/game/bundledScenarios.ts), in the
  // app's chunk: measured here on the files themselves, each compressed alone.
  const scenarios = readdirSync(join(ROOT, 'scenarios')).filter(
    (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
  );
  const texts = scenarios.map((f) => readFileSync(join(ROOT, 'scenarios', f)));
  console.log(
    `  of the first page, the ${scenarios.length} bundled scenario files: ${kB(texts.reduce((t, b) => t + b.length, 0))} raw, ${kB(texts.reduce((t, b) => t + gzipSync(b).length, 0))} gzip (${kB(gzipSync(Buffer.concat(texts)).length)} compressed together), growing with each translation; the library needs only their titles, summaries, parties and languages`,
  );
  // What the first page no longer carries loads when it is needed: choose a scenario, start a game.
  const later: Promise<{ url: string; gzip: number }>[] = [];
  page.on('requestfinished', (request) =>
    later.push(
      (async () => {
        const body = (await (await request.response())?.body().catch(() => null)) ?? Buffer.alloc(0);
        return { url: request.url(), gzip: gzipSync(body).length };
      })(),
    ),
  );
  await page
    .locator('article[data-scenario]')
    .first()
    .getByRole('button', { name: /Set up/ })
    .click();
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).waitFor();
  const loaded = await Promise.all(later);
  console.log(
    `  loaded on choosing a scenario and starting a game: ${loaded.length} requests, ${kB(loaded.reduce((t, f) => t + f.gzip, 0))} gzip (${loaded.map((f) => `${f.url.replace(/.*\//, '')} ${kB(f.gzip)}`).join(', ')})`,
  );
}

async function timeToInteractive(page: Page, url: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(url);
    await page.locator('#app[data-ready="true"]').waitFor();
    times.push(await page.evaluate(() => performance.getEntriesByName('accord-interactive')[0]?.startTime ?? NaN));
  }
  medianRow('navigation → interactive library', times, 1500);
}

/** A row for repeated timings against `limitMs`: their median, and each of them. */
function medianRow(what: string, times: number[], limitMs: number): void {
  const median = percentile(times, 50);
  row(
    `${what} (median of ${times.length})`,
    `< ${limitMs} ms`,
    `${median.toFixed(0)} ms (all: ${times.map((t) => t.toFixed(0)).join(', ')})`,
    median < limitMs,
  );
}

/**
 * A trainee's phone opening the join address: navigation → the join form, the CPU 4× slower than this
 * machine's (a mid-range phone). It reads neither the library nor the saved games (main.ts): that cost
 * 0.3–0.4 s of 1.1–1.35 s here. No server is needed for the code form.
 */
async function joinForm(browser: Browser, url: string): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const start = Date.now();
    await page.goto(`${url}?join`);
    await page.locator('#join-code').waitFor();
    times.push(Date.now() - start);
    await context.close();
  }
  medianRow('phone (CPU ×4): join address → join form', times, 1500);
}

/**
 * The same on a slow link (a relay adding 0.3 s each way: a congested or satellite link): what counts
 * there is how many rounds of requests the form waits for (Chromium opens 6 connections to a server).
 * It waited for the seat's screen, the engine, the computer players and the instructor's screens too:
 * about 3.1 s; the seat's code now loads while the trainee types (joinScreen.ts).
 */
async function slowJoinForm(browser: Browser, url: string): Promise<void> {
  const slow = await slowLink(url, 300);
  const times: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`${slow.base}/?join`, { timeout: 60_000 });
      await page.locator('#join-code').waitFor({ timeout: 60_000 });
      times.push(Date.now() - start);
      await context.close();
    }
  } finally {
    await slow.close();
  }
  medianRow('phone, 0.6 s round trip: join address → form', times, 3000);
}

/**
 * A trainee's phone at a classroom table (390×844 touch, CPU 4× slower: a cheap phone) and the projector on an
 * old laptop (1366×768, CPU 4×), Safe Harbor's eight parties with computers in seven seats: "Take my seat" (the
 * name typed, the seat's code loaded meanwhile) → the seat screen; a tap on Propose (its red-line confirmation
 * answered) → the move in the phone's log and in the projector's. First measured by the outside check of
 * low-end devices on a shared 2-core machine (load 7–10): at 4×, 220–460 ms, 85–320 ms and 120–370 ms; at 6×
 * much the same, a seat taken as the form showed (its code still loading) up to 1.1 s.
 */
async function phoneAtTable(browser: Browser): Promise<void> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { startServer } = await import('../src/server/startServer.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'accord-bench-phone-'));
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, staticDir: OUT_DIR, timeScale: 1 });
  const base = `http://127.0.0.1:${server.port}`;
  const scenario = 'safe-harbor-revocation';
  const seat: number[] = [];
  const own: number[] = [];
  const projected: number[] = [];
  // The page's clock when a condition first holds (checked on every DOM change), for the step's end.
  const when = (page: Page, condition: string) =>
    page.evaluate(`new Promise((resolve) => {
      const check = () => { if (${condition}) { observer.disconnect(); requestAnimationFrame(() => resolve(Date.now())); return true; } return false; };
      const observer = new MutationObserver(check);
      if (!check()) observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    })`) as Promise<number>;
  // The page's clock at the finger's touch (not Playwright's: its checks before a tap take frames of the slowed page).
  const touched = async (page: Page, tap: () => Promise<void>) => {
    await page.evaluate(
      `addEventListener('pointerdown', () => (window.__touchedAt = Date.now()), { capture: true, once: true })`,
    );
    await tap();
    return (await page.evaluate('window.__touchedAt')) as number;
  };
  const logLength = `(() => { const ol = document.querySelector('ol.log'); return ol ? Number(ol.getAttribute('start') || 1) - 1 + ol.children.length : 0; })()`;
  try {
    const api = async (path: string, body: unknown) =>
      (await (
        await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${server.instructorKey}` },
          body: JSON.stringify(body),
        })
      ).json()) as { table: { code: string } };
    const parsed = JSON.parse(readFileSync(join(ROOT, 'scenarios', `${scenario}.json`), 'utf8')) as {
      parties: { id: string }[];
    };
    for (let i = 0; i < 3; i++) {
      // The first party to move is the trainee's (Safe Harbor's first party opens); the others are computers.
      const human = parsed.parties[0]!.id;
      const parties = Object.fromEntries(
        parsed.parties.map((p) => [
          p.id,
          p.id === human ? { kind: 'human' } : { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
        ]),
      );
      const { table } = await api('/api/tables', { scenario, parties, pace: 'slow', seed: i });
      const desk = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const projector = await desk.newPage();
      await projector.goto(`${base}/?instructor=${server.instructorKey}`);
      await projector.locator('main').waitFor();
      await projector.goto(`${base}/?projector=${table.code}`);
      await projector.locator('.projector-canvas canvas').waitFor();
      await (await desk.newCDPSession(projector)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const phone = await context.newPage();
      await (await context.newCDPSession(phone)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await phone.goto(`${base}/?join=${table.code}`);
      await phone.locator('#join-name').waitFor();
      await phone.waitForTimeout(3000); // the trainee types: the seat's code loads meanwhile (joinScreen.ts)
      await phone.fill('#join-name', 'Ana');
      await phone.locator(`input[name="party"][value="${human}"]`).check();
      const seated = when(
        phone,
        `document.querySelector('#turn-banner')?.textContent && document.querySelector('.seat-screen .private')`,
      );
      const tapped = await touched(phone, () => phone.tap('#join-take'));
      seat.push((await seated) - tapped);
      await phone.locator('#act-propose:not([disabled])').waitFor();
      await phone.waitForTimeout(300);
      const before = (await phone.evaluate(logLength)) as number;
      const projectedBefore = (await projector.evaluate(logLength)) as number;
      const onPhone = when(phone, `${logLength} > ${before}`);
      const onProjector = when(projector, `${logLength} > ${projectedBefore}`);
      let start = await touched(phone, () => phone.tap('#act-propose'));
      // Safe Harbor's opening package may cross the party's red line: the move starts with "… anyway".
      const confirm = phone.locator('dialog[open] button').last();
      const asked = await Promise.race([
        confirm.waitFor({ timeout: 3000 }).then(
          () => true,
          () => false,
        ),
        onPhone.then(() => false),
      ]);
      if (asked) start = await touched(phone, () => confirm.tap());
      own.push((await onPhone) - start);
      projected.push((await onProjector) - start);
      await context.close();
      await desk.close();
    }
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  medianRow('phone (CPU ×4): Take my seat → seat screen', seat, 1000);
  medianRow('phone (CPU ×4): Propose → in its own log', own, 500);
  medianRow('projector (CPU ×4): Propose → in its log', projected, 1000);
}

async function startAllComputerGame(page: Page, url: string, pace: 'normal' | 'fast'): Promise<void> {
  await page.goto(url);
  await page
    .locator('article[data-scenario]')
    .first()
    .getByRole('button', { name: /Set up/ })
    .click();
  const first = page.locator('select[id^="kind-"]').first();
  await first.selectOption('computer');
  await page.locator('#pace').selectOption(pace);
  await page.getByRole('button', { name: 'Start the negotiation', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForFunction(() => window.__accord?.roomReady === true);
}

/**
 * Chrome's own trace of the frames (what the page's clock cannot see: the compositor's commit, a
 * WebGL canvas read back from the emulated GPU): the main thread's frame work (BeginMainFrame:
 * animation-frame callbacks, style, layout, paint, commit) over 8 ms, the commits among them, and
 * the read-backs of a WebGL canvas (GLES2::ReadPixels; none with the Canvas renderer).
 */
function traceSummary(trace: Buffer): string {
  type Event = { name?: string; ph?: string; dur?: number; pid?: number; tid?: number; args?: { name?: string } };
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: Event[] } | Event[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const ms = (name: string) =>
    events
      .filter((e) => e.ph === 'X' && e.name === name && main.has(`${e.pid}:${e.tid}`))
      .map((e) => (e.dur ?? 0) / 1000)
      .filter((d) => d > 8);
  const show = (what: string, ds: number[]) =>
    `${what} ${ds.length}× over 8 ms${ds.length > 0 ? ` (p50 ${percentile(ds, 50).toFixed(1)} ms, max ${Math.max(...ds).toFixed(1)} ms)` : ''}`;
  return `Chrome's trace, main thread: ${show('frame work', ms('ProxyMain::BeginMainFrame'))}; ${show('commits', ms('Commit'))}; ${show('WebGL read-backs', ms('GLES2::ReadPixels'))}`;
}

async function frameTimes(page: Page, url: string, pace: 'normal' | 'fast', browser?: Browser): Promise<number> {
  await page.evaluate(() => performance.clearMeasures());
  await startAllComputerGame(page, url, pace);
  await page.waitForTimeout(500);
  if (browser)
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'gpu', 'toplevel'],
    });
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  // Besides each frame's start and length: the computers' moves (their measure's start) and the
  // browser's long animation frames (main thread busy ≥ 50 ms in a frame, with the scripts' time).
  const run = (await page.evaluate(`new Promise((resolve) => {
    const frames = [];
    const moves = [];
    const loafs = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === 'accord:bot-move') moves.push(e.startTime);
    }).observe({ type: 'measure' });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        loafs.push([e.startTime, e.duration, e.scripts.reduce((t, x) => t + x.duration, 0)]);
    }).observe({ type: 'long-animation-frame' });
    let last = performance.now();
    const end = last + 5000;
    function tick(t) {
      frames.push([last, t - last]);
      last = t;
      if (t < end) requestAnimationFrame(tick);
      else resolve({ frames, moves, loafs });
    }
    requestAnimationFrame(tick);
  })`)) as { frames: [number, number][]; moves: number[]; loafs: [number, number, number][] };
  const traced = browser ? traceSummary(await browser.stopTracing()) : '';
  const frames = run.frames.map(([, d]) => d);
  const moves = await page.locator('.log li').count();
  const p95 = percentile(frames, 95);
  row(
    `room frame p95 at 1080p, bots at ${pace} pace`,
    '< 20 ms',
    `${p95.toFixed(1)} ms (p50 ${percentile(frames, 50).toFixed(1)}, max ${Math.max(...frames).toFixed(1)}, ${frames.length} frames, ${moves} log lines; load average ${loadavg()[0]!.toFixed(1)})`,
    p95 < 20,
  );
  if (traced) console.log(`  ${traced}`);
  // What the long frames did: hold or follow a computer’s move (by 100 ms at most), and hold the main thread
  // (overlap a long animation frame) or not (the time went to the compositor and the GPU process,
  // software WebGL here, or to a machine too loaded to schedule the page).
  const long = run.frames.filter(([, d]) => d > 33.4);
  const afterMove = long.filter(([t, d]) => run.moves.some((m) => m >= t - 100 && m <= t + d));
  const mainThread = long.filter(([t, d]) => run.loafs.some(([s, ld]) => s < t + d && s + ld > t));
  const scripts = run.loafs.reduce((t, [, , x]) => t + x, 0);
  console.log(
    `  frames over 33 ms: ${long.length} of ${frames.length}; ${afterMove.length} follow a computer's move (${run.moves.length} moves); ${mainThread.length} overlap a long animation frame (${run.loafs.length} of them, ${run.loafs.reduce((t, [, d]) => t + d, 0).toFixed(0)} ms, scripts ${scripts.toFixed(0)} ms)`,
  );
  const measures = (await page.evaluate(`(() => {
    const out = {};
    for (const m of performance.getEntriesByType('measure')) (out[m.name] ??= []).push(m.duration);
    return out;
  })()`)) as Record<string, number[]>;
  for (const [name, ds] of Object.entries(measures)) {
    // The table's first draw lays the seats out (texts created and measured); later ones update them.
    const [first, ...rest] = name === 'accord:table-draw' ? ds : [NaN, ...ds];
    const d = rest.length > 0 ? rest : ds;
    console.log(
      `  ${name.padEnd(22)} p50 ${percentile(d, 50).toFixed(1)} ms, max ${Math.max(...d).toFixed(1)} ms (${d.length}×)${Number.isNaN(first) ? '' : `; the first draw, seats laid out: ${first!.toFixed(1)} ms`}`,
    );
  }
  const renderer = await page.evaluate(() => window.__accord?.rendererType());
  const gl = (await page.evaluate(`(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
    return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unnamed';
  })()`)) as string;
  console.log(
    `  Phaser renderer: ${renderer === 2 ? 'WebGL' : renderer === 1 ? 'Canvas' : String(renderer)} (this browser's WebGL: ${gl}; software WebGL gets the Canvas renderer, tableScene.ts)`,
  );
  return p95;
}

async function analysisBlocking(page: Page): Promise<void> {
  // Finish the all-computer game at once, then open the debrief while watching for long tasks.
  for (let i = 0; i < 20 && !(await page.locator('#to-debrief').isVisible()); i++) {
    if (await page.locator('#skip-ahead').isVisible())
      await page
        .locator('#skip-ahead')
        .click()
        .catch(() => undefined);
    else await page.waitForTimeout(100);
  }
  await page.evaluate(`window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });`);
  const longest = async () => (await page.evaluate('window.__longest')) as number;
  const t0 = Date.now();
  await page.locator('#to-debrief').click();
  await page.locator('.chart[data-ready="true"]').waitFor({ timeout: 60_000 });
  const wall = Date.now() - t0;
  const opening = await longest();
  const build = (await page.evaluate(
    `performance.getEntriesByName('accord:debrief-build').map((m) => m.duration)`,
  )) as number[];
  // Change the pair of parties: an analysis alone, in the worker, with the page otherwise idle.
  await page.evaluate('window.__longest = 0');
  const t1 = Date.now();
  await page.locator('#chart-y').selectOption({ index: 2 });
  await page.waitForTimeout(50);
  await page.locator('.chart[data-ready="true"]').waitFor({ timeout: 60_000 });
  const second = Date.now() - t1;
  const during = await longest();
  const show = (ms: number) => (ms === 0 ? '< 50 ms (no long task)' : `${ms.toFixed(0)} ms`);
  row(
    'longest main-thread block during analysis',
    '< 100 ms',
    `${show(during)} (analysis of a new pair: ${second} ms)`,
    during < 100,
  );
  console.log(
    `  opening the debrief (room torn down, page built, first analysis): longest block ${show(opening)}, DOM build ${build.map((b) => b.toFixed(0)).join(', ')} ms, ready in ${wall} ms`,
  );
  // The game review of the finished game, every party's moves, in its Web Worker (issue 16: < 1 s).
  const review = page.locator('.game-review[data-ready="true"]');
  await review.waitFor({ timeout: 60_000 });
  const ms = Number(await review.getAttribute('data-ms'));
  const parties = await page.locator('#review-party option').count();
  row(
    'game review in its Web Worker (finished game)',
    '< 1000 ms',
    `${ms} ms (${parties} parties, every move rated)`,
    ms < 1000,
  );
}

/**
 * The workers' code on large spaces, timed on Node (the same code; no browser test runs these: they
 * would take seconds of a shared machine in every test run): 8^8 ≈ 1.7 × 10^7 packages and 6
 * parties (a scenario has at most 8 options an issue), whose frontier must come out exact (issue
 * 17), and 7^10 ≈ 2.8 × 10^8 packages, 4 parties (sampled chart, approximate frontier allowed).
 */
function largeSpace(): void {
  const cases = [
    { name: '8^8 ≈ 1.7 × 10^7 packages, 6 parties', scenario: bigScenario(8, 8, 6), chartTarget: 5, instrTarget: 5 },
    { name: '7^10 ≈ 2.8 × 10^8 packages, 4 parties', scenario: bigScenario(10, 7, 4), chartTarget: 5, instrTarget: 10 },
  ];
  for (const c of cases) {
    const t0 = performance.now();
    const d = chartData({ state: initialState(c.scenario, {}, 1), x: 'party-0', y: 'party-1' });
    const chart = (performance.now() - t0) / 1000;
    row(
      `debrief chart, ${c.name}`,
      `< ${c.chartTarget} s`,
      `${chart.toFixed(2)} s (${d.sample} sample, frontier ${d.frontierExact ? 'exact' : `within ${d.frontierShortfall}`})`,
      chart < c.chartTarget,
    );
    const t1 = performance.now();
    const a = instructorAnalysis(c.scenario);
    const instr = (performance.now() - t1) / 1000;
    row(
      `instructor analysis, ${c.name}`,
      `< ${c.instrTarget} s`,
      `${instr.toFixed(2)} s (frontier ${a.outcome?.frontier.size ?? '?'} packages, ${a.outcome?.frontier.exact ? 'exact' : 'approximate'})`,
      instr < c.instrTarget,
    );
  }
}

/**
 * The instructor view's analysis of 8^8 ≈ 1.7 × 10^7 packages, 6 parties (exact frontier) in the
 * browser's Web Worker, as test/browser/instructor.test.ts runs it (which asserts no time): from the
 * file's choice to the analysis shown, and to the chart of two parties (the same worker, after the
 * analysis); the frames the page drew meanwhile and the longest of them, the longest main-thread
 * block (long tasks) and the progress lines the worker's messages wrote. Targets: the instructor
 * analysis's (< 5 s, as on Node above) and a page never held (< 100 ms, as in the debrief).
 */
async function browserAnalysis(page: Page, url: string): Promise<void> {
  await openInstructorViewForAFile(page, url);
  // In the page (a string: tsx would wrap a function in a helper the page does not have): the
  // file's choice, the analysis and the chart shown (attribute changes), each frame while busy.
  await page.evaluate(`(() => {
    const w = window;
    const r = (w.__bench = { start: 0, busy: 0, analysed: 0, charted: 0, frames: 0, longest: 0, progress: 0, tasks: [] });
    document.addEventListener('change', () => { if (!r.start) r.start = performance.now(); }, true);
    const panel = () => document.querySelector('#instructor-analysis');
    const chart = () => document.querySelector('#instructor-chart');
    let lastStatus = '';
    new MutationObserver(() => {
      const now = performance.now();
      if (!r.start) return;
      if (!r.analysed && panel()?.getAttribute('data-ready') === 'true') r.analysed = now;
      if (r.analysed && !r.charted && chart()?.getAttribute('data-ready') === 'true' && chart()?.querySelector('svg'))
        r.charted = now;
      const s = document.querySelector('#instructor-analysis p[aria-live]')?.textContent ?? '';
      if (s !== lastStatus && s.startsWith('Analysing: step')) {
        r.progress++;
        if (!r.busy) r.busy = now;
      }
      lastStatus = s;
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    new PerformanceObserver((l) => {
      for (const e of l.getEntries())
        if (r.start && !r.charted) r.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (t) => {
      if (r.busy && !r.charted) {
        r.frames++;
        r.longest = Math.max(r.longest, t - Math.max(last, r.busy));
      }
      last = t;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
  await page.setInputFiles('#instructor-file', bigScenarioFile(8, 8, 6));
  await page.locator('#instructor-analysis[data-ready="true"]').waitFor({ timeout: 150_000 });
  await page.locator('#instructor-chart[data-ready="true"] svg').waitFor({ timeout: 150_000 });
  const r = (await page.evaluate('window.__bench')) as {
    start: number;
    busy: number;
    analysed: number;
    charted: number;
    frames: number;
    longest: number;
    progress: number;
    tasks: [number, number][];
  };
  const size = await page.locator('#outcome-size').textContent();
  const frontier = /frontier holds ([\d,]+)/.exec(size ?? '')?.[1] ?? '?';
  const analysed = (r.analysed - r.start) / 1000;
  const charted = (r.charted - r.start) / 1000;
  const working = (r.charted - r.busy) / 1000;
  // Long tasks while the worker computes (from its first progress line to the chart shown), and
  // before it: the page reading the file and drawing its sheets, briefs and rules (not the analysis).
  const during = r.tasks.filter(([t]) => t >= r.busy);
  const opening = r.tasks.filter(([t]) => t < r.busy);
  const block = (ts: [number, number][]) =>
    ts.length === 0 ? '< 50 ms (no long task)' : `${Math.max(...ts.map(([, d]) => d)).toFixed(0)} ms`;
  row(
    'instructor analysis in the browser, 8^8, 6 parties',
    '< 5 s',
    `${analysed.toFixed(2)} s from the file's choice (exact frontier ${frontier} packages; ${r.progress} progress lines; chart of two parties after ${charted.toFixed(2)} s)`,
    analysed < 5,
  );
  row(
    'longest frame while the worker analyses',
    '< 100 ms',
    `${r.longest.toFixed(0)} ms (${r.frames} frames drawn in ${working.toFixed(1)} s, ${(r.frames / working).toFixed(0)} per s; longest main-thread block ${block(during)}); load average ${loadavg()[0]!.toFixed(1)}`,
    r.longest < 100 && during.every(([, d]) => d < 100),
  );
  console.log(
    `  before the worker's first progress line (${((r.busy - r.start) / 1000).toFixed(2)} s: reading the file, drawing its sheets, briefs and rules): longest main-thread block ${block(opening)}`,
  );
}

export default async function bench(): Promise<void> {
  largeSpace();
  await buildApp();
  bundleSizes();
  const server = await serveApp();
  const browser = await launch();
  try {
    // A fresh context (empty storage) for each measurement, so no saved game is resumed.
    const fresh = async () => (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
    await firstPage(await fresh(), server.url);
    await timeToInteractive(await fresh(), server.url);
    await joinForm(browser, server.url);
    await slowJoinForm(browser, server.url);
    await phoneAtTable(browser);
    // The default pace (a move every 1.2 s) is the target; the fast pace (every 0.35 s) for
    // information, over several runs: one run's p95 says little on a shared machine.
    const fastRuns: number[] = [];
    for (let r = 0; r < FAST_RUNS; r++) {
      const p = await fresh();
      fastRuns.push(await frameTimes(p, server.url, 'fast'));
      await p.context().close();
    }
    const spread = [...fastRuns].sort((a, b) => a - b);
    row(
      `frame p95 at fast pace, median of ${FAST_RUNS} runs`,
      '< 20 ms',
      `${percentile(spread, 50).toFixed(1)} ms (min ${spread[0]!.toFixed(1)} ms, max ${spread[spread.length - 1]!.toFixed(1)} ms; all: ${fastRuns.map((x) => x.toFixed(1)).join(', ')}); load average ${loadavg()[0]!.toFixed(1)}`,
      percentile(spread, 50) < 20,
    );
    console.log(
      `  before, with WebGL in software (30978b4, 10 runs of this measurement): p95 16.8–66.7 ms, median 50.0 ms (16.8 only at load ~2; load 2–15), 4–16 frames over 33 ms a run, each after a move: the commit waited 45–55 ms for the WebGL canvas's read-back (Chrome's trace)`,
    );
    // One more run under Chrome's trace, which explains the long frames (and slows the page: not in the spread).
    console.log('One more run at fast pace, traced (not in the spread):');
    const traced = await fresh();
    await frameTimes(traced, server.url, 'fast', browser);
    await traced.context().close();
    const page = await fresh();
    await frameTimes(page, server.url, 'normal');
    await analysisBlocking(page);
    await browserAnalysis(await fresh(), server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}
