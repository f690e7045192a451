/**
 * Two trainees sharing one phone (one browser) at one class table, each in their own tab. A tab that reloads
 * (phones discard pages left in the background) opens the seat it opened itself, never the other trainee's
 * with their brief; a new tab of the phone asks whose seat to open, by name only; typing one's name again
 * opens one's own seat. Before, the second trainee's seat key replaced the first's, whose reloaded tab then
 * read the second's brief, and whose name was "already joined from another device".
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useClassroomServer, watchErrors } from './harness.ts';
import { ScenarioLibrary } from '../../src/server/scenarioLibrary.ts';
import type { ClassSummary } from '../../src/protocol/index.ts';

const SCENARIO = 'gdpr-research-exemption';
const scenario = new ScenarioLibrary().find(SCENARIO)!.scenario;
const partyName = (id: string) => scenario.parties.find((p) => p.id === id)!.name;
/** A distinctive sentence of a party's brief. */
const briefOf = (id: string) =>
  (scenario.parties.find((p) => p.id === id)!.brief.split(/\n\s*\n/)[0] ?? '').trim().slice(0, 60);

const classroom = useClassroomServer(1);

/** Whose seat the page shows ("Ana, you play …"). */
const banner = async (page: Page) => (await page.locator('#seat-who').innerText()).replace(/\s+/g, ' ');

it(
  'two trainees on one phone each get their own seat back in their own tab, never the other’s',
  {
    timeout: 120_000,
  },
  async () => {
    const made = await classroom.api('POST', '/api/classes', {
      scenario: SCENARIO,
      human: ['commission', 'parliament'],
      tables: 1,
      roster: ['Ana', 'Bo'],
      pace: 'slow',
      seed: 9,
    });
    const cls = made.body.class as ClassSummary;
    const phone = await classroom.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const join = async (page: Page, name: string) => {
      await page.goto(`${classroom.base()}/?join=${cls.code}`);
      await page.locator('#join-name').waitFor();
      await page.fill('#join-name', name);
      await page.click('#join-class');
      await page.locator('#turn-banner').waitFor();
    };
    const anaTab = await phone.newPage();
    const errors = watchErrors(anaTab);
    await join(anaTab, 'Ana');
    await expect.poll(() => banner(anaTab)).toContain('Ana, you play');
    const boTab = await phone.newPage();
    await join(boTab, 'Bo');
    await expect.poll(() => banner(boTab)).toContain('Bo, you play');

    // Ana's tab reloads: her seat, not Bo's (nor his brief).
    await anaTab.reload();
    await anaTab.locator('#turn-banner').waitFor();
    await expect.poll(() => banner(anaTab)).toContain(`Ana, you play ${partyName('commission')}`);
    expect(await anaTab.locator('body').innerText()).not.toContain(briefOf('parliament'));
    // Bo's tab is still his.
    await expect.poll(() => banner(boTab)).toContain(`Bo, you play ${partyName('parliament')}`);

    // A new tab at the table's address: the phone holds two seats there, so it asks whose, naming no party.
    const tableCode = new URL(anaTab.url()).searchParams.get('join')!;
    const fresh = await phone.newPage();
    await fresh.goto(`${classroom.base()}/?join=${tableCode}`);
    await fresh.locator('#held-seats').waitFor();
    const asked = await fresh.locator('main').innerText();
    expect(asked).not.toContain(partyName('commission'));
    expect(asked).not.toContain(briefOf('commission'));
    expect(asked).not.toContain(briefOf('parliament'));
    await fresh.locator('#held-seats button', { hasText: 'Bo' }).click();
    await expect.poll(() => banner(fresh)).toContain('Bo, you play');
    await fresh.close();

    // Ana types her name again in another tab of the same phone: her own seat, not "another device".
    const again = await phone.newPage();
    await join(again, 'Ana');
    await expect.poll(() => banner(again)).toContain(`Ana, you play ${partyName('commission')}`);
    expect(errors).toEqual([]);
    await classroom.api('POST', `/api/classes/${cls.id}/command`, { command: 'end' });
    await phone.close();
  },
);
