/**
 * The classroom across devices in Chromium: the classroom server runs in this process (on port 0,
 * serving the test build), the instructor creates a table from a library card and its projector
 * opens; two trainees join from their own devices (a phone at 390×844, a laptop at 1366×768), play
 * to the debrief, and one reloads mid-game and gets its seat back by itself. Each screen shows only
 * what its view allows: a trainee's page never holds another party's brief or BATNA, the projector
 * none at all. Phone controls are at least 44 px tall; the public debrief's chart reads in forced colours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadScenario } from '../bots/support.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ROOT,
  createTableOnProjector,
  ensureBuilt,
  faintDrawingTexts,
  launch,
  unnamedControls,
  watchErrors,
} from './harness.ts';
import { startServer } from '../../src/server/startServer.ts';
import type { RunningServer } from '../../src/server/startServer.ts';

const SCENARIO = 'gdpr-research-exemption';
/** As an English-speaking browser reads it (its texts are in English and French). */
const scenario = loadScenario(resolve(ROOT, `scenarios/${SCENARIO}.json`));
/** A distinctive sentence of a brief (the first 60 characters of its longest paragraph). */
const briefOf = (id: string) => {
  const p = scenario.parties.find((x) => x.id === id)!;
  return (p.brief.split(/\n\s*\n/).sort((x, y) => y.length - x.length)[0] ?? '').trim().slice(0, 60);
};
const batnaOf = (id: string) =>
  scenario.parties
    .find((x) => x.id === id)!
    .batna.description.trim()
    .slice(0, 60);
const secretsOf = (id: string) => [briefOf(id), batnaOf(id)];
const allSecrets = scenario.parties.flatMap((p) => secretsOf(p.id));

let server: RunningServer;
let browser: Browser;
let dataDir: string;
let base: string;

beforeAll(async () => {
  const build = await ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'accord-classroom-'));
  // Computers move 4× faster than in class, so a whole game takes seconds.
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, staticDir: build, timeScale: 0.25 });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launch();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function device(width: number, height: number, phone = false): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

/** Controls shown on the page that are less than 44 px tall. */
async function smallTargets(page: Page): Promise<string[]> {
  return page
    .locator('main button, main select, main input:not([type="radio"]), main textarea, main summary')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .filter((e) => e.getBoundingClientRect().height < 44)
        .map((e) => `${e.outerHTML.slice(0, 80)} (${Math.round(e.getBoundingClientRect().height)} px)`),
    );
}

/** Opens the folded brief (it stays open while the table moves on: the seat screen keeps it so). */
async function openBrief(page: Page): Promise<void> {
  await page.locator('.private summary', { hasText: 'Your brief' }).click();
  await expect.poll(() => page.locator('.private details[open] summary', { hasText: 'Your brief' }).count()).toBe(1);
}

async function joinAs(page: Page, code: string, name: string, party: string | null): Promise<string> {
  await page.goto(`${base}/?join=${code}`);
  await page.locator('#join-name').waitFor();
  await page.fill('#join-name', name);
  if (party) await page.locator(`input[name="party"][value="${party}"]`).check();
  await page.click('#join-take');
  await page.locator('#turn-banner').waitFor();
  return (await page.locator('#turn-banner').innerText()).trim();
}

