// @vitest-environment jsdom
/**
 * A table's code that leads nowhere to sit: every seat taken (or played by the computer), or the table
 * over. The join screen says so and offers another code only; it used to show the seat form with every
 * party greyed out and a "Take my seat" the server then refused.
 */
import { afterEach, expect, it } from 'vitest';
import type { JoinLookup, TablePhase } from '../../src/protocol/index.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import '../support/seatModuleLoaded.ts';
import { joinScreen } from '../../src/game/classroom/joinScreen.ts';
import { joinDeps } from '../support/joinDeps.ts';
import { CATALOGS } from '../../src/i18n/index.ts';

initLocale(['en-GB'], null);
const settle = () => new Promise((r) => setTimeout(r, 0));

function lookup(phase: TablePhase, seats: JoinLookup['seats'][number]['seat'][]): { table: JoinLookup } {
  return {
    table: {
      tableId: 't1',
      roomId: 'r1',
      code: 'BCDFGH',
      title: 'Table one',
      scenario: { id: 's', title: 'A scenario', language: 'en' },
      phase,
      seats: seats.map((seat, i) => ({ party: `p${i}`, name: `Party ${i}`, kind: 'state', seat })),
    },
  };
}

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

async function shown(found: { table: JoinLookup }): Promise<HTMLElement> {
  const screen = joinScreen('BCDFGH', joinDeps({ find: () => Promise.resolve(found) as never }));
  destroy = screen.destroy;
  document.body.replaceChildren(screen.el);
  await settle();
  return screen.el;
}

it.each([
  ['every seat held or played by the computer', lookup('playing', ['held', 'computer']), CATALOGS.en.uiClass.allTaken],
  ['a table that has finished', lookup('finished', ['free', 'held']), CATALOGS.en.uiClass.tableOver],
  ['a table the instructor ended', lookup('ended', ['free']), CATALOGS.en.uiClass.tableOver],
])('%s: says so, and offers no seat, only another code', async (_, found, sentence) => {
  const el = await shown(found);
  expect(el.querySelector('#join-closed')?.textContent).toBe(sentence);
  expect(el.querySelector('#join-take')).toBeNull();
  expect(el.querySelector('#join-name')).toBeNull();
  [...el.querySelectorAll('button')].find((b) => b.textContent === 'Another code')!.click();
  expect(el.querySelector('#join-code')).not.toBeNull();
});

it('a table with a free seat still offers it', async () => {
  const el = await shown(lookup('playing', ['held', 'free']));
  expect(el.querySelector('#join-closed')).toBeNull();
  expect(el.querySelector('#join-take')).not.toBeNull();
});

it('names the scenario in the table’s language where the screens speak another (WCAG 3.1.2)', async () => {
  const english = await shown(lookup('playing', ['free']));
  expect(english.querySelector('.muted [lang]')).toBeNull();
  const french = lookup('playing', ['free']);
  french.table.scenario = { id: 's', title: 'Un scénario', language: 'fr' };
  const el = await shown(french);
  const line = [...el.querySelectorAll('p.muted')].find((p) => p.textContent?.includes('Un scénario'));
  expect(line?.querySelector('[lang="fr"]')?.textContent).toBe('Un scénario');
  expect(line?.textContent).toContain('BCDFGH');
});
