// @vitest-environment jsdom
/**
 * A trainee's worksheet goes to the classroom server: its "Send" button is busy until the server's
 * receipt (or a refusal) and takes no second press meanwhile; it used to show nothing for seconds on a
 * slow Wi-Fi, and each press sent the sheet again.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { initialState, viewFor } from '../../src/engine/index.ts';
import { classHourForms } from '../../src/protocol/index.ts';
import type { RemoteTableState, RemoteTableStore } from '../../src/store/remoteTable.ts';
import { initLocale } from '../../src/game/uiLocale.ts';
import { seatClassHour } from '../../src/game/classroom/seatClassHour.ts';
import { loadScenario } from '../bots/support.ts';

initLocale(['en-GB'], null);
const settle = () => new Promise((r) => setTimeout(r, 0));

it('the worksheet’s Send is busy until the server’s receipt, and sends once', async () => {
  const scenario = loadScenario(resolve(import.meta.dirname, '../../scenarios/gdpr-research-exemption.json'));
  const party = scenario.parties[0]!.id;
  const view = viewFor(initialState(scenario, {}, 1), party);
  let sends = 0;
  const store = createStore<Partial<RemoteTableState> & { sendClassHour(): boolean }>()(() => ({
    status: 'open',
    refusal: null,
    result: null,
    classHour: classHourForms(scenario),
    classHourSaved: { worksheet: false, reflection: false },
    sendClassHour: () => {
      sends++;
      return true;
    },
  })) as unknown as RemoteTableStore;
  document.body.replaceChildren(...seatClassHour(store, view));
  const send = document.querySelector<HTMLButtonElement>('#send-worksheet')!;
  send.click();
  send.click();
  expect(sends).toBe(1);
  expect(send.getAttribute('aria-busy')).toBe('true');
  store.setState({ classHourSaved: { worksheet: true, reflection: false } });
  await settle();
  expect(send.getAttribute('aria-busy')).toBeNull();
});
