/**
 * The instructor's console and the class board at the sizes people bring to a class: a 1366×768
 * laptop, a phone (390×844, touch), a tablet (768×1024, touch) and a 4K projector (3840×2160). At each: nothing sticks out of
 * the screen, scrolls sideways or is cut (layoutProblems), the text is large enough for where the
 * screen is read from (the board is a projector screen: 28 px at 1080p, twice at 2160p, the
 * projector rule of gameModes.test.ts; the console follows it on a projector-sized screen), and the
 * board's outcome chart plots the real historical deal (the scenario's `history`) as its own,
 * labelled point beside every table's outcome. No word is split across lines (brokenWords), on these
 * screens nor on an eight-party table's projector (1366×768) and seat (a 320×568 phone). On a board of
 * twelve tables, the chart's labels cover neither each other nor any mark.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  brokenWords,
  frenchSpacing,
  keptContexts,
  layoutProblems,
  phoneIn,
  smallChoices,
  smallestText,
  unnamedControls,
  useClassroomServer,
  watchErrors,
  keepScreenshot,
} from './harness.ts';
import { checkLayout, drawn } from './canvasLayout.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

const SCENARIO = 'cyber-attribution';
const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
const HUMAN = scenario.parties[0]!.id;

interface Size {
  name: string;
  width: number;
  height: number;
  touch: boolean;
  /** The smallest text (px) the console may show at this size. */
  consoleText: number;
  /** The browser's language (default: English). */
  locale?: string;
}
const SIZES: Size[] = [
  { name: 'laptop', width: 1366, height: 768, touch: false, consoleText: 14 },
  { name: 'phone', width: 390, height: 844, touch: true, consoleText: 14 },
  { name: 'tablet', width: 768, height: 1024, touch: true, consoleText: 14 },
  { name: 'projector-4k', width: 3840, height: 2160, touch: false, consoleText: 56 },
];
const XGA_PROJECTOR: Size = { name: 'projector-xga', width: 1024, height: 768, touch: false, consoleText: 14 };
/** The projector rule: 28 px at 1080p, in proportion to the screen's height (20 px at 768 lines). */
const projectorText = (s: Size) => (28 * s.height) / 1080;

const classroom = useClassroomServer(0.01);
const INSTRUCTOR_KEY = () => classroom.server().instructorKey;
let cls: ClassSummary;

