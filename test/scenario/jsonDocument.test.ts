/** The scans that add positions, duplicate keys and reserved keys to JSON.parse's value. */
import { describe, expect, it } from 'vitest';
import { locateAll, parseDocument } from '../../src/scenario/jsonDocument.ts';

describe('locateAll', () => {
  const text = '{ "a\\"}": "x{[\\\\", "list": [ 1, {"b": true}, "]" ], "n": -1.5e3 , "a": null }';

  it('finds values, keys, array entries and the last of duplicate keys, past tricky strings', () => {
    const at = (pointer: string, atKey = false) => locateAll(text, [{ pointer, atKey }])[0];
    expect(at('/a"}')).toBe(text.indexOf('"x{['));
    expect(at('/list/1/b')).toBe(text.indexOf('true'));
    expect(at('/list/1/b', true)).toBe(text.indexOf('"b"'));
    expect(at('/list/2')).toBe(text.indexOf('"]"'));
    expect(at('/n')).toBe(text.indexOf('-1.5e3'));
    expect(at('/a')).toBe(text.indexOf('null'));
  });

  it('points at the nearest existing ancestor of a missing place', () => {
    expect(locateAll(text, [{ pointer: '/list/1/missing' }])).toEqual([text.indexOf('{"b"')]);
    expect(locateAll(text, [{ pointer: '/nothing/here' }])).toEqual([0]);
  });
});

describe('parseDocument', () => {
  it('reports a key written twice, even when one is written with escapes', () => {
    const text = '{ "name": 1, "n\\u0061me": 2 }';
    const r = parseDocument(text);
    expect(r.ok && r.findings).toEqual([
      expect.objectContaining({ pointer: '/name', offset: text.indexOf('"n\\u0061me"') }),
    ]);
    expect(r.ok && r.value).toEqual({ name: 2 });
  });

  it('removes reserved keys wherever they are, keeping array positions right', () => {
    const r = parseDocument('{ "l": [ {}, { "__proto__": { "x": 1 }, "constructor": 2, "k": 3 } ] }');
    expect(r.ok && r.findings.map((f) => f.pointer)).toEqual(['/l/1/__proto__', '/l/1/constructor']);
    expect(r.ok && JSON.stringify(r.value)).toBe('{"l":[{},{"k":3}]}');
    expect(r.ok && Object.getPrototypeOf((r.value as { l: object[] }).l[1])).toBe(Object.prototype);
  });
});
