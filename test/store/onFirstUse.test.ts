/** A load made once on first use, shared, and tried again after a failure (src/store/onFirstUse.ts). */
import { expect, it } from 'vitest';
import { onFirstUse } from '../../src/store/onFirstUse.ts';

it('loads once for every caller, and again only after a failure', async () => {
  let calls = 0;
  let fail = true;
  const load = onFirstUse(async () => {
    calls++;
    if (fail) throw new Error('offline');
    return calls;
  });
  await expect(load()).rejects.toThrow('offline');
  fail = false;
  const [a, b] = await Promise.all([load(), load()]);
  expect([a, b]).toEqual([2, 2]);
  expect(await load()).toBe(2);
  expect(calls).toBe(2);
});
