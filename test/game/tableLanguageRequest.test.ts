// @vitest-environment jsdom
/**
 * The instructor's screens ask the server for a table, or a class, in the language the scenario is
 * shown in on them: a French scenario's table is asked for in French (the server then plays its
 * texts and log in French, test/server/tableLanguage.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CreateClassRequest, CreateTableRequest } from '../../src/protocol/index.ts';
import { consoleScreen } from '../../src/game/classroom/consoleScreen.ts';
import { createTableScreen } from '../../src/game/classroom/createTableScreen.ts';
import { fixture } from '../support/engineFixture.ts';
import '../support/noMatchMedia.ts';

describe('a table asked for in its scenario’s language', () => {
  it('the create-table screen and the console send the scenario’s language', async () => {
    const scenario = { ...fixture(), language: 'fr' };
    const tables: CreateTableRequest[] = [];
    const create = createTableScreen(scenario, scenario.id, {
      create: (r) => (tables.push(r), Promise.reject(new Error('stop here'))),
      opened() {},
      back() {},
    });
    create.el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    const classes: CreateClassRequest[] = [];
    const console_ = consoleScreen({
      scenarios: [scenario],
      classes: () => Promise.resolve({ classes: [] }),
      create: (r) => (classes.push(r), Promise.reject(new Error('stop here'))),
      open: () => {},
    });
    console_.el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(tables.map((r) => r.language)).toEqual(['fr']);
    expect(classes.map((r) => r.language)).toEqual(['fr']);
  });
});
