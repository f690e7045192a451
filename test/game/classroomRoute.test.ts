import { describe, expect, it } from 'vitest';
import { addressOf, normaliseCode, parseAddress, queryOf } from '../../src/game/classroom/route.ts';

const O = 'http://192.168.1.20:4173';

describe('classroom addresses', () => {
  it('leaves the single-device game at the root', () => {
    expect(parseAddress(`${O}/`)).toEqual({ route: null, key: null });
    expect(parseAddress(`${O}/#main`)).toEqual({ route: null, key: null });
    expect(parseAddress(`${O}/?create=`)).toEqual({ route: null, key: null });
    expect(parseAddress('not a url')).toEqual({ route: null, key: null });
  });

  it('reads the join address with and without its code, as a person would type the code', () => {
    expect(parseAddress(`${O}/?join`).route).toEqual({ name: 'join', code: null });
    expect(parseAddress(`${O}/?join=abc-def`).route).toEqual({ name: 'join', code: 'ABCDEF' });
    expect(normaliseCode(' hk m-pqr ')).toBe('HKMPQR');
  });

  it('reads the projector and the create addresses', () => {
    expect(parseAddress(`${O}/?projector=HKMPQR`).route).toEqual({ name: 'projector', code: 'HKMPQR' });
    expect(parseAddress(`${O}/?projector`).route).toEqual({ name: 'projector', code: null });
    expect(parseAddress(`${O}/?create=gdpr-research-exemption`).route).toEqual({
      name: 'create',
      scenario: 'gdpr-research-exemption',
    });
  });

  it('reads the instructor key the server prints, and the board without it', () => {
    expect(parseAddress(`${O}/?instructor=s3cret`)).toEqual({ route: { name: 'instructor' }, key: 's3cret' });
    expect(parseAddress(`${O}/?instructor`)).toEqual({ route: { name: 'instructor' }, key: null });
  });

  it('writes every route so that reading it back gives the same route, never with the key', () => {
    for (const route of [
      { name: 'join', code: null },
      { name: 'join', code: 'HKMPQR' },
      { name: 'projector', code: null },
      { name: 'projector', code: 'HKMPQR' },
      { name: 'instructor' },
      { name: 'create', scenario: 'care-data' },
      { name: 'console', code: null },
      { name: 'console', code: 'HKMPQR' },
      { name: 'board', code: null },
      { name: 'board', code: 'HKMPQR' },
    ] as const) {
      expect(parseAddress(addressOf(`${O}/`, route)).route).toEqual(route);
      expect(queryOf(route)).not.toContain('=s3cret');
    }
  });
});