beforeAll(async () => {
  const made = await classroom.api('POST', '/api/classes', {
    scenario: SCENARIO,
    human: [HUMAN],
    tables: 2,
    roster: ['Ana Beatriz Cavalcanti de Souza', 'Bo', 'Chen Wei-Lin'],
    doublePerTable: 1,
    pace: 0,
    seed: 5,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  cls = made.body.class as ClassSummary;
}, 300_000);

/** A table of `scenarioId` with its first `people` parties' seats for people, the computer at the others: its code. */
async function seatsTable(scenarioId: string, people: number, language?: string): Promise<string> {
  const sc = new ScenarioLibrary().find(scenarioId)!.scenario;
  const made = await classroom.api('POST', '/api/tables', {
    scenario: sc.id,
    ...(language ? { language } : {}),
    parties: Object.fromEntries(
      sc.parties.map((p, i) => [
        p.id,
        i < people ? { kind: 'human' } : { kind: 'computer', strategy: 'adaptive', difficulty: 'normal' },
      ]),
    ),
    pace: 'slow',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return (made.body.table as { code: string }).code;
}

/**
 * The instructor's screens at one size share a context through the file (harness.ts `keptContexts`): they read the
 * instructor key and keep nothing that changes the next screen; each page is closed after its checks.
 */
const screenAt = keptContexts(
  () => classroom.browser(),
  // The instructor key as the device keeps it once read from the address (src/store/remoteKeys.ts): loading the
  // library with ?instructor= first, to be read there, cost a page load for each of this file's 20 screens.
  (context) =>
    context.addInitScript((key) => localStorage.setItem('accord.classroom.instructorKey', key), INSTRUCTOR_KEY()),
);

async function open(size: Size, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await screenAt({
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch,
    isMobile: size.touch,
    // CSS pixels, as every phone of the other browser tests (harness.ts `phoneIn`): the checks read the layout in
    // CSS pixels, which a denser screen leaves as it is, and twice the density made Chromium paint four times the
    // pixels of each phone and tablet screen (a tablet's 1536×2048).
    ...(size.locale ? { locale: size.locale } : {}),
  });
  const errors = watchErrors(page);
  await page.goto(`${classroom.base()}/${path}`);
  return { page, errors };
}

it('the console and its list of classes fit a laptop, a phone, a tablet and a 4K projector: nothing cut or sideways, readable text', async () => {
  for (const size of SIZES) {
    const { page, errors } = await open(size, `?console=${cls.code}`);
    await page.locator('#console-tables section[data-table="2"]').waitFor();
    await keepScreenshot(page, `console-${size.name}.png`, true);
    expect(await layoutProblems(page), size.name).toEqual([]);
    expect(await brokenWords(page), size.name).toEqual([]);
    expect(await smallestText(page, 'main'), size.name).toBeGreaterThanOrEqual(size.consoleText - 0.5);
    expect(await unnamedControls(page)).toEqual([]);
    // The console's first screen: the classes held, each described under its button (when made, trainees).
    await page.goto(`${classroom.base()}/?console`);
    await page.locator('#class-list li [id^="class-details-"]').first().waitFor();
    await keepScreenshot(page, `console-list-${size.name}.png`, true);
    expect(await layoutProblems(page), `${size.name}, the list`).toEqual([]);
    expect(await brokenWords(page), `${size.name}, the list`).toEqual([]);
    expect(await smallestText(page, 'main'), `${size.name}, the list`).toBeGreaterThanOrEqual(size.consoleText - 0.5);
    // The form that creates a class: its boxes (which parties are played, the observer's brief) as large as their text.
    expect(await smallChoices(page, 'main'), `${size.name}, the list`).toEqual([]);
    expect(await unnamedControls(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }
}, 120_000);

it('the class board, while its tables wait for trainees, shows how to join the class: its code, a QR code, the address', async () => {
  for (const size of [SIZES[0]!, SIZES[1]!, SIZES[3]!]) {
    const { page, errors } = await open(size, `?board=${cls.code}`);
    await page.locator('.join-panel').waitFor();
    expect(await page.locator('#join-code-big').innerText()).toBe(cls.code);
    const address = `${classroom.base()}/?join=${cls.code}`;
    expect((await page.locator('#join-address').innerText()).replace(/\s+/g, '')).toBe(address);
    expect(await page.locator('.join-panel .qr').getAttribute('aria-label')).toContain(address);
    expect(await page.locator('.join-panel').innerText()).toMatch(/type your name/);
    expect(await layoutProblems(page), size.name).toEqual([]);
    expect(await brokenWords(page), size.name).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }
  // The address leads a phone to the class's name form, and the name to a seat.
  const phone = await classroom.browser().newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(`${classroom.base()}/?join=${cls.code}`);
  await phone.fill('#join-name', 'Chen Wei-Lin');
  await phone.click('#join-class');
  await phone.locator('#seat-who').waitFor();
  expect(await phone.locator('#seat-who').innerText()).toContain('Chen Wei-Lin');
  await phone.close();
}, 60_000);

it('the class board fits a laptop, a phone, a tablet, a 4K and an XGA projector, and plots the real deal as its own labelled point', async () => {
  // Every table's trainee seat goes to a computer: the tables play to the end by themselves.
  const handed = await classroom.api('POST', `/api/classes/${cls.id}/command`, { command: 'computer', party: HUMAN });
  expect(handed.status, JSON.stringify(handed.body)).toBe(200);
  // And a 4:3 XGA projector (1024×768): the laptop's page there left its text at 14 px on the wall.
  for (const size of [...SIZES, XGA_PROJECTOR]) {
    const { page, errors } = await open(size, `?board=${cls.code}`);
    await expect
      .poll(() => page.locator('#board-status').textContent(), { timeout: 120_000 })
      .toMatch(/Every table has finished/);
    await page.locator('#board-chart section[data-ready="true"]').waitFor({ timeout: 60_000 });
    // Every table under way or over: no one is to join any more.
    expect(await page.locator('.join-panel').isVisible()).toBe(false);
    await keepScreenshot(page, `class-board-${size.name}.png`, true);
    expect(await layoutProblems(page), size.name).toEqual([]);
    expect(await brokenWords(page), size.name).toEqual([]);
    // A phone or a tablet is held, not projected (projectorFit.ts): body text; elsewhere the projector rule.
    const least = size.touch ? 14 : projectorText(size);
    expect(await smallestText(page, 'main'), size.name).toBeGreaterThanOrEqual(least - 0.5);

    // The real deal: one distinct mark (not a table's), labelled, with its label inside the chart.
    const real = page.locator('#board-chart svg polygon[data-mark="history"]');
    expect(await real.count()).toBe(1);
    const label = page.locator('#board-chart svg text[data-mark="history"]');
    await expect(label.textContent()).resolves.toContain(scenario.history!.date);
    // One mark per point; tables that ended on the same point share it (its data-labels name them all).
    const marked = await page
      .locator('#board-chart svg .chart-mark')
      .evaluateAll((els) => els.flatMap((e) => (e.getAttribute('data-labels') ?? '').split(' ')));
    expect(marked.sort()).toEqual(['T1', 'T2']);
    const svgBox = (await page.locator('#board-chart svg').boundingBox())!;
    const labelBox = (await label.boundingBox())!;
    expect(labelBox.x).toBeGreaterThanOrEqual(svgBox.x - 0.5);
    expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(svgBox.x + svgBox.width + 0.5);
    expect(await page.locator('#board-chart').innerText()).toMatch(/the real deal/);
    // Its frontier and "what was left on the table" are one table's: which one is said.
    expect(await page.locator('#chart-reference').textContent()).toMatch(/table T[12] at its end/);
    expect(await unnamedControls(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }
}, 400_000);

it("a table of Safe Harbor's eight parties: its projector on a 1366×768 laptop and a seat on a 320×568 phone fit, every word whole", async () => {
  const code = await seatsTable('safe-harbor-revocation', 1);
  const projector = await open(SIZES[0]!, `?projector=${code}`);
  await projector.page.locator('#join-address').waitFor();
  // The address wraps before its "?join=CODE", never after the "?" or inside the code.
  expect(await brokenWords(projector.page)).toEqual([]);
  expect(await layoutProblems(projector.page)).toEqual([]);

  const { context, phone, errors } = await phoneIn(classroom.browser(), 320, 568);
  await phone.goto(`${classroom.base()}/?join=${code}`);
  await phone.fill('#join-name', 'Ana');
  await phone.click('#join-take');
  await phone.locator('#seat-move .builder').waitFor();
  // Each issue's title above its options: beside them, titles broke letter by letter and options were cut.
  expect(await brokenWords(phone)).toEqual([]);
  expect(await layoutProblems(phone)).toEqual([]);
  await keepScreenshot(phone, 'seat-320-safe-harbor.png', true);
  expect([...errors, ...projector.errors]).toEqual([]);
  await context.close();
  await projector.page.close();
}, 60_000);

it("a class of twelve Safe Harbor tables: every label on the board's chart clear of the others and of every mark, inside the plot", async () => {
  // Seed 9 ends eight tables on one point and four near it and near the real deal: the labels were
  // written over one another (labelPlacement.ts).
  const safeHarbor = new ScenarioLibrary().find('safe-harbor-revocation')!.scenario;
  const human = safeHarbor.parties[0]!.id;
  const made = await classroom.api('POST', '/api/classes', {
    scenario: safeHarbor.id,
    human: [human],
    tables: 12,
    roster: Array.from({ length: 12 }, (_, i) => `Trainee ${i + 1}`),
    pace: 0,
    seed: 9,
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const big = made.body.class as ClassSummary;
  const handed = await classroom.api('POST', `/api/classes/${big.id}/command`, { command: 'computer', party: human });
  expect(handed.status, JSON.stringify(handed.body)).toBe(200);
  const { page, errors } = await open(SIZES[0]!, `?board=${big.code}`);
  await expect
    .poll(() => page.locator('#board-status').textContent(), { timeout: 120_000 })
    .toMatch(/Every table has finished/);
  await page.locator('#board-chart section[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.locator('#board-chart svg').first().scrollIntoViewIfNeeded();
  await keepScreenshot(page.locator('#board-chart svg').first(), 'class-board-12-tables.png');
  // Boxes as Chromium draws them, in the chart's units (getBBox).
  const found = await page
    .locator('#board-chart svg')
    .first()
    .evaluate((svg) => {
      type B = { name: string; x: number; y: number; w: number; h: number };
      const box = (e: Element, name: string): B => {
        const b = (e as SVGGraphicsElement).getBBox();
        return { name, x: b.x, y: b.y, w: b.width, h: b.height };
      };
      const labels = [...svg.querySelectorAll('text[data-mark]')].map((e) => box(e, e.textContent ?? ''));
      const marks = [...svg.querySelectorAll('circle.chart-mark, polygon')].map((e) =>
        box(e, `mark ${e.getAttribute('data-labels') ?? e.getAttribute('data-mark') ?? 'Nash'}`),
      );
      const hit = (a: B, b: B) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      const problems: string[] = [];
      labels.forEach((a, i) => {
        for (const b of [...labels.slice(i + 1), ...marks]) if (hit(a, b)) problems.push(`${a.name} covers ${b.name}`);
      });
      // The plot: from the y axis to the x axis's end, from the top margin (20) to the x axis.
      const [xAxis, yAxis] = [...svg.querySelectorAll('line[stroke="#000"][stroke-width="2"]')].map((e) =>
        box(e, 'axis'),
      );
      for (const l of labels)
        if (l.x < yAxis!.x || l.x + l.w > xAxis!.x + xAxis!.w || l.y < 0 || l.y + l.h > xAxis!.y)
          problems.push(`${l.name} outside the plot`);
      const tables = [...svg.querySelectorAll('circle.chart-mark')].flatMap((e) =>
        (e.getAttribute('data-labels') ?? '').split(' '),
      );
      return { labels: labels.map((l) => l.name), tables, problems };
    });
  expect(found.problems).toEqual([]);
  // Every table has its mark and label, and the real deal its own label.
  expect(found.tables.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `T${i + 1}`).sort());
  expect(found.labels.length).toBeGreaterThan(1);
  expect(found.labels.join(', ')).toMatch(/real deal/);
  expect(errors).toEqual([]);
  await page.close();
}, 200_000);

it('a table’s projector on 16:9, 16:10 and 4:3 screens: the join address on the screen, the QR code giving way; who sits where on the table', async () => {
  const code = await seatsTable('gdpr-research-exemption', 1);
  const screens = [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
    // Last: its seat is then taken.
    { width: 1280, height: 800 },
  ];
  const bottom = async (page: Page, selector: string) => {
    const box = (await page.locator(selector).boundingBox())!;
    return box.y + box.height;
  };
  /** The canvas's seat lines under the parties' names (the test hook: what it draws). */
  const seatLines = (page: Page) =>
    page.evaluate(() => (window.__accord?.canvasLabels() ?? []).filter((l) => l.kind === 'player').map((l) => l.text));
  for (const s of screens) {
    const where = `${s.width}×${s.height}`;
    const { page, errors } = await open(
      { name: where, width: s.width, height: s.height, touch: false, consoleText: 0 },
      `?projector=${code}`,
    );
    await page.locator('#projector-seats .free').waitFor({ state: 'attached' });
    await expect.poll(() => seatLines(page)).toHaveLength(7);
    expect((await seatLines(page)).sort()).toEqual([
      'computer',
      'computer',
      'computer',
      'computer',
      'computer',
      'computer',
      'free seat',
    ]);
    const rem = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await bottom(page, '#join-how'), `${where}: the address`).toBeLessThanOrEqual(s.height);
    expect((await page.locator('.projector-screen .qr').boundingBox())!.width).toBeGreaterThanOrEqual(5 * rem - 0.5);
    await keepScreenshot(page, `projector-join-${where}.png`);
    expect(errors).toEqual([]);
    if (s.width === 1280) {
      // The seat taken: the table writes her name where it said "free seat".
      const phone = await classroom.browser().newPage({ viewport: { width: 390, height: 844 } });
      await phone.goto(`${classroom.base()}/?join=${code}`);
      await phone.fill('#join-name', 'Ana');
      await phone.click('#join-take');
      await phone.locator('#seat-who').waitFor();
      await expect.poll(async () => (await seatLines(page)).filter((l) => l !== 'computer')).toEqual(['Ana']);
      expect(await bottom(page, '#join-how'), `${where}: the address, the seat taken`).toBeLessThanOrEqual(s.height);
      await phone.close();
    }
    await page.close();
  }
}, 120_000);

it('a table of eight people on a 1080p projector, and in French on a 4:3 one: every seat says whom it waits for, no text over another, the address on the screen', async () => {
  const cases = [
    { language: 'en', locale: 'en-GB', width: 1920, height: 1080, free: 'free seat', minPx: 28 },
    // The longest title and sentences; the QR code's floor (5rem) leaves the address on the screen.
    { language: 'fr', locale: 'fr-FR', width: 1024, height: 768, free: 'siège libre', minPx: 14 },
  ];
  for (const c of cases) {
    const code = await seatsTable('safe-harbor-revocation', 8, c.language);
    const where = `${c.language} ${c.width}×${c.height}`;
    // At 1080p a trainee with a long double-barrelled name has taken a seat: the name wraps after its
    // hyphen, not inside a word (canvasLayout.ts checkLayout).
    const trainee =
      c.width === 1920 ? await classroom.browser().newPage({ viewport: { width: 390, height: 844 } }) : null;
    if (trainee) {
      await trainee.goto(`${classroom.base()}/?join=${code}`);
      await trainee.fill('#join-name', 'Marie-Charlotte-Emmanuelle Roy');
      await trainee.click('#join-take');
      await trainee.locator('#seat-who').waitFor();
    }
    const { page, errors } = await open(
      { name: where, width: c.width, height: c.height, touch: false, consoleText: 0, locale: c.locale },
      `?projector=${code}`,
    );
    await expect
      .poll(() =>
        page.evaluate((free) => (window.__accord?.canvasLabels() ?? []).filter((l) => l.text === free).length, c.free),
      )
      .toBe(trainee ? 7 : 8);
    const names = new ScenarioLibrary().find('safe-harbor-revocation', c.language)!.scenario.parties.map((p) => p.name);
    checkLayout(await drawn(page), names, c.minPx, where);
    expect(
      await page.locator('#join-how').evaluate((e) => e.getBoundingClientRect().bottom),
      where,
    ).toBeLessThanOrEqual(c.height);
    expect(await brokenWords(page), where).toEqual([]);
    // Safe Harbor's French projector: French spacing in its sentences, the scenario's and the screen's.
    if (c.language === 'fr') expect(await frenchSpacing(page), where).toEqual([]);
    await keepScreenshot(page, `projector-eight-people-${c.language}-${c.width}.png`);
    expect(errors).toEqual([]);
    await page.close();
    await trainee?.close();
  }
}, 60_000);

it('a class’s observer on a 320×568 phone: the table and its text in one column, every word whole, no join panel', async () => {
  const gdpr = new ScenarioLibrary().find('gdpr-research-exemption')!.scenario;
  const made = await classroom.api('POST', '/api/classes', {
    scenario: gdpr.id,
    human: [gdpr.parties[0]!.id],
    tables: 1,
    roster: ['Ana', 'Bo'],
    doublePerTable: 0,
    pace: 'slow',
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const observed = made.body.class as ClassSummary;
  const { context, phone, errors } = await phoneIn(classroom.browser(), 320, 568);
  await phone.goto(`${classroom.base()}/?join=${observed.code}`);
  await phone.fill('#join-name', 'Bo');
  await phone.click('#join-class');
  await phone.locator('#observer-note').waitFor();
  await phone.locator('.projector-canvas canvas').waitFor();
  // Before: the projector's two columns and text, a thumbnail of the table beside broken title words.
  expect(await layoutProblems(phone)).toEqual([]);
  expect(await brokenWords(phone)).toEqual([]);
  expect(await phone.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(false);
  expect(await phone.locator('.join-panel').isVisible()).toBe(false);
  // Who sits where, for a screen reader (the canvas is a picture to it), outside the hidden join panel.
  await expect.poll(() => phone.locator('#projector-seats li').count()).toBe(gdpr.parties.length);
  expect(await phone.locator('.join-panel #projector-seats').count()).toBe(0);
  // A class table's title names its number; the code follows once ("… · table 1 · table CODE" before).
  const tableCode = observed.tables[0]!.code;
  await expect
    .poll(() => phone.locator('#projector-title').innerText())
    .toMatch(new RegExp(`\\u00a0· table 1\\u00a0· ${tableCode}$`));
  const canvas = (await phone.locator('.projector-canvas canvas').boundingBox())!;
  expect(canvas.width).toBeGreaterThan(250);
  await keepScreenshot(phone, 'observer-320.png', true);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