describe('the classroom across devices', () => {
  it('plays a table from join to the debrief on a projector, a phone and a laptop, each seeing only its view', async () => {
    const humans = [scenario.parties[0]!.id, scenario.parties[1]!.id];
    const [first, second] = humans as [string, string];

    // The instructor's device: the instructor address keeps the key; the card offers the classroom.
    const projector = await device(1920, 1080);
    const pp = projector.page;
    await pp.goto(`${base}/?instructor=${server.instructorKey}`);
    await pp.locator('#app[data-ready="true"]').waitFor();
    expect(pp.url()).not.toContain(server.instructorKey);
    const code = await createTableOnProjector(
      pp,
      base,
      SCENARIO,
      scenario.parties.slice(2).map((p) => p.id),
    );
    expect(code).toMatch(/^[A-Z]{6}$/);
    expect(pp.url()).toContain(`?projector=${code}`);
    await expect.poll(() => pp.locator('#projector-seats .free').count()).toBe(2);
    // A projector cannot scroll: the whole table is on the 1920×1080 screen.
    await pp.locator('.projector-canvas canvas').waitFor();
    const table = await pp.locator('.projector-canvas canvas').boundingBox();
    expect(table).not.toBeNull();
    expect(table!.y + table!.height).toBeLessThanOrEqual(1080);
    expect(await pp.locator('svg.qr').getAttribute('aria-label')).toContain(`?join=${code}`);

    // A trainee on a phone picks a party; a wrong code first gets a clear sentence.
    const phone = await device(390, 844, true);
    await phone.page.goto(`${base}/?join`);
    await phone.page.fill('#join-code', 'ZZZZZZ');
    await phone.page.click('#join-find');
    await expect
      .poll(() => phone.page.locator('#join-problem').innerText())
      .toMatch(/No table or class has the code ZZZZZZ/);
    await joinAs(phone.page, code, 'Ana', first);
    await openBrief(phone.page);
    await expect.poll(() => pp.locator('#projector-seats .free').count()).toBe(1);

    // A second device cannot take the held seat.
    const laptop = await device(1366, 768);
    await laptop.page.goto(`${base}/?join=${code}`);
    await laptop.page.locator('#join-name').waitFor();
    expect(await laptop.page.locator(`input[name="party"][value="${first}"]`).isDisabled()).toBe(true);
    await joinAs(laptop.page, code, 'Bo', null);
    await expect
      .poll(async () => (await laptop.page.locator('.private h3').innerText()).includes(scenario.parties[1]!.name))
      .toBe(true);

    const privacy = async () => {
      const phoneText = await phone.page.locator('body').innerText();
      const laptopText = await laptop.page.locator('body').innerText();
      const projectorText = await pp.locator('body').innerText();
      for (const s of secretsOf(second)) expect(phoneText).not.toContain(s);
      for (const s of secretsOf(first)) expect(laptopText).not.toContain(s);
      for (const s of allSecrets) expect(projectorText).not.toContain(s);
    };
    // Each sees its own brief once opened (and never the other's).
    await openBrief(laptop.page);
    expect(await phone.page.locator('body').innerText()).toContain(briefOf(first));
    expect(await laptop.page.locator('body').innerText()).toContain(briefOf(second));
    await privacy();

    // Play: each trainee passes on its turn (its turn shows at once); the phone reloads mid-game.
    let reloaded = false;
    let sawMyTurn = false;
    let checkedTargets = false;
    const started = Date.now();
    while (Date.now() - started < 150_000) {
      let done = 0;
      for (const d of [phone, laptop]) {
        const page = d.page;
        if ((await page.locator('#seat-result').count()) > 0) {
          done++;
          continue;
        }
        // Enabled: a pass just sent shows its button disabled until the server answers, and a click on it
        // would wait for a turn that may not come again (the table ends).
        const pass = page.locator('#act-pass:not([disabled])');
        if ((await pass.count()) === 0) continue;
        sawMyTurn ||= (await page.locator('#turn-banner').innerText()).startsWith('Your turn');
        if (d === phone && !checkedTargets) {
          // The phone's whole move panel, brief and sheet open: every control at least 44 px tall.
          await page
            .locator('main details')
            .evaluateAll((els) => els.forEach((e) => ((e as HTMLDetailsElement).open = true)));
          expect(await smallTargets(page)).toEqual([]);
          expect(await unnamedControls(page)).toEqual([]);
          // Each issue's title starts where its menu does, one line long or two (not centred over it).
          const offsets = await page.locator('.builder label').evaluateAll((labels) =>
            labels.flatMap((label) => {
              const menu = label.querySelector('select');
              const title = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
              if (!menu || !title) return [];
              const range = document.createRange();
              range.selectNodeContents(title);
              return [Math.round(range.getBoundingClientRect().left - menu.getBoundingClientRect().left)];
            }),
          );
          expect(offsets.length).toBeGreaterThan(1);
          expect(offsets.every((dx) => dx === 0)).toBe(true);
          checkedTargets = true;
        }
        if (d === phone && !reloaded) {
          // A reload (or a new tab) takes the seat back with the stored seat key, within 5 s; a side message
          // half written is still there (typedDrafts.ts), to whom it was going too, and so is the package
          // being built (keptDraft.ts).
          reloaded = true;
          const to = await page.locator('#message-to option').nth(1).getAttribute('value');
          await page.locator('#message-to').selectOption(to!);
          await page.fill('#message-text', 'Could you live with pseudonymised data?');
          const builder = page.locator('.builder select:not(#pkg-from)');
          const picked = await builder.evaluateAll((sels) =>
            (sels as HTMLSelectElement[]).map((s) => s.options[s.options.length - 1]!.value),
          );
          expect(picked.length).toBeGreaterThan(1);
          for (const [k, value] of picked.entries()) await builder.nth(k).selectOption(value);
          await page.reload();
          await page.locator('#act-pass').waitFor({ timeout: 5000 });
          expect(await page.locator('.private h3').innerText()).toContain(scenario.parties[0]!.name);
          expect(await page.locator('#message-text').inputValue()).toBe('Could you live with pseudonymised data?');
          expect(await page.locator('#message-to').inputValue()).toBe(to);
          expect(await builder.evaluateAll((sels) => sels.map((s) => (s as HTMLSelectElement).value))).toEqual(picked);
          await page.fill('#message-text', '');
          await privacy();
        }
        await pass.click();
      }
      if (done === 2) break;
      await phone.page.waitForTimeout(50);
    }
    expect(sawMyTurn).toBe(true);
    expect(reloaded).toBe(true);
    expect(checkedTargets).toBe(true);

    // The end: each trainee its own result, the projector the public debrief with its chart.
    await phone.page.locator('#seat-result').waitFor();
    await laptop.page.locator('#seat-result').waitFor();
    await pp.locator('#classroom-debrief svg.result-bars').waitFor();
    // The bars' names and figures stand out in forced colours too (a projector laptop in a high-contrast theme).
    await pp.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    expect(await faintDrawingTexts(pp, '#classroom-debrief'), 'the public debrief in forced colours').toEqual([]);
    await pp.emulateMedia({ forcedColors: null, colorScheme: null });
    expect(await phone.page.locator('#seat-result').innerText()).toContain('Your result');
    // The phone's public debrief: one card per party (a column of figures per party broke words letter by
    // letter at 320 px), each figure under its column's name; the projector keeps its columns.
    await phone.page.locator('#classroom-debrief table').waitFor();
    const cards = (page: Page) =>
      page.locator('#classroom-debrief table td').evaluateAll((tds) => {
        const table = tds[0]!.closest('table')!.getBoundingClientRect().width;
        return tds.every((td) => td.getBoundingClientRect().width >= table - 1);
      });
    expect(await cards(phone.page), 'the phone stacks the debrief table').toBe(true);
    expect(await cards(pp), 'the projector keeps its columns').toBe(false);
    expect(await phone.page.locator('#classroom-debrief td[data-label]').count()).toBeGreaterThan(0);
    // The seat inside the join screen is padded once: its column takes all but 29 px a side of the phone's
    // 390 (it lost 11 px more a side to a second classroom padding).
    expect((await phone.page.locator('#seat-end').boundingBox())!.width).toBeGreaterThanOrEqual(390 - 2 * 29);
    await privacy();
    // (The phone's one 404 is the wrong code it typed: the browser logs the refused lookup.)
    expect(phone.errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    for (const d of [projector, laptop]) expect(d.errors).toEqual([]);
  }, 240_000);

  it('shows a refused join code and an instructor-only page as sentences', async () => {
    const { page, errors } = await device(390, 844, true);
    await page.goto(`${base}/?create=${SCENARIO}`);
    await page.locator('#app[data-ready="true"]').waitFor();
    expect(await page.locator('main').innerText()).toContain('This needs the instructor key');
    await page.goto(`${base}/?join=abc`);
    await page.locator('#join-problem').waitFor();
    expect(await page.locator('#join-problem').innerText()).toMatch(/6 letters/);
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
  });
});
